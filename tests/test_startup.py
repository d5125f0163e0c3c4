"""Commands import only what they use: `kg --help` and `kg neighbours` stay light."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import SEEDS

PROBE = """
import json, sys
from click.testing import CliRunner
from kg.cli import cli
for command in json.loads(sys.argv[1]):  # one process: what any of them imports counts
    result = CliRunner().invoke(cli, command)
    assert result.exit_code == 0, result.output
    assert "store" not in result.stderr, result.stderr  # the embedded store was current
heavy = ("pyvis", "pyshacl", "owlrl", "jinja2", "pyoxigraph", "rdflib", "networkx", "scipy")
print(json.dumps(sorted(m for m in heavy if m in sys.modules)))
"""


def imported(*commands: list[str], env: dict[str, str | None] | None = None) -> list[str]:
    environment = {**os.environ, "KG_CORPUS": str(SEEDS)}
    for name, value in (env or {}).items():
        if value is None:
            environment.pop(name, None)
        else:
            environment[name] = value
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(commands)],
        capture_output=True,
        text=True,
        env=environment,
        check=True,
    )
    return list(json.loads(done.stdout.strip().splitlines()[-1]))


def test_help_imports_no_rdf_or_graph_library() -> None:
    assert imported(["--help"]) == []


def test_the_lookups_on_the_embedded_store_import_no_rdf_graph_view_or_shacl_library(
    demo_run: tuple[str, Path],
) -> None:
    """On the default store (the demo's workspace, current), the lookups read pyoxigraph
    terms: neither rdflib (nor its SPARQL engine), networkx, pyvis nor pySHACL."""
    workspace = {"KG_WORKSPACE": str(demo_run[1]), "KG_STORE": None}
    loaded = imported(
        ["neighbours", "Muttaqi", "--json"],
        ["describe", "J.P. Singh", "--json"],
        ["path", "Misri", "Muttaqi", "--json"],
        ["timeline", "Muttaqi", "--json"],
        ["why", "dubai-meeting-2025-01", "hasParticipant", "amir-khan-muttaqi", "--json"],
        ["search", "Chabahar", "--json"],
        env=workspace,
    )
    assert loaded == ["pyoxigraph"]
