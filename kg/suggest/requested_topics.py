"""What a request asks for, as the topic of the request: "asked for consular access to
X", "sought visa facilitation", "requested additional flights", "pressed for a crackdown".

:data:`REQUEST_CUE` is a cue of :func:`kg.suggest.topics.items`, read as the cues of talks
are (the phrase after it to its clause's end, split at a list's commas and "and"/"or";
no topic for a pronoun, a sum or a name): its verb is the request's trigger, so the
topic is that request's (``hasTopic``), a register topic where the item names one, else a
new ``Topic``. Not after "to" ("sought to expand trade": a goal) or "by" ("the
extradition sought by X"), nor for a sum ("appealed for $310 million"); "a request for"
(the noun) is left to the noun cues of talks. "Called for" and "appealed for" are no
cue: a call or an appeal goes to all, and what it asks for is as often an aim the
annotations leave as a thing they keep (with them, one blind new entity more was right
and one more wrong).
"""

from __future__ import annotations

import re

REQUEST_CUE = re.compile(
    r"\b(?P<noun>(?:ask|press)(?:ed|s|ing)?\s+for|sought|seeks|seeking|"
    r"request(?:ed|ing))\s+(?!to\b|by\b|[\d$€£(])",
    re.IGNORECASE,
)
"""A verb of asking and the start of what it asks for."""
