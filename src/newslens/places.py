"""Where given characters stand in a text, found by ``str.find``.

Several readers first look for a few kinds of character (quotation marks, the marks
that end a sentence) and then read only there. ``str.find`` passes over the
characters between in C, one comparison each; a pattern scan (``re``'s, let alone
``regex``'s) spends tens of instructions on every character of the text, and few are
the ones sought.
"""

from __future__ import annotations

__all__ = ["char_places"]


def char_places(text: str, chars: str, lo: int = 0, hi: int | None = None, most: int | None = None) -> list[int]:
    """Every offset in ``text[lo:hi]`` where one of ``chars`` stands, in order.

    With ``most``, the search stops as soon as it holds more than ``most`` places:
    the list then holds ``most + 1`` of them, not in order, for a caller that reads
    the text another way past that many.
    """
    # Methods called on their objects, not bound to locals: mypyc then calls str.find
    # and list.append directly, and CPython 3.11 specialises both calls as well.
    stop = len(text) if hi is None else hi
    places: list[int] = []
    for ch in chars:
        i = text.find(ch, lo, stop)
        while i >= 0:
            places.append(i)
            if most is not None and len(places) > most:
                return places
            i = text.find(ch, i + 1, stop)
    places.sort()
    return places
