# Tocsin: two set-up commands. Each creates .venv if missing and installs the project (editable).
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: run test test-long bench lint clean

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is required (python3.11 not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)  ## the main job: set up the store, ingest the bundled demo sources offline, analyse, alert, report
	$(VENV)/bin/tocsin run --demo

test: $(STAMP)  ## the test suite (skips tests that need ../shared/data when it is absent)
	$(PY) -m pytest -q -m "not slow" -p no:cacheprovider

test-long: $(STAMP)  ## long fuzz and crash-safety runs
	$(PY) -m pytest -q -m slow -p no:cacheprovider

bench: $(STAMP)
	$(PY) -m bench all

lint: $(STAMP)
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) var .pytest_cache
