"""What the window says when another coder got there first (issue 19, item 7): an edit
made on an older version of a code, theme or memo (``StaleEditError``), or an undo that
would take away what another coder has since built on (``UndoRefusedError``). The domain
errors carry who, what and when; the sentences are built here so they can be translated."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.errors import StaleEditError, UndoRefusedError, UserError

FIELDS = {
    "name": QT_TRANSLATE_NOOP("Conflicts", "name"),
    "color": QT_TRANSLATE_NOOP("Conflicts", "colour"),
    "definition": QT_TRANSLATE_NOOP("Conflicts", "definition"),
    "inclusion": QT_TRANSLATE_NOOP("Conflicts", "inclusion rule"),
    "exclusion": QT_TRANSLATE_NOOP("Conflicts", "exclusion rule"),
    "example": QT_TRANSLATE_NOOP("Conflicts", "example"),
    "parent_id": QT_TRANSLATE_NOOP("Conflicts", "place in the codebook"),
    "central_concept": QT_TRANSLATE_NOOP("Conflicts", "central concept"),
    "boundaries": QT_TRANSLATE_NOOP("Conflicts", "boundaries"),
    "narrative": QT_TRANSLATE_NOOP("Conflicts", "narrative"),
    "status": QT_TRANSLATE_NOOP("Conflicts", "status"),
    "title": QT_TRANSLATE_NOOP("Conflicts", "title"),
    "text": QT_TRANSLATE_NOOP("Conflicts", "text"),
    "memo": QT_TRANSLATE_NOOP("Conflicts", "memo"),
    "span": QT_TRANSLATE_NOOP("Conflicts", "span"),
    "code_id": QT_TRANSLATE_NOOP("Conflicts", "code"),
}


def field_names(fields: tuple[str, ...]) -> str:
    names = [
        QCoreApplication.translate("Conflicts", str(FIELDS[f]))
        if f in FIELDS
        else f.replace("_", " ")
        for f in fields
    ]
    if len(names) <= 1:
        return "".join(names)
    return QCoreApplication.translate("Conflicts", "{first} and {last}").format(
        first=", ".join(names[:-1]), last=names[-1]
    )


def local_time(at: dt.datetime) -> str:
    """A change-log time (UTC) as the user's clock shows it."""
    return at.replace(tzinfo=dt.UTC).astimezone().strftime("%H:%M")


def stale_text(exc: StaleEditError) -> str:
    """ "Anna changed the definition of 'Fatigue' at 14:02; your edit was not saved. The
    new definition is shown." (in the user's language)."""
    who = exc.by or QCoreApplication.translate("Conflicts", "Another coder")
    what = field_names(exc.fields)
    if exc.at is not None:
        head = QCoreApplication.translate(
            "Conflicts", "{who} changed the {what} of '{name}' at {time}; your edit was not saved."
        )
        head = head.format(who=who, what=what, name=exc.name, time=local_time(exc.at))
    else:
        head = QCoreApplication.translate(
            "Conflicts", "{who} changed the {what} of '{name}'; your edit was not saved."
        )
        head = head.format(who=who, what=what, name=exc.name)
    return (
        head
        + " "
        + QCoreApplication.translate("Conflicts", "The new {what} is shown.").format(what=what)
    )


def built_on_text(exc: UndoRefusedError) -> str:
    """ "Ben has since applied it to 3 segments." (in the user's language)."""
    who = " & ".join(exc.by) or QCoreApplication.translate("Conflicts", "Another coder")
    if exc.kind == "applied":  # two literals: the English catalogue has no plural forms yet
        if exc.count == 1:
            return QCoreApplication.translate(
                "Conflicts", "{who} has since applied it to 1 segment."
            ).format(who=who)
        return QCoreApplication.translate(
            "Conflicts", "{who} has since applied it to {count} segments."
        ).format(who=who, count=exc.count)
    if exc.kind == "pinned":
        return QCoreApplication.translate(
            "Conflicts", "{who} has since pinned it as a quote of '{theme}'."
        ).format(who=who, theme=exc.name)
    if exc.kind == "quoted":
        if exc.count == 1:
            return QCoreApplication.translate(
                "Conflicts", "{who} has since pinned a quote of it in '{theme}'."
            ).format(who=who, theme=exc.name)
        return QCoreApplication.translate(
            "Conflicts", "{who} has since pinned {count} quotes of it in '{theme}'."
        ).format(who=who, count=exc.count, theme=exc.name)
    if exc.kind == "edited":
        return QCoreApplication.translate(
            "Conflicts", "{who} has since edited this coding of '{code}'."
        ).format(who=who, code=exc.name)
    return QCoreApplication.translate("Conflicts", "{who} has since changed '{name}'.").format(
        who=who, name=exc.name
    )


def reason(exc: UserError) -> str:
    """The one-line reason to show for ``exc``."""
    if isinstance(exc, StaleEditError):
        return stale_text(exc)
    if isinstance(exc, UndoRefusedError):
        return built_on_text(exc)
    return str(exc)


def undo_refused_text(action: str, exc: UserError, *, redo: bool = False) -> str:
    """ "Cannot undo “New Code 'Fatigue'”: Ben has since applied it to 3 segments."."""
    if isinstance(exc, StaleEditError):  # undo compares with what the action wrote
        who = exc.by or QCoreApplication.translate("Conflicts", "Another coder")
        why = QCoreApplication.translate(
            "Conflicts", "{who} has since changed the {what} of '{name}'."
        ).format(who=who, what=field_names(exc.fields), name=exc.name)
    else:
        why = reason(exc)
    head = (
        QCoreApplication.translate("Conflicts", "Cannot redo “{action}”:")
        if redo
        else QCoreApplication.translate("Conflicts", "Cannot undo “{action}”:")
    )
    return head.format(action=action) + " " + why


def changed_by_other(exc: StaleEditError) -> ChangeSet:
    """What a refused edit tells the window: the object another coder changed, so every
    view reads it again (the live feed from the server may not have said so yet)."""
    ident = getattr(exc.current, "id", None)
    if ident is None or exc.entity not in Entity.__members__.values():
        return ChangeSet()
    return ChangeSet.of(Entity(exc.entity), Op.UPDATED, [int(ident)])
