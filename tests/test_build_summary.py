"""`kg build` says what it made in one line, written by one function whichever store
builds: the in-memory build and the embedded store's (whose files come from its
graph.nq) say the same of the same annotations."""

from __future__ import annotations

from click.testing import CliRunner

from kg.cli import cli
from tests.conftest import ONTOLOGY, TinyCorpus


def test_the_embedded_and_the_memory_build_say_the_same_summary(tiny: TinyCorpus) -> None:
    inputs = ["--data", str(tiny.data), "--ontology", str(ONTOLOGY), "--corpus", str(tiny.corpus)]
    said = []
    for store, env in (
        ("memory", {"KG_STORE": "memory"}),
        ("embedded", {"KG_STORE": None, "KG_WORKSPACE": str(tiny.root / "workspace")}),
    ):
        out = tiny.root / store
        result = CliRunner().invoke(cli, ["build", *inputs, "-o", str(out)], env=env)
        assert result.exit_code == 0, result.output
        (line,) = [line for line in result.output.splitlines() if " triples in " in line]
        said.append(line)
    assert said[0] == said[1]
    assert said[0].endswith("7 claims from 1 sources about 6 entities")
