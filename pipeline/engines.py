"""The Dask engine: the same pipeline on a Dask distributed cluster, the same lines in the same
order as the local engine (``pipeline.run.process_lines``).

- Inputs: local paths (walked by ``pipeline.run.iter_inputs``; the workers must see them at the
  same path, as with any shared file system) and fsspec URLs (``s3://bucket/reports/``,
  ``file:///data/x.pdf``, ``https://…``; a folder URL is listed recursively, sorted). A worker
  reads a URL's bytes itself with fsspec, so the client never holds documents.
- Order and memory: at most ``window`` documents are in flight; lines come back in input order
  and are written as they come, so nothing grows with the number of documents.
- Each worker loads the spaCy pipeline once (on its first document) and processes documents one
  per task; one thread per worker is best (the pipeline holds the GIL).
"""
from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from .run import MANIFEST_NAMES, InputDoc, iter_inputs

if TYPE_CHECKING:
    from .read import ReadResult

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")


def is_url(path: str | Path) -> bool:
    """True for ``scheme://…`` (fsspec URLs); plain and Windows paths are not URLs."""
    return bool(_URL.match(str(path)))


def iter_url_inputs(url: str) -> Iterator[InputDoc]:
    """Documents named by an fsspec URL: the file itself, or a folder's supported files
    recursively in sorted order, hidden ones left out (manifests of URL folders are not read)."""
    import fsspec

    from .read import SUFFIXES

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


# -- on a worker -----------------------------------------------------------------------------

def read_url(url: str) -> tuple[bytes, "ReadResult"]:
    """``pipeline.read.read_document`` for an fsspec URL: its bytes (up to the size limit) and
    what was read from them; never raises. (A ZIP archive at a URL is not opened: E113 says to
    give its local path.)"""
    import fsspec

    from .errors import DocError, Errors
    from .read import MAX_BYTES, ReadResult, format_of, read_head

    name = url.rstrip("/").rsplit("/", 1)[-1]
    suffix = Path(name).suffix
    try:
        with fsspec.open(url, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
            size = getattr(fh, "size", None) or f"more than {MAX_BYTES}"
    except Exception as exc:  # any backend's own exception: the batch goes on
        return b"", ReadResult(text="", format=format_of(suffix),
                               errors=(DocError.make("read", Errors.E109, detail=f"{type(exc).__name__}: {exc}"),))
    return read_head(data, size=size, suffix=suffix, name=name)


def process_url(item: InputDoc) -> str:
    """One URL's record line, as ``pipeline.process.process_path`` makes a file's."""
    from . import run
    from .errors import DocError, Errors
    from .process import apply_manifest, process_text
    from .record import document_id, dumps, new_record

    if run._NLP is None:
        run._worker_init()
    nlp = run._NLP
    try:
        data, result = read_url(item.path)
        with run.memory_zone(nlp):
            record = process_text(nlp, result.text, id=document_id(data), source=item.source,
                                  format=result.format, pages=result.pages,
                                  errors=[e.to_dict() for e in result.errors])
    except Exception as exc:  # last line of defence, as in process_path
        record = new_record(id=document_id(item.source.encode()), source=item.source,
                            errors=[DocError.make("run", Errors.E901, detail=f"{type(exc).__name__}: {exc}").to_dict()])
    if item.manifest:
        record = apply_manifest(record, item.manifest)
    return dumps(record)


def process_item(item: InputDoc) -> str:
    """One document's record line, on whichever machine runs it: the local engine's own code for
    paths, fsspec for URLs."""
    if is_url(item.path):
        return process_url(item)
    from .run import _process

    return _process(item)


# -- on the client ---------------------------------------------------------------------------

@contextmanager
def dask_client(scheduler: str | None, *, jobs: int = 1) -> Iterator[object]:
    """A client of the cluster at ``scheduler`` (an address such as ``tcp://10.0.0.5:8786``, or
    a scheduler JSON file); without one, a local cluster of ``jobs`` single-threaded workers."""
    import logging

    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise RuntimeError('the dask engine needs: pip install "govreport[dask]"') from exc
    if scheduler:
        kwargs = {"scheduler_file": scheduler} if scheduler.endswith(".json") else {"address": scheduler}
        with Client(**kwargs) as client:
            yield client
        return
    with LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


def dask_lines(items: Sequence[InputDoc], *, scheduler: str | None = None, jobs: int = 1,
               window: int | None = None) -> Iterator[str]:
    """Record lines in input order, computed on a Dask cluster; at most ``window`` documents in
    flight (default: four per worker thread)."""
    with dask_client(scheduler, jobs=min(jobs, max(1, len(items)))) as client:
        if window is None:
            threads = sum(client.nthreads().values()) or 1
            window = 4 * threads
        todo = iter(items)
        pending: deque = deque()

        def submit_next() -> None:
            item = next(todo, None)
            if item is not None:
                pending.append((item, client.submit(process_item, item, pure=False)))

        for _ in range(max(1, window)):
            submit_next()
        while pending:
            item, future = pending.popleft()
            try:
                line = future.result()
            except Exception as exc:  # a worker died on it (KilledWorker …): the batch goes on
                line = _failed_line(item, exc)
            future.release()
            submit_next()
            yield line


def _failed_line(item: InputDoc, exc: BaseException) -> str:
    from .errors import DocError, Errors
    from .record import document_id, dumps, new_record

    error = DocError.make("run", Errors.E901, detail=f"{type(exc).__name__}: {exc}")
    return dumps(new_record(id=document_id(item.source.encode()), source=item.source, errors=[error.to_dict()]))
