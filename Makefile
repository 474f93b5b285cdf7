# Two commands for a fresh machine (see README.md):
#   make run    installs the app in .venv and opens it
#   make test   installs the app with its test tools in .venv and runs every check and test
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run demo test lint bench crash screenshots translations clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.app: requirements/app.lock pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements/app.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.test: requirements/test.lock pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements/test.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@ $(VENV)/.app

run: $(VENV)/.app
	$(BIN)/checkin

demo: $(VENV)/.app
	$(BIN)/checkin demo

lint: $(VENV)/.test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The migration kill test with 200 kills per upgrade path (the normal run does 20).
crash: $(VENV)/.test
	CHECKIN_CRASH_TRIALS=200 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/checkin/test_upgrade_kill.py -q

bench: $(VENV)/.test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

screenshots: $(VENV)/.test
	$(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) build *.egg-info
