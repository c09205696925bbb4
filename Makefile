# Panah: one command per developer loop; CI runs the same targets (.ci/run -> make test).
# Needs only Python 3.11, make and (for documents and browser tests) Debian's apt-get.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
REF := examples/reference-case/kazakhstan-2019.yaml

.PHONY: demo test lint typecheck unit bench venv sysdeps docs messages classifier clean

# --- setup ---------------------------------------------------------------------------------
venv: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Debian packages some features need (fonts for PDFs, Chromium for browser tests).
# Installs only what is missing; a no-op on a machine that has them.
SYSDEPS := fonts-noto-cjk fonts-dejavu-core poppler-utils chromium
sysdeps:
	@missing=""; for p in $(SYSDEPS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

# --- the two README commands ---------------------------------------------------------------
# The demo: the reference case on the command line, then the web app on SQLite with the case
# loaded and a demo account (its one-time password is printed). Stop the server with Ctrl-C.
DEMO_AS_OF ?= 2019-12-15
demo: venv sysdeps
	$(BIN)/panah validate $(REF)
	@echo; $(BIN)/panah timeline $(REF)
	@echo; $(BIN)/panah conflicts $(REF)
	@echo; $(BIN)/panah assess $(REF) --as-of $(DEMO_AS_OF) --person p-kaster
	@echo; $(BIN)/panah serve

test: lint typecheck unit

# --- parts of `make test` ------------------------------------------------------------------
lint: venv
	$(BIN)/ruff check src tests bench
	$(BIN)/lint-imports

typecheck: venv
	$(BIN)/mypy

unit: venv sysdeps
	$(BIN)/pytest -q
	@# The web app's tests again on PostgreSQL (docs/web.md); an unreachable server is a failure.
	@$(BIN)/python -c "import psycopg; psycopg.connect('postgres://postgres@127.0.0.1:5432/postgres', connect_timeout=5).close()" \
	  || { echo "PostgreSQL is not reachable at postgres://postgres@127.0.0.1:5432/postgres: the web tests must pass on it too"; exit 1; }
	DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres $(BIN)/pytest -q -p no:cacheprovider tests/web

bench: venv
	$(BIN)/python bench/run.py

docs: venv
	$(BIN)/python -m panah.cli.reference --write
	$(BIN)/panah law catalogue --write

# The learned event classifier of panah ingest, after a change of the date scanner or of a
# labelled text: its training examples, then the model shipped in src/panah/ingest/data/
classifier: venv
	$(BIN)/python -m panah.ingest.classify --extract --write
	$(BIN)/python -m panah.ingest.classify --train --ship

# The interface catalogues (Russian, Kazakh) after a change of translatable text: the web
# app's (src/panah/web/locale: the web app and the storage layer, which use Django's gettext;
# the engine and the core have their own domains, merged by panah.law.messages), then compiled.
# Needs GNU gettext (msgmerge, msgfmt). Translate the new and fuzzy entries, then run it again.
MSG_SKIP := $(foreach d,cli core documents identity ingest jurisdictions law services,-i '$(d)/*.py' -i '$(d)/*.txt' -i '$(d)/*.html')
messages: venv
	cd src/panah && DJANGO_SETTINGS_MODULE=panah.web.settings.test $(CURDIR)/$(BIN)/python -m django makemessages -l ru -l kk --no-location $(MSG_SKIP) -i locale_vendor
	$(BIN)/python -m panah.law.messages --update
	for l in ru kk; do msgfmt --check --statistics -o src/panah/web/locale/$$l/LC_MESSAGES/django.mo src/panah/web/locale/$$l/LC_MESSAGES/django.po; done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
