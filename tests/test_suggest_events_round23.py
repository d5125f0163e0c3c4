"""`kg suggest`'s appointments: "named after" names a thing, it appoints no one.

A battery of sentences of our own making in the genre: a port, a school, a road "named
after" a person or "in honour of" one opens no Appointment (the trigger "was named" and
the pattern "named X as" stand inside that phrase); "named X as foreign minister", "was
named ambassador to Y", "was named foreign minister after the elections" stay
appointments (``trigger_senses.jsonl``'s "named after a namesake").
"""

from __future__ import annotations

import pytest

from tests.suggest_sentences import claims, event_classes, events, suggest

APPOINTMENT = "Appointment"

NAMED_AFTER = [
    "The port was named after the late king.",
    "India built a school named after the late king in Kabul.",
    "The new terminal, named after a Persian poet, opened on Monday.",
    "The road has been named after Ahmad Shah Massoud.",
    "The hospital, which was named after an Indian doctor, treats thousands of patients.",
    "The library, which had been named after a Persian poet, reopened on Sunday.",
    "The corridor was named after the two countries' founding leaders.",
    "Several streets in Kabul were named after fallen commanders.",
    "The ship was named after the port city of Gwadar.",
    "A dam named after Afghan-Indian friendship was inaugurated in Herat.",
    "The stadium is named after Zahir Shah.",
    "Kabul named the new airport after a national hero.",
    "The scholarship, named after Ahmad Shah Massoud, is open to Afghan students.",
    "The street was named in honour of the late king.",
    "The new wing was named in honor of a Pakistani surgeon.",
    "The school was named in memory of the victims of the attack.",
    "The crossing, which was renamed after a local saint, reopened on Tuesday.",
]


@pytest.mark.parametrize("sentence", NAMED_AFTER)
def test_a_thing_named_after_a_person_is_no_appointment(sentence: str) -> None:
    assert APPOINTMENT not in event_classes(sentence)


APPOINTED = [
    "The Taliban named Ikramuddin Kamil as its consul in Mumbai.",
    "Pakistan named Muhammad Sadiq as its special envoy for Afghanistan.",
    "Uzbekistan named Ismatulla Irgashev as its special envoy after the talks.",
    "Iran has named Hassan Kazemi Qomi as its envoy to Kabul.",
    "Ahmad Shah was named ambassador to Pakistan.",
    "He was named foreign minister after the elections.",
    "Kamil was named as the new consul general after the post fell vacant.",
    "A senior diplomat has been named head of the Afghan mission in Doha.",
    "The Taliban appointed a new consul in Peshawar.",
    "Two deputy ministers were named in a cabinet reshuffle on Monday.",
]


@pytest.mark.parametrize("sentence", APPOINTED)
def test_an_office_given_is_still_an_appointment(sentence: str) -> None:
    assert APPOINTMENT in event_classes(sentence)


_NOT_TOLD_APART = [
    pytest.param(
        "The school was named for the late king.",
        False,
        id="named-for-a-namesake",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'named for' also gives an office or a term ('named for a second term'): "
            "left to the trigger 'was named' and to the reviewer",
        ),
    ),
    pytest.param(
        "Kamil was named after the death of his predecessor.",
        True,
        id="named-after-as-a-time",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'after' as a time right after 'named' is not told apart from a namesake",
        ),
    ),
    pytest.param(
        "The Taliban have named a new ambassador to Beijing.",
        True,
        id="have-named-an-office",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'have named' is no trigger ('the report has named three officials')",
        ),
    ),
]


@pytest.mark.parametrize(("sentence", "appoints"), _NOT_TOLD_APART)
def test_what_the_rules_do_not_tell_apart(sentence: str, appoints: bool) -> None:
    assert (APPOINTMENT in event_classes(sentence)) is appoints


def test_an_event_told_as_a_plan_is_new_planned_and_dated_from_the_publication() -> None:
    """ "said he would meet X in Kabul": a planned meeting, not the register's meeting of
    the two in Kabul before the report (kg.suggest.status.told_as_plan, link_dates.done_before),
    dated from the publication on (undated_times.ahead)."""
    rows = suggest("Singh said he would meet Muttaqi in Kabul.")
    assert "singh-muttaqi-meeting-2024-11" not in {r.subject for r in rows}
    (meeting,) = events(rows, "Meeting")
    assert (meeting, "planned") in claims(rows, "hasStatus")
    assert [t for e, t in claims(rows, "hasTime") if e == meeting] == [
        '2024-11-07.. "would meet" relative'
    ]


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("UN agencies will appeal for more funds for Afghanistan.", "Request"),
        ("India will send more wheat to Afghanistan, the minister said.", "AidShipment"),
    ],
)
def test_will_before_a_trigger_makes_it_planned(text: str, cls: str) -> None:
    rows = suggest(text)
    assert {(e, "planned") for e in events(rows, cls)} <= claims(rows, "hasStatus")
    assert events(rows, cls)


def test_what_was_agreed_stays_bounded_by_the_publication() -> None:
    """ "agreed to offer": planned as a status, but what is agreed may be under way by the
    report: its time stays up to the publication."""
    rows = suggest("India agreed to offer material support to Afghanistan.")
    times = {t.split(" ")[0] for _, t in claims(rows, "hasTime")}
    assert "2024-11-07.." not in times
