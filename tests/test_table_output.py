"""A table cell shows a value's control characters as escapes, never raw."""

from __future__ import annotations

from click.testing import CliRunner

from kg.cli import cli
from kg.cli.output import render_table


def test_controls_line_breaks_and_bidi_overrides_are_escaped_in_a_cell() -> None:
    table = render_table(
        [{"label": "x\x1b[31mred\nnext\u202eevil\u2028", "n": "1"}], ["label", "n"]
    )
    lines = table.splitlines()
    assert len(lines) == 3
    assert lines[2].split() == ["x\\x1b[31mred\\nnext\\u202eevil\\u2028", "1"]
    assert not any(char in table for char in "\x1b\u202e\u2028")


def test_kg_query_table_prints_a_literal_with_a_newline_on_one_row() -> None:
    result = CliRunner().invoke(
        cli,
        [
            "query",
            "--store",
            "memory",
            "--table",
            'SELECT ?x WHERE { BIND("a\\nb\\tc" AS ?x) }',
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[2] == "a\\nb\\tc"
