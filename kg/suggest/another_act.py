"""A second act of one class in a sentence: "signed a protocol and agreed to set up X"."""

from __future__ import annotations

import re

from kg.suggest.event_record import Event
from kg.suggest.event_words import intends
from kg.suggest.text import Report

_AND_THEN = re.compile(r"\S(?:\s+\S+){3,}\s+and\s+(?:also\s+)?\Z")
_AND_LATER = re.compile(
    r"\S(?:\s+\S+){3,}\s+and\s+(?:is\s+|are\s+|was\s+|were\s+)?"
    r"(?:due|expected|scheduled|set|will|plans)\b(?:\s+\S+){0,4}\Z",
    re.IGNORECASE,
)
"""A second act told as to come after "and": "arrived in X on Sunday and is due to fly to Y"."""
_AND_AFTERWARDS = re.compile(
    r"\S(?:\s+\S+){2,}\s+and\s+(?:later|then|subsequently|afterwards|separately|also)\s+\Z",
    re.IGNORECASE,
)
"""A second act told as following the first: "held talks with Y and later met Z"."""


def another_act(report: Report, event: Event, sentence: int, start: int, end: int) -> bool:
    """ "The two sides signed a protocol on customs and agreed to set up a committee": a
    verb of the class after "and", past the object of the trigger before it (three words
    or more), and followed by an infinitive, is an act of its own, not the first again;
    so is one told as to come ("and is due to fly to Y") or as following it ("held talks
    with Y and later met Z")."""
    before = [e for i, _, e in event.occurrences if i == sentence and e <= start]
    if not before:
        return False
    if _AND_LATER.search(report.text[min(before) : end]):
        return True  # "arrived in X on Sunday and is due to fly to Y": a visit to come
    if _AND_AFTERWARDS.search(report.text[min(before) : start]):
        return True  # "held talks with Y and later met Z": a meeting of its own
    return intends(report, end) and bool(_AND_THEN.search(report.text[min(before) : start]))
