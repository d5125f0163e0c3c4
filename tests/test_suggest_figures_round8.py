"""Round 8 of `kg suggest`'s dates and figures: undated events the text ties to dated
talks, the day of a visit's length among several days, quotation statements dated by
their sentence, and quantities of other kinds, each rule on sentences of our own making
(none from the seed or invented reports), each failing without its rule."""

from __future__ import annotations

import datetime as dt

from kg.suggest.facts import find_quantities
from kg.suggest.rows import Suggestion
from kg.suggest.when import find_dates
from tests.suggest_sentences import claims, events, suggest

PUBLISHED = dt.date(2024, 11, 7)  # a Thursday: Monday is the 4th


def _time(rows: list[Suggestion], event: str) -> str:
    (time,) = [o.split(" ")[0] for s, o in claims(rows, "hasTime") if s == event]
    return time


def test_the_two_sides_right_after_dated_talks_act_at_them() -> None:
    rows = suggest(
        "Qatar and Iran held talks in Doha on Monday. The two sides agreed to open a trade office."
    )
    (agreement,) = events(rows, "Agreement")
    assert _time(rows, agreement) == "2024-11-04"


def test_the_two_sides_after_another_sentence_stay_undated() -> None:
    rows = suggest(
        "Qatar and Iran held talks in Doha on Monday. Trade between them fell last year. "
        "The two sides agreed to open a trade office."
    )
    (agreement,) = events(rows, "Agreement")
    assert _time(rows, agreement) == "..2024-11-07"


def test_officials_from_both_sides_are_no_parties_acting() -> None:
    rows = suggest(
        "Qatar and Iran held talks in Doha on Monday. Officials from both sides agreed to "
        "expand trade."
    )
    (agreement,) = events(rows, "Agreement")
    assert _time(rows, agreement) == "..2024-11-07"


def test_a_remark_to_the_visitors_and_its_coordinated_request_are_made_at_the_talks() -> None:
    rows = suggest(
        "China’s envoy met Iran’s foreign minister in Tehran on Monday. Trade fell last year. "
        "The minister told the visitors that trade would grow and urged China to lower tariffs."
    )
    (statement,) = events(rows, "Statement")
    (request,) = events(rows, "Request")
    assert _time(rows, statement) == "2024-11-04"
    assert _time(rows, request) == "2024-11-04"


def test_a_remark_to_reporters_is_not_addressed_to_the_other_party() -> None:
    rows = suggest(
        "China’s envoy met Iran’s foreign minister in Tehran on Monday. Trade fell last year. "
        "The minister told reporters that trade would grow."
    )
    (statement,) = events(rows, "Statement")
    assert _time(rows, statement) == "..2024-11-07"


def test_a_quotation_going_on_in_the_next_sentence_is_the_same_remark() -> None:
    rows = suggest(
        "Qatar and Iran held talks in Doha on Monday. “Trade will grow,” the Iranian envoy "
        "told reporters after the talks. “Iran is ready to finance the road.”"
    )
    (pledge,) = events(rows, "Pledge")
    assert _time(rows, pledge) == "2024-11-04"


def test_an_undated_pledge_outside_a_quotation_stays_undated() -> None:
    rows = suggest(
        "Qatar and Iran held talks in Doha on Monday. “Trade will grow,” the Iranian envoy "
        "told reporters after the talks. Iran is ready to finance the road."
    )
    (pledge,) = events(rows, "Pledge")
    assert _time(rows, pledge) == "..2024-11-07"


def test_also_met_is_another_meeting_of_the_visit_told_before() -> None:
    rows = suggest(
        "Qatar’s envoy arrived in Tehran on Monday for a two-day visit. "
        "He also met Iran’s foreign minister."
    )
    (meeting,) = events(rows, "Meeting")
    assert _time(rows, meeting) == "2024-11-04..2024-11-05"


def test_a_meeting_without_also_after_a_visit_stays_undated() -> None:
    rows = suggest(
        "Qatar’s envoy arrived in Tehran on Monday for a two-day visit. "
        "He met Iran’s foreign minister."
    )
    (meeting,) = events(rows, "Meeting")
    assert _time(rows, meeting) == "..2024-11-07"


def test_the_day_before_a_visits_length_among_several_days_is_its_first() -> None:
    text = (
        "Qatar’s envoy arrived in Tehran on Sunday evening on a two-day visit and is due to "
        "fly to Kabul on Wednesday."
    )
    values = [m.value for m in find_dates(text, PUBLISHED, 10)]
    assert values == ["2024-11-03..2024-11-04", "2024-11-13"]


def test_an_act_of_the_one_met_told_in_a_relative_clause_is_at_the_meeting() -> None:
    rows = suggest(
        "Qatar’s envoy arrived in Tehran on Monday for a two-day visit. During the visit, "
        "he called on Iran’s foreign minister, who urged him to reopen the consulate."
    )
    (request,) = events(rows, "Request")
    assert _time(rows, request) == "2024-11-04..2024-11-05"


def test_a_quotations_own_statement_after_the_talks_takes_their_date() -> None:
    rows = suggest(
        "Qatar and Iran held talks in Doha on Monday. “Our trade will grow again,” Randhir "
        "Jaiswal noted after the first round."
    )
    (statement,) = events(rows, "Statement")
    assert _time(rows, statement) == "2024-11-04"


def test_a_quotations_own_statement_takes_its_sentences_date() -> None:
    rows = suggest("“Our trade will grow again,” Randhir Jaiswal noted in Doha on Tuesday.")
    (statement,) = events(rows, "Statement")
    assert _time(rows, statement) == "2024-11-05"


def test_the_future_of_a_quotation_is_not_the_saying_s() -> None:
    for text in (
        "“Our trade will grow again,” Randhir Jaiswal noted on Tuesday.",
        '"Our trade will grow again," Randhir Jaiswal noted on Tuesday.',
    ):
        assert [m.value for m in find_dates(text, PUBLISHED)] == ["2024-11-05"], text


def _values(text: str) -> list[tuple[str, bool]]:
    return [(q.value, q.fatalities) for q in find_quantities(text)]


def test_the_people_listed_before_were_killed_are_counted_as_fatalities() -> None:
    assert _values("A clash in which a guard and two gunmen were killed.") == [("3 person", True)]
    assert _values("At least 46 civilians were killed in the strikes.") == [(">=46 person", True)]
    assert _values("Five soldiers have died in the attack.") == [("5 person", True)]
    assert _values("A soldier was killed on Monday.") == []  # no figure in the text


def test_armed_men_gunmen_and_militants_are_people() -> None:
    assert _values("A group of five armed men crossed the river.") == [("5 person", False)]
    assert _values("Police arrested 12 militants and three gunmen.") == [
        ("12 person", False),
        ("3 person", False),
    ]


def test_a_rate_or_an_extent_is_no_amount_of_an_event() -> None:
    assert _values("Iran is to receive 820 million cubic metres of water a year.") == []
    assert _values("The pipeline will carry 5 million tonnes annually.") == []
    (extent,) = find_quantities("The border, which runs for 1,200 kilometres, was closed.")
    assert extent.owner == "before"  # the border's length (round eight of units), no event's
    assert _values("China shipped 5,000 tonnes of wheat last year.") == [("5000 tonne", False)]


def test_the_people_killed_are_the_sentences_violence_s_not_the_talks() -> None:
    rows = suggest(
        "Iran and Qatar held talks in Doha on Monday after a guard and two gunmen were killed "
        "when border guards clashed near the river."
    )
    (clash,) = events(rows, "ArmedClash")
    assert claims(rows, "hasFatalities") == {(clash, "3 person")}


def test_the_work_talks_are_about_is_ahead_not_on_the_talks_day() -> None:
    for text in (
        "Iran and Qatar held talks in Doha on Monday on upgrading the rail link to Herat.",
        "Iran and Qatar agreed on Monday to build a gas pipeline to Pakistan.",
    ):
        rows = suggest(text)
        (project,) = events(rows, "DevelopmentProject")
        assert _time(rows, project) == "2024-11-07..", text


def test_a_condemnation_of_a_dated_event_is_after_it_not_on_its_date() -> None:
    rows = suggest(
        "Qatar issued a condemnation of Iran’s airstrikes in Afghanistan, which killed 12 "
        "civilians in late October."
    )
    (condemnation,) = events(rows, "Condemnation")
    (strike,) = events(rows, "Airstrike")
    assert _time(rows, condemnation) == "2024-10..2024-11-07"
    assert _time(rows, strike) == "2024-10"


def test_what_a_dated_report_says_was_done_is_not_dated_by_the_report() -> None:
    rows = suggest(
        "On Monday, Qatar’s foreign ministry released details of the talks, saying Iran "
        "sought better visa facilitation."
    )
    (request,) = events(rows, "Request")
    assert _time(rows, request) == "..2024-11-07"
    rows = suggest(
        "Qatar reported a fresh attack on Monday, saying the ensuing clashes killed two."
    )
    (clash,) = events(rows, "ArmedClash")
    assert _time(rows, clash) == "2024-11-04"


def test_an_event_lasting_until_a_dated_one_ended_then() -> None:
    for text in (
        "Foreign troops left the country in August 2021 after almost two decades of war.",
        "After two decades of war, foreign troops left the country in August 2021.",
    ):
        rows = suggest(text)
        (war,) = events(rows, "ArmedConflict")
        assert _time(rows, war) == "..2021-08", text


def test_a_load_as_an_adjective_and_vehicles_as_items() -> None:
    assert [
        (q.value, q.commodity) for q in find_quantities("Iran sent a 5,000-tonne shipment of rice.")
    ] == [("5000 tonne", "rice")]
    assert _values("Qatar sent a 700 tonne consignment.") == [("700 tonne", False)]
    assert _values("Iran sent 40 trucks and 12 containers of aid.") == [
        ("40 item", False),
        ("12 item", False),
    ]


def test_a_remark_to_the_visitors_takes_no_date_of_talks_years_ago() -> None:
    rows = suggest(
        "China’s envoy met Iran’s foreign minister in Tehran in 2019. Trade fell last year. "
        "The minister told the visitors that trade would grow."
    )
    (statement,) = events(rows, "Statement")
    assert _time(rows, statement) == "..2024-11-07"


def test_a_meeting_dated_by_its_visit_takes_the_visits_place_too() -> None:
    rows = suggest(
        "Qatar’s envoy arrived in Tehran on Monday for a two-day visit. "
        "He also met Iran’s foreign minister."
    )
    (meeting,) = events(rows, "Meeting")
    assert (meeting, "tehran") in claims(rows, "hasPlace")


def test_recently_after_the_talks_begins_with_the_talks() -> None:
    rows = suggest(
        "Qatar recently called Iran a key partner after high-level talks between officials. "
        "Iran’s envoy met Qatar’s minister in Doha on Monday."
    )
    (statement,) = events(rows, "Statement")
    assert _time(rows, statement) == "2024-11-04..2024-11-07"


def test_number_words_past_twenty_and_aid_items() -> None:
    assert _values("Iran sent thirty-five trucks and 5,000 blankets.") == [
        ("35 item", False),
        ("5000 item", False),
    ]
    assert _values("Fifteen soldiers were killed.") == [("15 person", True)]
    assert _values("Qatar sent two hundred tents.") == [("200 item", False)]
