"""New people told by what follows their name: a relative clause, or an apposition and a verb
of speaking (round ten).

A name opening a sentence has no title before it to tell a person; general English tells
one by what it writes after the name: "X, who heads ...", "X, whose ...", "X, 54, who
...", and an apposition of a common noun closed by a verb of speaking ("X, a lawyer for
the families, said", "X, owner of a mill, told"), where the apposition's head noun is
no organisation's or place's ("X, a news agency, said" stays no person).
"""

from __future__ import annotations

import re

from kg.suggest.candidates import PLACE_WORDS
from kg.suggest.english import ORG_WORDS, SPEECH_VERBS, alternation

_RELATIVE = re.compile(r",\s+(?:\d{1,3},\s+)?(?:who|whose)\s+[a-z]")
SPEAKING = alternation(SPEECH_VERBS | {"asked"})
"""The verbs after an apposition's speaker (a question asked is spoken too)."""
_APPOSITION = re.compile(
    rf",\s+(?P<what>(?:(?:a|an|the)\s+|[a-z])[^,.;:“”\"()]{{2,80}}?),\s+(?:{SPEAKING})\b"
)
_NO_PERSON = {"agency", "company", "newspaper", "channel", "station", "firm", "website"}


def speaks_after(text: str, end: int, *, opening: bool) -> str | None:
    """The reason the words after a name (ending at ``end``) make it a person's, or None;
    the apposition only for a name ``opening`` its sentence, where nothing before it
    tells its class."""
    if _RELATIVE.match(text, end):
        return "'who' after the name"
    apposition = _APPOSITION.match(text, end) if opening else None
    if apposition is None:
        return None
    first = re.split(r"\s(?:of|for|at|in|with|from|on|to|who|that)\s", apposition["what"])[0]
    head = first.split()[-1].lower()  # "a lawyer for the ministry": "lawyer"
    if head in ORG_WORDS | PLACE_WORDS.keys() | _NO_PERSON or not head.isalpha():
        return None  # "X, a news agency, said"
    return "an apposition and a verb of speaking after the name"
