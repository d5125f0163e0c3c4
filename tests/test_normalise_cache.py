"""kg.vocabulary.normalise keeps the forms it made: the suggester asks for the same names
over and over (1.9 million calls for 12,811 texts in the invented reports' benchmark run)."""

from __future__ import annotations

from kg.vocabulary import normalise


def test_a_text_normalised_again_is_taken_from_the_cache_with_the_same_form() -> None:
    normalise.cache_clear()
    first = normalise("Muttaqī’s office")
    assert normalise.cache_info().hits == 0
    assert normalise("Muttaqī’s office") == first == "muttaqis office"
    assert normalise.cache_info().hits == 1


def test_the_cache_is_bounded() -> None:
    assert normalise.cache_info().maxsize == 1 << 15
