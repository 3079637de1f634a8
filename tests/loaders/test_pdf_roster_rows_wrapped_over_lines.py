"""A nämnd's roster table a PDF prints row by row but wraps: a name's cell on a line of its own over its party and
office ("Birgitta Lönnqvist" / "S ordförande Ja"), the presence mark a line below ("M 1:e vice ordförande" / "Ja"),
and "Nej" with the ersättare who served from the "Ersatt av" column below the absent member's row."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

MINUTES = """\
Vård- och omsorgsnämnden
Datum: onsdagen den 14 maj 2031, kl. 13.15–16.00
Närvaro
Ledamot Parti Uppdrag Närvaro Ersatt av
Birgitta Lönnqvist
S ordförande Ja
Mikael Strand-Holm
M 1:e vice ordförande
Ja
Agneta Fröjd C 2:e vice ordförande
Nej Olle Bäckström (C)
Anna-Karin Wiik
SD ledamot Ja
Justerare: Mikael Strand-Holm (M)

§ 41  Justering och dagordning
Nämnden beslutar att Mikael Strand-Holm (M) justerar protokollet.

§ 42  Delegationsbeslut
Nämnden beslutar att redovisningen noteras.
"""


def test_wrapped_rows_keep_each_member_with_her_mark(tmp_path):
    rows = {(name, status) for name, status, _ in load_text(tmp_path, "von_ostmo_2031-05-14.txt", MINUTES)["attendance"]}
    assert {("Birgitta Lönnqvist", "present"), ("Mikael Strand-Holm", "present"), ("Agneta Fröjd", "absent"),
            ("Olle Bäckström", "present"), ("Anna-Karin Wiik", "present")} <= rows, rows


def test_the_ersattare_in_the_last_column_serves_without_the_absent_members_office(tmp_path):
    att = {name: roles for name, _, roles in load_text(tmp_path, "von_ostmo_2031-05-14.txt", MINUTES)["attendance"]}
    assert "ordförande" in att["Birgitta Lönnqvist"]
    assert "2:e vice ordförande" not in att.get("Olle Bäckström", ()), att
