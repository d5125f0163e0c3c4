"""The written graph: deterministic bytes, and round-trips through rdflib."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.build import BuildResult, write_outputs
from kg.build.serialize import to_nquads, to_trig, to_turtle
from tests.conftest import SEEDS, TinyCorpus

KG = shutil.which("kg", path=str(Path(sys.executable).parent))


def graphs_by_name(dataset: Dataset) -> dict[str, Graph]:
    return {str(g.identifier): g for g in dataset.graphs() if len(g)}


def test_trig_round_trip_is_isomorphic(seed: BuildResult) -> None:
    parsed = Dataset()
    parsed.parse(data=to_trig(seed.dataset), format="trig")
    built, back = graphs_by_name(seed.dataset), graphs_by_name(parsed)
    assert built.keys() == back.keys()
    for name, graph in built.items():
        assert isomorphic(graph, back[name]), name


def test_nquads_round_trip_is_isomorphic(seed: BuildResult) -> None:
    parsed = Dataset()
    parsed.parse(data=to_nquads(seed.dataset), format="nquads")
    built, back = graphs_by_name(seed.dataset), graphs_by_name(parsed)
    assert built.keys() == back.keys()
    assert all(isomorphic(graph, back[name]) for name, graph in built.items())


def test_turtle_is_the_merged_graph(seed: BuildResult) -> None:
    merged = Graph().parse(data=to_turtle(seed.dataset), format="turtle")
    assert len(merged) == len({t for g in seed.dataset.graphs() for t in g})


def test_no_blank_nodes(seed: BuildResult) -> None:
    assert "_:" not in to_nquads(seed.dataset)


def test_rebuilding_writes_identical_bytes_across_processes(tmp_path: Path) -> None:
    """Two `kg build` runs with different hash seeds give byte-identical files."""
    assert KG is not None, "the kg console script is installed in the venv"
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed, "KG_CORPUS": str(SEEDS)}
        done = subprocess.run(
            [KG, "build", "-o", str(out)], env=env, capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr
        assert "wrote" in done.stdout
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()})
    assert outputs[0].keys() == {"graph.nq", "graph.trig", "graph.ttl"}
    assert outputs[0] == outputs[1]


def test_end_to_end_failed_build_exits_1_and_keeps_output(tmp_path: Path) -> None:
    """The installed `kg` in a subprocess: errors on stderr as file:line, exit 1."""
    assert KG is not None
    tiny = TinyCorpus(tmp_path)
    args = [
        KG,
        "build",
        "--data",
        str(tiny.data),
        "--corpus",
        str(tiny.corpus),
        "-o",
        str(tiny.out),
    ]
    assert subprocess.run(args, capture_output=True, check=False).returncode == 0
    before = (tiny.out / "graph.nq").read_bytes()
    line = tiny.append("claims/s1.tsv", "meeting\thasTime\t2025-02-30\ts1\ton Wednesday")
    done = subprocess.run(args, capture_output=True, text=True, check=False, cwd=tmp_path)
    assert done.returncode == 1
    assert f"data/claims/s1.tsv:{line}: hasTime: not a calendar date: '2025-02-30'" in done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        "Error: build failed: 1 problem(s); nothing was written"
    )
    assert (tiny.out / "graph.nq").read_bytes() == before


@pytest.mark.parametrize("name", ["graph.nq", "graph.trig", "graph.ttl"])
def test_write_outputs_replaces_files(tiny: TinyCorpus, name: str) -> None:
    (tiny.out).mkdir()
    (tiny.out / name).write_text("stale", encoding="utf-8")
    write_outputs(tiny.build(), tiny.out)
    assert (tiny.out / name).read_text(encoding="utf-8") != "stale"
    assert not [p for p in tiny.out.iterdir() if p.name.endswith(".tmp")]
