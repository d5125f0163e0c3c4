"""Light work on SPARQL text, for stores that parse queries themselves.

Every function here works on a text that passed :func:`kg.sparql.gate.check`
(the normalised text it returns: no codepoint escapes, ``\n`` line endings),
and never decides whether a query may run:

* :func:`with_values` binds parameters as an inline ``VALUES`` block made from
  the terms' ``.n3()`` forms (never from user text), placed at the start of the
  query's top-level WHERE group, where it joins with everything in that group,
  as rdflib's ``initBindings`` does;
* :func:`construct_template` and :func:`union_branches` cut a CONSTRUCT query
  into its parts, for :mod:`kg.stores.construct`.

They work on the query's code: a small tokenizer skips comments, strings and
IRIs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from rdflib import Literal, URIRef

from kg.sparql.errors import QueryError

# a form keyword, not part of a prefixed name (``PREFIX ask: <...>``, ``e:select``) or a variable
_NAME_CHAR = r"[\w.:?$\-\u00b7\u0300-\u036f\u203f\u2040]"
_FORM = re.compile(
    rf"(?<!{_NAME_CHAR})(SELECT|CONSTRUCT|DESCRIBE|ASK)(?!{_NAME_CHAR})", re.IGNORECASE
)
_IRI = re.compile(r"<[^<>\"{}|^`\\\s]*>")
_STRING = re.compile(r"'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"", re.S)


def _code_positions(text: str) -> list[tuple[int, str]]:
    """(offset, character) of every character outside comments, strings and IRIs."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "#":
            end = text.find("\n", i)
            i = len(text) if end < 0 else end
            continue
        if char in "'\"":
            match = _STRING.match(text, i)
            if match:
                i = match.end()
                continue
        if char == "<":
            match = _IRI.match(text, i)
            if match:
                i = match.end()
                continue
        out.append((i, char))
        i += 1
    return out


def where_offset(text: str) -> int:
    """The offset just after the ``{`` that opens the top-level WHERE group."""
    code = _code_positions(text)
    joined = "".join(c for _, c in code)
    form = _FORM.search(joined)
    if form is None:
        raise QueryError("not a SELECT, CONSTRUCT, DESCRIBE or ASK query")
    index = form.end()
    if form.group(1).upper() == "CONSTRUCT":
        rest = joined[index:].lstrip()
        if rest[:5].upper() == "WHERE":
            raise QueryError("parameters cannot be bound in the short form CONSTRUCT WHERE { }")
        index = _skip_group(joined, joined.index("{", index))
    brace = joined.find("{", index)
    if brace < 0:
        raise QueryError("the query has no WHERE group")
    return code[brace][0] + 1


def construct_template(text: str) -> tuple[str, str, str] | None:
    """A CONSTRUCT query cut around its template: (what precedes the keyword, the
    template with its braces, what follows it); None for any other query and for
    the short form ``CONSTRUCT WHERE { }``.

    >>> construct_template('PREFIX e: <http://e/> CONSTRUCT { ?s e:p "}" } WHERE { ?s ?p ?o }')
    ('PREFIX e: <http://e/> ', '{ ?s e:p "}" }', ' WHERE { ?s ?p ?o }')
    """
    code = _code_positions(text)
    joined = "".join(c for _, c in code)
    form = _FORM.search(joined)
    if form is None or form.group(1).upper() != "CONSTRUCT":
        return None
    brace = joined.find("{", form.end())
    if brace < 0 or joined[form.end() : brace].strip():
        return None  # the short form: WHERE comes first
    close = _skip_group(joined, brace) - 1
    start, open_at, close_at = code[form.start()][0], code[brace][0], code[close][0]
    return text[:start], text[open_at : close_at + 1], text[close_at + 1 :]


def union_branches(tail: str) -> tuple[str, list[str]] | None:
    """What follows a CONSTRUCT template, when its WHERE group is only a UNION of groups.

    ``tail`` runs from the end of the template to the end of the query. If its
    WHERE group holds ``{ A } UNION { B } [UNION { C } ...]`` and nothing else,
    and nothing follows the group (no solution modifier, no VALUES), the
    answer is (the dataset clauses and WHERE keyword before the group, the
    branches' groups with their braces); otherwise None.

    >>> union_branches(' WHERE { { ?s a ?c } UNION { ?s ?p "}" } }')
    (' WHERE ', ['{ ?s a ?c }', '{ ?s ?p "}" }'])
    >>> union_branches(' WHERE { { ?s a ?c } UNION { ?s ?p ?o } } LIMIT 1') is None
    True
    """
    code = _code_positions(tail)
    joined = "".join(c for _, c in code)
    brace = joined.find("{")
    if brace < 0:
        return None
    end = _skip_group(joined, brace)  # just after the group's closing brace
    if joined[end:].strip():
        return None  # solution modifiers or VALUES apply to the union as a whole
    branches: list[str] = []
    position = brace + 1
    while True:
        while joined[position].isspace():
            position += 1
        if joined[position] != "{":
            return None
        close = _skip_group(joined, position)
        branches.append(tail[code[position][0] : code[close - 1][0] + 1])
        position = close
        while joined[position].isspace():
            position += 1
        if position == end - 1:  # the group's closing brace
            break
        keyword, after = joined[position : position + 5], joined[position + 5]
        if keyword.upper() != "UNION" or not (after.isspace() or after == "{"):
            return None
        position += 5
    if len(branches) < 2 or _shares_blank_node_labels(branches):
        return None
    return tail[: code[brace][0]], branches


_BLANK_LABEL = re.compile(r"(?<![\w:?$])_:([\w][\w.-]*)")


def _shares_blank_node_labels(groups: list[str]) -> bool:
    """Whether a blank node label occurs in more than one of the groups.

    SPARQL forbids a label in two basic graph patterns: Oxigraph refuses such
    a query, while each branch alone would pass. Such a union is not split, so
    that Oxigraph sees (and reports) the query as written.

    >>> _shares_blank_node_labels(['{ ?s ?p _:x }', '{ _:x ?p "_:y" }'])
    True
    >>> _shares_blank_node_labels(['{ ?s ?p _:x }', '{ _:y ?p <http://e/_:x> }'])
    False
    """
    seen: set[str] = set()
    for group in groups:
        code = _IRI.sub(" ", _blank_strings_and_comments(group))
        labels = set(_BLANK_LABEL.findall(code))
        if labels & seen:
            return True
        seen |= labels
    return False


def _skip_group(joined: str, start: int) -> int:
    depth = 0
    for position in range(start, len(joined)):
        if joined[position] == "{":
            depth += 1
        elif joined[position] == "}":
            depth -= 1
            if depth == 0:
                return position + 1
    raise QueryError("unbalanced braces in the query")


def with_values(text: str, bindings: Mapping[str, URIRef | Literal]) -> str:
    """The query with ``VALUES (?a ?b) { (t1 t2) }`` opening its WHERE group.

    >>> with_values('SELECT ?x WHERE { ?x ?p ?o }', {'p': URIRef('http://e/p')})
    'SELECT ?x WHERE { VALUES (?p) { (<http://e/p>) } ?x ?p ?o }'
    """
    if not bindings:
        return text
    names = sorted(bindings)
    for name in names:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"not a variable name: {name!r}")
    block = (
        "VALUES ("
        + " ".join(f"?{name}" for name in names)
        + ") { ("
        + " ".join(bindings[name].n3() for name in names)
        + ") } "
    )
    offset = where_offset(text)
    return text[:offset] + " " + block + text[offset:].lstrip(" ")


_LEXEMES = re.compile(
    r"(?P<comment>#[^\n]*)"
    r"|(?P<string>'{3}.*?'{3}|\"{3}.*?\"{3}|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\")"
    r"|(?P<iri><[^<>\"{}|^`\\\s]*>)",
    re.S,
)


def _blank_strings_and_comments(text: str) -> str:
    """The text with comments and strings blanked (same length); IRIs are kept."""
    if "#" not in text and "'" not in text and '"' not in text:
        return text
    return _LEXEMES.sub(lambda m: m.group() if m.lastgroup == "iri" else " " * len(m.group()), text)
