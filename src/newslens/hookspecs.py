"""The hooks a newslens plugin can implement. Each is a documented stub.

A plugin is a module (or object) with functions marked ``@newslens.hookimpl`` and
named like the stubs below, found through the ``newslens`` entry-point group.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pluggy

hookspec = pluggy.HookspecMarker("newslens")
hookimpl = pluggy.HookimplMarker("newslens")

__all__ = ["hookimpl", "hookspec", "register_analysers", "register_readers"]


@hookspec
def register_analysers(register: Callable[[Any], None]) -> None:
    """Register analysers: call ``register(analyser)`` once for each.

    An analyser is an object with ``name``, ``version``, ``requires`` (layer names),
    ``produces`` (one layer name) and ``analyse(doc)`` returning annotations; see
    :class:`newslens.Analyser`. Instances must be picklable, so they can travel to
    worker processes.
    """


@hookspec
def register_readers(register: Callable[[Any], None]) -> None:
    """Register readers that turn a file of another format into a document.

    A reader is an object with ``name``, ``suffixes`` (e.g. ``(".html", ".htm")``)
    and ``read(data: bytes, *, path: str) -> newslens.Document``.
    """
