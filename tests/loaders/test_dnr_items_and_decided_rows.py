"""Habits of kommun protocols and working-group notes: items headed "Ärende 4 (Dnr 2026/118)  Titel", a
convener chosen in the passive with the duty first ("Som ny sammankallande utsågs …"), a group that "lyder
under" another body and reports back to it "två gånger per år", and a closing "Beslutade åtgärder" list whose
bulleted rows point back to their items ("- p. 4: Kim tar fram …"), cut by a page break or wrapped as a PDF
prints it; each read on a small minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text


def _load(tmp_path: Path, text: str) -> dict:
    return load_text(tmp_path, "m.txt", text)


HEAD = """Minnesanteckningar
Arbetsgrupp läkemedel Brunnby
Datum: 2025-12-01
Närvarande: Eva Ek, Region Brunnby; Per Lind, Ösby kommun; Sara Holm, Åbyns kommun; Maria Berg, Ösby kommun

"""
BODY = "Arbetsgrupp läkemedel Brunnby"


def test_items_headed_by_arende_with_the_diary_number_in_brackets(tmp_path):
    f = _load(tmp_path, """PROTOKOLL
Vård- och omsorgsnämnden, Åby kommun
Sammanträdesdatum 2026-12-08

Ledamöter: Eva Ek, M, ordförande; Per Lind, S; Sara Holm, C

Ärende 1  Val av justerare

Nämnden beslutar att utse Per Lind att justera protokollet.

Ärende 2 (Dnr 2026/096)  Förvaltningschefens information

Informationen läggs till handlingarna.

Ärende 3 (Dnr 2026/118)  Riktlinje för läkemedel

Nämndens beslut
att anta riktlinjen.
""")
    assert ("2", "Förvaltningschefens information") in f["items"], f["items"]
    assert ("3", "Riktlinje för läkemedel") in f["items"], f["items"]
    assert "lägga informationen till handlingarna" in f["decisions"], f["decisions"]


def test_new_convener_chosen_in_the_passive_with_her_workplace_after_the_name(tmp_path):
    f = _load(tmp_path, HEAD + """1. Sammansättning
Eva Ek lämnar gruppen vid årsskiftet. Som ny sammankallande utsågs Per Lind, Vårdcentralen Ösby.
""")
    assert (("Per Lind",), f"vara sammankallande i {BODY}") in f["assignments"], f["assignments"]
    assert ("Per Lind", BODY, "join") in f["memberships"], f["memberships"]
    assert ("Eva Ek", BODY, "leave") in f["memberships"], f["memberships"]


def test_new_convener_from_a_date_keeps_the_duty_before_the_date(tmp_path):
    f = _load(tmp_path, HEAD + """1. Sammansättning
Som ny sammankallande utsågs Per Lind från och med januari 2027.

2. Övrigt
Inget att ta upp.
""")
    assert "utse Per Lind till ny sammankallande från och med januari 2027" in f["decisions"], f["decisions"]


def test_a_group_that_lyder_under_a_body(tmp_path):
    f = _load(tmp_path, HEAD + """1. Uppdrag
Inför nästa år gick vi igenom uppdraget. Gruppen lyder under Styrgrupp Nära vård Brunnby, och handlingsplanen
för 2027 är godkänd.
""")
    assert (BODY, "Styrgrupp Nära vård Brunnby", "reports_to") in f["mandates"], f["mandates"]


def test_report_back_told_as_a_noun_after_och_with_how_often(tmp_path):
    f = _load(tmp_path, HEAD + """1. Uppdrag
Vi gick igenom uppdraget för nästa år, och återrapportering sker till Styrgrupp Nära vård Brunnby två gånger per år.
""")
    assert (BODY, "Styrgrupp Nära vård Brunnby", "reports_to") in f["mandates"], f["mandates"]


def test_decided_rows_pointing_back_to_items_across_a_page_break(tmp_path):
    f = _load(tmp_path, HEAD + """1. Förråd
Vi gick igenom förråden.

2. Utbildning
Gruppen diskuterade en utbildningsdag.

Beslutade åtgärder
● p. 1: Sara Holm skriver ett underlag om förråden till styrgruppens möte i februari.
Sida 1 av 2

● p. 2: Per Lind och Maria Berg tar fram programmet för
utbildningsdagen senast 15 februari.
Nästa möte: 4 februari.
""")
    assert "Sara Holm skriver ett underlag om förråden till styrgruppens möte i februari." in f["decisions"], f["decisions"]
    assert "Per Lind och Maria Berg tar fram programmet för utbildningsdagen senast 15 februari." in f["decisions"], \
        f["decisions"]
    assert (("Sara Holm",), "skriva ett underlag om förråden till styrgruppens möte i februari") in f["assignments"], \
        f["assignments"]
