"""Gather mentions into distinct sources, in the order the article makes them.

One :class:`Roster` per article. Mentions arrive in text order; each joins the
source it names (the same person, outlet, organisation, or a compatible unnamed
group) or starts a new one. Pronouns and role words ("he", "the secretary") join the
nearest earlier compatible source. Only sources the article *cites* (a quote's
speaker, "according to X", the outlet that relayed them) become annotations; the
other mentions are kept so that a later "he" or "the secretary" can point to them.
"""

from __future__ import annotations

from collections import deque
from operator import attrgetter
from typing import Final

from .lexicon import ANONYMOUS_HEADS, DESCRIPTIONS, OUTLET_NOUNS, ROLE_WORDS
from .mentions import Extent, Mention

__all__ = ["Roster", "Source"]

# How far back, in mentions, a pronoun or role word looks for what it points to.
_LOOKBACK: Final = 60


class Source:
    """One distinct source as the roster builds it (mutable while the article is read).

    A plain class, not an attrs one: compiled, it is a native class, whose fields
    are read and set directly.
    """

    __slots__ = (
        "attributions", "cited", "count", "first", "head", "id", "kind", "mentions",
        "name", "names", "plural", "qualifier", "quotes", "role", "via",
    )

    def __init__(
        self,
        kind: str,
        name: str | None = None,
        role: str | None = None,
        count: int | None = None,
        plural: bool = False,
        head: str | None = None,
        qualifier: str = "",
        via: Source | None = None,
        mentions: list[Extent] | None = None,
        names: list[Extent] | None = None,
        quotes: list[str] | None = None,
        attributions: int = 0,
        cited: bool = False,
        first: int = 0,
        id: str = "",
    ) -> None:
        self.kind = kind
        self.name = name
        self.role = role
        self.count = count
        self.plural = plural
        self.head = head
        self.qualifier = qualifier
        self.via = via
        self.mentions: list[Extent] = [] if mentions is None else mentions
        self.names: list[Extent] = [] if names is None else names  # mentions that name or describe it (not "he")
        self.quotes: list[str] = [] if quotes is None else quotes
        self.attributions = attributions
        self.cited = cited
        self.first = first
        self.id = id

    def add(self, mention: Mention, *, naming: bool) -> None:
        """Record a mention of this source; take its role or count when it says more."""
        self.mentions.append(mention.span)
        if naming:
            self.names.append(mention.span)
        if mention.role and (not self.role or len(mention.role) > len(self.role)) and mention.kind != "reference":
            self.role = mention.role
        if mention.count is not None and self.count is None:
            self.count = mention.count
        if mention.plural:
            self.plural = True

    def cite(self) -> None:
        """Mark the source as cited, and the outlet that relayed it too."""
        self.cited = True
        if self.via is not None:
            self.via.cited = True

    def fullest(self, text: str) -> Extent:
        """Its fullest mention: the longest that names or describes it (a possessive "’s"
        not counted), the first of equals."""
        # A person's fullest mention ends with the name, not "Trump, speaking to
        # veterans", when one does: the best of those and the best of all are kept
        # in one pass over the mentions' words (without the possessive).
        last = self.name.split()[-1] if self.kind == "person" and self.name else None
        best: Extent | None = None
        best_named: Extent | None = None
        # Each best's length and start (compared as ints, not as pairs: compiled, a
        # pair compared is made a Python tuple first).
        best_size = named_size = -1
        best_start = named_start = 0
        for span in self.names or self.mentions:
            start, end = span
            if text.endswith(("’s", "'s"), start, end):  # both two characters long
                end -= 2
            # Longest first, then earliest; the first of equals stays.
            size = end - start
            if size > best_size or (size == best_size and start < best_start):
                best, best_size, best_start = span, size, start
            if (
                last is not None
                and (size > named_size or (size == named_size and start < named_start))
                and text.endswith(last, start, end)
            ):
                best_named, named_size, named_start = span, size, start
        # A source is made with its first mention, so one was found.
        assert best is not None
        return best_named or best


class Roster:
    """The sources of one article, built mention by mention in text order."""

    def __init__(self) -> None:
        self.sources: list[Source] = []
        self._people: dict[str, Source] = {}  # full name, lower case
        self._surnames: dict[str, Source] = {}  # last word of a full name -> the person
        self._outlets: dict[str, Source] = {}
        self._organizations: dict[str, Source] = {}
        self._unnamed: dict[tuple[str, str, bool], list[Source]] = {}  # (kind, head, plural)
        self._recent: deque[Source] = deque(maxlen=_LOOKBACK)

    # --- adding mentions ---------------------------------------------------------------
    def add(
        self, mention: Mention, *, cited: bool, quote: str | None = None, antecedent: Mention | None = None
    ) -> Source | None:
        """Put ``mention`` with the source it names; return that source (None if it points
        nowhere, as an unresolved "he" does)."""
        if mention.kind in ("pronoun", "reference"):
            source = self._resolve(mention, antecedent)
            if source is None and mention.kind == "reference" and cited:
                # "The Democratic nominee said", with no nominee named before: a person the
                # article identifies by role alone; we cannot say who. "The source said",
                # with none before: an unnamed source.
                if mention.head in OUTLET_NOUNS:
                    kind = "outlet"
                elif mention.head in ANONYMOUS_HEADS and mention.head not in ROLE_WORDS:
                    kind = "anonymous"
                else:
                    kind = "person"
                source = self._new(mention._replace(kind=kind), naming=True)
            elif source is not None:
                source.add(mention, naming=False)
        else:
            source = self._find(mention)
            if source is None:
                source = self._new(mention, naming=True)
                self._file(source, mention)
            else:
                source.add(mention, naming=True)
                if mention.name and source.name and len(mention.name) > len(source.name):
                    self._rename(source, mention)  # (which asks the same first)
        if source is None:
            return None
        if mention.via is not None:
            if source.via is None:
                source.via = self.add(mention.via, cited=False)
            else:
                source.via.add(mention.via, naming=True)
        if cited:
            source.cite()
            source.attributions += 1
        if quote is not None:
            source.quotes.append(quote)
        self._recent.append(source)
        return source

    def _new(self, mention: Mention, *, naming: bool) -> Source:
        source = Source(
            mention.kind, name=mention.name, head=mention.head, qualifier=mention.qualifier, first=mention.span.start
        )
        source.add(mention, naming=naming)
        self.sources.append(source)
        return source

    def _file(self, source: Source, mention: Mention) -> None:
        """Index a new source so that later mentions of it find it."""
        if source.kind == "person" and source.name:
            self._people[source.name.lower()] = source
            words = source.name.split()
            if len(words) > 1:
                self._surnames.setdefault(words[-1].lower(), source)
        elif source.kind == "outlet" and source.name:
            self._outlets[_outlet_key(source.name)] = source
        elif source.kind == "organization":
            self._organizations[_org_key(mention)] = source
        else:
            self._unnamed.setdefault((source.kind, source.head or "", source.plural), []).append(source)

    def _find(self, mention: Mention) -> Source | None:
        kind = mention.kind
        if kind == "person" and mention.name:
            key = mention.name.lower()
            found = self._people.get(key)
            if found is not None:
                return found  # the same name again, the commonest case
            words = key.split()
            if len(words) == 1:
                found = self._surnames.get(key)  # "Kerry" after "John Kerry"
            elif len(words) > 1:
                found = self._people.get(words[-1])  # "John Kerry" after a lone "Kerry"
                # (Every person filed by name has one.)
                if found is not None and found.name is not None and len(found.name.split()) > 1:
                    found = None
            return found
        if kind == "outlet" and mention.name:
            return self._find_outlet(mention.name)
        if kind == "organization":
            return self._organizations.get(_org_key(mention))
        if kind in ("anonymous", "document"):
            return self._find_unnamed(mention)
        return None

    def _find_outlet(self, name: str) -> Source | None:
        key = _outlet_key(name)
        found = self._outlets.get(key)
        if found is not None:
            return found
        # "the Post" is whichever Post the article named, and the other way round.
        last = key.split()[-1]
        for other_key, other in self._outlets.items():
            if other_key.split()[-1] == last and (" " not in key or " " not in other_key):
                return other
        return None

    def _find_unnamed(self, mention: Mention) -> Source | None:
        candidates = self._unnamed.get((mention.kind, mention.head or "", mention.plural), [])
        if mention.kind == "document" and not mention.definite:
            return None  # "a statement" is a new document; "the statement" is the last one
        via_name = mention.via.name if mention.via is not None else None
        for source in reversed(candidates[-8:]):
            if mention.qualifier and source.qualifier and mention.qualifier != source.qualifier:
                continue
            if via_name and source.via is not None and source.via.name != via_name:
                continue
            if mention.count is not None and source.count is not None and mention.count != source.count:
                continue
            return source
        return None

    def _rename(self, source: Source, mention: Mention) -> None:
        """A fuller name arrived for a source first met by a shorter one ("Kerry", then
        "John Kerry"; "the Post", then "The Washington Post")."""
        if not mention.name or not source.name or len(mention.name) <= len(source.name):
            return
        if source.kind == "person" and len(source.name.split()) == 1:
            source.name = mention.name
            self._people[mention.name.lower()] = source
            self._surnames.setdefault(mention.name.split()[-1].lower(), source)
        elif source.kind == "outlet" and " " not in _outlet_key(source.name):
            source.name = mention.name
            self._outlets[_outlet_key(mention.name)] = source

    def _resolve(self, mention: Mention, antecedent: Mention | None) -> Source | None:
        """The source a pronoun or a role word points back to."""
        if antecedent is not None and antecedent.kind not in ("pronoun", "reference"):
            found = self._find(antecedent)
            if found is None:
                found = self._new(antecedent, naming=True)
                self._file(found, antecedent)
            return found
        head = mention.head or ""
        for source in reversed(self._recent):
            if source.first >= mention.span.start:
                continue
            if mention.kind == "reference":
                if head in OUTLET_NOUNS:
                    if source.kind == "outlet":  # "the newspaper"
                        return source
                    continue
                if source.kind == "person" and source.role and head in source.role.lower().split():
                    return source
                if source.kind == "anonymous" and source.head == head and not source.plural:
                    return source
            elif head in ("he", "she", "him", "her"):
                if source.kind == "person":
                    return source
            elif head in ("they", "them", "we"):
                if source.kind in ("organization", "outlet") or (source.kind == "anonymous" and source.plural):
                    return source
            elif head == "it" and source.kind in ("organization", "outlet", "document"):
                return source
        if mention.kind == "reference" and head in DESCRIPTIONS and head not in ROLE_WORDS:
            # "the billionaire businessman": no title to match, so the nearest person.
            for source in reversed(self._recent):
                if source.kind == "person" and source.first < mention.span.start:
                    return source
        return None

    # --- reading out -----------------------------------------------------------------
    def cited(self) -> list[Source]:
        """The sources the article cites, numbered ``sources-1``... in order of first mention."""
        out = sorted((s for s in self.sources if s.cited), key=_FIRST)
        for i, source in enumerate(out, 1):
            source.id = f"sources-{i}"
        return out


#: Where a source is first mentioned.
_FIRST: Final = attrgetter("first")


def _org_key(mention: Mention) -> str:
    return (mention.name or mention.role or "").lower().removeprefix("the ")


def _outlet_key(name: str) -> str:
    """"The Inquisitr" and "Inquisitr" are one outlet; a one-word key may stand for a
    longer one that ends with it ("post" for "washington post")."""
    return name.lower().removeprefix("the ")
