"""Minutes as some PDF-to-text tools, document sites and meeting systems give them: a page flattened onto one
line (header labels, a "Name, Kommun" roster and numbered points all in one run), and a meeting system's page
copied as text ("•   3" over the item's title, a point telling another body's decision).
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

FLAT_PROTOCOL = (
    "Protokoll 1 (9) Beslutande organ Plats och tid Stadshuset, Åby, tisdagen den 4 mars 2030, klockan 09.00-12.00. "
    "Beslutande Eva Lund, ordförande (S) Per Holm, 1:e vice ordförande (M) Sara Berg (C) Karl Stål (S), "
    "tjänstgörande ersättare för Nils Ås (S) Justeringens plats och tid Fredag den 7 mars 2030, stadshuset "
    "Avser paragrafer 1-2 Sekreterare Ordförande Justerande Ulla Ström Eva Lund Per Holm Bevis om anslag "
    "Protokollet är justerat. Beslutande organ Kommunstyrelsen Anslaget sätts upp 2030-03-10\n"
    "Protokoll 2 (9) Ej tjänstgörande ersättare Bo Ek (S) Lina Strand (M), paragraf 1 Mona Ås (SD) Övriga "
    "deltagare Ulla Ström, kommunsekreterare Maja Ek, kommundirektör Lisa Holm, ekonomichef, paragraf 2 "
    "Kent Ås, ordförande kommunfullmäktige\n"
    "\n§ 1 Val av justerare\n\nKommunstyrelsens beslut\nPer Holm (M) utses att jämte ordföranden justera protokollet.\n"
    "\n§ 2 Budget\n\nKommunstyrelsens beslut\nBudgeten läggs till handlingarna.\n"
)


def test_a_flattened_first_page_is_read_as_its_labels(tmp_path):
    f = load_text(tmp_path, "flat.txt", FLAT_PROTOCOL)
    att = {a[0]: a[1:] for a in f["attendance"]}
    assert f["body"] == "Kommunstyrelsen"
    assert att["Per Holm"][0] == "present" and att["Nils Ås"][0] == "absent"
    assert {"Bo Ek", "Lina Strand", "Mona Ås", "Maja Ek", "Lisa Holm", "Kent Ås"} <= set(att)


FLAT_NOTES = (
    "Åby Öby Ekby Minnesanteckningar Regionråd Åbyregionen Dag tisdagen den 3 juni 2030 Tid 13-16, Åby kommunhus "
    "Närvarande Eva Lund, Åby Per Holm, Åby Sara Berg, Öby Karl Stål, Ekby Ulla Ström, Åbyregionens kansli "
    "Sida 1 av 2\n\n2 Minnesanteckningar 1. Mötet öppnas Mötet öppnades av ordförande Eva Lund. Dagordningen "
    "godkändes. 2. Kollektivtrafik Föredragande: Nils Ås Nils Ås informerade om de nya linjerna. 3. Övriga frågor "
    "Sara Berg tog upp frågan om gemensam upphandling. 4. Nästa möte Nästa möte hålls den 9 september 2030.\n"
)


def test_a_flattened_notes_page_gives_its_people_and_points(tmp_path):
    f = load_text(tmp_path, "rr.txt", FLAT_NOTES)
    assert {"Eva Lund", "Per Holm", "Sara Berg", "Karl Stål", "Ulla Ström"} <= set(f["persons"])
    assert not [p for p in f["persons"] if p.split()[0] in ("Åby", "Öby", "Ekby") or p.count(" ") > 2]
    assert [n for n, _ in f["items"]] == ["1", "2", "3", "4"]


SYSTEM_PAGE = """Hoppa över navigering
 • Länk till mötesportalen

 • Förbundsfullmäktige 12 juni 2030

 •   1

  Val av justerare

  • Förbundsfullmäktige utser Eva Lund (S) och Per Holm (M) att jämte ordföranden justera protokollet.

 •   2

  Avsägelser

 • 1. Sara Berg (C) avsäger sig den 2 april 2030 uppdraget som ledamot i förbundsfullmäktige.

  Länsstyrelsen meddelar i protokoll den 20 maj 2030 att Karl Stål (C) utses till ledamot i Sara Bergs ställe.

 •   3

  Årsredovisning 2029 för Räddningsförbundet Åby

  • Förbundsfullmäktige beslutar att godkänna årsredovisningen för 2029.
"""


def test_a_meeting_system_page_names_its_body_and_no_other_bodys_decision(tmp_path):
    f = load_text(tmp_path, "ff.txt", SYSTEM_PAGE)
    assert f["body"].startswith("Förbundsfullmäktige")
    assert not [d for d in f["decisions"] if "meddelar" in d]
