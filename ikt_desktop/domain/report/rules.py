"""Rules of the theme report, kept pure so they can be tested and documented on their own:
the options, how a quote is attributed, which segments represent a theme, how a quote is
cut out of the transcript, how participation by role is written."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ikt_desktop.domain.errors import UserError, ValidationError
from ikt_desktop.domain.report.english import ENGLISH
from ikt_desktop.domain.report.language import Language, check_language
from ikt_desktop.domain.report.phrases import noun, role_plural

STATUSES = ("candidate", "reviewed", "final")
CHECKLISTS = ("coreq", "srqr")
PAPER_SIZES = ("A4", "Letter")
DEFAULT_ATTRIBUTION = "({participant}, {role})"
PLACEHOLDERS = ("participant", "label", "pseudonym", "role", "source")
OMISSION = " […] "
# Quotes between these lengths (words) read best in a results chapter; shorter ones are
# taken only when a theme has nothing else, longer ones are ranked as if this long.
GOOD_QUOTE_WORDS = (12, 90)


@dataclass(frozen=True)
class ReportOptions:
    """What the user chose in the export dialog (or on the command line)."""

    statuses: tuple[str, ...] = STATUSES  # themes with these statuses go into the report
    quotes_per_theme: int = 3  # with ``suggest_quotes``: fill each theme up to this many
    attribution: str = DEFAULT_ATTRIBUTION
    pseudonyms: bool = False  # name participants by pseudonym instead of label
    include_interviewer: bool = False  # keep interviewer talk inside quotes
    list_participants: bool = False  # name participants in the summary, not only counts
    attributes: tuple[str, ...] | None = None  # summary columns; None: every choice attribute
    paper: str = "A4"
    include_map: bool = True
    include_charts: bool = False  # code frequencies, theme prevalence by role (figures)
    title: str = ""  # empty: the project's title
    author: str = ""  # empty: the current coder
    approach: str = ""  # empty: the Study details' analytic approach (kept as typed)
    suggest_quotes: bool = False  # add software-chosen quotes (each marked for review)
    accept_found_names: bool = False  # the author accepts names found in quotations
    draft: bool = False  # write even without themes or codings, saying what is missing
    themes: tuple[str, ...] | None = None  # only these themes (names); None: all
    codes: tuple[str, ...] | None = None  # only these codes (names or paths); None: all
    checklists: tuple[str, ...] = ("coreq",)  # reporting checklists as appendices
    template: str = ""  # a .docx/.dotx whose styles, page and cover the report uses
    language: str = "en"  # the report's and the workbook's fixed text: en, fr, de, es
    quote_times: bool = False  # print where each quote is in the recording: (P3, 00:12:04)

    def __post_init__(self) -> None:
        check_template(self.attribution)
        check_language(self.language)
        if self.paper not in PAPER_SIZES:
            raise ValidationError(f"paper size must be one of {', '.join(PAPER_SIZES)}")
        if not 0 <= self.quotes_per_theme <= 50:
            raise ValidationError("quotes per theme must be between 0 and 50")
        unknown = sorted(set(self.statuses) - set(STATUSES))
        if unknown:
            raise ValidationError(
                f"unknown theme status {unknown[0]!r} (use {', '.join(STATUSES)})"
            )
        wrong = sorted(set(self.checklists) - set(CHECKLISTS))
        if wrong:
            raise ValidationError(f"unknown checklist {wrong[0]!r} (use {', '.join(CHECKLISTS)})")


def check_template(template: str) -> None:
    """Refuse a template with unknown or malformed placeholders, naming them."""
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
        unknown = [f or "{}" for f in fields if f not in PLACEHOLDERS]
        if not unknown:
            template.format(**dict.fromkeys(PLACEHOLDERS, ""))
    except (ValueError, KeyError, IndexError) as exc:
        raise ValidationError(f"attribution template {template!r}: {exc}") from exc
    if unknown:
        known = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
        raise ValidationError(
            f"attribution template {template!r}: unknown {{{unknown[0]}}} (use {known})"
        )


@dataclass(frozen=True)
class Speaker:
    """Who said a quote, as the template sees it."""

    label: str = ""
    pseudonym: str = ""
    role: str = ""
    source: str = ""


def attribute(template: str, who: Speaker, *, pseudonyms: bool = False) -> str:
    """Fill the template; empty parts and the separators around them disappear, so
    ``({participant}, {role})`` gives ``(P3)`` without a role and ``(P1 interview)`` for a
    segment nobody is known to have said (the source stands in)."""
    name = (who.pseudonym or who.label) if pseudonyms else who.label
    values = {
        "participant": name or who.source,
        "label": who.label,
        "pseudonym": who.pseudonym or who.label,
        "role": who.role,
        "source": who.source,
    }
    text = template.format(**values)
    text = re.sub(r"(\s*[,;/|–-]\s*)+(?=[)\]])", "", text)  # ", )" -> ")"
    text = re.sub(r"(?<=[(\[])(\s*[,;/|–-]\s*)+", "", text)  # "(, " -> "("
    text = re.sub(r"\(\s*\)|\[\s*\]", "", text)
    return " ".join(text.split())


def with_time(attribution: str, time: str) -> str:
    """The attribution with a time in the recording added last inside its brackets:
    ``(P3, iKT panel member)`` -> ``(P3, iKT panel member, 00:12:04)``; an attribution
    without closing bracket gets the time in its own: ``— P3 (00:12:04)``."""
    if not time:
        return attribution
    text = attribution.rstrip()
    if text.endswith((")", "]")):
        inner = text[:-1].rstrip()
        separator = "" if inner.endswith(("(", "[")) else ", "
        return f"{inner}{separator}{time}{text[-1]}"
    return f"{text} ({time})" if text else f"({time})"


@dataclass(frozen=True)
class Candidate:
    """A coded segment that could represent a theme."""

    coding_id: int
    source_id: int
    start: int
    end: int
    participant_id: int | None
    words: int
    codes: frozenset[int] = field(default_factory=frozenset)  # theme codes on this text


def choose_quotes(pinned: Sequence[int], candidates: Sequence[Candidate], count: int) -> list[int]:
    """The coding ids that represent a theme, in report order.

    The rule (stated in the report's methods appendix):
    1. the quotes the researcher pinned to the theme, in their order, all of them;
    2. if fewer than ``count``, the most central other segments said by a participant
       (not the interviewer, when that is known): those whose text carries
       the most of the theme's codes; among equals, those of a participant not yet quoted
       (so one talkative person does not speak for the theme); then the longer one, up to
       ``GOOD_QUOTE_WORDS[1]`` words; then transcript order. A segment overlapping one
       already chosen is skipped, and one shorter than ``GOOD_QUOTE_WORDS[0]`` words only
       fills a place nothing else can.
    """
    chosen = list(dict.fromkeys(pinned))
    taken = {c.coding_id: c for c in candidates if c.coding_id in chosen}
    people = {c.participant_id for c in taken.values()}
    low, high = GOOD_QUOTE_WORDS

    def static(c: Candidate) -> tuple[bool, bool, int, int, int, int]:
        return (c.participant_id is None, c.words < low, -len(c.codes), -min(c.words, high),
                c.source_id, c.start)  # fmt: skip

    # the dynamic preference (a participant not yet quoted) only reorders near the top
    pool = sorted((c for c in candidates if c.coding_id not in taken), key=static)
    pool = pool[: max(200, 20 * count)]
    while len(chosen) < count and pool:

        def rank(c: Candidate) -> tuple[bool, bool, int, bool, int, int, int]:
            return (
                c.participant_id is None,  # interviewer talk, or nobody known
                c.words < low,
                -len(c.codes),
                c.participant_id in people,
                -min(c.words, high),
                c.source_id,
                c.start,
            )

        best = min(pool, key=rank)
        pool.remove(best)
        if any(_overlap(best, other) for other in taken.values()):
            continue
        chosen.append(best.coding_id)
        taken[best.coding_id] = best
        people.add(best.participant_id)
    return chosen


def _overlap(a: Candidate, b: Candidate) -> bool:
    return a.source_id == b.source_id and a.start < b.end and b.start < a.end


@dataclass(frozen=True)
class TurnSpan:
    start: int
    end: int
    speaker: str  # the name written at the start of the turn's paragraph ("Dana")
    is_interviewer: bool
    shown_as: str = ""  # how the report names the speaker ("Interviewer", "P3")


def quote_parts(
    text: str, start: int, end: int, turns: Sequence[TurnSpan], *, include_interviewer: bool
) -> tuple[list[str], bool]:
    """The quote's text in parts, and whether they are dialogue.

    Speaker labels at the start of a turn are dropped and white space is folded. Without
    ``include_interviewer`` interviewer turns are left out (the caller joins the remaining
    parts with an omission mark). With it, a quote over several turns is dialogue: one
    part per turn, each led by the speaker as the report names them. ``turns`` are in
    text order."""
    pieces: list[tuple[str, str, bool]] = []  # (shown as, text, interviewer)
    position = start
    for turn in turns:
        if turn.end <= start or turn.start >= end:
            continue
        if turn.start > position:  # text outside any turn (a preamble, a gap)
            pieces.append(("", _fold(text[position : turn.start]), False))
        s, e = max(start, turn.start), min(end, turn.end)
        piece = text[s:e]
        label = f"{turn.speaker}:"
        if s == turn.start and turn.speaker and piece.startswith(label):
            piece = piece[len(label) :]
        pieces.append((turn.shown_as or turn.speaker, _fold(piece), turn.is_interviewer))
        position = e
    if position < end:
        pieces.append(("", _fold(text[position:end]), False))
    pieces = [p for p in pieces if p[1]]
    if include_interviewer:
        if len(pieces) > 1:
            return [f"{who}: {said}" if who else said for who, said, _ in pieces], True
        return [said for _, said, _ in pieces], False
    return [said for _, said, interviewer in pieces if not interviewer], False


def _fold(text: str) -> str:
    return " ".join(text.split())


def by_role(
    counts: Mapping[str, tuple[int, int]],
    plurals: Mapping[str, str] | None = None,
    lang: Language = ENGLISH,
) -> str:
    """``all 5 iKT panel members and 2 of 3 extended collaborators`` (roles as named in the
    project, pluralised by the user's override, else by rule in English; in another
    language the templates place the role where its singular reads well)."""
    parts = []
    for role, (n, total) in counts.items():
        if not total:
            continue
        people = role
        if total != 1:
            people = (plurals or {}).get(role) or (
                role_plural(role) if lang.pluralise_roles else role
            )
        values = {"role": role, "roles": people, "n": lang.number(n), "total": lang.number(total)}
        if n == total:
            parts.append(lang.t("by_role_the" if total == 1 else "by_role_all", **values))
        else:
            parts.append(lang.t("by_role_some", **values))
    return lang.names(parts)


def range_text(values: Iterable[float], unit: str = "") -> str:
    """``38–61 min``; one value alone; empty without values."""
    numbers = sorted(values)
    if not numbers:
        return ""
    low, high = round(numbers[0]), round(numbers[-1])
    suffix = f" {unit}" if unit else ""
    return f"{low}{suffix}" if low == high else f"{low}–{high}{suffix}"


def counted(items: Iterable[str]) -> str:
    """``Zoom 5, Teams 3``: each distinct non-empty item with its count, commonest first."""
    counts: dict[str, int] = {}
    for item in items:
        if item:
            counts[item] = counts.get(item, 0) + 1
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))
    return ", ".join(f"{name} {n}" for name, n in ordered)


def plural(n: int, word: str, many: str = "") -> str:
    return f"{n} {word if n == 1 else (many or noun(n, word))}"


_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_LTR = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")


def is_rtl(text: str) -> bool:
    """Whether the first strongly directional letter is Hebrew or Arabic script."""
    rtl, ltr = _RTL.search(text), _LTR.search(text)
    return rtl is not None and (ltr is None or rtl.start() < ltr.start())


class NothingToReportError(UserError):
    """The project has no themes or no codings to report (``--draft`` writes anyway)."""

    def __init__(self, missing: Sequence[str]) -> None:
        self.missing = tuple(missing)
        super().__init__(
            "nothing to report yet: " + "; ".join(missing) + " (use a draft to write anyway)"
        )
