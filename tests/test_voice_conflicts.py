"""Conflicting figures and dates inside one report, in two voices: the catalogue's
`quantity-conflicts` and `date-conflicts` compare voices as the build's disputes do, and a
denial gives no value of its own, in its report or against another.

The texts are invented for the test; the expected rows are read from them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.namespace import RDF

from kg.build import build_oxigraph
from kg.namespaces import KG
from kg.sparql import run
from kg.stores.oxigraph import OxigraphStore
from tests.conftest import ONTOLOGY, ROOT, TINY_ENTITIES, TinyCorpus

QUERIES = ROOT / "queries"
ID = "https://w3id.org/kgdiplo/id/"

# published 2025-01-09, a Thursday: Monday is 6 January, Tuesday 7 January
VOICES_TEXT = (
    "Aid reaches Kabul\n"
    "India sent 300 tonnes of medicines, Misri said. "
    "Muttaqi said 200 tonnes had arrived on Tuesday. "
    "Misri said the medicines were unloaded on Monday. "
    "Muttaqi denied that 500 tonnes were sent.\n"
)
HEADER = (
    "subject\tpredicate\tobject\tsource\tevidence\tconfidence\tnote\tvoice\tvoice_evidence"
    "\tfactuality\n"
)
VOICES_CLAIMS = HEADER + (
    "aid\thasInitiator\tindia\ts1\tIndia sent 300 tonnes of medicines\t\t\tmisri\tMisri said\t\n"
    "aid\thasQuantity\t300 tonne\ts1\t300 tonnes of medicines\t\t\tmisri\tMisri said\t\n"
    "aid\thasQuantity\t200 tonne\ts1\t200 tonnes had arrived\t\t\tmuttaqi\tMuttaqi said\t\n"
    "aid\thasQuantity\t500 tonne\ts1\t500 tonnes were sent\t\t\tmuttaqi\tMuttaqi denied"
    "\tdenied\n"
    'aid\thasTime\t2025-01-07 "on Tuesday" relative\ts1\thad arrived on Tuesday\t\t\tmuttaqi'
    "\tMuttaqi said\t\n"
    'aid\thasTime\t2025-01-06 "on Monday" relative\ts1\tunloaded on Monday\t\t\tmisri'
    "\tMisri said\t\n"
)
# a second report whose only figure and date are denials: no value against s1's
DENIAL_TEXT = "Kabul denies\nMuttaqi denied that 900 tonnes arrived in December.\n"
DENIAL_CLAIMS = HEADER + (
    "aid\thasQuantity\t900 tonne\ts2\t900 tonnes arrived\t\t\tmuttaqi\tMuttaqi denied\tdenied\n"
    'aid\thasTime\t2024-12 "in December"\ts2\tarrived in December\t\t\tmuttaqi\tMuttaqi denied'
    "\tdenied\n"
)


@pytest.fixture(scope="module")
def voices(tmp_path_factory: pytest.TempPathFactory) -> tuple[Dataset, OxigraphStore]:
    tiny = TinyCorpus(tmp_path_factory.mktemp("voices"))
    (tiny.corpus / "s1.txt").write_text(VOICES_TEXT, encoding="utf-8")
    (tiny.corpus / "s2.txt").write_text(DENIAL_TEXT, encoding="utf-8")
    tiny.write(
        "sources.tsv", "id\theadline\tpublished\ns1\tAid\t2025-01-09\ns2\tDenial\t2025-01-10\n"
    )
    tiny.write(
        "entities/main.tsv", TINY_ENTITIES.replace("meeting\tMeeting\tDubai meeting\t\n", "")
    )
    tiny.write("claims/s1.tsv", VOICES_CLAIMS)
    tiny.write("claims/s2.tsv", DENIAL_CLAIMS)
    dataset = tiny.build().dataset  # the build's violation queries pass (SHACL too)
    store = tiny.root / "store"
    build_oxigraph(store, tiny.data, ONTOLOGY, tiny.corpus, queries_dir=QUERIES)
    return dataset, OxigraphStore(Path(store))


def _rows(engine: Dataset | OxigraphStore, name: str, *columns: str) -> set[tuple[str, ...]]:
    text = (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
    result = run(engine, text, {}) if isinstance(engine, Dataset) else engine.query(text)
    found = {
        tuple(str(row[c]).removeprefix(ID) for c in columns)  # type: ignore[call-overload,index]
        for row in result
    }
    return found


@pytest.mark.parametrize("engine", ["memory", "oxigraph"])
def test_two_voices_of_one_report_give_two_figures(
    voices: tuple[Dataset, OxigraphStore], engine: str
) -> None:
    # Misri's 300 tonnes against Muttaqi's 200; Muttaqi's denied 500 (and s2's denied 900)
    # give no figure
    found = _rows(
        voices[0] if engine == "memory" else voices[1],
        "quantity-conflicts",
        "subject",
        "firstSource",
        "firstVoice",
        "firstAmount",
        "secondSource",
        "secondVoice",
        "secondAmount",
    )
    assert found == {("aid", "s1", "misri", "300.0", "s1", "muttaqi", "200.0")}


@pytest.mark.parametrize("engine", ["memory", "oxigraph"])
def test_two_voices_of_one_report_give_two_dates(
    voices: tuple[Dataset, OxigraphStore], engine: str
) -> None:
    # Misri's Monday (6 January) ends before Muttaqi's Tuesday (7 January) begins; the
    # denied December of s2 is no date of its own
    found = _rows(
        voices[0] if engine == "memory" else voices[1],
        "date-conflicts",
        "event",
        "earlierSource",
        "earlierVoice",
        "earlierTo",
        "laterSource",
        "laterVoice",
        "laterFrom",
    )
    assert found == {("aid", "s1", "misri", "2025-01-06", "s1", "muttaqi", "2025-01-07")}


def test_the_build_marks_the_same_claims_disputed(voices: tuple[Dataset, OxigraphStore]) -> None:
    """The build's value rule agrees with the queries: the denials, in s1 or in s2, are
    not disputed; the four figures and dates given in a voice are."""
    dataset = voices[0]
    claims = set(dataset.subjects(KG.disputed, None))
    disputed = sorted(
        (str(dataset.value(claim, RDF.predicate)).rsplit("#", 1)[-1], str(claim).split("/")[-2])
        for claim in claims
    )
    assert disputed == [("hasQuantity", "s1")] * 2 + [("hasTime", "s1")] * 2
    denied = [
        claim
        for claim in dataset.subjects(KG.factuality, None)
        if str(dataset.value(dataset.value(claim, KG.factuality), KG.factBankCode)).endswith("-")
    ]
    assert denied and not any(dataset.value(claim, KG.disputed) for claim in denied)
