"""Which documents a run reads: files, folders (walked recursively, symlinks not followed, sorted,
hidden files left out), ``.zip`` archives (each member a document, ``archive.zip!member.pdf``)
and fsspec URLs (``s3://bucket/reports/``, ``file:///data/x.pdf``; a folder URL is listed
recursively). A ``manifest.csv`` or ``manifest.jsonl`` in a folder (column ``file`` or ``source``
naming the file) gives metadata that wins over the extracted.
"""
from __future__ import annotations

import csv
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .read import SUFFIXES
from .read.archive import is_archive, list_members

MANIFEST_NAMES = ("manifest.csv", "manifest.jsonl")


@dataclass(frozen=True, slots=True)
class InputDoc:
    path: str
    source: str
    manifest: Mapping[str, Any] | None = field(default=None)
    #: The member's index in the archive ``path`` (None: ``path`` is the document).
    member: int | None = None


def _read_manifest(folder: Path) -> dict[str, dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for name in MANIFEST_NAMES:
        path = folder / name
        if not path.is_file():
            continue
        try:
            with path.open(encoding="utf-8-sig", newline="") as fh:
                if name.endswith(".csv"):
                    rows.extend(csv.DictReader(fh))
                else:
                    rows.extend(json.loads(line) for line in fh if line.strip())
        except (OSError, ValueError, csv.Error) as exc:
            print(f"govreport: warning: manifest {path} unreadable: {exc}", file=sys.stderr)
    out = {}
    for row in rows:
        key = row.get("file") or row.get("source") or row.get("path")
        if key:
            out[os.path.basename(str(key))] = row
    return out


def _documents(path: Path, source: str, manifest: Mapping[str, Any] | None) -> Iterator[InputDoc]:
    """The file as a document, or an archive's documents (the archive itself when it has none:
    its record says why)."""
    if is_archive(path):
        members, error = list_members(path)
        if error is None:
            for member in members:
                yield InputDoc(path=str(path), source=f"{source}!{member.name}", member=member.index)
            return
    yield InputDoc(path=str(path), source=source, manifest=manifest)


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[InputDoc]:
    """Documents named by ``paths``: a file as given, a folder's supported files recursively."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found: list[tuple[str, Path]] = []
            unlisted: list[OSError] = []
            for root, dirs, files in os.walk(path, followlinks=False, onerror=unlisted.append):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))  # no .git, no hidden
                for name in files:
                    if (Path(name).suffix.lower() in SUFFIXES and name not in MANIFEST_NAMES
                            and not name.startswith(".")):
                        found.append((root, Path(root) / name))
            found.extend((os.path.dirname(exc.filename), Path(exc.filename)) for exc in unlisted)
            manifests: dict[str, dict[str, dict[str, Any]]] = {}
            for root, file in sorted(found, key=lambda rf: str(rf[1])):
                if root not in manifests:
                    manifests[root] = _read_manifest(Path(root))
                yield from _documents(file, str(file), manifests[root].get(file.name))
        else:
            yield from _documents(path, str(given), _read_manifest(path.parent).get(path.name))


# -- URLs ------------------------------------------------------------------------------------

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")


def is_url(path: str | Path) -> bool:
    """True for ``scheme://…`` (fsspec URLs); plain and Windows paths are not URLs."""
    return bool(_URL.match(str(path)))


def iter_url_inputs(url: str) -> Iterator[InputDoc]:
    """Documents named by an fsspec URL: the file itself, or a folder's supported files
    recursively in sorted order, hidden ones left out (manifests of URL folders are not read)."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(url)
    if not fs.isdir(root):
        yield InputDoc(path=url, source=url)
        return
    for name in sorted(fs.find(root)):
        parts = name[len(root):].strip("/").split("/")
        base = parts[-1]
        if (Path(base).suffix.lower() in SUFFIXES and base not in MANIFEST_NAMES
                and not any(p.startswith(".") for p in parts)):  # no hidden files, as iter_inputs
            full = fs.unstrip_protocol(name)
            yield InputDoc(path=full, source=full)


def iter_all_inputs(paths: Iterable[str | Path]) -> Iterator[InputDoc]:
    """``iter_inputs`` that also takes fsspec URLs, in the order given."""
    for given in paths:
        if is_url(given):
            yield from iter_url_inputs(str(given))
        else:
            yield from iter_inputs([given])
