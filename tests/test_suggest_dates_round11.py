"""Dates on the right event, round eleven: whose date a sentence's date is, and the dates
of acts told with a dated occasion. All on sentences of our own making.
"""

from __future__ import annotations

from kg.suggest.date_scope import another_owns
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
