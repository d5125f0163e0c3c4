"""Dates on the right event, round twelve: acts a dated saying reports in the past perfect
end by the saying's day, and "He said" goes on the remark before it. All on sentences of
our own making (the suggester's publication date is Friday 8 November 2024).
"""

from __future__ import annotations

import datetime as dt

from kg.suggest.event_record import Event
from kg.suggest.occasions import date_by_occasion
from kg.suggest.text import read_report
from kg.suggest.when import DateMention, find_dates
from tests.suggest_sentences import SOURCE, claims, event_times, register, suggest


def test_a_past_perfect_act_ends_by_the_day_of_the_saying_that_reports_it() -> None:
    rows = suggest("The ministry said on Tuesday that Pakistan had proposed a border commission.")
    assert event_times(rows, "Statement") == ["2024-11-05"]
    assert event_times(rows, "Request") == ["..2024-11-05"]  # not that Tuesday, nor the publication
    # a date of the act's own clause stays its date
    rows = suggest(
        "The ministry said on Tuesday that Pakistan had proposed a border commission in March."
    )
    assert event_times(rows, "Request") == ["2024-03"]
    # without the past perfect, nothing changes
    rows = suggest("The ministry said on Tuesday that Pakistan proposed a border commission.")
    assert event_times(rows, "Request") == ["2024-11-05"]


def test_a_date_of_the_reported_clause_before_and_that_is_not_the_next_one_s() -> None:
    rows = suggest(
        "The agency’s report, released on Monday, said 30 schools had closed since January "
        "and that 12 aid groups had laid off staff."
    )
    times = sorted(t.split(" ")[0] for _, t in claims(rows, "hasTime"))
    assert "..2024-11-04" in times, times  # the lay-offs: before the Monday report
    assert "2024-01..2024-11-04" in times  # the closures keep "since January"


def test_he_said_goes_on_the_remark_before_it() -> None:
    rows = suggest(
        "Vikram Misri held talks with Amir Khan Muttaqi in Dubai on Wednesday. "
        "“We will keep talking,” Misri told reporters after the talks. "
        "He said India had proposed a joint working group."
    )
    assert event_times(rows, "Request") == ["..2024-11-06"]


def test_a_remark_told_after_the_first_round_is_made_at_the_talks() -> None:
    rows = suggest(
        "Iran and Afghanistan held two days of talks in Tehran on Tuesday and Wednesday. "
        "“We expect the other side to keep its word,” Misri told the state news agency IRNA "
        "after the first round. He said India had proposed a joint team."
    )
    assert event_times(rows, "Statement") == ["2024-11-05..2024-11-06"]
    assert event_times(rows, "Request") == ["..2024-11-06"]  # before the remark, its own date
    # a remark after no talks keeps the publication's bound
    rows = suggest("“We expect progress,” Misri told the state news agency IRNA after lunch.")
    assert all(t.startswith("..") for t in event_times(rows, "Statement"))


def test_he_said_after_a_quotation_told_after_the_talks_is_made_at_them() -> None:
    """The quotation's remark has no event of its own (the quotation rows give it): "He
    said" opening the next sentence is that remark going on, made at the talks."""
    text = (
        "The two sides held talks in Tehran on Tuesday and Wednesday. "
        "“We expect results,” the envoy told the news agency after the first round. "
        "He said Iran had proposed a joint team."
    )
    report = read_report(SOURCE, text, dt.date(2024, 11, 8))
    assert len(report.sentences) == 3
    at = text.index("Tuesday and Wednesday")
    talks = Event("Meeting", 0, text.index("talks"), text.index("talks") + 5, "talks")
    talks.dates = [DateMention(at, at + 21, "2024-11-05..2024-11-06", "", True, 0.9)]
    said = text.index("He said") + 3
    remark = Event("Statement", 2, said, said + 4, "said")
    date_by_occasion(report, [talks, remark], register())
    assert [d.value for d in remark.dates] == ["2024-11-05..2024-11-06"]
    # a "He said" after a sentence with no remark told after the talks stays undated
    text = text.replace("after the first round", "at the airport")
    report = read_report(SOURCE, text, dt.date(2024, 11, 8))
    said = text.index("He said") + 3
    remark = Event("Statement", 2, said, said + 4, "said")
    date_by_occasion(report, [talks, remark], register())
    assert remark.dates == []


def test_he_said_goes_on_a_dated_remark_of_the_sentence_before() -> None:
    text = "The envoy told reporters on Monday that talks would go on. He said more was needed."
    report = read_report(SOURCE, text, dt.date(2024, 11, 8))
    told, at = text.index("told"), text.index("on Monday")
    before = Event("Statement", 0, told, told + 4, "told")
    before.dates = [DateMention(at, at + 9, "2024-11-04", "on Monday", True, 0.9)]
    said = text.index("He said") + 3
    remark = Event("Statement", 1, said, said + 4, "said")
    date_by_occasion(report, [before, remark], register())
    assert [d.value for d in remark.dates] == ["2024-11-04"]


def _found(text: str, published: dt.date = dt.date(2025, 9, 23)) -> list[tuple[str, str]]:
    return [(d.value, d.wording) for d in find_dates(text, published)]


def test_abbreviated_months_with_a_day_are_dates() -> None:
    assert _found("The envoys met on Sept. 12.") == [("2025-09-12", "on Sept. 12")]
    assert _found("They met Aug. 4-5, 2024, in Tashkent.") == [("2024-08-04..2024-08-05",
                                                               "Aug. 4-5, 2024")]  # fmt: skip
    assert _found("The deal was signed on 3 Feb 2023.") == [("2023-02-03", "on 3 Feb 2023")]
    # a lower-case word is no month, nor is an abbreviation inside the full name
    assert _found("Protesters mar 12 streets.") == []
    assert _found("They met on September 12.") == [("2025-09-12", "on September 12")]


def test_between_a_day_and_another_is_a_span() -> None:
    assert _found("Talks are held between September 10 and 12.") == [
        ("2025-09-10..2025-09-12", "between September 10 and 12")
    ]


def test_two_years_with_a_dash_are_a_span() -> None:
    assert _found("Trade grew in 2023-24.") == [("2023..2024", "in 2023-24")]
    assert _found("The budget for fiscal year 2025/26 was cut.")[0][0] == "2025..2026"
    assert _found("The war of 2019–2021 ended.") == [("2019..2021", "2019–2021")]
    # a month written in figures is no span of years
    assert all(".." not in v for v, _ in _found("The report of 2025-09 is out."))


def test_a_week_of_a_month_is_those_seven_days() -> None:
    assert _found("They met in the last week of August.") == [
        ("2025-08-25..2025-08-31", "in the last week of August")
    ]
    assert _found("They met in the first week of September 2024.")[0][0] == (
        "2024-09-01..2024-09-07"
    )
    assert _found("They will meet in the second week of October.")[0][0] == (
        "2025-10-08..2025-10-14"
    )


def test_parts_of_the_day_around_the_publication() -> None:
    assert _found("The minister arrived this morning.") == [("2025-09-23", "this morning")]
    assert _found("Shelling resumed last night.") == [("2025-09-22", "last night")]
    assert _found("The talks resume tomorrow morning.")[0][0] == "2025-09-24"
