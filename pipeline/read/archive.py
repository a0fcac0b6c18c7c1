"""ZIP archives: a folder of documents, each read as if it were a file.

``list_members(path)`` names the documents of an archive in the archive's own order (the
central directory); the runner makes one record per member, with the source
``archive.zip!folder/member.pdf`` and the id of the member's bytes;
``pipeline.read.read_member`` reads one (``take_member`` gives it the bytes).
Nothing is ever extracted to disk. Refused, with an error record each (E114):

- a member whose name is unsafe: absolute (``/etc/x``, ``C:\\x``) or climbing out (``../x``);
- a symbolic link, and a nested archive (``.zip`` inside: not opened);
- a zip bomb: a member that inflates more than ``MAX_RATIO`` times (past ``RATIO_FLOOR``
  bytes), and every member once the archive's inflated total passes ``MAX_TOTAL_BYTES``.

An archive that cannot be listed, holds more than ``MAX_MEMBERS`` entries or no document at all
gives one record for the archive itself (E113). A member larger than ``MAX_BYTES`` is read up to
the limit (E110), as a file is. Names stored without the UTF-8 flag (Chinese Windows archives
write GBK) are decoded as UTF-8 or GB18030 when that fits; macOS's ``__MACOSX/`` and ``._x``
resource forks are skipped.
"""
from __future__ import annotations

import io
import os
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..errors import DocError, Errors
from .result import ARCHIVE_SUFFIXES, DOCUMENT_SUFFIXES, MAX_BYTES

MAX_MEMBERS = 10_000
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024
MAX_RATIO = 100
RATIO_FLOOR = 1024 * 1024
_UTF8_FLAG = 0x800


@dataclass(frozen=True, slots=True)
class Member:
    """One document of an archive: its position in the archive's directory and its name."""

    index: int
    name: str

    def to_dict(self) -> dict[str, object]:
        return {"index": self.index, "name": self.name}


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's name, GBK names of Chinese archives decoded."""
    if info.flag_bits & _UTF8_FLAG:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename


def _unsafe(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":") or ".." in parts


def _is_junk(name: str) -> bool:
    path = PurePosixPath(name.replace("\\", "/"))
    return path.parts[:1] == ("__MACOSX",) or path.name.startswith("._")


def _is_document(info: zipfile.ZipInfo, name: str) -> bool:
    suffix = PurePosixPath(name.replace("\\", "/")).suffix.lower()
    return not info.is_dir() and not _is_junk(name) and suffix in DOCUMENT_SUFFIXES | ARCHIVE_SUFFIXES


def _open(data: bytes | Path) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data)


def _listing(zf: zipfile.ZipFile) -> tuple[list[tuple[int, zipfile.ZipInfo, str]], DocError | None]:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        return [], DocError.make("read", Errors.E113, detail=f"{len(infos)} entries, more than {MAX_MEMBERS} (a zip bomb?)")
    members = [(i, info, member_name(info)) for i, info in enumerate(infos)]
    members = [m for m in members if _is_document(m[1], m[2])]
    if not members:
        return [], DocError.make("read", Errors.E113, detail="no document in it (.pdf, .docx, .html, .txt, .md)")
    return members, None


def list_members(path: Path | str) -> tuple[list[Member], DocError | None]:
    """The documents of the archive at ``path``, or why there are none."""
    try:
        plan = _plan(path, MAX_BYTES)
    except OSError as exc:
        return [], DocError.make("read", Errors.E113, detail=f"{type(exc).__name__}: {exc}")
    return [Member(index=i, name=name) for i, (_, name, _) in plan.entries.items()], plan.error


def archive_error(data: bytes) -> DocError:
    """What keeps an archive held in memory from being read as documents (E113)."""
    try:
        with _open(data) as zf:
            _, error = _listing(zf)
    except Exception as exc:  # zipfile raises many kinds on a damaged archive
        return DocError.make("read", Errors.E113, detail=f"{type(exc).__name__}: {exc}")
    return error or DocError.make("read", Errors.E113, detail="an archive is a folder of documents: give its local path to `govreport run`")


def _refusal(info: zipfile.ZipInfo, name: str, inflated_before: int) -> str | None:
    """Why a member is not read, or None."""
    if _unsafe(name):
        return f"{name!r}: unsafe path (absolute or climbing out with ..)"
    if stat.S_ISLNK(info.external_attr >> 16):
        return f"{name!r}: a symbolic link"
    if PurePosixPath(name).suffix.lower() in ARCHIVE_SUFFIXES:
        return f"{name!r}: an archive inside the archive (not opened)"
    if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        return (f"{name!r}: inflates {info.file_size} bytes from {info.compress_size}, "
                f"more than {MAX_RATIO} times (a zip bomb?)")
    if inflated_before + min(info.file_size, MAX_BYTES) > MAX_TOTAL_BYTES:
        return f"{name!r}: the archive inflates to more than {MAX_TOTAL_BYTES} bytes (a zip bomb?)"
    return None


@dataclass(frozen=True, slots=True)
class _Plan:
    """An open archive and, per document (by index), its entry, name and refusal (None: read it)."""

    zf: zipfile.ZipFile | None
    error: DocError | None
    entries: dict[int, tuple[zipfile.ZipInfo, str, str | None]]

    def to_dict(self) -> dict[str, object]:
        return {"error": self.error, "entries": {i: [name, why] for i, (_, name, why) in self.entries.items()}}


#: The archive last opened by this process, kept open: a member read costs a seek, not a
#: listing of the whole archive (a year's archive holds thousands of documents).
_CACHE: dict[tuple[object, ...], _Plan] = {}


def _plan(path: Path | str, max_bytes: int) -> _Plan:
    """The archive at ``path``, opened and judged once per process; raises OSError only."""
    info = os.stat(path)
    key = (os.getpid(), str(path), info.st_mtime_ns, info.st_size, max_bytes, MAX_MEMBERS, MAX_TOTAL_BYTES, MAX_RATIO)
    plan = _CACHE.get(key)
    if plan is not None:
        return plan
    for old in _CACHE.values():  # a forked worker closes only its own copy of the descriptor
        if old.zf is not None:
            old.zf.close()
    _CACHE.clear()
    try:
        zf = zipfile.ZipFile(path)
    except OSError:
        raise
    except Exception as exc:  # a damaged central directory: BadZipFile, NotImplementedError, ValueError…
        return _Plan(zf=None, error=DocError.make("read", Errors.E113, detail=f"{type(exc).__name__}: {exc}"), entries={})
    members, error = _listing(zf)
    entries: dict[int, tuple[zipfile.ZipInfo, str, str | None]] = {}
    inflated = 0
    for i, entry, name in members:
        refusal = _refusal(entry, name, inflated)
        if refusal is None:
            inflated += min(entry.file_size, max_bytes)
        entries[i] = (entry, name, refusal)
    plan = _CACHE[key] = _Plan(zf=zf, error=error, entries=entries)
    return plan


def take_member(path: Path | str, index: int, max_bytes: int) -> tuple[str, bytes, DocError | None, bool]:
    """Name, bytes (up to ``max_bytes``), error and whether cut, of member ``index``."""
    try:
        plan = _plan(path, max_bytes)
    except OSError as exc:
        return "", b"", DocError.make("read", Errors.E113, detail=f"{type(exc).__name__}: {exc}"), False
    if plan.error is not None or plan.zf is None:
        return "", b"", plan.error, False
    if index not in plan.entries:
        return "", b"", DocError.make("read", Errors.E112, detail=f"no document at index {index}"), False
    info, name, refusal = plan.entries[index]
    if refusal is not None:
        return name, b"", DocError.make("read", Errors.E114, detail=refusal), False
    return (name, *_read_member(plan.zf, info, max_bytes))


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, max_bytes: int) -> tuple[bytes, DocError | None, bool]:
    try:
        with zf.open(info) as fh:
            data = fh.read(max_bytes + 1)
    except Exception as exc:  # encrypted member, unknown compression, bad CRC, damaged stream
        return b"", DocError.make("read", Errors.E112, detail=f"{type(exc).__name__}: {exc}"), False
    return data[:max_bytes], None, len(data) > max_bytes


def member_bytes(path: Path | str, index: int, *, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of member ``index`` that its record's id is made from (b"" when refused)."""
    return take_member(path, index, max_bytes)[1]


def is_archive(path: Path | str) -> bool:
    """True for a regular file with an archive suffix (a link to one included)."""
    path = Path(path)
    return path.suffix.lower() in ARCHIVE_SUFFIXES and path.is_file()

