"""The checks of :mod:`kg.review.decisions` that spare a newcomer a failed build: the
source named by its number, what the reviewer typed checked against the ontology and
the register, and a new entity ``--accept-above`` would leave short of what the build's
SHACL shapes require (an event's time, a meeting's two actors: read from the shapes)."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from pathlib import Path

from rdflib import URIRef

from kg.build.corpus import find_all, near_miss, split_sentences
from kg.build.ontology import Vocabulary
from kg.build.shacl import RequiredCount, load_shapes, required_counts
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


def requirements(ontology_dir: Path) -> list[RequiredCount]:
    """What the build's SHACL shapes require of a node of each class (its ``sh:minCount``
    constraints): read from the shapes, so the review predicts no rule of its own."""
    return required_counts(load_shapes(ontology_dir))


def unmet(
    rows: list[Suggestion],
    vocabulary: Vocabulary,
    required: list[RequiredCount],
    entity: str,
    counted: Callable[[Suggestion], bool],
) -> list[tuple[RequiredCount, list[Suggestion]]]:
    """The counts the shapes require of the new ``entity`` (by its type rows) that its
    claims kept by ``counted`` fall short of, each with every claim that would give a
    value of it (the rows the build materialises on that path: ``hasTime`` for
    ``sem:hasTime``, the role properties for ``sem:hasActor``)."""
    types = [
        vocabulary.classes[r.object]
        for r in rows
        if r.kind == "entity"
        and r.subject == entity
        and r.predicate == "type"
        and r.object in vocabulary.classes
    ]
    claims = [r for r in rows if r.kind == "claim" and r.subject == entity]
    found: list[tuple[RequiredCount, list[Suggestion]]] = []
    for need in required:
        if not any(need.target_class in vocabulary.ancestors.get(t, ()) for t in types):
            continue
        if not any(_gives(vocabulary, name, need.path) for name in vocabulary.properties):
            continue  # a value no claim gives (a label: an entity row, accepted with it)
        giving = [r for r in claims if _gives(vocabulary, r.predicate, need.path)]
        if len({r.object for r in giving if counted(r)}) < need.min_count:
            found.append((need, giving))
    return found


def _gives(vocabulary: Vocabulary, predicate: str, path: URIRef) -> bool:
    """Whether a claim of ``predicate`` gives a value on ``path`` (the property itself or
    one of its super-properties, as the build materialises them)."""
    prop = vocabulary.properties.get(predicate)
    return prop is not None and (prop.iri == path or path in prop.super_properties)


def _short(need: RequiredCount) -> str:
    """A shape's message without its note to modellers: "An event needs at least one time"."""
    return need.message.split(" (")[0].rstrip(".")


def short_of_shapes(
    rows: list[Suggestion],
    vocabulary: Vocabulary,
    required: list[RequiredCount],
    entity: str,
    confidence: float,
) -> str:
    """Why ``--accept-above`` leaves the new ``entity``: a count the build's shapes require
    (an event's time, a meeting's two actors) that the rows it would accept with the
    entity fall short of; empty when it may go."""

    def taken(row: Suggestion) -> bool:
        return row.status == "accepted" or (
            row.status == "suggested" and row.confidence >= confidence
        )

    for need, giving in unmet(rows, vocabulary, required, entity, taken):
        listed = ", ".join(
            f"{r.sid} at {r.confidence:.2f}" for r in giving if r.status != "rejected"
        )
        return (
            f"{_short(need)}, and at {confidence:g} or above it would not have "
            f"them ({listed or 'none suggested'}): decide by hand"
        )
    return ""


def check_evidence(text: str, source: str, evidence: str) -> None:
    """Refuse an evidence span that is not verbatim in the text (with the near miss)."""
    if find_all(text, evidence):
        return
    message = f"evidence does not occur verbatim in {source}: {evidence!r}"
    hint = near_miss(text, evidence) or closest_words(text, evidence)
    raise ReviewError(message + (f" (the text has {hint!r})" if hint else ""))


def closest_words(text: str, span: str) -> str | None:
    """The run of as many words of ``text`` as ``span`` has that reads most like it, where
    one is close (a typo typed into the evidence: ``milion`` for ``million``).

    >>> closest_words("They aim to raise trade to 200 million dollars.", "to 200 milion dollars")
    'to 200 million dollars'
    """
    words = span.split()
    if not words:
        return None
    runs: dict[str, None] = {}
    for line in text.split("\n"):
        found = line.split()
        for start in range(len(found) - len(words) + 1):
            run = " ".join(found[start : start + len(words)])
            if span[-1].isalnum():  # the sentence's stop is not part of what was typed
                run = run.rstrip(".,;:!?”’\"')")
            runs[run] = None
    close = difflib.get_close_matches(" ".join(words), list(runs), n=1, cutoff=0.85)
    return close[0] if close and find_all(text, close[0]) else None


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
    rows to accept first (or, where the reviewer rejected the entity, that rejection)."""
    rejected = [r.sid for r in rows if r.predicate == "type" and r.status == "rejected"]
    if rejected:
        return (
            f"names the new entity {entity!r}, whose type row you rejected ({rejected[0]}): "
            f"reject this row too, or undo that rejection first"
        )
    waiting = [r.sid for r in rows if r.predicate in ("type", "label") and r.status != "accepted"]
    return (
        f"names the new entity {entity!r}, which is not accepted: "
        f"accept its type and label first ({' and '.join(waiting)})"
    )


def pending_fixes(
    problems: Iterable[Problem], options: str = "", ontology_dir: Path | None = None
) -> list[str]:
    """For each build problem of a new entity accepted in a review whose accepted claims
    fall short of what the shapes require (an event's time, a meeting's actors), the
    pending suggestions of that report that would give it, as one line each (the
    ``kg review`` command with ``options``: the build's ``--data`` and ``--corpus``).
    The shapes and classes are those of the build's ``ontology_dir`` (by default the
    bundled ontology)."""
    from kg.build.ontology import load_vocabulary
    from kg.resources import default_ontology_dir
    from kg.suggest.rows import read_suggestions, suggestions_path

    lines: list[str] = []
    seen: set[str] = set()
    vocabulary: Vocabulary | None = None
    required: list[RequiredCount] = []
    ids_by_line: dict[Path, dict[int, str]] = {}
    for problem in problems:
        where = problem.location
        if where is None or not where.path.name.startswith("added-"):
            continue
        if where.path not in ids_by_line:  # each register file read once
            ids_by_line[where.path] = _ids_by_line(where.path)
        entity = ids_by_line[where.path].get(where.line, "")
        if not entity or entity in seen:
            continue
        seen.add(entity)
        source = where.path.stem.removeprefix("added-")
        try:
            rows = read_suggestions(suggestions_path(where.path.parent.parent, source))
        except KgError:
            continue
        if vocabulary is None:
            ontology = ontology_dir or default_ontology_dir()
            try:
                vocabulary, required = load_vocabulary(ontology), requirements(ontology)
            except KgError:
                return lines  # no note: the build's own problems say what is wrong
        for need, giving in unmet(
            rows, vocabulary, required, entity, lambda r: r.status == "accepted"
        ):
            wanted = [r for r in giving if r.status == "suggested"]
            if wanted:
                accepts = " ".join(f"--accept {r.sid}" for r in wanted[:4])
                lines.append(
                    f"{entity}: {_short(need)}; pending: kg review {source}{options} {accepts}"
                )
    return lines


def _ids_by_line(path: Path) -> dict[int, str]:
    """The ids of a register file by the line they stand on (read by the build's reader:
    its columns by name; none if the file cannot be read)."""
    rows = read_rows(path, ENTITY_COLUMNS[:3], ENTITY_COLUMNS[3:], [])
    return {row.location.line: row.get("id") for row in rows}


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
    "closest_words",
    "pending_fixes",
    "requirements",
    "sentence_of",
    "short_of_shapes",
    "source_id_of",
    "unmet",
    "waiting_message",
]
