"""The checks of :mod:`kg.review.decisions` that spare a newcomer a failed build: the
source named by its number, what the reviewer typed checked against the ontology and
the register, and an event ``--accept-above`` would leave without a date."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from kg.build.corpus import find_all, near_miss, split_sentences
from kg.build.ontology import Vocabulary
from kg.build.tsv import read_rows
from kg.errors import KgError, Problem
from kg.review.edits import ReviewError
from kg.suggest.rows import Suggestion
from kg.suggest.targets import ENTITY_COLUMNS, source_ids
from kg.vocabulary import UnknownNameError, source_vocabulary, suggest


def source_id_of(data_dir: Path, source: str) -> str:
    """The full id of a source of ``sources.tsv`` given by id or number (``005``)."""
    known = source_ids(data_dir)
    if source in known:
        return source
    try:
        return source_vocabulary(known).resolve(source)
    except UnknownNameError as exc:
        close = f"; did you mean {' or '.join(exc.suggestions)}?" if exc.suggestions else ""
        raise ReviewError(
            f"unknown source {source!r}{close} (see {data_dir / 'sources.tsv'})"
        ) from None
    except KgError as exc:  # ambiguous: two sources begin so
        raise ReviewError(f"{exc} (see {data_dir / 'sources.tsv'})") from None


def check_typed(row: Suggestion, vocabulary: Vocabulary, known: Callable[[], set[str]]) -> None:
    """Refuse a claim whose predicate the ontology lacks or that names an entity id not
    in ``known()`` (the register's ids and the entities proposed here), and an entity
    type the ontology lacks: typed by the reviewer, these are typos ("did you mean")."""
    if row.kind == "entity" and row.predicate == "type":
        if row.object not in vocabulary.classes:
            raise ReviewError(
                f"unknown type {row.object!r}{suggest(row.object, vocabulary.classes)} "
                "(docs/annotation.md lists them)"
            )
        return
    if row.kind != "claim":
        return
    prop = vocabulary.properties.get(row.predicate)
    if prop is None:
        close = suggest(row.predicate, vocabulary.properties)
        raise ReviewError(
            f"unknown predicate {row.predicate!r}{close} (docs/annotation.md lists them)"
        )
    named = [("subject", row.subject)]
    if prop.kind == "entity":
        named.append(("object", row.object))
    ids = known()
    for field_name, entity in named:
        if entity not in ids:
            raise ReviewError(
                f"unknown {field_name} entity {entity!r}{suggest(entity, sorted(ids))}: "
                "name a register id, or add the entity first"
            )


def incomplete_event(
    rows: list[Suggestion], vocabulary: Vocabulary, entity: str, confidence: float
) -> str:
    """Why ``--accept-above`` leaves the new ``entity``: an event whose date, or a meeting
    whose second actor, would not be accepted with it (the build refuses an event
    without a time and a meeting with fewer than two actors); empty when it may go."""
    types = [
        vocabulary.classes.get(r.object)
        for r in rows
        if r.kind == "entity" and r.subject == entity and r.predicate == "type"
    ]

    def is_a(name: str) -> bool:
        cls = vocabulary.classes.get(name)
        return cls is not None and any(t is not None and vocabulary.is_a(t, cls) for t in types)

    if not is_a("Event"):
        return ""
    claims = [r for r in rows if r.kind == "claim" and r.subject == entity]

    def taken(row: Suggestion) -> bool:
        return row.status == "accepted" or (
            row.status == "suggested" and row.confidence >= confidence
        )

    def below(found: list[Suggestion]) -> str:
        listed = ", ".join(
            f"{r.sid} at {r.confidence:.2f}" for r in found if r.status != "rejected"
        )
        return listed or "none suggested"

    dates = [r for r in claims if r.predicate == "hasTime"]
    if not any(taken(r) for r in dates):
        return (
            f"an event whose date is below {confidence:g} ({below(dates)}): "
            "the build needs its date; decide by hand"
        )
    actors = [r for r in claims if _is_role(vocabulary, r.predicate)]
    if is_a("Meeting") and len({r.object for r in actors if taken(r)}) < 2:
        return (
            f"a meeting with fewer than two actors at {confidence:g} or above ({below(actors)}): "
            "the build needs two; decide by hand"
        )
    return ""


def _is_role(vocabulary: Vocabulary, predicate: str) -> bool:
    """Whether ``predicate`` names an actor of an event: a role of the ontology (its
    ``kg:roleType``, the mark the build's dispute rules read too)."""
    prop = vocabulary.properties.get(predicate)
    return prop is not None and prop.role_type is not None


def check_evidence(text: str, source: str, evidence: str) -> None:
    """Refuse an evidence span that is not verbatim in the text (with the near miss)."""
    if find_all(text, evidence):
        return
    message = f"evidence does not occur verbatim in {source}: {evidence!r}"
    hint = near_miss(text, evidence)
    raise ReviewError(message + (f" (the text has {hint!r})" if hint else ""))


def sentence_of(text: str, evidence: str) -> str:
    """The sentence of ``text`` where ``evidence`` first stands ("" if nowhere)."""
    spans = find_all(text, evidence)
    if not spans:
        return ""
    start = spans[0][0]
    for sentence in split_sentences(text):
        if sentence.start <= start < sentence.end:
            return sentence.text
    return ""


def waiting_message(entity: str, rows: list[Suggestion]) -> str:
    """Why a claim naming the new ``entity`` (whose rows are ``rows``) must wait, and the
    rows to accept first."""
    waiting = [r.sid for r in rows if r.predicate in ("type", "label") and r.status != "accepted"]
    return (
        f"names the new entity {entity!r}, which is not accepted: "
        f"accept its type and label first ({' and '.join(waiting)})"
    )


_NEEDED = re.compile(r"An event without a time: kgr:(\S+)|fewer than two actors: kgr:([^,\s]+)")
"""A build problem that a pending suggestion may settle (its date, its actors)."""


def pending_fixes(problems: Iterable[Problem]) -> list[str]:
    """For each build problem of an event accepted in a review (no time, too few actors),
    the pending suggestions of that report that would settle it, as one line each."""
    from kg.build.ontology import load_vocabulary
    from kg.resources import default_ontology_dir
    from kg.suggest.rows import read_suggestions, suggestions_path

    lines: list[str] = []
    vocabulary: Vocabulary | None = None
    for problem in problems:
        found = _NEEDED.search(problem.message)
        where = problem.location
        if found is None or where is None or not where.path.name.startswith("added-"):
            continue
        source = where.path.stem.removeprefix("added-")
        entity = found.group(1) or found.group(2)
        vocabulary = vocabulary or load_vocabulary(default_ontology_dir())
        try:
            rows = read_suggestions(suggestions_path(where.path.parent.parent, source))
        except KgError:
            continue
        wanted = [
            r
            for r in rows
            if r.status == "suggested"
            and r.subject == entity
            and (r.predicate == "hasTime" if found.group(1) else _is_role(vocabulary, r.predicate))
        ]
        if wanted:
            accepts = " ".join(f"--accept {r.sid}" for r in wanted[:4])
            what = "its date is" if found.group(1) else "its actors are"
            lines.append(f"{entity}: {what} pending: kg review {source} {accepts}")
    return lines


def added_ids(path: Path) -> set[str]:
    """The ids of a register file (a source's ``added-<source>.tsv``; none if missing)."""
    if not path.exists():
        return set()
    rows = read_rows(path, ENTITY_COLUMNS[:3], ENTITY_COLUMNS[3:], [])
    return {row.get("id") for row in rows} - {""}


__all__ = [
    "added_ids",
    "check_evidence",
    "check_typed",
    "sentence_of",
    "source_id_of",
    "incomplete_event",
    "pending_fixes",
    "waiting_message",
]
