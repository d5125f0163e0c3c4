"""Sentence splitting, span location and near-miss hints."""

from __future__ import annotations

from kg.build.corpus import find_all, near_miss, split_sentences


def test_initials_and_abbreviations_do_not_end_sentences() -> None:
    text = "MEA Joint Secretary J.P. Singh met S. Jaishankar. U.S.-led forces left. Done."
    assert [s.text for s in split_sentences(text)] == [
        "MEA Joint Secretary J.P. Singh met S. Jaishankar.",
        "U.S.-led forces left.",
        "Done.",
    ]


def test_closing_quote_stays_with_its_sentence() -> None:
    text = "He said “yes.” Then he left."
    assert [s.text for s in split_sentences(text)] == ["He said “yes.”", "Then he left."]


def test_every_line_is_split_and_offsets_point_into_the_text() -> None:
    text = "Headline without a stop\nFirst one. Second one?\n\nThird!"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Headline without a stop",
        "First one.",
        "Second one?",
        "Third!",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_find_all_occurrences() -> None:
    assert find_all("abcabc", "bc") == [(1, 3), (4, 6)]
    assert find_all("abc", "") == []


def test_near_miss_folds_quotes_case_and_spaces() -> None:
    text = "India’s  Foreign Secretary said “hello”"
    assert near_miss(text, "india's foreign secretary") == "India’s  Foreign Secretary"
    assert near_miss(text, '"hello"') == "“hello”"
    assert near_miss(text, "goodbye") is None
