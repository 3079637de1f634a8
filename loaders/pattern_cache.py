"""The readers' compiled regular expressions, kept between processes.

The readers use about 2,500 regular expressions, most of them written where they are used and compiled the first time
a phrasing is met. Python compiles a pattern in two steps: its parser and code generator, written in Python, turn the
pattern into a list of integers, and ``_sre.compile``, written in C, makes the pattern object from that list. The first
step is the slow one: for one 20 KB minutes loaded by a new process it is more than half of the CPU time (0.4 of
0.75 s). This module keeps the second step's arguments of every pattern the package compiles in a cache file and hands
them straight to ``_sre.compile`` in the next process, so a pattern is parsed once per machine, not once per process.

The file is data, never code: marshal of strings, integers, bytes, tuples and dicts, the code of each pattern packed as
32-bit integers. It is keyed by the interpreter's exact version and the ``re`` engine's magic number, so another
Python's file is never read; ``_sre.compile`` checks the code it is given, and any entry it refuses, or a file that
cannot be read, is compiled the usual way. The file lives in ``$SAMVERKAN_PATTERN_CACHE``, else
``$XDG_CACHE_HOME/samverkan``, else ``~/.cache/samverkan``; ``SAMVERKAN_PATTERN_CACHE=off`` turns the cache off.
Only patterns compiled by the package's own code are kept, and at most ``KEPT`` of them: past that, those this
process used are kept first.
"""
from __future__ import annotations

import array
import atexit
import marshal
import os
import sys
import tempfile
import threading
from pathlib import Path

try:
    import re._compiler as _compiler
    import re._constants as _constants

    _real_compile, _real_sre = _compiler.compile, _compiler._sre
    _MAGIC, _DEBUG = _constants.MAGIC, _constants.SRE_FLAG_DEBUG
except (ImportError, AttributeError):  # a Python whose re is built otherwise: nothing kept, patterns compiled as usual
    _compiler = None
    _MAGIC, _DEBUG = 0, 128

FORMAT = "samverkan-patterns/1"
KEPT = 6000
_WORD = "I"  # the re engine's code unit: 32 bits
_STAMP = f"{sys.version}|{_MAGIC}"

_known: dict[tuple[str, int], tuple] = {}  # from the file: (pattern, flags) -> _sre.compile's other arguments
_new: dict[tuple[str, int], tuple] = {}  # compiled in this process and not in the file
_used: set[tuple[str, int]] = set()
_seen = threading.local()  # per thread, _sre.compile's arguments of the compile under way
_path: Path | None = None
stats = {"from_file": 0, "compiled": 0}


class _Recorder:
    """Stands in for ``_sre`` inside ``re._compiler``: records what ``_sre.compile`` is given, passes all else on."""

    def __getattr__(self, name):
        return getattr(_real_sre, name)

    @staticmethod
    def compile(*args):
        # passed on as given, whatever this Python's re gives; kept only in the shape this module knows
        getattr(_seen, "args", []).append(args)
        return _real_sre.compile(*args)


def cache_file() -> Path | None:
    """Where this interpreter's cache file is, or None when the cache is off."""
    folder = os.environ.get("SAMVERKAN_PATTERN_CACHE")
    if folder == "off":
        return None
    if not folder:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "samverkan")
    tag = sys.implementation.cache_tag or "python"
    return Path(folder) / f"patterns-{tag}-{_MAGIC}.marshal"


def _read(path: Path) -> dict:
    try:
        with open(path, "rb") as f:
            data = marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not (isinstance(data, tuple) and len(data) == 3 and data[0] == FORMAT and data[1] == _STAMP
            and isinstance(data[2], dict)):
        return {}
    return data[2]


def _own_caller() -> bool:
    """Whether the pattern being compiled was asked for by the package's code (not by a library's)."""
    try:
        frame = sys._getframe(3)  # past this function, compile and re's own _compile
    except ValueError:
        return False
    for _ in range(4):
        if frame is None:
            return False
        name = frame.f_globals.get("__name__", "")
        if name == "samverkan" or name.startswith("samverkan."):
            return True
        if name != "re" and not name.startswith("re."):
            return False
        frame = frame.f_back
    return False


def compile(p, flags=0):
    """``re._compiler.compile``, with the package's patterns taken from the cache file when it has them."""
    if type(p) is not str or flags & _DEBUG:
        return _real_compile(p, flags)
    key = (p, int(flags))
    entry = _known.get(key) or _new.get(key)
    if entry is not None:
        final_flags, code, groups, groupindex, indexgroup = entry
        try:
            compiled = _real_sre.compile(p, final_flags, array.array(_WORD, code).tolist(), groups, groupindex,
                                         indexgroup)
        except (RuntimeError, TypeError, ValueError, OverflowError):
            _known.pop(key, None)
        else:
            _used.add(key)
            stats["from_file"] += 1
            return compiled
    _seen.args = seen = []
    compiled = _real_compile(p, flags)
    _seen.args = []
    stats["compiled"] += 1
    if len(seen) == 1 and len(seen[0]) == 6 and isinstance(seen[0][2], list) and _own_caller():
        _, final_flags, code, groups, groupindex, indexgroup = seen[0]
        try:
            packed = array.array(_WORD, code).tobytes()
        except OverflowError:
            return compiled
        _new[key] = (int(final_flags), packed, int(groups), {str(k): int(v) for k, v in groupindex.items()},
                     tuple(indexgroup))
        _used.add(key)
    return compiled


def save() -> None:
    """Add this process's new patterns to the cache file (what other processes wrote meanwhile is kept too)."""
    if _path is None or not _new:
        return
    entries = {**_read(_path), **_known, **_new}
    if len(entries) > KEPT:
        entries = {k: entries[k] for k in _used if k in entries} | entries
        entries = dict(list(entries.items())[:KEPT])
    try:
        _path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=_path.parent, prefix=".patterns-")
        with os.fdopen(fd, "wb") as f:
            marshal.dump((FORMAT, _STAMP, entries), f)
        os.replace(tmp, _path)
    except OSError:
        return  # a cache that cannot be written only costs the next process the time it saves
    _known.update(_new)
    _new.clear()


def install() -> None:
    """Read the cache file and let ``re`` take the package's patterns from it; the file is written at exit."""
    global _path
    if _compiler is None or _compiler.compile is compile or array.array(_WORD).itemsize != 4:
        return
    _path = cache_file()
    if _path is None:
        return
    _known.update(_read(_path))
    _compiler._sre = _Recorder()
    _compiler.compile = compile
    atexit.register(save)
