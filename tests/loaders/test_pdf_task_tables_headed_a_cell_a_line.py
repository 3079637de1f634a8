"""A PDF's table of tasks whose header the text layer gives a cell a line ("Nr" / "Uppgift" / "Ansvar" /
"Klart", "Who" / "What" / "When"), its headings not the roster's or the usual "Vad | Vem | När": the page is
read with its layout, a row a line, and each row is a task of the one it names, as in the text."""
from __future__ import annotations

import pytest

from samverkan.bench.formats import render_pdf
from tests.loaders.test_read_formats import facts, load_text

MINUTES = """\
# Arbetsgrupp samsjuklighet – minnesanteckningar

**Datum:** 2027-04-29, kl. 13.00–15.00
**Plats:** Ekby, kommunhuset, rum Tallen

**Närvarande:** Maria Holmgren (sammankallande), Jonas Eklöf, Sara Lindvall, Petra Åhman (sekreterare)

## 1. Uppföljning

Gruppen gick igenom uppdragen från förra mötet. Kartläggningen av samsjuklighet pågår.

## 2. Gemensam rutin

Sara Lindvall redovisade utkastet till gemensam rutin för samordnad vårdplanering.

## Uppgifter

| {a} | {b} | {c} | {d} |
|---|---|---|---|
| 1 | Sammanställa kartläggningen av samsjuklighet | Jonas Eklöf | 2027-05-20 |
| 2 | Skicka utkastet till rutinen på remiss till verksamheterna | Sara Lindvall | 2027-05-10 |
| 3 | Boka lokal till nästa möte | Petra Åhman | 2027-05-05 |
"""


@pytest.mark.parametrize("heads", [("Nr", "Uppgift", "Ansvar", "Klart"), ("No.", "Action", "Owner", "Due")],
                         ids=["svenska", "english"])
def test_each_row_is_a_task_as_in_the_text(heads, tmp_path):
    text = MINUTES.format(a=heads[0], b=heads[1], c=heads[2], d=heads[3])
    expected = load_text(tmp_path, "ag_samsjuklighet_2027-04-29.md", text)["assignments"]
    assert (("Jonas Eklöf",), "sammanställa kartläggningen av samsjuklighet") in expected
    (tmp_path / "pdf").mkdir()
    pdf = tmp_path / "pdf" / "ag_samsjuklighet_2027-04-29.pdf"
    render_pdf(text, pdf)
    assert facts(pdf, tmp_path / "pdf")["assignments"] == expected
