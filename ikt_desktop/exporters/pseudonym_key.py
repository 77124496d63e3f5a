"""The pseudonymisation key (the replacement list) as a file of its own.

Three forms, chosen by the caller:

* ``.csv`` — plain text: ``term,replacement,kind`` (UTF-8 with BOM, for Excel);
* ``.json`` — plain text: ``{"format": "ikt-pseudonym-key", "entries": [...]}``;
* encrypted (a password is given; any suffix): a JSON envelope whose ``token`` is the plain
  JSON encrypted with Fernet (AES-128-CBC + HMAC-SHA256, from the ``cryptography``
  package) under a key derived from the password with scrypt (n=2**15, r=8, p=1, a random
  16-byte salt stored in the envelope). A wrong password or an altered file is refused.

Written with :func:`atomic_output`: all of it or nothing.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.privacy.pseudonyms import Entry, entries_from_json, entries_to_json
from ikt_desktop.exporters.files import atomic_output

FORMAT = "ikt-pseudonym-key"
ENCRYPTED = "ikt-pseudonym-key-encrypted"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1


def _plain(entries: Sequence[Entry], ignore_case: bool) -> dict[str, Any]:
    return {"format": FORMAT, "version": 1, "ignore_case": ignore_case,
            "entries": entries_to_json(entries)}  # fmt: skip


def _fernet_key(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    raw = Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(password.encode("utf-8"))
    return base64.urlsafe_b64encode(raw)


def write_key(
    path: Path, entries: Sequence[Entry], *, ignore_case: bool = True, password: str | None = None
) -> Path:
    """Write the key to ``path`` (see the module's docstring for the forms)."""
    path = Path(path)
    if password is not None:
        if not password:
            raise ValidationError("An encrypted key needs a password.")
        from cryptography.fernet import Fernet

        salt = os.urandom(16)
        plain = json.dumps(_plain(entries, ignore_case), ensure_ascii=False).encode("utf-8")
        token = Fernet(_fernet_key(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)).encrypt(plain)
        data = json.dumps({
            "format": ENCRYPTED, "version": 1, "cipher": "fernet",
            "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
                    "salt": base64.b64encode(salt).decode("ascii")},
            "token": token.decode("ascii"),
        }, indent=1)  # fmt: skip
    elif path.suffix.lower() == ".csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["term", "replacement", "kind"])
        writer.writerows([e.term, e.replacement, e.kind] for e in entries)
        data = "\ufeff" + buffer.getvalue()
    else:
        data = json.dumps(_plain(entries, ignore_case), ensure_ascii=False, indent=1)
    with atomic_output(path) as temporary:
        temporary.write_text(data, encoding="utf-8", newline="")
    return path


def read_key(path: Path, password: str | None = None) -> tuple[list[Entry], bool]:
    """The entries and the ignore-case flag of a key file written by :func:`write_key`."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"{path.name}: cannot read the key ({exc}).") from exc
    if path.suffix.lower() == ".csv" and not text.lstrip().startswith("{"):
        rows = list(csv.reader(io.StringIO(text)))
        return [Entry(r[0], r[1], r[2] if len(r) > 2 else "user")
                for r in rows[1:] if len(r) >= 2], True  # fmt: skip
    try:
        data = json.loads(text)
        if data.get("format") == ENCRYPTED:
            if not password:
                raise ValidationError(f"{path.name}: the key is encrypted; give its password.")
            from cryptography.fernet import Fernet, InvalidToken

            kdf = data["kdf"]
            key = _fernet_key(password, base64.b64decode(kdf["salt"]), int(kdf["n"]),
                              int(kdf["r"]), int(kdf["p"]))  # fmt: skip
            try:
                data = json.loads(Fernet(key).decrypt(data["token"].encode("ascii")))
            except InvalidToken:
                raise ValidationError(
                    f"{path.name}: wrong password, or the file was altered."
                ) from None
        if data.get("format") != FORMAT:
            raise ValidationError(f"{path.name}: not an iKT pseudonym key.")
        return entries_from_json(data["entries"]), bool(data.get("ignore_case", True))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ValidationError(f"{path.name}: not a readable pseudonym key ({exc}).") from exc
