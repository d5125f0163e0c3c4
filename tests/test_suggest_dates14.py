"""Dates on the right event, round fourteen: an undated remark or act takes the date of an
occasion its own words name (a news conference, a sitting of a council, a visit). All on
sentences of our own making (the suggester's publication date is Friday 8 November 2024).
"""

from __future__ import annotations

from tests.suggest_sentences import event_times, suggest


def test_a_remark_told_to_a_news_conference_is_dated_as_the_conference() -> None:
    rows = suggest(
        "The foreign ministers of India and Nepal held talks in Kathmandu on Tuesday. "
        "“Water is our common future,” the Indian minister told a joint news conference."
    )
    assert event_times(rows, "PressBriefing") == ["2024-11-05"]
    assert event_times(rows, "Statement") == ["2024-11-05"]  # not up to the publication


def test_an_envoy_s_remark_after_one_told_to_the_council_is_made_at_that_sitting() -> None:
    rows = suggest(
        "The UN envoy for Myanmar told the Security Council on Wednesday that the fighting "
        "had spread. Norway’s deputy ambassador told the Council that aid was blocked. "
        "China’s envoy said sanctions would only hurt civilians."
    )
    times = event_times(rows, "Statement")
    assert times == ["2024-11-06"] * 3, times
    # an envoy named after his title
    rows = suggest(
        "Norway’s ambassador told the Security Council on Wednesday that aid was blocked. "
        "China’s deputy envoy, Li Wei, said sanctions would only hurt civilians."
    )
    assert event_times(rows, "Statement") == ["2024-11-06"] * 2, event_times(rows, "Statement")
    # a remark of someone else than an envoy keeps the publication's bound
    rows = suggest(
        "The UN envoy for Myanmar told the Security Council on Wednesday that the fighting "
        "had spread. Thailand’s foreign minister said sanctions would only hurt civilians."
    )
    times = event_times(rows, "Statement")
    assert times[1:] == ["2024-11-06"] and times[0].startswith(".."), times


def test_an_envoy_s_remark_after_a_remark_to_reporters_is_not_placed_at_a_sitting() -> None:
    rows = suggest(
        "The Nepali minister told reporters in Kathmandu on Wednesday that trade had grown. "
        "China’s envoy said the new road would open next year."
    )
    times = event_times(rows, "Statement")
    assert times[1:] == ["2024-11-06"] and times[0].startswith(".."), times


def test_an_act_during_the_minister_s_visit_is_dated_as_the_visit() -> None:
    rows = suggest(
        "Nepal, Bangladesh agree to open a bus route during minister’s Dhaka visit\n"
        "Nepal’s foreign minister arrived in Dhaka on Monday for a two-day visit."
    )
    assert "2024-11-04..2024-11-05" in event_times(rows, "Visit")
    assert event_times(rows, "Agreement") == ["2024-11-04..2024-11-05"]
    # without "during", the headline's act is not placed in the visit
    rows = suggest(
        "Nepal, Bangladesh agree to open a bus route\n"
        "Nepal’s foreign minister arrived in Dhaka on Monday for a two-day visit."
    )
    assert event_times(rows, "Agreement")[0].startswith("..")


def test_an_act_during_a_visit_of_another_year_keeps_its_own_date() -> None:
    rows = suggest(
        "Nepal’s foreign minister arrived in Dhaka on Monday for a two-day visit. "
        "The two countries agreed to open a bus route during his 2019 visit to Dhaka."
    )
    assert "2024-11-04..2024-11-05" not in event_times(rows, "Agreement")
