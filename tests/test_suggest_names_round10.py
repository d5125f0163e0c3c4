"""Round 10 of `kg suggest`'s new entities (issue 22): people who speak after an apposition
or a relative clause, the short form of an organisation named before, and ships' names,
which are no persons. Each test is on sentences of our own making (none from the seed or
invented reports) and fails without its rule."""

from __future__ import annotations

from tests.suggest_sentences import claims, classes, suggest


def test_a_name_after_a_ships_word_is_a_place_not_a_person() -> None:
    rows = suggest(
        "The tanker Silver Heron reached Gwadar on Monday. Officials said the Silver Heron "
        "carried diesel. Later the vessel Amber Coast left Karachi, and MV Northern Gull "
        "followed it."
    )
    found = classes(rows)
    for name in ("Silver Heron", "Amber Coast", "Northern Gull"):
        assert found.get(name) == "Place", found
    assert "MV Northern Gull" not in found, found


def test_a_ship_named_first_and_called_a_ship_after_is_no_speaker() -> None:
    rows = suggest(
        "On the quay, Rahim Jan Sultani watched cranes lift crates off the Coral Dawn. "
        "The Coral Dawn, a Panama-flagged bulk carrier, docked at Bandar Abbas on Friday. "
        "“It took eleven days,” he said."
    )
    assert classes(rows).get("Coral Dawn") == "Place", classes(rows)
    initiators = {who for _, who in claims(rows, "hasInitiator")}
    assert "coral-dawn" not in initiators, initiators
    assert "rahim-jan-sultani" in initiators, initiators
