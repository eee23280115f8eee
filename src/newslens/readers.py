"""Find the reader plugin for a file: HTML pages and other formats that are not plain text.

Readers are registered through the ``register_readers`` hook (see
:mod:`newslens.hookspecs`); each names the suffixes it reads. A file whose suffix
no reader claims is read as UTF-8 text by the caller.
"""

from __future__ import annotations

import os
from typing import Any

from .model import Document
from .plugins import registered_readers

__all__ = ["ReaderError", "read_with_reader", "reader_for"]


class ReaderError(ValueError):
    """A reader plugin failed on a file; the message names the reader, its plugin and the file."""


def reader_for(path: str | os.PathLike[str]) -> Any | None:
    """The registered reader (a :class:`newslens.plugins.Registered`) for ``path``'s suffix, or None.

    When two plugins claim a suffix, the first by plugin name wins, so the choice
    is the same on every run.
    """
    suffix = os.path.splitext(os.fspath(path))[1].lower()
    if not suffix:
        return None
    for registered in sorted(registered_readers(), key=lambda r: (r.plugin, r.obj.name)):
        if suffix in tuple(s.lower() for s in getattr(registered.obj, "suffixes", ()) or ()):
            return registered
    return None


def read_with_reader(registered: Any, data: bytes, path: str) -> Document:
    """Run a reader on a file's bytes; any failure becomes a :class:`ReaderError`."""
    try:
        doc = registered.obj.read(data, path=path)
    except Exception as exc:
        raise ReaderError(
            f"{path}: reader {registered.obj.name!r} (plugin {registered.plugin}, distribution "
            f"{registered.distribution}) failed: {type(exc).__name__}: {exc}"
        ) from exc
    if not isinstance(doc, Document):
        raise ReaderError(f"{path}: reader {registered.obj.name!r} returned {type(doc).__name__}, not a newslens Document")
    return doc
