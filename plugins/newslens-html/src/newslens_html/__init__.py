"""newslens-html: read web pages into newslens documents.

Registers the ``html`` reader (``.html``, ``.htm``, ``.xhtml``) through the
``register_readers`` hook, so ``newslens analyse page.html`` and
``newslens report page.html`` read the article out of a page.
"""

from __future__ import annotations

import newslens

from .reader import HTMLReader, read_html

__all__ = ["HTMLReader", "read_html", "register_readers"]
__version__ = "0.1.0"


@newslens.hookimpl
def register_readers(register):
    """Register the HTML reader."""
    register(HTMLReader())
