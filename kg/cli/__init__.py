"""The ``kg`` command line: a thin click layer over the library.

Exit codes: 0 success; 1 the input was checked and found wanting (a failed
build, uncovered sentences, nothing found); 2 usage error (bad option, unknown
name, unreadable file), given by the library error's class through the one
table in :mod:`kg.cli.errors`.

This package owns the commands, their options and help texts, and the
turning of library errors into one-line messages; it is the only code that
imports click, it may import any part of kg, and nothing in kg imports it.
"""

from __future__ import annotations

import click

from kg import __version__
from kg.cli.build_commands import build, demo, stats
from kg.cli.coverage_command import coverage
from kg.cli.evidence_commands import search, why
from kg.cli.intake_commands import add, review
from kg.cli.lookup_commands import COMMANDS as LOOKUP_COMMANDS
from kg.cli.query_commands import query
from kg.cli.serve_command import serve
from kg.cli.suggest_commands import suggest
from kg.cli.synth_command import synth
from kg.cli.viz_commands import export, viz


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """kg: a provenance-first knowledge graph of diplomatic events.

    Every fact comes from an annotated news report and keeps its source and a
    verbatim evidence span. Start with `kg demo`, or `kg build` then
    `kg stats`. `kg build` writes the graph files and the embedded store
    (build/store/, or $KG_WORKSPACE/store) that every read command opens;
    a read command builds it when missing and rebuilds it when the inputs
    changed (--no-rebuild: answer from it as it is); --store names another.

    Example:

    \b
        kg build && kg stats --table
    """


for command in (build, coverage, demo, query, serve, stats, synth):
    cli.add_command(command)
for command in (*LOOKUP_COMMANDS, search, why):
    cli.add_command(command)
for command in (viz, export):
    cli.add_command(command)
for command in (add, suggest, review):
    cli.add_command(command)
