"""What batching buys: node rows per second, ``UNWIND`` batches versus one row per transaction.

Runs against ``NEO4J_URI`` (credentials as for samverkan, the database is WIPED) or, by
default, a private ArcadeDB started from the ``arcadedb-embedded`` package::

    python bench/bolt_writes.py                     # 5,000 rows batched, 500 one by one, 3 times
    python bench/bolt_writes.py --batched 20000 --batch-size 2000

Prints the figures and writes them to ``bench/out/bolt_writes.json``.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from samverkan.graph.neo4j_store import Neo4jStore  # noqa: E402
from samverkan.graph.schema import NodeRow  # noqa: E402


def person_rows(n: int, prefix: str) -> list[NodeRow]:
    return [NodeRow(f"person:{prefix}:{i}", "Person", {"name": f"Person {prefix} {i}", "aliases": [f"P{i}"]})
            for i in range(n)]


def _timed(write, rows: list[NodeRow]) -> float:
    started = time.perf_counter()
    write(rows)
    return time.perf_counter() - started


def measure(store: Neo4jStore, batched: int, one_by_one: int, batch_size: int, repeat: int) -> dict:
    """Median rows/s of ``repeat`` runs each way, after an untimed warm-up (the JVM compiles hot paths)."""
    store.wipe()
    store.write_rows(person_rows(max(batched // 5, 1), "warm"), batch_size=batch_size)
    store.write_rows_one_by_one(person_rows(max(one_by_one // 5, 1), "warm-single"))
    runs: dict[str, list[float]] = {"batched": [], "one_by_one": []}
    for i in range(repeat):
        store.wipe()
        seconds = _timed(lambda rows: store.write_rows(rows, batch_size=batch_size), person_rows(batched, f"b{i}"))
        runs["batched"].append(batched / seconds)
        seconds = _timed(store.write_rows_one_by_one, person_rows(one_by_one, f"o{i}"))
        runs["one_by_one"].append(one_by_one / seconds)
        count = store.run_read("MATCH (n:Person) RETURN count(n) AS n")[0]["n"]
        if count != batched + one_by_one:
            raise SystemExit(f"expected {batched + one_by_one} Person nodes, found {count}")
    store.wipe()
    batched_rate, single_rate = statistics.median(runs["batched"]), statistics.median(runs["one_by_one"])
    return {
        "server": store.agent,
        "python": platform.python_version(),
        "repeat": repeat,
        "batched": {"rows": batched, "batch_size": batch_size, "rows_per_s": round(batched_rate, 1),
                    "runs_rows_per_s": [round(r, 1) for r in runs["batched"]]},
        "one_by_one": {"rows": one_by_one, "rows_per_s": round(single_rate, 1),
                       "runs_rows_per_s": [round(r, 1) for r in runs["one_by_one"]]},
        "speedup": round(batched_rate / single_rate, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batched", type=int, default=5000, help="rows written in UNWIND batches")
    parser.add_argument("--one-by-one", type=int, default=500, help="rows written one per transaction")
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs each way; the median is reported")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "bolt_writes.json")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON (for bench.run)")
    args = parser.parse_args(argv)

    uri = os.environ.get("NEO4J_URI")
    if uri:
        with Neo4jStore.from_env(uri) as store:
            result = measure(store, args.batched, args.one_by_one, args.batch_size, args.repeat)
    else:
        from bolt_server import bolt_server

        with bolt_server() as (uri, user, password), Neo4jStore(uri, (user, password)) as store:
            result = measure(store, args.batched, args.one_by_one, args.batch_size, args.repeat)

    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    if args.json:
        print(json.dumps(result, sort_keys=True))
        return 0
    b, o = result["batched"], result["one_by_one"]
    print(f"server      {result['server']}")
    print(f"batched     {b['rows']:>6} rows  {b['rows_per_s']:>9.0f} rows/s  (batches of {b['batch_size']}, "
          f"median of {result['repeat']})")
    print(f"one by one  {o['rows']:>6} rows  {o['rows_per_s']:>9.0f} rows/s  (one transaction per row)")
    print(f"speed-up    {result['speedup']}x")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
