"""Review of round twelve (issue 22): concepts of `kg suggest` defined once.

Each test fails on the code as it was merged (a module's own copy of a list another
module owns)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.suggest import units
from kg.suggest.english import PEOPLE, SAYING_PARTICIPLES
from tests import test_suggest_wordlists as wordlists
from tests.suggest_sentences import claims, events, suggest

SUGGEST = Path(units.__file__).parent


@pytest.mark.parametrize(
    "path", sorted(p for p in SUGGEST.glob("*.py") if p.name != "units.py"), ids=str
)
def test_no_module_but_units_writes_the_words_of_size(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """measures.py had its own "thousand", "lakh", "million", "crore", "billion"."""
    monkeypatch.setattr(wordlists, "CONCEPTS", {"words of size": set(units.SCALES)})
    found = wordlists.copies(path.read_text(encoding="utf-8"))
    assert not found, f"{path.name}: import the words from kg/suggest/units.py: {found}"


def test_names_before_according_to_an_owners_statement_are_no_speakers() -> None:
    """asides.py and attribution.py read the words of "according to" from one regex,
    the one of attributed.py, which took a possessive ("the ministry’s statement")."""
    rows = suggest("Muttaqi urged Qatar to invest, according to the ministry’s statement.")
    (statement,) = events(rows, "Statement")
    assert not {o for s, o in claims(rows, "hasParticipant") if s == statement}
    assert not {o for s, o in claims(rows, "hasInitiator") if s == statement}


@pytest.mark.parametrize(
    "path", sorted(p for p in SUGGEST.glob("*.py") if p.name != "english.py"), ids=str
)
def test_no_module_but_english_writes_the_participles_of_speech(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """date_scope.py (", saying|stating|adding"), paraphrase.py and reported.py each had
    their own list."""
    monkeypatch.setattr(wordlists, "CONCEPTS", {"participles": set(SAYING_PARTICIPLES)})
    found = wordlists.copies(path.read_text(encoding="utf-8"))
    assert not found, f"{path.name}: import SAYING_PARTICIPLES from english.py: {found}"


def test_what_a_dated_report_notes_was_done_is_not_dated_by_the_report() -> None:
    """ ", noting" is a participle of speech as ", saying" is (date_scope.py knew three)."""
    rows = suggest(
        "On Monday, Qatar’s foreign ministry released details of the talks, noting Iran "
        "sought better visa facilitation."
    )
    (request,) = events(rows, "Request")
    times = {o.split(" ")[0] for s, o in claims(rows, "hasTime") if s == request}
    assert times == {"..2024-11-07"}


@pytest.mark.parametrize(
    "path", sorted(p for p in SUGGEST.glob("*.py") if p.name != "english.py"), ids=str
)
def test_no_module_but_english_writes_the_nouns_of_people(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """sources.py had the list and units.py wrote twelve of its words again as units."""
    monkeypatch.setattr(wordlists, "CONCEPTS", {"nouns of people": set(PEOPLE)})
    found = wordlists.copies(path.read_text(encoding="utf-8"))
    assert not found, f"{path.name}: import PEOPLE from english.py: {found}"


def test_a_count_of_any_noun_of_people_is_of_persons() -> None:
    """units.py knew "traders" and "pilgrims" but not "farmers" or "tourists"."""
    rows = suggest("Nepal sent 2,000 tonnes of wheat to Bhutan for 500 farmers on Monday.")
    assert "500 person" in {value for _, value in claims(rows, "hasQuantity")}


def test_no_topic_from_a_reporting_clause_of_unnamed_people() -> None:
    """ ", traders said" is as unnamed a source as ", diplomats said" (sources.py's nouns of
    people, which reporting_clause.py did not read)."""
    rows = suggest("Kazakhstan pledged 5,000 tonnes of flour for flood victims, traders said.")
    assert not [r for r in rows if "reporting clause" in r.reason], rows
