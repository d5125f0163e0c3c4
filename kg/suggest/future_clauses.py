"""Clauses that speak of the future, and the events a date of a sentence can date.

"will meet again in November", "is due to travel on Thursday", "the next round": a
weekday or month without a year in such a clause is the coming one
(:func:`kg.suggest.when.find_dates` asks :func:`in_future`); a date after the publication
dates only an event such a clause puts in the future or one an infinitive plans ("agreed
to hold a meeting next week"), and no date dates an event another of its sentence owns
(:func:`kg.suggest.date_scope.another_owns`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.suggest.date_scope import another_owns, listed_plan
from kg.suggest.english import REPORTING_VERBS

if TYPE_CHECKING:
    from kg.suggest.when import DateMention

_FUTURE = re.compile(
    r"\b(?:will|shall|would|(?:due|expected|scheduled|set|slated|planned|poised)\s+to|plans?\s+to"
    r"|to\s+be\s+held|(?:is|are)\s+to\s+be|upcoming|next"
    r"|(?:agreed|agrees|decided|decides|promised|vowed|pledged|intends?|aims?|hopes?)\s+to\s+\w+"
    r")\b|'ll\b",
    re.IGNORECASE,
)
"""Words that put a clause in the future: "will", "is due to", "plans to", "the next round"."""
_PLANNED = re.compile(r"\bto\s+(?:[a-z]+\s+(?:up\s+)?(?:a|an|the|another|new|fresh)?\s*)?$")
"""The words before an event an infinitive plans: "to hold a", "to meet", "to set up a"."""
_WILL = re.compile(r"(?:will|would|shall|to)\s", re.IGNORECASE)
_CLAUSE_START = re.compile(
    r"[;:”]|\.\s|[,.!?]\"|\b(?:but|while|whereas|after|before|when)\b"
    rf"|,\s+(?:[\w’'.-]+\s+){{0,5}}?{REPORTING_VERBS}\b",
    re.IGNORECASE,
)
"""Where the clause of a date begins: a quotation's end too ("“We will ...,” he said on
Monday": the quotation's future is not the saying's), and a reporting clause after a
comma ("agreed to reopen the crossing, the ministry said on Tuesday": the saying's
Tuesday is past)."""


def in_future(text: str, start: int) -> bool:
    """Whether the clause before ``start`` speaks of the future ("will meet again in")."""
    before = text[max(0, start - 80) : start]
    cuts = [m.end() for m in _CLAUSE_START.finditer(before)]
    return bool(_FUTURE.search(before[cuts[-1] if cuts else 0 :]))


_HELD_LATER = re.compile(
    r"\w+(?:\s+(?:with|between|among|on|in|of|for)(?:\s+[\w’'-]+){1,3}?)?\s+"
    r"(?:(?:will|would|shall)\s+(?:be\s+held|take\s+place|begin|start|resume|open|convene)"
    r"|(?:is|are)\s+(?:due|scheduled|expected|set|slated)\s+to)\b",
    re.IGNORECASE,
)
"""An event noun whose own verb, after it or a short phrase of its parties or place, puts it
in the future ("talks with India would be held next week", "the summit is due to open";
not "said the road would open": the saying's own clause)."""


def held_later(text: str, trigger_start: int) -> bool:
    """Whether the clause that the trigger at ``trigger_start`` opens holds it later."""
    return bool(_HELD_LATER.match(text, trigger_start))


def dates_event(date: DateMention, text: str, trigger_start: int) -> bool:
    """Whether ``date`` can date the event whose trigger begins at ``trigger_start`` of
    ``text``: a date after the publication only an event in a future clause or one an
    infinitive plans ("agreed to hold a meeting next week", "agreed to meet"); an event
    its own clause holds later (:func:`held_later`) only a date after its trigger ("said on
    Tuesday that talks would be held next week": not the saying's Tuesday)."""
    if another_owns(date.start, date.end, text, trigger_start):
        return False
    if held_later(text, trigger_start):
        return date.start > trigger_start
    return (
        not date.later
        or in_future(text, trigger_start)
        or bool(_WILL.match(text, trigger_start))  # the trigger "will meet", "to sign"
        or bool(_PLANNED.search(text[max(0, trigger_start - 40) : trigger_start]))
        or listed_plan(text, trigger_start)
    )
