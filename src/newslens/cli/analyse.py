"""``newslens analyse``: analyse one article, or a whole corpus, and write the results.

One text file (or ``-``, the standard input) prints one JSON document. Several
inputs, directories or files of records (``.jsonl``, ``.json``) make a corpus run:
one JSON line per article, in input order, spread over ``--workers`` processes,
with a progress bar, a summary line, and ``--resume`` after an interruption.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from . import CommandError, add_plugins_option, comma_list

HELP = "analyse articles: files, directories, JSON Lines or JSON arrays of records, or - (stdin)"
_MAX_ERRORS_SHOWN = 20  # past this, input errors are only counted (they are in the output anyway)


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``analyse`` subcommand."""
    p = subparsers.add_parser("analyse", aliases=["analyze"], help=HELP, description=__doc__)
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="a text file, a directory, a .jsonl/.json file of records, or -")
    p.add_argument("--format", choices=("json", "jsonl", "text"), help="output format (default: json for one article, jsonl for a corpus)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of the standard output")
    p.add_argument("--layers", type=comma_list, metavar="NAMES", help="only these layers (and what they need)")
    p.add_argument("--enable", type=comma_list, metavar="NAMES", help="only these analysers")
    p.add_argument("--disable", type=comma_list, default=(), metavar="NAMES", help="leave out these analysers")
    add_plugins_option(p)
    corpus = p.add_argument_group("corpus")
    corpus.add_argument("--glob", default="*.txt", help="files to take from directories, searched recursively (default: *.txt)")
    corpus.add_argument("--input-format", choices=("auto", "text", "jsonl", "json"), default="auto",
                        help="how to read inputs (default: by suffix: .jsonl/.ndjson records per line, .json an array, else text)")
    corpus.add_argument("--id-field", type=comma_list, default=("id",), metavar="NAMES", help="record field(s) holding the id (default: id)")
    corpus.add_argument("--title-field", type=comma_list, default=("title", "headline"), metavar="NAMES",
                        help="record field(s) holding the title (default: title,headline)")
    corpus.add_argument("--text-field", type=comma_list, default=("text", "content", "body"), metavar="NAMES",
                        help="record field(s) holding the text (default: text,content,body)")
    corpus.add_argument("--workers", type=int, default=os.cpu_count() or 1, metavar="N",
                        help="worker processes (default: the machine's cores)")
    corpus.add_argument("--chunk-size", type=int, default=32, metavar="N", help="articles sent to a worker at a time (default: 32)")
    corpus.add_argument("--resume", action="store_true", help="continue an interrupted run: keep the records already in --output, repair a torn last line")
    corpus.add_argument("--budget", type=float, metavar="SECONDS", help="time allowed to each analyser per article; past it the analyser's failure is recorded")
    corpus.add_argument("--errors", choices=("strict", "replace"), default="strict", help="undecodable bytes: fail the input (strict) or replace them")
    corpus.add_argument("--strict", action="store_true", help="stop at the first analyser failure")
    corpus.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")
    return p


def _progress(args: argparse.Namespace):
    """A tqdm bar on stderr, or None (quiet, stderr not a terminal, or tqdm not installed)."""
    if args.quiet or not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    # No monitor thread: worker processes are forked after the bar exists, and
    # forking a process that runs threads is how deadlocks start.
    tqdm.monitor_interval = 0
    return tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)


def run(args: argparse.Namespace) -> int:
    """Analyse the inputs; exit 1 if some input could not be read, 130 if interrupted."""
    from ..corpus import Fields, Options, WorkerDied, read_inputs, run_corpus
    from ..corpus.inputs import STDIN, InputError, check_paths
    from ..corpus.output import ResumeError, Sink, resume
    from ..pipeline import AnalyserError, PlanError

    try:
        check_paths(args.inputs)
    except InputError as exc:
        raise CommandError(str(exc)) from None
    fields = Fields(id=args.id_field, title=args.title_field, text=args.text_field)
    single = len(args.inputs) == 1 and not os.path.isdir(args.inputs[0]) and (
        args.input_format == "text" or (args.input_format == "auto" and (args.inputs[0] == STDIN or
                                        not args.inputs[0].lower().endswith((".jsonl", ".ndjson", ".json"))))
    )
    fmt = args.format or ("json" if single else "jsonl")
    if args.resume and not args.output:
        raise CommandError("--resume needs --output FILE (the output of the interrupted run)", 2)
    if args.resume and fmt != "jsonl":
        raise CommandError("--resume works with --format jsonl only", 2)
    if args.workers < 1 or args.chunk_size < 1:
        raise CommandError("--workers and --chunk-size must be at least 1", 2)
    options = Options(
        fields=fields,
        plugins=comma_list(args.plugins) if getattr(args, "plugins", None) is not None else None,
        enable=args.enable,
        disable=args.disable,
        layers=args.layers,
        budget=args.budget,
        strict=args.strict,
    )
    try:
        from ..corpus.work import pipeline_for

        pipeline_for(options)  # plan now: a bad --layers/--disable fails before any input is read
    except PlanError as exc:
        raise CommandError(str(exc), 2) from None

    items = read_inputs(args.inputs, glob=args.glob, input_format=args.input_format, fields=fields, errors=args.errors)
    if single:
        item = next(items)
        if item.error is not None:
            raise CommandError(item.error[1])
        items = iter([item])
    resume_from = (0, None)
    if args.output:
        if args.resume:
            resume_from = resume(args.output)
        stream = open(args.output, "a" if args.resume else "w", encoding="utf-8", newline="\n")
    else:
        stream = sys.stdout
    bar = None if single else _progress(args)
    shown = 0

    def on_error(message: str) -> None:
        nonlocal shown
        shown += 1
        if shown <= _MAX_ERRORS_SHOWN:
            _print(bar, f"newslens: {message}")
        elif shown == _MAX_ERRORS_SHOWN + 1:
            _print(bar, "newslens: more inputs could not be read; they are all in the output with their reason")

    try:
        summary = run_corpus(
            items,
            Sink(stream, durable=bool(args.output)),
            options=options,
            fmt=fmt,
            workers=1 if single else args.workers,
            chunk_size=args.chunk_size,
            resume_from=resume_from,
            single=single,
            layers=args.layers,
            on_chunk=bar.update if bar is not None else None,
            on_error=on_error,
        )
    except ResumeError as exc:
        raise CommandError(str(exc), 2) from None
    except AnalyserError as exc:
        raise CommandError(str(exc)) from None
    except WorkerDied as exc:
        where = f"; rerun with --resume -o {args.output} to finish" if args.output else ""
        raise CommandError(f"{exc}{where}") from None
    finally:
        if bar is not None:
            bar.close()
        if stream is not sys.stdout:
            stream.close()
    if not single and not args.quiet:
        print(summary.line(), file=sys.stderr)
    if summary.interrupted:
        where = f"; rerun with --resume -o {args.output} to finish" if args.output else ""
        print(f"newslens: interrupted{where}", file=sys.stderr)
        return 130
    return 1 if summary.input_errors else 0


def _print(bar: Any, message: str) -> None:
    if bar is not None:
        bar.write(message, file=sys.stderr)
    else:
        print(message, file=sys.stderr)
