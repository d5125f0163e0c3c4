"""Round 11 of `kg suggest`'s events: words of the genre the trigger table lacked
(``ontology/triggers.tsv``), each on a sentence of our own making that finds no event
of its class without the word."""

from __future__ import annotations

import pytest

from tests.suggest_sentences import actors, events, suggest

SENTENCES = [
    ("Agreement", "Kyrgyzstan and Tajikistan inked the border document in Bishkek on Monday."),
    ("Agreement", "Kyrgyzstan and Tajikistan struck a deal on water sharing on Monday."),
    ("Agreement", "The parliament in Bishkek ratified the border document on Monday."),
    ("Condemnation", "Nepal slammed the attack on its consulate on Tuesday."),
    ("Denial", "Bhutan ruled out any talks with the rebels on Tuesday."),
    ("Statement", "Nepal insisted on the terms of the accord on Tuesday."),
    ("PhoneCall", "Nepal and Bhutan held telephone talks on Tuesday."),
    ("Appointment", "Ahmad Karimi was sworn in as ambassador on Tuesday."),
    ("Airstrike", "Pakistani jets bombed hideouts in Khost on Tuesday."),
    ("Airstrike", "Air raids hit three villages in Kunar on Tuesday."),
    ("ArmedClash", "Cross-border firing erupted between Pakistan and Afghanistan on Tuesday."),
    ("MilitaryOperation", "Pakistan launched security operations in Bajaur on Tuesday."),
    ("Expulsion", "Iran evicted thousands of Afghans on Tuesday."),
    ("RefugeeReturn", "More than 3,000 Afghan refugees returned from Iran on Tuesday."),
    ("Event", "Pakistan closed the Torkham crossing on Sunday."),
    ("Event", "Pakistan reopened the Torkham border crossing on Sunday."),
    ("Meeting", "Islamabad summoned the Afghan charge d'affaires on Monday."),
    ("Condemnation", "The foreign office lodged a strong protest with Kabul on Monday."),
    ("Visit", "The Uzbek minister will arrive in Kabul on Friday."),
    ("Statement", "Nepal congratulated Bhutan on its national day."),
    ("Statement", "Nepal offered condolences to Bhutan on Monday."),
    ("AidPledge", "The Asian Development Bank approved a loan of 50 million dollars for Nepal."),
    ("AidPledge", "Nepal extended a credit line of 100 million dollars to Bhutan."),
    ("Event", "Gunmen abducted two engineers in Kunar on Monday."),
    ("Event", "Nepal suspended visas for Afghan nationals on Monday."),
    ("Event", "Nepal and Bhutan resumed trade through the border on Monday."),
    ("AidShipment", "Nepal donated 20 ambulances to Bhutan on Monday."),
    ("Attack", "A suicide bomber struck a mosque in Kunduz on Friday."),
    ("Attack", "At least ten people died when a bomb exploded in a market in Kunduz."),
    ("Meeting", "Bhutan's king granted an audience to the Nepali envoy on Monday."),
    ("MilitaryOperation", "Troops killed 12 militants in an overnight operation on Monday."),
]


@pytest.mark.parametrize(("cls", "sentence"), SENTENCES)
def test_a_word_of_the_genre_names_an_event_of_its_class(cls: str, sentence: str) -> None:
    assert events(suggest(sentence), cls)


def test_a_refugee_return_needs_refugees_or_migrants_in_its_sentence() -> None:
    assert not events(
        suggest("The Nepali delegation returned to Kathmandu on Tuesday."), "RefugeeReturn"
    )


def test_the_oath_taker_is_the_target_of_an_appointment() -> None:
    rows = suggest("Nepal's ambassador Ram Thapa was sworn in on Tuesday.")
    (event,) = events(rows, "Appointment")
    assert any(role == "hasTarget" for role, _ in actors(rows, event))


def test_closing_needs_a_crossing_or_a_checkpoint_in_its_sentence() -> None:
    assert not events(suggest("Pakistan closed the meeting on Sunday."), "Event")
