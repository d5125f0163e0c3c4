"""Round 8 of `kg suggest`'s linking: an event is proposed as one another report records
only on real evidence. Each rule on a small register of our own making (the seed
fixture's entities, invented claims), each failing without its rule."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from kg.build.annotations import ClaimRecord, EntityRecord
from kg.errors import Location
from kg.suggest.event_record import Event
from kg.suggest.linking import link
from kg.suggest.mentions import Mention
from kg.suggest.when import DateMention
from tests.suggest_sentences import register

PUBLISHED = dt.date(2024, 11, 8)
IEA = "islamic-emirate-of-afghanistan"


def linked(
    cls: str,
    roles: list[tuple[str, str]],
    claims: list[tuple[str, str, str]],
    *,
    date: str = "",
    places: tuple[str, ...] = (),
    new: dict[str, str] | None = None,
    words: frozenset[str] = frozenset(),
    kinds: dict[str, str] | None = None,
    labels: dict[str, str] | None = None,
) -> str:
    """The register event :func:`link` proposes for an event of ``cls`` with ``roles``
    (role, actor) in a report of 2024-11-08, dated ``date`` and placed in ``places``,
    where the other reports' claims are ``claims`` (subject, predicate, object) and
    ``new`` the entities new to the register (id -> class); "" for a new event. The
    register's event is the subject of the first claim, of class ``cls``; ``kinds`` gives
    the classes of more register events (id -> class), ``labels`` their labels."""
    where = Location(Path("claims.tsv"), 2)
    records = [ClaimRecord(s, p, o, "x", "w", None, "", where) for s, p, o in claims]
    told = claims[0][0]
    kinds = {told: cls, **(kinds or {})}
    entities = {**register().entities}
    names = labels or {}
    entities.update(
        {e: EntityRecord(e, k, names.get(e, e), (), "", "", where) for e, k in kinds.items()}
    )
    reg = dataclasses.replace(
        register(), entities=entities, claims=records, proposed=dict(new or {})
    )
    event = Event(cls, 0, 0, 5, "t", published=PUBLISHED)
    event.actors = [(r, Mention(10 + i, 12 + i, a, "", 1.0)) for i, (r, a) in enumerate(roles)]
    if date:
        event.dates = [DateMention(20, 25, date, "on Tuesday", True, 0.9)]
    event.places = [Mention(30 + i, 32 + i, p, "", 1.0) for i, p in enumerate(places)]
    link(event, reg, reg.facts(), words)  # type: ignore[arg-type]
    return event.id if event.existing else ""


def test_a_state_and_its_government_are_one_shared_party_not_two() -> None:
    told = "iea-condemnation-x"  # the Taliban government condemned Pakistan's strikes
    claims = [
        (told, "hasInitiator", IEA),
        (told, "hasTarget", "pakistan"),
        (IEA, "governs", "afghanistan"),
    ]
    named_twice = [("hasInitiator", "afghanistan"), ("hasInitiator", IEA), ("hasTarget", "iran")]
    assert linked("Condemnation", named_twice, claims) == ""  # Afghanistan's, of Iran
    two_parties = [("hasInitiator", IEA), ("hasTarget", "pakistan"), ("hasTarget", "iran")]
    assert linked("Condemnation", two_parties, claims) == told


def test_talks_in_a_city_new_to_the_register_are_not_talks_in_a_register_city() -> None:
    talks = "china-iran-talks-x"
    claims = [
        (talks, "hasParticipant", "china"),
        (talks, "hasParticipant", "iran"),
        (talks, "hasPlace", "dubai"),
        (talks, "hasTime", "2024-11-05"),
    ]
    roles = [("hasParticipant", "china"), ("hasParticipant", "iran")]
    elsewhere = {"samarkand": "City"}
    assert (
        linked("Meeting", roles, claims, date="2024-11-05", places=("samarkand",), new=elsewhere)
        == ""
    )
    assert linked("Meeting", roles, claims, date="2024-11-05", places=("dubai",)) == talks


def test_a_meeting_of_named_states_is_not_one_where_another_party_takes_their_place() -> None:
    trilateral = "trilateral-x"  # China, Pakistan and the Taliban met in Kabul in November
    claims = [
        (trilateral, "hasParticipant", "china"),
        (trilateral, "hasParticipant", "pakistan"),
        (trilateral, "hasParticipant", IEA),
        (trilateral, "hasPlace", "kabul"),
        (trilateral, "hasTime", "2024-11"),
        ("amir-khan-muttaqi", "holdsPosition", "iea-foreign-minister"),
        ("iea-foreign-minister", "positionIn", IEA),
    ]
    envoy = {"dilnoza-karimova": "Person"}  # a visiting minister new to the register
    roles = [("hasParticipant", IEA), ("hasParticipant", "amir-khan-muttaqi")]
    roles.append(("hasParticipant", "dilnoza-karimova"))
    assert linked("Meeting", roles, claims, date="2024-11-05", places=("kabul",), new=envoy) == ""
    # the minister acts for the Taliban, one of the parties: the meeting named by its minister
    muttaqi = [("hasParticipant", "amir-khan-muttaqi"), ("hasParticipant", "china")]
    assert linked("Meeting", muttaqi, claims, date="2024-11-05", places=("kabul",)) == trilateral


def test_of_two_candidates_sharing_two_parties_the_one_of_the_rarer_party_is_proposed() -> None:
    common = [  # India and the Taliban take part in most of the register's events
        (f"statement-{n}", role, actor)
        for n in range(4)
        for role, actor in (("hasInitiator", "india"), ("hasTarget", IEA))
    ]
    rare, usual = "a-talks", "b-talks"  # the order of the ids alone would take b-talks
    claims = [
        (rare, "hasParticipant", "china"),
        (rare, "hasParticipant", IEA),
        (usual, "hasParticipant", "india"),
        (usual, "hasParticipant", IEA),
        *common,
    ]
    kinds = {usual: "Meeting", **{f"statement-{n}": "Statement" for n in range(4)}}
    roles = [("hasParticipant", p) for p in ("india", "china", IEA)]
    assert linked("Meeting", roles, claims, kinds=kinds) == rare


def test_a_quantity_sent_by_another_state_is_not_the_registers_shipment_of_it() -> None:
    from tests.suggest_sentences import suggest

    rows = suggest("Iran sent 5,000 tonnes of wheat to Afghanistan on Monday.")
    shipments = {r.subject for r in rows if r.predicate == "hasCommodity" and r.object == "wheat"}
    assert shipments and "aid-wheat" not in shipments  # the register's is India's wheat
    rows = suggest("India sent 5,000 tonnes of wheat to Afghanistan on Monday.")
    assert ("aid-wheat", "hasCommodity", "wheat") in {
        (r.subject, r.predicate, r.object) for r in rows
    }


def test_a_quantity_sent_before_the_registers_shipment_of_it_began_is_another() -> None:
    from kg.suggest.linking import shipment_fits

    where = Location(Path("claims.tsv"), 2)
    claims = [("wheat-x", "hasInitiator", "india"), ("wheat-x", "hasTime", "2025-03")]
    records = [ClaimRecord(s, p, o, "x", "w", None, "", where) for s, p, o in claims]
    reg = dataclasses.replace(register(), claims=records)
    sent = Event("AidShipment", 0, 0, 5, "sent", published=PUBLISHED)
    sent.actors = [("hasInitiator", Mention(10, 12, "india", "", 1.0))]
    sent.dates = [DateMention(20, 25, "2024-11-04", "on Monday", True, 0.9)]
    assert not shipment_fits("wheat-x", reg, reg.facts(), sent)  # told in 2024, begun 2025
    sent.dates = []
    assert not shipment_fits("wheat-x", reg, reg.facts(), sent)  # "sent": past, undated
    # no shipment named: a quantity alone tells no shipment (round 11; it was no contradiction)
    assert not shipment_fits("wheat-x", reg, reg.facts(), None)


def test_an_agreement_of_other_parties_is_another_agreement() -> None:
    deal = "pakistan-afghanistan-deal-x"  # Pakistan and the Taliban agreed
    claims = [
        (deal, "hasParticipant", "pakistan"),
        (deal, "hasParticipant", IEA),
        (IEA, "governs", "afghanistan"),
    ]
    three = [("hasParticipant", p) for p in ("china", "pakistan", "afghanistan")]
    assert linked("Agreement", three, claims) == ""  # China, Pakistan and Afghanistan agree
    two = [("hasParticipant", p) for p in ("pakistan", "afghanistan")]
    assert linked("Agreement", two, claims) == deal


def test_a_capital_lies_in_the_state_its_name_stands_for() -> None:
    withdrawal = "withdrawal-x"  # US troops left Afghanistan in August 2021
    claims = [
        (withdrawal, "hasInitiator", "united-states"),
        (withdrawal, "hasInitiator", "nato"),
        (withdrawal, "hasPlace", "afghanistan"),
        (withdrawal, "hasTime", "2021-08"),
        (IEA, "governs", "afghanistan"),  # and "Kabul" is a name of the Islamic Emirate
    ]
    roles = [("hasInitiator", "united-states"), ("hasInitiator", "nato")]
    assert (
        linked("MilitaryWithdrawal", roles, claims, date="2021-08", places=("kabul",)) == withdrawal
    )
    assert linked("MilitaryWithdrawal", roles, claims, date="2021-08", places=("dubai",)) == ""


def test_a_noun_alone_with_the_registers_city_and_days_refers_back_to_that_event() -> None:
    visit = "visit-x"  # a delegation visited Dubai on 4-5 November
    claims = [
        (visit, "hasVisitor", "china"),
        (visit, "hasPlace", "dubai"),
        (visit, "hasTime", "2024-11-04..2024-11-05"),
    ]
    days = "2024-11-04..2024-11-05"  # "during the November 4-5 visit to Dubai"
    assert linked("Visit", [], claims, date=days, places=("dubai",)) == visit
    assert linked("Visit", [], claims, date="2024-11-06", places=("dubai",)) == ""  # other days
    assert linked("Visit", [], claims, date=days, places=("kabul",)) == ""  # another city
    again = [*claims, ("visit-y", "hasPlace", "dubai"), ("visit-y", "hasTime", days)]
    two = linked("Visit", [], again, date=days, places=("dubai",), kinds={"visit-y": "Visit"})
    assert two == ""  # two such visits: which one the text means is not known


def test_the_only_condemnation_of_its_actor_is_taken_when_the_text_names_what_it_condemned() -> (
    None
):
    told = "condemnation-x"
    claims = [(told, "hasInitiator", "china"), (told, "hasTarget", "iran")]
    label = "China condemns Iran’s missile tests"
    entity = {told: label}
    roles = [("hasInitiator", "china")]
    said = frozenset("china condemned the missile tests".split())
    assert linked("Condemnation", roles, claims, words=said, labels=entity) == told
    other = frozenset("china condemned the border closure".split())
    assert linked("Condemnation", roles, claims, words=other, labels=entity) == ""
    # a plain statement, the vaguest act, is not taken alone even so
    assert linked("Statement", roles, claims, words=said, labels=entity) == ""


def test_an_act_without_actors_dated_after_the_publication_refers_back_to_nothing() -> None:
    visit = "visit-z"  # another report's visit to Dubai on 9 November
    claims = [(visit, "hasVisitor", "china"), (visit, "hasPlace", "dubai")]
    claims.append((visit, "hasTime", "2024-11-09"))
    # "will fly to Dubai tomorrow" in a report of 8 November: no visit the reader knows
    assert linked("Visit", [], claims, date="2024-11-09", places=("dubai",)) == ""


def test_a_statement_is_not_identified_by_the_occasion_its_label_names() -> None:
    told = "acknowledgement-x"  # a statement made at talks another report records
    claims = [
        (told, "hasInitiator", IEA),
        (told, "hasTarget", "india"),
        (told, "hasTime", "2024-11-06"),
        (told, "hasPlace", "dubai"),
    ]
    entity = {told: "The Afghan side acknowledges India's security concerns at the Dubai meeting"}
    roles = [("hasInitiator", IEA), ("hasTarget", "india")]
    praise = frozenset("the taliban called india a partner after the meeting".split())
    day, dubai = "2024-11-06", ("dubai",)
    found = linked("Statement", roles, claims, words=praise, labels=entity, date=day, places=dubai)
    assert found == ""  # "meeting" names the occasion, not what was said
    concerns = frozenset("the taliban acknowledged india's security concerns".split())
    found = linked(
        "Statement", roles, claims, words=concerns, labels=entity, date=day, places=dubai
    )
    assert found == told
