"""The event of the trigger before another in its sentence (:mod:`kg.suggest.events`).

A verb coordinated with the one before it shares its subject ("India condemned the attack
and expressed condolences": India's condolences), and a speech verb in "-ing" right after a
comma restates the speech act before it ("denied the allegations, stating that ...": one
denial); both look back over the sentence's kept triggers (``kept``, each with the event
it opened or joined in ``opened``).
"""

from __future__ import annotations

from typing import Any

from kg.suggest.clauses import after_preposition
from kg.suggest.event_record import Event
from kg.suggest.register import Register
from kg.suggest.triggers import Trigger


def verb_before(
    doc: Any, kept: list[tuple[int, int, Trigger]], opened: dict[int, Event], number: int,
    sentence: Any,
) -> Event | None:  # fmt: skip
    """The event of the trigger before this one in its sentence, for a coordinated verb
    to share its subject; past an object with no subject of its own ("condemned the
    attack and expressed condolences": the condemnation's)."""
    first = opened.get(number - 1)
    if first is None or doc[kept[number - 1][0]].idx < sentence.start:
        return None  # no trigger before it in the sentence
    back, verb = number - 1, None
    while back >= 0 and doc[kept[back][0]].idx >= sentence.start:
        event = opened.get(back)  # not an event in a phrase ("withdrew its diplomats
        if event is not None and not after_preposition(doc, kept[back][0]):  # following
            verb = verb or event  # the Taliban’s rise to power, re-establishing ...")
            here = [s for i, s, _ in event.occurrences if i == sentence.index]
            start = min(here, default=event.start)
            if any(m.end <= start for _, m in event.actors):
                return event
        back -= 1
    return verb or first


def said_again(
    register: Register, doc: Any, kept: list[tuple[int, int, Trigger]], opened: dict[int, Event],
    number: int, sentence: Any,
) -> Event | None:  # fmt: skip
    """ "Taliban officials denied the allegations, stating that ...": a speech verb in
    "-ing" right after a comma restates the speech act of the trigger before it in
    the sentence (a statement, denial, condemnation...), whose event it returns."""
    trigger = kept[number][2]
    if number == 0 or trigger.cls != "Statement" or not trigger.phrase.endswith("ing"):
        return None
    start = kept[number][0]
    if start < 2 or doc[start - 1].text != ",":
        return None
    previous = opened.get(number - 1)
    if previous is None or doc[kept[number - 1][0]].idx < sentence.start:
        return None
    if not register.is_a(previous.cls, "Statement"):
        return None
    return previous
