"""One error hierarchy, one table from error to exit code, one store opener (issue 20).

Every library error carries its exit code (``KgError.exit_code``); the CLI's
``library_errors`` prints it as one line and exits with that code. The store
a command or a server worker uses is opened by ``kg.stores.open_store``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.cli.errors import library_errors
from kg.dates import DateRangeError
from kg.errors import BuildFailedError, InputError, KgError, Location, Problem
from kg.files import OutputPathError
from kg.sparql import CatalogueError, QueryError, QueryRefusedError, QuerySyntaxError
from kg.stores import StoreSpec, StoreSpecError, open_store, parse_store
from kg.stores.generations import StorePathError
from kg.stores.memory import MemoryStore

KG = Path(__file__).resolve().parent.parent / "kg"


def _run(error: Exception, **options: str) -> tuple[int, str]:
    """Exit code and stderr of a command that raises ``error`` inside library_errors."""

    @click.command()
    def command() -> None:
        with library_errors(**options):
            raise error

    result = CliRunner().invoke(command, [])
    assert not isinstance(result.exception, type(error)), "the error escaped the table"
    return result.exit_code, result.output


@pytest.mark.parametrize(
    ("error", "code", "message"),
    [
        (KgError("a lookup found nothing"), 1, "a lookup found nothing"),
        (StorePathError("x: not a folder"), 1, "x: not a folder"),
        (CatalogueError("q.rq:1: the header lacks title"), 1, "q.rq:1: the header lacks title"),
        (InputError("no entity named 'Indai'", "ENTITY"), 2, "ENTITY: no entity named 'Indai'"),
        (StoreSpecError("--store 'x': expected memory"), 2, "--store 'x': expected memory"),
        (QueryError("not a variable name: '1'"), 2, "not a variable name: '1'"),
        (QueryRefusedError("SERVICE is not allowed"), 2, "SERVICE is not allowed"),
        (QuerySyntaxError("bad query\n  at line 2, column 3"), 2, "bad query at line 2, column 3"),
        (DateRangeError("--since 2025-02 is after --until 2025-01"), 2, "--since 2025-02"),
        (OutputPathError(Path("out"), "is a FIFO"), 2, "-o/--output: out: is a FIFO"),
    ],
)
def test_each_error_class_has_its_exit_code_and_one_line(
    error: KgError, code: int, message: str
) -> None:
    named = {"option": "-o/--output"} if isinstance(error, OutputPathError) else {}
    exit_code, output = _run(error, **named)
    assert exit_code == code == error.exit_code
    assert output.startswith(f"Error: {message}")
    assert output.count("\n") == 1, output


def test_a_failed_build_lists_its_problems_then_one_error_line(tmp_path: Path) -> None:
    problems = [Problem(Location(tmp_path / "claims.tsv", 3), "unknown predicate")]
    exit_code, output = _run(BuildFailedError(problems), outcome="the store was not changed")
    assert exit_code == 1
    *listed, last = output.splitlines()
    assert listed == [str(problems[0])]
    assert last == "Error: build failed: 1 problem(s); the store was not changed"


def test_a_usage_error_keeps_the_option_it_names() -> None:
    _, output = _run(InputError("no source named '00'", "--source"), option="-o/--output")
    assert output == "Error: --source: no source named '00'\n"


@pytest.mark.parametrize(
    ("args", "code", "start"),
    [
        (["query", "--store", "bogus", "ASK {}"], 2, "Error: --store 'bogus': expected memory"),
        (["query", "no-such-query-at-all"], 2, "Error: no catalogue query"),
        (["neighbours", "--store", "oxigraph", "India"], 2, "Error: --store 'oxigraph'"),
    ],
)
def test_commands_use_the_table(args: list[str], code: int, start: str) -> None:
    result = CliRunner().invoke(cli, args)
    assert (result.exit_code, result.output.count("\n")) == (code, 1), result.output
    assert result.output.startswith(start), result.output


def test_a_missing_store_is_a_usage_error_on_every_command(tmp_path: Path) -> None:
    store = f"oxigraph:{tmp_path / 'none'}"
    for args in (["query", "--store", store, "ASK {}"], ["neighbours", "--store", store, "X"]):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 2, (args, result.output)
        assert "no Oxigraph store here" in result.output and result.output.count("\n") == 1


# ---------------------------------------------------------------- one store opener


def test_open_store_opens_each_kind(tmp_path: Path) -> None:
    nquads = tmp_path / "g.nq"
    nquads.write_text("<urn:a> <urn:p> <urn:b> <urn:g> .\n", encoding="utf-8")
    store = open_store(StoreSpec("nquads", str(nquads)))
    assert isinstance(store, MemoryStore)
    assert store.query("ASK { GRAPH ?g { <urn:a> <urn:p> <urn:b> } }").askAnswer
    from rdflib import Dataset

    dataset = Dataset()
    assert isinstance(open_store("memory", lambda: dataset), MemoryStore)
    with pytest.raises(StoreSpecError, match="needs the dataset"):
        open_store("memory")
    with pytest.raises(StoreSpecError, match="no Oxigraph store here") as missing:
        open_store(f"oxigraph:{tmp_path / 'none'}")
    assert missing.value.exit_code == 2
    assert isinstance(open_store(f"nquads:{nquads}"), MemoryStore)
    with pytest.raises(StoreSpecError, match="expected memory"):  # not a --store value
        parse_store(f"nquads:{nquads}")


def _calls(module_path: Path, names: set[str]) -> set[str]:
    tree = ast.parse(module_path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in names:
                found.add(name)
    return found


def test_the_store_is_chosen_in_one_place() -> None:
    """Outside kg/stores/ no module parses --store but the CLI's one ``store_spec``,
    and none makes a store object but the build (which loads a new store it made)."""
    parsers, makers = {"parse_store"}, {"OxigraphStore", "RemoteStore", "MemoryStore"}
    allowed_makers = {"build", "viz"}  # the build's own new stores; the view of a Dataset
    for path in sorted(KG.rglob("*.py")):
        relative = path.relative_to(KG)
        if relative.parts[0] == "stores":
            continue
        if _calls(path, parsers):
            assert relative == Path("cli/common.py"), f"{relative} parses --store itself"
        if _calls(path, makers):
            assert relative.parts[0] in allowed_makers, f"{relative} makes a store itself"


def test_query_error_is_not_an_input_error() -> None:
    """A QueryError (an endpoint's failure among them) must not be caught by the name
    resolver's ``naming`` as if it were a name: it carries its exit code instead."""
    assert not issubclass(QueryError, InputError)
    assert issubclass(StoreSpecError, InputError) and issubclass(OutputPathError, InputError)
