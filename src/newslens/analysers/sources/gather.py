"""How the sources analyser reads one article: its quotes' speakers, the citations
in its own words and the people it names, put on a roster in text order; the
sources the article cites become annotations, with a summary of them.

Apart from the analyser's module, which registers a hook (pluggy sets attributes on
the hook function), so that this one can be compiled.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from functools import partial
from itertools import accumulate, pairwise
from operator import itemgetter
from typing import Any, Final, NamedTuple

from newslens.analyser import Findings
from newslens.model import Annotation, Document, Span

from .citations import (
    REFERENCE_NOUNS,
    find_citations,
    find_references,
    find_titled_names,
    occurrences,
)
from .mentions import (
    SOURCE_KINDS,
    EntityIndex,
    Extent,
    Mention,
    describe,
    named_before,
    person_mention,
)
from .regions import Regions
from .roster import Roster, Source

__all__ = ["find_sources"]

# How far past a speaker to look for the outlet that relayed it (", cited by Reuters").
_RELAY_WINDOW: Final = 80
# A mention not read yet (None is a reading: the words name no source): a mention no
# reading makes, told apart by identity.
_UNREAD: Final = Mention(Extent(-1, -1), "unread")


def find_sources(doc: Document) -> Findings:
    """One annotation per distinct source ``doc`` relies on, with a summary of them."""
    text = doc.text
    regions = Regions([s for s in (doc.headline, *doc.body) if s is not None])
    # Names in credits ("More from Inquisitr") are no mentions of a source.
    entities = EntityIndex(regions.holding(doc["entities"]))
    # Each entity by name, read once for the people and for the other mentions.
    names: list[str] = [e.data.get("canonical") or text[e.start : e.end] for e in entities.entities]
    speakers = _Speakers(text, doc["quotes"], entities)
    events = speakers.events + _citations(text, regions, entities, speakers)
    events += _background(text, regions, entities, names, events)

    events.sort(key=_EVENT_ORDER)
    roster = Roster()
    attributions: list[Source | None] = [None] * speakers.unattributed
    # (An event unpacked as the plain tuple it is: cheaper than a named look-up per field.)
    for _start, _order, _length, mention, cited, quote, antecedent in events:
        source = roster.add(mention, cited=cited, quote=quote, antecedent=antecedent)
        if cited:
            attributions.append(source)

    sources = roster.cited()
    _more_mentions(text, regions, entities, names, sources)
    annotations = [_annotation(text, s) for s in sources]
    # (attrs gives Findings the converter's parameter type, tuple's unbound Iterable[_T_co].)
    return Findings(annotations, summary=_summary(attributions, sources))  # type: ignore[arg-type]


class _Event(NamedTuple):
    """A mention to put on the roster, in text order; cited ones first at one offset,
    longer ones first."""

    start: int
    order: int  # 0 cited, 1 background
    length: int  # negative: longer first
    mention: Mention
    cited: bool
    quote: str | None = None
    antecedent: Mention | None = None


#: Events in text order: their first three fields (start, order, length).
_EVENT_ORDER: Final = itemgetter(0, 1, 2)
#: The start and the end of a plain pair.
_FIRST_ITEM: Final = itemgetter(0)
_SECOND_ITEM: Final = itemgetter(1)


def _event(mention: Mention, *, cited: bool, quote: str | None = None, antecedent: Mention | None = None) -> _Event:
    span = mention.span
    # Made as a plain tuple of its fields, in C: a named tuple's own constructor is a
    # Python call, and there is an event for every mention in the article.
    return _new_event((span.start, 0 if cited else 1, span.start - span.end, mention, cited, quote, antecedent))


_new_event: Final = partial(tuple.__new__, _Event)


class _Speakers:
    """The speakers of the quotes layer, read as mentions: one cited event per quote
    whose speaker names a source; the others counted as unattributed."""

    def __init__(self, text: str, quotes: Iterable[Annotation], entities: EntityIndex):
        self.events: list[_Event] = []
        self.unattributed = 0
        self.speakerless: dict[int, str] = {}  # cue offset -> id of a quote whose speaker was not found
        self.spans: list[tuple[int, int]] = []  # speakers and cues: where a citation of ours would count twice
        # Quotes of one sentence share their speaker, and many share an antecedent: the
        # same words at the same place read the same, so each is read once.
        read: dict[tuple[int, int, int], Mention | None] = {}
        # And the same words met elsewhere ("the mayor said") read alike, where nothing
        # around them counts: ``describe`` keeps those here.
        seen: dict[str, Mention | None] = {}

        def describe_once(span: Span, look_after: int = 0) -> Mention | None:
            key = (span.start, span.end, look_after)
            found = read.get(key, _UNREAD)
            if found is _UNREAD:
                # An antecedent is most often the speaker of another quote, read looking
                # past it for a relay: where none was found, the words read the same
                # without looking (a relay only ever adds itself to the reading).
                found = read.get((span.start, span.end, _RELAY_WINDOW), _UNREAD) if not look_after else _UNREAD
                if found is _UNREAD or (found is not None and found.via is not None):
                    found = describe(text, span.start, span.end, entities, look_after=look_after, seen=seen)
                read[key] = found
            return found

        for quote in quotes:
            get = quote.data.get
            speaker = get("speaker")
            antecedent = get("antecedent")
            # (A span's truth is its length, asked of a Python method: an empty one
            # reads as no mention all the same.)
            mention = describe_once(speaker, _RELAY_WINDOW) if speaker is not None else None
            earlier = describe_once(antecedent) if antecedent is not None else None
            if mention is not None and mention.head == "who" and earlier is None:
                earlier = named_before(text, mention.span.start, entities)  # "Jane Doe, who said"
            if mention is None and earlier is not None:
                mention, earlier = earlier, None
            cue = get("cue")
            if mention is None:
                if cue is not None:
                    self.speakerless[cue.start] = quote.id
                self.unattributed += 1
                continue
            self.events.append(_event(mention, cited=True, quote=quote.id, antecedent=earlier))
            self.spans.append(mention.span)
            if cue is not None:
                self.spans.append((cue.start, cue.end))  # a plain pair sorts and reads as an Extent


def _citations(text: str, regions: Regions, entities: EntityIndex, speakers: _Speakers) -> list[_Event]:
    """Sources the article cites in its own words, less those the quotes layer has."""
    taken = _Spans(speakers.spans)
    out = []
    for citation in find_citations(text, regions, entities, taken.overlaps):
        if taken.overlaps(citation.mention.span) or taken.overlaps(citation.cue):
            continue  # the quotes layer has this attribution already
        # "according to anonymous sources" where the quotes layer found the statement
        # and its cue but no speaker: the citation names it.
        quote_id = speakers.speakerless.pop(citation.cue.start, None)
        speakers.unattributed -= quote_id is not None
        out.append(_event(citation.mention, cited=True, quote=quote_id))
    return out


def _background(
    text: str, regions: Regions, entities: EntityIndex, names: list[str], cited: list[_Event]
) -> list[_Event]:
    """Mentions that cite nothing but may be pointed back to: people, and role words
    ("the secretary") for the titles those people and the cited sources hold."""
    taken = _Spans([e.mention.span for e in cited])
    background = _people(text, regions, entities, names)
    roles = {m.role for m in background if m.role} | {e.mention.role for e in cited if e.mention.role}
    heads = sorted({w for role in roles for w in role.lower().split() if w in REFERENCE_NOUNS})
    # A reference whose head word lies in a cited mention would be dropped below.
    background.extend(find_references(text, regions, heads, taken.overlaps))
    return [_event(m, cited=False) for m in taken.apart(background)]


def _people(text: str, regions: Regions, entities: EntityIndex, names: list[str]) -> list[Mention]:
    """Every mention of a person, cited or not, so that "he" and "the secretary" can
    point back to it: from the entities layer (``names``: each entity's name), or from
    titled names when it found none."""
    out: list[Mention] = []
    for e, name in zip(entities.entities, names):
        if e.label != "PERSON":
            continue
        start, end = e.start, e.end
        role = e.data.get("role")
        # "U.S. Secretary of State John Kerry": take the title into the mention.
        if role and start > len(role) and text[start - 1] == " " and text.endswith(role, 0, start - 1):
            start -= len(role) + 1
        if text.startswith(("’s", "'s"), end):
            end += 2
        out.append(person_mention(start, end, name, role))
    if not out:
        for region in regions.spans:
            out.extend(find_titled_names(text, region, entities))
    return out


def _more_mentions(
    text: str, regions: Regions, entities: EntityIndex, names: list[str], sources: list[Source]
) -> None:
    """Add the other mentions of each cited source by name ("Kerry’s", "Reuters", "Putin");
    ``names`` are the entities' names."""
    if not sources or not regions.spans:
        return
    first, last = regions.spans[0].start, regions.spans[-1].end
    named = [(s, s.name) for s in sources if s.kind in ("person", "outlet", "organization") and s.name]
    # The entities by name, for the names of these sources only: most entities name
    # no source, and need no entry.
    wanted = {name for _, name in named}
    by_canonical: dict[str, list[Extent]] = {}
    for e, name in zip(entities.entities, names):
        if name in wanted:
            by_canonical.setdefault(name, []).append(Extent(e.start, e.end))
    for source, name in named:
        found = list(by_canonical.get(name, ()))
        # The entities layer found the people and bodies already; outlets it may not
        # flag, and without it everything is looked up by name.
        if source.kind == "outlet" or not entities.entities:
            spellings = {_bare(text[m.start : m.end]) for m in source.names} | {_bare(name)}
            if source.kind == "person" and " " in name:
                spellings.add(name.split()[-1])  # the surname: "Kerry"
            for spelling in spellings:
                if spelling[:1].isupper():
                    found.extend(s for s in occurrences(text, spelling, first, last) if regions.contain(s))
        # Most are mentions of it already (the people were on the roster): those
        # overlap a known mention and would be passed over below, so they go now,
        # and a source with nothing new costs no index of its mentions.
        mentioned = set(source.mentions)
        found = [s for s in found if s not in mentioned or s.start == s.end]
        if not found:
            continue
        known = _Spans(source.mentions)
        reach = -1
        for span in sorted(found, key=lambda s: (s.start, -s.end)):  # "John Kerry" before its "Kerry"
            if span.start >= reach and not known.overlaps(span):
                source.mentions.append(span)
                reach = span.end


def _bare(words: str) -> str:
    """A name without its article and possessive: "the Inquisitr’s" -> "Inquisitr"."""
    for article in ("the ", "The "):
        words = words.removeprefix(article)
    for possessive in ("’s", "'s"):
        words = words.removesuffix(possessive)
    return words


def _mentions(spans: list[Extent]) -> list[Span]:
    """Spans in order, without repeats, and without those inside a longer one."""
    out: list[Span] = []
    reach = -1
    # In plain order (start, then end): of the spans that share a start only the
    # last, the longest, can be kept, since the others end within it; a repeat, or a
    # span inside one kept, ends within the reach and is skipped.
    ordered = sorted(spans)
    if not ordered:
        return out
    for (start, end), (next_start, _) in pairwise(ordered):
        if start != next_start and end > reach:
            out.append(Span(start, end))
            reach = end
    start, end = ordered[-1]
    if end > reach:
        out.append(Span(start, end))
    return out


def _annotation(text: str, source: Source) -> Annotation:
    full = source.fullest(text)
    via = source.via.id if source.via is not None and source.via.id else None
    return Annotation(
        full.start,
        full.end,
        label=source.kind,
        id=source.id,
        data={
            "name": source.name,
            "role": source.role,
            "count": source.count,
            "via": via,
            "mentions": _mentions(source.mentions),
            "quotes": list(dict.fromkeys(source.quotes)),
            "attributions": source.attributions,
        },
    )


def _summary(attributions: list[Source | None], sources: list[Source]) -> dict[str, Any]:
    """How many attributions rest on each kind of source; how many sources of each kind."""
    on = {kind: 0 for kind in SOURCE_KINDS}
    unattributed = relayed = 0
    for source in attributions:
        if source is None:
            unattributed += 1
            continue
        on[source.kind] += 1
        relayed += source.via is not None
    total = len(attributions)
    kinds = Counter(s.kind for s in sources)
    return {
        "attributions": total,
        # The report's "named": resting on someone or something the article names.
        "named": on["person"] + on["organization"] + on["document"],
        **on,
        "unattributed": unattributed,
        "relayed": relayed,
        "anonymous_share": round(on["anonymous"] / total, 4) if total else None,
        "sources": {"total": len(sources), **{kind: kinds[kind] for kind in SOURCE_KINDS}},
    }


class _Spans:
    """A set of spans that answers "does this one overlap any?" in logarithmic time."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        pairs = sorted(spans)  # plain pairs: they sort by start, then end
        # (Their items taken in C: compiled, unpacking each pair would unbox and box again.)
        self.starts: list[int] = list(map(_FIRST_ITEM, pairs))
        # The furthest end reached by any span up to each index, so nesting cannot hide one.
        self.reach: list[int] = list(accumulate(map(_SECOND_ITEM, pairs), max))

    def overlaps(self, span: Extent) -> bool:
        """Whether ``span`` overlaps any of the set."""
        i = bisect_right(self.starts, span.end - 1)
        return i > 0 and self.reach[i - 1] > span.start

    def apart(self, mentions: list[Mention]) -> list[Mention]:
        """Those of ``mentions`` whose span overlaps none of the set, in their order:
        :meth:`overlaps` for each, in one pass (there is a mention for every name of
        a person in the article)."""
        starts, reach = self.starts, self.reach
        return [m for m in mentions if not ((i := bisect_right(starts, m.span.end - 1)) and reach[i - 1] > m.span.start)]
