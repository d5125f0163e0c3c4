"""Round 12 of `kg suggest`'s events: one load is its shipment or pledge (no second event
of the same sending), and "humanitarian assistance" alone names no shipment; each on
sentences of our own making."""

from __future__ import annotations

from tests.suggest_sentences import claims, events, suggest


def test_one_load_is_the_shipment_itself() -> None:
    rows = suggest("Nepal sent 2,000 tonnes of wheat to Bhutan on Monday.")
    (shipment,) = events(rows, "AidShipment")
    assert (shipment, "2000 tonne") in claims(rows, "hasQuantity")
    assert (shipment, "wheat") in claims(rows, "hasCommodity")
    assert not claims(rows, "subEventOf")


def test_listed_loads_stay_shipments_of_their_own() -> None:
    rows = suggest("Nepal sent 2,000 tonnes of wheat and 300 tonnes of medicines to Bhutan.")
    shipments = events(rows, "AidShipment")
    assert len(shipments) == 3  # the sending and each load, part of it
    assert len(claims(rows, "subEventOf")) == 2


def test_one_pledged_load_is_the_pledge() -> None:
    rows = suggest("Nepal pledged 2,000 tonnes of wheat for Bhutan on Monday.")
    assert not events(rows, "AidShipment")
    (pledge,) = events(rows, "AidPledge")
    assert (pledge, "2000 tonne") in claims(rows, "hasQuantity")


def test_humanitarian_assistance_alone_names_no_shipment() -> None:
    rows = suggest("Bhutan sought more humanitarian assistance from Nepal on Monday.")
    assert not events(rows, "AidShipment")
    assert events(suggest("Nepal sent humanitarian aid to Bhutan on Monday."), "AidShipment")


def test_the_statement_a_sentence_is_attributed_to_is_its_own_event() -> None:
    rows = suggest(
        "Ram Thapa, according to a statement from the Ministry of Energy and Water, told the "
        "Bhutanese side that a drought had reduced the river."
    )
    assert len(events(rows, "Statement")) == 2


def test_an_attributed_statement_restates_no_earlier_one() -> None:
    rows = suggest(
        "Bhutan said on Monday that the talks would resume. "
        "According to a statement, the Nepali side will send experts to the river."
    )
    assert len(events(rows, "Statement")) == 2


def test_a_quotation_goes_to_the_speaker_not_to_the_statement_quoted_from() -> None:
    rows = suggest(
        "Ram Thapa, according to a statement from the Ministry of Energy and Water, told the "
        "Bhutanese side that Nepal was “committed to the accord within the limits of nature.”"
    )
    (quoted,) = {s for s, _ in claims(rows, "hasQuotation")}
    named_by = {r.subject: r.evidence for r in rows if r.predicate == "type"}
    assert named_by[quoted] == "told"  # Thapa's words, not the ministry's statement


def test_an_undated_event_told_again_is_the_reports_linked_one() -> None:
    rows = suggest(
        "India has sent humanitarian aid to Afghanistan since 2021. Qatar sent 20 tonnes of "
        "medicines to Nepal in May 2024. India also made shipments of blankets."
    )
    assert events(rows, "AidShipment") == ["aid-shipment-qatar-nepal-2024-05"]  # no new one
    assert ("india-humanitarian-aid", "india") in claims(rows, "hasInitiator")


def test_an_event_told_again_needs_the_linked_ones_actors() -> None:
    rows = suggest(
        "India has sent humanitarian aid to Afghanistan since 2021. Qatar sent 20 tonnes of "
        "medicines to Nepal in May 2024. Bhutan also made shipments of blankets."
    )
    assert len(events(rows, "AidShipment")) == 2  # Qatar's and Bhutan's
