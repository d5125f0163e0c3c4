"""A title before a name may hold any portfolio of the one list (english.PORTFOLIO), after a
rank as before it: "Deputy Economy Minister X" is a person and a position wherever the
sentence names it. On sentences of our own making."""

from __future__ import annotations

from tests.suggest_sentences import suggest


def _people_and_positions(text: str) -> set[tuple[str, str]]:
    return {
        (r.subject, r.object)
        for r in suggest(text)
        if r.kind == "entity" and r.predicate == "type" and r.object in ("Person", "Position")
    }


def test_a_rank_then_a_portfolio_is_a_title_after_led_by() -> None:
    found = _people_and_positions(
        "A delegation led by Deputy Economy Minister Temir Osmonov arrived in Kabul on Monday."
    )
    assert ("temir-osmonov", "Person") in found, found
    assert ("deputy-economy-minister", "Position") in found, found


def test_other_portfolios_of_the_list_are_titles_too() -> None:
    found = _people_and_positions(
        "Talks were led by Acting Agriculture Minister Bakhyt Sarsenov on Monday."
    )
    assert ("bakhyt-sarsenov", "Person") in found, found
