"""The walk-through of docs/annotation.md ("Adding a report"), end to end on a copy of
the seed data: add, (suggestions), review, build, coverage."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from kg.cli import cli
from kg.suggest.rows import new_suggestion, suggestions_path, write_suggestions
from tests.test_add import REPORT, folders  # noqa: F401  (the fixture)


def test_add_review_build_coverage(folders: tuple[Path, Path], tmp_path: Path) -> None:  # noqa: F811
    data, corpus = folders
    where = ["--data", str(data), "--corpus", str(corpus)]
    runner = CliRunner()
    report = tmp_path / "kabul.txt"
    report.write_text(REPORT, encoding="utf-8")
    added = runner.invoke(cli, ["add", str(report), "--published", "2025-10-10", *where])
    assert added.exit_code == 0, added.output
    found = re.search(r"added (\d{3}_[0-9a-f]{16})", added.output)
    assert found is not None
    source = found.group(1)
    # what kg suggest would write (suggest22's command): a new event and its participants
    evidence = "Foreign Secretary Vikram Misri met Amir Khan Muttaqi in New Delhi on Thursday"
    rows = [
        new_suggestion(
            "entity",
            "misri-muttaqi-new-delhi-2025-10",
            predicate,
            value,
            source=source,
            evidence=evidence,
            confidence=0.8,
        )
        for predicate, value in (("type", "Meeting"), ("label", "Misri–Muttaqi meeting"))
    ]
    rows += [
        new_suggestion(
            "claim",
            "misri-muttaqi-new-delhi-2025-10",
            predicate,
            value,
            source=source,
            evidence=evidence,
            confidence=0.9,
        )
        for predicate, value in (
            ("hasParticipant", "vikram-misri"),
            ("hasParticipant", "amir-khan-muttaqi"),
            ("hasPlace", "new-delhi"),
            ("hasTime", '2025-10-09 "on Thursday" relative'),
        )
    ]
    write_suggestions(suggestions_path(data, source), rows)
    coverage = runner.invoke(cli, ["coverage", "--sentences", "--json", *where])
    statuses = {
        r["text"][:12]: r["status"] for r in json.loads(coverage.stdout) if r["source"] == source
    }
    assert statuses["Foreign Secr"] == "suggested"
    reviewed = runner.invoke(cli, ["review", source, "--accept-above", "0.8", *where])
    assert reviewed.exit_code == 0, reviewed.output
    checked = runner.invoke(cli, ["build", "--check", *where])
    assert checked.exit_code == 0, checked.output
    coverage = runner.invoke(cli, ["coverage", "--sentences", "--json", *where])
    statuses = {
        r["text"][:12]: r["status"] for r in json.loads(coverage.stdout) if r["source"] == source
    }
    assert statuses["Foreign Secr"] == "claims"
    assert statuses["India upgrad"] == "none"
