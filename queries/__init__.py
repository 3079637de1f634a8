"""The named questions coordinators ask, each answerable from either store.

Every query module has a docstring, ``NAME``, ``CYPHER`` (the parameterised statements it
reads, by fact name), a frozen ``Row`` dataclass, ``sort_key`` and
``networkx(G, **params) -> list[Row]``. Both forms read the same fact tables
(:mod:`queries.facts`) — the Cypher form through ``store.run_read``, the networkx form from
the graph — and finish them with the same Python function (``compute``), so a contract test
can compare their rows exactly.

>>> sorted(QUERIES)
['decisions', 'gaps', 'group', 'mandates', 'meetings', 'org', 'person']
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from importlib import import_module
from types import ModuleType

from samverkan.graph.errors import SamverkanError
from samverkan.queries.facts import cypher_facts, nx_facts, store_fetch

_NAMES = ("person", "org", "group", "gaps", "mandates", "decisions", "meetings")


class _Queries(Mapping):
    """Query name → its module, imported when first asked for: a question from a new process
    imports the modules it runs, not all seven."""

    def __getitem__(self, name: str) -> ModuleType:
        if name not in _NAMES:
            raise KeyError(name)
        return import_module(f"{__name__}.{name}")

    def __iter__(self) -> Iterator[str]:
        return iter(_NAMES)

    def __len__(self) -> int:
        return len(_NAMES)


QUERIES: Mapping[str, ModuleType] = _Queries()


def __getattr__(name: str) -> ModuleType:
    """``queries.gaps`` and the like without importing every query module up front."""
    if name in _NAMES:
        return import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def nx_fetch(G):
    """A fact fetcher over a networkx graph."""
    return lambda names, **params: nx_facts(G, names, **params)


def cypher_fetch(store):
    """A fact fetcher through a Bolt store's ``run_read(cypher, params)``."""
    return lambda names, **params: cypher_facts(store.run_read, names, **params)


def run(query: str, store, /, **params) -> list:
    """Run the named query on a store; the store reads the fact tables the query needs its own way.

    Parameters left as None are dropped, so optional command-line options can be passed through.

    Raises:
        SamverkanError: the query name is unknown.
        AmbiguousName / NotFound: a name parameter matches several entries or none.
    """
    module = QUERIES.get(query)
    if module is None:
        raise SamverkanError(f"unknown query '{query}'; known: {', '.join(sorted(QUERIES))}")
    params = {k: v for k, v in params.items() if v is not None}
    return module.compute(store_fetch(store), **params)
