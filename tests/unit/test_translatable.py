"""No user-visible string literal in ui/ outside the translation calls.

Two checks. The first is exact: a literal (or f-string, or either arm of ``a if c else b``,
or an item of a header list) handed straight to a Qt call that shows text (an action's or
menu's title, a label, a button, a tab, a tooltip, an accessible name, a window title, a
status message, a placeholder, a form row, a message box, an undo command's name) must be
a translation call. The second is broad: any literal in ui/ that reads as a phrase (two
words or more) must sit inside ``tr()``, ``translate()`` or ``QT_TRANSLATE_NOOP()``, be a
docstring, a dict key, a log message or an exception's own text, or be on the short,
explained allow-list below (file names, the product name, markup, the English-only
user guide). Strings without a letter ("…", "·", "%"), keyboard shortcuts and the
language names (View ▸ Language shows them in their own language) are not words to
translate."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ikt_desktop" / "ui"
_TEXT_CALLS: dict[str, tuple[int, ...]] = {  # callee name -> the positional arguments shown
    "QAction": (0,), "addMenu": (0,), "QMenu": (0,), "QLabel": (0,), "QPushButton": (0,),
    "QCheckBox": (0,), "QRadioButton": (0,), "QGroupBox": (0,), "QToolBar": (0,),
    "QToolButton": (0,), "QMessageBox": (1, 2), "QProgressDialog": (0, 1),
    "setText": (0,), "setTitle": (0,), "setWindowTitle": (0,), "setToolTip": (0,),
    "setStatusTip": (0,), "setWhatsThis": (0,), "setPlaceholderText": (0,),
    "setAccessibleName": (0,), "setAccessibleDescription": (0,), "setInformativeText": (0,),
    "setLabelText": (0,), "setCancelButtonText": (0,), "setSpecialValueText": (0,),
    "showMessage": (0,), "addTab": (1,), "insertTab": (2,), "setTabText": (1,),
    "setTabToolTip": (1,), "addRow": (0,), "setSuffix": (0,), "setPrefix": (0,),
    "addItem": (0,), "addButton": (0,), "addAction": (0,), "addSection": (0,),
    "beginMacro": (0,), "setHeaderLabels": (0,), "setHorizontalHeaderLabels": (0,),
    "drawText": (2,), "question": (1, 2), "information": (1, 2), "warning": (1, 2),
    "critical": (1, 2), "getText": (1, 2), "getItem": (1, 2), "getInt": (1, 2),
    "getOpenFileName": (1,), "getSaveFileName": (1,), "getExistingDirectory": (1,),
    # our own helpers that show their text (ui/shell/messages.py, dialogs, progress)
    "warn": (1, 2), "inform": (1, 2), "ask_text": (1, 2), "ask_save": (1,), "_swatch": (1,),
    "_swatch_html": (1,),
    "ask_read_only": (1,), "ask_read_only_file": (1,), "ProgressJob": (1,), "_tool": (0, 1),
    # an undo command's name (Edit ▸ Undo <name>) or a toolbar's title, given to the base
    "__init__": (0,),
}  # fmt: skip
_ALLOWED = {"iKT Desktop", "Ctrl+Alt+K", "x"}  # "x": the name of an icon (query terms)


def _callee(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _visible(arg: ast.expr) -> str | None:
    """The text of a literal or f-string argument that reads as words, else None."""
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        text = arg.value
    elif isinstance(arg, ast.JoinedStr):
        text = "".join(v.value for v in arg.values if isinstance(v, ast.Constant))
    else:
        return None
    words = re.sub(r"<[^>]*>|&[a-z]+;", "", text)  # markup around values is not words
    if text in _ALLOWED or not any(c.isalpha() for c in words):
        return None
    return text


def _shown(arg: ast.expr) -> list[ast.expr]:
    """The literals an argument may show: itself, both arms of ``a if c else b``, the
    items of a list or tuple (header labels)."""
    if isinstance(arg, ast.IfExp):
        return [*_shown(arg.body), *_shown(arg.orelse)]
    if isinstance(arg, ast.List | ast.Tuple):
        return [item for element in arg.elts for item in _shown(element)]
    return [arg]


def untranslated(path: Path) -> list[str]:
    """``line: text`` of every visible literal in ``path`` not passed through a
    translation call."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        for index in _TEXT_CALLS.get(_callee(node), ()):
            if index >= len(node.args):
                continue
            for arg in _shown(node.args[index]):
                text = _visible(arg)
                if text is not None:
                    found.append(f"{path.relative_to(UI)}:{node.lineno}: {text!r}")
    return found


def test_ui_shows_no_literal_text() -> None:
    problems = [line for path in sorted(UI.rglob("*.py")) for line in untranslated(path)]
    assert problems == []


def test_the_check_finds_a_literal(tmp_path: Path) -> None:
    """The check itself fails on an untranslated title (so the tests above can fail)."""
    sample = UI / "_sample_for_test.py"
    sample.write_text(
        'menu.addMenu("&File")\nmenu.addMenu(self.tr("&Edit"))\nQAction("…")\n'
        'box.addTab(pane, f"Coded {n}")\n',
        encoding="utf-8",
    )
    try:
        assert untranslated(sample) == [
            "_sample_for_test.py:1: '&File'",
            "_sample_for_test.py:4: 'Coded '",
        ]
    finally:
        sample.unlink()


# (module, text) -> why the phrase is not translated
PHRASES_ALLOWED = {
    ("analysis/chart_painter.py", ", exported from iKT Desktop"): "metadata inside the SVG file",
    ("chrome/action_index.py", "## Shortcut sheet"): "appended to the English user guide",
    ("chrome/action_index.py", "Generated from this window's menus as they are now (a "
     "project's Code menu appears once a project is open)."): "appended to the user guide",
    ("chrome/start_page.py", "iKT demo .ikt"): "a file name",
    ("exchange/export_dialog.py", " report.docx"): "a file name",
    ("exchange/export_dialog.py", " workbook.xlsx"): "a file name",
    ("exchange/export_dialog.py", "iKT panel member"): "sample data in the researcher's words",
    ("query/query_pane.py", " query.xlsx"): "a file name",
    ("privacy/pseudonym_actions.py", "pseudonym-key.iktkey"): "a file name",
    ("themes/widget.py", "thematic-map.png"): "a file name",
    ("shell/help_window.py", "user-guide.md"): "a file name",
    ("shell/help_window.py", "# User guide\n\nThe user guide could not be read: \n"):
        "the user guide is English only",
    ("shell/crash_dialog.py", "  on Python , \n\n"): "details for an English bug report",
    ("shell/application.py", "iKT Desktop"): "the product name",
    ("shell/commands.py", "iKT Desktop"): "the product name",
    ("look/palette.py", "&High Contrast"): "translated where shown (ThemeMenu)",
    ("privacy/password_dialog.py", "new project"): "an enum value",
    ("team/compare/view.py", '<span style="background:">&nbsp;&nbsp;&nbsp;&nbsp;</span> '):
        "markup around a colour swatch",
}  # fmt: skip
_PHRASE = re.compile(r"[A-Za-z]{2,}[ ,:;.][A-Za-z ]*[a-z]{2,}")
_NOT_SHOWN = {  # calls whose string arguments are not shown as words
    "translate", "tr", "QT_TRANSLATE_NOOP", "debug", "info", "warning", "error",
    "exception", "critical", "setObjectName", "setStyleSheet", "QSettings", "value",
    "setValue", "Signal", "setProperty", "getattr", "startswith", "endswith", "join", "split",
    "replace", "strip", "get", "isinstance", "connect", "QKeySequence", "setShortcut",
    "fromString", "QColor", "load", "open", "fromLocalFile", "mkdir", "with_suffix", "Path",
    "write", "RuntimeError", "ValueError", "TypeError", "KeyError", "AssertionError",
    "NotImplementedError", "Cancelled", "environ", "getenv", "setFormat", "toString",
    "strftime", "QFont", "setFamily", "format",
}  # fmt: skip


def _reads_as_phrase(text: str) -> bool:
    if not _PHRASE.search(text):
        return False
    looks_like_code = re.search(r"[{}<>#/\\%=]|^\w+\.\w+|\*\.", text)
    return not looks_like_code or bool(re.search(r"[a-z]{3,} [a-z]{3,}", text))


def phrases(path: Path) -> list[tuple[str, str]]:
    """(module, text) of every phrase-like literal in ``path`` outside a translation call,
    a docstring, a dict key, an assertion, a log message or an exception's own text."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    module = str(path.relative_to(UI))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if isinstance(parents.get(node), ast.JoinedStr):
                continue  # judged with its f-string
            text = node.value
        else:
            continue
        parent = parents.get(node)
        if not _reads_as_phrase(text) or isinstance(parent, ast.Expr | ast.Assert):
            continue
        if isinstance(parent, ast.Dict) and any(key is node for key in parent.keys):
            continue
        if not _inside_allowed_call(node, parents):
            found.append((module, text))
    return found


def _inside_allowed_call(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """Whether ``node`` is an argument (at any depth within one statement) of a call whose
    strings are not shown as words (see ``_NOT_SHOWN``)."""
    while node in parents and not isinstance(node, ast.stmt):
        node = parents[node]
        if isinstance(node, ast.Call) and _callee(node) in _NOT_SHOWN:
            return True
    return False


def test_no_phrase_escapes_translation() -> None:
    """Strings built away from the Qt call that shows them (a message put together in a
    helper, a label in a module constant) are translated too, or allowed for a reason."""
    found = [hit for path in sorted(UI.rglob("*.py")) for hit in phrases(path)]
    unexplained = [
        f"{module}: {text!r}" for module, text in found if (module, text) not in PHRASES_ALLOWED
    ]
    assert unexplained == []
    stale = set(PHRASES_ALLOWED) - set(found)
    assert stale == set(), "allowed phrases no longer in the code: remove them from the list"


def test_the_broad_check_finds_a_phrase(tmp_path: Path) -> None:
    """A phrase in a constant or a helper is found; translated, logged or keyed ones are not."""
    sample = UI / "_sample_phrase_for_test.py"
    sample.write_text(
        'HINT = "Choose a source first"\n'
        "def f(n):\n"
        '    """A docstring is not shown."""\n'
        '    log.info("opened the project %s", n)\n'
        '    x = {"saved queries": 1}\n'
        '    y = QCoreApplication.translate("Ctx", "Select some text first")\n'
        '    return f"{n} codes in this theme"\n',
        encoding="utf-8",
    )
    try:
        assert [text for _m, text in phrases(sample)] == [
            "Choose a source first",
            " codes in this theme",
        ]
    finally:
        sample.unlink()


def hidden_contexts(path: Path, root: Path = UI) -> list[str]:
    """Functions named like Qt's ``tr`` defined outside a class: pyside6-lupdate reads a
    bare ``tr("…")`` call as a message with no context, while the helper translates it in
    its own context at run time, so the catalogue's translation is never found."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [f"{path.relative_to(root)}:{node.lineno} def {node.name}"
            for node in tree.body
            if isinstance(node, ast.FunctionDef) and node.name in ("tr", "_tr", "_")]  # fmt: skip


def test_no_module_level_tr_helper_hides_a_context(tmp_path: Path) -> None:
    assert [hit for path in sorted(UI.rglob("*.py")) for hit in hidden_contexts(path)] == []
    sample = tmp_path / "sample.py"
    sample.write_text('def tr(text):\n    return QCoreApplication.translate("X", text)\n')
    assert hidden_contexts(sample, tmp_path) == ["sample.py:1 def tr"]
