"""Who acts in an event a causative verb lets another do ("allowing X to travel to Doha").

"The committee granted an exemption allowing X to travel", "Y cleared X to travel": the
event's doer is the object of the causative verb (X), not whoever lets it happen before it.
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
