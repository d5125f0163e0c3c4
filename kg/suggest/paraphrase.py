"""``hasParaphrase``: what a statement said in the report's own words (indirect speech).

The annotation (docs/annotation.md) takes the words of the report, not a quotation:

- after the speech verb: "X said (that) CLAUSE", "X told Y (that) CLAUSE", "X added
  that CLAUSE", "..., saying (that) CLAUSE": to the sentence's end, or to ", and
  that" (a second clause said);
- before it: "CLAUSE, X said (in a statement)", "CLAUSE, according to X": the
  sentence up to the comma before the speaker.

No paraphrase is a quotation: a clause that opens with a quotation mark, or that
the marks take up for most of its words, is left to ``hasQuotation``; of two clauses of
one statement, one holding the other, the shorter (after the verb) is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.suggest.english import REPORTING_VERBS, SAYING_PARTICIPLES, alternation
from kg.suggest.event_record import Event
from kg.suggest.register import Register
from kg.suggest.relation_record import Relation
from kg.suggest.text import Report

_SPEECH = re.compile(rf"\b(?:{REPORTING_VERBS}|{alternation(SAYING_PARTICIPLES)})\b", re.IGNORECASE)
_OBJECT = re.compile(  # "told reporters", "told the Iranian side"
    r"\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:[\w’'-]+)\s+that\s+",
    re.IGNORECASE,
)
_END = re.compile(
    rf",\s+and\s+that\b|;|,\s+(?:[\w’'-]+\s+){{1,4}}(?:{REPORTING_VERBS})\b|\.(?!\d)\s*\Z"
)
_PLAIN = re.compile(r"\s+(?:(?:[\w’'-]+\s+){1,3}?that\s+|that\s+)?(?=[\w“])", re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording\s+to\b", re.IGNORECASE)


def paraphrases(report: Report, events: list[Event], register: Register) -> Iterator[Relation]:
    """One ``hasParaphrase`` row per clause a statement of the report is said to say."""
    text = report.text
    for event in events:
        if not event.id or not register.is_a(event.cls, "Statement"):
            continue
        seen: set[str] = set()
        for index, first, last in event.occurrences:
            sentence = report.sentences[index]
            spans = [
                *_after(text, first, last, sentence.end),
                *_before(text, first, last, sentence.start, sentence.end),
            ]
            for begin, end in spans:
                words = text[begin:end].strip().rstrip(".").strip()
                begin = text.find(words, begin)
                if _quoted(words) or len(words.split()) < 4 or any(w in words for w in seen):
                    continue
                seen.add(words)
                yield Relation(event.id, "hasParaphrase", words, begin, begin + len(words), 0.4,
                               "indirect speech of the statement")  # fmt: skip


def _after(text: str, first: int, last: int, end: int) -> list[tuple[int, int]]:
    """The clause after a speech verb of the trigger (or right after the trigger)."""
    verb = _SPEECH.search(text, first, min(end, last + 100))
    if verb is None:
        return []
    that = _OBJECT.match(text, verb.end(), end) if verb[0].lower().startswith("told") else None
    if verb[0].lower().startswith("told") and that is None:
        return []  # "told reporters" with no "that": the clause is not given
    lead = that.end() if that else verb.end()
    if that is None:
        plain = _PLAIN.match(text, lead, end)  # "said (on Monday) (that)"
        if plain is None:
            return []
        lead = plain.end()
    stop = _END.search(text, lead, end)
    return [(lead, stop.start() if stop else end)]


def _before(text: str, first: int, last: int, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence before ", X said" or ", according to X" (the trigger in that tail)."""
    comma = text.rfind(",", start, first)
    if comma < 0 or len(text[comma:first].split()) > 7 or text[comma + 1 : comma + 2] in '”"’':
        return []  # ",” X said": a quotation's end
    if re.search(r"[,;]", text[last:end]):
        return []  # "X, according to a statement, told ...": the speaker's tail goes on
    tail = text[comma:last]
    if not (_SPEECH.search(text, first, last) or _ACCORDING.search(tail)):
        return []
    return [(start, comma)]


def _quoted(words: str) -> bool:
    if words.startswith(("“", '"', "‘")):
        return True
    inside = sum(len(q) for q in re.findall(r"“[^”]*”", words))
    return inside > len(words) / 2
