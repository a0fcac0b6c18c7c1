"""Benchmark govreport on the text documents of ../shared/corpus, all figures from one run.

    PYTHONPATH=. python scripts/bench.py [--corpus ../shared/corpus] [--repeat 3] [--times 10]

Prints:

1. the whole pipeline on one core (read -> normalize -> spaCy pipeline -> JSONL line written to
   a file, exactly ``govreport run``'s per-document code, then its archive pass over the file),
   in characters per second of the texts
   as read, after the pipeline is loaded and warmed up on one document;
2. ``jieba.lcut`` over the same texts (an own ``jieba.Tokenizer()``, dictionary loaded and warmed
   up before timing) and the time ratio pipeline / jieba (target <= 1.0; the project's goal 0.33);
3. jionlp's money extraction (``jionlp.ner.extract_money``) over the same texts and its ratio
   (skipped with a note when jionlp is not installed: ``pip install -e ".[bench]"``);
4. the time of each stage (one pass) and a cProfile of one pass (top functions);
5. the speed-up of 2 workers over 1 on the whole corpus (all formats), measured two ways:
   warm throughput (worker processes started and their pipeline loaded before the clock starts)
   and cold wall time of ``govreport run -j 1`` / ``-j 2`` (interpreter, loading, pool start-up
   included);
6. the peak memory (max RSS) of ``govreport run -j 1`` over the corpus repeated ``--times`` times
   (symlinks in a temporary folder) against once, and the ratio (target <= 1.2);
7. the PDFs of the corpus (部门预算/决算 with their tables) through the whole pipeline on one
   core, in pages per second with the table stage on (target >= 50) and off, and the share of the
   time the table stage takes.

Timings are the best of ``--repeat`` passes. Nothing here is a test: figures depend on the machine.
"""
from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import json
import multiprocessing as mp
import os
import pstats
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from typing import NamedTuple
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import run as runner  # noqa: E402
from pipeline import worker  # noqa: E402
from pipeline.read import TEXT_SUFFIXES, read_document  # noqa: E402
from pipeline.inputs import InputDoc, iter_inputs  # noqa: E402
from pipeline.relink import relink_file  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


class Timing(NamedTuple):
    """Best wall-clock and best CPU seconds of some passes (the same on an idle machine; the CPU
    figure stays fair while other work competes for the cores)."""

    wall: float
    cpu: float


def best_of(repeat: int, fn: Callable[[], object]) -> Timing:
    walls, cpus = [], []
    for _ in range(max(1, repeat)):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return Timing(min(walls), min(cpus))


def mchars(chars: int, seconds: float) -> str:
    return f"{chars / seconds / 1e6:.3f} M chars/s" if seconds > 0 else "n/a"


# -- 1. the pipeline on one core -------------------------------------------------------------

def pipeline_pass(items: Sequence[InputDoc], out: Path) -> None:
    with out.open("w", encoding="utf-8") as fh:
        for item in items:
            fh.write(worker.process_item(item) + "\n")
            fh.flush()
    relink_file(out)  # the archive pass that ends ``govreport run``


# -- 2-3. references -------------------------------------------------------------------------

def jieba_time(texts: Sequence[str], repeat: int) -> Timing:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    tokenizer.lcut("预热：加载词典不计时。")
    return best_of(repeat, lambda: [tokenizer.lcut(t) for t in texts])


def jionlp_time(texts: Sequence[str], repeat: int) -> Timing | None:
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            import jionlp

            extract = jionlp.ner.extract_money
            extract("收入预算221.90万元。")
    except Exception as exc:  # not installed, or broken: say so
        print(f"jionlp: not available ({type(exc).__name__}: {exc}); pip install -e '.[bench]'")
        return None
    return best_of(repeat, lambda: [extract(t) for t in texts])


# -- 4. where the time goes ------------------------------------------------------------------

def stage_times(items: Sequence[InputDoc]) -> dict[str, float]:
    """One pass with a clock around each step of ``process_text`` (a copy of its steps)."""
    from pipeline.convert import doc_to_record
    from pipeline.normalize import normalize
    from pipeline.record import document_id, dumps

    nlp = worker.nlp()
    spent: dict[str, float] = {}

    def tick(name: str, start: float) -> float:
        now = time.perf_counter()
        spent[name] = spent.get(name, 0.0) + now - start
        return now

    for item in items:
        t = time.perf_counter()
        data, result = read_document(item.path)
        t = tick("read", t)
        text = normalize(result.text, pages=result.pages or None)
        t = tick("normalize", t)
        with nlp.memory_zone():
            doc = nlp.make_doc(text)
            doc._.doc_id, doc._.source, doc._.format = document_id(data), item.source, result.format
            doc._.errors = [e.to_dict() for e in result.errors]
            t = tick("segment (tokenizer)", t)
            for name, proc in nlp.pipeline:
                doc = proc(doc)
                t = tick(name, t)
            record = doc_to_record(doc)
            t = tick("doc_to_record", t)
            dumps(record)
            tick("dumps", t)
    return spent


def profile(items: Sequence[InputDoc], out: Path, top: int) -> str:
    prof = cProfile.Profile()
    prof.runcall(pipeline_pass, items, out)
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(r"pipeline/", top)
    text = buf.getvalue().replace(str(ROOT) + "/", "").replace(sys.prefix + "/", "")
    return "\n".join(line for line in text.splitlines() if line.strip() and "function calls" not in line
                     and not line.startswith(("Ordered by", "List reduced")))


# -- 5. workers ------------------------------------------------------------------------------

_BARRIER = None


def _warm_worker(item: InputDoc) -> int:
    worker.process_item(item)  # pipeline loaded (initializer) and its lazy imports done
    _BARRIER.wait(timeout=300)  # every worker holds one warm-up task: all of them are ready
    return os.getpid()


def warm_throughput(items: Sequence[InputDoc], jobs: int, warm: InputDoc) -> float:
    """Seconds for ``items`` on a pool of ``jobs`` workers started and warmed beforehand, fed as
    ``pipeline.run.process_lines`` feeds its pool (largest first within windows, unordered,
    ``chunksize=1``; putting lines back in order costs nothing measurable)."""
    global _BARRIER
    if jobs == 1:
        return best_of(1, lambda: [worker.process_item(it) for it in items]).wall
    ctx = mp.get_context("fork")
    _BARRIER = ctx.Barrier(jobs)
    with ctx.Pool(processes=jobs, initializer=worker.init) as pool:
        pids = pool.map(_warm_worker, [warm] * jobs, chunksize=1)
        assert len(set(pids)) == jobs
        start = time.perf_counter()
        tasks = runner._scheduled(list(items), runner.WINDOW_PER_JOB * jobs)
        for _ in pool.imap_unordered(runner._process_indexed, tasks, chunksize=1):
            pass
        return time.perf_counter() - start


# A small go-between runs the command and reports its max RSS: measured from the bench process
# itself, a child's figure would include the bench's own size (Linux keeps the high-water mark of
# the memory a process had before exec).
_MEASURE = """
import json, os, subprocess, sys, time
start = time.perf_counter()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
err = proc.stderr.read()
_, status, usage = os.wait4(proc.pid, 0)
print(json.dumps({"wall": time.perf_counter() - start, "maxrss_kib": usage.ru_maxrss,
                  "code": os.waitstatus_to_exitcode(status), "stderr": err.decode(errors="replace")[-2000:]}))
"""


def run_cli(args: Sequence[str]) -> tuple[float, int]:
    """Wall seconds and max RSS (KiB) of ``python -m pipeline ARGS``."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run([sys.executable, "-c", _MEASURE, sys.executable, "-m", "pipeline", *args], cwd=ROOT,
                         env=env, capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    if result["code"] != 0:
        raise RuntimeError(f"govreport {' '.join(args)} failed: {result['stderr']}")
    return result["wall"], result["maxrss_kib"]


# -- 6. memory -------------------------------------------------------------------------------

def linked_corpus(items: Sequence[InputDoc], corpus: Path, folder: Path, times: int) -> Path:
    """``folder`` holding ``times`` copies (symlinks) of the corpus's documents."""
    files = sorted({Path(item.path) for item in items})  # an archive once, whatever its members
    for k in range(times):
        for file in files:
            link = folder / f"copy{k:03d}" / file.relative_to(corpus)
            link.parent.mkdir(parents=True, exist_ok=True)
            link.symlink_to(file.resolve())
    return folder


# -- 7. PDF pages with tables -----------------------------------------------------------------

def pdf_pages(items: Sequence[InputDoc], repeat: int) -> dict[str, float]:
    """Pages per second of the corpus's PDFs, whole pipeline, tables on and off (CPU time, which
    stays fair while other work shares the machine)."""
    import pypdfium2 as pdfium

    pdfs = [it for it in items if Path(it.path).suffix.lower() == ".pdf"]
    if not pdfs:
        return {}
    pages = 0
    for it in pdfs:
        doc = pdfium.PdfDocument(str(it.path))
        pages += len(doc)
        doc.close()
    on = best_of(repeat, lambda: [worker.process_item(it) for it in pdfs])
    with runner_nlp().select_pipes(disable=["tables"]):
        off = best_of(repeat, lambda: [worker.process_item(it) for it in pdfs])
    return {"pdf_documents": len(pdfs), "pdf_pages": pages, "pdf_pages_per_s": pages / on.cpu,
            "pdf_pages_per_s_no_tables": pages / off.cpu, "tables_share": 1 - off.cpu / on.cpu}


def runner_nlp():
    return worker._NLP


# -- main ------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3, help="passes per timing; the best counts")
    parser.add_argument("--times", type=int, default=10, help="corpus copies for the memory figure")
    parser.add_argument("--top", type=int, default=25, help="profile lines")
    parser.add_argument("--skip", nargs="*", default=(),
                        choices=("jionlp", "profile", "workers", "memory", "tables"))
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)

    corpus = args.corpus
    if not corpus.is_dir():
        print(f"bench: {corpus} is absent; nothing to measure (the benchmark needs ../shared/corpus).")
        return 0
    items = list(iter_inputs([corpus]))
    text_items = [it for it in items if Path(it.path).suffix.lower() in TEXT_SUFFIXES]
    texts = [read_document(it.path)[1].text for it in text_items]
    chars = sum(len(t) for t in texts)
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at start"
          " (other work on the machine skews every figure, the 2-worker one most)")
    print(f"corpus: {corpus} — {len(items)} documents, {len(text_items)} text documents, "
          f"{chars:,} characters as read (the measure of every chars/s below)")
    figures: dict[str, object] = {"documents": len(items), "text_documents": len(text_items), "chars": chars}

    with tempfile.TemporaryDirectory(prefix="govreport-bench-") as tmp_name:
        tmp = Path(tmp_name)
        start = time.perf_counter()
        worker.init()
        figures["load_s"] = time.perf_counter() - start
        worker.process_item(text_items[0])  # lazy imports and lexicons of the stages
        print(f"\npipeline loaded in {figures['load_s']:.2f} s (not timed below); warmed up on one document")

        t_pipe = best_of(args.repeat, lambda: pipeline_pass(text_items, tmp / "one-core.jsonl"))
        figures.update(pipeline_s=t_pipe.wall, pipeline_cpu_s=t_pipe.cpu, pipeline_chars_per_s=chars / t_pipe.wall)
        print(f"\n[1] whole pipeline, one core:  {t_pipe.wall:6.2f} s  {mchars(chars, t_pipe.wall)}"
              f"   (CPU {t_pipe.cpu:.2f} s, {mchars(chars, t_pipe.cpu)})")

        t_jieba = jieba_time(texts, args.repeat)
        figures.update(jieba_s=t_jieba.wall, jieba_cpu_s=t_jieba.cpu, ratio_to_jieba=t_pipe.wall / t_jieba.wall,
                       ratio_to_jieba_cpu=t_pipe.cpu / t_jieba.cpu)
        print(f"[2] jieba.lcut:                {t_jieba.wall:6.2f} s  {mchars(chars, t_jieba.wall)}"
              f"   ratio pipeline/jieba = {t_pipe.wall / t_jieba.wall:.2f} (CPU {t_pipe.cpu / t_jieba.cpu:.2f})"
              "  (target <= 1.0, goal 0.33)")

        if "jionlp" not in args.skip:
            t_jio = jionlp_time(texts, args.repeat)
            if t_jio is not None:
                figures.update(jionlp_s=t_jio.wall, jionlp_cpu_s=t_jio.cpu, ratio_to_jionlp=t_pipe.wall / t_jio.wall,
                               ratio_to_jionlp_cpu=t_pipe.cpu / t_jio.cpu)
                print(f"[3] jionlp.ner.extract_money:  {t_jio.wall:6.2f} s  {mchars(chars, t_jio.wall)}"
                      f"   ratio pipeline/jionlp = {t_pipe.wall / t_jio.wall:.2f} (CPU {t_pipe.cpu / t_jio.cpu:.2f})")

        spent = stage_times(text_items)
        total = sum(spent.values())
        figures["stages_s"] = spent
        print(f"\n[4] stages, one pass ({total:.2f} s in all):")
        for name, seconds in spent.items():
            print(f"    {name:22s} {seconds:6.2f} s  {100 * seconds / total:5.1f} %  {mchars(chars, seconds)}")
        if "profile" not in args.skip:
            print("\n    cProfile of one pass (top by own time, then pipeline/ functions by cumulative time):")
            print("    " + profile(text_items, tmp / "profile.jsonl", args.top).replace("\n", "\n    "))

        if "workers" not in args.skip:
            warm = text_items[0]
            t1 = warm_throughput(items, 1, warm)
            t2 = warm_throughput(items, 2, warm)
            c1, _ = run_cli(["run", str(corpus), "-o", str(tmp / "j1.jsonl"), "-j", "1", "--no-progress"])
            c2, _ = run_cli(["run", str(corpus), "-o", str(tmp / "j2.jsonl"), "-j", "2", "--no-progress"])
            same = (tmp / "j1.jsonl").read_bytes() == (tmp / "j2.jsonl").read_bytes()
            figures.update(warm_j1_s=t1, warm_j2_s=t2, speedup_warm=t1 / t2, cli_j1_s=c1, cli_j2_s=c2,
                           speedup_cli=c1 / c2, j2_output_identical=same)
            print(f"\n[5] 2 workers on all {len(items)} documents (cores here: {os.cpu_count()};"
                  f" load average now {os.getloadavg()[0]:.2f}, this bench included):")
            print(f"    warm throughput (pool started and loaded before the clock): -j1 {t1:.2f} s,"
                  f" -j2 {t2:.2f} s  speed-up {t1 / t2:.2f}x  (target >= 1.7)")
            print(f"    cold CLI wall time (start-up, loading and pool included):  -j1 {c1:.2f} s,"
                  f" -j2 {c2:.2f} s  speed-up {c1 / c2:.2f}x;  -j2 output identical to -j1: {same}")

        if "memory" not in args.skip:
            one = linked_corpus(items, corpus, tmp / "x1", 1)
            many = linked_corpus(items, corpus, tmp / f"x{args.times}", args.times)
            w1, rss1 = run_cli(["run", str(one), "-o", str(tmp / "m1.jsonl"), "-j", "1", "--no-progress"])
            wn, rssn = run_cli(["run", str(many), "-o", str(tmp / "mn.jsonl"), "-j", "1", "--no-progress"])
            figures.update(rss_1x_kib=rss1, rss_nx_kib=rssn, memory_ratio=rssn / rss1, memory_times=args.times)
            print(f"\n[6] peak memory (max RSS of govreport run -j 1): corpus x1 {rss1 / 1024:.0f} MiB"
                  f" ({w1:.1f} s), x{args.times} {rssn / 1024:.0f} MiB ({wn:.1f} s);"
                  f" ratio {rssn / rss1:.2f}  (target <= 1.2)")

        if "tables" not in args.skip:
            found = pdf_pages(items, args.repeat)
            figures.update(found)
            if found:
                print(f"\n[7] {found['pdf_documents']} PDFs, {found['pdf_pages']} pages, whole pipeline, one core"
                      f" (CPU time): tables on {found['pdf_pages_per_s']:.0f} pages/s (target >= 50),"
                      f" off {found['pdf_pages_per_s_no_tables']:.0f} pages/s;"
                      f" the table stage takes {100 * found['tables_share']:.0f} % of the time")

    print("\nsummary:")
    print(f"  pipeline {figures['pipeline_chars_per_s'] / 1e6:.3f} M chars/s on one core;"
          f" ratio to jieba.lcut {figures['ratio_to_jieba']:.2f}"
          + (f"; ratio to jionlp money {figures['ratio_to_jionlp']:.2f}" if "ratio_to_jionlp" in figures else ""))
    if "speedup_warm" in figures:
        print(f"  2-worker speed-up {figures['speedup_warm']:.2f}x warm, {figures['speedup_cli']:.2f}x cold CLI")
    if "pdf_pages_per_s" in figures:
        print(f"  PDFs with tables {figures['pdf_pages_per_s']:.0f} pages/s on one core")
    if "memory_ratio" in figures:
        print(f"  memory x{args.times} / x1 = {figures['memory_ratio']:.2f}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
