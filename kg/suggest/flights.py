"""Relief told as aircraft and trucks that land or arrive, and where a flight goes.

The news of a disaster tells a shipment by its vehicle: "An air force aircraft carrying
40 tonnes of tents landed in Kabul", "Two planes of the Red Crescent landed ... with 60
tonnes of food". A vehicle that lands or arrives with a load is the shipment, not a visit
(docs/annotation.md: a visit has a visitor; an aircraft is none). And "flown to Doha",
"a flight to the United States": the place after "to" is where the flight goes, no actor of
it (``hasPlace``, as a visit's destination is).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from kg.suggest.cargo import SHIPMENT
from kg.suggest.event_record import Event
from kg.suggest.event_words import places_after, unnamed_voice
from kg.suggest.register import Register
from kg.suggest.text import Report
from kg.suggest.triggers import Trigger

_ARRIVALS = {"landed in", "landed at", "arrived in", "arrived at", "arrives in", "arrived",
             "arrives", "arrive in", "arrive at", "arriving in", "arriving at"}  # fmt: skip
"""The visit triggers a vehicle can be the subject of."""
_VEHICLE = re.compile(
    r"\b(?:aircraft|airplanes?|aeroplanes?|planes?|jets?|flights?|helicopters?|airlifts?"
    r"|trucks?|lorries|convoys?|consignments?|shipments?)\b",
    re.IGNORECASE,
)
_LOAD = re.compile(
    r"\b(?:carrying|loaded\s+with|laden\s+with|with\s+(?:[\d.,]+|\w+)\s+(?:tonnes|tons|tonne"
    r"|ton|kilograms|kg)|with\s+(?:relief|aid|supplies|medicines|food|tents)|relief|aid)\b",
    re.IGNORECASE,
)
"""A load the vehicle brings ("carrying 40 tonnes", "with 60 tonnes of food"), or relief
named in its sentence ("Foreign relief gathered pace as aircraft ... landed")."""
_GOODS = re.compile(
    r"\b(?:consignments?|shipments?|batch(?:es)?|cargo(?:es)?|(?:tonnes|tons|tonne|doses|"
    r"kilograms|sacks|bags|cartons|boxes|packages|parcels)\s+of|(?:aid|relief|supplies)"
    r"(?!\s+(?:workers?|officials?|agenc(?:y|ies)|groups?|staff|teams?|organi[sz]ations?)\b))\b",
    re.IGNORECASE,
)
"""Goods as the subject of an arrival ("Two consignments of wheat", "Fifty tonnes of rice
sent by China", "Indian aid"; not "aid workers"): a shipment that arrives, whatever the
sentence says of relief."""
_CLAUSE = re.compile(r"[;:]|,\s+(?:as|while|and|but)\s|\b(?:as|while|when|after)\s", re.IGNORECASE)


def relief_flight(
    report: Report, doc: Any, hit: tuple[int, int, Trigger], shipment: Trigger | None
) -> tuple[int, int, Trigger]:
    """``hit`` as an aid shipment where a visit's arrival verb has a vehicle for subject and
    the sentence gives its load ("Two planes ... landed in Kabul with 60 tonnes of food"),
    or has goods for subject ("Two consignments of wheat from X arrived in Kabul"); else
    ``hit`` unchanged ("The minister's plane landed in Kabul": a visit)."""
    start, end, trigger = hit
    if shipment is None or trigger.cls != "Visit" or trigger.phrase.lower() not in _ARRIVALS:
        return hit
    offset = doc[start].idx
    sentence = report.sentence_at(offset)
    before = report.text[sentence.start : offset]
    cuts = [m.end() for m in _CLAUSE.finditer(before)]
    subject = before[cuts[-1] if cuts else 0 :]
    if not _GOODS.search(subject) and (
        not _VEHICLE.search(subject) or not _LOAD.search(report.text[sentence.start : sentence.end])
    ):
        return hit
    return start, end, replace(shipment, phrase=trigger.phrase, needs=(), refers_only=False)


def relief_actors(report: Report, events: list[Event]) -> None:
    """The actors of a shipment told by its vehicle are those its subject names ("Two planes
    of the Red Crescent landed"); a name before the subject's clause ("relief for the victims
    in eastern Afghanistan gathered pace, as aircraft ... landed") or after the arrival verb
    (the place landed in, "and Pakistan opened ...") is none of its actors."""
    for event in events:
        span = arrival_subject(report, event)
        if span is not None:
            event.actors = [(r, m) for r, m in event.actors if span[0] <= m.start < span[1]]


def arrival_subject(report: Report, event: Event) -> tuple[int, int] | None:
    """The characters of the subject of a shipment told by its arriving vehicle ("Two
    planes of the Red Crescent" before "landed in"), from its clause's start to the
    trigger; None for another event."""
    if event.cls != SHIPMENT or event.trigger.lower() not in _ARRIVALS:
        return None
    sentence = report.sentence_at(event.start)
    before = report.text[sentence.start : event.start]
    cuts = [m.end() for m in _CLAUSE.finditer(before)]
    return sentence.start + (cuts[-1] if cuts else 0), event.start


_FLOWN = re.compile(r"(?:flown|flight|flights|airlifted)(?:\s+\w+)?\s+to\Z", re.IGNORECASE)
"""A flight's trigger ending in "to": "flown to", "flown on to", "a flight to"."""
_TO_THE = re.compile(r"\s+(?:the\s+)?")
"""Between a flight's "to" and where it goes."""


def flight_destinations(register: Register, text: str, events: list[Event]) -> None:
    """A place, state or capital named right after a flight's "to" ("flown to Doha", "a flight
    to the United States") is where it goes: a place of the event, no actor."""
    for event in events:
        if not _FLOWN.search(event.trigger):
            continue
        places_after(register, text, event, _TO_THE)


_AID = ("AidShipment", "AidPledge")
_VOICED = (*_AID, "Statement")
"""The acts whose figures or words a closing ", X said." only voices: an aid shipment or
pledge, and a speech act told before it ("X told Y that ..., his office said": X's words,
relayed; round eighteen)."""
_PRONOUNS = [["he"], ["she"], ["they"], ["it"]]
_CLOSING = re.compile(r"\s*\.?[”\"]?\s*\Z")


def reported_relief(
    report: Report, doc: Any, kept: list[tuple[int, int, Trigger]], hit: tuple[int, int, Trigger]
) -> bool:
    """ "A plane landed in Kabul with 60 tonnes of food, the embassy said.": a speech verb
    that closes a sentence telling an aid shipment or pledge (or another speech act:
    :data:`_VOICED`), after a comma and a short
    subject that is no pronoun, gives the voice of the figures (docs/annotation.md, "Voice
    and factuality"), no statement of its own; ``kept``: the triggers kept before ``hit``."""
    start, end, trigger = hit
    if trigger.cls != "Statement":
        return False
    offset = doc[start].idx
    sentence = report.sentence_at(offset)
    if not _CLOSING.fullmatch(report.text[doc[end - 1].idx + len(doc[end - 1]) : sentence.end]):
        return False  # "..., the ministry said in a statement on Monday": a statement
    comma = report.text.rfind(",", sentence.start, offset)
    subject = report.text[comma + 1 : offset].split()
    if comma < 0 or len(subject) > 6 or [w.lower() for w in subject] in _PRONOUNS:
        return False  # "..., she said.": the speaker's words go on, her statement
    return any(k[2].cls in _VOICED and sentence.start <= doc[k[0]].idx < comma for k in kept)


def voice_only(
    report: Report, doc: Any, kept: list[tuple[int, int, Trigger]], hit: tuple[int, int, Trigger]
) -> bool:
    """Whether a statement's trigger only gives the sentence's voice: unnamed officials
    (:func:`kg.suggest.event_words.unnamed_voice`) or the source of an aid act's figures or
    of a speech act's words (:func:`reported_relief`)."""
    if hit[2].cls != "Statement":
        return False
    return unnamed_voice(report, doc[hit[0]].idx) or reported_relief(report, doc, kept, hit)
