"""A determiner before a trigger that determines something else (:func:`kg.suggest.clauses.
determined`): the trigger is then no event referred back to.

- "denied reports that aid had been diverted": "that" right before a bare noun and an
  auxiliary opens a clause (:func:`complementiser`);
- "The returns dominated talks in Kabul last week": "The" opens the subject ("The
  returns"), and the past verb after it ("dominated") takes "talks" as its object, so the
  talks are new, not the report's last meeting referred back to as "the talks" are. A word
  in "-ed" after a noun between the determiner and the trigger is that verb; one right
  after the determiner ("the delayed talks"), or after an adverb in "-ly" ("the recently
  concluded talks"), or inside a hyphenated word ("the long-awaited meeting"), is an
  adjective (:func:`verb_between`).
"""

from __future__ import annotations

from typing import Any

_AUXILIARIES = {"had", "has", "have", "would", "could", "might", "may", "should", "must"}


def elsewhere(doc: Any, determiner: int, start: int) -> bool:
    """Whether the determiner at ``determiner`` determines something other than the
    trigger at ``start`` (see the module)."""
    return complementiser(doc, determiner, start) or verb_between(doc, determiner, start)


def complementiser(doc: Any, that: int, start: int) -> bool:
    """Whether "that" right before the trigger's bare noun and an auxiliary opens a clause.

    >>> from kg.suggest.text import make_doc
    >>> complementiser(make_doc("denied reports that aid had been diverted"), 2, 3)
    True
    """
    after = start + 1
    return (
        doc[that].lower_ == "that"
        and that == start - 1
        and after < len(doc)
        and doc[after].lower_ in _AUXILIARIES
    )


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
