"""Which text is short enough for a ``regex`` search to need no time limit.

Every pattern that could run long on hostile text is given ``timeout=`` (see
docs/security.md). Asking ``regex`` for one is not free: two clock readings per call,
each a system call on some machines, and more during a long search; on news, where
most searches cover a line or a paragraph, that was a fifth of some patterns' time.
A pattern that reads its text in linear, bounded work (each use says why its pattern
does) cannot run long on :data:`SHORT` characters, and is matched there without one.
"""

from __future__ import annotations

__all__ = ["SHORT", "limit"]

#: Text this short (from where a search starts to where it must stop) needs no time limit
#: for a pattern of linear, bounded work: it finishes within well under a millisecond.
SHORT = 2_000


def limit(length: int, seconds: float) -> float | None:
    """The ``timeout=`` of a search over ``length`` characters: None (no limit) on :data:`SHORT` text, else ``seconds``."""
    return None if length <= SHORT else seconds
