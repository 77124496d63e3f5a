"""What the user names as a project: a project file or a team database address
(``postgresql://…``). Light on purpose: the GUI's start and the start page use it, and it
imports neither SQLAlchemy nor a PostgreSQL driver."""

from __future__ import annotations

from pathlib import Path

from ikt_desktop.db.team.url import is_team_url, redact


def is_team_address(text: str) -> bool:
    """Whether ``text`` is a team database address (``postgresql://…``)."""
    return is_team_url(text)


class TeamAddress(str):
    """A team database address as the user typed it (a Path would fold its ``//``);
    printed, formatted or logged, it shows no password."""

    __slots__ = ()

    def __str__(self) -> str:
        return redact(str.__str__(self))

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return f"TeamAddress({str(self)!r})"


def project_location(text: str) -> Path | str:
    """What the user named as a project: a team database address or a project file."""
    return TeamAddress(text.strip()) if is_team_url(text) else Path(text)
