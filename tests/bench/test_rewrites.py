"""The rewrites of the annotated minutes: each keeps the people, numbers and words of the minutes and changes only
how they are typed; the table pools every set's figures and shows each rewrite against the minutes as written."""
import doctest
import re

import pytest

import bench.rewrites as rewrites
from bench.rewrites import REWRITES, SHOWN, pooled, rewrite_set, table

SAMPLE = """# Samverkansgrupp äldre – Åby

Minnesanteckningar 2026-03-05

Närvarande:
- Eva Ek
- Per Lund
- Kim Falk, Region Åby

Frånvarande: Bo Ax

## 1. Inledning
**Beslut:** Dagordningen godkändes.

2. Budget
- Per tar fram underlaget till 2026-04-01 och skickar det till gruppens ledamöter före nästa möte.
"""


def test_the_rewrites_document_themselves():
    assert doctest.testmod(rewrites).failed == 0


@pytest.mark.parametrize("name", sorted(REWRITES))
def test_a_rewrite_keeps_every_name_and_number_and_changes_the_typing(name):
    fn = REWRITES[name][1]
    out = fn(SAMPLE)
    assert out != SAMPLE
    for who in ("Eva Ek", "Per Lund", "Kim Falk", "Bo Ax"):
        assert who.upper() in out.upper()
    assert re.findall(r"\d+", SAMPLE.split("\n", 5)[5]) == re.findall(r"\d+", out.split("\n", 5)[5]) or name == "day in words"


def test_only_annotated_text_minutes_are_rewritten_with_their_gold(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("- Eva Ek\n", encoding="utf-8")
    (src / "a.json").write_text("{}", encoding="utf-8")
    (src / "b.md").write_text("- Per Lund\n", encoding="utf-8")  # no gold: not scored
    (src / "c.docx").write_bytes(b"PK")
    (src / "c.json").write_text("{}", encoding="utf-8")
    out = tmp_path / "out"
    assert rewrite_set(src, src, out, REWRITES["dash bullets"][1]) == 1
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "a.txt"]
    assert (out / "a.txt").read_text(encoding="utf-8") == "– Eva Ek\n"


def test_the_figures_of_all_sets_are_pooled_and_shown_against_the_minutes_as_written():
    def result(tp, fp, fn):
        return {"metrics": {k: {"tp": tp, "fp": fp, "fn": fn} for k in SHOWN}}
    both = pooled([result(3, 0, 1), result(1, 0, 3)])
    assert both["items"] == pytest.approx(2 * 4 / (2 * 4 + 4))
    lines = table({"as written": both, "dash bullets": pooled([result(4, 0, 4)]),
                   "dot bullets": pooled([result(2, 0, 6)])}).splitlines()
    assert lines[2].startswith("| as written | 0.667")
    assert lines[3].split(" | ")[1] == "·"  # the same figure: no difference shown
    assert lines[4].split(" | ")[1] == f"{2 * 2 / (2 * 2 + 6) - both['meeting_group']:+.3f}"


def test_the_table_is_written_between_its_markers_and_written_again_in_place(tmp_path):
    from bench.accuracy import write_marked
    doc = tmp_path / "accuracy.md"
    doc.write_text("# Accuracy\n\nintro\n", encoding="utf-8")
    write_marked(doc, "rewrites table", "| a |", "python -m bench.rewrites")
    write_marked(doc, "rewrites table", "| b |", "python -m bench.rewrites")
    text = doc.read_text(encoding="utf-8")
    assert text.startswith("# Accuracy\n\nintro\n") and text.count("<!-- rewrites table -->") == 1
    assert "| b |" in text and "| a |" not in text and "with `python -m bench.rewrites`" in text
