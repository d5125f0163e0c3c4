"""Round 10 of `kg suggest`'s new entities (issue 22): people who speak after an apposition
or a relative clause, the short form of an organisation named before, and ships' names,
which are no persons. Each test is on sentences of our own making (none from the seed or
invented reports) and fails without its rule."""

from __future__ import annotations

from kg.suggest.short_forms import short_forms
from tests.suggest_sentences import claims, classes, mentioned, suggest


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


def test_a_name_opening_a_sentence_before_whose_or_an_age_and_who_is_a_speaker() -> None:
    rows = suggest(
        "Envoys met in Almaty on Monday. Daud Rahmani, whose firm trades cotton, said prices "
        "had fallen. Sabira Yusupova, 61, who runs a tannery, denied that any worker had quit."
    )
    found = classes(rows)
    assert found.get("Daud Rahmani") == "Person", found
    assert found.get("Sabira Yusupova") == "Person", found
    assert "sabira-yusupova" in {who for _, who in claims(rows, "hasInitiator")}, rows


def test_a_name_opening_a_sentence_with_an_apposition_and_a_verb_of_speaking_speaks() -> None:
    rows = suggest(
        "Envoys met in Almaty on Monday. Nodira Alimova, a lawyer for the families, rejected "
        "the account."
    )
    assert classes(rows).get("Nodira Alimova") == "Person", classes(rows)
    assert ("denial-alimova", "nodira-alimova") in claims(rows, "hasInitiator"), rows


def test_an_apposition_headed_by_an_organisations_noun_makes_no_person() -> None:
    rows = suggest(
        "Envoys met in Almaty on Monday. Steppe Wire, a news agency in the capital, said "
        "the talks had ended."
    )
    assert classes(rows).get("Steppe Wire") != "Person", classes(rows)


def test_the_short_form_of_a_body_named_before_is_that_body() -> None:
    rows = suggest(
        "Ministers briefed the Aral Basin Commission in Dushanbe on Monday. Later, the "
        "nine-member Commission urged Kabul to join."
    )
    urged = {event for event, who in claims(rows, "hasInitiator") if who == "aral-basin-commission"}
    assert any(event.startswith("request") for event in urged), claims(rows, "hasInitiator")


def test_a_short_form_before_the_full_name_or_opening_a_longer_name_is_not_that_body() -> None:
    text = (
        "The Commission met on Monday and then the Commission of Inquiry, "
        "and the Aral Basin Commission named"
    )
    start = text.index("Aral")
    named = [(start, start + len("Aral Basin Commission"), "aral-basin-commission")]
    assert short_forms(text, named) == []
    later = text + " and the Commission agreed."
    at = len(text) + len(" and the ")
    assert short_forms(later, named) == [(at, at + len("Commission"), "aral-basin-commission")]


def test_the_short_form_of_a_register_body_names_the_latest_named_before() -> None:
    rows = suggest(
        "India’s Ministry of External Affairs issued a note on Monday. Later the Ministry "
        "said it would send wheat. The Taliban’s Ministry of Defence denied the claim, "
        "and the Ministry added that no troops had moved."
    )
    short = {(words, entity) for words, entity in mentioned(rows) if words == "Ministry"}
    assert short == {
        ("Ministry", "ministry-of-external-affairs"),
        ("Ministry", "iea-ministry-of-defence"),
    }, mentioned(rows)
