"""A quoted remark of the person whose dated act the sentence before tells: made on that occasion.

News tells an act and then its actor's words on the spot: "The minister visited the
district on Monday. “Whole villages are gone,” he told reporters." "At the crossing on
Tuesday, the minister received the families and promised them land. “This is your home,”
he told them." The remark, undated, with a quotation in its sentence, whose speaker (a
person) did a dated act of the last month told in the sentence right before, is dated as
that act (its words and span, at half its confidence), as the annotations date such
remarks; used after :func:`kg.suggest.occasion_named.date_by_named_occasion`, for the
remarks the other ties left undated.

A remark whose speaking the sentence tells in a participle phrase before its verb
("Speaking to reporters on Monday, X said ...", "X, addressing a rally in Y on Monday,
said ...") is dated by that phrase's date (:func:`date_by_speaking`).
"""

from __future__ import annotations

import re

from kg.suggest.english import REPORTING_VERBS
from kg.suggest.event_record import REMARKS, Event
from kg.suggest.mentions import Mention
from kg.suggest.occasions import is_news, take_date
from kg.suggest.register import Register
from kg.suggest.text import Report
from kg.suggest.when import find_dates

_SPOKEN = re.compile(rf"(?:{REPORTING_VERBS})(?:\s+\w+)?", re.IGNORECASE)
"""A remark's trigger: "said", "told", "told reporters"."""
_QUOTE = re.compile(r"[“”\"]")


def date_by_speaker(
    report: Report, events: list[Event], register: Register, mentions: list[Mention]
) -> None:
    """Gives an undated quoted remark the date of its speaker's act in the sentence before:
    the speaker is one of the act's actors, or named before its trigger in that sentence
    (its subject: "the minister received the families and promised them land", where the
    state behind the office is the promise's actor)."""
    ordered = sorted(events, key=lambda e: (e.sentence, e.start))
    for event in ordered:
        if event.dates or event.sentence == 0 or not _SPOKEN.fullmatch(event.trigger):
            continue
        if not any(register.is_a(event.cls, c) for c in REMARKS):
            continue
        sentence = report.sentences[event.sentence]
        opening = report.text[max(0, sentence.start - 1) : sentence.end]
        if not _QUOTE.search(opening):
            continue
        speakers = {m.entity for role, m in event.actors if register.is_a(m.entity, "Person")}
        acts = [
            other
            for other in ordered
            if other is not event
            and other.sentence == event.sentence - 1
            and is_news(other)
            and other.date is not None
            and not other.date.value.startswith("..")
            and _speaker_did(other, speakers, mentions, report.sentences[other.sentence].start)
        ]
        if speakers and acts:
            take_date(event, acts[-1], 0.5)


def _speaker_did(act: Event, speakers: set[str], mentions: list[Mention], start: int) -> bool:
    """Whether one of ``speakers`` is an actor of ``act``, or named in its sentence (which
    begins at ``start``) before its trigger."""
    if speakers & {m.entity for _, m in act.actors}:
        return True
    return any(m.entity in speakers and start <= m.start < act.start for m in mentions)


_SPEAKING = re.compile(
    r"\b(?:[Ss]peaking|[Aa]ddressing|[Tt]alking|[Ww]riting|[Bb]riefing)\b[^,.;:“”\"]*,"
)
"""A participle phrase of the speaking itself, closed by a comma: "Speaking to reporters in
Kabul on Monday,", ", addressing a rally on Friday,"."""


def date_by_speaking(report: Report, events: list[Event], register: Register) -> None:
    """Gives an undated remark the date of the participle phrase that tells its speaking,
    before its verb in its sentence ("Speaking in Kathmandu on Monday, the minister said")."""
    for event in events:
        if event.dates or not any(register.is_a(event.cls, c) for c in REMARKS):
            continue
        sentence = report.sentences[event.sentence]
        lead = report.text[sentence.start : event.start]
        phrases = list(_SPEAKING.finditer(lead))
        if not phrases:
            continue
        phrase = phrases[-1]  # the last one before the verb
        start, end = sentence.start + phrase.start(), sentence.start + phrase.end()
        dates = [
            d
            for d in find_dates(sentence.text, report.published, sentence.start)
            if start <= d.start and d.end <= end and not d.later
        ]
        if dates:
            event.dates = dates[:1]
