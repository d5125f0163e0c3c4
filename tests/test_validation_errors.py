"""Every kind of bad annotation fails the build with a `file:line: message`."""

from __future__ import annotations

import pytest

from kg.build import write_outputs
from kg.errors import BuildFailedError, KgError
from tests.conftest import TinyCorpus


def problems(tiny: TinyCorpus, *, shacl: bool = True) -> list[str]:
    with pytest.raises(BuildFailedError) as failure:
        tiny.build(shacl=shacl)
    return [str(p) for p in failure.value.problems]


def test_tiny_corpus_builds(tiny: TinyCorpus) -> None:
    result = tiny.build()
    assert len(result.resolved.claims) == 7


def test_unknown_entity_id_names_file_and_line(tiny: TinyCorpus) -> None:
    line = tiny.append("claims/s1.tsv", "meeting\thasParticipant\tmisrri\ts1\tVikram Misri met")
    assert problems(tiny) == [
        f"data/claims/s1.tsv:{line}: unknown object entity 'misrri' (did you mean misri?)"
    ] or problems(tiny)[0].endswith(
        f"claims/s1.tsv:{line}: unknown object entity 'misrri' (did you mean misri?)"
    )


def test_unknown_subject(tiny: TinyCorpus) -> None:
    line = tiny.append("claims/s1.tsv", "nobody\thasParticipant\tmisri\ts1\tVikram Misri met")
    (message,) = problems(tiny)
    assert message.endswith(f"claims/s1.tsv:{line}: unknown subject entity 'nobody'")


def test_unknown_predicate_suggests(tiny: TinyCorpus) -> None:
    line = tiny.append("claims/s1.tsv", "meeting\thasParticipants\tmisri\ts1\tVikram Misri met")
    (message,) = problems(tiny)
    assert f"claims/s1.tsv:{line}: unknown predicate 'hasParticipants'" in message
    assert "did you mean hasParticipant" in message


def test_predicate_reserved_for_the_build(tiny: TinyCorpus) -> None:
    line = tiny.append("claims/s1.tsv", "meeting\tdisputed\ttrue\ts1\tVikram Misri met")
    (message,) = problems(tiny)
    assert f"s1.tsv:{line}: predicate 'disputed' is written by the build" in message


def test_wrong_domain(tiny: TinyCorpus) -> None:
    line = tiny.append("claims/s1.tsv", "misri\thasPlace\tdubai\ts1\tVikram Misri met")
    (message,) = problems(tiny)
    assert message.endswith(
        f"s1.tsv:{line}: hasPlace expects a subject of type Event, 'misri' is a Person"
    )


def test_wrong_range(tiny: TinyCorpus) -> None:
    line = tiny.append("claims/s1.tsv", "meeting\thasPlace\tmisri\ts1\tVikram Misri met")
    (message,) = problems(tiny)
    assert message.endswith(
        f"s1.tsv:{line}: hasPlace expects an object of type Place, 'misri' is a Person"
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-13-01", "not a calendar date: '2025-13-01'"),
        ("Jan 2025", "not a time"),
        ("2025-02-30", "not a calendar date"),
        ("2025-02..2025-01", "interval ends before it starts"),
    ],
)
def test_malformed_date(tiny: TinyCorpus, value: str, expected: str) -> None:
    line = tiny.append("claims/s1.tsv", f"meeting\thasTime\t{value}\ts1\ton Wednesday")
    (message,) = problems(tiny)
    assert f"s1.tsv:{line}: hasTime: " in message
    assert expected in message


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("300 tonnes", "unknown unit 'tonnes'"),
        ("three hundred tonne", "not a quantity"),
        ("300", "not a quantity"),
    ],
)
def test_malformed_quantity(tiny: TinyCorpus, value: str, expected: str) -> None:
    line = tiny.append("claims/s1.tsv", f"aid\thasQuantity\t{value}\ts1\t300 tonnes")
    (message,) = problems(tiny)
    assert f"s1.tsv:{line}: hasQuantity: " in message
    assert expected in message


def test_malformed_boolean(tiny: TinyCorpus) -> None:
    line = tiny.append("claims/s1.tsv", "dubai\tisLandlocked\tyes\ts1\tDubai")
    (message,) = problems(tiny)
    assert message.endswith(f"s1.tsv:{line}: isLandlocked: not a boolean (true or false): 'yes'")


def test_confidence_out_of_range(tiny: TinyCorpus) -> None:
    tiny.write(
        "claims/s1.tsv",
        "subject\tpredicate\tobject\tsource\tevidence\tconfidence\n"
        "meeting\thasParticipant\tmisri\ts1\tVikram Misri met\t1.5\n",
    )
    # the rows only (this file leaves the aid shipment without a date, which the graph
    # checks, run in the same build, report too)
    (message,) = problems(tiny, shacl=False)
    assert message.endswith("s1.tsv:2: confidence: not a number in [0, 1]: '1.5'")


def test_duplicate_entity_id(tiny: TinyCorpus) -> None:
    tiny.write("entities/more.tsv", "id\ttype\tlabel\nmisri\tPerson\tV. Misri\n")
    (message,) = problems(tiny)
    assert "entities/more.tsv:2: duplicate entity id 'misri' (first at " in message
    assert "entities/main.tsv:2)" in message


def test_duplicate_source_id(tiny: TinyCorpus) -> None:
    tiny.append("sources.tsv", "s1\tAgain\t2025-01-10")
    (message,) = problems(tiny)
    assert message.endswith("(data/sources.tsv:2)") or "duplicate source id 's1'" in message


def test_source_id_that_cannot_name_a_file_and_an_iri(tiny: TinyCorpus) -> None:
    line = tiny.append("sources.tsv", "s 2/x\tAgain\t2025-01-10")
    (message,) = problems(tiny)
    assert message.endswith(
        f"sources.tsv:{line}: id 's 2/x': a source id is letters, digits, '.', '_' and '-'"
    )


def test_unknown_type(tiny: TinyCorpus) -> None:
    line = tiny.append("entities/main.tsv", "x\tPersn\tX\t")
    (message,) = problems(tiny)
    assert f"main.tsv:{line}: unknown type 'Persn' (did you mean Person" in message


def test_bad_slug(tiny: TinyCorpus) -> None:
    line = tiny.append("entities/main.tsv", "Bad Id\tPerson\tX\t")
    (message,) = problems(tiny)
    assert f"main.tsv:{line}: id 'Bad Id' is not a slug" in message


def test_unknown_source(tiny: TinyCorpus) -> None:
    line = tiny.append("claims/s1.tsv", "meeting\thasParticipant\tmisri\ts2\tVikram Misri met")
    (message,) = problems(tiny)
    assert message.endswith(f"s1.tsv:{line}: unknown source 's2'")


def test_evidence_not_verbatim_shows_the_text(tiny: TinyCorpus) -> None:
    line = tiny.append(
        "claims/s1.tsv", "meeting\thasParticipant\tmisri\ts1\tIndia's Foreign Secretary"
    )
    (message,) = problems(tiny)
    assert f"s1.tsv:{line}: evidence does not occur verbatim in s1" in message
    assert "(the text has 'India’s Foreign Secretary')" in message


def test_alias_must_occur_in_a_text(tiny: TinyCorpus) -> None:
    line = tiny.append("entities/main.tsv", "x\tPerson\tX\tNobody Here")
    (message,) = problems(tiny)
    assert f"main.tsv:{line}: alias 'Nobody Here' occurs in no source text" in message


def test_too_many_fields(tiny: TinyCorpus) -> None:
    line = tiny.append("claims/s1.tsv", "a\tb\tc\td\te\tf\tg\th")
    (message,) = problems(tiny)
    assert f"s1.tsv:{line}: 8 tab-separated fields, the header has 5" in message


def test_missing_header_column(tiny: TinyCorpus) -> None:
    tiny.write("claims/s1.tsv", "subject\tpredicate\tobject\tsource\n")
    (message,) = problems(tiny)
    assert message.endswith("claims/s1.tsv:1: header lacks column(s): evidence")


def test_shacl_violation_names_the_entity_row(tiny: TinyCorpus) -> None:
    # A meeting with one participant passes the per-row checks, not the shapes.
    line = tiny.append("entities/main.tsv", "lonely\tMeeting\tA meeting of one\t")
    tiny.append("claims/s1.tsv", "lonely\thasParticipant\tmisri\ts1\tVikram Misri met")
    tiny.append("claims/s1.tsv", "lonely\thasTime\t2025-01-08\ts1\ton Wednesday")
    (message,) = problems(tiny)  # in memory pySHACL reports it; its SPARQL twin is skipped
    assert f"main.tsv:{line}: SHACL: lonely hasActor:" in message


def test_shacl_event_without_time(tiny: TinyCorpus) -> None:
    line = tiny.append("entities/main.tsv", "undated\tStatement\tAn undated statement\t")
    tiny.append("claims/s1.tsv", "undated\thasInitiator\tindia\ts1\tIndia sent")
    (message,) = problems(tiny)
    assert f"main.tsv:{line}: SHACL: undated hasTime:" in message


def test_all_errors_are_reported_in_one_run(tiny: TinyCorpus) -> None:
    unknown = tiny.append("claims/s1.tsv", "nobody\thasParticipant\tmisri\ts1\tVikram Misri met")
    bad_date = tiny.append("claims/s1.tsv", "meeting\thasTime\t2025-99\ts1\ton Wednesday")
    bad_class = tiny.append("entities/main.tsv", "x\tPersn\tX\t")
    found = problems(tiny)
    assert len(found) == 3
    where = sorted(m.split(": ", 1)[0].split("/data/", 1)[1] for m in found)
    expected = [f"claims/s1.tsv:{unknown}", f"claims/s1.tsv:{bad_date}"]
    assert where == sorted(expected + [f"entities/main.tsv:{bad_class}"]), found


def test_missing_source_text(tiny: TinyCorpus) -> None:
    (tiny.corpus / "s1.txt").unlink()
    found = problems(tiny)
    assert any(m.endswith("sources.tsv:2: no text s1.txt in " + str(tiny.corpus)) for m in found)


def test_missing_corpus_folder_is_an_error(tiny: TinyCorpus) -> None:
    from kg.build import build_graph
    from tests.conftest import ONTOLOGY

    with pytest.raises(KgError, match="corpus folder .* does not exist"):
        build_graph(tiny.data, ONTOLOGY, tiny.root / "nowhere")


def test_without_texts_spans_are_not_verified(
    tiny: TinyCorpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg import resources

    monkeypatch.delenv("KG_CORPUS", raising=False)
    monkeypatch.setattr(resources, "project_root", lambda: None)
    from kg.build import build_graph
    from tests.conftest import ONTOLOGY

    result = build_graph(tiny.data, ONTOLOGY, None)
    assert result.texts is None
    assert result.notices == ["source texts not found: evidence spans were not verified"]


def test_failed_build_leaves_last_good_output_untouched(tiny: TinyCorpus) -> None:
    written = write_outputs(tiny.build(), tiny.out)
    before = {path: path.read_bytes() for path in written}
    tiny.append("claims/s1.tsv", "nobody\thasParticipant\tmisri\ts1\tVikram Misri met")
    problems(tiny)
    assert {path: path.read_bytes() for path in written} == before
    assert sorted(p.name for p in tiny.out.iterdir() if p.name != ".kg-generations") == [
        "graph.nq",
        "graph.trig",
        "graph.ttl",
    ]


def test_violation_query_rows_fail_the_build(tiny: TinyCorpus) -> None:
    """Every `*-violation.rq` of the catalogue runs in the build; a row is an error."""
    from tests.conftest import ONTOLOGY

    queries = tiny.root / "queries"
    queries.mkdir()
    (queries / "aid-without-recipient-violation.rq").write_text(
        "# title: Aid without a recipient\n"
        "# question: Which aid shipments name no recipient?\n"
        "SELECT ?aid WHERE { ?aid a kg:AidShipment . FILTER NOT EXISTS { ?aid kg:hasRecipient ?r } }\n",
        encoding="utf-8",
    )
    (queries / "report.rq").write_text(
        "# title: A report, not a check\n# question: All aid?\nSELECT ?a WHERE { ?a a kg:AidShipment }\n",
        encoding="utf-8",
    )
    from kg.build import build_graph

    with pytest.raises(BuildFailedError) as failure:
        build_graph(tiny.data, ONTOLOGY, tiny.corpus, queries_dir=queries)
    (message,) = [str(p) for p in failure.value.problems]
    assert message.endswith(
        "main.tsv:7: aid-without-recipient-violation.rq: Aid without a recipient: kgr:aid"
    )


def test_on_oxigraph_the_shapes_are_checked_by_their_sparql_twins(tiny: TinyCorpus) -> None:
    """No pySHACL on a store build: the catalogue's shape-restating queries catch it."""
    from kg.build import build_oxigraph
    from tests.conftest import ONTOLOGY

    line = tiny.append("entities/main.tsv", "lonely\tMeeting\tA meeting of one\t")
    tiny.append("claims/s1.tsv", "lonely\thasParticipant\tmisri\ts1\tVikram Misri met")
    tiny.append("claims/s1.tsv", "lonely\thasTime\t2025-01-08\ts1\ton Wednesday")
    with pytest.raises(BuildFailedError) as failure:
        build_oxigraph(tiny.root / "store", tiny.data, ONTOLOGY, tiny.corpus)
    (message,) = [str(p) for p in failure.value.problems]
    assert f"main.tsv:{line}: meeting-with-fewer-than-two-actors-violation.rq" in message
    assert not (tiny.root / "store").exists()
