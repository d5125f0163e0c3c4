"""The doer of a deed denied (:mod:`kg.suggest.events`).

A verb of denial and the gerund right after it share their subject, as any verb and its
gerund do ("resumed deporting"): "Tehran denies expelling Afghans by force", "Pakistan
denied having deported refugees", "..., denying shelling the villages" make the denier
the doer of the deed denied (its trigger's ``before`` role). Not past other words ("denied
reports of shelling": whose shelling is not said), nor a that-clause, whose own subject
does it ("denied that Pakistan had deported refugees").
"""

from __future__ import annotations

import re

from kg.suggest.event_record import Event
from kg.suggest.register import Register
from kg.suggest.triggers import Trigger

_BETWEEN = re.compile(r"\s+(?:(?:ever|having|once)\s+){0,2}")
"""Between the verb of denial and the deed's trigger: nothing, or "having", "ever"."""


def denied_doer(
    register: Register, text: str, event: Event, trigger: Trigger, previous: Event | None
) -> None:
    """Give ``event`` the subject of the denial ``previous`` right before its gerund."""
    if previous is None or not register.is_a(previous.cls, "Denial"):
        return
    start = event.start
    spans = [(s, e) for _, s, e in previous.occurrences if e <= start]
    if not spans:
        return
    denied_at, denied_end = max(spans, key=lambda span: span[1])
    gap = _BETWEEN.fullmatch(text, denied_end, start)
    if gap is None:
        return
    word = text[start:].split(maxsplit=1)[0]
    if not (word.endswith("ing") or "having" in gap.group(0)):
        return  # "denied deported refugees" is no English
    if any(role == trigger.before and m.end <= start for role, m in event.actors):
        return  # a doer of its own, before the deed
    for role, mention in previous.actors:
        if role == "hasInitiator" and mention.end <= denied_at:
            event.actors.append((trigger.before, mention))
            event.anchors[mention.start] = previous.anchors.get(
                mention.start, (denied_at, denied_end)
            )
