"""A ship's or a cargo's movement told of a shipment in its sentence: the shipment, no act besides.

"A shipment of rice, sent by the UN, was unloaded at the port": the unloading
is where the shipment ended, one event a real-world act (docs/annotation.md); the
catch-all ``Event`` the trigger table gives "unloaded", "docked", "loaded" opens none
beside an aid shipment of the same sentence, and names that shipment once more. Told
in a sentence of its own ("Porters unloaded the sacks on Friday"), it is an
event of its own.
"""

from __future__ import annotations

from kg.suggest.event_record import Event

SHIPMENT = "AidShipment"
MOVED = ("docked", "loaded")
"""The ``Event`` rows of the trigger table (by their first trigger) that tell a ship's
arrival or a cargo's unloading ("docked", "berthed", "unloaded") and a cargo's loading
("loaded", "carried"); not a ship's sailing, nor "sent", "dispatched"."""


def moved_shipments(events: list[Event]) -> list[Event]:
    """``events`` without a cargo's movement whose sentence names an aid shipment; the
    shipment gains its trigger as an occurrence."""
    result: list[Event] = []
    for event in events:
        shipment = next(
            (e for e in events if e.cls == SHIPMENT and e.sentence == event.sentence), None
        )
        if event.cls == "Event" and event.row in MOVED and shipment is not None:
            shipment.occurrences.append((event.sentence, event.start, event.end))
            continue
        result.append(event)
    return result
