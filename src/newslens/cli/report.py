"""``newslens report ARTICLE -o article.html``: the visual report of one article.

ARTICLE is a text file, ``-`` (the standard input), a page of a format that a
reader plugin reads (``.html`` with newslens-html installed), or a newslens JSON
document (the output of ``newslens analyse``), which is shown as it is without
analysing it again. The page is self-contained: open it in any browser, offline.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from . import CommandError, add_plugins_option, comma_list

HELP = "write the visual HTML report of one article (layers highlighted, sourcing panel)"


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``report`` subcommand."""
    p = subparsers.add_parser("report", help=HELP, description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("article", metavar="ARTICLE", help="a text file, an HTML page (with a reader plugin), a newslens .json document, or -")
    p.add_argument("-o", "--output", metavar="FILE", help="write the page to FILE (default: the standard output)")
    p.add_argument("--title", help="the page's title (default: the article's headline)")
    p.add_argument("--layers", type=comma_list, metavar="NAMES", help="only these layers (and what they need)")
    p.add_argument("--enable", type=comma_list, metavar="NAMES", help="only these analysers")
    p.add_argument("--disable", type=comma_list, default=(), metavar="NAMES", help="leave out these analysers")
    p.add_argument("--errors", choices=("strict", "replace"), default="strict", help="undecodable bytes: fail (strict) or replace them")
    add_plugins_option(p)
    return p


def _read_bytes(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise CommandError(f"{path}: cannot open: {exc.strerror or exc}") from None


def load_article(path: str, *, errors: str = "strict"):
    """``(document, analysed)``: the article at ``path``, and whether it already carries its layers."""
    from ..model import Document
    from ..parse import parse
    from ..readers import ReaderError, read_with_reader, reader_for

    data = _read_bytes(path)
    name = "<stdin>" if path == "-" else path
    if name.lower().endswith(".json"):
        try:
            record = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise CommandError(f"{name}: not a JSON document: {exc}") from None
        if isinstance(record, dict) and record.get("error"):
            raise CommandError(f"{name}: this record could not be analysed: {record['error']}")
        try:
            return Document.from_dict(record), True
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise CommandError(f"{name}: not a newslens document: {exc}") from None
    registered = reader_for(path) if path != "-" else None
    if registered is not None:
        try:
            return read_with_reader(registered, data, name), False
        except ReaderError as exc:
            raise CommandError(str(exc)) from None
    try:
        text = data.decode("utf-8", errors=errors)
    except UnicodeDecodeError as exc:
        raise CommandError(
            f"{name}: not UTF-8 text: byte 0x{data[exc.start:exc.start + 1].hex()} at offset {exc.start} cannot be decoded (try --errors replace)"
        ) from None
    return parse(text), False


def run(args: argparse.Namespace) -> int:
    """Analyse the article (unless it is already a document) and write its report."""
    from ..pipeline import AnalyserError, Pipeline, PlanError, default_pipeline

    doc, analysed = load_article(args.article, errors=args.errors)
    if not analysed:
        try:
            narrowed = args.layers is not None or args.enable is not None or args.disable
            pipeline = Pipeline.default(enable=args.enable, disable=args.disable, layers=args.layers) if narrowed else default_pipeline()
            doc = pipeline.run(doc)
        except (PlanError, AnalyserError) as exc:
            raise CommandError(str(exc), 2 if isinstance(exc, PlanError) else 1) from None
    page = doc.to_html(title=args.title)
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(page)
        except OSError as exc:
            raise CommandError(f"{args.output}: cannot write: {exc.strerror or exc}") from None
    else:
        sys.stdout.write(page)
    return 0
