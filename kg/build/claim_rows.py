"""The link index's claims read from the lines a full build emitted, not asked of its store.

The link index (:mod:`kg.graph.links`) is the store's whole projection
(:func:`kg.graph.projection.project`), and most of that projection's time is
one query: every claim with its source, spans, dispute flag and voice (at a
million triples Oxigraph took 7 s of the build's 22 for 44,000 rows). A full
build holds every triple it loaded as an N-Triples line (``s p o``,
:mod:`kg.build.cache`), so :func:`claim_rows` answers that query from those
lines, row for row as the store's :meth:`~kg.stores.oxigraph.OxigraphStore.rows`
gives them (IRIs as :class:`kg.iris.IRI`, literals as their lexical form); the
rest of the projection (names, value texts, dates, conflicts: about a second)
is still read from the store. ``tests/test_claim_rows.py`` compares the two on
the seed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import product
from typing import Any

from rdflib.namespace import DCTERMS

from kg.iris import IRI
from kg.namespaces import KG, OA, PROV, RDF_TERMS
from kg.rdfterms import iri_text

_READ = {
    iri_text(str(iri)): name
    for iri, name in (
        (RDF_TERMS.type, "type"),
        (RDF_TERMS.subject, "s"),
        (RDF_TERMS.object, "o"),
        (RDF_TERMS.predicate, "p"),
        (PROV.wasDerivedFrom, "derived"),
        (DCTERMS.identifier, "identifier"),
        (KG.hasEvidence, "span"),
        (OA.exact, "exact"),
        (OA.start, "start"),
        (OA.end, "end"),
        (KG.disputed, "disputed"),
        (PROV.wasAttributedTo, "voice"),
        (KG.hasVoiceEvidence, "voiceSpan"),
        (KG.factuality, "factuality"),
        (KG.attributionMode, "mode"),
    )
}
"""The predicates the claims query reads (as N-Triples text), by the name used here."""
_CLAIM = iri_text(str(KG.Claim))
_TYPE = iri_text(str(RDF_TERMS.type))
_UNESCAPE = re.compile(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)")
_CHARACTERS = {"t": "\t", "n": "\n", "r": "\r", '"': '"', "\\": "\\", "b": "\b", "f": "\f"}
_CHARACTERS["'"] = "'"


def _unescaped(match: re.Match[str]) -> str:
    code = match.group(1)
    return chr(int(code[1:], 16)) if len(code) > 1 else _CHARACTERS[code]


def _value(text: str) -> Any:
    """A term's N-Triples text as a row holds it: an IRI, or a literal's lexical form."""
    if text[0] == "<":
        inner = text[1:-1]
        return IRI(_UNESCAPE.sub(_unescaped, inner) if "\\" in inner else inner)
    lexical = text[1 : text.rindex('"')]
    return _UNESCAPE.sub(_unescaped, lexical) if "\\" in lexical else lexical


def claim_rows(lines: Iterable[str]) -> list[dict[str, Any]]:
    """The rows of the projection's query of every claim (``_CLAIMS_ALL`` in
    :mod:`kg.graph.projection`) over the RDF merge of the dataset whose triples are
    ``lines`` (``s p o`` N-Triples text, every graph's; a triple in two graphs counts
    once, as in the merge): one row per claim, source and span, a pattern of an
    ``OPTIONAL`` with no match None, two matches two rows."""
    read: dict[str, dict[str, list[str]]] = {predicate: {} for predicate in _READ}
    for line in lines:
        subject, predicate, obj = line.split(" ", 2)
        values = read.get(predicate)
        if values is None or (predicate == _TYPE and obj != _CLAIM):
            continue  # of the classes, only kg:Claim is asked for
        known = values.get(subject)
        if known is None:
            values[subject] = [obj]
        elif obj not in known:
            known.append(obj)
    by_name = {name: read[predicate] for predicate, name in _READ.items()}

    def of(name: str, node: str) -> list[str]:
        return by_name[name].get(node, [])

    def optional(texts: list[str]) -> list[Any]:
        return [_value(text) for text in texts] or [None]

    rows: list[dict[str, Any]] = []
    for node in by_name["type"]:
        sources = [i for d in of("derived", node) for i in of("identifier", d)]
        spans = [(span, exact) for span in of("span", node) for exact in of("exact", span)]
        voice_spans = [e for v in of("voiceSpan", node) for e in of("exact", v)]
        claim = IRI(_value(node))
        for s, o, p, source, (span, evidence) in product(
            of("s", node), of("o", node), of("p", node), sources, spans
        ):
            for start, end, disputed, voice, voice_evidence, factuality, mode in product(
                optional(of("start", span)),
                optional(of("end", span)),
                optional(of("disputed", node)),
                optional(of("voice", node)),
                optional(voice_spans),
                optional(of("factuality", node)),
                optional(of("mode", node)),
            ):
                rows.append(
                    {
                        "claim": claim,
                        "s": _value(s),
                        "p": _value(p),
                        "o": _value(o),
                        "source": _value(source),
                        "span": _value(span),
                        "evidence": _value(evidence),
                        "start": start,
                        "end": end,
                        "disputed": disputed,
                        "voice": voice,
                        "voiceEvidence": voice_evidence,
                        "factuality": factuality,
                        "mode": mode,
                    }
                )
    return rows
