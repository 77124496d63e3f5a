# iKT Desktop: the two commands a newcomer needs are `make run` and `make test`.
# Both create .venv with Python >= 3.11 (PYTHON=python3.12 make ... to choose another).

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: run test lint pytest bench installer screenshot screenshots screenshots-de translations clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("iKT Desktop needs Python >= 3.11, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

## run: set up and start the app on a fresh copy of the demo project
run: $(STAMP)
	$(VENV)/bin/ikt-desktop --demo

## test: set up and run the whole suite (lint, types, import contracts, tests; offscreen)
test: lint pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy ikt_desktop

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

## bench: the performance budgets (prints JSON)
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py --json

## installer: build the PyInstaller bundle and smoke-test it
installer: $(STAMP)
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" bash scripts/build_installer.sh

## screenshots: every tab of the demo at 1280x720 and 1920x1080, light and dark (docs/screenshots/)
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py docs/screenshots

## screenshots-de: every tab and the main dialogs in German at 1280x720 (docs/screenshots/de/),
## to check that longer words still fit; prints the window's minimum size per tab
screenshots-de: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots_language.py de docs/screenshots/de

## translations: update the .ts sources from ui/ (pyside6-lupdate) and compile the .qm files
## (pyside6-lrelease). ikt_desktop_en.ts holds only the plural forms (%n) of the English. Translate the new entries in Qt Linguist (pyside6-linguist), run it
## again, and commit the .ts and .qm together (docs/ARCHITECTURE.md, "Translations").
I18N      := resources/i18n
TS_LANGS  := fr de es
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete -silent \
	  $$(find ikt_desktop/ui -name '*.py' | LC_ALL=C sort) \
	  -ts $(foreach l,$(TS_LANGS),$(I18N)/ikt_desktop_$(l).ts)
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete -pluralonly -silent \
	  $$(find ikt_desktop/ui -name '*.py' | LC_ALL=C sort) -ts $(I18N)/ikt_desktop_en.ts
	for l in en $(TS_LANGS); do \
	  $(VENV)/bin/pyside6-lrelease -silent $(I18N)/ikt_desktop_$$l.ts -qm $(I18N)/ikt_desktop_$$l.qm || exit 1; \
	done

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshot.py docs/screenshot.png

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
