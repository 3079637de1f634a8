"""The examples in the package's docstrings, run as tests of the installed ``samverkan`` modules."""
import doctest
import importlib
import pkgutil

import pytest

import samverkan


def _modules() -> list[str]:
    names = ["samverkan.cli"]
    for sub in ("graph", "loaders", "queries"):
        package = importlib.import_module(f"samverkan.{sub}")
        names.append(package.__name__)
        names += [m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]
    return names


def _with_examples() -> list[str]:
    finder = doctest.DocTestFinder()
    return [name for name in _modules()
            if any(t.examples for t in finder.find(importlib.import_module(name)))]


MODULES = _with_examples()


def test_the_parsers_document_themselves_with_examples():
    assert {"samverkan.loaders.extract", "samverkan.loaders.relations", "samverkan.loaders.knowledge"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS, report=True)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
