"""What a query worker is asked besides a query's text: the parameters to bind, and lookups.

A :class:`Job` is a query with its parameters (bound by :func:`bind` as RDF
terms, an ``iri`` parameter resolved by the one name resolver when it is a
name), the entities a name may stand for (the query page's completion), or an
entity's description (``kg describe --json``), each answered in a worker under
the time limit (:mod:`kg.server.workers`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rdflib import Literal, URIRef

    from kg.lookup.backend import LookupBackend
    from kg.stores.base import GraphStore


@dataclass(frozen=True)
class Outcome:
    """What a worker answered: a body and its media type, or an error and its HTTP status.

    ``retry_after``: seconds a client should wait before it asks again (a busy
    server); ``retire``: the worker will not answer again (it ran out of memory).
    """

    status: int
    content_type: str
    body: bytes
    retry_after: int | None = None
    retire: bool = False


Param = tuple[str, str | None, str]
"""A query parameter to bind: its name, its declared type (None: guessed, as for an
ad-hoc ``kg query -p``) and the value given."""


@dataclass(frozen=True)
class Job:
    """What a worker is asked: a query (``kind`` "query", with parameters to bind), the
    entities a name may stand for ("names": completion), or an entity's description
    ("describe", as ``kg describe --json``)."""

    kind: str
    text: str
    accept: str = ""
    params: tuple[Param, ...] = ()


class Lookups:
    """The lookup backend of a worker's store, made on first use: the one the CLI's
    lookups use (:func:`kg.lookup.indexed.store_backend`: the store's link and label
    indexes where it has them). What it reads stays cached for the worker's life, which
    its memory limit bounds (a worker out of memory retires)."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self._backend: LookupBackend | None = None

    @property
    def backend(self) -> LookupBackend:
        if self._backend is None:
            from kg.lookup.indexed import store_backend

            self._backend = store_backend(self.store)
        return self._backend


NAMES_SHOWN = 10


def look_up(lookups: Lookups, kind: str, text: str) -> Outcome:
    """A name's candidates (``names``) or an entity's description (``describe``), as JSON."""
    import json

    from kg.errors import InputError, KgError
    from kg.lookup.describe import describe
    from kg.lookup.names import resolver_for

    try:
        if kind == "names":
            try:
                how, found = resolver_for(lookups.backend).candidates(text)
            except InputError:  # an empty text, or an id that names nothing
                how, found = "none", []
            entries = [
                {"iri": n.iri, "id": n.id, "label": n.label, "types": list(n.types), "how": how}
                for n in found[:NAMES_SHOWN]
            ]
            return Outcome(200, "application/json", json.dumps(entries).encode())
        body = json.dumps(describe(lookups.backend, text).as_json(), ensure_ascii=False)
        return Outcome(200, "application/json", body.encode("utf-8"))
    except InputError as exc:
        return Outcome(404 if kind == "describe" else 400, "text/plain", str(exc).encode())
    except KgError as exc:
        return Outcome(502, "text/plain", str(exc).encode())
    except MemoryError:
        return Outcome(500, "text/plain", b"the lookup ran out of memory", retire=True)


def bind(params: tuple[Param, ...], lookups: Lookups | None) -> dict[str, URIRef | Literal]:
    """The parameters as RDF terms (never query text): an ``iri`` parameter may also be
    an entity's id, label or alias, resolved by the one name resolver
    (:mod:`kg.lookup.names`); an empty value is an error, never an unbound variable."""
    from rdflib import URIRef

    from kg.lookup.names import register_iri, resolver_for
    from kg.namespaces import PREFIXES
    from kg.sparql import QueryError, to_term

    bindings: dict[str, URIRef | Literal] = {}
    for name, kind, value in params:
        if not value.strip():
            raise QueryError(f"the parameter {name} is empty: give a value")
        written = value.strip().startswith("<") or value.partition(":")[0] in PREFIXES
        if kind == "iri" and not written and lookups is not None:
            iri = register_iri(value.strip())
            if iri is None:
                iri = resolver_for(lookups.backend).resolve(value).iri
            bindings[name] = URIRef(iri)
        else:
            bindings[name] = to_term(value.strip(), kind)
    return bindings
