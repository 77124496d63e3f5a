"""Reading exchange files that may be hostile: zip archives and XML.

Nothing is ever extracted to disk: entries are read into memory, within limits. An archive
is refused as a whole, before anything is read, when any entry has an absolute path or a
``..`` component, is a symbolic link or encrypted, or when the declared sizes or the
compression ratio are those of a zip bomb; reading stops as soon as an entry inflates past
what it declared. XML is parsed without a DTD: a document that has one (entities,
billion laughs, external references) is refused, never resolved.
"""

from __future__ import annotations

import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from lxml import etree

from ikt_desktop.domain.errors import UnreadableFileError
from ikt_desktop.importers.input_files import open_input

_DRIVE = re.compile(r"^[A-Za-z]:")
_CHUNK = 1 << 20


@dataclass(frozen=True)
class ArchiveLimits:
    """What an archive may unpack to. Generous for real projects (a 100-transcript,
    100,000-coding project is about 60 MB unpacked), fatal for bombs."""

    max_entries: int = 50_000
    max_entry_bytes: int = 1 << 30  # 1 GiB
    max_total_bytes: int = 4 << 30  # 4 GiB
    max_ratio: float = 200.0  # uncompressed / compressed, for entries above ratio_floor
    ratio_floor: int = 1 << 20


DEFAULT_LIMITS = ArchiveLimits()


def _clean_name(name: str) -> str | None:
    """The entry's path with ``/`` separators, or ``None`` if it points outside."""
    name = name.replace("\\", "/")
    if name.startswith("/") or _DRIVE.match(name):
        return None
    parts = PurePosixPath(name).parts
    if any(part == ".." for part in parts):
        return None
    return "/".join(p for p in parts if p not in ("", "."))


class SafeArchive:
    """A zip archive checked entry by entry; use :meth:`read` to get an entry's bytes."""

    def __init__(self, path: Path, limits: ArchiveLimits = DEFAULT_LIMITS) -> None:
        self.path = Path(path)
        self.limits = limits
        self._read_total = 0
        self._file = open_input(self.path)  # a regular file (never a FIFO or a device)
        try:
            self._zip = zipfile.ZipFile(self._file)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            self._file.close()
            raise UnreadableFileError(
                self.path, f"not a REFI-QDA project archive (not a valid zip file: {exc})"
            ) from None
        self._entries: dict[str, zipfile.ZipInfo] = {}
        try:
            self._check()
        except BaseException:
            self.close()
            raise

    def _refuse(self, reason: str) -> UnreadableFileError:
        return UnreadableFileError(self.path, f"refused: {reason}; nothing was imported")

    def _check(self) -> None:
        infos = self._zip.infolist()
        if len(infos) > self.limits.max_entries:
            raise self._refuse(f"the archive has {len(infos):,} entries (a zip bomb?)")
        total = 0
        for info in infos:
            clean = _clean_name(info.filename)
            if clean is None:
                raise self._refuse(f"the entry {info.filename!r} points outside the archive")
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise self._refuse(f"the entry {info.filename!r} is a symbolic link")
            if info.flag_bits & 0x1:
                raise self._refuse(f"the entry {info.filename!r} is encrypted")
            if info.file_size > self.limits.max_entry_bytes:
                raise self._refuse(
                    f"the entry {info.filename!r} unpacks to {info.file_size:,} bytes "
                    "(more than a project can hold; a zip bomb?)"
                )
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > self.limits.ratio_floor and ratio > self.limits.max_ratio:
                raise self._refuse(
                    f"the entry {info.filename!r} is compressed {ratio:,.0f} to 1 (a zip bomb?)"
                )
            total += info.file_size
            if total > self.limits.max_total_bytes:
                raise self._refuse(f"the archive unpacks to more than {total:,} bytes")
            if not info.is_dir() and clean:
                self._entries[clean] = info

    def names(self) -> list[str]:
        return list(self._entries)

    def find(self, name: str) -> str | None:
        """The entry called ``name`` (case-insensitive, any separator), or ``None``."""
        wanted = name.replace("\\", "/").strip("/").lower()
        for entry in self._entries:
            if entry.lower() == wanted:
                return entry
        return None

    def read(self, name: str) -> bytes:
        """An entry's bytes, stopping at what it declared and at the limits."""
        info = self._entries[name]
        allowed = min(info.file_size, self.limits.max_entry_bytes)
        chunks: list[bytes] = []
        size = 0
        try:
            with self._zip.open(info) as handle:
                while chunk := handle.read(_CHUNK):
                    size += len(chunk)
                    self._read_total += len(chunk)
                    if size > allowed or self._read_total > self.limits.max_total_bytes:
                        raise self._refuse(
                            f"the entry {name!r} unpacks to more than it declares (a zip bomb?)"
                        )
                    chunks.append(chunk)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise UnreadableFileError(self.path, f"the entry {name!r} is damaged ({exc})") from None
        return b"".join(chunks)

    def close(self) -> None:
        self._zip.close()
        self._file.close()

    def __enter__(self) -> SafeArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_PARSER_OPTIONS: dict[str, Any] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "dtd_validation": False,
    "huge_tree": False,
    "remove_comments": True,
    "remove_pis": True,
}


def parse_xml(data: bytes, path: Path, what: str) -> Any:
    """The root element of ``data`` (the part ``what`` of ``path``), refusing any DTD."""
    head = data.lstrip()[:4]
    probe = data
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            probe = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            probe = data
    if b"<!DOCTYPE" in probe or b"<!ENTITY" in probe:
        raise UnreadableFileError(
            path, f"refused: {what} declares a DTD or entities (never resolved); nothing was "
            "imported",
        )  # fmt: skip
    parser = etree.XMLParser(**_PARSER_OPTIONS)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        line = f", line {exc.lineno}" if exc.lineno else ""
        reason = f"{what} is not well-formed XML ({exc.msg}{line})"
        raise UnreadableFileError(path, reason) from None
    except ValueError as exc:
        raise UnreadableFileError(path, f"{what} cannot be read as XML ({exc})") from None
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise UnreadableFileError(path, f"refused: {what} declares a DTD; nothing was imported")
    return root
