# Curriculum Graph: `make run` and `make test` are all a newcomer needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
SEEDS  ?= seeds
WORKERS ?= 1
STAMP  := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
WEB_PAGE := web/dist/index.html
WEB_SOURCES := $(shell find web -path web/dist -prune -o -type f -print)

.PHONY: install run test lint check bench loadtest clean schema web

install: $(STAMP) $(NODE_STAMP)

# Re-run set-up only when the dependency declarations change.
$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

# Node packages: Vite, sigma.js and graphology for the page, GraphiQL with React for /graphql,
# axe-core for tests/web/, the checks in tests/http/ (graphql-http audit, Apollo Client), and
# graphql-codegen with TypeScript for the README's operations; without npm those tests are
# skipped.
$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --no-audit --no-fund --loglevel=error && touch $(NODE_STAMP); \
	else \
		echo "npm not found: the Node-based tests (audit, Apollo Client, codegen) will be skipped"; \
	fi

# The pages the server shows (source in web/): the web view at /, and GraphiQL at /graphql
# in a browser; built again whenever a source or a locked package changes. Without npm the
# API is still served, with neither page.
$(WEB_PAGE): $(NODE_STAMP) package-lock.json $(WEB_SOURCES)
	@if command -v npm >/dev/null 2>&1; then \
		npm run --silent build -- --logLevel warn; \
	else \
		echo "npm not found: the web page and GraphiQL (web/) are not built; / will answer 404"; \
	fi

web: $(WEB_PAGE)

# Regenerate the committed SDL after a deliberate schema change (a test pins it).
schema: install
	$(BIN)/python -m schema > schema.graphql

run: $(STAMP) $(WEB_PAGE)
	$(BIN)/python server.py --seeds $(SEEDS) --host $(HOST) --port $(PORT) --workers $(WORKERS)

check: $(STAMP)
	$(BIN)/python -m graph check $(SEEDS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	@if [ -x node_modules/.bin/prettier ]; then npm run --silent lint; fi

# tests/web/ drive Chromium against the built page
test: lint $(WEB_PAGE)
	$(BIN)/python -m pytest

# Benchmarks and load test on 127.0.0.1 (not run in CI; they install wrk with apt-get
# when run as root). make bench BENCH_ARGS=--quick for a shorter run.
bench: $(STAMP)
	$(BIN)/python -m bench $(BENCH_ARGS)

loadtest: $(STAMP)
	$(BIN)/python -m bench.loadtest

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache web/dist artifacts
