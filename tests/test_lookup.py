"""Lookups on the seed corpus: neighbours, paths, describe, timeline, why, search.

Expected answers come from reading the reports in ../shared/seeds (quoted),
not from the code's output.
"""

from __future__ import annotations

import pytest

from kg.build import BuildResult
from kg.errors import InputError
from kg.lookup.backend import MemoryBackend, backend_for
from kg.lookup.common import NothingFoundError
from kg.lookup.describe import describe
from kg.lookup.edges import resolved_edge
from kg.lookup.neighbours import neighbourhood
from kg.lookup.paths import find_paths
from kg.lookup.search import search
from kg.lookup.timeline import date_bounds, timeline
from kg.lookup.why import why, why_edges
from kg.namespaces import KGR
from tests.conftest import S000, S001, S002, S003, S004


@pytest.fixture(scope="module")
def backend(seed: BuildResult) -> MemoryBackend:
    return backend_for(seed.dataset)


def iri(entity_id: str) -> str:
    return str(KGR[entity_id])


def test_the_projection_is_built_once_per_dataset(seed: BuildResult) -> None:
    assert backend_for(seed.dataset) is backend_for(seed.dataset)


# ---------------------------------------------------------------- neighbours


def test_misri_met_muttaqi_in_dubai_at_depth_1(backend: MemoryBackend) -> None:
    # 000: "India’s Foreign Secretary Vikram Misri met with Afghanistan’s acting Foreign
    # Minister Amir Khan Muttaqi in Dubai on Wednesday."
    # 001: "Amir Khan Muttaqi, met India’s Foreign Secretary Vikram Misri"
    # 003: "a meeting between Muttaqi and Indian Foreign Secretary Vikram Misri"
    result = neighbourhood(backend, "Vikram Misri")
    hops = [h for h in result.hops if h.end == iri("amir-khan-muttaqi")]
    assert [h.event for h in hops] == [iri("dubai-meeting-2025-01")]
    assert result.depths[iri("amir-khan-muttaqi")] == 1
    assert {S000, S001, S003} <= set(hops[0].source_ids())
    row = next(r for r in result.rows() if r["id"] == "amir-khan-muttaqi")
    assert row["kind"] == "ThirdLocationMeeting"
    assert row["relation"] == "participant / participant"
    assert "2025-01-08" in row["date"]


def test_jp_singh_met_ministers_karzai_and_the_un_agencies(backend: MemoryBackend) -> None:
    # 004: "During his visit, J.P. Singh also met the Taliban’s Acting Foreign Minister Amir
    # Khan Muttaqi and former Afghan President Hamid Karzai."
    # 004: "he had several meetings with Afghan ministers, including the Acting Defence
    # Minister. He called on former President Hamid Karzai, met the head of UN agencies"
    # 002: "led his delegation’s meetings with Taliban Foreign Minister Amir Khan Muttaqi and
    # a rare interaction with Defense Minister Mohammad Yaqoob"
    result = neighbourhood(backend, "J.P. Singh")
    met = {hop.end for hop in result.hops if hop.event}
    assert {
        iri("amir-khan-muttaqi"),
        iri("mohammad-yaqub-mujahid"),
        iri("hamid-karzai"),
        iri("un-agencies-kabul"),
    } <= met
    assert all(result.depths[i] == 1 for i in met)


def test_types_keep_only_those_classes(backend: MemoryBackend) -> None:
    result = neighbourhood(backend, "J.P. Singh", types=["person"])
    people = {hop.end for hop in result.hops}
    assert iri("hamid-karzai") in people and iri("un-agencies-kabul") not in people
    assert all("Person" in result.nodes[i].types for i in people)
    # a superclass matches its subclasses: a State is an Actor
    actors = neighbourhood(backend, "J.P. Singh", types=["Actor"])
    assert iri("india") in {hop.end for hop in actors.hops}
    with pytest.raises(InputError, match="did you mean Person"):
        neighbourhood(backend, "J.P. Singh", types=["Persn"])


def test_source_keeps_one_reports_claims(backend: MemoryBackend) -> None:
    # Karzai appears in 004 only ("He called on former President Hamid Karzai"); 002 names
    # the meetings with Muttaqi and "Mohammad Yaqoob".
    from_002 = neighbourhood(backend, "J.P. Singh", source="002")
    ends = {hop.end for hop in from_002.hops}
    assert iri("amir-khan-muttaqi") in ends and iri("hamid-karzai") not in ends
    assert all(span.source == S002 for hop in from_002.hops for span in hop.sources)
    assert iri("hamid-karzai") in {
        h.end for h in neighbourhood(backend, "jp-singh", source=S004).hops
    }
    with pytest.raises(InputError, match="no source named .999."):
        neighbourhood(backend, "jp-singh", source="999")


def test_direct_mode_keeps_the_event_between(backend: MemoryBackend) -> None:
    one = neighbourhood(backend, "vikram-misri", via_events=False)
    assert iri("dubai-meeting-2025-01") in one.depths
    assert iri("amir-khan-muttaqi") not in one.depths
    two = neighbourhood(backend, "vikram-misri", via_events=False, depth=2)
    assert two.depths[iri("amir-khan-muttaqi")] == 2


def test_a_shared_date_joins_nothing(backend: MemoryBackend) -> None:
    # 002 dates both the border attack and Muttaqi's office statement 7 November 2024;
    # a date is an attribute, never a node, so neither is the other's neighbour.
    result = neighbourhood(backend, "pakistan-border-attack-2024-11-07", via_events=False)
    assert iri("iea-mofa-statement-2024-11-07") not in result.depths
    names = {n.iri for n in backend.names()}
    assert set(result.depths) <= names
    document = result.as_json()
    assert document["nodes"][0]["attributes"]["has time"] == ["2024-11-07"]


def test_neighbours_json_schema(backend: MemoryBackend) -> None:
    document = neighbourhood(backend, "Vikram Misri").as_json()
    assert {"iri", "label", "types"} <= set(document["entity"])
    assert document["entity"]["types"][0] == "Person"
    for node in document["nodes"]:
        assert {"iri", "label", "types", "aliases", "attributes", "depth"} <= set(node)
    assert document["nodes"][0]["iri"] == iri("vikram-misri")
    for edge in document["edges"]:
        assert {"source", "target", "predicate", "label", "event", "sources"} <= set(edge)
        spans = resolved_edge(edge, document)["sources"]
        assert spans and all({"id", "evidence"} <= set(s) for s in spans)
    dubai = next(e for e in document["edges"] if e["target"] == iri("amir-khan-muttaqi"))
    assert dubai["event"] == iri("dubai-meeting-2025-01")
    assert document["events"][dubai["event"]]["types"][0] == "ThirdLocationMeeting"
    # the dates of an event node are attributes, as the sources give them
    meeting = neighbourhood(backend, "dubai-meeting-2025-01").as_json()
    assert sorted(meeting["nodes"][0]["attributes"]["has time"]) == ["2025-01", "2025-01-08"]


def test_no_neighbours_is_nothing_found(backend: MemoryBackend) -> None:
    with pytest.raises(NothingFoundError):
        neighbourhood(backend, "Vikram Misri", types=["Port"], source="004")


# ---------------------------------------------------------------- paths


def test_india_reaches_china_through_the_taliban_foreign_minister(
    backend: MemoryBackend,
) -> None:
    # 000: India took part in the Dubai talks ("high-level talks between officials from both
    # countries") where Misri "met with Afghanistan’s acting Foreign Minister Amir Khan
    # Muttaqi"; 003: "China has invited Muttaqi for an official visit in May."
    result = find_paths(backend, "India", "China", all_paths=True)
    through = [p for p in result.paths if p[0].end == iri("amir-khan-muttaqi")]
    assert through, [[s.end for s in p] for p in result.paths]
    first, second = through[0]
    assert iri("dubai-meeting-2025-01") in {h.event for h in first.hops}
    assert iri("china-invitation-muttaqi-2025") in {h.event for h in second.hops}
    assert all(h.sources for step in through[0] for h in step.hops)
    assert len(result.paths) == result.total >= 1


def test_best_path_only_without_all(backend: MemoryBackend) -> None:
    result = find_paths(backend, "India", "China")
    assert len(result.paths) == 1 and result.total >= 1
    document = result.as_json()
    assert document["paths"][0]["nodes"][0]["iri"] == iri("india")
    (first, *_) = document["paths"][0]["steps"][0]["edges"]
    assert resolved_edge(first, document)["sources"][0]["evidence"]


def test_no_path_within_the_limit(backend: MemoryBackend) -> None:
    # Misri appears only with the Dubai meeting and his office; nothing ties him to China.
    with pytest.raises(NothingFoundError, match="no path from Vikram Misri to China within 1"):
        find_paths(backend, "Vikram Misri", "China", max_length=1)


def test_direct_paths_walk_through_events(backend: MemoryBackend) -> None:
    result = find_paths(backend, "vikram-misri", "amir-khan-muttaqi", via_events=False)
    assert [step.end for step in result.paths[0]] == [
        iri("dubai-meeting-2025-01"),
        iri("amir-khan-muttaqi"),
    ]


def test_an_event_can_be_an_end(backend: MemoryBackend) -> None:
    result = find_paths(backend, "Vikram Misri", "dubai-meeting-2025-01")
    assert len(result.paths[0]) == 1


def test_same_ends_is_a_usage_error(backend: MemoryBackend) -> None:
    with pytest.raises(InputError):
        find_paths(backend, "Yaqoob", "Mohammad Yaqub Mujahid")


# ---------------------------------------------------------------- describe


def test_describe_marks_the_disputed_medicines(backend: MemoryBackend) -> None:
    # 001: "300 tonnes of medicines"; 004: "30 tons of medicines"
    result = describe(backend, "aid-medicines")
    quantities = {
        f.value: (f.claim.source_ids(), f.claim.disputed)
        for f in result.facts
        if f.claim.label == "has quantity"
    }
    assert quantities == {"300 tonne": ([S001], True), "30 tonne": ([S004], True)}
    spans = [s for f in result.facts for s in f.claim.sources if f.value == "300 tonne"]
    assert spans[0].evidence == "300 tonnes of medicines" and spans[0].start is not None


def test_describe_has_both_directions(backend: MemoryBackend) -> None:
    # 004: "the Taliban’s Acting Defence Minister, Mohammad Yaqub Mujahid"
    result = describe(backend, "Yaqoob")
    out = {(f.claim.label, f.iri) for f in result.facts if f.direction == "out"}
    assert ("holds acting position", iri("iea-defence-minister")) in out
    incoming = {f.iri for f in result.facts if f.direction == "in"}
    assert iri("singh-yaqub-meeting-2024-11") in incoming
    document = result.as_json()
    assert document["entity"]["aliases"] and document["facts"][0]["sources"][0]["evidence"]


# ---------------------------------------------------------------- timeline


def test_timeline_keeps_precision_and_both_dates(backend: MemoryBackend) -> None:
    # 002: "during the November 4-5 visit to Kabul"; 004: "This high-level engagement, which
    # took place on Wednesday" (6 November, before the Thursday 7 November publication)
    result = timeline(backend, "J.P. Singh")
    entry = next(e for e in result.entries if e.event.id == "singh-yaqub-meeting-2024-11")
    assert {(d.value, d.precision, d.sources) for d in entry.dates} == {
        ("2024-11-04..2024-11-05", "day..day", (S002,)),
        ("2024-11-06", "day", (S004,)),
    }
    assert entry.date_text(short_sources=True) == "2024-11-04..2024-11-05 (002); 2024-11-06 (004)"
    assert "participant" in entry.roles
    earliest = [e.event.earliest or e.event.latest for e in result.entries]
    assert earliest == sorted(earliest)


def test_a_month_stays_a_month(backend: MemoryBackend) -> None:
    # 003: "Iranian Foreign Minister Abbas Araghchi’s visit to Kabul in January"; and
    # "Vikram Misri in Dubai in January" beside 000/001's "on Wednesday"
    result = timeline(backend, since="2025-01", until="2025-01")
    by_id = {e.event.id: e for e in result.entries}
    assert [d.value for d in by_id["araghchi-kabul-visit-2025-01"].dates] == ["2025-01"]
    assert by_id["araghchi-kabul-visit-2025-01"].dates[0].precision == "month"
    dubai = {(d.value, d.sources) for d in by_id["dubai-meeting-2025-01"].dates}
    assert dubai == {("2025-01-08", (S000, S001)), ("2025-01", (S003,))}
    assert "kabul-visit-2024-11" not in by_id
    assert all("2025-01-01" not in row["date"] for row in result.rows())


def test_timeline_window_and_bad_dates(backend: MemoryBackend) -> None:
    with pytest.raises(NothingFoundError):
        timeline(backend, "Vikram Misri", since="2026")
    with pytest.raises(InputError):
        timeline(backend, since="2025-13")
    with pytest.raises(InputError):
        timeline(backend, since="2025-02", until="2025-01")
    assert date_bounds("2024") == ("2024-01-01", "2024-12-31")


# ---------------------------------------------------------------- why


def test_why_gives_each_sources_evidence(backend: MemoryBackend) -> None:
    result = why(backend, "dubai-meeting-2025-01", "hasParticipant", "muttaqi")
    (claim,) = result.claims
    assert {s.source for s in claim.sources} == {S000, S001, S003}
    assert any("Amir Khan Muttaqi" in s.evidence for s in claim.sources)
    same = why(backend, "Misri Muttaqi Dubai", "has participant", "Amir Khan Muttaqi")
    assert same.claims == result.claims


def test_why_a_literal_value(backend: MemoryBackend) -> None:
    # 004: "30 tons of medicines"
    result = why(backend, "aid-medicines", "kg:hasQuantity", "30 tonne")
    (claim,) = result.claims
    assert claim.disputed and [s.source for s in claim.sources] == [S004]


def test_why_explains_the_wrong_direction(backend: MemoryBackend) -> None:
    with pytest.raises(NothingFoundError, match="the sources say"):
        why(backend, "muttaqi", "hasParticipant", "dubai-meeting-2025-01")
    with pytest.raises(InputError, match="did you mean hasParticipant"):
        why(backend, "dubai-meeting-2025-01", "hasParticipnt", "muttaqi")


def test_why_an_edge_from_neighbours_output(backend: MemoryBackend) -> None:
    document = neighbourhood(backend, "Vikram Misri").as_json()
    edge = next(e for e in document["edges"] if e["target"] == iri("amir-khan-muttaqi"))
    result = why_edges(backend, edge)
    assert {(c.subject, c.object) for c in result.claims} == {
        (iri("dubai-meeting-2025-01"), iri("vikram-misri")),
        (iri("dubai-meeting-2025-01"), iri("amir-khan-muttaqi")),
    }
    assert len(why_edges(backend, document).claims) >= len(document["edges"])


# ---------------------------------------------------------------- search


def test_search_labels_aliases_and_evidence(backend: MemoryBackend) -> None:
    # 002: "“Yes, this was the first meeting with” Yaqoob"
    result = search(backend, "yaqoob")
    assert result.hits[0].name.id == "mohammad-yaqub-mujahid"
    assert result.hits[0].matches[0].field == "alias"
    by_id = {hit.name.id: hit for hit in result.hits}
    assert {m.field for m in by_id["singh-yaqub-meeting-2024-11"].matches} == {"evidence"}
    assert {m.source for m in by_id["singh-yaqub-meeting-2024-11"].matches} == {S002}


def test_search_ignores_case_and_accents(backend: MemoryBackend) -> None:
    assert search(backend, "CHABAHĀR").hits[0].name.id == "chabahar-port"
    with pytest.raises(NothingFoundError):
        search(backend, "zanzibar")
    with pytest.raises(InputError):
        search(backend, "  ...  ")
