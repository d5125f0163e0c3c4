"""The protocol's dataset parameters (``default-graph-uri``, ``named-graph-uri``) as a query's
``FROM`` and ``FROM NAMED`` clauses.

The SPARQL 1.1 Protocol says that these parameters, when given, form the
query's RDF dataset and override the query's own ``FROM`` / ``FROM NAMED``.
:func:`with_dataset` rewrites the (normalised) query text that way: it drops
the query's dataset clauses and writes the parameters' in their place, just
before the ``WHERE`` clause, with a small scanner that skips strings, IRIs and
comments. The text then goes through the safety gate like any other, so a
dataset clause can still name only the dataset's own graphs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.sparql import QuerySyntaxError

_TOKEN = re.compile(
    r"""
      (?P<space>\s+|\#[^\n]*)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                 |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<word>[?$]?[^\s{}()<>"'\#,;.\[\]=!|&*+/^]+(?:\.[^\s{}()<>"'\#,;.\[\]=!|&*+/^]+)*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
_AFTER_DESCRIBE = ("ORDER", "LIMIT", "OFFSET", "VALUES", "GROUP", "HAVING")


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """The significant tokens of a query: (text, start, end), white space and comments left out."""
    found = []
    for match in _TOKEN.finditer(text):
        if match.lastgroup != "space":
            found.append((match.group(), match.start(), match.end()))
    return found


def with_dataset(text: str, default: Sequence[str], named: Sequence[str]) -> str:
    """``text`` with its dataset clauses replaced by ``FROM <d>`` for each of ``default``
    and ``FROM NAMED <n>`` for each of ``named`` (IRIs, checked by the caller).

    >>> with_dataset("SELECT * FROM <http://a/> WHERE { ?s ?p ?o }", ["http://b/"], [])
    'SELECT * FROM <http://b/> WHERE { ?s ?p ?o }'
    >>> with_dataset("CONSTRUCT { ?s ?p 1 } { ?s ?p ?o }", [], ["http://c/"])
    'CONSTRUCT { ?s ?p 1 } FROM NAMED <http://c/> { ?s ?p ?o }'
    """
    tokens = _tokens(text)
    words = [t[0].upper() for t in tokens]
    form = next((i for i, w in enumerate(words) if w in _FORMS), None)
    if form is None:
        raise QuerySyntaxError("not a SELECT, CONSTRUCT, DESCRIBE or ASK query")
    at = _dataset_position(tokens, words, form)
    end = at
    while end < len(tokens) and words[end] == "FROM":
        end += 2 if end + 1 < len(tokens) and words[end + 1] == "NAMED" else 1
        end += 1  # the graph's IRI or prefixed name
    clauses = [f"FROM <{iri}>" for iri in default] + [f"FROM NAMED <{iri}>" for iri in named]
    start = tokens[at][1] if at < len(tokens) else len(text)
    tail = text[tokens[end][1] :] if end < len(tokens) else ""
    return " ".join(part for part in (text[:start].rstrip(), *clauses, tail) if part)


def _dataset_position(tokens: list[tuple[str, int, int]], words: list[str], form: int) -> int:
    """The index of the token before which a query's dataset clauses stand."""
    i = form + 1
    if words[form] == "CONSTRUCT" and i < len(tokens) and words[i] == "{":
        depth = 0
        while i < len(tokens):
            depth += {"{": 1, "}": -1}.get(words[i], 0)
            i += 1
            if depth == 0:
                return i
        raise QuerySyntaxError("the CONSTRUCT template is not closed")
    depth = 0
    while i < len(tokens):
        word = words[i]
        if depth == 0 and (word in ("{", "WHERE", "FROM") or word in _AFTER_DESCRIBE):
            return i
        depth += {"(": 1, ")": -1}.get(word, 0)
        i += 1
    return i  # DESCRIBE <iri> with no WHERE clause: the clauses go at the end
