"""Exceptions a user can fix. The UI shows their message as a plain dialog; the CLI prints
it on one line. Every message names the file (when there is one) and the reason."""

from __future__ import annotations

import datetime as dt
import errno
from pathlib import Path

_FULL = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT}


class UserError(Exception):
    """A problem the user can understand and fix (not a bug)."""


class ProjectFileError(UserError):
    """A project file cannot be used. ``path`` is the file, ``reason`` the why."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class NotAProjectError(ProjectFileError):
    """The file is not an iKT Desktop project (or is damaged)."""


class NewerSchemaError(ProjectFileError):
    """The file was written by a newer version of iKT Desktop."""


class ProjectLockedError(ProjectFileError):
    """Another running instance has the project open for writing."""

    def __init__(self, path: Path | str, holder: str) -> None:
        self.holder = holder
        super().__init__(path, f"the project is open in another iKT Desktop window ({holder})")


class UnwritableProjectError(ProjectFileError):
    """The project file (or its folder) does not allow writing; it can be opened read-only."""


class ReadOnlyProjectError(ProjectFileError):
    """A change was attempted on a project opened read-only."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(path, "the project is open read-only; changes are not saved")


class ReadOnlyFileError(UnwritableProjectError):
    """The project file's permissions forbid writing: it is refused for writing (never
    replaced by a rewrite) and can still be opened read-only."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            "the project file is read-only (its permissions forbid changes); open it "
            "read-only, or allow writing to it first",
        )


class ValidationError(UserError):
    """A requested change breaks a rule (empty name, span out of range, cycle...)."""


class NotFoundError(UserError):
    """The entity an action refers to no longer exists."""


class UnreadableFileError(UserError):
    """An input file (transcript, exchange file) cannot be read: ``path``: ``reason``."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


class Cancelled(UserError):
    """The user cancelled long work (an export, an import); nothing was written."""

    def __init__(self, what: str = "the work") -> None:
        super().__init__(f"{what} was cancelled; nothing was written")


class UnwritableFileError(UserError):
    """An output file (report, workbook, exchange file) cannot be written."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class PasswordRequiredError(ProjectFileError):
    """The project is encrypted and no password was given (the UI asks for one)."""

    def __init__(self, path: Path | str, reason: str = "") -> None:
        super().__init__(path, reason or "this project is encrypted: a password is needed")


class WrongPasswordError(ProjectFileError):
    """The password does not open the encrypted project (the file is unchanged)."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path, "the password is wrong (or the file is damaged); the file was not changed"
        )


def os_reason(exc: OSError) -> str:
    """What an operating-system error means for the user, in a few words."""
    if exc.errno in _FULL:
        return "the disk is full, or a file size limit was reached"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return exc.strerror or str(exc)


def is_disk_full(exc: BaseException) -> bool:
    """An OSError, or a SQLite error, saying there is no room to write."""
    if isinstance(exc, OSError):
        return exc.errno in _FULL
    text = str(exc).lower()
    return "disk is full" in text or "disk i/o error" in text


class StaleEditError(UserError):
    """An edit was made on what its user saw, but another coder has changed the same
    thing since (issue 19, item 7): nothing was saved. ``by`` is who changed it last
    (empty when the change log does not say), ``at`` when (UTC), ``current`` the fresh
    value (a DTO) for the editor to show, ``fields`` the fields that differ."""

    def __init__(
        self,
        entity: str,
        name: str,
        fields: tuple[str, ...],
        by: str,
        at: dt.datetime | None,
        current: object,
    ) -> None:
        self.entity, self.name, self.fields = entity, name, fields
        self.by, self.at, self.current = by, at, current
        what = " and ".join(f.replace("_", " ") for f in fields) or "it"
        when = f" at {at:%H:%M} UTC" if at is not None else ""
        super().__init__(
            f"{by or 'Another coder'} changed the {what} of {entity} {name!r}{when}; "
            "your edit was not saved."
        )


class UndoRefusedError(UserError):
    """Undoing an action would take away what another coder has since built on it: ``by``
    (their names) ``did`` something (e.g. "applied it to 3 segments"); nothing changed.
    ``count`` is how many things they did, ``kind`` what: "applied" (codings of the code),
    "pinned" (a coding, as a quote of theme ``name``), "quoted" (quotes of a code in
    theme ``name``), "edited" (a coding's span, code
    or memo), "changed" (what the undo would put back)."""

    def __init__(self, by: tuple[str, ...], kind: str, count: int, name: str) -> None:
        self.by, self.kind, self.count, self.name = by, kind, count, name
        who = " and ".join(by) or "another coder"
        verb = "has" if len(by) <= 1 else "have"
        if kind == "applied":
            did = f"applied it to {count} segment{'s' if count != 1 else ''}"
        elif kind == "pinned":
            did = f"pinned it as a quote of {name!r}"
        elif kind == "quoted":
            did = f"pinned {count} quote{'s' if count != 1 else ''} of it in {name!r}"
        elif kind == "edited":
            did = f"edited this coding of {name!r}"
        else:
            did = f"changed {name!r}"
        super().__init__(f"{who} {verb} since {did}.")
