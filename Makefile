# Bilingual activation-function reference: `make html` builds, `make test` proves it.
# Run `make help` for the targets.

SHELL        := bash
.SHELLFLAGS  := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON       ?= python3
VENV         ?= .venv
PY           := $(VENV)/bin/python
SPHINXBUILD  := $(PY) -m sphinx
SPHINXOPTS   ?= -W --keep-going -n -q
BUILDDIR     ?= _build
SITE         := $(BUILDDIR)/html
# English, the source language, and one translation per folder of docs/locales/.
TRANSLATIONS := $(sort $(patsubst docs/locales/%/LC_MESSAGES,%,$(wildcard docs/locales/*/LC_MESSAGES)))
LANGUAGES    := en $(TRANSLATIONS)
PORT         ?= 8000
# Lock for the interpreter that runs the build (uv would otherwise assume 3.11.0).
PYVER        ?= $(shell $(PY) -c "import platform; print(platform.python_version())" 2>/dev/null || echo 3.11)
# Fixed timestamp for the translation templates: regenerating them never churns dates.
POT_EPOCH    ?= 1767225600
export SOURCE_DATE_EPOCH ?= 1767225600
# Byte-code caches make every Sphinx start (and so a no-op rebuild) several seconds faster.
unexport PYTHONDONTWRITEBYTECODE

# axe-core for the accessibility checks in the browser, from the npm registry (locked).
AXE          := tests/browser/node_modules/axe-core/axe.min.js
DOCS_LOCK    := requirements/docs.lock
TEST_LOCK    := requirements/test.lock
DOCS_STAMP   := $(VENV)/.docs-lock-installed
TEST_STAMP   := $(VENV)/.test-lock-installed
# PyTorch, JAX, Keras and MLX, to run the calls the site shows (tests/test_frameworks.py).
FRAMEWORKS_VENV ?= .venv-frameworks
# The speed benchmark's interpreter: that environment when it exists, for its PyTorch columns.
SPEED_PY     := $(if $(wildcard $(FRAMEWORKS_VENV)/bin/python),$(FRAMEWORKS_VENV)/bin/python,$(PY))

.PHONY: help venv frameworks-venv html $(addprefix html-,$(LANGUAGES)) site-root gettext update-po test test-lib test-site lint \
        new-activation livehtml \
        serve bench clean lock

help:  ## list the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

# --- environment -------------------------------------------------------------------------

$(PY):
	$(PYTHON) -m venv $(VENV)

$(DOCS_STAMP): $(DOCS_LOCK) pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r $(DOCS_LOCK)
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

$(TEST_STAMP): $(TEST_LOCK) $(DOCS_STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r $(TEST_LOCK)
	touch $@

venv: $(DOCS_STAMP)  ## create .venv and install the pinned documentation dependencies

frameworks-venv: $(FRAMEWORKS_VENV)/.installed  ## PyTorch, JAX, Keras, MLX (CPU) for the framework tests

$(FRAMEWORKS_VENV)/.installed: requirements/frameworks.txt
	$(PYTHON) -m venv $(FRAMEWORKS_VENV)
	$(FRAMEWORKS_VENV)/bin/python -m pip install --quiet --disable-pip-version-check \
	  -r requirements/frameworks.txt
	touch $@

lock:  ## re-pin requirements/*.lock (hashes) from requirements/*.in, keeping installed versions
	mkdir -p $(BUILDDIR)
	$(PY) -m pip freeze --exclude-editable > $(BUILDDIR)/constraints.txt
	for name in docs test; do \
	  $(VENV)/bin/uv pip compile --quiet --generate-hashes --python-version $(PYVER) \
	    --constraint $(BUILDDIR)/constraints.txt --output-file requirements/$$name.lock \
	    requirements/$$name.in; \
	done

# --- site --------------------------------------------------------------------------------

html: site-root  ## build the site: _build/html/{en,ja}, root index.html, 404.html, sitemap

# English first: it executes the gallery; the translations reuse the executed examples (md5
# cache). Prerequisites, not a recursive make, order the builds: a sub-make would not inherit
# `-o` (the reproducibility test builds a copy with the test's environment, never reinstalled).
# A failed build forgets its environment: Sphinx would not re-read the page that warned, and
# the next `make html` would pass.
$(addprefix html-,$(LANGUAGES)): html-%: $(DOCS_STAMP)
	$(SPHINXBUILD) -b html -D language=$* $(SPHINXOPTS) docs $(SITE)/$* -d $(BUILDDIR)/doctrees/$* \
	  || { rm -f $(BUILDDIR)/doctrees/$*/environment.pickle; exit 1; }
$(addprefix html-,$(TRANSLATIONS)): html-en

site-root: $(addprefix html-,$(LANGUAGES))
	$(PY) scripts/site_root.py $(SITE)

# -E: a fresh environment, so docstring changes reach the templates of the API pages; an empty
# output directory, so a renamed page leaves no template (and no catalogue) behind.
gettext: $(DOCS_STAMP)  ## regenerate the translation templates (_build/gettext/*.pot)
	rm -rf $(BUILDDIR)/gettext
	SOURCE_DATE_EPOCH=$(POT_EPOCH) $(SPHINXBUILD) -E -b gettext -D language=en $(SPHINXOPTS) \
	  docs $(BUILDDIR)/gettext -d $(BUILDDIR)/doctrees/gettext

update-po: gettext  ## update docs/locales/ja/LC_MESSAGES/*.po from the templates (no churn)
	$(VENV)/bin/sphinx-intl update --pot-dir $(BUILDDIR)/gettext --locale-dir docs/locales \
	  --language ja --no-obsolete --jobs 1

livehtml: $(TEST_STAMP)  ## rebuild the English site on every save, with live reload on localhost
	$(VENV)/bin/sphinx-autobuild -b html -D language=en -n --port $(PORT) \
	  --ignore "*/auto_examples/*" --ignore "*/generated_catalog/*" --ignore "*/gen_modules/*" \
	  docs $(BUILDDIR)/live

serve:  ## preview the built site on http://localhost:$(PORT)/
	$(PY) -m http.server --directory $(SITE) --bind 127.0.0.1 $(PORT)

# --- checks ------------------------------------------------------------------------------

test: $(TEST_STAMP) $(AXE)  ## lint, library tests + doctests, build the site, check the built site
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory test-lib
	$(MAKE) --no-print-directory html
	$(MAKE) --no-print-directory test-site

# Checks of the built site run after `make html`; everything else runs before it.
SITE_TESTS   ?= tests/test_site.py tests/test_html_valid.py tests/test_translations_complete.py \
                tests/test_downloads.py tests/test_translated_downloads.py tests/test_alt_texts.py \
                tests/test_ja_search.py \
                tests/test_reproducible.py tests/browser
# Sources that the linters read (generated pages and translations are checked elsewhere).
PY_SOURCES   := activations gallery tests benchmarks scripts docs/conf.py docs/_ext
TEXT_SOURCES := README.md CHANGELOG.md docs/*.md docs/tutorial docs/howto docs/explanation \
                docs/reference/index.md docs/terminology.toml gallery activations

test-lib: $(TEST_STAMP)
	$(PY) -m pytest -q -p no:cacheprovider $(addprefix --ignore=,$(SITE_TESTS)) tests activations

test-site: $(TEST_STAMP) $(AXE)
	REPRODUCIBILITY=1 SITE_DIR=$(SITE) $(PY) -m pytest -q -p no:cacheprovider $(wildcard $(SITE_TESTS))

$(AXE): tests/browser/package-lock.json
	npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error
	touch $@

lint: $(TEST_STAMP)  ## ruff (code and format), sphinx-lint (pages), codespell (English text)
	$(VENV)/bin/ruff check $(PY_SOURCES)
	$(VENV)/bin/ruff format --check $(PY_SOURCES)
	$(VENV)/bin/sphinx-lint -i docs/reference/generated_catalog -i docs/auto_examples \
	  -i docs/gen_modules -i docs/locales docs gallery README.md
	$(VENV)/bin/codespell $(TEXT_SOURCES)

# The sources, then the new messages (untranslated) in the Japanese catalogues.
new-activation: $(DOCS_STAMP)  ## scaffold an activation: make new-activation NAME=x FAMILY=smooth [TITLE=...]
	$(PY) scripts/new_activation.py $(NAME) $(FAMILY) $(if $(TITLE),--title "$(TITLE)")
	$(MAKE) --no-print-directory update-po
	@echo "new-activation: fill in every TODO and translate the new messages; make test names what is left"

# The benchmarks, listed explicitly: library accuracy, speed and memory, then the site's build
# budget.  The speed benchmark adds PyTorch columns when torch is importable: it runs in
# $(FRAMEWORKS_VENV) when `make frameworks-venv` has made it (torch is never in .venv).
bench: $(DOCS_STAMP)  ## accuracy, speed, peak memory, build-time and page-weight budget (takes minutes)
	$(PY) -m benchmarks.accuracy
	$(SPEED_PY) -m benchmarks.speed
	$(PY) -m benchmarks.memory
	$(PY) -m benchmarks.build

clean:  ## remove build output and generated sources
	rm -rf $(BUILDDIR) build docs/auto_examples docs/gen_modules docs/sg_execution_times.rst \
	  docs/reference/generated_catalog
	find docs -type d -name generated -prune -exec rm -rf {} +
	find docs/locales -name '*.mo' -delete
