"""``newslens demo``: analyse the bundled sample article and print a readable report."""

from __future__ import annotations

import argparse
from typing import Any

from . import add_plugins_option

HELP = "analyse the bundled sample article and print a readable report"


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``demo`` subcommand."""
    p = subparsers.add_parser("demo", help=HELP, description=HELP)
    add_plugins_option(p)
    return p


def run(args: argparse.Namespace) -> int:
    """Print the demo report."""
    from ..demo import main

    return main()
