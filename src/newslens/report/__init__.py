"""The visual report: one self-contained HTML page showing an article and its layers.

>>> html = newslens.analyse(text).to_html()

The page needs no network and loads nothing: CSS, script and data are inline,
and every string from the article is escaped (the page's Content-Security-Policy
runs its own script only). Each layer gets its own colour and a toggle; clicking
a quote shows its cue, speaker and source; a side panel shows the sourcing
profile, the sources with their roles, the figures and the credits.
"""

from __future__ import annotations

import os

from ..model import Document
from .page import json_for_script, render_page
from .sourcing import attribution_kind, sourcing_profile

__all__ = ["attribution_kind", "json_for_script", "render_html", "sourcing_profile", "write_html"]


def render_html(doc: Document, *, title: str | None = None) -> str:
    """The report page for ``doc`` as an HTML string (``title`` defaults to the headline)."""
    return render_page(doc, title=title)


def write_html(doc: Document, path: str | os.PathLike[str], *, title: str | None = None) -> None:
    """Write the report page for ``doc`` to ``path`` (UTF-8)."""
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(render_page(doc, title=title))
