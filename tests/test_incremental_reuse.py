"""What an incremental build leaves as it was (issue 21: adding a report costs a fraction
of a full build): the link index's lines of nodes a change only names, the label
index when the register did not change, graph.nq's text in `kg build -o`. Each
result is still the full build's (tests/test_incremental_build.py compares them).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from kg.stores.workspace import Inputs
from tests.conftest import ONTOLOGY, TinyCorpus
from tests.test_incremental_build import (
    QUERIES,
    S2_SOURCE,
    add_s2,
    assert_same_as_full_build,
    build,
)

KGR = "https://w3id.org/kgdiplo/id/"
S3_TEXT = "Kabul talks\nIndia and Vikram Misri joined the Kabul talks in January 2025.\n"
S3_SOURCE = "s3\tKabul talks\t2025-01-20\n"
S3_CLAIMS = (
    "subject\tpredicate\tobject\tsource\tevidence\n"
    "talks\thasParticipant\tindia\ts3\tIndia and Vikram Misri joined the Kabul talks\n"
    "talks\thasParticipant\tmisri\ts3\tIndia and Vikram Misri joined the Kabul talks\n"
    "talks\thasTime\t2025-01\ts3\tin January 2025\n"
)


def add_s3(tiny: TinyCorpus) -> None:
    """Another event India takes part in (a report of its own)."""
    tiny.append("entities/main.tsv", "talks\tMeeting\tKabul talks\t")
    (tiny.corpus / "s3.txt").write_text(S3_TEXT, encoding="utf-8")
    tiny.write("sources.tsv", (tiny.data / "sources.tsv").read_text("utf-8") + S3_SOURCE)
    tiny.write("claims/s3.tsv", S3_CLAIMS)


def test_a_node_a_new_claim_names_keeps_its_other_events_lines(
    tiny: TinyCorpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    """s2 says India sent the aid: India's line is made again (a claim to it is new), not
    the line of the Kabul talks, which name India too but did not change. Before, every
    event of a place or person a new claim named was projected again (hundreds at
    1,000 reports)."""
    import kg.build.delta as delta

    add_s3(tiny)
    store = tiny.root / "store"
    assert not build(tiny, store).incremental
    touched: list[set[str]] = []
    original = delta.touched_nodes

    def spy(raw: Any, change: Any) -> set[str]:
        found = original(raw, change)
        touched.append(found)
        return found

    monkeypatch.setattr(delta, "touched_nodes", spy)
    add_s2(tiny)
    built = build(tiny, store)
    assert built.incremental
    (nodes,) = touched
    assert {KGR + "aid", KGR + "india"} <= nodes
    assert KGR + "talks" not in nodes
    assert_same_as_full_build(tiny, built, store)


def names_index(store: Path) -> Path:
    from kg.stores.generations import store_location
    from kg.stores.names import NAME_INDEX

    return store_location(store) / NAME_INDEX


def build_store(tiny: TinyCorpus, store: Path) -> Any:
    from kg.build.workspace import build_store as build_workspace_store

    return build_workspace_store(store, Inputs.of(tiny.data, ONTOLOGY, tiny.corpus))


def test_the_label_index_of_an_unchanged_register_is_kept(
    tiny: TinyCorpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Adding a report that adds no entity: the label index is the last generation's file
    (hard-linked, not made again) and a full build's, byte for byte."""
    import kg.stores.names as names

    store = tiny.root / "store"
    build_store(tiny, store)
    before = names_index(store).stat().st_ino
    written: list[bool] = []
    original = names.write_name_index

    def spy(*args: Any) -> bool:
        written.append(original(*args))
        return written[-1]

    monkeypatch.setattr(names, "write_name_index", spy)
    add_s2(tiny)
    assert build_store(tiny, store).incremental
    assert written == [False]
    assert names_index(store).stat().st_ino == before
    full = build_store(tiny, tiny.root / "full")
    assert not full.incremental and written == [False, True]
    assert names_index(store).read_bytes() == names_index(tiny.root / "full").read_bytes()


def test_an_added_entity_makes_the_label_index_again(tiny: TinyCorpus) -> None:
    store = tiny.root / "store"
    build_store(tiny, store)
    before = names_index(store).stat().st_ino
    add_s3(tiny)  # a new entity: "Kabul talks"
    built = build_store(tiny, store)
    assert built.incremental
    index = names_index(store)
    assert index.stat().st_ino != before
    assert f"kabul talks\t{KGR}talks\n" in index.read_text("utf-8")
    build_store(tiny, tiny.root / "full")
    assert index.read_bytes() == names_index(tiny.root / "full").read_bytes()


def test_a_label_index_without_its_key_is_made_again(tiny: TinyCorpus) -> None:
    """An index without its key (an older kg's) is not kept: it is made again."""
    from kg.stores.generations import store_location
    from kg.stores.names import NAME_INDEX_KEY

    store = tiny.root / "store"
    build_store(tiny, store)
    (store_location(store) / NAME_INDEX_KEY).unlink()
    written = names_index(store).read_bytes()
    os.unlink(names_index(store))
    names_index(store).write_bytes(b"stale\thttps://example.org/x\n")
    add_s2(tiny)
    build_store(tiny, store)
    assert names_index(store).read_bytes() == written


def test_kg_build_with_output_does_not_read_graph_nq_as_text(
    tiny: TinyCorpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`kg build --store oxigraph:PATH -o DIR` links DIR/graph.nq to the store's: the
    build is not asked for its text (160 MB at 1,000 reports, 0.7 s to decode)."""
    from click.testing import CliRunner

    import kg.build.store as store_build
    from kg.cli import cli

    asked: list[bool] = []
    original = store_build.build_oxigraph

    def spy(*args: Any, **kwargs: Any) -> Any:
        asked.append(kwargs.get("keep_text", False))
        return original(*args, **kwargs)

    monkeypatch.setattr(store_build, "build_oxigraph", spy)
    out = tiny.root / "out"
    args = ["build", "--data", str(tiny.data), "--corpus", str(tiny.corpus)]
    args += ["--ontology", str(ONTOLOGY), "--store", f"oxigraph:{tiny.root / 'store'}"]
    result = CliRunner().invoke(cli, [*args, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert asked == [False]
    assert (out / "graph.nq").read_text("utf-8").count(" .\n") > 50


def test_an_incremental_build_does_not_gate_the_violation_queries_again(
    tiny: TinyCorpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The gate passed these very texts in the build that made the cache (its parse of
    the catalogue was 0.3 s of an added report's 1.6 s); a violation still fails the
    incremental build over to a full one (tests/test_incremental_build.py)."""
    import kg.sparql

    store = tiny.root / "store"
    build(tiny, store)
    gated: list[str] = []
    check = kg.sparql.check

    def spy(text: str) -> Any:
        gated.append(text)
        return check(text)

    monkeypatch.setattr(kg.sparql, "check", spy)
    add_s2(tiny)
    assert build(tiny, store).incremental
    assert gated == []
    assert not build(tiny, tiny.root / "full").incremental
    assert len(gated) == len(list(QUERIES.glob("*-violation.rq")))  # a full build gates each


def test_splicing_the_link_index_by_node_gives_the_index_written_whole(tmp_path: Path) -> None:
    """Lines of nodes replaced, dropped and added by their place in the last index's
    bytes (a binary search on the IRI before each tab): the file sorted by IRI, as a
    whole index is, whatever the IRIs (one the beginning of another, non-ASCII)."""
    import random

    from kg.build.splice import write_index_spliced
    from kg.graph.links import HEADER, line_of

    rng = random.Random(2)
    names = ["a", "a-b", "ab", "a\u00e9", "b", "b/c", "\u00e9t\u00e9", "\U0001f600", "z"]

    def index(lines: dict[str, bytes]) -> bytes:
        return HEADER + b"".join(lines[iri] for iri in sorted(lines))

    for trial in range(200):
        old = {
            iri: f"{iri}\t[{trial}]\t[]\t[]\t[]\n".encode()
            for iri in rng.sample(names, rng.randint(0, len(names)))
        }
        changes: dict[str, bytes | None] = {
            iri: None if rng.random() < 0.4 else f"{iri}\t[new]\t[]\t[]\t[]\n".encode()
            for iri in rng.sample(names, rng.randint(0, len(names)))
        }
        source, target = tmp_path / f"old{trial}.tsv", tmp_path / f"new{trial}.tsv"
        source.write_bytes(index(old))
        write_index_spliced(source, target, changes)
        expected = {**old, **{iri: line for iri, line in changes.items() if line is not None}}
        for iri, line in changes.items():
            if line is None:
                expected.pop(iri, None)
        assert target.read_bytes() == index(expected)
        text = source.read_bytes()
        for iri in names:
            start, end = line_of(text, iri)
            assert text[start:end] == old.get(iri, b"")


def test_a_renamed_entity_remakes_the_lines_that_show_its_label(tiny: TinyCorpus) -> None:
    """A claim's line shows the label of its voice and, where it is disputed, of the
    subject of each claim it conflicts with: renaming the meeting that two reports
    place in two cities remakes the lines of those cities (their claims from the
    meeting carry the conflict), as a full build has them."""
    store = tiny.root / "store"
    tiny.append("entities/main.tsv", "kabul\tCity\tKabul\t")
    (tiny.corpus / "s2.txt").write_text("Talks\nThe envoys met in Kabul.\n", encoding="utf-8")
    tiny.write("sources.tsv", (tiny.data / "sources.tsv").read_text("utf-8") + S2_SOURCE)
    tiny.write(
        "claims/s2.tsv",
        "subject\tpredicate\tobject\tsource\tevidence\nmeeting\thasPlace\tkabul\ts2\tmet in Kabul\n",
    )
    first = build(tiny, store)
    assert not first.incremental and '#disputed> "true"' in first.nquads
    text = (tiny.data / "entities" / "main.tsv").read_text("utf-8")
    tiny.write("entities/main.tsv", text.replace("Dubai meeting", "The Dubai meeting"))
    built = build(tiny, store)
    assert built.incremental
    assert_same_as_full_build(tiny, built, store)
