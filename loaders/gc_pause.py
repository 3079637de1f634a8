"""Fewer cyclic garbage collections while a load builds its objects."""
from __future__ import annotations

import gc
from functools import wraps

# a load allocates hundreds of thousands of small containers (rows, facts, property dicts) and frees
# few of them in cycles; collecting the youngest generation every 10,000 allocations instead of
# Python's 700 keeps that garbage a little longer and skips most of the rescanning
YOUNGEST = 10_000


def fewer_collections(fn):
    """Run ``fn`` with the youngest generation of the cyclic collector collected less often,
    restoring the thresholds afterwards (also when it raises).

    >>> import gc
    >>> before = gc.get_threshold()
    >>> fewer_collections(lambda: gc.get_threshold()[0])()
    10000
    >>> gc.get_threshold() == before
    True
    """
    @wraps(fn)
    def run(*args, **kwargs):
        old = gc.get_threshold()
        gc.set_threshold(max(old[0], YOUNGEST), *old[1:])
        try:
            return fn(*args, **kwargs)
        finally:
            gc.set_threshold(*old)
    return run
