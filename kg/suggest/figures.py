"""Quantities and quotations as rows (``kg suggest``), on the events found.

A size or extent ("a 500-megawatt <dam>", "<the border>, which runs for 1,344
kilometres") measures the register's thing named next to it (an extent of no such
thing gives no row). A quantity with a commodity ("300 tonnes of medicines") is a
shipment of that commodity: the register's shipment of it where another report has one (its
``hasCommodity``), else a new one; it is part of the sentence's shipments
(``subEventOf``) and takes their sender and recipient; the sentence's one load is its new
shipment or pledge itself. A quantity without a
commodity goes to the sentence's event. A quotation goes to the sentence's
statement or briefing; where the sentence has none but a speaker, to a new
statement of that speaker.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Protocol

from kg.suggest.attribution import source_statement
from kg.suggest.counts import more_counts
from kg.suggest.english import REPORTING_VERBS
from kg.suggest.entities import slug
from kg.suggest.event_record import TALKS, Event
from kg.suggest.facts import Quantity, find_quantities, find_quotations
from kg.suggest.future_clauses import dates_event
from kg.suggest.linking import shipment_fits
from kg.suggest.mentions import Mention
from kg.suggest.register import Register
from kg.suggest.text import Report, Sentence
from kg.suggest.undated_times import undated
from kg.suggest.when import DateMention, find_dates

_SPEECH_VERB = re.compile(rf"\b(?:{REPORTING_VERBS})\b", re.IGNORECASE)


class Add(Protocol):
    """Adds one row: kind, subject, predicate, object, evidence start and end, confidence,
    reason."""

    def __call__(
        self, kind: str, subject: str, predicate: str, obj: str, start: int, end: int,
        confidence: float, reason: str, note: str = "",
    ) -> None: ...  # fmt: skip


_GIVING = re.compile(
    r"\b(?:aid|assistance|humanitarian|relief|donat\w*|gifts?|gifted|shipments?|shipped|"
    r"consignments?|deliver\w*|sent|sending|sends|dispatch\w*|suppl(?:y|ied|ies)|provid\w*|"
    r"pledg\w*|handed\s+over|arrived|reached)\b",
    re.IGNORECASE,
)
"""Words of giving or sending, one of which a sentence must hold for a quantity of a
commodity to open a shipment of aid ("sent 50 tonnes of wheat"; not "the line carried 2
million tonnes of freight last year", which is traffic)."""


def quantity_rows(
    add: Add, report: Report, register: Register, mentions: list[Mention], events: list[Event]
) -> None:
    """The rows of every quantity of the report."""
    commodities = {m.start: m.entity for m in mentions if register.is_a(m.entity, "Commodity")}
    carries: dict[str, set[str]] = defaultdict(set)  # event -> its commodities
    for claim in register.claims:
        if claim.predicate == "hasCommodity":
            carries[claim.subject].add(claim.object)
    by_commodity: dict[str, list[str]] = defaultdict(list)  # its shipments of a commodity
    for event, goods in sorted(carries.items(), key=lambda item: len(item[1])):
        for commodity in goods:  # those of fewest goods first
            by_commodity[commodity].append(event)
    facts = register.facts()
    for sentence in report.sentences:
        umbrella = next(
            (
                e
                for e in events
                if e.cls == "AidShipment"
                and any(index == sentence.index for index, _, _ in e.occurrences)
            ),
            None,
        )
        quantities = find_quantities(sentence.text, sentence.start)
        quantities += more_counts(sentence.text, sentence.start, quantities)
        whole = _whole_event(events, sentence.index, quantities, commodities, umbrella)
        for q in quantities:
            commodity = next((e for s, e in commodities.items() if q.start < s < q.end), "")
            subject = next(  # the one whose sender and dates the sentence's shipments share
                (
                    e
                    for e in by_commodity.get(commodity, [])
                    if shipment_fits(e, register, facts, umbrella)
                ),
                "",
            )
            reason = f"a quantity {q.value!r}"
            if commodity and not subject and whole is not None:
                subject = whole.id  # "sent 2,000 tonnes of wheat": the sending is that load
            if commodity and not subject and not _GIVING.search(sentence.text):
                commodity = ""  # "the line carried 2 million tonnes of freight": traffic
            if commodity and not subject:
                subject, n = f"aid-{commodity}", 2
                while subject in register.entities:  # the register's is another shipment
                    subject, n = f"aid-{commodity}-{n}", n + 1
                add("entity", subject, "type", "AidShipment", q.start, q.end, 0.5, reason)
                add(
                    "entity",
                    subject,
                    "label",
                    f"Shipments of {q.commodity}",
                    q.start,
                    q.end,
                    0.5,
                    reason,
                )
                if umbrella is None:  # else the date of the shipments it is part of, below
                    add("claim", subject, "hasTime", *_shipped_when(report, sentence, q))
            if not subject and q.owner:  # "the border, which runs for 1,344 kilometres"
                subject = _measured(q.start, q.end, q.owner, mentions, register, report.text)
                if not subject and q.owner == "before":
                    continue  # an extent of a thing the register does not know: no event's
            if not subject:  # "expulsion of over 500,000 refugees": the event named
                before = [  # last before the number, else the sentence's first
                    (start, e)
                    for e in events
                    for index, start, _ in e.occurrences
                    if index == sentence.index and start < q.start
                ]
                owner = (
                    max(before, key=lambda b: b[0])[1]
                    if before
                    else next((e for e in events if e.sentence == sentence.index), None)
                )
                if q.fatalities and not (owner and _violent(register, owner.cls)):
                    owner = next(
                        (
                            e
                            for e in events
                            if e.sentence == sentence.index and _violent(register, e.cls)
                        ),
                        owner,
                    )  # the violence killed
                if owner is None and q.value.split()[-1] not in _MONEY:
                    owner = _nearest(events, q.start)  # no event in its sentence
                subject = owner.id if owner else ""
            predicate = "hasFatalities" if q.fatalities else "hasQuantity"
            add("claim", subject, predicate, q.value, q.start, q.end, 0.7, reason)
            if q.fatalities:  # "four soldiers and five assailants": who was killed
                words = report.text[q.start : q.end]
                add("claim", subject, "hasCasualtyDescription", words, q.start, q.end, 0.5,
                    "the people killed")  # fmt: skip
            if commodity:
                add("claim", subject, "hasCommodity", commodity, q.start, q.end, 0.7, reason)
                if umbrella is not None and umbrella.id != subject:
                    add(
                        "claim", subject, "subEventOf", umbrella.id, q.start, q.end, 0.5,
                        "a listed part of the shipments",
                    )  # fmt: skip
                    when = umbrella.date
                    time = when.time if when else undated(report.published)
                    add("claim", subject, "hasTime", time, q.start, q.end, 0.4,
                        "the date of the shipments it is part of")  # fmt: skip
                    for role, actor in umbrella.actors:  # who sends, who receives
                        first, last = umbrella.anchors.get(actor.start, (q.start, q.end))
                        start, end = min(actor.start, first), max(actor.end, last)
                        add(
                            "claim", subject, role, actor.entity, start, end, 0.5,
                            f"the {role} of the shipments it is part of",
                        )  # fmt: skip


def _whole_event(
    events: list[Event],
    index: int,
    quantities: list[Quantity],
    commodities: dict[int, str],
    umbrella: Event | None,
) -> Event | None:
    """The sentence's one new shipment or pledge that the sentence's one quantity of a
    commodity measures as a whole ("X sent 2,000 tonnes of wheat", "X pledged 500 tonnes of
    rice": one event, no shipment of wheat besides); None where the sentence lists two
    loads ("2,000 tonnes of wheat and 300 tonnes of medicines": each its own shipment, part
    of the sentence's), or its shipment is a register event."""
    loads = [q for q in quantities if any(q.start < s < q.end for s in commodities)]
    if len(loads) != 1:
        return None
    pledge = next(
        (e for e in events if e.sentence == index and e.cls in ("AidPledge", "Pledge")), None
    )
    whole = umbrella or pledge
    return whole if whole is not None and not whole.existing else None


def _measured(
    start: int, end: int, owner: str, mentions: list[Mention], register: Register, text: str
) -> str:
    """The register's thing a size or extent measures: the one named right after a size ("a
    500-megawatt <dam>"; not "a 75-km line from <city>") or before "which" and an extent
    ("<the border>, which runs for ..."); never an event, a person or an organisation; ""
    if none is named there."""
    things = [
        m
        for m in mentions
        if not any(register.is_a(m.entity, c) for c in ("Event", "Person", "Organization"))
    ]
    if owner == "after":
        return next(
            (m.entity for m in things if m.start >= end and text[end : m.start] == " "),
            "",
        )  # fmt: skip
    before = [
        m
        for m in things
        if m.end <= start
        and re.fullmatch(r",?\s+(?:which|that)\s+(?:[\w-]+\s+){1,4}", text[m.end : start])
    ]
    return before[-1].entity if before else ""


_MONEY = frozenset({"usd", "eur", "afn", "pkr", "inr", "cny", "rub"})
"""Currencies: a sum in a sentence that tells of no event is a background figure (a year's
trade, a budget), which the annotations give or leave out alike; no row."""


def _nearest(events: list[Event], start: int) -> Event | None:
    """The event named last before ``start`` in the report, else the first after it: what
    a sentence that names none goes on about ("... a shootout. According to the guards, a
    group of five armed men tried to cross")."""
    before = [(s, e) for e in events for _, s, _ in e.occurrences if s < start]
    if before:
        return max(before, key=lambda b: b[0])[1]
    after = [(s, e) for e in events for _, s, _ in e.occurrences if s > start]
    return min(after, key=lambda a: a[0])[1] if after else None


_VIOLENCE = ("Attack", "ArmedClash", "ArmedConflict", "MilitaryOperation")


def _violent(register: Register, cls: str) -> bool:
    """Whether events of ``cls`` kill: attacks, strikes, clashes, wars, operations."""
    return any(register.is_a(cls, c) for c in _VIOLENCE)


def quotation_rows(
    add: Add, report: Report, register: Register, mentions: list[Mention], events: list[Event]
) -> None:
    """The rows of every quotation of the report."""
    per_sentence: dict[int, list[Event]] = defaultdict(list)
    for event in events:
        per_sentence[event.sentence].append(event)
    for sentence in report.sentences:
        end = sentence.end
        while end < len(report.text) and report.text[end] in '”"’':
            end += 1  # the closing quote after the full stop belongs to the sentence
        start = sentence.start
        if start > 0 and report.text[start - 1] in '“"':
            start -= 1  # the opening quote the sentence splitter left before it
        said = report.text[start:end]
        for quote in find_quotations(said, start, mentions, register):
            statement = next(
                (
                    e  # not the statement the sentence is attributed to, where another is
                    for e in sorted(
                        per_sentence[sentence.index],
                        key=lambda e: source_statement(report.text, e.start),
                    )
                    if e.cls in ("Statement", "PressBriefing")
                ),
                None,
            )
            subject = statement.id if statement else ""
            if not subject and quote.speaker is not None:  # a statement of its own
                speaker_id = quote.speaker.entity
                subject = f"statement-{slug(speaker_id.split('-')[-1])}-{quote.start}"
                reason = "a quotation with its speaker"
                words = " ".join(quote.quote.split()[:8])
                add("entity", subject, "type", "Statement", quote.start, quote.end, 0.5, reason)
                add("entity", subject, "label", f"Statement: “{words}…”", quote.start, quote.end,
                    0.5, reason)  # fmt: skip
                time, start, end, why = _quoted_when(report, sentence, events, register)
                if not time:
                    time, start, end = undated(report.published), quote.start, quote.end
                add("claim", subject, "hasTime", time, start, end, 0.3, why)
            if not subject:
                continue
            add(
                "claim",
                subject,
                "hasQuotation",
                quote.quote,
                quote.start,
                quote.end,
                0.7,
                "a quotation",
            )
            if quote.speaker is not None:
                speaker = report.span(quote.speaker.start, quote.speaker.end)
                add(
                    "claim",
                    subject,
                    "hasInitiator",
                    quote.speaker.entity,
                    sentence.start,
                    sentence.end,
                    0.6,
                    f"the speaker of a quotation ({speaker!r})",
                )


AFTER_TALKS = re.compile(
    r"\bafter\s+(?:the|this|that|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:talks|meetings?|round|visit|session|call|consultations|negotiations)\b",
    re.IGNORECASE,
)
"""A remark made "after the talks", "after the first round": the same day, in the genre."""


def _shipped_when(
    report: Report, sentence: Sentence, q: Quantity
) -> tuple[str, int, int, float, str]:
    """The ``hasTime`` of a shipment a quantity opens ("120 trucks of flour had crossed"),
    its evidence, confidence and why: the date of its sentence nearest the quantity that
    may date it, else bounded by the publication (as an undated event)."""
    dates = find_dates(sentence.text, report.published, sentence.start)
    mine = [d for d in dates if dates_event(d, report.text, q.start)]
    if not mine:
        why = "no date in the sentence: bounded by the publication"
        return undated(report.published), q.start, q.end, 0.3, why
    date = min(mine, key=lambda d: abs(d.start - q.start))
    return date.time, date.start, date.end, 0.5, f"the date {date.wording!r}"


def _quoted_when(
    report: Report, sentence: Sentence, events: list[Event], register: Register
) -> tuple[str, int, int, str]:
    """The ``hasTime`` of a quotation's own statement, its evidence and why: a date of its
    sentence that may date the speech ("“...,” X said on Monday"), else the date of the
    last talks told before it where the speaker spoke "after the talks"; else ""."""
    speech = _SPEECH_VERB.search(sentence.text)
    at = sentence.start + (speech.start() if speech else 0)
    dates = find_dates(sentence.text, report.published, sentence.start)
    mine = [d for d in dates if dates_event(d, report.text, at)]
    if mine:
        date = min(mine, key=lambda d: abs(d.start - at))
        return date.time, date.start, date.end, f"the date {date.wording!r}"
    after = AFTER_TALKS.search(sentence.text)
    if after is None:
        return "", 0, 0, "no date in the sentence: bounded by the publication"
    talks = [
        e
        for e in events
        if e.sentence < sentence.index
        and e.date is not None
        and not e.date.later
        and any(register.is_a(e.cls, c) for c in TALKS)
    ]
    if not talks:
        return "", 0, 0, "no date in the sentence: bounded by the publication"
    last = max(talks, key=lambda e: (e.sentence, e.start)).date
    assert last is not None
    start, end = sentence.start + after.start(), sentence.start + after.end()
    time = DateMention(start, end, last.value, after.group(0), True, 0.5).time
    return time, start, end, "a remark after the talks: their date"
