"""Round 11 of `kg suggest`'s linking: a link on shared parties alone needs the same story,
and a linked event's reason says what matched. On a small register of our own making
(the seed fixture's entities, invented claims), each failing without its rule."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from kg.build.annotations import ClaimRecord, EntityRecord
from kg.errors import Location
from kg.suggest.event_record import Event
from kg.suggest.linking import link_all
from kg.suggest.mentions import Mention
from kg.suggest.register import Register
from kg.suggest.when import DateMention
from tests.suggest_sentences import register, suggest

PUBLISHED = dt.date(2024, 11, 8)
IEA = "islamic-emirate-of-afghanistan"
WHERE = Location(Path("claims.tsv"), 2)


def _register(claims: list[tuple[str, str, str, str]], kinds: dict[str, str]) -> Register:
    """The seed fixture's register with ``claims`` (subject, predicate, object, source)
    and the events ``kinds`` (id -> class) in place of its own claims."""
    records = [ClaimRecord(s, p, o, src, "w", None, "", WHERE) for s, p, o, src in claims]
    entities = {**register().entities}
    entities.update({e: EntityRecord(e, k, e, (), "", "", WHERE) for e, k in kinds.items()})
    return dataclasses.replace(register(), entities=entities, claims=records)


def _event(cls: str, roles: list[tuple[str, str]], date: str = "", place: str = "") -> Event:
    event = Event(cls, 0, 0, 5, "t", published=PUBLISHED)
    event.actors = [(r, Mention(10 + i, 12 + i, a, "", 1.0)) for i, (r, a) in enumerate(roles)]
    if date:
        event.dates = [DateMention(20, 25, date, "on Tuesday", True, 0.9)]
    if place:
        event.places = [Mention(30, 35, place, "", 1.0)]
    return event


TWO = [("hasInitiator", "india"), ("hasRecipient", IEA)]
KINDS = {"talks-x": "Meeting", "pledge-x": "Pledge"}


def _told(pledge_source: str) -> Register:
    """Talks of India and the Taliban in Kabul on 5 November, told by report "a", and an
    undated pledge of India to the Taliban, told by ``pledge_source``."""
    return _register(
        [
            ("talks-x", "hasParticipant", "india", "a"),
            ("talks-x", "hasParticipant", IEA, "a"),
            ("talks-x", "hasPlace", "kabul", "a"),
            ("talks-x", "hasTime", "2024-11-05", "a"),
            ("pledge-x", "hasInitiator", "india", pledge_source),
            ("pledge-x", "hasRecipient", IEA, pledge_source),
        ],
        KINDS,
    )


def test_a_link_on_two_parties_alone_needs_a_report_of_the_same_story() -> None:
    reg = _told("b")  # the pledge is another report's: India pledges to the Taliban often
    talks = _event("Meeting", [("hasParticipant", "india"), ("hasParticipant", IEA)])
    talks.dates = [DateMention(20, 25, "2024-11-05", "on Tuesday", True, 0.9)]
    talks.places = [Mention(30, 35, "kabul", "", 1.0)]
    pledge = _event("Pledge", TWO)
    link_all([talks, pledge], reg, reg.facts(), [frozenset(), frozenset()])  # type: ignore[arg-type]
    assert talks.existing and talks.id == "talks-x"  # a place and a date: linked
    assert not pledge.existing  # two parties alone, in a story of other reports: new
    reg = _told("a")  # the report of those talks tells the pledge too: the same story
    talks.existing, talks.id = False, ""
    pledge = _event("Pledge", TWO)
    link_all([talks, pledge], reg, reg.facts(), [frozenset(), frozenset()])  # type: ignore[arg-type]
    assert pledge.existing and pledge.id == "pledge-x"
    assert "the story of reports" in pledge.reason


def test_without_a_placed_or_dated_link_no_event_is_linked_on_parties_alone() -> None:
    reg = _told("a")
    pledge = _event("Pledge", TWO)  # the report's only event: nothing ties it to a story
    link_all([pledge], reg, reg.facts(), [frozenset()])  # type: ignore[arg-type]
    assert not pledge.existing
    dated = _event("Meeting", [("hasParticipant", "india")], "2024-11-05", "kabul")
    link_all([dated], reg, reg.facts(), [frozenset()])  # type: ignore[arg-type]
    assert dated.existing  # one shared party, the place and the date: no story needed


def test_a_linked_events_reason_says_what_matched() -> None:
    reg = _told("a")
    talks = _event("Meeting", [("hasParticipant", "india")], "2024-11-05", "kabul")
    link_all([talks], reg, reg.facts(), [frozenset()])  # type: ignore[arg-type]
    assert talks.reason.startswith("the register's event talks-x: same kind")
    assert "shared actors india" in talks.reason
    assert "same place kabul" in talks.reason
    assert "date 2024-11-05 against 2024-11-05" in talks.reason


def _expulsions(span: str) -> Register:
    """Pakistan's expulsions of Afghans, dated ``span`` by report "a"."""
    return _register(
        [
            ("expulsions-x", "hasInitiator", "pakistan", "a"),
            ("expulsions-x", "hasTime", span, "a"),
        ],
        {"expulsions-x": "Expulsion"},
    )


def test_a_day_inside_a_span_of_years_does_not_confirm_the_spans_event() -> None:
    day = _event("Expulsion", [("hasInitiator", "pakistan")], "2024-11-05")
    reg = _expulsions("2023-10..2024-11")  # a flow since late 2023: "expelled on Tuesday"
    link_all([day], reg, reg.facts(), [frozenset()])  # type: ignore[arg-type]
    assert not day.existing
    reg = _expulsions("2024-11")  # a month still confirms a day of it
    link_all([day], reg, reg.facts(), [frozenset()])  # type: ignore[arg-type]
    assert day.existing and day.id == "expulsions-x"


def _talks(span: str) -> Register:
    """Talks of Iran and the Taliban in Mashhad, dated ``span`` by report "a"."""
    return _register(
        [
            ("iran-talks-x", "hasParticipant", "iran", "a"),
            ("iran-talks-x", "hasParticipant", IEA, "a"),
            ("iran-talks-x", "hasTime", span, "a"),
        ],
        {"iran-talks-x": "Meeting"},
    )


def _linked_on(date: str, span: str) -> bool:
    talks = _event("Meeting", [("hasParticipant", "iran"), ("hasParticipant", IEA)], date)
    reg = _talks(span)
    link_all([talks], reg, reg.facts(), [frozenset()])  # type: ignore[arg-type]
    return talks.existing


def test_only_specific_dates_tell_one_event() -> None:
    assert _linked_on("2024-01", "2024-01-15")  # a month and a day of it
    assert _linked_on("2022", "2022-06")  # a year and a month of it
    assert not _linked_on("2022", "2021-08..2024-06")  # two spans of years
    # "have held talks since January": a span up to the publication, several talks
    assert not _linked_on("2024-01..2024-11-08", "2024-01")
    # a day of this week against a span that another report ends at its publication
    assert not _linked_on("2024-11-06", "2024-03..2024-11-07")
    assert _linked_on("2024-11-06", "..2024-11-07")  # told undated up to those days


def test_a_shared_state_is_no_shared_place() -> None:
    reg = _register(
        [
            ("strikes-x", "hasInitiator", "pakistan", "a"),
            ("strikes-x", "hasPlace", "afghanistan", "a"),
            ("strikes-x", "hasPlace", "kabul", "a"),
        ],
        {"strikes-x": "Airstrike"},
    )
    strikes = [("hasInitiator", "pakistan")]
    in_the_state = _event("Airstrike", strikes, "2024-11", "afghanistan")
    link_all([in_the_state], reg, reg.facts(), [frozenset()])  # type: ignore[arg-type]
    assert not in_the_state.existing  # Pakistan strikes Afghanistan often
    in_the_city = _event("Airstrike", strikes, "2024-11", "kabul")
    link_all([in_the_city], reg, reg.facts(), [frozenset()])  # type: ignore[arg-type]
    assert in_the_city.existing


def test_a_request_of_two_parties_in_the_same_story_is_the_registers() -> None:
    def told(source: str) -> Register:
        reg = _register(
            [
                ("talks-x", "hasParticipant", "india", "a"),
                ("talks-x", "hasPlace", "kabul", "a"),
                ("talks-x", "hasTime", "2024-11-05", "a"),
                ("ask-x", "hasInitiator", "afghanistan", source),
                ("ask-x", "hasTarget", "india", source),
                (IEA, "governs", "afghanistan", source),
            ],
            {"talks-x": "Meeting", "ask-x": "Request"},
        )
        label = "Afghanistan asks India for scholarships for its students"
        entities = {
            **reg.entities,
            "ask-x": dataclasses.replace(reg.entities["ask-x"], label=label),
        }
        return dataclasses.replace(reg, entities=entities)

    def linked(reg: Register, words: str) -> bool:
        talks = _event("Meeting", [("hasParticipant", "india")], "2024-11-05", "kabul")
        ask = _event("Request", [("hasInitiator", IEA), ("hasTarget", "india")])
        said = [frozenset(), frozenset(words.split())]
        link_all([talks, ask], reg, reg.facts(), said)  # type: ignore[arg-type]
        return ask.existing

    assert linked(told("a"), "the taliban asked india for scholarships")
    assert not linked(told("a"), "the taliban asked india for visas")  # another request
    assert not linked(told("b"), "the taliban asked india for scholarships")  # another story


def test_a_quantity_in_a_sentence_naming_no_shipment_is_not_the_registers_shipment() -> None:
    text = "The province needs 50,000 tonnes of wheat before the winter, officials said."
    rows = suggest(text)
    assert not any(r.subject == "aid-wheat" for r in rows)  # the seed register's shipment


def test_one_party_in_the_same_city_undated_needs_the_story() -> None:
    reg = _told("a")
    undated = _event("Meeting", [("hasParticipant", IEA)], place="kabul")
    link_all([undated], reg, reg.facts(), [frozenset()])  # type: ignore[arg-type]
    assert not undated.existing  # "the envoy is in Kabul for talks with Taliban officials"
    two = _event("Meeting", [("hasParticipant", IEA), ("hasParticipant", "india")], place="kabul")
    link_all([two], reg, reg.facts(), [frozenset()])  # type: ignore[arg-type]
    assert two.existing  # both parties of the register's talks, in its city
