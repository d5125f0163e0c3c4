"""`kg add` takes more page furniture for what it is: publication lines (a date with its
year, a time, the service before a bar), photo captions that say "Photo:" first, site
prompts, separators, and the subheadings inside a story. The texts are invented."""

from __future__ import annotations

from kg.suggest.furniture import page_line
from kg.suggest.intake import detect

HEADLINE = "Neighbours agree to reopen border crossing"
STORY = (
    "KABUL — Officials of the two neighbours met on Tuesday to discuss the reopening of "
    "the border crossing and the trade in fresh fruit."
)
MORE = "The traders of both sides welcomed the news and said the lorries would move at once."


def test_a_publication_line_is_furniture_however_it_is_written() -> None:
    for line in (
        "Published: 3rd March 2026 10:05 AM",
        "Updated: Mar 3, 2026 10:15 IST",
        "First published on 3 March 2026",
        "March 3, 2026, 10:05",
        "Tuesday, March 3, 2026",
        "Oxus Wire | Tuesday, March 3, 2026, 10:05 GMT",
        "2026-03-03",
    ):
        assert page_line(line) == "publication line", line
        found = detect(f"{HEADLINE}\nBy Lena Marsh\n{line}\n{STORY}\n")
        assert (line, "publication line") in found.furniture, line
        assert found.headline == HEADLINE and found.author == "Lena Marsh"
    # a story sentence or a headline with a date in it is no publication line
    for line in (
        "The two sides met on March 3, 2026 in Kabul to discuss the crossing.",
        "Talks in March 2026",
        "KABUL, March 3 (Oxus Wire) — Officials met.",
    ):
        assert page_line(line) == "", line


def test_a_photo_caption_that_says_so_first_is_furniture_anywhere() -> None:
    caption = "Photo: Lorries wait at the crossing on Monday. (Oxus Wire)"
    found = detect(f"{HEADLINE}\n{STORY}\n{MORE}\n{caption}\n")
    assert (caption, "photo caption") in found.furniture
    assert page_line("File photo — the crossing in 2024") == "photo caption"
    assert page_line("Photographers waited at the gate for the two delegations to arrive.") == ""


def test_site_prompts_and_separators_are_furniture() -> None:
    found = detect(f"{HEADLINE}\n{STORY}\n___\nFollow us on Telegram\n* * *\n")
    assert ("___", "separator") in found.furniture
    assert ("* * *", "separator") in found.furniture
    assert ("Follow us on Telegram", "navigation") in found.furniture
    assert page_line("Subscribe to our newsletter") == "navigation"


def test_a_short_line_between_story_paragraphs_is_a_subheading() -> None:
    text = f"{HEADLINE}\n{STORY}\nAt the crossing\n{MORE}\nWhat comes next\n{MORE}\n"
    found = detect(text)
    assert ("At the crossing", "subheading") in found.furniture
    assert ("What comes next", "subheading") in found.furniture
    assert found.headline == HEADLINE  # the headline above the story is no subheading
    # a short line before the story begins, or one that ends a sentence, is none
    assert not [f for f in detect(f"{HEADLINE}\n{STORY}\nNo comment.\n{MORE}\n").furniture]
    assert not [f for f in detect(f"{HEADLINE}\nTalks resume\n{STORY}\n").furniture]
