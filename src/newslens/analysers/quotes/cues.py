"""Find cue words in a paragraph: speech verbs, "according to", "as X put it".

One compiled alternation of every inflected form, run once per paragraph. Verb
forms are matched in lower case only, so "Secretary of State" or "the Post" never
read as cues; "According to" and "Said" are the sentence-initial exceptions.
"""

from __future__ import annotations

import regex

from .lexicon import SPEECH_VERBS

__all__ = ["CUE", "CUE_TAIL", "TIME_TAIL"]

_forms = sorted(SPEECH_VERBS, key=len, reverse=True)

CUE = regex.compile(
    r"(?<![\p{L}\p{N}’'\-])(?:"
    r"(?P<according>[Aa]ccording\s+to)"
    r"|(?P<putit>put\s+it)"
    r"|(?P<verb>" + "|".join(regex.escape(f) for f in _forms) + r"|Said|Says)"
    r")(?![\p{L}\p{N}\-]|[’']\p{L})",
)

#: words after a verb that belong to the cue: "said in a statement", "wrote on Twitter"
CUE_TAIL = regex.compile(
    r"""\s+(?:
        in\s+(?:a|an|the)\s+(?:(?:joint|written|brief|emailed|prepared|televised|radio|phone|telephone|TV|recent)\s+)?
           (?:statement|interview|tweet|email|e-mail|post|letter|release|news\s+release|press\s+release|speech|memo|op-ed|column|filing)
        | on\s+(?:Twitter|Facebook|Instagram)
    )\b""",
    regex.VERBOSE,
)

#: when something was said, between a cue and what follows: "said Tuesday", "said last week"
TIME_TAIL = regex.compile(
    r"""(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)
          (?:\s+(?:morning|afternoon|evening|night))?
        | \s+(?:last|this|earlier\s+this|late\s+last)\s+(?:week|month|year|night|weekend|spring|summer|fall|winter)
        | \s+(?:earlier|later|recently|again)
    )+\b""",
    regex.VERBOSE,
)
