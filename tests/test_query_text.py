"""The one gate's refusals and query forms, and the VALUES binding used for Oxigraph and remote endpoints."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from kg.sparql import QueryError, QueryRefusedError, check
from kg.sparql.text import with_values


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "select * where { service <http://x/> { ?s ?p ?o } }",
        "SELECT * WHERE { SERVICE SILENT <http://x/> { ?s ?p ?o } }",
        "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
        "SELECT * FROM NAMED <http://127.0.0.1:9/g> WHERE { GRAPH ?g { ?s ?p ?o } }",
        "PREFIX ex: <http://127.0.0.1:9/> SELECT * FROM ex:x WHERE { ?s ?p ?o }",
        "DROP ALL",
        "LOAD <http://127.0.0.1:9/data.ttl>",
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    ],
)
def test_refused(text: str) -> None:
    for _ in range(2):  # the answers for a text are kept: a refusal is not
        with pytest.raises(QueryRefusedError):
            check(text)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("SELECT ?service WHERE { ?s ?p ?service }", "SELECT"),
        ('SELECT ?x WHERE { BIND ("SERVICE <http://x/>" AS ?x) }', "SELECT"),
        ("# SERVICE <http://x/> in a comment\nASK { ?s ?p ?o }", "ASK"),
        ("SELECT * WHERE { ?s <http://e/SERVICE> ?o }", "SELECT"),
        ("CONSTRUCT { ?s ?p ?o } FROM kgg:004_e0f1a2ae8a61b2c2 WHERE { ?s ?p ?o }", "CONSTRUCT"),
        ("DESCRIBE <https://w3id.org/kgdiplo/id/india>", "DESCRIBE"),
        ("PREFIX ask: <http://x/> SELECT ?s WHERE { ?s a ask:y }", "SELECT"),
        ("PREFIX select: <http://x/> ASK { ?s a select:y }", "ASK"),
    ],
)
def test_allowed(text: str, form: str) -> None:
    assert check(text).form == form
    assert check(text) is check(text)  # the parse is kept


def test_the_gate_gives_the_normalised_text() -> None:
    gated = check("\\u0053ELECT * WHERE { ?s ?p ?o } # done\r\n")
    assert gated.text == "SELECT * WHERE { ?s ?p ?o } # done\n"
    assert gated.form == "SELECT"


def test_values_block_opens_the_where_group_and_escapes_terms() -> None:
    text = with_values(
        'SELECT ?x ("{" AS ?brace) WHERE { ?x ?p ?v }',
        {"v": Literal('" } ; DROP ALL ; #'), "p": URIRef("http://e/p")},
    )
    assert text == (
        'SELECT ?x ("{" AS ?brace) WHERE { VALUES (?p ?v) { (<http://e/p> "\\" } ; DROP ALL ; #") } '
        "?x ?p ?v }"
    )
    check(text)  # still one well-formed query


def test_values_block_skips_a_construct_template() -> None:
    text = with_values("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", {"p": URIRef("http://e/p")})
    assert text == "CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?p) { (<http://e/p>) } ?s ?p ?o }"


def test_short_construct_cannot_take_parameters() -> None:
    with pytest.raises(QueryError, match="short form"):
        with_values("CONSTRUCT WHERE { ?s ?p ?o }", {"p": URIRef("http://e/p")})


def test_values_block_finds_the_form_keyword_not_a_prefix_named_like_one() -> None:
    text = with_values(
        "PREFIX construct: <http://x/> SELECT ?s WHERE { ?s a construct:y }",
        {"s": URIRef("http://e/s")},
    )
    assert text.endswith("WHERE { VALUES (?s) { (<http://e/s>) } ?s a construct:y }")
    check(text)
