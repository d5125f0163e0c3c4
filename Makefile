# Two commands do all set-up on a fresh machine:
#   make demo   builds the seed corpus into build/ (the graph files and the embedded store
#               build/store/ that every read command opens) and shows a summary and a lookup
#   make test   runs ruff, mypy and the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/kg demo

lint: $(STAMP)
	$(BIN)/ruff check kg tests benchmarks
	$(BIN)/ruff format --check kg tests benchmarks
	$(BIN)/mypy

# the browser tests drive Debian's chromium, the remote-store tests Debian's Virtuoso (installed here)
test: lint
	test -x /usr/bin/chromium || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium)
	test -x /usr/bin/virtuoso-t || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y virtuoso-opensource)
	$(BIN)/pytest

clean:
	rm -rf $(VENV) build .mypy_cache .ruff_cache .pytest_cache
