"""The suite checks the program, not the user's annotations: a report a user adds to
``data/`` is seen by every command, and no test's expected answer changes with it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from kg.cli import cli
from tests.conftest import ROOT, SEEDS

SIXTH = "005_0123456789abcdef"
SIXTH_TEXT = (
    "India and Iran hold talks in Tehran\n"
    "India's External Affairs Minister S. Jaishankar met Iranian Foreign Minister "
    "Abbas Araghchi in Tehran on Monday.\n"
)


def add_a_report(data: Path, corpus: Path) -> None:
    """A sixth report, its source row and one claim, as a user would add them."""
    (corpus / f"{SIXTH}.txt").write_text(SIXTH_TEXT, encoding="utf-8")
    with (data / "sources.tsv").open("a", encoding="utf-8") as sources:
        sources.write(f"{SIXTH}\tIndia and Iran hold talks in Tehran\t2025-06-02\t\t\t\n")
    (data / "claims" / f"{SIXTH}.tsv").write_text(
        "subject\tpredicate\tobject\tsource\tevidence\n"
        f"abbas-araghchi\tholdsPosition\tiran-foreign-minister\t{SIXTH}\t"
        "Iranian Foreign Minister Abbas Araghchi\n",
        encoding="utf-8",
    )


def test_a_report_added_to_data_leaves_the_suite_green(tmp_path: Path) -> None:
    checkout, corpus = tmp_path / "kg", tmp_path / "shared" / "seeds"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("kg", "tests", "ontology", "queries", "data"):
        shutil.copytree(ROOT / name, checkout / name, ignore=ignore)
    shutil.copy(ROOT / "pyproject.toml", checkout)
    shutil.copytree(SEEDS, corpus)
    add_a_report(checkout / "data", corpus)

    # the user's data/ now holds six reports, and the commands see them
    stats = CliRunner().invoke(
        cli, ["stats", "--json", "--data", str(checkout / "data"), "--corpus", str(corpus)]
    )
    assert stats.exit_code == 0, stats.output
    assert SIXTH in stats.output

    # while the tests that count the seed's sources and answers still pass in that checkout
    env = {k: v for k, v in os.environ.items() if k != "KG_DATA"}
    env["PYTHONPATH"] = str(checkout)
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/test_query_catalogue.py::test_expected_answer[sources-0]",
            "tests/test_cli.py::test_stats_counts",
        ],
        cwd=checkout,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "2 passed" in run.stdout
