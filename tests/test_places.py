from __future__ import annotations

from newslens.places import char_places


def test_char_places_are_every_place_of_each_character_in_order():
    text = "“Yes,” he said. “No.”"
    assert char_places(text, "”“") == [0, 5, 16, 20]


def test_char_places_read_only_their_stretch():
    text = "a.b.c.d"
    assert char_places(text, ".", 2, 5) == [3]


def test_char_places_stop_past_most():
    assert len(char_places("........", ".", most=3)) == 4


def test_char_places_of_a_text_without_them_are_none():
    assert char_places("no marks here", "“”") == []
