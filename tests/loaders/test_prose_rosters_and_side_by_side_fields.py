"""Rosters and fields as other secretaries write them: a roster told in running prose with the secretary
and an invited guest in sentences of their own; "Ordförande: X        Anteckningar: Y" side by side on a
line; a protocol's "Närvarolista" table whose "Närvarande §§" column gives an ersättare serving the whole
meeting; a table's rows before the sentence that decides; and guests "bjuds in för att informera om …".
Each read on a small minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from samverkan.loaders.pipeline import parse_file
from tests.loaders.test_read_formats import load_text

PROSE = """Lokal närvårdsgrupp Åby
Minnesanteckningar från mötet onsdagen den 7 juni 2028

Vid mötet deltog Eva Ek, enhetschef i Åby kommun, som var mötets ordförande, Per Lind, läkare vid
Vårdcentralen Åby, och Ola Ås, arbetsterapeut i Åby kommun. Lisa Berg från vårdcentralen hade anmält
förhinder. Som sekreterare fungerade Bo Sand, handläggare i Åby kommun. Eva Ahl, processledare för
Vårdsamverkan Norrby, var inbjuden till den andra punkten.

Eva öppnade mötet och gick igenom dagordningen, som godkändes.
"""


def test_a_prose_roster_tells_the_secretary_and_an_invited_guest_in_sentences_of_their_own(tmp_path):
    """"Som sekreterare fungerade X, …" and "Y, …, var inbjuden till …" after the absent: the secretary
    and a guest, not more of the absent."""
    f = load_text(tmp_path, "narvard.txt", PROSE)
    status = {name: (st, roles) for name, st, roles in f["attendance"]}
    assert status["Bo Sand"][1] == ("sekreterare",) and status["Bo Sand"][0] != "absent"
    assert status["Eva Ahl"][0] == "guest"
    assert status["Lisa Berg"][0] == "absent"


SIDE_BY_SIDE = """Samordningsgruppen Vårdsamverkan Norrby
Minnesanteckningar från möte fredagen den 19 maj 2028
Ordförande: Eva Ek        Anteckningar: Bo Sand
Närvarande: Eva Ek, Region Norrby; Per Lind, Åby kommun; Bo Sand, Region Norrby

1. Inledning
Dagordningen godkändes.
"""


def test_two_fields_side_by_side_on_a_line_are_read_each_with_its_label(tmp_path):
    """"Ordförande: Eva Ek        Anteckningar: Bo Sand": the chair and the secretary, no "Eva Ek Anteckningar"."""
    f = load_text(tmp_path, "sg.txt", SIDE_BY_SIDE)
    roles = {name: roles for name, _, roles in f["attendance"]}
    assert "Eva Ek Anteckningar" not in f["persons"]
    assert "ordförande" in roles["Eva Ek"] and "sekreterare" in roles["Bo Sand"]


SECTIONS_COLUMN = """ÅBY KOMMUN\tPROTOKOLL
Socialnämnden\tSammanträdesdatum 2028-10-17
Tid och plats: tisdagen den 17 oktober 2028 kl. 13.15, Kommunhuset
Närvarolista
Ledamot\tErsättare\tNärvarande §§
Eva Ek (S), ordförande\t\t§§ 1–3
Per Lind (M)\t\t§§ 1–3
Ola Ås (C)\tLisa Berg (C), tjänstgör för Ola Ås\t§§ 1–3
Kim Dahl (V)\t\t§§ 1–2
\tBo Sand (V), tjänstgör för Kim Dahl\t§§ 3
Justerare: Per Lind (M)

§ 1 Val av justerare
Socialnämnden beslutar att utse Per Lind (M) att justera protokollet.
"""


def test_an_ersattare_serving_over_the_whole_meetings_sections_leaves_the_member_absent(tmp_path):
    """"Ola Ås (C) | Lisa Berg (C), tjänstgör för Ola Ås | §§ 1–3": §§ 1–3 is the whole meeting, as most rows
    have it; Ola Ås was away. Kim Dahl, there for §§ 1–2, was present."""
    f = load_text(tmp_path, "sn.txt", SECTIONS_COLUMN)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status["Ola Ås"] == "absent" and status["Lisa Berg"] == "present"
    assert status["Kim Dahl"] == "present"


TABLE_THEN_DECISION = """Samordningsgruppen Vårdsamverkan Norrby
Minnesanteckningar 2028-05-19
Närvarande: Eva Ek, Region Norrby; Per Lind, Åby kommun; Mats Ekvall, Åby kommun

1. Uppföljning av tidigare uppdrag
Uppdrag\tAnsvarig\tKlart senast\tStatus
Rutin för hemgång före helg\tPer Lind\t2028-05-19\tPågår
Kostnadsberäkning\tEva Ek\t2028-06-16\tEj påbörjad
Gruppen beslutade att uppdraget om rutin för hemgång förlängs till mötet den 16 juni.

2. Trygghetslarm
Eva Ek och Mats Ekvall bjuds in för att informera om hur larmen förmedlas. Samordningsgruppen lade
rapporten till handlingarna.

3. Ledamöter
Till ny ersättare efter Lisa Berg väljs Ola Ås, medicinskt ansvarig för rehabilitering i Åby kommun.
"""


def test_the_sentence_after_a_table_decides_though_no_blank_line_parts_them(tmp_path):
    """A follow-up table's rows, then "Gruppen beslutade att …" on the next line: a decision of its own."""
    f = load_text(tmp_path, "sg.txt", TABLE_THEN_DECISION)
    assert "uppdraget om rutin för hemgång förlängs till mötet den 16 juni" in f["decisions"]
    assert "lägga rapporten till handlingarna" in f["decisions"]


def test_guests_called_in_to_inform_present_the_item(tmp_path):
    """"X och Y bjuds in för att informera om …": they bring the item."""
    path = tmp_path / "sg.txt"
    path.write_text(TABLE_THEN_DECISION, encoding="utf-8")
    items = {it.number: it.presenters for it in parse_file(str(path)).parsed.items}
    assert items["2"] == ["Eva Ek", "Mats Ekvall"]
