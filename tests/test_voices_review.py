"""The review of issue 23 against main: what the lookups, the export and the view show of
a claim's voice and of its disputes, beyond what tests/test_attribution.py and
tests/test_disagreements.py check.

Expected answers are read from the seed texts (quoted beside them); the seed is built once
for the session (``seed``, ``seed_context``).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any

import pytest

from kg.build import BuildResult
from kg.cli.lookup_tables import neighbours_table, render_paths
from kg.lookup.backend import MemoryBackend, backend_for
from kg.lookup.neighbours import neighbourhood
from kg.lookup.paths import find_paths
from kg.viz import ViewContext, ViewOptions, select
from kg.viz.export import export
from tests.conftest import TinyCorpus

# 000: "Last week, Pakistan launched an operation ... targeting what it claimed were armed
# groups": the target is Pakistan's claim, not the report's.
PAKISTAN_CLAIMED = "— Pakistan: “what it claimed were” (reported)"
ID = "https://w3id.org/kgdiplo/id/"


@pytest.fixture(scope="module")
def backend(seed: BuildResult) -> MemoryBackend:
    return backend_for(seed.dataset)


# --- neighbours and path mark a hop in another voice, as describe's voice column does ------


def test_neighbours_table_shows_the_voice_of_a_reported_hop(backend: MemoryBackend) -> None:
    result = neighbourhood(backend, "paktika-armed-groups")
    lines = neighbours_table(result).splitlines()
    assert lines[0].split()[-1] == "voice"
    pakistan = [line for line in lines if line.startswith("Pakistan ")]
    assert pakistan and pakistan[0].endswith(PAKISTAN_CLAIMED)
    rows = {row["neighbour"]: row for row in result.rows(True)}
    assert rows["Pakistan"]["voice"] == PAKISTAN_CLAIMED


def test_neighbours_table_has_no_voice_column_when_every_hop_is_stated(
    backend: MemoryBackend,
) -> None:
    # the people Misri met and the topics of the Dubai meeting: every hop in its report's
    # own voice, stated
    result = neighbourhood(backend, "vikram-misri")
    assert all(row["voice"] == "" for row in result.rows(True))
    assert "voice" not in neighbours_table(result).splitlines()[0].split()


def test_path_shows_the_voice_beside_each_source_of_a_hop(backend: MemoryBackend) -> None:
    # 000: "The Taliban recently called India a “significant regional and economic partner”"
    # (the Taliban's words); 004: "The Indian government has reiterated that it does not
    # officially recognise the Taliban government" (India's); 002 says the same in its own.
    result = find_paths(
        backend,
        "islamic-emirate-of-afghanistan",
        "india",
        max_length=1,
        via_events=False,
        all_paths=True,
    )
    text = render_paths(result)
    assert (
        "      000: “The Taliban recently called India a “significant regional and economic "
        "partner””  — Islamic Emirate of Afghanistan: “The Taliban recently called India” "
        "(reported)"
    ) in text
    assert (
        "      004: “The Indian government has reiterated that it does not officially recognise "
        "the Taliban government”  — the Indian government has reiterated that (reported)"
    ) in text
    own = [line for line in text.splitlines() if line.startswith("      002: “No country has")]
    assert own and "(reported)" not in own[0]
    voices = [row["voice"] for row in result.rows(True) if row["relation"].startswith("←")]
    assert voices and any(
        v.startswith("004: — the Indian government") and "002" not in v for v in voices
    )


# --- the export carries the disputes --------------------------------------------------------


def test_the_json_export_says_what_a_disputed_title_conflicts_with(
    seed_context: ViewContext,
) -> None:
    # 004: "Mujahid, the acting Defence Minister"; 002, the same day: "Defense Minister
    # Mohammad Yaqoob" (TitleConflict)
    view = select(seed_context, ViewOptions(centers=("mohammad-yaqub-mujahid",), depth=1))
    document = json.loads(export(view, "json"))
    acting = [e for e in document["edges"] if e["label"] == "holds acting position"]
    assert acting and all(e["disputed"] for e in acting)
    kinds = {c["kind"] for e in acting for c in e["conflicts"]}
    assert kinds == {"TitleConflict"}
    texts = [c["text"] for e in acting for c in e["conflicts"]]
    assert any('(002_cc55442e284936d0: "Defense Minister Mohammad Yaqoob")' in t for t in texts)
    spans = [s for e in acting for s in e["evidence"]]
    assert any(s.get("conflicts_with") for s in spans)
    undisputed = [e for e in document["edges"] if not e["disputed"]]
    assert undisputed and all(e["conflicts"] == [] for e in undisputed)


def test_graphml_carries_the_conflicts_of_a_disputed_quantity(seed_context: ViewContext) -> None:
    # 001: "300 tonnes of medicines"; 004: "30 tons of medicines" (ValueConflict)
    import networkx as nx

    view = select(seed_context, ViewOptions(centers=("aid-medicines",), depth=0))
    graph = nx.read_graphml(io.BytesIO(export(view, "graphml")))
    facts: list[dict[str, Any]] = json.loads(graph.nodes[next(iter(graph.nodes))]["facts"])
    quantities = [f for f in facts if f["label"] == "has quantity"]
    assert {f["value"] for f in quantities} >= {"300 tonne", "30 tonne"}
    for fact in quantities:
        other = "30 tonne" if fact["value"] == "300 tonne" else "300 tonne"
        assert fact["disputed"] and fact["conflicts"][0]["kind"] == "ValueConflict"
        assert {c["value"] for c in fact["conflicts"]} == {other}


# --- the view, in Debian's Chromium: the voice beside each fact, each kind of dispute marked -


@pytest.fixture(scope="module")
def view_page(browser: Any, seed_context: ViewContext, tmp_path_factory: Any) -> Iterator[Any]:
    """The whole seed's view (``kg viz``) loaded once in the session's Chromium."""
    from kg.viz import write

    path = write(select(seed_context, ViewOptions()), tmp_path_factory.mktemp("voices") / "v.html")
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.goto(path.as_uri())
    tab.wait_for_selector("body[data-ready=true]", state="attached", timeout=20_000)
    yield tab
    context.close()
    assert errors == []


def node_of(tab: Any, entity: str) -> int:
    found = tab.evaluate(
        "iri => Object.keys(kgView.data.details).find(k => kgView.data.details[k].iri === iri)",
        ID + entity,
    )
    assert found is not None, entity
    return int(found)


def panel_of_node(tab: Any, entity: str) -> str:
    tab.evaluate("id => kgView.showNode(id)", node_of(tab, entity))
    return str(tab.locator("#details-body").inner_text())


def facts_with_voice(tab: Any, value: str) -> list[str]:
    """The panel's fact blocks whose value is ``value``, each with its evidence and voice."""
    return [
        text
        for text in tab.locator("#details-body div.fact").all_inner_texts()
        if value in text.split("\n", 1)[0]
    ]


def test_the_panel_shows_voice_and_factuality_beside_each_fact(view_page: Any) -> None:
    # 002: "The Pakistani military reported ... saying the ensuing clashes killed four soldiers
    # and five assailants": the dead are the military's figures, reported
    panel_of_node(view_page, "pakistan-border-clashes-2024-11-07")
    voiced = view_page.locator("#details-body span.voice").all_inner_texts()
    assert "— the Pakistani military reported (reported)" in [v.strip() for v in voiced]
    # 001: "India is considering further involvement in development projects": considered,
    # not a firm goal
    panel_of_node(view_page, "india")
    (considered,) = facts_with_voice(
        view_page, "further involvement in development projects in Afghanistan"
    )
    evidence = considered.split("\n")[1]
    assert evidence.startswith("001_75a9f5a7441c5fc0 India is considering further involvement")
    assert evidence.endswith("considered, not stated")
    # a fact in the report's own voice, stated, has no voice beside it
    blocks = view_page.locator("#details-body div.fact")
    voiced_blocks = view_page.locator("#details-body div.fact:has(span.voice)")
    assert 0 < voiced_blocks.count() < blocks.count()


@pytest.mark.parametrize(
    ("entity", "canvas", "panel"),
    [
        # 002 and 004 give the Defence Ministry's statement in different words
        ("iea-defence-ministry-statement-2024-11", "≠ quoted in other words", "quotation conflict"),
        # 004: the Yaqoob meeting "on Wednesday" (6 November), its visit on 4–5 November
        (
            "singh-yaqub-meeting-2024-11",
            "≠ dated apart from its part or whole",
            "sub-event outside its parent",
        ),
        # 001: "first official encounter"/000: "first such meeting" against November 2024's
        ("dubai-meeting-2025-01", "≠ a first, vs an earlier event", "first contradicted"),
    ],
)
def test_a_node_disputed_by_each_new_kind_is_marked_and_says_why(
    view_page: Any, entity: str, canvas: str, panel: str
) -> None:
    node = node_of(view_page, entity)
    drawn = view_page.evaluate("id => kgView.nodes.get(id)", node)
    label = view_page.evaluate("id => kgView.data.nodes.find(n => n.id === id).label", node)
    assert canvas in label
    assert drawn["borderWidth"] == 3
    text = panel_of_node(view_page, entity)
    assert "≠ " + panel in text
    assert view_page.locator("#details-body .fact .conflict-list").count() >= 1


def test_a_title_edge_disputed_is_dashed_and_its_panel_says_why(view_page: Any) -> None:
    # 004: "the acting Defence Minister"; 002, the same day: "Defense Minister Mohammad Yaqoob"
    yaqub = node_of(view_page, "mohammad-yaqub-mujahid")
    found = view_page.evaluate(
        """id => kgView.data.edges.filter(e => e.from === id
             && kgView.data.edgeDetails[e.id].label === 'holds acting position')
             .map(e => [e.id, Boolean(kgView.edges.get(e.id).dashes)])""",
        yaqub,
    )
    assert found and all(dashed for _, dashed in found)
    view_page.evaluate("id => kgView.showEdge(id)", found[0][0])
    text = view_page.locator("#details-body").inner_text()
    assert "The sources disagree on this claim." in text
    assert "≠ title conflict: Mohammad Yaqub Mujahid holds position" in text


# --- the place of one meeting, by two reports or one -----------------------------------------

K = "https://w3id.org/kgdiplo/ontology#"
PLACE_CLASSES = {
    "meeting": frozenset({K + "Meeting", K + "Event"}),
    "call": frozenset({K + "PhoneCall", K + "Event"}),
    "kabul": frozenset({K + "City", K + "Place"}),
    "dubai": frozenset({K + "City", K + "Place"}),
    "afghanistan": frozenset({K + "State", K + "Place"}),
    "pakistan": frozenset({K + "State", K + "Place"}),
    "paktika": frozenset({K + "Province", K + "Place"}),
}


def places(*rows: tuple[str, str, str, str, str]) -> list[tuple[str, str, str]]:
    from kg.build.disputes import DisputeContext, find_disputes

    context = DisputeContext(frozenset(), frozenset(), {}, PLACE_CLASSES)
    entries = [
        (key, subject, K + predicate, source, ("other", None, None, value), "")
        for key, subject, predicate, source, value in rows
    ]
    return [(d.first, d.second, d.kind) for d in find_disputes(entries, context)]


def test_two_cities_or_two_states_of_one_meeting_are_a_place_conflict() -> None:
    dubai = ("a", "meeting", "hasPlace", "s1", "dubai")
    assert places(dubai, ("b", "meeting", "hasPlace", "s2", "kabul")) == [
        ("a", "b", "PlaceConflict")
    ]
    # one report can contradict itself so
    assert places(dubai, ("b", "meeting", "hasPlace", "s1", "kabul")) == [
        ("a", "b", "PlaceConflict")
    ]
    # a province of Afghanistan (as a claim says) against Pakistan
    assert places(
        ("a", "meeting", "hasPlace", "s1", "paktika"),
        ("b", "meeting", "hasPlace", "s2", "pakistan"),
        ("l", "paktika", "locatedIn", "s1", "afghanistan"),
    ) == [("a", "b", "PlaceConflict")]


def test_places_that_can_both_hold_are_no_place_conflict() -> None:
    kabul, afghanistan = (
        ("a", "meeting", "hasPlace", "s1", "kabul"),
        (
            "b",
            "meeting",
            "hasPlace",
            "s2",
            "afghanistan",
        ),
    )
    # Kabul in Afghanistan, where a claim says so
    assert places(kabul, afghanistan, ("l", "kabul", "locatedIn", "s3", "afghanistan")) == []
    # and where none gives Kabul's state (the seed): unknown is no conflict
    assert places(kabul, afghanistan) == []
    assert places(kabul, ("b", "meeting", "hasPlace", "s2", "pakistan")) == []
    # the same place twice; a phone call has a place at each end
    assert places(kabul, ("b", "meeting", "hasPlace", "s2", "kabul")) == []
    assert (
        places(("a", "call", "hasPlace", "s1", "dubai"), ("b", "call", "hasPlace", "s2", "kabul"))
        == []
    )


def test_the_seed_has_no_place_conflict(seed: BuildResult) -> None:
    # 000: "since the Taliban took control of Kabul in 2021"; 002: "The de facto Afghan leaders
    # swept back to power" in Afghanistan: one takeover, Kabul within Afghanistan (no
    # meeting, and no claim gives Kabul's state); every meeting has one place.
    found = seed.dataset.query(
        "ASK { ?d <https://w3id.org/kgdiplo/ontology#disputeKind> "
        "<https://w3id.org/kgdiplo/ontology#PlaceConflict> }"
    )
    assert found.askAnswer is False
    takeover = seed.dataset.query(
        "SELECT DISTINCT ?place WHERE { GRAPH ?g { <" + ID + "taliban-takeover-2021> "
        "<https://w3id.org/kgdiplo/ontology#hasPlace> ?place } }"
    )
    assert {str(row[0]).rsplit("/", 1)[-1] for row in takeover} == {"kabul", "afghanistan"}  # type: ignore[index]


TEXT_KABUL = "Talks in Kabul\nMisri met Muttaqi in Kabul on Wednesday.\n"


def add_kabul_report(tiny: TinyCorpus) -> None:
    (tiny.corpus / "s2.txt").write_text(TEXT_KABUL, encoding="utf-8")
    tiny.write(
        "sources.tsv",
        (tiny.data / "sources.tsv").read_text("utf-8") + "s2\tTalks in Kabul\t2025-01-09\n",
    )
    tiny.append("entities/main.tsv", "kabul\tCity\tKabul\t")
    tiny.write(
        "claims/s2.tsv",
        "subject\tpredicate\tobject\tsource\tevidence\n"
        "meeting\thasPlace\tkabul\ts2\tMisri met Muttaqi in Kabul\n",
    )


def test_a_meeting_in_dubai_and_in_kabul_is_disputed_with_both_sources(tiny: TinyCorpus) -> None:
    from pathlib import Path

    from kg.lookup.describe import describe
    from tests.conftest import ROOT
    from tests.test_query_catalogue import run_catalogue_query

    add_kabul_report(tiny)
    result = tiny.build()
    query = (Path(ROOT) / "queries" / "place-conflicts.rq").read_text(encoding="utf-8")
    rows: list[Any] = list(run_catalogue_query(result.dataset, query, {}))
    assert [
        (str(r[0]).rsplit("/", 1)[-1], str(r[3]), str(r[4]), str(r[7]), str(r[8]), str(r[10]))
        for r in rows
    ] == [("meeting", "Dubai", "s1", "Kabul", "s2", "false")]
    facts = describe(backend_for(result.dataset), "meeting").rows(True)
    placed = {r["value"]: r for r in facts if r["predicate"] == "has place →"}
    assert placed["Dubai"]["disputed"] == "disputed"
    assert placed["Dubai"]["conflicts_with"] == (
        'place conflict: Dubai meeting has place Kabul (s2: "Misri met Muttaqi in Kabul")'
    )
    assert placed["Kabul"]["conflicts_with"].startswith(
        "place conflict: Dubai meeting has place Dubai"
    )


def test_a_report_added_incrementally_that_places_a_meeting_elsewhere(tmp_path: Any) -> None:
    # the incremental build keeps the place claims of the report it does not read again
    from kg.build import build_oxigraph
    from tests.conftest import ONTOLOGY, ROOT
    from tests.test_incremental_build import assert_same_as_full_build

    tiny = TinyCorpus(tmp_path)

    def build() -> Any:
        return build_oxigraph(
            tmp_path / "store",
            tiny.data,
            ONTOLOGY,
            tiny.corpus,
            queries_dir=ROOT / "queries",
            keep_text=True,
            incremental=True,
        )

    kind = "#disputeKind> <https://w3id.org/kgdiplo/ontology#PlaceConflict>"
    assert kind not in build().nquads
    add_kabul_report(tiny)
    second = build()
    assert second.incremental
    assert second.nquads.count(kind) == 1
    assert_same_as_full_build(tiny, second, tmp_path / "store")


# --- two voices in one row: 002's "Both sides reported that" ---------------------------------

BOTH_TEXT = (
    "Envoys meet in Dubai\n"
    "India’s Foreign Secretary Vikram Misri met Amir Khan Muttaqi in Dubai on Wednesday. "
    "India sent 300 tonnes of medicines. Both sides reported that the talks focused on trade.\n"
)
BOTH_HEADER = (
    "subject\tpredicate\tobject\tsource\tevidence\tconfidence\tnote\tvoice\tvoice_evidence\n"
)


def both_sides(tiny: TinyCorpus, voice: str) -> int:
    """The tiny corpus with a topic that "Both sides reported"; the row's line."""
    from tests.conftest import TINY_CLAIMS

    (tiny.corpus / "s1.txt").write_text(BOTH_TEXT, encoding="utf-8")
    tiny.append("entities/main.tsv", "iea\tDeFactoAuthority\tIslamic Emirate of Afghanistan\t")
    tiny.append("entities/main.tsv", "trade\tTopic\tTrade\t")
    tiny.write("claims/s1.tsv", BOTH_HEADER + TINY_CLAIMS.split("\n", 1)[1])
    return tiny.append(
        "claims/s1.tsv",
        f"meeting\thasTopic\ttrade\ts1\tthe talks focused on trade\t\t\t{voice}\t"
        "Both sides reported that",
    )


def test_a_row_in_two_voices_is_the_claim_of_each(tiny: TinyCorpus) -> None:
    from rdflib import URIRef

    from kg.lookup.describe import describe
    from tests.conftest import ROOT
    from tests.test_query_catalogue import run_catalogue_query

    both_sides(tiny, "india | iea")
    result = tiny.build()
    dataset = result.dataset
    ids = "https://w3id.org/kgdiplo/id/"
    prov = URIRef("http://www.w3.org/ns/prov#wasAttributedTo")
    topic = [c for c in dataset.subjects(URIRef(K + "hasVoiceEvidence"), None, unique=True)]
    attributed = {str(o).rsplit("/", 1)[-1] for c in topic for o in dataset.objects(c, prov)}
    assert attributed == {"india", "iea"}
    assert len(topic) == 2  # one claim per voice, each with one voice (the SHACL shapes hold)
    queries = ROOT / "queries"
    for actor in ("india", "iea"):
        text = (queries / "actor-claims.rq").read_text(encoding="utf-8")
        rows: list[Any] = list(run_catalogue_query(dataset, text, {"actor": URIRef(ids + actor)}))
        assert [(str(r[2]).rsplit("/", 1)[-1], str(r[7])) for r in rows] == [
            ("trade", "Both sides reported that")
        ]
    # said by two parties, it is no longer one party's word
    text = (queries / "one-party-facts.rq").read_text(encoding="utf-8")
    assert list(run_catalogue_query(dataset, text, {})) == []
    voices = {
        r["voice"]
        for r in describe(backend_for(dataset), "trade").rows(True)
        if r["value"] == "Dubai meeting"
    }
    assert voices == {
        "— India: “Both sides reported that” (reported)",
        "— Islamic Emirate of Afghanistan: “Both sides reported that” (reported)",
    }


@pytest.mark.parametrize(
    ("voice", "message"),
    [
        ("india | ", "voice: an empty actor id in 'india |'"),
        ("india | india", "voice: a repeated ('india') actor id in 'india | india'"),
        ("india | ieaa", "unknown voice entity 'ieaa'"),
    ],
)
def test_a_bad_list_of_voices_is_one_line_naming_file_and_line(
    tiny: TinyCorpus, voice: str, message: str
) -> None:
    from kg.errors import BuildFailedError

    line = both_sides(tiny, voice)
    with pytest.raises(BuildFailedError) as failure:
        tiny.build(shacl=False)
    (problem,) = [str(p) for p in failure.value.problems]
    assert problem.startswith(f"{tiny.data / 'claims' / 's1.tsv'}:{line}: ")
    assert message in problem and "\n" not in problem


def test_002_both_sides_reported_the_chabahar_talks(run_query: Any) -> None:
    # 002: "Both sides reported that the discussions in Kabul also focused on how the Afghan
    # business community could access the India-operated Chabahar port in Iran": India's
    # and the Taliban government's word, both
    found = run_query(
        """SELECT ?topic ?actor ?words WHERE {
            ?claim rdf:subject kgr:kabul-visit-2024-11 ; rdf:predicate kg:hasTopic ;
                   rdf:object ?topic ; prov:wasAttributedTo ?actor ;
                   kg:hasVoiceEvidence/oa:exact ?words ;
                   prov:wasDerivedFrom/dcterms:identifier "002_cc55442e284936d0" .
            FILTER (?topic != kgr:humanitarian-assistance)  # Jaiswal's, in 002
        }"""
    )
    assert {
        (str(r["topic"]).rsplit("/", 1)[-1], str(r["actor"]).rsplit("/", 1)[-1], r["words"])
        for r in found
    } == {
        (topic, actor, "Both sides reported that")
        for topic in ("chabahar-port", "afghan-business-community")
        for actor in ("india", "islamic-emirate-of-afghanistan")
    }


def test_the_view_dashes_both_places_and_says_what_each_conflicts_with(
    tiny: TinyCorpus,
) -> None:
    from kg.viz.context import load_context
    from kg.viz.render import build_network, page_data

    add_kabul_report(tiny)
    context = load_context(tiny.build().dataset)
    view = select(context, ViewOptions(centers=("meeting",), depth=1))
    network = build_network(view)
    details = page_data(view, network)["edgeDetails"]
    placed = {key: d for key, d in details.items() if d["label"] == "has place"}
    assert len(placed) == 2 and all(d["disputed"] for d in placed.values())
    assert sorted(c for d in placed.values() for c in d["c"]) == [
        'place conflict: Dubai meeting has place Dubai (s1: "met Amir Khan Muttaqi in Dubai")',
        'place conflict: Dubai meeting has place Kabul (s2: "Misri met Muttaqi in Kabul")',
    ]
    dashed = [e for e in network.edges if e.get("label") == "has place"]
    assert len(dashed) == 2 and all(e.get("dashes") for e in dashed)
