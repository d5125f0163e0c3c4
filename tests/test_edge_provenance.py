"""Lookups keep provenance per edge (issue 23): a neighbour row's sources are the sources of
the claims on that hop, an event's dates are given per source, and the JSON names the claim
behind each span.

A tiny corpus of two reports: s1 says Misri met Muttaqi in Dubai "on Wednesday"; s2 says
only that Muttaqi and Stanikzai came back from the Dubai meeting "on Thursday" and that
Muttaqi spoke in Kabul. So s2 names one end of the Misri–Muttaqi hop and never Misri,
Misri and Stanikzai are joined only by the meeting being one event in two reports, and
the two reports date the meeting differently.
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.build import BuildResult
from kg.cli.lookup_tables import render_paths
from kg.lookup.backend import MemoryBackend, StoreBackend, backend_for
from kg.lookup.edges import resolved_edge
from kg.lookup.neighbours import neighbourhood
from kg.lookup.paths import find_paths
from kg.namespaces import KGR
from tests.conftest import ONTOLOGY, TinyCorpus

S2_TEXT = (
    "Muttaqi speaks in Kabul\n"
    "Amir Khan Muttaqi and his deputy Sher Mohammad Stanikzai were back from the "
    "Dubai meeting on Thursday. Muttaqi spoke in Kabul on Friday.\n"
)
S2_SOURCE = "s2\tMuttaqi speaks in Kabul\t2025-01-10\n"
S2_ENTITIES = (
    "stanikzai\tPerson\tSher Mohammad Stanikzai\tStanikzai\n"
    "kabul\tCity\tKabul\t\n"
    "remarks\tStatement\tKabul remarks\t\n"
)
S2_CLAIMS = (
    "subject\tpredicate\tobject\tsource\tevidence\n"
    "meeting\thasParticipant\tmuttaqi\ts2\tAmir Khan Muttaqi and his deputy\n"
    "meeting\thasParticipant\tstanikzai\ts2\this deputy Sher Mohammad Stanikzai were back\n"
    'meeting\thasTime\t2025-01-09 "on Thursday" relative\ts2\tDubai meeting on Thursday\n'
    "remarks\thasParticipant\tmuttaqi\ts2\tMuttaqi spoke in Kabul\n"
    "remarks\thasPlace\tkabul\ts2\tMuttaqi spoke in Kabul\n"
    'remarks\thasTime\t2025-01-10 "on Friday" relative\ts2\tspoke in Kabul on Friday\n'
)


def iri(entity_id: str) -> str:
    return str(KGR[entity_id])


@pytest.fixture
def two_reports(tiny: TinyCorpus) -> TinyCorpus:
    (tiny.corpus / "s2.txt").write_text(S2_TEXT, encoding="utf-8")
    sources = tiny.data / "sources.tsv"
    sources.write_text(sources.read_text(encoding="utf-8") + S2_SOURCE, encoding="utf-8")
    entities = tiny.data / "entities" / "main.tsv"
    entities.write_text(entities.read_text(encoding="utf-8") + S2_ENTITIES, encoding="utf-8")
    tiny.write("claims/s2.tsv", S2_CLAIMS)
    return tiny


@pytest.fixture
def backend(two_reports: TinyCorpus) -> MemoryBackend:
    from kg.graph.projection import project

    return MemoryBackend(project(two_reports.build().dataset))


def row(backend: Any, entity: str, neighbour: str) -> dict[str, Any]:
    rows = [r for r in neighbourhood(backend, entity).rows() if r["id"] == neighbour]
    assert len(rows) == 1, rows
    return rows[0]


def edge(backend: Any, entity: str, neighbour: str) -> dict[str, Any]:
    """The one edge to ``neighbour``, its event, claims and spans in full."""
    document = neighbourhood(backend, entity).as_json()
    edges: list[dict[str, Any]] = [
        resolved_edge(e, document)
        for e in document["edges"]
        if iri(neighbour) in (e["source"], e["target"])
    ]
    assert len(edges) == 1, edges
    return edges[0]


def test_a_hop_lists_only_the_report_that_names_both_ends(backend: MemoryBackend) -> None:
    # s2 names Muttaqi at the Dubai meeting but never Misri: it does not say they met
    assert row(backend, "misri", "muttaqi")["sources"] == ["s1"]
    assert row(backend, "muttaqi", "misri")["sources"] == ["s1"]
    # Muttaqi's Kabul remarks are s2's alone
    assert row(backend, "muttaqi", "kabul")["sources"] == ["s2"]


def test_a_hop_whose_ends_come_from_different_reports_lists_each_leg(
    backend: MemoryBackend,
) -> None:
    # Misri only in s1, Stanikzai only in s2: no report says both were at the meeting
    assert row(backend, "misri", "stanikzai")["sources"] == [
        "s1 (Vikram Misri)",
        "s2 (Sher Mohammad Stanikzai)",
    ]
    found = edge(backend, "misri", "stanikzai")
    assert found["source_ids"] == []
    assert found["legs"] == [
        {"node": iri("misri"), "claim": 0, "sources": ["s1"]},
        {"node": iri("stanikzai"), "claim": 1, "sources": ["s2"]},
    ]
    assert [s["id"] for s in found["sources"]] == ["s1", "s2"]


def test_event_dates_are_given_per_source(backend: MemoryBackend) -> None:
    # s1: "on Wednesday" (8 January), s2: "on Thursday" (9 January)
    assert row(backend, "misri", "muttaqi")["date"] == "2025-01-08 (s1); 2025-01-09 (s2)"
    event = edge(backend, "misri", "muttaqi")["event"]
    assert event["dates"] == [
        {"value": "2025-01-08", "sources": ["s1"]},
        {"value": "2025-01-09", "sources": ["s2"]},
    ]
    # one date from every source that gives one: a plain date
    assert row(backend, "muttaqi", "kabul")["date"] == "2025-01-10"
    assert row(backend, "misri", "dubai")["date"].startswith("2025-01-08 (s1)")


def test_each_span_names_its_claim(backend: MemoryBackend) -> None:
    found = edge(backend, "misri", "muttaqi")
    assert [s["id"] for s in found["sources"]] == ["s1", "s1"]
    spans = [s for claim in found["claims"] for s in claim["sources"]]
    claims = {s["claim"] for s in spans}
    # two claims of s1 (Misri's leg, Muttaqi's leg) and s2's claim of Muttaqi's leg
    assert len(claims) == 3
    assert all(c.startswith("https://") and ("/s1/" in c or "/s2/" in c) for c in claims)
    assert {s["claim"] for s in found["sources"]} < claims
    s2_span = next(s for s in spans if s["id"] == "s2")
    assert s2_span["evidence"] == "Amir Khan Muttaqi and his deputy"


def test_paths_keep_the_same_provenance(backend: MemoryBackend) -> None:
    rows = find_paths(backend, "misri", "muttaqi").rows()
    assert [r["sources"] for r in rows] == [["s1"]]
    assert rows[0]["date"] == "2025-01-08 (s1); 2025-01-09 (s2)"
    # s1 quotes one span for both legs: shown once, and s2's leg not at all
    assert rows[0]["evidence"] == ["Vikram Misri met Amir Khan Muttaqi"]
    table = render_paths(find_paths(backend, "misri", "muttaqi"))
    assert "(Meeting, 2025-01-08 (s1); 2025-01-09 (s2))" in table
    assert table.count("s1: “Vikram Misri met Amir Khan Muttaqi”") == 1
    assert "s2:" not in table


def test_the_oxigraph_store_answers_the_same(
    two_reports: TinyCorpus, backend: MemoryBackend
) -> None:
    from kg.build import build_oxigraph
    from kg.stores.oxigraph import OxigraphStore

    path = two_reports.root / "store"
    build_oxigraph(path, two_reports.data, ONTOLOGY, two_reports.corpus)
    on_store = StoreBackend(OxigraphStore(path))
    for entity in ("misri", "muttaqi", "stanikzai"):
        assert neighbourhood(on_store, entity).as_json() == neighbourhood(backend, entity).as_json()
        assert neighbourhood(on_store, entity).rows() == neighbourhood(backend, entity).rows()


# ---------------------------------------------------------------- the seed reports

S002, S004 = "002_cc55442e284936d0", "004_e0f1a2ae8a61b2c2"


def test_seed_visit_topics_are_those_of_the_report_that_names_them(seed: BuildResult) -> None:
    # Both 002 and 004 say J.P. Singh led the November 2024 delegation to Kabul; only 004
    # gives it "deeper economic and regional cooperation" as a topic, and only 002 names
    # India as the visitor ("the visiting Indian delegation"). The union of both legs
    # listed 002 and 004 for both rows.
    rows = neighbourhood(backend_for(seed.dataset), "jp-singh").rows()
    visit = [r for r in rows if r["event"].startswith("Indian delegation led by J.P. Singh")]
    by_id = {r["id"]: r for r in visit}
    assert by_id["economic-cooperation"]["sources"] == [S004]
    assert by_id["india"]["sources"] == [S002]
    # a meeting 002 dates to the visit (4–5 November) and 004 to "Wednesday" (6 November)
    yaqub = next(r for r in rows if r["id"] == "mohammad-yaqub-mujahid")
    assert yaqub["date"] == f"2024-11-04..2024-11-05 ({S002}); 2024-11-06 ({S004})"


def test_seed_dates_from_one_report_need_no_sources(seed: BuildResult) -> None:
    # 003 alone dates Muttaqi's planned visit to China: "May 2025" and from 16 May
    rows = neighbourhood(backend_for(seed.dataset), "amir-khan-muttaqi").rows()
    beijing = next(r for r in rows if r["id"] == "beijing")
    assert beijing["date"] == "2025-05, 2025-05-16.."
