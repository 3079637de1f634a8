"""Habits of the secretaries of other bodies: a gemensam nämnd whose title page says
"Beslutande: Se bilaga 1, närvarolista" and appends the roster after the last paragraph, its anslag box naming
the nämnd in full under a running header that names it short; each read on a small minutes of its own, loaded
alone into a fresh store.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


# a PDF's title page as its text reads, each label and its value on lines of their own
APPENDED_ROSTER = """ÅBY KOMMUN
PROTOKOLL
Gemensamma överförmyndarnämnden
Sammanträdesdatum 2025-12-03

Plats och tid
Kommunhuset i Åby, kl. 09.00–11.40
Beslutande
Se bilaga 1, närvarolista
Övriga närvarande
Lotta Hedin, nämndsekreterare
Justerare
Bengt Almqvist (S), Ekå kommun
Paragrafer
40–41
Sekreterare

Lotta Hedin
Ordförande

Eva-Lena Dahl (M)
Justerare

Bengt Almqvist (S)
BEVIS OM ANSLAG
Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
Organ
Gemensamma överförmyndarnämnden för Åby, Ekå, Lunda och
Norrby
Datum för anslag
2025-12-09

ÖFN § 40
Val av justerare
Nämndens beslut
Bengt Almqvist (S) utses att jämte ordföranden justera protokollet.

ÖFN § 41
Meddelanden
Nämndens beslut
Meddelandena läggs till handlingarna.

Bilaga 1
NÄRVAROLISTA

Ledamöter                        Parti    Kommun      Närvaro
Eva-Lena Dahl, ordförande        M        Åby         X
Bengt Almqvist, vice ordförande  S        Ekå         X
Anna-Karin Sjöberg               C        Lunda       –
Yusuf Demir                      S        Norrby      X

Ersättare                        Parti    Kommun      Närvaro
Per-Olof Grahn                   C        Lunda       X, tjänstgör för Anna-Karin Sjöberg
Rolf Nyman                       C        Norrby      –
"""


def test_a_roster_appended_after_the_last_paragraph_is_the_meetings_roster(tmp_path):
    """"Beslutande / Se bilaga 1, närvarolista" on the title page, whose signatures already name the
    ordförande and justerare: the roster is the bilaga after the last paragraph, its ledamöter and ersättare
    present or away as its Närvaro column marks them."""
    f = load_text(tmp_path, "ofn.txt", APPENDED_ROSTER)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status["Yusuf Demir"] == "present" and status["Per-Olof Grahn"] == "present"
    assert status["Anna-Karin Sjöberg"] == "absent" and status["Rolf Nyman"] == "absent"
    assert status["Eva-Lena Dahl"] == "present"


def test_the_appended_roster_names_no_one_twice(tmp_path):
    """The närvarolista after the last paragraph is no part of that paragraph's text: its rows read as running text
    made people of "Närvaro Eva-Lena Dahl" and "Anna-Karin Sjöberg Malin Åhs"."""
    f = load_text(tmp_path, "ofn.txt", APPENDED_ROSTER)
    assert f["persons"] == ["Anna-Karin Sjöberg", "Bengt Almqvist", "Eva-Lena Dahl", "Lotta Hedin", "Per-Olof Grahn",
                            "Rolf Nyman", "Yusuf Demir"]


def test_the_anslag_names_in_full_the_body_the_running_header_names_short(tmp_path):
    """"Gemensamma överförmyndarnämnden" on the running header, "Organ / Gemensamma överförmyndarnämnden för
    Åby, Ekå, Lunda och / Norrby" in the anslag box: the body that met is the nämnd named in full (not the
    header's short name qualified by the kommun on the letterhead)."""
    f = load_text(tmp_path, "ofn.txt", APPENDED_ROSTER)
    assert f["body"] == "Gemensamma överförmyndarnämnden för Åby, Ekå, Lunda och Norrby"


HANDS_IN_THERE = """Styrgruppen för ungdomsmottagningarna i Norrby
Minnesanteckningar 13 november 2025

Närvarande
  Eva Lindqvist, verksamhetschef, Region Norrby (ordförande)
  Marianne Öst, socialchef, Åby kommun

1. Samverkansavtalet
Styrgruppen är tillsatt av Ledningsrådet för hälsa och välfärd i Norrby och lämnar sina förslag dit.
"""


def test_a_body_set_up_by_another_that_hands_its_proposals_there_reports_there(tmp_path):
    """"Styrgruppen är tillsatt av Ledningsrådet X och lämnar sina förslag dit": set up by the råd, it reports
    to it, as "… och rapporterar dit" says."""
    f = load_text(tmp_path, "sg.txt", HANDS_IN_THERE)
    pairs = {(a, b) for a, b, _ in f["mandates"]}
    assert ("Ledningsrådet för hälsa och välfärd i Norrby", "Styrgrupp för ungdomsmottagningarna i Norrby") in pairs
    assert ("Styrgrupp för ungdomsmottagningarna i Norrby", "Ledningsrådet för hälsa och välfärd i Norrby") in pairs


NETWORK_NOTES = """# MAS/MAR-nätverket i Norrby län

Minnesanteckningar 26 november 2025, Teams

## Närvaro

| Namn | Funktion | Organisation | Närvaro |
|---|---|---|---|
| Helena Ek | MAS | Åby kommun | Ja |
| Tomas Berg | MAS/MAR | Ekå kommun | Ja |
| Nils Holm | läkemedelsstrateg | Region Norrby | Gäst, punkt 2 |

## 1. Föregående anteckningar

Anteckningarna lades till handlingarna.

## 2. Uppdrag från Länsledningen för vård och omsorg i Norrby

MAS/MAR-nätverket är ett sakkunnignätverk till Länsledningen för vård och omsorg i Norrby och rapporterar till
länsledningen två gånger per år.

**Beslut:** Nätverket beslutade att rutinen gäller från mars. Helena Ek får i uppdrag att skicka ut rutinen.
"""


def test_a_guest_marked_in_the_presence_column_is_a_guest_for_the_point(tmp_path):
    """"Gäst, punkt 2" in the Närvaro column beside the members' "Ja": a guest, no member."""
    f = load_text(tmp_path, "mas.md", NETWORK_NOTES)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status["Nils Holm"] == "guest" and status["Helena Ek"] == "present"
    assert not any(p == "Nils Holm" and g == "MAS/MAR-nätverket i Norrby län" for p, g, _ in f["memberships"])


def test_a_network_of_experts_to_a_lansledning_reports_to_it(tmp_path):
    """"Länsledningen för vård och omsorg i X" is a body; "MAS/MAR-nätverket" one name (not "MAR-nätverket");
    "är ett sakkunnignätverk till L och rapporterar till länsledningen": it reports to L."""
    f = load_text(tmp_path, "mas.md", NETWORK_NOTES)
    assert ("MAS/MAR-nätverket i Norrby län", "Länsledningen för vård och omsorg i Norrby", "reports_to") in f["mandates"]


def test_a_task_given_in_the_decision_paragraph_is_a_decided_point(tmp_path):
    """"**Beslut:** Nätverket beslutade att … Helena Ek får i uppdrag att …": both sentences are decided, and
    the second is Helena's task."""
    f = load_text(tmp_path, "mas.md", NETWORK_NOTES)
    assert any(d.startswith("Helena Ek får i uppdrag att skicka ut rutinen") for d in f["decisions"])
    assert (("Helena Ek",), "skicka ut rutinen") in f["assignments"]


ROLE_CELL_AWAY = """<html><body>
<h1>Ledningsgruppen för tidiga samordnade insatser i Åby</h1>
<p>Minnesanteckningar 1 december 2025</p>
<table>
<tr><th>Namn</th><th>Roll i gruppen</th><th>Verksamhet</th></tr>
<tr><td>Jenny Ek</td><td>Ordförande</td><td>Socialchef, Åby kommun</td></tr>
<tr><td>Lars Berg</td><td>Ledamot (förhindrad)</td><td>Lokalpolisområdeschef, Polisen</td></tr>
</table>
<h2>1. Inledning</h2>
<p>Jenny Ek hälsade välkommen.</p>
</body></html>
"""


def test_a_member_förhindrad_in_the_role_cell_was_away(tmp_path):
    f = load_text(tmp_path, "tsi.html", ROLE_CELL_AWAY)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status["Lars Berg"] == "absent" and status["Jenny Ek"] == "present"


OWN_UTSKOTT = """ÅBY KOMMUN
PROTOKOLL
Gemensamma nämnden för familjerätt
Sammanträdesdatum 2025-12-03

Beslutande
Eva Dahl (M), ordförande
Anna Sjö (C)
Rolf Ek (C)

§ 45 Fyllnadsval av ersättare i arbetsutskottet

Anna Sjö (C) har avsagt sig uppdraget som ersättare i nämndens arbetsutskott.

Nämndens beslut
Nämnden väljer Rolf Ek (C), Åby kommun, till ny ersättare i arbetsutskottet efter Anna Sjö för tiden till och med
den 31 december 2026.
"""


def test_the_nämnds_own_arbetsutskott_is_named_with_the_nämnd(tmp_path):
    """"nämndens arbetsutskott" in the protocol of "Gemensamma nämnden för familjerätt" is its own arbetsutskott,
    "Gemensamma nämndens arbetsutskott"; the member elected "(C), Åby kommun, till ny ersättare i arbetsutskottet
    efter X" takes X's seat there."""
    f = load_text(tmp_path, "gn.txt", OWN_UTSKOTT)
    assert ("Anna Sjö", "Gemensamma nämndens arbetsutskott", "leave") in f["memberships"]
    assert ("Rolf Ek", "Gemensamma nämndens arbetsutskott", "replace") in f["memberships"]


def test_a_body_named_with_its_place_ends_at_the_place():
    """"att meddela Samverkansrådet för barn och unga i X beslutet", "Protokoll från Samverkansrådet … i X,
    2025-10-08": the word or date after the place is no part of the name ("i X län", "i X kommun" are)."""
    from samverkan.loaders.relations import find_groups

    assert [g.name for g in find_groups("att meddela Samverkansrådet för barn och unga i Norrby beslutet.")] == [
        "Samverkansrådet för barn och unga i Norrby"]
    assert [g.name for g in find_groups("– Protokoll från Samverkansrådet för barn och unga i Norrby, 2025-10-08\n"
                                        "– Skolinspektionens beslut")] == ["Samverkansrådet för barn och unga i Norrby"]
    assert [g.name for g in find_groups("Frågan lyfts till Styrgruppen för nära vård i Norrby län i mars.")] == [
        "Styrgruppen för nära vård i Norrby län"]
