"""The Dask engine: the same pipeline on a Dask distributed cluster, the same lines in the same
order as the local engine (``pipeline.run.process_lines``).

- Inputs: local paths (the workers must see them at the same path, as with any shared file
  system) and fsspec URLs (``pipeline.inputs``). A worker reads a URL's bytes itself with
  fsspec, so the client never holds documents; it runs ``pipeline.worker.process_item``.
- Order and memory: at most ``window`` documents are in flight; lines come back in input order
  and are written as they come, so nothing grows with the number of documents.
- Each worker loads the spaCy pipeline once (on its first document) and processes documents one
  per task; one thread per worker is best (the pipeline holds the GIL).
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from .inputs import InputDoc
from .record import dumps, failed_record
from .worker import process_item

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
    return dumps(failed_record(item.source, exc))
