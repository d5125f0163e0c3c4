"""A determiner that belongs to the subject, not to the trigger after its verb.

"The returns dominated talks in Kabul last week": "The" opens the subject ("The returns"),
and the past verb after it ("dominated") takes "talks" as its object, so the talks are
new, not the report's last meeting referred back to as "the talks" are. A word in "-ed"
after a noun between the determiner and the trigger is that verb; one right after the
determiner ("the delayed talks"), or after an adverb in "-ly" ("the recently concluded
talks"), or inside a hyphenated word ("the long-awaited meeting"), is an adjective.
"""

from __future__ import annotations

from typing import Any

from kg.suggest.clauses import DEFINITE


def subject_determined(doc: Any, start: int) -> bool:
    """Whether the determiner a few words before the trigger at ``start`` (as
    :func:`kg.suggest.clauses.determined` finds it) is the subject's, a past verb between.

    >>> from kg.suggest.text import make_doc
    >>> subject_determined(make_doc("The returns dominated talks in Kabul."), 3)
    True
    """
    for token in reversed(doc[max(0, start - 4) : start]):
        if token.lower_ in DEFINITE:
            return verb_between(doc, token.i, start)
    return False


def verb_between(doc: Any, determiner: int, start: int) -> bool:
    """Whether a past verb after a noun stands between ``determiner`` and the trigger at
    ``start``.

    >>> from kg.suggest.text import make_doc
    >>> doc = make_doc("The returns dominated talks in Kabul.")
    >>> verb_between(doc, 0, 3)
    True
    >>> doc = make_doc("The recently concluded talks focused on trade.")
    >>> verb_between(doc, 0, 3)
    False
    """
    for i in range(determiner + 2, start):
        word, before = doc[i], doc[i - 1]
        if (
            word.lower_.endswith("ed")
            and before.is_alpha
            and not before.lower_.endswith("ly")
            and word.text[0].islower()
            and (i + 1 >= len(doc) or doc[i + 1].text != "-")
            and before.text != "-"
        ):
            return True
    return False
