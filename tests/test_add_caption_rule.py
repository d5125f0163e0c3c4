"""A photo caption is one concept of `kg add`, defined once (kg.suggest.furniture.
is_caption): one that says "Photo:" first and one whose credit says so in brackets are
furniture wherever they stand, and neither is taken for the story. The texts are
invented."""

from __future__ import annotations

from kg.suggest.furniture import is_caption, page_line
from kg.suggest.intake import detect
from kg.suggest.text import FRONT_LINES

HEADLINE = "Neighbours agree to reopen border crossing"
STORY = "Officials of the two neighbours met on Tuesday to discuss the border crossing."
MORE = "The traders of both sides welcomed the news and said the lorries would move at once."


def test_both_forms_of_caption_are_one_rule() -> None:
    for caption in (
        "Photo: Lorries wait at the crossing on Monday.",
        "Lorries wait at the crossing on Monday (Photo | Oxus Wire)",
        "Lorries wait at the crossing (File Photo)",
    ):
        assert is_caption(caption), caption
        assert page_line(caption) == "photo caption", caption
    assert not is_caption(STORY)


def test_a_bracketed_credit_far_below_the_headline_is_a_caption() -> None:
    caption = "Lorries wait at the crossing on Monday (Photo | Oxus Wire)"
    story = "\n".join([STORY] * FRONT_LINES)  # the caption below the lines read as the front
    found = detect(f"{HEADLINE}\n{story}\n{caption}\n{MORE}\n").furniture
    assert found == ((caption, "photo caption"),)


def test_a_caption_that_says_photo_first_does_not_begin_the_story() -> None:
    # a short line after it, before the story, heads no paragraph of the story
    caption = "Photo: Lorries wait at the crossing on Monday in the rain."
    found = detect(f"{HEADLINE}\n{caption}\nTalks resume\n{STORY}\n{MORE}\n").furniture
    assert found == ((caption, "photo caption"),)
