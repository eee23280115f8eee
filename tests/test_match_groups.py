"""newslens.match_groups: a pattern's named groups by number."""

import regex

from newslens.match_groups import group_numbers


def test_each_name_stands_for_its_group_number():
    groups = group_numbers(regex.compile(r"(?P<place>\w+) \((?P<agency>\w+)\)"))
    assert (groups.place, groups.agency) == (1, 2)


def test_a_match_read_by_number_reads_the_named_group():
    pattern = regex.compile(r"(?:(?P<det>the) )?(?P<title>\w+) of")
    m = pattern.match("the mayor of")
    assert m.group(group_numbers(pattern).title) == m.group("title") == "mayor"
