"""The embedded default store: `kg build` writes it, every read command opens it, and a
change of the inputs is seen (rebuilt, or with --no-rebuild warned about).

Each test points the workspace (``KG_WORKSPACE``) at its own ``tmp_path`` and
builds the tiny corpus, so no test writes into the repository's build/.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kg.cli import cli
from kg.stores import StoreSpec, parse_store
from kg.stores.workspace import FINGERPRINT, Inputs, changes, fingerprint, write_fingerprint
from tests.conftest import ONTOLOGY, TinyCorpus

Run = Callable[..., Result]
MUTTAQI = "https://w3id.org/kgdiplo/id/muttaqi"
NEW_CLAIM = "meeting\thasParticipant\tindia\ts1\tIndia sent 300 tonnes of medicines"


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "workspace"
    monkeypatch.setenv("KG_WORKSPACE", str(folder))
    monkeypatch.delenv("KG_STORE")
    return folder


@pytest.fixture
def run(tiny: TinyCorpus, workspace: Path) -> Run:
    """A command on the tiny corpus, with the default store."""

    def invoke(*args: str, catch_exceptions: bool = True) -> Result:
        inputs = ["--data", str(tiny.data), "--corpus", str(tiny.corpus)]
        return CliRunner().invoke(cli, [*args, *inputs], catch_exceptions=catch_exceptions)

    return invoke


def build(tiny: TinyCorpus, workspace: Path) -> None:
    """The store as a read command builds it (`kg build` also writes the files and runs
    pySHACL: what the tests of the store need not pay for)."""
    from kg.build.workspace import build_store

    build_store(workspace / "store", Inputs.of(tiny.data, None, tiny.corpus))


def generation(workspace: Path) -> str:
    return os.readlink(workspace / "store" / "latest")


def neighbours(result: Result) -> set[str]:
    assert result.exit_code == 0, result.output
    return {node["iri"] for node in json.loads(result.stdout)["nodes"]}


def test_the_default_store_is_the_workspace_store(workspace: Path) -> None:
    assert parse_store(None) == StoreSpec("oxigraph", str(workspace / "store"), embedded=True)
    os.environ["KG_STORE"] = "memory"  # undone by the fixture's monkeypatch
    assert parse_store(None) == StoreSpec("memory")


def test_build_writes_the_files_and_the_embedded_store(run: Run, workspace: Path) -> None:
    result = run("build")
    assert result.exit_code == 0, result.output
    assert "loaded " in result.stdout and f"into the embedded store {workspace / 'store'}" in (
        result.stdout
    )
    assert {"graph.nq", "graph.trig", "graph.ttl", "store"} <= {p.name for p in workspace.iterdir()}
    assert (workspace / "store" / "latest" / FINGERPRINT).is_file()


def test_a_read_after_a_build_opens_the_store_without_building(
    run: Run, workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run("build").exit_code == 0
    built = generation(workspace)

    def no_build(*args: object, **kwargs: object) -> None:
        raise AssertionError("a read built the graph")

    monkeypatch.setattr("kg.build.store.build_oxigraph", no_build)
    monkeypatch.setattr("kg.build.memory.build_graph", no_build)
    result = run("neighbours", "Misri", "--json")
    assert result.stderr == ""
    assert MUTTAQI in neighbours(result)
    assert generation(workspace) == built


def test_the_first_read_builds_the_store_and_says_so(run: Run, workspace: Path) -> None:
    first = run("neighbours", "Misri", "--json")
    assert first.stderr.startswith(f"no store at {workspace / 'store'} yet: building it from ")
    assert len(first.stderr.splitlines()) == 1
    assert MUTTAQI in neighbours(first)
    again = run("neighbours", "Misri", "--json")
    assert again.stderr == "" and neighbours(again) == neighbours(first)


def test_a_changed_input_is_seen_and_the_store_rebuilt(
    run: Run, tiny: TinyCorpus, workspace: Path
) -> None:
    build(tiny, workspace)
    built = generation(workspace)
    tiny.append("claims/s1.tsv", NEW_CLAIM)
    result = run("neighbours", "Misri", "--json")
    assert result.stderr == (
        f"the inputs changed since the store at {workspace / 'store'} was built "
        "(data/claims/s1.tsv changed): rebuilding it\n"
    )
    assert "https://w3id.org/kgdiplo/id/india" in neighbours(result)
    assert generation(workspace) != built


def test_a_file_only_touched_is_not_a_change(run: Run, tiny: TinyCorpus, workspace: Path) -> None:
    build(tiny, workspace)
    built = generation(workspace)
    later = time.time() + 100
    os.utime(tiny.data / "claims" / "s1.tsv", (later, later))
    os.utime(tiny.corpus / "s1.txt", (later, later))
    result = run("describe", "Misri", "--json")
    assert result.exit_code == 0 and result.stderr == ""
    assert generation(workspace) == built


def test_no_rebuild_answers_from_the_old_store_with_a_warning(
    run: Run, tiny: TinyCorpus, workspace: Path
) -> None:
    build(tiny, workspace)
    before = neighbours(run("neighbours", "Misri", "--json"))
    built = generation(workspace)
    tiny.append("claims/s1.tsv", NEW_CLAIM)
    stale = run("neighbours", "Misri", "--json", "--no-rebuild")
    assert stale.stderr == (
        f"warning: the inputs changed since the store at {workspace / 'store'} was built "
        "(data/claims/s1.tsv changed); answering from it as it is (--no-rebuild)\n"
    )
    assert neighbours(stale) == before  # the old answers
    assert generation(workspace) == built
    assert "https://w3id.org/kgdiplo/id/india" in neighbours(run("neighbours", "Misri", "--json"))


def test_a_failed_rebuild_keeps_the_last_good_store_and_says_so(
    run: Run, tiny: TinyCorpus, workspace: Path
) -> None:
    build(tiny, workspace)
    built = generation(workspace)
    line = tiny.append("claims/s1.tsv", "meeting\thasPlace\tnowhere\ts1\tin Dubai")
    failed = run("neighbours", "Misri", "--json")
    assert failed.exit_code == 1
    assert failed.stdout == ""
    assert f"s1.tsv:{line}:" in failed.stderr
    assert failed.stderr.splitlines()[-1] == (
        f"Error: build failed: 1 problem(s); the last good store at {workspace / 'store'} was kept"
    )
    assert generation(workspace) == built
    old = run("neighbours", "Misri", "--json", "--no-rebuild")
    assert old.stderr.startswith("warning: ") and MUTTAQI in neighbours(old)


def test_no_rebuild_without_a_store_is_a_one_line_error(run: Run, workspace: Path) -> None:
    result = run("describe", "Misri", "--no-rebuild")
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: no store at {workspace / 'store'} to answer from: run `kg build`, "
        "or drop --no-rebuild\n"
    )
    assert not (workspace / "store").exists()


def test_the_memory_store_leaves_the_workspace_alone(run: Run, workspace: Path) -> None:
    assert MUTTAQI in neighbours(run("neighbours", "Misri", "--json", "--store", "memory"))
    assert not workspace.exists()


READ_COMMANDS = [
    ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--csv"],
    ["neighbours", "Misri", "--json"],
    ["describe", "Misri", "--json"],
    ["path", "Misri", "Muttaqi"],
    ["timeline", "Misri"],
    ["why", "meeting", "hasParticipant", "misri"],
    ["search", "Dubai"],
    ["viz", "-o", "-"],
    ["export", "--format", "json"],
]


def test_every_read_command_opens_the_embedded_store(
    run: Run, tiny: TinyCorpus, workspace: Path
) -> None:
    build(tiny, workspace)
    built = generation(workspace)
    for command in READ_COMMANDS:
        result = run(*command)
        assert result.exit_code == 0, (command, result.output)
        assert "store" not in result.stderr, command  # neither built nor warned about
    tiny.append("claims/s1.tsv", NEW_CLAIM)
    for command in READ_COMMANDS:
        stale = run(*command, "--no-rebuild")
        assert stale.exit_code == 0, (command, stale.output)
        assert stale.stderr.startswith("warning: the inputs changed since the store"), command
    assert generation(workspace) == built


def test_serve_opens_the_embedded_store(run: Run, workspace: Path) -> None:
    result = run("serve", "--get", "/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"no store at {workspace / 'store'} yet: building it")
    assert '"boolean": true' in result.stdout or '"boolean":true' in result.stdout


# ---------------------------------------------------------------- the fingerprint


def fake_store(path: Path) -> Path:
    """A store folder with a current generation, for the fingerprint alone."""
    (path / "g-1").mkdir(parents=True)
    (path / "latest").symlink_to("g-1")
    return path


def test_the_fingerprint_covers_the_ontology_the_texts_and_the_annotations(
    tiny: TinyCorpus, tmp_path: Path
) -> None:
    ontology = tmp_path / "ontology"
    ontology.mkdir()
    for name in ("kg.ttl", "shapes.ttl", "ontology-shapes.ttl"):
        (ontology / name).write_bytes((ONTOLOGY / name).read_bytes())
    inputs = Inputs.of(tiny.data, ontology, tiny.corpus)
    store = fake_store(tmp_path / "store")
    write_fingerprint(store, fingerprint(inputs))
    assert changes(store, inputs) == []
    with (ontology / "shapes.ttl").open("a", encoding="utf-8") as handle:
        handle.write("# a comment\n")
    (tiny.corpus / "s2.txt").write_text("Another report\n", encoding="utf-8")
    (tiny.data / "entities" / "main.tsv").unlink()
    (tiny.data / "suggestions").mkdir()  # not read by the build
    (tiny.data / "suggestions" / "s1.tsv").write_text("x\n", encoding="utf-8")
    assert changes(store, inputs) == [
        "ontology/shapes.ttl changed",
        "corpus/s2.txt added",
        "data/entities/main.tsv removed",
    ]
    other = Inputs.of(tiny.data, None, tiny.corpus)
    assert changes(store, other)[0].startswith("--ontology is ")


def test_a_store_without_a_fingerprint_is_out_of_date(tiny: TinyCorpus, tmp_path: Path) -> None:
    store = fake_store(tmp_path / "store")  # a build killed after the swap left none
    assert changes(store, Inputs.of(tiny.data, None, tiny.corpus)) == [
        "no record of the inputs it was built from"
    ]


def test_checking_a_thousand_report_files_takes_milliseconds(tmp_path: Path) -> None:
    data, corpus = tmp_path / "data", tmp_path / "corpus"
    (data / "claims").mkdir(parents=True)
    corpus.mkdir()
    for number in range(1000):
        (data / "claims" / f"{number:04}.tsv").write_text("claim\t" * 50 + "\n", encoding="utf-8")
        (corpus / f"{number:04}.txt").write_text("text " * 500, encoding="utf-8")
    inputs = Inputs.of(data, None, corpus)
    store = fake_store(tmp_path / "store")
    write_fingerprint(store, fingerprint(inputs))
    started = time.perf_counter()
    assert changes(store, inputs) == []
    assert time.perf_counter() - started < 1.0  # ~30 ms alone; a margin for a loaded machine


# ---------------------------------------------------------------- the label index


def test_a_name_resolves_through_the_label_index_without_reading_the_register(
    run: Run, tiny: TinyCorpus, workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(tiny, workspace)
    index = (workspace / "store" / "latest" / "kg-names.tsv").read_text(encoding="utf-8")
    assert "vikram misri\thttps://w3id.org/kgdiplo/id/misri\n" in index
    assert "misri\thttps://w3id.org/kgdiplo/id/misri\n" in index  # the alias

    def no_register(self: object) -> None:
        raise AssertionError("the register was read")

    monkeypatch.setattr("kg.lookup.backend.StoreBackend.names", no_register)
    assert MUTTAQI in neighbours(run("neighbours", "VIKRAM Misri", "--json"))
    with pytest.raises(AssertionError, match="the register was read"):  # not an exact name
        run("neighbours", "Misr", "--json", catch_exceptions=False)


def test_a_name_the_index_cannot_decide_goes_to_the_resolver(
    run: Run, tiny: TinyCorpus, workspace: Path
) -> None:
    build(tiny, workspace)
    misspelt = run("describe", "Vikram Misrii")
    assert misspelt.exit_code == 2
    assert "did you mean Vikram Misri (misri, Person)?" in misspelt.stderr
    assert MUTTAQI in neighbours(run("neighbours", "misri", "--json"))  # the id


def test_a_store_build_writes_the_label_index(tiny: TinyCorpus, tmp_path: Path) -> None:
    from kg.stores.oxigraph import OxigraphStore

    path = tmp_path / "store"
    inputs = ["--data", str(tiny.data), "--corpus", str(tiny.corpus)]
    result = CliRunner().invoke(cli, ["build", "--store", f"oxigraph:{path}", *inputs])
    assert result.exit_code == 0, result.output
    store = OxigraphStore(path)
    assert store.names_with_form("dubai") == ["https://w3id.org/kgdiplo/id/dubai"]
    assert store.names_with_form("nowhere") == []


def test_a_store_built_with_store_oxigraph_at_the_default_path_is_current(
    run: Run, workspace: Path
) -> None:
    built = run("build", "--store", f"oxigraph:{workspace / 'store'}")
    assert built.exit_code == 0, built.output
    assert not (workspace / "graph.trig").exists()  # the store only
    result = run("describe", "Misri", "--json")
    assert result.exit_code == 0 and result.stderr == ""  # its inputs recorded: not rebuilt


# ---------------------------------------------------------------- the plain namespaces


def test_the_plain_namespaces_are_rdflibs() -> None:
    """kg.iris (read without rdflib) and kg.namespaces name the same namespaces."""
    from kg import iris
    from kg.namespaces import KG, KGR, PREFIXES

    assert iris.NAMESPACES == {prefix: str(ns) for prefix, ns in PREFIXES.items()}
    assert (iris.KG, iris.KGR) == (str(KG), str(KGR))


def test_a_text_that_no_iri_can_be_is_left_out_of_a_values_block() -> None:
    from kg.graph.queries import _values

    assert _values("n", ["https://w3id.org/kgdiplo/id/a", "x> } ; DROP ALL ; #"]) == (
        "VALUES ?n { <https://w3id.org/kgdiplo/id/a> }"
    )


def test_a_command_waits_for_another_commands_build_and_builds_nothing_itself(
    run: Run, tiny: TinyCorpus, workspace: Path
) -> None:
    import fcntl
    import threading

    build(tiny, workspace)
    tiny.append("claims/s1.tsv", NEW_CLAIM)
    lock = os.open(workspace / ".store.lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(lock, fcntl.LOCK_EX)  # another command, building

    def other_command_builds() -> None:  # the library's build: no output to capture
        from kg.build.workspace import build_store

        time.sleep(0.5)
        build_store(workspace / "store", Inputs.of(tiny.data, None, tiny.corpus))
        os.close(lock)

    other = threading.Thread(target=other_command_builds)
    other.start()
    result = run("neighbours", "Misri", "--json")
    other.join()
    assert result.stderr == (
        f"waiting for another command that is building the store at {workspace / 'store'}\n"
    )
    assert "https://w3id.org/kgdiplo/id/india" in neighbours(result)
