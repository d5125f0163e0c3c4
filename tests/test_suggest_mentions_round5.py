"""Round 5 of `kg suggest`'s mentions and new entities (issue 22), by rules of general
English and of the genre (news of South and Central Asian diplomacy). Each test is on
sentences of our own making (none from the seed texts) and fails without its rule."""

from __future__ import annotations

from kg.suggest.rows import Suggestion
from tests.suggest_sentences import suggest


def mentioned(rows: list[Suggestion]) -> set[tuple[str, str]]:
    """(words, entity) of the mention rows."""
    return {(r.evidence, r.subject) for r in rows if r.kind == "mention"}


def new(rows: list[Suggestion], predicate: str = "label") -> dict[str, str]:
    """Proposed new entity id -> its label (or another of its entity rows)."""
    return {r.subject: r.object for r in rows if r.kind == "entity" and r.predicate == predicate}


def test_a_title_of_another_state_or_rank_is_not_the_register_office() -> None:
    rows = suggest(
        "Chinese Foreign Minister Wang Yi met Pakistan’s Prime Minister Shehbaz Sharif, and "
        "Deputy Foreign Minister Lan Ping met Indian Prime Minister Narendra Modi."
    )
    found = mentioned(rows)
    assert ("Foreign Minister", "iea-foreign-minister") not in found
    assert ("Prime Minister", "prime-minister-of-india") in found  # the Indian one only
    assert sum(1 for words, e in found if e == "prime-minister-of-india") == 1
    labels = set(new(rows).values())
    assert {"Wang Yi", "Shehbaz Sharif", "Lan Ping"} <= labels  # the title is no part of a name
    rows = suggest("He said the Prime Minister of Qatar would visit Kabul.")
    assert all(e != "prime-minister-of-india" for _, e in mentioned(rows))
