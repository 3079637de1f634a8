"""The benchmark's scoring and reporting helpers (the loaders run only where a test times two small copies)."""
from __future__ import annotations

from bench.run import (bolt_speedup, decision_key, distinct_copies, f1, growth, item_key, markdown, name_key,
                       verdicts)


def test_keys_normalise_like_the_gold_scorer():
    assert name_key("Torill Skaar-Magnusson") == name_key("torill  skaar magnusson")
    assert item_key("§ 108") == "108" and item_key("46/24") == "46/24" and item_key("4).") == "4"
    assert decision_key("1. Att godkänna protokollet.") == decision_key("att  godkänna\nprotokollet")
    assert decision_key("- att lägga informationen till protokollet") == "lägga informationen till protokollet"


def test_f1_counts_duplicates():
    assert f1([1, 2, 3], [1, 2, 3])["f1"] == 1.0
    r = f1([1, 2, 3, 4], [1, 2, 2, 9])
    assert (r["precision"], r["recall"]) == (0.5, 0.5)


def test_bolt_speedup_found_in_various_shapes():
    assert bolt_speedup({"result": {"speedup": 12.5}}) == 12.5
    assert bolt_speedup({"result": {"batched": {"rows_per_s": 5000}, "single": {"rows_per_s": 500}}}) == 10.0
    assert bolt_speedup({"skipped": "not run"}) is None


def _results():
    size = lambda n, secs, p95: {
        "documents": n, "mb": n * 0.016,
        "parse_text": {"docs_per_s": 250.0, "mb_per_s": 4.0},
        "parse_jobs": [{"jobs": 1, "docs_per_s": 240.0}, {"jobs": 2, "docs_per_s": 450.0}],
        "load": {"seconds": secs, "peak_rss_mb": 300.0, "docs_per_s": n / secs, "rows_per_s": 1.0, "store_mb": 1.0},
        "reload": {"seconds": secs / 50},
        "queries": {"person[name]": {"rows": 3, "p50_ms": p95 / 2, "p95_ms": p95}},
        "accuracy": {k: {"f1": 0.95} for k in ("items", "decisions", "attendance", "presenters", "assignments",
                                               "mandates", "membership_changes")},
    }
    r = {"machine": {"cpu": "X", "cores": 2, "ram_gb": 8, "python": "3.11", "platform": "Linux"},
         "started": "now", "seed": 1, "sizes": {"1000": size(1000, 9.0, 20.0), "10000": size(10000, 95.0, 250.0)},
         "bolt": {"skipped": "not run"}, "notes": []}
    r["growth"] = {"load seconds": growth(r, ["load", "seconds"])}
    return r


def test_verdicts_and_markdown():
    r = _results()
    v = {row[0]: row[3] for row in verdicts(r)}
    assert v["parse ≥ 200 text documents/s per core"] == "PASS"
    assert v["10,000 documents into the embedded store < 2 min"] == "PASS"
    assert v["every query p95 < 200 ms at 10,000 documents"] == "FAIL"
    assert v["batched Bolt writes ≥ 10× row-at-a-time"] == "NOT MEASURED"
    assert v["first question from a new process after a load < 1.5 s at 10,000 documents"] == "NOT MEASURED"
    r["sizes"]["10000"]["fresh_process"] = {
        "person": {"first_s": 1.2, "again_s": 0.4, "exit_status": 0, "start_s": 0.3},
        "decisions": {"first_s": 1.6, "again_s": 0.45, "exit_status": 0, "start_s": 0.3}}
    v = {row[0]: row[1:] for row in verdicts(r)}
    assert v["first question from a new process after a load < 1.5 s at 10,000 documents"] == (
        "worst decisions 1.6 s", "< 1.5 s", "FAIL")
    assert v["a question from a new process on an unchanged store < 0.5 s at 10,000 documents"][2] == "PASS"
    assert "| 10000 | decisions | 1.6 | 0.45 | 0 | 0.3 |" in markdown(r)
    assert r["growth"]["load seconds"][0]["cost_ratio"] == round(95 / 9, 2)
    md = markdown(r)
    assert "| target | measured | threshold | verdict |" in md and "FAIL" in md and "3.11" in md


def test_bolt_json_read_after_log_lines(tmp_path):
    from bench.run import bolt_writes

    pkg = tmp_path / "fakebench"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "bolt_writes.py").write_text(
        'import json\nprint("starting ArcadeDB")\nprint(json.dumps({"batched": {"rows_per_s": 5500}, '
        '"single": {"rows_per_s": 500}}, indent=1))\n')
    result = bolt_writes(60, module="fakebench.bolt_writes", cwd=tmp_path)
    assert bolt_speedup(result) == 11.0, result
    assert "not run" in bolt_writes(60, module="fakebench.missing", cwd=tmp_path)["skipped"]


def test_every_row_variants_are_timed_but_not_held_to_the_query_target():
    from samverkan import queries
    from bench.run import query_label, query_params

    sample = {"group": "LSVO", "org": "Ronneby kommun", "person": "Anna", "since": "2024-01-01",
              "until": "2024-12-31", "text": "uppdrag"}
    labels = [query_label("decisions", p) for p in query_params("decisions", queries.QUERIES["decisions"], sample)]
    assert labels == ["decisions", "decisions[group,text]", "decisions[limit=0]"]
    r = _results()
    r["sizes"]["10000"]["queries"] = {"decisions": {"rows": 100, "p50_ms": 1.0, "p95_ms": 2.0},
                                      "decisions[limit=0]": {"rows": 10**5, "p50_ms": 300.0, "p95_ms": 400.0}}
    assert {row[0]: row[3] for row in verdicts(r)}["every query p95 < 200 ms at 10,000 documents"] == "PASS"
    assert "| 10000 | decisions[limit=0] | 100000 | 300.0 | 400.0 | — | every row |" in markdown(r)


def test_distinct_copies_differ_so_a_load_parses_each(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("§ 1\nBudget\n", encoding="utf-8")
    (src / "b.md").write_text("## 1. Budget\n", encoding="utf-8")
    files = distinct_copies(src, 5, tmp_path / "copies")
    texts = [f.read_text(encoding="utf-8") for f in files]
    assert len(files) == 5 and len(set(texts)) == 5 and texts[0].startswith("Kopia 1\n§ 1")


def test_distinct_copies_share_out_several_folders_and_skip_a_readme(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir(), two.mkdir()
    (one / "a.txt").write_text("§ 1\nBudget\n", encoding="utf-8")
    (two / "b.md").write_text("## 1. Budget\n", encoding="utf-8")
    (two / "README.md").write_text("# About these minutes\n", encoding="utf-8")
    files = distinct_copies([one, two], 4, tmp_path / "copies")
    assert [f.name for f in files] == ["a_kopia1.txt", "b_kopia2.md", "a_kopia3.txt", "b_kopia4.md"]


def test_stage_timing_loads_the_copies_into_a_store(tmp_path):
    from bench.run import load_stages
    from conftest import EXAMPLES

    src = tmp_path / "src"
    src.mkdir()
    first = sorted(EXAMPLES.glob("*.txt"))[0]
    (src / first.name).write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    r = load_stages(distinct_copies(src, 2, tmp_path / "copies"))
    assert r["documents"] == 2 and r["docs_per_s"] > 0 and r["ms_per_doc"]["write"] > 0


def test_distinct_real_minutes_verdict_uses_cpu_time():
    r = _results()
    r["real_distinct"] = {"documents": 200, "docs_per_s": 40.0, "docs_per_cpu_s": 120.0, "cpu_seconds": 1.7,
                          "stages": {"documents": 200, "docs_per_s": 130.0, "ms_per_doc": {"read": 0.2},
                                     "share": {"read": 0.03}}}
    v = {row[0]: row for row in verdicts(r)}
    row = v["load distinct real minutes (~20 KB) ≥ 100 documents/s at --jobs 1"]
    assert row[3] == "PASS" and "120.0 docs per CPU-second" in row[1]
    assert "## Loading distinct real minutes, one process" in markdown(r)


def test_new_text_is_timed_apart_from_copies_of_text_already_read():
    """The copies repeat their original's text, which the readers keep what they found in: the
    originals read once by the process are shown as the time of new text."""
    r = _results()
    stages = {"documents": 200, "docs_per_s": 30.0, "ms_per_doc": {"relations": 11.0}, "share": {"relations": 0.4}}
    r["real_distinct"] = {"documents": 200, "docs_per_s": 25.0, "docs_per_cpu_s": 28.0, "cpu_seconds": 7.1,
                          "stages": stages, "stages_new_text": {**stages, "documents": 5, "docs_per_s": 14.7,
                                                                "ms_per_doc": {"relations": 42.5}}}
    md = markdown(r)
    assert "The 5 originals, each read once" in md and "14.7 documents per CPU-second" in md and "relations 42.5" in md


def test_load_distinct_times_the_originals_once_and_the_copies(tmp_path, monkeypatch):
    import bench.run as run
    from conftest import EXAMPLES

    src = tmp_path / "src"
    src.mkdir()
    for f in sorted(EXAMPLES.glob("*.txt"))[:2]:
        (src / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    loads = []
    monkeypatch.setattr(run, "load_in_subprocess", lambda *a, **k: loads.append(k.get("env")) or
                        {"documents": 4, "cpu_seconds": 2.0 if len(loads) == 1 else 1.0})
    timed = []
    real = run.load_stages
    monkeypatch.setattr(run, "load_stages", lambda files, warm=None: timed.append([f.name for f in files]) or real(files, warm))
    out = run.load_distinct(src, 4, tmp_path / "work", 60)
    # each original's text once (one of its copies), before the copies are timed
    assert sorted(n.rsplit("_kopia", 1)[0] for n in timed[0]) == sorted(f.stem for f in src.iterdir())
    assert len(timed[1]) == 4 and out["stages_new_text"]["documents"] == 2
    # the load timed twice with one cache of compiled patterns: first empty, then with what the first run kept
    [first, kept] = loads
    assert first == kept and first["SAMVERKAN_PATTERN_CACHE"].startswith(str(tmp_path / "work"))
    assert out["docs_per_cpu_s"] == 4.0 and out["first_run"]["docs_per_cpu_s"] == 2.0
    assert set(out["stages"]["patterns"]) == {"compiled", "from_file"}
