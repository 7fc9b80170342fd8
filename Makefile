# The README's two commands: `make demo` and `make test`. Each does every set-up step itself.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMPS := .stamps
SHARED ?= ../shared

.PHONY: demo test bench model browser clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Re-install when pyproject.toml changes; editable so the checkout is what runs.
$(STAMPS)/core: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[web]'
	@mkdir -p $(STAMPS) && touch $@

$(STAMPS)/test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	@mkdir -p $(STAMPS) && touch $@

demo: $(STAMPS)/core
	$(BIN)/whosaid demo

# Browser tests drive Debian's Chromium (no browser downloads here); install it when missing.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  { $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; } \
	  || echo "warning: could not install chromium; the browser tests will be skipped"; }

test: $(STAMPS)/test browser
	WHOSAID_SHARED=$(SHARED) $(BIN)/python -m pytest -q

bench: $(STAMPS)/test
	WHOSAID_SHARED=$(SHARED) $(BIN)/python -m benchmarks

# The shipped weights, step for step: a cold start on one core (~1 h); a fine-tuning run
# resumed from its last checkpoint with EWT weighted up (~30 min), whose tok2vec, tagger and
# NER ship; then a parser with its own tok2vec trained on EWT alone (~1 h 45 min), which ships.
model: $(STAMPS)/test
	$(BIN)/whosaid train-model --data $(SHARED)/data --out training-output/stage1 \
		--max-minutes 0 --max-steps 11600 --no-install
	$(BIN)/whosaid train-model --data $(SHARED)/data --out training-output/stage2 \
		--resume training-output/stage1/train/model-last --ewt-copies 4 \
		--max-minutes 0 --max-steps 3800 --keep last --no-install
	$(BIN)/whosaid train-model --data $(SHARED)/data --out training-output/stage3 \
		--parser-only training-output/stage2/train/model-last \
		--max-minutes 0 --max-steps 10000

clean:
	rm -rf $(VENV) $(STAMPS) build dist *.egg-info
