"""Opening a file someone chose as input (a transcript, a guide, a codebook, an exchange
archive, a project to merge) so that it can neither block nor run on without end.

Only a regular file is read: a FIFO, a device (``/dev/zero``, a terminal), a socket or a
folder, or a symbolic link to one, is refused with its kind named. The file is opened
without blocking (a FIFO with no writer would otherwise hang the open) and checked on the
open descriptor, so what is read is what was checked; then at most ``limit`` bytes are
read, however large the file claims or turns out to be.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from typing import BinaryIO

from ikt_desktop.domain.errors import UnreadableFileError

_KINDS = (
    (stat.S_ISDIR, "is a folder, not a file"),
    (stat.S_ISFIFO, "is a pipe (FIFO), not a file"),
    (stat.S_ISCHR, "is a device, not a file"),
    (stat.S_ISBLK, "is a device, not a file"),
    (stat.S_ISSOCK, "is a socket, not a file"),
)


def special_kind(mode: int) -> str | None:
    """Why a file of this ``st_mode`` is not read (``None`` for a regular file)."""
    if stat.S_ISREG(mode):
        return None
    return next((reason for test, reason in _KINDS if test(mode)), "is not a regular file")


def open_input(path: Path, limit: int | None = None, what: str = "the file") -> BinaryIO:
    """``path`` opened for reading, when it is a regular file no larger than ``limit``
    bytes; :class:`UnreadableFileError` with the reason otherwise."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise UnreadableFileError(path, "the file does not exist") from None
    except IsADirectoryError:
        raise UnreadableFileError(path, "is a folder, not a file") from None
    except OSError as exc:
        raise UnreadableFileError(path, f"cannot be read ({exc.strerror})") from None
    try:
        info = os.fstat(fd)
        kind = special_kind(info.st_mode)
        if kind is not None:
            raise UnreadableFileError(path, kind)
        if limit is not None and info.st_size > limit:
            raise UnreadableFileError(
                path, f"too large for {what} ({info.st_size / 2**20:.0f} MB; the limit is "
                f"{limit / 2**20:.0f} MB)",
            )  # fmt: skip
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        with contextlib.suppress(OSError):
            os.close(fd)
        raise


def read_input(path: Path, limit: int, what: str = "the file") -> bytes:
    """The bytes of the regular file ``path``, refused past ``limit`` (even when it grows
    while it is read)."""
    with open_input(path, limit, what) as handle:
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise UnreadableFileError(path, f"cannot be read ({exc.strerror})") from None
    if len(data) > limit:
        raise UnreadableFileError(path, f"too large for {what} (over {limit / 2**20:.0f} MB)")
    return data


def check_input(path: Path) -> None:
    """Refuse ``path`` unless it is a regular file (without opening it)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise UnreadableFileError(path, "the file does not exist") from None
    except OSError as exc:
        raise UnreadableFileError(path, f"cannot be read ({exc.strerror})") from None
    kind = special_kind(mode)
    if kind is not None:
        raise UnreadableFileError(path, kind)
