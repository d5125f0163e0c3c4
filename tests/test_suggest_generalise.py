"""kg suggest's general rules, on sentences of our own making (not the seed texts)."""

from __future__ import annotations

from functools import cache

from kg.suggest.register import Register, load_register
from kg.suggest.rows import Suggestion
from kg.suggest.suggester import Suggester
from tests.conftest import DATA, ONTOLOGY

SOURCE = "002_cc55442e284936d0"  # only its publication date is used


@cache
def register() -> Register:
    return load_register(DATA, ONTOLOGY)


def suggest(text: str) -> list[Suggestion]:
    return Suggester.from_register(register(), ONTOLOGY).suggest(SOURCE, text)


def claims(rows: list[Suggestion], predicate: str) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in rows if r.kind == "claim" and r.predicate == predicate}


def test_a_place_that_is_an_actors_declared_alias_is_the_actor_outside_in_to_at() -> None:
    rows = suggest("Tehran’s envoy said the talks went well. The minister later flew to Tehran.")
    mentions = [(r.subject, r.object) for r in rows if r.kind == "mention"]
    assert mentions.index(("iran", "Tehran")) < mentions.index(("tehran", "Tehran"))
    assert ("tehran", "Tehran") in mentions


def test_the_two_sides_are_the_states_of_the_last_meeting() -> None:
    rows = suggest(
        "China met Russia in Doha on Tuesday. The two sides also agreed to hold more talks."
    )
    agreement = {r.subject for r in rows if r.predicate == "type" and r.object == "Agreement"}
    assert len(agreement) == 1
    (event,) = agreement
    assert {(event, "china"), (event, "russia")} <= claims(rows, "hasParticipant")


def test_a_condemnation_targets_the_initiator_of_the_attack_it_names() -> None:
    rows = suggest("Qatar launched an operation in Iran on Monday. China condemned the airstrikes.")
    condemnation = {r.subject for r in rows if r.predicate == "type" and r.object == "Condemnation"}
    (event,) = condemnation
    assert (event, "qatar") in claims(rows, "hasTarget")
    assert (event, "china") in claims(rows, "hasInitiator")


def test_no_country_including_a_list_does_not_recognise_what_follows() -> None:
    rows = suggest(
        "No country, including China and Qatar, has formally recognized the Taliban "
        "government. Russia has refused to recognize the Taliban government."
    )
    refusing = claims(rows, "doesNotFormallyRecognize")
    iea = "islamic-emirate-of-afghanistan"
    assert {("china", iea), ("qatar", iea), ("russia", iea)} <= refusing
