# Plain runner: `make help` lists the targets.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
LETTER := data/hrw-2016-07-18-facebook-china
DB     ?= sqlite:///claims.db
OUT    ?= out

.DEFAULT_GOAL := help
.PHONY: help setup demo lint format typecheck test test-fast bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "claims needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP) ## Create .venv and install claims with its development tools

demo: setup ## The main job on the letter, told in a few lines (SQLite database claims.db)
	@mkdir -p $(OUT)
	@echo "== load the letter ($(LETTER)) into $(DB)"
	@$(BIN)/claims --db $(DB) load $(LETTER)
	@echo "== check its links for rot"
	@# exit 3 is offline: the check records nothing and marks no link dead, so the demo goes on
	@$(BIN)/claims --db $(DB) check --fail-on never 2>$(OUT)/check.log; rc=$$?; \
	if [ $$rc -eq 3 ]; then echo "no network here, so no link was checked: nothing was recorded and no link is marked dead (run 'claims check' when online; details in $(OUT)/check.log)"; \
	else cat $(OUT)/check.log >&2; [ $$rc -eq 0 ] || exit $$rc; fi
	@echo "== export the sources and write the report"
	@$(BIN)/claims --db $(DB) export bibtex -o $(OUT)/letter.bib
	@$(BIN)/claims --db $(DB) report --format html -o $(OUT)/letter.html
	@echo "== where the claims stand"
	@$(BIN)/claims --db $(DB) report --summary
	@echo "next: open $(OUT)/letter.html in a browser (filter, search, click a claim);"
	@echo "      .venv/bin/claims list --status unverified; .venv/bin/claims show pu-zhiqiang-conviction-2015"

lint: setup ## ruff (lint and format check), mypy --strict, import layers
	$(BIN)/ruff check src tests benchmarks alembic
	$(BIN)/ruff format --check src tests benchmarks alembic
	$(BIN)/mypy --strict src/claims
	$(BIN)/lint-imports

format: setup ## Apply ruff's fixes and formatting
	$(BIN)/ruff check --fix src tests benchmarks alembic
	$(BIN)/ruff format src tests benchmarks alembic

test: lint ## Lint, types and the whole test suite (one process per core)
	$(BIN)/python -m pytest -n auto --dist worksteal

test-fast: setup ## The test suite without lint
	$(BIN)/python -m pytest -x -q

bench: setup ## Run every benchmark and print its figures
	@for script in benchmarks/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

train-extractor: setup ## Retrain the citation labeller shipped in src/claims/extract/ from ../shared data
	PYTHONPATH=src $(VENV)/bin/python benchmarks/train_extractor.py

clean: ## Remove the virtual environment, caches and outputs
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache $(OUT)
