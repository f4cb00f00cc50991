# The two commands of the README: `make demo` (set up, then run the demo) and `make test`.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup demo lint test clean

$(BIN)/tidings: pyproject.toml requirements.lock requirements-nodeps.lock
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements-nodeps.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(BIN)/tidings

setup: $(BIN)/tidings

demo: setup
	$(BIN)/tidings demo

# ruff (format and lint) and mypy on src/, then the whole suite.
lint: setup
	$(BIN)/ruff format --check src
	$(BIN)/ruff check src
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest -n 2 -q

clean:
	rm -rf $(VENV) tidings.duckdb
