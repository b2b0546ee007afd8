# Curriculum Graph: `make run` and `make test` are all a newcomer needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
SEEDS  ?= seeds
STAMP  := $(VENV)/.installed
NODE_STAMP := node_modules/.installed

.PHONY: install run test lint check bench loadtest clean schema

install: $(STAMP) $(NODE_STAMP)

# Re-run set-up only when the dependency declarations change.
$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

# Node packages for the checks in tests/http/ (graphql-http audit, Apollo Client);
# without npm those tests are skipped.
$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --no-audit --no-fund --loglevel=error && touch $(NODE_STAMP); \
	else \
		echo "npm not found: the graphql-http audit test will be skipped"; \
	fi

# Regenerate the committed SDL after a deliberate schema change (a test pins it).
schema: install
	$(BIN)/python -m schema > schema.graphql

run: $(STAMP)
	$(BIN)/python server.py --seeds $(SEEDS) --host $(HOST) --port $(PORT)

check: $(STAMP)
	$(BIN)/python -m graph check $(SEEDS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest

# Benchmarks and load test on 127.0.0.1 (not run in CI; they install wrk with apt-get
# when run as root). make bench BENCH_ARGS=--quick for a shorter run.
bench: $(STAMP)
	$(BIN)/python -m bench $(BENCH_ARGS)

loadtest: $(STAMP)
	$(BIN)/python -m bench.loadtest

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache
