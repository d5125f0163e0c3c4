"""A subheading inside the story whose words are capitalised ("From India", the docs'
example) is no byline: a line that opens with a function word names no writer, where a
bare name after a standfirst still does. The texts are invented."""

from __future__ import annotations

from kg.suggest.intake import detect

HEADLINE = "Border talks resume"
STORY = "Officials of the two neighbours met on Tuesday to discuss the border crossing."
MORE = "The traders of both sides welcomed the news and said the lorries would move at once."


def test_from_india_heads_a_paragraph_and_names_no_writer() -> None:
    found = detect(f"{HEADLINE}\n{STORY}\nFrom India\n{MORE}\n")
    assert found.author == ""
    assert found.furniture == (("From India", "subheading"),)


def test_a_name_after_the_standfirst_is_still_the_byline() -> None:
    found = detect(f"{HEADLINE}\n{STORY}\nLena Marsh\nKABUL: {MORE}\n")
    assert found.author == "Lena Marsh"
    assert found.furniture == (("Lena Marsh", "byline"),)
    assert detect(f"{HEADLINE}\nBy Lena Marsh\n{STORY}\n").author == "Lena Marsh"
