"""Reading files, parsing minutes, extracting relations and resolving entities."""
import re

# The readers use about 2,600 distinct regular expressions, most of them written where they are used. The re module
# keeps 512 compiled and drops the oldest past that, so a long load compiled several hundred of them again for every
# hundred minutes it read. It keeps them all: a few MB, once per process.
PATTERNS_KEPT = 8192
if getattr(re, "_MAXCACHE", PATTERNS_KEPT) < PATTERNS_KEPT:
    re._MAXCACHE = PATTERNS_KEPT

# Compiling those patterns is most of a short load's time; the package keeps them compiled between processes
# (loaders/pattern_cache.py). Installed before the readers are imported, so that their module-level patterns are kept too.
from samverkan.loaders import pattern_cache as _pattern_cache  # noqa: E402

_pattern_cache.install()
