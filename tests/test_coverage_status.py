"""`kg coverage` says, per story sentence, whether it has accepted claims, pending
suggestions or nothing."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kg.cli import cli
from kg.review.decisions import Review
from kg.suggest.rows import new_suggestion, suggestions_path, write_suggestions
from tests.conftest import TINY_TEXT, TinyCorpus

THANKS = "Muttaqi thanked India for the aid."


def _coverage(tiny: TinyCorpus, *args: str) -> tuple[int, str]:
    common = ["--data", str(tiny.data), "--corpus", str(tiny.corpus)]
    result = CliRunner().invoke(cli, ["coverage", *common, *args])
    return result.exit_code, result.stdout


def _tiny_with_a_suggestion(tiny: TinyCorpus) -> str:
    (tiny.corpus / "s1.txt").write_text(TINY_TEXT + THANKS + "\n", encoding="utf-8")
    row = new_suggestion(
        "claim",
        "aid",
        "hasRecipient",
        "muttaqi",
        source="s1",
        evidence="Muttaqi thanked India",
        confidence=0.7,
    )
    write_suggestions(suggestions_path(tiny.data, "s1"), [row])
    return row.sid


def test_every_story_sentence_has_its_status(tiny: TinyCorpus) -> None:
    _tiny_with_a_suggestion(tiny)
    code, out = _coverage(tiny, "--sentences", "--json")
    assert code == 1
    statuses = {row["text"]: row["status"] for row in json.loads(out)}
    assert statuses == {
        "Envoys meet in Dubai": "none",
        "India’s Foreign Secretary Vikram Misri met Amir Khan Muttaqi in Dubai on Wednesday.": (
            "claims"
        ),
        "India sent 300 tonnes of medicines.": "claims",
        THANKS: "suggested",
    }


def test_the_summary_counts_and_names_the_pending_sentences(tiny: TinyCorpus) -> None:
    _tiny_with_a_suggestion(tiny)
    code, out = _coverage(tiny, "--json")
    (row,) = json.loads(out)
    assert code == 1 and row["pending"] == 1 and THANKS in row["uncovered"]
    code, out = _coverage(tiny, "--table")
    assert f"{THANKS} (pending suggestions)" in out
    assert "uncovered s1:1: Envoys meet in Dubai\n" in out


def test_a_decision_changes_the_status(tiny: TinyCorpus) -> None:
    sid = _tiny_with_a_suggestion(tiny)
    review = Review(tiny.data, tiny.corpus, "s1")
    review.reject(sid)
    statuses = {r["text"]: r["status"] for r in json.loads(_coverage(tiny, "--sentences")[1])}
    assert statuses[THANKS] == "none"
    review.add_claim("aid", "hasRecipient", "muttaqi", "Muttaqi thanked India")
    statuses = {r["text"]: r["status"] for r in json.loads(_coverage(tiny, "--sentences")[1])}
    assert statuses[THANKS] == "claims"
