"""Overlapping marks become balanced, escaped HTML."""

import html as html_module
import re as re_module

from hypothesis import given, settings, strategies as st

from newslens.report.nesting import Mark, nest


def m(start, end, tag, rank=0):
    return Mark(start, end, f"<{tag}>", f"</{tag}>", rank)


def test_crossing_marks_are_split_into_balanced_fragments():
    assert nest("abcdef", 0, 6, [m(0, 4, "a"), m(2, 6, "b")]) == "<a>ab<b>cd</b></a><b>ef</b>"


def test_longer_mark_opens_outside_a_shorter_one_starting_at_the_same_place():
    assert nest("abcdef", 0, 6, [m(0, 2, "i"), m(0, 6, "o")]) == "<o><i>ab</i>cdef</o>"


def test_equal_marks_nest_by_rank():
    assert nest("ab", 0, 2, [m(0, 2, "b", rank=2), m(0, 2, "a", rank=1)]) == "<a><b>ab</b></a>"


def test_mark_inside_another_stays_inside():
    assert nest("abcdef", 0, 6, [m(0, 6, "o"), m(2, 4, "i")]) == "<o>ab<i>cd</i>ef</o>"


def test_three_crossing_marks_stay_balanced():
    html = nest("abcdefgh", 0, 8, [m(0, 5, "a"), m(2, 7, "b"), m(4, 8, "c")])
    # At 5, b and c reopen longest first, so c wraps b and is not cut again at 7.
    assert html == "<a>ab<b>cd<c>e</c></b></a><c><b>fg</b>h</c>"


def test_marks_are_clipped_to_the_stretch():
    assert nest("abcdef", 2, 4, [m(0, 3, "a"), m(3, 9, "b")]) == "<a>c</a><b>d</b>"


def test_empty_and_outside_marks_are_left_out():
    assert nest("abc", 0, 3, [m(1, 1, "e"), m(5, 6, "x")]) == "abc"


def test_text_between_marks_is_escaped():
    assert nest('<b>"x"&', 0, 7, [m(0, 3, "a")]) == "<a>&lt;b&gt;</a>&quot;x&quot;&amp;"


@st.composite
def text_and_marks(draw):
    text = draw(st.text(alphabet=st.sampled_from("ab <>&\"'\n"), max_size=30))
    n = len(text)
    spans = draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n)), max_size=8))
    marks = [Mark(min(s, e), max(s, e), f'<m data-k="{k}">', "</m>", k % 3) for k, (s, e) in enumerate(spans)]
    return text, marks


@settings(max_examples=300, deadline=None)
@given(text_and_marks())
def test_any_marks_give_balanced_tags_around_the_unchanged_text(case):
    text, marks = case
    out = nest(text, 0, len(text), marks)
    depth = 0
    covered: dict[int, set] = {}
    open_keys: list[str] = []
    pos = 0
    for token in re_module.findall(r'<m data-k="\d+">|</m>|[^<]+', out):
        if token.startswith("<m"):
            depth += 1
            open_keys.append(re_module.search(r"\d+", token).group())
        elif token == "</m>":
            depth -= 1
            open_keys.pop()
            assert depth >= 0
        else:
            plain = html_module.unescape(token)
            for i in range(pos, pos + len(plain)):
                covered[i] = set(open_keys)
            pos += len(plain)
    assert depth == 0
    assert html_module.unescape(re_module.sub(r"</?m[^>]*>", "", out)) == text
    # Each character sits inside exactly the marks whose span covers it.
    for i in range(len(text)):
        expected = {str(k) for k, m in enumerate(marks) if m.start <= i < m.end}
        assert covered.get(i, set()) == expected
