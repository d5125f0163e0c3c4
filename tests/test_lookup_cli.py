"""The lookup commands through click's CliRunner: output formats and exit codes.

Most tests reuse the session's seed build (the commands' dataset loader is
patched to return it); the end-to-end ones run as a user's call does, on the
embedded default store of a workspace built once (the demo's).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import kg.cli.lookup_commands as lookup_commands
from kg.build import BuildResult
from kg.cli import cli
from kg.namespaces import KGR
from tests.conftest import SEEDS

Invoke = Callable[..., Result]


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, seed: BuildResult) -> Invoke:
    monkeypatch.setattr(lookup_commands, "load_dataset", lambda *_: seed.dataset)

    def invoke(*args: str, input: str | None = None) -> Result:
        return CliRunner().invoke(cli, list(args), input=input)

    return invoke


@pytest.fixture
def default_store(monkeypatch: pytest.MonkeyPatch, demo_run: tuple[str, Path]) -> None:
    """The embedded default store, in the session's workspace that `kg demo` built."""
    monkeypatch.setenv("KG_CORPUS", str(SEEDS))
    monkeypatch.setenv("KG_WORKSPACE", str(demo_run[1]))
    monkeypatch.delenv("KG_STORE")


def one_line_error(result: Result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert result.stdout == ""
    return lines[0]


# ---------------------------------------------------------------- end to end


@pytest.mark.usefixtures("default_store")
def test_neighbours_end_to_end() -> None:
    result = CliRunner().invoke(cli, ["neighbours", "Vikram Misri", "--json"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""  # the store was current: not rebuilt
    document = json.loads(result.stdout)
    assert document["entity"]["label"] == "Vikram Misri"
    assert str(KGR["amir-khan-muttaqi"]) in {n["iri"] for n in document["nodes"]}


@pytest.mark.usefixtures("default_store")
def test_misspelt_name_end_to_end_exits_2() -> None:
    result = CliRunner().invoke(cli, ["describe", "Vikram Misrii"])
    assert result.exit_code == 2
    assert one_line_error(result) == (
        "Error: ENTITY: no entity named 'Vikram Misrii'; "
        "did you mean Vikram Misri (vikram-misri, Person)?"
    )


# ---------------------------------------------------------------- neighbours


def test_neighbours_table(run: Invoke) -> None:
    result = run("neighbours", "muttaqi", "--table")
    assert result.exit_code == 0, result.output
    header = result.stdout.splitlines()[0].split()
    # "disputed": 002 calls Muttaqi Foreign Minister, 004 acting Foreign Minister (issue 23);
    # "voice": some hops are in another voice than the report's (002: "Muttaqi's office
    # released details of his talks with Singh")
    assert header == [
        "neighbour",
        "type",
        "relation",
        "event",
        "kind",
        "date",
        "disputed",
        "sources",
        "voice",
    ]
    assert "Vikram Misri" in result.stdout and "ThirdLocationMeeting" in result.stdout


def test_neighbours_csv_and_depth(run: Invoke) -> None:
    result = run("neighbours", "J.P. Singh", "--depth", "2", "--types", "Person", "--csv")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert (
        lines[0] == "depth,from,neighbour,id,type,relation,event,kind,date,disputed,sources,voice"
    )
    assert any(line.startswith("1,J.P. Singh,Hamid Karzai,") for line in lines)
    assert any(line.startswith("2,") for line in lines)


def test_neighbours_direct_and_source(run: Invoke) -> None:
    result = run("neighbours", "vikram-misri", "--direct", "--source", "003", "--json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    edges = document["edges"]
    assert {e["event"] for e in edges} == {None} and document["events"] == {}
    spans = [document["claims"][c]["sources"][s] for e in edges for c, s in e["sources"]]
    assert {s["id"] for s in spans} == {"003_98dfac8b5af5e2b1"}


def test_ambiguous_name_lists_candidates_and_exits_2(run: Invoke) -> None:
    result = run("neighbours", "Islamabad")
    assert result.exit_code == 2
    line = one_line_error(result)
    assert "ambiguous" in line
    assert "Islamabad (islamabad, City)" in line and "Pakistan (pakistan, State)" in line


def test_misspelt_name_suggests_and_exits_2(run: Invoke) -> None:
    result = run("neighbours", "Muttaqui")
    assert result.exit_code == 2
    assert "did you mean Amir Khan Muttaqi (amir-khan-muttaqi, Person)?" in one_line_error(result)


def test_unknown_class_is_a_usage_error(run: Invoke) -> None:
    result = run("neighbours", "muttaqi", "--types", "Persn")
    assert result.exit_code == 2
    assert "did you mean Person" in one_line_error(result)


def test_no_neighbours_exits_1(run: Invoke) -> None:
    result = run("neighbours", "muttaqi", "--types", "Port", "--source", "002")
    assert result.exit_code == 1
    assert one_line_error(result).startswith("Error: no neighbours of class Port in ")


# ---------------------------------------------------------------- path


def test_path_through_muttaqi(run: Invoke) -> None:
    result = run("path", "India", "China", "--all", "--json")
    assert result.exit_code == 0, result.output
    paths = json.loads(result.stdout)["paths"]
    middles = [[n["id"] for n in p["nodes"]] for p in paths]
    assert ["india", "amir-khan-muttaqi", "china"] in middles
    table = run("path", "India", "China", "--all", "--table").stdout
    assert "India → Amir Khan Muttaqi → China" in table
    assert "Misri–Muttaqi meeting in Dubai" in table and "“" in table


def test_no_path_exits_1(run: Invoke) -> None:
    result = run("path", "misri", "china", "--max-length", "1")
    assert result.exit_code == 1
    assert one_line_error(result) == (
        "Error: no path from Vikram Misri to China within 1 hop(s) (via events)"
    )


def test_path_csv(run: Invoke) -> None:
    result = run("path", "misri", "muttaqi", "--direct", "--csv")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("path,step,from,relation,to,")
    assert len(lines) == 3


# ---------------------------------------------------------------- describe, timeline


def test_describe_table_marks_disputes(run: Invoke) -> None:
    result = run("describe", "aid-medicines", "--table")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Indian medicine shipments to Afghanistan  kgr:aid-medicines")
    disputed = [line for line in result.stdout.splitlines() if "disputed" in line.split()]
    assert any("300 tonne" in line for line in disputed)
    assert any("30 tonne" in line for line in disputed)


def test_timeline_shows_precision(run: Invoke) -> None:
    result = run("timeline", "Vikram Misri", "--csv")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "date,event,id,kind,role,actors,sources"
    dubai = next(line for line in lines if "dubai-meeting-2025-01" in line)
    assert dubai.startswith(
        '"2025-01-08 (000_1bff8b9514c268fa, 001_75a9f5a7441c5fc0); 2025-01 (003_98dfac8b5af5e2b1)"'
    )


def test_timeline_bad_date_exits_2(run: Invoke) -> None:
    result = run("timeline", "--since", "January")
    assert result.exit_code == 2
    assert "is not a date" in one_line_error(result)


# ---------------------------------------------------------------- why, search


def test_why_table(run: Invoke) -> None:
    result = run("why", "Misri Muttaqi Dubai", "hasPlace", "Dubai", "--table")
    assert result.exit_code == 0, result.output
    assert "has place" in result.stdout and "Dubai" in result.stdout


def test_why_reads_edges_from_neighbours(run: Invoke) -> None:
    edges = json.loads(run("neighbours", "misri", "--json").stdout)["edges"]
    edge = next(e for e in edges if e["target"] == str(KGR["amir-khan-muttaqi"]))
    result = run("why", "-", "--json", input=json.dumps(edge))
    assert result.exit_code == 0, result.output
    claims = json.loads(result.stdout)
    assert {c["object_label"] for c in claims} == {"Vikram Misri", "Amir Khan Muttaqi"}


def test_why_usage_and_nothing(run: Invoke) -> None:
    assert run("why", "misri", "hasParticipant").exit_code == 2
    assert run("why", "-", input="not json").exit_code == 2
    missing = run("why", "dubai-meeting-2025-01", "hasParticipant", "china")
    assert missing.exit_code == 1
    assert one_line_error(missing).startswith("Error: no claim")


def test_search(run: Invoke) -> None:
    result = run("search", "Yaqoob", "--json")
    assert result.exit_code == 0, result.output
    hits = json.loads(result.stdout)
    assert hits[0]["id"] == "mohammad-yaqub-mujahid"
    assert run("search", "zanzibar").exit_code == 1
