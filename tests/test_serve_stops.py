"""`kg serve` stops on Ctrl-C even where it was started with SIGINT ignored (a background
job of a shell without job control, nohup), as `kg review` does."""

from __future__ import annotations

import os
import signal
import subprocess

from tests.conftest import TinyCorpus, kg_started_with_sigint_ignored


def test_kg_serve_stops_on_ctrl_c_though_started_with_sigint_ignored(tiny: TinyCorpus) -> None:
    args = ["serve", "--port", "0", "--workers", "1", "--store", "memory"]
    process = kg_started_with_sigint_ignored(
        *args, "--data", str(tiny.data), "--corpus", str(tiny.corpus)
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith("SPARQL endpoint at http://127.0.0.1:"), line
    finally:
        os.kill(process.pid, signal.SIGINT)
        try:
            process.communicate(timeout=60)  # a loaded machine: a wide margin
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            raise AssertionError("kg serve ignored Ctrl-C") from None
    assert process.returncode == 0
