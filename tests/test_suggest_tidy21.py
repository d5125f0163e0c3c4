"""Debts of the round-twenty review of `kg suggest` paid (round twenty-one): what one rule
wrote again now defined once, each shown in use here. Every report's suggestion rows stayed
the same. Sentences of our own making."""

from __future__ import annotations

from pathlib import Path

from kg.suggest.detentions import DETENTION
from kg.suggest.triggers import load_triggers
from tests.suggest_sentences import actors, suggest

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology"


def test_a_trigger_knows_the_row_it_comes_from() -> None:
    """detentions.py re-listed the detention row's words; it now asks the event for its
    row (Event.row, from Trigger.row), the row named by its first trigger."""
    triggers = [t for t in load_triggers(ONTOLOGY) if t.row == DETENTION]
    assert {t.cls for t in triggers} == {"Event"}
    assert {t.phrase for t in triggers if not t.refers_only} == {
        "detained",
        "arrested",
        "detention of",
        "arrest of",
    }


def test_an_arrest_is_a_detention_of_its_row() -> None:
    rows = suggest("A Tajik citizen who had been arrested in Kabul in March was freed.")
    (arrest,) = [
        r.subject
        for r in rows
        if r.kind == "entity" and r.predicate == "type" and r.evidence == "arrested"
    ]
    assert ("hasInitiator", "islamic-emirate-of-afghanistan") in actors(rows, arrest)
