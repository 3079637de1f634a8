"""The corrections file: read, checked with the line of each error, appended to and taken from."""
from __future__ import annotations

import tomllib

import pytest

from samverkan.loaders.corrections import (
    CorrectionsError, format_entry, is_document, parse_corrections, read_corrections, record_correction,
    remove_correction,
)


def test_recorded_entries_are_plain_toml_with_when_and_note(tmp_path):
    path = tmp_path / "c.toml"
    c, new = record_correction("same", {"person": "Helene Andersson", "other": "Helen Andersson"},
                               note='one "person", two spellings', path=path)
    assert new and c.when and c.note == 'one "person", two spellings'
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["correction"][0]["kind"] == "same"
    assert data["correction"][0]["other"] == "Helen Andersson"
    assert data["correction"][0]["id"] == c.id


def test_recording_the_same_decision_twice_records_it_once(tmp_path):
    path = tmp_path / "c.toml"
    first, _ = record_correction("not-person", {"text": "Ordförande"}, path=path)
    again, new = record_correction("not-person", {"text": "Ordförande"}, path=path)
    assert not new and again.id == first.id
    assert len(read_corrections(path).entries) == 1


def test_lists_and_odd_characters_survive_the_round_trip(tmp_path):
    path = tmp_path / "c.toml"
    record_correction("add-assignment", {"document": "m.txt", "task": 'Ta fram "plan"\\rutin\tnu',
                                         "assignees": ["Anna Ek", "LSVO"]}, path=path)
    c = read_corrections(path).entries[0]
    assert c.get("task") == 'Ta fram "plan"\\rutin\tnu'
    assert c.get("assignees") == ["Anna Ek", "LSVO"]


def test_a_hand_edited_error_names_the_file_and_line(tmp_path):
    path = tmp_path / "c.toml"
    record_correction("not-person", {"text": "Ordförande"}, path=path)
    text = path.read_text(encoding="utf-8") + '\n[[correction]]\nkind = "group"\ngroup = "LSVO"\nlevel = "hög"\n'
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index('kind = "group"')  # the table starts on the line before
    with pytest.raises(CorrectionsError) as exc:
        read_corrections(path)
    assert str(exc.value).startswith(f"{path}:{line}: ")
    assert "'hög'" in str(exc.value)


@pytest.mark.parametrize("text,line,words", [
    ('[[correction]]\nkind = "same"\nperson = "A B"\n', 1, "'other' is missing"),
    ('[[correction]]\nkind = "merge"\n', 1, "kind 'merge'"),
    ('\n\n[[correction]]\nkind = "drop"\nfact = "x"\ncolour = "red"\n', 3, "unknown field 'colour'"),
    ('[[correction]]\nkind = "meeting"\ndocument = "m.txt"\ndate = "11 juni"\n', 1, "YYYY-MM-DD"),
    ('[[correction]]\nkind = "drop"\nfact = "x\n', 3, "not valid TOML"),
    ('[[correction]]\nkind = "drop"\nfact = "x"\n\n[[correction]]\nid = "c-1"\nkind = "drop"\nfact = "y"\n'
     '\n[[correction]]\nid = "c-1"\nkind = "drop"\nfact = "z"\n', 10, "used twice"),
])
def test_each_kind_of_mistake_is_reported_at_its_line(text, line, words):
    with pytest.raises(CorrectionsError) as exc:
        parse_corrections(text, "corr.toml")
    assert exc.value.line == line, str(exc.value)
    assert words in str(exc.value)
    assert str(exc.value).startswith(f"corr.toml:{line}: ")


def test_a_correction_is_taken_out_and_the_rest_is_left_as_it_was(tmp_path):
    path = tmp_path / "c.toml"
    a, _ = record_correction("not-person", {"text": "Ordförande"}, path=path)
    b, _ = record_correction("rename", {"person": "Heidi", "name": "Heidi Berg"}, path=path)
    c, _ = record_correction("drop", {"fact": "decision:1"}, path=path)
    remove_correction(b.id, path=path)
    assert [x.id for x in read_corrections(path).entries] == [a.id, c.id]
    assert "Heidi" not in path.read_text(encoding="utf-8")
    with pytest.raises(CorrectionsError, match="no correction with the id"):
        remove_correction(b.id, path=path)


def test_a_decision_that_breaks_a_rule_is_not_written(tmp_path):
    path = tmp_path / "c.toml"
    with pytest.raises(CorrectionsError, match="level"):
        record_correction("group", {"group": "LSVO", "level": "hög"}, path=path)
    assert not path.exists()


def test_format_entry_is_read_back_the_same():
    c = parse_corrections('[[correction]]\nkind = "group"\ngroup = "LSVO"\naliases = ["L", "Ledning"]\n').entries[0]
    again = parse_corrections(format_entry(c)).entries[0]
    assert (again.id, again.kind, again.fields) == (c.id, c.kind, c.fields)


def test_a_document_is_named_by_its_file_name_path_end_or_hash():
    assert is_document("lsvo_2024.txt", "/data/minutes/lsvo_2024.txt", "abcdef0123456789")
    assert is_document("minutes/lsvo_2024.txt", "/data/minutes/lsvo_2024.txt")
    assert is_document("abcdef01", "/data/x.txt", "abcdef0123456789")
    assert not is_document("lsvo_2024.txt", "/data/minutes/old_lsvo_2024.txt")
    assert not is_document("abc", "/data/x.txt", "abcdef0123456789")
