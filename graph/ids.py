"""Deterministic identifiers.

Every id is derived from normalised natural-key parts, so loading the same minutes twice
produces the same ids and changes nothing.

>>> make_id("person", "Torill Skaar-Magnusson") == make_id("person", "torill skaar magnusson")
True
>>> make_id("person", "Åsman").startswith("person:")
True
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache


_HYPHENS = re.compile(r"[\u2010-\u2015\-]")
_PUNCTUATION = re.compile(r"[^\w/ ]+")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 17)
def normalise_key(text: str) -> str:
    """Casefold, unify hyphens and whitespace; keep Swedish letters.

    Cached: the same names and numbers are keyed again and again while a corpus loads.

    >>> normalise_key("  Grefve-Lang ")
    'grefve lang'
    """
    text = unicodedata.normalize("NFC", str(text)).casefold()
    text = _HYPHENS.sub(" ", text)
    text = _PUNCTUATION.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=1 << 17)
def fold(text: str) -> str:
    """`normalise_key` without diacritics, for forgiving look-ups ("asman" finds "Åsman").

    >>> fold("Åsman")
    'asman'
    """
    decomposed = unicodedata.normalize("NFKD", normalise_key(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def make_id(kind: str, *natural_key: object) -> str:
    """A stable id ``kind:<16 hex>`` from the normalised natural key."""
    # every edge of a document is keyed by two ids and the source's (about 160 ids per document):
    # the cached key look-up is bound once and skips str() for what is already a string
    norm = normalise_key
    key = "\x1f".join([kind, *["" if p is None else norm(p) if p.__class__ is str else norm(str(p))
                               for p in natural_key]])
    return id_of_key(kind, key)


def id_of_key(kind: str, key: str) -> str:
    """The id ``kind:<16 hex>`` of a natural key already normalised and joined as `make_id` joins it."""
    return kind + ":" + _sha256(key.encode()).hexdigest()[:16]


_sha256 = hashlib.sha256
