# Two commands for a fresh machine (see README.md):
#   make run    installs the app in .venv and opens it
#   make test   installs the app with its test tools in .venv and runs every check and test
# Installers (packaging/README.md):
#   make dist   the one-folder build in dist/checkin (PyInstaller)
#   make smoke  builds it and runs the smoke test of the built program (under Xvfb on Linux)
#   make deb    the Debian/Ubuntu package in dist/, from the build that make dist/smoke made
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# The oldest Python the app supports (pyproject.toml's requires-python).
PYTHON_MIN := 3.11

.PHONY: run demo test lint bench crash screenshots translations clean dist smoke deb deb-test icons locks check-locks

# A new .venv: the Python is checked first, and a venv whose making failed is removed again,
# so the next `make` starts afresh rather than reusing a broken one.
$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < tuple(map(int, "$(PYTHON_MIN)".split("."))))' 2>/dev/null || { \
	  echo "This app needs Python $(PYTHON_MIN) or newer; '$(PYTHON)' is $$($(PYTHON) -c 'import platform; print(platform.python_version())' 2>/dev/null || echo 'not found')."; \
	  echo "Install a newer Python and run e.g. 'make PYTHON=python3.12 run'."; exit 1; }
	@$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || { \
	  echo "'$(PYTHON)' cannot make a virtual environment (no venv/ensurepip module)."; \
	  echo "On Debian or Ubuntu: sudo apt install python3-venv   (then run make again)"; exit 1; }
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip || { rm -rf $(VENV); exit 1; }

$(VENV)/.app: requirements/app.lock pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements/app.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.test: requirements/test.lock pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements/test.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@ $(VENV)/.app

# PyInstaller and uv, on top of the app (the locks pin the same versions of what they share).
$(VENV)/.build: requirements/build.lock pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements/build.lock
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

# Two pytest processes: the core's tests (SQLite, SQLCipher, apsw, PostgreSQL drivers), then the
# window's. In one process the window's tests crashed inside Qt now and then (a bus error or
# segfault in QDialog/QScreen after the core's tests, never in the window's tests alone).
test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest --ignore=tests/ui
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/ui

# The migration kill test with 200 kills per upgrade path (the normal run does 20).
crash: $(VENV)/.test
	CHECKIN_CRASH_TRIALS=200 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/checkin/test_upgrade_kill.py -q

bench: $(VENV)/.test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

screenshots: $(VENV)/.test
	$(BIN)/python scripts/screenshots.py

dist: $(VENV)/.build
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/checkin.spec

# The smoke test of the built program; a display is needed for its window (Xvfb where there is none).
smoke: dist
	if [ -z "$$DISPLAY" ] && command -v xvfb-run >/dev/null; then \
	  xvfb-run -a -s "-screen 0 1280x900x24" $(BIN)/python packaging/smoke_test.py; \
	else $(BIN)/python packaging/smoke_test.py; fi

# From the build in dist/checkin (make dist or make smoke first: not rebuilt here).
deb:
	packaging/linux/make_deb.sh

# Installs the .deb (root or sudo), checks its desktop entry, smoke-tests it and removes it again.
deb-test:
	PYTHON=$(BIN)/python packaging/linux/test_deb.sh

icons: $(VENV)/.app
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/make_icons.py

# Renew the universal lock files (every platform in one file), keeping the pinned versions where
# they still fit; `$(BIN)/uv pip compile ... --upgrade` to take newer ones.
locks: $(VENV)/.build
	$(BIN)/uv pip compile --quiet pyproject.toml --extra encryption --extra server --universal --generate-hashes --python-version $(PYTHON_MIN) -o requirements/app.lock
	$(BIN)/uv pip compile --quiet pyproject.toml --extra encryption --extra server --extra test --universal --generate-hashes --python-version $(PYTHON_MIN) -o requirements/test.lock
	$(BIN)/uv pip compile --quiet pyproject.toml --extra encryption --extra server --extra build --universal --generate-hashes --python-version $(PYTHON_MIN) -o requirements/build.lock

check-locks: $(VENV)/.build
	$(BIN)/python scripts/check_locks.py

clean:
	rm -rf $(VENV) build dist *.egg-info
