"""rdflib's evaluation errors end in one line with exit 2, never a traceback."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from rdflib import Dataset

from kg.cli import cli
from kg.sparql.errors import QueryEvaluationError
from kg.sparql.gate import run

BAD_TAG = 'SELECT (STRLANG("a", "not a tag") AS ?x) WHERE {}'


def test_an_invalid_language_tag_is_a_query_evaluation_error() -> None:
    with pytest.raises(QueryEvaluationError, match="not a valid language tag"):
        run(Dataset(), BAD_TAG)


def test_kg_query_on_the_memory_store_says_it_in_one_line() -> None:
    result = CliRunner().invoke(cli, ["query", "--store", "memory", "--json", BAD_TAG])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "Error: the query could not be evaluated: 'not a tag' is not a valid language tag!"
    ]


def test_a_query_text_longer_than_a_file_name_is_run_as_text() -> None:
    values = " ".join(f'"{n}"' for n in range(200))  # over 255 bytes, no "/": not a path
    text = f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?x {{ {values} }} }}"
    result = CliRunner().invoke(cli, ["query", "--store", "memory", "--json", text])
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.output)["results"]["bindings"]
    assert row["n"]["value"] == "200"
