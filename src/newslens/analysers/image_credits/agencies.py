"""The agencies lexicon: who signs picture credits, and each one's normalised name.

The data lives in ``agencies.tsv`` beside this module (its header names its source).
"""

from __future__ import annotations

from importlib import resources

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
_TRAILING_WORD = regex.compile(r"\s+(?:photos?|pictures?|images|video|tv|news\ agency)$", regex.IGNORECASE | regex.VERBOSE)


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
    NAMED_LISTS[f"{name}_long"] = long or ["\x00"]
    return (
        f"(?<![\\p{{L}}\\p{{N}}])"
        f"(?:(?i:\\L<{name}_long>)(?![\\p{{Ll}}\\p{{N}}])|\\L<{name}_short>(?![\\p{{L}}\\p{{N}}]))"
    )
