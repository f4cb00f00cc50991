# The two commands of the README: `make demo` (set up, then run the demo) and `make test`.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup demo lint test clean

$(BIN)/tidings: pyproject.toml requirements.lock requirements-nodeps.lock
	$(PY) -m venv $(VENV)
	# --no-deps: the lock already pins every dependency (uv); without it pip 23.2 in hash mode resolves an extra
	# ("lxml[html_clean]" of justext) to the newest release instead of the pinned one and refuses (pypa/pip#9644)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
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
