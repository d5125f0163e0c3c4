"""The CLI through click's CliRunner: each command, its errors and its help."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kg.cli import cli
from tests.conftest import SEEDS, TinyCorpus


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("KG_CORPUS", str(SEEDS))
    return CliRunner()


def test_build_writes_the_three_files(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["build", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "claims from 5 sources" in result.output
    written = sorted(p.name for p in tmp_path.iterdir() if p.name != ".kg-generations")
    assert written == ["graph.nq", "graph.trig", "graph.ttl"]


def test_build_check_writes_nothing(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["build", "--check", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert not (tmp_path / "out").exists()


def test_build_failure_lists_problems_and_exits_1(runner: CliRunner, tmp_path: Path) -> None:
    tiny = TinyCorpus(tmp_path)
    tiny.append("claims/s1.tsv", "meeting\thasPlace\tnowhere\ts1\tin Dubai")
    result = runner.invoke(cli, ["build", "--data", str(tiny.data), "--corpus", str(tiny.corpus)])
    assert result.exit_code == 1
    assert "claims/s1.tsv:9: unknown object entity 'nowhere'" in result.output
    assert result.output.strip().endswith("Error: build failed: 1 problem(s); nothing was written")


def test_missing_data_folder_is_one_line_exit_1(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["build", "--data", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: {tmp_path / 'none'}: no such data folder"
    ]


def test_unknown_option_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["build", "--frobnicate"])
    assert result.exit_code == 2
    assert "No such option" in result.output and "--frobnicate" in result.output


def test_coverage_reports_every_source_at_100_percent(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["coverage", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert len(rows) == 5
    assert all(row["percent"] == 100.0 and row["uncovered"] == [] for row in rows)
    by_source = {row["source"]: row for row in rows}
    assert by_source["003_98dfac8b5af5e2b1"]["excluded"] >= 7  # caption, label, five headlines…


def test_coverage_lists_uncovered_sentences_and_exits_1(runner: CliRunner, tmp_path: Path) -> None:
    tiny = TinyCorpus(tmp_path)
    result = runner.invoke(
        cli, ["coverage", "--table", "--data", str(tiny.data), "--corpus", str(tiny.corpus)]
    )
    assert result.exit_code == 1
    assert "uncovered s1:1: Envoys meet in Dubai" in result.output


def test_coverage_exclusion_explains_a_sentence(runner: CliRunner, tmp_path: Path) -> None:
    tiny = TinyCorpus(tmp_path)
    tiny.write("coverage-exclusions/s1.tsv", "source\ttext\treason\ns1\tEnvoys meet\theadline\n")
    result = runner.invoke(
        cli, ["coverage", "--json", "--data", str(tiny.data), "--corpus", str(tiny.corpus)]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)[0]["excluded"] == 1


def test_stats_counts(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["stats", "--json"])
    assert result.exit_code == 0, result.output
    numbers = json.loads(result.output)
    assert numbers["graphs"] == 8
    assert numbers["per_class"]["Person"] >= 12
    assert numbers["per_predicate"]["hasParticipant"] > 20
    # the five reports of ../shared/seeds/README.md
    assert set(numbers["per_source"]) == {
        "000_1bff8b9514c268fa",
        "001_75a9f5a7441c5fc0",
        "002_cc55442e284936d0",
        "003_98dfac8b5af5e2b1",
        "004_e0f1a2ae8a61b2c2",
    }


def test_stats_csv(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["stats", "--csv"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "kind,name,count"
    assert "class,ThirdLocationMeeting,1" in lines


def test_demo_builds_writes_and_shows_a_lookup(demo_run: tuple[str, Path]) -> None:
    output, folder = demo_run
    assert f"wrote {folder / 'graph.trig'}" in output
    assert f"quads into the embedded store {folder / 'store'}" in output  # the lookup's store
    assert "Neighbours of Vikram Misri (kg neighbours vikram-misri):" in output
    lookup = output.split("(kg neighbours vikram-misri):")[1]
    assert "Amir Khan Muttaqi" in lookup and "ThirdLocationMeeting" in lookup


def test_demo_unknown_entity_names_the_option(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["demo", "-o", str(tmp_path), "--entity", "nobody"])
    assert result.exit_code == 2
    assert "--entity" in result.output
    assert list(tmp_path.iterdir()) == []  # nothing written for a demo that failed


def _commands(group: click.Group) -> list[tuple[str, click.Command]]:
    return sorted(group.commands.items())


@pytest.mark.parametrize(("name", "command"), _commands(cli))
def test_every_command_has_help_with_an_example(name: str, command: click.Command) -> None:
    assert command.help, name
    assert "Example:" in command.help, name
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output


@pytest.mark.parametrize(("name", "command"), _commands(cli))
def test_every_command_is_in_the_readme(name: str, command: click.Command) -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert f"kg {name}" in readme, name


def test_core_library_never_imports_click() -> None:
    package = Path(__file__).parent.parent / "kg"
    offenders = [
        str(path)
        for path in package.rglob("*.py")
        if "cli" not in path.relative_to(package).parts[0] and "import click" in path.read_text()
    ]
    assert offenders == []
