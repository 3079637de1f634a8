"""The accuracy report: which annotated sets it finds, and the table it writes."""
from bench.accuracy import METRICS, sets, table
from conftest import shared_path


def test_each_corpus_region_is_scored_alone_beside_the_samples():
    shared = shared_path("corpus").parent
    names = [name for name, _, _ in sets(shared)]
    assert names[0] == "blekinge (gold)" and len(names) == 1 + sum(1 for d in (shared / "corpus").iterdir() if d.is_dir())
    assert all(minutes == gold for name, minutes, gold in sets(shared)[1:])


def test_the_table_has_a_row_per_set_and_a_column_per_metric():
    figures = {"metrics": {k: {"f1": 0.5, "p": 0.25} for k in (*METRICS, "persons")},
               "person_false_positives": ["justerare anna"], "load_errors": 1}
    lines = table([("a", figures), ("b", figures)]).splitlines()
    assert len(lines) == 4 and lines[0].count("|") == lines[2].count("|") == len(METRICS) + 5
    assert lines[2].startswith("| a | 0.50") and lines[2].endswith("| 0.25 | 1 | 1 |")


def test_the_test_minutes_with_gold_are_scored_each_folder_alone():
    from bench.accuracy import ROOT, fixture_sets
    found = fixture_sets()
    folders = {d for _, d, _ in found}
    base = ROOT / "tests" / "loaders" / "fixtures"
    assert {d for d in (base / "unseen").iterdir() if d.is_dir()} <= folders
    assert {d for d in (base / "sisters").iterdir() if d.is_dir()} <= folders
    assert base / "blekinge" / "heldback" in folders
    # every folder scored holds its own gold beside its minutes
    assert all(minutes == gold and any(gold.glob("*.json")) for _, minutes, gold in found)
