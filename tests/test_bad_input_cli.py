"""Bad input ends in one line naming it and the documented exit code, never a traceback (27.11).

Exit 2 is a usage error (README, "Exit codes"): a value that cannot be read.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kg.cli import cli
from tests.conftest import TinyCorpus

BAD_URL = "sparql:http://[::1"


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> TinyCorpus:
    return TinyCorpus(tmp_path_factory.mktemp("bad-input"))


def run(
    tiny: TinyCorpus,
    *args: str,
    stdin: bytes | str | None = None,
    env: dict[str, str] | None = None,
) -> Result:
    result = CliRunner().invoke(
        cli,
        [*args, "--data", str(tiny.data), "--corpus", str(tiny.corpus)],
        input=stdin,
        env={"KG_STORE": "memory", "KG_SPARQL_UPDATE": "", **(env or {})},
    )
    assert not isinstance(result.exception, Exception) or isinstance(
        result.exception, SystemExit
    ), result.exc_info
    return result


def one_error_line(result: Result, code: int = 2) -> str:
    """The error line of a failed command, checked to be its only output."""
    assert result.exit_code == code, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith("Error: ")
    return lines[0].removeprefix("Error: ")


def test_why_names_a_number_too_long_to_read(tiny: TinyCorpus) -> None:
    started = time.perf_counter()
    result = run(tiny, "why", "-", stdin="1" * 100_000)
    assert one_error_line(result) == "stdin line 1: a number of 100,000 digits (at most 4,300)"
    assert time.perf_counter() - started < 30  # a margin for a loaded machine; ~0.2 s alone


def test_why_names_the_line_of_a_long_number_in_an_edge(tiny: TinyCorpus) -> None:
    edge = '[\n  {"source": "misri",\n   "target": -' + "9" * 5000 + "}]"
    assert one_error_line(run(tiny, "why", "-", stdin=edge)) == (
        "stdin line 3: a number of 5,000 digits (at most 4,300)"
    )


@pytest.mark.parametrize("depth", [101, 999, 100_000])
def test_why_refuses_json_nested_too_deep(tiny: TinyCorpus, depth: int) -> None:
    """100,000 `[` overflow Python's reader; 999 it reads, and the walk over the edges did not."""
    for document in ("[" * depth + "]" * depth, '{"a": ' * depth + "1" + "}" * depth):
        result = run(tiny, "why", "-", stdin=document)
        assert one_error_line(result) == "stdin: JSON nested more than 100 levels deep"


def test_why_reads_edges_nested_as_kg_writes_them(tiny: TinyCorpus) -> None:
    edge = json.dumps(
        {
            "source": "https://w3id.org/kgdiplo/id/meeting",
            "predicate": "https://w3id.org/kgdiplo/ontology#hasParticipant",
            "target": "https://w3id.org/kgdiplo/id/misri",
        }
    )
    result = run(tiny, "why", "-", "--json", stdin=f"[[[{edge}]]]")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)[0]["sources"][0]["id"] == "s1"


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        (
            '{"a": 1,',
            "stdin line 1, column 9: not JSON: Expecting property name enclosed in double quotes",
        ),
        ("[\n1\n,]", "stdin line 3, column 2: not JSON: Expecting value"),
        (b'[\n"\xff"]', "stdin line 2: not UTF-8 (byte 0xff)"),
        ("", "stdin line 1, column 1: not JSON: Expecting value"),
    ],
)
def test_why_names_the_line_of_bad_json(tiny: TinyCorpus, stdin: str | bytes, message: str) -> None:
    assert one_error_line(run(tiny, "why", "-", stdin=stdin)) == message


COMMANDS = [
    ["query", "ASK {}"],
    ["why", "meeting", "hasPlace", "dubai"],
    ["neighbours", "misri"],
    ["describe", "misri"],
    ["search", "Dubai"],
    ["viz", "-o", "-"],
    ["build", "--check"],
    ["build"],
    ["serve", "--get", "/"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
def test_a_bad_store_url_in_the_environment_is_named(tiny: TinyCorpus, command: list[str]) -> None:
    result = run(tiny, *command, env={"KG_STORE": BAD_URL})
    message = one_error_line_or_usage(result)
    assert message.startswith(f"KG_STORE={BAD_URL!r}: not a URL (Invalid IPv6 URL); expected")


def one_error_line_or_usage(result: Result) -> str:
    """`kg viz` reports usage errors as click does: a usage line, a hint, then the error."""
    assert result.exit_code == 2, result.output
    return result.output.strip().splitlines()[-1].removeprefix("Error: ")


@pytest.mark.parametrize(
    ("store", "problem"),
    [
        (BAD_URL, "not a URL (Invalid IPv6 URL)"),
        ("sparql:http://example.org:99999/sparql", "not a URL (Port out of range 0-65535)"),
        ("sparql:http://example.org:port/sparql", "not a URL (Port could not be cast"),
        ("sparql:http:///sparql", "the URL names no host"),
        ("sparql:http://example.org/a b", "a URL holds no space or control character"),
    ],
)
def test_a_bad_store_url_option_is_named(tiny: TinyCorpus, store: str, problem: str) -> None:
    message = one_error_line(run(tiny, "query", "--store", store, "ASK {}"))
    assert message.startswith(f"--store {store!r}: {problem}")


def test_a_bad_update_url_is_named_before_the_build(tiny: TinyCorpus) -> None:
    result = run(
        tiny,
        "build",
        "--store",
        "sparql:http://127.0.0.1:9/sparql",
        env={"KG_SPARQL_UPDATE": "http://[::1"},
    )
    assert one_error_line(result) == "KG_SPARQL_UPDATE='http://[::1': not a URL (Invalid IPv6 URL)"


def test_serve_refuses_a_timeout_that_is_not_a_number(tiny: TinyCorpus) -> None:
    result = run(tiny, "serve", "--timeout", "nan", "--get", "/")
    assert result.exit_code == 2
    assert "Invalid value for '--timeout': 'nan' is not a number" in result.output


@pytest.fixture
def catalogue(tmp_path: Path) -> Path:
    (tmp_path / "echo.rq").write_text(
        "# title: Echo\n# question: Which numbers?\n# param: n integer = 1 -- a number\n# param: d decimal = 0.5 -- another\n"
        "SELECT ?n ?d WHERE { }\n",
        encoding="utf-8",
    )
    return tmp_path


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        (
            "n",
            "1" * 100_000,
            f"{'1' * 57 + '...'!r} is not a valid integer: write up to 4300 digits",
        ),
        ("n", "1e5", "'1e5' is not a valid integer"),
        ("d", "1e999999999", "'1e999999999' is not a valid decimal: write digits"),
        ("d", "NaN", "'NaN' is not a valid decimal"),
    ],
)
def test_query_parameters_that_are_no_number_are_named_fast(
    tiny: TinyCorpus, catalogue: Path, name: str, value: str, message: str
) -> None:
    """Decimal("1e999999999") was a billion digits once written out (20 s and 1 GB)."""
    started = time.perf_counter()
    result = run(tiny, "query", "--queries", str(catalogue), "echo", "-p", name, value)
    assert one_error_line(result).startswith(message)
    assert time.perf_counter() - started < 30  # a margin for a loaded machine; ~0.1 s alone


def test_query_parameters_that_are_numbers_are_bound(tiny: TinyCorpus, catalogue: Path) -> None:
    long = "1" * 4000 + ".5"
    result = run(
        tiny,
        "query",
        "--queries",
        str(catalogue),
        "echo",
        "-p",
        "n",
        "-12",
        "-p",
        "d",
        long,
        "--csv",
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1] == f"-12,{long}"
