"""Team project addresses: libpq URLs (``postgresql://user@host/db``, Unix sockets as
``postgresql://user@/db?host=/run/postgresql``), the TLS rule, and redaction.

TLS is required (``sslmode=verify-full``) except for localhost and Unix sockets: a URL to
another host gets ``verify-full`` when it names no ``sslmode``, and a weaker mode is
refused. A URL is never printed with its password (``redact``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ikt_desktop.domain.errors import ProjectFileError

SCHEMES = ("postgresql://", "postgres://")
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
STRONG_TLS = "verify-full"
_PASSWORD_IN_URL = re.compile(r"(://[^:/@?#]*):[^@/?#]*@")
_PASSWORD_PARAM = re.compile(r"(password=)[^&\s]*", re.IGNORECASE)


class TeamDatabaseError(ProjectFileError):
    """A team database cannot be used: the message names the (redacted) URL and why."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(redact(url), reason)
        self.url = redact(url)
        self.args = (f"{self.url}: {reason}",)

    def __str__(self) -> str:
        return str(self.args[0])


def is_team_url(text: str) -> bool:
    return text.strip().lower().startswith(SCHEMES)


def redact(text: str) -> str:
    """``text`` (a URL, a conninfo or a message quoting one) without any password."""
    return _PASSWORD_PARAM.sub(r"\1***", _PASSWORD_IN_URL.sub(r"\1:***@", text))


@dataclass(frozen=True)
class TeamUrl:
    """A checked team address: ``conninfo`` is what libpq gets; ``display`` is safe to show."""

    conninfo: str = field(repr=False)  # may hold a password
    database: str
    user: str
    host: str  # "" or a socket folder: local
    display: str  # the URL as given, without its password

    @property
    def local(self) -> bool:
        return _is_local(self.host)


def _is_local(host: str) -> bool:
    hosts = [h.strip() for h in host.split(",") if h.strip()]
    return all(h.startswith("/") or h.startswith("@") or h in LOCAL_HOSTS for h in hosts)


def parse(url: str, password: str = "") -> TeamUrl:
    """Check ``url`` and apply the TLS rule; raise :class:`TeamDatabaseError` if it cannot
    be used (not a postgresql:// URL, no database, weak TLS to another host). A
    ``password`` given apart (the keychain's, the dialog's) goes to libpq only."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    url = url.strip()
    if not is_team_url(url):
        raise TeamDatabaseError(url, "not a team database address (postgresql://…)")
    try:
        params = {k: str(v) for k, v in conninfo_to_dict(url).items() if v is not None}
    except Exception as exc:  # psycopg.ProgrammingError: the message may quote the URL
        raise TeamDatabaseError(url, f"not a valid address ({redact(str(exc))})") from None
    database = params.get("dbname", "")
    if not database:
        raise TeamDatabaseError(url, "the address names no database (postgresql://user@host/DB)")
    host = params.get("host", "") or params.get("hostaddr", "")
    if not _is_local(host):
        mode = params.setdefault("sslmode", STRONG_TLS)
        if mode != STRONG_TLS:
            raise TeamDatabaseError(
                url, f"sslmode={mode} is not allowed for a server on another machine: team "
                f"projects need sslmode={STRONG_TLS} (TLS with the server's certificate "
                "checked)",
            )  # fmt: skip
    if password:
        params["password"] = password
    conninfo = make_conninfo(url, **params)
    return TeamUrl(conninfo, database, params.get("user", ""), host, redact(url))
