"""What the canvas marks besides shape and colour: short labels that keep an
event's date, disputes, the roles of edges, and no level edge.

Used by :mod:`kg.viz.render`; imports only :mod:`kg.graph.model`.
"""

from __future__ import annotations

import re
from typing import Any

from kg.graph.model import Fact

_TAIL = re.compile(r"(?P<head>.*\S)\s*(?P<tail>\([^()]*\))")


def short_label(label: str, width: int = 30) -> str:
    r"""A label short enough to draw under a node, on at most two lines.

    An event's label ends with its date in brackets ("(January 2025)"): that
    tail is kept whole on the second line, the head cut on the first; other
    labels wrap on two lines. The full label is in the tooltip and the panel.

    >>> short_label("Misri–Muttaqi meeting in Dubai (January 2025)")
    'Misri–Muttaqi meeting in Dubai\n(January 2025)'
    >>> short_label("The Afghan side acknowledges India's security concerns (January 2025)")
    'The Afghan side acknowledges…\n(January 2025)'
    >>> short_label("Narendra Modi inaugurates the India-built Afghan Parliament building")
    'Narendra Modi inaugurates the\nIndia-built Afghan Parliament…'
    """
    if len(label) <= width:
        return label
    match = _TAIL.fullmatch(label)
    if match and len(match["tail"]) <= width + 10:
        return _lines(match["head"], width, 1) + "\n" + match["tail"]
    return _lines(label, width, 2)


def _lines(text: str, width: int, count: int) -> str:
    """``text`` on at most ``count`` lines of ``width``, cut with an ellipsis."""
    import textwrap

    lines = textwrap.wrap(text, width)
    if len(lines) <= count:
        return "\n".join(lines)
    lines = textwrap.wrap(text, width - 1)
    return "\n".join(lines[:count]) + "…"


DISPUTED_COLOR = "#d62728"


def not_level(graph: Any, where: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """Positions where no edge is exactly level, moved by a fraction of a pixel.

    vis-network 9.1.2 draws the label of an edge whose ends have the same y
    and run right to left at the canvas's origin instead of on the edge
    (visjs/vis-network#2044: its label is not rotated, so never translated).
    vis-network keeps whole pixels (it reads x and y with ``parseInt``), so
    each y is made whole and each node in turn (sorted) is moved down a pixel
    at a time until its y differs from every neighbour's: one pass leaves no
    level edge, since a node moved later differs from the ones before it and
    nothing moves twice.
    """
    adjacent: dict[str, set[str]] = {}
    for u, v in graph.edges():
        if u != v:
            adjacent.setdefault(u, set()).add(v)
            adjacent.setdefault(v, set()).add(u)
    result = {node: (x, float(int(y))) for node, (x, y) in where.items()}
    for node in sorted(adjacent):
        x, y = result[node]
        taken = {result[other][1] for other in adjacent[node]}
        while y in taken:
            y += 1.0
        result[node] = (x, y)
    return result


def dispute_text(facts: list[Fact], node: str = "") -> str:
    """The disputed facts of a node (``node``, its IRI), as the canvas shows them under its
    label, short (the panel and the tooltip say what contradicts each, in whose words):
    conflicting values of one predicate side by side, and for the other kinds of dispute
    what is contradicted, with the sources of each side.

    >>> from kg.graph.model import Conflict, Evidence
    >>> dispute_text([Fact("#q", "has quantity", "300 tonne", [Evidence("001_ab", "300")], True),
    ...                Fact("#q", "has quantity", "30 tonne", [Evidence("004_cd", "30")], True)])
    '≠ has quantity: 300 tonne (001) or 30 tonne (004)'
    >>> other = Conflict("c1", "QuotationConflict", "#s", "Statement", "#q", "has quotation",
    ...                  "significant regional and economic partner", "000_ab", "…")
    >>> dispute_text([Fact("#q", "has quotation", "Key regional partner",
    ...                    [Evidence("000_ab", "Key", claim="c1")], True, [other])], "#s")
    '≠ quoted in other words (000 vs 000)'
    >>> earlier = Conflict("c2", "FirstClaimConflict", "#e", "Earlier", "#t", "has time",
    ...                    "2024-11-04..2024-11-05", "002_ab", "…")
    >>> dispute_text([Fact("#s", "has significance", "first-ever meeting",
    ...                    [Evidence("001_ab", "first", claim="c2")], True, [earlier])], "#d")
    '≠ a first, vs an earlier event (001 vs 002)'
    """
    claims: dict[str, list[str]] = {}
    against: dict[str, tuple[list[str], list[str]]] = {}
    shown: set[frozenset[str]] = set()
    for fact in facts:
        if not fact.disputed:
            continue
        sources = sorted({_short(e.source) for e in fact.sources})
        others = [c for c in fact.conflicts if c.kind != "ValueConflict"]
        if not others or len(others) < len(fact.conflicts):
            claims.setdefault(fact.label, []).append(f"{fact.value} ({', '.join(sources)})")
        for conflict in others:
            if conflict.kind == "QuotationConflict":
                pair = frozenset((fact.value, conflict.value))
                if pair in shown:
                    continue  # the other wording (of this node too) counts the pair
                shown.add(pair)
            phrase = _PHRASES.get(conflict.kind, "contradicted")
            if conflict.kind == "FirstClaimConflict" and conflict.label == "has significance":
                phrase = "earlier than a first"
            mine, theirs = against.setdefault(phrase, ([], []))
            mine.extend(s for s in sources if s not in mine)
            if _short(conflict.source) not in theirs:
                theirs.append(_short(conflict.source))
    lines = [f"≠ {label}: " + " or ".join(values) for label, values in claims.items()]
    for phrase, (mine, theirs) in against.items():
        lines.append(f"≠ {phrase} ({', '.join(sorted(mine))} vs {', '.join(sorted(theirs))})")
    return "\n".join(lines)


_PHRASES = {
    "QuotationConflict": "quoted in other words",
    "SubEventTimeConflict": "dated apart from its part or whole",
    "FirstClaimConflict": "a first, vs an earlier event",
    "TitleConflict": "acting and not",
    "PlaceConflict": "placed apart",
}
"""What the canvas says of each kind of dispute (the panel says the rest)."""


def _short(source: str) -> str:
    return source.split("_", 1)[0]


def disputed_color(color: str) -> dict[str, Any]:
    return {
        "background": color,
        "border": DISPUTED_COLOR,
        "highlight": {"background": color, "border": DISPUTED_COLOR},
        "hover": {"background": color, "border": DISPUTED_COLOR},
    }


ROLE_STYLES = {
    "initiator": ("#08306b", 2.6),
    "participant": ("#6b8fb8", 1.6),
    "host": ("#8c6d31", 2.0),
    "visitor": ("#2ca02c", 2.0),
    "recipient": ("#7b4fa3", 2.0),
    "target": ("#e6550d", 2.0),
    "leader": ("#17becf", 2.0),
    "place": ("#969696", 1.0),
}
"""An edge's colour and width by the role its claim gives: who started an event
stands out from who took part, a host from a visitor, a target from a recipient."""


def role_of(predicate: str, actor_roles: frozenset[str]) -> str:
    """``initiator``, ``participant``… for the roles of ``sem:hasActor``; ``place``; else ``""``.

    >>> role_of("https://w3id.org/kgdiplo/ontology#hasInitiator", frozenset(
    ...     {"https://w3id.org/kgdiplo/ontology#hasInitiator"}))
    'initiator'
    """
    name = predicate.rsplit("#", 1)[-1]
    if predicate in actor_roles and name.startswith("has"):
        return name[3:].lower()
    return "place" if name == "hasPlace" else ""


def section_of(role: str) -> str:
    """Where an event's panel lists a relation: who, where or what."""
    return "where" if role == "place" else "who" if role else "what"
