"""Small helpers the named queries share for dates, item numbers and evidence."""
from __future__ import annotations

import heapq

from samverkan.graph.ids import fold

MEMBER_ROLES_ORDER = ("ordförande", "vice ordförande", "sammankallande", "sekreterare", "ledamot")


def meeting_date(row: dict) -> str | None:
    """A meeting's stated date, else the start of its date range."""
    return row.get("date") or row.get("date_from")


def date_text(row: dict) -> str | None:
    """A meeting's date as the minutes support it: the stated date, else its range "from..to".

    >>> date_text({"date": "2024-05-24"}), date_text({"date": None, "date_from": "2021-06-05", "date_to": "2021-08-31"})
    ('2024-05-24', '2021-06-05..2021-08-31')
    """
    if row.get("date"):
        return row["date"]
    start, end = row.get("date_from"), row.get("date_to")
    if start and end and start != end:
        return f"{start}..{end}"
    return start or end


def with_date_fields(row: dict) -> dict:
    """A row for scripts: its ``date`` as printed ("2024-05-24" or "2021-06-05..2021-08-31") also as
    ``date_from``, ``date_to`` and ``date_certain``, unless the row carries them already.

    >>> with_date_fields({"date": "2021-06-05..2021-08-31"})
    {'date': '2021-06-05..2021-08-31', 'date_from': '2021-06-05', 'date_to': '2021-08-31', 'date_certain': False}
    >>> with_date_fields({"date": "2024-05-24", "group": "LSVO"})["date_certain"]
    True
    """
    if "date" not in row or "date_from" in row:
        return row
    text = row["date"] or ""
    start, _, end = text.partition("..")
    return {**row, "date_from": start or None, "date_to": (end or start) or None, "date_certain": bool(start) and not end}


def date_bounds(row: dict) -> tuple[str | None, str | None]:
    """The first and last day a meeting may have been held (the same day when dated)."""
    if row.get("date"):
        return row["date"], row["date"]
    return row.get("date_from"), row.get("date_to") or row.get("date_from")


def in_period(row: dict, since: str | None, until: str | None) -> bool | None:
    """Whether a meeting falls within ``since``..``until``: True, False, or None when its date
    range overlaps the period without lying inside it (it may or may not have been held then).

    >>> r = {"date_from": "2021-06-05", "date_to": "2021-08-31"}
    >>> in_period(r, "2021-07-01", None), in_period(r, "2021-01-01", "2021-12-31"), in_period(r, "2022-01-01", None)
    (None, True, False)
    """
    first, last = date_bounds(row)
    if not first:
        return False if (since or until) else True
    if (since and last < since) or (until and first > until):
        return False
    if (since and first < since) or (until and last > until):
        return None
    return True


def item_label(row: dict) -> str | None:
    """An item number as people cite it: "117 b" for sub-item b of § 117.

    >>> item_label({"item": "b", "parent_item": "117"}), item_label({"item": "2b", "parent_item": "2"})
    ('117 b', '2b')
    """
    item, parent = row.get("item"), row.get("parent_item")
    if item is None:
        return None
    if parent and not str(item).startswith(str(parent)):  # "b" under 117; "2b" names its parent itself
        return f"{parent} {item}"
    return str(item)


def evidence(source: str | None, item: str | None = None, date: str | None = None) -> str | None:
    """Where a fact is written: "protokoll.txt § 117 b", or the document and meeting date."""
    if item:
        return f"{source or '?'} § {item}"
    if source and date:
        return f"{source} ({date})"
    return source or date


def s(value) -> str:
    """A sort key part that orders None first and never compares None with a string."""
    return "" if value is None else str(value)


def contains(text: str | None, needle: str | None) -> bool:
    """Whether ``needle`` occurs in ``text`` ignoring case, diacritics and hyphens."""
    if not needle:
        return True
    return fold(needle) in fold(text or "")


class Rows(list):
    """A query's answer; ``omitted`` counts the rows a limit left out, by kind (or under "")."""

    def __init__(self, rows=(), omitted: dict[str, int] | None = None):
        super().__init__(rows)
        self.omitted = {k: n for k, n in (omitted or {}).items() if n}


def newest(candidates: list, limit: int | None) -> tuple[list, int]:
    """The ``limit`` highest candidates (all when ``limit`` is 0 or None), and how many were left out.

    >>> newest(["2021", "2023", "2022"], 2)
    (['2023', '2022'], 1)
    >>> newest(["2021", "2023"], 0)
    (['2021', '2023'], 0)
    """
    if not limit or len(candidates) <= limit:
        return list(candidates), 0
    return heapq.nlargest(limit, candidates), len(candidates) - limit
