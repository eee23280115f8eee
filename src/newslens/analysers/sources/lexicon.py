"""The sources analyser's word lists, read once from the data files beside this module.

Each data file names where its knowledge came from in its header. They are what the
analyser falls back on when the ``entities`` layer found nothing, and what tells an
unnamed source ("U.S. officials") or a document ("a statement") from a name.
"""

from __future__ import annotations

from importlib import resources
from typing import Final

import regex

__all__ = [
    "ANONYMOUS_HEADS",
    "DESCRIPTIONS",
    "DOCUMENT_HEADS",
    "ORGANIZATION_WORDS",
    "OUTLET_NAMES",
    "OUTLET_NEEDS_ARTICLE",
    "OUTLET_NOUNS",
    "PLURAL_HEADS",
    "ROLE_WORDS",
    "outlet_at",
    "outlet_ending_at",
    "outlet_name",
]


def _lines(filename: str) -> list[str]:
    text = resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _pairs(filename: str) -> dict[str, str]:
    """``word -> singular`` for both forms of each "singular plural" line."""
    out: dict[str, str] = {}
    for line in _lines(filename):
        singular, plural = line.split()
        out[singular] = singular
        out[plural] = singular
    return out


def _plurals(*filenames: str) -> frozenset[str]:
    return frozenset(line.split()[1] for name in filenames for line in _lines(name))


#: Head nouns of unnamed sources, each form mapped to its singular ("officials" -> "official").
ANONYMOUS_HEADS: Final[dict[str, str]] = _pairs("anonymous.txt")
#: Head nouns of documents, each form mapped to its singular ("filings" -> "filing").
DOCUMENT_HEADS: Final[dict[str, str]] = _pairs("documents.txt")
#: The plural forms among both lists.
PLURAL_HEADS: Final[frozenset[str]] = _plurals("anonymous.txt", "documents.txt")
#: Words of a title or description ("secretary", "spokesman", "sen.").
ROLE_WORDS: Final[frozenset[str]] = frozenset(_lines("roles.txt"))
#: Words and phrases naming an organisation ("government", "white house", "inc.").
ORGANIZATION_WORDS: Final[frozenset[str]] = frozenset(_lines("organizations.txt"))
#: Nouns that describe a person without a title ("the billionaire businessman").
DESCRIPTIONS: Final[frozenset[str]] = frozenset(_lines("descriptions.txt"))
#: Nouns that stand for an outlet ("the newspaper", "the network").
OUTLET_NOUNS: Final[frozenset[str]] = frozenset(_lines("outlet_nouns.txt"))


def _outlets() -> tuple[dict[str, str], list[tuple[str, bool]]]:
    """``alias -> canonical`` (alias without its article) and ``(alias, article required)``."""
    names: dict[str, str] = {}
    forms: list[tuple[str, bool]] = []
    for line in _lines("outlets.txt"):
        aliases = [a.strip() for a in line.split("|")]
        canonical = aliases[0]
        if canonical.startswith("the "):
            canonical = "The " + canonical[4:]
        for alias in aliases:
            needs_article = alias.startswith("the ")
            bare = alias[4:] if alias.startswith(("the ", "The ")) else alias
            names[bare] = canonical
            forms.append((bare, needs_article))
    return names, forms


#: Every outlet alias (without a leading "the") mapped to its canonical name.
OUTLET_NAMES, _OUTLET_FORMS = _outlets()


#: Aliases that name an outlet only with their article: "the Post", not "Post".
OUTLET_NEEDS_ARTICLE: Final[frozenset[str]] = frozenset(a for a, need in _OUTLET_FORMS if need) - frozenset(
    a for a, need in _OUTLET_FORMS if not need
)
#: The most words in any outlet alias ("Radio Free Europe/Radio Liberty" counts as 3).
OUTLET_MAX_WORDS: Final[int] = max(len(a.split()) for a in OUTLET_NAMES)

_WORD: Final = regex.compile(r"[^\s]+")
_TRAILING: Final = ",.;:!?)\"”’'"


def outlet_name(words: str) -> str | None:
    """The canonical outlet name for ``words`` ("the Inquisitr", "Reuters’s"), or None.

    A dictionary look-up, not a regex: the list is long and this runs for every
    speaker and citation.
    """
    words = words.strip()
    for possessive in ("’s", "'s"):
        if words.endswith(possessive):
            words = words[: -len(possessive)]
            break
    article = words.startswith(("the ", "The "))
    bare = words[4:].lstrip() if article else words
    name = OUTLET_NAMES.get(bare)
    if name is None or (bare in OUTLET_NEEDS_ARTICLE and not article):
        return None
    return name


def outlet_at(text: str, start: int, end: int) -> tuple[int, str] | None:
    """The outlet named by the words at ``start`` (not past ``end``): ``(its end, name)``.

    The longest alias wins: "Fox News Channel" over "Fox News".
    """
    # Every name tried below opens with the window's first word (or its second, after
    # "the"): unless that word opens some alias, none can be an outlet's.
    opening = text[start : min(end, start + 120)].split(None, 2)
    if not any(_opens_alias(w) for w in opening[: 2 if opening[:1] in (["the"], ["The"]) else 1]):
        return None
    words = []
    for m in _WORD.finditer(text, start, min(end, start + 120)):
        words.append(m)
        if len(words) > OUTLET_MAX_WORDS:  # one more for a leading "the"
            break
    return _longest(text, words, start, range(len(words), 0, -1), at_start=True)


def outlet_ending_at(text: str, start: int, stop: int) -> tuple[int, str] | None:
    """The outlet whose name ends at ``stop`` (looking no further back than ``start``):
    ``(its start, name)``."""
    window = max(start, stop - 120)
    # Every name tried below ends with the window's last word, so unless that word
    # ends some alias, none can be an outlet's: one look-up instead of one per cut.
    if _last_word(text[window:stop]) not in _OUTLET_LAST_WORDS:
        return None
    words = list(_WORD.finditer(text, window, stop))[-(OUTLET_MAX_WORDS + 1) :]
    return _longest(text, words, stop, range(len(words)), at_start=False)


def _opens_alias(word: str) -> bool:
    """Whether ``word`` may be the first word of an outlet's alias, as
    :func:`outlet_at` would read it: "Reuters", or "Reuters’s," when it is the only
    word (its trailing marks and possessive then dropped)."""
    if word in _OUTLET_FIRST_WORDS:
        return True
    word = word.rstrip(_TRAILING)
    if word.endswith(("’s", "'s")):
        word = word[:-2]
    return word in _OUTLET_FIRST_WORDS


def _last_word(words: str) -> str:
    """The last word of ``words`` as :func:`outlet_name` would read it: without the
    possessive ("Post’s" -> "Post"); "" when there is none."""
    words = words.strip()
    for possessive in ("’s", "'s"):
        if words.endswith(possessive):
            words = words[: -len(possessive)]
            break
    last = words.split()
    return last[-1] if last else ""


#: The first word of every outlet alias ("Washington" for "Washington Post").
_OUTLET_FIRST_WORDS: Final[frozenset[str]] = frozenset(alias.split()[0] for alias in OUTLET_NAMES)
#: The last word of every outlet alias ("Post" for "Washington Post").
_OUTLET_LAST_WORDS: Final[frozenset[str]] = frozenset(alias.split()[-1] for alias in OUTLET_NAMES)


def _longest(text: str, words: list, anchor: int, cuts, *, at_start: bool) -> tuple[int, str] | None:
    for k in cuts:
        chosen = words[:k] if at_start else words[k:]
        if not chosen:
            continue
        first, last = chosen[0], chosen[-1]
        s, e = first.start(), last.end()
        if at_start:
            while e > s and text[e - 1] in _TRAILING and not text.endswith(("’s", "'s"), s, e):
                e -= 1
        name = outlet_name(text[s:e])
        if name is not None:
            return (e, name) if at_start else (s, name)
    return None
