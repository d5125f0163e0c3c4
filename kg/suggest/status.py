"""``hasStatus`` of an event, by the words right before its trigger.

The annotation's values (docs/annotation.md): ``planned``, ``expected``,
``ongoing``, ``repeated`` (``occurred``, the default, is never written). A cue
must stand in the trigger's clause, at most three words before it:

- ``planned``: "the planned/proposed/upcoming X", "was due to", "is scheduled to",
  "plans to", "agreed to (meet again, set up ...)", "will", "would" ("Agencies will
  appeal", "said he would meet X"), and a point of a list that "agreed to:" opens
  ("- hold their next meeting in Kabul");
- ``expected``: "is expected to", "was likely to";
- ``ongoing``: "the ongoing X", "continues to", "is being", "are still";
- ``repeated``: "reiterated (its) X", "renewed (its) X", "another X".

A noun of the event followed in its clause by "is expected", "is scheduled", "is due",
"would follow", "will take place" ("A meeting of the two ministers is expected next week",
"More aid flights would follow") is ``expected`` or ``planned``, as the cue says.
A present perfect whose clause goes on with "since" ("has sent back ... since
January") is ``ongoing`` too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.suggest.agreement_points import AGREEMENT, in_a_list
from kg.suggest.event_record import Event
from kg.suggest.relation_record import Relation

_WORDS = r"(?:[\w’'-]+\s+){0,3}?"
_CUES = (
    (
        "planned",
        r"planned|proposed|upcoming|forthcoming|(?:was|were|is|are)\s+due\s+to|"
        r"(?:is|are|was|were)\s+scheduled\s+to|plans?\s+to|planning\s+to|will|would|shall",
    ),
    ("expected", r"(?:is|are|was|were)\s+(?:expected|likely)\s+to"),
    (
        "ongoing",
        r"ongoing|continues\s+to|continue\s+to|continuing\s+to|(?:is|are)\s+(?:still\s+)?being|"
        r"(?:is|are)\s+still",
    ),
    ("repeated", r"reiterated|reiterates|renewed|renews|another"),
    ("agreed", r"agreed\s+to|agree\s+to"),
)
"""The cues of each status; "agreed to" is ``planned`` too, but what is agreed may be
under way by the report (no plan for :func:`told_as_plan`)."""
_WRITTEN = {"agreed": "planned", "a point": "planned"}
"""The status written for a cue's group."""
_CUE = re.compile(
    "|".join(rf"\b(?P<{value}>{words})\s+{_WORDS}\Z" for value, words in _CUES),
    re.IGNORECASE,
)
_EDGE = re.compile(r"[,;:()“”\"]|\.(?!\d)")  # not the point of "1.2 million"
_HEAD = re.compile(  # the cue inside the trigger: "due to travel", "expected to meet"
    "|".join(
        rf"(?P<{value}>{words})\s"
        for value, words in (
            ("planned", rf"due\s+to|next|{_CUES[0][1]}"),  # "next session"
            ("expected", rf"(?:expected|likely)\s+to|{_CUES[1][1]}"),
            *_CUES[2:],
        )
    ),
    re.IGNORECASE,
)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?\Z", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
_HAS = re.compile(r"(?:has|have)\s", re.IGNORECASE)
"""A present perfect inside the trigger ("has had no embassy")."""
_SUBJECT = re.compile(
    r"(?<!\w)(?<!\b(?:on|in|at|of|to|by)\s)(?<!\b(?:for|and)\s)(?<!\b(?:from|with)\s)"
    r"(?:a|an|the|another|further|more|additional|next)\s+(?:[\w’'-]+\s+){0,3}\Z",
    re.IGNORECASE,
)
"""A noun phrase before the trigger, no preposition's object ("A meeting", "More aid
flights"; not "on a two-day visit")."""
_PREDICATE = re.compile(
    r"(?:(?!\band\b)[^,;:()“”\"]){0,60}?\b(?:(?:is|are|was|were)\s+(?:now\s+|also\s+)?(?:(?P<expected>expected"
    r"|likely)|(?P<planned>scheduled|planned|due))\b|(?:will|would)\s+(?P<planned_>follow|take"
    r"\s+place|be\s+held)\b)",
    re.IGNORECASE,
)
"""What is said of an event's noun after it: "A meeting between the ministers is expected
next week", "More aid flights would follow", "The visit is scheduled for May"."""


def statuses(text: str, starts: dict[int, int], events: list[Event]) -> Iterator[Relation]:
    """One ``hasStatus`` row per event and value, from each trigger that names it
    (``starts``: a sentence's index -> its first character)."""
    for event in events:
        if not event.id:
            continue
        given: set[str] = set()
        for index, first, last in event.occurrences:
            found = _status(text, starts.get(index, 0), first, last, event.cls)
            value = _WRITTEN.get(found[0], found[0]) if found else ""
            if found is None or value in given:
                continue
            _, begin, why = found
            given.add(value)
            yield Relation(event.id, "hasStatus", value, begin, last, 0.4,
                           f"{why} at the trigger")  # fmt: skip


def told_as_plan(text: str, starts: dict[int, int], event: Event) -> bool:
    """Whether a trigger of the event tells it as planned or expected ("said he would meet
    X", "agreed to meet again"): not yet done when the report was written."""
    return any(
        (found := _status(text, starts.get(index, 0), first, last, event.cls)) is not None
        and found[0] in ("planned", "expected")
        for index, first, last in event.occurrences
    )


def _status(text: str, start: int, first: int, last: int, cls: str) -> tuple[str, int, str] | None:
    """The status the words around a trigger (``first``-``last``, in a sentence opening at
    ``start``) give, where it begins, and why; None for none (occurred)."""
    edges = [m.end() for m in _EDGE.finditer(text, start, first)]
    lead = max([start, first - 60, *edges])
    match = _CUE.search(text[lead:first]) or _HEAD.match(text, first, last)
    if match is not None and match.lastgroup is not None:
        begin = match.start() + (lead if match.re is _CUE else 0)
        return match.lastgroup, begin, repr(match[match.lastgroup])
    if _SUBJECT.search(text, lead, first) and (said := _PREDICATE.match(text, last)):
        return "expected" if said["expected"] else "planned", first, repr(said[0].strip())
    perfect = _PERFECT.search(text, lead, first) or _HAS.match(text, first, last)
    if perfect and _since(text, last):
        return "ongoing", perfect.start(), "'has ... since'"
    if cls != AGREEMENT and in_a_list(text, first):
        return "a point", first, "a point of what was agreed"
    return None


def _since(text: str, last: int) -> bool:
    """ "since" later in the trigger's clause: "has sent back 1.2 million since January"."""
    edge = _EDGE.search(text, last)
    return bool(_SINCE.search(text, last, edge.start() if edge else len(text)))
