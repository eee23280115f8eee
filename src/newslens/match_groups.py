"""A pattern's groups by number, for the analysers that read matches many times.

``regex`` reads a group given by its name (``m.group("unit")``) only after trying the
name as a number, which raises and clears a TypeError: about a microsecond a look,
more than most matches take. A group given by its number is read at once. The
numbers come from the pattern's own ``groupindex``, so no number is written by hand.
"""

from __future__ import annotations

from types import SimpleNamespace

import regex

__all__ = ["group_numbers"]


def group_numbers(pattern: regex.Pattern) -> SimpleNamespace:
    """``pattern``'s groups by number, an attribute per name: ``m.group(SUFFIX_GROUPS.unit)``."""
    return SimpleNamespace(**pattern.groupindex)
