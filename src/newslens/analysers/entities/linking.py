"""Tie the mentions of one article together: later "Kerry" is "John Kerry", ISIL is ISIS.

Each mention gets ``canonical``, the fullest name of its entity in the article.
A lone surname takes the label and canonical name of the person it ends; a name
followed by another in brackets or "also known as" is one entity with it; mentions
written alike are one entity. Lone unknown words left untyped get a default label.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import regex

from ...match_groups import group_numbers
from .names import Mention

#: Labels whose mentions may carry an alias in brackets ("ISIS (also known as ISIL)");
#: people, works and languages do not.
_ALIAS_LABELS: Final = frozenset(
    {"ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW"}
)

__all__ = ["DEFAULT_LABEL", "link"]

#: The label of a lone capitalised word that no lexicon or context types.
DEFAULT_LABEL: Final = "PERSON"

_SUFFIXES: Final = frozenset({"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"})
_PARTICLE: Final = regex.compile(r"^(?:al|el|as|ash|ad|ar|az|bin|ibn|abu|abd|ul|ud)-")

#: What an alias after a name opens with, past white space.
_ALIAS_MARKS: Final = ("(", ",")
#: What opens an alias after a name: "ISIS (also known as ISIL or the Islamic State)".
_ALIAS_OPEN: Final = regex.compile(
    r"\s*(?:\(|,\s*(?:also\s+)?(?:known\s+as|called|aka|a\.k\.a\.)\s)\s*(?:(?:also\s+)?(?:known\s+as|called|aka|a\.k\.a\.|formerly|or)\s+)?(?:the\s+)?",
    regex.IGNORECASE,
)
#: What may stand between two aliases inside the brackets.
_ALIAS_GAP: Final = regex.compile(
    r"^\s*(?:,|or|and|/)?\s*(?:the\s+)?(?:or\s+)?(?:the\s+)?$", regex.IGNORECASE
)

#: Words after which an unknown name is a place: "in Arbil", "near Tunbridge Wells".
_PLACE_WORDS: Final = ("in", "near", "outside", "across", "into", "at", "around", "towards")
_PLACE_BEFORE: Final = regex.compile(rf"(?<![\p{{L}}])(?:{'|'.join(_PLACE_WORDS)})[ ]+$")

#: Words after a name that make it a company or a body: "Magna shares", "Petofi spokesman".
_BODY_WORDS: Final = (
    "shares",
    "stock",
    "stake",
    "subsidiary",
    "unit",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "board",
    "officials",
    "executives",
    "employees",
    "workers",
    "headquarters",
    "plant",
    "profits",
    "profit",
    "earnings",
    "revenues",
    "revenue",
)
_BODY_AFTER: Final = regex.compile(rf"(?:['’]s)?[ ]+(?:{'|'.join(_BODY_WORDS)})\b")
#: How those words begin: a name followed by no word beginning so is no body.
_BODY_OPENINGS: Final = frozenset(w[:3] for w in _BODY_WORDS)
#: A noun in apposition that says what a name is: ", a Hungarian packaging group", ", a town".
_APPOSITION: Final = regex.compile(
    r""",[ ](?:a|an|the)[ ](?:[\p{L}\d-]+[ ]){0,4}?
    (?:(?P<org>company|firm|group|maker|manufacturer|producer|bank|insurer|carrier|airline|
         retailer|agency|club|team|side|party|newspaper|daily|broadcaster|conglomerate|
         subsidiary|unit|operator|chain|brokerage|utility|supplier|distributor|developer)
      |(?P<place>town|city|village|province|region|port|district|suburb|capital|state))\b""",
    regex.VERBOSE,
)
# The groups of the pattern read here, by number (see newslens.match_groups).
_APPOSITION_GROUPS: Final = group_numbers(_APPOSITION)

#: Words before a name that make it a company or a body: "shares of Cofinec".
_BODY_BEFORE: Final = regex.compile(
    r"(?<![\p{L}])(?:shares|unit|subsidiary|stake|chairman|division|owner|maker|parent|units|subsidiaries)[ ]+(?:of|in)[ ]+$"
)

#: Outlet names that "the" makes an outlet on their own: "the Post", "the Times".
_OUTLET_TAILS: Final = frozenset(
    {
        "Post",
        "Times",
        "Journal",
        "Globe",
        "Herald",
        "Tribune",
        "Guardian",
        "Telegraph",
        "Independent",
        "Economist",
        "Gazette",
        "Chronicle",
        "Inquisitr",
        "Hill",
        "Atlantic",
        "Sun",
        "Mirror",
        "Star",
    }
)
_OUTLET_WORDS: Final = frozenset(
    {
        "News",
        "Times",
        "Post",
        "Journal",
        "Herald",
        "Tribune",
        "Gazette",
        "Chronicle",
        "Magazine",
        "Press",
    }
)


def _body_after(text: str, end: int) -> bool:
    """Whether a word after the name makes it a body: "Magna shares", "Petofi's board"."""
    after = text[end : end + 24]  # the window the pattern reads
    if after[:2] in ("'s", "’s"):
        after = after[2:]
    if after.lstrip(" ")[:3] not in _BODY_OPENINGS:
        return False  # "Obama said": no pattern needed
    return _BODY_AFTER.match(text, end, min(len(text), end + 24)) is not None


def _surname_keys(words: list[str]) -> list[str]:
    core = [w for w in words if w not in _SUFFIXES]
    if len(core) < 2:
        return []
    last = core[-1]
    keys = [last]
    bare = _bare(last)
    if bare != last:
        keys.append(bare)  # "al-Assad" -> "Assad"
    return keys


def _bare(word: str) -> str:
    """The word without the Arabic particle it opens with: "al-Assad" -> "Assad"."""
    return _PARTICLE.sub("", word) if "-" in word else word  # no hyphen, no particle


def link(mentions: list[Mention], text: str, sides: set[str]) -> list[Mention]:
    """Give every mention its label and canonical name; drop what stays unknown."""
    people: dict[str, Mention] = {}
    # Lone words: a surname already met, a name written alike elsewhere, or the default.
    by_text: dict[str, Mention] = {}
    for m in mentions:  # one pass for both
        if m.surface is None:  # most come with theirs, read once per name
            m.surface = " ".join(text[m.start : m.end].split())
        if m.label == "PERSON" and len(m.words) > 1:
            for key in _surname_keys(m.words):
                best = people.get(key)
                if best is None or len(" ".join(m.words)) > len(" ".join(best.words)):
                    people[key] = m
        if m.decided and (len(m.words) > 1 or m.kind not in ("guess", "acronym")):
            by_text.setdefault(m.surface, m)
    kept: list[Mention] = []
    for m in mentions:
        if m.kind == "name" or not m.decided:
            # Each pattern is tried only where the text around allows it (a comma after,
            # "of" or "in" before...): most names have none of these neighbours.
            apposition = (
                _APPOSITION.match(text, m.end, min(len(text), m.end + 60))
                if text.startswith(", ", m.end)
                else None
            )
            if apposition is not None:
                # "Cofinec, a Hungarian packaging group": the noun after the comma says what it is.
                m.label, m.kind, m.decided = (
                    ("GPE" if apposition.group(_APPOSITION_GROUPS.place) else "ORG"),
                    "context",
                    True,
                )
            elif _body_after(text, m.end) or (
                text[max(0, m.start - 24) : m.start].rstrip(" ").endswith(("of", "in"))
                and _BODY_BEFORE.search(text, max(0, m.start - 24), m.start)
            ):
                m.label, m.kind, m.decided = (
                    "ORG",
                    "context",
                    True,
                )  # "Magna shares", "a unit of Cofinec"
            elif text[max(0, m.start - 8) : m.start].rstrip(" ").endswith(
                _PLACE_WORDS
            ) and _PLACE_BEFORE.search(text, max(0, m.start - 8), m.start):
                m.label, m.kind, m.decided = (
                    "GPE",
                    "context",
                    True,
                )  # "in Arbil", "near Tunbridge Wells"
        if len(m.words) == 1 and m.kind not in ("outlet", "org", "norp", "language"):
            w = m.words[0]
            full = people.get(w)
            if full is None and "-" in w:  # no hyphen, no particle: the same word
                full = people.get(_bare(w))
            if full is not None and full is not m:
                m.label, m.kind, m.decided = "PERSON", "person", True
                m.canonical = full.surface if full.canonical is None else full.canonical
        if not m.decided:
            surface = m.surface
            assert surface is not None  # given to every mention by the loop above
            same = by_text.get(surface)
            if same is not None:
                m.label, m.decided = same.label, True
            elif m.pending and surface.upper() not in sides:
                continue  # an ordinary word opening a sentence, most likely
            elif text[max(0, m.start - 4) : m.start].lower() == "the ":
                m.label, m.decided = (
                    "ORG",
                    True,
                )  # "the Post", "the Sentinel": a body, not a person
            else:
                m.label, m.decided = DEFAULT_LABEL, True
        if (
            m.label == "ORG"
            and len(m.words) == 1
            and m.words[0] in _OUTLET_TAILS
            and text[max(0, m.start - 4) : m.start].lower() == "the "
        ):
            m.outlet = True
        kept.append(m)
    _aliases(kept, text)
    return kept


def _aliases(mentions: list[Mention], text: str) -> None:
    """Group mentions into entities and give each its fullest name."""
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    # The mentions of each name and label, in text order: one entity unless an alias
    # joins two. Each mention's name: the canonical name linking gave it, or its
    # surface. Only labels change below, so these hold to the end.
    alike: dict[tuple[str, str | None], list[int]] = {}
    named: list[str] = []
    for i, m in enumerate(mentions):
        name = m.canonical or m.surface
        assert name is not None  # link gave every mention its surface
        named.append(name)
        key = (name, m.label)
        members = alike.get(key)
        if members is None:
            alike[key] = [i]
        else:
            # The union of the two: the first is a root, the later joins it.
            parent[i] = members[0]
            members.append(i)
    joined = False  # whether any alias joined two entities
    for i, m in enumerate(mentions):
        if m.label not in _ALIAS_LABELS:
            continue
        # An alias opens with a bracket or a comma after the name: most names have neither,
        # and most have a letter or a mark right after them ("Syria's", "Syria."), which
        # says so without reading further.
        after = text[m.end : m.end + 1]
        if after not in _ALIAS_MARKS and not after.isspace():
            continue
        if text[m.end : m.end + 40].lstrip()[:1] not in _ALIAS_MARKS:
            continue
        opened = _ALIAS_OPEN.match(text, m.end, min(len(text), m.end + 40))
        if opened is None:
            continue
        close = (
            text.find(")", opened.end(), min(len(text), opened.end() + 120))
            if "(" in opened.group()
            else -1
        )
        limit = close if close != -1 else min(len(text), opened.end() + 60)
        pos = opened.end()
        for j in range(i + 1, min(len(mentions), i + 6)):
            other = mentions[j]
            if other.start >= limit or not _ALIAS_GAP.match(text[pos : other.start]):
                break
            if (
                other.label
                in ("ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW")
                or other.kind == "acronym"
            ):
                if other.label != m.label and other.kind in ("acronym", "guess"):
                    other.label = m.label
                if other.label == m.label:
                    union(i, j)
                    joined = True
            pos = other.end
    # Without aliases (no label changed either) the entities are the names alike.
    groups: Iterable[list[int]] = alike.values()
    if joined:
        roots: dict[int, list[int]] = {}
        for i in range(len(mentions)):
            roots.setdefault(find(i), []).append(i)
        groups = roots.values()
    for members in groups:
        if len(members) == 1:  # most entities are named once: no choice to make
            x = mentions[members[0]]
            x.canonical = named[members[0]]
            x.outlet = x.label == "ORG" and x.outlet
            continue
        if joined:
            # The fullest name, the first written among the longest.
            best = max(members, key=lambda i: (len(named[i]), -mentions[i].start))
        else:
            best = members[0]  # one name for all
        name = named[best]
        group = [mentions[i] for i in members]
        outlet = any(x.outlet for x in group)
        for x in group:
            x.canonical = name
            x.outlet = x.label == "ORG" and (outlet or x.outlet)


#: A score after a name, or a result before or after it: "Somerset 296", "Essex beat Kent".
_SCORE_AFTER: Final = regex.compile(
    r"[ \t]+(?:\d{1,3}(?!\d|[.,:/]\d)|beat\b|beats\b|drew\b|defeated\b|v\.?[ ]|vs\.?[ ])"
)
_RESULT_BEFORE: Final = regex.compile(
    r"(?:\bbeat|\bbeats|\bdefeated|\bdrew\ with|\blost\ to|\bv|\bvs\.?)[ \t]+$"
)


#: A line of a results table: two sides, each with its score ("Petofi 3 Ruch 1").
_RESULT_LINE: Final = regex.compile(
    r"^[ \t]*(\p{Lu}[\p{L}.'’-]*(?:[ ]\p{Lu}[\p{L}.'’-]*){0,3})[ ]+\d{1,3}[ ]+(\p{Lu}[\p{L}.'’-]*(?:[ ]\p{Lu}[\p{L}.'’-]*){0,3})[ ]+\d{1,3}[ \t]*(?:\(|$)",
    regex.MULTILINE,
)


def result_sides(
    text: str, lines: list[tuple[int, int, list[tuple[int, int]]]]
) -> set[str]:
    """The names (upper-cased) on either side of a results line: "Petofi 3 Ruch 1".

    ``lines`` are the lines of ``text`` that hold a run of name words, (start, end,
    runs) as the entities analyser reads them: a results line names two sides, so it
    is one of them, and is tried only where its ends allow it (:func:`_may_list_results`)
    instead of the article being searched for a score before a name.
    """
    sides: set[str] = set()
    for ls, le, line_runs in lines:
        if not _may_list_results(text, ls, le, line_runs[0][0]):
            continue
        line = _RESULT_LINE.match(text, ls, le, timeout=10.0)
        if line is not None:
            sides.add(" ".join(line.group(1).split()).upper())
            sides.add(" ".join(line.group(2).split()).upper())
    return sides


def _may_list_results(text: str, ls: int, le: int, first: int) -> bool:
    """Whether the line ``text[ls:le]``, whose first run of name words opens at
    ``first``, could be a results line (``_RESULT_LINE``): one that opens with a name,
    past spaces and tabs, and ends with a score or holds one before a bracket.

    Its first name opens its first run (a capital after a space, a tab or a line
    break opens a run). The score's digit is told apart from other characters only
    in ASCII: any character past it is left to the pattern.
    """
    if text[ls:first].strip(" \t"):
        return False  # a word before the first name
    end = le
    while end > ls and text[end - 1] in " \t":
        end -= 1
    if _may_be_digit(text[end - 1 : end]):
        return True  # "Petofi 3 Ruch 1"
    at = text.find("(", ls, le)
    while at != -1:  # "Ruch 1 (Kovacs 23)"
        before = at
        while before > ls and text[before - 1] in " \t":
            before -= 1
        if _may_be_digit(text[before - 1 : before]):
            return True
        at = text.find("(", at + 1, le)
    return False


def _may_be_digit(ch: str) -> bool:
    """Whether the character ``ch`` ("" for none) may be one ``\\d`` matches."""
    return ch != "" and (ch.isdigit() or not ch.isascii())


def teams(
    mentions: list[Mention], text: str, countries: frozenset[str], sides: set[str]
) -> None:
    """Cities and counties that play: a place with a score or a result beside it is a team.

    Sports copy names clubs after their towns ("Leicestershire beat Somerset",
    "Chicago 5 Houston 3"); every mention of such a place in the article is then the
    team (ORG). Countries stay places: a national side is written as its country.
    """
    playing = set(sides)
    for m in mentions:
        if m.label != "GPE" or m.kind != "place":
            continue
        name = text[m.start : m.end]
        if name in countries or name.title() in countries:
            continue
        if _SCORE_AFTER.match(
            text, m.end, min(len(text), m.end + 12)
        ) or _RESULT_BEFORE.search(text, max(0, m.start - 12), m.start):
            playing.add(name.upper())
    if not playing:
        return
    for m in mentions:
        if m.label in ("GPE", "PERSON") and m.kind in (
            "place",
            "name",
            "guess",
            "context",
            "rule",
        ):
            name = " ".join(text[m.start : m.end].split())
            if (
                name.upper() in playing
                and name not in countries
                and name.title() not in countries
            ):
                m.label, m.kind = "ORG", "team"
