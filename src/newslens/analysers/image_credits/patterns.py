"""The patterns that find picture credits in a paragraph. Compiled once, at import.

Two passes per paragraph. :data:`WHOLE_CREDIT` asks whether the paragraph *is* a
credit ("Getty.", "Jim Urquhart / Reuters.", "Featured image via Twitter"); if not,
:data:`CREDIT_AT` reads credits set inside a caption ("... in Iowa on Monday. (AP
Photo/Evan Vucci)"), tried only near the :data:`TRIGGERS` every such credit holds. Inside a paragraph a credit needs real evidence:
brackets, a label ("Photo by"), or a chain that ends in a known agency and then
ends the sentence, so prose that cites Reuters or mentions Twitter never matches.

Each part that stands more than once (a known signer, a name, a segment of a chain,
a label) is written once, in a ``DEFINE`` block at the end of the pattern, and
called by name (``(?&name)``) wherever it stands. ``regex`` compiles a pattern in
Python, and it compiled each copy of a part written inline: the case-insensitive
list of agencies alone stood thirty times in :data:`CREDIT_AT`, and importing this
module took half a second. Called, each part is compiled once (about a tenth of
that); a call may be backtracked into like a group, so the matches are the same.
"""

from __future__ import annotations

import re
from typing import Final

import regex

from .agencies import LEXICON, NAMED_LISTS, alternation

__all__ = [
    "WHOLE_CREDIT", "CREDIT_AT", "TRIGGERS", "WORD_START", "LOOK_BACK", "LABEL", "SEPARATOR", "TIMEOUT", "FILLER", "holds_only_credit_words",
    "may_be_whole_credit",
]

#: Seconds any one pattern may run on one paragraph before giving up.
TIMEOUT: Final = 2.0

#: The parts a pattern calls by name, and what each matches; see :func:`_part`.
_PARTS: dict[str, str] = {}


def _part(name: str, body: str) -> str:
    """Keep ``body`` as the part ``name`` and return a call of it, ``(?&name)``.

    A pattern that calls it must define it: end the pattern with :func:`_defined`.
    """
    _PARTS[name] = body
    return f"(?&{name})"


def _defined(*names: str) -> str:
    """The ``DEFINE`` block of the parts ``names``: matching nothing where it stands."""
    return "(?(DEFINE)" + "".join(f"(?P<{name}>{_PARTS[name]})" for name in names) + ")"

# Any signer we know; those that sell or publish pictures (a platform alone is weak
# evidence: "posted by Trump via Twitter" is prose); the all-capitals forms that
# lead a Reuters-style credit ("REUTERS/Jonathan Ernst").
_KNOWN: Final = _part("known", alternation("known"))
_PICTURE: Final = _part("picture", alternation("picture", ("wire", "agency", "outlet")))
_LEAD_CAPS: Final = alternation("lead", ("wire", "agency"), upper=True)

# One word of a name as credits print it, case matters: Joe, McDonald, O'Neil,
# Samantha-Jo, Al-Shabaab, Leaders’, SAUL, B. Never glued to a lower-case letter on
# its right, so "HampshireJoe" is no word (the caller lets a name *start* there).
_WORD: Final = _part("word", r"""
    (?:
        (?:Mc|Mac|De|Di|Da|Du|La|Le|Van|O['’])\p{Lu}\p{Ll}+
      | \p{Lu}\p{Ll}+(?:-\p{L}+)*(?:['’](?:s|)|)
      | \p{Lu}{2,}(?:[-'’]\p{Lu}+)*
      | \p{Lu}\.
      | (?:al|el)-\p{Lu}\p{Ll}+
    )(?![\p{L}\p{N}])
""")
_PARTICLES: Final = "al el de del da das dos du van von der den ter la le bin ibn of".split()
_PARTICLE: Final = rf"(?:{'|'.join(_PARTICLES)})"
_NAME: Final = _part("name", rf"(?:{_WORD}(?:[\ \u00a0](?:{_PARTICLE}[\ \u00a0]|){_WORD}){{0,5}})")

# Words that never sign a picture but stand in a credit: "(AP Photo/Evan Vucci, File)",
# "POOL New/Reuters", "Handout/Reuters". They are not providers.
_FILLERS: Final = (
    "file pool handout stf str staff stringer contributor screenshot screengrab".split()
    + ["screen grab", "video still", "still"]
)
_FILLER_WORDS: Final = [word for filler in _FILLERS for word in filler.split()]
#: One filler, in any case, as a whole word (verbose: its spaces escaped).
FILLER: Final = "(?i:" + "|".join(f.replace(" ", "\\ ") for f in _FILLERS) + ")(?![\\p{L}\\p{N}])"
_FILLER: Final = _part("filler", rf"{FILLER}(?:\ \p{{Lu}}\p{{L}}*){{0,2}}")

_SEGMENT: Final = _part("segment", rf"(?:{_KNOWN}(?:\ (?i:photo(?:s|)|picture(?:s|)|images|video)|)|{_FILLER}|{_NAME}|@\w{{1,30}})")
_SLASH: Final = r"(?:(?:[\ \u00a0]|)/(?:[\ \u00a0]|)|(?<=\p{L})—(?=\p{Lu}))"  # "/", "Name—Getty Images"
# "Photo: Name | AP" after a label only: unlabelled, "Iowa Caucus | Reuters" is a page title.
_PIPE: Final = r"\ \|\ "

# A chain of segments: "Name/AFP/Getty Images", "Name/The New York Times via AP",
# "Matt Rourke, AP", "Name for The Washington Post". After a comma, "via" or "for"
# comes only a known signer or a filler word, so a list of names is no chain.
_CHAIN: Final = rf"""
    {_SEGMENT}
    (?:
        (?: (?:{_SLASH}|{_PIPE}) {_SEGMENT}
          | \ via\ (?:{_KNOWN}|{_NAME})
          | ,\ (?={_KNOWN}|{_FILLER}) {_SEGMENT}
          | \ (?:for|on)\ (?={_KNOWN}) {_SEGMENT}
        )
    ){{0,5}}
"""

# A cheap look ahead for the separator a chain needs, before the costly tries of
# names and agencies: a separator before the sentence or bracket closes.
_SEP_AHEAD: Final = r"(?=(?:[^.!?()\[\]\n]|\.(?=\S)|(?<=\b\p{Lu})\.){1,160}?(?:/|\ via\ |—))"

# An unlabelled chain inside prose must end in an agency or outlet (or a platform
# after a slash): "Scott Olson via Getty Images", "Jim Urquhart / Reuters". Not
# after a comma: "[Jane Doe, HuffPost]" signs a live-blog entry, not a picture.
_ENDS_IN_AGENCY: Final = rf"""
    {_SEP_AHEAD}
    {_SEGMENT}
    (?: (?:{_SLASH}|\ via\ ) {_SEGMENT} ){{0,4}}?
    (?: {_SLASH} {_KNOWN} | \ via\ {_PICTURE} )
    (?:\ (?i:photo(?:s|)|picture(?:s|)|images)|)
"""
# "AP Photo/Evan Vucci", "Reuters Pictures/Name".
_AGENCY_PHOTO: Final = rf"""
    (?=[^()\[\]\n]{{1,60}}?(?i:photo|picture))
    {_PICTURE}\ (?i:photo(?:s|)|picture(?:s|))
    (?: (?:{_SLASH}|,\ ) {_SEGMENT} ){{0,4}}
"""
# "REUTERS/Jonathan Ernst": the wire's own style, agency first and in capitals; in
# brackets any case will do when a full name follows: "(Reuters/Kevin Park)", but
# not "(Reuters/Ipsos)".
_CAPS_LEAD: Final = rf"{_SEP_AHEAD}{_LEAD_CAPS}{_SLASH}{_NAME}(?:,\ {_FILLER}|)"
_LEAD: Final = rf"{_SEP_AHEAD}{_PICTURE}{_SLASH}{_WORD}(?:\ {_WORD}){{1,4}}(?:,\ {_FILLER}|)"

# The words that announce a credit. "Photo by", "Image credit:", "Featured image via",
# "Image copyright", "Courtesy of", "Credit:", "©".
_LABEL_WORDS: Final = r"""
    (?i:
        (?:featured\ |)(?:image|photo|picture|photograph|video|graphic|(?:photo\ |)illustration)(?:s|)
            \ (?:credit|courtesy|copyright|source)(?:s|)(?:(?:\ |)[:,]|\ by\b|\ of\b|\ to\b|\ should\ read\b|)
      | (?:featured\ |)(?:image|photo|picture|photograph|(?:photo\ |)illustration|screenshot|screengrab|screen\ grab)(?:s|)
            (?:(?:\ |):|\ by\b|\ via\b|\ courtesy\ of\b|\ ©)
      | (?:video|graphic)(?:s|)(?:\ by\b|\ via\b|\ courtesy\ of\b)   # "Video: <title>" is an embed, not a credit
      | (?:main\ |)(?:photo\ |image\ |)credit(?:s|)(?:(?:\ |):|\.{2,3}|…|\ should\ read\b)
      | photographer(?:s|)(?:\ |):
      | courtesy\ of\b
      | (?:photo\ |)©
    )
"""
_LABEL: Final = _part("label_words", _LABEL_WORDS)

# Where a credit inside a paragraph may begin: the paragraph's start, after a
# sentence or a clause ends, after a dash or bar, or glued to the end of the word
# before it with a capital ("…New HampshireJoe Raedle via Getty Images…", as text
# scraped from a page with its caption run together).
_START: Final = r"""(?:^|(?<=[.!?:;)\]”"’,|][\ \u00a0\t]{0,3})|(?<=\s[-—–]\s)|(?<=\p{Ll})(?=\p{Lu}))"""
# A label must open a sentence: "…of sorts, courtesy of Wes Nakagiri" is prose.
_LABEL_START: Final = r"""(?:^|(?<=[.!?:;)\]”"’|][\ \u00a0\t]{0,3})|(?<=\s[-—–]\s)|(?<=\p{Ll})(?=\p{Lu}))"""

# Where it must end: the paragraph's end, a closing bracket, a sentence's end, or
# glued to a capitalised word (the caption that follows).
_END: Final = r"""(?=\p{Lu}\p{Ll}|[\ \u00a0]*(?:(?:[.;]|)[\ \u00a0]*(?:$|[)\]|])|[.;!]\s|(?i:image\ caption|caption)\b))"""

#: The label at the head of a credit, to take it off before reading the rest.
LABEL: Final = regex.compile(rf"{_LABEL_WORDS}[\ ]*", regex.VERBOSE | regex.V1)

#: A credit that starts exactly where it is tried (``CREDIT_AT.match(paragraph, pos)``):
#: bracketed, labelled, or a chain ending in an agency. The analyser tries it only
#: near the few places a credit can be (see :data:`TRIGGERS`), never at every offset.
CREDIT_AT: Final = regex.compile(
    rf"""
    (?P<bracketed>
        [(\[][\ ]*
        (?P<inner>
            {_LABEL}[\ ]*{_CHAIN}
          | {_AGENCY_PHOTO}
          | {_ENDS_IN_AGENCY}
          | {_CAPS_LEAD}
          | {_LEAD}
          | {_NAME}\ for\ {_PICTURE}   # "(Jane Doe for The Washington Post)"
        )
        [\ ]*(?:\.|)[\ ]*[)\]]
    )
  | (?P<plain>
        {_LABEL_START}(?P<label>{_LABEL})[\ ]*{_CHAIN}
      | {_START}{_AGENCY_PHOTO}
      | {_START}{_ENDS_IN_AGENCY}
      | {_START}{_CAPS_LEAD}
    )
    {_END}
    {_defined("known", "picture", "word", "name", "filler", "segment", "label_words")}
    """,
    regex.VERBOSE | regex.V1,
    ignore_unused=True,
    cache_pattern=None,  # its default, given so that the type checker sees no named list can stand for it
    **NAMED_LISTS,
)

#: A paragraph that is a credit and nothing else (trailing period and brackets aside).
WHOLE_CREDIT: Final = regex.compile(
    rf"""
    (?P<open>[(\[])?[\ ]*
    (?P<credit>
        (?P<label>{_LABEL})[\ ]*(?P<free>\S(?:(?!\ (?i:image\ )?caption\b).){{0,200}}?)
      | (?P<chain>{_SEGMENT}(?:(?:{_SLASH}|\ via\ |,\ (?={_FILLER})|\ (?:for|on)\ (?={_KNOWN})){_SEGMENT}){{1,5}})
      | (?P<bare>(?:{_KNOWN}|{_NAME}))
      | (?P<agencyphoto>{_AGENCY_PHOTO})
    )
    (?P<period>[\ ]*\.)?[\ ]*
    (?(open)[)\]])
    {_defined("known", "picture", "word", "name", "filler", "segment", "label_words")}
    """,
    regex.VERBOSE | regex.V1,
    ignore_unused=True,
    cache_pattern=None,  # its default, given so that the type checker sees no named list can stand for it
    **NAMED_LISTS,
)

#: The separators between the parts of a credit: "/", " | ", " via ", ", ", " for ", " on ".
SEPARATOR: Final = regex.compile(r"[\ \u00a0]*/[\ \u00a0]*|\s\|\s|(?<=\p{L})—(?=\p{Lu})|\s+via\s+|,\s+|\s+(?:for|on)\s+(?=\p{Lu})")

#: What every credit inside a paragraph contains: a bracket, a slash, "via", or a
#: label word. A label opens a sentence, so it is looked for capitalised and in
#: capitals only. Found with ``str.find``, far faster than a regex scan; only around
#: these does the analyser try :data:`CREDIT_AT`.
TRIGGERS: tuple[str, ...] = (
    "(", "[", "/", "©", " via ", "—", " | ",
    *(
        spelling
        for word in ("photo", "image", "picture", "credit", "courtesy", "screen", "illustration", "graphic", "video", "featured")
        for spelling in (word.capitalize(), word.upper())
    ),
)

#: How far before a trigger a credit may begin ("Mohamed Mamdouh Assem/…").
LOOK_BACK: Final = 200

#: Where a word begins: after a non-letter, or a capital glued to a lower-case letter.
WORD_START: Final = regex.compile(r"(?<![\p{L}\p{N}'’-])[\p{L}©]|(?<=\p{Ll})\p{Lu}")


# The lower-case words that a credit without a label may hold: words of the signers
# (matched in any case), the particles of names, the filler words, the words after a
# signer ("AP Photo") and the joining words of a chain. Every other word of such a
# credit opens with a capital (a name), or sits glued to something (a handle, a
# hyphen, an apostrophe).
_CREDIT_WORDS: Final = frozenset(
    [run.casefold() for agency in LEXICON.values() for run in regex.findall(r"\p{L}+", agency.written)]
    + _PARTICLES
    + _FILLER_WORDS
    + "photo photos picture pictures images video via for on".split()
)
# A word of lower-case ASCII letters alone, standing after a space, a slash or a
# bracket (or first) and before no letter: where a credit holds one, it is one of
# _CREDIT_WORDS. (Python's ``re``: one such word is all most paragraphs need read.)
_LOWER_WORD: Final = re.compile(r"(?:^|(?<=[\s/(\[]))[a-z]+(?![^\W\d_])")
# How a label opens, case folded (see _LABEL_WORDS); "photograph", "screenshot" among them.
_LABEL_OPENINGS: Final = (
    "featured", "image", "photo", "picture", "video", "graphic", "illustration", "screen", "main", "credit", "courtesy", "©",
)


def may_be_whole_credit(para: str) -> bool:
    """Whether :data:`WHOLE_CREDIT` may match the whole of ``para``: a cheap look first.

    A credit with a label opens with it (after a bracket); one without holds no
    lower-case word but those a credit is made of. Prose fails the second test at
    its first common word, so the pattern is spared nearly every paragraph.
    """
    return para.lstrip("([ ")[:16].casefold().startswith(_LABEL_OPENINGS) or holds_only_credit_words(para)


def holds_only_credit_words(words: str) -> bool:
    """Whether every lower-case word of ``words`` may stand in a credit without a label.

    A chain of names and signers holds no other ("Jim Urquhart / Reuters", "SAUL
    LOEB via Getty Images"); prose holds one at once ("The survey was conducted").
    """
    for word in _LOWER_WORD.finditer(words):
        if word.group() not in _CREDIT_WORDS:
            return False
    return True
