"""New places told by the kind of place in the apposition after their name.

News of the region names a town, a district or a village the reader may not know and
says at once what it is: "Faizabad, the provincial capital,", "Zaranj, a city on the
Iranian border,", "Kalafgan, a village in the north". The apposition's head is a noun of
a kind of place (:data:`kg.suggest.candidates.PLACE_NOUNS`: "town", "capital",
"district" ...), up to three words after "a"/"an"/"the", and the phrase ends there or goes
on with a preposition or a comma ("the capital of Takhar province"); a noun of a place
that modifies another noun is no head ("Ahmad Shah, a town elder,": a person).
"""

from __future__ import annotations

import re

from kg.suggest.candidates import PLACE_NOUNS

_APPOSED = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?!(?:of|in|on|for|to|at|from|with|and)\s)[\w’'-]+\s+){0,3}?(?P<noun>"
    + "|".join(PLACE_NOUNS)
    + r")(?=\s*[,.;]|\s+(?:of|in|on|near|along|across|by|bordering|where|which|that|close)\b)"
)


def apposed_place(text: str, end: int) -> tuple[str, str] | None:
    """The class of a name ending at ``end`` and the reason, where its apposition names a
    kind of place ("Faizabad, the provincial capital,": City); else None."""
    match = _APPOSED.match(text, end)
    if match is None:
        return None
    noun = match["noun"]
    return PLACE_NOUNS[noun], f"'{noun}' in the apposition after the name"
