"""`kg demo` on the embedded store validates the annotations once (issue 21).

It used to build in memory (every row checked, pySHACL, the violation queries)
for the files and the lookup, then load the embedded store, whose build checked
every row and ran the violation queries again. It now builds the store, as
`kg build` does, and writes the files from the store build's graph.nq.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg.cli import cli
from tests.conftest import DATA


def test_kg_demo_checks_each_row_and_runs_the_graph_checks_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.build.shacl as shacl
    import kg.build.validate as validate
    import kg.build.violations as violations
    from kg.build.memory import check_rows

    rows: Counter[tuple[str, int]] = Counter()
    resolve_claim = validate._resolve_claim

    def count_rows(record: Any, *args: Any) -> Any:
        rows[(record.location.path.name, record.location.line)] += 1
        return resolve_claim(record, *args)

    graph_checks: list[str] = []
    check_violations = violations.check_violations

    def count_checks(*args: Any, **kwargs: Any) -> Any:
        graph_checks.append("violation queries")
        return check_violations(*args, **kwargs)

    def no_shacl(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("pySHACL runs in the in-memory build only")

    monkeypatch.setattr(validate, "_resolve_claim", count_rows)
    monkeypatch.setattr(violations, "check_violations", count_checks)
    monkeypatch.setattr(shacl, "validate", no_shacl)
    result = CliRunner().invoke(
        cli, ["demo", "-o", str(tmp_path)], env={"KG_STORE": None, "KG_WORKSPACE": str(tmp_path)}
    )
    assert result.exit_code == 0, result.output
    demo = Counter(rows)
    rows.clear()
    check_rows(DATA, None, None, [])  # what checking every row once does
    assert demo == rows  # not twice (842 rows, as many again)
    assert graph_checks == ["violation queries"]
    assert (tmp_path / "graph.trig").is_file() and (tmp_path / "store").is_dir()
    assert "Neighbours of Vikram Misri" in result.output


def test_kg_demo_with_an_unknown_entity_writes_no_file_on_the_embedded_store(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli,
        ["demo", "-o", str(out), "--entity", "nobody"],
        env={"KG_STORE": None, "KG_WORKSPACE": str(tmp_path / "workspace")},
    )
    assert result.exit_code == 2
    assert "--entity" in result.output
    assert not out.exists() or list(out.iterdir()) == []
