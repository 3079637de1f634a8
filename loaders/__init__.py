"""Reading files, parsing minutes, extracting relations and resolving entities."""
import re

# The readers use about 2,600 distinct regular expressions, most of them written where they are used. The re module
# keeps 512 compiled and drops the oldest past that, so a long load compiled several hundred of them again for every
# hundred minutes it read. It keeps them all: a few MB, once per process.
PATTERNS_KEPT = 8192
if getattr(re, "_MAXCACHE", PATTERNS_KEPT) < PATTERNS_KEPT:
    re._MAXCACHE = PATTERNS_KEPT
