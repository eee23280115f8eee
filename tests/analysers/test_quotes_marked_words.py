"""Quoted words read by the fast token reader, and the word before a nested subject."""

from newslens.analysers.quotes.attribution import _said_before
from newslens.analysers.quotes.speakers import TOKEN, _fast_read


def test_quoted_words_are_read_as_token_reads_them():
    text = "“Yes,” (“Ok!”) \"No;\" ((“a”)) “2016,”"
    assert _fast_read(text, 0, len(text)) == [(m[0], m.start(), m.end()) for m in TOKEN.finditer(text)]


def test_a_quotation_before_he_is_no_verb_of_saying():
    text = "“Yes,” he said."
    assert _said_before(text, 0, text.index("said"), "he", None) is False


def test_a_verb_of_saying_before_he_is_found_still():
    text = "Ruiz said he said it."
    pos = text.index("said", 10)
    assert _said_before(text, 0, pos, "he", None) is True


def test_words_joined_by_apostrophes_hyphens_and_slashes_are_one_token_each():
    text = "Trump’s well-known 9/11 (“don't”) rock&roll,"
    assert _fast_read(text, 0, len(text)) == [(m[0], m.start(), m.end()) for m in TOKEN.finditer(text)]
    assert [t[0] for t in _fast_read(text, 0, len(text))] == [
        "Trump’s", "well-known", "9/11", "(", "“", "don't", "”", ")", "rock&roll", ","
    ]


def test_a_mark_at_a_word_end_or_two_marks_together_are_not_joined():
    text = "Sanders’ a--b -x 'n"
    assert _fast_read(text, 0, len(text)) == [(m[0], m.start(), m.end()) for m in TOKEN.finditer(text)]
    assert [t[0] for t in _fast_read(text, 0, len(text))] == ["Sanders", "’", "a", "-", "-", "b", "-", "x", "'", "n"]


def test_a_word_and_its_comma_are_two_tokens_as_token_reads_them():
    text = "Ruiz, 2016, Café, ,, Sen., U.S., said"
    assert _fast_read(text, 0, len(text)) == [(m[0], m.start(), m.end()) for m in TOKEN.finditer(text)]
    assert [t[0] for t in _fast_read(text, 0, 11)] == ["Ruiz", ",", "2016", ","]
