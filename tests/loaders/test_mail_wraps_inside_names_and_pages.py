"""Minutes a mail client hard-wrapped at 72 columns: a line of running text broken inside a person's name ("… deltog
Viktor" / "Hallén, verksamhetschef …") is one line again, as is a page a PDF flattened onto one line and the client
then wrapped (its header's labels "Beslutande", "Övriga deltagare", "Justeringens plats och tid" anywhere in its
lines), which is then parted at its labels as the flattened page is."""
from __future__ import annotations

import re

from samverkan.loaders.read import read_document
from tests.loaders.test_read_formats import load_text

PROSE = """# Lokal samverkansgrupp hemtjänst Åby

*Minnesanteckningar från mötet torsdagen den 4 mars 2027*

Vi träffades kl. 13.15–15.00 i konferensrummet på Solgården. Från Åby
kommun deltog Gunilla Berg, verksamhetschef hemtjänsten och gruppens
sammankallande, och Tomas Lind, MAS. Region Norrå representerades av
Viktor Hallén, verksamhetschef på Åby vårdcentral, och chefen Petra
Sandvik från geriatriken. Tomas Lind förde mötets anteckningar. Sofia
Ekholm från Öby vårdcentral hade lämnat återbud.

## Läkemedelsgenomgångar

Gruppen gick igenom rutinen för läkemedelsgenomgångar i hemtjänsten.
Tomas Lind tar fram ett förslag till gemensam checklista till nästa möte.
"""


def test_a_name_broken_over_two_lines_is_one_name(tmp_path):
    path = tmp_path / "lsg_hemtjanst_aby_2027-03-04.md"
    path.write_text(PROSE, encoding="utf-8")
    text = read_document(path).text
    assert "Petra Sandvik från geriatriken" in text and "Sofia Ekholm från" in text
    f = load_text(tmp_path, "lsg_hemtjanst_aby_2027-03-04.md", PROSE)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status.get("Sofia Ekholm") == "absent"
    assert {status.get(n) for n in ("Gunilla Berg", "Tomas Lind", "Viktor Hallén")} == {"present"}
    assert not {"Sofia", "Ekholm", "Petra", "Sandvik"} & set(f["persons"])
    # a heading after a full line stays a heading of its own
    assert "\n## Läkemedelsgenomgångar" in text


PAGE = """Protokoll 1 (6) Beslutande organ Plats och tid Sessionssalen,
kommunhuset, Storgatan 2, Åby, tisdagen den 9 mars 2027, klockan
09.00-12.00. Beslutande Karin Dahl, ordförande (S) Nils Strand, vice
ordförande (M) Eva Lönnqvist (S) Per Ekvall (C) Lisa Ström (V) Anders
Moberg (KD) Sara Nordin (S), tjänstgörande ersättare för Gösta Wik (S)
Justeringens plats och tid Torsdag den 11 mars 2027, kommunhuset Åby
Avser paragrafer 12-14 Sekreterare Ordförande Justerande Maria Holt
Karin Dahl Nils Strand Bevis om anslag Protokollet är justerat.
Beslutande organ Socialnämnden
Protokoll 2 (6) Ej tjänstgörande ersättare Olle Berg (S) Övriga
deltagare Maria Holt, nämndsekreterare Jonas Frid, socialchef

§ 12 Val av justerare

Socialnämndens beslut
Nils Strand (M) utses att jämte ordföranden justera protokollet.

§ 13 Information om hemtjänsten

Socialchef Jonas Frid informerar om läget i hemtjänsten.

Socialnämndens beslut
Socialnämnden lägger informationen till handlingarna.
"""


def test_a_flattened_page_wrapped_by_a_mail_client_is_read_as_the_page(tmp_path):
    path = tmp_path / "sn_aby_2027-03-09.txt"
    path.write_text(PAGE, encoding="utf-8")
    lines = read_document(path).text.split("\n")
    # (the wrapped name joined again, on the roster's one line; a member apart from the next at her party tag)
    assert any(x.startswith("Beslutande Karin Dahl") and "Anders Moberg (KD)" in x and "Sara Nordin (S)" in x
               for x in lines)
    f = load_text(tmp_path, "sn_aby_2027-03-09.txt", PAGE)
    present = {name for name, status, _ in f["attendance"] if status == "present"}
    assert {"Karin Dahl", "Nils Strand", "Eva Lönnqvist", "Per Ekvall", "Lisa Ström", "Anders Moberg",
            "Sara Nordin"} <= present
    assert "Anders" not in f["persons"] and "Moberg" not in f["persons"]


COLUMNS = """Kommunala pensionärsrådet                          SAMMANTRÄDESPROTOKOLL
1 (3)
Åby kommun                           2026-10-14

Plats och tid      Sammanträdesrum Eken, Åby kommunhus, plan 3, kl
13:00–15:30

Beslutande         Rune Hed PRO, ordförande
                   Maj Sandberg Omsorgsnämnden, vice ordförande    Olle
Vinterberg (S)
                   Gun Alm SPF

Ej tjänstgörande   Karin Sjö Omsorgsnämnden

Utses att justera  Gun Alm

§ 9   Öppnande

Ordföranden öppnade sammanträdet.
"""


def test_a_row_in_columns_broken_at_its_last_cell_is_one_row(tmp_path):
    """The rest of a row's last cell stands alone at the margin, where the layout's own further lines stand under
    their column: it goes back onto the row."""
    path = tmp_path / "kpr_aby_2026-10-14.txt"
    path.write_text(COLUMNS, encoding="utf-8")
    lines = read_document(path).text.split("\n")
    assert any(x.startswith("Kommunala pensionärsrådet") and x.endswith("SAMMANTRÄDESPROTOKOLL 1 (3)") for x in lines)
    assert any(x.startswith("Plats och tid") and x.endswith("kl 13:00–15:30") for x in lines)
    assert any(x.endswith("Olle Vinterberg (S)") for x in lines)
    assert "Vinterberg (S)" not in lines


ACTIONS = """Uppföljning av åtgärder

Nr  Åtgärd                                      Ansvarig         Klart
Status
 7  Ta fram mall för utskrivningsmeddelande     Eva Ekström      2026-05
 Klar
 8  Samla in enkät efter hemgång till nästa     Per Lundgren     2026-06
 Pågår

Gruppen gick igenom listan och konstaterade att arbetet går enligt planen.
"""


def test_a_table_in_columns_broken_at_its_last_column_is_one_table(tmp_path):
    """A heading row's last word and a right-aligned numbered row's last cell, each alone on the next line at the
    row's own indent: they go back onto their rows."""
    path = tmp_path / "ag_hemgang_2026-06-16.txt"
    path.write_text(ACTIONS, encoding="utf-8")
    lines = read_document(path).text.split("\n")
    assert any(x.startswith("Nr") and x.rstrip().endswith("Klart   Status") for x in lines)
    # (the cell back under its heading's column)
    assert any(x.startswith(" 7") and re.search(r"2026-05\s+Klar$", x.rstrip()) for x in lines)
    assert " Pågår" not in lines
