"""Write an output file all at once or not at all.

The writer works on a temporary file beside the target; only when it finishes is the
temporary file moved over the target (atomic on one file system). A failure or a
cancellation leaves an existing file as it was and no half-written file behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ikt_desktop.domain.errors import UnwritableFileError, os_reason


@contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Yield a temporary path to write; replace ``path`` with it when the block succeeds."""
    path = Path(path)
    if path.is_dir():
        raise UnwritableFileError(path, "is a folder, not a file")
    if not path.parent.is_dir():
        raise UnwritableFileError(path, f"the folder {path.parent} does not exist")
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{path.stem}-", suffix=path.suffix + ".part", dir=path.parent
        )
    except OSError as exc:
        raise UnwritableFileError(path, f"cannot write in this folder ({exc.strerror})") from exc
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except PermissionError as exc:
        raise UnwritableFileError(
            path, "cannot be replaced (is it open in Word or Excel?)"
        ) from exc
    except OSError as exc:  # a full disk, a size limit: the half-written file goes
        raise UnwritableFileError(path, f"could not be written ({os_reason(exc)})") from exc
    finally:
        temporary.unlink(missing_ok=True)


_limits: dict[int, int] = {}  # id of an open encrypted project -> its file's mode


def limit_new_files(owner: object, mode: int) -> None:
    """While ``owner`` (an open encrypted project) lives, every file written here gets at
    most the permissions ``mode`` (its project file's): an export of an encrypted project
    is no more readable than the project. Several owners: the strictest wins."""
    _limits[id(owner)] = mode & 0o777


def unlimit_new_files(owner: object) -> None:
    _limits.pop(id(owner), None)


def _ceiling() -> int:
    ceiling = 0o777
    for mode in list(_limits.values()):
        ceiling &= mode
    return ceiling | 0o600  # the owner can always read and write what they exported


def _mode_for(path: Path) -> int:
    """A replaced file keeps its permissions; a new one gets what the user's umask gives
    any new file (mkstemp's temporary files are owner-only); neither more than an open
    encrypted project allows (:func:`limit_new_files`)."""
    try:
        return path.stat().st_mode & 0o777 & _ceiling()
    except OSError:
        mask = os.umask(0o022)  # read the umask (there is no other way), then restore it
        os.umask(mask)
        return 0o666 & ~mask & _ceiling()
