"""Round 13 of `kg suggest`'s participants, for the roles found least (hosts, targets,
recipients): a visit to a capital the register knows only as one state's other name is
hosted by that state; each rule on sentences of our own making (none from the seed or
invented reports), each failing without its rule."""

from __future__ import annotations

from tests.suggest_sentences import actors, events, suggest


def test_a_visit_to_a_capital_that_names_one_state_is_hosted_by_that_state() -> None:
    rows = suggest("A Nepali trade delegation arrived in Tehran on Monday on a three-day visit.")
    (visit,) = events(rows, "Visit")
    assert ("hasHost", "iran") in actors(rows, visit)


def test_the_visit_to_the_capital_told_as_a_noun_is_hosted_by_its_state() -> None:
    rows = suggest("It was the first visit to Islamabad by a Nepali minister in ten years.")
    (visit,) = events(rows, "Visit")
    assert ("hasHost", "pakistan") in actors(rows, visit)


def test_a_trip_still_to_come_gets_no_host_from_the_capital() -> None:
    rows = suggest("The Nepali minister is due to fly to Tehran on Friday for a visit.")
    for visit in events(rows, "Visit"):
        assert not {a for r, a in actors(rows, visit) if r == "hasHost"}
