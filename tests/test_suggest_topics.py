"""What talks are about where the register has no such topic yet (`kg/suggest/topics.py`):
new `Topic` entities and their `hasTopic` rows, each rule on a sentence of our own making
(none from the seed or invented reports), each failing without its rule."""

from __future__ import annotations

import pytest

from kg.suggest.rows import Suggestion
from tests.suggest_sentences import claims, events, suggest

MET = "China and Iran met in Doha on Monday. "


def new_topics(rows: list[Suggestion]) -> dict[str, str]:
    """New Topic id -> its label."""
    topics = set(events(rows, "Topic"))
    return {
        r.subject: r.object
        for r in rows
        if r.kind == "entity" and r.predicate == "label" and r.subject in topics
    }


def topics_of(rows: list[Suggestion], cls: str) -> set[str]:
    """The topics of the (one) event of class ``cls``."""
    (event,) = events(rows, cls)
    return {obj for subject, obj in claims(rows, "hasTopic") if subject == event}


@pytest.mark.parametrize(
    "sentence",
    [
        "China and Iran held talks in Doha on Monday on fishing rights and port fees.",
        "China and Iran held discussions about fishing rights and port fees.",
        MET + "They discussed fishing rights and port fees.",
        MET + "The talks focused on fishing rights and port fees.",
        MET + "The two sides explored fishing rights and port fees.",
        MET + "The two sides reviewed fishing rights and port fees.",
        MET + "The talks covered fishing rights and port fees.",
        MET + "They also touched on fishing rights and port fees.",
        MET + "They raised issues such as fishing rights and port fees.",
    ],
)
def test_the_phrase_after_a_cue_is_a_new_topic_of_the_talks(sentence: str) -> None:
    rows = suggest(sentence)
    assert new_topics(rows) == {"fishing-rights": "Fishing rights", "port-fees": "Port fees"}
    assert topics_of(rows, "Meeting") >= {"fishing-rights", "port-fees"}
    for row in rows:
        assert row.evidence in sentence  # verbatim
    (label,) = [r for r in rows if r.predicate == "label" and r.subject == "fishing-rights"]
    assert label.evidence == "fishing rights"


def test_a_list_is_split_at_commas_and_and_not_inside_an_of_phrase() -> None:
    rows = suggest(MET + "They discussed fishing rights, customs duties and the exchange of "
                   "prisoners and detainees, state media said.")  # fmt: skip
    assert set(new_topics(rows)) == {
        "fishing-rights",
        "customs-duties",
        "exchange-of-prisoners-and-detainees",
    }


@pytest.mark.parametrize(
    "tail",
    [
        "They discussed grain exports, which fell last year.",
        "They discussed grain exports with Qatar.",
        "They discussed grain exports to boost revenue.",
        "They discussed grain exports that Qatar buys.",
        "They discussed grain exports in Tehran.",
        "They discussed grain exports; Qatar was absent.",
    ],
)
def test_the_phrase_stops_at_a_clause_boundary(tail: str) -> None:
    assert new_topics(suggest(MET + tail)) == {"grain-exports": "Grain exports"}


def test_a_determiner_a_possessive_and_a_verb_of_change_are_no_part_of_the_label() -> None:
    rows = suggest("China and Iran held talks on Monday on upgrading Iran’s gas grid.")
    assert new_topics(rows) == {"gas-grid": "Gas grid"}
    rows = suggest(MET + "They discussed the customs duties.")
    assert new_topics(rows) == {"customs-duties": "Customs duties"}


@pytest.mark.parametrize(
    "tail",
    [
        "They discussed it.",
        "They focused on how Iran could pay.",
        "They discussed whether Qatar would join.",
        "They discussed 300 tonnes of fertiliser.",
        "They discussed Qatar.",
        "They discussed Qatar Airways.",
        "The talks focused on Monday.",
        "They discussed the promotion of trade.",  # the register's "trade" is the topic
        "They agreed on a next meeting.",
        "They discussed a new meeting.",  # an event's noun
    ],
)
def test_no_topic_for_a_pronoun_a_quantity_a_name_a_date_or_a_register_topic(tail: str) -> None:
    rows = suggest(MET + tail + " They also discussed fishing rights.")
    assert new_topics(rows) == {"fishing-rights": "Fishing rights"}  # that one only


def test_talks_about_a_thing_an_event_names_are_about_that_event() -> None:
    rows = suggest("China and Iran held talks in Doha on Monday on upgrading the rail link.")
    (project,) = events(rows, "DevelopmentProject")
    assert project in topics_of(rows, "Meeting")
    assert new_topics(rows) == {}


def test_a_name_close_to_a_register_topic_is_flagged_as_its_possible_duplicate() -> None:
    rows = suggest("China and Iran held talks in Doha on Monday on visa facilitaton.")
    assert ("visa-facilitaton", "visa-facilitation") in {
        (r.subject, r.object) for r in rows if r.predicate == "possibleDuplicateOf"
    }


def test_the_same_thing_in_other_words_later_is_the_same_new_topic() -> None:
    rows = suggest("China and Iran held talks in Doha on Monday on fishing quotas. "
                   "The two sides also discussed quotas of fishing.")  # fmt: skip
    assert new_topics(rows) == {"fishing-quotas": "Fishing quotas"}
    assert topics_of(rows, "Meeting") == {"fishing-quotas"}


def test_a_sentence_of_what_was_discussed_gives_the_topic_to_the_last_talks() -> None:
    rows = suggest("China’s foreign minister spoke by phone with Iran’s foreign minister on "
                   "Monday. The two ministers discussed fishing rights.")  # fmt: skip
    assert topics_of(rows, "PhoneCall") == {"fishing-rights"}


def test_what_was_on_the_agenda_is_a_topic_of_the_last_talks() -> None:
    rows = suggest(MET + "Fishing rights and port fees were high on the agenda.")
    assert new_topics(rows) == {"fishing-rights": "Fishing rights", "port-fees": "Port fees"}
    assert topics_of(rows, "Meeting") == {"fishing-rights", "port-fees"}
    rows = suggest(MET + "Trade was also on the agenda.")  # a sentence's capital: no name
    assert topics_of(rows, "Meeting") == {"trade"}


def test_a_register_topic_named_in_the_phrase_is_the_topic() -> None:
    rows = suggest(MET + "They reviewed the promotion of trade.")
    assert topics_of(rows, "Meeting") == {"trade"}
    assert new_topics(rows) == {}


def test_a_register_topic_in_the_phrase_wins_over_an_event_its_words_name() -> None:
    rows = suggest("China held talks with Iran in Doha on Monday on seeking increased "
                   "humanitarian assistance.")  # fmt: skip
    assert "humanitarian-assistance" in topics_of(rows, "Meeting")
    assert not set(events(rows, "AidShipment")) & topics_of(rows, "Meeting")


def test_a_name_inside_a_longer_phrase_stays_a_mention_and_the_phrase_a_topic() -> None:
    rows = suggest(MET + "They discussed Iranian fishing rights and the Qatar gas deal.")
    assert new_topics(rows) == {
        "iranian-fishing-rights": "Iranian fishing rights",
        "qatar-gas-deal": "Qatar gas deal",
    }
    assert ("qatar", "Qatar") in {(r.subject, r.object) for r in rows if r.kind == "mention"}


def test_a_determiner_after_and_opens_a_new_item_even_after_of() -> None:
    rows = suggest(MET + "They discussed fishing rights in the Gulf of Oman and the gas deal.")
    assert new_topics(rows) == {"fishing-rights": "Fishing rights", "gas-deal": "Gas deal"}


@pytest.mark.parametrize(
    "tail",
    [
        "They reviewed fishing rights and decided to meet again.",
        "They said they were exploring fishing rights and hoping to settle the matter.",
    ],
)
def test_a_verb_after_and_ends_the_list(tail: str) -> None:
    assert new_topics(suggest(MET + tail)) == {"fishing-rights": "Fishing rights"}
