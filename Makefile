# make run  — set everything up and open the app on the bundled demo school
# make test — set everything up and run the whole test suite
VENV   ?= .venv
PYTHON ?= python3
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test setup system-deps translations bench clean dist

setup: system-deps $(STAMP) translations

system-deps:
	@sh packaging/system-deps.sh

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Cần Python 3.11 trở lên (Python >= 3.11 required)")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

translations: $(STAMP)
	@$(PY) packaging/build_translations.py

run: setup
	@sh packaging/run-demo.sh $(VENV)

test: setup
	$(VENV)/bin/ruff check
	$(VENV)/bin/mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: setup
	@for f in bench/bench_*.py; do \
	    if [ "$$f" = bench/bench_frozen.py ] && [ ! -d dist/kehoach ]; then echo "== $$f: skipped, run make dist first"; continue; fi; \
	    echo "== $$f"; QT_QPA_PLATFORM=offscreen $(PY) $$f || exit 1; done

# make dist — the frozen one-folder program in dist/kehoach/, then its smoke test
dist: setup
	@$(PY) -c 'import PyInstaller' 2>/dev/null || $(PY) -m pip install --quiet -e '.[dist]'
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build packaging/kehoach.spec
	@sh packaging/smoke.sh dist/kehoach

clean:
	rm -rf $(VENV) build dist *.egg-info
