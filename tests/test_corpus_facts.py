"""Facts a person reads in the five reports, checked in the built graph.

Expected answers come from the texts in ../shared/seeds (quoted in each test),
not from the code's output.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from kg.build import BuildResult
from kg.namespaces import GRAPH, KG, KGR, SRC
from tests.conftest import S000, S001, S002, S003, S004

Query = Callable[..., list[dict[str, object]]]


def sources_of(run_query: Query, subject: str, predicate: str, obj: object) -> set[str]:
    rows = run_query(
        """SELECT DISTINCT ?id WHERE {
             ?claim rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?src .
             ?src dcterms:identifier ?id }""",
        s=KGR[subject],
        p=KG[predicate],
        o=obj,
    )
    return {str(row["id"]) for row in rows}


def test_dubai_meeting_participants(run_query: Query) -> None:
    # 000: "India’s Foreign Secretary Vikram Misri met with Afghanistan’s acting Foreign
    # Minister Amir Khan Muttaqi in Dubai on Wednesday."
    rows = run_query(
        "SELECT ?actor WHERE { ?meeting sem:hasActor ?actor }", meeting=KGR["dubai-meeting-2025-01"]
    )
    actors = {str(row["actor"]) for row in rows}
    assert {str(KGR["vikram-misri"]), str(KGR["amir-khan-muttaqi"])} <= actors
    assert sources_of(
        run_query, "dubai-meeting-2025-01", "hasParticipant", KGR["vikram-misri"]
    ) >= {
        S000,
        S001,
        S003,
    }


def test_dubai_meeting_is_a_third_location_meeting_in_dubai(run_query: Query) -> None:
    rows = run_query(
        "SELECT ?code ?plover WHERE { ?m a kg:ThirdLocationMeeting ; sem:hasPlace kgr:dubai . "
        "kg:ThirdLocationMeeting kg:cameoCode ?code ; kg:ploverEventType ?plover }",
        m=KGR["dubai-meeting-2025-01"],
    )
    assert rows == [{"code": "044", "plover": "CONSULT"}]


def test_dubai_meeting_date_resolved_from_on_wednesday(run_query: Query) -> None:
    # Published Thursday 2025-01-09: "on Wednesday" is 2025-01-08, day precision; 003 says
    # "in Dubai in January" (month precision). Both agree, so neither claim is disputed.
    rows = run_query(
        """SELECT ?wording ?unit ?against ?id ?disputed WHERE {
             ?claim rdf:subject ?m ; rdf:predicate kg:hasTime ; rdf:object ?t ;
                    prov:wasDerivedFrom/dcterms:identifier ?id .
             OPTIONAL { ?claim kg:disputed ?disputed }
             ?t time:unitType ?unit .
             OPTIONAL { ?t kg:dateWording ?wording } OPTIONAL { ?t kg:resolvedAgainst ?against }
           }""",
        m=KGR["dubai-meeting-2025-01"],
    )
    by_source = {str(row["id"]): row for row in rows}
    assert by_source[S000]["unit"] == "http://www.w3.org/2006/time#unitDay"
    assert "Wednesday" in str(by_source[S000]["wording"])
    assert str(by_source[S000]["against"]) == "2025-01-09"
    assert by_source[S003]["unit"] == "http://www.w3.org/2006/time#unitMonth"
    assert all(row["disputed"] is None for row in rows)
    stamps = run_query("SELECT ?d WHERE { ?m sem:hasTimeStamp ?d }", m=KGR["dubai-meeting-2025-01"])
    assert [str(row["d"]) for row in stamps] == ["2025-01-08"]


def test_chabahar_is_in_iran_operated_by_india_and_an_alternative_to_pakistani_ports(
    run_query: Query,
) -> None:
    # 000: "the Chabahar Port in Iran ... an alternative route for goods, bypassing Pakistan’s
    # Karachi and Gwadar ports"; 002: "the India-operated Chabahar port in Iran".
    assert sources_of(run_query, "chabahar-port", "locatedIn", KGR["iran"]) >= {S000, S001, S002}
    assert sources_of(run_query, "chabahar-port", "operatedBy", KGR["india"]) == {S002}
    rows = run_query("SELECT ?alt WHERE { kgr:chabahar-port kg:isAlternativeTo ?alt }")
    assert {str(row["alt"]) for row in rows} == {
        str(KGR["port-of-karachi"]),
        str(KGR["port-of-gwadar"]),
    }


def test_both_medicine_figures_kept_with_sources_and_marked_disputed(run_query: Query) -> None:
    # 001: "300 tonnes of medicines"; 004: "30 tons of medicines".
    rows = run_query(
        """SELECT ?amount ?unit ?id ?disputed ?exact WHERE {
             ?claim rdf:subject kgr:aid-medicines ; rdf:predicate kg:hasQuantity ; rdf:object ?q ;
                    prov:wasDerivedFrom/dcterms:identifier ?id ; kg:hasEvidence/oa:exact ?exact .
             OPTIONAL { ?claim kg:disputed ?disputed }
             ?q kg:amount ?amount ; kg:unit/kg:unitSymbol ?unit }"""
    )
    found = {(row["amount"], row["unit"], row["id"], row["disputed"]) for row in rows}
    assert found == {
        (Decimal(300), "tonne", S001, True),
        (Decimal(30), "tonne", S004, True),
    }
    assert {str(row["exact"]) for row in rows} >= {
        "300 tonnes of medicines",
        "30 tons of medicines",
    }


def test_wheat_figure_agrees_between_sources(run_query: Query) -> None:
    # 001: "50,000 tonnes of wheat"; 004: "50,000 metric tons of wheat".
    rows = run_query(
        """SELECT ?amount ?id ?disputed WHERE {
             ?claim rdf:subject kgr:aid-wheat ; rdf:predicate kg:hasQuantity ; rdf:object ?q ;
                    prov:wasDerivedFrom/dcterms:identifier ?id .
             OPTIONAL { ?claim kg:disputed ?disputed } ?q kg:amount ?amount }"""
    )
    assert {(row["amount"], row["id"], row["disputed"]) for row in rows} == {
        (Decimal(50000), S001, None),
        (Decimal(50000), S004, None),
    }


def test_pesticide_wording_differs_between_sources(run_query: Query) -> None:
    # 001: "40,000 liters of pesticides"; 004: "40,000 Liters of melatonin (a pesticide)".
    rows = run_query(
        """SELECT ?amount ?id WHERE {
             ?claim rdf:subject kgr:aid-pesticides ; rdf:predicate kg:hasQuantity ; rdf:object ?q ;
                    prov:wasDerivedFrom/dcterms:identifier ?id . ?q kg:amount ?amount ;
                    kg:unit/kg:unitSymbol "litre" }"""
    )
    assert {(row["amount"], row["id"]) for row in rows} == {
        (Decimal(40000), S001),
        (Decimal(40000), S004),
    }
    texts = run_query(
        "SELECT ?exact WHERE { ?c rdf:subject kgr:aid-pesticides ; kg:hasEvidence/oa:exact ?exact }"
    )
    assert any("melatonin (a pesticide)" in str(row["exact"]) for row in texts)


def test_refugee_figures_count_different_things(run_query: Query) -> None:
    # 000: "about one million refugees have returned"; 001: "Pakistan’s expulsion of over
    # 500,000 Afghan refugees": a return and an expulsion, two events.
    rows = run_query(
        """SELECT ?type ?amount ?qualifier WHERE {
             ?event kg:hasQuantity ?q ; a ?type . ?q kg:amount ?amount ; kg:qualifier ?qualifier .
             FILTER (?type IN (kg:RefugeeReturn, kg:Expulsion)) }"""
    )
    assert {
        (str(r["type"]).split("#")[1], r["amount"], str(r["qualifier"]).split("#")[1]) for r in rows
    } == {
        ("RefugeeReturn", Decimal(1000000), "Approximately"),
        ("Expulsion", Decimal(500000), "MoreThan"),
    }


def test_name_variants_resolve_to_one_entity_each(seed: BuildResult) -> None:
    yaqub = seed.resolved.entities["mohammad-yaqub-mujahid"]
    assert {"Yaqoob", "Mohammad Yaqoob"} <= set(yaqub.aliases)
    assert yaqub.label == "Mohammad Yaqub Mujahid"
    singh = seed.resolved.entities["jp-singh"]
    assert {"JP Singh", "Jitender Pal Singh"} <= set(singh.aliases) and singh.label == "J.P. Singh"
    used = {c.record.subject for c in seed.resolved.claims} | {
        c.record.object for c in seed.resolved.claims
    }
    assert not any("yaqoob" in ident for ident in used)


def test_kabul_visit_dates_and_the_disputed_defence_meeting_date(run_query: Query) -> None:
    # 002: "during the November 4-5 visit to Kabul"; 004: "visited Kabul on 4 and 5 November",
    # but also "This high-level engagement, which took place on Wednesday" (= 6 November).
    visit = run_query(
        "SELECT ?b ?e WHERE { kgr:kabul-visit-2024-11 sem:hasEarliestBeginTimeStamp ?b ; "
        "sem:hasLatestEndTimeStamp ?e }"
    )
    assert {(str(r["b"]), str(r["e"])) for r in visit} == {("2024-11-04", "2024-11-05")}
    rows = run_query(
        """SELECT ?id ?disputed WHERE {
             ?claim rdf:subject kgr:singh-yaqub-meeting-2024-11 ; rdf:predicate kg:hasTime ;
                    prov:wasDerivedFrom/dcterms:identifier ?id . OPTIONAL { ?claim kg:disputed ?disputed } }"""
    )
    assert {(str(r["id"]), r["disputed"]) for r in rows} >= {(S004, True)}
    assert any(r["disputed"] for r in rows if r["id"] == S002) or S002 in {
        str(r["id"]) for r in rows
    }


def test_singh_led_the_delegation_and_met_karzai_and_the_defence_minister(run_query: Query) -> None:
    rows = run_query(
        """SELECT DISTINCT ?other WHERE {
             ?event sem:hasActor kgr:jp-singh , ?other . FILTER (?other != kgr:jp-singh)
             ?event sem:subEventOf kgr:kabul-visit-2024-11 }"""
    )
    others = {str(r["other"]).rsplit("/", 1)[1] for r in rows}
    assert {
        "hamid-karzai",
        "mohammad-yaqub-mujahid",
        "amir-khan-muttaqi",
        "un-agencies-kabul",
    } <= others


def test_acting_positions(run_query: Query) -> None:
    # 000: "Afghanistan’s acting Foreign Minister Amir Khan Muttaqi"; 004: "the Taliban’s Acting
    # Defence Minister, Mohammad Yaqub Mujahid".
    rows = run_query("SELECT ?person ?position WHERE { ?person kg:holdsActingPosition ?position }")
    pairs = {
        (str(r["person"]).rsplit("/", 1)[1], str(r["position"]).rsplit("/", 1)[1]) for r in rows
    }
    assert ("amir-khan-muttaqi", "iea-foreign-minister") in pairs
    assert ("mohammad-yaqub-mujahid", "iea-defence-minister") in pairs
    # holdsActingPosition entails holdsPosition and org:holds
    held = run_query("SELECT ?p WHERE { kgr:amir-khan-muttaqi org:holds ?p }")
    assert str(KGR["iea-foreign-minister"]) in {str(r["p"]) for r in held}


def test_paktika_airstrikes(run_query: Query) -> None:
    # 000: "Pakistan launched an operation ... in Afghanistan’s Paktika province";
    # 001: "Pakistan’s airstrikes in Afghanistan, which killed at least 46 civilians in late December".
    rows = run_query(
        """SELECT ?code ?mode WHERE { kgr:paktika-airstrikes-2024-12 a kg:Airstrike ;
             kg:hasInitiator kgr:pakistan ; sem:hasPlace kgr:paktika-province .
             kg:Airstrike kg:cameoCode ?code ; kg:ploverMode ?mode }"""
    )
    assert rows == [{"code": "195", "mode": "aerial"}]
    killed = run_query(
        "SELECT ?a ?q WHERE { kgr:paktika-airstrikes-2024-12 kg:hasFatalities ?n . "
        "?n kg:amount ?a ; kg:qualifier ?q }"
    )
    assert [(r["a"], str(r["q"]).split("#")[1]) for r in killed] == [(Decimal(46), "AtLeast")]
    condemned = run_query(
        "SELECT ?e WHERE { ?e a kg:Condemnation ; kg:hasInitiator kgr:india ; "
        "kg:hasTopic|kg:hasTarget kgr:paktika-airstrikes-2024-12 }"
    )
    assert condemned


def test_embassies_retained_in_kabul(run_query: Query) -> None:
    # 002: "several neighboring and regional countries, including China, Russia, Pakistan,
    # Iran, and Qatar, have retained their embassies."
    rows = run_query("SELECT ?state WHERE { ?state kg:maintainsMissionIn kgr:kabul }")
    states = {str(r["state"]).rsplit("/", 1)[1] for r in rows}
    assert {"china", "russia", "pakistan", "iran", "qatar"} <= states


def test_jaishankar_phone_call(run_query: Query) -> None:
    # 003 (published Friday 2025-05-16): "Muttaqi’s phone call with External Affairs Minister
    # S. Jaishankar on Thursday".
    rows = run_query(
        """SELECT ?call ?d WHERE { ?call a kg:PhoneCall ; sem:hasActor kgr:amir-khan-muttaqi ,
             kgr:s-jaishankar ; sem:hasTimeStamp ?d }"""
    )
    assert [str(r["d"]) for r in rows] == ["2025-05-15"]


def test_kamil_appointed_acting_consul_in_mumbai(run_query: Query) -> None:
    # 000: "the Taliban appointed Ikramuddin Kamil as its acting consul in Mumbai in November 2023."
    rows = run_query(
        """SELECT ?b ?e WHERE { ?a a kg:Appointment ; sem:hasActor kgr:ikramuddin-kamil ;
             sem:hasEarliestBeginTimeStamp ?b ; sem:hasLatestEndTimeStamp ?e }"""
    )
    assert {(str(r["b"]), str(r["e"])) for r in rows} == {("2023-11-01", "2023-11-30")}


def test_china_accepted_credentials_and_invited_muttaqi(run_query: Query) -> None:
    # 003: "Beijing’s decision in February to formally accept the credentials of a
    # Taliban-appointed ambassador"; "China has invited Muttaqi for an official visit in May."
    rows = run_query("SELECT ?e WHERE { ?e a kg:CredentialsAcceptance ; sem:hasActor kgr:china }")
    assert len(rows) == 1
    invited = run_query(
        "SELECT ?e WHERE { ?e a kg:Invitation ; kg:hasInitiator kgr:china ; sem:hasActor kgr:amir-khan-muttaqi }"
    )
    assert len(invited) == 1


def test_a_named_graph_per_source(seed: BuildResult) -> None:
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    names = {
        str(g.identifier)
        for g in seed.dataset.graphs()
        if len(g) and g.identifier != DATASET_DEFAULT_GRAPH_ID
    }
    expected = {str(GRAPH[s]) for s in (S000, S001, S002, S003, S004)}
    assert (
        expected | {str(GRAPH["ontology"]), str(GRAPH["entities"]), str(GRAPH["sources"])} == names
    )
    # 004's graph holds what 004 asserts ("30 tons of medicines"), not what 001 says
    graph = seed.dataset.graph(GRAPH[S004])
    quantities = {str(q) for q in graph.objects(KGR["aid-medicines"], KG.hasQuantity)}
    assert quantities == {str(KGR["aid-medicines"]) + "/quantity/30-tonne"}
    # the provenance of each fact sits once in the default graph, naming its source
    default = seed.dataset.default_graph
    from rdflib.namespace import RDF

    from kg.namespaces import PROV

    claims = set(default.subjects(RDF.subject, KGR["aid-medicines"]))
    assert {str(default.value(c, PROV.wasDerivedFrom)) for c in claims} >= {
        str(SRC[S001]),
        str(SRC[S004]),
    }


def test_every_claim_has_evidence_at_its_offsets(seed: BuildResult, run_query: Query) -> None:
    assert seed.texts is not None
    rows = run_query(
        """SELECT ?claim ?id ?exact ?start ?end WHERE {
             ?claim a kg:Claim ; prov:wasDerivedFrom/dcterms:identifier ?id ;
                    kg:hasEvidence ?span . ?span oa:exact ?exact ; oa:start ?start ; oa:end ?end }"""
    )
    claims = run_query("SELECT DISTINCT ?claim WHERE { ?claim a kg:Claim }")
    assert len({r["claim"] for r in rows}) == len(claims) > 800
    for row in rows:
        text = seed.texts[str(row["id"])]
        assert text[int(str(row["start"])) : int(str(row["end"]))] == row["exact"]


def test_no_evidence_from_page_furniture(seed: BuildResult) -> None:
    furniture = (
        "US federal agents detain",
        "Budget 2026",
        "Census 2027",
        "Board of Peace",
        "Jailbirds find love",
        "SCROLL FOR NEXT",
        "(File Photo",
    )
    for claim in seed.resolved.claims:
        assert not any(f in claim.record.evidence for f in furniture), claim.record.location


def test_the_kabul_visit_has_a_host_and_a_visitor(run_query: Query) -> None:
    # 002: "Afghanistan’s Taliban government has held talks with India ... during the
    # November 4-5 visit to Kabul", and "the visiting Indian delegation";
    # 004: "who visited Kabul on 4 and 5 November. During the visit, he had several
    # meetings with Afghan ministers".
    visit = "kabul-visit-2024-11"
    assert sources_of(run_query, visit, "hasVisitor", KGR["india"]) == {S002}
    assert sources_of(run_query, visit, "hasHost", KGR["islamic-emirate-of-afghanistan"]) == {
        S002,
        S004,
    }
    assert not sources_of(run_query, visit, "hasParticipant", KGR["india"])


def test_a_year_the_text_does_not_give_is_resolved_from_the_publication_date(
    run_query: Query,
) -> None:
    # 002: "the November 4-5 visit to Kabul"; 004: "from November 4–5": neither says
    # 2024, which comes from the publication dates (both 2024-11-07).
    rows = run_query(
        """SELECT ?id ?how WHERE {
             ?claim rdf:subject ?visit ; rdf:predicate kg:hasTime ; rdf:object ?time ;
                    prov:wasDerivedFrom/dcterms:identifier ?id .
             ?time kg:dateSource ?how }""",
        visit=KGR["kabul-visit-2024-11"],
    )
    assert {(str(row["id"]), str(row["how"])) for row in rows} == {
        (S002, str(KG.ResolvedFromPublicationDate)),
        (S004, str(KG.ResolvedFromPublicationDate)),
    }


def test_every_bound_at_the_publication_date_is_marked_relative(seed: BuildResult) -> None:
    """A time that ends (or starts) on its report's publication date was read from it."""
    from kg.build.values import TimeValue

    published = {ident: source.published for ident, source in seed.resolved.sources.items()}
    unmarked = [
        claim.record.location
        for claim in seed.resolved.claims
        if isinstance(claim.value, TimeValue)
        and not claim.value.relative
        and published[claim.record.source] in (claim.value.earliest, claim.value.latest)
    ]
    assert unmarked == []


def confidences(run_query: Query, subject: str, predicate: str, obj: object) -> set[float]:
    rows = run_query(
        """SELECT ?confidence WHERE {
             ?claim rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
             OPTIONAL { ?claim kg:confidence ?confidence } }""",
        s=KGR[subject],
        p=KG[predicate],
        o=obj,
    )
    return {float(str(row["confidence"])) if row["confidence"] is not None else 1.0 for row in rows}


def test_what_an_unnamed_source_says_is_hedged(run_query: Query) -> None:
    # 003: "“The phone call, which took place ahead of Muttaqi’s scheduled visits to Iran and
    # China, signals Kabul’s growing interest ...,” said a source."
    assert confidences(run_query, "muttaqi-china-visit-2025-05", "hasHost", KGR["china"]) == {0.9}
    assert confidences(run_query, "muttaqi-iran-visit-2025", "hasHost", KGR["iran"]) == {0.9}
    # 003: "is making a fresh push to normalise relations with India as part of its broader
    # campaign for international legitimacy, sources familiar with the development said."
    assert confidences(
        run_query,
        "taliban-india-normalisation-push-2025",
        "subEventOf",
        KGR["taliban-international-legitimacy-campaign"],
    ) == {0.9}


def date_sources(run_query: Query, subject: str) -> set[tuple[str, str]]:
    rows = run_query(
        """SELECT ?id ?how WHERE {
             ?claim rdf:subject ?s ; rdf:predicate kg:hasTime ; rdf:object ?time ;
                    prov:wasDerivedFrom/dcterms:identifier ?id .
             ?time kg:dateSource ?how }""",
        s=KGR[subject],
    )
    return {(str(row["id"]), str(row["how"]).rsplit("#", 1)[1]) for row in rows}


def test_a_time_that_ends_at_publication_is_bounded_by_it(run_query: Query) -> None:
    # 002: "The Taliban takeover prompted New Delhi and Western countries to close their
    # embassies": after August 2021, no end given but the report's date.
    assert date_sources(run_query, "embassy-closures-kabul-2021") >= {
        (S002, "BoundedByPublicationDate")
    }
    # 002: "On Thursday, Muttaqi’s office released details of his talks with Singh": the visa
    # request was made before that Thursday, the publication date.
    assert date_sources(run_query, "muttaqi-visa-request-2024-11") == {
        (S002, "BoundedByPublicationDate")
    }
    # 000: "in Dubai on Wednesday": a day resolved from the publication date, not a bound.
    assert (S000, "ResolvedFromPublicationDate") in date_sources(run_query, "dubai-meeting-2025-01")
