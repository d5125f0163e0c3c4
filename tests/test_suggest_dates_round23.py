"""A time counted from a day its own sentence tells: "Muttaqi told reporters on Tuesday that
he had met X a day earlier" dates the meeting Monday, with the words "a day earlier", while
the saying keeps its Tuesday. All on sentences of our own making (the suggester's
publication date is Thursday 7 November 2024: Monday is 4 November).
"""

from __future__ import annotations

import pytest

from tests.suggest_sentences import claims, event_times, events, suggest

# (text, class, the dates its events take)
_COUNTED = [
    pytest.param(
        "Nepal's foreign minister told reporters on Tuesday that he had met Bhutan's prime "
        "minister a day earlier.",
        "Meeting",
        ["2024-11-04"],
        id="a-day-earlier-in-what-is-told",
    ),
    pytest.param(
        "Dar told parliament on Tuesday that he met the Afghan envoy a day earlier.",
        "Meeting",
        ["2024-11-04"],
        id="a-day-earlier-past-simple",
    ),
    pytest.param(
        "Iran's foreign ministry said on Tuesday that its envoy had met Taliban officials in "
        "Kabul a day earlier.",
        "Meeting",
        ["2024-11-04"],
        id="a-day-earlier-after-a-place",
    ),
    pytest.param(
        "The ministry said in a statement on Tuesday that the minister had met the Iranian "
        "ambassador the day before.",
        "Meeting",
        ["2024-11-04"],
        id="the-day-before",
    ),
    pytest.param(
        "The foreign ministry said on Wednesday that the Uzbek delegation had arrived in "
        "Kabul the previous day.",
        "Visit",
        ["2024-11-05"],
        id="the-previous-day",
    ),
    pytest.param(
        "Nepal's foreign minister said on Tuesday that he had spoken by phone with his "
        "Indian counterpart two days earlier.",
        "PhoneCall",
        ["2024-11-03"],
        id="two-days-earlier",
    ),
    pytest.param(
        "Pakistan's foreign office said on Wednesday that the two sides had signed a trade "
        "agreement a week earlier.",
        "Agreement",
        ["2024-10-30"],
        id="a-week-earlier",
    ),
    pytest.param(
        "Tajikistan said on Wednesday that China had sent 20 tonnes of rice to Dushanbe the "
        "previous day.",
        "AidShipment",
        ["2024-11-05"],
        id="a-shipment-the-previous-day",
    ),
    pytest.param(
        "On Tuesday, the Afghan foreign ministry said its minister had met the Chinese "
        "envoy a day earlier.",
        "Meeting",
        ["2024-11-04"],
        id="the-saying-s-day-opens-the-sentence",
    ),
    pytest.param(
        "Bhutan's foreign minister said on Tuesday that a day earlier he had met Sri "
        "Lanka's prime minister.",
        "Meeting",
        ["2024-11-04"],
        id="the-count-before-the-verb",
    ),
    pytest.param(
        "The two ministers met in Tashkent on Monday, the day before the summit opened.",
        "Conference",
        ["2024-11-05"],
        id="the-day-before-an-event-named-after-it",
    ),
    pytest.param(
        "The Uzbek minister arrived in Dushanbe on Monday and met Tajikistan's foreign "
        "minister a day later.",
        "Meeting",
        ["2024-11-05"],
        id="a-day-later-in-the-same-sentence",
    ),
    pytest.param(
        "The Uzbek minister arrived in Dushanbe on Monday and met Tajikistan's foreign "
        "minister a day later.",
        "Visit",
        ["2024-11-04"],
        id="the-first-act-keeps-its-day",
    ),
]


@pytest.mark.parametrize(("text", "cls", "expected"), _COUNTED)
def test_a_counted_time_counts_from_its_sentence_s_day(
    text: str, cls: str, expected: list[str]
) -> None:
    assert event_times(suggest(text), cls) == expected


def test_the_counted_date_keeps_its_words_and_the_saying_its_day() -> None:
    rows = suggest(
        "Nepal's foreign minister told reporters on Tuesday that he had met Bhutan's prime "
        "minister a day earlier."
    )
    meeting = set(events(rows, "Meeting"))
    assert {t for e, t in claims(rows, "hasTime") if e in meeting} == {
        '2024-11-04 "a day earlier" relative'
    }
    assert event_times(rows, "Statement") == ["2024-11-05"]


# ---- what must not change: a count with an object of its own, a count with no day told
# before it in its sentence, a day told across sentences, a day a sentence tells plainly
_KEPT = [
    pytest.param(
        "Nepal's foreign minister said he had met Bhutan's prime minister a day earlier.",
        "Meeting",
        ["..2024-11-07"],
        id="no-day-to-count-from",
    ),
    pytest.param(
        "Bhutan's foreign minister met Sri Lanka's prime minister in Colombo on Monday, a day "
        "after arriving in the city.",
        "Meeting",
        ["2024-11-04"],
        id="a-day-after-an-act-keeps-the-main-verb-s-day",
    ),
    pytest.param(
        "Bhutan's foreign minister met Sri Lanka's prime minister in Colombo on Monday, a day "
        "after arriving in the city.",
        "Visit",
        ["2024-11-03"],
        id="a-day-after-an-act-dates-the-act",
    ),
    pytest.param(
        "The two ministers met in Tashkent on Monday, the day before the summit opened.",
        "Meeting",
        ["2024-11-04"],
        id="the-day-before-an-event-keeps-the-main-verb-s-day",
    ),
    pytest.param(
        "Bhutan's foreign minister met Sri Lanka's prime minister on Monday. A day earlier, "
        "he had visited a tea estate in Kandy.",
        "Visit",
        ["2024-11-03"],
        id="a-count-across-sentences-from-the-day-told-before",
    ),
    pytest.param(
        "The Uzbek delegation arrived in Dushanbe on Monday, a day earlier than planned.",
        "Visit",
        ["2024-11-04"],
        id="earlier-than-planned-is-no-count",
    ),
    pytest.param(
        "Nepal's foreign minister said on Tuesday that talks with Bhutan would resume in the "
        "next week.",
        "Statement",
        ["2024-11-05"],
        id="in-the-next-week-is-a-stretch",
    ),
    pytest.param(
        "The foreign ministry said on Wednesday that Bhutan's foreign minister met his Sri "
        "Lankan counterpart on Monday.",
        "Meeting",
        ["2024-11-04"],
        id="a-day-of-its-own",
    ),
    pytest.param(
        "The foreign ministry said on Wednesday that Bhutan's foreign minister met his Sri "
        "Lankan counterpart on Monday.",
        "Statement",
        ["2024-11-06"],
        id="the-saying-keeps-its-day",
    ),
    pytest.param(
        "China sent 20 tonnes of rice to Dushanbe on Monday, a day before the border closed.",
        "AidShipment",
        ["2024-11-04"],
        id="a-day-before-an-event-keeps-the-shipment-s-day",
    ),
]


@pytest.mark.parametrize(("text", "cls", "expected"), _KEPT)
def test_what_a_counted_time_does_not_change(text: str, cls: str, expected: list[str]) -> None:
    assert event_times(suggest(text), cls) == expected


def test_last_week_in_what_is_told_counts_from_the_publication() -> None:
    """Whether "last week" in what a dated saying tells is the week before the saying's
    (here the one before Sunday 3 November's) is not settled by the annotations, which
    count an untold "last week" from the publication: so does the rule."""
    rows = suggest("The ministry said on Sunday that the envoy had visited Kabul last week.")
    assert event_times(rows, "Visit") == ["2024-10-28..2024-11-03"]


_HELD_LATER = [
    pytest.param(
        "Nepal's foreign minister said on Tuesday that talks with Bhutan would be held next week.",
        "Meeting",
        ["2024-11-11..2024-11-17"],
        id="talks-would-be-held-next-week",
    ),
    pytest.param(
        "The summit is due to open on Monday, the ministry said on Sunday.",
        "Conference",
        ["2024-11-11"],
        id="due-to-open-on-monday",
    ),
    pytest.param(
        "Officials said on Wednesday that the conference will take place in Tashkent in December.",
        "Conference",
        ["2024-12"],
        id="will-take-place-in-december",
    ),
    pytest.param(  # no future: the past Monday stays
        "Talks between the two sides were held on Monday, officials said.",
        "Meeting",
        ["2024-11-04"],
        id="talks-were-held-on-monday",
    ),
]


@pytest.mark.parametrize(("text", "cls", "expected"), _HELD_LATER)
def test_an_event_its_clause_holds_later_takes_no_date_before_it(
    text: str, cls: str, expected: list[str]
) -> None:
    """ "said on Tuesday that talks would be held next week": the talks are next week's,
    the saying's Tuesday is not theirs (future_clauses.held_later)."""
    assert event_times(suggest(text), cls) == expected
