"""A point's task written as a table of two columns under it ("Uppdrag:" | "Ta fram …", "Ansvarig:" | "Eva Ek"),
printed to PDF: the text layer gives the label and its value a line each, the value's wrapped line a third.
The label stands beside its value, on one line with it, so the task is given to the one responsible as
in the text."""
from __future__ import annotations

from samverkan.bench.formats import render_pdf
from tests.loaders.test_read_formats import facts, load_text

MINUTES = """\
STYRGRUPP NÄRA VÅRD NORRMARK
Minnesanteckningar 2027-02-17, kl. 13.00–15.00
Plats: Regionhuset, rum Vega.

Närvarande: Agnes Wallin (ordf.), Region Norrmark; Olof Berg, Ekby kommun; Lina Åkesson, Åby kommun
Antecknare: Hugo Sjöberg, Region Norrmark


Punkt 1: Inledning

Agnes Wallin hälsade välkommen. Dagordningen fastställdes.


Punkt 2: Uppföljningslistan

Rutinerna för gemensamma hembesök är klara i Ekby. Rutinen från Åby saknas fortfarande.

  Uppdrag:     Stämma av med Åby kommun när rutinen för gemensamma hembesök
               blir klar och rapportera till styrgruppen.
  Ansvarig:    Olof Berg
  Återrapport: Nästa möte 2027-04-14


Punkt 3: Mobilt närvårdsteam

Lina Åkesson redogjorde för piloten. Läkarmedverkan från vårdcentralerna har varit ojämn.

  Uppdrag:     Säkra läkarmedverkan i teamet från vårdcentralerna under våren.
  Ansvarig:    Agnes Wallin


Punkt 4: Nästa möte

Nästa möte hålls 2027-04-14. Hugo Sjöberg kallar.
"""


def test_each_task_in_its_cells_goes_to_its_ansvarig(tmp_path):
    text = load_text(tmp_path, "sg_nara_vard_2027-02-17.txt", MINUTES)["assignments"]
    assert (("Olof Berg",), "stämma av med Åby kommun när rutinen för gemensamma hembesök blir klar och rapportera "
                            "till styrgruppen") in text
    (tmp_path / "pdf").mkdir()
    pdf = tmp_path / "pdf" / "sg_nara_vard_2027-02-17.pdf"
    render_pdf(MINUTES, pdf)
    got = facts(pdf, tmp_path / "pdf")["assignments"]
    for task in text:
        assert task in got, got
