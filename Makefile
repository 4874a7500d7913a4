# Bubble Gum: `make run` and `make test` install whatever is missing first, idempotently.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY_STAMP := $(VENV)/.installed
TOOLS_STAMP := tools/node_modules/.installed
CHROMIUM := /usr/bin/chromium
PORT ?= 3000
HOST ?= 0.0.0.0

.PHONY: run test deps migrate clean-web

run: deps migrate
	@echo "Bubble Gum is starting: http://localhost:$(PORT)"
	BUBBLEGUM_APP_URL=$${BUBBLEGUM_APP_URL:-http://localhost:$(PORT)} REFLEX_BACKEND_HOST=$(HOST) \
		$(BIN)/reflex run --env prod --single-port --frontend-port $(PORT) --backend-port $(PORT)

test: deps $(CHROMIUM)
	$(BIN)/python tests/run_tiers.py

# compileall: an editable install leaves our modules uncompiled, and with
# PYTHONDONTWRITEBYTECODE set every `bubblegum` run would compile them again (~45 ms)
deps: $(PY_STAMP) $(TOOLS_STAMP)
	$(BIN)/python -m compileall -q bubblegum

migrate: $(PY_STAMP)
	$(BIN)/bubblegum db upgrade

$(PY_STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e ".[test]" 2>&1 | grep -v "^WARNING: Location" ; test $${PIPESTATUS[0]} -eq 0
	touch $@

$(TOOLS_STAMP): tools/package.json tools/package-lock.json
	cd tools && npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(CHROMIUM):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null

clean-web:
	rm -rf .web
