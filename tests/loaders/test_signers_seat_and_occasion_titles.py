"""Notes sent as a mail whose sender signs with her seat in the body that met ("sammankallande i Nätverket för
boendestöd Norrby"): she held that seat at the meeting. A seat in another body on the signature gives her none here.

And notes titled by the occasion, named by the body's kind, before the body's own name ("Minnesanteckningar från
nätverksträffen – Nätverket för boendestöd Norrby", "… från styrgruppsmötet i Styrgrupp X"): the body is the one
named, never "Nätverksträffen". And a roster heading "Ersättare och övriga" over the ersättare and the others called in:
a line that names no seat there holds none."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_read_formats import load_text

NOTES = """Minnesanteckningar från nätverksträffen – Nätverket för boendestöd Norrby 2027-03-10

Närvarande: Emil Nyberg och Sara Hellqvist, Åby kommun; Karin Ek, Ekby kommun; Oskar Ren, Norrby kommun

1) Runda bordet
Emil Nyberg berättade att boendestödet har gått över till digital planering av besöken.

2) Utbildningsdag
Sara Hellqvist håller i planeringen av en utbildningsdag i oktober.

Hälsningar
Karin Ek
samordnare boendestöd, Ekby kommun
{seat}
"""


def _roles(f: dict, name: str) -> tuple:
    return next(roles for who, _st, roles in f["attendance"] if who == name)


def test_the_senders_seat_in_the_body_that_met_is_hers(tmp_path: Path) -> None:
    f = load_text(tmp_path, "natverk_2027-03-10.txt", NOTES.format(seat="sammankallande i Nätverket för boendestöd Norrby"))
    assert "sammankallande" in _roles(f, "Karin Ek"), f["attendance"]
    assert "sammankallande" not in _roles(f, "Emil Nyberg"), f["attendance"]


def test_a_seat_in_another_body_gives_none_here(tmp_path: Path) -> None:
    f = load_text(tmp_path, "natverk_2027-03-10.txt", NOTES.format(seat="ordförande i Pensionärsföreningen Ekby"))
    assert "ordförande" not in _roles(f, "Karin Ek"), f["attendance"]


@pytest.mark.parametrize("title,body", [
    ("Minnesanteckningar från nätverksträffen – Nätverket för boendestöd Norrby 2027-03-10", "Nätverket för boendestöd Norrby"),
    ("Minnesanteckningar från nätverksträffen i Nätverket för boendestöd Norrby 2027-03-10", "Nätverket för boendestöd Norrby"),
    ("Anteckningar från styrgruppsmötet – Styrgrupp Nära vård Norrby, 2027-03-10", "Styrgrupp Nära vård Norrby"),
])
def test_the_body_named_after_its_occasion_is_the_body_that_met(tmp_path: Path, title: str, body: str) -> None:
    text = f"{title}\n\nNärvarande: Emil Nyberg, Åby kommun; Karin Ek, Ekby kommun\n\n1) Runda bordet\nEmil Nyberg berättade.\n"
    assert load_text(tmp_path, "notes_2027-03-10.txt", text)["body"] == body


MIXED_HEADING = """Styrgrupp för barn och unga i Norrby
Minnesanteckningar 2026-11-26

Ledamöter
Camilla Nord, ordförande, Åby kommun
Oskar Berg, Region Norrby
Magnus Ek, Ekby kommun
Ersättare och övriga
Erik Johansson (ersättare, tjänstgör), Ekby kommun
Nora Hell, sekreterare, Region Norrby

§ 1 Mötets öppnande
Ordföranden öppnade mötet. Dagordningen godkändes.
"""


def test_under_ersattare_och_ovriga_a_line_that_names_no_seat_holds_none(tmp_path: Path) -> None:
    f = load_text(tmp_path, "sg_2026-11-26.txt", MIXED_HEADING)
    members = {p for p, _g, c in f["memberships"] if c == "member"}
    assert {"Camilla Nord", "Oskar Berg", "Magnus Ek", "Erik Johansson"} <= members, f["memberships"]
    assert "Nora Hell" not in members, f["memberships"]
    assert "ersättare" in _roles(f, "Erik Johansson"), f["attendance"]
