"""The ontology and shapes files: canonical, labelled, aligned, coded."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyshacl
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS
from rdflib.plugins.sparql import processor
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.sparql import Query

from kg.build.ontology import load_vocabulary
from kg.namespaces import KG, SEM
from tests.conftest import ONTOLOGY

TURTLE_FILES = sorted(ONTOLOGY.glob("*.ttl"))


@pytest.mark.parametrize("path", TURTLE_FILES, ids=lambda p: p.name)
def test_turtle_is_in_canonical_form(path: Path) -> None:
    """Re-serializing with rdflib's sorted longturtle changes nothing."""
    text = path.read_text(encoding="utf-8")
    assert Graph().parse(data=text, format="turtle").serialize(format="longturtle") == text


@contextlib.contextmanager
def _each_query_translated_once() -> Iterator[None]:
    """rdflib's translation of each query text kept while the block runs (as a prepared query
    is): pySHACL hands rdflib a SPARQL constraint's text anew for every focus node, 6 texts
    for each of ~200 terms, and rdflib's parser takes ~30 ms a parse."""
    original = processor.SPARQLProcessor.query
    translated: dict[tuple[object, ...], Query] = {}

    def query(
        self: processor.SPARQLProcessor,
        text: str | Query,
        initBindings: Any = None,  # noqa: N803 (rdflib's names)
        initNs: Any = None,  # noqa: N803
        base: str | None = None,
        DEBUG: bool = False,  # noqa: N803
    ) -> Any:
        if isinstance(text, str):
            key = (text, base, tuple(sorted((initNs or {}).items())))
            if key not in translated:
                translated[key] = translateQuery(parseQuery(text), base, initNs)
            text = translated[key]
        return original(self, text, initBindings, initNs, base, DEBUG)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(processor.SPARQLProcessor, "query", query)
        yield
    assert len(translated) == 6  # the six constraints of ontology-shapes.ttl, once each


@pytest.fixture(scope="module")
def shapes_report() -> list[tuple[str, str]]:
    """(focus node, message) of each violation the ontology shapes find in the ontology with
    kg:Meeting's definition removed: one pySHACL run serves both tests."""
    ontology = Graph().parse(ONTOLOGY / "kg.ttl")
    assert len(list(ontology.objects(KG.Meeting, SKOS.definition))) == 1
    ontology.remove((KG.Meeting, SKOS.definition, None))
    shapes = Graph().parse(ONTOLOGY / "ontology-shapes.ttl")
    with _each_query_translated_once():
        _, report, _ = pyshacl.validate(ontology, shacl_graph=shapes, advanced=True)
    assert isinstance(report, Graph)
    return sorted(
        (str(report.value(result, SH.focusNode)), str(report.value(result, SH.resultMessage)))
        for result in report.subjects(RDF.type, SH.ValidationResult)
    )


def test_every_term_has_one_english_label_and_definition(
    shapes_report: list[tuple[str, str]],
) -> None:
    """Nothing but the definition removed on purpose is reported."""
    assert [(node, message) for node, message in shapes_report if node != str(KG.Meeting)] == []
    assert len(shapes_report) == 1


def test_ontology_shapes_catch_a_missing_definition(shapes_report: list[tuple[str, str]]) -> None:
    assert [node for node, _ in shapes_report] == [str(KG.Meeting)]
    assert "definition" in shapes_report[0][1]


def test_naming_conventions() -> None:
    vocabulary = load_vocabulary(ONTOLOGY)
    assert all(name[0].isupper() for name in vocabulary.classes)
    assert all(name[0].islower() for name in vocabulary.properties)


@pytest.mark.parametrize(
    ("cls", "cameo", "plover"),
    [
        ("ThirdLocationMeeting", "044", "CONSULT"),
        ("Visit", "042", "CONSULT"),
        ("PhoneCall", "041", "CONSULT"),
        ("AidShipment", "073", "AID"),
        ("Airstrike", "195", "ASSAULT"),
        ("Condemnation", "111", "ACCUSE"),
    ],
)
def test_event_classes_carry_cameo_and_plover_codes(cls: str, cameo: str, plover: str) -> None:
    ontology = Graph().parse(ONTOLOGY / "kg.ttl")
    assert ontology.value(KG[cls], KG.cameoCode) == Literal(cameo)
    assert ontology.value(KG[cls], KG.ploverEventType) == Literal(plover)


def test_alignment_with_sem_and_prov() -> None:
    vocabulary = load_vocabulary(ONTOLOGY)
    assert vocabulary.is_a(KG.Meeting, SEM.Event)
    assert vocabulary.is_a(KG.Person, SEM.Actor)
    assert vocabulary.is_a(KG.Port, SEM.Place)
    assert vocabulary.is_a(KG.State, KG.Actor) and vocabulary.is_a(KG.State, KG.Place)
    assert vocabulary.is_a(KG.DeFactoAuthority, KG.Government)
    assert SEM.hasActor in vocabulary.properties["hasVisitor"].super_properties
    assert vocabulary.properties["hasVisitor"].role_type == KG.VisitorRole


def test_required_classes_exist() -> None:
    vocabulary = load_vocabulary(ONTOLOGY)
    required = """Actor Person Organization Government Ministry ArmedGroup InternationalOrganization
        State DeFactoAuthority Port Place City Province Region Event Meeting Visit PhoneCall
        AidShipment AidPledge MilitaryOperation Airstrike Attack Statement Condemnation
        Appointment DiplomaticMissionChange CredentialsAcceptance Invitation RefugeeReturn
        Expulsion Position""".split()
    assert [name for name in required if name not in vocabulary.classes] == []


def test_predicate_kinds_come_from_ranges() -> None:
    properties = load_vocabulary(ONTOLOGY).properties
    assert properties["hasTime"].kind == "time"
    assert properties["hasQuantity"].kind == "quantity"
    assert properties["isLandlocked"].kind == "boolean"
    assert properties["hasDescription"].kind == "string"
    assert properties["operatedBy"].kind == "entity"
    assert properties["operatedBy"].domain == KG.Port
    assert properties["hasTime"].single_valued and not properties["hasTopic"].single_valued
    assert properties["borders"].symmetric


def test_ontology_terms_are_all_in_the_kg_namespace() -> None:
    ontology = Graph().parse(ONTOLOGY / "kg.ttl")
    header = URIRef(str(KG).rstrip("#"))
    subjects = {s for s in ontology.subjects() if s != header}
    assert all(str(s).startswith(str(KG)) for s in subjects)
    assert (KG.Event, RDFS.subClassOf, SEM.Event) in ontology
    assert (KG.borders, RDF.type, OWL.SymmetricProperty) in ontology
