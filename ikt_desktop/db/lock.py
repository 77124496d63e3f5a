"""One writer at a time per *file*, whatever path or link reaches it.

The lock is an OS lock on the project file itself, so it belongs to the file (its device
and inode), not to the name it was opened by: a hard link, a symbolic link or a second
mount of the same folder all meet the same lock. SQLite keeps a write-ahead log per
*name*, so two writers through two names would corrupt the file; this lock is what
makes that impossible.

* Linux: an open-file-description lock (``F_OFD_SETLK``) on one byte of the file.
* Elsewhere a lock file named after the file's identity (device and inode, or volume
  serial and file index on Windows) in the app's private lock folder, locked with
  ``flock`` (macOS, BSD: there ``flock`` on the database itself could conflict with
  SQLite's own ``fcntl`` locks) or ``msvcrt.locking`` (Windows: a handle held open on the
  database would stop the atomic rename of a rewrite). One user's names for the file meet
  there; other users and other machines meet at the note below only by the same name.

The byte is in SQLite's *lock-byte page* (the page at 1 GiB that never holds data), just
past the 512 bytes SQLite itself locks there, so it never overlaps SQLite's locks and no
read or write of the database ever touches it. The operating system drops the lock when
its holder exits, even by ``kill -9``.

Beside the project, ``NAME.ikt.lock`` is only a note saying who holds the lock (for the
message a second writer sees); a note left behind by a crash means nothing.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import struct
import sys
from pathlib import Path

from ikt_desktop import paths
from ikt_desktop.db.models import utcnow
from ikt_desktop.domain.errors import ProjectFileError, ProjectLockedError, ReadOnlyFileError

PENDING_BYTE = 0x40000000  # SQLite's lock-byte page starts here
LOCK_BYTE = PENDING_BYTE + 512  # past SQLite's pending, reserved and 510 shared bytes
RETRIES = 5  # the name was moved to another file between opening and locking: try again

Identity = tuple[int, int]  # (device, inode)
_held: set[Identity] = set()  # the files this process holds (a second writer here is refused)


def lock_path(project: Path) -> Path:
    """The holder note beside ``project``."""
    return project.with_name(project.name + ".lock")


def identity(path: Path) -> Identity:
    st = os.stat(path)
    return st.st_dev, st.st_ino


def _ofd_lock(fd: int) -> bool:
    import fcntl

    # struct flock: l_type, l_whence, l_start, l_len, l_pid (0 for an OFD lock)
    request = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, LOCK_BYTE, 1, 0)
    try:
        fcntl.fcntl(fd, fcntl.F_OFD_SETLK, request)  # type: ignore[attr-defined,unused-ignore]
    except OSError:
        return False
    return True


def _windows_lock(fd: int) -> bool:
    import msvcrt

    os.lseek(fd, LOCK_BYTE, os.SEEK_SET)
    try:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined,unused-ignore]
    except OSError:
        return False
    return True


def _flock(fd: int) -> bool:
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def locks_file_itself() -> bool:
    """Whether this platform locks the project file itself (else an identity lock file)."""
    if sys.platform == "win32":
        return False
    import fcntl

    return hasattr(fcntl, "F_OFD_SETLK")


def _identity_lock_file(ident: Identity) -> Path:
    folder = paths.data_dir() / "locks"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{ident[0]}-{ident[1]}.lock"


def _try_lock(fd: int, on_file: bool) -> bool:
    if sys.platform == "win32":
        return _windows_lock(fd)
    return _ofd_lock(fd) if on_file else _flock(fd)


def _describe(project: Path) -> str:
    try:
        info = json.loads(lock_path(project).read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            if os.stat(project).st_nlink > 1:
                return "opened through another name of this file (a hard link)"
        return "holder unknown"
    return f"{info.get('user', '?')} on {info.get('host', '?')}, process {info.get('pid', '?')}"


def _open(target: Path, project: Path, create: bool) -> int:
    flags = os.O_RDWR | getattr(os, "O_BINARY", 0)  # a write lock needs a writable descriptor
    if create:
        flags |= os.O_CREAT | os.O_EXCL  # a new project: never take over an existing file
    elif target != project:
        flags |= os.O_CREAT
    try:
        return os.open(target, flags, 0o666)
    except FileExistsError as exc:
        raise ProjectFileError(project, "a file with this name already exists") from exc
    except PermissionError as exc:
        if target == project:
            raise ReadOnlyFileError(project) from exc
        reason = f"cannot open {target} to lock it ({exc.strerror})"
        raise ProjectFileError(project, reason) from exc
    except OSError as exc:
        reason = f"cannot open the file to lock it ({exc.strerror})"
        raise ProjectFileError(project, reason) from exc


class ProjectLock:
    """Held while a project is open for writing. Use :meth:`acquire`, then :meth:`release`."""

    def __init__(self, project: Path, fds: list[int], ident: Identity) -> None:
        self.project = project
        self._fds = fds
        self.identity = ident

    @classmethod
    def acquire(cls, project: Path, *, create: bool = False) -> ProjectLock:
        """Lock ``project`` (an existing file; with ``create``, a new empty file made here
        and never one that exists). Raises :class:`ProjectLockedError` when another writer,
        in this process or another, holds the same file by any name."""
        if not create:
            refuse_read_only(project)
        for _ in range(RETRIES):
            if not create and project.exists() and identity(project) in _held:
                raise ProjectLockedError(project, f"this program, process {os.getpid()}")
            fd = _open(project, project, create)
            ident = _fd_identity(fd)
            on_file = locks_file_itself()
            if not on_file:
                os.close(fd)
                fd = _open(_identity_lock_file(ident), project, False)
            fds = [fd]
            if not on_file:  # also the name's note, as before: other users, other machines
                fds.append(_open(lock_path(project), project, False))
            if not all(_try_lock(f, on_file and f == fd) for f in fds):
                _close(fds)
                raise ProjectLockedError(project, _describe(project))
            with contextlib.suppress(OSError):
                if identity(project) == ident:  # the name still leads to the file we locked
                    lock = cls(project, fds, ident)
                    _held.add(ident)
                    lock._write_note()
                    return lock
            _close(fds)
            create = False
        raise ProjectFileError(project, "the file keeps being replaced; try again")

    def _write_note(self) -> None:
        info = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "user": getpass.getuser(),
            "since": utcnow().isoformat(timespec="seconds") + "Z",
        }
        with contextlib.suppress(OSError):  # the note is a courtesy; the lock is the OS's
            lock_path(self.project).write_text(json.dumps(info), encoding="utf-8")

    @property
    def held(self) -> bool:
        return bool(self._fds)

    def release(self) -> None:
        if not self._fds:
            return
        fds, self._fds = self._fds, []
        # Remove the note while still holding the lock, so nobody's fresh note is deleted.
        with contextlib.suppress(OSError):
            lock_path(self.project).unlink()
        _held.discard(self.identity)
        _close(fds)  # closing the descriptors drops the OS locks


def _close(fds: list[int]) -> None:
    for fd in fds:
        with contextlib.suppress(OSError):
            os.close(fd)


def refuse_read_only(project: Path) -> None:
    """:class:`ReadOnlyFileError` when the file's permissions forbid writing (even to a
    process that could override them: a read-only project is never written or replaced)."""
    with contextlib.suppress(FileNotFoundError):
        mode = os.stat(project).st_mode
        if not mode & 0o222 or not os.access(project, os.W_OK):
            raise ReadOnlyFileError(project)


def refuse_foreign_log(project: Path, in_wal_mode: bool) -> None:
    """Refuse to write through ``project`` when the file is in write-ahead-log mode (it was
    not closed cleanly), has other names (hard links) and has no log under this name: the
    log of its last writer is then under another name, and writing here would corrupt the
    file once that log is replayed. Call it holding the lock."""
    if not in_wal_mode or os.stat(project).st_nlink < 2:
        return
    wal, shm = (project.with_name(project.name + s) for s in ("-wal", "-shm"))
    with contextlib.suppress(OSError):  # a reader may have made an empty one: not a log
        if os.stat(wal).st_size > 0:
            return
    for empty in (wal, shm):  # what our own look at the file made under this name
        with contextlib.suppress(OSError):
            empty.unlink()
    raise ProjectFileError(
        project,
        "the project was not closed cleanly under another name of this file (a hard link); "
        "open it once by that name so its last changes are saved, then close it",
    )


def _fd_identity(fd: int) -> Identity:
    st = os.fstat(fd)
    return st.st_dev, st.st_ino
