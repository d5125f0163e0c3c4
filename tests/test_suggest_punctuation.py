"""Punctuation inside figures and after titles in `kg suggest` (issue 22): the comma of
"1,200 tonnes" ends no clause, and the comma between a title and the name it introduces
is no part of the office. Sentences of our own making."""

from __future__ import annotations

from kg.suggest.rows import Suggestion
from tests.suggest_sentences import suggest


def _texts(rows: list[Suggestion], predicate: str) -> set[str]:
    return {r.object for r in rows if r.kind == "claim" and r.predicate == predicate}


def test_a_figure_with_a_thousands_comma_stays_whole_in_a_description() -> None:
    rows = suggest("Kazakhstan sent 2,400 tonnes of wheat to Herat on Monday, officials said.")
    descriptions = _texts(rows, "hasDescription")
    assert descriptions, rows
    assert not any(d.rstrip().endswith(("sent 2", " 2")) for d in descriptions), descriptions
    assert any("2,400 tonnes" in d for d in descriptions), descriptions


def test_a_title_before_a_comma_and_a_name_is_an_office_without_the_comma() -> None:
    rows = suggest(
        "Tursunov met the Taliban's acting Minister of Water Resources, Gul Ahmad Sherzad, "
        "in Kabul on Monday."
    )
    labels = {r.object for r in rows if r.kind == "entity" and r.predicate == "label"}
    assert "Minister of Water Resources" in labels, labels
    assert not any(label.endswith(",") for label in labels), labels


def test_a_word_before_a_comma_opening_the_sentence_is_no_part_of_a_title() -> None:
    rows = suggest("Later, Minister Gul Ahmad Sherzad met the traders in Herat on Monday.")
    labels = {r.object for r in rows if r.kind == "entity" and r.predicate == "label"}
    assert "Gul Ahmad Sherzad" in labels, labels
    assert not any(label.startswith("Later") for label in labels), labels
