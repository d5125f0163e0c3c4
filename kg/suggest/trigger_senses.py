"""A trigger's word in a sense that names no event, and a bare noun that names one
(``kg suggest``'s events, round twenty-one).

What a trigger found by the table (``ontology/triggers.tsv``) does not name:

- a phrase of ``trigger_senses.jsonl`` (spaCy ``Matcher`` patterns, data) around it: an
  idiom or another sense of the word ("met with criticism", "meets the needs of", "a visa
  on arrival", "visit visas", "committed to fighting poverty", "a price war", "a heart
  attack", "returned to normal", "dismissed two officials", "a port named after the late
  king": a namesake, no appointment), or an act not done ("failed to reach an agreement",
  "stopped short of condemning", "refrained from visiting"); a pattern followed by a
  possessive ("dismissed the minister’s remarks") does not apply;
- "reached" (:data:`kg.suggest.english.REACHING`), a visit only where a place's name
  follows it, a traveller (an actor's name, a title, "delegation", "he") is the last word
  of the subject, and nothing carried (:data:`kg.suggest.english.CARRIED`) is named
  before it in its sentence ("An Indian delegation reached Kabul"; not "reached a deal",
  nor "The consignment reached Kabul", whose shipment the sentence refers back to);
- a noun of a movement of people (``genre_words.json``'s "movements": "the return of
  Afghan migrants") after a verb of talking about a thing in its sentence ("discussed water,
  trade and the return of Afghan migrants"): what was discussed, a topic, no event.

And what a noun that only refers back (the table's ``definite`` column: "call", "stay",
"briefing") names where the report has told no event of its class before it: a new
occasion of talks or remarks, where it opens an occasion phrase ("In a call on Monday",
"During the call", "At the briefing", "In a denial issued on Tuesday"; a visit's "stay"
only after "his" or "her": "During his stay in Kabul", not "During their stay in
Pakistan, the refugees"; not "In a call for calm", nor "During the closure").
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

from kg.suggest.english import (
    CARRIED,
    DISCUSSING,
    OFFICE_HEADS,
    ONE_FOR_A_BODY,
    REACHING,
    SIDE_WORDS,
    alternation,
)
from kg.suggest.event_record import TALKS
from kg.suggest.mentions import Mention
from kg.suggest.name_forms import genre
from kg.suggest.register import Register
from kg.suggest.text import Report
from kg.suggest.triggers import Trigger

PATTERNS_FILE = Path(__file__).with_name("trigger_senses.jsonl")

Hit = tuple[int, int, Trigger]


@cache
def _matcher() -> Any:
    from spacy.matcher import Matcher

    from kg.suggest.text import pipeline

    matcher = Matcher(pipeline().vocab)
    for line in PATTERNS_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip():
            entry = json.loads(line)
            matcher.add(entry["name"], [entry["pattern"]], greedy="LONGEST")
    return matcher


def idioms(doc: Any) -> list[tuple[int, int]]:
    """The token spans of the phrases of ``trigger_senses.jsonl`` in ``doc`` (not one
    followed by a possessive: "dismissed the minister’s remarks")."""
    spans = []
    for _, start, end in _matcher()(doc):
        if end < len(doc) and doc[end].lower_ in ("’s", "'s", "’", "'"):
            continue
        spans.append((start, end))
    return spans


_DISCUSSED = re.compile(rf"\b(?:{alternation(DISCUSSING)})\b[^.;:!?]*\Z", re.IGNORECASE)


def _discussed(report: Report, hit: Hit) -> bool:
    """ "discussed water, trade and the return of Afghan migrants": a movement's noun after
    a verb of talking about a thing in its sentence is the topic."""
    word = report.doc[hit[0]]
    if word.lower_ not in genre()["movements"]:
        return False
    start = report.sentence_at(word.idx).start
    return bool(_DISCUSSED.search(report.text[start : word.idx]))


_TRAVELLERS = frozenset({*OFFICE_HEADS, *ONE_FOR_A_BODY, *SIDE_WORDS, "team", "he", "she", "they"})
"""Words for who travels, as the subject's last word before "reached" ("the delegation")."""
_GOODS = re.compile(rf"\b(?:{alternation(CARRIED)})\b", re.IGNORECASE)
_AUXILIARIES = frozenset({"has", "have", "had", "finally", "safely", "also", "later"})


def _reached(register: Register, report: Report, hit: Hit, mentions: list[Mention]) -> bool:
    """Whether "reached" names a visit: a place's name right after it, and a traveller as
    the subject's last word before it (an actor's name, a title, "delegation", "he";
    not "prices"), and nothing carried named before it in its sentence ("the cargo", "the
    aid convoy": a shipment)."""
    doc = report.doc
    end = doc[hit[1] - 1].idx + len(doc[hit[1] - 1])
    place = any(end <= m.start <= end + 1 and register.is_a(m.entity, "Place") for m in mentions)
    before = hit[0] - 1
    while before >= 0 and doc[before].lower_ in _AUXILIARIES:
        before -= 1
    lead = report.text[report.sentence_at(doc[hit[0]].idx).start : doc[hit[0]].idx]
    if not place or before < 0 or _GOODS.search(lead):
        return False
    last = doc[before]
    actor = any(m.start <= last.idx < m.end and register.is_a(m.entity, "Actor") for m in mentions)
    return actor or last.lower_.rstrip("s") in _TRAVELLERS or last.lower_ in _TRAVELLERS


def named(
    register: Register, report: Report, hits: list[Hit], mentions: list[Mention]
) -> list[Hit]:
    """The hits that name an event: none inside an idiom of ``trigger_senses.jsonl``, no
    "reached" but before a place, no movement's noun that was discussed; a noun that only
    refers back opening an occasion of a class not told before (:func:`occasions`)."""
    doc = report.doc
    spans = idioms(doc)
    kept = []
    for hit in hits:
        if any(start < hit[1] and hit[0] < end for start, end in spans):
            continue
        if doc[hit[0] : hit[1]].text.lower() in REACHING and not _reached(
            register, report, hit, mentions
        ):
            continue
        if _discussed(report, hit):
            continue
        kept.append(hit)
    return occasions(register, report, kept)


_OCCASION = re.compile(
    r"(?:\A|[,;]\s*)(?:in|during|at|after|following|before|ahead\s+of)\s+"
    r"(?:a|an|the|this|that|his|her|their|its|our)\s+(?:[\w-]+\s+){0,2}\Z",
    re.IGNORECASE,
)
"""An occasion phrase before a noun ("In a call", "During his stay", "At the briefing")."""
_NOT_AN_OCCASION = frozenset({"for", "of", "to"})
"""Words after the noun that make it another thing ("a call for calm", "the call to end")."""


def occasions(register: Register, report: Report, hits: list[Hit]) -> list[Hit]:
    """The hits, a noun that only refers back made a trigger of its class where it names a
    new occasion of talks or remarks (a call, a briefing, a denial; a visit's "stay" after
    "his" or "her": "During their stay in Pakistan, the refugees" is no visit): no trigger
    of its class before it, an occasion phrase opening its sentence (or a clause after a
    comma) right before it, and no "for", "of", "to" after it."""
    told: set[str] = set()
    result = []
    for hit in hits:
        start, end, trigger = hit
        if trigger.refers_only and trigger.cls not in told and _occasion(register, report, hit):
            hit = (start, end, replace(trigger, refers_only=False))
        if not hit[2].refers_only:
            told.add(trigger.cls)
        result.append(hit)
    return result


def _occasion(register: Register, report: Report, hit: Hit) -> bool:
    doc = report.doc
    start, end, trigger = hit
    if end < len(doc) and doc[end].lower_ in _NOT_AN_OCCASION:
        return False
    if register.is_a(trigger.cls, "Visit"):
        if start == 0 or doc[start - 1].lower_ not in ("his", "her"):
            return False
    elif not any(register.is_a(trigger.cls, c) for c in (*TALKS, "Statement")):
        return False
    lead = report.text[report.sentence_at(doc[start].idx).start : doc[start].idx]
    return bool(_OCCASION.search(lead))
