"""Find names in running text: runs of capitalised words, cut into mentions and typed.

A *run* is a stretch of capitalised words joined by single spaces and the small
words names contain ("Bank of England", "Ludwig van Beethoven"). A run is cut at
words that are not names (months, pronouns, "The"), at titles ("Secretary of State"
becomes the role of the person that follows) and where a known name ends, then each
piece is typed from the lexicons, from the words it ends or begins with ("Corp.",
"River"), and from its shape (a given name first: a person; capitals: an acronym).
"""

from __future__ import annotations

import functools
import re
from typing import Final, Protocol

import regex

from ...plain import to_re
from ...timeouts import SHORT
from .lexicons import Lexicons

__all__ = [
    "KnownNames",
    "Mention",
    "Words",
    "find_in_run",
    "lone_non_names",
    "match_known",
    "one_word",
    "run_pattern",
    "runs",
]

_ABBREVIATIONS: Final = (
    "Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|Maj|Cmdr|Brig|Rev|Pvt|Cpl|Det|Insp|Supt"
    "|St|Mt|Ft|Jr|Sr|Inc|Corp|Co|Ltd|Bros|Ave|Blvd|Messrs"
)

#: The same, one by one.
_ABBREVIATION_WORDS: Final = frozenset(_ABBREVIATIONS.split("|"))

#: Arabic particles that open a name: al-Assad, bin-Salman.
_PARTICLES: Final = "(?:al|el|as|ash|ad|ar|az|bin|ibn|abu|abd|ul|ud)"

#: An abbreviation whose period belongs to the word.
_ABBREVIATION: Final = rf"(?:{_ABBREVIATIONS})\."


def _word(abbreviation: str) -> str:
    """One word of a name, where ``abbreviation`` is ``_ABBREVIATION`` or a form of it."""
    return rf"""
(?:
    {abbreviation}
  | \p{{Lu}}\.(?:[ ]?\p{{Lu}}\.)*          # initials: J.K., U.S., J. K.
  | (?:{_PARTICLES}-|)                      # Arabic particles: al-Assad
    (?:Mc|Mac|O['’]|D['’]|)
    \p{{Lu}}[\p{{L}}\p{{M}}\d]*
    (?:-(?:\p{{Ll}}{{1,4}}-|)\p{{Lu}}[\p{{L}}\p{{M}}\d]*)*   # Jean-Claude, Inzamam-ul-Haq; not Russian-backed
    (?:['’]\p{{Lu}}[\p{{L}}\p{{M}}]*|)       # O'Brien; not the possessive 's
)
"""


#: One word of a name.
_WORD: Final = _word(_ABBREVIATION)

#: Small words inside names; "of" and "for" only between capitalised words.
_CONNECTOR: Final = r"""
(?:(?:of|for)(?:\ the|)|de(?:\ la|\ los|)|van(?:\ de[rn]?|)|von(?:\ der|)
  |da|di|du|des|del|della|do|dos|das|der|den|ter|la|le|bin|ibn|al|el|&)
"""

_SEP: Final = r"(?:[ \u00a0]{1,2}|,[ ](?=(?:Jr|Sr)\b))"

#: What may not stand right before a run: it would make the run part of a longer word.
_NOT_BEFORE_CLASS: Final = r"[\p{L}\p{M}\d@#_/'’.]"
_NOT_BEFORE: Final = rf"(?<!{_NOT_BEFORE_CLASS})"
#: The words after a run's first word.
_MORE: Final = rf"(?:{_SEP}(?:{_CONNECTOR}{_SEP}|){_WORD})*"

#: A run of name words, as ``run_pattern()`` compiles it (runs on article text, hence
#: the timeout at use).
_RUN_PATTERN: Final = rf"{_NOT_BEFORE}{_WORD}{_MORE}"


def run_pattern() -> regex.Pattern:
    """The pattern of a run of name words, compiled at its first use: the analyser
    searches with the patterns below, which find the same runs, and ``regex`` takes
    milliseconds to compile each. (A function, not a module attribute made on demand
    by a module ``__getattr__``: a compiled module asks that for its ``__file__``
    before its globals are set, and crashes.)"""
    return _compiled(_RUN_PATTERN)


@functools.cache
def _compiled(pattern: str) -> regex.Pattern:
    """``pattern`` compiled (verbose), once: for the patterns few texts need."""
    return regex.compile(pattern, regex.VERBOSE)


# The patterns that find runs read ``_WORD`` and ``_MORE`` in a form that finds the same
# words at half the cost. Nothing follows a run's last word in ``run_pattern()`` that could fail,
# so the regex engine never comes back into a word it has read: each word is the first
# way ``_WORD`` matches where it stands, and these forms only try the usual ways first.

#: Most words of names: a capital, small letters and no period, hyphen, apostrophe,
#: letter or digit after them. ``_WORD`` reads such a word whole, by its last branch
#: (an abbreviation or initial needs a period after its letters): this says so at once.
_PLAIN_WORD: Final = r"\p{Lu}\p{Ll}+(?![.\-'’\p{L}\p{M}\d])"
#: ``_WORD`` with the plain word tried first, and the abbreviations tried only before a
#: period (each is a capital and up to five small letters: "Messrs").
_RUN_WORD: Final = (
    "(?:" + _PLAIN_WORD + "|" + _word(r"(?=\p{Lu}\p{Ll}{0,5}\.)" + _ABBREVIATION) + ")"
)
#: What may stand after a gap inside a run: a connector's first character or a word's
#: (a capital, or an Arabic particle's first letter).
_AFTER_GAP: Final = r"(?=[\p{Lu}ofdvtlbiaeu&])"
#: ``_MORE`` with one space before a capital tried first: no connector can stand there.
#: After any other gap, the connectors and words are tried only before a character
#: that can open one (``_AFTER_GAP``): the word after a name ("said") is most often
#: none, and saying so at once spares trying each connector and particle at it.
_RUN_MORE: Final = (
    rf"(?:(?:[ ](?=\p{{Lu}})|{_SEP}{_AFTER_GAP}(?:{_CONNECTOR}{_SEP}|)){_RUN_WORD})*"
)

#: ``run_pattern()`` as it is searched for: the same matches (compiled for the first text that
#: needs it: one where a run opens with an Arabic particle).
_ANY_RUN: Final = rf"{_NOT_BEFORE}{_RUN_WORD}{_RUN_MORE}"

#: The abbreviations after their first letter, grouped by it, each group behind a
#: look back at that letter ("(?<=M)(?:r|rs|s...)"): the words' order kept within
#: each group, and no two groups can match at one place.
_ABBREVIATION_TAILS: Final = "|".join(
    f"(?<={first})(?:{'|'.join(w[1:] for w in _ABBREVIATIONS.split('|') if w[0] == first)})"
    for first in dict.fromkeys(w[0] for w in _ABBREVIATIONS.split("|"))
)
#: ``_RUN_WORD`` with its capital read already (``_CAPITAL_RUN`` opens with it): each
#: branch as in ``_RUN_WORD``, what it reads before that capital checked behind it.
#: No Arabic particle opens a word at a capital.
_RUN_WORD_AFTER_CAPITAL: Final = rf"""
(?:
    \p{{Ll}}+(?![.\-'’\p{{L}}\p{{M}}\d])
  | (?=\p{{Ll}}{{0,5}}\.)(?:{_ABBREVIATION_TAILS})\.
  | \.(?:[ ]?\p{{Lu}}\.)*
  | (?:(?<=M)c\p{{Lu}}|(?<=M)ac\p{{Lu}}|(?<=O)['’]\p{{Lu}}|(?<=D)['’]\p{{Lu}}|)
    [\p{{L}}\p{{M}}\d]*
    (?:-(?:\p{{Ll}}{{1,4}}-|)\p{{Lu}}[\p{{L}}\p{{M}}\d]*)*
    (?:['’]\p{{Lu}}[\p{{L}}\p{{M}}]*|)
)
"""

#: The same runs when none opens with an Arabic particle ("al-Assad"), as is the case in
#: most articles: a run then opens with a capital, which the pattern reads first (no
#: letter, mark, digit or other mark of ``_NOT_BEFORE`` before it), then the rest of
#: its word and ``_RUN_MORE``. Opening with a class lets either engine skip to a
#: capital in a tight loop, where ``re`` would try a look-ahead at each character
#: (compiled for the first text that needs it).
_CAPITAL_RUN: Final = (
    rf"\p{{Lu}}(?<!{_NOT_BEFORE_CLASS}\p{{Lu}}){_RUN_WORD_AFTER_CAPITAL}{_RUN_MORE}"
)

#: Where a run could open with a particle: the hyphen of "al-Assad", looked for first
#: because hyphens are rare and the regex engine finds them fast.
_PARTICLE_OPENS: Final = regex.compile(
    rf"-(?=(?:Mc|Mac|O['’]|D['’])?\p{{Lu}})(?<={_NOT_BEFORE}{_PARTICLES}-)"
)


# The same runs, found by the standard library's ``re`` in text it reads alike.
# ``regex`` spends about a hundred machine instructions on each character of text
# while it looks for a capital; ``re`` skips to a character of a set in a tight loop
# when a pattern opens with that set, at a fifth of the cost. Its pattern is made
# from ``_CAPITAL_RUN`` by :func:`newslens.plain.to_re`, exact on text where nothing
# but ASCII and characters that are no letter, mark, digit or word character to
# either engine stand (curly quotation marks, dashes, the no-break space).

#: Characters beyond ASCII that both patterns read alike (each neither a letter, a
#: mark, a digit nor a word character): those of Latin-1 and general punctuation.
_PLAIN_MARKS: Final = "".join(
    ch
    for ch in map(
        chr, [*range(0x80, 0x100), *range(0x2000, 0x2070), *range(0x20A0, 0x20C1)]
    )
    if not regex.match(r"[\p{L}\p{M}\p{Nd}\w]", ch) and not re.match(r"\w", ch)
)
#: The characters the ``re`` twin of ``_CAPITAL_RUN`` reads as ``regex`` does.
_RUN_DOMAIN: Final = "".join(map(chr, range(0x80))) + _PLAIN_MARKS
#: A character outside ``_RUN_DOMAIN``: a stretch holding one is read by ``regex``.
_OTHER_CHARACTER: Final = re.compile(f"[^\\x00-\\x7f{re.escape(_PLAIN_MARKS)}]")


@functools.cache
def _plain_run() -> re.Pattern:
    """``_CAPITAL_RUN`` for ``re``, exact on ``_RUN_DOMAIN`` (made at its first use).

    It keeps ``_RUN_WORD``'s Arabic particles, which cannot match in a text it reads:
    one with no particle that opens a run (see ``_PARTICLE_OPENS``).
    """
    return to_re(_compiled(_CAPITAL_RUN), _RUN_DOMAIN)


#: Stretches of lines as short as newslens.timeouts.SHORT are read without ``timeout=``: a
#: run is read once, word by word, with nothing after it that could fail, so such a
#: stretch cannot take long.
SHORT_STRETCH: Final = SHORT


def runs(text: str, timeout: float) -> list[tuple[int, int]]:
    """(start, end) of every run of name words in ``text``, in order (as
    ``run_pattern()`` finds them).

    A run never crosses a line break, so the text is read in stretches of whole lines
    of at most ``SHORT_STRETCH`` characters, without a timeout, each by ``_plain_run()``
    where it can; a longer line is read alone by ``regex``, with ``timeout``.
    """
    # The particle test has no repetition to backtrack over: no timeout needed.
    # ``pattern`` is the Unicode pattern's source, compiled where a stretch needs it.
    if _PARTICLE_OPENS.search(text):
        pattern, ascii_run = _ANY_RUN, None
    else:
        pattern, ascii_run = _CAPITAL_RUN, _plain_run()
    # Whether some stretches must be read by ``regex``: most texts have no such character.
    mixed = (
        ascii_run is not None
        and not text.isascii()
        and _OTHER_CHARACTER.search(text) is not None
    )

    def stretch(pos: int, cut: int) -> list[tuple[int, int]]:
        """The runs of text[pos:cut], whole lines of ``SHORT_STRETCH`` at most."""
        if ascii_run is not None and (
            not mixed or _OTHER_CHARACTER.search(text, pos, cut) is None
        ):
            return [m.span() for m in ascii_run.finditer(text, pos, cut)]
        return [m.span() for m in _compiled(pattern).finditer(text, pos, cut)]

    n = len(text)
    if n <= SHORT_STRETCH:
        return stretch(0, n)
    out: list[tuple[int, int]] = []
    pos = 0
    while pos < n:
        end = pos + SHORT_STRETCH
        if end >= n:
            out += stretch(pos, n)
            break
        # Each stretch but the first opens with the line break that ends the one before.
        cut = text.rfind("\n", pos + 1, end)
        if cut != -1:
            out += stretch(pos, cut)
        else:  # a line longer than a stretch
            cut = text.find("\n", end)
            if cut == -1:
                cut = n
            out += [
                m.span()
                for m in _compiled(pattern).finditer(text, pos, cut, timeout=timeout)
            ]
        pos = cut
    return out


#: The words of a run, each a connector or a name word (``_RUN_WORD``: the words of
#: ``_WORD``, the usual ones found first; nothing follows a word here either).
_TOKEN: Final = regex.compile(
    rf"(?P<conn>{_CONNECTOR})(?=[ \u00a0])|(?P<word>{_RUN_WORD})", regex.VERBOSE
)

#: What may open a piece of a run between two spaces that is not a word of its own:
#: a connector (a small ASCII letter, or "&") or the no-break space of a wider gap.
_NOT_WORD_OPENERS: Final = frozenset("abcdefghijklmnopqrstuvwxyz&\u00a0")

#: Words after a name that are part of it.
_SUFFIXES: Final = frozenset({"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"})
#: Connectors that a person's name may contain (van, de, bin...): "of" and "for" may not.
_ORG_CONNECTORS: Final = frozenset({"of", "of the", "for", "for the", "&"})
#: A word with a capital inside, past a name's prefix (Mc, De, Mac): a brand or a site,
#: "YouTube", "FiveThirtyEight"; not "McCain", "DeSantis", "MacArthur".
_CAMEL: Final = regex.compile(
    r"^(?!Mac|Van|Von|Del|Des|Les|Dos|Das)\p{Lu}\p{Ll}{2,}\p{Lu}\p{L}*$"
)
_HONORIFICS: Final = frozenset({"Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Miss", "Messrs."})
_ACRONYM: Final = regex.compile(r"^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$")
_ALL_CAPS: Final = regex.compile(r"^[\p{Lu}\d.&'’-]+$")
#: The ASCII characters of ``_ALL_CAPS``: capitals, digits and its marks.
_ALL_CAPS_ASCII: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.&'-"


def _all_caps(word: str) -> bool:
    """Whether ``_ALL_CAPS`` matches ``word`` (a word of a run: no line break in it).

    An ASCII word (most) is answered by ``str`` methods: a regex call costs more than
    the question, and these patterns are asked of most pieces of runs.
    """
    if word.isascii():
        return bool(word) and not word.strip(_ALL_CAPS_ASCII)
    return _ALL_CAPS.match(word) is not None


def _is_acronym(word: str) -> bool:
    """Whether ``word`` is an acronym in capitals, "NATO" (``_ACRONYM``, no period)."""
    if word.isascii():
        return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()
    return _ACRONYM.match(word) is not None and not word.endswith(".")


class Words(Protocol):
    """The words an article writes in small letters, asked one at a time: a set of
    them, or the entities analyser's stand-in that finds each where it is asked."""

    def __contains__(self, word: str, /) -> bool: ...


class KnownNames(Protocol):
    """Names looked up in a headline-like line: a name (upper-cased for a line in
    capitals) to its ``(label, kind, canonical)``, or None: a dict, or a chain of them."""

    def get(self, key: str, /) -> tuple[str | None, str, str] | None: ...


class Mention:
    """One name found: its span, label and what is known about it (mutable while linking)."""

    __slots__ = (
        "canonical",
        "decided",
        "end",
        "kind",
        "label",
        "outlet",
        "pending",
        "role",
        "start",
        "surface",
        "words",
    )

    def __init__(
        self,
        start: int,
        end: int,
        label: str | None,
        kind: str,
        words: list[str],
        *,
        role: str | None = None,
        pending: bool = False,
    ):
        self.start = start
        self.end = end
        self.label = label  # None: a single unknown word, typed when linking
        self.kind = kind  # where the label came from: outlet, org, place, norp, rule, person, guess...
        self.role = role
        self.words = words  # the name's words, connectors left out
        self.pending = (
            pending  # a lone unknown word that opens a sentence: kept only if linked
        )
        self.canonical: str | None = None
        self.outlet = kind == "outlet"
        self.decided = label is not None
        self.surface: str | None = (
            None  # the name as written, spaces made single (set when linking)
        )

    def moved(self, by: int) -> Mention:
        """This mention as read where its run is written alike ``by`` characters further
        on (or back): the same reading at the other place."""
        # Made by __init__ (a class compiled by mypyc can be made no other way), then
        # given what __init__ derives as this mention has it now.
        m = Mention(
            self.start + by,
            self.end + by,
            self.label,
            self.kind,
            self.words,
            role=self.role,
            pending=self.pending,
        )
        m.canonical = self.canonical
        m.outlet = self.outlet
        m.decided = self.decided
        m.surface = self.surface
        return m

    def __repr__(self) -> str:
        return f"Mention({self.start}, {self.end}, {self.label!r}, {self.kind!r}, {' '.join(self.words)!r})"


class _Unit:
    """A word, a connector, or several words that make one known name."""

    __slots__ = ("end", "kind", "label", "start", "text", "words")

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        label: str | None,
        kind: str,
        words: list[str],
    ):
        self.start = start
        self.end = end
        self.text = text
        self.label = label
        self.kind = kind
        self.words = words


def _lookup(lex: Lexicons, phrase: str) -> tuple[str, str] | None:
    """A name as the lexicons know it, or as the plural or compound of a group's name."""
    got = lex.names.get(phrase)
    if got is not None:
        return got
    if phrase.endswith("s") and " " not in phrase:
        base = lex.names.get(phrase[:-1])  # Russians, Democrats, Sunnis
        if base is not None and base[1] == "norp":
            return base
    if "-" in phrase and " " not in phrase:
        parts = [lex.names.get(p) for p in phrase.split("-")]
        if all(p is not None and p[1] == "norp" for p in parts):
            return parts[0]  # "Mexican-Peruvian"
    return None


#: What separates the words of a run, hence of a lexicon name as a run spells it.
_WORD_GAP: Final = regex.compile(r"[ \u00a0,]")


@functools.lru_cache(maxsize=1)
def _name_heads(lex: Lexicons) -> frozenset[str]:
    """What the lexicon names of several words open with ("Bank" of "Bank of England").

    A word that opens none of them needs no look-up of the longer phrases it starts.
    """
    heads = set()
    for name in lex.names:
        gap = _WORD_GAP.search(name)
        if gap is not None:
            heads.add(name[: gap.start()])
    return frozenset(heads)


@functools.lru_cache(maxsize=1)
def lone_non_names(lex: Lexicons) -> frozenset[str]:
    """Words that, alone in a run, are no name whatever stands around them: "The", "He",
    "Monday", "I" (half the runs of one word in news copy).

    A run that is one of them gives no mention, so it needs no reading at all. Each is
    a lexicon's non-name or a capital letter, in capitals or with one, checked as
    ``one_word`` checks it.
    """
    words = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    for word in lex.not_names:
        words.update((word.capitalize(), word.upper()))
    return frozenset(w for w in words if _alone_is_nothing(w, lex))


def _alone_is_nothing(word: str, lex: Lexicons) -> bool:
    """Whether ``one_word`` gives nothing for ``word`` wherever it stands."""
    if " " in word or "\u00a0" in word or _lookup(lex, word) is not None:
        return False
    if len(word) == 1:
        return True  # a letter: a list's item, a grade, a table's column
    return (len(word) != 2 or word[1] != ".") and word.lower().rstrip(
        "."
    ) in lex.not_names


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str, bool]]:
    """The words of a run: (start, end, word, is a connector), as ``_TOKEN`` reads them."""
    # Most runs are plain words between single spaces ("Barack Obama"): a capital,
    # then ASCII letters. No connector, initial (a period) or wider gap (a no-break
    # space) is among them, so each is one word of its own and no pattern is needed.
    # An abbreviation ("Mr.", "Sen.") is one word too: the pattern reads it whole, and
    # no initial before it can take it in (an initial's next letter is a period).
    # Any other word ("of", "I", "Peña") is read by the pattern where it stands (no
    # match opens at the space before it); if the pattern reads more or less than the
    # word ("of the", "J. K."), it reads the rest of the run from there.
    toks = []
    pos = start
    for word in text[start:end].split(" "):
        rest = word[1:]
        after = pos + len(word)
        if (
            rest.isalpha() and rest.isascii() and word[0] not in _NOT_WORD_OPENERS
        ) or (word[-1:] == "." and word[:-1] in _ABBREVIATION_WORDS):
            toks.append((pos, after, word, False))
        else:
            m = _TOKEN.match(text, pos, end)
            if m is None or m.end() != after:
                return toks + [
                    (m.start(), m.end(), m.group(), m.lastgroup == "conn")
                    for m in _TOKEN.finditer(text, pos, end)
                ]
            toks.append((pos, after, word, m.lastgroup == "conn"))
        pos = after + 1
    return toks


def _units(text: str, start: int, end: int, lex: Lexicons) -> list[_Unit]:
    """Cut a run into units, taking the longest known name at each point.

    A word that is no known name is of kind ``word``, or ``break`` where it cuts the
    run (``_cuts``): told once, where its unit is made.
    """
    toks = _tokens(text, start, end)
    out: list[_Unit] = []
    i, n = 0, len(toks)
    names = lex.names
    heads = _name_heads(lex)
    while i < n:
        s, e, t, conn = toks[i]
        if conn:
            out.append(_Unit(s, e, t, None, "conn", []))
            i += 1
            continue
        found = None
        # A word of a name in capitals holds no space but initials may ("J. K."): the
        # part before it is what a lexicon name of several words would open with.
        if t in heads or (" " in t and t.split(" ", 1)[0] in heads):
            for j in range(
                min(n - 1, i + 5), i, -1
            ):  # longest first; single words below
                if toks[j][3]:
                    continue
                phrase = text[s : toks[j][1]]
                got = names.get(phrase)
                if got is not None:
                    found = (j, got)
                    break
        if found is None:
            got = names.get(t)
            if got is None and (t[-1] == "s" or "-" in t):
                got = _lookup(lex, t)  # a plural or a compound of groups' names
            if got is not None:
                found = (i, got)
        if found is not None:
            j, (label, kind) = found
            words = [tk[2] for tk in toks[i : j + 1] if not tk[3]]
            out.append(_Unit(s, toks[j][1], text[s : toks[j][1]], label, kind, words))
            i = j + 1
        else:
            out.append(_Unit(s, e, t, None, "break" if _cuts(t, lex) else "word", [t]))
            i += 1
    return out


def _cuts(word: str, lex: Lexicons) -> bool:
    """Whether ``word``, no known name, is never a name by itself and cuts the run:
    The, Monday, He (its unit is of kind ``break``)."""
    if len(word) == 2 and word[1] == ".":
        return False  # an initial: "A. Smith"
    if word in lex.name_words:
        return False  # "Court", "Party": not a name alone, but part of one ("High Court")
    low = word.lower().rstrip(".")
    return low in lex.not_names and low not in lex.nouns


def _name_word(words: list[str], lex: Lexicons) -> str | None:
    """The label a name's last or first word gives it ("Corp." -> ORG, "River" -> LOC)."""
    nw = lex.name_words
    last = nw.get(words[-1])
    if last is not None and last[1] in ("tail", "any"):
        return last[0]
    first = nw.get(words[0])
    if first is not None and first[1] in ("head", "any") and len(words) > 1:
        return first[0]
    for w in words[1:-1]:
        got = nw.get(w)
        if got is not None and got[1] == "any":
            return got[0]
    return None


def _type_piece(
    piece: list[_Unit], lex: Lexicons, after_title: bool, text: str = ""
) -> list[tuple[int, int, str | None, str, list[str]]]:
    """Type one piece of a run: (start, end, label, kind, words) for each mention in it."""
    while piece and piece[-1].kind == "conn":
        piece = piece[:-1]
    while piece and piece[0].kind == "conn":
        piece = piece[1:]
    if not piece:
        return []
    start, end = piece[0].start, piece[-1].end
    if len(piece) == 1 and piece[0].label is not None:
        # One known name: its words are the unit's (no list of the piece's words made).
        u = piece[0]
        if after_title and u.kind == "place" and len(u.words) == 1:
            return [(start, end, "PERSON", "person", u.words)]  # "President Jordan"
        return [(start, end, u.label, u.kind, u.words)]
    words = [w for u in piece for w in u.words]
    kinds = [u.kind for u in piece]
    size = len(kinds)
    # Most pieces hold no connector: "&", "of" and "for" are looked for only in those
    # that do.
    has_conn = "conn" in kinds
    if has_conn and any(u.text == "&" for u in piece):
        return [
            (start, end, "ORG", "rule", words)
        ]  # "Douglas & Lomason", "Procter & Gamble"
    if kinds.count("norp") == size:
        return [(start, end, "NORP", "norp", words)]  # "Iraqi Kurds", "Bosnian Serb"
    keyword = _name_word(words, lex) if len(words) > 1 else None
    if keyword is None and len(words) > 1 and has_conn:
        # "World Series of Golf", "Court of Appeal of Paris": the words before "of" say what it is.
        cut = next(
            (
                k
                for k, u in enumerate(piece)
                if u.kind == "conn" and u.text in _ORG_CONNECTORS
            ),
            None,
        )
        if cut:
            head = [w for u in piece[:cut] for w in u.words]
            if len(head) > 1 or lex.name_words.get(head[-1], ("", ""))[1] in (
                "tail",
                "any",
            ):
                keyword = _name_word(head, lex)
    if keyword is not None and not after_title:
        return [(start, end, keyword, "rule", words)]
    # Whether a unit is a known name; the kinds of the units below are counted in C
    # (``list.count``) rather than asked of each unit by a generator.
    known = [u.label for u in piece].count(None) != size
    conns = [u for u in piece if u.kind == "conn"] if has_conn else []
    if known or (conns and any(c.text in _ORG_CONNECTORS for c in conns)):
        first_word = piece[0]
        # Whether every unit but the first, or but the last, is an unknown word.
        unknown = kinds.count("word")
        words_after_first = unknown - (kinds[0] == "word") == size - 1
        words_before_last = unknown - (kinds[-1] == "word") == size - 1
        # A given name and unknown words: a person ("Jordan Spieth", "Paris Hilton").
        if (
            first_word.kind != "conn"
            and first_word.words[0] in lex.first_names
            and not conns
            and unknown + kinds.count("place") == size
        ):
            return [(start, end, "PERSON", "person", words)]
        # A place and unknown words after it: a team ("Milwaukee Bucks"), or a person
        # whose given name is a place's ("Vladimir Putin"); not "U.S. Kerry".
        if (
            piece[0].kind == "place"
            and not conns
            and words_after_first
            and not piece[0].text.endswith(".")
        ):
            if words[-1].endswith("s") and not after_title:
                return [(start, end, "ORG", "rule", words)]
            if len(piece) == 2 and len(piece[0].words) == 1:
                return [(start, end, "PERSON", "person", words)]
        # Unknown words and a place after them: a team or firm ("Dynamo Moscow", "Air France").
        if (
            piece[-1].kind == "place"
            and not conns
            and words_before_last
            and not after_title
            and piece[0].words[0] not in lex.first_names
            and not piece[0].text.endswith(".")
        ):
            return [(start, end, "ORG", "rule", words)]
        if (
            piece[-1].kind == "org"
            and not conns
            and words_before_last
            and not after_title
        ):
            return [
                (start, end, "ORG", "rule", words)
            ]  # "Reynard Honda", "Penske Mercedes"
        if piece[0].kind in ("org", "outlet") and not conns and words_after_first:
            return [(start, end, "ORG", "rule", words)]
        # Otherwise cut at the known names and at "of"/"for": each part on its own.
        out: list[tuple[int, int, str | None, str, list[str]]] = []
        part: list[_Unit] = []
        for u in piece:
            if u.label is not None or u.text in _ORG_CONNECTORS:
                if part:
                    out.extend(_type_piece(part, lex, after_title and not out, text))
                    part = []
                if u.label is not None:
                    out.extend(_type_piece([u], lex, after_title and not out, text))
            else:
                part.append(u)
        if part:  # the part after the last cut
            out.extend(_type_piece(part, lex, after_title and not out, text))
        return out
    if len(words) == 1:
        w = words[0]
        if (
            w in lex.name_words and text[max(0, start - 4) : start] != "the "
        ) or w.lower() in lex.not_names:
            return []  # "Party" alone names nothing; "the Post" does
        if after_title:
            return [(start, end, "PERSON", "person", words)]
        if _is_acronym(w):
            return [(start, end, "ORG", "acronym", words)]
        if len(w) > 6 and _all_caps(w):
            return []  # shouting
        return [(start, end, None, "guess", words)]
    if not after_title and all(map(_all_caps, words)):
        return []  # several words in capitals, none known: shouting
    if (
        words[0] in lex.first_names
        or any((len(w) == 2 and w[1] == ".") or w in _SUFFIXES for w in words)
        or conns
    ):
        return [(start, end, "PERSON", "person", words)]
    return [
        (start, end, "PERSON", "name", words)
    ]  # most likely a person: context may say otherwise


def one_word(
    word: str,
    start: int,
    end: int,
    lex: Lexicons,
    sentence_start: bool,
    lowercase_words: Words,
    text: str,
) -> list[Mention]:
    """The common case, a run of one word, without cutting it into units."""
    got = lex.names.get(word)
    if got is None and (word[-1] == "s" or "-" in word):
        got = _lookup(lex, word)  # a plural or a compound of groups' names
    if got is not None:
        if (
            got[1] == "title"
        ):  # "King" alone: kept only if it is a surname the article gives
            return [Mention(start, end, None, "guess", [word], pending=True)]
        return [Mention(start, end, got[0], got[1], [word])]
    if len(word) == 1:
        return []  # a letter: a list's item, a grade, a table's column
    if word in lex.name_words and text[max(0, start - 4) : start] != "the ":
        return []  # "Party", "Ministry", "River" alone name nothing; "the Post" does
    low = word.lower()
    if (len(word) != 2 or word[1] != ".") and low.rstrip(".") in lex.not_names:
        return []
    if sentence_start and (low in lex.not_names or low in lowercase_words):
        return []
    if word[1:].isascii() and word[1:].islower():
        # "Obama": a small letter after the capital, so neither an acronym, nor a brand
        # in camel case, nor shouting; spares the three patterns below.
        return [Mention(start, end, None, "guess", [word], pending=sentence_start)]
    if _is_acronym(word):
        return [Mention(start, end, "ORG", "acronym", [word])]
    if _CAMEL.match(word):
        return [Mention(start, end, "ORG", "camel", [word])]
    if len(word) > 6 and _all_caps(word):
        return []
    return [Mention(start, end, None, "guess", [word], pending=sentence_start)]


def find_in_run(
    text: str,
    start: int,
    end: int,
    lex: Lexicons,
    *,
    sentence_start: bool,
    lowercase_words: Words,
    role_before: str | None,
) -> list[Mention]:
    """The mentions in one run of capitalised words (in running text)."""
    run = text[start:end]
    if role_before is None and " " not in run and "\u00a0" not in run:
        return one_word(run, start, end, lex, sentence_start, lowercase_words, text)
    if run.isupper():
        # Several words in capitals in running text: shouting, where only known names count.
        return match_known(text, start, end, _UpperNames(lex), True)
    units = _units(text, start, end, lex)
    out: list[Mention] = []
    piece: list[_Unit] = []
    title: list[_Unit] = []
    role: str | None = role_before
    first = sentence_start

    def flush() -> None:
        nonlocal piece, title, role, first
        if piece:
            # An ordinary word opening a sentence is not a name: "Nevertheless Russia..."
            if first and piece[0].kind == "word" and (
                (low := piece[0].text.lower()) in lowercase_words or low in lex.not_names
            ):
                piece = piece[1:]  # one word only: "Leaders of the North Atlantic..."
                while piece and piece[0].kind == "conn":
                    piece = piece[1:]
            lone_opener = first and len(piece) == 1 and piece[0].kind == "word"
            typed = _type_piece(piece, lex, bool(title) or role is not None, text)
            for k, (s, e, label, kind, words) in enumerate(typed):
                m = Mention(s, e, label, kind, words, pending=lone_opener)
                if k == 0 and label == "PERSON" and (title or role):
                    m.role = _role(text, title, out, role)
                out.append(m)
            title = []
            role = None
        piece = []
        first = False

    for u in units:
        if u.kind == "break":
            flush()
            title = []
            first = False
            continue
        if u.kind == "title" and not any(p.kind == "word" for p in piece):
            # A title opens a name; after a given name it is part of it ("Martin Luther King").
            flush()
            title.append(u)
            continue
        if u.kind == "title":
            u = _Unit(u.start, u.end, u.text, None, "word", u.words)
        if u.kind == "conn" and title and not piece:
            title.append(u)  # "Minister of Defence": the connector joins the title
            continue
        if title and not piece and u.kind == "word" and title[-1].kind == "conn":
            title.append(u)
            continue
        piece.append(u)
    flush()
    if len(title) == 1 and title[0].kind == "title" and " " not in title[0].text:
        # A title word ending the run is a surname the article may give: "Later King left".
        out.append(
            Mention(
                title[0].start,
                title[0].end,
                None,
                "guess",
                [title[0].text],
                pending=True,
            )
        )
    return out


def _role(
    text: str, title: list[_Unit], before: list[Mention], role_before: str | None
) -> str | None:
    """The title before a person's name, with the country or body that qualifies it."""
    if not title:
        return role_before
    while title and title[-1].kind == "conn":
        title = title[:-1]
    if not title:
        return role_before
    s, e = title[0].start, title[-1].end
    if text[s:e] in _HONORIFICS:
        return role_before  # "Mr." is no role
    if (
        before
        and before[-1].label in ("GPE", "NORP", "ORG")
        and not text[before[-1].end : s].strip()
    ):
        s = before[-1].start  # "U.S. Secretary of State", "Russian President"
    return text[s:e]


class _UpperNames:
    """The lexicons' names upper-cased, titles left out."""

    def __init__(self, lex: Lexicons):
        self.upper = lex.upper

    def get(self, key: str) -> tuple[str, str, str] | None:
        got = self.upper.get(key)
        return None if got is None or got[1] == "title" else got


def match_known(
    text: str,
    start: int,
    end: int,
    known: KnownNames,
    upper: bool,
    longest: int = 6,
) -> list[Mention]:
    """In a headline or a line in capitals, only names already known count.

    ``known`` maps a name (upper-cased when ``upper``) to (label, kind, canonical).
    """
    # The run's words, as ``_TOKEN`` reads them (by ``_tokens``: most need no pattern).
    toks = [(s, e) for s, e, _, conn in _tokens(text, start, end) if not conn]
    out: list[Mention] = []
    i, n = 0, len(toks)
    while i < n:
        hit = None
        for j in range(min(n - 1, i + longest - 1), i - 1, -1):
            phrase = text[toks[i][0] : toks[j][1]]
            key = phrase.upper() if upper else phrase
            got = known.get(key)
            if got is None and j == i and key.endswith(("s", "S")):
                got = known.get(key[:-1])
                if got is not None and got[1] != "norp":
                    got = None
            if got is not None:
                hit = (j, got)
                break
        if hit is None:
            i += 1
            continue
        j, (label, kind, canonical) = hit
        s, e = toks[i][0], toks[j][1]
        m = Mention(s, e, label, kind, text[s:e].split())
        m.canonical = canonical
        out.append(m)
        i = j + 1
    return out
