"""A wiki page printed to PDF, its title ("Nätverket X : 2027-02-10 Mötesanteckningar") wrapped after the date:
the page's name on the next line is part of the title, and the space before the colon is the body that met,
as it is where the title stands on one line."""
from __future__ import annotations

from samverkan.loaders.clean import clean
from tests.loaders.test_read_formats import load_text

PAGE = """\
Äldrechefsnätverket Norrmark : 2027-02-10
Mötesanteckningar
Created by Karin Sundvall, last modified by Erik Lindgren on feb 12, 2027
Datum            2027-02-10, kl. 09.00–12.00
Plats            Ekby kommunhus, lokal Tallen
Mötesledare      Karin Sundvall
Antecknare       Erik Lindgren
Deltagare
Namn               Kommun              Funktion
Karin Sundvall     Ekby kommun         äldreomsorgschef, ordförande
Erik Lindgren      Åby kommun          utvecklingsledare, sekreterare
Maja Holm          Tallby kommun       äldreomsorgschef
Diskussionspunkter
1. Nya medlemmar
Maja Holm är ny äldreomsorgschef i Tallby kommun och deltar i nätverket från och med i dag.
2. Kompetensförsörjning
Nätverket beslutade att ta fram en gemensam plan för kompetensförsörjning. Erik Lindgren sammanställer underlaget till nästa möte.
"""


def test_the_wrapped_name_joins_the_title():
    lines = clean(PAGE).lines
    assert lines[0] == "2027-02-10 Mötesanteckningar – Äldrechefsnätverket Norrmark"
    assert lines[1] == ""


def test_the_space_is_the_body_that_met(tmp_path):
    f = load_text(tmp_path, "aldrechefsnatverk_2027-02-10.txt", PAGE)
    assert f["body"] == "Äldrechefsnätverket Norrmark"
    assert ("Maja Holm", "Äldrechefsnätverket Norrmark", "member") in f["memberships"], f["memberships"]
