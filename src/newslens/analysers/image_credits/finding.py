"""Find the picture credits of a document: the image_credits analyser's work.

Every body paragraph and credit line is looked at; a credit inside prose is tried
only around its triggers (brackets, slashes, " via ", label words), found with
``str.find`` over the whole text at once.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from typing import Final

import regex

from newslens import Annotation, Document

from ...match_groups import group_numbers
from .agencies import lookup
from .patterns import (
    CREDIT_AT,
    LABEL,
    LOOK_BACK,
    TIMEOUT,
    TRIGGERS,
    WHOLE_CREDIT,
    WORD_START,
    holds_only_credit_words,
    may_be_whole_credit,
)
from .reading import names_an_outlet, read_credit, signs_a_picture

__all__ = ["find_credits"]

#: A paragraph longer than this is prose with (perhaps) a credit in it, never a credit.
MAX_CREDIT_LINE: Final = 240

#: A paragraph this short may be a bare agency name: "Getty.", "(Getty Images)".
MAX_BARE_CREDIT: Final = 60

_EDGES: Final = ".()[] \u00a0"

#: Credit lines of these kinds (from the parser) may hold a picture credit.
_CREDIT_KINDS: Final = frozenset({"image", "other"})

# The groups of the patterns read here, by number (see newslens.match_groups).
_AT: Final = group_numbers(CREDIT_AT)
_WHOLE: Final = group_numbers(WHOLE_CREDIT)


def find_credits(doc: Document) -> list[Annotation]:
    """One annotation per picture credit in the body and the credit lines of ``doc``."""
    text = doc.text
    paragraphs = sorted(
        [(p.start, p.end) for p in doc.body] + [(c.start, c.end) for c in doc.credits if c.kind in _CREDIT_KINDS]
    )
    triggers = _triggers(text)
    out: list[Annotation] = []
    for start, end in paragraphs:
        lo, hi = bisect_left(triggers, start), bisect_left(triggers, end)
        if lo == hi and not (end - start <= MAX_BARE_CREDIT and _may_be_bare(text[start:end])):
            continue  # no bracket, slash, "via" or label word, and no bare agency name
        out.extend(_credits_in(text, start, end, [t - start for t in triggers[lo:hi]]))
    return out


def _may_be_bare(para: str) -> bool:
    """Whether a short paragraph may be a bare signer: "Getty.", "Tampa Bay Times."."""
    name = para.strip(_EDGES)
    return lookup(name) is not None or names_an_outlet(name)


def _triggers(text: str) -> list[int]:
    """Offsets in ``text`` of everything a credit inside prose must contain, in order.

    ``str.find`` over the whole text, once per bracket, slash, dash, " via " and
    " | " (these two by what stands between their spaces, see
    :data:`_MARK_TRIGGERS`), is far faster than any regex scan; so is it for the
    label words (see :func:`_label_starts`). The patterns then run only around these
    offsets. (" via " is found at its space; the word starts before it are tried all
    the same.)
    """
    found = _label_starts(text)
    for mark, core, lead in _MARK_TRIGGERS:
        i = text.find(core)
        while i >= 0:
            if lead == 0 or (i >= lead and text.startswith(mark, i - lead)):
                found.append(i - lead)
            i = text.find(core, i + 1)
    found.sort()
    return found


def _spellings_by_capitals(words: list[str]) -> dict[bytes, tuple[str, ...]]:
    """The label words (ASCII letters) by their spelling in capitals, as bytes: "PHOTO" -> ("Photo", "PHOTO")."""
    found: dict[bytes, list[str]] = {}
    for w in words:
        found.setdefault(w.upper().encode("ascii"), []).append(w)
    return {capitals: tuple(spellings) for capitals, spellings in found.items()}


def _label_starts(text: str) -> list[int]:
    """Offsets in ``text`` where a label word of :data:`.patterns.TRIGGERS` starts, as
    spelt there, overlaps included ("GRAPHICREDIT" holds two), in order.

    A scan of the whole text per spelling, or a pattern's, reads every character
    twenty times or tests it against seven capitals, the costliest part of the
    analyser. Instead the text is encoded as ASCII (each other character "?": the
    offsets stay) and put in capitals, both in C, and each word is looked for once
    in capitals; each find is then checked against the word's own spellings.
    """
    capitals = text.encode("ascii", "replace").upper()
    found = set()
    for word, spellings in _LABEL_SPELLINGS.items():
        i = capitals.find(word)
        while i >= 0:
            if text.startswith(spellings, i):
                found.add(i)
            i = capitals.find(word, i + 1)
    return sorted(found)


#: The other triggers, each with what ``str.find`` looks for: the mark without the
#: spaces around it (" | " by its bar: a search for a mark that ends with a space,
#: the commonest character, is slow; one for a rare character fast), and how far
#: into the mark that part starts.
_MARK_TRIGGERS: Final = tuple(
    (t, t.strip(" "), len(t) - len(t.lstrip(" "))) for t in TRIGGERS if not t[0].isalpha()
)
_LABEL_SPELLINGS: Final = _spellings_by_capitals([t for t in TRIGGERS if t[0].isalpha()])


def _credits_in(text: str, start: int, end: int, triggers: list[int]) -> Iterator[Annotation]:
    """The credits in the paragraph ``text[start:end]``; ``triggers`` are offsets in it."""
    para = text[start:end]
    if len(para) <= MAX_CREDIT_LINE:
        line = _whole_credit(para)
        if line is not None:
            (s, e), credit, labelled = line
            yield _annotation(start + s, start + e, "line", credit, labelled)
            return
    for m in _credits_at_triggers(para, triggers):
        if m.group(_AT.bracketed) is not None:
            s, e = m.span(_AT.bracketed)
            credit = m.group(_AT.inner)
        else:
            s, e = m.span(_AT.plain)
            credit = m.group(_AT.plain)
        label = LABEL.match(credit)
        if label is not None:
            credit = credit[label.end() :]
        elif not signs_a_picture(credit):
            continue  # "… Facebook / Twitter": share buttons run into the text
        yield _annotation(start + s, start + e, "caption", credit, label is not None)


# What may stand just before a credit that opens a sentence or a clause (the
# patterns' own look-behinds decide; this only spares them hopeless tries).
_CLAUSE_END: Final = frozenset('.!?:;)]”"’,|-—–')


def _may_start(para: str, i: int) -> bool:
    """Whether a credit could begin at ``para[i]``: see ``_START`` in patterns."""
    if i == 0:
        return True
    before = para[i - 1]
    if before.islower() and para[i].isupper():
        return True  # glued: "…New HampshireJoe Raedle via Getty Images"
    j = i - 1
    while j >= 0 and i - j <= 3 and para[j] in " \u00a0\t":
        j -= 1
    return j >= 0 and para[j] in _CLAUSE_END


def _credits_at_triggers(para: str, triggers: list[int]) -> list[regex.Match]:
    """The credits around ``triggers``, each tried from the word starts just before it.

    Every start is tried once, so the work stays linear in the paragraph however
    dense the triggers. Overlapping finds keep the one that starts first.
    """
    tried: set[int] = set()
    found: list[regex.Match] = []
    scanned = 0  # word starts before this offset have been looked at already
    for t in triggers:
        if para[t] in "([":
            starts = [t]
        else:
            lo = max(0, t - LOOK_BACK, scanned)
            scanned = t + 1
            if not _may_open_credit_in(para, lo, t + 1):
                continue  # no start here could pass _may_match_at: skip listing them
            window = WORD_START.finditer(para, lo, t + 1)
            starts = [w.start() for w in window if _may_start(para, w.start())]
        for start in starts:
            if start in tried:
                continue
            tried.add(start)
            if not _may_match_at(para, start):
                continue
            try:
                m = CREDIT_AT.match(para, start, timeout=TIMEOUT)
            except TimeoutError:
                return found  # a pathological paragraph; no credit is that long
            if m is not None and m.end() > m.start():
                found.append(m)
    found.sort(key=lambda m: (m.start(), -m.end()))
    kept: list[regex.Match] = []
    for m in found:
        if not kept or m.start() >= kept[-1].end():
            kept.append(m)
    return kept


#: How a label starts, case folded: see ``_LABEL`` in patterns.
_LABEL_HEADS: Final = ("featured", "image", "photo", "picture", "video", "graphic", "illustration", "screen", "main ", "credit",
                "courtesy", "©")

#: A dash between a letter and a capital, the one dash ``_SLASH`` in patterns takes.
_GLUED_DASH: Final = regex.compile(r"\p{L}—\p{Lu}")


def _may_match_at(para: str, start: int) -> bool:
    """Whether :data:`.patterns.CREDIT_AT` may match at ``para[start]``: cheap tests first.

    Most places tried are in prose near a bracket or a dash; this spares the pattern
    (tens of microseconds each) wherever what every credit needs is missing.
    """
    if para[start] not in "([":
        return _may_open_credit(para, start, len(para))
    # Nothing inside a bracketed credit is a bracket: it ends at the first that closes.
    closes = [i for i in (para.find(")", start), para.find("]", start)) if i >= 0]
    if not closes:
        return False
    inner = start + 1
    while para[inner : inner + 1] == " ":
        inner += 1
    close = min(closes)
    # "(Jane Doe for The Washington Post)": a name, no other word, before the first " for "
    by = para.find(" for ", inner, close)
    if by >= 0 and holds_only_credit_words(para[inner:by]):
        return True
    return _may_open_credit(para, inner, close)


def _may_open_credit(para: str, i: int, end: int) -> bool:
    """Whether a credit in ``para[i:end]`` may start at ``para[i]`` (or the inside of one).

    It needs a label there, "photo" or "picture" close ahead ("AP Photo/…"), or a
    separator before the sentence or bracket closes, within the 165 characters that
    ``_SEP_AHEAD`` in patterns looks at, with a slash, " via " or a dash between a
    letter and a capital (the separators a chain must hold) somewhere ahead.
    """
    head = para[i : min(i + 68, end)].casefold()
    if head.startswith(_LABEL_HEADS) or "photo" in head or "picture" in head:
        return True
    near = para[i : min(i + 165, end)]
    for stop in _SEP_AHEAD_STOPS:  # the characters _SEP_AHEAD never crosses
        cut = near.find(stop)
        if cut >= 0:
            near = near[:cut]
    if "/" not in near and " via " not in near and "—" not in near:
        return False
    # Up to the first separator the chain's first segment stands (or a signer's name
    # that holds a slash): names and signers, no word of prose ("The survey was
    # conducted ... +/- 4 percent" is none).
    first = min(k for k in (near.find("/"), near.find(" via "), near.find("—")) if k >= 0)
    if not holds_only_credit_words(near[:first]):
        return False
    return para.find("/", i, end) >= 0 or para.find(" via ", i, end) >= 0 or _GLUED_DASH.search(para, max(0, i - 1), end) is not None


def _may_open_credit_in(para: str, lo: int, hi: int) -> bool:
    """Whether :func:`_may_open_credit` may hold for any start in ``para[lo:hi]``.

    The same tests over the union of the stretches they look at: one look at the
    text before a dash or a slash instead of one per word.
    """
    ahead = para[lo : hi - 1 + 68].casefold()
    if any(head in ahead for head in _LABEL_HEADS):  # every label head, "photo" and "picture" among them
        return True
    near = para[lo : hi - 1 + 165]
    if "/" not in near and " via " not in near and "—" not in near:
        return False
    return para.find("/", lo) >= 0 or para.find(" via ", lo) >= 0 or _GLUED_DASH.search(para, max(0, lo - 1)) is not None


#: What ``_SEP_AHEAD`` in patterns never looks past (it may pass a full stop).
_SEP_AHEAD_STOPS: Final = "!?()[]\n"


def _whole_credit(para: str) -> tuple[tuple[int, int], str, bool] | None:
    """If ``para`` is a credit and nothing more: its span in ``para``, text to read, labelled."""
    if not may_be_whole_credit(para):
        return None
    m = WHOLE_CREDIT.fullmatch(para, timeout=TIMEOUT)
    if m is None:
        return None
    bracketed = m.group(_WHOLE.open) is not None
    if m.group(_WHOLE.bare) is not None:
        bare = m.group(_WHOLE.bare)
        found = lookup(bare)
        kind = found[0].kind if found is not None else None
        if bracketed and kind != "agency":
            return None  # "[Reuters.]", "(AP)": a news source cited, not a picture's
        if kind is None and not (m.group(_WHOLE.period) and names_an_outlet(bare)):
            # "Al-Shabaab." may be a credit, but "FULL TEXT.", "Rising Tensions." and
            # a letter writer's "Jane Doe." are far commoner: only known signers
            # count, and names that say they are outlets ("Tampa Bay Times.").
            return None
        if m.group(_WHOLE.period) is None and kind not in ("agency", "wire"):
            return None  # "Twitter" alone is a share button; "Twitter." is the credit style
        if kind == "platform" and bare.isupper():
            return None  # "TWITTER." heads a section of readers' tweets
    if m.group(_WHOLE.chain) is not None and not signs_a_picture(m.group(_WHOLE.chain)):
        return None  # "Facebook / Twitter", "Sanders/Trump.": share buttons, a pairing
    span = (0, len(para)) if bracketed else m.span(_WHOLE.credit)
    if m.group(_WHOLE.label) is not None:
        return span, m.group(_WHOLE.free), True
    return span, m.group(_WHOLE.credit), False


def _annotation(start: int, end: int, label: str, credit: str, labelled: bool) -> Annotation:
    reading = read_credit(credit, labelled=labelled)
    return Annotation(
        start,
        end,
        label=label,
        data={"photographer": reading.photographer, "provider": reading.provider, "agency": reading.agency},
    )
