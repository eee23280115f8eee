"""The agencies lexicon: who signs picture credits, and each one's normalised name.

The data lives in ``agencies.tsv`` beside this module (its header names its source).
"""

from __future__ import annotations

from importlib import resources
from typing import Final

import attrs
import regex

__all__ = ["Agency", "LEXICON", "NAMED_LISTS", "lookup", "normalise", "alternation"]


@attrs.frozen
class Agency:
    """One written form of a credit signer: its normalised name and kind."""

    written: str
    name: str
    kind: str  # "wire", "agency", "outlet" or "platform"


def _load() -> dict[str, Agency]:
    text = resources.files(__package__).joinpath("agencies.tsv").read_text(encoding="utf-8")
    out: dict[str, Agency] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        written, name, kind = line.split("\t")
        out[written.casefold()] = Agency(written, name, kind)
    return out


#: Every written form, keyed by its casefolded spelling.
LEXICON: dict[str, Agency] = _load()

# A credit often names the agency with a word after it: "AP Photo", "Reuters Pictures".
_TRAILING_WORD: Final = regex.compile(r"\s+(?:photos?|pictures?|images|video|tv|news\ agency)$", regex.IGNORECASE | regex.VERBOSE)


def lookup(written: str) -> tuple[Agency, int] | None:
    """The agency that ``written`` names, and how many characters of it name it.

    Tries the words as they are, then without a leading "The", then without a
    trailing "Photo" / "Images" / "News Agency". None when none of these is known.
    """
    key = " ".join(written.split()).casefold()
    found = LEXICON.get(key)
    if found is not None:
        return found, len(written)
    if key.startswith("the "):
        found = LEXICON.get(key[4:])
        if found is not None:
            return found, len(written)
    m = _TRAILING_WORD.search(written)
    if m is not None:
        inner = lookup(written[: m.start()])
        if inner is not None:
            # "AP Photo" names AP; "KUNA News Agency" is the agency's own name, whole
            named = len(written) if m.group().strip().casefold().startswith("news") else m.start()
            return inner[0], named
    return None


def normalise(written: str) -> str:
    """The agency's normalised name ("GETTY" -> "Getty Images"), or ``written`` as it is."""
    found = lookup(written)
    return found[0].name if found is not None else written


#: The word lists that :func:`alternation` patterns refer to by name (``\\L<name>``);
#: pass them to ``regex.compile(pattern, **NAMED_LISTS)``. A named list is matched as
#: a set, so a pattern stays small and fast however long the lexicon grows.
NAMED_LISTS: dict[str, list[str]] = {}


def alternation(name: str, kinds: tuple[str, ...] = ("wire", "agency", "outlet", "platform"), *, upper: bool = False) -> str:
    """A pattern (VERBOSE-safe) matching the written forms of those kinds, as a whole word.

    Forms of three letters or fewer ("AP", "AFP") match only as written, longer ones
    in any case; the longest form that fits wins ("Getty Images" over "Getty"). With
    ``upper``, only each form's all-capitals spelling ("REUTERS"). The lists are
    stored in :data:`NAMED_LISTS` under ``name``.
    """
    forms = [a.written.upper() if upper else a.written for a in LEXICON.values() if a.kind in kinds]
    short = sorted({f for f in forms if upper or len(f) <= 3})
    long = sorted({f for f in forms if not upper and len(f) > 3})
    NAMED_LISTS[f"{name}_short"] = short or ["\x00"]
    any_case = _any_case_lists(f"{name}_long", long or ["\x00"])
    return (
        f"(?<![\\p{{L}}\\p{{N}}])"
        f"(?:{any_case}(?![\\p{{Ll}}\\p{{N}}])|\\L<{name}_short>(?![\\p{{L}}\\p{{N}}]))"
    )


#: What full case folding turns a single character into, written in ASCII ("ß" is
#: "ss", "ﬁ" is "fi"); each other such sequence holds a character past ASCII.
_ASCII_FOLDS: Final = ("ss", "ff", "fi", "fl", "st")


def _folds_fully(form: str) -> bool:
    """Whether full case folding may match ``form`` where simple folding does not ("ss": "ß")."""
    low = form.lower()
    return not form.isascii() or any(fold in low for fold in _ASCII_FOLDS)


def _any_case_lists(name: str, forms: list[str]) -> str:
    """``(?i:\\L<name>)`` for ``forms``: the same matches, tried in the same order, compiled faster.

    ``regex`` folds case fully in a ``VERSION1`` pattern, and for a named list it
    looks, in Python, for every full folding in every form: most of the time the
    credit patterns took to compile. Only forms holding what a character folds to
    ("ss", "fi", or anything past ASCII) need it: those go in list ``name_full``,
    the others in ``name``, matched with simple folding (``-f``), after them.

    The same forms are tried at each place, in an order that finds the same match:
    ``regex`` tries a list longest form first, and a form needing no full folding
    can match where one needing it does only when it is a shorter start of it (it
    cannot match a character folded to two, nor hold the "ss" of a longer form's
    start), so trying every form needing full folding first changes nothing.
    """
    parts = []
    for key, flags, chosen in ((f"{name}_full", "i", True), (name, "i-f", False)):
        NAMED_LISTS[key] = [f for f in forms if _folds_fully(f) is chosen]
        if NAMED_LISTS[key]:
            parts.append(f"(?{flags}:\\L<{key}>)")
    return "(?:" + "|".join(parts) + ")"
