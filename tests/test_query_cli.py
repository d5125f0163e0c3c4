"""`kg query`: names, files, stdin, parameters, formats, errors and refusals."""

from __future__ import annotations

import io
import json
import socket
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.query import Result

from kg.cli import cli
from tests.conftest import SEEDS

ACTOR_EVENTS = """# title: Events of an actor
# question: In which events did the actor take part?
# param: actor iri = kgr:vikram-misri -- the actor
# param: label string = nothing -- echoed back
SELECT DISTINCT ?event ?echo WHERE { ?event sem:hasActor ?actor . BIND (?label AS ?echo) }
ORDER BY ?event
"""
ECHO = """# title: Echo
# question: Does a parameter stay a literal?
# param: value string = x -- any text
SELECT ?value WHERE {}
"""


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, seed_store: str) -> CliRunner:
    """Queries on the session's seed store (built once), not a graph built per call."""
    monkeypatch.setenv("KG_CORPUS", str(SEEDS))
    monkeypatch.setenv("KG_STORE", seed_store)
    return CliRunner()


@pytest.fixture
def catalogue(tmp_path: Path) -> Path:
    folder = tmp_path / "queries"
    folder.mkdir()
    (folder / "actor-events.rq").write_text(ACTOR_EVENTS, encoding="utf-8")
    (folder / "echo.rq").write_text(ECHO, encoding="utf-8")
    return folder


def invoke(runner: CliRunner, catalogue: Path, *args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(cli, ["query", "--queries", str(catalogue), *args], input=stdin)


def test_list_shows_names_and_titles(runner: CliRunner, catalogue: Path) -> None:
    result = invoke(runner, catalogue, "--list", "--json")
    assert result.exit_code == 0
    rows = json.loads(result.output)
    assert [(r["name"], r["title"]) for r in rows] == [
        ("actor-events", "Events of an actor"),
        ("echo", "Echo"),
    ]


def test_catalogue_query_with_default_and_given_parameter(
    runner: CliRunner, catalogue: Path
) -> None:
    default = invoke(runner, catalogue, "actor-events", "--csv")
    assert default.exit_code == 0, default.output
    assert (
        "dubai-meeting-2025-01" in default.output
    )  # 000: "Vikram Misri met with ... Muttaqi in Dubai"
    singh = invoke(runner, catalogue, "actor-events", "-p", "actor", "kgr:jp-singh", "--csv")
    assert "kabul-visit-2024-11" in singh.output and "dubai-meeting-2025-01" not in singh.output


@pytest.mark.parametrize(
    "hostile",
    [
        '" } ; DROP ALL ; #',
        'x" . ?s ?p ?o } #',
        "<http://evil.example/> } SERVICE <http://evil.example/> { ?a ?b ?c",
        "kgr:vikram-misri> } #",
        "'; DELETE WHERE { ?s ?p ?o } ; '",
    ],
)
def test_hostile_parameter_values_stay_plain_literals(
    runner: CliRunner, catalogue: Path, hostile: str
) -> None:
    result = invoke(runner, catalogue, "echo", "-p", "value", hostile, "--json")
    assert result.exit_code == 0, result.output
    bindings = json.loads(result.output)["results"]["bindings"]
    assert bindings == [{"value": {"type": "literal", "value": hostile}}]


def test_hostile_value_for_an_iri_parameter_is_refused(runner: CliRunner, catalogue: Path) -> None:
    result = invoke(runner, catalogue, "actor-events", "-p", "actor", "<x> } ; DROP ALL ; #")
    assert result.exit_code == 2
    assert "is not a valid iri" in result.output


def test_unknown_parameter(runner: CliRunner, catalogue: Path) -> None:
    result = invoke(runner, catalogue, "echo", "-p", "valeu", "x")
    assert result.exit_code == 2
    assert "echo has no parameter 'valeu' (its parameters: value)" in result.output


def test_file_and_stdin(runner: CliRunner, catalogue: Path, tmp_path: Path) -> None:
    path = tmp_path / "count.rq"
    path.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Claim }", encoding="utf-8")
    from_file = invoke(runner, catalogue, str(path), "--json")
    from_stdin = invoke(runner, catalogue, "-", "--json", stdin=path.read_text())
    assert from_file.exit_code == from_stdin.exit_code == 0
    count = json.loads(from_file.output)["results"]["bindings"][0]["n"]["value"]
    assert int(count) > 800 and from_file.output == from_stdin.output


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_select_formats_are_the_w3c_result_formats(
    runner: CliRunner, catalogue: Path, fmt: str
) -> None:
    result = invoke(runner, catalogue, "actor-events", f"--{fmt}")
    assert result.exit_code == 0
    parsed = Result.parse(io.BytesIO(result.output.encode()), format=fmt)
    assert len(list(parsed)) >= 1


def test_table_output(runner: CliRunner, catalogue: Path) -> None:
    result = invoke(runner, catalogue, "actor-events", "--table")
    assert result.output.splitlines()[0].split() == ["event", "echo"]
    assert "kgr:dubai-meeting-2025-01" in result.output


@pytest.mark.parametrize(
    ("flag", "fmt"), [("--turtle", "turtle"), ("--nt", "nt"), ("--jsonld", "json-ld")]
)
def test_construct_formats(runner: CliRunner, catalogue: Path, flag: str, fmt: str) -> None:
    query = "CONSTRUCT { kgr:chabahar-port kg:locatedIn ?p } WHERE { kgr:chabahar-port kg:locatedIn ?p }"
    result = invoke(runner, catalogue, query, flag)
    assert result.exit_code == 0, result.output
    graph = Graph().parse(data=result.output, format=fmt)
    # 000: "the Chabahar Port in Iran"
    assert {str(o) for o in graph.objects()} == {"https://w3id.org/kgdiplo/id/iran"}


def test_describe(runner: CliRunner, catalogue: Path) -> None:
    result = invoke(runner, catalogue, "DESCRIBE kgr:chabahar-port")
    assert result.exit_code == 0 and "kgr:chabahar-port" in result.output


def test_ask_exit_codes(runner: CliRunner, catalogue: Path) -> None:
    yes = invoke(runner, catalogue, "ASK { kgr:chabahar-port kg:operatedBy kgr:india }")
    no = invoke(runner, catalogue, "ASK { kgr:chabahar-port kg:operatedBy kgr:pakistan }")
    assert (yes.exit_code, yes.output.strip()) == (0, "true")
    assert (no.exit_code, no.output.strip()) == (1, "false")


def test_actor_query_finds_persons_organizations_and_states(
    runner: CliRunner, catalogue: Path
) -> None:
    """RDFS entailment is materialized at build time: ?x a kg:Actor finds every kind."""
    result = invoke(
        runner,
        catalogue,
        "SELECT ?x WHERE { ?x a kg:Actor } ",
        "--csv",
    )
    actors = result.output
    for expected in (
        "vikram-misri",
        "ministry-of-external-affairs",
        "india",
        "islamic-emirate-of-afghanistan",
    ):
        assert f"/id/{expected}\r\n" in actors or f"/id/{expected}\n" in actors


def test_syntax_error_gives_line_and_column(runner: CliRunner, catalogue: Path) -> None:
    result = invoke(runner, catalogue, "-", stdin="SELECT ?s\nWHERE { ?s ?p }\n")
    assert result.exit_code == 2
    assert result.output.startswith("Error: SPARQL syntax error at line 2, column")
    assert len(result.output.strip().splitlines()) == 1


def test_unknown_name_suggests_close_names(runner: CliRunner, catalogue: Path) -> None:
    result = invoke(runner, catalogue, "actor-event")
    assert result.exit_code == 2
    assert "no catalogue query named 'actor-event'; did you mean actor-events?" in result.output


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("DROP ALL", "SPARQL Update is not allowed"),
        ("INSERT DATA { kgr:a kgr:b kgr:c }", "SPARQL Update is not allowed"),
        ("LOAD <http://example.org/data.ttl>", "SPARQL Update is not allowed"),
        (
            "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
            "SERVICE is not allowed",
        ),
        (
            "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
            "FROM <file:///etc/passwd> is not allowed",
        ),
        (
            "SELECT * FROM NAMED <http://127.0.0.1:9/x> WHERE { GRAPH ?g { ?s ?p ?o } }",
            "FROM NAMED",
        ),
    ],
)
def test_refused_queries(runner: CliRunner, catalogue: Path, text: str, message: str) -> None:
    result = invoke(runner, catalogue, "-", stdin=text)
    assert result.exit_code == 2
    assert message in result.output


def test_from_named_our_own_graph_works(runner: CliRunner, catalogue: Path) -> None:
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { kgr:chabahar-port kg:operatedBy kgr:india } }"
    result = invoke(runner, catalogue, "-", "--csv", stdin=query)
    # 002: "the India-operated Chabahar port in Iran"
    assert result.output.splitlines()[1:] == ["https://w3id.org/kgdiplo/graph/002_cc55442e284936d0"]


def test_no_query_reaches_the_network(catalogue: Path) -> None:
    """Even past the parser's checks, evaluation cannot open a connection."""
    from kg import sparql

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.5)
    accepted: list[object] = []

    def accept() -> None:
        try:
            accepted.append(listener.accept())
        except OSError:
            pass

    thread = threading.Thread(target=accept)
    thread.start()
    port = listener.getsockname()[1]
    with sparql.closed_to_the_network(), pytest.raises(PermissionError):
        socket.create_connection(("127.0.0.1", port), timeout=0.5)
    thread.join()
    listener.close()
    assert accepted == []


def test_tsv_escapes_tabs_and_newlines_in_literals(runner: CliRunner, catalogue: Path) -> None:
    value = 'tab\there\nnew "quoted" \\ back'
    result = invoke(runner, catalogue, "echo", "-p", "value", value, "--tsv")
    lines = result.output.splitlines()
    assert lines[0] == "?value" and len(lines) == 2
    parsed = Result.parse(io.BytesIO(result.output.encode()), format="tsv")
    assert [str(row[0]) for row in parsed] == [value]  # type: ignore[index]
