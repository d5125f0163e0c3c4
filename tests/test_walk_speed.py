"""A depth-2 walk on a large store: the lookups' JSON by orjson, each node looked up once.

The JSON of a lookup is written by orjson, byte for byte as :func:`json.dumps`
(indented, not ASCII-escaped) wrote it; a walk asks the backend once per node
whether it is an event, and the nodes of a neighbourhood are looked up once
each however many hops they end.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import pytest
from click.testing import CliRunner

import kg.cli.lookup_commands as lookup_commands
from kg.build import BuildResult
from kg.cli import cli
from kg.cli.output import emit_json
from kg.graph.model import Claim, Name, Node
from kg.lookup.common import nodes_of
from kg.lookup.walk import Walker

TRICKY = {
    "label": 'Muttaqi — Āmir Khān \u2028 \x01 \x7f \t \n "quoted" \\ é 漢字',
    "depth": 2,
    "nested": {"empty": [], "nothing": {}, "none": None, "yes": True, "no": False},
    "tuple": ("a", 1),
    "negative": -7,
}


def _printed(value: Any, capsys: pytest.CaptureFixture[str], **options: Any) -> str:
    emit_json(value, **options)
    return capsys.readouterr().out


def test_floatless_json_is_json_dumps_byte_for_byte(capsys: pytest.CaptureFixture[str]) -> None:
    expected = json.dumps(TRICKY, indent=2, ensure_ascii=False, default=str) + "\n"
    assert _printed(TRICKY, capsys, floatless=True) == expected
    # an integer beyond 64 bits (orjson refuses it) is written by json
    big = {"n": 2**70}
    assert _printed(big, capsys, floatless=True) == '{\n  "n": 1180591620717411303424\n}\n'


def test_floatless_json_is_written_by_orjson(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:

    def refuse(*_: Any, **__: Any) -> str:
        raise AssertionError("json.dumps was called")

    monkeypatch.setattr(json, "dumps", refuse)  # the module kg.cli.output writes with
    assert json.loads(_printed(TRICKY, capsys, floatless=True))["depth"] == 2
    with pytest.raises(AssertionError, match="json.dumps"):
        emit_json(TRICKY)  # a value that may hold floats keeps json's writing


def test_neighbours_json_is_json_dumps_byte_for_byte(
    monkeypatch: pytest.MonkeyPatch, seed: BuildResult
) -> None:
    from kg.lookup.backend import backend_for
    from kg.lookup.neighbours import neighbourhood

    monkeypatch.setattr(lookup_commands, "load_dataset", lambda *_: seed.dataset)
    result = CliRunner().invoke(cli, ["neighbours", "Muttaqi", "--depth", "2", "--json"])
    assert result.exit_code == 0, result.output
    document = neighbourhood(backend_for(seed.dataset), "Muttaqi", depth=2).as_json()
    assert len(document["edges"]) > 10
    assert result.stdout == json.dumps(document, indent=2, ensure_ascii=False) + "\n"


class CountingBackend:
    """A star: event ``e`` with members ``a`` and ``b``; counts the questions asked."""

    def __init__(self) -> None:
        self.asked: dict[str, int] = {}
        self.claims = [Claim("e", "p", "has participant", iri, True, ()) for iri in ("a", "b")]

    def _count(self, what: str) -> None:
        self.asked[what] = self.asked.get(what, 0) + 1

    def name(self, iri: str) -> Name | None:
        self._count(f"name {iri}")
        return self.node(iri)

    def node(self, iri: str) -> Node | None:
        self._count(f"node {iri}")
        return Node(iri=iri, label=iri, is_event=iri == "e")

    def links(self, iri: str) -> Sequence[Claim]:
        return [c for c in self.claims if iri in (c.subject, c.object)]


def test_a_walk_asks_once_whether_a_node_is_an_event() -> None:
    backend = CountingBackend()
    walker = Walker(backend, via_events=True, source=None)  # type: ignore[arg-type]
    for _ in range(3):
        assert [hop.end for hop in walker.hops("a", frozenset())] == ["b"]
    assert backend.asked["name e"] == 1
    assert backend.asked["name b"] == 1


def test_nodes_are_looked_up_once_however_many_hops_end_there() -> None:
    backend = CountingBackend()
    found = nodes_of(backend, ["a", "b", "a", "e", "a", "b"])  # type: ignore[arg-type]
    assert list(found) == ["a", "b", "e"]
    assert backend.asked == {"node a": 1, "node b": 1, "node e": 1}
