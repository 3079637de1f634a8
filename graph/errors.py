"""The one exception family of samverkan.

The CLI catches :class:`SamverkanError` only and prints its message on one line;
any other exception is a bug.
"""
from __future__ import annotations


class SamverkanError(Exception):
    """Base class of every error the tool reports to its user."""


class ReadError(SamverkanError):
    """A file could not be read as minutes (empty, binary, encrypted, needs OCR ...)."""

    def __init__(self, path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class ParseError(SamverkanError):
    """Text was read but holds no recognisable minutes structure."""

    def __init__(self, path, line: int | None, msg: str):
        self.path = str(path)
        self.line = line
        self.msg = msg
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {msg}")


class AmbiguousName(SamverkanError):
    """A name given on the command line matches several entities."""

    def __init__(self, query: str, candidates: list[tuple[str, str]]):
        self.query = query
        self.candidates = candidates  # (id, display name)
        names = "; ".join(f"{i + 1}. {n}" for i, (_, n) in enumerate(candidates))
        super().__init__(f"'{query}' matches {len(candidates)} entries: {names}")


class NotFound(SamverkanError):
    """Nothing in the store matches what was asked for."""


class StoreUnavailable(SamverkanError):
    """The store cannot be reached or opened (server down, wrong password, locked file)."""


class StoreWriteError(SamverkanError):
    """The store could not be written (disk full, no permission): nothing of the run was stored."""


class StoreCorrupt(SamverkanError):
    """The embedded store file cannot be read back."""
