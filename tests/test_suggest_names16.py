"""Round 16 of `kg suggest`'s mentions and new entities, on the causes of the misses of
the new development reports (913-915): rules of general English of the genre, each
tested on invented sentences and failing without its rule."""

from __future__ import annotations

from kg.suggest.mentions import MentionFinder
from kg.suggest.new_names import ministries
from tests.test_suggest_mentions_general import register


def _ministries(reg: object, text: str) -> set[str]:
    return {e.label for e in ministries(text, MentionFinder(reg))}  # type: ignore[arg-type]


def test_a_states_ministry_of_another_portfolio_than_the_registers_is_new() -> None:
    reg = register(("mofa", "Ministry", "Ministry of Foreign Affairs of Ruritania", ""))
    found = _ministries(reg, "Ruritania’s interior ministry said the deadline stood.")
    assert found == {"Ministry of Interior of Ruritania"}, found
    assert not _ministries(reg, "Ruritania’s foreign ministry said the deadline stood.")


def test_a_movements_ministry_is_its_governments_named_as_the_registers_are() -> None:
    reg = register(
        ("front", "ArmedGroup", "Zendan", ""),
        ("gov", "DeFactoAuthority", "Zendan Republic of Freedonia", "Zendan government"),
        ("mod", "Ministry", "Ministry of Defence of the Zendan Republic", ""),
    )
    found = _ministries(reg, "The Zendan’s health ministry said clinics were shut.")
    assert found == {"Ministry of Health of the Zendan Republic"}, found
