"""Minutes of other bodies of a region, kept by other secretaries: notes typed into a meeting's chat and quoted
in Markdown, one message a line; an arbetsutskott of a council named by its field, whose "rådet" is the council
above it; a body reporting by the agreement it works under or with its own plan; a plan "för" a body, no addressee;
a piece of work to finish ("gör checklistan klar"); the one a newcomer replaces, her title between commas.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

CHAT = """# Extra avstämning (Teams) – Samverkansgrupp äldre Norrby

**2031-06-20 kl. 15.00–15.40, Teams**

**Med:** Eva Ek (ordf., Region Norrby), Bo Lind (Åby kommun), Ida Berg (Ekby kommun, antecknar)

Samverkansgruppen arbetar på uppdrag av Regionala ledningsgruppen Norrby (RLG).

### 1. Remiss om riktlinje för SIP

> **[15:02] Eva Ek:** RLG vill ha vårt svar före 1 juli.
> **[15:09] Bo Lind:** Åby står bakom riktlinjen.
> **[15:12] Eva Ek:** **Beslut:** Samverkansgruppen ställer sig bakom riktlinjen och rekommenderar RLG att fastställa den.
> **[15:13] Ida Berg:** Jag skickar svaret till RLG senast 2031-06-27.

### 2. Delgruppen för förskrivningsstöd

> **[15:15] Bo Lind:** Delgruppen för förskrivningsstöd är klar med kartläggningen.
> **[15:19] Eva Ek:** **Beslut:** Anna Sund, Ekby kommun, ingår i delgruppen för förskrivningsstöd från 1 augusti.
"""


def test_a_chat_quoted_in_markdown_is_read_one_message_a_line(tmp_path):
    f = load_text(tmp_path, "sg_aldre_norrby_2031-06-20.md", CHAT)
    assert any(d.startswith("Samverkansgruppen ställer sig bakom riktlinjen") or d.startswith("ställa sig bakom riktlinjen")
               for d in f["decisions"]), f["decisions"]
    assert any("Anna Sund" in d and "Eva Ek" not in d for d in f["decisions"]), f["decisions"]
    assert any(who == ("Ida Berg",) and task.startswith("skicka svaret till RLG") for who, task in f["assignments"]), \
        f["assignments"]
    assert any(m[0] == "Anna Sund" and m[1].startswith("Delgrupp") and m[2] == "join" for m in f["memberships"]), \
        f["memberships"]


AU = """REGION NORRBY                                            PROTOKOLL
Politiskt samverkansråd för vård och omsorg
Arbetsutskottet

Sammanträdesdatum   2031-04-04
Plats               Regionens hus, Norrby

Beslutande
  Eva Ek (S), Region Norrby, ordförande
  Bo Lind (M), Åby kommun, vice ordförande

§ 11  Regional ledningsgrupps verksamhetsplan

Per Holm redovisar förslaget till verksamhetsplan för Regional ledningsgrupp för vård och omsorg.
Ledningsgruppen rapporterar årligen sin verksamhetsplan till rådet.

§ 12  Arbetsgruppens sammansättning

Rådet har den 14 februari 2031 delegerat till arbetsutskottet att besluta om ändringar i arbetsgruppens
sammansättning.

Arbetsutskottet beslutar

att utse Ida Berg (S) till ledamot i arbetsgruppen.
"""


def test_the_council_above_its_arbetsutskott_and_a_plan_for_a_body(tmp_path):
    f = load_text(tmp_path, "psr_au_norrby_2031-04-04.txt", AU)
    au, council = "Politiskt samverkansråd för vård och omsorgs arbetsutskott", "Politiskt samverkansråd för vård och omsorg"
    assert (council, au, "delegates") in f["mandates"], f["mandates"]
    assert ("Regional ledningsgrupp för vård och omsorg", council, "reports_to") in f["mandates"], f["mandates"]
    assert (au, "Regional ledningsgrupp för vård och omsorg", "reports_to") not in f["mandates"], f["mandates"]


LG = """Ledningsgruppen för samverkan i Åby
Minnesanteckningar 2028-07-04
Plats: Teams

Närvarande
  Eva Ek, socialchef, Åby kommun, ordförande
  Bo Lind, Region Norrby

1. Information till samrådet

Ledningsgruppen rapporterar enligt överenskommelsen löpande till Politiskt samråd Nära vård Norrby.

2. Checklistan
- Beslut: gruppen inför checklistan på prov från 1 juni. Bo Lind och Eva Ek gör checklistan klar till 2028-08-24.
- Ida Berg är ny i gruppen och ersätter Sara Wiik, arbetsterapeut, som har slutat i kommunen.
- Beredning av samrådets sammanträde sker i augusti.
"""


def test_reports_by_the_agreement_work_to_finish_and_the_one_replaced(tmp_path):
    f = load_text(tmp_path, "lg_samverkan_aby_2028-07-04.txt", LG)
    assert ("Ledningsgrupp för samverkan i Åby", "Politiskt samråd Nära vård Norrby", "reports_to") in f["mandates"] \
        or ("Ledningsgruppen för samverkan i Åby", "Politiskt samråd Nära vård Norrby", "reports_to") in f["mandates"], \
        f["mandates"]
    assert any(set(who) == {"Bo Lind", "Eva Ek"} and task.startswith("göra checklistan klar") for who, task in f["assignments"]), \
        f["assignments"]
    assert any(m[0] == "Sara Wiik" and m[2] == "leave" for m in f["memberships"]), f["memberships"]
    assert not any("Beredning av" in m[0] or "Beredning av" in m[1] for m in f["mandates"])


WRAPPED_TITLE = """  Vårdsamverkan Åby
  Styrgrupp Kompetensplattform vård och omsorg
  Åby

  Minnesanteckningar 2029-05-15, kl. 09.00–11.30
  Plats: Teams

  1. Mötets öppnande
  Dagordningen fastställdes.
"""


def test_a_title_the_page_wrapped_before_its_place_keeps_it():
    from samverkan.loaders.extract import parse_minutes
    assert parse_minutes(WRAPPED_TITLE, "sg.pdf").body == "Styrgrupp Kompetensplattform vård och omsorg Åby"


MAS = """ÅBY KOMMUN
Vård- och omsorgsnämndens arbetsutskott
Sammanträdesdatum 2029-10-22

Beslutande: Eva Ek (S), ordförande; Bo Lind (M), vice ordförande

Övriga närvarande: Carina Holm, förvaltningschef; Mikael Sand, medicinskt ansvarig sjuksköterska (MAS), § 34

§ 34 Rapport från MAS om fallskador

Arbetsutskottet beslutar

att uppdra åt MAS att redovisa en åtgärdsplan mot fallskador vid nämndens sammanträde i december.
"""


def test_a_task_to_mas_goes_to_the_one_whose_title_is_spelled_out(tmp_path):
    f = load_text(tmp_path, "von_au_aby_2029-10-22.txt", MAS)
    assert any(who == ("Mikael Sand",) and task.startswith("redovisa en åtgärdsplan") for who, task in f["assignments"]), \
        f["assignments"]
