"""Round 5 of the general rules of `kg suggest` (issue 22): the participants of an event
and their roles, by rules of general English and of the genre of diplomatic news. Each
test is on sentences of our own making (none from the seed texts) and fails without its
rule."""

from __future__ import annotations

from kg.suggest.rows import Suggestion
from tests.suggest_sentences import ROLES, actors, events, suggest


def acting(rows: list[Suggestion]) -> list[str]:
    """The events the rows give actors to (new or of the register), in order."""
    return list(dict.fromkeys(r.subject for r in rows if r.predicate in ROLES))


def test_a_noun_that_only_refers_back_without_a_determiner_does_not_end_a_clause() -> None:
    rows = suggest("China pledged aid to Afghanistan on Monday.")
    (pledge,) = acting(rows)
    assert actors(rows, pledge) == {("hasInitiator", "china"), ("hasRecipient", "afghanistan")}


def test_a_bare_both_opening_the_clause_is_the_two_sides_of_the_talks_before() -> None:
    rows = suggest("Jaishankar met Muttaqi in Doha on Monday. Both agreed to expand trade.")
    (agreement,) = events(rows, "Agreement")
    assert actors(rows, agreement) == {
        ("hasParticipant", "s-jaishankar"),
        ("hasParticipant", "amir-khan-muttaqi"),
    }
