"""The link index's claims read from a full build's emitted lines (kg/build/claim_rows.py)
are the rows the store gives for the projection's query of every claim."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

from kg.build.claim_rows import claim_rows
from kg.graph.projection import _CLAIMS_ALL
from kg.iris import IRI
from kg.stores.oxigraph import OxigraphStore


def _lines(generation: Path) -> list[str]:
    """Every graph's triples of a build, from its cache (each unit's lines, the disputes)."""
    lines: list[str] = []
    for path in sorted((generation / "kg-build" / "units").glob("*.json")):
        unit = json.loads(path.read_text("utf-8"))
        for triples in unit["graphs"].values():
            lines += triples
        lines += unit["provenance"]
    manifest = json.loads((generation / "kg-build" / "manifest.json").read_text("utf-8"))
    disputed: list[str] = manifest["disputed"]
    return lines + disputed


def _counted(rows: list[dict[str, Any]]) -> Counter[tuple[Any, ...]]:
    return Counter(
        tuple((key, type(value).__name__, value) for key, value in sorted(row.items()))
        for row in rows
    )


def test_the_rows_read_from_the_lines_are_the_stores(seed_store: str) -> None:
    path = Path(seed_store.partition(":")[2])
    store = OxigraphStore(path)
    try:
        expected = store.rows(_CLAIMS_ALL)
    finally:
        store.close()
    got = claim_rows(_lines(Path(os.path.realpath(path / "latest"))))
    assert len(got) > 800 and any(row["voice"] is not None for row in got)
    assert any(row["disputed"] is not None for row in got)
    assert _counted(got) == _counted(expected)


KG = "https://w3id.org/kgdiplo/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


def test_escapes_a_missing_optional_and_two_values() -> None:
    """A literal's escapes undone, an IRI's ``\\u`` too; no span offsets: None; two voice
    spans: two rows; a triple in two graphs: once; a node not typed kg:Claim: no row."""
    c, span, doc = "<https://e.org/c>", "<https://e.org/c/span>", "<https://e.org/doc>"
    lines = [
        f"{c} <{RDF}type> <{KG}Claim>",
        f"{c} <{RDF}subject> <https://e.org/a\\u0020b>",
        f"{c} <{RDF}predicate> <{KG}hasActor>",
        f'{c} <{RDF}object> "said \\"no\\" \\\\ twice"',
        f"{c} <{RDF}object> <https://e.org/x>",
        f"{c} <http://www.w3.org/ns/prov#wasDerivedFrom> {doc}",
        f'{doc} <http://purl.org/dc/terms/identifier> "s1"',
        f"{c} <{KG}hasEvidence> {span}",
        f'{span} <http://www.w3.org/ns/oa#exact> "line\\none"',
        f'{span} <http://www.w3.org/ns/oa#exact> "line\\none"',  # in another graph
        f"{c} <{KG}hasVoiceEvidence> <https://e.org/v1>",
        f"{c} <{KG}hasVoiceEvidence> <https://e.org/v2>",
        '<https://e.org/v1> <http://www.w3.org/ns/oa#exact> "one"',
        '<https://e.org/v2> <http://www.w3.org/ns/oa#exact> "two"',
        f"<https://e.org/d> <{RDF}subject> <https://e.org/a>",
    ]
    rows = claim_rows(lines)
    assert len(rows) == 4  # two objects, two voice spans
    assert {row["o"] for row in rows} == {'said "no" \\ twice', "https://e.org/x"}
    assert [type(row["o"]) for row in rows].count(IRI) == 2
    assert {row["s"] for row in rows} == {"https://e.org/a b"}
    assert {row["voiceEvidence"] for row in rows} == {"one", "two"}
    assert {row["evidence"] for row in rows} == {"line\none"}
    assert all(row["start"] is None and row["mode"] is None for row in rows)
    assert {row["source"] for row in rows} == {"s1"}
