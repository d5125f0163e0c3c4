"""Round 17 of `kg suggest`'s participants: a person named as a delegation's leader after
the trigger of talks ("talks between a delegation led by X and ...") leads them
(``hasLeader``) rather than taking part on his own; the subject of the talks' verb
still takes part; "he" or "she" before a passive trigger ("He was detained") undergoes
the event (its ``after`` role), as a name there does. Sentences of our own making (none from the seed or invented reports),
each failing without its rule."""

from __future__ import annotations

from tests.suggest_sentences import actors, claims, events, suggest


def test_a_delegations_leader_named_after_the_talks_leads_them() -> None:
    rows = suggest(
        "Trade dominated talks in Kabul on Monday between an Indian delegation led by"
        " Foreign Secretary Vikram Misri and Taliban officials."
    )
    (talks,) = events(rows, "Meeting")
    assert (talks, "vikram-misri") in claims(rows, "hasLeader")
    assert ("hasParticipant", "vikram-misri") not in actors(rows, talks)
    assert ("hasParticipant", "islamic-emirate-of-afghanistan") in actors(rows, talks)


def test_a_leader_who_is_the_subject_of_the_talks_takes_part() -> None:
    rows = suggest(
        "The Indian delegation was led by Foreign Secretary Vikram Misri, who met Amir Khan"
        " Muttaqi in Kabul on Monday."
    )
    (talks,) = events(rows, "Meeting")
    assert ("hasParticipant", "vikram-misri") in actors(rows, talks)
    assert (talks, "vikram-misri") not in claims(rows, "hasLeader")


def _roles(text: str) -> set[tuple[str, str]]:
    rows = suggest(text)
    return {
        pair
        for e in [r.subject for r in rows if r.kind == "entity" and r.predicate == "type"]
        for pair in actors(rows, e)
    }


def test_a_pronoun_before_a_passive_undergoes_the_event() -> None:
    roles = _roles(
        "Amir Khan Muttaqi spoke in Herat on Monday. He had been expelled from Iran in May."
    )
    assert ("hasTarget", "amir-khan-muttaqi") in roles
    assert ("hasInitiator", "amir-khan-muttaqi") not in roles


def test_a_pronoun_before_an_active_verb_still_does_it() -> None:
    roles = _roles(
        "Amir Khan Muttaqi spoke in Herat on Monday. He expelled the Iranian envoy in May."
    )
    assert ("hasInitiator", "amir-khan-muttaqi") in roles
