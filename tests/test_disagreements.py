"""Disputes beyond dates and quantities (issue 23): titles, quotations, sub-event dates,
contradicted firsts; within one report and across reports; in the graph, the lookups,
the views and an incremental build.

Expected answers are read from the seed texts (quoted beside them). The seed is built once
for the session (``seed``); the rules' edge cases are checked on small lists of claims,
without a build.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rdflib import Dataset

from kg.build import BuildResult, build_oxigraph
from kg.build.disputes import (
    ACTING,
    FIRST,
    HAS_TIME,
    HOLDS,
    QUOTATION,
    SIGNIFICANCE,
    SUB_EVENT_OF,
    DisputeContext,
    DisputeEntry,
    conflict,
    find_disputes,
)
from kg.lookup.backend import MemoryBackend, backend_for
from kg.lookup.describe import describe
from kg.lookup.why import why
from kg.viz import ViewContext, ViewOptions, select
from kg.viz.render import build_network, page_data
from tests.conftest import ONTOLOGY, ROOT, S000, S001, S002, S003, S004, TinyCorpus

ID = "https://w3id.org/kgdiplo/id/"
K = "https://w3id.org/kgdiplo/ontology#"
PREFIXES = """
PREFIX kg: <https://w3id.org/kgdiplo/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
DISPUTES = (
    PREFIXES
    + """
SELECT ?kind ?s1 ?p1 ?o1 ?src1 ?s2 ?p2 ?o2 ?src2 WHERE {
  ?d a kg:Dispute ; kg:disputeKind ?kind ; kg:disputedClaim ?a , ?b .
  ?a rdf:subject ?s1 ; rdf:predicate ?p1 ; rdf:object ?o1 ;
     prov:wasDerivedFrom/dcterms:identifier ?src1 ; kg:disputed true .
  ?b rdf:subject ?s2 ; rdf:predicate ?p2 ; rdf:object ?o2 ;
     prov:wasDerivedFrom/dcterms:identifier ?src2 ; kg:disputed true .
  FILTER (STR(?a) < STR(?b))
}"""
)


def short(term: object) -> str:
    text = str(term)
    for prefix in (ID, K):
        if text.startswith(prefix):
            return text[len(prefix) :]
    return text


def disputes(dataset: Dataset, kind: str) -> set[frozenset[tuple[str, str, str, str]]]:
    """The seed's disputes of one kind: each a pair of (subject, predicate, object, source)."""
    found = set()
    for row in dataset.query(DISPUTES):
        if short(row.kind) == kind:  # type: ignore[union-attr]
            v = [short(value) for value in row]  # type: ignore[union-attr]
            found.add(frozenset({(v[1], v[2], v[3], v[4]), (v[5], v[6], v[7], v[8])}))
    return found


@pytest.fixture(scope="module")
def backend(seed: BuildResult) -> MemoryBackend:
    return backend_for(seed.dataset)


# --- the graph: each kind, with both claims and their sources ------------------------------


def test_acting_and_plain_titles_of_the_same_day_are_disputed(seed: BuildResult) -> None:
    # 002 (7 Nov 2024): "Taliban Foreign Minister Amir Khan Muttaqi", "Defense Minister
    # Mohammad Yaqoob"; 004 (7 Nov 2024): "the Taliban’s Acting Foreign Minister Amir Khan
    # Muttaqi", "the Taliban’s Acting Defence Minister, Mohammad Yaqub Mujahid".
    assert disputes(seed.dataset, "TitleConflict") == {
        frozenset(
            {
                ("amir-khan-muttaqi", "holdsPosition", "iea-foreign-minister", S002),
                ("amir-khan-muttaqi", "holdsActingPosition", "iea-foreign-minister", S004),
            }
        ),
        frozenset(
            {
                ("mohammad-yaqub-mujahid", "holdsPosition", "iea-defence-minister", S002),
                ("mohammad-yaqub-mujahid", "holdsActingPosition", "iea-defence-minister", S004),
            }
        ),
    }


def test_a_title_only_one_side_gives_is_no_dispute(seed: BuildResult) -> None:
    # 000, 001 and 003 call Muttaqi acting; nobody calls him otherwise at their dates.
    rows = seed.dataset.query(
        PREFIXES
        + """SELECT ?source WHERE {
          ?c rdf:subject <https://w3id.org/kgdiplo/id/amir-khan-muttaqi> ;
             rdf:predicate kg:holdsActingPosition ;
             prov:wasDerivedFrom/dcterms:identifier ?source .
          FILTER NOT EXISTS { ?c kg:disputed true } }"""
    )
    assert {str(row[0]) for row in rows} == {S000, S001, S003}  # type: ignore[index]


def test_one_statement_quoted_in_different_words(seed: BuildResult) -> None:
    assert disputes(seed.dataset, "QuotationConflict") == {
        # 000: headline ‘Key regional partner’, body “significant regional and economic
        # partner”: within one report
        frozenset(
            {
                (
                    "taliban-partner-statement-2025-01",
                    "hasQuotation",
                    "Key regional partner",
                    S000,
                ),
                (
                    "taliban-partner-statement-2025-01",
                    "hasQuotation",
                    "significant regional and economic partner",
                    S000,
                ),
            }
        ),
        # the Defence Ministry's post: 002 "declared ... to enlarge", 004 "emphasised ... to
        # expand"
        frozenset(
            {
                (
                    "iea-defence-ministry-statement-2024-11",
                    "hasQuotation",
                    "both sides declared their common desire to enlarge the bilateral relations "
                    "… and expressed their interest in further reinforcing the interactions "
                    "between Afghanistan and India.",
                    S002,
                ),
                (
                    "iea-defence-ministry-statement-2024-11",
                    "hasQuotation",
                    "emphasised their common desire to expand bilateral relations, especially "
                    "in humanitarian cooperation, and expressed their interest in strengthening "
                    "further interactions.",
                    S004,
                ),
            }
        ),
        # Jaiswal: 002 "met with representatives of the United Nations agencies" (indirect
        # speech), 004 “met the head of UN agencies”
        frozenset(
            {
                (
                    "mea-briefing-2024-11-07",
                    "hasParaphrase",
                    "met with representatives of the United Nations agencies",
                    S002,
                ),
                ("mea-briefing-2024-11-07", "hasQuotation", "met the head of UN agencies", S004),
            }
        ),
    }


def test_a_sub_event_dated_outside_its_visit(seed: BuildResult) -> None:
    # 004: "This high-level engagement, which took place on Wednesday" (6 Nov), "During the
    # visit", "The visit, which took place from November 4–5"; 002: "the November 4-5 visit".
    meeting = ("singh-yaqub-meeting-2024-11", "hasTime", ID + "singh-yaqub-meeting-2024-11")
    assert {
        frozenset((src for _, _, _, src in pair))
        for pair in disputes(seed.dataset, "SubEventTimeConflict")
    } == {frozenset({S004}), frozenset({S002, S004})}
    for pair in disputes(seed.dataset, "SubEventTimeConflict"):
        subjects = {subject for subject, *_ in pair}
        assert subjects == {meeting[0], "kabul-visit-2024-11"}
        own = next(claim for claim in pair if claim[0] == meeting[0])
        assert own[2].endswith("/time/2024-11-06") and own[3] == S004


def test_firsts_that_earlier_meetings_contradict(seed: BuildResult) -> None:
    # 000: "the first such meeting since the Taliban took control of Kabul in 2021"; 001:
    # "first-ever meeting with Taliban minister"; 002 and 004: J.P. Singh met Foreign Minister
    # Muttaqi in Kabul during the 4–5 November 2024 visit, before 8 January 2025.
    found = disputes(seed.dataset, "FirstClaimConflict")
    firsts = {
        (claim[2], claim[3]) for pair in found for claim in pair if claim[1] == "hasSignificance"
    }
    earlier = {(claim[0], claim[3]) for pair in found for claim in pair if claim[1] == "hasTime"}
    assert firsts == {
        ("first such meeting since the Taliban took control of Kabul in 2021", S000),
        ("first-ever meeting with Taliban minister", S001),
    }
    assert earlier == {
        ("singh-muttaqi-meeting-2024-11", S002),
        ("singh-muttaqi-meeting-2024-11", S004),
    }
    assert len(found) == 4
    # 001's "first official encounter between the two sides at this level" is about a level,
    # and the Yaqoob meeting's firsts (002, 004) have no earlier meeting with him: undisputed
    rows = seed.dataset.query(
        PREFIXES
        + """SELECT ?text WHERE {
          ?c rdf:predicate kg:hasSignificance ; rdf:object ?text ; kg:disputed true }"""
    )
    assert {str(row[0]) for row in rows} == {text for text, _ in firsts}  # type: ignore[index]


def test_last_week_is_the_calendar_week_and_meets_late_december(seed: BuildResult) -> None:
    # 000 (Thursday 9 January 2025): "Last week, Pakistan launched an operation"; 001: the
    # airstrikes "killed at least 46 civilians in late December". The calendar week before,
    # 30 December to 5 January, meets December on its 30th and 31st: not a dispute. The seven
    # days before publication (2 to 8 January) would have been one.
    rows = seed.dataset.query(
        PREFIXES
        + """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?source ?object ?disputed ?note WHERE {
          ?c rdf:subject <https://w3id.org/kgdiplo/id/paktika-airstrikes-2024-12> ;
             rdf:predicate kg:hasTime ; rdf:object ?object ;
             prov:wasDerivedFrom/dcterms:identifier ?source .
          OPTIONAL { ?c kg:disputed ?disputed } OPTIONAL { ?c rdfs:comment ?note } }"""
    )
    found = {str(r[0]): (short(r[1]), r[2], str(r[3])) for r in rows}  # type: ignore[index,misc]
    assert found[S000][0].endswith("/time/2024-12-30_2025-01-05")
    assert found[S001][0].endswith("/time/2024-12")
    assert found[S000][1] is None and found[S001][1] is None
    assert "001" in found[S000][2] and "late December" in found[S000][2]
    assert not conflict(
        ("time", "2024-12-30", "2025-01-05", ""), ("time", "2024-12-01", "2024-12-31", "")
    )
    assert conflict(
        ("time", "2025-01-02", "2025-01-08", ""), ("time", "2024-12-01", "2024-12-31", "")
    )


# --- the lookups: kg why and kg describe say what a disputed value conflicts with ----------


def test_why_says_what_an_acting_title_conflicts_with(backend: MemoryBackend) -> None:
    result = why(backend, "amir-khan-muttaqi", "holdsActingPosition", "iea-foreign-minister")
    rows = {row["source"]: row for row in result.rows()}
    assert rows[S004]["disputed"] == "disputed"
    assert rows[S004]["conflicts_with"] == (
        "title conflict: Amir Khan Muttaqi holds position Foreign Minister of the Islamic "
        f'Emirate of Afghanistan ({S002}: "Taliban Foreign Minister Amir Khan Muttaqi")'
    )
    for source in (S000, S001, S003):  # the same title, uncontradicted at their dates
        assert rows[source]["disputed"] == "" and rows[source]["conflicts_with"] == ""
    (claim,) = result.as_json()
    assert {c["source"] for c in claim["conflicts"]} == {S002}


def test_why_names_the_earlier_meeting_against_a_first(backend: MemoryBackend) -> None:
    result = why(backend, "dubai-meeting-2025-01", "hasSignificance", "first-ever meeting")
    (row,) = result.rows(short_sources=True)
    assert row["source"] == "001" and row["disputed"] == "disputed"
    assert row["conflicts_with"].split("; ") == [
        "first contradicted by an earlier event: J.P. Singh meets Amir Khan Muttaqi (Kabul, "
        f'November 2024) has time 2024-11-04..2024-11-05 ({source}: "{words}")'
        for source, words in (
            ("002", "during the November 4-5 visit to Kabul"),
            ("004", "who visited Kabul on 4 and 5 November"),
        )
    ]


def test_describe_shows_each_wording_against_the_other(backend: MemoryBackend) -> None:
    rows = describe(backend, "taliban-partner-statement-2025-01").rows(short_sources=True)
    quotations = {
        r["value"]: r["conflicts_with"] for r in rows if r["predicate"] == "has quotation →"
    }
    assert quotations == {
        "Key regional partner": "quotation conflict: Taliban call India a significant regional "
        "and economic partner (January 2025) has quotation significant regional and economic "
        'partner (000: "called India a “significant regional and economic partner”")',
        "significant regional and economic partner": "quotation conflict: Taliban call India a "
        "significant regional and economic partner (January 2025) has quotation Key regional "
        'partner (000: "Taliban labels India a ‘Key regional partner’")',
        # a different passage of the same statement: not a dispute
        "balanced and economy-focused foreign policy": "",
    }


def test_describe_json_lists_the_sub_event_conflicts(backend: MemoryBackend) -> None:
    facts = describe(backend, "singh-yaqub-meeting-2024-11").as_json()["facts"]
    (wednesday,) = [f for f in facts if f["value"] == "2024-11-06"]
    kinds = {(c["kind"], c["subject"], c["source"]) for c in wednesday["conflicts"]}
    assert kinds == {
        ("ValueConflict", ID + "singh-yaqub-meeting-2024-11", S002),
        ("SubEventTimeConflict", ID + "kabul-visit-2024-11", S002),
        ("SubEventTimeConflict", ID + "kabul-visit-2024-11", S004),
    }


# --- the views ------------------------------------------------------------------------------


def test_the_view_shows_the_quotation_dispute_on_the_canvas_and_in_the_panel(
    seed_context: ViewContext,
) -> None:
    view = select(
        seed_context, ViewOptions(centers=("iea-defence-ministry-statement-2024-11",), depth=0)
    )
    network = build_network(view)
    (node,) = network.nodes
    assert node["label"].endswith("\n≠ quoted in other words (002 vs 004)")
    assert node["borderWidth"] == 3 and node["shapeProperties"] == {"borderDashes": [5, 3]}
    (detail,) = page_data(view, network)["details"].values()
    quoted = [f for f in detail["facts"] if f["p"] == "has quotation"]
    assert all(f["d"] for f in quoted)
    assert {c.split(" (")[-1].split(":")[0] for f in quoted for c in f["c"]} == {"002", "004"}


def test_the_view_says_what_a_disputed_title_edge_conflicts_with(
    seed_context: ViewContext,
) -> None:
    view = select(seed_context, ViewOptions(centers=("mohammad-yaqub-mujahid",), depth=1))
    network = build_network(view)
    data = page_data(view, network)
    titles = [d for d in data["edgeDetails"].values() if d["label"] == "holds acting position"]
    (acting,) = titles
    assert acting["disputed"]
    assert acting["c"] == [
        "title conflict: Mohammad Yaqub Mujahid holds position Defence Minister of the Islamic "
        'Emirate of Afghanistan (002: "Defense Minister Mohammad Yaqoob")'
    ]
    tips = [e["tip"] for e in network.edges if e.get("label") == "holds acting position"]
    assert any("≠ title conflict" in tip for tip in tips)


# --- the rules on their own -----------------------------------------------------------------

PUBLISHED = {"a": "2024-11-07", "b": "2024-11-07", "c": "2025-01-09"}


def context(classes: dict[str, frozenset[str]] | None = None) -> DisputeContext:
    return DisputeContext(
        single_valued=frozenset({HAS_TIME}),
        roles=frozenset({K + "hasParticipant"}),
        published=PUBLISHED,
        classes=classes or {},
    )


def entry(key: str, subject: str, predicate: str, source: str, value: str) -> DisputeEntry:
    return (key, subject, predicate, source, ("other", None, None, value), "")


def time(
    key: str, subject: str, source: str, earliest: str, latest: str, said: str = ""
) -> DisputeEntry:
    value = ("time", earliest, latest, f"{earliest}..{latest}")
    return (key, subject, HAS_TIME, source, value, said)


def test_titles_within_one_report_and_only_at_the_same_time() -> None:
    entries = [
        entry("1", "p", ACTING, "a", "minister"),
        entry("2", "p", HOLDS, "a", "minister"),  # the same report: a dispute
        entry("3", "q", ACTING, "a", "minister"),
        entry("4", "q", HOLDS, "c", "minister"),  # published two months later: not
        entry("5", "p", HOLDS, "b", "other-office"),  # another position: not
    ]
    assert [(d.first, d.second, d.kind) for d in find_disputes(entries, context())] == [
        ("1", "2", "TitleConflict")
    ]


def test_two_voices_of_one_report_that_give_two_dates_are_a_value_conflict() -> None:
    entries = [
        time("1", "clash", "a", "2027-03-07", "2027-03-07", said="ispr"),
        time("2", "clash", "a", "2027-03-09", "2027-03-09", said="mujahid"),  # a dispute
        time("3", "clash", "a", "2027-03-10", "2027-03-10", said="mujahid"),  # same voice
        time("4", "clash", "a", "2027-03-07", "2027-03-07", said="-mujahid"),  # a denial
        time("5", "talks", "a", "2027-03-01", "2027-03-01"),  # the report's own voice
        time("6", "talks", "a", "2027-03-02", "2027-03-02"),  # ... twice: no dispute
    ]
    found = [(d.first, d.second, d.kind) for d in find_disputes(entries, context())]
    assert found == [("1", "2", "ValueConflict"), ("1", "3", "ValueConflict")]


def test_different_passages_and_shorter_quotations_are_not_disputes() -> None:
    entries = [
        entry("1", "s", QUOTATION, "a", "Key regional partner"),
        entry("2", "s", QUOTATION, "b", "balanced and economy-focused foreign policy"),
        entry("3", "s", QUOTATION, "a", "a key regional partner for India"),  # contains 1
        entry("4", "t", QUOTATION, "b", "Key regional ally"),  # another statement
    ]
    assert find_disputes(entries, context()) == []


def test_a_first_is_checked_only_within_the_period_it_names() -> None:
    event, meeting = K + "Event", K + "Meeting"
    classes = {
        meeting: frozenset({meeting, event}),
        "m1": frozenset({meeting, event}),
        "m0": frozenset({meeting, event}),
        "x": frozenset({K + "Person"}),
        "y": frozenset({K + "Person"}),
    }
    base = [
        entry("p1", "m1", K + "hasParticipant", "c", "x"),
        entry("p2", "m1", K + "hasParticipant", "c", "y"),
        time("t1", "m1", "c", "2025-01-08", "2025-01-08"),
        entry("p3", "m0", K + "hasParticipant", "a", "x"),
        entry("p4", "m0", K + "hasParticipant", "a", "y"),
        time("t0", "m0", "a", "2023-05-01", "2023-05-02"),
    ]
    first = entry("f", "m1", SIGNIFICANCE, "c", "first-ever meeting")
    since = entry("f", "m1", SIGNIFICANCE, "c", "first such meeting since 2024")
    level = entry("f", "m1", SIGNIFICANCE, "c", "first encounter at this level")
    assert [
        (d.first, d.second, d.kind) for d in find_disputes([*base, first], context(classes))
    ] == [("f", "t0", FIRST)]
    assert find_disputes([*base, since], context(classes)) == []  # m0 was in 2023
    assert find_disputes([*base, level], context(classes)) == []
    # a part of the event itself never contradicts it
    part = entry("s", "m0", SUB_EVENT_OF, "a", "m1")
    found = find_disputes([*base, first, part], context(classes))
    assert [d.kind for d in found] == ["SubEventTimeConflict"]  # 2023 is outside 2025


# --- the incremental build: the checks that span reports --------------------------------------

TEXT_2 = "Talks\nTaliban Foreign Minister Amir Khan Muttaqi met Misri.\n"
CLAIMS_1_ACTING = "muttaqi\tholdsActingPosition\tfm\ts1\tAmir Khan Muttaqi"


def test_an_added_report_that_contradicts_a_title_incrementally(tmp_path: Path) -> None:
    from tests.test_incremental_build import assert_same_as_full_build

    tiny = TinyCorpus(tmp_path)
    tiny.append("entities/main.tsv", "fm\tPosition\tForeign Minister\t")
    tiny.append("claims/s1.tsv", CLAIMS_1_ACTING)
    queries = ROOT / "queries"

    def build(incremental: bool = True) -> object:
        return build_oxigraph(
            tmp_path / "store",
            tiny.data,
            ONTOLOGY,
            tiny.corpus,
            queries_dir=queries,
            keep_text=True,
            incremental=incremental,
        )

    first = build()
    assert "#disputeKind> <https://w3id.org/kgdiplo/ontology#TitleConflict>" not in first.nquads  # type: ignore[attr-defined]
    (tiny.corpus / "s2.txt").write_text(TEXT_2, encoding="utf-8")
    tiny.write(
        "sources.tsv", (tiny.data / "sources.tsv").read_text("utf-8") + "s2\tTalks\t2025-01-09\n"
    )
    tiny.write(
        "claims/s2.tsv",
        "subject\tpredicate\tobject\tsource\tevidence\n"
        "muttaqi\tholdsPosition\tfm\ts2\tTaliban Foreign Minister Amir Khan Muttaqi\n",
    )
    second = build()
    assert second.incremental  # type: ignore[attr-defined]
    nquads = second.nquads  # type: ignore[attr-defined]
    assert (
        nquads.count("#disputeKind> <https://w3id.org/kgdiplo/ontology#TitleConflict>") == 1
        and nquads.count('#disputed> "true"') == 2
    )
    assert_same_as_full_build(tiny, second, tmp_path / "store")  # type: ignore[arg-type]


def test_the_dispute_nodes_name_two_claims_each(seed: BuildResult) -> None:
    counts = seed.dataset.query(
        PREFIXES
        + "SELECT ?d (COUNT(DISTINCT ?c) AS ?n) WHERE { ?d a kg:Dispute ; kg:disputedClaim ?c } "
        "GROUP BY ?d"
    )
    numbers = {int(str(row[1])) for row in counts}  # type: ignore[index]
    assert numbers == {2}


def test_the_seed_rebuilt_incrementally_keeps_every_kind(tmp_path: Path) -> None:
    """004 edited: its claims are emitted again, the others' kept values come from the cache,
    and the disputes within 004 and between 004 and the others are the full build's."""
    import shutil

    from tests.conftest import DATA, SEEDS
    from tests.test_incremental_build import assert_same_as_full_build

    tiny = TinyCorpus(tmp_path / "tiny")
    shutil.rmtree(tiny.data)
    shutil.copytree(DATA, tiny.data)
    tiny.corpus = SEEDS
    store = tmp_path / "store"

    def build() -> Any:
        return build_oxigraph(
            store,
            tiny.data,
            ONTOLOGY,
            SEEDS,
            queries_dir=ROOT / "queries",
            keep_text=True,
            incremental=True,
        )

    build()
    claims = tiny.data / "claims" / f"{S004}.tsv"
    text = claims.read_text("utf-8")
    claims.write_text(
        text.replace("\tPart of Jaiswal’s quoted", "\tOne part of Jaiswal’s quoted"), "utf-8"
    )
    second = build()
    assert second.incremental
    kinds = [
        line.split("ontology#")[-1].split(">")[0]
        for line in second.nquads.splitlines()
        if line.startswith("<https://w3id.org/kgdiplo/dispute/") and "#disputeKind>" in line
    ]
    assert sorted(set(kinds)) == [
        "FirstClaimConflict",
        "QuotationConflict",
        "SubEventTimeConflict",
        "TitleConflict",
        "ValueConflict",
    ]
    assert_same_as_full_build(tiny, second, store)
