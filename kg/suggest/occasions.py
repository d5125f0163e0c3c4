"""Undated events the text ties to the occasion of dated talks, dated as the talks.

First, an undated event in a sentence with a time counted from another event of the
story ("Three days earlier, ...": :mod:`kg.suggest.story_time`) takes that time.

The annotations bound an undated act by the publication (docs/annotation.md), unless
the words place it at the talks. Such ties of the genre, each taking the talks'
date (its words and span, at a lower confidence) and, where it has none, their place:

- "the two sides", "both sides" right after the sentence of the talks ("At Saturday's
  meeting, ... The two sides agreed to ..."): what the parties did there (not
  "Separately, ...", nor what they "discussed");
- a remark addressed to the other party ("X told the visitors", "told the Iranian
  side", "told his guests"), and the acts of that clause ("and urged Y to"): said at the
  talks, its parent where :mod:`kg.suggest.talk_parts` guessed one, else the last talks;
- a quotation that goes on in the next sentence ("“...,” X told reporters after the
  talks. “We are ready to ...”"): the remark of the sentence before;
- "X also met Y", "also called on": another meeting of the visit told last before it
  (the last two ties look back only to talks of the last month before publication);
- "called on X, who urged him to ...": the act of the one met, in the talks' sentence;
- "Y told the Council that ..." after a dated "X told the Security Council on Wednesday":
  a remark to the same body, at the same sitting;
- a remark "told ... after the first round", "said after the talks" (as a quotation's):
  made at the last dated talks;
- "He said", "She also told" opening a sentence right after a dated remark (or one
  told "after the talks", dated as the talks): that remark goes on, on the same occasion;
- a quotation that goes on, or a sentence opening with the spokesman of the body of a
  dated statement in the sentence before ("... in a statement on Thursday. Its spokesman,
  X, said ..."): that statement's day;
- an act told as what "the statement said" ("China also pledged rice, the statement
  said."): the day of the last dated statement before it;
- "told a joint news conference": held by the parties to the talks, at them.

An event dated only "recently" that came "after" talks begins with the report's talks
dated nearest it; an undated condemnation "of" a dated event is no earlier than it
(``not_before``); an
event that lasted until a dated one ("left in August 2021 after almost two decades of
war") ended then (``..2021-08``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from kg.dates import window
from kg.suggest.english import (
    ABOUT,
    HEARER_VERBS,
    REPORTING_VERBS,
    SPOKESPEOPLE,
    alternation,
)
from kg.suggest.event_record import TALKS, Event
from kg.suggest.figures import AFTER_TALKS
from kg.suggest.future_clauses import dates_event
from kg.suggest.register import Register
from kg.suggest.sides import sides_before
from kg.suggest.story_time import story_dates
from kg.suggest.subevents import spoken_of
from kg.suggest.text import Report
from kg.suggest.when import DateMention

_ELSEWHERE = re.compile(
    r"\b(?:separately|in\s+a\s+separate|elsewhere|meanwhile|earlier|later|previously)\b",
    re.IGNORECASE,
)
"""Words that put an act on another occasion than the talks just told."""
_ADDRESSED = re.compile(
    r"\s+(?:the|his|her|their)\s+(?:visitors?|guests?|hosts?|visiting\s+[\w-]+"
    r"|(?:[A-Z][\w’'-]*\s+)?(?:side|delegation|delegates|team))\b"
)
"""The other party as the one a remark is addressed to: "told the visitors"."""
_SPEECH = re.compile(rf"\b(?:{alternation(HEARER_VERBS)})\Z", re.IGNORECASE)
_COORDINATED = re.compile(r"\band\s+(?:also\s+)?\Z")
_WHO = re.compile(r"\w,\s+who\s+(?:also\s+|then\s+)?\Z")
"""A relative clause on the one met ("called on X, who urged him to"): an act of the
talks' other party, at them."""
_ALSO = re.compile(r"\balso\s+(?:\w+\s+)?\Z", re.IGNORECASE)
_SPOKESMAN = re.compile(
    rf"(?:Its|Their|The\s+\w+[’']s)\s+(?:chief\s+)?(?:{alternation(SPOKESPEOPLE)})\b"
)
"""A sentence opening with the spokesman of the body named before ("... welcomed the
decision in a statement on Thursday. Its spokesman, X, said ..."): that statement goes on."""
_STATEMENT_SAID = re.compile(
    r"[^.;]*,\s+(?:the|that|this)\s+(?:joint\s+|written\s+)?"
    rf"(?:statement|communiqu[eé]|declaration)\s+(?:{REPORTING_VERBS})\b"
)
"""An act the sentence tells as a dated statement's ("China also pledged rice, the
statement said."): told in that statement, and dated by its day."""
_HE_SAID = re.compile(rf"(?:He|She)\s+(?:also\s+|further\s+)?(?P<verb>{REPORTING_VERBS})\b")
"""A sentence opening with "He said", "She also told": the remark of the sentence before
goes on ("“...,” X told reporters after the talks. He said ...")."""
_SPEECH_WORD = re.compile(rf"\b(?:{REPORTING_VERBS})\b", re.IGNORECASE)
_JOINT = re.compile(r"\bjoint\s+\Z", re.IGNORECASE)
"""A joint news conference, held by the parties to talks at them."""


def date_by_occasion(report: Report, events: list[Event], register: Register) -> None:
    """Gives the undated events the text ties to dated talks the talks' date."""
    ordered = sorted(events, key=lambda e: (e.sentence, e.start))
    counted = story_dates(report)
    for event in ordered:
        sentence = report.sentences[event.sentence]
        here = [m for m in counted if sentence.start <= m.start < sentence.end]
        if not event.dates and here and dates_event(here[0], report.text, event.start):
            event.dates = here[:1]  # "Three days earlier, the ship had been held"
    for event in ordered:
        if event.dates:
            _lasted(report, event)
            _since_talks(report, ordered, register, event)
            continue
        sentence = report.sentences[event.sentence]
        lead = report.text[sentence.start : event.start]
        talks: Event | None = None
        sides = sides_before(lead)
        if sides and not _ELSEWHERE.search(lead) and not spoken_of(sides):
            talks = _talks_in(ordered, register, event.sentence - 1, event)
        elif _SPEECH.search(event.trigger) and _ADDRESSED.match(report.text, event.end):
            talks = _addressed(ordered, register, event)
            if talks is not None:
                take_date(event, talks, 0.5)
                _share(report, event, ordered, talks)
                continue
        elif _SPEECH.search(event.trigger) and _same_audience(report, ordered, event):
            talks = _same_audience(report, ordered, event)
        elif _SPEECH_WORD.fullmatch(event.trigger) and _after_talks(report, event):
            talks = _addressed(ordered, register, event)  # "told IRNA after the first round"
        elif register.is_a(event.cls, "PressBriefing") and _JOINT.search(lead[-12:]):
            talks = _addressed(ordered, register, event)
        elif _opens_quote(report, sentence.start) or _SPOKESMAN.match(sentence.text):
            talks = _remark_before(ordered, register, event.sentence - 1)
        elif _goes_on(sentence.text, event.start - sentence.start):
            talks = _remark_before(ordered, register, event.sentence - 1)
            said = report.sentences[max(0, event.sentence - 1)].text
            if talks is None and _SPEECH_WORD.search(said) and AFTER_TALKS.search(said):
                talks = _addressed(ordered, register, event)  # "told IRNA after the round"
        elif _STATEMENT_SAID.match(report.text, event.end, sentence.end):
            talks = _statement_before(ordered, register, event)
        elif register.is_a(event.cls, "Meeting") and _ALSO.search(lead[-20:]):
            talks = _visit_before(ordered, register, event)
        elif _WHO.search(lead):
            talks = _talks_in(ordered, register, -1, event)
        if talks is not None:
            take_date(event, talks, 0.5)
        elif register.is_a(event.cls, "Condemnation") and not event.not_before:
            event.not_before = _condemned(report, ordered, event)


_AUDIENCE = re.compile(
    r"\s+the\s+(?:[a-z0-9][\w-]*\s+)?(?:[A-Z][\w’'-]*\s+)*(?P<noun>[A-Z][\w’'-]+)\b"
)
"""The body a remark is told to, by its last name word: "told the 15-member Council"."""


def _same_audience(report: Report, events: list[Event], event: Event) -> Event | None:
    """ "X told the Council that ...": a remark to the body a dated remark of the report,
    told before it, was told to ("told the Security Council on Wednesday"): made at the
    same sitting, that remark (the last such, of the last month)."""
    here = _AUDIENCE.match(report.text, event.end)
    if here is None:
        return None
    for other in reversed(events):
        if (other.sentence, other.start) >= (event.sentence, event.start):
            continue
        there = _AUDIENCE.match(report.text, other.end)
        if (
            is_news(other)
            and _SPEECH.search(other.trigger)
            and there
            and there["noun"] == here["noun"]
        ):
            return other
    return None


def _condemned(report: Report, events: list[Event], event: Event) -> str:
    """The first day of the dated event an undated condemnation is "of" ("the
    condemnation of the airstrikes, which killed 46 in late December": ``2024-12``), as
    its earliest; or ""."""
    phrase = re.match(r"\S+\s+of\s+[^,.;]{0,60}", report.text[event.start :])
    if phrase is None:
        return ""
    end = event.start + phrase.end()
    for other in events:
        date = other.date
        if other is event or date is None or date.later or not event.start < other.start < end:
            continue
        return date.value.split("..")[0]
    return ""


_AFTER_LENGTH = re.compile(
    rf"\bafter\s+(?:(?:{ABOUT})\s+)?(?:\w+|a)\s+"
    r"(?:decades?|years?|months?|weeks?)\s+of\s+(?:[\w’'-]+\s+){0,2}\Z",
    re.IGNORECASE,
)
"""A length before an event's name: "left after almost two decades of war"."""


def _lasted(report: Report, event: Event) -> None:
    """ "X left in August 2021 after almost two decades of war": an event that lasted
    until the dated one ended then (``..2021-08``, with the words of its length)."""
    date = event.date
    sentence = report.sentences[event.sentence]
    lead = report.text[max(sentence.start, event.start - 60) : event.start]
    match = _AFTER_LENGTH.search(lead)
    if date is None or match is None or date.later:
        return
    end = date.value.split("..")[-1]
    start = event.start - len(lead) + match.start()
    words = report.text[start : event.end]
    event.dates = [DateMention(start, event.end, f"..{end}", words, date.relative, 0.5)]


_AFTER_TALKS = re.compile(
    r"[^.;]{0,80}?\bafter\s+(?:(?:the|their|its|his|her)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:talks|meetings?|visit|call|conference|summit)\b",
    re.IGNORECASE,
)


def _since_talks(report: Report, events: list[Event], register: Register, event: Event) -> None:
    """ "The Taliban recently called India a partner after high-level talks": an event
    dated only up to the publication ("recently") that came after the report's talks
    begins with them (``2025-01-08..2025-01-09 "recently"``), the talks dated nearest."""
    date = event.date
    if date is None or not date.value.startswith("..") or date.start < event.start - 40:
        return
    if not _AFTER_TALKS.match(report.text, event.end):
        return
    dated = []
    for other in events:
        when = other.date
        if other is event or when is None or when.later or not _is_talks(register, other):
            continue
        first = when.value.split("..")[0]
        if first:
            dated.append((abs(other.sentence - event.sentence), first))
    if dated:
        first = min(dated)[1]
        event.dates = [replace(date, value=f"{first}{date.value}")]


def _after_talks(report: Report, event: Event) -> bool:
    """Whether the remark named at ``event`` was made "after the talks", "after the first
    round" (:data:`kg.suggest.figures.AFTER_TALKS`, as a quotation's is), in its clause."""
    sentence = report.sentences[event.sentence]
    rest = report.text[event.end : min(sentence.end, event.end + 80)]
    return bool(AFTER_TALKS.search(re.split(r"[,;]", rest)[0]))


def _goes_on(sentence: str, at: int) -> bool:
    """Whether the saying verb at ``at`` of ``sentence`` follows the "He" or "She" that
    opens it (:data:`_HE_SAID`)."""
    match = _HE_SAID.match(sentence)
    return match is not None and match.start("verb") == at


def _opens_quote(report: Report, start: int) -> bool:
    """Whether the sentence at ``start`` opens with a quote (the sentence splitter may
    leave it out, right before the sentence's first word)."""
    text = report.text
    return text[start : start + 1] in ("“", '"') or (start > 0 and text[start - 1] in '“"')


def _dated(event: Event) -> bool:
    return event.date is not None and not event.date.later


def is_news(event: Event) -> bool:
    """Dated, and news: ending at most a month before the publication (the talks of the
    report's occasion, not a meeting of years ago told as background)."""
    date = event.date
    if date is None or date.later or event.published is None:
        return date is not None and not date.later
    try:
        last = window(date.value).last
    except ValueError:
        return False
    return not last or last >= str(event.published - dt.timedelta(days=31))


def _is_talks(register: Register, event: Event) -> bool:
    return any(register.is_a(event.cls, c) for c in TALKS)


def _told_in(event: Event, index: int) -> bool:
    return any(i == index for i, _, _ in event.occurrences) or event.sentence == index


def _talks_in(events: list[Event], register: Register, index: int, of: Event) -> Event | None:
    """The dated talks told in sentence ``index`` (or in ``of``'s own sentence before
    it), or an event placed inside them: the last such."""
    found = [
        e
        for e in events
        if e is not of
        and _dated(e)
        and (_is_talks(register, e) or (e.parent is not None and _is_talks(register, e.parent)))
        and (_told_in(e, index) or (e.sentence == of.sentence and e.start < of.start))
    ]
    return found[-1] if found else None


def _addressed(events: list[Event], register: Register, event: Event) -> Event | None:
    """The talks a remark to the other party was made at: its guessed parent, else the
    last dated talks told before it."""
    parent = event.parent
    if parent is not None and is_news(parent) and _is_talks(register, parent):
        return parent
    before = [
        e
        for e in events
        if is_news(e)
        and _is_talks(register, e)
        and (e.sentence, e.start) < (event.sentence, event.start)
    ]
    return before[-1] if before else None


def _share(report: Report, event: Event, events: list[Event], talks: Event) -> None:
    """The undated acts of a remark's clause, by a verb coordinated with its own ("told
    the visitors that ... and urged Y to ..."), are made at the same talks."""
    for other in events:
        if other is event or other.dates or other.sentence != event.sentence:
            continue
        between = report.text[event.end : other.start]
        if (
            other.start > event.end
            and _COORDINATED.search(between)
            and not re.search("[.;]", between)
        ):
            take_date(other, talks, 0.5)


def _remark_before(events: list[Event], register: Register, index: int) -> Event | None:
    """A dated statement or briefing of sentence ``index`` (a quotation's first part)."""
    found = [
        e
        for e in events
        if e.sentence == index
        and _dated(e)
        and any(register.is_a(e.cls, c) for c in ("Statement", "PressBriefing"))
    ]
    return found[-1] if found else None


def _statement_before(events: list[Event], register: Register, event: Event) -> Event | None:
    """The last dated statement told before ``event`` (the one "the statement" refers back
    to), where it is news."""
    before = [
        e
        for e in events
        if is_news(e)
        and register.is_a(e.cls, "Statement")
        and (e.sentence, e.start) < (event.sentence, event.start)
    ]
    return before[-1] if before else None


def _visit_before(events: list[Event], register: Register, event: Event) -> Event | None:
    """The last dated talks told before ``event``, where they are a visit or a meeting
    placed inside one, and news."""
    before = [
        e
        for e in events
        if is_news(e)
        and _is_talks(register, e)
        and (e.sentence, e.start) < (event.sentence, event.start)
    ]
    if not before:
        return None
    last = before[-1]
    visit = register.is_a(last.cls, "Visit") or (
        last.parent is not None and register.is_a(last.parent.cls, "Visit")
    )
    return last if visit else None


def take_date(event: Event, talks: Event, factor: float) -> None:
    date = talks.date
    assert date is not None
    confidence = round(date.confidence * factor, 2)
    event.dates = [
        DateMention(date.start, date.end, date.value, date.wording, date.relative, confidence)
    ]
    event.inherited = True
    if not event.places and talks.places:  # where the talks were, as "During the visit"
        event.places = list(talks.places)
