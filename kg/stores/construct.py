"""CONSTRUCT on Oxigraph as a SELECT of the template's variables, the template filled in here.

Oxigraph answers a CONSTRUCT by building every template triple of every
solution from the store's terms and removing the duplicates before Python
sees one. Asked instead for the solutions of the same query (a SELECT of the
template's variables, with the same dataset clauses, WHERE group and solution
modifiers), kg fills the template from the solutions' texts (SPARQL TSV,
written by Oxigraph in Rust) and makes rdflib terms only for the distinct
triples: the same graph sooner (measured in commit da9a80b). When the WHERE group is
a UNION and nothing else (no solution modifier), the solutions are the
branches' solutions together, so each branch is a SELECT of its own, which
the store may evaluate side by side.

The template is read by rdflib's parser, on the template alone (milliseconds,
and kept per query text). A query this cannot plan (the short form
``CONSTRUCT WHERE``, a template without variables) or whose SELECT Oxigraph
refuses goes to Oxigraph's own CONSTRUCT, which answers it or reports the
error in the user's own text.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass
from typing import Any

from rdflib import BNode, Literal, URIRef, Variable
from rdflib.term import Node

from kg.namespaces import PREFIXES
from kg.sparql.gate import PARSER_LOCK
from kg.sparql.text import construct_template, union_branches
from kg.stores.convert import canonical_node, from_tsv

Triple = tuple[Node, Node, Node]


@dataclass(frozen=True)
class ConstructPlan:
    select: str
    """The query as a SELECT of the template's variables."""
    template: tuple[Triple, ...]
    """The template's triple patterns: rdflib terms, Variables and (template) BNodes."""
    branches: tuple[str, ...] = ()
    """When the WHERE group is only a UNION: the SELECT of each branch, which together
    give the solutions of :attr:`select` (empty otherwise)."""


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
        with PARSER_LOCK:  # pyparsing is not thread-safe
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
    projection = head + "SELECT " + " ".join(f"?{name}" for name in names) + " "
    union = union_branches(tail)
    branches = () if union is None else tuple(projection + union[0] + group for group in union[1])
    return ConstructPlan(projection + tail, template, branches)


def fill_template(plan: ConstructPlan, names: list[str], table: list[list[str]]) -> list[Triple]:
    """The graph of ``plan``'s template over solutions as term texts, each triple once.

    ``names`` are the SELECT's variables and ``table`` its rows of term texts
    as Oxigraph writes them in SPARQL TSV ("" where unbound). As SPARQL says:
    a triple with an unbound variable, a literal subject or a predicate that is
    not an IRI is left out, and each solution gets its own blank nodes for the
    template's. The triples are told apart by their texts (each of the
    template's triples a column at a time, in the order of the solutions), and
    only the distinct ones become rdflib terms.
    """
    position = {name: index for index, name in enumerate(names)}
    if any(isinstance(term, BNode) for triple in plan.template for term in triple):
        return _fill_rows(plan, position, table)
    columns = list(zip(*table, strict=True)) if table else [() for _ in names]
    constants: dict[str, Node] = {}

    def texts(term: Node) -> Any:  # a variable's column, or a constant's text repeated
        if isinstance(term, Variable):
            return columns[position[str(term)]]
        key = f"<{term}>" if isinstance(term, URIRef) else f"\0{term.n3()}"  # never a TSV text
        constants[key] = term
        return itertools.repeat(key, len(table))

    made: dict[tuple[str, str, str], None] = {}
    for s, p, o in plan.template:
        candidates = dict.fromkeys(zip(texts(s), texts(p), texts(o), strict=True))
        made.update(
            (triple, None)
            for triple in candidates
            if triple[2]  # bound object
            and triple[0][:1] in _RESOURCE  # an IRI or a blank node, bound
            and triple[1][:1] == "<"  # an IRI, bound (a triple term starts "<<")
            and triple[1][1:2] != "<"
        )
    term: dict[str, Any] = dict(constants)  # each distinct text made a term once
    for triple in made:
        for text in triple:
            if text not in term:
                term[text] = from_tsv(text)
    triples = [(term[s], term[p], term[o]) for s, p, o in made]
    if any(key[0] == "\0" for key in constants):  # a literal constant may equal a value
        return list(dict.fromkeys(triples))
    return triples


_RESOURCE = ("<", "_")
"""The first character of an IRI's or a blank node's text: what a subject may be."""


def _fill_rows(
    plan: ConstructPlan, position: dict[str, int], table: list[list[str]]
) -> list[Triple]:
    """:func:`fill_template` a solution at a time, for a template with blank nodes."""

    def slot(term: Node) -> Any:  # a variable becomes its column, any other term stays itself
        return position[str(term)] if isinstance(term, Variable) else term

    slots = [(slot(s), slot(p), slot(o)) for s, p, o in plan.template]
    made: dict[Triple, None] = {}
    for texts in table:
        values = [from_tsv(text) for text in texts]
        fresh: dict[Any, BNode] = {}
        for s_slot, p_slot, o_slot in slots:
            subject = values[s_slot] if s_slot.__class__ is int else s_slot
            predicate = values[p_slot] if p_slot.__class__ is int else p_slot
            obj = values[o_slot] if o_slot.__class__ is int else o_slot
            if subject is None or obj is None or predicate.__class__ is not URIRef:
                continue
            if subject.__class__ is Literal:
                continue
            if s_slot.__class__ is BNode:
                subject = fresh.setdefault(s_slot, BNode())
            if o_slot.__class__ is BNode:
                obj = fresh.setdefault(o_slot, BNode())
            made[(subject, predicate, obj)] = None
    return list(made)
