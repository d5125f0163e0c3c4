"""benchmarks/suggest.py: a proposed new entity counts as the shipped entity it names."""

from __future__ import annotations

import sys
from pathlib import Path

from kg.suggest.register import load_register
from kg.suggest.rows import new_suggestion
from tests.conftest import DATA, ONTOLOGY, SEEDS

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import suggest as bench  # noqa: E402  (benchmarks/ is not a package)

S000 = "000_1bff8b9514c268fa"


def test_a_new_entitys_rows_count_under_the_shipped_id_its_name_matches() -> None:
    full = load_register(DATA, ONTOLOGY)
    texts = {s: (SEEDS / f"{s}.txt").read_text(encoding="utf-8") for s in full.sources}
    reduced = bench.held_out(full, S000, DATA, texts)
    assert "port-of-karachi" not in reduced.entities  # 000's own entity
    rows = [
        new_suggestion(
            kind, "karachi", predicate, obj, source=S000, evidence=words, confidence=0.5
        )  # fmt: skip
        for kind, predicate, obj, words in (
            ("entity", "type", "Port", "Karachi"),
            ("entity", "label", "Karachi", "Karachi"),
            ("claim", "locatedIn", "pakistan", "Pakistan’s Karachi"),
        )
    ]
    score, _ = bench.score_report(full, reduced, S000, texts[S000], rows)
    assert score.hits["new entities recall"] == 1
    assert score.hits["reachable rows"] == 1  # port-of-karachi locatedIn pakistan


def test_mentions_named_in_the_text_are_scored_apart_from_those_known_otherwise() -> None:
    full = load_register(DATA, ONTOLOGY)
    texts = {s: (SEEDS / f"{s}.txt").read_text(encoding="utf-8") for s in full.sources}
    reduced = bench.held_out(full, S000, DATA, texts)
    score, _ = bench.score_report(full, reduced, S000, texts[S000], [])
    named = score.totals["mentions recall (a register name in the text)"]
    assert 0 < named < score.totals["mentions recall"]  # "Kabul" for the Islamic Emirate: not


def test_a_proposed_state_is_not_also_its_embassy() -> None:
    full = load_register(DATA, ONTOLOGY)
    texts = {s: (SEEDS / f"{s}.txt").read_text(encoding="utf-8") for s in full.sources}
    source = "002_cc55442e284936d0"
    reduced = bench.held_out(full, source, DATA, texts)
    assert {"russia", "embassy-of-russia-kabul"} <= set(full.entities) - set(reduced.entities)
    rows = [
        new_suggestion("entity", "russia", p, o, source=source, evidence="Russia", confidence=0.5)
        for p, o in (("type", "State"), ("label", "Russia"))
    ]
    score, _ = bench.score_report(full, reduced, source, texts[source], rows)
    assert score.hits["new entities recall"] == 1  # Russia, not also "Embassy of Russia, Kabul"


def test_a_name_inside_a_longer_one_matches_only_where_it_is_most_of_it() -> None:
    assert bench._names_same("paktika", "paktika province")
    assert not bench._names_same("russia", "embassy of russia kabul")  # a state, not its embassy
    assert not bench._names_same("mumbai", "consul of the islamic emirate in mumbai")
    assert not bench._names_same("iran", "iranian")  # whole words


def test_each_answered_event_is_one_proposals_and_a_duplicate_is_wrong() -> None:
    """000: "Afghan refugees, many of whom have been repatriated by Pakistan and Iran.
    Since late 2023, about one million refugees have returned to Afghanistan." are two
    returns in the shipped rows. A proposal over both sentences and one over the first
    answer both (the matching, not the first of equals for each); a third over the
    second is a duplicate: wrong as an event, its rows still that event's after an edit."""
    full = load_register(DATA, ONTOLOGY)
    texts = {s: (SEEDS / f"{s}.txt").read_text(encoding="utf-8") for s in full.sources}
    reduced = bench.held_out(full, S000, DATA, texts)
    spans = {
        "return-both": "repatriated by Pakistan and Iran. Since late 2023, about one million",
        "return-first": "many of whom have been repatriated by Pakistan and Iran",
        "return-again": "refugees have returned to Afghanistan",
    }
    rows = [
        new_suggestion(
            "entity", event, "type", "RefugeeReturn", source=S000, evidence=words, confidence=0.5
        )
        for event, words in spans.items()
    ]
    rows.append(
        new_suggestion(
            "claim",
            "return-again",
            "hasTime",
            "2023-10..2025-01-09",
            source=S000,
            evidence="Since late 2023",
            confidence=0.5,
        )  # fmt: skip
    )
    gold = [c for c in full.claims if c.source == S000]
    both = {
        "pakistan-iran-repatriation-afghan-refugees",
        "afghan-refugee-returns-since-2023",
    }
    two = bench.Score()
    mapping = bench._events(full, reduced, gold, rows[:2], texts[S000], two)
    assert two.hits["events recall (kind)"] == 2  # not the first of equals for both
    assert {mapping["return-both"], mapping["return-first"]} == both
    three = bench.Score()
    mapping = bench._events(full, reduced, gold, rows, texts[S000], three)
    assert three.hits["events recall (kind)"] == 2
    assert (three.hits["events precision"], three.totals["events precision"]) == (2, 3)
    assert set(mapping.values()) == both  # the duplicate's rows are still an answer's
