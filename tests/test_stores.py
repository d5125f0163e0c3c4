"""The same queries give the same answers in memory, in Oxigraph and on a remote endpoint.

The remote endpoint is the `oxigraph` server from PyPI, started here on
127.0.0.1 with a temporary directory, loaded through its HTTP API by
`kg build --store sparql:URL`, and stopped afterwards.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from rdflib.query import Result

from kg.build import BuildResult, build_oxigraph, build_remote
from kg.cli import cli
from kg.errors import BuildFailedError, KgError
from kg.graph.queries import runner
from kg.namespaces import KGR
from kg.sparql import to_term
from kg.stores import StoreSpec, parse_store
from kg.stores.base import GraphStore
from kg.stores.memory import MemoryStore
from kg.stores.oxigraph import OxigraphStore
from kg.stores.remote import RemoteStore
from tests.conftest import DATA, ONTOLOGY, SEEDS, TinyCorpus

OXIGRAPH = shutil.which("oxigraph", path=str(Path(sys.executable).parent))


@pytest.fixture(scope="module")
def oxigraph_path(seed_store: str) -> Path:
    """The seed's Oxigraph store, built once for the session (read here, never written)."""
    return Path(seed_store.partition(":")[2])


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def oxigraph_server(folder: Path) -> Iterator[str]:
    """An Oxigraph server (from PyPI) on 127.0.0.1 storing in ``folder``: its query URL."""
    assert OXIGRAPH is not None, "the oxigraph server comes from PyPI with the dev dependencies"
    port = free_port()
    process = subprocess.Popen(
        [OXIGRAPH, "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}/query"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def remote_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with oxigraph_server(tmp_path_factory.mktemp("oxserver")) as url:
        build_remote(url, DATA, ONTOLOGY, SEEDS)
        yield url


@pytest.fixture(scope="module")
def stores(
    seed: BuildResult, oxigraph_path: Path, remote_url: str
) -> Iterator[dict[str, GraphStore]]:
    opened: dict[str, GraphStore] = {
        "memory": MemoryStore(seed.dataset),  # the session's seed build (spans, pySHACL)
        "oxigraph": OxigraphStore(oxigraph_path),
        "sparql": RemoteStore(remote_url),
    }
    yield opened
    for store in opened.values():
        store.close()


def _term(term: object) -> str:
    """A term's N3; a GROUP_CONCAT list (" | ") with its parts sorted, since SPARQL 1.1
    leaves the order of GROUP_CONCAT unspecified and engines differ."""
    from rdflib import Literal

    if isinstance(term, Literal) and " | " in str(term):
        return " | ".join(sorted(str(term).split(" | ")))
    return term.n3()  # type: ignore[attr-defined, no-any-return]


def normalized(result: Result) -> object:
    if result.type == "ASK":
        return result.askAnswer
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        assert result.graph is not None
        return sorted(tuple(t.n3() for t in triple) for triple in result.graph)
    names = [str(v) for v in result.vars or []]
    rows = []
    for row in result:
        values = row.asdict()  # type: ignore[union-attr]
        rows.append(tuple(_term(values[n]) if n in values else "" for n in names))
    return names, sorted(rows)


QUERIES = [
    ("SELECT ?a WHERE { ?m sem:hasActor ?a }", {"m": "kgr:dubai-meeting-2025-01"}),
    ("SELECT (COUNT(*) AS ?n) WHERE { ?c a kg:Claim }", {}),
    ("SELECT ?s ?o WHERE { ?s kg:locatedIn ?o }", {}),
    ("SELECT ?x ?l WHERE { ?x a kg:Actor ; skos:prefLabel ?l }", {}),
    ("SELECT ?g WHERE { GRAPH ?g { kgr:aid-medicines kg:hasQuantity ?q } }", {}),
    ("SELECT DISTINCT ?e ?d WHERE { ?e sem:hasTimeStamp ?d } ORDER BY ?d", {}),
    (
        "SELECT ?amount ?id WHERE { ?c rdf:subject ?s ; rdf:predicate kg:hasQuantity ; "
        "rdf:object ?q ; prov:wasDerivedFrom/dcterms:identifier ?id . ?q kg:amount ?amount }",
        {"s": "kgr:aid-medicines"},
    ),
    ("ASK { kgr:chabahar-port kg:operatedBy ?who }", {"who": "kgr:india"}),
    ("ASK { kgr:chabahar-port kg:operatedBy ?who }", {"who": "kgr:pakistan"}),
    ("CONSTRUCT { ?p kg:locatedIn ?o } WHERE { ?p a kg:Port ; kg:locatedIn ?o }", {}),
    (
        "SELECT ?type (COUNT(?e) AS ?n) WHERE { ?e a ?type . ?type rdfs:subClassOf* kg:Event } GROUP BY ?type",
        {},
    ),
    # solutions with no variable, or none bound (Oxigraph writes each as an empty line)
    ("SELECT * WHERE { }", {}),
    ("SELECT ?x WHERE { }", {}),
    ("SELECT ?x ?y WHERE { OPTIONAL { kgr:india kg:noSuchProperty ?x } }", {}),
    # literals as Oxigraph writes them in TSV: escapes, short forms, language tags
    (
        "SELECT ?text ?decimal ?yes ?double ?tagged ?integer ?odd WHERE { "
        'BIND("tab\\there\\nnew line \\"quoted\\" back\\\\slash \\u00e9 \\u2028 \\U0001F600" '
        "AS ?text) BIND(1.50 AS ?decimal) BIND(true AS ?yes) BIND(1.0e3 AS ?double) "
        'BIND("Kabul"@en-gb AS ?tagged) BIND(-7 AS ?integer) '
        'BIND(STRDT(" 5", xsd:integer) AS ?odd) }',
        {},
    ),
]


@pytest.mark.parametrize(("text", "params"), QUERIES, ids=[q[:40] for q, _ in QUERIES])
def test_identical_answers_on_every_store(
    stores: dict[str, GraphStore], text: str, params: dict[str, str]
) -> None:
    bindings = {name: to_term(value, None) for name, value in params.items()}
    answers = {name: normalized(store.query(text, bindings)) for name, store in stores.items()}
    assert answers["oxigraph"] == answers["memory"]
    assert answers["sparql"] == answers["memory"]


def test_the_default_graph_is_a_merge_not_a_bag(stores: dict[str, GraphStore]) -> None:
    """chabahar-port locatedIn iran is claimed by three sources; the union holds it once."""
    text = "SELECT ?o WHERE { kgr:chabahar-port kg:locatedIn ?o }"
    for store in stores.values():
        rows = list(store.query(text))
        assert len(rows) == 1, store.description


def test_parse_store() -> None:
    assert parse_store("memory") == StoreSpec("memory")
    assert parse_store("oxigraph:/x") == StoreSpec("oxigraph", "/x")
    assert parse_store("sparql:http://h/q") == StoreSpec("sparql", "http://h/q")
    for bad in ("oxigraph", "sparql:ftp://x", "postgres:x", "memory:x"):
        with pytest.raises(KgError, match="expected memory, oxigraph:PATH or sparql"):
            parse_store(bad)


def test_store_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_STORE", "oxigraph:/data/kg")
    assert parse_store(None) == StoreSpec("oxigraph", "/data/kg")


def test_cli_build_and_query_an_oxigraph_store(tmp_path: Path) -> None:
    runner = CliRunner()
    path = tmp_path / "store"
    built = runner.invoke(cli, ["build", "--store", f"oxigraph:{path}", "--corpus", str(SEEDS)])
    assert built.exit_code == 0, built.output
    assert built.output.startswith("loaded ") and f"into oxigraph:{path}" in built.output
    asked = runner.invoke(
        cli,
        ["query", "--store", f"oxigraph:{path}", "ASK { kgr:chabahar-port kg:locatedIn kgr:iran }"],
    )
    assert (asked.exit_code, asked.output.strip()) == (0, "true")


def test_failed_store_build_keeps_the_last_good_store(tmp_path: Path) -> None:
    tiny = TinyCorpus(tmp_path)
    path = tmp_path / "store"
    build_oxigraph(path, tiny.data, ONTOLOGY, tiny.corpus)
    before = OxigraphStore(path)
    claims = len(list(before.query("SELECT ?c WHERE { ?c a kg:Claim }")))
    before.close()
    del before
    tiny.append("claims/s1.tsv", "meeting\thasPlace\tnowhere\ts1\tin Dubai")
    with pytest.raises(BuildFailedError):
        build_oxigraph(path, tiny.data, ONTOLOGY, tiny.corpus)
    after = OxigraphStore(path)
    assert len(list(after.query("SELECT ?c WHERE { ?c a kg:Claim }"))) == claims == 7
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".store.")]


def test_failed_remote_build_leaves_the_endpoint_untouched(
    remote_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
    before = list(RemoteStore(remote_url).query(count))
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # where the scratch store goes
    tiny = TinyCorpus(tmp_path)
    tiny.append("claims/s1.tsv", "meeting\thasPlace\tnowhere\ts1\tin Dubai")
    with pytest.raises(BuildFailedError):
        build_remote(remote_url, tiny.data, ONTOLOGY, tiny.corpus)
    assert list(RemoteStore(remote_url).query(count)) == before
    count_row: Any = before[0]
    assert int(count_row[0]) > 10_000  # the seed graph pushed by the fixture, still there
    assert not list(scratch.iterdir())  # the scratch store is gone


def _dataset(store: RemoteStore) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """An endpoint's named graphs' triples and its default graph's, as N-Triples terms."""
    named = store.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
    default = store.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    return (
        sorted(tuple(term.n3() for term in row) for row in named),  # type: ignore[union-attr]
        sorted(tuple(term.n3() for term in row) for row in default),  # type: ignore[union-attr]
    )


def test_a_push_replaces_the_whole_dataset(tmp_path: Path) -> None:
    with oxigraph_server(tmp_path / "server") as url:
        store = RemoteStore(url)
        store.replace_contents(
            {"<urn:g:1>": ["<urn:a> <urn:p> <urn:b>"], "<urn:g:2>": ["<urn:a> <urn:p> <urn:c>"]},
            ["<urn:a> <urn:p> <urn:b> .\n", "<urn:a> <urn:p> <urn:c> .\n"],
        )
        store.replace_contents(
            {"<urn:g:2>": ['<urn:a> <urn:p> "two"'], "<urn:g:3>": ["<urn:a> <urn:p> <urn:d>"]},
            ['<urn:a> <urn:p> "two" .\n', "<urn:a> <urn:p> <urn:d> .\n"],
            batch=1,
        )
        assert _dataset(store) == (
            [
                ("<urn:g:2>", "<urn:a>", "<urn:p>", '"two"'),
                ("<urn:g:3>", "<urn:a>", "<urn:p>", "<urn:d>"),
            ],
            [("<urn:a>", "<urn:p>", '"two"'), ("<urn:a>", "<urn:p>", "<urn:d>")],
        )  # no graph of the first push left, no staging graph either


def test_a_push_that_fails_on_the_way_says_the_endpoint_holds_part_of_the_graph(
    tmp_path: Path,
) -> None:
    with oxigraph_server(tmp_path / "server") as url:
        store = RemoteStore(url)
        triples = ["<urn:a> <urn:p> <urn:b>", '<urn:a> <urn:p> "unterminated']  # a second batch
        with pytest.raises(KgError) as failed:
            store.replace_contents({"<urn:g:1>": triples}, [], batch=1)
        message = str(failed.value)
        assert "answered 400" in message and "\n" not in message
        assert f"so {url} now holds part of the graph: run the build again" in message
        assert _dataset(store) == ([("<urn:g:1>", "<urn:a>", "<urn:p>", "<urn:b>")], [])


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["query", "--store", f"oxigraph:{tmp_path / 'none'}", "ASK {}"]
    )
    assert result.exit_code == 2
    assert "no Oxigraph store here; make one with `kg build --store oxigraph:" in result.output


def test_unreachable_endpoint_is_a_clear_error() -> None:
    url = f"http://127.0.0.1:{free_port()}/query"
    result = CliRunner().invoke(cli, ["query", "--store", f"sparql:{url}", "ASK {}"])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: cannot reach {url}")


def test_cli_query_on_the_remote_store(remote_url: str) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "query",
            "--store",
            f"sparql:{remote_url}",
            "SELECT ?p WHERE { kgr:chabahar-port kg:operatedBy ?p }",
            "--csv",
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["p", "https://w3id.org/kgdiplo/id/india"]


def test_refusals_hold_on_every_store(stores: dict[str, GraphStore]) -> None:
    from kg.sparql import QueryRefusedError

    for store in stores.values():
        for text in ("DROP ALL", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"):
            with pytest.raises(QueryRefusedError):
                store.query(text)


def test_serve_answers_from_an_oxigraph_store(oxigraph_path: Path) -> None:
    import json
    import urllib.parse

    query = "SELECT ?p WHERE { kgr:chabahar-port kg:operatedBy ?p }"
    path = "/sparql?" + urllib.parse.urlencode({"query": query})
    result = CliRunner().invoke(
        cli, ["serve", "--store", f"oxigraph:{oxigraph_path}", "--get", path]
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["results"]["bindings"]
    assert rows == [{"p": {"type": "uri", "value": "https://w3id.org/kgdiplo/id/india"}}]


LOOKUPS = [
    ["neighbours", "Vikram Misri"],
    ["neighbours", "J.P. Singh", "--depth", "2"],
    ["neighbours", "Muttaqi", "--depth", "2", "--types", "Person,State"],
    ["neighbours", "Chabahar", "--direct"],
    ["neighbours", "India", "--source", "004_e0f1a2ae8a61b2c2"],
    ["path", "India", "China", "--all"],
    ["describe", "aid-medicines"],
    ["timeline"],
    ["timeline", "Muttaqi", "--since", "2025-01"],
    ["search", "Chabahar"],
    ["why", "chabahar-port", "operatedBy", "india"],
]


@pytest.mark.parametrize("args", LOOKUPS, ids=[" ".join(a) for a in LOOKUPS])
def test_lookups_identical_on_every_store(
    args: list[str], oxigraph_path: Path, remote_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Neighbourhoods and paths on Oxigraph and a remote endpoint fetch only what they visit."""
    monkeypatch.setenv("KG_CORPUS", str(SEEDS))
    runner = CliRunner()
    outputs = {}
    for store in ("memory", f"oxigraph:{oxigraph_path}", f"sparql:{remote_url}"):
        result = runner.invoke(cli, [*args, "--json", "--store", store])
        assert result.exit_code == 0, (store, result.output)
        outputs[store.split(":")[0]] = result.output
    assert outputs["oxigraph"] == outputs["memory"]
    assert outputs["sparql"] == outputs["memory"]


def test_store_lookup_touches_only_the_neighbourhood(oxigraph_path: Path) -> None:
    from kg.lookup.backend import StoreBackend
    from kg.lookup.neighbours import neighbourhood

    backend = StoreBackend(OxigraphStore(oxigraph_path))
    found = neighbourhood(backend, "vikram-misri")
    assert any(h.end.endswith("/amir-khan-muttaqi") for h in found.hops)
    assert backend._names is None  # an id is looked up alone: the register was not read
    register = len(StoreBackend(OxigraphStore(oxigraph_path)).names())
    complete = [n for n, d in backend.graph.nodes(data=True) if d.get("complete")]
    assert 0 < len(complete) < register / 4
    # India takes part in most events: at depth 1 its facts are needed, not its claims
    assert str(KGR["india"]) in complete
    assert str(KGR["india"]) not in backend.linked
    assert len(backend.linked) < len(complete)


class CountingStore:
    """A store read through SPARQL alone (no link index), counting the queries it answers."""

    def __init__(self, store: GraphStore) -> None:
        self.run = runner(store)
        self.queries = 0

    def rows(self, text: str) -> list[dict[str, object]]:
        self.queries += 1
        return self.run(text)


@pytest.mark.parametrize("entity", [None, "India"])
def test_a_timeline_on_a_sparql_store_asks_a_few_queries_not_a_few_per_event(
    oxigraph_path: Path, entity: str | None
) -> None:
    """Every event's node, claims and actors are fetched in batches: a remote timeline of
    the seed's events took about 10 s when it asked three queries per event."""
    from kg.lookup.backend import StoreBackend
    from kg.lookup.timeline import timeline

    store = CountingStore(OxigraphStore(oxigraph_path))
    found = timeline(StoreBackend(store), entity)  # type: ignore[arg-type]
    assert len(found.entries) > 30
    assert store.queries < 60, store.queries  # 1,194 when it asked per event


VIEWS = [
    ["viz", "--center", "J.P. Singh", "--depth", "2"],
    ["viz", "--center", "dubai-meeting-2025-01"],
    ["viz", "--actors", "--center", "Muttaqi", "--depth", "2"],
    ["viz", "--center", "India", "--since", "2025-01", "--types", "Person,Meeting"],
    ["export", "--center", "Chabahar", "--depth", "2", "--format", "json"],
]


@pytest.mark.parametrize("args", VIEWS, ids=[" ".join(a) for a in VIEWS])
def test_ego_views_identical_on_every_store(
    args: list[str],
    oxigraph_path: Path,
    remote_url: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """An ego view fetched from a store, a level at a time, is the in-memory one, byte for byte."""
    monkeypatch.setenv("KG_CORPUS", str(SEEDS))
    pages = {}
    for store in ("memory", f"oxigraph:{oxigraph_path}", f"sparql:{remote_url}"):
        out = tmp_path / f"{store.split(':')[0]}.out"
        result = CliRunner().invoke(cli, [*args, "--store", store, "-o", str(out)])
        assert result.exit_code == 0, (store, result.output)
        pages[store.split(":")[0]] = out.read_bytes()
    assert pages["oxigraph"] == pages["memory"]
    assert pages["sparql"] == pages["memory"]


CATALOGUE = sorted((Path(__file__).parent.parent / "queries").glob("*.rq"))


@pytest.mark.parametrize("path", CATALOGUE, ids=[p.stem for p in CATALOGUE])
def test_catalogue_identical_on_every_store(path: Path, stores: dict[str, GraphStore]) -> None:
    """Every catalogue query, parameters at their defaults, on memory, Oxigraph and a remote endpoint."""
    from kg.sparql import bind_parameters, read_query_file

    query = read_query_file(path)
    bindings = bind_parameters(query, {})
    answers: dict[str, Any] = {
        name: normalized(store.query(query.text, bindings)) for name, store in stores.items()
    }
    if "DESCRIBE" in query.text:
        # SPARQL 1.1 leaves what DESCRIBE returns to the implementation: compare the
        # triples about the described resources themselves
        for name, triples in answers.items():
            answers[name] = [
                t for t in triples if re.fullmatch(r"<https://w3id.org/kgdiplo/id/[^/]+>", t[0])
            ]
        assert answers["memory"]
    assert answers["oxigraph"] == answers["memory"]
    assert answers["sparql"] == answers["memory"]


def test_ego_view_reads_only_the_sources_it_cites(oxigraph_path: Path) -> None:
    """An ego view of a big store does not read every source document, unless --source asks."""
    from kg.viz import load_context

    store = OxigraphStore(oxigraph_path)
    dubai = str(KGR["dubai-meeting-2025-01"])
    cited = set(load_context(store, [dubai], 0).sources)
    # Only reports 000, 001 and 003 mention Dubai; 002 and 004 say nothing of the meeting.
    assert cited and {c[:3] for c in cited} <= {"000", "001", "003"}
    assert len(load_context(store, [dubai], 0, every_source=True).sources) == 5


def test_chunked_loader_loads_in_a_thread_and_reports_a_bad_chunk() -> None:
    """The loader thread loads every chunk; a chunk Oxigraph rejects fails the build at close."""
    import pyoxigraph as ox

    from kg.stores.oxigraph import ChunkedLoader

    store = ox.Store()
    loader = ChunkedLoader(store, chunk_lines=2)
    for i in range(5):
        loader.write(f'<https://example.org/s{i}> <https://example.org/p> "{i}" .\n')
    loader.close()
    assert len(store) == 5

    broken = ChunkedLoader(ox.Store(), chunk_lines=2)
    broken.write("<https://example.org/s> <https://example.org/p> .\n")  # no object
    broken.write("<https://example.org/s> <https://example.org/p> <https://example.org/o> .\n")
    with pytest.raises(SyntaxError):
        broken.close()


def test_violation_queries_side_by_side_find_what_one_at_a_time_finds(tmp_path: Path) -> None:
    """Violation queries run in threads on Oxigraph report the same problems, in catalogue order."""
    import pyoxigraph as ox

    from kg.build.violations import check_violations
    from kg.resources import default_queries_dir
    from kg.sparql import term_text
    from tests.test_query_catalogue import _disputed_alone, _two_objects, _two_quotes

    dataset = TinyCorpus(tmp_path).build(shacl=False).dataset
    culprits = _two_objects(dataset) | _two_quotes(dataset) | _disputed_alone(dataset)
    raw = ox.Store()
    raw.load(dataset.serialize(format="nquads").encode(), format=ox.RdfFormat.N_QUADS)
    store = OxigraphStore(Path(":memory:"), raw)
    alone = check_violations(store, default_queries_dir(), {})
    threaded = check_violations(store, default_queries_dir(), {}, threads=4)
    assert [p.message for p in threaded] == [p.message for p in alone]
    reported = " ".join(p.message for p in alone)
    assert culprits and all(term_text(culprit) in reported for culprit in culprits)
    files = [p.message.split(":")[0] for p in alone]
    assert files == sorted(files)  # catalogue order, whichever query finished first
    for name in set(files):  # each query's rows sorted: engines return them in any order
        messages = [p.message for p in alone if p.message.startswith(f"{name}:")]
        assert messages == sorted(messages)


def test_rows_behave_as_rdflib_rows_on_every_store(stores: dict[str, GraphStore]) -> None:
    """Oxigraph's rows share one name-to-position map: they index, name and unpack as rdflib's."""
    text = (
        "SELECT ?port ?operator ?nothing WHERE { ?port a kg:Port ; kg:operatedBy ?operator "
        "OPTIONAL { ?port kg:noSuchProperty ?nothing } } ORDER BY ?port ?operator"
    )
    answers = {}
    for name, store in stores.items():
        rows = list(store.query(text))
        assert rows, name
        answers[name] = [
            (
                tuple(row),  # type: ignore[arg-type]
                row.asdict(),  # type: ignore[union-attr]
                row["operator"],  # type: ignore[call-overload,index]
                row.operator,  # type: ignore[union-attr]
                row[1],  # type: ignore[index]
                row.labels,  # type: ignore[union-attr]
            )
            for row in rows
        ]
        assert all(row[2] is None for row in rows), name  # type: ignore[index]
    assert answers["oxigraph"] == answers["memory"]
    assert answers["sparql"] == answers["memory"]


def test_oxigraph_terms_become_the_same_rdflib_terms_every_time() -> None:
    """The conversion cache is keyed by the term: equal values stay apart, answers repeat."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef
    from rdflib.namespace import XSD

    from kg.stores.convert import to_rdflib

    decimal = ox.NamedNode(str(XSD.decimal))
    terms = [
        ox.NamedNode("https://w3id.org/kgdiplo/id/india"),
        ox.Literal("300", datatype=decimal),
        ox.Literal("300.0", datatype=decimal),
        ox.Literal("0", datatype=decimal),  # a falsy rdflib value, canonical all the same
        ox.Literal("30", datatype=ox.NamedNode(str(XSD.integer))),
        ox.Literal("30"),
        ox.Literal("Kabul", language="en"),
        ox.Literal("Kabul", language="ps"),
    ]
    expected = [
        URIRef("https://w3id.org/kgdiplo/id/india"),
        Literal("300.0", datatype=XSD.decimal),
        Literal("300.0", datatype=XSD.decimal),
        Literal("0.0", datatype=XSD.decimal),
        Literal("30", datatype=XSD.integer),
        Literal("30"),
        Literal("Kabul", lang="en"),
        Literal("Kabul", lang="ps"),
    ]
    for _ in range(2):  # the second pass answers from the cache
        got = [to_rdflib(term) for term in terms]
        assert [
            (type(t), t, getattr(t, "datatype", None), getattr(t, "language", None)) for t in got
        ] == [
            (type(t), t, getattr(t, "datatype", None), getattr(t, "language", None))
            for t in expected
        ]
    assert to_rdflib(ox.BlankNode("b0")) == BNode("b0")
    assert to_rdflib(None) is None


def test_terms_read_from_oxigraphs_tsv_are_the_terms_it_hands_over() -> None:
    """from_tsv (kg reads Oxigraph's answers as SPARQL TSV) gives to_rdflib's term for every
    kind of term: escapes, raw control and line-separator characters, Turtle's short forms,
    non-canonical typed values, language tags, blank nodes, unbound values."""
    import pyoxigraph as ox

    from kg.stores.convert import from_tsv, to_rdflib

    query = (
        "SELECT * WHERE { VALUES (?a ?b ?c ?d ?e ?f ?g ?h ?i ?j ?k ?l ?m) { ("
        '"tab\\t nl\\n cr\\r q\\" bs\\\\ bell\\u0007 ls\\u2028 \\U0001F600 \'" '
        '"Kabul"@ps 1 -7 1.50 0.0 1.0e3 true '
        '"TRUE"^^<http://www.w3.org/2001/XMLSchema#boolean> '
        '"2024-11-04"^^<http://www.w3.org/2001/XMLSchema#date> '
        "<https://w3id.org/kgdiplo/id/caf\\u00e9> "
        '"x"^^<http://www.w3.org/2001/XMLSchema#string> UNDEF'
        ') } ?n <https://p> "x" }'
    )
    store = ox.Store()
    store.add(ox.Quad(ox.BlankNode("b0"), ox.NamedNode("https://p"), ox.Literal("x")))
    solutions: Any = store.query(query)
    text = solutions.serialize(format=ox.QueryResultsFormat.TSV).decode("utf-8")
    texts = text.split("\n")[1].split("\t")
    again: Any = store.query(query)
    terms = list(next(iter(again)))
    assert len(texts) == len(terms) == 14
    for written, term in zip(texts, terms, strict=True):
        got, expected = from_tsv(written), to_rdflib(term)
        described = (type(got), got, getattr(got, "datatype", None), getattr(got, "language", 0))
        assert described == (
            type(expected),
            expected,
            getattr(expected, "datatype", None),
            getattr(expected, "language", 0),
        ), written
    with pytest.raises(TypeError):
        from_tsv("<< <https://a> <https://b> <https://c> >>")


_G000 = "https://w3id.org/kgdiplo/graph/000_1bff8b9514c268fa"
# (query, planned): planned queries are answered as a SELECT with the template
# filled in by kg; the others by Oxigraph's own CONSTRUCT.
CONSTRUCTS = [
    # a template blank node is fresh for each solution
    ("CONSTRUCT { ?e kg:x [ kg:y ?l ] } WHERE { ?e a kg:Meeting ; skos:prefLabel ?l }", True),
    # an unbound variable leaves its triple out, not the others
    (
        "CONSTRUCT { ?e a kg:Event ; kg:at ?place } "
        "WHERE { ?e a kg:Event OPTIONAL { ?e kg:hasPlace ?place } }",
        True,
    ),
    # a literal subject and a literal predicate leave their triples out
    ("CONSTRUCT { ?l kg:labels ?e . ?e ?l ?e } WHERE { ?e skos:prefLabel ?l }", True),
    # solution modifiers apply to the solutions, as in the CONSTRUCT
    ("CONSTRUCT { ?e a kg:Meeting } WHERE { ?e a kg:Meeting } ORDER BY DESC(?e) LIMIT 2", True),
    # a dataset clause stays with the WHERE
    (f"CONSTRUCT {{ ?s sem:hasActor ?o }} FROM <{_G000}> WHERE {{ ?s sem:hasActor ?o }}", True),
    # braces in strings and comments are not the template's
    (
        'CONSTRUCT { ?e skos:note "a } b" } # not the end }\nWHERE { ?e a kg:PhoneCall }',
        True,
    ),
    # constants, typed and untyped, with the decimals kg writes canonically
    ("CONSTRUCT { ?e kg:weight 1.50 ; kg:tag 'x'@en, 7 } WHERE { ?e a kg:Visit }", True),
    # grouped solutions
    (
        "CONSTRUCT { ?e kg:actors ?n } WHERE { "
        "{ SELECT ?e (COUNT(?a) AS ?n) WHERE { ?e sem:hasActor ?a } GROUP BY ?e } }",
        True,
    ),
    # a constant and a value that are the same term make one triple, IRI or literal
    ("CONSTRUCT { ?e a kg:Visit , ?c } WHERE { ?e a ?c FILTER(?c = kg:Visit) }", True),
    ("CONSTRUCT { ?e kg:tag 7 , ?n } WHERE { ?e a kg:Visit BIND(7 AS ?n) }", True),
    # values with the characters TSV escapes
    (
        "CONSTRUCT { ?e kg:note ?n } WHERE { ?e a kg:Visit "
        'BIND("tab\\there\\nline \\"q\\" \\\\ \\u00e9" AS ?n) }',
        True,
    ),
    # a WHERE group that is a UNION: each branch a SELECT of its own (see below), a
    # variable of one branch unbound in the other's solutions
    (
        "CONSTRUCT { ?e a ?c ; sem:hasActor ?a . ?a skos:prefLabel ?l } WHERE { "
        "{ ?e a kg:Meeting BIND(kg:Meeting AS ?c) } UNION "
        "{ ?e a kg:Meeting ; sem:hasActor ?a . ?a skos:prefLabel ?l } }",
        True,
    ),
    # ... with template blank nodes, fresh for each solution of every branch
    (
        "CONSTRUCT { ?e kg:x [ kg:y ?v ] } WHERE { "
        "{ ?e a kg:Visit ; skos:prefLabel ?v } union{ ?e a kg:PhoneCall ; skos:prefLabel ?v }"
        "UNION { ?e a kg:Meeting ; skos:prefLabel ?v } }",
        True,
    ),
    # ... and with a dataset clause, which each branch keeps
    (
        f"CONSTRUCT {{ ?s ?p ?o }} FROM <{_G000}> WHERE {{ "
        "{ ?s sem:hasActor ?o BIND(sem:hasActor AS ?p) } UNION "
        "{ ?s kg:hasPlace ?o BIND(kg:hasPlace AS ?p) } }",
        True,
    ),
    ("CONSTRUCT WHERE { ?s a kg:Meeting }", False),  # the short form
    ("CONSTRUCT { kgr:x kg:y kgr:z } WHERE { }", False),  # no variable to select
]


@pytest.mark.parametrize(("text", "planned"), CONSTRUCTS)
def test_construct_graphs_are_oxigraphs_own(oxigraph_path: Path, text: str, planned: bool) -> None:
    """kg's CONSTRUCT on Oxigraph (a SELECT, the template filled in) gives Oxigraph's graph."""
    from rdflib import Graph
    from rdflib.compare import isomorphic

    from kg.namespaces import PREFIXES
    from kg.stores.construct import plan_construct
    from kg.stores.convert import to_rdflib

    store = OxigraphStore(oxigraph_path)
    assert (plan_construct(text) is not None) is planned
    own = Graph()
    for triple in store.store.query(text, prefixes={p: str(n) for p, n in PREFIXES.items()}):
        subject, predicate, obj = (
            to_rdflib(t) for t in (triple.subject, triple.predicate, triple.object)
        )
        assert subject is not None and predicate is not None and obj is not None
        own.add((subject, predicate, obj))
    answer = store.query(text).graph
    assert answer is not None
    got = Graph()
    for triple in answer:
        got.add(triple)
    assert len(got) == len(answer) and isomorphic(got, own)
    assert len(own) > 0 or "labels" in text


@pytest.mark.parametrize(
    ("text", "branches"),
    [
        ("CONSTRUCT { ?s ?p ?o } WHERE { { ?s a ?o } UNION { ?s ?p ?o } }", 2),
        ("CONSTRUCT { ?s ?p ?o } { {?s a ?o} UNION {?s ?p ?o} union {?o ?p ?s} }", 3),
        # the union is not the whole WHERE group, or modifiers apply to it as a whole
        ("CONSTRUCT { ?s ?p ?o } WHERE { { ?s a ?o } UNION { ?s ?p ?o } FILTER(?s = ?o) }", 0),
        ("CONSTRUCT { ?s ?p ?o } WHERE { { ?s a ?o } UNION { ?s ?p ?o } } LIMIT 3", 0),
        ("CONSTRUCT { ?s ?p ?o } WHERE { { { ?s a ?o } UNION { ?s ?p ?o } } }", 0),
        ("CONSTRUCT { ?s ?p ?o } WHERE { { ?s a ?o } }", 0),
        # a blank node label in two branches: Oxigraph refuses the query as a whole
        ("CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p _:x } UNION { _:x ?p ?o } }", 0),
        ("CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p _:x } UNION { _:y ?p ?o } }", 2),
    ],
)
def test_a_construct_over_a_union_is_planned_a_branch_at_a_time(text: str, branches: int) -> None:
    from kg.stores.construct import plan_construct

    plan = plan_construct(text)
    assert plan is not None and len(plan.branches) == branches
    for select in plan.branches:  # the template's variables, selected from one branch
        assert select.split()[:4] == ["SELECT", "?o", "?p", "?s"] and "UNION" not in select


def test_the_branches_of_a_union_run_on_the_thread_pool(
    oxigraph_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Oxigraph evaluates each branch while another thread evaluates the next."""
    import concurrent.futures

    import kg.stores.oxigraph as oxigraph_module

    pool = concurrent.futures.ThreadPoolExecutor(max_workers=2)
    evaluated: list[str] = []

    class Recording:
        def map(self, function: Any, selects: Any) -> Any:
            selects = list(selects)
            evaluated.extend(selects)
            return pool.map(function, selects)

    monkeypatch.setattr(oxigraph_module, "_threads", Recording)
    text = next(text for text, _ in CONSTRUCTS if "BIND(kg:Meeting AS ?c)" in text)
    answer = OxigraphStore(oxigraph_path).query(text).graph
    assert answer is not None and len(answer) > 0
    assert len(evaluated) == 2 and all(select.startswith("SELECT ") for select in evaluated)


def test_a_listed_graph_answers_patterns_and_changes_like_a_graph() -> None:
    from rdflib import Graph, URIRef

    from kg.stores.listed import listed_graph

    a, b, c, p, q = (URIRef(f"http://e/{name}") for name in "abcpq")
    triples = [(a, p, b), (a, q, c), (b, p, c)]
    listed = listed_graph(list(triples))
    plain = Graph()
    for triple in triples:
        plain.add(triple)
    assert len(listed) == 3 and sorted(listed) == sorted(triples)  # still a list here
    assert set(listed.objects(a, None)) == {b, c} and set(listed.subjects(p, c)) == {b}
    listed.add((c, p, a))
    listed.remove((a, q, c))
    plain.add((c, p, a))
    plain.remove((a, q, c))
    assert sorted(listed) == sorted(plain) and len(listed) == len(plain) == 3
    fresh = listed_graph(list(triples))
    fresh.add((c, q, a))  # adding before any search keeps the listed triples
    assert len(fresh) == 4 and (a, p, b) in fresh


@pytest.mark.parametrize(
    "text",
    [
        "CONSTRUCT { ?s ?p } WHERE { ?s ?p ?o }",  # Oxigraph's message lists many characters
        "SELECT ?s\nWHERE { ?s ?p }\n",
        # a blank node label in two basic graph patterns (each branch alone would pass)
        "CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p _:x } UNION { _:x ?p ?o } }",
    ],
)
def test_oxigraph_syntax_errors_are_one_line_with_line_and_column(
    oxigraph_path: Path, text: str
) -> None:
    from kg.sparql import QuerySyntaxError

    with pytest.raises(QuerySyntaxError) as raised:
        OxigraphStore(oxigraph_path).query(text)
    message = str(raised.value)
    assert re.match(r"SPARQL syntax error at line \d+, column \d+: ", message), message
    assert "\n" not in message and len(message) <= 200
