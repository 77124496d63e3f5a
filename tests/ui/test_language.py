"""The interface language: the Qt translation sources (.ts) complete and consistent, the
compiled .qm exactly what pyside6-lrelease makes of them, the app started in French,
German and Spanish with translated menus and Qt's own dialogs, and View ▸ Language."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import docx
import openpyxl
import pytest
from lxml import etree
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ikt_desktop.resources import resource_path
from ikt_desktop.ui.i18n import language
from ikt_desktop.ui.i18n.language import (
    SETTINGS_KEY,
    chosen_language,
    install_translators,
)
from ikt_desktop.ui.shell.application import make_application
from ikt_desktop.ui.shell.main_window import MainWindow
from tests.ui.conftest import Messages

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
CODES = ("fr", "de", "es")
TOOLS = Path(sys.executable).parent  # pyside6-lupdate / -lrelease of this environment
MENUS = {
    "en": ["&File", "&Edit", "&Project", "&Code", "&View", "&Help"],
    "fr": ["&Fichier", "&Édition", "&Projet", "&Coder", "&Affichage", "Aid&e"],
    "de": ["&Datei", "&Bearbeiten", "&Projekt", "&Kodieren", "&Ansicht", "&Hilfe"],
    "es": ["&Archivo", "&Edición", "&Proyecto", "&Codificar", "&Ver", "Ay&uda"],
}
CANCEL = {"fr": "Annuler", "de": "Abbrechen", "es": "Cancelar"}
# what must survive translation: {named} placeholders, %1-style arguments, %n
_MARKERS = re.compile(r"\{[a-z_]*\}|%\d|%Ln|%n|%L\d")
PLURAL_FORMS = {"fr": 2, "de": 2, "es": 2, "en": 2}


def _messages(path: Path) -> list[tuple[str, etree._Element]]:
    tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
    return [(c.findtext("name") or "", m) for c in tree.iter("context") for m in c.iter("message")]


def _accelerator(text: str) -> str:
    return text.replace("&&", "")[text.replace("&&", "").index("&") + 1].casefold()


@pytest.fixture
def translated(qapp: QApplication) -> Iterator[None]:
    yield
    install_translators("en", qapp)  # back to English for the tests that follow


@pytest.mark.parametrize("code", [*CODES, "en"])
def test_ts_files_are_complete_and_keep_placeholders(code: str) -> None:
    path = I18N / f"ikt_desktop_{code}.ts"
    tree = etree.parse(str(path))
    assert tree.getroot().get("language", "").startswith(code)
    messages = _messages(path)
    assert len(messages) >= (60 if code != "en" else 1)  # English: its plural forms only
    for context, message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        where = f"{code} {context}: {source!r}"
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), where
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            assert len(forms) == PLURAL_FORMS[code] and all((f.text or "").strip() for f in forms)
            texts = [f.text or "" for f in forms]
        else:
            assert not forms and (translation.text or "").strip(), where
            texts = [translation.text or ""]
        for text in texts:
            assert sorted(_MARKERS.findall(text)) == sorted(_MARKERS.findall(source)), where
            # one keyboard accelerator where the source has one, none where it has none
            assert text.replace("&&", "").count("&") == source.replace("&&", "").count("&"), where


@pytest.mark.parametrize("code", ["fr", "en"])
def test_every_wrapped_string_is_in_the_ts_files(code: str, tmp_path: Path) -> None:
    """lupdate over ui/ finds nothing new and nothing gone (run ``make translations``);
    the English file holds exactly the plural forms."""
    lupdate = TOOLS / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    sources = sorted(str(p) for p in (ROOT / "ikt_desktop" / "ui").rglob("*.py"))
    copy = tmp_path / f"check_{code}.ts"
    shutil.copyfile(I18N / f"ikt_desktop_{code}.ts", copy)
    plural_only = ["-pluralonly"] if code == "en" else []
    subprocess.run([str(lupdate), "-locations", "none", "-no-obsolete", "-silent", *plural_only,
                    *sources, "-ts", str(copy)], check=True, capture_output=True)  # fmt: skip
    updated = {(c, m.findtext("source")) for c, m in _messages(copy)}
    committed = {(c, m.findtext("source")) for c, m in _messages(I18N / f"ikt_desktop_{code}.ts")}
    assert updated - committed == set(), "new strings: run make translations"
    assert committed - updated == set(), "strings gone from the code: run make translations"
    unfinished = [m.findtext("source") for _, m in _messages(copy)
                  if m.find("translation").get("type") == "unfinished"]  # fmt: skip
    assert unfinished == []


@pytest.mark.parametrize("code", [*CODES, "en"])
def test_qm_files_are_compiled_from_their_ts(code: str, tmp_path: Path) -> None:
    """The committed .qm is byte for byte what pyside6-lrelease makes of the .ts."""
    lrelease = TOOLS / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    out = tmp_path / f"ikt_desktop_{code}.qm"
    subprocess.run([str(lrelease), "-silent", str(I18N / f"ikt_desktop_{code}.ts"), "-qm",
                    str(out)], check=True, capture_output=True)  # fmt: skip
    assert out.read_bytes() == resource_path("i18n", f"ikt_desktop_{code}.qm").read_bytes()


@pytest.mark.parametrize("code", CODES)
def test_the_app_starts_in_each_language(
    code: str, qtbot, settings: QSettings, shown: Messages, translated: None
) -> None:  # type: ignore[no-untyped-def]
    assert install_translators(code) == [f"ikt_desktop_{code}", f"qtbase_{code}"]
    window = MainWindow(settings)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions() if a.menu() is not None]
    assert titles == MENUS[code]
    view = window.view_menu.actions()
    assert any(a.menu() is window.language_menu.menu for a in view)
    # each translated menu's keyboard accelerators differ (Alt+letter reaches one item)
    for menu in (window.menuBar(), window.view_menu):
        keys = [_accelerator(a.text()) for a in menu.actions() if "&" in a.text()]
        assert len(keys) == len(set(keys)), (menu.title(), keys)
    # Qt's own words in standard dialogs come from qtbase_<code>.qm
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == CANCEL[code]


def test_english_loads_only_its_plural_forms(qtbot, settings: QSettings, shown: Messages) -> None:  # type: ignore[no-untyped-def]
    assert install_translators("en") == ["ikt_desktop_en"]
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert [a.text() for a in window.menuBar().actions() if a.menu()] == MENUS["en"]
    imported = [window.tr("Imported %n transcript(s)", "", n) for n in (1, 3)]
    assert imported == ["Imported 1 transcript", "Imported 3 transcripts"]


@pytest.mark.parametrize(
    ("code", "one", "three"),
    [("fr", "1 transcription importée", "3 transcriptions importées"),
     ("de", "1 Transkript importiert", "3 Transkripte importiert"),
     ("es", "1 transcripción importada", "3 transcripciones importadas")],
)  # fmt: skip
def test_plural_forms_follow_the_language(  # type: ignore[no-untyped-def]
    code: str, one: str, three: str, qtbot, settings: QSettings, shown: Messages, translated: None
) -> None:
    install_translators(code)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert [window.tr("Imported %n transcript(s)", "", n) for n in (1, 3)] == [one, three]


def test_view_language_is_stored_and_applies_at_the_next_start(
    qtbot, settings: QSettings, shown: Messages, translated: None, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANGUAGE", "es_ES")  # the system speaks Spanish
    assert chosen_language(settings) == "es"
    window = MainWindow(settings)
    qtbot.addWidget(window)
    menu = window.language_menu
    assert menu.actions[""].isChecked() and "Español" in menu.actions[""].text()
    menu.actions["de"].trigger()
    assert settings.value(SETTINGS_KEY) == "de" and chosen_language(settings) == "de"
    assert shown.informed == [
        "iKT Desktop will show its menus and windows in Deutsch the next time it starts."
    ]
    assert window.menuBar().actions()[0].text() == "&File"  # this window stays as built
    settings.sync()
    make_application()  # the next start: translators from the stored choice
    again = MainWindow(QSettings())
    qtbot.addWidget(again)
    assert again.menuBar().actions()[0].text() == "&Datei"
    assert again.language_menu.actions["de"].isChecked()
    menu.actions[""].trigger()  # back to the system's language
    assert chosen_language(settings) == "es" and len(shown.informed) == 2


def test_a_missing_catalogue_is_logged_not_fatal(
    qapp: QApplication,
    translated: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    resources_dir = language.resources_dir
    monkeypatch.setattr(language, "resources_dir", lambda: tmp_path)  # no i18n folder
    assert install_translators("fr", qapp) == ["qtbase_fr"]  # Qt's own still load
    assert "ikt_desktop_fr not found" in caplog.text
    assert install_translators("xx", qapp) == []  # not one of ours: English ...
    monkeypatch.setattr(language, "resources_dir", resources_dir)
    assert install_translators("xx", qapp) == ["ikt_desktop_en"]  # ... with its plurals


def test_the_export_dialog_writes_the_report_in_the_chosen_language(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANGUAGE", "de")  # the interface language: German (from the system)
    window.open_project(demo_path)
    dialog = window.export_files()
    assert dialog is not None
    assert dialog.language.currentData() == "de"  # the default: the interface language
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == [
        "English", "Français", "Deutsch", "Español"]  # fmt: skip
    out = tmp_path / "rapport.docx"
    dialog.docx.path.setText(str(out))
    dialog.xlsx.path.setText(str(tmp_path / "classeur.xlsx"))
    dialog.accept_names.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_button.click()
    headings = [p.text for p in docx.Document(str(out)).paragraphs
                if p.style.name.startswith("Heading")]  # fmt: skip
    assert headings[0] == "Résumé de l’étude" and any(h.startswith("Thème 1. ") for h in headings)
    book = openpyxl.load_workbook(tmp_path / "classeur.xlsx", read_only=True)
    assert book.sheetnames[:3] == ["LISEZ-MOI", "Grille de codage", "Verbatims"]
    again = window.export_files()  # the choice is remembered
    assert again is not None and again.language.currentData() == "fr"
    again.reject()


def test_the_german_window_still_fits_a_laptop_on_every_tab(  # type: ignore[no-untyped-def]
    qtbot, qapp: QApplication, settings: QSettings, demo_path: Path, translated: None
) -> None:
    """German runs about 30% longer than English: with every main tab and bottom pane in
    turn, the main window still fits 1260x660 and the codebook's buttons all show."""
    install_translators("de", qapp)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.open_project(demo_path)
    ws = window.workspace
    assert ws is not None and window.menuBar().actions()[0].text() == "&Datei"
    seen = set()
    for i in range(ws.tabs.count()):
        ws.tabs.setCurrentIndex(i)
        for j in range(ws.bottom.count()):
            ws.bottom.setCurrentIndex(j)
            qapp.processEvents()
            hint, least = window.minimumSizeHint(), window.minimumSize()
            width, height = max(hint.width(), least.width()), max(hint.height(), least.height())
            where = f"{ws.tabs.tabText(i)} / {ws.bottom.tabText(j)}: {width}x{height}"
            assert width <= 1260 and height <= 660, where
            seen.add(ws.bottom.tabText(j))
    assert seen == {"Kodierte Segmente", "Suche", "Abfrage"}
    ws.tabs.setCurrentIndex(0)
    qapp.processEvents()
    bar = ws.codebook_pane.actions_bar
    hidden = [a.iconText() for a in bar.actions() if not bar.widgetForAction(a).isVisible()]
    assert hidden == []  # none pushed into the toolbar's » overflow menu
    window.close_project()
