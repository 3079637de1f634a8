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


def normalise_key(text: str) -> str:
    """Casefold, unify hyphens and whitespace; keep Swedish letters.

    >>> normalise_key("  Grefve-Lang ")
    'grefve lang'
    """
    text = unicodedata.normalize("NFC", str(text)).casefold()
    text = re.sub(r"[\u2010-\u2015\-]", " ", text)
    text = re.sub(r"[^\w/ ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def fold(text: str) -> str:
    """`normalise_key` without diacritics, for forgiving look-ups ("asman" finds "Åsman").

    >>> fold("Åsman")
    'asman'
    """
    decomposed = unicodedata.normalize("NFKD", normalise_key(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def make_id(kind: str, *natural_key: object) -> str:
    """A stable id ``kind:<16 hex>`` from the normalised natural key."""
    parts = [normalise_key(str(p)) if p is not None else "" for p in natural_key]
    digest = hashlib.sha256("\x1f".join([kind, *parts]).encode("utf-8")).hexdigest()[:16]
    return f"{kind}:{digest}"
