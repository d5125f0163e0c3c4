"""Names inside names: the acronyms a text defines, short forms, places inside a longer name.

Split out of :mod:`kg.suggest.mentions` (round nine), which calls them after its exact
matches.
"""

from __future__ import annotations

import re
from typing import Any

from kg.suggest.mentions import Mention, span_end, span_mention
from kg.suggest.metonyms import located
from kg.suggest.register import Register
from kg.suggest.short_forms import short_forms
from kg.suggest.text import Report
from kg.suggest.variants import defined_acronyms


def defined(report: Report, mentions: list[Mention], taken: set[int]) -> list[Mention]:
    """Acronyms the text defines ("the Foreign Office (FO)": :func:`defined_acronyms`).
    Where the name is a register name, the acronym and its later occurrences mention
    it; where it is none, the register names inside it are no mentions of their own
    ("Tehreek-e-Taliban Pakistan (TTP)": not Pakistan), but for a place after "in"."""
    doc, text = report.doc, report.text
    for start, end, *_, acronym in defined_acronyms(text):
        whole = next((m for m in mentions if (m.start, m.end) == (start, end)), None)
        if whole is None:
            mentions = [
                m
                for m in mentions
                if not (start <= m.start and m.end <= end)
                or re.search(r"\b(?:in|to|at)\s+$|\b[a-z]", text[start : m.start])
            ]  # a description's words before a name are no name: "interim ..."
            continue
        for token in doc[token_at(doc, end) :]:
            if token.text == acronym and token.i not in taken:
                taken.add(token.i)
                how = "an acronym the text defines after the name"
                mentions.append(span_mention(doc, token.i, token.i + 1, whole.entity, how, 0.8))
    return mentions + short_names(report, mentions, taken)


def short_names(report: Report, mentions: list[Mention], taken: set[int]) -> list[Mention]:
    """ "the Council" after "the Security Council" (:func:`short_forms`): the register's
    body named in full before it."""
    named = [(m.start, m.end, m.entity) for m in mentions]
    found: list[Mention] = []
    for start, end, entity in short_forms(report.text, named):
        if (token := token_at(report.doc, start)) not in taken:
            taken.add(token)
            found.append(Mention(start, end, entity, "the short form of a body named before", 0.7))
    return found


def places_inside(
    register: Register, doc: Any, found: list[tuple[int, int, str]], mentions: list[Mention]
) -> list[Mention]:
    """A place named after "in/at/to" inside a longer name is mentioned too:
    "Afghanistan’s embassy in New Delhi" names New Delhi as well as the mission (a
    state in the possessive is not: the owner of an actor is no actor of its own)."""
    spans = [(m.start, m.end) for m in mentions]
    inner: list[Mention] = []
    for start, end, entity in found:
        first, last = doc[start].idx, span_end(doc, end)
        place = register.is_a(entity, "Place") and not register.is_a(entity, "Actor")
        if not (
            located(doc, start)
            and place
            and any(s <= first and last <= e and (s, e) != (first, last) for s, e in spans)
            and not any(m.entity == entity and m.start <= first and last <= m.end for m in mentions)
            and all((m.start, m.end, m.entity) != (first, last, entity) for m in inner)
        ):
            continue
        inner.append(span_mention(doc, start, end, entity, "a place inside a longer name", 0.8))
    return inner


def token_at(doc: Any, offset: int) -> int:
    """The index of the first token at or after character ``offset``."""
    return next((t.i for t in doc if t.idx >= offset), len(doc))
