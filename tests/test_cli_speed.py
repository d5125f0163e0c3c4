"""benchmarks/cli_speed.py: one small run end to end (speed itself is what it measures)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import TinyCorpus

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "cli_speed.py"


def test_the_benchmark_prints_a_row_a_target_with_its_baseline(tmp_path: Path) -> None:
    tiny = TinyCorpus(tmp_path)
    args = ["--runs", "1", "--data", str(tiny.data)]
    args += ["--neighbours-of", "Misri", "--describe", "Muttaqi"]
    env = {"KG_CORPUS": str(tiny.corpus), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, env=env
    )
    assert done.returncode in (0, 1), done.stderr  # 1: a target missed on a loaded machine
    lines = done.stdout.splitlines()
    assert lines[0].startswith("| what | embedded store | (its CPU) | baseline (--store memory)")
    rows = {line.split(" | ")[0].lstrip("| "): line for line in lines[2:]}
    assert set(rows) == {
        "kg --help",
        "kg neighbours Misri --json",
        'kg describe "Muttaqi"',
        "kg serve: slowest catalogue query",
    }
    for what in ("kg neighbours Misri --json", 'kg describe "Muttaqi"'):
        cells = [cell.strip() for cell in rows[what].strip("|").split("|")]
        assert cells[1].endswith(" ms") and cells[3].endswith(" ms")  # kg and the baseline
        assert cells[4] == "< 250 ms" and cells[5] in ("yes", "NO")
