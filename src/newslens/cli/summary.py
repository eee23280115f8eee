"""``newslens summary OUT.jsonl``: summarise the output of a corpus run.

Most quoted people and organisations, outlets cited, the share of attributions
resting on anonymous sources (overall and, with ``--by FIELD``, per value of a
field of the records such as ``publisher``), and figures per article. ``--html``
writes a page with inline-SVG charts instead.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from . import CommandError

HELP = "summarise a corpus run's JSON Lines output: sources, outlets, anonymous share, figures"


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``summary`` subcommand."""
    p = subparsers.add_parser("summary", help=HELP, description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", metavar="OUT.jsonl", help="JSON Lines output of `newslens analyse` (several files are summarised together)")
    p.add_argument("--by", metavar="FIELD", help="also give the sourcing per value of this record field (e.g. publisher)")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table", help="output format (default: table)")
    p.add_argument("--html", action="store_true", help="write an HTML page with charts instead")
    p.add_argument("--top", type=int, default=20, metavar="N", help="how many people, organisations and outlets to list (default: 20)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of the standard output")
    return p


def run(args: argparse.Namespace) -> int:
    """Summarise the inputs and print (or write) the summary."""
    import os
    from itertools import chain

    from ..summary import format_csv, format_html, format_json, format_table, read_records, summarise

    for path in args.inputs:
        if not os.path.isfile(path):
            raise CommandError(f"{path}: no such file")
    if args.top < 0:
        raise CommandError("--top must be at least 0", 2)
    try:
        summary = summarise(chain.from_iterable(read_records(p) for p in args.inputs), by=args.by, top=args.top)
    except UnicodeDecodeError as exc:
        raise CommandError(f"not UTF-8 text at byte offset {exc.start}") from None
    except OSError as exc:
        raise CommandError(f"cannot read: {exc}") from None
    if args.html:
        out = format_html(summary)
    else:
        out = {"table": format_table, "csv": format_csv, "json": format_json}[args.format](summary)
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(out)
    else:
        sys.stdout.write(out)
    return 0
