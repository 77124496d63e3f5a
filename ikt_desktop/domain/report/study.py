"""The study details the analyst writes (Project ▸ Study Details…), which the report's
methods are built from: nothing in the methods is claimed unless it is here or counted
in the project. A field left empty becomes a visible placeholder in the report."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.report.language import Language


@dataclass(frozen=True)
class StudyField:
    key: str
    label: str  # in the form
    missing: str  # the placeholder's words: "[Add: <missing>]"
    multiline: bool = False


FIELDS: tuple[StudyField, ...] = (
    StudyField("design", "Design", "the study design (e.g. qualitative descriptive)"),
    StudyField("approach", "Analytic approach", "the analytic approach and its reference"),
    StudyField("recruitment", "Recruitment and sampling", "how participants were recruited", True),
    StudyField("setting", "Setting", "where and when the study took place", True),
    StudyField("interview_mode", "Interview mode", "how interviews were held (in person, video)"),
    StudyField("interview_length", "Interview length", "how long interviews lasted"),
    StudyField(
        "transcription", "Transcription", "how interviews were transcribed and checked", True
    ),
    StudyField("coding", "Who coded", "who coded the transcripts and how", True),
    StudyField("reflexivity", "Reflexivity statement", "a reflexivity statement", True),
    StudyField("ethics", "Ethics approval", "the ethics approval (board and number)", True),
    StudyField(
        "quote_selection", "How quotations were chosen", "how the quotations were chosen", True
    ),
    StudyField("role_plurals", "Role plurals", "", False),
)
KEYS = tuple(f.key for f in FIELDS)
META_PREFIX = "study."
# "[Add: …]" in every report language (resources/i18n/report/*.toml "placeholder")
_PLACEHOLDER = re.compile(r"\[(?:Add|À compléter|Ergänzen|Añadir)\s?: [^\]]*\]")


def field(key: str) -> StudyField:
    for item in FIELDS:
        if item.key == key:
            return item
    raise ValidationError(f"unknown study detail {key!r} (use one of {', '.join(KEYS)})")


def placeholder(key_or_words: str, lang: Language | None = None) -> str:
    """``[Add: how interviews were transcribed and checked]``, in ``lang`` (English when
    not given) for a study detail's key, or around the words given."""
    if lang is None:
        words = next((f.missing for f in FIELDS if f.key == key_or_words), key_or_words)
        return f"[Add: {words}]"
    if key_or_words in KEYS:
        key_or_words = lang.t(f"missing_{key_or_words}")
    return lang.t("placeholder", what=key_or_words)


def is_placeholder(text: str) -> bool:
    """Whether ``text`` starts with a placeholder in any report language."""
    return _PLACEHOLDER.match(text) is not None


def split_placeholders(text: str) -> list[tuple[str, bool]]:
    """``text`` in pieces, each with whether it is a placeholder (to highlight)."""
    out: list[tuple[str, bool]] = []
    position = 0
    for match in _PLACEHOLDER.finditer(text):
        if match.start() > position:
            out.append((text[position : match.start()], False))
        out.append((match.group(0), True))
        position = match.end()
    if position < len(text):
        out.append((text[position:], False))
    return out


@dataclass(frozen=True)
class StudyDetails:
    values: tuple[tuple[str, str], ...] = ()  # (key, text) for the keys set

    def get(self, key: str) -> str:
        return dict(self.values).get(key, "")

    def as_dict(self) -> dict[str, str]:
        return {key: self.get(key) for key in KEYS}

    @classmethod
    def of(cls, values: Mapping[str, str]) -> StudyDetails:
        return cls(tuple((k, values[k].strip()) for k in KEYS if values.get(k, "").strip()))


def parse_assignment(text: str) -> tuple[str, str]:
    """``KEY=VALUE`` from the command line, checked."""
    key, sep, value = text.partition("=")
    if not sep:
        raise ValidationError(f"{text!r}: write KEY=VALUE (keys: {', '.join(KEYS)})")
    return field(key.strip()).key, value.strip()
