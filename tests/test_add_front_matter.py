"""`kg add` reads the page furniture around a story as a reader does: a section label
written as a path ("WORLD / ASIA-PACIFIC") is no headline, a byline may give the
writer's post ("By X, UN correspondent"), and a wire story's credits below it
("Reporting by X in Y; Editing by Z") name its writer when no byline does. The texts
are invented."""

from __future__ import annotations

from kg.suggest.intake import detect

STORY = (
    "KABUL — Officials of the two neighbours met on Tuesday to discuss the reopening of "
    "the border crossing and the trade in fresh fruit."
)


def test_a_section_label_written_as_a_path_is_no_headline() -> None:
    for label in ("WORLD / ASIA-PACIFIC", "News | South Asia", "Home > World > Asia"):
        found = detect(f"{label}\nNeighbours agree to reopen border crossing\n{STORY}\n")
        assert found.headline == "Neighbours agree to reopen border crossing", label
    # a headline with a slash in it stays the headline
    headline = "Iran / Afghanistan talks resume in Tehran after a year"
    assert detect(f"{headline}\n{STORY}\n").headline == headline


def test_a_byline_may_give_the_writers_post() -> None:
    text = f"Neighbours agree to reopen border crossing\nBy Lena Marsh, UN correspondent\n{STORY}\n"
    assert detect(text).author == "Lena Marsh"
    assert detect(text.replace(", UN correspondent", "")).author == "Lena Marsh"


def test_a_wire_storys_credits_name_its_writer_where_no_byline_does() -> None:
    credits = "Reporting by Omar Vance in Kabul; Editing by Ruth Kell"
    text = f"Neighbours agree to reopen border crossing\n{STORY}\n___\n{credits}\n"
    assert detect(text).author == "Omar Vance"
    byline = text.replace("crossing\n", "crossing\nBy Lena Marsh\n", 1)
    assert detect(byline).author == "Lena Marsh"  # the byline above the story comes first
    assert detect(text.replace(credits, "© 2026 Asia Wire")).author == ""


def test_a_byline_may_say_written_by_name_two_writers_or_the_service() -> None:
    for line, author in (
        ("Written by Lena Marsh | Pamir News Service", "Lena Marsh"),
        ("By Lena Marsh · Pamir Wire", "Lena Marsh"),
        ("By Lena Marsh and Omar Vance", "Lena Marsh and Omar Vance"),
        ("By Lena Marsh and Omar Vance, Pamir Wire", "Lena Marsh and Omar Vance"),
    ):
        text = f"Neighbours agree to reopen border crossing\n{line}\n{STORY}\n"
        found = detect(text)
        assert (found.author, found.headline) == (
            author,
            "Neighbours agree to reopen border crossing",
        ), line
