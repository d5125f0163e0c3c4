"""The ids `kg suggest` mints for new events read as words: the class's words apart
("aid-shipment-...", "development-project-..."), then the actors and the month. Sentences
of our own making."""

from __future__ import annotations

from kg.suggest.rows import Suggestion
from tests.suggest_sentences import events, suggest


def test_a_new_events_id_spells_its_class_as_words() -> None:
    rows = suggest(
        "Kazakhstan sent 2,400 tonnes of wheat to Herat on Monday. Officials also discussed a "
        "proposed rail link between Almaty and Herat."
    )
    shipments = events(rows, "AidShipment")
    assert any(e.startswith("aid-shipment-") for e in shipments), shipments
    projects = events(rows, "DevelopmentProject")
    assert any(e.startswith("development-project") for e in projects), projects
    assert not any(e.startswith(("aidshipment", "developmentproject")) for e in rows_ids(rows))


def rows_ids(rows: list[Suggestion]) -> set[str]:
    return {r.subject for r in rows}
