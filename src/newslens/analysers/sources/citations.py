"""Find where an article names a source of information in its own words, with or
without a quote: "According to MSN", "As previously reported by the Inquisitr",
"Fox News now reports", "made public in a statement".

Also the mentions that cite nothing but may be pointed back to: names with a title
("U.S. Secretary of State John Kerry") and role words ("the secretary").

Speed: each finder searches for one literal word ("according", "report",
"statement"...) and reads the few characters around each hit. The ``regex`` module
finds a literal fast, but tries a long alternation at every position, so word lists
are never turned into one big alternation here; ``str.find`` (faster still) first
says whether an article holds a reporting verb or a document word at all. Patterns
that read the words just before a hit end in ``$`` and are compiled ``REVERSE``,
so they start at the hit and walk back, instead of trying every position of the
window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Final, NamedTuple

import regex

from newslens.model import Span

from .lexicon import ROLE_WORDS, outlet_ending_at
from .mentions import EntityIndex, Extent, Mention, describe, timeout_for
from .regions import Regions

__all__ = ["REFERENCE_NOUNS", "Citation", "find_citations", "find_references", "find_titled_names", "occurrences"]


class Citation(NamedTuple):
    """A source cited in the article's own words: the mention and its cue ("according to")."""

    mention: Mention
    cue: Extent


# A noun phrase after "according to": words up to punctuation, at most a dozen.
_NP: Final = regex.compile(
    r"(?:(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}'’&\-]*)(?:[ \t]+(?:(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}'’&\-]*)){0,11}"
)
# Where a cited noun phrase ends though no comma says so.
_NP_STOP: Final = regex.compile(
    r"\s(?:that|which|but|while|because|since|when|if|although|though|and|or|as|so|said|says|say|told|reported|reports)\b"
)

_ACCORDING_TO: Final = regex.compile(r"\b(?i:according)\s+to\s+")
# Each reporting verb on its own: a literal the regex module finds fast. Each comes
# with the literal every match holds: ``str.find`` says faster still that an article
# has none, and most articles have none of most of these words. ("according", in any
# case, and the role words are scanned for directly: a lower-case copy of the article
# costs more than the scan.)
_REPORTING: Final = [
    ("report", regex.compile(r"\breport(?:s|ed|ing)?\b")),
    ("revealed", regex.compile(r"\brevealed\b")),
    ("disclosed", regex.compile(r"\bdisclosed\b")),
    ("confirmed", regex.compile(r"\bconfirmed\b")),
    ("learned", regex.compile(r"\blearned\b")),
]
_BY: Final = regex.compile(r"\s+by\s+")
# "As previously reported by": the words before the verb that belong to the cue.
_AS_BEFORE: Final = regex.compile(r"\b[Aa]s\s+(?:(?:previously|first|earlier|originally|also|initially|widely)\s+)?$", regex.REVERSE)
# "Fox News now reports": the adverbs between an outlet and its verb.
_OUTLET_BEFORE: Final = regex.compile(
    r"(?:\s+(?:now|also|first|earlier|previously|later|has|have|had|recently|\p{Ll}+ly))*\s+$", regex.REVERSE
)

# Documents an article cites in its own words: "made public in a statement".
_DOCUMENT_WORDS: Final = [
    (word, regex.compile(rf"\b{word}s?\b"))
    for word in ("statement", "report", "filing", "letter", "memo", "email", "release", "transcript", "document", "record")
]
_IN_BEFORE: Final = regex.compile(
    r"\b(?:in|through|via)\s+(?P<det>a|an|the|its|his|her|their)\s+(?:[\p{Ll}\-]+\s+){0,2}?$", regex.REVERSE
)
_IN_BEFORE_BARE: Final = regex.compile(r"\b(?:in|through|via)\s+(?:[\p{Ll}\-]+\s+){0,1}$", regex.REVERSE)  # "in court filings"
_PREPOSITION: Final = regex.compile(r"\w+\s+")
# A speech verb just before "in a statement": the statement is how someone spoke.
_SPOKE_BEFORE: Final = regex.compile(
    r"\b(?:said|says|say|told|tells|added|adds|wrote|writes|announced|announces|stated|declared|noted|stressed|"
    r"insisted|warned|argued|claimed|explained|responded|replied|urged|called|denied|confirmed)\b[^.!?]{0,30}$", regex.REVERSE
)

# A capitalised run that may be a name: "Eric Schultz", "John F. Kerry".
_NAME_RUN: Final = regex.compile(r"\p{Lu}\p{Ll}[\p{L}'\-]*(?:[ \t]+(?:\p{Lu}\.|\p{Lu}\p{Ll}[\p{L}'\-]*)){0,3}")
# The words before a name that may be its title: "U.S. Secretary of State", "White House spokesman".
_TITLE_BEFORE: Final = regex.compile(
    r"(?:(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\-]*\.?|[\p{Ll}\-]+\.?|of|the)[ \t]+){1,6}$", regex.REVERSE
)
_WORD: Final = regex.compile(r"\S+")
_NOT_TITLE: Final = frozenset(
    "the a an but and yesterday today on in at as when while after before meanwhile also then so if last this that "
    "by from with for to said says".split()
)


def _np_end(text: str, start: int, end: int) -> int:
    stop = _NP_STOP.search(text, start, end)
    return stop.start() if stop else end


def find_citations(
    text: str, regions: Regions, entities: EntityIndex, taken: Callable[[Extent], bool] | None = None
) -> list[Citation]:
    """Sources the headline and paragraphs cite in their own words, in order.

    Each pattern runs once over the whole body; what it reads around a hit stays
    inside that hit's paragraph. ``taken`` says where an attribution is read already
    (a quote's speaker or cue, "according to"): a citation whose cue lies there
    would be dropped, so the words it names are not read at all.
    """
    if taken is None:
        taken = _nowhere
    found: list[Citation] = []
    first, last = regions.bounds
    budget = timeout_for(first, last)
    for m in _ACCORDING_TO.finditer(text, first, last, timeout=budget):
        span = regions.around(m.start())
        if span is None:
            continue
        cue = Extent(m.start(), m.start() + len(m.group().rstrip()))
        if taken(cue):
            continue
        citation = _cited_after(text, cue, m.end(), span.end, entities)
        if citation is not None:
            found.append(citation)
    # Where each literal first stands (-1: nowhere), one scan per literal: "report" is
    # both a reporting verb and a document.
    at: dict[str, int] = {}
    for word, pattern in _REPORTING:
        i = at[word] = text.find(word, first, last)
        if i == -1:
            continue
        for m in _literal_matches(text, word, pattern, i, last):
            span = regions.around(m.start())
            if span is None:
                continue
            by = _BY.match(text, m.end(), span.end) if m.group().endswith("ed") else None
            if by is not None:  # "as previously reported by the Inquisitr"
                before = _AS_BEFORE.search(text, max(span.start, m.start() - 30), m.start())
                cue = Extent(before.start() if before else m.start(), by.start() + len(by.group().rstrip()))
                citation = _cited_after(text, cue, by.end(), span.end, entities) if not taken(cue) else None
                if citation is not None:
                    found.append(citation)
                continue
            cue = Extent(m.start(), m.end())
            outlet = _outlet_before(text, max(span.start, m.start() - 80), m.start(), entities) if not taken(cue) else None
            if outlet is not None:  # "Fox News now reports"
                found.append(Citation(outlet, cue))
    for word, pattern in _DOCUMENT_WORDS:
        i = at[word] if word in at else text.find(word, first, last)
        if i == -1:
            continue
        for m in _literal_matches(text, word, pattern, i, last):
            span = regions.around(m.start())
            if span is None:
                continue
            window = max(span.start, m.start() - 40)
            before = _IN_BEFORE.search(text, window, m.start())
            if before is None and m.group().endswith("s"):
                before = _IN_BEFORE_BARE.search(text, window, m.start())
            if before is None:
                continue
            if _SPOKE_BEFORE.search(text, max(span.start, before.start() - 40), before.start()):
                continue  # "said in a statement": how the speaker spoke, not another source
            preposition = _PREPOSITION.match(text, before.start())  # "in ", "through "
            assert preposition is not None  # where ``before`` opens with one
            cue = Extent(before.start(), before.start() + len(preposition.group().rstrip()))
            if taken(cue):
                continue
            np_start = min(preposition.end(), m.start())
            mention = describe(text, np_start, m.end(), entities)
            if mention is not None and mention.kind == "document":
                found.append(Citation(mention, cue))
    found.sort(key=lambda c: (c.mention.span.start, c.mention.span.end))
    return found


def _literal_matches(text: str, word: str, pattern: regex.Pattern, i: int, end: int) -> Iterator[regex.Match]:
    """The matches ``pattern.finditer(text, i, end)`` finds, for a pattern whose every
    match opens with the literal ``word``, first standing at ``i``.

    ``str.find`` goes from one place the literal stands to the next, and the pattern
    is tried at each alone (its ``\\b`` still sees the character before): a match of
    a few characters, bounded, that needs no timeout, where a scan of the whole
    article with one costs a clock reading and more than the few hits it finds.
    """
    while i != -1:
        m = pattern.match(text, i, end)
        if m is not None:
            yield m
            i = m.end()  # matches do not overlap, as finditer's do not
        else:
            i += 1
        i = text.find(word, i, end)


def _nowhere(span: Extent) -> bool:
    """No attribution is read anywhere yet."""
    return False


def _cited_after(text: str, cue: Extent, start: int, limit: int, entities: EntityIndex) -> Citation | None:
    """The source named by the noun phrase at ``start``, after a cue such as "according to"."""
    np = _NP.match(text, start, limit)
    if np is None:
        return None
    mention = describe(text, start, _np_end(text, start, np.end()), entities, look_after=80)
    if mention is None or mention.kind in ("pronoun", "reference"):
        return None
    return Citation(mention, cue)


def _outlet_before(text: str, start: int, end: int, entities: EntityIndex) -> Mention | None:
    """The outlet that ends just before ``end``, give or take an adverb: "Fox News now"."""
    gap = _OUTLET_BEFORE.search(text, start, end)
    stop = gap.start() if gap else end
    for e in entities.inside(start, stop):
        if e.end == stop and e.data.get("outlet"):
            return Mention(Extent(e.start, e.end), "outlet", name=e.data.get("canonical") or e.of(text))
    found = outlet_ending_at(text, start, stop)
    if found is None:
        return None
    return Mention(Extent(found[0], stop), "outlet", name=found[1])


def find_titled_names(text: str, span: Span, entities: EntityIndex) -> Iterator[Mention]:
    """Names with their title in ``span``: "White House spokesman Eric Schultz".

    For articles where the entities layer found no person: a capitalised run
    preceded by title words is a person with that role.
    """
    for m in _NAME_RUN.finditer(text, span.start, span.end, timeout=timeout_for(span.start, span.end)):
        start = m.start()
        # "Secretary Kerry": the run may hold its own title.
        has_title = not ROLE_WORDS.isdisjoint(m.group().lower().split())
        # Title words end with a space or tab right before the run (or before a line
        # break there, where ``$`` may also match): without one, there are none.
        spaced = text[m.start() - 1 : m.start()] in (" ", "\t", "\n")
        left = _TITLE_BEFORE.search(text, max(span.start, m.start() - 60), m.start()) if spaced else None
        if left is not None:
            for w in reversed(list(_WORD.finditer(left.group()))):
                word = w.group()
                low = word.lower()
                if low in _NOT_TITLE or (word.islower() and low not in ROLE_WORDS and low != "of"):
                    break
                has_title = has_title or low in ROLE_WORDS
                start = left.start() + w.start()
        if not has_title:
            continue
        end = m.end()
        if text.startswith(("’s", "'s"), end):
            end += 2
        mention = describe(text, start, end, entities)
        if mention is not None and mention.kind == "person" and mention.role:
            yield mention


def find_references(
    text: str, regions: Regions, heads: Iterable[str], taken: Callable[[Extent], bool] | None = None
) -> Iterator[Mention]:
    """Role words that point back to a person: "The secretary", "the spokesman".

    ``taken`` says where a mention is read already (a speaker, "the secretary said"):
    a reference there would be dropped, so it is not read at all.
    """
    first, last = regions.bounds
    budget = timeout_for(first, last)
    for head in heads:
        for m in _reference_pattern(head).finditer(text, first, last, timeout=budget):
            if taken is not None and taken(Extent(m.start(), m.end())):
                continue
            span = regions.around(m.start())
            if span is None:
                continue
            before = _THE_BEFORE.search(text, max(span.start, m.start() - 40), m.start())
            if before is None or _NAME_AFTER.match(text, m.end(), span.end):
                continue  # "the Secretary John Kerry" is a titled name, not a reference
            yield Mention(Extent(before.start(), m.end()), "reference", head=head, definite=True)


#: Role words that are nouns a reader points back with: "the secretary", "the spokesman".
REFERENCE_NOUNS: Final[frozenset[str]] = frozenset(
    w
    for w in ROLE_WORDS
    - set(
        "vice prime deputy assistant under press lt. majority minority state defense foreign interior homeland "
        "security national justice treasury energy health education commerce labor agriculture transportation "
        "veterans affairs federal senior former acting interim top then communications campaign co-founder "
        "president-elect press-secretary head chief general major".split()
    )
    if w.isalpha()
)

_THE_BEFORE: Final = regex.compile(r"\b[Tt]he\s+(?:[\p{Ll}\-]+\s+){0,2}?$", regex.REVERSE)
_NAME_AFTER: Final = regex.compile(r"[ \t]+\p{Lu}")
_REFERENCE_PATTERNS: Final[dict[str, regex.Pattern]] = {}


def _reference_pattern(head: str) -> regex.Pattern:
    # Compiled on first use and kept: the role words are a fixed, small set.
    pattern = _REFERENCE_PATTERNS.get(head)
    if pattern is None:
        pattern = _REFERENCE_PATTERNS[head] = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?i:{regex.escape(head)})\b")
    return pattern


def occurrences(text: str, words: str, start: int, end: int) -> Iterator[Extent]:
    """Where ``words`` stand as whole words in ``text[start:end]`` (a possessive "’s" kept)."""
    n = len(words)
    i = text.find(words, start, end)
    while i != -1:
        j = i + n
        if (i == 0 or not text[i - 1].isalnum()) and (j >= len(text) or not text[j].isalnum()):
            if text.startswith(("’s", "'s"), j):
                j += 2
            yield Extent(i, j)
        i = text.find(words, i + n, end)
