"""The report and the workbook in English, French, German and Spanish: every translation
complete and consistent with the English source, numbers and dates in each language's
format, and a French report with the English one's structure (read back with
python-docx and openpyxl)."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from collections import Counter
from pathlib import Path

import docx
import openpyxl
import pytest

from ikt_desktop.cli import main as cli
from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.report.english import ENGLISH, NOUNS, TEXTS
from ikt_desktop.domain.report.language import (
    LANGUAGES,
    Language,
    default_language,
    language_of_locale,
    placeholders,
)
from ikt_desktop.domain.report.rules import ReportOptions
from ikt_desktop.domain.report.study import split_placeholders
from ikt_desktop.resources import resource_path
from ikt_desktop.services.project import Project
from ikt_desktop.services.reporting.language import report_language

TRANSLATIONS = [code for code in LANGUAGES if code != "en"]
ACCEPT = {"accept_found_names": True, "checklists": ("coreq", "srqr")}


def _catalog(code: str) -> dict[str, dict[str, object]]:
    path = resource_path("i18n", "report", f"{code}.toml")
    return tomllib.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("code", TRANSLATIONS)
def test_every_language_has_every_key_with_the_same_placeholders(code: str) -> None:
    data = _catalog(code)
    texts = data["texts"]
    assert sorted(set(TEXTS) - set(texts)) == [], "missing in " + code
    assert sorted(set(texts) - set(TEXTS)) == [], "not in the English source"
    for key, english in TEXTS.items():
        assert placeholders(str(texts[key])) == placeholders(english), (code, key)
        assert str(texts[key]).strip(), (code, key)
    assert set(data["nouns"]) == set(NOUNS)
    assert all(len(pair) == 2 and all(pair) for pair in data["nouns"].values())
    # every plural pair is complete
    plural = {k.rsplit("_", 1)[0] for k in TEXTS if k.endswith(("_one", "_other"))}
    assert all(f"{k}_one" in texts and f"{k}_other" in texts for k in plural)
    language = Language.parse(code, resource_path("i18n", "report", f"{code}.toml").read_text())
    assert len(language.months) == 12 and language.meta["tag"].startswith(code)


def test_a_broken_translation_is_one_clear_error() -> None:
    with pytest.raises(ValidationError, match="report language 'xx'"):
        Language.parse("xx", "[language]\nmonths = ['only one']\n[nouns]\n[texts]\n")
    with pytest.raises(ValidationError, match="unknown language 'it'"):
        ReportOptions(language="it")


def test_numbers_dates_and_plurals_follow_each_language() -> None:
    fr, de, es = (report_language(c) for c in ("fr", "de", "es"))
    assert [lang.number(1234567) for lang in (ENGLISH, fr, de, es)] == [
        "1,234,567", "1\u202f234\u202f567", "1.234.567", "1.234.567"]  # fmt: skip
    assert es.number(1234) == "1234" and es.number(12345) == "12.345"
    assert de.number(2.5, 1) == "2,5" and ENGLISH.number(2.5, 1) == "2.5"
    day = dt.date(2025, 3, 1)
    assert [lang.date(day) for lang in (ENGLISH, fr, de, es)] == [
        "1 March 2025", "1er mars 2025", "1. März 2025", "1 de marzo de 2025"]  # fmt: skip
    assert fr.count(0, "theme") == "0 thème" and ENGLISH.count(0, "theme") == "0 themes"
    assert de.count(3, "coding") == "3 Kodierungen" and es.count(1, "quotation") == "1 cita"
    assert fr.count_at_start(5, "quotation") == "Cinq verbatims"
    assert fr.count_at_start(1, "quotation") == "Au total, 1 verbatim"  # un/une: led in
    assert de.names(["A", "B", "C"]) == "A, B und C" and es.names(["A", "B"]) == "A y B"
    # placeholders are found (and highlighted) in every language
    for lang in (ENGLISH, fr, de, es):
        text = "x " + lang.t("placeholder", what="y") + " z"
        assert [piece for piece, marked in split_placeholders(text) if marked] == [
            lang.t("placeholder", what="y")
        ]


def test_the_interface_language_comes_from_the_system_locale() -> None:
    assert language_of_locale("fr_CA.UTF-8") == "fr" and language_of_locale("de-AT") == "de"
    assert language_of_locale("pt_BR") == "en" and language_of_locale("") == "en"
    assert default_language({"LANG": "es_ES.UTF-8"}) == "es"
    assert default_language({"LC_ALL": "de_DE", "LANG": "fr_FR"}) == "de"
    assert default_language({"LANGUAGE": "fr:en", "LANG": "de_DE"}) == "fr"
    assert default_language({"LANG": "C.UTF-8"}) == "en" and default_language({}) == "en"


def _styles(document: docx.document.Document) -> Counter[str]:
    return Counter(p.style.name for p in document.paragraphs)


def _headings(document: docx.document.Document) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]


def test_a_french_report_has_the_english_structure_in_french(demo: Project, tmp_path: Path) -> None:
    english, french = tmp_path / "en.docx", tmp_path / "fr.docx"
    demo.report.write(english, ReportOptions(**ACCEPT))  # type: ignore[arg-type]
    demo.report.write(french, ReportOptions(language="fr", **ACCEPT))  # type: ignore[arg-type]
    en, fr = docx.Document(str(english)), docx.Document(str(french))
    # the same structure: headings, tables, their sizes, paragraph styles, sections
    assert len(_headings(en)) == len(_headings(fr))
    assert _styles(en) == _styles(fr)
    assert [(len(t.rows), len(t.columns)) for t in en.tables] == [
        (len(t.rows), len(t.columns)) for t in fr.tables
    ]
    assert len(en.sections) == len(fr.sections)
    themes = [t for t in demo.themes.all() if t.parent_id is None]
    assert f"Thème 1. {themes[0].name}" in _headings(fr)  # the researcher's name untouched
    assert _headings(fr)[:3] == ["Résumé de l’étude", "Participants", "Aperçu des thèmes"]
    assert "Annexe C. Grille COREQ (Tong, Sainsbury et Craig, 2007)" in _headings(fr)
    assert [c.text for c in fr.tables[2].rows[0].cells] == [
        "Thème", "Définition", "Sous-thèmes", "Participants"]  # fmt: skip
    # the researcher's words are the same in both: narratives and quotations
    assert [p.text for p in en.paragraphs if p.style.name == "Quote"] != []
    narrative = themes[0].narrative.split("\n\n")[0].split()[:8]
    assert any(" ".join(narrative) in p.text for p in fr.paragraphs)
    quote_words = [p.text[1:30] for p in en.paragraphs if p.style.name == "Quote"]
    assert all(any(w in p.text for p in fr.paragraphs) for w in quote_words)
    # no English fixed text left: none of the English headings, captions or labels
    text = "\n".join(p.text for p in fr.paragraphs)
    for key in ("summary", "overview", "codebook_heading", "m_design", "status_line"):
        assert TEXTS[key].split("{")[0].strip() not in text, key
    captions = [p.text for p in fr.paragraphs if p.style.name == "Caption"]
    assert captions and all(c.startswith(("Tableau ", "Figure ")) for c in captions)
    assert (
        "SEQ Tableau" in fr.element.body.xml and "Page " in fr.sections[0].footer.paragraphs[0].text
    )
    assert "sur" in fr.sections[0].footer.paragraphs[0].text
    assert fr.core_properties.language == "fr"


def test_a_german_workbook_names_sheets_and_columns_in_german(
    demo: Project, tmp_path: Path
) -> None:
    english = demo.workbook.write(tmp_path / "en.xlsx")
    german = demo.workbook.write(tmp_path / "de.xlsx", language="de")
    assert german.sheets == english.sheets  # counted the same, keyed by the English names
    en = openpyxl.load_workbook(tmp_path / "en.xlsx")
    de = openpyxl.load_workbook(tmp_path / "de.xlsx")
    assert de.sheetnames == ["LIESMICH", "Kodiersystem", "Zitate", "Code x Teilnehmende",
                             "Themen", "Teilnehmende"]  # fmt: skip
    quotes = de["Zitate"]
    header = [c.value for c in next(quotes.iter_rows(max_row=1))]
    assert header[:4] == ["Zitat", "Quelle", "Teilnehmende Person", "Rolle"]
    # the researcher's words (quotes, code paths, roles) are identical in both
    en_rows = list(en["Quotes"].iter_rows(min_row=2, values_only=True))
    de_rows = list(quotes.iter_rows(min_row=2, values_only=True))
    assert [r[:4] for r in en_rows] == [r[:4] for r in de_rows]
    in_report = header.index("Im Bericht")
    assert {r[in_report] for r in de_rows} <= {"Ja", None}
    statuses = {r[2] for r in de["Themen"].iter_rows(min_row=2, values_only=True)}
    assert statuses <= {"vorläufig", "überprüft", "endgültig"}


def test_export_language_on_the_command_line(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, book = tmp_path / "informe.docx", tmp_path / "libro.xlsx"
    args = ["export", str(demo_path), "--docx", str(out), "--xlsx", str(book),
            "--language", "es", "--accept-found-names", "--no-map", "--json"]  # fmt: skip
    assert cli.run(args) == 0
    done = json.loads(capsys.readouterr().out)
    assert done["xlsx"]["Quotes"] > 0  # JSON keys stay English whatever the language
    assert "Tema 1." in "\n".join(_headings(docx.Document(str(out))))
    assert openpyxl.load_workbook(book).sheetnames[1] == "Libro de códigos"
    bad = ["export", str(demo_path), "--docx", str(tmp_path / "x.docx"), "--language", "it"]
    with pytest.raises(SystemExit) as exit_info:
        cli.run(bad)
    assert exit_info.value.code != 0
    error = capsys.readouterr().err.strip().splitlines()
    assert "--language" in error[-1] and "'it'" in error[-1]
    assert not (tmp_path / "x.docx").exists()
