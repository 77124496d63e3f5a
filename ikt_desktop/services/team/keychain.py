"""Team project addresses and their passwords (issue 19, item 4).

An address is built from what File ▸ Open Team Project… asks (host, port, database, user)
and checked by the same TLS rule as any other (``db/team/url.py``). The password is never
part of the address that is shown, remembered in the recent list or logged: it is passed
to libpq on its own, and, when the user asks, kept in the operating system's keychain
through the ``keyring`` package under the address without a password. When no keychain
is available (a headless machine, CI) remembering is not offered.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from urllib.parse import quote

from ikt_desktop.db.team.url import TeamDatabaseError, TeamUrl, parse, redact

log = logging.getLogger(__name__)

SERVICE = "iKT Desktop team project"
DEFAULT_PORT = 5432
_HOST = re.compile(r"[A-Za-z0-9.\-]*|\[?[0-9A-Fa-f:.]+\]?")  # a name, IPv4 or IPv6 ("": local)


@dataclass(frozen=True)
class TeamLogin:
    """What the dialog asks: where the database is and who connects."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    def address(self) -> str:
        """The libpq URL without a password (a host starting with ``/`` is a socket folder)."""
        user = quote(self.user.strip(), safe="")
        database = quote(self.database.strip(), safe="")
        host = self.host.strip()
        if host.startswith("/"):
            return f"postgresql://{user}@/{database}?host={quote(host, safe='/')}"
        netloc = f"[{host}]" if ":" in host and not host.startswith("[") else host
        port = f":{self.port}" if self.port and self.port != DEFAULT_PORT else ""
        return f"postgresql://{user}@{netloc}{port}/{database}"

    def check(self) -> TeamUrl:
        """The checked address; raises :class:`TeamDatabaseError` with the reason."""
        if not self.database.strip():
            raise TeamDatabaseError(self.address(), "name the database")
        if not self.user.strip():
            raise TeamDatabaseError(self.address(), "name the user you connect as")
        host = self.host.strip()
        if not (host.startswith("/") or _HOST.fullmatch(host)):
            raise TeamDatabaseError(self.address(), f"“{host}” is not a server name, an "
                                    "address or a socket folder (/…)")  # fmt: skip
        return parse(self.address())


def describe(address: str) -> tuple[str, str]:
    """(the database, "user@host") of a team address, for lists; never the password."""
    try:
        url = parse(address)
    except TeamDatabaseError:
        return redact(address), ""
    host = "" if url.local and (not url.host or url.host.startswith("/")) else url.host
    where = f"{url.user}@{host}" if host else url.user
    return url.database, where


def key_for(address: str) -> str:
    """The keychain entry's name: the address without any password."""
    return redact(address.strip()).replace(":***@", "@")


def available() -> str:
    """Empty when a keychain can keep passwords; otherwise why not (one line)."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring configuration: say so, never crash
        return f"the system keychain cannot be used ({exc})"
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return "no system keychain is available on this computer"
    return ""


def remembered(address: str) -> str:
    """The password kept for ``address`` ("" when none, or no keychain)."""
    if available():
        return ""
    import keyring

    try:
        return keyring.get_password(SERVICE, key_for(address)) or ""
    except Exception:  # keyring.errors.KeyringError, a locked keychain, a D-Bus error
        log.warning("could not read the keychain for %s", key_for(address), exc_info=True)
        return ""


def remember(address: str, password: str) -> str:
    """Keep ``password`` for ``address``; returns "" or why it could not (one line)."""
    reason = available()
    if reason:
        return reason
    import keyring

    try:
        keyring.set_password(SERVICE, key_for(address), password)
    except Exception as exc:
        return f"the password was not remembered: the keychain refused ({exc})"
    return ""


def forget(address: str) -> None:
    """Remove a kept password (nothing happens when there is none)."""
    if available():
        return
    import keyring

    try:
        keyring.delete_password(SERVICE, key_for(address))
    except Exception:  # keyring.errors.PasswordDeleteError: there was none
        return
