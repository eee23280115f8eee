"""``newslens plugins``: the installed plugins, their analysers, and those that failed to load."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from . import add_plugins_option

HELP = "list installed plugins, their versions and analysers, and load failures"


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``plugins`` subcommand."""
    p = subparsers.add_parser("plugins", help=HELP, description=HELP)
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    add_plugins_option(p)
    return p


def describe() -> dict[str, Any]:
    """What ``newslens plugins --json`` prints: plugins, load failures and the allow-list."""
    from ..plugins import ENV_VAR, _state, installed_plugins, load_failures

    plugins = installed_plugins()
    return {
        "plugins": plugins,
        "failures": [
            {"plugin": f.plugin, "distribution": f.distribution, "stage": f.stage, "message": f.message}
            for f in load_failures()
        ],
        "allow": None if _state.allow is None else list(_state.allow),
        "env": os.environ.get(ENV_VAR),
    }


def run(args: argparse.Namespace) -> int:
    """Print the plugins; exit 0 even when some failed to load (they are listed)."""
    info = describe()
    if args.json:
        json.dump(info, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    out = []
    allow = "all installed" if info["allow"] is None else (", ".join(info["allow"]) or "none")
    out.append(f"Third-party plugins allowed: {allow}")
    if not info["plugins"]:
        out.append("No plugins are loaded.")
    for p in info["plugins"]:
        version = f" {p['version']}" if p["version"] else ""
        kind = "built-in" if p["builtin"] else "plugin"
        out.append(f"{p['name']} ({kind}, {p['distribution']}{version})")
        for a in p["analysers"]:
            requires = ", ".join(a["requires"]) or "nothing"
            out.append(f"  analyser {a['name']} {a['version']}: requires {requires}; produces {a['produces']}")
        for r in p["readers"]:
            out.append(f"  reader {r['name']}: {', '.join(r['suffixes']) or 'no suffixes'}")
        if not p["analysers"] and not p["readers"]:
            out.append("  (registers nothing)")
    if info["failures"]:
        out.append("")
        out.append(f"Failed to load ({len(info['failures'])}):")
        for f in info["failures"]:
            dist = f" (distribution {f['distribution']})" if f["distribution"] else ""
            out.append(f"  {f['plugin']}{dist}: {f['stage']} failed: {f['message']}")
    print("\n".join(out))
    return 0
