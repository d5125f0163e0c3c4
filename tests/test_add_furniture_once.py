"""`kg add` writes a line of page furniture once, for one reason: a short line inside
the story that is a section label, or that stands twice, is not listed again as a
subheading. The texts are invented."""

from __future__ import annotations

from collections import Counter

from kg.suggest.intake import detect

HEADLINE = "Neighbours agree to reopen border crossing"
STORY = "Officials of the two neighbours met on Tuesday to discuss the border crossing."
MORE = "The traders of both sides welcomed the news and said the lorries would move at once."


def test_a_section_label_inside_the_story_is_not_a_subheading_too() -> None:
    found = detect(f"{HEADLINE}\n{STORY}\nAnalysis\n{MORE}\n").furniture
    assert found == (("Analysis", "section label"),)


def test_a_subheading_that_stands_twice_is_listed_once() -> None:
    text = f"{HEADLINE}\n{STORY}\nAt the crossing\n{MORE}\n{STORY}\nAt the crossing\n{MORE}\n"
    found = detect(text).furniture
    assert Counter(found) == {("At the crossing", "subheading"): 1}
