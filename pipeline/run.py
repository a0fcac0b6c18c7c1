"""The corpus runner: in which order, on how many workers, into which file.

- Inputs: ``pipeline.inputs`` (files, folders, archives, URLs, manifests); each document is
  processed by ``pipeline.worker.process_item``, on this machine's cores or on a Dask cluster
  (``pipeline.engines``).
- Order: records are written in input order whatever the number of workers, so the same input
  gives byte-identical output.
- Safety: each record is one unbuffered ``write`` of one line, cut back if interrupted; a crash
  or a kill leaves finished lines intact. ``resume=True`` drops a half-written last line, skips
  documents already written (same id and source; the id made from the same bytes the reader
  reads) and appends the rest.
"""
from __future__ import annotations

import json
import multiprocessing as mp
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import worker
from .inputs import InputDoc, iter_all_inputs, iter_inputs
from .read import MAX_BYTES, file_bytes
from .read.archive import member_bytes
from .record import document_id

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
    return task[0], worker.process_item(task[1])


def process_lines(items: list[InputDoc], *, jobs: int = 1) -> Iterator[str]:
    """Record lines in input order; ``jobs`` > 1 spreads documents over processes, largest
    first within windows of the input, and puts the lines back in input order."""
    if jobs <= 1 or len(items) <= 1:
        for item in items:
            yield worker.process_item(item)
        return
    ctx = mp.get_context("spawn" if sys.platform == "darwin" else "fork")
    with ctx.Pool(processes=min(jobs, len(items)), initializer=worker.init) as pool:
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
    linked: int = 0  # records given companies the archive's other records found


def run(paths: Iterable[str | Path], out: Path | None, *, jobs: int = 1, resume: bool = False,
        progress: bool | None = None, engine: str = "local", scheduler: str | None = None,
        archive: bool = True) -> RunStats:
    """Process documents into a JSONL file (``out``) or standard output (None), on this machine's
    cores (``engine="local"``) or a Dask cluster (``"dask"``, see ``pipeline.engines``). With
    ``archive``, a file's records then share the companies they found (``pipeline.relink``)."""
    items = list(iter_all_inputs(paths) if engine == "dask" else iter_inputs(paths))
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
    if archive and out is not None:
        from .relink import relink_file

        try:
            stats.linked = relink_file(out)
        except OSError as exc:  # a full disk: the records stay as written, the run is not lost
            print(f"govreport: warning: the archive pass failed ({exc}); the records are as written"
                  " (run `govreport link` on them later)", file=sys.stderr)
    return stats
