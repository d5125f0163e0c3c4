"""What a pledge's clause names: no party to the pledge (:mod:`kg.suggest.events`).

A pledge told with a clause of what will be done ("Muttaqi assured Jaishankar that the
Taliban would not allow attacks", "Pakistan assures China it will protect Chinese
workers", "promised India that ...") has its parties before that clause: the one who
pledges and the one assured (the recipient, ``hasRecipient`` in the trigger table's
"assured" row); the names inside the clause are what was pledged, no actors of it.
"""

from __future__ import annotations

import re

from kg.suggest.event_record import Event
from kg.suggest.register import Register

_CLAUSE = re.compile(
    r"\bthat\b|\b(?:it|they|he|she|we|its|their)\s+(?:\w+\s+)?(?:will|would|shall)\b",
    re.IGNORECASE,
)
"""What opens the clause of what will be done: "that", or a pronoun and its "will"."""


def pledged_clause(register: Register, text: str, event: Event, sentence_end: int) -> None:
    """Drop from a pledge (not of aid) the actors named inside its clause."""
    if not register.is_a(event.cls, "Pledge") or register.is_a(event.cls, "AidPledge"):
        return
    opens = _CLAUSE.search(text, event.end, sentence_end)
    if opens is None:
        return
    event.actors = [(r, m) for r, m in event.actors if m.start < opens.start()]
