"""Appointments told with "named X as": "The Taliban named Ikramuddin Kamil as its consul".

"named" alone is no trigger (a thing is "named after" another, a report "named" a source);
before a capitalised name of up to four words and "as", it appoints: the hit opens an
event of the trigger table's first Appointment row (its roles: whoever names before the
verb, ``hasInitiator``; the one named after it, ``hasTarget``).
"""

from __future__ import annotations

import re
from typing import Any

from kg.suggest.triggers import Trigger, pattern_hits

APPOINTMENT = "Appointment"
_NAMED_AS = re.compile(
    r"\b(?P<verb>named|names|naming)\s+(?:[A-Z][\w.’'-]*\s+){1,4}as\s+(?!well\b|such\b|part\b)\w"
)


def appointment_row(triggers: list[Trigger]) -> Trigger | None:
    """The trigger table's first Appointment row with the doer before the verb."""
    return next((t for t in triggers if t.cls == APPOINTMENT and t.before == "hasInitiator"), None)


def named_as(doc: Any, row: Trigger | None) -> list[tuple[int, int, Trigger]]:
    """The hits of "named X as" in ``doc``, each on its verb, with the roles of ``row``.

    >>> from kg.suggest.text import make_doc
    >>> row = Trigger(APPOINTMENT, "appointed", "hasInitiator", "hasTarget", ())
    >>> doc = make_doc("The Taliban named Ikramuddin Kamil as its consul in Mumbai.")
    >>> [(s, e, t.phrase) for s, e, t in named_as(doc, row)]
    [(2, 3, 'named')]
    >>> named_as(make_doc("The port was named after Gwadar as well."), row)
    []
    """
    return pattern_hits(doc, _NAMED_AS, "verb", row)
