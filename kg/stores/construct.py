"""CONSTRUCT on Oxigraph as a SELECT of the template's variables, the template filled in here.

Oxigraph answers a CONSTRUCT by building every template triple of every
solution from the store's terms and removing the duplicates before Python
sees one. Asked instead for the solutions of the same query (a SELECT of the
template's variables, with the same dataset clauses, WHERE group and solution
modifiers), kg fills the template from its cached rdflib terms and gets the
same graph sooner: 17,557 triples of consultations-graph at 1M triples in
161 ms against 205 ms (docs/performance.md).

The template is read by rdflib's parser, on the template alone (milliseconds,
and kept per query text). A query this cannot plan (the short form
``CONSTRUCT WHERE``, a template without variables) or whose SELECT Oxigraph
refuses goes to Oxigraph's own CONSTRUCT, which answers it or reports the
error in the user's own text.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from rdflib import BNode, Literal, URIRef, Variable
from rdflib.term import Node

from kg.namespaces import PREFIXES
from kg.query_text import construct_template
from kg.stores.convert import canonical_node, to_rdflib

Triple = tuple[Node, Node, Node]


@dataclass(frozen=True)
class ConstructPlan:
    select: str
    """The query as a SELECT of the template's variables."""
    template: tuple[Triple, ...]
    """The template's triple patterns: rdflib terms, Variables and (template) BNodes."""


@functools.lru_cache(maxsize=256)
def plan_construct(text: str) -> ConstructPlan | None:
    """The SELECT and template of a CONSTRUCT query; None when it is not one to plan."""
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    parts = construct_template(text)
    if parts is None:
        return None
    head, template_text, tail = parts
    try:
        parsed = translateQuery(
            parseQuery(f"{head}CONSTRUCT {template_text} WHERE {{}}"), initNs=dict(PREFIXES)
        )
    except Exception:  # Oxigraph's own parser reports the error in the user's text
        return None
    template = tuple((s, p, canonical_node(o)) for s, p, o in parsed.algebra.get("template") or ())
    names = sorted(
        {str(term) for triple in template for term in triple if isinstance(term, Variable)}
    )
    if not names:
        return None
    select = head + "SELECT " + " ".join(f"?{name}" for name in names) + " " + tail
    return ConstructPlan(select, template)


def fill_template(plan: ConstructPlan, solutions: Any) -> list[Triple]:
    """The graph of ``plan``'s template over pyoxigraph ``solutions``, each triple once.

    As SPARQL says: a triple with an unbound variable, a literal subject or a
    predicate that is not an IRI is left out, and each solution gets its own
    blank nodes for the template's.
    """
    position = {variable.value: index for index, variable in enumerate(solutions.variables)}

    def slot(term: Node) -> Any:  # a variable becomes its column, any other term stays itself
        return position[str(term)] if isinstance(term, Variable) else term

    slots = [(slot(s), slot(p), slot(o)) for s, p, o in plan.template]
    blanks = any(isinstance(term, BNode) for triple in plan.template for term in triple)
    made: dict[Triple, None] = {}
    for solution in solutions:
        values = [None if value is None else to_rdflib(value) for value in solution]
        fresh: dict[Any, BNode] = {}
        for s_slot, p_slot, o_slot in slots:
            subject = values[s_slot] if s_slot.__class__ is int else s_slot
            predicate = values[p_slot] if p_slot.__class__ is int else p_slot
            obj = values[o_slot] if o_slot.__class__ is int else o_slot
            if subject is None or obj is None or predicate.__class__ is not URIRef:
                continue
            if subject.__class__ is Literal:
                continue
            if blanks:
                if s_slot.__class__ is BNode:
                    subject = fresh.setdefault(s_slot, BNode())
                if o_slot.__class__ is BNode:
                    obj = fresh.setdefault(o_slot, BNode())
            made[(subject, predicate, obj)] = None
    return list(made)
