"""Commands import only what they use: `kg --help` and `kg neighbours` stay light."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import SEEDS

PROBE = """
import json, sys
from click.testing import CliRunner
from kg.cli import cli
result = CliRunner().invoke(cli, sys.argv[1:])
assert result.exit_code == 0, result.output
heavy = ("pyvis", "pyshacl", "owlrl", "jinja2", "pyoxigraph", "rdflib", "networkx", "scipy")
print(json.dumps(sorted(m for m in heavy if m in sys.modules)))
"""


def imported(*args: str) -> list[str]:
    env = {**os.environ, "KG_CORPUS": str(SEEDS)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, check=True
    )
    return list(json.loads(done.stdout.strip().splitlines()[-1]))


def test_help_imports_no_rdf_or_graph_library() -> None:
    assert imported("--help") == []


def test_neighbours_does_not_import_views_or_shacl() -> None:
    loaded = imported("neighbours", "Vikram Misri", "--json")
    assert "rdflib" in loaded and "networkx" in loaded  # what it needs
    assert not {"pyvis", "pyshacl", "owlrl", "jinja2", "scipy"} & set(loaded)
