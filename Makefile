# Dossier: seeds/ -> docs/ -> site/. Every target sets up .venv from requirements.lock first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-lock
# Material prints an end-of-life banner on every build; it is noise in our logs.
export NO_MKDOCS_2_WARNING := 1

# axe-core, injected into pages by the accessibility tests; pinned like the Python packages.
AXE_VERSION := 4.14.1
AXE := $(VENV)/node/node_modules/axe-core/axe.min.js

.PHONY: site test serve docs check lint bench bench-hostile fuzz score clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

docs: $(STAMP)
	$(PY) scripts/convert.py

site: docs
	$(PY) -m mkdocs build --strict

# Without npm (a machine with only Python) the browser tests skip; .ci/run makes them required.
$(AXE): $(STAMP)
	-command -v npm >/dev/null && npm install --silent --no-save --no-audit --no-fund \
		--prefix $(VENV)/node axe-core@$(AXE_VERSION)

test: $(STAMP) $(AXE)
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
	$(PY) scripts/bench.py --hostile

# Pathological seeds (no full stops, one-sentence seeds, quote chains, ranges) of 5 KB to 1 MB.
bench-hostile: $(STAMP)
	$(PY) scripts/bench.py --hostile

# Thousands of random examples for the property tests (about ten minutes; FUZZ_EXAMPLES=n for more
# or fewer). `make test` runs a fixed few; each failure found here becomes an @example there.
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest -q -p no:cacheprovider tests/test_properties.py \
		--hypothesis-show-statistics

# Precision, recall and F1 per article and section on the 12 real articles of ../shared/eval/dev
# (Wikinews, CC BY 2.5), with the macro average: the table in README.md.
EVAL ?= ../shared/eval
score: $(STAMP)
	$(PY) $(EVAL)/score_set.py --python $(PY) $(EVAL)/dev

clean:
	rm -rf site .pytest_cache
