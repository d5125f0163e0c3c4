"""The query catalogue: named ``*.rq`` files with a header, and their typed parameters.

Parameters are bound as RDF terms (:func:`to_term`), never pasted into query text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.namespaces import PREFIXES
from kg.sparql.errors import CatalogueError, QueryError, UnknownQueryError

PARAM_TYPES = ("iri", "string", "date", "integer", "decimal", "boolean")
_INTEGER = re.compile(r"[+-]?[0-9]+")
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_MAX_DIGITS = 4300
"""Python reads no longer integer from text (``sys.get_int_max_str_digits``)."""
_HEADER = re.compile(r"#\s*(?P<key>title|question|param)\s*:\s*(?P<value>.*)$")
_PARAM = re.compile(
    r"(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s+(?P<type>[a-z]+)\s*=\s*(?P<default>.*?)\s*(?:--\s*(?P<doc>.*))?$"
)


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    default: str
    doc: str = ""


@dataclass(frozen=True)
class CatalogueQuery:
    name: str
    path: Path
    title: str
    question: str
    parameters: tuple[Parameter, ...]
    text: str

    @property
    def is_violation(self) -> bool:
        return self.name.endswith("-violation")

    @property
    def shape(self) -> str:
        """The SHACL shape a violation query restates, as its header's ``# shape:`` line
        names it (``kgsh:Meeting-hasActor``); "" for none."""
        for line in self.text.splitlines():
            if line.startswith("# shape:"):
                return line.removeprefix("# shape:").strip()
        return ""

    @property
    def mirrors_shape(self) -> bool:
        """A violation query that restates a SHACL shape (its header has ``# shape: ...``)."""
        return bool(self.shape)


@dataclass(frozen=True)
class Catalogue:
    queries: dict[str, CatalogueQuery] = field(default_factory=dict)

    def get(self, name: str) -> CatalogueQuery:
        """The query of this name; else the resolver's message, with the closest names."""
        try:
            return self.queries[name]
        except KeyError:
            from kg.errors import InputError
            from kg.vocabulary import Vocabulary

            names = Vocabulary("catalogue query", [(n, n) for n in sorted(self.queries)])
            try:
                return self.queries[names.resolve(name)]
            except InputError as exc:
                raise UnknownQueryError(str(exc)) from None

    def violations(self) -> list[CatalogueQuery]:
        return [q for name, q in sorted(self.queries.items()) if q.is_violation]


def load_catalogue(folder: Path) -> Catalogue:
    """Every ``*.rq`` in ``folder``, by file stem; a malformed header is a QueryError."""
    return Catalogue({path.stem: read_query_file(path) for path in sorted(folder.glob("*.rq"))})


def read_query_file(path: Path) -> CatalogueQuery:
    text = path.read_text(encoding="utf-8")
    fields: dict[str, str] = {}
    parameters: list[Parameter] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        match = _HEADER.match(line)
        if not match:
            continue
        if match["key"] == "param":
            parameters.append(_parameter(match["value"], path, number))
        else:
            fields[match["key"]] = match["value"].strip()
    missing = [key for key in ("title", "question") if not fields.get(key)]
    if missing:
        raise CatalogueError(f"{path}:1: the header lacks {' and '.join(missing)}")
    return CatalogueQuery(
        path.stem, path, fields["title"], fields["question"], tuple(parameters), text
    )


def _parameter(spec: str, path: Path, line: int) -> Parameter:
    match = _PARAM.match(spec.strip())
    if not match or match["type"] not in PARAM_TYPES:
        raise CatalogueError(
            f"{path}:{line}: a parameter reads 'NAME TYPE = DEFAULT -- description', "
            f"TYPE one of {', '.join(PARAM_TYPES)}"
        )
    parameter = Parameter(match["name"], match["type"], match["default"], match["doc"] or "")
    to_term(parameter.default, parameter.type)  # a bad default is the file's fault
    return parameter


def to_term(value: str, kind: str | None) -> URIRef | Literal:
    """Turn a user's value into an RDF term: never query text.

    ``kind`` is a declared parameter type, or None for an ad-hoc query, where
    ``<...>`` and a known CURIE are IRIs and anything else a plain literal.

    >>> to_term('" } ; DROP ALL ; #', None).n3()
    '"\\\\" } ; DROP ALL ; #"'
    >>> to_term("kgr:vikram-misri", "iri")
    rdflib.term.URIRef('https://w3id.org/kgdiplo/id/vikram-misri')
    """
    try:
        if kind == "iri" or (kind is None and _looks_like_iri(value)):
            return _iri(value)
        if kind == "date":
            return Literal(dt.date.fromisoformat(value), datatype=XSD.date)
        if kind == "integer":
            if not _INTEGER.fullmatch(value) or len(value) > _MAX_DIGITS:
                raise ValueError(f"write up to {_MAX_DIGITS} digits, with an optional sign")
            return Literal(int(value), datatype=XSD.integer)
        if kind == "decimal":
            # Decimal() also reads 1e999999999 (a billion digits once written out) and NaN
            if not _DECIMAL.fullmatch(value):
                raise ValueError("write digits with an optional sign and point, as 300 or -0.5")
            return Literal(Decimal(value), datatype=XSD.decimal)
        if kind == "boolean":
            if value not in ("true", "false"):
                raise ValueError("not true or false")
            return Literal(value == "true", datatype=XSD.boolean)
    except (ValueError, InvalidOperation) as exc:
        shown = value if len(value) <= 60 else f"{value[:57]}..."
        raise QueryError(f"{shown!r} is not a valid {kind}: {exc}") from None
    return Literal(value)


def _looks_like_iri(value: str) -> bool:
    if value.startswith("<") and value.endswith(">"):
        return True
    prefix, colon, _ = value.partition(":")
    return bool(colon) and prefix in PREFIXES


def _iri(value: str) -> URIRef:
    if value.startswith("<") and value.endswith(">"):
        text = value[1:-1]
    else:
        prefix, colon, local = value.partition(":")
        if not colon or prefix not in PREFIXES:
            raise ValueError("use <http://...> or a CURIE with a known prefix")
        text = str(PREFIXES[prefix]) + local
    if not re.fullmatch(r"[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*", text):
        raise ValueError("not an IRI")
    return URIRef(text)


def bind_parameters(
    query: CatalogueQuery | None, given: Mapping[str, str]
) -> dict[str, URIRef | Literal]:
    """Bindings for a catalogue query (declared types and defaults) or an ad-hoc one."""
    if query is None:
        return {name: to_term(value, None) for name, value in given.items()}
    declared = {p.name: p for p in query.parameters}
    unknown = [name for name in given if name not in declared]
    if unknown:
        names = ", ".join(sorted(declared)) or "none"
        raise QueryError(f"{query.name} has no parameter {unknown[0]!r} (its parameters: {names})")
    return {p.name: to_term(given.get(p.name, p.default), p.type) for p in query.parameters}
