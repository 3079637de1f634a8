"""Kinds of bodies in other minutes: a förbund's board, direktion and beredning named under the
förbund's letterhead, a hurried secretary's notes of a delregional ledningsgrupp, a working group's notes sent
as a mail; each habit read on a small minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from pathlib import Path

from samverkan.graph.export import export_json
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths
from tests.loaders.test_read_formats import load_text


def _presenters(tmp_path: Path, name: str, text: str) -> dict[str, list[str]]:
    """Who presented each item of one small minutes, by name."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with NetworkxStore(tmp_path / "p.sqlite") as s:
        load_paths([path], s)
        data = export_json(s.to_networkx())
    n = {p["id"]: p["name"] for p in data["persons"]}
    (event,) = data["events"]
    return {i.get("number"): sorted(n[p] for p in i.get("presenter_ids") or []) for i in event["agenda"]}


BOARD_ROSTER = """SAMORDNINGSFÖRBUNDET NORRBY
PROTOKOLL
Styrelsen
Sammanträdesdatum: 2025-10-17

Ledamöter och ersättare      Parti   Medlem                  Roll                Närvaro
Eva Lindqvist                S       Åby kommun              Ordförande          Närvarande
Per Nyholm                   M       Region Norrby           Vice ordförande     Närvarande
Kim Sandberg                         Försäkringskassan       Ledamot             Anmält förhinder
Lisa Ahl                     C       Ekå kommun              Ersättare           Närvarande

§ 12 Mötets öppnande
Styrelsen beslutar
att godkänna dagordningen.
"""


def test_a_forbunds_roster_of_ledamoter_och_ersattare_by_member(tmp_path):
    """"Ledamöter och ersättare | Parti | Medlem | Roll | Närvaro": one column of names, the member each sits
    for, and whether each came."""
    f = load_text(tmp_path, "sf.txt", BOARD_ROSTER)
    got = {(n, s) for n, s, _ in f["attendance"]}
    assert {("Eva Lindqvist", "present"), ("Per Nyholm", "present"), ("Kim Sandberg", "absent"),
            ("Lisa Ahl", "present")} <= got
    assert ("Kim Sandberg", "Styrelsen, Samordningsförbundet Norrby", "") in f["memberships"] or any(
        p == "Kim Sandberg" and g == "Styrelsen, Samordningsförbundet Norrby" for p, g, _ in f["memberships"])


DIREKTION_GENITIVE = """**Åbyns räddningstjänstförbund**
SAMMANTRÄDESPROTOKOLL
Direktionen\t\tSammanträdesdatum 2025-10-06
Plats och tid\tBrandstationen, kl. 13.00–15.00

Närvarande ledamöter
Eva Lindqvist (S), Åby kommun, ordförande
Per Nyholm (M), Ekå kommun

§ 30 Val av justerare
Beslut
• Per Nyholm (M) utses att jämte ordföranden justera protokollet.
"""

BEREDNING_UNDER_FORBUND = """# Ekås gymnasieförbund

**Utbildningsberedningen** · Minnesanteckningar från beredningens sammanträde

Datum: torsdag 9 oktober 2025

Närvarande: Eva Lindqvist (S), Åby kommun, ordförande; Per Nyholm (M), Ekå kommun

## 1. Mötets öppnande

Dagordningen fastställdes.

## 2. Antagningen

Beredningen beslutade att notera informationen.
"""


def test_a_forbunds_own_body_under_its_name_in_the_genitive(tmp_path):
    """"Åbyns räddningstjänstförbund / Direktionen", "Ekås gymnasieförbund / Utbildningsberedningen": the
    direktion and the beredning of the förbund on the letterhead, named with it."""
    assert load_text(tmp_path, "d.txt", DIREKTION_GENITIVE)["body"] == "Direktionen, Åbyns räddningstjänstförbund"
    assert load_text(tmp_path, "b.md", BEREDNING_UNDER_FORBUND)["body"] == "Utbildningsberedningen, Ekås gymnasieförbund"


HURRIED = """anteckn ledningsgrupp närvård norrby
tis 7/10 -25 kl 9-11, teams

närv:
Eva Lindqvist ordf, socialchef Åby
Per Nyholm Ekå kn, enhetschef hemtjänst
förhindr: Kim Sandberg (Ekå, äldreomsorgen)
anteckn: Lisa Ahl

1. förra anteckn.
godkändes utan synpkt

2. SIP-rutinen
PN gav en lägesbild, 12 SIP:ar i sept.

3. övr
inget
"""


def test_hurried_notes_typed_small_with_shorthand(tmp_path):
    """Notes titled small ("anteckn ledningsgrupp …"), their points small but for an acronym ("2. SIP-rutinen"),
    a kommun as "Ekå kn", the away under "förhindr:" and the secretary under "anteckn:"."""
    f = load_text(tmp_path, "lg.txt", HURRIED)
    assert f["body"].lower() == "ledningsgrupp närvård norrby"
    assert [n for n, _ in f["items"]] == ["1", "2", "3"]
    got = {(n, s) for n, s, _ in f["attendance"]}
    assert {("Per Nyholm", "present"), ("Kim Sandberg", "absent")} <= got
    assert any(n == "Lisa Ahl" and "sekreterare" in r for n, _, r in f["attendance"])
    assert "Per Nyholm Ekå" not in f["persons"]


WEAK_PRESENTERS = """Samverkansgrupp barn och unga i Norrby
Minnesanteckningar 2025-10-08

Närvarande: Eva Lindqvist (ordförande, Åby kommun), Per Nyholm (förbundsdirektör, Ekå kommun),
Kim Sandberg (Region Norrby)

1. Uppdraget
Inför arbetet 2026 gick ordföranden igenom gruppens uppdrag.

2. Remisser
Kim Sandberg gav en lägesbild: andelen ofullständiga remisser har minskat från 40 till 15 procent.

3. Handlingsprogrammet
Ärendet föredrogs av förbundsdirektören.
"""


def test_presenters_told_by_weaker_verbs(tmp_path):
    """"gick ordföranden igenom" (the subject after its verb), "gav en lägesbild: … från 40 till 15 procent" (a
    figure, not a report to be given to someone), "föredrogs av förbundsdirektören" (the one who holds the title)."""
    p = _presenters(tmp_path, "sg.txt", WEAK_PRESENTERS)
    assert p["1"] == ["Eva Lindqvist"]
    assert p["2"] == ["Kim Sandberg"]
    assert p["3"] == ["Per Nyholm"]


MAIL_SHORT_KIND = """From: Lisa Ahl <lisa.ahl@norrby.se>
To: ag-skolhalsa@norrby.se
Date: Wed, 8 Oct 2025 15:02:11 +0200
Subject: Minnesanteckningar AG skolhälsa och BUP 8/10
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hej alla,

Här kommer anteckningarna från dagens möte i arbetsgruppen för skolhälsa och BUP.

Deltagare: Eva Lindqvist (Åby kommun), Per Nyholm (Region Norrby)

1. Remissmallen
Gruppen beslutade att mallen används från januari.

2. Nästa möte
12 november.
"""


def test_a_mail_subject_names_the_group_by_its_letters_and_topic(tmp_path):
    """"Minnesanteckningar AG skolhälsa och BUP": the working group of that topic, named as the mail names it
    in full ("möte i arbetsgruppen för skolhälsa och BUP")."""
    f = load_text(tmp_path, "ag.eml", MAIL_SHORT_KIND)
    assert f["body"].lower() in ("arbetsgruppen för skolhälsa och bup", "arbetsgrupp för skolhälsa och bup")


HURRIED_DECISIONS = """anteckn arbetsgrupp sip norrby
ons 8/10 -25, teams

närv: Eva Lindqvist ordf, Per Nyholm
anteckn: Lisa A

1. förra anteckn.
godkändes utan synpkt

2. rutinen
Beslut: rutinen antas. ag SIP får i uppdrag att ta fram utbildningsmaterial till våren.
(påminnelse: ag SIP rapporterar till styrgruppen)

3. övr
inget

/Lisa Ahl
"""


def test_hurried_decisions_a_sentence_each_and_an_aside_apart(tmp_path):
    """"godkändes utan synpkt" under "förra anteckn."; "Beslut: rutinen antas. ag SIP får i uppdrag …" two decided
    points on one line; "(påminnelse: …)" below is the secretary's aside; "Lisa A" is the "/Lisa Ahl" who signs."""
    f = load_text(tmp_path, "ag.txt", HURRIED_DECISIONS)
    assert "godkänna förra anteckn" in f["decisions"]
    assert "rutinen antas" in f["decisions"]
    assert any(d.startswith("ag SIP får i uppdrag att ta fram utbildningsmaterial") for d in f["decisions"])
    assert not any("påminnelse" in d for d in f["decisions"])
    assert any(n == "Lisa Ahl" and "sekreterare" in r for n, _, r in f["attendance"])


FORBUND_BOARD = """SAMORDNINGSFÖRBUNDET NORRBY
PROTOKOLL
Styrelsen
Sammanträdesdatum: 2025-10-17

Ledamöter och ersättare      Parti   Medlem                  Roll                Närvaro
Eva Lindqvist                S       Åby kommun              Ordförande          Närvarande
Per Nyholm                   M       Region Norrby           Ledamot             Närvarande

Övriga närvarande
Lisa Ahl, förbundschef
Kim Sandberg, processledare, sekreterare

§ 12 Beredningsgruppens uppdrag
Beredningsgruppen har sedan 2023 styrelsens uppdrag att bereda ansökningar om insatsmedel.

Styrelsen beslutar
att utse Bo Ek till ny ledamot i beredningsgruppen för Åby kommun.

§ 13 Övriga frågor
Inga övriga frågor.

Åtgärdslista

§ Vad                                  Vem                   När
12      Meddela Åby kommun beslutet            KS                    v. 43
13      Boka lokal till januari                AME Åby               15 jan
"""


def test_a_forbunds_standing_uppdrag_its_beredningsgrupp_and_an_action_table_by_paragraph(tmp_path):
    """"Beredningsgruppen har sedan 2023 styrelsens uppdrag att …": the förbund's beredningsgrupp holds that task;
    "ledamot i beredningsgruppen för Åby kommun": the seat is Åby's, the group the förbund's; "§ Vad  Vem  När" with
    the § heading a space from the next: a task per row, "AME Åby" a unit and no person."""
    f = load_text(tmp_path, "sf.txt", FORBUND_BOARD)
    group = "Beredningsgruppen, Samordningsförbundet Norrby"
    assert any(a == (group,) and t.startswith("bereda ansökningar om insatsmedel") for a, t in f["assignments"])
    assert ("Bo Ek", group, "join") in f["memberships"]
    assert any(a == ("Kim Sandberg",) and t.lower().startswith("meddela åby kommun") for a, t in f["assignments"])
    assert "AME Åby" not in f["persons"]


GYF_UNIT = """# Ekås gymnasieförbund

**Utbildningsberedningen** · Minnesanteckningar

Datum: torsdag 9 oktober 2025

| Namn | Kommun | Roll |
|---|---|---|
| Eva Lindqvist (S) | Åby kommun | ordförande |
| Per Nyholm (M) | Ekå kommun | ledamot |
| Lisa Ahl | Ekås gymnasieförbund | förbundschef, föredragande |

## 1. Skolenkäten

Kvalitetsenheten tar fram en fördjupad analys av enkäten till beredningens sammanträde i februari.

## 2. Att göra

- **Lisa:** tjänsteskrivelse om antagningen till direktionen 11/12
"""


def test_a_forbunds_own_unit_its_officials_and_a_bare_due_day(tmp_path):
    """"Kvalitetsenheten tar fram …" in a gymnasieförbund's beredning: the förbund's own unit; a row with no party
    and no seat under politicians named with theirs is an official; "… till direktionen 11/12": due that day."""
    f = load_text(tmp_path, "b.md", GYF_UNIT)
    assert any(a == ("Kvalitetsenheten, Ekås gymnasieförbund",) for a, _ in f["assignments"])
    assert ("Lisa Ahl", "guest") in {(n, s) for n, s, _ in f["attendance"]}
    assert not any(p == "Lisa Ahl" for p, _, _ in f["memberships"])


def test_a_task_row_ending_in_a_bare_day_and_month_is_due_then():
    """"- Lisa: tjänsteskrivelse om antagningen till direktionen 11/12": the row's last words are when."""
    from samverkan.loaders.relations import _LABELLED_ROW_RE
    m = _LABELLED_ROW_RE.match("- Lisa: tjänsteskrivelse om antagningen till direktionen 11/12")
    assert m and m.group("due") == "11/12" and m.group("task").endswith("till direktionen")


HURRIED_SEATS = """anteckn ledningsgrupp närvård norrby
tis 7/10 -25 kl 9-11, teams

närv:
Eva Lindqvist ordf, socialchef Åby
Per Nyholm Ekå kn, enhetschef hemtjänst
Kim Sandberg Ekå kn, äldreomsorgen

1. förra anteckn.
godkändes utan synpkt

2. ledamöter
Kim går i pension vid årsskiftet, ersätts av Maja Tell (ny avd chef äo Ekå) fr o m jan.
Beslut: Per Nyholm väljs som ny repr i Styrgrupp närvård Norrby fr o m 1/1.

3. övr
inget
"""


def test_hurried_changes_of_seat(tmp_path):
    """", ersätts av Maja Tell (…) fr o m jan": she takes the seat; "väljs som ny repr i G fr o m 1/1": a seat in G."""
    f = load_text(tmp_path, "lg.txt", HURRIED_SEATS)
    assert any(p == "Maja Tell" and c == "replace" for p, _, c in f["memberships"])
    assert any(p == "Per Nyholm" and g.startswith("Styrgrupp närvård") and c == "join" for p, g, c in f["memberships"])
