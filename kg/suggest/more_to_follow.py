"""A further shipment announced after one: "An Indian aircraft carrying 40 tonnes of tents
landed in Kabul on Monday ... Its spokesperson said more would follow".

"more would follow" (or "more aid will follow", "more is to follow") after a shipment the
report has told names another shipment, planned, of the same giver: a hit of the
table's first shipment row (its roles; no word of its ``needs`` is asked of the
sentence, which names no goods).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from kg.suggest.triggers import Trigger

_MORE = re.compile(
    r"\bmore\s+(?:aid\s+|help\s+|assistance\s+|relief\s+|supplies\s+|shipments?\s+"
    r"|consignments?\s+|flights?\s+)?(?:would|will|is\s+to|are\s+to|was\s+to|were\s+to)"
    r"\s+(?:soon\s+)?follow\b",
    re.IGNORECASE,
)


def further(trigger: str) -> bool:
    """Whether an event's trigger is "more would follow": another act, no restatement of
    the shipment before it."""
    return bool(_MORE.fullmatch(trigger))


def more_to_follow(
    doc: Any, hits: list[tuple[int, int, Trigger]], shipment: Trigger | None
) -> list[tuple[int, int, Trigger]]:
    """Hits for "more would follow" after a shipment's hit in ``hits``.

    >>> from kg.suggest.text import make_doc
    >>> row = Trigger("AidShipment", "sent", "hasInitiator", "hasRecipient", ())
    >>> doc = make_doc("India sent 40 tonnes of aid. Its spokesman said more would follow.")
    >>> [doc[s:e].text for s, e, _ in more_to_follow(doc, [(1, 2, row)], row)]
    ['more would follow']
    """
    if shipment is None:
        return []
    found = []
    for match in _MORE.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        if any(t.cls == shipment.cls and s < span.start for s, _, t in hits):
            found.append((span.start, span.end, replace(shipment, phrase=span.text, needs=())))
    return found
