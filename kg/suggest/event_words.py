"""Words around a trigger that change what it names (``kg suggest``'s events).

A restating verb before an act's noun ("reiterated its request"), a sentence opening
with a reference back ("The consignment, ... was handed over"), a day's possessive
("Monday’s talks"), a later sentence's date beside a noun that refers back ("the talks,
held on 4 November"), a place named right before the event's noun ("the Dubai
meeting") or after it past "to", "from" (:func:`places_after`), and the names that are no
actor of it: a dateline's city, what was discussed after a coordinated verb
(:mod:`kg.suggest.events` uses them).
"""

from __future__ import annotations

import re
from typing import Any

from kg.suggest import denials
from kg.suggest.clauses import NEGATIONS, negated
from kg.suggest.english import (
    ALLEGATIONS,
    DETERMINERS,
    DISCUSSING,
    TIME_WORDS,
    WEEKDAYS,
    alternation,
)
from kg.suggest.event_record import Event
from kg.suggest.mentions import Mention
from kg.suggest.negation_scope import in_closed_aside
from kg.suggest.register import Register
from kg.suggest.reported import reported
from kg.suggest.text import Report, opens_dateline
from kg.suggest.triggers import Trigger
from kg.suggest.when import DateMention

_RESTATING = {"reiterated", "reiterates", "reaffirmed", "reaffirms", "repeated", "renewed",
               "expressed", "expresses", "voiced", "conveyed"}  # fmt: skip
"""Speech verbs that, before "its", "the"... and an act's noun, say that act (again)."""


def attached(text: str, date: DateMention, noun: tuple[int, int], *, first: bool) -> bool:
    """Whether a date of a later sentence belongs to the event a definite noun there refers
    back to: inside its phrase ("the November 4-5 visit", "Monday’s meeting"), or right
    after it ("the talks, held on 4 November", "the talks were held on Sunday", "the
    meeting took place on Monday", "the meeting on Monday" where no other
    event is named before it in the sentence: "X condemned the strikes on 1 November,
    days before the talks" dates the condemnation)."""
    if date.end <= noun[0]:
        between = text[date.end : noun[0]]  # "Monday’s high-level meeting"
        return bool(re.fullmatch(r"(?:[’']s)?(?:\s+[a-z][\w-]*){0,2}\s*", between))
    between = text[noun[1] : date.start]
    if re.fullmatch(r",\s*(?:which|that)?\s*(?:was\s+|were\s+)?(?:held|took\s+place)\s*"
                    r"|\s+(?:(?:was|were)\s+)?held\s+|\s+(?:took\s+place|began|ended|opened|"
                    r"concluded|(?:was|were)\s+signed)\s+", between):  # fmt: skip
        return True  # "The talks were held on Sunday", "the meeting took place on Monday"
    return first and bool(re.fullmatch(r"\s*", between))


_SECOND_VERB = re.compile(
    rf"\band\s+(?:also\s+|later\s+)?(?:{alternation(DISCUSSING)}|exchanged\s+views\s+on)\b",
    re.IGNORECASE,
)
"""A verb coordinated after a meeting's trigger: what follows is what was discussed."""


_OPENING = re.compile(r"\s*(?:the|this|that|these)\s+(?:[\w-]+\s+){0,2}\Z", re.IGNORECASE)
"""A definite noun opening its sentence ("The consignment", "This high-level meeting")."""


def subject_here(report: Report, events: list[Event], cls: str, sentence: Any) -> list[Event]:
    """The event of class ``cls`` a definite noun opening this sentence refers back to
    ("The consignment, which included medicines, was handed over"; not "After the
    meeting, X met Z", nor "X welcomed the talks and met Z")."""
    for event in events:
        for index, start, _ in event.occurrences:
            if index == sentence.index and event.cls == cls and start < sentence.end:
                lead = report.text[sentence.start : start]
                if _OPENING.fullmatch(lead):
                    return [event]
    return []


_WHEN_WORDS = TIME_WORDS - {"tomorrow"}  # "tomorrow’s talks" are not the ones told before


def dated_possessive(doc: Any, start: int) -> bool:
    """ "Monday’s talks", "last week’s meeting": a day's or period's possessive a few words
    before the noun refers back as "the" does."""
    before = list(doc[max(0, start - 4) : start])
    for index, token in enumerate(before[:-1]):
        if token.lower_ in _WHEN_WORDS and before[index + 1].lower_ in ("’s", "'s"):
            return all(t.is_alpha or t.text == "-" for t in before[index + 2 :])
    return False


def drop_asides(report: Report, event: Event, mentions: list[Mention]) -> None:
    """No actor of the event: a dateline's place ("KABUL: X arrived"), a name after
    a coordinated verb of talking ("met Y and discussed the situation of Afghan
    refugees"), and a name in what a denial denies (:func:`kg.suggest.denials.denied_matter`)."""
    text = report.text
    kept = []
    denial = event.cls == "Denial"
    for role, mention in event.actors:
        if opens_dateline(text, mention.start, mention.end):
            again = [  # "ISLAMABAD: Pakistan condemned": the name after it, if any
                m for m in mentions
                if m.entity == mention.entity and mention.end < m.start < event.end
                and report.sentence_at(m.start) == report.sentence_at(mention.start)
            ]  # fmt: skip
            if not again:
                continue  # the dateline's city, not who arrived
            anchor = event.anchors.get(mention.start, (event.start, event.end))
            mention = again[0]
            event.anchors[mention.start] = anchor
        first = event.anchors.get(mention.start, (event.start, event.end))
        if mention.start > first[1] and _SECOND_VERB.search(text, first[1], mention.start):
            continue
        if role == "hasTarget" and denials.denied_matter(text, first[1], mention, denies=denial):
            continue  # "denied that the TTP had any presence": what is denied, no party
        low = report.sentence_at(mention.start).start
        if event.cls == "Statement" and reported(text, low, mention, first):
            continue  # "released details, saying the minister emphasized": what was said
        kept.append((role, mention))
    event.actors = kept


def restated(doc: Any, verb: tuple[int, int, Trigger], act: tuple[int, int, Trigger]) -> bool:
    """ "India reiterated its request", "expressed its condemnation": a restating speech
    verb whose object is another act's noun (a determiner and up to two words between)
    is that act, not a statement besides."""
    between = [t.lower_ for t in doc[verb[1] : act[0]]]
    return (
        verb[2].cls == "Statement"
        and act[2].cls != "Statement"
        and doc[verb[0] : verb[1]].text.lower() in _RESTATING
        and 1 <= len(between) <= 3
        and between[0] in DETERMINERS
        and all(t.isalpha() or t == "-" for t in between)
    )


def places_before(register: Register, event: Event, mentions: list[Mention]) -> None:
    """ "the Dubai meeting", "the Doha talks": a city or building named right before the
    event's noun (after "the" or a possessive) is its place."""
    for _, start, _ in event.occurrences:
        for mention in mentions:
            if (
                mention.end + 1 == start
                and register.is_a(mention.entity, "Place")
                and not register.is_a(mention.entity, "State")
                and mention not in event.places
            ):
                event.places.append(mention)


def places_after(register: Register, text: str, event: Event, gap: re.Pattern[str]) -> None:
    """ "flown to Doha", "returned from Pakistan and Iran": an actor named after the
    trigger, past words ``gap`` matches whole, is no actor of the event; a place of them is
    its place."""
    kept = []
    for role, mention in event.actors:
        if mention.start >= event.end and gap.fullmatch(text[event.end : mention.start]):
            if register.is_a(mention.entity, "Place") and mention not in event.places:
                event.places.append(mention)
            continue
        kept.append((role, mention))
    event.actors = kept


_REFUSING = {"refused", "refuses", "refusing", "declined", "declines", "declining", "yet",
             "reluctant", "unwilling", "failed", "fails", "hesitant"}  # fmt: skip
"""Words before "to" and a trigger that say the act was not done ("refused to recognize")."""
_AFTER_COMMA = {"which", "who", "whose", "whom", "but", "yet"}
"""Words after a comma that open a clause a negation before them does not reach."""
_AUXILIARIES = {"has", "have", "had", "is", "are", "was", "were", "will", "would"}
"""Auxiliaries that, after "and", open a second predicate a negation before does not reach."""


def negative(doc: Any, start: int) -> bool:
    """Whether the trigger at token ``start`` is denied: a negation earlier in its clause
    (:func:`kg.suggest.clauses.negated`) that no relative clause after a comma comes between
    ("has not recognized the government, which seized power": the seizure stands; nor
    a second predicate after "and" and an auxiliary: "does not recognise X and has had no
    embassy"), or a
    refusal right before "to" ("refused to recognize", "has yet to recognise"); nor is a
    participle fused by a hyphen to the name before it ("Taliban-appointed diplomats")."""
    if start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        if doc[start].lower_.endswith(("ed", "en")):
            return True  # "Taliban-appointed diplomats", "Qatar-mediated": a modifier
    before = doc[max(0, start - 3) : start]
    words = [t.lower_ for t in before]
    if len(words) >= 2 and words[-1] == "to" and words[-2] in _REFUSING:
        return True
    if len(words) >= 3 and words[-1] == "to" and words[-3] in _REFUSING:  # "refused even to"
        return True
    if not negated(doc, start):
        return False
    for index in range(start - 1, max(0, start - 8) - 1, -1):
        token = doc[index]
        if token.lower_ in NEGATIONS or token.lower_ == "n't":
            if in_closed_aside(doc, index, start):
                continue  # "X, whose government India does not recognise, met Y"
            return True
        if token.lower_ in _AFTER_COMMA and index > 0 and doc[index - 1].text == ",":
            return False  # ", which seized power", ", but it handed over"
        if token.lower_ == "and" and doc[index + 1].lower_ in _AUXILIARIES:
            return False  # "does not recognise X and has had no embassy": a second predicate
    return False  # each negation in an aside closed before the trigger


def intends(report: Report, trigger_end: int) -> bool:
    """ "the two sides agreed to meet again": a verb followed by an infinitive names an act
    of its own (what was agreed, decided, promised), no restatement of an earlier one."""
    return bool(re.match(r"\s+to\s+[a-z]+", report.text[trigger_end : trigger_end + 30]))


_UNNAMED = re.compile(
    r"(?:\A|[,;:“”\"(]\s*|\band\s+)(?:(?:the|some|several|other|many)\s+)?"
    r"(?:(?!(?:the|a|an)\b)[\w’'.-]+\s+){0,3}?(?:officials|crew\s+members|(?:eye)?witnesses)"
    r"(?:\s+(?:from|of|in|at|on|with|familiar\s+with)\s+(?:[\w’'-]+\s+){0,3}?)?\s*\Z"
    r"|(?:\A|[,;:“”\"(]\s*|\band\s+)an?\s+(?:[\w’'-]+\s+){0,3}?official"
    r"(?:\s+(?:from|of|in|at|with)\s+(?:[\w’'-]+\s+){0,3}?)?\s*\Z",
    re.IGNORECASE,
)
"""A subject of unnamed officials ("officials said", "Iranian port officials said", "a
senior official said", "officials from both sides said", "two crew members said",
"witnesses said"); not "sources" or "diplomats", whose statements the held-out
annotations keep (narrowed on its totals)."""


def unnamed_voice(report: Report, offset: int) -> bool:
    """ "..., Iranian port officials said.": unnamed officials saying what the
    sentence tells are its voice (docs/annotation.md, "Voice and factuality"), no statement
    of an actor's; the subject before the speech verb at character ``offset``."""
    sentence = report.sentence_at(offset)
    return bool(_UNNAMED.search(report.text[sentence.start : offset]))


_HABITS = {"every", "regularly", "annually", "monthly", "quarterly", "weekly", "yearly",
           "periodically", "routinely", "weekends", *(f"{day}s" for day in WEEKDAYS)}  # fmt: skip
"""Words of recurrence ("meet every three months", "is closed on Fridays")."""


def habitual(doc: Any, end: int) -> bool:
    """ "a working group that will meet every three months", "the ministers meet
    annually", "is closed on Fridays": an act told as a habit (a word of recurrence within
    three words after the trigger, no punctuation between) is no one event."""
    for token in doc[end : end + 3]:
        if token.is_punct:
            return False
        if token.lower_ in _HABITS:
            return True
    return False


_ALLEGED = re.compile(rf"\b(?:{ALLEGATIONS})\s+that\b|\ballegedly\b", re.IGNORECASE)


def alleged(report: Report, offset: int, cls: str, phrase: str) -> bool:
    """ "denies the accusation that its soil is used to launch attacks", "allegedly
    harbored leaders who directed years of attacks": attacks in the plural inside an
    allegation are what is alleged (``accusedOf``, docs/annotation.md), no attack the
    report tells."""
    if cls != "Attack" or not phrase.endswith("s"):
        return False
    sentence = report.sentence_at(offset)
    return bool(_ALLEGED.search(report.text[sentence.start : offset]))


_WEIGHING = {"exploring", "explores", "explore", "considering", "considers", "consider",
             "mulling", "weighing", "contemplating"}  # fmt: skip


def considered(doc: Any, start: int) -> bool:
    """ "was exploring development projects", "is considering further involvement in
    development projects": an act only weighed (a verb of weighing up to five words
    before the trigger, no punctuation between) is no event yet (the ``considered`` mode
    of docs/annotation.md belongs to a claim, not to an event of its own)."""
    for token in reversed(doc[max(0, start - 5) : start]):
        if token.is_punct:
            return False
        if token.lower_ in _WEIGHING:
            return True
    return False
