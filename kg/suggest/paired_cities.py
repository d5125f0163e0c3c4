"""A new name paired with a city ("from Hairatan to X", "between the city of A and X") is a city."""

from __future__ import annotations

import re

from kg.suggest.candidates import NewEntity
from kg.suggest.mentions import MentionFinder
from kg.vocabulary import normalise

_PAIRED = re.compile(
    r"\b(?:from|between)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?P<other>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+(?:to|and)\s+\Z"
)
"""The words before the second name of a route or a pair: "from A to ", "between A and ",
"between the Uzbek border city of A and "."""


def paired_city(before: str, found: dict[str, list[NewEntity]], finder: MentionFinder) -> bool:
    """Whether the name after ``before`` is the second end of a route or pair whose first
    end is a city ("the route from Hairatan to X", "the rail link between the border city
    of Termez and X"), a city of the register or one found earlier in the text; the genre
    pairs places with places, so X is no organisation (as a name with "-i-" would be
    guessed) and no actor of the event that names the route.

    Args:
        before: the text before the new name, up to it.
        found: the new names found so far, by id, each with its occurrences.
        finder: the register's mention finder.

    Returns:
        True where the other end is a city.
    """
    pair = _PAIRED.search(before)
    if pair is None:
        return False
    other = normalise(pair.group("other"))
    if any(o[0].cls == "City" and normalise(o[0].label) == other for o in found.values()):
        return True
    return other in finder.register.names_of("City")
