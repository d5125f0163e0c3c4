"""A build into a store reports the problems of every stage in one run, as the in-memory
build does (tests/test_build_all_stages.py): a row error does not hide a violation found
by the graph checks; the last good store stays as it was.

And `kg build` on the embedded default store validates the annotations once (issue 21):
the store build's checks, not the in-memory build's as well, with the same graph files.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build import BuildFailedError, build_oxigraph
from kg.cli import cli
from kg.stores.generations import store_location
from tests.conftest import ONTOLOGY, TinyCorpus
from tests.test_build_all_stages import _both

QUERIES = Path(__file__).resolve().parent.parent / "queries"


def build(tiny: TinyCorpus, store: Path) -> None:
    build_oxigraph(store, tiny.data, ONTOLOGY, tiny.corpus, queries_dir=QUERIES)


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.startswith(".")
    }


def test_a_store_build_reports_a_row_error_and_a_graph_problem(tiny: TinyCorpus) -> None:
    store = tiny.root / "store"
    build(tiny, store)
    before = folder_bytes(store_location(store))
    line = _both(tiny)
    with pytest.raises(BuildFailedError) as failed:
        build(tiny, store)
    messages = [str(p) for p in failed.value.problems]
    assert any(f"s1.tsv:{line}:" in m and "unknown unit" in m for m in messages), messages
    assert any("main.tsv:8:" in m and "without a time: kgr:talks" in m for m in messages), messages
    assert folder_bytes(store_location(store)) == before  # the last good store


def test_a_file_that_cannot_be_read_stops_the_store_build_before_the_graph_checks(
    tiny: TinyCorpus,
) -> None:
    _both(tiny)
    tiny.write("entities/other.tsv", "id\tkind\n")  # a bad header: a root cause
    with pytest.raises(BuildFailedError) as failed:
        build(tiny, tiny.root / "store")
    assert not any("without a time" in p.message for p in failed.value.problems)
    assert not (tiny.root / "store").exists()


def kg_build(tiny: TinyCorpus, workspace: Path, *extra: str) -> tuple[int, str]:
    args = ["build", "--data", str(tiny.data), "--ontology", str(ONTOLOGY)]
    args += ["--corpus", str(tiny.corpus), *extra]
    result = CliRunner().invoke(cli, args, env={"KG_STORE": None, "KG_WORKSPACE": str(workspace)})
    return result.exit_code, result.output


def test_kg_build_on_the_embedded_store_reports_every_stage_and_keeps_the_last_build(
    tiny: TinyCorpus,
) -> None:
    workspace = tiny.root / "workspace"
    assert kg_build(tiny, workspace)[0] == 0
    before = folder_bytes(workspace)
    _both(tiny)
    code, output = kg_build(tiny, workspace)
    assert code == 1
    assert "unknown unit" in output and "talks" in output and "time" in output, output
    assert output.strip().endswith("Error: build failed: 2 problem(s); nothing was written")
    assert folder_bytes(workspace) == before  # the files and the store


def test_kg_build_on_the_embedded_store_validates_once_and_writes_the_memory_build_files(
    tiny: TinyCorpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.build
    import kg.build.incremental
    import kg.build.memory
    import kg.build.validate

    code, memory_output = kg_build(tiny, tiny.root / "memory", "--store", "memory")
    assert code == 0, memory_output
    calls: list[int] = []
    resolve = kg.build.validate.resolve

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return resolve(*args, **kwargs)  # type: ignore[arg-type]

    def no_memory_build(*args: object, **kwargs: object) -> None:
        raise AssertionError("the in-memory build ran")

    for module in (kg.build.validate, kg.build.incremental, kg.build.memory):
        monkeypatch.setattr(module, "resolve", counted)
    monkeypatch.setattr(kg.build, "build_graph", no_memory_build)
    monkeypatch.setattr(kg.build.memory, "build_graph", no_memory_build)
    code, output = kg_build(tiny, tiny.root / "embedded")
    assert code == 0, output
    assert len(calls) == 1  # the rows are validated once
    assert output.splitlines()[0] == memory_output.splitlines()[0]  # the same summary
    for name in ("graph.nq", "graph.trig", "graph.ttl"):
        made = (tiny.root / "embedded" / name).read_bytes()
        assert made == (tiny.root / "memory" / name).read_bytes(), name
    assert (store_location(tiny.root / "embedded" / "store") / "kg-links.tsv").is_file()
