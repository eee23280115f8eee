"""The sources analyser's word lists, read once from the data files beside this module.

Each data file names where its knowledge came from in its header. They are what the
analyser falls back on when the ``entities`` layer found nothing, and what tells an
unnamed source ("U.S. officials") or a document ("a statement") from a name.
"""

from __future__ import annotations

from importlib import resources

import regex

__all__ = [
    "ANONYMOUS_HEADS",
    "DOCUMENT_HEADS",
    "ORGANIZATION_WORDS",
    "OUTLET_NAMES",
    "OUTLET_PATTERN",
    "PLURAL_HEADS",
    "ROLE_WORDS",
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
ANONYMOUS_HEADS: dict[str, str] = _pairs("anonymous.txt")
#: Head nouns of documents, each form mapped to its singular ("filings" -> "filing").
DOCUMENT_HEADS: dict[str, str] = _pairs("documents.txt")
#: The plural forms among both lists.
PLURAL_HEADS: frozenset[str] = _plurals("anonymous.txt", "documents.txt")
#: Words of a title or description ("secretary", "spokesman", "sen.").
ROLE_WORDS: frozenset[str] = frozenset(_lines("roles.txt"))
#: Words and phrases naming an organisation ("government", "white house", "inc.").
ORGANIZATION_WORDS: frozenset[str] = frozenset(_lines("organizations.txt"))


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


def _outlet_regex() -> regex.Pattern:
    # Longest first, so "Fox News Channel" wins over "Fox News"; one alternation,
    # compiled once, scanned once per paragraph.
    optional = sorted({a for a, need in _OUTLET_FORMS if not need}, key=len, reverse=True)
    required = sorted({a for a, need in _OUTLET_FORMS if need} - set(optional), key=len, reverse=True)
    alt_optional = "|".join(regex.escape(a) for a in optional)
    alt_required = "|".join(regex.escape(a) for a in required)
    return regex.compile(
        rf"""
        (?<![\p{{L}}\p{{N}}])                 # not inside a longer word
        (?:
            (?:(?P<article>[Tt]he)\s+)?(?P<name>{alt_optional})
          | (?P<article>[Tt]he)\s+(?P<name>{alt_required})
        )
        (?![\p{{L}}\p{{N}}]|-\p{{L}})         # "Fox" is not "Foxconn", "AP" not "AP-NORC"
        (?P<possessive>['’]s?)?
        """,
        regex.VERBOSE | regex.V1,
    )


#: Finds an outlet's name in text; groups ``article``, ``name`` and ``possessive``.
OUTLET_PATTERN: regex.Pattern = _outlet_regex()


def outlet_name(words: str) -> str | None:
    """The canonical outlet name for ``words`` ("the Inquisitr", "Reuters’s"), or None."""
    m = OUTLET_PATTERN.fullmatch(words.strip(), timeout=1.0)
    return OUTLET_NAMES[m.group("name")] if m else None
