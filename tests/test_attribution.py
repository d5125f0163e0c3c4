"""Who says so and how sure (issue 23): a claim's voice and factuality, end to end.

Every expectation is read from the texts in ../shared/seeds (the sentence is
quoted beside it). The seed is the session's build (``seed``, ``seed_context``,
``seed_store``); the error and incremental cases use the tiny corpus.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from kg.build import BuildResult, build_oxigraph
from kg.build.attribution import REPORTS_OWN, Attribution
from kg.build.ontology import load_vocabulary
from kg.errors import BuildFailedError
from kg.graph.model import Evidence
from kg.lookup.backend import StoreBackend, backend_for
from kg.lookup.describe import describe
from kg.lookup.why import why
from kg.namespaces import KG, KGR, OA, PROV, SRC
from tests.conftest import ONTOLOGY, ROOT, S001, S002, S004, TinyCorpus

ATTRIBUTION = """
SELECT ?claim ?voice ?attributed ?voiceEvidence ?start ?end ?code ?mode ?source WHERE {
  ?claim a kg:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
         kg:hasVoice ?voice ; kg:factuality/kg:factBankCode ?code ;
         kg:attributionMode/kg:modeName ?mode ; prov:wasDerivedFrom/dcterms:identifier ?source .
  OPTIONAL { ?claim prov:wasAttributedTo ?attributed }
  OPTIONAL { ?claim kg:hasVoiceEvidence ?span . ?span oa:exact ?voiceEvidence ;
             oa:start ?start ; oa:end ?end }
}
"""


def attribution(run_query: Any, subject: str, predicate: str, obj: object) -> list[dict[str, Any]]:
    """The voice and factuality of every claim ``subject predicate obj`` of the seed."""
    from rdflib import Literal, URIRef

    term = obj if isinstance(obj, URIRef | Literal) else URIRef(KGR[str(obj)])
    rows: list[dict[str, Any]] = run_query(ATTRIBUTION, s=KGR[subject], p=KG[predicate], o=term)
    return rows


# --- the ontology -----------------------------------------------------------------------


def test_the_ontology_has_the_factbank_values_and_the_modes() -> None:
    vocabulary = load_vocabulary(ONTOLOGY)
    assert set(vocabulary.factualities) == {"CT+", "CT-", "PR+", "PR-", "PS+", "PS-", "Uu"}
    assert vocabulary.mode_factuality == {
        "asserted": "CT+",
        "reported": "CT+",
        "denied": "CT-",
        "planned": "PR+",
        "considered": "PS+",
    }
    graph = vocabulary.graph
    assert graph.value(KG.PossiblyTrue, KG.certainty) == KG.Possible
    assert graph.value(KG.CertainlyNotTrue, KG.polarity) == KG.Negative
    for name in ("hasVoice", "hasVoiceEvidence", "factuality", "attributionMode"):
        assert name not in vocabulary.properties  # written by the build, not by claim rows


def test_every_seed_claim_has_one_voice_one_factuality_and_one_mode(run_query: Any) -> None:
    rows = run_query(
        """SELECT ?claim (COUNT(DISTINCT ?v) AS ?voices) (COUNT(DISTINCT ?f) AS ?facts)
                  (COUNT(DISTINCT ?m) AS ?modes)
           WHERE { ?claim a kg:Claim .
                   OPTIONAL { ?claim kg:hasVoice ?v } OPTIONAL { ?claim kg:factuality ?f }
                   OPTIONAL { ?claim kg:attributionMode ?m } }
           GROUP BY ?claim"""
    )
    assert len(rows) > 800
    assert {(r["voices"], r["facts"], r["modes"]) for r in rows} == {(1, 1, 1)}


# --- the corrections, read from the texts ---------------------------------------------


def test_002_the_pakistani_military_is_the_voice_of_the_border_attack_and_its_dead(
    run_query: Any, seed: BuildResult
) -> None:
    # 002: "The Pakistani military reported a fresh militant attack Thursday in a district on
    # the Afghan border, saying the ensuing clashes killed four soldiers and five assailants."
    from rdflib import URIRef

    figure = URIRef(KGR["pakistan-border-clashes-2024-11-07/quantity/9-person"])
    for subject, predicate, obj in [
        ("pakistan-border-clashes-2024-11-07", "hasFatalities", figure),
        (
            "pakistan-border-attack-2024-11-07",
            "hasInitiator",
            "border-attack-assailants-2024-11-07",
        ),
        ("pakistan-border-clashes-2024-11-07", "hasParticipant", "pakistani-military"),
    ]:
        (row,) = attribution(run_query, subject, predicate, obj)
        assert str(row["attributed"]) == str(KGR["pakistani-military"]) == str(row["voice"])
        assert (row["mode"], row["code"], row["source"]) == ("reported", "CT+", S002)
        assert row["voiceEvidence"] == "The Pakistani military reported"
        assert seed.texts is not None
        assert seed.texts[S002][row["start"] : row["end"]] == row["voiceEvidence"]


def test_002_jp_singhs_own_words_are_his_not_muttaqis_office(run_query: Any) -> None:
    # 002: "The Taliban statement quoted Singh as describing New Delhi’s relations with Kabul as
    # historic and “important for his country.”"
    from rdflib import Literal

    for words in ("historic", "important for his country"):
        (row,) = attribution(run_query, "bilateral-relations", "hasDescription", Literal(words))
        assert str(row["attributed"]) == str(KGR["jp-singh"])
        assert row["voiceEvidence"] == "The Taliban statement quoted Singh"
    (quote,) = attribution(
        run_query,
        "iea-mofa-statement-2024-11-07",
        "hasQuotation",
        Literal("important for his country."),
    )
    assert str(quote["attributed"]) == str(KGR["jp-singh"])
    # 002: "Muttaqi’s office released details of his talks with Singh, saying the Taliban chief
    # diplomat emphasized the need to improve bilateral political and economic relations"
    (goal,) = attribution(
        run_query,
        "amir-khan-muttaqi",
        "hasGoal",
        Literal("improve bilateral political and economic relations"),
    )
    assert str(goal["attributed"]) == str(KGR["amir-khan-muttaqi"])


@pytest.mark.parametrize(
    ("source", "goal"),
    [
        # 001: "India is considering further involvement in development projects in Afghanistan."
        (S001, "further involvement in development projects in Afghanistan"),
        # 004: "India’s willingness to engage with the Taliban signals an openness to further
        # collaboration, especially in humanitarian and developmental projects."
        (S004, "further collaboration, especially in humanitarian and developmental projects"),
    ],
)
def test_a_considered_goal_is_possible_not_firm(run_query: Any, source: str, goal: str) -> None:
    from rdflib import Literal

    (row,) = attribution(run_query, "india", "hasGoal", Literal(goal))
    assert (row["mode"], row["code"], row["source"]) == ("considered", "PS+", source)
    assert row["attributed"] is None  # the report's own reading, not a quoted voice
    assert str(row["voice"]) == str(SRC[source])


def test_a_report_s_own_statement_is_its_own_voice_certain(run_query: Any) -> None:
    # 002: "during the November 4-5 visit to Kabul"; 004 has it in Jaiswal's words: "We had a
    # delegation led by J.P. Singh ... who visited Kabul on 4 and 5 November."
    rows = attribution(run_query, "kabul-visit-2024-11", "hasPlace", "kabul")
    assert {
        (r["source"], str(r["voice"]), str(r["attributed"]), r["code"], r["mode"]) for r in rows
    } == {
        (S002, str(SRC[S002]), "None", "CT+", "asserted"),
        (S004, str(KGR["randhir-jaiswal"]), str(KGR["randhir-jaiswal"]), "CT+", "reported"),
    }


def test_denials_and_the_allegations_they_deny(run_query: Any) -> None:
    # 002: "Kabul’s ties with Islamabad lately have been strained over allegations that the
    # Taliban harbor and support fugitive anti-Pakistan militants" ... "Taliban officials have
    # denied Islamabad’s allegations, stating that no foreign militants are present in
    # Afghanistan"
    rows = attribution(
        run_query, "islamic-emirate-of-afghanistan", "supports", "anti-pakistan-militants"
    )
    assert {(str(r["attributed"]).rsplit("/", 1)[-1], r["mode"], r["code"]) for r in rows} == {
        ("pakistan", "reported", "CT+"),
        ("islamic-emirate-of-afghanistan", "denied", "CT-"),
    }
    # 003: "dismissed Pakistani military reports alleging Indian missile strikes on Afghan soil
    # as “baseless.”"
    from rdflib import Literal

    rows = attribution(run_query, "india", "accusedOf", Literal("missile strikes on Afghan soil"))
    assert {(str(r["attributed"]).rsplit("/", 1)[-1], r["mode"]) for r in rows} == {
        ("pakistani-military", "reported"),
        ("islamic-emirate-of-afghanistan", "denied"),
    }
    # 000: "Afghanistan denies the accusation that Afghan soil is used to launch attacks on
    # Pakistan."; 000: "targeting what it claimed were armed groups"
    rows = attribution(
        run_query,
        "afghanistan",
        "accusedOf",
        Literal("Afghan soil is used to launch attacks on Pakistan"),
    )
    assert {(r["voiceEvidence"], r["mode"]) for r in rows} == {
        (None, "asserted"),
        ("Afghanistan denies", "denied"),
    }
    (claimed,) = attribution(
        run_query, "paktika-airstrikes-2024-12", "hasTarget", "paktika-armed-groups"
    )
    assert str(claimed["attributed"]) == str(KGR["pakistan"])
    assert claimed["voiceEvidence"] == "what it claimed were"


# --- the annotation format: errors and defaults ----------------------------------------

VOICE_HEADER = "subject\tpredicate\tobject\tsource\tevidence\tconfidence\tnote\tvoice\tvoice_evidence\tfactuality\n"
ROW = "aid\thasQuantity\t300 tonne\ts1\t300 tonnes of medicines\t\t\t"


def claims_with(tiny: TinyCorpus, extra: str) -> int:
    """The tiny claims under the new header, plus one row ending in ``extra``; its line."""
    from tests.conftest import TINY_CLAIMS

    body = TINY_CLAIMS.split("\n", 1)[1].replace(
        "aid\thasQuantity\t300 tonne\ts1\t300 tonnes of medicines\n", ""
    )
    tiny.write("claims/s1.tsv", VOICE_HEADER + body)
    return tiny.append("claims/s1.tsv", ROW + extra)


def problems(tiny: TinyCorpus) -> list[str]:
    with pytest.raises(BuildFailedError) as failure:
        tiny.build(shacl=False)
    return [str(p) for p in failure.value.problems]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("indai\tIndia sent\t", "unknown voice entity 'indai' (did you mean india"),
        ("india\tIndia said\t", "voice_evidence does not occur verbatim in s1: 'India said'"),
        ("india\tIndia sent\tsaid", "factuality: unknown or repeated value 'said'"),
        ("india\tIndia sent\tCT+ PS+", "factuality: unknown or repeated value 'PS+'"),
        ("dubai\tin Dubai\t", "voice 'dubai' is a City, not an Actor"),
        ("india\t\t", "voice 'india' needs voice_evidence"),
        ("\tIndia sent\t", "voice_evidence given without a voice"),
        ("india\tIndia sent\tasserted", "factuality: asserted is the report's own voice"),
        ("\t\treported", "factuality: reported needs a voice"),
        ("india\tIndia sent\tdenied PR+", "factuality: denied takes a negative code"),
    ],
)
def test_a_bad_voice_or_factuality_is_one_line_naming_file_and_line(
    tiny: TinyCorpus, extra: str, message: str
) -> None:
    line = claims_with(tiny, extra)
    (problem,) = problems(tiny)
    assert problem.startswith(f"{tiny.data / 'claims' / 's1.tsv'}:{line}: ")
    assert message in problem
    assert "\n" not in problem


def test_files_without_the_columns_mean_the_report_s_own_voice_certain(tiny: TinyCorpus) -> None:
    result = tiny.build()
    assert {c.attribution for c in result.resolved.claims} == {REPORTS_OWN}
    assert REPORTS_OWN == Attribution(None, (), "CT+", "asserted")
    assert set(result.dataset.objects(None, KG.hasVoice)) == {SRC["s1"]}
    assert not set(result.dataset.objects(None, PROV.wasAttributedTo))


def test_a_voice_row_is_written_with_prov_attribution_and_its_span(tiny: TinyCorpus) -> None:
    claims_with(tiny, "india\tIndia sent\treported PR+")
    result = tiny.build()
    (claim,) = [c for c in result.resolved.claims if c.attribution.voice is not None]
    assert claim.attribution == Attribution(
        KGR["india"], ((TINY_SPAN_START, TINY_SPAN_START + len("India sent")),), "PR+", "reported"
    )
    dataset = result.dataset
    node = next(dataset.subjects(PROV.wasAttributedTo, KGR["india"]))
    assert dataset.value(node, KG.factuality) == KG.ProbablyTrue
    assert dataset.value(node, KG.attributionMode) == KG.Reported
    span = dataset.value(node, KG.hasVoiceEvidence)
    assert str(dataset.value(span, OA.exact)) == "India sent"
    assert str(dataset.value(span, OA.start)) == str(TINY_SPAN_START)


TINY_SPAN_START = (
    "Envoys meet in Dubai\n"
    "India’s Foreign Secretary Vikram Misri met Amir Khan Muttaqi in Dubai on Wednesday. "
).__len__()


# --- the incremental build --------------------------------------------------------------


def store_build(tiny: TinyCorpus, store: Path, *, incremental: bool = True) -> Any:
    return build_oxigraph(
        store,
        tiny.data,
        ONTOLOGY,
        tiny.corpus,
        queries_dir=ROOT / "queries",
        keep_text=True,
        incremental=incremental,
    )


def test_changing_only_a_voice_or_a_factuality_rebuilds_as_a_full_build(tiny: TinyCorpus) -> None:
    claims_with(tiny, "")
    first = store_build(tiny, tiny.root / "store")
    assert not first.incremental
    for extra in ("india\tIndia sent\t", "india\tIndia sent\tplanned", "\t\tconsidered PS-"):
        path = tiny.data / "claims" / "s1.tsv"
        lines = path.read_text("utf-8").splitlines()
        lines[-1] = ROW + extra
        path.write_text("\n".join(lines) + "\n", "utf-8")
        again = store_build(tiny, tiny.root / "store")
        assert again.incremental
        fresh = tiny.root / f"full-{extra.count(chr(9))}-{len(extra)}"
        full = store_build(tiny, fresh, incremental=False)
        assert again.nquads == full.nquads  # graph.nq, byte for byte
        assert again.quads == full.quads
        shutil.rmtree(fresh)
    assert "PossiblyNotTrue" in again.nquads  # the last edit: "PS-"


# --- lookups and views --------------------------------------------------------------------


def test_describe_shows_the_voice_beside_each_fact(seed: BuildResult) -> None:
    result = describe(backend_for(seed.dataset), "pakistan-border-clashes-2024-11-07")
    rows = result.rows()
    fatalities = [r for r in rows if r["predicate"] == "has fatalities →"]
    assert [r["voice"] for r in fatalities] == ["— the Pakistani military reported (reported)"]
    (fact,) = [f for f in result.as_json()["facts"] if f["label"] == "has fatalities"]
    (source,) = fact["sources"]
    assert source["voice"] == str(KGR["pakistani-military"])
    assert source["voice_label"] == "Pakistani military"
    assert (source["mode"], source["factuality"]) == ("reported", "CT+")
    assert {"id", "evidence", "start", "end", "claim"} <= set(source)  # the fields kept


def test_describe_says_considered_not_stated(seed: BuildResult) -> None:
    rows = describe(backend_for(seed.dataset), "india").rows()
    (row,) = [
        r
        for r in rows
        if r["value"] == "further involvement in development projects in Afghanistan"
    ]
    assert row["voice"] == "considered, not stated"
    plain = [r for r in rows if r["value"] == "Pakistan" and r["predicate"] == "is rival of →"]
    assert plain and all(r["voice"] == "" for r in plain)


def test_why_shows_the_allegation_and_its_denial(seed: BuildResult) -> None:
    explanation = why(
        backend_for(seed.dataset),
        "islamic-emirate-of-afghanistan",
        "supports",
        "anti-pakistan-militants",
    )
    assert {r["voice"] for r in explanation.rows()} == {
        "— Pakistan: “Islamabad’s allegations” (reported)",
        "— Islamic Emirate of Afghanistan: “Taliban officials have denied Islamabad’s "
        "allegations” (denied)",
    }


def test_a_store_lookup_gives_the_same_voice(seed_store: str) -> None:
    from kg.stores.oxigraph import OxigraphStore

    store = OxigraphStore(Path(seed_store.partition(":")[2]))
    try:
        result = describe(StoreBackend(store), "pakistan-border-clashes-2024-11-07")
        voices = {r["voice"] for r in result.rows() if r["predicate"] == "has fatalities →"}
    finally:
        store.close()
    assert voices == {"— the Pakistani military reported (reported)"}


def test_the_view_panel_and_tooltip_show_the_voice(seed_context: Any) -> None:
    from kg.viz import ViewOptions, select
    from kg.viz.render import build_network, page_data

    view = select(
        seed_context, ViewOptions(centers=("pakistan-border-clashes-2024-11-07",), depth=1)
    )
    data = page_data(view, build_network(view))
    center = next(
        k for k, d in data["details"].items() if d["id"] == "pakistan-border-clashes-2024-11-07"
    )
    (fatalities,) = [f for f in data["details"][center]["facts"] if f["p"] == "has fatalities"]
    assert fatalities["s"] == [
        [
            S002,
            "the ensuing clashes killed four soldiers and five assailants",
            "— the Pakistani military reported (reported)",
        ]
    ]
    tips = [str(edge.get("tip", "")) for edge in data["edges"]]
    assert any(
        "“killed four soldiers and five assailants” — the Pakistani military" in t for t in tips
    )


def test_attribution_text_of_each_mode() -> None:
    assert Evidence("s", "e").attribution() == ""
    assert Evidence("s", "e", mode="planned", factuality="PR+").attribution() == (
        "planned, not stated"
    )
    assert Evidence("s", "e", factuality="Uu").attribution() == "stated, underspecified"
    denied = Evidence(
        "s",
        "e",
        voice="x",
        voice_label="Afghanistan",
        voice_evidence="Afghanistan denies",
        mode="denied",
        factuality="CT-",
    )
    assert denied.attribution() == "— Afghanistan denies (denied)"


def test_the_json_export_keeps_the_voice(seed_context: Any) -> None:
    import json

    from kg.viz import ViewOptions, select
    from kg.viz.export import export

    view = select(
        seed_context, ViewOptions(centers=("pakistan-border-clashes-2024-11-07",), depth=1)
    )
    document = json.loads(export(view, "json"))
    spans = [
        span
        for edge in document.get("links", document.get("edges", []))
        for span in edge.get("evidence", [])
        if span["evidence"] == "killed four soldiers and five assailants"
    ]
    assert spans and all(
        span["voice"] == "— the Pakistani military reported (reported)" for span in spans
    )


@pytest.mark.parametrize(
    ("subject", "predicate", "obj", "voice", "words"),
    [
        # 001: "Misri emphasized India’s historic ties with the Afghan people and confirmed
        # India’s readiness to assist with Afghanistan’s development needs."
        (
            "india",
            "hasGoal",
            "assist with Afghanistan’s development needs",
            "vikram-misri",
            "Misri emphasized India’s historic ties with the Afghan people and confirmed",
        ),
        # 003: "The Taliban’s foreign ministry said China reaffirmed its support at
        # international forums"
        (
            "china",
            "supports",
            "islamic-emirate-of-afghanistan",
            "iea-ministry-of-foreign-affairs",
            "The Taliban’s foreign ministry said",
        ),
        # 004: "The Indian government has reiterated that it does not officially recognise the
        # Taliban government"
        (
            "india",
            "doesNotFormallyRecognize",
            "islamic-emirate-of-afghanistan",
            "india",
            "The Indian government has reiterated that",
        ),
        # 004: "30 tons of medicines", in Jaiswal's words at the briefing
        (
            "aid-medicines",
            "hasCommodity",
            "medicines",
            "randhir-jaiswal",
            "Jaiswal highlighted the longstanding relationship India shares with the Afghan "
            "people, saying",
        ),
    ],
)
def test_the_other_said_and_according_to_claims(
    run_query: Any, subject: str, predicate: str, obj: str, voice: str, words: str
) -> None:
    from rdflib import Literal

    term: object = Literal(obj) if predicate == "hasGoal" else obj
    rows = [r for r in attribution(run_query, subject, predicate, term) if r["attributed"]]
    assert [(str(r["attributed"]), r["voiceEvidence"], r["mode"]) for r in rows] == [
        (str(KGR[voice]), words, "reported")
    ]


def test_possible_cooperation_is_reported_as_possible(run_query: Any) -> None:
    # 004: "Mohammad Yaqub Mujahid has expressed his hope for closer ties with India, including
    # possible cooperation in the defence sector."
    (row,) = attribution(run_query, "mohammad-yaqub-mujahid", "supports", "defence-cooperation")
    assert (str(row["attributed"]), row["mode"], row["code"]) == (
        str(KGR["mohammad-yaqub-mujahid"]),
        "reported",
        "PS+",
    )


def test_shacl_wants_one_voice_one_factuality_and_one_mode(tiny: TinyCorpus) -> None:
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    from kg.build.shacl import load_shapes, validate

    dataset = tiny.build().dataset
    shapes = load_shapes(ONTOLOGY)
    assert validate(dataset, shapes, {}) == []
    provenance = dataset.graph(DATASET_DEFAULT_GRAPH_ID)
    claim = next(provenance.subjects(KG.factuality, KG.CertainlyTrue))
    provenance.remove((claim, KG.factuality, None))
    provenance.remove((claim, KG.hasVoice, None))
    provenance.add((claim, KG.attributionMode, KG.CertainlyTrue))  # not a mode
    messages = " ".join(str(p) for p in validate(dataset, shapes, {}))
    assert "exactly one kg:factuality" in messages
    assert "exactly one kg:hasVoice" in messages
    assert "exactly one kg:attributionMode" in messages


def test_a_stated_and_a_considered_row_of_one_fact_are_two_claims(tiny: TinyCorpus) -> None:
    # two rows of one fact in one report, one of them only considered: two claim nodes,
    # each with one factuality (one node with two would break the shapes)
    claims_with(tiny, "\t\tconsidered")
    tiny.append("claims/s1.tsv", "aid\thasQuantity\t300 tonne\ts1\tIndia sent 300 tonnes")
    dataset = tiny.build().dataset
    nodes = set(dataset.subjects(KG.factuality, None))
    quantity = {n for n in nodes if dataset.value(n, KG.hasEvidence) is not None} & set(
        dataset.subjects(KG.attributionMode, KG.Considered)
    )
    assert len(quantity) == 1
    assert len(nodes) == 8  # the seven rows of the tiny corpus and the considered one


def test_two_voices_of_one_report_giving_two_figures_are_a_value_conflict(
    tiny: TinyCorpus,
) -> None:
    from tests.conftest import TINY_CLAIMS

    tiny.write("claims/s1.tsv", VOICE_HEADER + TINY_CLAIMS.split("\n", 1)[1])  # 300 tonnes
    other = "aid\thasQuantity\t30 tonne\ts1\t300 tonnes of medicines\t\t\t"
    tiny.append("claims/s1.tsv", other + "india\tIndia sent\treported")
    dataset = tiny.build().dataset
    disputes = list(dataset.subjects(KG.disputeKind, KG.ValueConflict))
    assert len(disputes) == 1
    assert len(list(dataset.objects(disputes[0], KG.disputedClaim))) == 2
    # the same voice denying the figure gives no value of its own: no dispute
    tiny.write("claims/s1.tsv", VOICE_HEADER + TINY_CLAIMS.split("\n", 1)[1])
    tiny.append("claims/s1.tsv", other + "india\tIndia sent\tdenied")
    assert not list(tiny.build().dataset.subjects(KG.disputeKind, KG.ValueConflict))
