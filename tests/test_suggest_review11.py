"""Rules of round eleven that no test held (found by removing each rule in a review):
each test fails without its rule. Sentences of our own making."""

from __future__ import annotations

from kg.suggest.duplicates import text_aliases
from tests.suggest_sentences import actors, events, suggest


def test_a_family_name_first_is_no_alias_where_the_last_name_stands_alone_too() -> None:
    """ "Wang" of "Wang Yi" is an alias only where the last word is not said alone: with
    both said alone, the last name is the usual surname."""
    text = "Foreign Minister Arjun Thapa met the envoy. Thapa spoke first; Arjun later left."
    end = text.index("Thapa") + len("Thapa")
    assert text_aliases(text, "Arjun Thapa", "Person", end) == ("Thapa",)
    wang = "Foreign Minister Wang Yi met the envoy. Wang spoke first."
    end = wang.index("Yi") + len("Yi")
    assert text_aliases(wang, "Wang Yi", "Person", end) == ("Wang",)


def test_whose_claims_a_denial_rejects_after_from_or_by_is_its_target() -> None:
    rows = suggest("Nepal rejected the claims from India on Monday.")
    (denial,) = events(rows, "Denial")
    assert ("hasTarget", "india") in actors(rows, denial)
