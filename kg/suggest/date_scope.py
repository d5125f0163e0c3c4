"""Dates of a sentence that belong to another event than the trigger's (``kg suggest``).

Used by :func:`kg.suggest.future_clauses.dates_event`: "a 1973 treaty" dates the treaty only; "the
first visit since the two clashed in May 2023" dates the clash; "X arrived on Tuesday,
the ministry said." dates the arrival, not the statement; "talks on Monday on upgrading
the rail link" date the talks, not the upgrade; "On Thursday, the office released
details, saying X sought ..." dates the release, not the request; "a meeting, the fourth
since May 2023" dates the first of the series, not the meeting; "told the Council that
X had been detained in November" dates the detention, not the telling.
"""

from __future__ import annotations

import re

from kg.suggest.english import (
    DAY_COUNT,
    REPORTING_VERBS,
    SAYING_PARTICIPLES,
    SPEECH_VERBS,
    alternation,
)


def another_owns(start: int, end: int, text: str, trigger_start: int) -> bool:
    """Whether the date at ``start:end`` of ``text`` belongs to another event than the one
    whose trigger begins at ``trigger_start``."""
    span = (start, end)
    return (
        _modifies_another(span, text, trigger_start)
        or _since_between(span, text, trigger_start)
        or _reported_before(span, text, trigger_start)
        or _in_relative(span, text, trigger_start)
        or (span[1] <= trigger_start and bool(planned_work(text, trigger_start)))
        or _said_after(span, text, trigger_start)
        or _series_since(span, text, trigger_start)
        or _told_that(span, text, trigger_start)
        or _after_phrase(span, text, trigger_start)
        or _relative_before(span, text, trigger_start)
        or _outside_relative(span, text, trigger_start)
    )


_WHO_OPENS = re.compile(r",\s+(?:who|which)\s[^,;.]*\Z")
_CLOSES = re.compile(r"[^,;.]*,\s*(?:[a-z]+\s+){0,2}")


def _relative_before(span: tuple[int, int], text: str, trigger_start: int) -> bool:
    """ "X, who arrived in Delhi on Sunday, met Y on Monday": a date in a relative clause
    between the subject and the trigger's verb dates that clause's act, not the verb's."""
    if span[1] > trigger_start:
        return False
    return bool(_WHO_OPENS.search(text[max(0, span[0] - 80) : span[0]])) and bool(
        _CLOSES.fullmatch(text[span[1] : trigger_start])
    )


_OPENS_AT = re.compile(r",\s+(?:who|whose|which)\s[^,;.“”\"]*\Z", re.IGNORECASE)


def _outside_relative(span: tuple[int, int], text: str, trigger_start: int) -> bool:
    """ "X, whose government signed a transit accord with India, met Y on Monday": an act
    told in a relative clause between commas is background to the sentence; a date past
    the clause's closing comma is not its own."""
    if span[0] <= trigger_start or not _OPENS_AT.search(
        text[max(0, trigger_start - 100) : trigger_start]
    ):
        return False
    between = text[trigger_start : span[0]]
    return "," in between and not re.search(r"[.;]", between)


_AFTER = re.compile(
    r"\b(?:after|following)\s+(?:(?:the|a|an|their|his|her|its|several|days\s+of|"
    rf"weeks\s+of|months\s+of|{DAY_COUNT}|[\w-]+[’']s)\s+){{0,3}}(?:[\w-]+\s+)?\Z",
    re.IGNORECASE,
)
"""An event named in a phrase of what came before the main act: "after talks", "following
two days of talks", "after the minister’s visit"."""


_COMMA_COUNT = re.compile(
    r"[,;—–]\s*(?:(?:[\w-]+\s+){0,2}?(?:days|weeks|months|hours)\s+)?\Z", re.IGNORECASE
)
"""A comma before an "after" phrase, and a vague length ("Monday, days after", "Monday,
just weeks after")."""


def _after_phrase(span: tuple[int, int], text: str, trigger_start: int) -> bool:
    """ "X released an engineer, after talks in Kabul mediated by Qatar, the ministry
    announced on Saturday": an event named in an "after" phrase came before the main act;
    a date told after the phrase (past its comma) dates the main act or the saying, not
    it ("after talks on Friday" still dates the talks); nor does a date told before the
    phrase, across its comma ("met Y on Monday, after arriving in Colombo", "on Monday,
    days after X signed a deal")."""
    after = _AFTER.search(text[max(0, trigger_start - 40) : trigger_start])
    if after is None:
        return False
    if span[1] <= trigger_start:
        between = text[span[1] : trigger_start - len(after.group(0))]
        return bool(_COMMA_COUNT.search(between)) and "." not in between
    between = text[trigger_start : span[0]]
    return bool(re.search(r"[,;—–]", between)) and "." not in between


_SPEECH_THAT = re.compile(
    rf"(?:{alternation(SPEECH_VERBS)})\b[^.;“”\"]*?\bthat\b[^.;]*\Z",
    re.IGNORECASE,
)


def _told_that(span: tuple[int, int], text: str, trigger_start: int) -> bool:
    """ "She told the Council that three workers had been detained in November": a date in
    the clause a saying verb reports ("that ...") dates what is reported, not the saying (a
    date before "that" still dates it: "told the Council on Wednesday that ...")."""
    if span[0] <= trigger_start:
        return False
    return bool(_SPEECH_THAT.match(text[trigger_start : span[0]]))


_SAID_CLAUSE = re.compile(
    rf"(?:{REPORTING_VERBS})\s+(?!that\b|on\b|in\s+a\b|in\s+an\b|late\b|earlier\b|last\b)"
    r"(?:[^.;:“”\"]|(?<=\d)\.(?=\d))*?\b(?:had|has|have|was|were|is|are|\w{3,}ed|came|"
    r"went|left|fled|took|gave|made|met|held|began|fell|rose|saw|sent|won|lost|ran|stood|"
    r"fought|brought|struck|kept|found|told)\b(?:[^.;:“”\"]|(?<=\d)\.(?=\d))*\Z",
    re.IGNORECASE,
)
"""A saying verb, then a clause of its own with a verb of its own before the date, no
"that" between: "said 61,300 Afghans returned in the last week of October"."""


def said_unmarked(span: tuple[int, int], text: str, trigger_start: int) -> bool:
    """ "The agency said 1.9 million Afghans had returned so far this year", "She said
    police came to her home two weeks ago": whether a date is in the clause a saying verb
    reports without "that" (used by :mod:`kg.suggest.reported_dates`); a "since" date is
    not (what held since March holds when it is said)."""
    if span[0] <= trigger_start or text[span[0] : span[1]].lower().startswith("since"):
        return False
    return bool(_SAID_CLAUSE.match(text[trigger_start : span[0]]))


ORDINAL = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"(?:\s+[\w’'-]+){0,3}?\s+\Z",
    re.IGNORECASE,
)
"""An ordinal before "since": "the fourth since May 2023" counts from a first event then."""


def _series_since(span: tuple[int, int], text: str, trigger_start: int) -> bool:
    """ "a meeting of envoys, the fourth since May 2023": a "since" date after an ordinal
    dates the first of the series, not the event named before it; "told the Council that
    the ban, in force since April 2023, ...": a state's "since" dates the state, not the
    saying."""
    if trigger_start >= span[0] or not text[span[0] : span[1]].lower().startswith("since"):
        return False
    if ORDINAL.search(text[max(trigger_start, span[0] - 40) : span[0]]):
        return True
    between = text[trigger_start : span[0]]
    return bool(IN_FORCE.search(between)) and bool(_SAID_THAT.search(between))


IN_FORCE = re.compile(r"\b(?:in\s+force|in\s+place|in\s+effect)\s+\Z", re.IGNORECASE)
"""A state that still holds: "the ban, in force since April 2023" has no end yet."""
ONSET = re.compile(
    r"\b(?:has|have|had)\s+(?:had\s+no|(?:been|remained|stayed)\s+(?:closed|shut|suspended))"
    r"\b[^,.;]{0,30}\Z",
    re.IGNORECASE,
)
"""A state since its onset: "has had no embassy in Kabul since August 2021", "has remained
shut since March": the closure was then (its "since" date a point, no span)."""
_SAID_THAT = re.compile(rf"\b(?:that|{REPORTING_VERBS})\b", re.IGNORECASE)


_SAYING = re.compile(rf",\s+(?:{alternation(SAYING_PARTICIPLES)})\b")
_ENSUING = re.compile(r"\b(?:ensuing|subsequent|resulting)\s+\Z", re.IGNORECASE)


def _said_after(span: tuple[int, int], text: str, trigger_start: int) -> bool:
    """ "On Thursday, the office released details of the talks, saying X sought better visa
    facilitation": a date before ", saying" dates the report, not what it says was done
    (but "the ensuing clashes" follow the dated event at once)."""
    if span[1] > trigger_start or not _SAYING.search(text, span[1], trigger_start):
        return False
    return not _ENSUING.search(text[max(0, trigger_start - 20) : trigger_start])


_WORK = re.compile(
    r"\b(?:on|for|to|about)\s+(?:upgrad|extend|build|construct|develop|modernis|moderniz|"
    r"rehabilitat|expand)\w*\s+(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){0,3}\Z",
    re.IGNORECASE,
)
"""The work talks are about, before a project's name: "talks on upgrading the rail link",
"agreed to build a", "plans for extending the"."""


def planned_work(text: str, trigger_start: int) -> bool:
    """Whether the words before ``trigger_start`` make the event work still to be done,
    what talks are about ("held talks on Wednesday on upgrading the rail link"): a date
    of the talks does not date it."""
    line = text[max(0, trigger_start - 50) : trigger_start]
    return bool(_WORK.search(line[line.rfind("\n") + 1 :]))


_RELATIVE = re.compile(
    r",\s+(?:\w+\s+of\s+)?(?:[Ww]hich|[Ww]hom|[Tt]hat)\s+"
    r"(?:(?:the|a|an|its|their|his|her|both|two|[a-z]+ly)\s+\w|[A-Z])"
)
"""An object relative clause, whose subject comes after the pronoun ("which China agreed
to build"): it tells another's act, not one of the thing before its comma ("which killed
46 civilians in May" dates the attack)."""


def _in_relative(span: tuple[int, int], text: str, trigger_start: int) -> bool:
    """ "the planned rail link, which China agreed to build under an accord signed in
    2019": a date in an object relative clause (:data:`_RELATIVE`) after the trigger's
    phrase dates what the clause tells, not the event named before its comma; so does a
    date in a relative clause on a person after it ("handed over a citizen who had been
    detained in March": the detention's, :data:`_WHO`)."""
    between = text[trigger_start : span[0]]
    return "." not in between and bool(
        _RELATIVE.search(between) or _OF_RELATIVE.match(between) or _WHO.search(between)
    )


_WHO = re.compile(r"\b\w+,?\s+who(?:m)?\s+(?![^,;]*[,;])", re.IGNORECASE)
"""A relative clause on a person, the date after it inside it (no comma between): it
tells that person's story ("a guard who was wounded on Friday"), not the trigger's."""


_OF_RELATIVE = re.compile(r"(?:\S+\s+){1,3}?of\s+[^,.;]+,\s+(?:which|who)\s", re.IGNORECASE)
"""A relative clause on the object of the trigger's "of" ("India's condemnation of the
airstrikes, which killed 46 civilians in late December"): it tells of that object's
event, not of the trigger's."""


_DETERMINER = re.compile(
    r"(?:\b(?:a|an|the|its|their|his|her|this|that)|\w[’']s)\s+\Z", re.IGNORECASE
)
_SINCE = re.compile(r"\bsince\s+\w+", re.IGNORECASE)


def _modifies_another(span: tuple[int, int], text: str, trigger_start: int) -> bool:
    """ "a 1973 treaty", "the 2011 accord", "the Council’s 1988 Sanctions Committee": a date
    between a determiner (or a possessive) and a noun dates that noun's event only (none
    for a name), not another event of its sentence."""
    if not _DETERMINER.search(text[max(0, span[0] - 12) : span[0]]):
        return False
    return not re.fullmatch(r"\s+(?:[a-z][\w-]*\s+){0,2}", text[span[1] : trigger_start])


_REPORTING = re.compile(
    r",\s*(?:[^,.;“”\"]{0,60}?\b(?:"
    rf"{REPORTING_VERBS})\b"
    r"|according\s+to\b)[^.;“”\"]{0,60}\.",
    re.IGNORECASE,
)
"""A reporting clause that ends its sentence after a comma: ", the ministry said in a
statement.", ", according to a statement from the ministry."."""


def _reported_before(span: tuple[int, int], text: str, trigger_start: int) -> bool:
    """ "X arrived on Tuesday, the ministry said in a statement.", "... next month, according
    to a statement from the ministry.": a date before a reporting
    clause that ends the sentence after a comma dates what is reported, not the report (a
    date opening the sentence still dates it, "On Tuesday, the ministry said ...", unless
    a clause of its own comes between: "Three days earlier, X had been held, two crew
    members said.")."""
    comma = text.rfind(",", span[1], trigger_start) if span[1] <= trigger_start else -1
    clause = _REPORTING.match(text, comma) if comma >= 0 else None
    if clause is None or trigger_start >= clause.end():
        return False
    if text[span[1] : comma].strip():  # "Three days earlier, the ship had been held, two
        return True  # crew members said.": the date opens what they tell, not the saying
    return not re.search(r"(?:\A|[.!?]\s+|\n)(?:On\s+)?\Z", text[: span[0]], re.IGNORECASE)


def _since_between(span: tuple[int, int], text: str, trigger_start: int) -> bool:
    """ "the first visit since border guards clashed in May 2023": a date after "since" and
    the words of another event dates that event, not the one named before "since"."""
    if trigger_start >= span[0]:
        return False
    between = text[trigger_start : span[0]]
    return bool(_SINCE.search(between)) and "." not in between


_ITEM = re.compile(r"[ \t]*[-•*–][ \t]+")
_PLAN_LEAD = re.compile(r"\bto:\s*\Z")


def listed_plan(text: str, trigger_start: int) -> bool:
    """Whether the trigger stands in an item of a list led by "... agreed to:" ("- hold their
    next meeting in Kabul next year"): a plan, as "agreed to hold" would be."""
    line = text.rfind("\n", 0, trigger_start) + 1
    if not _ITEM.match(text, line):
        return False
    while line > 0:
        previous = text.rfind("\n", 0, line - 1) + 1
        if not _ITEM.match(text, previous):
            return bool(_PLAN_LEAD.search(text[previous : line - 1]))
        line = previous
    return False
