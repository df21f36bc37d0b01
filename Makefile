# One command serves the portal (make run), one runs every test (make test).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# The virtualenv is rebuilt whenever the pinned dependencies change.
DEPS_HASH := $(shell $(PYTHON) -c "import hashlib;print(hashlib.sha256(open('pyproject.toml','rb').read()).hexdigest()[:16])")
STAMP := $(VENV)/.installed-$(DEPS_HASH)

.PHONY: run test lint format migrations-check messages db-start db-stop db-status venv clean

run: $(STAMP)
	@$(PY) -m cpcportal.devctl run

test: $(STAMP) lint
	@$(PY) manage.py compile_translations
	@$(PY) -m cpcportal.devctl test $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# `make test` runs this check too, against the local cluster.
migrations-check: $(STAMP)
	@$(PY) -m cpcportal.devctl migrations-check

# Needs GNU gettext (apt-get install gettext); tests/cpcportal/test_translations.py fails
# when a string in the code is missing from the catalogues or untranslated in Dutch.
messages: $(STAMP)
	$(PY) manage.py makemessages --locale nl --locale en --ignore '.venv/*' --ignore 'var/*' \
		--ignore 'node_modules/*' --no-obsolete
	$(PY) manage.py compile_translations

db-start db-stop db-status: $(STAMP)
	@$(PY) -m cpcportal.devctl $@

venv: $(STAMP)

$(STAMP):
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "[cpcportal] error: Python 3.11 or newer is needed (PYTHON=python3.12 make ...)"; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "[cpcportal] installing the pinned dependencies into $(VENV)"
	@$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	@$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@rm -f $(VENV)/.installed-*
	@touch $@

clean:
	rm -rf $(VENV) var/static var/test-static .pytest_cache .ruff_cache
