"""The words the quotes analyser reads: speech verbs (from ``speech_verbs.tsv``) and small closed sets.

The closed sets below are English function words and newsroom role nouns, listed
from general knowledge (the AP Stylebook's titles, ordinary grammar); none comes
from an evaluation corpus.
"""

from __future__ import annotations

from importlib import resources
from typing import Final

__all__ = [
    "CUE_ADVERBS",
    "CUE_AUXILIARIES",
    "DESCRIPTIVE_SPEAKERS",
    "PRONOUNS",
    "SPEECH_VERBS",
    "STOP_WORDS",
    "TIME_WORDS",
    "VERB_CLASS",
    "load_speech_verbs",
]


def load_speech_verbs() -> dict[str, tuple[str, str]]:
    """Every inflected form in ``speech_verbs.tsv`` -> (class, base form).

    Classes: ``speech`` (say, tell, warn...), ``thought`` (believe, speculate...),
    ``manner`` (shout, whisper...: only right beside a direct quote).
    """
    table: dict[str, tuple[str, str]] = {}
    path = resources.files(__package__).joinpath("speech_verbs.tsv")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, base, *forms = line.split("\t")
        for form in (base, *forms):
            # a form shared by two verbs keeps its first, more speech-like class
            table.setdefault(form, (kind, base))
    return table


#: inflected form -> (class, base form)
VERB_CLASS: Final[dict[str, tuple[str, str]]] = load_speech_verbs()
#: every inflected form of every speech, thought or manner verb
SPEECH_VERBS: Final[frozenset[str]] = frozenset(VERB_CLASS)

#: Auxiliaries that belong to the cue when right before the verb ("has said", "would argue").
CUE_AUXILIARIES: Final = frozenset(
    "has have had having will would could should can may might must did does do is was were are be been "
    "'s ’s 've ’ve 'd ’d not n't n’t never".split()
) | frozenset(
    # contracted negatives are one token ("didn’t disclose"), in either apostrophe
    w + apostrophe + "t"
    for w in "didn doesn don won wouldn couldn shouldn can hasn haven hadn isn wasn weren aren mustn".split()
    for apostrophe in "'’"
)
#: Adverbs that belong to the cue when between the speaker and the verb ("also said").
CUE_ADVERBS: Final = frozenset("also previously repeatedly later again further once still first both".split())

#: Personal pronouns that can name a speaker.
PRONOUNS: Final = frozenset("he she they i we it you".split())

#: Role nouns that, after "the", stand for a person named earlier ("the secretary insisted").
DESCRIPTIVE_SPEAKERS: Final = frozenset(
    """
    official officials spokesman spokeswoman spokesperson secretary senator congressman congresswoman
    representative governor mayor president candidate minister ambassador general director chairman
    chairwoman chair leader lawmaker lawyer attorney judge justice agency department group company
    campaign commissioner chief aide adviser advisor analyst source sources economist executive
    professor researcher author writer reporter prosecutor sheriff officer administrator nominee
    frontrunner front-runner billionaire businessman businesswoman
    """.split()
)

#: Words that end a speaker's noun phrase when reading leftwards from the cue.
STOP_WORDS: Final = frozenset(
    """
    that and but or nor as because while when whenever if after before since although though so then
    where how why what than until unless whether once yet however meanwhile instead also now still
    earlier later previously moreover furthermore indeed thus therefore hence likewise nevertheless
    nonetheless otherwise besides also even just only not is are was were be been being has have had
    do does did said says say told tells saying added according who which whom whose
    """.split()
)

#: Words naming when something was said, skipped between a cue and what follows it.
TIME_WORDS: Final = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    morning afternoon evening night week month year weekend recently earlier later last this
    on in at during late early
    """.split()
)
