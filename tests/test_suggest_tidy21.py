"""Debts of the round-twenty review of `kg suggest` paid (round twenty-one): what one rule
wrote again now defined once, each shown in use here. Every report's suggestion rows stayed
the same. Sentences of our own making."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.suggest.cargo import MOVED
from kg.suggest.detentions import DETENTION
from kg.suggest.english import LIST_SEPARATOR
from kg.suggest.runs import name_runs
from kg.suggest.text import make_doc
from kg.suggest.triggers import load_triggers
from tests.suggest_sentences import actors, suggest
from tests.test_suggest_mentions_general import entities, register

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


def test_a_remits_body_before_of_the_goes_on_in_the_name() -> None:
    """The body words are defined once (english.ORG_WORDS, of REMIT_BODIES and
    CHARTERED_BODIES); runs.py, which could not import candidates.ORG_WORDS, reads the two
    parts, so a remit's body ("Directorate") goes on after "for the" as a council does."""
    doc = make_doc("He met officials of the Directorate for the Protection of Refugees.")
    runs = [doc[s:e].text for s, e in name_runs(doc, set())]
    assert "Directorate for the Protection of Refugees" in runs


@pytest.mark.parametrize("body", ["ministry", "department", "directorate", "commission"])
def test_a_groups_plural_name_after_any_remits_body_is_its_portfolio(body: str) -> None:
    """no_referent.py listed "ministry|department" before "of" and four bodies after the
    name; both now read english.REMIT_BODIES."""
    reg = register(("ref", "Group", "Ruritanian refugees", "refugees"))
    assert "ref" not in entities(reg, f"The {body} of refugees said so.")
    assert "ref" not in entities(reg, f"The refugees {body} said so.")


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("wheat, rice, and cooking oil", ["wheat", "rice", "cooking oil"]),
        ("Iran or Pakistan", ["Iran", "Pakistan"]),
        ("Iran ,Pakistan and Tajikistan", ["Iran", "Pakistan", "Tajikistan"]),
    ],
)
def test_one_rule_parts_the_items_of_a_list(text: str, items: list[str]) -> None:
    """genre_forms.py and listed.py each wrote the separator of a list's items (one
    "\\s*,\\s*", the other ",\\s+"); both read english.LIST_SEPARATOR."""
    assert re.split(LIST_SEPARATOR, text) == items


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("Tents", "She slept in a tent near the gate."),
        ("Supplies", "She kept a supply near the gate."),
        ("Glasses", "He drank a glass near the gate."),
    ],
)
def test_a_commoditys_plural_name_in_the_singular_after_a_is_one_thing(
    label: str, text: str
) -> None:
    """no_referent._one_of cut every final "s" ("supplies": "supplie"); it now reads the
    package's one singular rule (word_forms.singular), by which its forms were made."""
    reg = register(("goods", "Commodity", label, label.lower()))
    assert "goods" not in entities(reg, text)


def test_a_cargos_movement_is_told_by_its_rows() -> None:
    """cargo.py re-listed ten words of two rows; the rows are split by what they tell (a
    ship's arrival and unloading, its sailing; a cargo's loading, its sending) and cargo.py
    asks an event for its row."""
    rows: dict[str, set[str]] = {}
    for trigger in load_triggers(ONTOLOGY):
        rows.setdefault(trigger.row, set()).add(trigger.phrase)
    moved = {phrase for row in MOVED for phrase in rows[row]}
    assert {"docked", "berthed", "unloaded", "loaded", "carried"} <= moved
    assert not moved & {"sailed", "set sail", "sent", "dispatched"}


def test_a_cargo_unloaded_in_its_shipments_sentence_is_the_shipment() -> None:
    rows = suggest("Freedonia sent 300 tonnes of wheat to Zenda, unloaded at the port on Monday.")
    types = {r.object for r in rows if r.kind == "entity" and r.predicate == "type"}
    assert "AidShipment" in types and "Event" not in types, types
