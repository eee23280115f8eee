"""The quick looks before the patterns of what follows a cue give what the patterns give."""

from __future__ import annotations

import pytest

from newslens.analysers.quotes.cues import (
    CUE_MANNER,
    CUE_TAIL,
    TIME_TAIL,
    cue_manner,
    cue_tail,
    time_tail,
)

#: what may follow "said": a tail, a manner, a time, or none, with one space, several or a line break
_AFTER = [
    "said in a statement that",
    "said  in a statement",
    "said\non Twitter",
    "said flatly that",
    "said  flatly",
    "said, flatly",
    "said Ana Ruiz",
    "said the plan",
    "said Tuesday that",
    "said last week",
    "said\u00a0yesterday",
    "said on Monday morning",
    "said",
    "said ",
    "said\x1cflatly",
]


def _span(m):
    return None if m is None else m.span()


@pytest.mark.parametrize("text", _AFTER)
def test_cue_tail_gives_what_cue_tail_pattern_gives(text):
    assert _span(cue_tail(text, 4, len(text))) == _span(
        CUE_TAIL.match(text, 4, len(text))
    )


@pytest.mark.parametrize("text", _AFTER)
def test_cue_manner_gives_what_cue_manner_pattern_gives(text):
    assert _span(cue_manner(text, 4, len(text))) == _span(
        CUE_MANNER.match(text, 4, len(text))
    )


@pytest.mark.parametrize("text", _AFTER)
def test_time_tail_gives_what_time_tail_pattern_gives(text):
    assert _span(time_tail(text, 4, len(text))) == _span(
        TIME_TAIL.match(text, 4, len(text))
    )
