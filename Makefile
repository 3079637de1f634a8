# Two commands on a fresh machine:
#   make demo   – create .venv if missing, install samverkan (what it needs to run, nothing more),
#                 load the bundled example minutes into .samverkan/demo/graph.sqlite, write the structure view
#   make test   – create .venv if missing, install samverkan with its test extras (and Chromium for the
#                 browser tests), run the tests
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: demo test venv test-venv system-deps bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test,bolt]"
	touch $@ $(VENV)/.installed

venv: $(VENV)/.installed

test-venv: $(VENV)/.installed-test

system-deps:
	bash scripts/system-deps.sh

demo: venv
	$(BIN)/samverkan demo -o samverkan-demo.html

test: test-venv system-deps
	$(BIN)/python -m pytest -q

bench: test-venv
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) .samverkan test-artifacts .pytest_cache
