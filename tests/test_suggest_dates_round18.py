"""Dates on the right event, round eighteen: the date of a clause a saying verb reports, a
quoted remark on its speaker's dated occasion, times counted from the paragraph's day and
triggers of the genre. All on sentences of our own making (the suggester's publication date
is Thursday 7 November 2024).
"""

from __future__ import annotations

from tests.suggest_sentences import claims, event_times, events, suggest


def test_a_date_of_the_clause_said_reports_without_that_is_not_the_saying_s() -> None:
    rows = suggest(
        "The relief agency said 4,200 refugees returned from Iran in the last week of October."
    )
    assert event_times(rows, "RefugeeReturn") == ["2024-10-25..2024-10-31"]
    assert event_times(rows, "Statement") == ["..2024-11-07"]  # bounded by the publication
    # a decimal number in the reported clause does not end it
    rows = suggest("The relief agency said 1.2 million refugees had returned so far this year.")
    assert event_times(rows, "RefugeeReturn") == ["2024-01-01..2024-11-07"]
    assert event_times(rows, "Statement") == ["..2024-11-07"]


def test_a_date_right_after_the_saying_verb_still_dates_the_saying() -> None:
    rows = suggest("The relief agency said on Tuesday that 4,200 refugees returned from Iran.")
    assert event_times(rows, "Statement") == ["2024-11-05"]
    rows = suggest("The relief agency said in a statement on Tuesday that aid was short.")
    assert event_times(rows, "Statement") == ["2024-11-05"]


def test_a_reported_date_no_event_of_the_clause_takes_stays_with_the_saying() -> None:
    rows = suggest("A farmer, Rahim Gul, said soldiers came to his village two weeks ago.")
    assert event_times(rows, "Statement") == ["2024-10-21..2024-10-27"]


def test_a_since_date_of_the_reported_clause_still_bounds_the_saying() -> None:
    rows = suggest("The border police said 9,000 migrants had returned since March.")
    assert "2024-03..2024-11-07" in event_times(rows, "Statement")


def test_a_speaker_named_with_an_age_is_another_speaker_not_a_restatement() -> None:
    rows = suggest(
        "The interior ministry said the camps were full. "
        "In a tent near the border, Halima Noori, 47, said she had nowhere to go."
    )
    assert len(events(rows, "Statement")) == 2


def test_a_quoted_remark_after_its_speaker_s_dated_act_is_made_on_that_occasion() -> None:
    rows = suggest(
        "Nepal’s Home Minister Ram Bahadur Thapa visited the flooded district by helicopter "
        "on Monday. “Whole villages are under water,” he told reporters in the town."
    )
    assert event_times(rows, "Statement") == ["2024-11-04"]
    rows = suggest(
        "At the border on Tuesday, Nepal’s Home Minister Ram Bahadur Thapa received the "
        "returning families and promised them land. “This is your home,” he told them."
    )
    assert event_times(rows, "Statement") == ["2024-11-05"]


def test_a_remark_without_a_quotation_or_of_another_speaker_is_not_placed_there() -> None:
    # no quotation in the remark's sentence: the publication's bound
    rows = suggest(
        "Nepal’s Home Minister Ram Bahadur Thapa visited the flooded district on Monday. "
        "He told reporters that whole villages were under water."
    )
    assert event_times(rows, "Statement") == ["..2024-11-07"]
    # another person's remark
    rows = suggest(
        "Nepal’s Home Minister Ram Bahadur Thapa visited the flooded district on Monday. "
        "“Whole villages are under water,” the UN coordinator Maria Lopez told reporters."
    )
    assert event_times(rows, "Statement") == ["..2024-11-07"]


_MET = "Nepal’s foreign minister met his Indian counterpart in Delhi on Monday. "


def test_later_that_day_and_the_same_day_are_on_the_day_told_before() -> None:
    rows = suggest(_MET + "The two sides signed a power trade agreement the same day.")
    assert event_times(rows, "Agreement") == ["2024-11-04"]  # not up to the publication
    rows = suggest(_MET + "He flew to Dhaka that evening.")
    assert event_times(rows, "Visit") == ["2024-11-04"]
    # the last day told before it, not the paragraph's first
    rows = suggest(_MET + "On Wednesday he arrived in Dhaka. Later that day, he met Bangladesh’s "
                   "foreign minister.")  # fmt: skip
    assert "2024-11-06" in event_times(rows, "Meeting"), event_times(rows, "Meeting")


def test_an_act_later_that_day_is_another_occasion_not_a_restatement() -> None:
    rows = suggest(_MET + "Later that day, he called on the prime minister.")
    assert len(events(rows, "Meeting")) == 2
    assert event_times(rows, "Meeting") == ["2024-11-04", "2024-11-04"]


def test_since_that_day_is_no_day() -> None:
    rows = suggest(_MET + "Since that day, he has visited Dhaka twice.")
    assert "2024-11-04" not in event_times(rows, "Visit")


def test_mediation_is_an_event_of_the_genre() -> None:
    rows = suggest(
        "Oman said the prisoner exchange was the result of months of patient mediation "
        "between Tehran and Washington."
    )
    assert events(rows, "Event"), rows


def test_a_release_of_someone_who_was_held_is_an_event() -> None:
    rows = suggest(
        "The rebels have released a Danish engineer who was held in the hills for a year, "
        "the army announced on Wednesday."
    )
    assert event_times(rows, "Event") == ["2024-11-06"]


def test_an_act_told_undated_then_dated_with_the_same_actors_is_one_event() -> None:
    rows = suggest(
        "Nepal’s foreign minister said Nepal had arrested Rohan Mehta. "
        "Nepal arrested Rohan Mehta in Pokhara in March."
    )
    assert event_times(rows, "Event") == ["2024-03"]  # one arrest, with its date


def test_in_the_same_period_is_the_time_told_last_before_it() -> None:
    rows = suggest(
        "The border police said 9,000 migrants had returned since March. "
        "The relief agency said 12,000 refugees returned from Iran in the same period."
    )
    times = event_times(rows, "RefugeeReturn")
    assert times.count("2024-03..2024-11-07") == 2, times


def test_since_a_weekday_runs_from_that_day_to_the_publication() -> None:
    rows = suggest("Pakistan has deported 4,000 Afghans since Monday.")
    assert event_times(rows, "Expulsion") == ["2024-11-04..2024-11-07"]  # not Monday alone


def test_a_date_after_an_after_phrase_does_not_date_the_event_named_in_it() -> None:
    rows = suggest(
        "Nepal’s foreign minister met his Indian counterpart in Delhi on Friday. "
        "The two countries agreed to open a bus route, after talks in Delhi, Nepal’s "
        "foreign ministry said on Saturday."
    )
    meetings = event_times(rows, "Meeting")
    assert "2024-11-02" not in meetings, meetings  # the talks were before the saying
    # a date inside the phrase still dates the talks
    rows = suggest("The two countries agreed to open a bus route after talks on Friday.")
    assert "2024-11-01" in event_times(rows, "Meeting")


def test_written_forms_of_the_genre_counted_from_the_publication() -> None:
    import datetime as dt

    from kg.suggest.when import find_dates

    published = dt.date(2024, 11, 7)  # a Thursday
    expected = {
        "They met the day before yesterday.": "2024-11-05",
        "They met on Thursday last week.": "2024-10-31",
        "They will meet next week on Monday.": "2024-11-11",
        "They met at the weekend.": "2024-11-02..2024-11-03",
        "They will meet at the weekend.": "2024-11-09..2024-11-10",
        "Talks were held in recent days.": "..2024-11-07",
        "They met twice in the past week.": "2024-10-31..2024-11-07",
        "Fighting eased over the last three days.": "2024-11-04..2024-11-07",
        "Two were killed within the past 24 hours.": "2024-11-06..2024-11-07",
        "They first met a year ago.": "2023",
        # the week of a month named stays that week, not the seven days before publication
        "They met in the last week of October.": "2024-10-25..2024-10-31",
    }
    for sentence, value in expected.items():
        found = [d.value for d in find_dates(sentence, published)]
        assert found == [value], (sentence, found)


def test_a_denial_in_the_present_is_bounded_by_the_publication_alone() -> None:
    rows = suggest("Nepal deported 4,000 Indians so far this year. India denies expelling anyone.")
    assert event_times(rows, "Denial") == ["..2024-11-07"]  # not from the first of January on
    # in the past, it is no earlier than the event it answers (the denier's own: a denier
    # does the deed it denies, kg.suggest.denied_deeds)
    rows = suggest(
        "Nepal deported 4,000 Indians so far this year. Nepal denied expelling anyone by force."
    )
    assert event_times(rows, "Denial") == ["2024-01-01..2024-11-07"]


def test_a_date_after_a_saying_in_the_present_is_what_is_said() -> None:
    rows = suggest("Aid agencies say the winter, which reaches the hills in November, is near.")
    assert event_times(rows, "Statement") == ["..2024-11-07"]
    rows = suggest("The ministry says the crossing reopened on Monday.")
    assert event_times(rows, "Statement") == ["..2024-11-07"]
    # a saying in the past keeps a date right after its verb
    rows = suggest("The ministry said on Monday that the crossing had reopened.")
    assert event_times(rows, "Statement") == ["2024-11-04"]


def test_on_the_sidelines_alone_is_beside_the_gathering_told_last() -> None:
    rows = suggest(
        "Nepal’s foreign minister attended a regional summit in Delhi on Monday. "
        "On the sidelines, he met Bangladesh’s foreign minister."
    )
    assert event_times(rows, "Meeting") == ["2024-11-04"]  # not up to the publication
    assert claims(rows, "subEventOf")


def test_during_his_stay_is_inside_the_visit() -> None:
    rows = suggest(
        "Nepal’s foreign minister visited Delhi on Monday. "
        "During his stay, he met India’s prime minister."
    )
    assert event_times(rows, "Meeting") == ["2024-11-04"]
    # "stay" opens no visit of its own
    rows = suggest("Nepal’s foreign minister visited Delhi on Monday. He plans to stay a week.")
    assert len(events(rows, "Visit")) == 1


def test_a_participle_of_speaking_dates_the_remark() -> None:
    for text in (
        "Speaking in Kathmandu on Monday, Nepal’s foreign minister said the border would reopen.",
        "Nepal’s foreign minister, speaking to reporters on Monday, said the border would reopen.",
    ):
        rows = suggest(text)
        assert event_times(rows, "Statement") == ["2024-11-04"], text


def test_a_participle_after_a_comma_takes_the_date_of_its_own_phrase() -> None:
    rows = suggest(
        "Nepal first ordered undocumented migrants to leave in 2023, setting a deadline of "
        "November 1 that year."
    )
    assert event_times(rows, "Event") == ["2023-11-01"]  # not the order's 2023
    assert event_times(rows, "Request") == ["2023"]


def test_a_date_in_a_relative_clause_before_the_verb_is_that_clause_s() -> None:
    rows = suggest(
        "Nepal’s foreign minister, who arrived in Delhi on Sunday, met India’s prime minister "
        "on Monday."
    )
    assert event_times(rows, "Meeting") == ["2024-11-04"]  # not the arrival's Sunday
    assert event_times(rows, "Visit") == ["2024-11-03"]


def test_a_counted_time_ending_its_clause_is_counted_from_the_day_before() -> None:
    rows = suggest(_MET + "He called on Bangladesh’s foreign minister the next day.")
    times = {t for _, t in claims(rows, "hasTime")}
    assert '2024-11-05 "the next day" relative' in times, times
    # after a preposition it is no counted time ("in the next week")
    rows = suggest(_MET + "He will call on Bangladesh’s foreign minister in the next week.")
    times = {t for _, t in claims(rows, "hasTime")}
    assert not any(t.startswith("2024-11-05") for t in times), times


def test_on_arrival_is_the_first_day_of_the_visit() -> None:
    rows = suggest(
        "Nepal’s foreign minister arrived in Delhi on Monday for a three-day visit. "
        "On arrival, he met Bangladesh’s foreign minister."
    )
    assert event_times(rows, "Meeting") == ["2024-11-04"]  # not the three days, nor undated
