"""A shipment told in the future or the present ("will send", "delivers") is one as much as
"sent" is, and what a quantity is of ends where its noun does ("5,000 tonnes of flour
arrived in Herat": flour). Sentences of our own making."""

from __future__ import annotations

from kg.suggest.facts import find_quantities
from tests.suggest_sentences import claims, events, suggest


def test_will_send_and_delivers_are_shipments() -> None:
    for text in (
        "Uzbekistan will send 2,000 tonnes of fuel oil to Mazar next week.",
        "Kazakhstan delivers 900 tonnes of flour to Herat this week, officials said.",
    ):
        rows = suggest(text)
        assert events(rows, "AidShipment"), text
        assert any(q.endswith(" tonne") for _, q in claims(rows, "hasQuantity")), text


def test_what_a_quantity_is_of_stops_at_a_verb_or_a_preposition() -> None:
    said = {
        "5,000 tonnes of flour arrived in Herat on Monday.": "flour",
        "Tashkent sent 2,000 tonnes of fuel oil to Mazar.": "fuel oil",
        "40 tonnes of dried fruit were trucked to Karachi.": "dried fruit",
        "a 50,000-tonne shipment of wheat seed reached Herat": "wheat seed",
    }
    for text, what in said.items():
        assert [q.commodity for q in find_quantities(text)] == [what], text
    rows = suggest("Officials said 5,000 tonnes of flour arrived in Herat on Monday.")
    commodities = {c for _, c in claims(rows, "hasCommodity")}
    assert "flour" in commodities and "flour-arrived" not in commodities, commodities
