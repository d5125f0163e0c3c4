"""Speech reported inside a statement: who speaks there, and of whom, is what was said.

"X’s office released details of his talks, saying the minister emphasized Y": the second
speech verb ("emphasized") is the same statement in the report's one event of its class
and sentence, but its subject is told by the statement, no speaker of it; "the statement
quoted Singh as describing New Delhi’s ties": Singh spoke in it (a quotation of his own)
and New Delhi is what he described, no target. The annotations of every dev report give
such a statement its one speaker, the one before the first verb; so is the subject of a
clause after "said" ("its spokesman said Doha would make the meeting": Doha is what was said
of, no speaker).
"""

from __future__ import annotations

import re

from kg.suggest.english import HEARER_VERBS, SAYING, SAYING_PARTICIPLES, alternation
from kg.suggest.mentions import Mention

_SAYING = re.compile(
    rf",\s+(?:{alternation(SAYING_PARTICIPLES)})\s+(?:that\s+)?"
    r"(?:[\w’'.-]+\s+){0,4}\Z",
    re.IGNORECASE,
)
"""Up to a name: a participle of speech after a comma and a few words (", saying the ")."""
_QUOTED_AS = re.compile(
    r"\b(?:quoted|quoting|quotes)\s+(?:[\w’'.-]+\s+){1,4}?as\s+\Z", re.IGNORECASE
)
"""Up to a speech verb: "quoted Singh as " (the verb tells what Singh said)."""
_QUOTING = re.compile(r"\b(?:quoted|quoting|quotes)\s+(?:the\s+)?\Z", re.IGNORECASE)
"""Up to the one quoted ("quoted "): they spoke in the statement, which is not theirs."""
_SAID = re.compile(
    rf"\b(?:{alternation(w for w in SAYING if w not in HEARER_VERBS)})\s+(?:that\s+)?\Z",
    re.IGNORECASE,
)
"""Up to a name: a verb of saying with no hearer after it, and an optional "that"."""
_FINITE = re.compile(
    r"\s+(?:would|will|had|has|have|is|was|were|are|could|should|must|might|may|did|does|can)\b"
)
"""After a name: a finite verb, so that the name is the subject of what was said."""


def reported(text: str, sentence_start: int, mention: Mention, trigger: tuple[int, int]) -> bool:
    """Whether a name given to a statement by ``trigger`` (a speech verb of it) lies in
    speech the statement reports: the subject of a speech verb after ", saying" ("saying the
    minister emphasized"), or the one quoted and a name after the speech verb that the
    quotation introduces ("quoted X as describing Y’s ties": X speaks in a quotation of
    their own, :mod:`kg.suggest.quote_speakers`), and the subject of a clause after a verb
    of saying ("said Doha would make the meeting").

    Args:
        text: the report's text.
        sentence_start: where the sentence of the name begins.
        mention: the name.
        trigger: the characters of the speech verb that gave the name its role.

    Returns:
        True where the name is part of what was said.
    """
    start, end = trigger
    if mention.end <= start and _SAYING.search(text, sentence_start, mention.start):
        return True
    if mention.end <= start and re.fullmatch(r"(?:[’']s)?\s+as\s+", text[mention.end : start]):
        return bool(_QUOTING.search(text, sentence_start, mention.start))  # "quoted X as"
    if mention.start >= end and _SAID.search(text, start, mention.start):
        return bool(_FINITE.match(text, mention.end))  # "said Doha would make": what was said
    return mention.start >= end and bool(_QUOTED_AS.search(text, sentence_start, start))
