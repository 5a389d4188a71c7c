# The README's commands. Everything bootstraps a local .venv on first use (python3 -m venv + pip).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)

.PHONY: run demo test lint bench eval model clean

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	@rm -f $(VENV)/.installed-*; touch $@

run: $(STAMP)
	$(BIN)/hub run

demo: $(STAMP)
	HUB_DATA_DIR=$${HUB_DATA_DIR:-var/demo} $(BIN)/hub demo

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf var .mypy_cache .ruff_cache .pytest_cache

TRAIN    := $(filter-out %.expected.jsonl,$(wildcard tests/corpus/train*.jsonl))
HELDOUT  := tests/corpus/heldout tests/corpus/heldout2 tests/corpus/heldout3 tests/corpus/heldout4 tests/corpus/heldout5
CORPUS   := --directory tests/corpus/directory.csv
KEY      := "action_accuracy|customer_match|category_macro_f1|sensitive_|hazard|leaks|summary"

eval: $(STAMP)
	@echo "== training splits, 5-fold cross-validated (each contact decided by a model trained without it)"
	@$(BIN)/python -m hub.crossval $(TRAIN) $(CORPUS) --method lexicon --method model --method hybrid \
	  | grep -E "==|"$(KEY)
	@for split in $(HELDOUT); do echo "== held-out $$split (model classifier, the default)"; \
	  $(BIN)/hub eval $$split.jsonl $$split.expected.jsonl $(CORPUS); \
	  for method in lexicon hybrid; do echo "-- $$split, $$method classifier"; \
	    $(BIN)/hub eval $$split.jsonl $$split.expected.jsonl $(CORPUS) --method $$method | grep -E $(KEY); done; done
	@echo "== contract samples"; $(BIN)/hub eval tests/fixtures/samples/events.jsonl tests/fixtures/samples/expected.jsonl \
	  --directory tests/fixtures/samples/directory.csv
	@if [ -d ../shared/samples ]; then echo "== ../shared/samples"; $(BIN)/hub eval ../shared/samples/events.jsonl \
	  ../shared/samples/expected.jsonl --directory ../shared/samples/directory.csv; fi

model: $(STAMP)
	$(BIN)/python -m router.model.train $(TRAIN)
