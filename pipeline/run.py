"""The corpus runner: which files, in which order, on how many workers, into which file.

- Inputs: files and folders (walked recursively, symlinks not followed, sorted), each document
  named by its path as given; a folder that cannot be listed gets an error record of its own.
  A ``.zip`` is a folder too: its documents in the archive's order, named
  ``archive.zip!member.pdf`` (``pipeline.read.archive``: unsafe members and zip bombs refused).
  A ``manifest.csv`` or ``manifest.jsonl`` in a folder (column ``file`` or ``source`` naming
  the file) gives metadata that wins over the extracted.
- Order: records are written in input order whatever the number of workers, so the same input
  gives byte-identical output.
- Safety: each record is one unbuffered ``write`` of one line, cut back if interrupted; a crash
  or a kill leaves finished lines intact. ``resume=True`` drops a half-written last line, skips
  documents already written (same id and source; the id made from the same bytes the reader
  reads) and appends the rest.
"""
from __future__ import annotations

import contextlib
import csv
import json
import multiprocessing as mp
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .read import MAX_BYTES, SUFFIXES, file_bytes
from .read.archive import is_archive, list_members, member_bytes
from .record import document_id, dumps

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


# -- workers ---------------------------------------------------------------------------------

_NLP = None


def _worker_init() -> None:
    global _NLP
    from . import load

    _NLP = load()


#: Strings spaCy's vocabulary keeps for good, learnt from the first documents (about 30,000 for
#: ../shared/corpus); later documents run in memory zones and leave nothing behind.
VOCAB_KEEP = 100_000


def memory_zone(nlp: Any) -> contextlib.AbstractContextManager:
    """Nothing while the vocabulary is small, then spaCy's memory zone: the vocabulary (a string
    and a lexeme for every distinct word ever seen, every number included) stops growing, while
    the common words stay known (making their lexemes again in every zone costs a quarter of the
    pipeline's time)."""
    if len(nlp.vocab.strings) < VOCAB_KEEP:
        return contextlib.nullcontext()
    return nlp.memory_zone()


def _process(item: InputDoc) -> str:
    from .process import process_path

    global _NLP
    if _NLP is None:
        _worker_init()
    with memory_zone(_NLP):
        if item.member is not None:
            return dumps(_process_member(_NLP, item))
        return dumps(process_path(_NLP, item.path, source=item.source, manifest=item.manifest))


def _process_member(nlp: Any, item: InputDoc) -> dict[str, Any]:
    """The record of an archive member, as ``process_path`` makes a file's; never raises."""
    from .errors import DocError, Errors
    from .process import process_text
    from .read.archive import read_member
    from .record import new_record

    try:
        data, result = read_member(item.path, item.member)
        return process_text(nlp, result.text, id=document_id(data), source=item.source, format=result.format,
                            pages=result.pages, errors=[e.to_dict() for e in result.errors])
    except Exception as exc:  # last line of defence, as in process_path
        return new_record(id=document_id(item.source.encode()), source=item.source,
                          errors=[DocError.make("run", Errors.E901, detail=f"{type(exc).__name__}: {exc}").to_dict()])


#: Documents per scheduling window: within one, the largest go to the workers first, so that
#: no worker is left alone with a big document at the end (the output order does not change).
WINDOW_PER_JOB = 16


def _size(item: InputDoc) -> int:
    try:
        return 0 if item.member is not None else os.stat(item.path).st_size
    except OSError:
        return 0


def _scheduled(items: list[InputDoc], window: int) -> Iterator[tuple[int, InputDoc]]:
    """(input index, item), largest first within consecutive windows of the input."""
    for lo in range(0, len(items), window):
        chunk = range(lo, min(lo + window, len(items)))
        yield from ((k, items[k]) for k in sorted(chunk, key=lambda k: -_size(items[k])))


def _process_indexed(task: tuple[int, InputDoc]) -> tuple[int, str]:
    return task[0], _process(task[1])


def process_lines(items: list[InputDoc], *, jobs: int = 1) -> Iterator[str]:
    """Record lines in input order; ``jobs`` > 1 spreads documents over processes, largest
    first within windows of the input, and puts the lines back in input order."""
    if jobs <= 1 or len(items) <= 1:
        for item in items:
            yield _process(item)
        return
    ctx = mp.get_context("spawn" if sys.platform == "darwin" else "fork")
    with ctx.Pool(processes=min(jobs, len(items)), initializer=_worker_init) as pool:
        done: dict[int, str] = {}
        nxt = 0
        tasks = _scheduled(items, WINDOW_PER_JOB * jobs)
        for index, line in pool.imap_unordered(_process_indexed, tasks, chunksize=1):
            done[index] = line
            while nxt in done:
                yield done.pop(nxt)
                nxt += 1


# -- output ----------------------------------------------------------------------------------

def _done_keys(out: Path) -> set[tuple[str, str]]:
    """(id, source) of the records already in ``out``, read line by line (an output of millions
    of records is never held whole); a half-written last line is cut off."""
    if not out.exists():
        return set()
    done = set()
    with out.open("rb+") as fh:
        end = 0
        for line in fh:
            if not line.endswith(b"\n"):
                break  # the line a crash cut short
            end += len(line)
            try:
                rec = json.loads(line)
                done.add((rec.get("id"), rec.get("source")))
            except ValueError:
                continue
        fh.truncate(end)
    return done


def _input_keys(item: InputDoc) -> tuple[tuple[str, str], tuple[str, str]]:
    """The (id, source) its record has: the id of the bytes the reader reads (b"" when it
    cannot), or of the source when the worker failed (E901)."""
    if item.member is not None:
        data = member_bytes(item.path, item.member)
    else:
        data = file_bytes(item.path)[0][:MAX_BYTES]
    return (document_id(data), item.source), (document_id(item.source.encode()), item.source)


def _write_line(fh: Any, line: str) -> None:
    """One record line, whole or not at all: a write cut short (Ctrl-C, a full disk) is undone."""
    if fh is sys.stdout:
        fh.write(line + "\n")
        fh.flush()
        return
    data = memoryview((line + "\n").encode("utf-8"))
    start = fh.tell()
    try:
        while data:
            data = data[fh.write(data):]
    except BaseException:
        fh.truncate(start)
        raise


@dataclass(slots=True)
class RunStats:
    documents: int = 0
    skipped: int = 0
    with_errors: int = 0


def run(paths: Iterable[str | Path], out: Path | None, *, jobs: int = 1, resume: bool = False,
        progress: bool | None = None, engine: str = "local", scheduler: str | None = None) -> RunStats:
    """Process documents into a JSONL file (``out``) or standard output (None), on this machine's
    cores (``engine="local"``) or a Dask cluster (``"dask"``, see ``pipeline.engines``)."""
    if engine == "dask":
        from .engines import iter_all_inputs
        items = list(iter_all_inputs(paths))
    else:
        items = list(iter_inputs(paths))
    if out is not None:  # the output is never an input of its own run
        own = os.path.realpath(out)
        items = [it for it in items if os.path.realpath(it.path) != own]
    stats = RunStats()
    if resume and out is not None:
        done = _done_keys(out)
        todo = [it for it in items if done.isdisjoint(_input_keys(it))]
        stats.skipped = len(items) - len(todo)
        items = todo
    if progress is None:
        progress = sys.stderr.isatty()
    from tqdm import tqdm

    bar = tqdm(total=len(items), unit="doc", disable=not progress, file=sys.stderr, dynamic_ncols=True)
    fh = sys.stdout if out is None else out.open("ab" if resume else "wb", buffering=0)
    try:
        if engine == "dask":
            from .engines import dask_lines
            lines = dask_lines(items, scheduler=scheduler, jobs=jobs)
        else:
            lines = process_lines(items, jobs=jobs)
        for line in lines:
            _write_line(fh, line)
            stats.documents += 1
            if not line.endswith('"errors":[]}'):  # errors is the record's last key
                stats.with_errors += 1
            bar.update(1)
            bar.set_postfix(errors=stats.with_errors, refresh=False)
    finally:
        bar.close()
        if fh is not sys.stdout:
            fh.close()
    return stats
