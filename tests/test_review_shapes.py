"""The review reads what the build requires of a new event from the ontology's SHACL
shapes (one place for the rule): `--accept-above` leaves an entity short of a count a
shape requires, and a failed build's note names the pending rows that would give it,
whatever the problem's message says. (The embedded store's build runs the violation
queries that restate those shapes; tests/test_shape_queries_agree.py keeps the two the
same.)"""

from __future__ import annotations

import shutil
from pathlib import Path

from kg.build.shacl import load_shapes, required_counts
from kg.errors import Location, Problem
from kg.namespaces import KG, SEM
from kg.review.checks import pending_fixes
from kg.review.decisions import Review
from kg.suggest.rows import Suggestion, suggestions_path, write_suggestions
from tests.conftest import ONTOLOGY, TinyCorpus, suggestion

MEETING = [
    suggestion("entity", "talks", "type", "Meeting", "met", 0.9),
    suggestion("entity", "talks", "label", "Meeting of Misri and Muttaqi", "met", 0.9),
    suggestion("claim", "talks", "hasTime", '2025-01-08 "on Wednesday" relative', "met", 0.9),
    suggestion("claim", "talks", "hasParticipant", "misri", "Vikram Misri met", 0.9),
    suggestion("claim", "talks", "hasParticipant", "muttaqi", "met Amir Khan Muttaqi", 0.9),
]


def _review(tiny: TinyCorpus, rows: list[Suggestion], ontology: Path = ONTOLOGY) -> Review:
    write_suggestions(suggestions_path(tiny.data, "s1"), rows, comment="")
    return Review(tiny.data, tiny.corpus, "s1", ontology)


def meetings_need_three_actors(tmp_path: Path) -> Path:
    """A copy of the bundled ontology whose meetings need three actors."""
    ontology = tmp_path / "ontology"
    shutil.copytree(ONTOLOGY, ontology)
    shapes = ontology / "shapes.ttl"
    text = shapes.read_text(encoding="utf-8")
    at = text.index("kgsh:Meeting-hasActor\n")
    shapes.write_text(
        text[:at] + text[at:].replace("sh:minCount 2", "sh:minCount 3", 1), encoding="utf-8"
    )
    return ontology


def test_the_shipped_shapes_require_an_events_time_and_a_meetings_two_actors() -> None:
    found = {(r.target_class, r.path): r.min_count for r in required_counts(load_shapes(ONTOLOGY))}
    assert found[(KG.Event, SEM.hasTime)] == 1
    assert found[(KG.Meeting, SEM.hasActor)] == 2


def test_accept_above_follows_the_shapes_not_a_rule_of_its_own(
    tiny: TinyCorpus, tmp_path: Path
) -> None:
    assert set(_review(tiny, MEETING).accept_above(0.8).accepted) == {r.sid for r in MEETING}
    # the same rows against an ontology whose meetings need three actors: left
    ontology = meetings_need_three_actors(tmp_path)
    other = TinyCorpus(tmp_path / "other")
    decided = _review(other, MEETING, ontology).accept_above(0.8)
    assert decided.accepted == []
    assert "A meeting needs at least two actors" in dict(decided.skipped)[MEETING[0].sid]


def test_a_build_problem_of_an_accepted_entity_names_its_pending_rows(tiny: TinyCorpus) -> None:
    review = _review(tiny, MEETING)
    review.accept_entity("talks")  # its type and label; its date and actors still pending
    added = tiny.data / "entities" / "added-s1.tsv"
    line = next(
        n
        for n, text in enumerate(added.read_text(encoding="utf-8").split("\n"), start=1)
        if text.startswith("talks\t")
    )
    # the note comes from the entity's row and the shapes, not from the problem's words
    notes = pending_fixes([Problem(Location(added, line), "a check reworded one day")])
    assert len(notes) == 2, notes
    assert notes[0].startswith("talks: An event needs at least one time; pending: kg review s1")
    assert f"--accept {MEETING[2].sid}" in notes[0]
    assert notes[1].startswith("talks: A meeting needs at least two actors; pending:")
    assert f"--accept {MEETING[3].sid} --accept {MEETING[4].sid}" in notes[1]
    assert pending_fixes([Problem(None, "no place")]) == []


def test_the_note_reads_the_register_file_by_its_column_names(tiny: TinyCorpus) -> None:
    """An analyst may order a register file's columns as they like (the header names
    them): the entity on the problem's line is still found."""
    review = _review(tiny, MEETING)
    review.accept_entity("talks")
    added = tiny.data / "entities" / "added-s1.tsv"
    lines = added.read_text(encoding="utf-8").split("\n")
    header = lines.index(next(t for t in lines if t.startswith("id\t")))
    columns = lines[header].split("\t")
    order = [columns.index("type"), columns.index("id")] + [
        i for i in range(len(columns)) if columns[i] not in ("type", "id")
    ]
    reordered = [
        "\t".join(text.split("\t")[i] if i < len(text.split("\t")) else "" for i in order)
        if n >= header and text
        else text
        for n, text in enumerate(lines)
    ]
    added.write_text("\n".join(reordered), encoding="utf-8")
    line = next(n for n, text in enumerate(reordered, start=1) if "\ttalks\t" in text)
    notes = pending_fixes([Problem(Location(added, line), "any words")])
    assert [note.split(":")[0] for note in notes] == ["talks", "talks"], notes
