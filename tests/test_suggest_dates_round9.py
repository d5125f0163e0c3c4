"""Dates of other genres (a Council briefing story, a feature told out of order), round nine.

Spans of days written "from January 11 to 14" and the year of a day written without
one, "since" after an ordinal or "in force", "since" up to the day of the report that
tells it, times counted from another event ("three days after a clash", "hours after",
"Three days earlier", "The previous week"), the wording of a weekday with its part of
the day, and whose date each of these is. All on sentences of our own making.
"""

from __future__ import annotations

import datetime as dt

from kg.suggest.date_scope import another_owns
from kg.suggest.story_time import story_dates
from kg.suggest.text import read_report
from kg.suggest.when import find_dates
from tests.suggest_sentences import claims, events, suggest

DECEMBER = dt.date(2025, 12, 10)  # a Wednesday
JANUARY = dt.date(2026, 1, 20)  # a Tuesday


def dated(sentence: str, published: dt.date = DECEMBER) -> list[tuple[str, str]]:
    return [(d.wording, d.value) for d in find_dates(sentence, published)]


def test_a_span_of_days_written_with_to_is_one_span() -> None:
    assert dated("The talks ran from October 20 to 23 in the capital.") == [
        ("from October 20 to 23", "2025-10-20..2025-10-23")
    ]
    assert dated("The fair was held from March 3 to 5, 2024, in Tashkent.") == [
        ("from March 3 to 5, 2024", "2024-03-03..2024-03-05")
    ]


def test_a_day_without_a_year_is_the_nearest_when_the_last_is_far_back() -> None:
    # a December report's "January 11" is the coming one, not eleven months back
    assert dated("The envoy may travel to the capital from January 11 to 14.") == [
        ("from January 11 to 14", "2026-01-11..2026-01-14")
    ]
    assert dated("The envoy may travel on January 12.") == [("on January 12", "2026-01-12")]
    # a January report's "December 28" is the last one, a few weeks back
    assert dated("The cargo was loaded on December 28.", JANUARY) == [
        ("on December 28", "2025-12-28")
    ]
    # and one of October, two months back, stays in the past
    assert dated("The cargo was loaded on October 2.") == [("on October 2", "2025-10-02")]


def test_a_day_in_a_future_clause_is_the_next_one() -> None:
    assert dated("The ministers will meet again on December 2.") == [
        ("on December 2", "2026-12-02")
    ]


def test_since_after_an_ordinal_is_the_first_of_the_series() -> None:
    assert dated("It was the third round since June 2024.") == [("since June 2024", "2024-06")]
    assert dated("It was the fifth such session since 2019.") == [("since 2019", "2019")]


def test_since_after_in_force_has_no_end() -> None:
    assert dated("The curfew, in force since March 2022, was renewed.") == [
        ("since March 2022", "2022-03..")
    ]
    # without it, up to the publication as before
    assert dated("Trade has doubled since March 2022.") == [
        ("since March 2022", "2022-03..2025-12-10")
    ]


def test_since_ends_on_the_day_of_the_report_that_tells_it() -> None:
    sentence = "The agency's survey, published on Monday, said 300 schools had shut since May."
    assert dated(sentence) == [("on Monday", "2025-12-08"), ("since May", "2025-05..2025-12-08")]
    # a date that does not tell it (no saying between) leaves the span to the publication
    assert dated("On Monday 300 schools were listed as shut since May.") == [
        ("On Monday", "2025-12-08"),
        ("since May", "2025-05..2025-12-10"),
    ]


def test_days_after_an_event_are_counted_from_the_clause_date() -> None:
    assert dated("Officials met on Saturday, three days after a clash at the post.") == [
        ("on Saturday", "2025-12-06"),
        ("three days after", "2025-12-03"),
    ]
    assert dated("She spoke on Monday, hours after the council voted.") == [
        ("on Monday", "2025-12-08"),
        ("hours after", "2025-12-08"),
    ]
    # with no day before it, nothing is counted
    assert dated("Three days after the clash, officials met.") == []


def test_a_weekday_keeps_its_part_of_the_day_and_its_adverb() -> None:
    assert dated("Earlier on Tuesday, the committee approved it.") == [
        ("Earlier on Tuesday", "2025-12-09")
    ]
    assert dated("The boat was unloaded on Saturday morning.") == [
        ("on Saturday morning", "2025-12-06")
    ]
    assert dated("The goods were on a lorry by Sunday evening.") == [
        ("by Sunday evening", "2025-12-07")
    ]


def story(text: str, published: dt.date = JANUARY) -> list[tuple[str, str]]:
    report = read_report("x", text, published)
    return [(m.wording, m.value) for m in story_dates(report)]


def test_times_counted_from_the_story_main_event() -> None:
    text = (
        "The ferry docked at the port on Friday, after a long voyage.\n"
        "It carried flour and rice.\n"
        "Three days earlier, the ferry had been held off the coast.\n"
        "The previous week, the traders had sent lorries to the port.\n"
        "The following day, the lorries were loaded."
    )
    assert story(text) == [
        ("Three days earlier", "2026-01-13"),
        ("The previous week", "2026-01-05..2026-01-11"),
        ("The following day", "2026-01-14"),  # after the last single day: a week is none
    ]


def test_a_time_with_an_object_or_from_the_publication_is_not_the_story_s() -> None:
    text = "The ferry docked on Friday.\nIt will sail again in the next week. Two days before the vote, talks failed."
    assert story(text) == []
    assert story("Three days earlier, the ferry had been held.") == []  # nothing to count from


def test_a_since_of_a_series_or_of_a_state_is_not_the_trigger_s() -> None:
    text = "They held a meeting of envoys, the fourth since May 2023."
    since = text.index("since")
    assert another_owns(since, since + 14, text, text.index("meeting"))
    text = "She told the council that the curfew, in force since March 2022, must end."
    since = text.index("since")
    assert another_owns(since, since + 16, text, text.index("told"))
    assert not another_owns(since, since + 16, text, text.index("curfew"))


def test_a_date_opening_a_clause_before_the_saying_dates_the_clause() -> None:
    text = "Three days earlier, the ship had been held at the port, two sailors said."
    assert another_owns(0, 18, text, text.index("said"))
    text = "On Tuesday, the ministry said in a statement."
    assert not another_owns(0, 10, text, text.index("said"))


def test_an_undated_event_takes_the_time_counted_from_the_story() -> None:
    rows = suggest(
        "Amir Khan Muttaqi visited Dubai on Wednesday.\n"
        "Two days earlier, Pakistan and Afghanistan held talks in Kabul."
    )
    times = claims(rows, "hasTime")
    talks = [e for e in events(rows, "Meeting") if "kabul" in e or "pakistan" in e]
    assert talks
    assert (talks[0], '2024-11-04 "Two days earlier" relative') in times


def test_a_date_in_the_clause_a_saying_reports_is_not_the_saying_s() -> None:
    text = "The envoy told the council that two aid workers had been held in October."
    october = text.index("in October")
    assert another_owns(october, october + 10, text, text.index("told"))
    text = "The envoy told the council on Tuesday that two aid workers had been held."
    tuesday = text.index("on Tuesday")
    assert not another_owns(tuesday, tuesday + 10, text, text.index("told"))


def test_a_remark_to_the_same_body_is_made_at_its_dated_sitting() -> None:
    def misri_said(second: str) -> list[str]:
        """The dates of Misri's remark, after Muttaqi's to the Council on Wednesday."""
        rows = suggest(
            "Amir Khan Muttaqi told the Security Council on Wednesday that aid was running "
            f"out.\nVikram Misri {second} that the border must stay open."
        )
        (remark,) = {e for e, a in claims(rows, "hasInitiator") if a == "vikram-misri"}
        return [t for e, t in claims(rows, "hasTime") if e == remark]

    (dated,) = misri_said("told the Council")  # by its audience, the Council of Wednesday
    assert dated.startswith("2024-11-06"), dated
    (bounded,) = misri_said("told reporters")  # another audience: no date of its own
    assert bounded.startswith(".."), bounded


def test_an_item_of_a_list_of_what_was_agreed_is_a_plan() -> None:
    from kg.suggest.future_clauses import dates_event

    text = "The ministers agreed to:\n- open a consulate in Herat;\n- hold a second round in Doha next year."
    line = text.index("- hold")
    later = find_dates(text[line:], DECEMBER, line)
    assert [d.value for d in later] == ["2026"]
    assert dates_event(later[0], text, text.index("round"))
    # the same item under a lead that plans nothing keeps the later date off the event
    told = text.replace("agreed to:", "discussed:")
    assert not dates_event(later[0], told, told.index("round"))
