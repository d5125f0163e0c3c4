"""Undated remarks and acts dated by an occasion their own words name (``kg suggest``).

Used after :func:`kg.suggest.occasions.date_by_occasion`, for events it left undated:

- a remark told to a news conference ("X told a joint news conference", "said at a press
  conference"): made at that conference, dated as the report's dated conference its
  words name;
- a remark of a state's envoy with no audience of its own ("Russia’s envoy said ...",
  "China’s ambassador, X, said ...") right after a dated remark told to a body in
  session ("Y told the Council that ..."): the envoys speak in turn, at that sitting;
- an act "during the minister’s Kabul visit", "during his trip" (the headline's "X, Y
  agree ... during minister’s visit"): inside the report's visit, dated as the last
  dated visit of the last month told before it, else the first told after it.
"""

from __future__ import annotations

import re

from kg.suggest.english import ENVOYS, HEARER_VERBS, REPORTING_VERBS, alternation
from kg.suggest.event_record import Event
from kg.suggest.occasions import is_news, take_date
from kg.suggest.register import Register
from kg.suggest.text import Report

_CONFERENCE = re.compile(
    rf"(?:{alternation(HEARER_VERBS)}|(?:{REPORTING_VERBS})\s+at)\s+(?:a|the|their|his|her)\s+"
    r"(?:joint\s+|televised\s+|weekly\s+)?(?:news|press)\s+(?:conference|briefing)\b",
    re.IGNORECASE,
)
"""A remark whose audience or place is a news conference: "told a joint news conference",
"said at a press briefing"."""
_ENVOY = re.compile(
    rf"(?:[A-Z][\w-]*[’']s|The\s+[A-Z][\w-]*|An?\s+[A-Z][\w-]*)\s+"
    r"(?:(?:deputy|permanent|special|chief|acting)\s+)*"
    rf"(?:{alternation(ENVOYS)})(?:\s+to\s+the\s+(?:UN|United\s+Nations))?"
    r"(?:,\s+[^,.;“”\"]{1,40},)?\s+(?:also\s+|then\s+)?\Z"
)
"""The subject of a remark that opens its sentence: a state's envoy ("Russia’s envoy",
"China’s deputy ambassador, X,", "The Iranian representative")."""
_SESSION = re.compile(
    rf"\b(?:{alternation(HEARER_VERBS)})\s+the\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:Council|General\s+Assembly|Assembly|Committee)\b"
)
"""A remark told to a body in session: "told the Council", "briefed the Security Council"."""
_DURING = re.compile(
    r"\bduring\s+(?:(?:the|a|his|her|their|its|[\w-]+[’']s)\s+)"
    r"(?:[A-Z][\w’'-]*\s+|[a-z][\w-]*\s+){0,2}?(?:visit|trip|tour)\b(?![^.;\n]*\d{4})"
)
"""An act inside a visit its clause names after it, no year told there ("agree ... during
minister’s Kabul visit"; "during his 2015 visit" is another, dated by its year)."""


def date_by_named_occasion(report: Report, events: list[Event], register: Register) -> None:
    """Gives the undated events whose words name a dated occasion of the report its date."""
    ordered = sorted(events, key=lambda e: (e.sentence, e.start))
    for event in ordered:
        if event.dates:
            continue
        text = report.text
        sentence = report.sentences[event.sentence]
        clause = re.split(r"[.;\n]", text[event.end : sentence.end], maxsplit=1)[0]
        occasion: Event | None = None
        if _CONFERENCE.match(text, event.start):
            occasion = _conference(register, ordered, event, event.start + 80)
        elif _ENVOY.fullmatch(text, sentence.start, event.start) and _saying(event):
            occasion = _sitting(report, ordered, event)
        elif _DURING.search(clause):
            occasion = _visit(register, ordered, event)
        if occasion is not None:
            take_date(event, occasion, 0.5)


def _saying(event: Event) -> bool:
    return bool(re.fullmatch(rf"(?:{REPORTING_VERBS})", event.trigger, re.IGNORECASE))


def _conference(register: Register, events: list[Event], event: Event, end: int) -> Event | None:
    """The dated news conference named right after the remark's verb."""
    for other in events:
        if (
            other is not event
            and event.end <= other.start < end
            and register.is_a(other.cls, "PressBriefing")
            and is_news(other)
        ):
            return other
    return None


def _sitting(report: Report, events: list[Event], event: Event) -> Event | None:
    """The last remark before ``event``, in its sentence or the one before, where it is
    dated and told to a body in session (:data:`_SESSION`)."""
    before = [
        e
        for e in events
        if (e.sentence, e.start) < (event.sentence, event.start)
        and e.sentence >= event.sentence - 1
        and _SESSION.match(report.text, e.start)
    ]
    if before and is_news(before[-1]):
        return before[-1]
    return None


def _visit(register: Register, events: list[Event], event: Event) -> Event | None:
    """The report's visit an act "during" a visit took place in: the last dated one (of the
    last month) told before it, else the first told after it (a headline's)."""
    visits = [e for e in events if e is not event and register.is_a(e.cls, "Visit") and is_news(e)]
    before = [e for e in visits if (e.sentence, e.start) < (event.sentence, event.start)]
    after = [e for e in visits if e not in before]
    return before[-1] if before else (after[0] if after else None)
