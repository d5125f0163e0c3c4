"""The trigger table (``ontology/triggers.tsv``): the words that open an event of each class.

Data beside the ontology, not code (docs/suggest.md describes its columns): each
row gives an event class, its trigger words (a verb in brackets stands for each of its
forms: "[speak] by phone", :mod:`kg.suggest.verb_forms`), the roles of the actors named
before and after a trigger, and the nouns that refer back to the last event
of the class ("the meeting").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kg.build.tsv import read_rows
from kg.errors import KgError, Problem
from kg.suggest.register import ACTOR_ROLES
from kg.suggest.verb_forms import expand
from kg.vocabulary import normalise

TRIGGERS_FILE = "triggers.tsv"


@dataclass(frozen=True)
class Trigger:
    cls: str
    phrase: str
    before: str
    after: str
    definite: tuple[str, ...]
    refers_only: bool = False
    """A noun of the ``definite`` column that is no trigger: it only refers back."""
    needs: tuple[str, ...] = ()
    """Words (normalised) one of which the sentence must hold ("sent" opens a shipment
    only beside "aid", "tonnes"...); empty: none needed."""
    row: str = ""
    """The table's row it comes from, by the row's first trigger as written ("detained"
    for "detained | arrested | detention of | arrest of"): a rule that reads one row asks
    an event for it (:attr:`kg.suggest.event_record.Event.row`)."""


def load_triggers(
    ontology_dir: Path, is_event: Callable[[str], bool] = lambda _: True
) -> list[Trigger]:
    """The trigger table; a missing file or a bad row (a class that is no event class
    by ``is_event``, a role that is no actor role) is a :class:`KgError` naming it."""
    path = ontology_dir / TRIGGERS_FILE
    problems: list[Problem] = []
    triggers: list[Trigger] = []
    if not path.exists():
        raise KgError(f"{path}: the event triggers are missing")
    columns = ("class", "triggers", "before", "after")
    for row in read_rows(path, columns, ("definite", "needs"), problems):
        definite = tuple(p.strip() for p in row.get("definite").split("|") if p.strip())
        needs = tuple(normalise(p) for p in row.get("needs").split("|") if p.strip())
        cls = row.get("class").strip()
        roles = [row.get("before").strip(), row.get("after").strip()]
        if not is_event(cls):
            problems.append(Problem(row.location, f"class {cls!r} is no event class"))
            continue
        wrong = [r for r in roles if r not in ACTOR_ROLES]
        if wrong:
            problems.append(Problem(row.location, f"role {wrong[0]!r} is no actor role"))
            continue
        written = [p.strip() for p in row.get("triggers").split("|") if p.strip()]
        phrases = [form for p in written for form in expand(p)]  # "[speak] by phone"
        for phrase in [*phrases, *(d for d in definite if d not in phrases)]:
            triggers.append(
                Trigger(
                    row.get("class").strip(),
                    phrase,
                    row.get("before").strip(),
                    row.get("after").strip(),
                    definite,
                    refers_only=phrase not in phrases,
                    needs=needs,
                    row=written[0] if written else definite[0],
                )
            )
    if problems:
        raise KgError(str(problems[0]))
    return triggers


def pattern_hits(
    doc: Any, pattern: re.Pattern[str], group: str, row: Trigger | None
) -> list[tuple[int, int, Trigger]]:
    """The hits of a trigger told by a pattern rather than by the table's words ("named X
    as", "the Trans-Afghan Railway"): each match's ``group`` as the tokens of a hit of
    ``row`` (its class and roles), with the matched words as its phrase; none without a
    row."""
    if row is None:
        return []
    found = []
    for match in pattern.finditer(doc.text):
        span = doc.char_span(*match.span(group), alignment_mode="expand")
        if span is not None:
            found.append((span.start, span.end, replace(row, phrase=match[group], definite=())))
    return found
