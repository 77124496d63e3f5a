"""Encrypted project files: SQLCipher 4 (AES-256, HMAC-SHA512 per page, PBKDF2-HMAC-SHA512
with 256,000 iterations) through the ``sqlcipher3`` package.

A file is encrypted as a whole; it opens in any SQLCipher 4 tool with its password. The
password lives only in memory, in a :class:`Password` held by the open ``Store``: its
``repr`` hides it, and it never reaches a log, a setting or an exception message.

The key derivation is deliberately slow (that is what protects a weak password), so we
run it once per file salt and hand SQLCipher the raw derived key (``x'key+salt'``) on every
later connection: opening a pool connection, a snapshot or a backup costs no second
derivation. Copies made with the same key (snapshots, backups) reuse the file's salt.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ikt_desktop.domain.errors import PasswordRequiredError, ValidationError

KDF_ITERATIONS = 256_000  # SQLCipher 4's default, kept (see bench/README.md)
KEY_BYTES = 32
SALT_BYTES = 16
PAGE_SIZE = 4096  # SQLCipher 4's default page size
COMPATIBILITY = 4  # pin SQLCipher 4's settings so our key derivation stays SQLCipher's
SQLITE_HEADER = b"SQLite format 3\x00"  # the first bytes of every plain SQLite file
HEAD_BYTES = 1024  # how much of a file's start is read to tell what it is


class Password:
    """A project password, only ever in memory. ``str``/``repr`` never show it."""

    __slots__ = ("_keys", "_secret")

    def __init__(self, secret: str) -> None:
        if not secret:
            raise ValidationError("the password must not be empty")
        if "\x00" in secret:
            raise ValidationError("the password must not contain a NUL character")
        self._secret = secret
        self._keys: dict[bytes, bytes] = {}

    def __repr__(self) -> str:
        return "Password(***)"

    __str__ = __repr__

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("a password is never pickled")

    def matches(self, other: str) -> bool:
        return other == self._secret

    def raw_key(self, salt: bytes) -> str:
        """SQLCipher's raw key for a file with ``salt``: the PBKDF2 key and the salt, hex."""
        key = self._keys.get(salt)
        if key is None:
            from cryptography.hazmat.primitives import hashes  # for an encrypted file only
            from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

            kdf = PBKDF2HMAC(hashes.SHA512(), KEY_BYTES, salt, KDF_ITERATIONS)
            key = self._keys[salt] = kdf.derive(self._secret.encode("utf-8"))
        return f"x'{key.hex()}{salt.hex()}'"


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def file_salt(path: Path) -> bytes | None:
    """The salt in the first bytes of an encrypted file (None for a new or empty file)."""
    try:
        with open(path, "rb") as handle:
            salt = handle.read(SALT_BYTES)
    except FileNotFoundError:
        return None
    return salt if len(salt) == SALT_BYTES else None


@dataclass(frozen=True)
class FileHead:
    """What the start of a file tells, read once: plain SQLite, a SQLCipher database (whole
    pages of bytes that look random; a text or office file does not), or neither; and for
    an encrypted file its salt."""

    size: int
    head: bytes

    @property
    def plain(self) -> bool:
        return self.head.startswith(SQLITE_HEADER)

    @property
    def encrypted(self) -> bool:
        return (
            not self.plain
            and self.size >= PAGE_SIZE
            and self.size % 512 == 0
            and len(set(self.head)) > 160
        )

    @property
    def salt(self) -> bytes | None:
        return self.head[:SALT_BYTES] if self.encrypted else None


def read_head(path: Path) -> FileHead:
    """The first :data:`HEAD_BYTES` of ``path`` and its size (raises ``OSError``)."""
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        return FileHead(size, handle.read(HEAD_BYTES))


# -- where a password comes from when none was given (the CLI's prompt) ---------------------

PasswordSource = Callable[[Path], Password]
_source: list[PasswordSource] = []


def set_password_source(source: PasswordSource | None) -> None:
    """Install (or remove) the function asked for the password of an encrypted file opened
    without one. The CLI installs one (environment variable or prompt); the GUI asks with
    its own dialog instead, catching :class:`PasswordRequiredError`."""
    _source.clear()
    if source is not None:
        _source.append(source)


def password_for(path: Path, given: Password | None) -> Password:
    """``given``, or the installed source's answer; :class:`PasswordRequiredError` when
    there is neither."""
    if given is not None:
        return given
    if _source:
        return _source[0](path)
    raise PasswordRequiredError(path)
