"""Catalogue queries with parameters at the endpoint (issue 24): bound, never left unbound.

The query page once ran ``india-taliban-contacts`` and ``have-met`` with their
parameters unbound (0 rows where ``kg query`` gave 9; ``have-met`` true for any
two actors). The endpoint now binds ``param.NAME`` arguments as RDF terms,
resolves an ``iri`` parameter given as a name through the one resolver, and
refuses a catalogue query sent with a parameter missing or empty.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator

import pytest

from kg.build import BuildResult
from kg.lookup.backend import backend_for
from kg.lookup.describe import describe
from kg.resources import default_queries_dir
from kg.server import SparqlApp
from kg.server.protocol import Response
from kg.server.workers import Limits
from kg.sparql import bind_parameters, load_catalogue
from kg.stores.memory import MemoryStore

CATALOGUE = load_catalogue(default_queries_dir())


@pytest.fixture(scope="module")
def app(seed: BuildResult) -> Iterator[SparqlApp]:
    served = SparqlApp(seed.dataset, CATALOGUE, Limits(timeout=30), workers=1)
    try:
        yield served
    finally:
        served.close()


def ask(app: SparqlApp, name: str, accept: str = "", **params: str) -> Response:
    """The catalogue query ``name``'s text, as the page sends it, with ``param.NAME`` values."""
    arguments = {"query": CATALOGUE.get(name).text, **{f"param.{k}": v for k, v in params.items()}}
    target = "/sparql?" + urllib.parse.urlencode(arguments)
    return app.handle("GET", target, {"Accept": accept} if accept else {}, b"")


def kg_query(seed: BuildResult, name: str, **params: str) -> object:
    """What ``kg query NAME -p ...`` answers: rows (as JSON bindings) or a boolean."""
    entry = CATALOGUE.get(name)
    result = MemoryStore(seed.dataset).query(entry.text, bind_parameters(entry, params))
    if result.type == "ASK":
        return result.askAnswer
    return json.loads(result.serialize(format="json") or b"")["results"]["bindings"]


def unordered(rows: object) -> list[dict[str, object]]:
    """Rows with each GROUP_CONCAT list (" | ") sorted: its order is the engine's."""
    assert isinstance(rows, list)
    return [{k: sorted(v["value"].split(" | ")) for k, v in row.items()} for row in rows]


def answer_of(response: Response) -> object:
    assert response.status == 200, response.body
    data = json.loads(response.body)
    return data["boolean"] if "boolean" in data else data["results"]["bindings"]


@pytest.mark.parametrize("name", ["have-met", "india-taliban-contacts"])
def test_a_catalogue_query_without_its_parameters_is_refused(app: SparqlApp, name: str) -> None:
    response = ask(app, name)
    assert response.status == 400
    assert b"needs a value for each of its parameters" in response.body
    assert b"left unbound, a parameter would match anything" in response.body


def test_an_empty_parameter_is_refused(app: SparqlApp) -> None:
    response = ask(app, "have-met", first="kgr:vikram-misri", second=" ")
    assert response.status == 400 and b"param.second" in response.body
    assert b"param.first" not in response.body


def test_an_unknown_parameter_is_refused(app: SparqlApp) -> None:
    response = ask(app, "have-met", first="kgr:india", second="kgr:india", third="x")
    assert response.status == 400 and b"no parameter 'third'" in response.body


@pytest.mark.parametrize("since", ["2020-01-01", "2025-01-01", "2030-01-01"])
def test_india_taliban_contacts_gives_the_rows_of_kg_query(
    app: SparqlApp, seed: BuildResult, since: str
) -> None:
    rows = answer_of(ask(app, "india-taliban-contacts", since=since))
    assert unordered(rows) == unordered(kg_query(seed, "india-taliban-contacts", since=since))
    if since == "2020-01-01":
        assert isinstance(rows, list) and len(rows) >= 5


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("kgr:vikram-misri", "kgr:amir-khan-muttaqi"),
        ("kgr:vikram-misri", "kgr:chabahar-port"),
        ("kgr:chabahar-port", "kgr:iran"),
    ],
)
def test_have_met_gives_the_answer_of_kg_query(
    app: SparqlApp, seed: BuildResult, first: str, second: str
) -> None:
    assert answer_of(ask(app, "have-met", first=first, second=second)) == kg_query(
        seed, "have-met", first=first, second=second
    )


def test_have_met_is_not_true_for_any_two_actors(app: SparqlApp) -> None:
    assert answer_of(ask(app, "have-met", first="kgr:chabahar-port", second="kgr:iran")) is False


def test_an_iri_parameter_may_be_a_name_resolved_by_the_one_resolver(app: SparqlApp) -> None:
    by_name = answer_of(ask(app, "have-met", first="Vikram Misri", second="Muttaqi"))
    by_curie = answer_of(
        ask(app, "have-met", first="kgr:vikram-misri", second="kgr:amir-khan-muttaqi")
    )
    assert by_name is by_curie is True
    unknown = ask(app, "have-met", first="Mutaqqqi", second="kgr:india")
    assert unknown.status == 400
    assert b"no entity named 'Mutaqqqi'; did you mean Amir Khan Muttaqi" in unknown.body


def test_a_parameter_is_a_term_never_query_text(app: SparqlApp) -> None:
    response = ask(app, "india-taliban-contacts", since='2020-01-01" } ; DROP ALL ; #')
    assert response.status == 400 and b"is not a valid date" in response.body


def test_an_ad_hoc_query_takes_parameters_too(app: SparqlApp) -> None:
    query = "SELECT ?label WHERE { ?x skos:prefLabel ?label }"
    target = "/sparql?" + urllib.parse.urlencode({"query": query, "param.x": "kgr:india"})
    rows = answer_of(app.handle("GET", target, {}, b""))
    assert rows == [{"label": {"type": "literal", "value": "India"}}]


def test_names_are_completed_by_the_one_resolver(app: SparqlApp) -> None:
    response = app.handle("GET", "/names?q=Mutt", {}, b"")
    assert response.status == 200
    first = json.loads(response.body)[0]
    assert first["id"] == "amir-khan-muttaqi" and first["label"] == "Amir Khan Muttaqi"
    assert json.loads(app.handle("GET", "/names?q=", {}, b"").body) == []


def test_describe_is_kg_describe_json(app: SparqlApp, seed: BuildResult) -> None:
    response = app.handle("GET", "/describe?entity=kgr%3Aindia", {}, b"")
    expected = describe(backend_for(seed.dataset), "kgr:india").as_json()
    assert response.status == 200 and json.loads(response.body) == json.loads(json.dumps(expected))
    missing = app.handle("GET", "/describe?entity=kgr%3Anobody-at-all", {}, b"")
    assert missing.status == 404


def test_the_catalogue_lists_each_parameter_with_its_description(app: SparqlApp) -> None:
    entries = {e["name"]: e for e in json.loads(app.handle("GET", "/queries.json", {}, b"").body)}
    assert entries["have-met"]["parameters"][0] == {
        "name": "first",
        "type": "iri",
        "default": "kgr:vikram-misri",
        "doc": "one actor",
    }
