"""Who speaks where a statement is attributed in a parenthetical, for `kg suggest`.

"X, according to a statement from Y, told Z that ...": the statement's doer is X, the
subject of the speech verb after the parenthetical; Y is only where the words are found
(a ministry, an agency). Used by :func:`kg.suggest.asides.aside`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.suggest.english import DISCUSSING, REPORTING_VERBS, SPEECH_VERBS, alternation
from kg.suggest.mentions import Mention

ACCORDING = re.compile(
    r"\baccording\s+to\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
"""The words that attribute a statement, right before its noun ("according to a joint
statement", "according to the ministry’s statement"): the statement is the source's, its
speaker comes after it ("according to a statement from his office")."""
_OPENED = re.compile(rf",\s+{ACCORDING.pattern}", re.IGNORECASE)
"""A parenthetical opened by "according to" that ends at the trigger ("X, according to a
statement")."""
_CLOSED = re.compile(
    r"\s*,\s+(?:(?:also|later|then|[a-z]+ly)\s+)?"
    rf"(?:{alternation(SPEECH_VERBS)})\b"
)
"""The parenthetical closing right before the main clause's speech verb (", told Z")."""


def attributed(
    text: str,
    low: int,
    start: int,
    mention: Mention,
    mentions: list[Mention],
    actor: Callable[[Mention], bool],
) -> bool:
    """Whether ``mention``, after the trigger at ``start``, is the source a parenthetical
    "according to a statement from Y" names between an actor subject and its speech verb
    ("Rahimi, according to a statement from the Ministry of Mines, told the visitors"): Y
    is no doer of the statement, the subject is. ``low`` is where the sentence begins."""
    opened = _OPENED.search(text, low, start)
    if opened is None or not _CLOSED.match(text, mention.end):
        return False
    return any(low <= m.start and m.end <= opened.start() and actor(m) for m in mentions)


_SOURCE = re.compile(r"\baccording\s+to\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
"""A name right after "according to" (a few words between: "according to a report by")."""
_DISCUSSED = re.compile(
    rf"\b(?:discusses|{alternation(DISCUSSING)})\s+"
    r"(?:(?!\b(?:with|between|among)\b)[^;.])*$",
    re.IGNORECASE,
)
"""A verb of talking after the trigger whose object runs on to the name, with no "with",
"between" or "among" naming a party on the way."""


def source_or_subject(gap: str, *, said: bool) -> str | None:
    """Why a name after the trigger, ``gap`` the words between them, is no actor of an
    event that is not a statement: it is the source that tells of it ("clashed on Monday,
    according to state media"), or what was talked about in a clause on the event ("a
    call, in which the two ministers discussed trade and the return of migrants")."""
    if said:
        return None
    if _SOURCE.search(gap):
        return "the source that tells of it"
    if _DISCUSSED.search(gap):
        return "in what was talked about"
    return None


_SAYS = re.compile(rf"\s(?:{REPORTING_VERBS})\s+(?:that\s+)?")
"""A speech verb and the clause it tells."""


def told_of(
    text: str, start: int, mention: Mention, mentions: list[Mention],
    actor: Callable[[Mention], bool],
) -> bool:  # fmt: skip
    """Whether ``mention``, before the trigger at ``start``, only tells of the event: the
    subject of a speech verb whose clause names the trigger's own subject ("Taliban
    officials said Baradar asked for a terminal": Baradar asked, the officials did not;
    "India said it would send aid" keeps India, "it" being no name)."""
    says = _SAYS.search(text, mention.end, start)
    return says is not None and any(
        says.end() <= m.start and m.end <= start and actor(m) for m in mentions
    )


def source_statement(text: str, start: int) -> bool:
    """Whether the statement trigger at ``start`` is the one a sentence is attributed to
    ("according to a statement from X"): that source's own statement, not the sentence's
    other speech act."""
    return bool(ACCORDING.search(text, max(0, start - 60), start))


def two_statements(text: str, first: int, second: int, cls: str) -> bool:
    """Whether two statement triggers of one sentence are two events because one of them
    is the statement the sentence is attributed to ("X, according to a statement from
    the ministry, told Y": the ministry's statement and X's words to Y)."""
    return cls == "Statement" and source_statement(text, first) != source_statement(text, second)
