"""Kinds of bodies of the eleventh round: a förbund's board, direktion and beredning named under the
förbund's letterhead, a hurried secretary's notes of a delregional ledningsgrupp, a working group's notes sent
as a mail; each habit read on a small minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from pathlib import Path

from samverkan.graph.export import export_json
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths
from tests.loaders.test_read_formats import facts


def _load(tmp_path: Path, name: str, text: str) -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return facts(path, tmp_path)


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
    f = _load(tmp_path, "sf.txt", BOARD_ROSTER)
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
    assert _load(tmp_path, "d.txt", DIREKTION_GENITIVE)["body"] == "Direktionen, Åbyns räddningstjänstförbund"
    assert _load(tmp_path, "b.md", BEREDNING_UNDER_FORBUND)["body"] == "Utbildningsberedningen, Ekås gymnasieförbund"


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
    f = _load(tmp_path, "lg.txt", HURRIED)
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
    f = _load(tmp_path, "ag.eml", MAIL_SHORT_KIND)
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
    f = _load(tmp_path, "ag.txt", HURRIED_DECISIONS)
    assert "godkänna förra anteckn" in f["decisions"]
    assert "rutinen antas" in f["decisions"]
    assert any(d.startswith("ag SIP får i uppdrag att ta fram utbildningsmaterial") for d in f["decisions"])
    assert not any("påminnelse" in d for d in f["decisions"])
    assert any(n == "Lisa Ahl" and "sekreterare" in r for n, _, r in f["attendance"])
