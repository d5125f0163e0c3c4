"""Incremental store builds (issue 21): the result is a full build's, byte for byte.

Each test builds a store, changes the annotations (a report added, edited,
removed; the register changed...), builds again incrementally, and compares
with a full build of the same input into a fresh store: graph.nq, every quad
of the store, the quad count, the answer of every catalogue query and the
lookups' link index.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kg.build import BuildFailedError, StoreBuild, build_oxigraph
from kg.build import incremental as inc
from kg.build.cache import read_manifest
from kg.build.splice import write_spliced
from tests.conftest import ONTOLOGY, ROOT, TINY_CLAIMS, TinyCorpus

sys.path.insert(0, str(ROOT / "benchmarks"))
import incremental as incremental_benchmark  # noqa: E402  (benchmarks/ is not a package)

QUERIES = ROOT / "queries"
DISPUTED = '#disputed> "true"^^'

S2_TEXT = "Aid again\nIndia sent 30 tonnes of medicines to Kabul.\n"
S2_SOURCE = "s2\tAid again\t2025-01-12\n"
S2_CLAIMS = (
    "subject\tpredicate\tobject\tsource\tevidence\n"
    "aid\thasInitiator\tindia\ts2\tIndia sent 30 tonnes of medicines\n"
    "aid\thasQuantity\t30 tonne\ts2\t30 tonnes of medicines\n"
    "aid\thasTime\t2025-01\ts2\tIndia sent\n"
)


def build(tiny: TinyCorpus, store: Path, *, incremental: bool = True) -> StoreBuild:
    return build_oxigraph(
        store,
        tiny.data,
        ONTOLOGY,
        tiny.corpus,
        queries_dir=QUERIES,
        keep_text=True,
        incremental=incremental,
    )


def quads(store: Path) -> list[str]:
    import pyoxigraph as ox

    from kg.stores.generations import store_location

    opened = ox.Store.read_only(str(store_location(store)))
    try:
        return sorted(str(quad) for quad in opened)
    finally:
        del opened


def catalogue_answers(store: Path) -> dict[str, Any]:
    """Every catalogue query's answer (parameters at their defaults), comparable."""
    from kg.sparql import bind_parameters, read_query_file
    from kg.stores.oxigraph import OxigraphStore

    opened = OxigraphStore(store)
    answers: dict[str, Any] = {}
    try:
        for path in sorted(QUERIES.glob("*.rq")):
            query = read_query_file(path)
            result = opened.query(query.text, bind_parameters(query, {}))
            if result.type == "ASK":
                answers[path.stem] = result.askAnswer
            elif result.type in ("CONSTRUCT", "DESCRIBE"):
                assert result.graph is not None
                answers[path.stem] = sorted(tuple(t.n3() for t in row) for row in result.graph)
            else:
                names = [str(v) for v in result.vars or []]
                rows = [row.asdict() for row in result]  # type: ignore[union-attr]
                answers[path.stem] = sorted(
                    tuple(_text(row.get(name)) for name in names) for row in rows
                )
    finally:
        opened.close()
    return answers


def _text(value: object) -> str:
    """A value's text; a GROUP_CONCAT's parts sorted (SPARQL leaves their order open)."""
    return "" if value is None else " | ".join(sorted(str(value).split(" | ")))


def assert_same_as_full_build(tiny: TinyCorpus, built: StoreBuild, store: Path) -> None:
    fresh = tiny.root / f"full-{len(list(tiny.root.glob('full-*')))}"
    full = build(tiny, fresh, incremental=False)
    assert not full.incremental
    assert built.nquads == full.nquads  # graph.nq, byte for byte
    assert built.quads == full.quads
    assert built.claim_count == full.claim_count
    assert quads(store) == quads(fresh)
    assert catalogue_answers(store) == catalogue_answers(fresh)
    assert link_index(store) == link_index(fresh)  # the lookups' index, byte for byte


def link_index(store: Path) -> bytes:
    """The lookups' link index of the store's current generation (kg/graph/links.py)."""
    from kg.graph.links import LINK_INDEX
    from kg.stores.generations import store_location

    index = (store_location(store) / LINK_INDEX).read_bytes()
    assert index.count(b"\n") > 3
    return index


def add_s2(tiny: TinyCorpus) -> None:
    (tiny.corpus / "s2.txt").write_text(S2_TEXT, encoding="utf-8")
    tiny.write("sources.tsv", (tiny.data / "sources.tsv").read_text("utf-8") + S2_SOURCE)
    tiny.write("claims/s2.tsv", S2_CLAIMS)


@pytest.fixture
def store(tiny: TinyCorpus) -> Path:
    """The tiny corpus's store, built once (fully: there is no cache yet)."""
    path = tiny.root / "store"
    first = build(tiny, path)
    assert not first.incremental
    return path


def test_adding_a_report_checks_and_loads_only_that_report(
    tiny: TinyCorpus, store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.build.validate as validate

    seen: list[str] = []
    original = validate._resolve_claim

    def spy(record: Any, *args: Any) -> Any:
        seen.append(record.source)
        return original(record, *args)

    import kg.build.annotations as annotations

    parsed: list[str] = []
    load_claims = annotations.load_claims

    def parse_spy(path: Path, problems: Any) -> Any:
        parsed.append(path.name)
        return load_claims(path, problems)

    monkeypatch.setattr(validate, "_resolve_claim", spy)
    monkeypatch.setattr(annotations, "load_claims", parse_spy)
    add_s2(tiny)
    built = build(tiny, store)
    assert built.incremental
    assert parsed == ["s2.tsv"]  # s1.tsv is known to the cache: not even read as rows
    assert seen == ["s2", "s2", "s2"]  # s1's seven rows were not checked again
    assert inc.VALIDATED_ROWS[0] == 3
    # the dispute spans reports: s1's 300 tonnes are now disputed too
    assert built.nquads.count(DISPUTED) == 2
    monkeypatch.setattr(validate, "_resolve_claim", original)
    assert_same_as_full_build(tiny, built, store)


def test_editing_a_report(tiny: TinyCorpus, store: Path) -> None:
    add_s2(tiny)
    build(tiny, store)
    tiny.write("claims/s2.tsv", S2_CLAIMS.replace("30 tonne\t", "300 tonne\t"))
    built = build(tiny, store)
    assert built.incremental
    assert inc.VALIDATED_ROWS[0] == 3
    assert DISPUTED not in built.nquads  # 300 and 300 agree
    assert_same_as_full_build(tiny, built, store)


def test_editing_a_text_moves_the_spans(tiny: TinyCorpus, store: Path) -> None:
    text = (tiny.corpus / "s1.txt").read_text("utf-8")
    (tiny.corpus / "s1.txt").write_text(text.replace("Envoys meet", "Envoys met"), "utf-8")
    built = build(tiny, store)
    assert built.incremental
    assert_same_as_full_build(tiny, built, store)


def test_removing_a_report(tiny: TinyCorpus, store: Path) -> None:
    add_s2(tiny)
    build(tiny, store)
    (tiny.corpus / "s2.txt").unlink()
    (tiny.data / "claims" / "s2.tsv").unlink()
    tiny.write("sources.tsv", (tiny.data / "sources.tsv").read_text("utf-8").replace(S2_SOURCE, ""))
    built = build(tiny, store)
    assert built.incremental
    assert "s2" not in built.nquads and DISPUTED not in built.nquads
    assert_same_as_full_build(tiny, built, store)


def test_a_register_change_checks_every_row_and_reuses_the_triples(
    tiny: TinyCorpus, store: Path
) -> None:
    tiny.append("entities/main.tsv", "kabul\tCity\tKabul\t")
    text = (tiny.data / "entities" / "main.tsv").read_text("utf-8")
    tiny.write("entities/main.tsv", text.replace("Dubai meeting", "The Dubai meeting"))
    built = build(tiny, store)
    assert built.incremental
    assert inc.VALIDATED_ROWS[0] == 7  # every row, against the new register
    assert_same_as_full_build(tiny, built, store)


def test_an_ontology_change_is_a_full_build(tiny: TinyCorpus, store: Path) -> None:
    ontology = tiny.root / "ontology"
    shutil.copytree(ONTOLOGY, ontology)
    with (ontology / "kg.ttl").open("a", encoding="utf-8") as handle:
        handle.write("\n# a comment changes the ontology's bytes\n")
    built = build_oxigraph(
        tiny.root / "store", tiny.data, ontology, tiny.corpus, queries_dir=QUERIES, keep_text=True
    )
    assert not built.incremental


def test_a_bad_row_in_an_added_report_fails_and_keeps_the_last_store(
    tiny: TinyCorpus, store: Path
) -> None:
    before = quads(store)
    latest = os.readlink(store / "latest")
    add_s2(tiny)
    tiny.append("claims/s2.tsv", "aid\thasQuantity\tthirty tonne\ts2\t30 tonnes of medicines")
    with pytest.raises(BuildFailedError) as failure:
        build(tiny, store)
    with pytest.raises(BuildFailedError) as full_failure:
        build(tiny, tiny.root / "fresh", incremental=False)
    assert [str(p) for p in failure.value.problems] == [str(p) for p in full_failure.value.problems]
    assert "s2.tsv:5" in str(failure.value.problems[0])
    assert os.readlink(store / "latest") == latest
    assert quads(store) == before
    # the cache is the last good build's: mending the row builds incrementally
    tiny.write("claims/s2.tsv", S2_CLAIMS)
    built = build(tiny, store)
    assert built.incremental
    assert_same_as_full_build(tiny, built, store)


def test_a_violation_only_the_whole_graph_shows_fails_as_a_full_build_does(
    tiny: TinyCorpus, store: Path
) -> None:
    """An event of the register with no time: caught by the violation queries."""
    tiny.append("entities/main.tsv", "talks\tMeeting\tTalks\t")
    with pytest.raises(BuildFailedError) as failure:
        build(tiny, store)
    assert any("event-without-time-violation" in str(p) for p in failure.value.problems)


def test_a_violation_made_by_removing_rows_is_found(tiny: TinyCorpus, store: Path) -> None:
    """The meeting's time and actors gone with s1's rows: the violation queries, run on
    the triples around what changed, see the meeting left without them."""
    before = quads(store)
    tiny.write("claims/s1.tsv", TINY_CLAIMS.split("\n", 1)[0] + "\n")
    with pytest.raises(BuildFailedError) as failure:
        build(tiny, store)
    messages = " ".join(str(p) for p in failure.value.problems)
    assert "event-without-time-violation" in messages
    assert "meeting-with-fewer-than-two-actors-violation" in messages
    assert quads(store) == before


def test_a_killed_incremental_build_leaves_the_last_store(tiny: TinyCorpus, store: Path) -> None:
    before = quads(store)
    add_s2(tiny)
    code = (
        "import sys; from pathlib import Path; from kg.build import build_oxigraph; "
        "build_oxigraph(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(store), str(tiny.data), str(ONTOLOGY), str(tiny.corpus)],
        env={**os.environ, "KG_TEST_KILL_AT": "store swap"},
        check=False,
    )
    assert done.returncode == -9
    assert quads(store) == before
    built = build(tiny, store)
    assert built.incremental
    assert_same_as_full_build(tiny, built, store)


def test_a_synthetic_corpus_report_added_and_a_row_edited(tmp_path: Path) -> None:
    """Reports spread over claims files, disputes between them: add the last one back."""
    from kg.build.synth import synthesize

    synthesize(40, 3, tmp_path / "full")
    tiny = TinyCorpus.__new__(TinyCorpus)
    tiny.root, tiny.data, tiny.corpus = tmp_path, tmp_path / "data", tmp_path / "corpus"
    source = incremental_benchmark.held_out_report(tmp_path / "full" / "data")
    incremental_benchmark.without(
        tmp_path / "full" / "data", tmp_path / "full" / "corpus", source, tmp_path
    )
    assert source not in (tiny.data / "sources.tsv").read_text("utf-8")
    store = tmp_path / "store"
    assert not build(tiny, store).incremental
    incremental_benchmark.restore(tmp_path / "full", tmp_path, source)
    built = build(tiny, store)
    assert built.incremental
    assert_same_as_full_build(tiny, built, store)
    incremental_benchmark.edit_one_row(tiny.data)  # a shorter evidence span
    built = build(tiny, store)
    assert built.incremental
    assert_same_as_full_build(tiny, built, store)


def test_splicing_graph_nq_keeps_its_lines_sorted(tmp_path: Path) -> None:
    """The last graph.nq with lines dropped and added, by offsets in its bytes: sorted as
    text (UTF-8 keeps code point order), whatever the lines and wherever they go."""
    import random

    rng = random.Random(1)
    letters = "abcé\u2028ü😀"
    for trial in range(200):
        pool = sorted({f"{rng.choice(letters)}{rng.randint(0, 30)} .\n" for _ in range(30)})
        old = set(rng.sample(pool, rng.randint(0, len(pool))))
        removed = set(rng.sample(sorted(old), rng.randint(0, len(old))))
        fresh = sorted(set(pool) - old)
        added = set(rng.sample(fresh, rng.randint(0, len(fresh))))
        source, target = tmp_path / f"old{trial}.nq", tmp_path / f"new{trial}.nq"
        source.write_text("".join(sorted(old)), encoding="utf-8")
        fd = os.open(target, os.O_WRONLY | os.O_CREAT)
        try:
            write_spliced(source, fd, removed, added)
        finally:
            os.close(fd)
        assert target.read_text("utf-8") == "".join(sorted((old - removed) | added))


def test_cli_build_writes_the_same_files_incrementally(tiny: TinyCorpus) -> None:
    """`kg build --store oxigraph:PATH -o DIR`: graph.nq is linked from the store's cache;
    a change made to it there (in place) is noticed, and the next build is a full one."""
    from click.testing import CliRunner

    from kg.cli import cli

    def kg_build(store: Path, out: Path) -> str:
        args = ["build", "--data", str(tiny.data), "--corpus", str(tiny.corpus)]
        args += ["--ontology", str(ONTOLOGY), "--store", f"oxigraph:{store}", "-o", str(out)]
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, result.output
        return result.output

    store, out = tiny.root / "store", tiny.root / "out"
    kg_build(store, out)
    add_s2(tiny)
    said = kg_build(store, out)
    assert "(10 claims from 2 sources)" in said
    kg_build(tiny.root / "full-store", tiny.root / "full-out")
    written = (out / "graph.nq").read_bytes()
    assert written == (tiny.root / "full-out" / "graph.nq").read_bytes()
    with (out / "graph.nq").open("a", encoding="utf-8") as handle:  # in place: the link's file
        handle.write("<urn:x> <urn:y> <urn:z> .\n")
    assert read_manifest(Path(os.path.realpath(store / "latest"))) is None
    assert not build(tiny, store).incremental
    kg_build(store, out)
    assert (out / "graph.nq").read_bytes() == written
