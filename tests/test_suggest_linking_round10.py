"""Round 10 of `kg suggest`'s linking: fewer events proposed as the wrong recorded event.
Each rule on a small register of our own making (the seed fixture's entities, invented
claims), each failing without its rule."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from kg.build.annotations import ClaimRecord, EntityRecord
from kg.errors import Location
from kg.suggest.event_record import Event
from kg.suggest.link_back import told_again
from kg.suggest.linking import shipment_fits
from kg.suggest.mentions import Mention
from tests.suggest_sentences import register, suggest
from tests.test_suggest_linking_round8 import IEA, PUBLISHED, linked


def test_a_catch_all_event_sharing_one_party_and_a_date_is_not_the_registers() -> None:
    done = "iea-handover-x"  # the register's catch-all: the Taliban handed something to India
    claims = [
        (done, "hasInitiator", IEA),
        (done, "hasRecipient", "india"),
        (done, "hasTime", "2024-11-05"),
    ]
    one_party = [("hasInitiator", IEA)]  # "the Afghan side handed over a detainee" that week
    assert linked("Event", one_party, claims, date="2024-11-05") == ""
    two_parties = [("hasInitiator", IEA), ("hasRecipient", "india")]
    assert linked("Event", two_parties, claims, date="2024-11-05") == done
    assert linked("Event", two_parties, claims) == ""  # two parties, but no place nor date


def _told(cls: str, text: str, words: str, *, linked_to: str = "") -> Event:
    """An event of ``cls`` whose trigger is the first word of ``words`` in ``text``,
    linked to the register's ``linked_to`` (if any)."""
    start, trigger = text.index(words), words.split()[0]
    event = Event(cls, 0, start, start + len(trigger), trigger)
    if linked_to:
        event.id, event.existing = linked_to, True
    return event


def test_an_act_told_again_by_a_pronoun_is_the_reports_earlier_one_not_the_registers() -> None:
    text = (
        "Nepal and Bhutan signed a river pact in Thimphu last week. "
        "The two foreign ministers signed it with a handshake."
    )
    first = _told("Agreement", text, "signed a")
    again = _told("Agreement", text, "signed it", linked_to="agreement-regular-contact-2025-01")
    told_again(register(), [again], text)
    assert again.existing  # no earlier agreement here: "it" is none of this report's
    told_again(register(), [_told("Meeting", text, "signed a"), again], text)
    assert again.existing  # an earlier meeting is not what was signed
    told_again(register(), [again, first], text)  # in any order: the one before it
    assert not again.existing and again.id == ""
    first.id, first.existing = "agreement-regular-contact-2025-01", True  # the same one
    again.id, again.existing = first.id, True
    told_again(register(), [first, again], text)
    assert again.existing


def test_a_pronoun_after_a_verb_of_speech_opens_what_was_said() -> None:
    text = "Nepal said on Monday that talks would resume. Bhutan said it hoped to attend."
    first = _told("Statement", text, "said on")
    again = _told("Statement", text, "said it", linked_to="mea-briefing-2024-11-07")
    told_again(register(), [first, again], text)
    assert again.existing


def test_the_suggester_keeps_an_act_told_again_by_a_pronoun_new() -> None:
    text = (
        "Bhutan and Nepal signed a regional transit pact in Kathmandu last month. "
        "India and the Taliban government signed it too, officials said."
    )
    rows = suggest(text)
    assert not any(r.subject == "agreement-regular-contact-2025-01" for r in rows)
    assert sum(r.predicate == "type" and r.object == "Agreement" for r in rows) == 2


def test_a_quantity_shipped_is_not_a_catch_all_event_of_its_commodity() -> None:
    where = Location(Path("claims.tsv"), 2)
    claims = [("wheat-y", "hasInitiator", "india"), ("wheat-y", "hasCommodity", "wheat")]
    records = [ClaimRecord(s, p, o, "x", "w", None, "", where) for s, p, o in claims]
    sent = Event("AidShipment", 0, 0, 5, "shipped", published=PUBLISHED)
    sent.actors = [("hasInitiator", Mention(10, 12, "india", "", 1.0))]
    for kind, fits in (("Event", False), ("AidShipment", True)):  # a purchase told as Event
        entities = {
            **register().entities,
            "wheat-y": EntityRecord("wheat-y", kind, "w", (), "", "", where),
        }
        reg = dataclasses.replace(register(), entities=entities, claims=records)
        assert shipment_fits("wheat-y", reg, reg.facts(), sent) is fits


def test_one_shared_person_and_a_date_is_not_a_meeting_whose_other_participants_differ() -> None:
    talks = "singh-muttaqi-talks-x"  # the register's: Singh met Muttaqi on the 5th
    claims = [
        (talks, "hasParticipant", "jp-singh"),
        (talks, "hasParticipant", "amir-khan-muttaqi"),
        (talks, "hasTime", "2024-11-05"),
    ]
    briefing = [("hasParticipant", "jp-singh"), ("hasParticipant", "un-agencies-kabul")]
    assert linked("Meeting", briefing, claims, date="2024-11-05") == ""  # Singh briefed the UN
    with_state = [("hasParticipant", "jp-singh"), ("hasParticipant", "india")]
    assert linked("Meeting", with_state, claims, date="2024-11-05") == talks  # his own state
    there = [*claims, (talks, "hasParticipant", "un-agencies-kabul")]
    assert linked("Meeting", briefing, there, date="2024-11-05") == talks  # the same two
    placed = [*claims, (talks, "hasPlace", "dubai")]
    assert linked("Meeting", briefing, placed, date="2024-11-05", places=("dubai",)) == talks


def test_one_shared_party_blocks_no_meeting_of_two_shared_or_of_those_acting_for_them() -> None:
    talks = "singh-muttaqi-talks-y"
    claims = [
        (talks, "hasParticipant", "jp-singh"),
        (talks, "hasParticipant", "amir-khan-muttaqi"),
        (talks, "hasParticipant", "vikram-misri"),
        (talks, "hasTime", "2024-11-05"),
        ("amir-khan-muttaqi", "holdsPosition", "iea-foreign-minister"),
        ("iea-foreign-minister", "positionIn", IEA),
        ("iea-ministry-of-foreign-affairs", "partOf", IEA),
    ]
    two = [("hasParticipant", "jp-singh"), ("hasParticipant", "amir-khan-muttaqi")]
    two.append(("hasParticipant", "un-agencies-kabul"))  # and the UN, whom they met too
    assert linked("Meeting", two, claims, date="2024-11-05") == talks
    ministry = [
        ("hasParticipant", "jp-singh"),
        ("hasParticipant", "iea-ministry-of-foreign-affairs"),
    ]
    assert linked("Meeting", ministry, claims, date="2024-11-05") == talks  # Muttaqi's own
