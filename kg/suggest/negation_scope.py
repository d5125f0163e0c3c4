"""Whether a negation stays in an aside closed before the trigger it precedes.

A negation inside a relative clause ("Muttaqi, whose government India does not recognise,
met Misri"), a parenthesis ("Misri (who has never visited Kabul) met ..."), a pair of
dashes, or a fronted concessive clause ("Although India has not recognised the Taliban,
Misri met ...") belongs to that clause: the main verb after the aside's closing mark is
not denied. :func:`kg.suggest.event_words.negative` asks :func:`in_closed_aside` of each
negation it finds before a trigger.
"""

from __future__ import annotations

from typing import Any

_RELATIVES = {"who", "whose", "which", "whom", "where"}
"""Words after a comma that open a relative clause."""
_CONCESSIVE = {"although", "though", "while", "whereas", "despite", "even"}
"""Words that open a fronted clause a comma closes ("Although ..., X met Y")."""
_SUBJECTS = {"he", "she", "they", "it", "we", "the", "both", "a", "an", "its", "his", "her"}
"""Words that open a main clause's subject after a fronted clause's comma."""
_DASHES = {"–", "—", "--"}
_LEADS = {"but", "and", "yet", "“", '"', "‘"}
"""Words or marks allowed before a sentence's concessive word ("But although ...")."""


def in_closed_aside(doc: Any, negation: int, trigger: int) -> bool:
    """Whether the negation at token ``negation`` lies in an aside that a mark between it
    and the trigger at token ``trigger`` closes.

    >>> from kg.suggest.text import make_doc
    >>> doc = make_doc("Muttaqi, whose government India does not recognise, met Misri.")
    >>> in_closed_aside(doc, 6, 9)
    True
    >>> doc = make_doc("Although no country, including India, officially recognizes it.")
    >>> in_closed_aside(doc, 1, 8)
    False
    >>> doc = make_doc("Pakistan did not, however, condemn the attack.")
    >>> in_closed_aside(doc, 2, 6)
    False
    """
    closers = {doc[i].text for i in range(negation + 1, trigger)}
    if not closers & {",", ")", *_DASHES}:
        return False
    for index in range(negation - 1, max(-1, negation - 20), -1):
        word = doc[index].lower_
        if word in (".", ";", ":", "!", "?") or doc[index].is_space:
            return _concessive(doc, index + 1, negation) and _new_subject(doc, negation, trigger)
        if word == "(":
            return ")" in closers
        if word in _DASHES:
            return bool(closers & _DASHES)
        if word == "," and index + 1 < negation and doc[index + 1].lower_ in _RELATIVES:
            return "," in closers
    return negation < 20 and _concessive(doc, 0, negation) and _new_subject(doc, negation, trigger)


def _new_subject(doc: Any, negation: int, trigger: int) -> bool:
    """Whether the words after the last comma between the negation and the trigger open a
    clause of their own with a subject ("..., Vikram Misri met", "..., he met"), where a
    comma inside the concessive clause is followed by its own verb ("Although no country,
    including India, officially recognizes ...")."""
    commas = [i for i in range(negation + 1, trigger) if doc[i].text == ","]
    if not commas or commas[-1] + 1 >= trigger:
        return False
    first = doc[commas[-1] + 1]
    return first.is_title or first.lower_ in _SUBJECTS


def _concessive(doc: Any, first: int, negation: int) -> bool:
    """Whether the clause from token ``first`` opens with a concessive word."""
    index = first
    while index < negation and doc[index].lower_ in _LEADS:
        index += 1
    return index < negation and doc[index].lower_ in _CONCESSIVE
