"""The suggestions file: round trip, stable ids, decisions kept, errors at file:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build.annotations import ignored_files
from kg.suggest.rows import (
    Suggestion,
    SuggestionsFileError,
    merge,
    new_suggestion,
    read_suggestions,
    suggestions_path,
    with_status,
    write_suggestions,
)


def _met(evidence: str = "Misri met Muttaqi") -> Suggestion:
    return new_suggestion(
        "claim",
        "misri-muttaqi-meeting",
        "hasParticipant",
        "vikram-misri",
        source="001_x",
        evidence=evidence,
        confidence=0.8,
        reason='trigger "met"',
        sentence="Misri met\tMuttaqi\nin Dubai.",
    )


def test_round_trip_keeps_every_field_and_flattens_the_sentence(tmp_path: Path) -> None:
    row = _met()
    path = write_suggestions(suggestions_path(tmp_path, "001_x"), [row], comment="for 001_x")
    assert path == tmp_path / "suggestions" / "001_x.tsv"
    (back,) = read_suggestions(path)
    assert back.sentence == "Misri met Muttaqi in Dubai."
    assert (back.sid, back.status, back.evidence, back.confidence) == (
        row.sid,
        "suggested",
        "Misri met Muttaqi",
        0.8,
    )


def test_the_same_proposal_gets_the_same_id_and_another_span_another() -> None:
    assert _met().sid == _met().sid
    assert _met().sid != _met("Misri met Muttaqi in Dubai").sid


def test_a_rejection_is_remembered_and_stale_suggestions_dropped() -> None:
    kept, stale = _met(), _met("Muttaqi")
    rejected = with_status(kept, "rejected")
    merged = merge([rejected, stale], [kept])
    assert [row.status for row in merged] == ["rejected"]


def test_a_bad_status_is_an_error_at_its_line(tmp_path: Path) -> None:
    path = write_suggestions(tmp_path / "s.tsv", [with_status(_met(), "accepted")])
    path.write_text(path.read_text(encoding="utf-8").replace("accepted", "maybe"), encoding="utf-8")
    with pytest.raises(SuggestionsFileError, match=r"s\.tsv:2: status 'maybe'"):
        read_suggestions(path)


def test_the_build_does_not_name_the_suggestions_folder(tmp_path: Path) -> None:
    (tmp_path / "suggestions").mkdir()
    (tmp_path / "suggestion").mkdir()
    notices = ignored_files(tmp_path)
    assert [n.split(":")[0] for n in notices] == [str(tmp_path / "suggestion")]
