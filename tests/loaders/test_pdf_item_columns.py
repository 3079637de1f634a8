"""A Word table that writes the minutes a row an item, in columns beside its number and heading ("Punkt |
Diskussion | Beslut/Åtgärd | Ansvarig"), printed to PDF with narrow columns: each cell wraps over many lines,
a word longer than its column is broken at the cell's edge with no hyphen ("samverkansgrup" / "pen"), the
lines of a cell stand as far apart as the rows, and a row runs on over the page. The PDF reads a row a line,
its cells apart by tabs, as the Word document reads, and gives the facts the Word document gives."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from samverkan.loaders.read import read_document
from tests.loaders.test_read_formats import facts

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice prints the PDFs")

ROSTER = [("Namn", "Organisation", "Funktion"),
          ("Ylva Sandström", "Region Norrmark, psykiatrin", "verksamhetschef, ordförande"),
          ("Oskar Lindqvist", "Björkede kommun", "socialchef"),
          ("Hanna Forsberg", "Tallvika kommun", "enhetschef LSS"),
          ("Rasmus Holm", "Region Norrmark", "processledare, sekreterare")]

DISCUSSION = [
    ("1. Mötets öppnande", ["Ylva hälsade välkommen och dagordningen gicks igenom."],
     ["Dagordningen fastställdes."], "Ylva Sandström"),
    ("2. Ny arbetsgrupp för suicidprevention",
     ["Styrgruppen för nära vård har gett samverkansgruppen i uppdrag att samordna länets suicidpreventiva arbete. "
      "Gruppen bildar en arbetsgrupp med följande sammansättning:",
      "Oskar Lindqvist, Björkede kommun (sammankallande)", "Vera Ekholm, Tallvika kommun",
      "Lennart Sjöberg, psykiatrin, Region Norrmark"],
     ["Arbetsgrupp suicidprevention inrättas med den föreslagna sammansättningen.",
      "Arbetsgruppen redovisar en handlingsplan till samverkansgruppen i april 2027."], "Oskar Lindqvist"),
    ("3. Representation",
     ["Hanna Forsberg lämnar samverkansgruppen vid årsskiftet. Maria Strömberg, enhetschef LSS, ersätter henne "
      "från och med 1 januari 2027. Diskussion om hur samverkansgruppens arbete kan följas upp gemensamt i länet "
      "och om hur kommunernas representanter kan förankra frågorna i sina förvaltningar."],
     ["Informationen lades till handlingarna."], "–"),
    ("4. Nästa möte", ["Nästa möte 2027-02-11 kl. 13.00 på Teams."], ["Kallelse skickas ut."], "Rasmus Holm"),
]


def _minutes(tmp_path: Path, heads: tuple[str, ...], rows, widths_cm: tuple[float, ...], name: str,
             filler: int = 0) -> Path:
    import docx
    from docx.shared import Cm

    d = docx.Document()
    d.add_paragraph("MINNESANTECKNINGAR")
    d.add_paragraph("Samverkansgrupp psykisk hälsa")
    d.add_paragraph("Datum: 2026-12-03, kl. 13.00–15.00")
    d.add_paragraph("Deltagare")
    t = d.add_table(rows=0, cols=3)
    for r in ROSTER:
        for c, x in zip(t.add_row().cells, r):
            c.text = x
    for k in range(filler):  # text enough that the table's rows run on over the page
        d.add_paragraph(f"Bakgrund {k + 1}. Samverkansgruppen följer arbetet med psykisk hälsa i länet och "
                        f"återkommer till frågan vid kommande möten under året.")
    d.add_paragraph("")
    t = d.add_table(rows=0, cols=len(heads))
    t.style = "Table Grid"
    t.autofit = False
    for r in [heads, *rows]:
        cells = t.add_row().cells
        for c, x, w in zip(cells, r, widths_cm):
            c.width = Cm(w)
            paras = x if isinstance(x, list) else [x]
            c.text = paras[0]
            for p in paras[1:]:
                c.add_paragraph(p)
    d.add_paragraph("")
    d.add_paragraph("Vid anteckningarna")
    d.add_paragraph("Rasmus Holm")
    word = tmp_path / "word" / f"{name}.docx"
    word.parent.mkdir()
    d.save(str(word))
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path / "pdf"), str(word)], check=True, capture_output=True, timeout=180)
    return word


def _same_facts(word: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "pdf" / f"{word.stem}.pdf"
    a, b = facts(word, tmp_path / "word"), facts(pdf, tmp_path / "pdf")
    for kind in ("decisions", "assignments", "mandates", "persons"):
        assert b[kind] == a[kind], kind
    # the seats the items' rows change (the roster's own members are no part of the table)
    changed = [[m for m in f["memberships"] if m[2] not in ("member", "employment")] for f in (a, b)]
    assert changed[0] and changed[1] == changed[0]


def test_four_columns_read_a_row_a_line_with_broken_words_whole(tmp_path):
    word = _minutes(tmp_path, ("Punkt", "Diskussion", "Beslut/Åtgärd", "Ansvarig"), DISCUSSION, (3.0, 3.2, 3.2, 2.6),
                    "sg_2026-12-03")
    # the rows read as the Word reader writes them: the item's heading, what was said, what was decided, who
    def table(path: Path) -> list[str]:
        text = read_document(path).text
        return [x for x in text[text.index("Punkt\t"):text.index("Vid anteckningarna")].split("\n") if x.strip()]

    printed = table(tmp_path / "pdf" / "sg_2026-12-03.pdf")
    assert printed == table(word)
    assert [x for x in printed if x[:2] in ("1.", "2.", "3.", "4.")] == [
        "1. Mötets öppnande", "2. Ny arbetsgrupp för suicidprevention", "3. Representation", "4. Nästa möte"]
    assert ("Arbetsgrupp suicidprevention inrättas med den föreslagna sammansättningen. "
            "Arbetsgruppen redovisar en handlingsplan till samverkansgruppen i april 2027.") in printed
    assert any("Oskar Lindqvist, Björkede kommun (sammankallande) Vera Ekholm" in x for x in printed)
    _same_facts(word, tmp_path)


def test_other_headings_over_a_page_break_read_as_their_word_original(tmp_path):
    """Other headings ("Nr | Fråga | Beslut | Ansvarig"), the table starting low on the page so that
    its rows run on over the page break."""
    word = _minutes(tmp_path, ("Nr", "Fråga", "Beslut", "Ansvarig"), DISCUSSION, (2.6, 4.0, 3.6, 2.6),
                    "sg_2026-12-03", filler=12)
    text = read_document(tmp_path / "pdf" / "sg_2026-12-03.pdf").text
    lines = [x for x in text.split("\n") if "\t" in x]
    assert len(lines) == 5 and lines[3].startswith("3. Representation\t")
    assert "Maria Strömberg, enhetschef LSS, ersätter henne från och med 1 januari 2027." in lines[3]
    _same_facts(word, tmp_path)
