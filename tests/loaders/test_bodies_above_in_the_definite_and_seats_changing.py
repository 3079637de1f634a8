"""Habits of taktisk and operativ notes of a family of their own: a styrgrupp for a satsning naming the group above
it in the definite and in lower case, its level before it and the ones it is for after it ("den taktiska
samverkansgruppen barn och unga"), as the body that set it up and as the one it asks to decide ("Styrgruppen begär
att … tar ställning till …"). Each read on a small minutes of its own, loaded alone.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text, load_texts

STYRGRUPP = """Styrgrupp för satsningen Tidiga insatser i Ekby
Minnesanteckningar 2027-04-22

Styrgruppen är tillsatt av den taktiska samverkansgruppen barn och unga och rapporterar dit efter varje möte.

Närvarande: Eva Ek (Region Ekby), ordförande, Per Holm (Åby kommun), Lisa Berg (Norrby kommun).

§ 1 Förlängning av satsningen
Satsningen är finansierad till och med december 2027.
Beslut: Styrgruppen begär att den taktiska samverkansgruppen barn och unga tar ställning till en förlängning av
satsningen till och med 2028.
"""


def test_the_group_above_in_the_definite_with_its_level_and_ages_is_a_body(tmp_path):
    got = load_text(tmp_path, "sg.txt", STYRGRUPP)
    above = {f for f, t, k in got["mandates"] if k == "delegates"}
    assert any("samverkansgruppen barn och unga" in f.casefold() for f in above), got["mandates"]
    assert any("samverkansgruppen barn och unga" in t.casefold() for f, t, k in got["mandates"] if k == "reports_to")


def test_a_request_that_the_body_above_decides_refers_the_matter_there(tmp_path):
    got = load_text(tmp_path, "sg.txt", STYRGRUPP)
    assert any("samverkansgruppen barn och unga" in t.casefold() for f, t, k in got["mandates"] if k == "refers"), got["mandates"]


SAMVERKANSGRUPP = """Minnesanteckningar
Samverkansgrupp psykisk hälsa Ekby

Datum: 2027-04-08

Närvarande: Eva Ek (Region Ekby), ordförande, Per Holm (Åby), Lisa Berg (Norrby) och Karin Lund (Norrby).

1. Representation i gruppen
Åby byter representant under våren. Per Holm deltar tills vidare.
"""


def test_a_side_that_changes_its_representative_takes_its_one_member_out(tmp_path):
    got = load_text(tmp_path, "sg.txt", SAMVERKANSGRUPP)
    leaving = [(p, g) for p, g, ch in got["memberships"] if ch == "leave"]
    assert [p for p, g in leaving] == ["Per Holm"], got["memberships"]
    # a side seating two: which of them goes is not told
    (tmp_path / "two").mkdir()
    two = load_text(tmp_path / "two", "sg.txt", SAMVERKANSGRUPP.replace("Åby byter", "Norrby byter"))
    assert [p for p, g, ch in two["memberships"] if ch == "leave"] == []


ARBETSGRUPP = """ARBETSGRUPPEN FÖR VÅLD I NÄRA RELATIONER – EKBY
Anteckningar från arbetsmöte 27 april 2027

Deltagare:
Petra Sundin, samordnare, Region Ekby (sammankallande)
Linnea Hägg, socialsekreterare, Åby kommun
Erik Mattsson, enhetschef, Norrby kommun

1. Föregående anteckningar
Godkändes utan kommentarer.

2. Representation i länsnätverket
Länsnätverket mot våld i nära relationer har bett arbetsgruppen utse två representanter. Till representanter valdes
Linnea Hägg och Erik Mattsson. Representanterna presenterar arbetsgruppens arbete på länsnätverkets möte den 20 maj.
"""


def test_representatives_elected_sit_in_the_body_that_asked_for_them_and_do_what_follows(tmp_path):
    got = load_text(tmp_path, "ag.txt", ARBETSGRUPP)
    joined = {(p, g) for p, g, ch in got["memberships"] if ch == "join"}
    assert joined == {("Linnea Hägg", "Länsnätverket mot våld i nära relationer"),
                      ("Erik Mattsson", "Länsnätverket mot våld i nära relationer")}, got["memberships"]
    assert (("Erik Mattsson", "Linnea Hägg"), "presentera arbetsgruppens arbete på länsnätverkets möte den 20 maj") \
        in got["assignments"], got["assignments"]


UNDERGRUPP = """ARBETSGRUPPEN FÖR VÅLD I NÄRA RELATIONER – EKBY
Anteckningar från arbetsmöte 27 april 2027

Deltagare:
Petra Sundin, samordnare, Region Ekby (sammankallande)
Jessica Norén, kurator, Åby kommun
Sanna Berglund, samordnare, Norrby kommun

1. Föregående anteckningar
Godkändes utan kommentarer.

2. Gemensamt utbildningsmaterial
Arbetsgruppen beslutade att bilda en undergrupp som tar fram ett gemensamt utbildningsmaterial om att fråga om våld,
riktat till äldreomsorgen. Undergruppen består av Jessica Norén och Sanna Berglund, med Jessica som sammankallande.
Undergruppen redovisar ett första utkast på arbetsgruppens möte i september.
"""


def test_a_group_set_up_with_its_task_in_a_relative_clause_gets_its_members_and_report_after(tmp_path):
    got = load_text(tmp_path, "ag.txt", UNDERGRUPP)
    sub = "Undergrupp för gemensamt utbildningsmaterial om att fråga om våld"
    assert {(p, g) for p, g, ch in got["memberships"] if ch == "join"} == {("Jessica Norén", sub), ("Sanna Berglund", sub)}
    assert ((sub,), "redovisa ett första utkast på arbetsgruppens möte i september") in got["assignments"], got["assignments"]
    assert any(f.startswith("Arbetsgrupp") and t == sub and k == "delegates" for f, t, k in got["mandates"]), got["mandates"]
    assert any(f == sub and k == "reports_to" for f, t, k in got["mandates"]), got["mandates"]


def test_an_approval_alone_with_no_remarks_approves_what_the_title_names(tmp_path):
    got = load_text(tmp_path, "ag.txt", ARBETSGRUPP)
    assert "godkänna föregående anteckningar" in got["decisions"], got["decisions"]


SAMVERKANSLEDNING = SAMVERKANSGRUPP + """
2. Rekrytering av psykologer
Gruppen beslutade att lyfta frågan om gemensam rekrytering till Regional samverkansledning Ekby (RSL).
"""


def test_a_collaborations_leadership_named_by_its_function_is_a_body_a_matter_is_raised_to(tmp_path):
    got = load_text(tmp_path, "sg.txt", SAMVERKANSLEDNING)
    assert any(t.startswith("Regional samverkansledning") and k == "refers" for f, t, k in got["mandates"]), got["mandates"]


def test_a_body_named_cut_short_in_a_title_and_by_one_word_is_the_body_named_in_full(tmp_path):
    text = ARBETSGRUPP.replace("2. Representation i länsnätverket", "2. Representation i länsnätverket mot våld")
    data = load_texts(tmp_path, {"ag.txt": text})
    networks = [o["name"] for o in data["organizations"] if o.get("classification") == "group" and "nätverk" in o["name"]]
    assert networks == ["Länsnätverket mot våld i nära relationer"], networks


def test_the_kommun_of_one_leaving_is_to_say_who_replaces_her(tmp_path):
    text = SAMVERKANSGRUPP.replace("Åby byter representant under våren. Per Holm deltar tills vidare.",
                                   "Lisa Berg slutar i gruppen och kommunen återkommer om vem som ersätter henne.")
    got = load_text(tmp_path, "sg.txt", text.replace(" och Karin Lund (Norrby)", ""))
    assert (("Norrby kommun",), "återkomma om vem som ersätter henne") in got["assignments"], got["assignments"]


def test_a_body_asking_for_representatives_asks_and_delegates_nothing(tmp_path):
    got = load_text(tmp_path, "ag.txt", ARBETSGRUPP)
    assert (("Arbetsgrupp för VÅLD i NÄRA Relationer",), "utse två representanter") in got["assignments"] or any(
        t == "utse två representanter" for a, t in got["assignments"]), got["assignments"]
    assert not [m for m in got["mandates"] if m[0].startswith("Länsnätverket") and m[2] == "delegates"], got["mandates"]
