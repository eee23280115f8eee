"""Read a found credit: who took the picture, who provides it, and the agency's name.

A credit is a chain of parts joined by "/", " via ", ", " or " for ":
"FABRICE COFFRINI/AFP/Getty Images" is a photographer, then two providers. Each
part is a known signer (the lexicon), a filler word that signs nothing ("File",
"Pool", "Handout"), an organisation by its look ("Orlando Sentinel", "Leaders’
College"), or a person.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from .agencies import lookup
from .patterns import FILLER, LABEL, SEPARATOR, TIMEOUT

__all__ = ["CreditReading", "names_an_outlet", "read_credit", "signs_a_picture"]

_FILLER: Final = regex.compile(FILLER)

# A name whose last word is one of these is an organisation, not a photographer.
_ORGANISATION_WORDS: Final = frozenset(
    """times post sentinel tribune herald journal gazette news press agency chronicle inquirer
    globe courier examiner observer register dispatch bee star magazine daily media images
    photos pictures tv network radio channel office ministry department service campaign
    committee party museum library archive archives university college school institute
    foundation council commission police army navy force guard corps group company inc inc.
    ltd llc association center centre society federation union family studios entertainment
    records films government embassy house senate congress parliament court hospital""".split()
)

# A name ending in one of these says it is a news outlet or a picture service.
_OUTLET_WORDS: Final = frozenset(
    """times post tribune herald journal gazette news press agency chronicle inquirer globe
    courier examiner observer register dispatch bee magazine media images photos pictures
    tv network radio""".split()
)

_EDGE: Final = ".,;:()[] \u00a0"


@attrs.frozen
class CreditReading:
    """What a credit says: photographer and provider as written, and the agency's name."""

    photographer: str | None
    provider: str | None
    agency: str | None


def _parts(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each part of ``text`` between separators, edges trimmed."""
    out = []
    pos = 0
    for m in SEPARATOR.finditer(text, timeout=TIMEOUT):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    trimmed = []
    for s, e in out:
        while s < e and text[s] in _EDGE:
            s += 1
        while e > s and text[e - 1] in _EDGE:
            e -= 1
        if s < e:
            trimmed.append((s, e))
    return trimmed


def _looks_like_organisation(part: str) -> bool:
    words = part.split()
    return len(words) == 1 or words[0] in ("The", "THE", "the") or words[-1].casefold() in _ORGANISATION_WORDS


def _is_person(part: str) -> bool:
    words = part.split()
    return 2 <= len(words) <= 6 and all(w[:1].isupper() or w.islower() and len(w) <= 3 for w in words)


def read_credit(text: str, *, labelled: bool) -> CreditReading:
    """Read ``text``, a credit with its label and brackets taken off.

    ``labelled`` says a label ("Photo by", "Courtesy of") announced it: then a lone
    name is the photographer ("Photo Credit: Gage Skidmore"); unannounced, a lone
    name is the provider ("The Daily Beast.").
    """
    label = LABEL.match(text)  # "Photo: Courtesy of the Lee family"
    if label is not None and label.end() < len(text):
        text, labelled = text[label.end() :], True
    parts = _parts(text)
    photographer: str | None = None
    providers: list[tuple[int, int, str, bool]] = []  # (start, end, agency name, known)
    for s, e in parts:
        part = text[s:e]
        if _FILLER.match(part):
            continue
        if part.startswith("@"):  # "Twitter/@janedoe": the account that posted it
            photographer = photographer or part
            continue
        found = lookup(part)
        if found is not None:
            agency, length = found
            providers.append((s, s + length, agency.name, True))
        elif len(parts) == 1 and not labelled:
            providers.append((s, e, part, False))
        elif _looks_like_organisation(part) or not _is_person(part):
            providers.append((s, e, part, False))
        elif photographer is None:
            photographer = part
        # a second person signs nothing more
    if not providers:
        return CreditReading(photographer, None, None)
    # The provider is the last known signer when there is one: in "Facebook/Leaders’
    # College" the college owns the picture, Facebook provides it.
    last = max((i for i, p in enumerate(providers) if p[3]), default=len(providers) - 1)
    # ... written as the run of providers that ends there ("AFP/Getty Images")
    first = last
    while first > 0 and not _person_between(text, parts, providers[first - 1][1], providers[first][0]):
        first -= 1
    return CreditReading(photographer, text[providers[first][0] : providers[last][1]], providers[last][2])


def _person_between(text: str, parts: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a part other than a filler word lies between offsets ``start`` and ``end``."""
    return any(start <= s and e <= end and not _FILLER.match(text[s:e]) for s, e in parts)


def signs_a_picture(chain: str) -> bool:
    """Whether an unlabelled chain of parts can be a credit by itself.

    It needs a known agency or outlet, or a name of two words or more (a
    photographer, an owner): "Facebook/Mohamed Shoukair", "Handout/Reuters". Single
    words and platforms alone are page furniture or prose ("Facebook / Twitter",
    "Sanders/Trump").
    """
    for s, e in _parts(chain):
        part = chain[s:e]
        found = lookup(part)
        if found is not None:
            if found[0].kind != "platform":
                return True
        elif len(part.split()) >= 2:
            return True
    return False


def names_an_outlet(name: str) -> bool:
    """Whether an unknown name says it is an outlet: "Tampa Bay Times", "Anytown Gazette".

    Written in capitals it is more likely a section head ("LOCAL NEWS"), and two
    common words are no outlet ("Breaking News").
    """
    words = name.split()
    return (
        2 <= len(words) <= 6
        and not name.isupper()
        and words[-1].casefold() in _OUTLET_WORDS
        and name.casefold() not in {"breaking news", "top news", "latest news", "more news", "fake news", "the news"}
    )
