"""Entities and events whose labels, aliases or evidence contain a text (``kg search``)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from kg.errors import InputError
from kg.graph.model import Name
from kg.lookup.backend import LookupBackend
from kg.lookup.common import NothingFoundError, name_json, sources_text
from kg.lookup.names import resolver_for
from kg.vocabulary import normalise


@dataclass(frozen=True)
class Match:
    field: str
    """``label``, ``alias`` or ``evidence``."""
    text: str
    source: str | None = None


@dataclass(frozen=True)
class Hit:
    name: Name
    matches: tuple[Match, ...]


@dataclass
class SearchResult:
    text: str
    hits: list[Hit]

    def rows(self, short_sources: bool = False) -> list[dict[str, Any]]:
        return [
            {
                "id": hit.name.id,
                "label": hit.name.label,
                "type": hit.name.kind,
                "matched": list(dict.fromkeys(m.field for m in hit.matches)),
                "text": hit.matches[0].text,
                "sources": sources_text(
                    sorted({m.source for m in hit.matches if m.source}), short_sources
                ),
            }
            for hit in self.hits
        ]

    def as_json(self) -> list[dict[str, Any]]:
        return [
            name_json(hit.name)
            | {
                "matches": [
                    {"field": m.field, "text": m.text, "source": m.source} for m in hit.matches
                ]
            }
            for hit in self.hits
        ]


_FIELD_ORDER = {"label": 0, "alias": 1, "evidence": 2}


def search(backend: LookupBackend, text: str) -> SearchResult:
    """Entities and events whose label, aliases or evidence contain ``text``.

    Compared ignoring case, accents and punctuation. Evidence counts for the
    subject of its claim. Label matches come first, then aliases, then
    evidence. Raises :class:`NothingFoundError` when nothing matches, with
    the closest names as the resolver suggests them.
    """
    needle = normalise(text)
    if not needle:
        raise InputError("search for what? the text has no letters or digits")
    matches: dict[str, dict[Match, None]] = defaultdict(dict)
    names = {name.iri: name for name in backend.names()}
    for name in names.values():
        if needle in normalise(name.label):
            matches[name.iri][Match("label", name.label)] = None
        for alias in name.aliases:
            if needle in normalise(alias):
                matches[name.iri][Match("alias", alias)] = None
    for claim in backend.claims_with_evidence(text):
        if claim.subject in names:
            for span in claim.sources:
                matches[claim.subject][Match("evidence", span.evidence, span.source)] = None
    if not matches:
        close = resolver_for(backend).closest(needle)
        hint = "; did you mean " + " or ".join(n.describe() for n in close) + "?" if close else ""
        raise NothingFoundError(f"no entity, event or evidence contains {text!r}{hint}")
    hits = [Hit(names[iri], tuple(found)) for iri, found in matches.items()]
    hits.sort(
        key=lambda h: (
            min(_FIELD_ORDER[m.field] for m in h.matches),
            h.name.is_event,
            h.name.label.casefold(),
        )
    )
    return SearchResult(text, hits)


__all__ = [
    "Hit",
    "Match",
    "SearchResult",
    "search",
]
