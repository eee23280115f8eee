"""The ``newslens`` command: one subcommand per module listed in :data:`COMMANDS`.

Adding a subcommand is one module in this package exposing ``add_parser(subparsers)``
(which adds its parser and returns it) and ``run(args) -> int`` (the exit status),
plus one line in :data:`COMMANDS`. Errors are reported on stderr as one line,
``newslens: error: <reason>``, with a non-zero exit status.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ..__about__ import __version__, compiled_modules

__all__ = ["COMMANDS", "CommandError", "add_plugins_option", "main"]


class CommandError(Exception):
    """A reason to stop a command: printed as one line on stderr; ``status`` is the exit code."""

    def __init__(self, message: str, status: int = 1):
        super().__init__(message)
        self.status = status


def add_plugins_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--plugins a,b``: load only these third-party plugins (the built-ins always load)."""
    parser.add_argument(
        "--plugins",
        metavar="NAMES",
        default=argparse.SUPPRESS,
        help="comma list of the third-party plugins to load (entry-point or distribution names; "
        "empty loads none); overrides NEWSLENS_LOAD_PLUGINS",
    )


def comma_list(value: str) -> tuple[str, ...]:
    """Parse ``a,b , c`` into ``("a", "b", "c")`` (empty items dropped)."""
    return tuple(v.strip() for v in value.split(",") if v.strip())


from . import analyse, demo, plugins, report, summary  # noqa: E402  (the subcommands use the helpers above)

#: The subcommand modules, in the order ``newslens --help`` lists them.
COMMANDS = (
    analyse,
    plugins,
    demo,
    report,
    summary,
)


def _version() -> str:
    """``newslens --version``: the version, and whether the analysers run compiled."""
    compiled = compiled_modules()
    how = f"{len(compiled)} modules compiled with mypyc" if compiled else "pure Python"
    return f"newslens {__version__} ({how})"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``newslens`` command with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="newslens",
        description="Read news articles and show what they are made of: headline, body, credits, "
        "quotes, sources, entities, figures and image credits.",
    )
    parser.add_argument("--version", action="version", version=_version())
    add_plugins_option(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        sub = command.add_parser(subparsers)
        sub.set_defaults(run=command.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``newslens`` command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        if getattr(args, "plugins", None) is not None:
            from ..plugins import load_plugins

            load_plugins(allow=comma_list(args.plugins))
        return args.run(args)
    except CommandError as exc:
        print(f"newslens: error: {exc}", file=sys.stderr)
        return exc.status
    except BrokenPipeError:
        # The reader went away (`newslens analyse ... | head`): not an error of ours.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("newslens: interrupted", file=sys.stderr)
        return 130
