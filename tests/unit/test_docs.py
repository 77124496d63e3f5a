"""The user guide ships with the app (Help ▸ User Guide reads it through doc_path)."""

from __future__ import annotations

from ikt_desktop.resources import doc_path, docs_dir


def test_the_user_guide_is_found() -> None:
    guide = doc_path("user-guide.md")
    assert guide.is_file()
    assert guide.parent == docs_dir()
    assert guide.read_text(encoding="utf-8").startswith("# ")
