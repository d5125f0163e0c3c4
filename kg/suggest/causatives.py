"""Who acts in an event whose doer another clause's grammar names.

A causative verb lets its object do it ("The committee granted an exemption allowing X to
travel", "Y cleared X to travel": X, not whoever lets it happen before it); a relative
clause on the event's noun names who made it ("the first ship to use an agreement that A
and B signed": A and B, not the ship).
"""

from __future__ import annotations

import re

from kg.suggest.event_record import Event
from kg.suggest.mentions import Mention
from kg.suggest.triggers import Trigger

_LETS = re.compile(
    r"\b(?:allowing|allowed|allows|permitting|permitted|permits|enabling|enabled|enables|"
    r"letting|clearing|cleared|clears|authori[sz]ing|authori[sz]ed|authori[sz]es)\s+"
    r"(?P<object>(?:the\s+)?[^.;:]*?)\s*,?\s+to\s+$",
    re.IGNORECASE,
)
"""A causative verb, its object and "to" right before the trigger."""


def other_clause(
    text: str, low: int, trigger: Trigger, span: tuple[int, int], event: Event,
    mentions: list[Mention],
) -> None:  # fmt: skip
    """The doers another clause names: :func:`let_do`, then :func:`made_by`."""
    let_do(text, low, trigger, span, event, mentions)
    made_by(text, low, trigger, span, event, mentions)


def let_do(
    text: str, low: int, trigger: Trigger, span: tuple[int, int], event: Event,
    mentions: list[Mention],
) -> None:  # fmt: skip
    """The doer of an event a causative verb lets happen: names before the verb take no
    ``before`` role ("the committee granted an exemption allowing X to travel": the
    committee does not travel); the name the object opens with takes it (X travels), unless
    it owns what the object names ("cleared the Taliban’s deputy to travel": the deputy
    travels, not the Taliban)."""
    lets = _LETS.search(text, low, span[0])
    if lets is None:
        return
    verb = lets.start()
    event.actors = [
        (role, m) for role, m in event.actors if not (role == trigger.before and m.end <= verb)
    ]
    first = lets.start("object") + (4 if lets.group("object").startswith("the ") else 0)
    doer = next((m for m in mentions if m.start == first), None)
    if doer is None or re.match(r"[’']s\b", text[doer.end : doer.end + 2]):
        return
    if (trigger.before, doer.entity) not in [(r, m.entity) for r, m in event.actors]:
        event.actors.append((trigger.before, doer))
        event.anchors[doer.start] = span


_MADE = re.compile(
    r"\s+(?:that|which)\s+(?P<doers>[^.;]*?)\s+(?:(?:had|have|has|were|was)\s+)?"
    r"(?:signed|reached|concluded|struck|agreed|held|hosted|launched|made)\b"
)
"""After an event's noun: a relative clause and the verb of making it, its subject between."""


_NOUN = re.compile(r"\b(?:a|an|the|this|its|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
"""An article or determiner before the trigger: a noun names the event."""
_NOUNS = re.compile(r"(?:ment|tion|sion|pact|accord|deal|treaty|protocol|MoU)s?$", re.I)
"""Endings of a trigger that is a noun (a verb trigger, "said", takes no relative clause)."""
_MAKERS = re.compile(r"\b(?:that|which)\s+(?P<doers>[^.;,]*?)\s+(?:(?:had|have|has|were|was)\s+)?$")
"""Before the trigger: the relative pronoun or "that" opening its clause, and its subject."""


def made_by(
    text: str, low: int, trigger: Trigger, span: tuple[int, int], event: Event,
    mentions: list[Mention],
) -> None:  # fmt: skip
    """Names outside a clause that "that" or "which" opens take no part in the event it
    tells, where that clause names its subject: after an event's noun, a relative clause
    and a verb of making it ("X docked, the first ship to use an agreement that A and B
    signed": A and B, not X; a possessive right before the noun stays: "A’s agreement that
    B signed"); before a verb trigger, a clause opened by "that" or "which" ("the agreement
    that A and B signed": the same)."""
    noun = _NOUN.search(text, low, span[0]) and (  # "a transit agreement", not "X denied"
        trigger.phrase.lower() in trigger.definite or _NOUNS.search(trigger.phrase)
    )
    made = _MADE.match(text, span[1]) if noun else None
    if made is not None and any(
        made.start("doers") <= m.start < made.end("doers") for m in mentions
    ):
        event.actors = [
            (role, m)
            for role, m in event.actors
            if m.end > span[0] or re.fullmatch(r"[’']s\s+(?:[\w-]+\s+){0,2}", text[m.end : span[0]])
        ]
    makers = _MAKERS.search(text, low, span[0])
    if makers is not None and any(
        makers.start("doers") <= m.start < makers.end("doers") for m in mentions
    ):
        event.actors = [(role, m) for role, m in event.actors if m.start >= makers.start()]
