"""Identifying words in the quotes a report is about to print: the names a project knows
(speaker names, participants' names and pseudonym fields, the pseudonym list's real
names) looked for in each quote, so none slips into a manuscript unseen.

A whole name ("Tomás Herrera") is found in any case; one word of a name ("Tomás") only
where it is capitalised in the quote, so that a name that is also a word ("Will",
"Hope") does not flag every "will" and "hope"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ikt_desktop.domain.errors import UserError

# Words of a name that identify nobody (speaker labels in transcripts, honorifics).
GENERIC_WORDS = frozenset(
    {
        "interviewer",
        "interviewee",
        "participant",
        "respondent",
        "speaker",
        "moderator",
        "facilitator",
        "unknown",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "the",
        "and",
        "of",
        "de",
    }
)
_LABEL = re.compile(r"^[A-Za-z]{0,3}\d+$")  # "P3", "IV1", "12": labels, not names


@dataclass(frozen=True)
class NameTerm:
    """A name to look for, and where the project holds it ("speaker in P5 interview")."""

    name: str
    source: str


@dataclass(frozen=True)
class QuoteText:
    """A quote as the report prints it, and where it appears ("Theme 3 (P5, …)")."""

    where: str
    text: str


@dataclass(frozen=True)
class NameHit:
    quote: str  # the quote's text; ``quote[start:end] == word``
    word: str
    source: str  # where the project holds the name
    start: int
    end: int
    where: str = ""  # which quote of the report

    def as_json(self) -> dict[str, object]:
        return {
            "quote": self.quote,
            "word": self.word,
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "where": self.where,
        }


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[^\w'’-]+", name) if w]


def _identifying(word: str) -> bool:
    return len(word) > 1 and word.casefold() not in GENERIC_WORDS and not _LABEL.match(word)


def find_names(quotes: Sequence[QuoteText], terms: Iterable[NameTerm]) -> list[NameHit]:
    """Every identifying word in ``quotes``, in quote order then text order. Where a whole
    name and one of its words match at the same place, the longer match is kept."""
    whole: dict[str, NameTerm] = {}  # casefolded full name -> term (first source wins)
    single: dict[str, NameTerm] = {}  # casefolded word of a name -> term
    for term in terms:
        words = [w for w in _words(term.name) if _identifying(w)]
        if not words:
            continue
        whole.setdefault(" ".join(_words(term.name)).casefold(), term)
        for word in words:
            single.setdefault(word.casefold(), term)
    if not whole and not single:
        return []
    names = sorted({*whole, *single}, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w'’-])("
        + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
        + r")(?![\w-])",
        re.IGNORECASE,
    )
    hits: list[NameHit] = []
    for quote in quotes:
        for match in pattern.finditer(quote.text):
            found = match.group(1)
            key = " ".join(found.split()).casefold()
            if key in whole and (" " in key or found[:1].isupper()):
                term = whole[key]
            elif key in single and found[:1].isupper():
                term = single[key]
            else:
                continue
            hits.append(
                NameHit(quote.text, found, term.source, match.start(1), match.end(1), quote.where)
            )
    return hits


class NamesFoundError(UserError):
    """The report would print names found in quotations; nothing was written."""

    def __init__(self, hits: Sequence[NameHit]) -> None:
        self.hits = tuple(hits)
        words = ", ".join(dict.fromkeys(h.word for h in hits))
        super().__init__(
            f"{len(hits)} quotation name{'s' if len(hits) != 1 else ''} found ({words}); "
            "edit or pseudonymise the transcripts, unpin the quotations, or accept them"
        )


def hit_line(hit: NameHit) -> str:
    """One line for a list: ``Theme 3 (P5, iKT panel member): "Tomás" (speaker in P5 …)``."""
    left = max(0, hit.start - 30)
    context = hit.quote[left : hit.end + 30].replace("\n", " ")
    return f"{hit.where}: “{hit.word}” ({hit.source}) in “…{context}…”"
