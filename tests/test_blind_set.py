"""The blind test set (benchmarks/blind/): it builds with the seed fixture, and the
benchmark's "blind (invented)" column runs on it."""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build import build_graph
from kg.cli import cli
from kg.suggest.register import load_register
from tests.conftest import DATA, ONTOLOGY, SEEDS

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import suggest as bench  # noqa: E402  (benchmarks/ is not a package)

BLIND = BENCHMARKS / "blind"
S901, S902 = "901_759524f99b054058", "902_533ad8dddfadd7a2"


@pytest.fixture(scope="module")
def joined(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return bench.blind_workspace(tmp_path_factory.mktemp("blind"))


def _rows(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_the_blind_reports_are_new_and_say_they_are_invented() -> None:
    assert bench.blind_sources() == [S901, S902]
    for source in (S901, S902):
        text = (BLIND / "corpus" / f"{source}.txt").read_text(encoding="utf-8")
        # the id is `kg add`'s: a sequence number and the text's SHA-256
        assert source.endswith(hashlib.sha256(text.encode("utf-8")).hexdigest()[:16])
        assert 350 <= len(text.split()) <= 500
        assert "Taliban" in text and "India" not in text  # not the seeds' India-Taliban story
    for readme in ("README.md", "corpus/README.md", "data/README.md"):
        assert "INVENTED" in (BLIND / readme).read_text(encoding="utf-8"), readme


def test_the_blind_set_builds_with_the_seed_every_span_verbatim(joined: tuple[Path, Path]) -> None:
    data, corpus = joined
    result = build_graph(data, ONTOLOGY, corpus)  # raises BuildFailedError on any problem
    assert result.texts is not None and {S901, S902} <= set(result.texts)
    factuality = []
    for source in (S901, S902):
        text = (corpus / f"{source}.txt").read_text(encoding="utf-8")
        rows = _rows(data / "claims" / f"{source}.tsv")
        assert len(rows) > 100 and all(r["source"] == source for r in rows)
        for row in rows:
            assert row["evidence"] in text, row
            assert not row["voice_evidence"] or row["voice_evidence"] in text, row
        assert any(r["voice"] for r in rows)
        factuality += [r["factuality"] for r in rows if r["factuality"]]
        assert any(r["predicate"] == "hasQuantity" for r in rows)
        assert any(r["predicate"] == "hasQuotation" for r in rows)
        assert any(r["predicate"] == "subEventOf" for r in rows)
        assert any(r["predicate"] == "hasTime" and "relative" in r["object"] for r in rows)
    assert "considered" in factuality  # 901: the Uzbek account of the terminal


def test_every_blind_story_sentence_is_covered(joined: tuple[Path, Path]) -> None:
    data, corpus = joined
    result = CliRunner().invoke(
        cli, ["coverage", "--data", str(data), "--corpus", str(corpus), "--json"]
    )
    assert result.exit_code == 0, result.output
    reports = {r["source"]: r for r in json.loads(result.output)}
    for source in (S901, S902):
        assert reports[source]["uncovered"] == [] and reports[source]["story_sentences"] > 10


def test_leaving_one_blind_report_out_keeps_the_seed_and_the_other(
    joined: tuple[Path, Path],
) -> None:
    data, corpus = joined
    full = load_register(data, ONTOLOGY)
    texts = {s: (corpus / f"{s}.txt").read_text(encoding="utf-8") for s in full.sources}
    reduced = bench.held_out(full, S901, data, texts)
    assert "jasur-rakhimov" not in reduced.entities  # 901's own
    assert "uzbekistan" not in reduced.entities
    assert "abdul-qadir-rahmani" in reduced.entities  # the other blind report's
    assert "amir-khan-muttaqi" in reduced.entities  # the seed's
    assert not any(c.source == S901 for c in reduced.claims)
    assert any(c.source == S902 for c in reduced.claims)


def test_the_blind_column_is_scored_and_met_still_judges_the_seed() -> None:
    blind = bench.score_blind(ONTOLOGY)
    for name in ("mentions recall", "events recall (kind)", "participants recall", "dates exact"):
        assert blind.totals[name] > 0, name
    assert blind.totals["reachable rows"] > 200  # the two reports' shipped claims
    seed = bench.Score()
    seed.add("mentions recall", 19, 20)  # 95%: met
    weak = bench.Score()
    weak.add("mentions recall", 1, 20)
    table = bench.table({"all": seed, bench.BLIND_COLUMN: weak}, bench.Score())
    row = next(line for line in table.splitlines() if line.startswith("| mentions recall |"))
    assert "| blind (invented) |" in table.splitlines()[0]
    assert row.endswith("| yes |") and "5% (1/20)" in row


def test_the_benchmark_prints_the_blind_column_and_leaves_it_out_on_request(
    tmp_path: Path,
) -> None:
    args = ["--data", str(DATA), "--ontology", str(ONTOLOGY), "--corpus", str(SEEDS)]
    out = tmp_path / "table.md"
    assert bench.main([*args, "--no-blind", "--write", str(out)]) == 0
    assert "blind" not in out.read_text(encoding="utf-8")
