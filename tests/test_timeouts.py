from newslens.timeouts import SHORT, limit


def test_a_search_over_short_text_has_no_time_limit():
    assert limit(SHORT, 1.0) is None


def test_a_search_over_longer_text_keeps_its_time_limit():
    assert limit(SHORT + 1, 1.0) == 1.0
