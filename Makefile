# Dossier: seeds/ -> docs/ -> site/. Every target sets up .venv from requirements.lock first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-lock
# Material prints an end-of-life banner on every build; it is noise in our logs.
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test serve docs check lint bench clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

docs: $(STAMP)
	$(PY) scripts/convert.py

site: docs
	$(PY) -m mkdocs build --strict

test: $(STAMP)
	$(PY) -m ruff check .
	$(PY) scripts/convert.py --check
	$(PY) -m pytest

serve: docs
	$(PY) -m mkdocs serve --dev-addr 127.0.0.1:8000

check: $(STAMP)
	$(PY) scripts/convert.py --check

lint: $(STAMP)
	$(PY) -m ruff check .

bench: $(STAMP)
	$(PY) scripts/bench.py

clean:
	rm -rf site .pytest_cache
