"""The JSON of `kg neighbours` and `kg path` lists each event and claim once (issue 21).

Edges refer to the document's ``events`` (by IRI) and ``claims`` (by index), and to
each span as ``[claim, span]``; `kg why -` reads a whole document through those
references and an edge cut out of it (`jq '.edges[0]'`) through the edge's own fields,
and explains both as `kg why SUBJECT PREDICATE OBJECT` does.

Expected answers come from the seed reports: 000 "India’s Foreign Secretary Vikram
Misri met with Afghanistan’s acting Foreign Minister Amir Khan Muttaqi in Dubai on
Wednesday"; 001 "Amir Khan Muttaqi, met India’s Foreign Secretary Vikram Misri"; 003
"a meeting between Muttaqi and Indian Foreign Secretary Vikram Misri".
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from click.testing import CliRunner, Result

import kg.cli.lookup_commands as lookup_commands
from kg.build import BuildResult
from kg.cli import cli
from kg.lookup.backend import MemoryBackend, backend_for
from kg.lookup.edges import resolved_edge
from kg.lookup.neighbours import neighbourhood
from kg.lookup.paths import find_paths
from kg.lookup.why import why_edges
from kg.namespaces import KGR
from tests.conftest import S000, S001, S003, S004

Invoke = Callable[..., Result]
DUBAI = str(KGR["dubai-meeting-2025-01"])
MISRI = str(KGR["vikram-misri"])
MUTTAQI = str(KGR["amir-khan-muttaqi"])
HAS_PARTICIPANT = "https://w3id.org/kgdiplo/ontology#hasParticipant"


@pytest.fixture(scope="module")
def backend(seed: BuildResult) -> MemoryBackend:
    return backend_for(seed.dataset)


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, seed: BuildResult) -> Invoke:
    monkeypatch.setattr(lookup_commands, "load_dataset", lambda *_: seed.dataset)

    def invoke(*args: str, input: str | None = None) -> Result:
        result = CliRunner().invoke(cli, list(args), input=input)
        return result

    return invoke


def key(claim: dict[str, Any]) -> tuple[str, str, str]:
    return (claim["subject"], claim["predicate"], claim["object"])


def edges_of(document: dict[str, Any]) -> list[dict[str, Any]]:
    if "paths" in document:
        return [e for p in document["paths"] for step in p["steps"] for e in step["edges"]]
    return list(document["edges"])


def documents(backend: MemoryBackend) -> list[dict[str, Any]]:
    return [
        neighbourhood(backend, "Muttaqi", depth=2).as_json(),
        neighbourhood(backend, "Vikram Misri", via_events=False, depth=2).as_json(),
        neighbourhood(backend, "India", depth=2, source="004").as_json(),
        find_paths(backend, "India", "China", all_paths=True).as_json(),
    ]


def test_each_event_and_claim_is_written_once(backend: MemoryBackend) -> None:
    for document in documents(backend):
        edges = edges_of(document)
        keys = [key(claim) for claim in document["claims"]]
        assert len(keys) == len(set(keys)), Counter(keys).most_common(1)
        # every claim and event of the tables is one an edge refers to, and no other
        assert {i for e in edges for i in e["claims"]} == set(range(len(keys)))
        assert {e["event"] for e in edges} - {None} == set(document["events"])
        # written once: only a claim object says is_link, only an event object its bounds
        text = json.dumps(document)
        assert text.count('"is_link"') == len(keys)
        assert text.count('"earliest"') == len(document["events"])
        spans = sum(len(claim["sources"]) for claim in document["claims"])
        assert text.count('"evidence"') == spans + sum(
            len(claim["conflicts"]) for claim in document["claims"]
        )


def test_every_reference_resolves_to_what_the_edge_says(backend: MemoryBackend) -> None:
    for document in documents(backend):
        for edge in edges_of(document):
            whole = resolved_edge(edge, document)
            claims = whole["claims"]
            if edge["event"] is None:
                (claim,) = claims
                assert key(claim) == (edge["source"], edge["predicate"], edge["target"])
            else:
                start, end = claims
                assert whole["event"]["iri"] == edge["event"]
                assert start["predicate"] == edge["source_predicate"]
                assert end["predicate"] == edge["predicate"]
                assert {start["subject"], start["object"]} == {edge["event"], edge["source"]}
                assert {end["subject"], end["object"]} == {edge["event"], edge["target"]}
            for leg in edge["legs"]:
                assert leg["sources"] == sorted({s["id"] for s in claims[leg["claim"]]["sources"]})
            # the edge's spans: those of its claims from the sources that make the edge
            wanted = set(edge["source_ids"])
            expected = [s for c in claims for s in c["sources"] if not wanted or s["id"] in wanted]
            assert sorted(map(json.dumps, whole["sources"])) == sorted(map(json.dumps, expected))


def test_the_dubai_meeting_edge_names_its_event_and_role_claims(backend: MemoryBackend) -> None:
    document = neighbourhood(backend, "Vikram Misri").as_json()
    (edge,) = [e for e in document["edges"] if e["target"] == MUTTAQI and e["event"] == DUBAI]
    assert document["events"][DUBAI]["types"][0] == "ThirdLocationMeeting"
    whole = resolved_edge(edge, document)
    assert [key(c) for c in whole["claims"]] == [
        (DUBAI, HAS_PARTICIPANT, MISRI),
        (DUBAI, HAS_PARTICIPANT, MUTTAQI),
    ]
    # 000, 001 and 003 each name both men at the meeting
    assert edge["source_ids"] == [S000, S001, S003]
    assert {s["evidence"] for s in whole["sources"]} >= {
        "Vikram Misri met with Afghanistan’s acting Foreign Minister Amir Khan Muttaqi",
        "a meeting between Muttaqi and Indian Foreign Secretary Vikram Misri",
    }


def test_a_source_restricted_document_keeps_that_source_only(backend: MemoryBackend) -> None:
    document = neighbourhood(backend, "India", depth=2, source="004").as_json()
    spans = [s for claim in document["claims"] for s in claim["sources"]]
    assert spans and {s["id"] for s in spans} == {S004}


def explanation(result: Result) -> list[tuple[Any, ...]]:
    assert result.exit_code == 0, result.output
    return sorted(
        (key(c), tuple(sorted((s["id"], s["evidence"]) for s in c["sources"])))
        for c in json.loads(result.stdout)
    )


def test_why_explains_a_whole_document_and_a_cut_edge_as_why_s_p_o(run: Invoke) -> None:
    written = run("neighbours", "misri", "--json")
    document = json.loads(written.stdout)
    (edge,) = [e for e in document["edges"] if e["target"] == MUTTAQI and e["event"] == DUBAI]
    cut = explanation(run("why", "-", "--json", input=json.dumps(edge)))  # jq '.edges[i]'
    asked = explanation(run("why", DUBAI, "hasParticipant", MISRI, "--json"))
    asked += explanation(run("why", DUBAI, "hasParticipant", MUTTAQI, "--json"))
    assert cut == sorted(asked)
    assert [s for _, spans in asked for s, _ in spans].count(S000) == 2  # one span per leg
    # the whole document: every claim its edges refer to, as each edge cut out gives them
    whole = explanation(run("why", "-", "--json", input=written.stdout))
    each = set()
    for one in document["edges"]:
        each |= set(explanation(run("why", "-", "--json", input=json.dumps(one))))
    assert whole == sorted(each)
    assert [k for k, _ in whole] == sorted(key(c) for c in document["claims"])


def test_why_reads_a_path_document_and_a_cut_step(run: Invoke) -> None:
    written = run("path", "India", "China", "--json")
    document = json.loads(written.stdout)
    # written by orjson, as neighbours' document: byte for byte json.dumps
    assert written.stdout == json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    whole = explanation(run("why", "-", "--json", input=written.stdout))
    step = document["paths"][0]["steps"][0]  # jq '.paths[0].steps[0]'
    first = explanation(run("why", "-", "--json", input=json.dumps(step)))
    assert set(first) <= set(whole)
    assert [k for k, _ in whole] == sorted(key(c) for c in document["claims"])


def test_an_edge_written_whole_is_still_read(backend: MemoryBackend) -> None:
    document = neighbourhood(backend, "Vikram Misri").as_json()
    (edge,) = [e for e in document["edges"] if e["target"] == MUTTAQI and e["event"] == DUBAI]
    old = why_edges(backend, resolved_edge(edge, document))  # as before the tables
    assert [c.key() for c in old.claims] == [c.key() for c in why_edges(backend, edge).claims]


def test_an_edge_why_cannot_explain_is_a_one_line_error(run: Invoke) -> None:
    edge = {
        "source": MISRI,
        "predicate": HAS_PARTICIPANT,
        "target": MUTTAQI,
        "event": str(KGR["no-such-meeting"]),
        "source_predicate": HAS_PARTICIPANT,
    }
    result = run("why", "-", input=json.dumps(edge))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"Error: no claim linking {KGR['no-such-meeting']} and {MISRI} in the graph"
    ]
    dangling = json.dumps({"edges": [{"claims": [7], "event": None}], "events": {}, "claims": []})
    result = run("why", "-", input=dangling)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "Error: an edge refers to an event, claim or span that the document does not have"
    ]
    result = run("why", "-", input=json.dumps({"event": None, "claims": [0]}))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == ["Error: an edge needs source, predicate and target"]


def test_the_document_is_smaller_than_one_edge_object_each(backend: MemoryBackend) -> None:
    result = neighbourhood(backend, "Muttaqi", depth=2)
    # written whole, each edge had its spans and each of its claims' spans
    whole = sum(len(h.sources) + sum(len(c.sources) for c in h.claims) for h in result.hops)
    distinct = {c.key(): len(c.sources) for h in result.hops for c in h.claims}
    text = json.dumps(result.as_json())
    written = text.count('"evidence"') - text.count('"kind"')  # a conflict has both
    assert written == sum(distinct.values())
    assert written * 2 < whole, (written, whole)  # on the seed: 351 against 1,186


def test_one_claim_read_as_two_objects_is_written_once() -> None:
    # a store-backed walk may read one claim from each end's line: two objects, one claim
    from kg.graph.model import Claim, Evidence, Node
    from kg.lookup.edges import EdgeWriter
    from kg.lookup.walk import Hop

    names = {iri: Node(iri=iri, label=iri.upper()) for iri in ("a", "b")}
    said = Evidence("s1", "A met B", 0, 7, claim="c1")
    claim = Claim("a", "p", "met", "b", True, (said,))
    again = Claim("a", "p", "met", "b", True, (Evidence("s1", "A met B", 0, 7, claim="c1"),))
    more = Claim(
        "a", "p", "met", "b", True, (*again.sources, Evidence("s2", "B saw A", claim="c2"))
    )
    writer = EdgeWriter(names)
    edges = [writer.edge(Hop("a", "b", (c,))) for c in (claim, again, more)]
    document = {"edges": edges, **writer.tables()}
    (written,) = document["claims"]
    assert [s["evidence"] for s in written["sources"]] == ["A met B", "B saw A"]
    spans = [[s["evidence"] for s in resolved_edge(e, document)["sources"]] for e in edges]
    assert spans == [["A met B"], ["A met B"], ["A met B", "B saw A"]]
