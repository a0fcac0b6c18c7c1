"""The ``govreport`` command line: run, stage, evaluate (and export, show, summary, panel, orgs)."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

DEFAULT_CORPUS = "corpus"


def _cmd_run(args: argparse.Namespace) -> int:
    from .inputs import is_url
    from .run import run

    paths = args.paths or [DEFAULT_CORPUS]
    engine = "dask" if args.scheduler else args.engine
    if any(is_url(p) for p in paths) and (engine == "local" or args.resume):
        print("govreport: error: URL inputs need --engine dask, without --resume", file=sys.stderr)
        return 2
    missing = [p for p in paths if not is_url(p) and not os.path.lexists(p)]
    if missing:
        print(f"govreport: error: no such file or folder: {missing[0]}", file=sys.stderr)
        return 2
    out = Path(args.output) if args.output and args.output != "-" else None
    if args.resume and out is None:
        print("govreport: error: --resume needs -o OUT.jsonl", file=sys.stderr)
        return 2
    if out is not None:
        try:  # a usage error, said in one line before any work: not a traceback after it
            out.open("ab").close()
        except OSError as exc:
            print(f"govreport: error: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
            return 2
    jobs = args.jobs or os.cpu_count() or 1
    try:
        stats = run(paths, out, jobs=jobs, resume=args.resume,
                    progress=None if not args.no_progress else False,
                    engine=engine, scheduler=args.scheduler, archive=not args.no_archive_names)
    except KeyboardInterrupt:
        print("govreport: interrupted; finished records are kept (rerun with --resume)", file=sys.stderr)
        return 130
    where = out if out is not None else "stdout"
    linked = "" if out is None or args.no_archive_names else f"; {_linked(stats.linked)}"
    print(f"govreport: {stats.documents} documents written to {where}"
          f" ({stats.with_errors} with errors, {stats.skipped} already done){linked}", file=sys.stderr)
    return 0


def _linked(n: int) -> str:
    return f"the archive pass added companies found in other records to {n} records"


def _cmd_link(args: argparse.Namespace) -> int:
    from .relink import relink_file

    path = Path(args.input)
    if not path.is_file():
        return _no_such_file(path)
    print(f"govreport: {_linked(relink_file(path))}", file=sys.stderr)
    return 0


def _cmd_stage(args: argparse.Namespace) -> int:
    from .record import dumps
    from .stages import stage_function

    try:
        fn = stage_function(args.name)
    except ValueError as exc:
        print(f"govreport: error: {exc}", file=sys.stderr)
        return 2
    src = sys.stdin if args.input in (None, "-") else open(args.input, encoding="utf-8")
    dst = sys.stdout if args.output in (None, "-") else open(args.output, "w", encoding="utf-8")
    try:
        for line in src:
            line = line.strip()
            if not line:
                continue
            item = json.loads(line) if line.startswith("{") else line
            dst.write(dumps(fn(item)) + "\n")
    finally:
        if src is not sys.stdin:
            src.close()
        if dst is not sys.stdout:
            dst.close()
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from . import load
    from .evaluate import format_scores, gold_documents, score_records
    from .process import process_path
    from .relink import relink_records

    gold = Path(args.gold_dir)
    if not gold.is_dir():
        print(f"govreport: error: no such gold folder: {gold}", file=sys.stderr)
        return 2
    search = [Path(p) for p in args.paths] or [gold.parent.parent / "corpus"]
    files = gold_documents(gold, search)
    nlp = load()
    records = [process_path(nlp, f, source=str(f)) for f in files]
    records = relink_records(records)  # the archive pass, as `run` does
    result = score_records(records, gold)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(format_scores(result))
    return 0


def _cmd_show(args: argparse.Namespace) -> int:
    from .view import render_record

    src = Path(args.file)
    if not src.exists():
        return _no_such_file(src)
    if src.suffix == ".jsonl":
        record = None
        with src.open(encoding="utf-8") as fh:  # stream: the first matching record is enough
            for line in fh:
                if line.strip():
                    candidate = json.loads(line)
                    if not args.source or args.source in candidate.get("source", ""):
                        record = candidate
                        break
        if record is None:
            print("govreport: error: no record matches", file=sys.stderr)
            return 2
    else:
        from . import load
        from .process import process_path

        record = process_path(load(), src, source=str(src))
    out = Path(args.output or Path(record["source"]).name + ".html")
    out.write_text(render_record(record), encoding="utf-8")
    print(f"govreport: wrote {out}", file=sys.stderr)
    return 0


def _no_such_file(src: Path) -> int:
    print(f"govreport: error: no such file: {src}", file=sys.stderr)
    return 2


def _cmd_summary(args: argparse.Namespace) -> int:
    from .summary import write_summary

    src = Path(args.jsonl)
    if not src.is_file():
        return _no_such_file(src)
    index = write_summary(src, Path(args.output))
    print(f"govreport: wrote {index}", file=sys.stderr)
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    src = Path(args.jsonl)
    if not src.is_file():
        return _no_such_file(src)
    try:
        from .export import export

        rows = export(src, Path(args.to), format=args.format)
    except ImportError as exc:
        print(f'govreport: error: export needs pip install "govreport[dataset]" ({exc})', file=sys.stderr)
        return 2
    counts = ", ".join(f"{n} {name}" for name, n in rows.items())
    print(f"govreport: wrote {args.format} to {args.to} ({counts})", file=sys.stderr)
    return 0


def _cmd_panel(args: argparse.Namespace) -> int:
    from .research import write_panel

    src = Path(args.jsonl)
    if not src.is_file():
        return _no_such_file(src)
    counts = write_panel(src, Path(args.output))
    print(f"govreport: wrote {counts['figures']} figures and {counts['indicators']} indicator rows to {args.output}",
          file=sys.stderr)
    return 0


def _cmd_orgs(args: argparse.Namespace) -> int:
    from .research import write_registry

    src = Path(args.jsonl)
    if not src.is_file():
        return _no_such_file(src)
    n = write_registry(src, Path(args.output))
    print(f"govreport: wrote {n} organizations to {args.output}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="govreport", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="process files and folders into JSONL, one record per document")
    p.add_argument("paths", nargs="*", help=f"files and folders (default: {DEFAULT_CORPUS}/)")
    p.add_argument("-o", "--output", help="output JSONL (default: standard output)")
    p.add_argument("-j", "--jobs", type=int, default=0, help="worker processes (default: all cores)")
    p.add_argument("--resume", action="store_true", help="skip documents already in the output, append the rest")
    p.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local: this machine's cores; dask: a Dask cluster (inputs may be fsspec URLs)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler address or scheduler JSON file (implies --engine dask;"
                        " without it --engine dask starts a local cluster of -j workers)")
    p.add_argument("--no-archive-names", action="store_true",
                   help="each document on its own: do not share the companies found in some records"
                        " with the others (the archive pass; never done on standard output)")
    p.set_defaults(func=_cmd_run)

    p = sub.add_parser("link", help="the archive pass alone: share the companies found in some records of a"
                                    " JSONL file with the others, in place")
    p.add_argument("input", help="JSONL records of `run` (or of the write stage)")
    p.set_defaults(func=_cmd_link)

    p = sub.add_parser("stage", help="run one stage over JSONL records of the stage before")
    p.add_argument("name", help="read, normalize, segment, sections, organizations, amounts, tables, metadata, timing, write")
    p.add_argument("-i", "--input", help="input JSONL (read: one path a line); default stdin")
    p.add_argument("-o", "--output", help="output JSONL; default stdout")
    p.set_defaults(func=_cmd_stage)

    p = sub.add_parser("evaluate", help="score the pipeline against a gold folder")
    p.add_argument("gold_dir")
    p.add_argument("paths", nargs="*", help="where to find the documents (default: GOLD_DIR/../../corpus)")
    p.add_argument("--json", action="store_true", help="full result with per-document figures")
    p.set_defaults(func=_cmd_evaluate)

    p = sub.add_parser("show", help="one self-contained HTML page for a document or a record")
    p.add_argument("file", help="a document, or a JSONL file of records")
    p.add_argument("--source", help="with a JSONL file: the record whose source contains this")
    p.add_argument("-o", "--output", help="the HTML file (default: <name>.html)")
    p.set_defaults(func=_cmd_show)

    p = sub.add_parser("summary", help="a corpus overview (HTML, CSV tables, chart) of a JSONL file")
    p.add_argument("jsonl")
    p.add_argument("-o", "--output", required=True, help="output folder")
    p.set_defaults(func=_cmd_summary)

    p = sub.add_parser("export", help="a JSONL of records to Parquet tables or a HuggingFace dataset")
    p.add_argument("jsonl")
    p.add_argument("--to", required=True, metavar="DIR", help="output folder")
    p.add_argument("--format", choices=("parquet", "hf"), default="parquet",
                   help="parquet: flat tables (documents, amounts, organizations, …);"
                        " hf: a datasets dataset for load_from_disk (default: parquet)")
    p.set_defaults(func=_cmd_export)

    p = sub.add_parser("panel", help="figures by district and year: figures.csv/.parquet, indicators.csv")
    p.add_argument("jsonl")
    p.add_argument("-o", "--output", required=True, help="output folder")
    p.set_defaults(func=_cmd_panel)

    p = sub.add_parser("orgs", help="organizations across the corpus: organizations.csv/.parquet")
    p.add_argument("jsonl")
    p.add_argument("-o", "--output", required=True, help="output folder")
    p.set_defaults(func=_cmd_orgs)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
