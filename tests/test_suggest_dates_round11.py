"""Dates on the right event, round eleven: whose date a sentence's date is, and the dates
of acts told with a dated occasion. All on sentences of our own making.
"""

from __future__ import annotations

from kg.suggest.date_scope import another_owns
from kg.suggest.rows import Suggestion
from tests.suggest_sentences import claims, events, suggest


def _owns(text: str, date: str, trigger: str) -> bool:
    at = text.index(date)
    return another_owns(at, at + len(date), text, text.index(trigger))


def test_a_date_in_a_relative_clause_on_a_person_is_not_the_trigger_s() -> None:
    text = "The guards released a farmer who had been arrested near the river in June."
    assert _owns(text, "in June", "released")
    text = "The envoy met an elder whom the police had questioned on Friday."
    assert _owns(text, "on Friday", "met")
    # a date after the relative clause's comma is the main clause's again
    text = "The guards released a farmer, who had been arrested, on Friday."
    assert not _owns(text, "on Friday", "released")
    # and a relative clause before the trigger does not take its date from it
    text = "The minister, who arrived on Tuesday, met the governor on Wednesday."
    assert not _owns(text, "on Wednesday", "met")


def test_a_year_after_a_possessive_names_its_noun_only() -> None:
    text = "The Council’s 1267 Committee, which keeps the list, approved the request on Monday."
    assert _owns(text, "1267", "approved")
    assert not _owns(text, "on Monday", "approved")
    text = "Earlier on Friday, the bank’s 2030 Fund granted a loan to the province."
    assert _owns(text, "2030", "granted")
    # a year right before its own event still dates it
    text = "Pakistan’s 2023 deportations drew protests."
    assert not _owns(text, "2023", "deportations")


def test_an_act_inside_dated_talks_is_not_dated_by_a_person_s_past() -> None:
    rows = suggest(
        "Amir Khan Muttaqi met Vikram Misri in Dubai on Wednesday. During the meeting, "
        "the Afghan side handed over an Indian citizen who had been detained in Herat in August."
    )
    times = claims(rows, "hasTime")
    handed = [e for e, t in times if '"During the meeting"' in t]
    assert handed, times
    assert all(not t.startswith("2024-08") for e, t in times if e in handed)
    assert any(t.startswith("2024-11-06") for e, t in times if e in handed)
    assert events(rows, "Meeting")


def _times(rows: list[Suggestion], cls: str) -> list[str]:
    mine = set(events(rows, cls))
    return sorted(t for e, t in claims(rows, "hasTime") if e in mine)


def test_an_act_the_statement_said_takes_the_statement_s_day() -> None:
    rows = suggest(
        "India and Afghanistan issued a joint statement on Wednesday. India also pledged "
        "50 tonnes of wheat for Afghan refugees, the statement said."
    )
    assert _times(rows, "AidPledge") == ['2024-11-06 "on Wednesday" relative']


def test_a_spokesman_of_the_body_goes_on_with_its_dated_statement() -> None:
    rows = suggest(
        "India’s Ministry of External Affairs welcomed the decision in a statement on "
        "Thursday. Its spokesman, Randhir Jaiswal, said New Delhi would send a delegation."
    )
    times = _times(rows, "Statement")
    assert len(times) == 2 and all(t.startswith("2024-11-07") for t in times), times


def test_a_joint_news_conference_is_held_at_the_talks() -> None:
    rows = suggest(
        "Amir Khan Muttaqi met Vikram Misri in Dubai on Wednesday. “We are neighbours,” "
        "Misri told a joint news conference."
    )
    assert _times(rows, "PressBriefing") == ['2024-11-06 "on Wednesday" relative']
    # a news conference of its own is not
    rows = suggest(
        "Amir Khan Muttaqi met Vikram Misri in Dubai on Wednesday. “We are neighbours,” "
        "Misri told a weekly news conference."
    )
    assert all(t.startswith("..") for t in _times(rows, "PressBriefing"))


def test_the_sidelines_of_the_meeting_are_those_of_the_dated_meeting() -> None:
    rows = suggest(
        "The foreign ministers of India, Iran and Afghanistan agreed on Monday to expand "
        "trade at their fifth trilateral meeting in Kabul. Muttaqi hosted Vikram Misri and "
        "the Iranian minister for three hours of talks at the ministry. On the sidelines of "
        "the meeting, Misri held separate talks with Muttaqi on visas, the Indian embassy said."
    )
    times = claims(rows, "hasTime")
    sideline = [e for e, t in times if t == '2024-11-04 "meeting" relative']
    assert sideline and set(sideline) <= set(events(rows, "Meeting")), times
    # the embassy that tells of it is not placed on the sidelines
    said = set(events(rows, "Statement"))
    assert said and not {e for e, _ in claims(rows, "subEventOf")} & said
    assert all(t.startswith("..") for e, t in times if e in said)


def test_work_in_an_item_of_what_was_agreed_runs_from_the_publication() -> None:
    rows = suggest(
        "India and Afghanistan agreed on Wednesday to:\n"
        "- begin a feasibility study for a rail link from Kabul to Kandahar;\n"
        "- hold their next meeting in Delhi next year."
    )
    assert _times(rows, "DevelopmentProject") == ['2024-11-07.. "feasibility study" relative']
    # the same work told as done is bounded by the publication as before
    rows = suggest("India and Afghanistan began a feasibility study for a rail link.")
    assert _times(rows, "DevelopmentProject") == ['..2024-11-07 "feasibility study" relative']
