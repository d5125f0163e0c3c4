"""benchmarks/suggest.py: the leave-one-out register, the scores, and one run end to end."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kg.suggest.register import load_register
from tests.conftest import DATA, ONTOLOGY, SEEDS

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import suggest as bench  # noqa: E402  (benchmarks/ is not a package)

S002 = "002_cc55442e284936d0"


def test_held_out_takes_the_register_back_to_before_the_report() -> None:
    full = load_register(DATA, ONTOLOGY)
    texts = {s: (SEEDS / f"{s}.txt").read_text(encoding="utf-8") for s in full.sources}
    reduced = bench.held_out(full, S002, DATA, texts)
    assert "pakistan-border-attack-2024-11-07" not in reduced.entities  # added-002
    assert "nato" not in reduced.entities  # only 002's claims use it
    assert "amir-khan-muttaqi" in reduced.entities  # used by others too
    yaqub = reduced.entities["mohammad-yaqub-mujahid"]
    assert "Yaqoob" not in yaqub.aliases and "Yaqub" in yaqub.aliases  # 002's own spelling goes
    assert not any(c.source == S002 for c in reduced.claims)


def test_the_run_prints_every_target_and_where_it_stands(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    invented_scores: tuple[dict[str, bench.Score], str],
) -> None:
    # the invented reports' columns: score_invented's, made once for the session (conftest)
    asked: list[Path] = []

    def score_invented(ontology: Path) -> dict[str, bench.Score]:
        asked.append(ontology)
        return invented_scores[0]

    monkeypatch.setattr(bench, "score_invented", score_invented)
    out = tmp_path / "table.md"
    args = ["--data", str(DATA), "--ontology", str(ONTOLOGY), "--corpus", str(SEEDS)]
    assert bench.main([*args, "--write", str(out)]) == 0
    assert asked == [ONTOLOGY]
    table = out.read_text(encoding="utf-8")
    for name in bench.TARGETS:
        row = next(line for line in table.splitlines() if line.startswith(f"| {name} |"))
        # the targets, judged over the five seed reports: each one met
        assert row.rstrip(" |").endswith("yes"), row
    assert "baseline (all)" in table and "held out (003-004)" in table


def test_write_puts_the_table_in_place_of_the_old_one(tmp_path: Path) -> None:
    page = tmp_path / "suggest.md"
    page.write_text(
        "# Page\n\n`.venv/bin/python benchmarks/suggest.py`, 2020-01-01:\n\n"
        "| measure | all |\n|---|---|\n| mentions recall | 1% |\n\nWhere the targets stand.\n",
        encoding="utf-8",
    )
    bench.write_table(page, "| measure | all |\n|---|---|\n| mentions recall | 99% |")
    text = page.read_text(encoding="utf-8")
    assert "1% |" not in text and "99% |" in text and "2020-01-01" not in text
    assert text.index("99% |") < text.index("Where the targets stand.")  # not appended
    assert text.count("| measure |") == 1
