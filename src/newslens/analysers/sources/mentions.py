"""Read one mention of a source ("White House spokesman Eric Schultz", "two unnamed
sources cited by Reuters", "he") into what it says: its kind, name, role, count and
the outlet that relayed it.

The ``entities`` layer is used when it has something to say about the words; when it
found nothing, capitalisation and the word lists beside this module decide.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import partial
from operator import attrgetter
from typing import Final, NamedTuple

import regex

from newslens.match_groups import group_numbers
from newslens.model import Annotation

from . import lexicon
from .lexicon import (
    ANONYMOUS_HEADS,
    DESCRIPTIONS,
    DOCUMENT_HEADS,
    ORGANIZATION_WORDS,
    OUTLET_NOUNS,
    PLURAL_HEADS,
    ROLE_WORDS,
    outlet_name,
)

__all__ = [
    "EntityIndex", "Extent", "Mention", "describe", "is_name_word", "named_before", "outlet_at", "person_mention", "timeout_for",
]

#: Seconds a pattern may take on the whole of a short text; see :func:`timeout_for`.
#: Patterns that read a mention or a window of a few hundred characters run without
#: one: the window bounds their cost, and a timeout costs microseconds a call.
TIMEOUT: Final = 1.0


def timeout_for(start: int, end: int) -> float:
    """The time allowed to scan ``text[start:end]`` whole: finditer's timeout covers the
    whole iteration, so it grows with the text (a 5 MB article gets 26 s)."""
    return TIMEOUT + (end - start) / 200_000

#: Kinds of mention that name a source; ``pronoun`` and ``reference`` point back to one.
SOURCE_KINDS: Final = ("person", "organization", "outlet", "document", "anonymous")


class Extent(NamedTuple):
    """Where a mention lies: ``[start, end)`` in the article's text.

    A plain pair, not a :class:`~newslens.model.Span`: thousands are made per article
    and a Span checks its offsets on every creation. The analyser turns the few it
    reports into Spans at the end. (``len()`` of a pair is 2: use ``end - start``.)
    """

    start: int
    end: int


class Mention(NamedTuple):
    """One mention of a source, as read from the words.

    ``kind`` is one of :data:`SOURCE_KINDS`, or ``pronoun`` ("he", "they") or
    ``reference`` ("the secretary": a role word that points back to a person).
    ``head`` is the singular head noun of unnamed sources, documents and references;
    ``qualifier`` the words before it that tell one group from another ("u.s.").
    ``via`` is the mention of the outlet that relayed this one ("cited by Reuters").

    A named tuple rather than an attrs class: one is made for every speaker, citation
    and name in the article, and a tuple is made several times faster.
    """

    span: Extent
    kind: str
    name: str | None = None
    role: str | None = None
    # (A field named like tuple's ``count`` method: the field shadows it, as namedtuple
    # means it to; mypy only sees an override of another type.)
    count: int | None = None  # type: ignore[assignment]
    plural: bool = False
    head: str | None = None
    qualifier: str = ""
    definite: bool = False
    via: Mention | None = None


_new_extent: Final = partial(tuple.__new__, Extent)
_new_mention: Final = partial(tuple.__new__, Mention)


def _mention(
    span: Extent,
    kind: str,
    *,
    name: str | None = None,
    role: str | None = None,
    count: int | None = None,
    plural: bool = False,
    head: str | None = None,
    qualifier: str = "",
    definite: bool = False,
    via: Mention | None = None,
) -> Mention:
    """``Mention(span, kind, ...)``, made as a plain tuple of its fields, in C: the
    named tuple's own constructor runs Python code, where compiled a call of this
    one is a call in C."""
    return _new_mention((span, kind, name, role, count, plural, head, qualifier, definite, via))



def person_mention(start: int, end: int, name: str | None, role: str | None) -> Mention:
    """``Mention(Extent(start, end), "person", name, role)``, made as plain tuples of
    their fields, in C: a named tuple's own constructor is a Python call, and there
    is a mention for every name of a person in the article. (The fields after the
    role are written out at their defaults: unpacking a tuple of them costs more.)"""
    return _new_mention((_new_extent((start, end)), "person", name, role, None, False, None, "", False, None))


_START: Final = attrgetter("start")
_END: Final = attrgetter("end")


class EntityIndex:
    """The ``entities`` layer, sorted, for finding the entities inside a span quickly."""

    def __init__(self, entities: Iterable[Annotation]):
        # By start, the longest first at each: two stable sorts on plain attributes
        # (ends falling, then starts) give that order, ties kept as they came, without
        # a Python call per entity.
        self.entities = sorted(entities, key=_END, reverse=True)
        self.entities.sort(key=_START)
        self.starts = list(map(_START, self.entities))

    def inside(self, start: int, end: int) -> list[Annotation]:
        """Entities lying wholly inside ``[start, end)``, in order."""
        # Those that start inside, by two bisections; of them, those that end inside.
        starts = self.starts
        i = bisect_right(starts, end)
        j = bisect_left(starts, start, 0, i)
        return [e for e in self.entities[j:i] if e.end <= end] if j < i else []

    def starting_at(self, pos: int) -> Annotation | None:
        """The longest entity that starts at ``pos``, or None."""
        i = bisect_right(self.starts, pos)
        best: Annotation | None = None
        while i > 0 and self.entities[i - 1].start == pos:
            i -= 1
            if best is None or self.entities[i].end > best.end:
                best = self.entities[i]
        return best


_NUMBERS: Final = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "both": 2, "dozen": 12,
}
# Words that say a source is unnamed, or how many, but not who: left out of the role.
_VAGUE: Final = frozenset(
    "unnamed anonymous unidentified other several some many few multiple various numerous "
    "the a an these those this that its their his her our one".split()
)
_DEFINITE: Final = frozenset({"the", "this", "that", "these", "those"})
_PRONOUNS: Final = {
    "he": False, "she": False, "him": False, "her": False, "who": False, "it": False,
    "they": True, "them": True, "we": True,
}
_FUNCTION_WORDS: Final = frozenset({"a", "an", "the", "of", "and", "for", "to", "on", "in", "at", "his", "her", "their", "its"})
_HONORIFICS: Final = frozenset({"mr.", "mrs.", "ms.", "miss", "mr", "mrs", "ms"})

_TOKEN: Final = regex.compile(r"(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}'’&\-]*\.?")

# What may follow the head noun of an unnamed source or a document and still belong
# to it: "familiar with the matter", "close to the Kremlin", "who asked not to be named".
_POSTMODIFIERS: Final = frozenset(
    "familiar close with who that in at from inside within involved knowledgeable briefed speaking on of for "
    "to near based across around under by released published conducted obtained seen reviewed issued filed "
    "sent posted cited quoted".split()
)
_WORD: Final = regex.compile(r"\S+")
_ALL_HEADS: Final = frozenset(ANONYMOUS_HEADS) | frozenset(DOCUMENT_HEADS)


def _head(words: list[str], heads: dict[str, str], *, any_case: bool) -> int | None:
    """Find the head noun of an unnamed source or a document among a mention's ``words``
    (its runs of non-space characters).

    Returns the head's index, or None. The head is the first listed noun followed by
    nothing or by a postmodifier, within the first eight words ("two unnamed
    sources", "a source familiar with the matter").
    """
    for i, word in enumerate(words[:8]):
        word = word.rstrip(",")
        if any_case or (i == 0 and word.lower() in PLURAL_HEADS):
            word = word.lower()
        if word in heads and (i + 1 == len(words) or words[i + 1].lower() in _POSTMODIFIERS):
            return i
    return None


# "cited by Reuters", "quoted by the Post" inside a mention; also "told Reuters" after one.
_VIA_INSIDE: Final = regex.compile(r"(?:,\s*)?\b(?:cited|quoted|interviewed|contacted|reached)\s+by\s+")
_VIA_AFTER: Final = regex.compile(
    r"\s*,?\s*(?:(?P<by>(?:cited|quoted|interviewed|contacted)\s+by)|told|(?:speaking|talking|who\s+spoke|who\s+talked)\s+(?:to|with))\s+"
)
# The first word of _VIA_AFTER, after any spaces and a comma.
_VIA_AFTER_FIRST: Final = ("cited", "quoted", "interviewed", "contacted", "told", "speaking", "talking", "who")
# What a match of _VIA_AFTER needs: spaces and commas, then one of those words. In
# the standard library's ``re``, whose ``\s`` is Python's ``str.isspace`` (which
# holds all of the pattern's spaces): one call in C where a loop over the characters
# was, and most mentions are followed by none of the words.
_VIA_AFTER_OPENING: Final = re.compile(r"[,\s]*(?:" + "|".join(map(re.escape, _VIA_AFTER_FIRST)) + ")")
_OWNER: Final = regex.compile(r"(?P<owner>.+?)['’]s?\s+(?P<rest>\S.*)$", regex.DOTALL)  # "Reuters’s sources"
_POSSESSIVE: Final = regex.compile(r"['’]s?$")
# The groups of the patterns read here, by number (see newslens.match_groups).
_VIA_AFTER_GROUPS: Final = group_numbers(_VIA_AFTER)
_OWNER_GROUPS: Final = group_numbers(_OWNER)
_TRIM: Final = " \t\r\n,;:—–-\"“”(){}[]"
_LEADING: Final = _TRIM + "‘'"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop spaces, punctuation and quotation marks around a mention (not an apostrophe
    at its end, which may be a possessive: "officials’")."""
    while start < end and text[start] in _LEADING:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _strip_possessive(text: str, start: int, end: int) -> int:
    """Where a mention ends without its possessive: "Kerry’s" -> "Kerry", "officials’" -> "officials"."""
    if end - start > 2 and text[end - 2] in "'’" and text[end - 1] == "s":
        return end - 2
    if end - start > 1 and text[end - 1] in "'’" and text[end - 2] == "s":
        return end - 1
    return end


_ROLE_OPENERS: Final = frozenset({"a", "an", "the", "his", "her", "their", "its"} | _HONORIFICS)


def _clean_role(s: str) -> str | None:
    words = s.strip(_TRIM).split()
    while words and words[0].lower() in _ROLE_OPENERS:
        words.pop(0)
    while words and words[-1].lower() in _HONORIFICS:
        words.pop()
    role = " ".join(words).strip(_TRIM)
    return role or None


def is_name_word(w: str) -> bool:
    """A word that may be part of a person's name: capitalised, not a title, not an acronym."""
    if len(w) == 2 and w[0].isupper() and w[1] == ".":  # a middle initial: "John F. Kerry"
        return True
    low = w.lower()
    return w[:1].isupper() and not w.isupper() and low not in ROLE_WORDS and low not in _HONORIFICS and low not in _VAGUE


def outlet_at(text: str, pos: int, end: int, entities: EntityIndex) -> Mention | None:
    """The outlet (or, failing that, organisation) named at ``pos``: "Reuters", "the Post"."""
    listed = lexicon.outlet_at(text, pos, end)
    if listed is not None:
        return _mention(Extent(pos, listed[0]), "outlet", name=listed[1])
    e = entities.starting_at(pos)
    if e is None and text.startswith(("the ", "The "), pos):
        e = entities.starting_at(pos + 4)
    if e is not None and e.label in ("ORG", "PERSON") and e.end <= end:
        start = pos
        stop = e.end
        if text.startswith(("’s", "'s"), stop):
            stop += 2
        found = describe(text, start, stop, entities)
        if found is not None and found.kind in ("outlet", "organization", "person"):
            return found
    return None


def _relay_after(text: str, end: int, look_after: int, entities: EntityIndex) -> Mention | None:
    """The outlet named just after a mention as the one it spoke to or was cited by:
    "..., cited by Reuters", "... told the Post"."""
    limit = min(len(text), end + look_after)
    # The pattern opens with spaces, a comma and one of a few words: look for the word
    # first, as it is missing after nearly every mention.
    if _VIA_AFTER_OPENING.match(text, end, limit) is None:
        return None
    after = _VIA_AFTER.match(text, end, limit)
    if not after:
        return None
    relay = outlet_at(text, after.end(), min(len(text), after.end() + 80), entities)
    if relay is not None and (relay.kind == "outlet" or (after.group(_VIA_AFTER_GROUPS.by) and relay.kind == "organization")):
        return relay
    return None


def describe(
    text: str,
    start: int,
    end: int,
    entities: EntityIndex,
    *,
    look_after: int = 0,
    seen: dict[str, Mention | None] | None = None,
) -> Mention | None:
    """Read the words ``text[start:end]`` as a mention of a source, or None if they name none.

    ``look_after`` lets the reader look that many characters past ``end`` for the
    outlet that relayed an unnamed source ("two unnamed sources, cited by Reuters").
    ``seen``, one dict per article, keeps how words that need nothing around them
    read, so that the same words met again ("the mayor", "a spokesman") are not read
    again.
    """
    start, end = _trim(text, start, end)
    if start >= end or end - start > _LONGEST:
        return None
    # The most common speaker, a pronoun ("he", "they"), at once: none holds "by" or
    # ends like a possessive, so what follows would read the same words.
    low = text[start:end].lower()
    if low in _PRONOUNS:
        return _mention(_new_extent((start, end)), "pronoun", head=low, plural=_PRONOUNS[low])
    via: Mention | None = None
    core_start, core_end = start, end
    # Only words with "by" in them can hold the relay: a substring test spares the
    # pattern almost every time.
    inside = _VIA_INSIDE.search(text, start, end) if text.find("by", start, end) != -1 else None
    if inside:
        via = outlet_at(text, inside.end(), end, entities)
        if via is not None:
            core_end = inside.start()
    core_start, core_end = _trim(text, core_start, _strip_possessive(text, core_start, core_end))
    words = text[core_start:core_end]
    if not words.strip():
        return None
    low = words.lower()
    span = _new_extent((start, end))  # as Extent(start, end) makes it, without a Python call

    if low in _PRONOUNS:
        return _mention(span, "pronoun", head=low, plural=_PRONOUNS[low])
    if low in _FIRST_PERSON:
        return None  # the writer: no source the article names

    ents = entities.inside(core_start, end)

    # An outlet, by our list or by the entities layer: "Reuters", "the Inquisitr".
    name = outlet_name(text[core_start:end])
    if name is not None:
        return _mention(span, "outlet", name=name)
    for e in ents:  # where it stands first: a look at its data costs more
        if e.end >= core_end - 1 and e.start <= core_start + 4 and e.data.get("outlet"):
            return _mention(span, "outlet", name=e.data.get("canonical") or e.of(text))

    # "Reuters’s sources": the outlet before the possessive relays the unnamed source.
    owner = _OWNER.match(words) if via is None and ("’" in words or "'" in words) else None
    if owner:
        relay = outlet_at(text, core_start, core_start + owner.end(_OWNER_GROUPS.owner) + 2, entities)
        if relay is not None and relay.kind == "outlet":
            rest = describe(text, core_start + owner.start(_OWNER_GROUPS.rest), end, entities, look_after=look_after)
            if rest is not None and rest.kind == "anonymous":
                return rest._replace(span=span, via=relay)
            if rest is None or rest.kind not in ("document", "person"):  # "the Post’s investigative unit"
                return _mention(span, "outlet", name=relay.name)

    if via is None and look_after:
        via = _relay_after(text, end, look_after, entities)

    # With no entity among the words and no relay, what follows reads the words alone
    # (save a title first, which looks for the name before them), so the same words
    # read the same wherever they stand.
    key = text[start:end] if seen is not None and not ents and via is None else None
    if key is not None and seen is not None and key in seen:
        found: Mention | None = seen[key]
        return found if found is None else _new_mention((span, *found[1:]))  # the same reading, here

    # An appositive or an aside ("Phil Smith, a spokesman for the union", "Rep. Ann
    # Lee (D-Ohio)") follows the words that name the source.
    # (Every match of the pattern holds one of these marks: most words hold none.)
    aside = _ASIDE.search(text, core_start, core_end) if _may_hold_aside(words) else None
    cut = aside.start() if aside else core_end
    # The words, read once for the tests below that go word by word: their text in
    # one call; where each starts is looked up only when a NORP entity asks. Python's
    # split() cuts where the pattern does, save at four control characters that no
    # pattern space matches.
    token_words = _WORD.findall(text, core_start, core_end) if _holds_split_controls(words) else words.split()

    # "A spokeswoman for Hillary Clinton", "president of the union": a title first, so
    # the person named after it is not the source. The title is one of the first three
    # words and "for", "of"... the next: without such a word the pattern cannot match.
    titled = _TITLE_FIRST.match(text, core_start, cut) if not _TITLE_LINKS.isdisjoint(token_words[1:4]) else None
    if titled and titled.group(_TITLE_FIRST_GROUPS.title).lower() in ROLE_WORDS:
        role = _clean_role(text[core_start:cut])
        named = _name_before(text, start, entities)
        if named is not None:  # "Phil Smith, spokesman for the union": the quotes layer kept only the title
            return _mention(span, "person", name=named, role=role, via=via)
        if titled.group(_TITLE_FIRST_GROUPS.det) and titled.group(_TITLE_FIRST_GROUPS.det).lower() in ("a", "an"):
            return _mention(span, "anonymous", role=role, head=titled.group(_TITLE_FIRST_GROUPS.title).lower(), via=via)
        return _mention(span, "reference", role=role, head=titled.group(_TITLE_FIRST_GROUPS.title).lower(), definite=True)

    found = _read_words(text, core_start, core_end, cut, span, words, low, token_words, ents, via)
    if key is not None and seen is not None:
        seen[key] = found
    return found


def _read_words(
    text: str,
    core_start: int,
    core_end: int,
    cut: int,
    span: Extent,
    words: str,
    low: str,
    token_words: list[str],
    ents: list[Annotation],
    via: Mention | None,
) -> Mention | None:
    """The rest of :func:`describe`, once the words open with no title: what
    ``text[core_start:core_end]`` (``words``, ``low`` in lower case; its runs of
    non-space characters ``token_words``) names. ``cut`` is where an aside begins (or ``core_end``); the
    result spans ``span`` and was relayed by ``via``.
    """
    aside = cut < core_end  # an aside's match is never empty
    persons = [
        e for e in ents
        if e.label == "PERSON" and e.start >= core_start and e.end <= cut and not text.startswith(("’s", "'s"), e.end)
    ] if ents else []

    # "Twenty-four percent of Democratic voters", "Six in 10", "a third": people polled.
    if _may_be_share(low) and _SHARE.match(text, core_start, core_end):
        role = _clean_role(words)
        # Each share is its own group of people: "a third" of one question is not "half" of another.
        return _mention(span, "anonymous", role=role, plural=True, head="share", qualifier=(role or "").lower(), via=via)

    # "Republicans in Congress", "many Democrats": a party or people named as a group.
    group = _norp_group(text, core_start, core_end, token_words, ents) if ents else None
    if group is not None:
        return _mention(span, "anonymous", role=_clean_role(" ".join(t for t in words.split() if t.lower() not in _VAGUE)),
                       plural=True, head=group, via=via)

    # Most mentions hold no head noun at all: one look-up of all their words tells.
    # (Python's spaces include the pattern's, and no head holds a comma or a space.)
    may_have_head = not _ALL_HEADS.isdisjoint(low.replace(",", " ").split())
    for kind, heads in (("anonymous", ANONYMOUS_HEADS), ("document", DOCUMENT_HEADS)) if may_have_head else ():
        # Documents in lower case only ("the Post" is an outlet, not a post), save a
        # plural opening a sentence ("Records show").
        i = _head(token_words, heads, any_case=kind == "anonymous")
        if i is None:
            continue
        # An appositive ("John Smith, a former official") names a person, not an unnamed one.
        if any("," in w for w in token_words[:i]):
            continue
        unnamed = _unnamed(span, kind, token_words, i, heads, via)
        if unnamed.definite and not unnamed.plural and kind == "anonymous" and unnamed.head in ROLE_WORDS:
            # "the Vermont senator": a person named before, most likely.
            return unnamed._replace(kind="reference")
        return unnamed

    if not persons and aside and text[cut] == ",":
        # "The state’s campaign chairman, Phil Lovas": the title, then the name.
        later = [e for e in ents if e.label == "PERSON" and e.start > cut]
        title = _valid_role(_clean_role(text[core_start:cut]))
        # "One Republican hopeful, Carly Fiorina": a name right after the comma.
        if later and (title or not text[cut + 1 : later[0].start].strip()):
            name = _clean_name(later[0].data.get("canonical") or later[0].of(text))[0]
            return _mention(span, "person", name=name, role=title, via=via)
    if persons:
        person = persons[-1]
        tail = text[person.end : cut].split()
        if tail and tail[-1].lower() in ORGANIZATION_WORDS:  # "the Obama administration", "Trump campaign"
            return _mention(span, "organization", name=_clean_role(text[core_start:cut]))
        head = text[core_start : person.start].split()
        while head and head[-1].lower() in ("a", "an", "the"):  # "Committee for a Responsible..."
            head.pop()
        if (
            len(head) >= 2
            and head[-1] in ("of", "on", "for")
            and any(w[:1].isupper() and w.lower() in ORGANIZATION_WORDS for w in head)
        ):  # "the Commission on Presidential Debates": a body named after a thing
            words_of = text[core_start:cut].split()
            while words_of and (not words_of[0][:1].isupper() or words_of[0].lower() in _DEFINITE | {"a", "an"}):
                words_of.pop(0)
            return _mention(span, "organization", name=" ".join(words_of))
        name, title = _clean_name(person.data.get("canonical") or person.of(text))
        before = text[core_start : person.start]  # most often none: the name opens the words
        role = (
            (_valid_role(_clean_role(before)) if before else None)
            or _valid_role(person.data.get("role"))
            or (_appositive_role(text, cut, core_end) if aside else None)
            or title
        )
        return _mention(span, "person", name=name, role=role, via=via)

    # Words that end with an outlet's name: "combed through by Vox".
    found = lexicon.outlet_ending_at(text, core_start, cut)
    if found is not None:
        return _mention(span, "outlet", name=found[1])

    tokens = _TOKEN.findall(text, core_start, cut)
    if not tokens:
        return None
    first = tokens[0].lower()
    last = tokens[-1].lower().rstrip(".")

    for e in ents:
        if e.end >= cut - 1 and e.end <= cut:
            if e.label == "NORP":  # "Mexicans", "many Democrats": people, not named one by one
                return _mention(span, "anonymous", role=_clean_role(" ".join(t for t in tokens if t.lower() not in _VAGUE)),
                               plural=True, head=e.of(text).lower(), via=via)
            if e.label in ("ORG", "GPE", "FAC"):
                return _mention(span, "organization", name=e.data.get("canonical") or e.of(text))

    # "the newspaper", "the network": an outlet named before.
    if first in _DEFINITE and len(tokens) <= 3 and tokens[-1].lower() in OUTLET_NOUNS:
        return _mention(span, "reference", head=tokens[-1].lower(), definite=True)

    bare = " ".join(tokens[1:] if first in ("the", "its") else tokens)
    # "the Roper Center for Public Opinion Research"; but "White House spokesman Eric
    # Schultz" is a person, titled.
    capitalised_body = (
        bare[:1].isupper()
        and any(t[:1].isupper() and t.lower() in ORGANIZATION_WORDS for t in tokens)
        and not any(t.lower() in ROLE_WORDS for t in tokens)
    )
    if bare.lower() in ORGANIZATION_WORDS or last in ORGANIZATION_WORDS or capitalised_body:
        if bare[:1].isupper():
            return _mention(span, "organization", name=bare)
        if len(tokens) <= 6:
            return _mention(span, "organization", role=bare)

    # "The secretary", "the former president": a role word pointing back to a person.
    if first in _DEFINITE and len(tokens) <= 6 and (tokens[-1].lower() in ROLE_WORDS or tokens[-1].lower() in DESCRIPTIONS):
        return _mention(span, "reference", role=_clean_role(" ".join(tokens)), head=tokens[-1].lower(), definite=True)

    # No entity said anything: a capitalised run at the end is a name, the title words
    # before it the role ("U.S. Secretary of State John Kerry").
    n = len(tokens)
    i = n
    while i > 0 and is_name_word(tokens[i - 1]):
        i -= 1
    if i < n and not (i > 0 and tokens[i - 1].lower() == "of"):
        name = " ".join(tokens[i:])
        if (i == 1 and first == "the") or tokens[-1].isupper():  # "the Kremlin": people take no article
            return _mention(span, "organization", name=name)
        role_words = tokens[:i]
        if i == 1 and first in _VAGUE and name.endswith("s"):  # "many Democrats"
            return _mention(span, "anonymous", role=name, plural=True, head=name.lower(), via=via)
        if any(w.islower() and w.lower() not in ROLE_WORDS and w.lower() not in _FUNCTION_WORDS for w in role_words):
            return None  # "sources told Reuters": words that are no title, so no titled name
        role = _valid_role(_clean_role(" ".join(role_words))) if role_words else None
        return _mention(span, "person", name=name, role=role or _appositive_role(text, cut, core_end), via=via)
    if i == n and tokens[-1].isupper() and len(tokens[-1]) > 1:  # an acronym: "NATO", "FBI"
        return _mention(span, "organization", name=" ".join(tokens[1:] if first == "the" else tokens))

    # "a White House spokesman": a role with no name is an unnamed person.
    if first in ("a", "an") and tokens[-1].lower() in ROLE_WORDS:
        return _mention(span, "anonymous", role=_clean_role(words), head=tokens[-1].lower(), via=via)
    return None


_TITLE_LINKS: Final = frozenset({"for", "of", "to", "at", "with"})  # as in _TITLE_FIRST
_TITLE_FIRST: Final = regex.compile(
    r"(?:(?P<det>[Tt]he|[Aa]n?)\s+)?(?:(?:former|acting|top|senior|deputy|chief)\s+)?(?P<title>[\p{L}.\-]+)\s+(?:for|of|to|at|with)\s"
)
_SHARE: Final = regex.compile(
    r"""(?i:(?:about|roughly|nearly|almost|some|just|only|over|under|more\s+than|fewer\s+than|less\s+than)\s+)?
        (?i:\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)|[\p{L}]+(?:-[\p{L}]+)?\s+(?:percent|per\s+cent)
          |(?:one|two|three|four|five|six|seven|eight|nine|\d)\s+in\s+(?:10|ten)
          |a\s+third|a\s+quarter|half|a\s+majority|majorities|two-thirds|three-quarters|a\s+plurality)\b""",
    regex.VERBOSE,
)
_TITLE_FIRST_GROUPS: Final = group_numbers(_TITLE_FIRST)
_DIGITS: Final = frozenset("0123456789")


def _may_be_share(low: str) -> bool:
    """Whether words (in lower case) may be read by ``_SHARE``: each of its branches
    holds a digit, "cent", "ten", "third", "quarter", "half", "major" or "plural".
    Far cheaper than trying the pattern's branches one by one, and most mentions
    fail it."""
    if not low.isascii():
        return True  # digits of other scripts, capitals that are no ASCII: the pattern tells
    return (
        not _DIGITS.isdisjoint(low)
        or "cent" in low
        or "ten" in low
        or "third" in low
        or "quarter" in low
        or "half" in low
        or "major" in low
        or "plural" in low
    )


_NAME_BEFORE: Final = regex.compile(r"(?P<name>\p{Lu}[\p{L}.'’\-]*(?:[ \t]+\p{Lu}[\p{L}.'’\-]*){0,3}),[ \t]*$", regex.REVERSE)
_NAME_BEFORE_GROUPS: Final = group_numbers(_NAME_BEFORE)


def named_before(text: str, start: int, entities: EntityIndex) -> Mention | None:
    """The source that "who" at ``start`` stands for: "Jane Doe, who said" (the name
    before the comma), "the party leaders who say" (the words just before)."""
    m = _BEFORE_COMMA.search(text, max(0, start - 3), start)
    if m is not None:
        comma = m.start()
        for e in reversed(entities.inside(max(0, comma - 80), comma)):
            if e.end == comma and e.label in ("PERSON", "ORG", "NORP", "GPE"):
                return describe(text, e.start, e.end, entities)
        name = _NAME_BEFORE.search(text, max(0, start - 60), start)
        if name is not None:
            return describe(text, name.start(_NAME_BEFORE_GROUPS.name), name.end(_NAME_BEFORE_GROUPS.name), entities)
        return None
    words = _WORDS_BEFORE.search(text, max(0, start - 80), start)
    if words is None:
        return None
    tokens = list(_WORD.finditer(text, words.start(), words.end()))
    if not tokens or tokens[-1].group().lower() in _NOBODY:
        return None  # "those who", "anyone who": no one the article names
    for k in range(len(tokens)):  # the longest phrase that names a source...
        first = tokens[k].group()
        if first in _LINKING or (first.islower() and first.endswith(("ing", "ed"))):
            continue  # ...that starts like a noun phrase: not "with activists", "or leaders"
        found = describe(text, tokens[k].start(), tokens[-1].end(), entities)
        if found is not None and found.kind not in ("pronoun", "reference"):
            return found
    return None


_NOBODY: Final = frozenset("those anyone someone everyone anybody somebody everybody all many some few one others".split())
_LINKING: Final = frozenset(
    "with or and but by of for to in on at from among between as than including like except about against "
    "into onto over under via per whom whose while when where if because since so nor yet".split()
)


_WORDS_BEFORE: Final = regex.compile(r"(?:[^\s,.;:!?“”\"()—–]+[ \t]+){1,6}$", regex.REVERSE)
_BEFORE_COMMA: Final = regex.compile(r"[,—–]\s*$", regex.REVERSE)


def _name_before(text: str, start: int, entities: EntityIndex) -> str | None:
    """The person named just before an appositive at ``start``: "Phil Smith, ..."."""
    m = _NAME_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return None
    e = entities.starting_at(m.start(_NAME_BEFORE_GROUPS.name))
    if e is not None and e.label == "PERSON":
        return _clean_name(e.data.get("canonical") or e.of(text))[0]
    if e is None and len(m.group(_NAME_BEFORE_GROUPS.name).split()) > 1 and all(is_name_word(w) for w in m.group(_NAME_BEFORE_GROUPS.name).split()):
        return m.group(_NAME_BEFORE_GROUPS.name)
    return None


# Words that long name no source: a speaker span run wild.
_LONGEST: Final = 300
_ASIDE: Final = regex.compile(r",|\(|\s[—–]\s|\s--\s")
_FIRST_PERSON: Final = frozenset({"i", "i’ve", "i've", "me", "my", "myself", "we’ve", "we've", "us"})


def _holds_split_controls(words: str) -> bool:
    """Whether ``words`` hold one of the four control characters (file, group, record
    and unit separators) where ``str.split`` cuts and the pattern ``\\S+`` does not."""
    return "\x1c" in words or "\x1d" in words or "\x1e" in words or "\x1f" in words


def _may_hold_aside(words: str) -> bool:
    """Whether ``_ASIDE`` may match in ``words``: each of its branches holds a comma, a
    bracket, a dash or a hyphen."""
    return "," in words or "(" in words or "—" in words or "–" in words or "-" in words


def _norp_group(text: str, start: int, end: int, words: list[str], ents: list[Annotation]) -> str | None:
    """The plural group ("republicans") that opens the mention ``text[start:end]``
    (its runs of non-space characters ``words``), when a NORP entity does, after a
    determiner, and nothing but a postmodifier follows it."""
    for e in ents:
        if e.label == "NORP":
            break
    else:
        return None
    if not words:
        return None
    i = 0
    while i < len(words) - 1 and words[i].lower() in _VAGUE:
        i += 1
    if not words[i].endswith("s"):
        return None
    # Where that word starts: the runs again, this once, with their offsets.
    at = next(itertools.islice(_WORD.finditer(text, start, end), i, None)).start()
    if not any(e.label == "NORP" and e.start == at for e in ents):
        return None
    if i + 1 < len(words) and words[i + 1].lower() not in _POSTMODIFIERS:
        return None
    return words[i].lower()


def _valid_role(role: str | None) -> str | None:
    """``role`` if it reads as a title ("White House spokesman"), else None: it must hold
    a title word and not end on a preposition ("spokeswoman for", "would someone like")."""
    if not role:
        return None
    words = role.split()
    if words[-1].lower() in _FUNCTION_WORDS or not any(w.lower().rstrip(",") in ROLE_WORDS for w in words):
        return None
    return role


def _appositive_role(text: str, cut: int, end: int) -> str | None:
    """The title in an appositive after a name: ", the former secretary of State"."""
    if cut >= end or text[cut] != ",":
        return None
    role = _clean_role(text[cut + 1 : end])
    if role is None or len(role.split()) > 10 or not any(w.lower() in ROLE_WORDS for w in role.split()[:4]):
        return None
    return _valid_role(role)


def _clean_name(name: str) -> tuple[str, str | None]:
    """A person's name without the titles in front ("Retired Lt. Gen. Michael Flynn"),
    and those titles."""
    words = name.split()
    i = 0
    while i < len(words) - 1 and (words[i].lower() in ROLE_WORDS or words[i].lower() in _HONORIFICS):
        i += 1
    if i == 0:
        return name, None
    return " ".join(words[i:]), _valid_role(" ".join(words[:i]))


def _unnamed(span: Extent, kind: str, words: list[str], i: int, heads: dict[str, str], via: Mention | None) -> Mention:
    """An unnamed source or a document from its words (``words[i]`` the head): count,
    qualifier, role."""
    head_word = words[i].rstrip(",")
    head = heads[head_word.lower()]
    mods = words[:i]
    count: int | None = None
    definite = bool(mods) and mods[0].lower() in _DEFINITE
    qualifier = []
    for w in mods:
        lw = w.lower()
        if lw in _NUMBERS and count is None:
            count = _NUMBERS[lw]
        elif lw.isdigit() and count is None:
            count = int(lw)
        elif lw not in _VAGUE:
            qualifier.append(w)
    post = " ".join(words[i + 1 :]).strip(_TRIM)
    described = " ".join([*qualifier, head_word, post]).strip()
    # A document is what it is ("statement"); an unnamed source is described only when
    # the article says more than "sources".
    role = described if (qualifier or post or kind == "document") else None
    plural = head_word.lower() in PLURAL_HEADS or (count or 0) > 1
    return _mention(
        span, kind, role=role, count=count, plural=plural, head=head,
        qualifier=" ".join(qualifier).lower(), definite=definite, via=via,
    )
