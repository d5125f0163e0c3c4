"""A failed build's note on an accepted entity's pending rows reads the shapes the build
failed on: those of its `--ontology`, not the bundled ones."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from kg.cli import cli
from kg.errors import Location, Problem
from kg.review.checks import pending_fixes
from kg.review.decisions import Review
from kg.suggest.rows import suggestions_path, write_suggestions
from tests.conftest import TinyCorpus, suggestion
from tests.test_review_shapes import MEETING, meetings_need_three_actors

TALKS = [*MEETING, suggestion("claim", "talks", "hasParticipant", "india", "India", 0.5)]


def test_the_note_follows_the_builds_ontology(tiny: TinyCorpus, tmp_path: Path) -> None:
    write_suggestions(suggestions_path(tiny.data, "s1"), TALKS, comment="")
    review = Review(tiny.data, tiny.corpus, "s1")
    review.accept_entity("talks")
    for row in TALKS[2:5]:  # its date and two actors; India pending
        review.accept(row.sid)
    folders = ["--data", str(tiny.data), "--corpus", str(tiny.corpus)]
    assert CliRunner().invoke(cli, ["build", "--check", *folders]).exit_code == 0
    ontology = meetings_need_three_actors(tmp_path)
    memory = ["--store", "memory", "-o", str(tmp_path / "out")]  # pySHACL reads the shapes
    built = CliRunner().invoke(cli, ["build", *memory, *folders, "--ontology", str(ontology)])
    assert built.exit_code == 1
    notes = [x for x in built.stderr.splitlines() if x.startswith("note: talks: ")]
    assert len(notes) == 1, built.stderr
    assert "A meeting needs at least two actors" in notes[0]  # the shape's own message
    assert notes[0].endswith(f"--accept {TALKS[5].sid}")


def test_an_ontology_that_cannot_be_read_gives_no_note(tiny: TinyCorpus, tmp_path: Path) -> None:
    write_suggestions(suggestions_path(tiny.data, "s1"), TALKS, comment="")
    Review(tiny.data, tiny.corpus, "s1").accept_entity("talks")
    added = tiny.data / "entities" / "added-s1.tsv"
    problem = Problem(Location(added, 3), "An event needs at least one time")  # its row
    assert pending_fixes([problem])  # the bundled shapes: its date is pending
    empty = tmp_path / "empty"
    empty.mkdir()
    assert pending_fixes([problem], "", empty) == []  # not a traceback over the problems
