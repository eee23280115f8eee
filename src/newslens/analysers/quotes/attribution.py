"""Find attributions paragraph by paragraph: direct quotes, indirect speech, mixed.

A paragraph is cut into *units*: its sentences, joined where a quotation runs over
a sentence end. In each unit every cue (a speech verb, "according to") is read
with its speaker, then its content is taken from one side of it:

- a quotation right before it: ``“...,” he said`` (the content is the quotation,
  and a quotation after it in the same unit or in the following quote-only units
  joins it as further parts);
- the clause after it: ``X said (that) ...``, ``X told reporters that ...``,
  ``According to X, ...``;
- the clause before it: ``The plan will fail, X said.``, ``..., according to X.``
  (broken in two when the cue sits mid-sentence: ``The plan, he said, will fail``).

Quotations that no cue took are then read as ``X: “...”``, ``“...” — X``, or,
when a unit is nothing but a quotation, as the words of the speaker of the
attribution just before it (in this paragraph, or ending the one before).
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Sequence
from typing import Final, NamedTuple

import regex

from ...plain import BELOW_COVERED, to_re
from ...timeouts import limit
from .asides import aside_subject
from .continued import part_at_new_cues
from .gerunds import is_progressive, with_speaker
from .cues import Cue, cue_manner, cue_tail, find_cues, time_tail
from .lexicon import CUE_ADVERBS, CUE_AUXILIARIES, DESCRIPTIVE_SPEAKERS, PRONOUNS, TIME_WORDS, VERB_CLASS
from .marks import Quotation, find_quotations
from .polls import names_poll, poll_closing, poll_opening
from .speakers import Tokens, first_tokens, left_speaker, right_speaker, tokens

__all__ = ["Attribution", "find_attributions"]


class Attribution:
    """One attribution found: content parts, cue, speaker (offset pairs).

    A plain class, not an attrs one: compiled, its fields are read as native attributes.
    It compares and shows itself as the attrs class it replaces did (field by field); with
    ``__eq__`` and no ``__hash__`` it is unhashable, as that one was.
    """

    __slots__ = ("antecedent", "cue", "joinable", "label", "parts", "speaker", "unit")

    def __init__(
        self,
        parts: list[tuple[int, int]],
        cue: tuple[int, int] | None,
        speaker: tuple[int, int] | None,
        label: str = "indirect",
        antecedent: tuple[int, int] | None = None,
        unit: int = -1,
        joinable: bool = False,
    ) -> None:
        self.parts = parts
        self.cue = cue
        self.speaker = speaker
        self.label = label
        self.antecedent = antecedent
        self.unit = unit  # index of the unit the attribution ends in (for quote-only followers)
        self.joinable = joinable  # a direct quote that later quote-only units may join

    def _fields(self) -> tuple[object, ...]:
        return (self.parts, self.cue, self.speaker, self.label, self.antecedent, self.unit, self.joinable)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Attribution) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()

    def __repr__(self) -> str:
        return (
            f"Attribution(parts={self.parts!r}, cue={self.cue!r}, speaker={self.speaker!r}, label={self.label!r}, "
            f"antecedent={self.antecedent!r}, unit={self.unit!r}, joinable={self.joinable!r})"
        )

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


#: verbs whose hearer comes between the verb and the content: "told reporters that"
_HEARER_VERBS: Final = frozenset(
    "tell inform assure reassure remind warn urge ask advise brief notify caution instruct promise "
    "text email counsel forewarn".split()
)
_DETERMINERS: Final = frozenset("the a an his her their its this our my your these those such".split())
_PASSIVE_AUX: Final = frozenset("is was were are be been being".split())
#: words that, right after a cue, show it does not introduce a statement ("said to be")
_NOT_CONTENT: Final = frozenset(
    "to about of for with by from in on at into so goodbye hello nothing something anything much "
    "little more less otherwise thanks sorry "
    # a noun, not a verb, before these: "broad support among women", "his support base", "Trump support is"
    "among amongst within base system".split()
)
_CLAUSE_OPENERS: Final = frozenset(
    "he she they it we i you there this that these those the a an his her their its our my some many most "
    "no none all every if whether".split()
)
#: verb forms that are more often nouns ("the primary states", "his comments"): a cue only
#: when a clause, "that" or a quotation follows
_NOUN_LIKE: Final = frozenset(
    "state states comment comments remark remarks note notes report reports claim claims charge charges "
    "question questions answer answers reason reasons signal signals post posts text texts email emails "
    "blog blogs estimate estimates pledge pledges vow vows promise promises counter counters object objects "
    "protest protests demand demands caution cautions brief briefs record records rule rules reply replies "
    "concern concerns continue continues joke jokes plan plans tweet tweets call calls back backs "
    "support supports attack attacks blast blasts slam slams want wants welcome welcomes boast boasts fear fears hope hopes doubt doubts "
    "guess guesses suspect suspects figure figures wonder wonders muse muses rave raves "
    "view views challenge challenges insult insults echo echoes fault faults embrace "
    # a campaign, an advocate, the express: "a bombing campaign against", "a leading advocate for"
    "express protest protests".split()
) | frozenset(["campaign for", "campaign against", "campaigns for", "campaigns against", "advocate for", "advocates for"])
#: base forms read far more often as nouns or adjectives than as verbs ("state
#: lawmakers", "a note"): a cue only when "that", a colon or a quotation follows
_BARE_NOUNS: Final = frozenset(
    "state note report claim charge comment remark estimate "
    # forms that, on their own, far more often name a thing, a plan or a deed than report a
    # stance ("campaign emails", "the attacks", "troops backing", "he planned a trip")
    "states email emails attack attacks reason continue counsel plan plans planned thought expects feels "
    "endorse supporting back "
    "believed knew find maintained favored decide felt offers echoing challenges highlighting view add seek wanted "
    "question questions refusing "
    # verbs of ordering, ruling and projecting whose bare forms are mostly nouns ("an executive order")
    "order orders request requests rule rules project projects determine "
    # nouns: "a campaign volunteer", "thanks to", "a signal", "an answer", "the challenge"
    "volunteer volunteers thanks stress signal respond answer challenge".split()
)
#: forms of intending that, before an infinitive, are verbs ("Ruiz plans to run"), not nouns
_INTENT_FORMS: Final = frozenset("plans planned".split())
_INFINITIVE_AFTER: Final = regex.compile(r"[ \t]+to[ \t]+\p{Ll}")
#: lower-case words after which "plans" is a verb: a pronoun, an adverb or auxiliary of the cue
_INTENDER_WORDS: Final = PRONOUNS | CUE_ADVERBS | CUE_AUXILIARIES | frozenset("who that which now".split())


def _intender_before(text: str, us: int, pos: int) -> bool:
    """Whether the word before "plans" can end its subject: a name, a pronoun, "also", a word for people.

    Not a verb or a preposition ("announced plans to", "dampened plans to"): then "plans" is a noun.
    """
    words = text[max(us, pos - 40):pos].split()
    if not words:
        return False
    w = words[-1]
    low = w.lower()
    return (
        w[0].isupper()
        or low in _INTENDER_WORDS
        or low in DESCRIPTIVE_SPEAKERS
        or low.rstrip("s") in DESCRIPTIVE_SPEAKERS
        or _PEOPLE_PLURAL.fullmatch(low) is not None
    )


#: "that" and an auxiliary after a noun-like form: a relative clause ("the states that have voted")
_RELATIVE_THAT: Final = regex.compile(r"\s+that\s+(?:would|will|is|was|are|were|has|have|had|could|can|may|might|must|should|did|does|do)\b")
#: forms far more often deeds than sayings ("maintains a lead", "advised the campaign",
#: "people briefed on", "has known him"): a cue only before "that", a colon or a quotation,
#: or closing the clause after what was said ("..., the doctor maintains.")
_DEED_FORMS: Final = frozenset("maintains advise advised briefed known".split())
_CLOSES_CLAUSE: Final = regex.compile(r"[.,;!?]|\s*$")
#: "pledged delegates", a term of party primaries: an adjective, not a pledge
_DELEGATES_AFTER: Final = re.compile(r"\s+delegates?\b")
#: an office or a post sought, right after "seek": running or applying for it, no stance taken
#: ("seeking the Democratic nomination", "seeks reelection", "was not seeking a fifth term")
_OFFICE_AFTER: Final = regex.compile(
    r"[ \t]+(?:the[ \t]+(?:\p{Lu}\p{L}+[ \t]+)?(?:nomination|presidency|seat)|re-?election"
    r"|a[ \t]+(?:second|third|fourth|fifth|sixth|seventh|new|full)[ \t]+term|(?:public[ \t]+)?office|work|a[ \t]+job)\b"
)
#: advice given after "advise": its infinitive, "that", "against" or a quotation, before the clause ends
#: ("advised voters to stay home"); without one, to advise is to work as an adviser ("advises Ruiz")
_ADVICE_GIVEN: Final = regex.compile(r"(?:[^,.;:“”\"\n]*?\b(?:to|that|against|whether|how)\b|\s*[,:]?\s*[“\"‘'])")
#: a price or a fee in the clause after "charged": billing, no accusation ("charged a $100 fee")
_PRICE_AFTER: Final = regex.compile(r"[^,.;:\n]*?(?:[$£€]\s?\d|\bfees?\b|\brent\b)")
#: words before an adverb that make "ADVERB charged" an adjective: "a racially charged remark"
_ADJECTIVE_OPENERS: Final = _DETERMINERS | frozenset("and or but more most very".split())


def _charged_adjective(text: str, lo: int, pos: int) -> bool:
    """Whether "charged" at ``pos`` follows an adverb after an article or "and": "a politically charged visit"."""
    words = text[max(lo, pos - 60):pos].split()
    return len(words) >= 2 and words[-1].lower().endswith("ly") and words[-2].lower() in _ADJECTIVE_OPENERS


#: a name right after the cue: "is challenging Sen. Ruiz"
_NAME_AFTER: Final = regex.compile(r"[ \t]+\p{Lu}")
def _newspaper_name(text: str, lo: int, pos: int) -> bool:
    """Whether a capital "Post" at ``pos`` ends a name after another capitalised word ("Washington Post")."""
    before = text[max(lo, pos - 30):pos].split()
    return text.startswith("Post", pos) and bool(before) and before[-1][0].isupper()


#: "help" before a bare verb: "helped found the group" is "to found", to set up
_HELP: Final = frozenset("help helps helped helping".split())
#: words naming a kind of broadcast programme: "show" after them is a noun
_SHOW_KINDS: Final = frozenset("tv radio television talk reality game news morning night late-night cable cooking comedy variety quiz chat".split())
#: "continued" reports speech next to a quotation ("he continued, “...") but a deed when a
#: lower-case word other than "that", "when" or a preposition follows ("continued his push")
_THING_AFTER: Final = regex.compile(
    r"[ \t]+(?!(?:that|when|in|on|at|during|for|after|before|with|from|by|about|over|under|since)\b)[\p{Ll}\d$]"
)


# Rules by which a cue of one form, or a form of one verb, says nothing: each tells it from
# the words around the cue (``text[us:ue]`` the unit, ``text[cs:ce]`` the cue, ``prev_word``
# the word before it, in lower case). _read_unit looks up the few that apply to a cue.


def _delegates_pledged(text: str, us: int, ue: int, cs: int, ce: int, form: str, prev_word: str) -> bool:
    """A pledge of delegates ("270 pledged delegates"): those bound by the primaries, no pledge reported."""
    return _DELEGATES_AFTER.match(text, ce, ue) is not None


def _bill_charged(text: str, us: int, ue: int, cs: int, ce: int, form: str, prev_word: str) -> bool:
    """A bill or an adjective ("charged a $100 fee", "a racially charged remark"), no accusation."""
    return _PRICE_AFTER.match(text, ce, ue) is not None or (form == "charged" and _charged_adjective(text, us, cs))


def _no_advice(text: str, us: int, ue: int, cs: int, ce: int, form: str, prev_word: str) -> bool:
    """A job ("who is now advising the campaign", "advises big firms on mergers"), no advice reported."""
    return _ADVICE_GIVEN.match(text, ce, ue) is None


def _office_sought(text: str, us: int, ue: int, cs: int, ce: int, form: str, prev_word: str) -> bool:
    """Running for an office ("who was also seeking the nomination"), no stance."""
    return _OFFICE_AFTER.match(text, ce, ue) is not None


def _rival_challenged(text: str, us: int, ue: int, cs: int, ce: int, form: str, prev_word: str) -> bool:
    """Running against a rival for the seat ("Ruiz, who is challenging Sen. Li"), no stance."""
    return prev_word in _PASSIVE_AUX and _NAME_AFTER.match(text, ce, ue) is not None


def _newspaper_post(text: str, us: int, ue: int, cs: int, ce: int, form: str, prev_word: str) -> bool:
    """A newspaper's name in a title-case headline ("Washington Post", "NY Post")."""
    return _newspaper_name(text, us, cs)


def _programme_shown(text: str, us: int, ue: int, cs: int, ce: int, form: str, prev_word: str) -> bool:
    """A programme ("his radio show", "a TV show"), not a finding shown."""
    return prev_word in _SHOW_KINDS


def _deed_done(text: str, us: int, ue: int, cs: int, ce: int, form: str, prev_word: str) -> bool:
    """A deed ("Ruiz maintains a lead", "people briefed on the talks"), nothing said."""
    return _NEXT_IS_CONTENT.match(text, ce, ue) is None and _CLOSES_CLAUSE.match(text, ce, ue) is None


def _helped_found(text: str, us: int, ue: int, cs: int, ce: int, form: str, prev_word: str) -> bool:
    """To found, to set up ("Ruiz helped found the group"), not a finding."""
    return prev_word in _HELP


def _all_told(text: str, us: int, ue: int, cs: int, ce: int, form: str, prev_word: str) -> bool:
    """An idiom for "in all" ("All told, the groups spent $2 million"), nobody told."""
    return prev_word == "all" and text.startswith(",", ce)


def _deed_continued(text: str, us: int, ue: int, cs: int, ce: int, form: str, prev_word: str) -> bool:
    """A deed ("Ruiz continued his push", "the talks continued as"), not a saying."""
    return not form.endswith("ing") and _THING_AFTER.match(text, ce, ue) is not None


#: the rules of single cue forms (a form is as find_cues gives it: in lower case but
#: "Said", "Says" and "According to", which have none)
_FORM_RULES: Final = {
    "pledged": _delegates_pledged,
    "challenging": _rival_challenged,
    "post": _newspaper_post,
    "found": _helped_found,
    "told": _all_told,
    **dict.fromkeys(_DEED_FORMS, _deed_done),
}
#: the rules of every form of a verb, by its base form
_BASE_RULES: Final = {
    "charge": _bill_charged,
    "advise": _no_advice,
    "seek": _office_sought,
    "show": _programme_shown,
    "continue": _deed_continued,
}


#: participles that give a thing its name: "a play called ...", "a group dubbed ..."
_NAMING_PARTICIPLES: Final = frozenset("called dubbed named nicknamed titled labeled branded".split())
#: a name right after a verb of naming: "called “Brokers”", "called the “chained CPI”", "called Sophistafunk"
_NAME_AHEAD: Final = regex.compile(r"\s+(?:the\s+)?(?:[“\"‘']|\p{Lu})")
#: a quotation or a colon ahead in the unit: what a verb of adding may introduce ("added the words, “...”")
_SAYING_AHEAD: Final = regex.compile(r"[:“\"‘]|''")
_NEXT_IS_CONTENT: Final = regex.compile(r"\s*(?:that\b|:|,?\s*[“\"‘])")
#: verbs of promising and hoping whose content may be an infinitive: "pledged to stay"
_TO_VERBS: Final = frozenset("pledge vow promise threaten swear hope expect agree offer".split())
#: pronouns that open the clause a thought verb introduces without "that" ("I think we")
_SUBJECT_PRONOUNS: Final = frozenset("he she they it we i you there this".split())
_LOWER_STARTS: Final = frozenset("to of against about no nothing absent into through without despite went".split())
_AUXILIARY_AFTER_THAT: Final = frozenset("would will is was could should has had can may might must does did".split())
_PREPOSITIONS: Final = frozenset("in on at during for after before with from by about over under since".split())
#: prepositions before a participle of saying whose subject is the sentence's: "by saying"
_BY_GERUND: Final = frozenset("by while".split())
#: words joining a verb to one before it with the same subject: "and then said", and a
#: participle of saying ("calling it a disgrace and suggesting that ..."), read so when a
#: clause, a pronoun object or a quotation follows it, as after the first participle
_JOINING: Final = frozenset("and but".split())
#: participles that also work as conjunctions ("and assuming that taxes rise"): no one's thought
_CONJUNCTION_GERUNDS: Final = frozenset("assume suppose".split())
_GERUND_CLAUSE: Final = regex.compile(r"(?:\s+(?:that|he|she|they|it|we|him|her|them|how|whether|why|what)\b|,?\s+[“\"‘])")
_PREPOSITIONS_BEFORE_GERUND: Final = frozenset("from about by without after before of for in on at against".split())
_TRAILING: Final = " \t\n.,;:"
_OPEN_MARKS: Final = "“„«‘\"'‚`‟"
_CLOSE_OUTSIDE: Final = regex.compile(r"[\s.,;:!?”’\"'»)\]]*")
#: where a content stops short of its limit; every alternative starts with a comma, a
#: semicolon or the white space before "and" (_first_cut looks for it only there: keep
#: _CUT_MARK in step)
_CUT: Final = regex.compile(
    r""";\s|,\s+while\s|,\s+whereas\s
    | ,\s+(?:but\s+)?(?:it|he|she|they|we|I|there|this)\s+(?:would|will|is|was|are|were|has|have|had|could|should|seems?)\b
    | ,\s+but\s+(?=for\b|in\b|on\b|at\b|it\b|the\b|\p{Lu})
    | ,?\s+and\s+(?=(?:says|said|calls|called|adds|added|tells|told|insists|insisted|argues|argued)\s)""",
    regex.VERBOSE,
)
_DASH_SPEAKER: Final = regex.compile(r"\s*(?:[—–]|--)\s*")
#: "Name: what they said" at the head of a headline or paragraph (interviews, transcripts)
_LEAD_COLON: Final = regex.compile(
    r"""[“"]?(?P<name>\p{Lu}[\p{L}’'.\-]*(?:\s+(?:at|of|the|for|on|\p{Lu}[\p{L}’'.\-]*)){0,5})
        \s*:\s+(?=[^\s“"‘'„«])""",
    regex.VERBOSE,
)
#: the group numbers of _LEAD_COLON: regex reads a group by name about six times more
#: slowly than by number (it tries the name as a number first, raising and clearing an error)
_NAME: Final = _LEAD_COLON.groupindex["name"]
#: labels that head a paragraph with a colon but name no speaker
_NOT_SPEAKERS: Final = frozenset(
    "update updated note editor’s editor's watch related photo photos video image credit read click share follow "
    "source sources transcript warning breaking exclusive live q a question answer update: see also "
    # column and form labels: "The Latest:", "Name:", "Total:"
    "latest name age total".split()
)


_LETTERS = regex.compile(r"\p{L}{2,}")
#: regex's ``\s`` (Unicode White_Space) as a class the stdlib ``re`` reads the same
_SPACE: Final = "[\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
#: the same characters, as a set
_WHITE: Final = frozenset("\t\n\x0b\x0c\r \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000") | frozenset(map(chr, range(0x2000, 0x200B)))


def _lead_colon(text: str, start: int, end: int) -> Attribution | None:
    """``Name: what they said`` opening a paragraph: the rest of the paragraph is theirs."""
    if text.find(":", start, end) < 0:
        return None  # no colon: no need to try the pattern (most paragraphs)
    # A short paragraph needs no time limit: the match is anchored and linear (each word
    # of the name is letters and marks, each gap white space: giving back a letter leaves
    # no white space to go on with).
    m = _LEAD_COLON.match(text, start, end, timeout=limit(end - start, 1.0))
    if m is None:
        return None
    name = m.group(_NAME)
    words = name.split()
    if not words[-1][0].isupper() or words[0].lower() in _NOT_SPEAKERS or words[-1].lower().rstrip(":") in _NOT_SPEAKERS:
        return None
    a, b = _trim(text, m.end(), end)
    if not _has_words(text, a, b, 2) or _LETTERS.search(text, a, b) is None:
        return None  # "Clinton: 2,316": a tally, not a line said
    colon = text.index(":", m.end(_NAME))
    return Attribution([(a, b)], (colon, colon + 1), m.span(_NAME))
_WORDS: Final = regex.compile(r"[\p{L}\p{N}]+")


#: quotation marks and punctuation (no letter or digit, so no part of a word) that may stand at the edges of a piece
_EDGE_MARKS: Final = "“”‘’\"'«»()[],.;:!?—–-"


def _has_words(text: str, a: int, b: int, k: int) -> bool:
    """Whether ``text[a:b]`` holds at least ``k`` words; stops reading at the ``k``-th.

    Counting every word of a long content only to compare with 1 or 2 would read
    the rest of a paragraph once per attribution. Most stretches open with ``k``
    plain words: a piece between white spaces made of letters and digits alone
    (``str.isalnum``, whose characters regex's ``[\\p{L}\\p{N}]`` all takes in), once
    the quotation marks and punctuation at its edges are set aside (“We, win.”),
    holds a word, so the first ``k`` pieces of one split (in C) tell it without the
    pattern.
    """
    if k <= 0:
        return True
    pieces = text[a:b].split(None, k)
    if len(pieces) >= k:
        for piece in pieces[:k]:
            if not (piece.isalnum() or piece.strip(_EDGE_MARKS).isalnum()):
                break
        else:
            return True
    for n, _ in enumerate(_WORDS.finditer(text, a, b), 1):
        if n >= k:
            return True
    return False


def _trim(text: str, a: int, b: int, chars: str = _TRAILING) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1] in chars:
        b -= 1
    return a, b


def _first_mark(text: str, a: int, b: int) -> str:
    """The first character of ``text[a:b]`` that is not white space ("" when none).

    The same as ``text[a:b].lstrip()[:1]`` without copying what may be the rest of
    a long paragraph, once per cue.
    """
    while a < b and text[a].isspace():
        a += 1
    return text[a] if a < b else ""


def _last_mark(text: str, a: int, b: int) -> str:
    """The last character of ``text[a:b]`` that is not white space ("" when none)."""
    while b > a and text[b - 1].isspace():
        b -= 1
    return text[b - 1] if b > a else ""


def _only_marks(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` holds no word at all.

    Most stretches asked about open with a word, or a mark or two and a word (the
    rest of a unit after its cue, ", he said" after a quotation, a quotation's
    “We"): an ASCII letter or digit among the first three characters is a word of
    _WORDS, told without a search.
    """
    if a >= b:
        return True
    ch = text[a]
    if ch.isascii() and ch.isalnum():
        return False  # (the commonest: a word right away)
    for ch in text[a + 1 : min(b, a + 3)]:
        if ch.isascii() and ch.isalnum():
            return False
    return _WORDS.search(text, a, b) is None


def _units(text: str, para: tuple[int, int], sentences: Sequence[tuple[int, int]], quotes: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraph's sentences, joined where a quotation part spans a sentence end."""
    if len(sentences) < 2:
        return [para]
    if not quotes:
        # nothing to join (most paragraphs): the sentences as they are, the first and last
        # stretched to the paragraph's ends
        plain = list(sentences)
        plain[0] = (para[0], plain[0][1])
        plain[-1] = (plain[-1][0], para[1])
        return plain
    units: list[list[int]] = []
    qi = 0
    for s, e in sentences:
        if units:
            # does a quotation open before s and close after it?
            while qi < len(quotes) and quotes[qi][1] <= s:
                qi += 1
            if qi < len(quotes) and quotes[qi][0] < s:
                units[-1][1] = e
                continue
        units.append([s, e])
    units[0][0] = para[0]
    units[-1][1] = para[1]
    return [(a, b) for a, b in units]


#: closing quotation marks that may end a unit: “...?” / Trump said.
_CLOSERS: Final = frozenset("”\"’'»")
#: the longest sentence read as nothing but a speaker and a cue ("Ana Ruiz said to a crowd of 500.")
_SHORT_SENTENCE: Final = 100
#: a sentence end inside its closing marks, looked for in a unit's last three characters only
_ENDS_QUOTED_SENTENCE: Final = regex.compile(r"[?!.][”\"’'»]{1,2}$")
_ANY_OPEN_MARK: Final = regex.compile("[" + regex.escape(_OPEN_MARKS) + "]")


def _join_trailing_cues(text: str, units: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a short "Trump said." to the quotation ending the unit before it.

    A quotation that closes on "?" or "!" (or "." in some styles) ends a sentence for
    the splitter, so “Can she stay?” Trump said. comes as two sentences: the
    second is the cue and speaker of the first when it holds nothing but a speech
    cue with its speaker and, after it, no clause (only where, when or to whom).
    """
    if len(units) < 2:
        return units
    out = [units[0]]
    for us, ue in units[1:]:
        ps, pe = out[-1]
        if (
            ue - us <= _SHORT_SENTENCE
            and text[pe - 1] in _CLOSERS
            and _ENDS_QUOTED_SENTENCE.search(text, max(ps, pe - 3), pe)
            and _only_cue(text, us, ue)
        ):
            out[-1] = (ps, ue)
        else:
            out.append((us, ue))
    return out


def _only_cue(text: str, us: int, ue: int) -> bool:
    """Whether ``text[us:ue]`` is a speaker and a speech cue with no clause after it."""
    if _ANY_OPEN_MARK.search(text, us, ue) is not None:
        return False
    cues = find_cues(text, us, ue)
    if len(cues) != 1 or VERB_CLASS.get(cues[0].group().lower(), ("",))[0] not in ("speech", "manner"):
        return False
    if _only_marks(text, us, cues[0].start()):
        return False  # "Said ...": no speaker before the cue
    end = cues[0].end()
    tail = cue_tail(text, end, ue) or time_tail(text, end, ue)
    if tail is not None:
        end = tail.end()
    if _first_mark(text, end, ue) == ",":
        return True  # "Mr. Lee asked, repeating ...": a comma, not a clause, follows the cue
    first = _WORDS.search(text, end, ue)
    return (
        first is None
        or first.group().lower() in _PREPOSITIONS
        or first.group() == "to"
        or first.group()[0].isupper()
    )


class _Paragraph:
    """The state of one paragraph while its attributions are read."""

    __slots__ = ("text", "span", "quotes", "inside", "starts", "used", "log", "words", "polls")

    def __init__(self, text: str, span: tuple[int, int], quotes: list[tuple[Quotation, tuple[int, int]]], inside: list[tuple[int, int]]):
        self.text = text
        self.span = span
        self.quotes = quotes  # (quotation, its part in this paragraph) for quotations opening here
        self.inside = inside  # every quotation part lying in this paragraph
        self.starts = [a for a, _ in inside] if inside else []  # (most paragraphs quote nobody: no comprehension run)
        self.used: set[int] = set()  # ids of quotations already taken
        self.log: list[int] = []  # the same, in the order they were taken (to undo a try)
        self.words: Tokens | None = None  # the tokens of the unit being read
        self.polls: dict[int, tuple[int, int]] = {}  # the unit's poll cues: where each starts -> the poll named

    def use(self, q: Quotation) -> None:
        """Mark a quotation as taken by an attribution."""
        self.used.add(id(q))
        self.log.append(id(q))

    def undo(self, mark: int) -> None:
        """Forget the quotations taken since ``len(self.log)`` was ``mark``."""
        while len(self.log) > mark:
            self.used.discard(self.log.pop())

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.inside[i][0] <= pos < self.inside[i][1]


def _label(parts: Sequence[tuple[int, int]], quotes: Sequence[tuple[Quotation, tuple[int, int]]]) -> str:
    """How much of the content ``parts`` the quotations' parts ``quotes`` make: "direct", "mixed" or "indirect".

    ``quotes`` are (quotation, its part) pairs, as a paragraph and a unit hold them:
    most contents have none near them, and are told indirect without a look.
    """
    if not quotes:
        return "indirect"
    inside = [q for _, q in quotes if any(a <= q[0] and q[1] <= b or (q[0] < b and a < q[1]) for a, b in parts)]
    if not inside:
        return "indirect"
    if all(any(q == p for q in inside) for p in parts):
        return "direct"
    return "mixed"


#: the last run of characters that are not white space, as TOKEN reads white space
_LAST_RUN: Final = regex.compile(r"(?r)\S+")


def _previous_word(text: str, lo: int, pos: int, words: Tokens | None = None) -> str:
    """The last token of ``text[max(lo, pos - 40):pos]``, in lower case ("" when none).

    No token holds white space, so a scan of the window reads the last run of
    non-space characters as a scan of that run alone does: only the run is read, and
    a run of ASCII letters (the commonest) is its own token, read without a scan.
    """
    a = max(lo, pos - 40)
    if pos <= a:
        return ""  # an empty window (a quotation or cue opening its unit): nothing to read
    if pos - 1 > a and text[pos - 1] == " ":
        # the commonest case, a word and a space before the cue: no regex call at all
        word = text[text.rfind(" ", a, pos - 1) + 1 or a : pos - 1]
        if word.isalpha() and word.isascii():
            return word.lower()
    run = _LAST_RUN.search(text, a, pos)
    if run is None:
        return ""
    word = run.group()
    if word.isalpha() and word.isascii():
        return word.lower()
    return tokens(text, run.start(), pos)[-1][0].lower()


_QUESTION_WORDS = frozenset("how whether if what why when where who which to".split())
#: how many tokens after "told" may hold the hearer before "that": "told a crowded hall at a hotel in Baltimore that"
_HEARER_REACH: Final = 16
_HEARERS: Final = frozenset("reporters journalists me us him her them voters supporters viewers listeners".split())


def _hearer_end(toks: list[tuple[str, int, int]]) -> int:
    """How many tokens the hearer takes: "reporters", "The New York Times", "CNN’s Jake Tapper"."""
    if not toks:
        return 0
    if toks[0][0].lower() in _HEARERS:
        return 1
    k = 0
    if toks[0][0] == "the" and len(toks) > 1 and toks[1][0][0].isupper():
        k = 1  # "told the National Post"
    while k < len(toks) and (toks[k][0][0].isupper() or (k > 0 and toks[k][0] in ("of", "&"))):
        k += 1
    return k


#: words naming when, between a hearer and what was said ("on", "in" would open a place too)
_WHEN_WORDS: Final = TIME_WORDS - {"on", "in", "at", "during"}
#: a contracted verb on a pronoun: "he’s", "they’re", "I’ll"
_CONTRACTION: Final = regex.compile(r"[’'](?:s|re|ll|d|ve|m)$")


def _after_hearer(toks: list[tuple[str, int, int]]) -> int | None:
    """Where the content starts after a hearer with no "that": "told CNN he would run"."""
    k = _hearer_end(toks)
    if k == 0 or k >= len(toks):
        return None
    while k + 1 < len(toks) and toks[k][0].lower() in _WHEN_WORDS:
        k += 1  # "told the Herald last week she ...": when it was said comes before what
    w = toks[k][0]
    if (_CONTRACTION.sub("", w.lower()) in _SUBJECT_PRONOUNS or w.lower() in _DETERMINERS or w[0].isupper() or w[0] in _OPEN_MARKS
            or w.lower() in _QUESTION_WORDS):
        return toks[k][1]
    return None


#: words that open the question put after whom "asked" asks: "asked the students if ..."
_ASKED_OPENERS: Final = frozenset("if whether what who which how why when where".split())
#: the most words the person asked may have: "asked former Attorney General Eric Holder whether"
_ASKED_REACH: Final = 7


def _asked_question(toks: list[tuple[str, int, int]]) -> int | None:
    """The word opening the question after "asked" and the one asked, or None.

    "asked workers if they planned to come", "asked Ms. Li whether ...": the
    one asked comes first, in a few words with no mark, "that" or "to" among them.
    """
    for k in range(1, min(len(toks), _ASKED_REACH + 1)):
        w = toks[k][0]
        low = w.lower()
        if low in _ASKED_OPENERS:
            return k if k + 1 < len(toks) and toks[k + 1][0][0].isalnum() else None
        if not (w[0].isalnum() or w in "’'.-") or low in ("that", "to"):
            return None
    return None


#: words that open a share as the subject of what was said: "much of", "about half of"
_SHARE_WORDS: Final = frozenset("much more less little about over under".split())
_QUANTITY_OF: Final = regex.compile(
    r"(?i)(?:much|more|less|little|(?:about|over|under)\s+(?:half|a\s+third|a\s+quarter|a\s+dozen|two-thirds|\d[\d,.]*\s*(?:%|percent)?))\s+of\b"
)


#: quotation marks around a title in the phrase between a cue and "that"
_TITLE_MARKS: Final = frozenset("“”\"‘’'")


def _content_start(
    text: str, pos: int, hi: int, base: str, kind: str, strict: bool = False, words: Tokens | None = None
) -> int | None:
    """Where the content after a cue begins, past its hearer, time words and "that"; None if none."""
    end = min(hi, pos + 120)
    if base in _HEARER_VERBS:
        toks = tokens(text, pos, end, words)
    else:
        # most cues are told by their first three tokens: the rest is read where a rule reads on
        toks = first_tokens(text, pos, end, 3, words)
    n = 0
    if not toks:
        return None
    if base in _HEARER_VERBS and toks[0][0].lower() in _QUESTION_WORDS:
        return toks[0][1]  # "asked whether ...", "urged to ..."
    if base == "ask":
        k = _asked_question(toks)
        if k is not None:
            return toks[k][1]  # "asked the students if ...", "asked Ms. Li whether ..."
    if base in _HEARER_VERBS and toks[0][0] not in ",:":
        # "told reporters (on Tuesday) that ...": the content starts after "that", or after the hearer
        for k, t in enumerate(toks[:_HEARER_REACH]):
            w = t[0]
            if w.lower() == "that":
                return t[2]
            if (w.lower() == "to" and 0 < k <= 5 and (k + 1 >= len(toks) or toks[k + 1][0][0].islower())
                    and not any(_CONTRACTION.sub("", x[0].lower()) in _SUBJECT_PRONOUNS for x in toks[1:k])):
                return toks[0][1]  # "asked the council to fund it": the request, with whom it asks
            if not (w[0].isalnum() or w in "’'.-"):
                if w in ",:" and k > 0:
                    n = k + 1
                    break
                return None if k == 0 and w not in _OPEN_MARKS else (t[1] if w in _OPEN_MARKS else None)
        else:
            return _after_hearer(toks)
        if n >= len(toks):
            return None
        return toks[n][1]
    w = toks[0][0]
    if kind in ("stance", "naming"):
        if w.lower() == "that" and kind == "stance":
            return toks[0][2]
        if not w[0].isalnum() and w[0] not in _OPEN_MARKS:
            return None
        if w.lower() in _NOT_CONTENT and not (kind == "stance" and w.lower() == "to"):
            return None
        return toks[0][1]
    if w in ",:":
        if len(toks) < 2:
            return None
        n = 1
        w = toks[1][0]
    low = w.lower()
    if low == "that":
        if len(toks) > n + 1 and toks[n + 1][0].lower() in _AUXILIARY_AFTER_THAT:
            return toks[n][1]  # "said that would not do": "that" is the subject
        return toks[n][2]
    if w[0] in _OPEN_MARKS:
        return toks[n][1]
    if (kind == "speech" and (low in _SHARE_WORDS or low in ("of", "about"))) or low in _PREPOSITIONS:
        toks = tokens(text, pos, end, words)  # the rules below read on, some to the window's end
    if kind == "speech" and low in _SHARE_WORDS and _QUANTITY_OF.match(text, toks[n][1], toks[-1][2]) is not None:
        return toks[n][1]  # "said much of the plan was ...", "said about half of them ...": a share opens the clause
    if low in ("of", "about") and kind == "speech":
        # "said of the plan, “...”": what was said follows the topic, in quotation marks
        for k in range(n + 1, min(len(toks) - 1, n + 14)):
            if toks[k][0] in ",:" and toks[k + 1][0][0] in _OPEN_MARKS:
                return toks[k + 1][1]
            if toks[k][0][0] in ".;!?":
                break
        return None
    if low in _PREPOSITIONS:
        # "said in 1963 that ...": the content starts after "that", if it comes before any mark;
        # "said at a news conference, “...”": or at a quotation right after the first comma
        for k in range(n + 1, min(len(toks), n + 12)):
            word = toks[k][0]
            if word.lower() == "that":
                return toks[k][2]
            if word in _TITLE_MARKS:
                continue  # "said on ABC’s “This Week” that ...", "said in ‘08 that ...": a title or a year
            if not (word[0].isalnum() or word in "’'.-"):
                if word in ",:" and k + 1 < len(toks) and toks[k + 1][0][0] in _OPEN_MARKS:
                    return toks[k + 1][1]
                break
        return None
    if low == "to" and base in _TO_VERBS:
        return toks[n][1]  # "vowed to fight on": the promise is what was said
    if low in _NOT_CONTENT:
        return None
    if (kind == "thought" or strict) and low not in _CLAUSE_OPENERS and not w[0].isupper() and not (
        kind == "thought" and _PEOPLE_PLURAL.fullmatch(low)
    ):  # "believes voters are tired": a word for people opens a clause too
        return None
    return toks[n][1]


def find_attributions(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    sentences: Sequence[tuple[int, int]],
    headline: tuple[int, int] | None = None,
) -> list[Attribution]:
    """Every attribution in the given paragraphs (the headline may be one of them)."""
    quotations = part_at_new_cues(text, find_quotations(text, paragraphs))
    # each quotation part, filed under the paragraph it lies in
    starts = [p[0] for p in paragraphs]
    parts_by_para: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    opening: list[list[tuple[Quotation, tuple[int, int]]]] = [[] for _ in paragraphs]
    for q in quotations:
        for k, part in enumerate(q.parts):
            n = bisect.bisect_right(starts, part[0]) - 1
            parts_by_para[n].append(part)
            if k == 0:
                opening[n].append((q, part))
    sent_starts = [s[0] for s in sentences]
    rarer = _rarer_words(text)
    out: list[Attribution] = []
    last: Attribution | None = None  # the last attribution of the previous paragraph, if it ended it
    recent: tuple[Attribution, int] | None = None  # the last attribution with a speaker, and its paragraph
    for n, para in enumerate(paragraphs):
        lo = bisect.bisect_left(sent_starts, para[0])
        hi = bisect.bisect_left(sent_starts, para[1])
        state = _Paragraph(text, para, opening[n], parts_by_para[n])
        parts = [p for _, p in opening[n]] if opening[n] else []  # (most paragraphs quote nobody: no comprehension run)
        units = _join_trailing_cues(text, _units(text, para, sentences[lo:hi], parts))
        found = _read_paragraph(state, units, last, para == headline, rarer)
        for a in found:
            if a is last:
                continue  # a quotation paragraph joined ``last``
            if a.speaker is None and a.cue is None and recent is not None and n - recent[1] <= CARRY_PARAGRAPHS:
                # a quotation with no speaker in its own paragraph: the story's speaker goes on
                a.speaker, a.antecedent = recent[0].speaker, recent[0].antecedent
            elif a.speaker is not None and para != headline:
                recent = (a, n)
            out.append(a)
        # the attribution that ends this paragraph lends its speaker to a quote-only paragraph after it
        last = found[-1] if found and found[-1].unit == len(units) - 1 else None
        if _ending_colon(text, para[0], para[1]) >= 0:
            last = _introduction(text, units[-1]) or last
    return out


#: how many paragraphs on a speaker is still the one a quotation with none of its own is read as
CARRY_PARAGRAPHS: Final = 2


def _ending_colon(text: str, lo: int, hi: int) -> int:
    """Where the colon is that ``text[lo:hi]`` ends in, before white space only; -1 when none.

    What a search for ``:\\s*$`` finds, reading only the end: the one colon that
    white space alone follows is the last character that is none.
    """
    while hi > lo and text[hi - 1] in _WHITE:
        hi -= 1
    return hi - 1 if hi > lo and text[hi - 1] == ":" else -1


def _introduction(text: str, unit: tuple[int, int]) -> Attribution | None:
    """A unit that ends "X said:" with nothing after: the speaker and cue of what follows."""
    end = _trim(text, unit[0], unit[1], " \t\n:")[1]
    cues = find_cues(text, unit[0], end)
    if not cues:
        # "Clinton released the following statement:": the quote below is the subject's
        subject = _subject(text, unit[0], end)
        if subject is None:
            return None
        return Attribution([(end, end)], None, subject, unit=-2)
    c = cues[-1]
    tail = text[c.end():end]
    if _WORDS.search(tail) and not cue_tail(text, c.end(), end) and not time_tail(text, c.end(), end):
        return None
    speaker, cue_from, _ = left_speaker(text, unit[0], c.start())
    if speaker is None:
        return None
    return Attribution([(c.start(), c.end())], (cue_from, c.end()), speaker, unit=-2)


class _RarerWords(NamedTuple):
    """Whether a whole text holds the words the rarer readings need: a poll's, "asked", "reportedly"."""

    poll: bool
    asked: bool
    reportedly: bool


def _rarer_words(text: str) -> _RarerWords:
    """What the rarer readings need, looked for once in the whole text.

    A paragraph of a text without it needs no look of its own: most texts name no
    poll, put no question and report nothing "reportedly".
    """
    return _RarerWords(names_poll(text, 0, len(text)), "sked" in text, "eportedly" in text)


def _read_paragraph(
    state: _Paragraph, units: list[tuple[int, int]], before: Attribution | None, is_headline: bool, rarer: _RarerWords
) -> list[Attribution]:
    text = state.text
    found: list[Attribution] = []
    quotes = state.quotes
    q_index = 0
    lead: Attribution | None = None
    # What the rarer readings need, looked for once in the whole paragraph (when the text
    # holds it at all): a unit of a paragraph without it needs no look of its own (most
    # paragraphs have none of them).
    p_lo, p_hi = state.span
    polled = rarer.poll and names_poll(text, p_lo, p_hi)
    asked = rarer.asked and text.find("sked", p_lo, p_hi) >= 0
    # a noun of saying before a "that" (what _noun_cues needs): a search of the paragraph
    # finds whatever a search of one of its units finds, so one look tells every unit
    noun_that = text.find(" that ", p_lo, p_hi) >= 0 and _noun_before_that(text, p_lo, p_hi)
    reportedly = rarer.reportedly and text.find("eportedly", p_lo, p_hi) >= 0
    for u, (us, ue) in enumerate(units):
        unit_quotes = []
        while q_index < len(quotes) and quotes[q_index][1][0] < ue:
            unit_quotes.append(quotes[q_index])
            q_index += 1
        cues = _title_case_cues(text, us, ue)
        if polled:
            state.polls = {}
            poll = poll_opening(text, us, ue)
            if poll is not None:
                cues.insert(0, poll[0])  # "In a Marist poll, 52 percent said ...": the poll vouches for the rest
                state.polls[poll[0].start()] = poll[1]
            closing = poll_closing(text, us, ue)
            if closing:
                # "Ruiz led by 9 points in a CNN poll.": the poll vouches for the clause before
                cues = sorted(cues + [cue for cue, _ in closing], key=lambda c: c.start())
                state.polls.update((cue.start(), source) for cue, source in closing)
        elif state.polls:
            state.polls = {}
        if cues and state.inside:
            cues = [m for m in cues if not state.in_quote(m.start())]
        if not cues and not unit_quotes:
            # nothing for _read_unit or _lone_quote to read: no tokens, no call
            state.words = None
            got = []
        else:
            # only a unit with a cue or a quotation reads tokens (a window of any other unit
            # is scanned alone, with the same tokens)
            state.words = Tokens(text, us, ue)
            got = _read_unit(state, us, ue, unit_quotes, cues, u)
        if asked:
            got.extend(_questions_put(state, us, ue, u))
        if noun_that:
            got.extend(_noun_cues(state, us, ue, u, got))
        if reportedly and text.find("eportedly", us, ue) >= 0:  # most units have none: no call
            got.extend(_reportedly(state, us, ue, u))
        if u == 0:
            lead = _lead_colon(text, us, units[-1][1])
            if lead is not None:
                lead.unit = len(units) - 1
                got.insert(0, lead)
                for q, part in unit_quotes:
                    if part[0] == us:
                        state.use(q)  # "WALLACE: ...: a transcript line set in quotation marks
        # (a lead always has its speaker: _lead_colon names one)
        if lead is not None and lead.speaker is not None and (
            is_headline or not any(ch.islower() for ch in text[lead.speaker[0] : lead.speaker[1]])
        ):
            # "FALLIN: I think he ...", "Ruiz: Council Wants a Toll": what a transcript's or a
            # headline's speaker says, thinks or wants is all theirs, one attribution (a label
            # in the body, "Gender equality: ...", heads text of any kind)
            got = [a for a in got if a is lead or not _holds(lead, a.cue)]
        if unit_quotes:
            # quotations nobody took
            prev = found[-1] if found else None
            taken = list(got)  # the attributions the cues made: a quotation inside one is taken
            for q, part in unit_quotes:
                if id(q) in state.used or _only_marks(text, part[0], part[1]):
                    continue  # taken already, or no words in it: “”
                # the quotation is all the unit says: no word before it, none after it
                alone = _only_marks(text, us, part[0]) and _only_marks(text, part[1], ue)
                att = _lone_quote(state, us, ue, q, part, u, taken, prev, before if not found else None, alone)
                if att is not None:
                    if att is not prev:
                        got.append(att)
                    state.use(q)
        if len(got) > 1:
            got.sort(key=lambda a: a.start)
        found.extend(got)
    return found


#: a capitalised word of a title-case headline: "Mayor Slams Bridge Plan"
_TITLE_WORD_START: Final = regex.compile(r"\b\p{Lu}")
_LOWER_WORD_START: Final = regex.compile(r"\b\p{Ll}\p{L}{3,}")


def _title_case_cues(text: str, us: int, ue: int) -> list[Cue]:
    """The cues of a unit; in a title-case one ("Mayor Slams Bridge Plan") capitalised verbs too.

    Headlines and the subheads of list articles are set in title case: a unit reads
    so when no word of four letters or more starts in lower case; its words are then
    matched as if written in lower case (same offsets: the cue keeps its place).
    """
    space = text.find(" ", us, ue)
    if space < 0 or space + 1 >= ue or not text[space + 1].isupper():
        return find_cues(text, us, ue)  # a second word in lower case (most sentences): no title case
    if _LOWER_WORD_START.search(text, us, ue) is not None or _TITLE_WORD_START.search(text, us, ue) is None:
        return find_cues(text, us, ue)
    low = text[us:ue].lower()
    if len(low) != ue - us:
        return find_cues(text, us, ue)  # a letter whose lower case is longer: offsets would shift
    return [c.moved(us) for c in find_cues(low, 0, len(low))]


#: a question put to someone, in the passive: "Asked whether ...", "when asked about ...",
#: "was asked if ...": the question is what was said, by an asker the article leaves unnamed
_QUESTION_PUT: Final = regex.compile(
    r"""(?:^|(?<=[.!?”"]\s+)|(?<=\b(?:[Ww]hen|[Aa]fter|[Ii]f)\s+)|(?<=\b)(?P<aux>(?:[Ww]as|[Ww]ere|[Ii]s|[Aa]re|[Bb]eing|[Bb]een)\s+))
        (?P<asked>[Aa]sked(?:\s+about)?)
        # who asked, where or when, before the question: "Asked by a reporter whether", "asked on Monday if"
        (?:\s+(?:by|on|in|at|during)\s+[^,.;:“"\n]{1,60}?(?=\s+(?:whether|if|what|who|how|why|when|where|which)\b))?
        \s+(?P<start>(?:(?:specifically|directly|again|later|repeatedly)\s+)?
          (?:(?<=about\s)|whether\b|if\b|what\b|who\b|whom\b|how\b|why\b|when\b|where\b|which\b))""",
    regex.VERBOSE | regex.MULTILINE,  # ^: a paragraph's start
)
#: the group numbers of _QUESTION_PUT (read by number: see _NAME)
_AUX, _ASKED, _QUESTION_START = (_QUESTION_PUT.groupindex[g] for g in ("aux", "asked", "start"))
_QUESTION_END: Final = regex.compile(r"[,;:—–]|\s[“\"‘]")


def _outside_quotes(state: _Paragraph, pattern: regex.Pattern, needle: str, us: int, ue: int):
    """The matches of ``pattern`` in the unit that start outside a quotation.

    ``needle`` is a string every match holds: a unit without it (most units) is
    not searched at all.
    """
    if state.text.find(needle, us, ue) < 0:
        return
    for m in pattern.finditer(state.text, us, ue, timeout=1.0):
        if not state.in_quote(m.start()):
            yield m


def _search_outside_quotes(state: _Paragraph, pattern: regex.Pattern, start: int, limit: int):
    """The first match of ``pattern`` in ``text[start:limit]`` that starts outside a quotation, or None."""
    m = pattern.search(state.text, start, limit, timeout=1.0)
    while m is not None and state.in_quote(m.start()):
        m = pattern.search(state.text, m.end(), limit, timeout=1.0)
    return m


def _clause(text: str, start: int, ue: int, end: regex.Pattern) -> tuple[int, int]:
    """The words from ``start`` to the first ``end`` mark (within MAX_CONTENT, else ``ue``), trimmed.

    No ``timeout=`` (two clock readings, each a system call, per search): every ``end``
    pattern is a mark or a short alternation of words, tried at each place in bounded
    work, over a window of at most MAX_CONTENT characters.
    """
    mark = end.search(text, start, min(ue, start + MAX_CONTENT))
    return _trim(text, start, mark.start() if mark else ue)


def _questions_put(state: _Paragraph, us: int, ue: int, u: int) -> list[Attribution]:
    """``Asked whether ..., X said``: the question as an attribution of its own, its asker unnamed."""
    text = state.text
    out: list[Attribution] = []
    if text.find("sked", us, ue) < 0:
        return out  # no "asked" (most units): no pattern run, no generator made
    for m in _outside_quotes(state, _QUESTION_PUT, "sked", us, ue):
        a, b = _clause(text, m.start(_QUESTION_START), ue, _QUESTION_END)
        if not _has_words(text, a, b, 2):
            continue
        # "was asked about": the auxiliary of the passive is part of the cue
        cue = (m.start(_AUX) if m.group(_AUX) else m.start(_ASKED), m.end(_ASKED))
        out.append(Attribution([(a, b)], cue, None, "indirect", unit=u))
    return out


#: a noun of saying or stance owned by its speaker, with a clause: "Ruiz’s claim that ...",
#: "her warning that ..." (with "of", "to" or "for" the noun rarely reports what was said)
_NOUN_CUE_NOUNS: Final = r"""claims?|assertions?|insistence|allegations?|accusations?|denials?|warnings?|promises?|pledges?
          |vows?|threats?|demands?|calls?|refusal|decision|criticism|opposition|support|endorsement|praise
          |suggestion|admission|acknowledgment|acknowledgement|argument|belief|view|hope|fears?|plans?|statements?"""
_NOUN_CUE: Final = regex.compile(
    r"""(?P<speaker>(?:\p{Lu}[\p{L}.\-]*\s+){0,3}\p{Lu}[\p{L}.\-]*[’']s?|\b(?:his|her|their))\s+
        (?:(?:repeated|latest|new|recent|earlier|public|own|renewed|sharp|harsh|strong|frequent)\s+)?
        (?P<cue>"""
    + _NOUN_CUE_NOUNS
    + r""")
        \s+(?P<link>that)\s+(?P<content>\S)""",
    regex.VERBOSE,
)
#: the group numbers of _NOUN_CUE (read by number: see _NAME)
_NOUN_SPEAKER, _NOUN, _NOUN_CONTENT = (_NOUN_CUE.groupindex[g] for g in ("speaker", "cue", "content"))
#: what every match of _NOUN_CUE holds, the noun and "that", is looked for from each "that"
#: (see _noun_before_that): most units with a "that" hold no noun cue
#: every form _NOUN_CUE_NOUNS spells out ("claims?" gives "claim" and "claims"): the text before
#: a "that" ends in a noun of the pattern exactly when it ends in one of these (``str.endswith``,
#: in C, instead of trying the whole alternation at each of the 40 places before every "that")
_NOUN_FORMS: Final = tuple(
    form
    for alt in _NOUN_CUE_NOUNS.split("|")
    for form in ((alt.strip()[:-2], alt.strip()[:-1]) if alt.strip().endswith("s?") else (alt.strip(),))
)
if not all(form.isalpha() for form in _NOUN_FORMS):  # only "s?" may mark a form: keep in step with the pattern
    raise ValueError("_NOUN_CUE_NOUNS holds a pattern _NOUN_FORMS cannot spell out")
#: how far before a "that" its noun may start: longer than any noun of _NOUN_CUE_NOUNS
_NOUN_REACH: Final = 40
#: the last three letters of every form (none is shorter): a word before "that" ending in
#: none of them ends in no form, told by one set lookup instead of sixty suffix tests
_NOUN_TAILS: Final = frozenset(form[-3:] for form in _NOUN_FORMS)
if min(map(len, _NOUN_FORMS)) < 3:
    raise ValueError("a form of _NOUN_CUE_NOUNS is shorter than the tails _NOUN_TAILS looks at")
#: where the clause after a noun cue ends
_NOUN_CUE_END: Final = regex.compile(r"[,;:—–()]|\.(?:\s|$)|\s(?:and|but|because|after|when|while|as)\s")


def _noun_before_that(text: str, us: int, ue: int) -> bool:
    """Whether ``text[us:ue]`` holds a noun of _NOUN_CUE_NOUNS, white space, "that" and white space.

    A search for the noun and "that" together tries its many nouns at every letter of
    the unit; a "that" is rare, so each one is found first (``str.find``, in C), and
    only the few characters before it are tried for a noun. The white space before
    "that" starts where the noun ends, so the noun is looked for ending there, as a
    suffix of the few characters before it. What is found is what a scan for white
    space, "that" and white space (``[\\s]+that(?=[\\s])``, _WHITE as ``[\\s]``) finds:
    a run of white space starts where the last match ended at the earliest.
    """
    pos = us  # where the scan for the next match would start: the end of the last one
    i = text.find("that", us, ue)
    while i >= 0:
        after = i + 4
        if i > pos and after < ue and text[i - 1] in _WHITE and text[after] in _WHITE:
            end = i - 1
            while end > pos and text[end - 1] in _WHITE:
                end -= 1
            lo = max(us, end - _NOUN_REACH)
            if (end - 3 < lo or text[end - 3 : end] in _NOUN_TAILS) and text.endswith(_NOUN_FORMS, lo, end):
                return True
            pos = after
        i = text.find("that", i + 1, ue)
    return False


def _noun_cues(state: _Paragraph, us: int, ue: int, u: int, got: list[Attribution]) -> list[Attribution]:
    """``Ruiz’s claim that ...``, ``her warning that ...``: a noun of saying with its owner as speaker."""
    text = state.text
    out: list[Attribution] = []
    if text.find(" that ", us, ue) < 0 or not _noun_before_that(text, us, ue):
        return out  # no noun of saying before a "that": no pattern run
    for m in _outside_quotes(state, _NOUN_CUE, " that ", us, ue):
        a, b = _clause(text, m.start(_NOUN_CONTENT), ue, _NOUN_CUE_END)
        if not _has_words(text, a, b, 1) or any(g.parts[0] == (a, b) for g in got):
            continue
        speaker = m.span(_NOUN_SPEAKER)
        if text[speaker[1] - 2:speaker[1]] in ("’s", "'s"):
            speaker = (speaker[0], speaker[1] - 2)
        elif text[speaker[1] - 1] in "’'":
            speaker = (speaker[0], speaker[1] - 1)
        out.append(Attribution([(a, b)], m.span(_NOUN), speaker, _label([(a, b)], state.quotes), unit=u))
    return out


_REPORTEDLY = regex.compile(r"\b[Rr]eportedly\b")
#: the mark that opens the clause "reportedly" stands in, read leftwards
_CLAUSE_OPENING: Final = regex.compile(r"(?r)[,;:—–(]")


def _reportedly(state: _Paragraph, us: int, ue: int, u: int) -> list[Attribution]:
    """``X has reportedly done Y``: the clause is vouched for by reports the article does not name.

    The content is the clause without the adverb ("X has done Y"), in two parts; the
    cue is "reportedly"; no speaker.
    """
    text = state.text
    out = []
    for m in _outside_quotes(state, _REPORTEDLY, "eportedly", us, ue):
        opening = _CLAUSE_OPENING.search(text, us, m.start(), timeout=1.0)
        before = _trim(text, opening.end() if opening else us, m.start())
        after = m.end()
        while after < ue and text[after] in ", ":
            after += 1
        a, b = _clause(text, after, ue, _NOUN_CUE_END)
        if not _has_words(text, a, b, 2):
            continue
        parts = [before, (a, b)] if _has_words(text, *before, 1) else [(a, b)]
        out.append(Attribution(parts, m.span(), None, _label(parts, state.quotes), unit=u))
    return out


#: the longest content (in characters) an attribution may have outside a quotation
MAX_CONTENT: Final = 2000


#: cue kinds read as part of a saying's content when they come a few words into the
#: clause a verb of saying opens: "Ruiz said she wants ...", "they say the mayor told ..."
_NESTED_KINDS: Final = frozenset(["stance", "thought", "naming", "speech", "seeming"])
_NESTED_SUBJECTS: Final = frozenset("he she they we i".split())
#: cue kinds whose clause holds the nested ones: sayings, thoughts and stances ("wants the council to say")
_OPENING_KINDS: Final = frozenset(["speech", "thought", "stance"])


#: Marks that end no verb's token: the last token before them is the mark itself (TOKEN
#: reads a word only up to a letter or digit, and every verb of VERB_CLASS ends in a letter).
_NO_VERB_ENDS: Final = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’")


def _said_before(text: str, us: int, pos: int, subject: str, words: Tokens | None) -> bool:
    """Whether a verb of saying comes right before ``subject``, the word before ``pos``."""
    j = pos
    while j > us and text[j - 1] in _WHITE:
        j -= 1
    k = j - len(subject)
    i, a = k - 1, max(us, k - 40)
    while i >= a and text[i] in " \t\n\r":
        i -= 1
    if i >= a and text[i] in _NO_VERB_ENDS:
        return False  # "“Yes,” he said": the word before ends in a mark, a token no verb is
    before = _previous_word(text, us, k, words)
    return VERB_CLASS.get(before, ("", ""))[0] == "speech"


_NESTED_REACH = 100
_NESTED_BREAK: Final = re.compile(r"[,;:—–()\[\]“”\"]|\b(?:and|but|while|because|although|though)\b")


def _inside_saying(text: str, said_end: int, pos: int) -> bool:
    """Whether ``pos`` lies a few words after a verb of saying, in the clause it introduces."""
    return 0 <= pos - said_end <= _NESTED_REACH and _NESTED_BREAK.search(text, said_end, pos) is None


#: participles by which a group or its members back a candidate: "a super PAC supporting Ruiz"
_BACKING_FORMS: Final = frozenset(["supporting", "backing"])
#: the plural or collective noun right before them: those who back, not a deed ("troops backing")
_BACKERS_BEFORE: Final = regex.compile(
    r"""\b(?:PACs?|groups?|those|Democrats|Republicans|voters|delegates|pastors?|activists|donors|members
        |leaders|lawmakers|organizations?|committees?|conservatives|liberals|supporters|placards|signs|ads)\s+$""",
    regex.VERBOSE,
)


#: the one backed after "supporting": a name (capitalised words, "of" between them) or a few
#: plain words up to a mark ("presidential candidates")
_BACKED_ONE: Final = regex.compile(
    r"""\s+(?:\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.’'-]*)*|(?:[\p{L}’'-]+(?:\s+|$)){1,4}?(?=[,.;:—–(]|\s+-|$))""",
    regex.VERBOSE,
)


def _left_lo(lo: int, q_ends: list[int], pos: int) -> int:
    """Where the left window of a cue at ``pos`` starts: after the last cue and quotation before it."""
    k = bisect.bisect_right(q_ends, pos) - 1
    return max(lo, q_ends[k]) if k >= 0 else lo


#: verbs of saying whose subject may hold a cue word of its own ("protest leaders said")
_SUBJECT_VERBS: Final = frozenset("said says say told tells wrote writes added".split())
#: one or two plain words between a noun-like cue and a verb of saying: the rest of the subject
_NOUN_THEN_VERB: Final = re.compile(r"[ \t]+(?:[a-z][a-z-]+[ \t]+)?[a-z][a-z-]+[ \t]+$")
#: "by" and a short name between a participle and a verb of saying: "seen by Reuters said"
_BY_THEN_VERB: Final = re.compile(r"[ \t]+by[ \t]+(?:[\w.’'&-]+[ \t]+){1,4}$")
#: words that open a clause or an object, not the rest of a subject
_QUANTIFIERS: Final = _DETERMINERS | frozenset("some many several most few other all both two three four".split())
_NOT_SUBJECT_WORDS: Final = _DETERMINERS | PRONOUNS | frozenset("that who which and or but to of for it".split())


def _in_subject_of(text: str, c: Cue, form: str, nxt: Cue, ue: int) -> bool:
    """Whether cue ``c`` lies in the subject of the verb of saying ``nxt`` right after it.

    "Some protest leaders said ...": a noun-like form, then one or two plain words, then
    the verb; "A memo seen by Reuters said ...": a participle, "by" and a short name. A
    verb followed by its object and another verb with no conjunction between cannot be
    read otherwise.
    """
    if nxt.group().lower() not in _SUBJECT_VERBS or nxt.start() - c.end() > 60:
        return False
    gap = text[c.end() : nxt.start()]
    if (form in _NOUN_LIKE or form in _BARE_NOUNS) and _NOUN_THEN_VERB.match(gap):
        # a word that could be the cue's own subject before it ("Ruiz claims reporters said")
        # keeps it a verb: the noun follows a plain word or a quantifier ("Some protest leaders")
        before = text[max(0, c.start() - 30) : c.start()].split()
        if before and not (before[-1].islower() or before[-1].lower() in _QUANTIFIERS) or (before and before[-1] in PRONOUNS):
            return False
        return not any(w in _NOT_SUBJECT_WORDS for w in gap.split())
    return form.endswith(("ed", "en", "wn")) and _BY_THEN_VERB.match(gap) is not None


#: what _read_unit's first pass reads of a cue: (cue, kind, base, speaker, cue span, phrase,
#: rest, inverted, left_lo)
_Reading = tuple[Cue, str, str, tuple[int, int] | None, tuple[int, int], int, int, bool, int]
#: a quotation with its part in the paragraph read
_QuotePart = tuple[Quotation, tuple[int, int]]


def _read_unit(state: _Paragraph, us: int, ue: int, unit_quotes: list[_QuotePart], cues: list[Cue], u: int) -> list[Attribution]:
    if not cues:
        return []
    text = state.text
    if unit_quotes:
        q_starts = [part[0] for _, part in unit_quotes]
        q_ends = [part[1] for _, part in unit_quotes]  # in order too: quotations never overlap
    else:
        q_starts = q_ends = []  # (most units): read, never changed
    words = state.words
    # first pass: each cue with its speaker and where its phrase starts
    readings: list[_Reading] = []
    asides: set[int] = set()  # the cues whose speaker opens the sentence before an aside
    seeming: list[Attribution] = []  # "X seems to ...": read apart, they take no content from the others
    lo = us
    last_speaker: tuple[int, int] | None = None
    vouched = False  # the unit opens "According to X, ...": the rest is X's report
    backed: set[int] = set()  # the ends of the cues "PACs supporting": their content is the one backed
    for n_cue, c in enumerate(cues):
        form = c.group()
        cs, ce = c.start(), c.end()  # read once: a cue is read at both ends a dozen times below
        low = form.lower()
        # a verb's form (nearly every cue) is told by its class alone: no phrase cue ("according
        # to", "as X put it", a poll's "In") has a form of VERB_CLASS, so the cue's two
        # questions about its phrase (a call each) are asked only of the forms it lacks
        verb = VERB_CLASS.get(low)
        if verb is None and c.group("according"):
            kind, base = "according", "according"
            vouched = vouched or (form[0] in "AI" and _only_marks(text, us, cs))
        elif vouched:
            continue  # "According to the council, Ruiz said ...": the saying is part of the council's report
        elif verb is not None:
            kind, base = verb
        elif c.group("putit"):
            kind, base = "speech", "put"
        else:
            kind, base = "speech", low
        prev_word = _previous_word(text, us, cs, words)
        if kind != "according" and prev_word in _DETERMINERS:
            continue  # "the report", "a claim": a noun, not a cue
        if kind in _NESTED_KINDS and prev_word in _NESTED_SUBJECTS and _said_before(text, us, cs, prev_word, words):
            continue  # "Ruiz says she wants ...": the wish is what she says, not an attribution of its own
        if kind in _NESTED_KINDS and readings and readings[-1][1] in _OPENING_KINDS and _inside_saying(text, readings[-1][6], cs):
            continue  # "Ruiz said (believes) the council wants ...": the wish is part of what she said (thinks)
        # the rules of a few forms and verbs, looked up once (most cues have none)
        rule = _FORM_RULES.get(form)
        if rule is not None and rule(text, us, ue, cs, ce, form, prev_word):
            continue
        rule = _BASE_RULES.get(base)
        if rule is not None and rule(text, us, ue, cs, ce, form, prev_word):
            continue
        if (form in _NOUN_LIKE and n_cue + 1 < len(cues) and cues[n_cue + 1].start() - ce <= 3
                and text[ce:cues[n_cue + 1].start()].isspace()):
            continue  # "records show", "reports indicate": the noun is the next verb's subject
        if n_cue + 1 < len(cues) and _in_subject_of(text, c, form, cues[n_cue + 1], ue):
            continue  # "Some protest leaders said ...", "A memo seen by Reuters said ...": part of the subject
        if (form in _NOUN_LIKE or form in _BARE_NOUNS) and not form.endswith(("ed", "ught")) and _RELATIVE_THAT.match(text, ce, ue):
            continue  # "the states that have voted", "rules that could lead to": a noun and its relative clause
        backers = form in _BACKING_FORMS and _BACKERS_BEFORE.search(text, max(us, cs - 40), cs) is not None
        if (form in _BARE_NOUNS and not backers and _NEXT_IS_CONTENT.match(text, ce, ue) is None
                and not (form in _INTENT_FORMS and _INFINITIVE_AFTER.match(text, ce, ue) and _intender_before(text, us, cs))):
            continue  # "state Sen. Ruiz", "his home state": a noun unless "that" or a quotation follows
        if kind == "seeming" or (base == "expect" and form == "expected" and _passive(text, us, cs)):
            att = _seeming(state, max(lo, us), ue, c, kind == "seeming", unit_quotes)
            if att is not None:
                att.unit = u
                seeming.append(att)
            continue
        gerund = form.split(" ", 1)[0].endswith("ing")  # "saying", "referring to"
        if kind != "according" and prev_word in _PASSIVE_AUX and not gerund:
            continue  # "he was told": the speaker is not the subject
        participial = False
        given: tuple[int, int] | None = None  # the speaker of an absolute "with" phrase: "with the mayor calling it ..."
        if gerund and kind != "according":
            after_comma = text[max(us, cs - 4):cs].rstrip().rstrip("”’\"'").endswith((",", "—", "–", " -"))
            if after_comma:
                participial = True
            elif prev_word in _BY_GERUND and _WORDS.search(text, us, cs - len(prev_word) - 1) is not None:
                participial = True  # "Ruiz drew fire by saying ...": the sentence's subject said it
            elif (prev_word in _JOINING and base not in _CONJUNCTION_GERUNDS
                    and _GERUND_CLAUSE.match(text, ce, ue) is not None):
                participial = True  # "..., calling it a disgrace and suggesting that ...": the same subject
            elif prev_word in _PASSIVE_AUX or prev_word == "am" or is_progressive(text, us, cs):
                pass  # "Ruiz is saying", "he’s not saying": the progressive, its subject speaks
            elif kind == "speech" and (given := with_speaker(text, us, cs)) is not None:
                participial = True
            elif kind == "speech" and prev_word in _JOINING:
                participial = True  # "calling them liars and saying ...": the same subject goes on
            elif backers and (given := left_speaker(text, max(_left_lo(lo, q_ends, cs), us), cs, words)[0]) is not None:
                participial = True  # "a super PAC supporting Ruiz", "Democrats backing Ruiz": the noun backs
                backed.add(ce)
            else:
                continue  # "shied away from saying", "the race continuing": no attribution
        if prev_word == "to" and kind != "according":
            continue  # "used markers to write": an infinitive
        # the left window starts after the last quotation or cue before this cue
        left_lo = _left_lo(lo, q_ends, cs)
        inverted = False
        if kind == "according":
            if form in ("In", "in"):
                speaker = state.polls.get(cs)  # "In a Marist poll, ...", "... in a CNN poll.": the poll
            else:
                speaker = right_speaker(text, ce, ue, stop_at_prepositions=False, words=words)
            cue = (cs, ce)
            contracted = _IS_BEFORE.search(text, max(us, cs - 8), cs)
            if contracted is not None:
                cue = (contracted.start(), ce)  # "That’s according to": the verb is part of the cue
            phrase = cs
            rest = speaker[1] if speaker else ce
        else:
            if participial:
                speaker, cue_from, phrase = None, cs, cs
            else:
                speaker, cue_from, phrase = left_speaker(text, left_lo, cs, words)
            cue = (cue_from, ce)
            tail = cue_tail(text, ce, ue)
            rest = tail.end() if tail else ce
            if tail and _STATEMENT.search(tail.group()):
                # "said in a statement" is one cue; "said in an interview", "wrote on
                # Twitter" keep the verb alone: the occasion is no part of the saying
                cue = (cue_from, tail.end())
            elif tail is None:
                manner = cue_manner(text, ce, ue)
                if manner is not None:
                    # "said flatly", "shot back": the manner or particle is part of the cue
                    cue = (cue_from, manner.end())
                    rest = manner.end()
            plausible: tuple[int, int] | None = None  # a speaker found plausible already (not asked again)
            if speaker is not None and not participial and kind in ("speech", "manner"):
                if _plausible_speaker(text, speaker, False):
                    plausible = speaker
                else:
                    # "Even as it moves on, a state it won, the race will be tight, said Ruiz": what
                    # read as a name with an apposition cannot speak; the speaker may follow the cue
                    speaker, phrase = None, cue_from
            if speaker is None and not participial:
                # "Ruiz, a lawyer who ..., said the plan ...": a name before an aside that reads
                # as one, not a clause before an inverted speaker ("..., said the mayor")
                speaker = aside_subject(text, _left_lo(us, q_ends, cs), cue_from, words, described=True)
                if speaker is not None:
                    phrase = speaker[0]
                    asides.add(cs)
            if participial:
                # "..., saying ...": the speaker before, or else the subject of the sentence
                speaker = given or last_speaker or _subject(text, us, cs, words)
            elif speaker is None and kind in ("speech", "manner") and (
                _only_marks(text, left_lo, cue_from) or _last_mark(text, left_lo, cue_from) in _CLAUSE_BEFORE_INVERSION
            ):
                m = time_tail(text, rest, ue)
                speaker = right_speaker(text, m.end() if m else rest, ue, words=words)
                if speaker is not None and not _only_marks(text, left_lo, cue_from) and not _inverted_name(text, speaker):
                    speaker = None  # "..., said he would", "..., said Ruiz had ...": a clause, not an inversion
                if speaker is not None:
                    inverted = True
                    rest = speaker[1]
                    tail = cue_tail(text, rest, ue)
                    if tail:
                        rest = tail.end()
            opens_clause = speaker is not None and (
                _only_marks(text, left_lo, speaker[0]) or text[left_lo:speaker[0]].rstrip().endswith(",")
            )
            noun_like = low in _NOUN_LIKE
            strict = (noun_like or kind == "stance") and not opens_clause
            if speaker is not None and (strict or speaker is not plausible) and not _plausible_speaker(text, speaker, strict):
                speaker = None
            if (speaker is not None and opens_clause and not inverted and noun_like
                    and not _plausible_speaker(text, speaker, True) and not _short_noun_phrase(text, speaker)):
                continue  # "Based on those recent comments", "the first four states": a noun ending a phrase
            if form in _POLLED_ONLY and (speaker is None or (_PEOPLE_PLURAL.search(text[speaker[0]:speaker[1]]) is None
                                                             and not (form == "supports" and _one_backer(text, speaker)
                                                                      and _BACKED_AFTER.match(text, ce, ue)))):
                continue  # "60 percent support ...": a share of those polled; else mostly a noun or a deed
            if (speaker is not None and base in _MATERIAL_VERBS
                    and text[speaker[0]:speaker[1]].rsplit(None, 1)[-1].lower() in _MATERIAL_SUBJECTS):
                continue  # "the troops are supporting the rebels": support in arms, not a stance
            if speaker is None and not participial:
                # "Ruiz, who said last year she would run, said ...": the name before a long aside
                speaker = aside_subject(text, _left_lo(us, q_ends, cs), cue_from, words)
                if speaker is not None:
                    phrase = speaker[0]
                    asides.add(cs)
            if speaker is None and not participial:
                share = _SHARE_BEFORE.search(text, max(left_lo, cue_from - 80), cue_from)
                if share is not None and _opens_share(text, left_lo, share.start()):
                    phrase = share.start()  # "42% say", "85% of Democrats said"
                    speaker = (phrase, _trim(text, phrase, cue_from)[1])
            if speaker is None and not participial and (
                prev_word in _JOINING
                # "and then said", "but later told": the adverb is the cue's, the subject goes on
                or (cue_from < cs and _previous_word(text, us, cue_from, words) in _JOINING)
            ):
                speaker = last_speaker or _subject(text, us, cs, words)
            if speaker is None and not gerund:
                continue
            if (form in _NAMING_PARTICIPLES and speaker is not None and not inverted
                    and _NAME_AHEAD.match(text, ce, ue) is not None and text[speaker[1]:cs].isspace()
                    and text[speaker[0]:speaker[1]].split()[-1][0].islower() and not _plausible_speaker(text, speaker, True)):
                continue  # "a play called “Sons of Trump”", "a band called Sophistafunk": a name given, not a calling
            if (base == "add" and not gerund and not inverted and cue[1] == ce
                    and _THING_AFTER.match(text, ce, ue) is not None and not text.startswith(" to ", ce)
                    and _SAYING_AHEAD.search(text, ce, ue) is None):
                continue  # "the U.S. added 292,000 jobs", "the state added a week": a deed, nothing quoted
        m = time_tail(text, rest, ue)
        if m:
            rest = m.end()
        readings.append((c, kind, base, speaker, cue, phrase, rest, inverted, left_lo))
        if speaker is not None:
            last_speaker = speaker
        lo = rest
    # second pass: each cue takes its content
    if len(readings) > 1:
        got = _contents(state, us, ue, u, readings, unit_quotes, q_starts, q_ends, asides)
    elif readings:
        got = _only_content(state, us, ue, u, readings[0], unit_quotes, q_starts, q_ends)
    else:
        got = []
    if seeming and got:
        # "Ruiz said the mayor, for all his talk, seemed unsure": the impression is part of
        # what was said, not an attribution of its own
        seeming = [s for s in seeming if not any(_holds(a, s.cue) for a in got)]
    found = got + seeming
    if backed:
        for att in found:
            if att.cue is not None and att.cue[1] in backed and len(att.parts) == 1:
                m = _BACKED_ONE.match(text, att.cue[1], att.parts[0][1])
                if m is not None and m.end() > att.parts[0][0]:
                    att.parts = [(att.parts[0][0], m.end())]  # "PACs supporting Ruiz spent ...": only Ruiz is backed
    if len(found) > 1:  # one attribution has none inside it
        found = _outside_according(state.text, _outside_clauses(state.text, found))
    return found


def _contents(
    state: _Paragraph, us: int, ue: int, u: int, readings: list[_Reading], unit_quotes: list[_QuotePart], q_starts: list[int], q_ends: list[int],
    asides: set[int],
) -> list[Attribution]:
    """The attributions of a unit's readings (two or more), each cue with its content.

    A cue's content stops where the next cue that opens a clause begins; a cue that
    takes none is dropped and the pass runs again, so that it no longer cuts its
    neighbours' contents short.
    """
    text = state.text
    clause_ends = _clause_marks(text, us, ue, state.words)
    mark = len(state.log)
    for _ in range(3):
        state.undo(mark)
        got: list[Attribution] = []
        kept = []
        boundary = us
        breaks = _clause_breaks(readings, clause_ends, asides, _quoted_before(text, readings, q_starts, q_ends) if q_ends else None)
        cutting = set(breaks[0])
        dropped_cutting = False
        for k, reading in enumerate(readings):
            c, kind, base, speaker, cue, phrase, rest, inverted, _ = reading
            limit = min(_limit(readings, k, ue, breaks), rest + MAX_CONTENT)
            near = _near(unit_quotes, q_starts, q_ends, c)
            taken = len(state.log)
            att = _content(state, us, ue, max(boundary, phrase - MAX_CONTENT), limit, near, c, kind, base, speaker, cue, phrase, rest, inverted)
            if att is None:
                dropped_cutting = dropped_cutting or k in cutting or len(state.log) != taken
                continue
            att.unit = u
            got.append(att)
            kept.append(reading)
            boundary = max(att.end, rest)
        if len(kept) == len(readings) or not dropped_cutting:
            # the dropped cues cut no other content short (none opens a clause) and took
            # no quotation: another pass would read every other cue the same
            break
        readings = kept
    return got


def _near(unit_quotes: list[_QuotePart], q_starts: list[int], q_ends: list[int], c: Cue) -> list[_QuotePart]:
    """The unit's quotations within MAX_CONTENT of the cue ``c``: only those can belong
    to it, which keeps a unit of thousands of quotation marks linear."""
    if not unit_quotes:
        return unit_quotes  # (most units): no cue's ends read, no bisection
    return unit_quotes[bisect.bisect_left(q_ends, c.start() - MAX_CONTENT) : bisect.bisect_right(q_starts, c.end() + MAX_CONTENT)]


def _only_content(
    state: _Paragraph, us: int, ue: int, u: int, reading: _Reading, unit_quotes: list[_QuotePart], q_starts: list[int], q_ends: list[int]
) -> list[Attribution]:
    """The attribution of a unit's only reading, as :func:`_contents` reads it, in one pass.

    No other cue cuts its content short (it may run to the unit's end) or is read
    again: when it takes no content, only the quotations it took are given back.
    """
    c, kind, base, speaker, cue, phrase, rest, inverted, _ = reading
    near = _near(unit_quotes, q_starts, q_ends, c)
    mark = len(state.log)
    att = _content(state, us, ue, max(us, phrase - MAX_CONTENT), min(ue, rest + MAX_CONTENT), near, c, kind, base, speaker, cue, phrase, rest, inverted)
    if att is None:
        state.undo(mark)
        return []
    att.unit = u
    return [att]


#: marks that end the clause a cue opens, between it and a later cue inside its content
_CLAUSE_BREAK: Final = re.compile(r"[,;:—–―()\[\]]")


def _outside_clauses(text: str, got: list[Attribution]) -> list[Attribution]:
    """``got`` without the attributions whose cue lies in the clause another cue before it opens.

    "Ruiz said the council wants a toll and hopes to open the bridge in May": with no
    comma, colon or dash between "said" and them, "wants" and "hopes" are part of what
    Ruiz said, not attributions of their own, when their content lies inside it too.
    After such a mark a new clause may begin, and its cue is kept.
    """
    if len(got) < 2:
        return got
    # A sweep in the order of the cues: only an attribution whose content reaches the
    # cue read now can hold it, and once its content ends before one cue it ends before
    # every later one. So a paragraph of a thousand attributions without a full stop
    # compares each cue with the few contents still open, not with every other one.
    # (cue, attribution) of those with a cue
    cued = sorted(((a.cue, a) for a in got if a.cue is not None), key=lambda ca: ca[0][0])
    # (end of its content, tie-break, cue, attribution)
    open_: list[tuple[int, int, tuple[int, int], Attribution]] = []
    inside: set[int] = set()
    for n, (cue, a) in enumerate(cued):
        while open_ and open_[0][0] < cue[0]:
            heapq.heappop(open_)
        if any(
            b_cue[1] <= cue[0] and _holds(b, cue)
            and all(_holds(b, part) for part in a.parts)  # its words too: "... ― Trump boasted, “...”" keeps its quote
            and "ccording" not in text[b_cue[0] : b_cue[1]]  # "according to" vouches only for what comes before
            and _CLAUSE_BREAK.search(text, b_cue[1], cue[0]) is None
            for _, _, b_cue, b in open_
        ):
            inside.add(id(a))
        if a.parts:
            heapq.heappush(open_, (max(e for _, e in a.parts), n, cue, a))
    return [a for a in got if id(a) not in inside]


def _holds(att: Attribution, span: tuple[int, int] | None) -> bool:
    """Whether ``span`` lies inside one of the content parts of ``att``."""
    return span is not None and any(a <= span[0] and span[1] <= b for a, b in att.parts)


def _outside_according(text: str, got: list[Attribution]) -> list[Attribution]:
    """``got`` without the attributions whose cue lies in the content of an ``according to`` after it.

    "Ruiz said the bridge is safe, according to the council": the newsroom vouches for
    the whole clause, its "said" included, on the council's word; the saying inside is
    part of what the council reported, not an attribution of its own.
    """
    if len(got) < 2:
        return got
    spans = [
        (a.cue[0], part)
        for a in got
        if a.cue is not None and text[a.cue[1] - 2 : a.cue[1]] == "to" and "ccording" in text[a.cue[0] : a.cue[1]]
        for part in a.parts
    ]
    if not spans:
        return got
    return [
        a
        for a in got
        if a.cue is None or not any(a.cue[1] <= at and part[0] <= a.cue[0] and a.cue[1] <= part[1] for at, part in spans)
    ]


#: A mark or word that opens a clause. A word's boundaries are said as no word
#: character before or after it (what ``\b`` is next to a word's letter): its twin
#: for ``re`` then tests each as one set, cheaper than a spelt-out ``\b``.
_CLAUSE_MARK: Final = regex.compile(r"[,;:—–(]|(?<!\w)(?:and|but|while|whereas)(?!\w)")
#: _CLAUSE_MARK for ``re``, exact on text below U+3000 (see :mod:`newslens.plain`)
_PLAIN_CLAUSE_MARK: Final = to_re(_CLAUSE_MARK, BELOW_COVERED)


def _clause_marks(text: str, us: int, ue: int, words: Tokens | None) -> list[int]:
    """Where every match of _CLAUSE_MARK in the unit ``text[us:ue]`` starts.

    A unit of plain text (nearly every one) is scanned by ``re``, several times faster.
    """
    if words is not None and words.plain():
        return [m.start() for m in _PLAIN_CLAUSE_MARK.finditer(text, us, ue)]
    return [m.start() for m in _CLAUSE_MARK.finditer(text, us, ue, timeout=5.0)]
_CLAUSE_END: Final = regex.compile(r"(?:[,;:—–(]|\band\b|\bbut\b|\bwhile\b|\bwhereas\b)(?!.*(?:[,;:—–(]|\band\b|\bbut\b))", regex.DOTALL)


#: cue kinds that sit inside a reported clause rather than open a new attribution
_INNER_KINDS: Final = frozenset(["stance", "thought", "naming"])


def _quoted_before(text: str, readings: list[_Reading], q_starts: list[int], q_ends: list[int]) -> dict[int, int]:
    """For each reading whose speaker comes right after a quotation (“...,” she said), that quotation's start."""
    out = {}
    for j, reading in enumerate(readings):
        phrase = reading[5]
        k = bisect.bisect_right(q_ends, phrase) - 1
        if (k >= 0 and phrase - q_ends[k] <= 3 and (q_ends[k] == phrase or text[q_ends[k]:phrase].strip(" ,\xa0") == "")
                and text[max(0, q_starts[k] - 3):q_starts[k]].rstrip().endswith(":")):
            out[j] = q_starts[k]  # "... declared: “...,” she said": the colon opened the quotation, not the cue before
    return out


def _clause_breaks(
    readings: list[_Reading], clause_ends: list[int], asides: set[int], quoted: dict[int, int] | None = None
) -> tuple[list[int], list[int], list[int], list[int]]:
    """The readings whose phrase opens a new clause, with the clause mark before each.

    A reading opens one when a clause mark lies within 30 characters before its
    phrase. Returns (indices, marks) for every such reading, then the same for
    those of them whose kind is not an inner one: each cue's limit is then the
    first of these after it, found by bisection, instead of a walk over every
    later cue (thousands in a paragraph that is one long run of "X said that").
    """
    every, every_marks, outer, outer_marks = [], [], [], []
    for j, reading in enumerate(readings):
        # a cue whose speaker is a name before an aside opens its clause where the aside
        # ends ("Ruiz, who said she would run, said ..."), not where the name does
        phrase = reading[4][0] if reading[0].start() in asides else reading[5]
        if quoted and j in quoted:
            # “...,” she said: the clause opens with the quotation, not at a comma inside it
            every.append(j)
            every_marks.append(quoted[j])
            if reading[1] not in _INNER_KINDS:
                outer.append(j)
                outer_marks.append(quoted[j])
            continue
        i = bisect.bisect_left(clause_ends, phrase) - 1
        if i >= 0 and clause_ends[i] >= phrase - 30:
            every.append(j)
            every_marks.append(clause_ends[i])
            if reading[1] not in _INNER_KINDS:
                outer.append(j)
                outer_marks.append(clause_ends[i])
    return every, every_marks, outer, outer_marks


def _limit(readings: list[_Reading], k: int, ue: int, breaks: tuple[list[int], list[int], list[int], list[int]]) -> int:
    """Where the content after cue ``k`` must stop: at the next cue that opens a new clause.

    A later cue whose speaker follows on without a clause break is reported inside
    this content ("X said Y thinks ..."): it does not cut it. ``breaks`` comes from
    :func:`_clause_breaks`; phrases run in text order, so the first break past the
    longest content ends the search.
    """
    start = readings[k][6]
    if readings[k][1] in ("speech", "according"):
        # "X said his band, and Y, wrote new songs": a stance inside what was said
        indices, marks = breaks[2], breaks[3]
    else:
        indices, marks = breaks[0], breaks[1]
    for n in range(bisect.bisect_right(indices, k), len(indices)):
        if readings[indices[n]][5] > start + MAX_CONTENT:
            break  # past the longest content: no need to look further
        if marks[n] >= start:
            return marks[n]
    return ue


_POSSESSIVE = regex.compile(r"\p{Lu}[\p{L}.\-]*[’']s?$")
#: how every word _POSSESSIVE finds ends (a word from ``str.split`` has no line break for ``$`` to stop at)
_POSSESSIVE_ENDS: Final = ("’", "'", "’s", "'s")
_PEOPLE_PLURAL: Final = regex.compile(r"""(?:officials|sources|aides|leaders|members|experts|analysts|critics|people|voters|supporters|advisers|advisors|lawmakers|Democrats|Republicans|groups|others|many|some|both|all
    |men|women|respondents|students|residents|citizens|adults|Americans|members|workers|percent|polled|surveyed
    |majority|minority|half|thirds?|quarters?|most|those)$""", regex.IGNORECASE | regex.VERBOSE)


#: marks that end a clause the speaker's words may be, before an inverted cue: "..., said Ana Ruiz."
_CLAUSE_BEFORE_INVERSION: Final = frozenset(",—–")


#: the most words a speaker named after the cue may have ("said former state Sen. Ana Maria Ruiz")
_INVERTED_WORDS: Final = 8


def _inverted_name(text: str, speaker: tuple[int, int]) -> bool:
    """Whether the words after a cue read as its speaker, not as the clause it introduces.

    Not "he would ..." (no inversion puts a pronoun after the verb), not "Ruiz had
    ..." (an auxiliary: a clause), nor a run of more than a few words.
    """
    words = text[speaker[0]:speaker[1]].lower().split()
    return (
        bool(words)
        and words[0] not in _SUBJECT_PRONOUNS
        and len(words) <= _INVERTED_WORDS
        and not any(w in CUE_AUXILIARIES for w in words)
    )


#: a share of people, which may open with a preposition: "About 4 in 10", "about half of voters",
#: "at least a dozen members", "over 60 percent"
_QUANTITY: Final = regex.compile(
    r"""(?i)(?:about|over|under|around|at\s+least|at\s+most)\s+
        (?:\d|half\b|a\s+(?:third|quarter|dozen|majority|fifth)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b
           |(?:two|three)-(?:thirds|quarters|fifths)\b|(?:a\s+)?(?:few|handful|number)\b)""",
    regex.VERBOSE,
)


#: a share written with a per cent sign, right before a cue: "42% say", "85% of Democrats said"
#: (the sign is no word: the left reading stops at it)
_SHARE_BEFORE: Final = regex.compile(r"(?<![\d.,])\d+(?:\.\d+)?%(?:\s+of\s+[^\s,.;:%\d“”\"()][^,.;:%\d“”\"()]{0,50}?)?\s*$")


def _opens_share(text: str, lo: int, pos: int) -> bool:
    """Whether a share at ``pos`` opens its clause ("On taxes, 42% say"), not ends a phrase ("rose 5%")."""
    before = text[max(lo, pos - 12):pos].rstrip()
    return pos - lo < 2 or not before or before[-1] in ",:;—–" or before.rsplit(None, 1)[-1].lower() in _SHARE_OPENERS


#: words after which a share opens a clause: "and 12% say", "while 40% said"
_SHARE_OPENERS: Final = frozenset("and but while whereas that".split())


def _plausible_speaker(text: str, speaker: tuple[int, int], strict: bool) -> bool:
    """Whether the words before a cue can be its speaker at all.

    Not "Trump’s" (a possessive: "Trump’s tweet"), not "In" (a preposition); and for
    cues that are often nouns ("a fundraising email"), the phrase must end in a name,
    a pronoun or a word for people.
    """
    words = text[speaker[0]:speaker[1]].split()
    if words[-1].endswith(_POSSESSIVE_ENDS) and _POSSESSIVE.search(words[-1]):
        return False
    if (words[0].lower() in _PREPOSITIONS or words[0] in _LOWER_STARTS) and _QUANTITY.match(text, speaker[0], speaker[1]) is None:
        return False  # "in a Facebook post", "to discuss his": no speaker starts so (but "about half of voters" does)
    if not strict:
        return True
    head = words[-1]
    return (
        head[0].isupper()
        or head.lower() in _SUBJECT_PRONOUNS
        or head.lower() in ("who", "which")
        or head.lower().rstrip("s") in DESCRIPTIVE_SPEAKERS
        or head.lower() in DESCRIPTIVE_SPEAKERS
        or _PEOPLE_PLURAL.search(head) is not None
    )


_DETERMINER_OPENERS = frozenset("the a an his her its their our this that".split())
#: the most words a noun phrase naming a speaking thing may have: "The nearly 90-second ad"
_SHORT_PHRASE: Final = 4


def _short_noun_phrase(text: str, speaker: tuple[int, int]) -> bool:
    """Whether the speaker is a short noun phrase led by a determiner: "The ad", "the suit", "Her plan".

    Things speak in the news ("The ad claims ..."), but a longer run, or one holding a
    preposition or ending in a number, is the phrase the noun-like cue word ends.
    """
    words = text[speaker[0]:speaker[1]].split()
    return (
        words[0].lower() in _DETERMINER_OPENERS
        and 2 <= len(words) <= _SHORT_PHRASE
        and not any(w.lower() in _PREPOSITIONS or w.lower() in ("of", "to") for w in words)
        and not any(ch.isdigit() for ch in words[-1])
    )


_PEOPLE_NOUNS = frozenset("man woman men women people voters crowd group candidate campaign".split())
_LEADING_CONJUNCTIONS: Final = frozenset("but and so yet still then also".split())


def _subject(text: str, us: int, hi: int, words: Tokens | None = None) -> tuple[int, int] | None:
    """The noun phrase that opens a sentence: its subject, for "X did this and told them ..."."""
    toks = tokens(text, us, min(hi, us + 120), words)
    # an opening phrase is no subject: "But X ...", "For months, X ..."
    while toks and toks[0][0].lower() in _LEADING_CONJUNCTIONS:
        toks = toks[1:]
    if toks and (toks[0][0].lower() in _PREPOSITIONS or toks[0][0].lower() in _SUBORDINATORS):
        comma = next((k for k, t in enumerate(toks[:12]) if t[0] == ","), None)
        toks = toks[comma + 1 :] if comma is not None else []
    if not toks:
        return None
    if toks[0][0].lower() in _SUBJECT_PRONOUNS - {"there", "this", "it"}:
        return toks[0][1:]
    end: int | None = None
    n = 0
    for n, t in enumerate(toks):
        w = t[0]
        if w[0].isupper() or w in ("of", "’s", "'s", "-", "Mr.", "Mrs.", "Ms.", "Dr.") or (end is None and w.lower() in _DETERMINERS):
            end = t[2]
            continue
        break
    if end is not None and toks[0][0].lower() in _DETERMINERS and n < len(toks):
        w = toks[n][0]
        if w.isalpha() and w.islower() and w in DESCRIPTIVE_SPEAKERS | _PEOPLE_NOUNS:
            end = toks[n][2]  # "The senator", "The Florida senator": the head noun too
    return (toks[0][1], end) if end is not None else None


_TITLE_WORD = regex.compile(r"[\p{Lu}\p{N}][\p{L}\p{N}’'.\-]*")
_SMALL_WORDS: Final = frozenset("a an the of and or in on at to for with".split())


def _is_title(text: str, lo: int, part: tuple[int, int]) -> bool:
    """Whether a quotation is the title of a show or a book: "on Fox News’s “Hannity,” X said".

    A few capitalised words in quotation marks right after a possessive or a
    preposition name a work, not what the speaker said.
    """
    # what stands before first: most quotations follow no possessive and no preposition
    # (“Yes,” he said), and the words inside need no look
    if not (
        text[max(lo, part[0] - 3):part[0]].rstrip().endswith(("’s", "'s"))
        or _previous_word(text, lo, part[0]) in _PREPOSITIONS
    ):
        return False
    if _has_words(text, part[0], part[1], 7):
        return False  # more than six words: no title (a long quotation is not copied word by word)
    words = _WORDS.findall(text, part[0], part[1])
    return bool(words) and len(words) <= 6 and all(_TITLE_WORD.fullmatch(w) or w.lower() in _SMALL_WORDS for w in words)


def _quote_at(unit_quotes: list[_QuotePart], state: _Paragraph, pos: int) -> _QuotePart | None:
    for q, part in unit_quotes:
        if part[0] == pos and id(q) not in state.used:
            return q, part
    return None


def _content(
    state: _Paragraph, us: int, ue: int, boundary: int, limit: int, unit_quotes: list[_QuotePart], c: Cue, kind: str, base: str,
    speaker: tuple[int, int] | None, cue: tuple[int, int], phrase: int, rest: int, inverted: bool,
) -> Attribution | None:
    text = state.text
    # 1. a quotation just before the speaker and cue: “...,” he said
    before_end = _trim(text, boundary, phrase, " \t\n\xa0,")[1]  # a no-break space too: “...,”\xa0Ruiz said
    q_before: tuple[Quotation, tuple[int, int]] | None = None
    for q, part in unit_quotes:
        if id(q) not in state.used and part[1] == before_end and part[0] >= boundary and not _is_title(text, boundary, part):
            q_before = (q, part)
    if q_before is not None and kind != "according" or (q_before is not None and kind == "according"):
        q, part = q_before
        a = _trim(text, boundary, part[0])[0]
        if a < part[0] and _only_marks(text, a, part[0]):
            a = part[0]  # ": “...,” she said": a mark left before the quotation is no part of it
        parts = [(a, q.parts[0][1])] if a < part[0] else [q.parts[0]]
        parts.extend(q.parts[1:])
        state.use(q)
        label = "mixed" if a < part[0] else "direct"
        # a quotation after the cue in the same unit continues it: “...,” he said, “...”
        after = _trim(text, rest, ue, "")[0]
        if base in _HEARER_VERBS:
            toks = tokens(text, after, min(ue, after + 80), state.words)
            k = _hearer_end(toks)
            if k:
                after = toks[k - 1][2]  # “...,” she told CNN. “...”
        while after < ue and text[after] in ",:;. ":
            after += 1
        nxt = _quote_at(unit_quotes, state, after)
        if nxt is not None:
            parts.extend(nxt[0].parts)
            state.use(nxt[0])
        return Attribution(parts, cue, speaker, label, joinable=label == "direct")
    # "..., according to X" vouches for the whole clause before it, even one that holds
    # attributions of its own ("voters believe ..., according to a poll")
    before = _trim(text, us if kind == "according" else boundary, phrase)
    has_before = before[0] < before[1] and not _only_marks(text, *before)
    comma_before = _last_mark(text, boundary, phrase) in (",", "—", "–")
    after_text = rest
    if base in _HEARER_VERBS and not inverted:
        # "..., an official told The New York Times.": the hearer ends the sentence
        toks = tokens(text, rest, min(ue, rest + 80), state.words)
        k = _hearer_end(toks)
        if k and (k == len(toks) or _only_marks(text, toks[k - 1][2], ue)):
            rest = toks[k - 1][2]
    rest_empty = _only_marks(text, rest, ue) and not any(part[0] >= rest for q, part in unit_quotes if id(q) not in state.used)
    # 2. "According to X, ...": the content follows
    if kind == "according" and not has_before:
        begin = rest
        while begin < limit and text[begin] in ", ":
            begin += 1
        return _after(state, begin, limit, unit_quotes, cue, speaker)
    if not has_before and (rest_empty or inverted) and comma_before and kind == "speech" and boundary > us:
        # "In one email, Carter discussed how ..., the Times reported.", "..., said Ana Ruiz,
        # a lawyer.": a cue closing the sentence vouches for all of it, the attribution inside too
        a, b = _trim(text, us, phrase)
        if _has_words(text, a, b, 3) and not _only_marks(text, a, b):
            return Attribution([(a, b)], cue, speaker, _label([(a, b)], unit_quotes))
    # 3. the clause after the cue
    parenthetical = comma_before and has_before and _first_mark(text, rest, ue) == ","
    start: int | None = None
    if not rest_empty and not parenthetical and not (inverted and has_before) and kind != "according":
        if comma_before and _first_mark(text, rest, ue) == ",":
            quoted = _COMMA_QUOTE.match(text, rest, ue) if kind == "speech" and not has_before else None
            if quoted is None:
                return None
            # "..., she said, adding, “...”": after the participle's comma, the quotation it gives
            return _after(state, quoted.end(), limit, unit_quotes, cue, speaker)
        reading = "speech" if kind == "thought" and _is_finding(text, base, speaker) else kind
        start = _content_start(text, after_text, limit, base, reading, c.group().lower() in _NOUN_LIKE, state.words)
        if start is None and not (has_before and comma_before and _closes_clause(state, us, phrase, rest, ue, c, kind, base)):
            return None
    if start is not None:
        lead = _WORDS.findall(text, us, phrase) if 0 < phrase - us <= 20 else ()  # a short look: linear
        if len(lead) == 1 and lead[0].lower() in _SUBORDINATORS:
            # "While X said ..., Y did": the content is the subordinate clause, up to its comma
            comma = _clause_comma(state, start, limit)
            if comma is not None:
                limit = comma
        return _after(state, start, limit, unit_quotes, cue, speaker, kind)
    # 4. the clause before the cue: "The plan will fail, he said."
    if has_before and (comma_before or inverted or kind == "according"):
        a, b = before
        parts = [(a, b)]
        if (parenthetical and not inverted) or (kind == "according" and not rest_empty):
            # after "said Ana Ruiz", a comma opens her description ("..., a lawyer"), not more content
            s = rest
            while s < limit and text[s] in ", ":
                s += 1
            s, e = _trim(text, s, limit)
            if s < e:
                parts.append((s, e))
        for q, part in unit_quotes:
            if any(x <= part[0] and part[1] <= y for x, y in parts):
                state.use(q)
        return Attribution(parts, cue, speaker, _label(parts, unit_quotes))
    return None


#: verbs by which a poll, a record or a study reports what it found ("the poll shows ...")
_FINDING_VERBS: Final = frozenset("show find".split())
#: things that show or find without a mind of their own: what follows the verb is their
#: finding whatever word opens it ("a poll shows upstart Sen. Ruiz leading"), as after "said"
_EVIDENCE: Final = frozenset(
    """poll polls survey surveys polling records report reports filings results data study studies analysis
    emails e-mails video footage documents numbers figures statistics research ledgers audit review evidence
    tallies estimates projections""".split()
)


def _is_finding(text: str, base: str, speaker: tuple[int, int] | None) -> bool:
    """Whether a verb of showing or finding has a poll, a record or a study for its subject."""
    if base not in _FINDING_VERBS or speaker is None:
        return False
    words = text[speaker[0]:speaker[1]].split()
    return bool(words) and words[-1].lower() in _EVIDENCE


#: a comma, then a quotation opening: "adding, “...”"
_COMMA_QUOTE: Final = regex.compile(r"\s*,\s*(?=[“\"‘'])")


#: cue kinds that may close the clause before them when the words after them open none:
#: "..., she said in a video message to the convention."
_CLOSING_KINDS: Final = frozenset(["speech"])
#: words that open a sentence with a clause or phrase that is not what was said: "When X
#: spoke, Y said in ...", "In 2010, Y told ..."
_NOT_CLOSED: Final = frozenset("while although though because since if when as after before unless whereas even by to".split()) | _PREPOSITIONS


def _closes_clause(state: _Paragraph, us: int, phrase: int, rest: int, ue: int, c: Cue, kind: str, base: str) -> bool:
    """Whether a cue whose words after it open no content closes the clause before its comma.

    "Democrats made history, she said in a video message.", "The union will sit it
    out, Phil Smith told Politico earlier this week.": the words after the cue say
    where, when or to whom (a preposition, or the hearer of "told"), and the sentence
    does not open with a subordinate clause or a phrase ("When he spoke, ...").
    """
    if kind not in _CLOSING_KINDS or c.group().split(" ", 1)[0].endswith("ing"):
        return False
    first = _WORDS.search(state.text, rest, ue)
    if first is None or not (first.group().lower() in _PREPOSITIONS or first.group() == "to" or base in _HEARER_VERBS):
        return False
    lead = _WORDS.search(state.text, us, phrase)
    return lead is not None and lead.group().lower() not in _NOT_CLOSED


#: forms of backing read as a stance only from those polled or a group of people
_POLLED_ONLY: Final = frozenset("support supports".split())
#: what one person backs, named or as a course of action: "supports Lee", "supports raising taxes"
#: (not "supports the local team": a fan's backing is no stance reported)
_BACKED_AFTER: Final = regex.compile(r"[ \t]+(?:\p{Lu}|[“\"]|\p{Ll}+ing\b)")


def _one_backer(text: str, speaker: tuple[int, int]) -> bool:
    """Whether a speaker ends in a name or a pronoun for one: "Ruiz supports", "she supports", "who supports"."""
    head = text[speaker[0]:speaker[1]].rsplit(None, 1)[-1]
    return head[0].isupper() or head.lower() in ("he", "she", "who", "which")


#: verbs of backing that armed forces do in deed, not in word: "troops backed the rebels"
_MATERIAL_VERBS: Final = frozenset("support back defend attack".split())
_MATERIAL_SUBJECTS: Final = frozenset(
    "troops forces soldiers units jets warplanes aircraft planes drones ships warships tanks artillery "
    "militias militiamen fighters battalions brigades divisions army armies navy".split()
)
_STATEMENT: Final = regex.compile(r"statement|release")
#: "is" run into the word before "according to": "That’s according to"
_IS_BEFORE: Final = regex.compile(r"(?<=\b(?:[Tt]hat|[Ii]t|[Tt]his))[’']s\s+$")
#: adverbs between "is" and "expected": "is widely expected to"
_FORECAST_ADVERBS: Final = frozenset("widely generally largely not also still now".split())
#: words that, right after "seems" or "appeared", show a place or a time, not an impression
#: ("appeared on CNN", "appeared before the committee")
_NOT_SEEMING: Final = _PREPOSITIONS | _DETERMINERS | frozenset("alongside beside behind onstage together there here and or but".split())


def _passive(text: str, us: int, pos: int) -> bool:
    """Whether the words before ``pos`` are a passive auxiliary: "is", "was widely", "are not"."""
    words = text[max(us, pos - 30):pos].lower().split()[-2:]
    if words and words[-1] in _FORECAST_ADVERBS:
        words.pop()
    return bool(words) and words[-1] in _PASSIVE_AUX


def _seeming(state: _Paragraph, lo: int, ue: int, c: Cue, active: bool, unit_quotes: list[_QuotePart]) -> Attribution | None:
    """``X seems to ...``, ``X appeared uneasy``, ``X is expected to ...``: an impression or forecast.

    The content is the subject with the words after the cue, to the end of their
    phrase; no speaker (the article does not say whose impression it is). "It seems
    that ..." keeps only the clause.
    """
    text = state.text
    if c.group().endswith("ing"):
        return None
    after = tokens(text, c.end(), min(ue, c.end() + 60))
    if not after:
        return None
    subject, cue_from, _ = left_speaker(text, lo, c.start())
    first = after[0][0]
    if subject is not None and text[subject[0]:subject[1]].lower() == "it" and active:
        # "It appears (, though,) that ...": the clause is the content
        for t in after[:6]:
            if t[0].lower() == "that":
                return _after(state, t[2], ue, unit_quotes, (cue_from, c.end()), None, "stance")
        return None
    if subject is None or not first[0].isalpha() or first.lower() in _NOT_SEEMING or first[0].isupper():
        return None
    if not active and first.lower() != "to":
        return None  # "is expected to ...": a forecast; "was expected at noon" is none
    cue_end = c.end()
    if active and first.lower() == "to" and len(after) > 1 and after[1][0].lower() in VERB_CLASS:
        cue_end = after[1][2]  # "seemed to imply": the cue takes in the saying the impression qualifies
    att = _after(state, after[0][1], ue, unit_quotes, (cue_from, cue_end), None, "stance")
    if att is None:
        return None
    att.parts.insert(0, subject)
    att.label = _label(att.parts, unit_quotes)
    return att


#: words opening a subordinate clause whose speaker says something the main clause answers
_SUBORDINATORS: Final = frozenset("while although though because since if when as after before unless whereas even".split())
_CLAUSE_COMMA: Final = regex.compile(r",\s")


def _clause_comma(state: _Paragraph, start: int, limit: int) -> int | None:
    """Where the first match of _CLAUSE_COMMA in ``text[start:limit]`` outside a quotation starts, or None.

    A comma and white space, found by ``str.find`` and a set lookup: no pattern, no time limit.
    """
    text = state.text
    if limit - start < 2:
        return None  # (and no negative end for find, which would count from the text's end)
    i = text.find(",", start, limit - 1)
    while i >= 0:
        if text[i + 1] in _WHITE:
            if not state.in_quote(i):
                return i
            i = text.find(",", i + 2, limit - 1)
        else:
            i = text.find(",", i + 1, limit - 1)
    return None
#: Where a stance's object ends. A word's end is said as no word character after it
#: (what ``\b`` is after a letter): its twin for ``re`` then tests one set there.
_OBJECT_END: Final = regex.compile(
    r""",|\s(?:because|after|when|while|during|since|as|but|and\s+(?:said|says|called|added|has|had|have|is|was|will|would))\s
    | \s(?=(?:last|earlier\s+this|this\s+past)\s+(?:week|month|year|spring|summer|fall|autumn|winter)(?!\w))
    | \s(?=(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday)(?!\w))""",
    regex.VERBOSE,
)
#: _OBJECT_END for ``re``, exact on text below U+3000 (see :mod:`newslens.plain`)
_PLAIN_OBJECT_END: Final = to_re(_OBJECT_END, BELOW_COVERED)


def _plain_outside_quotes(state: _Paragraph, pattern: re.Pattern, start: int, limit: int):
    """The first match of the ``re`` pattern in ``text[start:limit]`` that starts outside a quotation, or None.

    Its patterns read a run of white space at most once per word before it: linear, no time limit.
    """
    m = pattern.search(state.text, start, limit)
    while m is not None and state.in_quote(m.start()):
        m = pattern.search(state.text, m.end(), limit)
    return m


#: where a match of _CUT can start: a comma, a semicolon, or a run of white space
#: before "and" (the lookahead lets "and and" give both)
#: (The stdlib ``re`` runs it, several times faster than ``regex`` on a whole paragraph;
#: its class is regex's ``\s`` written out, since re's ``\s`` also takes U+001C-U+001F.)
#: (The one class first lets ``re`` skip from comma to space instead of trying the pattern at
#: every place: twice as fast. After a space it reads on as ``\s+and``.)
_CUT_MARK: Final = re.compile("[,;" + _SPACE[1:] + "(?:(?<=[,;])|" + _SPACE + "*and(?=" + _SPACE + "))")


def _first_cut(state: _Paragraph, start: int, limit: int):
    """The first match of ``_CUT`` in ``text[start:limit]`` outside a quotation, or None.

    Every match starts at a :data:`_CUT_MARK` place of the window: the first few of
    them are tried one by one as the scan finds them (a search would try every space
    of up to 2,000 characters of content, once per cue), and past them one search
    from the next takes over (a content of a thousand commas is not tried comma by
    comma in Python). The scan reads only as far as the first cut, not the whole
    paragraph: most contents are cut at their first comma or two.
    """
    text = state.text
    if text.find(",", start, limit) < 0 and text.find(";", start, limit) < 0 and text.find("and", start, limit) < 0:
        return None  # no comma, semicolon or "and", which every cut opens with (many contents): no scan
    # _CUT is matched at one place at a time, with no timeout: each alternative reads a mark,
    # one run of white space and a few words, linear in the window (a timeout's clock
    # reading cost more than the match)
    for k, mark in enumerate(_CUT_MARK.finditer(text, start, limit)):
        if k == _MARKS_TRIED:
            return _search_outside_quotes(state, _CUT, mark.start(), limit)
        p = mark.start()
        if text[p] == "," and p + 2 < limit and text[p + 1] == " " and not text[p + 2].isspace():
            # a comma, one space and a word: only a few words open a cut after a comma
            # (most commas are followed by another), told by a set lookup, not a match
            run = _LETTER_RUN.match(text, p + 2, limit)
            if run is None or run.group() not in _CUT_WORDS:
                continue
        m = _CUT.match(text, p, limit)
        if m is not None:
            break
    else:
        return None
    if not state.in_quote(m.start()):
        return m
    return _search_outside_quotes(state, _CUT, m.end(), limit)


#: how many cut marks _first_cut tries one by one before it searches
_MARKS_TRIED: Final = 8
#: the words that open every alternative of _CUT after a comma and its white space (keep in step with it)
_CUT_WORDS: Final = frozenset("while whereas but it he she they we I there this and".split())
#: a run of ASCII letters
_LETTER_RUN: Final = re.compile(r"[A-Za-z]+")


#: objects after "called" that name nothing of their own: what follows them is what they were called
_NAMED_OBJECTS: Final = frozenset("him her them it himself herself themselves itself me us you myself ourselves".split())


def _named_outright(text: str, a: int, b: int, cue: tuple[int, int]) -> bool:
    """Whether a naming cue's content ``text[a:b]`` is an attribution without quotation marks.

    "described a rigged system": what is described is the speaker's account;
    "called him divisive", "calls himself a socialist": a pronoun, then what it was
    called. Not "called Ruiz" (a telephone call) nor "called a meeting".
    """
    words = text[a:b].split()
    if len(words) < 2:
        return False
    base = VERB_CLASS.get(text[cue[0]:cue[1]].rsplit(None, 1)[-1].lower(), ("", ""))[1]
    if base == "describe":
        return True
    return base in _NAMING_BY_OBJECT and words[0].lower() in _NAMED_OBJECTS


#: naming verbs whose object is followed by what it was named: "called him a fraud"
_NAMING_BY_OBJECT: Final = frozenset("call label brand dub".split())


def _after(
    state: _Paragraph, start: int, limit: int, unit_quotes: list[_QuotePart], cue: tuple[int, int], speaker: tuple[int, int] | None,
    kind: str = "speech",
) -> Attribution | None:
    text = state.text
    if kind == "stance":
        if state.words is not None and state.words.plain():
            m = _plain_outside_quotes(state, _PLAIN_OBJECT_END, start, limit)
        else:
            m = _search_outside_quotes(state, _OBJECT_END, start, limit)
        if m is not None:
            limit = m.start()
    m = _first_cut(state, start, limit)
    end = limit
    if m is not None:
        end = m.start()
    a, b = _trim(text, start, end)
    # a quotation the content ends in keeps its closing mark
    for q, part in unit_quotes:
        if a <= part[0] < b < part[1] and text[b:part[1]].strip(_TRAILING + "”’\"'»") == "":
            b = part[1]
    if a >= b or not _has_words(text, a, b, 1 if kind == "stance" else 2):
        return None
    if kind == "naming" and not any(a <= part[0] < b for _, part in unit_quotes) and " as " not in text[a:b] and not _named_outright(text, a, b, cue):
        return None  # "X called Y": an attribution only when what Y was called is quoted
    parts = [(a, b)]
    for q, part in unit_quotes:
        if a <= part[0] and part[1] <= b:
            state.use(q)
            if part == (a, b) and len(q.parts) > 1:
                return Attribution(list(q.parts), cue, speaker, "direct")
    return Attribution(parts, cue, speaker, _label(parts, unit_quotes), joinable=False)


def _lone_quote(
    state: _Paragraph, us: int, ue: int, q: Quotation, part: tuple[int, int], u: int, got: list[Attribution],
    prev: Attribution | None, before: Attribution | None, alone: bool,
) -> Attribution | None:
    """A quotation no cue took: ``X: “...”``, ``“...” — X``, or the previous speaker's."""
    text = state.text
    # taken already inside some content?
    for g in got:
        if any(a <= part[0] and part[1] <= b for a, b in g.parts):
            return None
    lo = max(us, part[0] - 200)
    colon = _ending_colon(text, lo, part[0])
    if colon >= 0:
        speaker, _, _ = left_speaker(text, lo, colon, state.words)
        if speaker is not None:
            a, b = _trim(text, part[0], min(ue, part[1] + MAX_CONTENT))
            if b > part[1] and not _only_marks(text, part[1], b):
                # a headline that goes on after its quote: "X: ‘Of course’ she is ready"
                return Attribution([(a, b)], (colon, colon + 1), speaker, "mixed", unit=u)
            return Attribution(list(q.parts), (colon, colon + 1), speaker, "direct", unit=u)
    m = _DASH_SPEAKER.match(text, part[1], ue)
    if m and m.end() < ue:
        speaker = right_speaker(text, m.end(), ue, stop_at_prepositions=False, words=state.words)
        if speaker is not None and _only_marks(text, speaker[1], ue):
            return Attribution(list(q.parts), None, speaker, "direct", unit=u)
    if alone:
        if prev is not None and prev.joinable and prev.unit == u - 1:
            prev.parts.extend(q.parts)
            prev.unit = u
            return prev
        if prev is None and u == 0 and before is not None and before.joinable and before.unit >= 0:
            # a paragraph that is only a quotation, after one that ended in the same
            # speaker's quotation: the speaker goes on, one attribution in parts
            before.parts.extend(q.parts)
            before.unit = u
            return before
        source = prev if prev is not None and prev.unit == u - 1 else (before if u == 0 else None)
        speaker = source.speaker if source is not None else None
        cue = source.cue if source is not None and source.unit == -2 else None
        att = Attribution(list(q.parts), cue, speaker, "direct", unit=u, joinable=True)
        att.antecedent = source.antecedent if source is not None else None
        return att
    if q.single:
        return None
    if _has_words(text, part[0], part[1], 6) and text[part[1] - 2: part[1] - 1] in ".?!,":
        return Attribution(list(q.parts), None, None, "direct", unit=u)
    return None
