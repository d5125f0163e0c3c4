"""The synthetic corpus: deterministic, valid, and shaped like the seed corpus."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build import BuildResult, build_graph, check_build
from kg.build.synth import EVENT_CLASSES, synthesize
from kg.cli import cli
from tests.conftest import ONTOLOGY


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildResult]:
    out = tmp_path_factory.mktemp("synth")
    synthesize(200, 3, out)  # about 1,600 claims, twice the seed
    # every check of a build, the shapes as the embedded store's build checks them (the
    # violation queries that restate them, on Oxigraph); the in-memory build's pySHACL took
    # 5 of the fixture's 6 CPU-s here (the seed fixture runs it)
    check_build(out / "data", ONTOLOGY, out / "corpus")
    return out, build_graph(out / "data", ONTOLOGY, out / "corpus", shacl=False)


def test_same_seed_same_files(tmp_path: Path) -> None:
    synthesize(60, 11, tmp_path / "a")
    synthesize(60, 11, tmp_path / "b")
    synthesize(60, 12, tmp_path / "c")

    def files(root: Path) -> dict[str, bytes]:
        return {
            str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
        }

    assert files(tmp_path / "a") == files(tmp_path / "b")
    assert files(tmp_path / "a") != files(tmp_path / "c")


def test_builds_with_verified_evidence_and_shapes(synthetic: tuple[Path, BuildResult]) -> None:
    _, result = synthetic
    assert result.texts is not None and len(result.resolved.claims) > 1500


def test_every_event_class_occurs(tmp_path: Path) -> None:
    synthesize(2000, 5, tmp_path)
    types = Counter(
        line.split("\t")[1]
        for line in (tmp_path / "data/entities/entities.tsv").read_text().splitlines()[1:]
    )
    assert {cls for cls, _, _ in EVENT_CLASSES} <= set(types)


def test_two_to_four_actors_and_mixed_date_precision(synthetic: tuple[Path, BuildResult]) -> None:
    """Every source names the same two to four actors and place of an event: a second report
    disputes only its date or figure (and so the event keeps two to four actors)."""
    _, result = synthetic
    roles = {"hasParticipant", "hasInitiator", "hasTarget", "hasVisitor", "hasHost"}
    actors: dict[str, set[str]] = {}
    places: dict[str, set[str]] = {}
    sources: dict[str, set[str]] = {}
    precisions: Counter[str] = Counter()
    for claim in result.resolved.claims:
        subject = claim.record.subject
        if claim.record.predicate in roles:
            actors.setdefault(subject, set()).add(claim.record.object)
            sources.setdefault(subject, set()).add(claim.record.source)
        if claim.record.predicate == "hasPlace":
            places.setdefault(subject, set()).add(claim.record.object)
        if claim.record.predicate == "hasTime":
            value = claim.value
            precisions[value.start.precision if value.start else "open"] += 1  # type: ignore[union-attr]
    assert any(len(reported) == 2 for reported in sources.values())  # some events twice
    assert {len(v) for v in actors.values()} <= {2, 3, 4}
    assert {len(v) for v in places.values()} == {1}
    assert {"day", "month", "year"} <= set(precisions)


def test_disputed_claims_are_present(synthetic: tuple[Path, BuildResult]) -> None:
    _, result = synthetic
    result.dataset.default_union = True
    rows = list(
        result.dataset.query("ASK { ?c <https://w3id.org/kgdiplo/ontology#disputed> true }")
    )
    assert rows == [True]


def test_cli(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["synth", "--events", "20", "--seed", "1", "-o", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("wrote 20 events")
    assert (tmp_path / "data/sources.tsv").is_file() and any((tmp_path / "corpus").iterdir())
    bad = CliRunner().invoke(cli, ["synth", "--events", "0", "-o", str(tmp_path)])
    assert bad.exit_code == 2 and "--events" in bad.output


def test_the_seed_corpus_two_sides_meet(synthetic: tuple[Path, BuildResult]) -> None:
    """India and the Taliban are in the register under the seed's ids, with people on each
    side, so the catalogue's India-Taliban contacts query answers on synthetic data too."""
    from kg.resources import default_queries_dir
    from kg.sparql import bind_parameters, load_catalogue, run

    _, result = synthetic
    query = load_catalogue(default_queries_dir()).queries["india-taliban-contacts"]
    rows = list(run(result.dataset, query.text, bind_parameters(query, {})))
    assert len(rows) >= 2
    for row in rows:
        indian, taliban = row.get("indianSide"), row.get("talibanSide")  # type: ignore[union-attr]
        assert indian is not None and str(indian).strip()
        assert taliban is not None and str(taliban).strip()
    sides = " | ".join(str(row.get("indianSide")) for row in rows)  # type: ignore[union-attr]
    # people hold posts on each side, not only the two sides themselves
    assert any(name not in {"India"} for name in sides.split(" | "))


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_a_second_run_replaces_the_first_corpus_whole(tmp_path: Path) -> None:
    synthesize(60, 11, tmp_path / "a")
    synthesize(20, 11, tmp_path / "a")  # fewer sources: none of the first run's may stay
    synthesize(20, 11, tmp_path / "b")
    assert _files(tmp_path / "a") == _files(tmp_path / "b")


def test_a_folder_with_data_kg_synth_did_not_write_is_refused(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "sources.tsv").write_text("id\theadline\tpublished\n", encoding="utf-8")
    before = _files(tmp_path)
    result = CliRunner().invoke(cli, ["synth", "--events", "5", "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "-o/--output" in result.output and "not written by kg synth" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert _files(tmp_path) == before


def test_a_run_that_fails_leaves_the_last_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.build import synth

    synthesize(20, 11, tmp_path)
    before = _files(tmp_path)

    def fail(self: object, data: Path, corpus: Path) -> None:
        (corpus / "partial.txt").parent.mkdir(parents=True)
        (corpus / "partial.txt").write_text("half", encoding="utf-8")
        raise OSError("disk full")

    monkeypatch.setattr(synth._Generator, "_write_files", fail)
    with pytest.raises(OSError):
        synthesize(40, 11, tmp_path)
    assert _files(tmp_path) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".kg-synth-")] == []
