"""Round 7 of the general rules of `kg suggest` (issue 22): the participants of an event
and their roles (the hearer of "told", a statement attributed in a parenthetical, a
visit's leader and host). Each test is on sentences of our own making (none from the seed
or the invented reports) and fails without its rule."""

from __future__ import annotations

from tests.suggest_sentences import actors, events, suggest


def test_the_hearer_right_after_told_is_the_statements_target() -> None:
    rows = suggest("Jaishankar told the Iranian side on Friday that the road would open.")
    (statement,) = events(rows, "Statement")
    assert ("hasTarget", "iran") in actors(rows, statement)
    rows = suggest("Jaishankar told reporters that the Iranian side had asked for wheat.")
    statements = events(rows, "Statement")
    assert all(("hasTarget", "iran") not in actors(rows, s) for s in statements)


def test_a_statement_attributed_in_a_parenthetical_is_its_subjects() -> None:
    rows = suggest(
        "Muttaqi, according to a statement from the Taliban’s Ministry of Mines, told "
        "the Iranian side that the copper mine would reopen."
    )
    (statement,) = events(rows, "Statement")
    assert actors(rows, statement) == {
        ("hasInitiator", "amir-khan-muttaqi"),
        ("hasTarget", "iran"),
    }
