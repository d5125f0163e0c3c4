"""A failed build's note on an accepted entity's pending rows reads the shapes the build
failed on: those of its `--ontology`, not the bundled ones."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from kg.cli import cli
from kg.review.decisions import Review
from kg.suggest.rows import suggestions_path, write_suggestions
from tests.conftest import ONTOLOGY, TinyCorpus, suggestion

TALKS = [
    suggestion("entity", "talks", "type", "Meeting", "met", 0.9),
    suggestion("entity", "talks", "label", "Meeting of Misri and Muttaqi", "met", 0.9),
    suggestion("claim", "talks", "hasTime", '2025-01-08 "on Wednesday" relative', "met", 0.9),
    suggestion("claim", "talks", "hasParticipant", "misri", "Vikram Misri met", 0.9),
    suggestion("claim", "talks", "hasParticipant", "muttaqi", "met Amir Khan Muttaqi", 0.9),
    suggestion("claim", "talks", "hasParticipant", "india", "India", 0.5),
]


def _three_actors(tmp_path: Path) -> Path:
    """The bundled ontology, its meetings needing three actors."""
    ontology = tmp_path / "ontology"
    shutil.copytree(ONTOLOGY, ontology)
    shapes = ontology / "shapes.ttl"
    text = shapes.read_text(encoding="utf-8")
    at = text.index("kgsh:Meeting-hasActor\n")
    shapes.write_text(
        text[:at] + text[at:].replace("sh:minCount 2", "sh:minCount 3", 1), encoding="utf-8"
    )
    return ontology


def test_the_note_follows_the_builds_ontology(tiny: TinyCorpus, tmp_path: Path) -> None:
    write_suggestions(suggestions_path(tiny.data, "s1"), TALKS, comment="")
    review = Review(tiny.data, tiny.corpus, "s1")
    review.accept_entity("talks")
    for row in TALKS[2:5]:  # its date and two actors; India pending
        review.accept(row.sid)
    folders = ["--data", str(tiny.data), "--corpus", str(tiny.corpus)]
    assert CliRunner().invoke(cli, ["build", "--check", *folders]).exit_code == 0
    ontology = _three_actors(tmp_path)
    memory = ["--store", "memory", "-o", str(tmp_path / "out")]  # pySHACL reads the shapes
    built = CliRunner().invoke(cli, ["build", *memory, *folders, "--ontology", str(ontology)])
    assert built.exit_code == 1
    notes = [x for x in built.stderr.splitlines() if x.startswith("note: talks: ")]
    assert len(notes) == 1, built.stderr
    assert "A meeting needs at least two actors" in notes[0]  # the shape's own message
    assert notes[0].endswith(f"--accept {TALKS[5].sid}")
