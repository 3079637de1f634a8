"""The package's compiled patterns kept between processes (loaders/pattern_cache.py): a pattern taken from the cache
file matches as the one compiled anew, a minutes file reads to the same facts either way, and a file that is damaged,
of another Python or turned off is never trusted."""
from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
import textwrap
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"

# patterns of the shapes the readers write: named groups, look-behind, back-references, flags inline and given,
# Swedish letters, alternations of words, repeats with bounds
PATTERNS = [
    (r"(?P<who>[A-ZÅÄÖ][a-zåäö]+(?:\s+[A-ZÅÄÖ][a-zåäö]+)+)\s+(?:ges|får)\s+i\s+uppdrag\s+att\s+(?P<task>[^.]+)", 0),
    (r"(?<![\wåäö])(?:ordförande|sekreterare|justerare)\b", 2),  # re.IGNORECASE
    (r"(?i)^\s*§\s*(\d{1,3})\s+(.+?)\s*$", 8),  # re.MULTILINE
    (r"(\b\w+\b)\s+\1", 0),
    (r"""(?x) (?P<day>\d{1,2}) \s+ (?P<month>januari|februari|mars|april|maj|juni|juli|augusti|september|oktober
          |november|december) (?:\s+(?P<year>\d{4}))?""", 0),
    (r"[^\W\d_]{2,}(?:-[^\W\d_]{2,}){0,3}", 0),
    (r"(?s)Närvarande:(.*?)(?:\n\s*\n|$)", 0),
]
TEXTS = ["Anna Lund ges i uppdrag att ta fram en plan. Per Ek får i uppdrag att återkomma.", "ORDFÖRANDE Eva Ek",
         "x\n§ 12 Val av justerare\n", "att att fundera", "den 3 mars 2026 och 14 november", "Skärvik-Tallnäs kommun",
         "Närvarande: Anna Lund, Per Ek\n\nFrånvarande: Eva Ek"]

PROBE = textwrap.dedent("""
    import json, re, sys
    import samverkan.loaders
    from samverkan.loaders import pattern_cache
    patterns = json.loads(sys.argv[1])
    texts = json.loads(sys.argv[2])
    # compiled from a frame the package owns, as the readers' own patterns are
    scope = {"__name__": "samverkan.probe", "re": re, "patterns": patterns}
    exec("compiled = [re.compile(p, f) for p, f in patterns]", scope)
    exec("re.compile('outside the package', 0)", {"__name__": "__main__", "re": re})
    seen = [[p.groups, sorted(p.groupindex.items()), p.flags,
             [[m.span(), list(m.groups()), m.groupdict()] for m in p.finditer(t)]]
            for p in scope["compiled"] for t in texts]
    pattern_cache.save()
    print(json.dumps({"stats": pattern_cache.stats, "seen": seen}))
""")


def _probe(cache: str) -> dict:
    env = {**os.environ, "SAMVERKAN_PATTERN_CACHE": cache}
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(PATTERNS), json.dumps(TEXTS)], env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    return json.loads(done.stdout)


def _cache_file(cache: Path) -> Path:
    [f] = cache.glob("patterns-*.marshal")
    return f


def _entries(cache: Path) -> dict:
    with open(_cache_file(cache), "rb") as f:
        return marshal.load(f)[2]


def test_patterns_taken_from_the_file_match_as_compiled_anew(tmp_path):
    first = _probe(str(tmp_path))
    kept = _entries(tmp_path)
    assert {(p, f) for p, f in PATTERNS} <= set(kept)
    assert ("outside the package", 0) not in kept  # a library's patterns are not the package's to keep
    second = _probe(str(tmp_path))
    assert second["stats"]["from_file"] >= len(PATTERNS)
    assert second["seen"] == first["seen"] == _probe("off")["seen"]
    assert any(match for *_, matches in first["seen"] for match in matches)  # the texts do exercise the patterns


def test_a_damaged_file_or_another_pythons_is_not_trusted(tmp_path):
    _probe(str(tmp_path))
    good = _cache_file(tmp_path)
    reference = _probe("off")["seen"]
    # the same file but for another interpreter: every pattern given the code of an empty one
    fmt, stamp, entries = marshal.loads(good.read_bytes())
    empty = entries[(r"[^\W\d_]{2,}(?:-[^\W\d_]{2,}){0,3}", 0)]
    foreign = {key: empty for key in entries}
    good.write_bytes(marshal.dumps((fmt, stamp + " (another build)", foreign)))
    run = _probe(str(tmp_path))
    assert run["stats"]["from_file"] == 0 and run["seen"] == reference
    # code the re engine refuses is compiled the usual way
    broken = {key: (v[0], b"\x07\x00\x00\x00" * 3, *v[2:]) for key, v in entries.items()}
    good.write_bytes(marshal.dumps((fmt, stamp, broken)))
    run = _probe(str(tmp_path))
    assert run["stats"]["from_file"] == 0 and run["seen"] == reference
    # bytes that are no cache file at all
    good.write_bytes(b"not a cache file")
    run = _probe(str(tmp_path))
    assert run["stats"]["from_file"] == 0 and run["seen"] == reference
    assert set(_entries(tmp_path)) >= {(p, f) for p, f in PATTERNS}  # and the file is written anew


def test_turned_off_no_file_is_written(tmp_path):
    env = {**os.environ, "SAMVERKAN_PATTERN_CACHE": "off", "XDG_CACHE_HOME": str(tmp_path), "HOME": str(tmp_path)}
    subprocess.run([sys.executable, "-c", PROBE, json.dumps(PATTERNS), json.dumps(TEXTS)], env=env, check=True,
                   capture_output=True, timeout=120)
    assert not list(tmp_path.rglob("*.marshal"))


def test_a_load_reads_the_same_facts_with_the_patterns_kept(tmp_path):
    minutes = sorted(FIXTURES.glob("sisters/*/*.txt"))[:3]
    assert minutes, "the sister fixtures are not there"

    def load(cache: str, name: str) -> dict:
        env = {**os.environ, "SAMVERKAN_PATTERN_CACHE": cache, "SAMVERKAN_STORE": str(tmp_path / name / "g.sqlite")}
        for f in minutes:
            subprocess.run([sys.executable, "-m", "samverkan", "load", str(f)], env=env, check=True,
                           capture_output=True, timeout=300)
        out = tmp_path / f"{name}.json"
        subprocess.run([sys.executable, "-m", "samverkan", "export", "--format", "json", "-o", str(out)], env=env,
                       check=True, capture_output=True, timeout=300)
        return json.loads(out.read_text(encoding="utf-8"))

    cache = tmp_path / "cache"
    anew = load("off", "anew")
    load(str(cache), "first")  # writes the file
    assert len(_entries(cache)) > 500
    kept = load(str(cache), "kept")  # reads from it
    for key in ("sources", "persons", "organizations", "memberships", "events", "decisions", "assignments", "mandates"):
        assert json.dumps(kept.get(key), sort_keys=True) == json.dumps(anew.get(key), sort_keys=True), key


THREADED = textwrap.dedent("""
    import json, re, sys, threading
    import samverkan.loaders
    from samverkan.loaders import pattern_cache
    # many distinct patterns compiled at once by several threads, each pattern's groups named after it
    patterns = [[rf"(?P<g{t}_{i}>a{{{i % 7 + 1}}})(b|c){{{t + 1}}}" for i in range(60)] for t in range(6)]
    def work(mine):
        exec("[re.compile(p) for p in mine]", {"__name__": "samverkan.probe", "re": re, "mine": mine})
    threads = [threading.Thread(target=work, args=(mine,)) for mine in patterns]
    [t.start() for t in threads]
    [t.join() for t in threads]
    pattern_cache.save()
    texts = ["a" * n + "bc" * 4 for n in range(1, 9)]
    seen = [[sorted(re.compile(p).groupindex.items()), [m.span() for t in texts for m in re.finditer(p, t)]]
            for mine in patterns for p in mine]
    print(json.dumps({"stats": pattern_cache.stats, "seen": seen}))
""")


def test_patterns_compiled_by_threads_at_once_are_kept_each_under_its_own_text(tmp_path):
    def run(cache: str) -> dict:
        env = {**os.environ, "SAMVERKAN_PATTERN_CACHE": cache}
        done = subprocess.run([sys.executable, "-c", THREADED], env=env, capture_output=True, text=True, timeout=120,
                              check=True)
        return json.loads(done.stdout)

    run(str(tmp_path))
    kept = run(str(tmp_path))
    assert kept["stats"]["from_file"] >= 300  # most of the 360 patterns kept by the first run
    assert kept["seen"] == run("off")["seen"]
