"""Titles and positions written before a name, as the new-entity rules read them.

:data:`TITLES` is the pattern of a title ("Acting Defence Minister", "Foreign
Secretary", "Mullah", "Dr."); :data:`TITLE_BEFORE` finds one right before a name
(which makes the name a person's), and :func:`after_title` moves the start of a
run that opens a sentence past the title it holds.
"""

from __future__ import annotations

import re

TITLES = (
    r"(?:(?:Acting|Interim|Deputy|Former|Vice|Prime|Foreign|Defen[cs]e|Interior|Finance|Special|"
    r"Chief|Joint|External\s+Affairs|Home|Commerce|Trade)\s+)*"
    r"(?:Minister|Secretary|President|Ambassador|Envoy|Spokesperson|Spokesman|Governor|"
    r"Chief|General|Commander|Consul|Mullah|Sheikh|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|envoy|spokesperson|"
    r"minister|ambassador|diplomat)"
)
TITLE_BEFORE = re.compile(TITLES + r"(?:\s+of\s+[A-Z]\w+)?,?\s+(?:for\s+\w+,\s+)?$")


_TITLE_INSIDE = re.compile(r"\b" + TITLES + r"\s+(?=[A-Z][\w’'.-]*\s+[A-Z])")


def after_title(text: str, start: int, end: int) -> int:
    """Where a run opening a sentence holds a title before two capitalised words
    ("Pakistani Interior Minister Mohsin Naqvi met"), the name begins after the title."""
    matches = list(_TITLE_INSIDE.finditer(text, start, end))
    return matches[-1].end() if matches else start
