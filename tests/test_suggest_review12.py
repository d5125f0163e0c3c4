"""Review of round twelve (issue 22): concepts of `kg suggest` defined once.

Each test fails on the code as it was merged (a module's own copy of a list another
module owns)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.suggest import units
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
