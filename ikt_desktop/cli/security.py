"""Encrypted projects on the command line.

``ikt-desktop new PROJECT.ikt --encrypt``, ``encrypt PROJECT.ikt``, ``decrypt PROJECT.ikt``
and ``passwd PROJECT.ikt``. Every other command opens an encrypted project through the
same path: the password comes from ``IKT_DESKTOP_PASSWORD``, or a prompt when stdin is a
terminal; otherwise the command fails with one line. A new password (``passwd``) comes
from ``IKT_DESKTOP_NEW_PASSWORD`` or a prompt. Passwords are never printed or logged.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ikt_desktop.db.cipher import Password, set_password_source
from ikt_desktop.domain.errors import PasswordRequiredError, ValidationError
from ikt_desktop.services.privacy.plaintext_copies import plaintext_copies
from ikt_desktop.services.privacy.pseudonym_copies import secure_delete
from ikt_desktop.services.privacy.security import change_password, decrypt_project, encrypt_project

PASSWORD_ENV = "IKT_DESKTOP_PASSWORD"
NEW_PASSWORD_ENV = "IKT_DESKTOP_NEW_PASSWORD"
Prompt = Callable[[str], str]


def read_password(
    path: Path, env: str, *, new: bool = False, prompt: Prompt | None = None
) -> Password:
    """The password for ``path`` from ``env``, or asked on the terminal (twice when it
    is a ``new`` one)."""
    value = os.environ.get(env)
    if value:
        return Password(value)
    if prompt is None:
        if not sys.stdin.isatty():
            what = "a new password is needed" if new else (
                "this project is encrypted: a password is needed")  # fmt: skip
            raise PasswordRequiredError(path, f"{what} (set {env}, or run in a terminal)")
        prompt = getpass.getpass
    text = prompt(f"{'New password' if new else 'Password'} for {path.name}: ")
    if new and prompt(f"Repeat the new password for {path.name}: ") != text:
        raise ValidationError("the two passwords differ; nothing was changed")
    return Password(text)


@contextmanager
def password_source() -> Iterator[None]:
    """While a command runs: encrypted projects opened without a password ask here (once
    per file)."""
    asked: dict[Path, Password] = {}

    def source(path: Path) -> Password:
        key = Path(path).resolve()
        if key not in asked:
            asked[key] = read_password(key, PASSWORD_ENV)
        return asked[key]

    set_password_source(source)
    try:
        yield
    finally:
        set_password_source(None)


def new_password(args: argparse.Namespace) -> Password | None:
    """The password of ``new --encrypt`` (None without ``--encrypt``)."""
    if not getattr(args, "encrypt", False):
        return None
    return read_password(args.project, PASSWORD_ENV, new=True)


def _done(args: argparse.Namespace, encrypted: bool, human: str) -> int:
    path = str(args.project.resolve())
    data = {"project": path, "encrypted": encrypted}
    print(json.dumps(data, ensure_ascii=False) if args.json else f"{human} {path}")
    return 0


def add_encrypt_arguments(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("--delete-plaintext-copies", action="store_true",
                     help="securely delete the snapshots and backups of the project that "
                     "are still plain text")  # fmt: skip


def run_encrypt(args: argparse.Namespace) -> int:
    password = read_password(args.project, PASSWORD_ENV, new=True)
    encrypt_project(args.project, password)
    copies = plaintext_copies(args.project, password)
    deleted = secure_delete(copies.all) if args.delete_plaintext_copies else 0
    path = str(args.project.resolve())
    if args.json:
        data = {"project": path, "encrypted": True, "plaintext_copies": len(copies.all),
                "deleted": deleted, "kept": [str(p) for p in copies.all][deleted:]}  # fmt: skip
        print(json.dumps(data, ensure_ascii=False))
        return 0
    print(f"Encrypted {path}")
    if not copies:
        print("No plain-text copy of the project was found.")
    elif deleted:
        print(f"Found {len(copies.all)} plain-text copies (snapshots, backups); "
              f"deleted {deleted} securely.")  # fmt: skip
    else:
        print(f"Found {len(copies.all)} plain-text copies (snapshots, backups) that anyone "
              "with the files can read; --delete-plaintext-copies deletes them:")  # fmt: skip
        for copy in copies.all:
            print(f"  {copy}")
    return 0


def run_decrypt(args: argparse.Namespace) -> int:
    decrypt_project(args.project, read_password(args.project, PASSWORD_ENV))
    return _done(args, False, "Removed the encryption of")


def run_passwd(args: argparse.Namespace) -> int:
    old = read_password(args.project, PASSWORD_ENV)
    change_password(args.project, old, read_password(args.project, NEW_PASSWORD_ENV, new=True))
    return _done(args, True, "Changed the password of")
