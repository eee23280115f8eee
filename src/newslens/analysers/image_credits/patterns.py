"""The patterns that find picture credits in a paragraph. Compiled once, at import.

Two passes per paragraph. :data:`WHOLE_CREDIT` asks whether the paragraph *is* a
credit ("Getty.", "Jim Urquhart / Reuters.", "Featured image via Twitter"); if not,
:data:`CREDIT_AT` reads credits set inside a caption ("... in Iowa on Monday. (AP
Photo/Evan Vucci)"), tried only near the :data:`TRIGGERS` every such credit holds. Inside a paragraph a credit needs real evidence:
brackets, a label ("Photo by"), or a chain that ends in a known agency and then
ends the sentence, so prose that cites Reuters or mentions Twitter never matches.
"""

from __future__ import annotations

import regex

from .agencies import NAMED_LISTS, alternation

__all__ = ["WHOLE_CREDIT", "CREDIT_AT", "TRIGGERS", "WORD_START", "LOOK_BACK", "LABEL", "SEPARATOR", "TIMEOUT"]

#: Seconds any one pattern may run on one paragraph before giving up.
TIMEOUT = 2.0

# Any signer we know; those that sell or publish pictures (a platform alone is weak
# evidence: "posted by Trump via Twitter" is prose); the all-capitals forms that
# lead a Reuters-style credit ("REUTERS/Jonathan Ernst").
_KNOWN = alternation("known")
_PICTURE = alternation("picture", ("wire", "agency", "outlet"))
_LEAD_CAPS = alternation("lead", ("wire", "agency"), upper=True)

# One word of a name as credits print it, case matters: Joe, McDonald, O'Neil,
# Samantha-Jo, Al-Shabaab, Leaders’, SAUL, B. Never glued to a lower-case letter on
# its right, so "HampshireJoe" is no word (the caller lets a name *start* there).
_WORD = r"""
    (?:
        (?:Mc|Mac|De|Di|Da|Du|La|Le|Van|O['’])\p{Lu}\p{Ll}+
      | \p{Lu}\p{Ll}+(?:-\p{L}+)*(?:['’](?:s|)|)
      | \p{Lu}{2,}(?:[-'’]\p{Lu}+)*
      | \p{Lu}\.
      | (?:al|el)-\p{Lu}\p{Ll}+
    )(?![\p{L}\p{N}])
"""
_PARTICLE = r"(?:al|el|de|del|da|das|dos|du|van|von|der|den|ter|la|le|bin|ibn|of)"
_NAME = rf"(?:{_WORD}(?:[\ \u00a0](?:{_PARTICLE}[\ \u00a0]|){_WORD}){{0,5}})"

# Words that never sign a picture but stand in a credit: "(AP Photo/Evan Vucci, File)",
# "POOL New/Reuters", "Handout/Reuters". They are not providers.
_FILLER = r"(?i:file|pool|handout|stf|str|staff|stringer|contributor|screenshot|screengrab|screen\ grab|video\ still|still)(?![\p{L}\p{N}])(?:\ \p{Lu}\p{L}*){0,2}"

_SEGMENT = rf"(?:{_KNOWN}(?:\ (?i:photo(?:s|)|picture(?:s|)|images|video)|)|{_FILLER}|{_NAME}|@\w{{1,30}})"
_SLASH = r"(?:(?:[\ \u00a0]|)/(?:[\ \u00a0]|)|(?<=\p{L})—(?=\p{Lu}))"  # "/", "Name—Getty Images"
# "Photo: Name | AP" after a label only: unlabelled, "Iowa Caucus | Reuters" is a page title.
_PIPE = r"\ \|\ "

# A chain of segments: "Name/AFP/Getty Images", "Name/The New York Times via AP",
# "Matt Rourke, AP", "Name for The Washington Post". After a comma, "via" or "for"
# comes only a known signer or a filler word, so a list of names is no chain.
_CHAIN = rf"""
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
_SEP_AHEAD = r"(?=(?:[^.!?()\[\]\n]|\.(?=\S)|(?<=\b\p{Lu})\.){1,160}?(?:/|\ via\ |—))"

# An unlabelled chain inside prose must end in an agency or outlet (or a platform
# after a slash): "Scott Olson via Getty Images", "Jim Urquhart / Reuters". Not
# after a comma: "[Jane Doe, HuffPost]" signs a live-blog entry, not a picture.
_ENDS_IN_AGENCY = rf"""
    {_SEP_AHEAD}
    {_SEGMENT}
    (?: (?:{_SLASH}|\ via\ ) {_SEGMENT} ){{0,4}}?
    (?: {_SLASH} {_KNOWN} | \ via\ {_PICTURE} )
    (?:\ (?i:photo(?:s|)|picture(?:s|)|images)|)
"""
# "AP Photo/Evan Vucci", "Reuters Pictures/Name".
_AGENCY_PHOTO = rf"""
    (?=[^()\[\]\n]{{1,60}}?(?i:photo|picture))
    {_PICTURE}\ (?i:photo(?:s|)|picture(?:s|))
    (?: (?:{_SLASH}|,\ ) {_SEGMENT} ){{0,4}}
"""
# "REUTERS/Jonathan Ernst": the wire's own style, agency first and in capitals; in
# brackets any case will do when a full name follows: "(Reuters/Kevin Park)", but
# not "(Reuters/Ipsos)".
_CAPS_LEAD = rf"{_SEP_AHEAD}{_LEAD_CAPS}{_SLASH}{_NAME}(?:,\ {_FILLER}|)"
_LEAD = rf"{_SEP_AHEAD}{_PICTURE}{_SLASH}{_WORD}(?:\ {_WORD}){{1,4}}(?:,\ {_FILLER}|)"

# The words that announce a credit. "Photo by", "Image credit:", "Featured image via",
# "Image copyright", "Courtesy of", "Credit:", "©".
_LABEL = r"""
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

# Where a credit inside a paragraph may begin: the paragraph's start, after a
# sentence or a clause ends, after a dash or bar, or glued to the end of the word
# before it with a capital ("…New HampshireJoe Raedle via Getty Images…", as text
# scraped from a page with its caption run together).
_START = r"""(?:^|(?<=[.!?:;)\]”"’,|][\ \u00a0\t]{0,3})|(?<=\s[-—–]\s)|(?<=\p{Ll})(?=\p{Lu}))"""
# A label must open a sentence: "…of sorts, courtesy of Wes Nakagiri" is prose.
_LABEL_START = r"""(?:^|(?<=[.!?:;)\]”"’|][\ \u00a0\t]{0,3})|(?<=\s[-—–]\s)|(?<=\p{Ll})(?=\p{Lu}))"""

# Where it must end: the paragraph's end, a closing bracket, a sentence's end, or
# glued to a capitalised word (the caption that follows).
_END = r"""(?=\p{Lu}\p{Ll}|[\ \u00a0]*(?:(?:[.;]|)[\ \u00a0]*(?:$|[)\]|])|[.;!]\s|(?i:image\ caption|caption)\b))"""

#: The label at the head of a credit, to take it off before reading the rest.
LABEL = regex.compile(rf"{_LABEL}[\ ]*", regex.VERBOSE | regex.V1)

#: A credit that starts exactly where it is tried (``CREDIT_AT.match(paragraph, pos)``):
#: bracketed, labelled, or a chain ending in an agency. The analyser tries it only
#: near the few places a credit can be (see :data:`TRIGGERS`), never at every offset.
CREDIT_AT = regex.compile(
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
    """,
    regex.VERBOSE | regex.V1,
    ignore_unused=True,
    **NAMED_LISTS,
)

#: A paragraph that is a credit and nothing else (trailing period and brackets aside).
WHOLE_CREDIT = regex.compile(
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
    """,
    regex.VERBOSE | regex.V1,
    ignore_unused=True,
    **NAMED_LISTS,
)

#: The separators between the parts of a credit: "/", " | ", " via ", ", ", " for ", " on ".
SEPARATOR = regex.compile(r"[\ \u00a0]*/[\ \u00a0]*|\s\|\s|(?<=\p{L})—(?=\p{Lu})|\s+via\s+|,\s+|\s+(?:for|on)\s+(?=\p{Lu})")

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
LOOK_BACK = 200

#: Where a word begins: after a non-letter, or a capital glued to a lower-case letter.
WORD_START = regex.compile(r"(?<![\p{L}\p{N}'’-])[\p{L}©]|(?<=\p{Ll})\p{Lu}")
