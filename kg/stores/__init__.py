"""Where the graph lives: ``memory``, ``oxigraph:PATH`` or ``sparql:URL``.

The same commands, query catalogue and lookups work on each. The default is
the workspace's embedded Oxigraph store (``store/`` in
:func:`kg.resources.workspace_dir`), which `kg build` writes and which a read
command builds, or rebuilds when its inputs changed, before it answers
(:mod:`kg.stores.workspace`); ``memory`` builds the graph from the
annotations with rdflib on every run; ``oxigraph:PATH`` is an embedded
persistent Oxigraph store that `kg build --store oxigraph:PATH` loads once and
later commands reopen; ``sparql:URL`` is any SPARQL 1.1 Protocol endpoint, for
graphs that outgrow one machine.

This package owns the stores behind one interface (:mod:`kg.stores.base`),
the parsing of ``--store`` (:func:`parse_store`) and the one place a store
is chosen and opened (:func:`open_store`), used by every command and the
server's workers; the embedded store's input fingerprint
(:mod:`kg.stores.workspace`) and the label index of an Oxigraph store
(:mod:`kg.stores.names`). It may import :mod:`kg.errors`, :mod:`kg.files`,
:mod:`kg.iris`, :mod:`kg.namespaces`, :mod:`kg.resources`,
:mod:`kg.vocabulary` and :mod:`kg.sparql` (every query passes the gate);
a store reads RDF terms with the build's writers (:mod:`kg.build.emit`,
imported inside a function). It never imports a lookup, a view or click.
"""

from __future__ import annotations

import os
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError

if TYPE_CHECKING:
    from rdflib import Dataset

    from kg.stores.base import GraphStore

STORE_ENV = "KG_STORE"
KINDS = ("memory", "oxigraph", "sparql")
_EXPECTED = "expected memory, oxigraph:PATH or sparql:http(s)://HOST/PATH"


class StoreSpecError(InputError):
    """A ``--store`` value (or ``$KG_STORE``) that names no store: a usage error, exit 2."""


@dataclass(frozen=True)
class StoreSpec:
    """A parsed ``--store``: ``kind`` is one of :data:`KINDS`, or ``nquads`` (an
    N-Quads file loaded into memory: what the server hands its workers)."""

    kind: str
    location: str = ""
    embedded: bool = False
    """The workspace's default store, kept current from the inputs
    (:mod:`kg.stores.workspace`); an ``oxigraph`` store."""

    def __str__(self) -> str:
        return self.kind if self.kind == "memory" else f"{self.kind}:{self.location}"


def parse_store(text: str | None) -> StoreSpec:
    """``memory``, ``oxigraph:PATH`` or ``sparql:URL``; None means $KG_STORE, else the
    workspace's embedded store (:func:`default_store`).

    Raises StoreSpecError naming the option or the variable the text came from.

    >>> parse_store("oxigraph:/tmp/kg")
    StoreSpec(kind='oxigraph', location='/tmp/kg', embedded=False)
    """
    if text is None:
        text = os.environ.get(STORE_ENV)
        if not text:
            return default_store()
        given = f"{STORE_ENV}={text!r}"
    else:
        given = f"--store {text!r}"
    kind, colon, location = text.partition(":")
    if kind == "memory" and not location:
        return StoreSpec("memory")
    if kind == "oxigraph" and colon and location:
        return StoreSpec("oxigraph", location)
    if kind == "sparql" and location.startswith(("http://", "https://")):
        problem = url_problem(location)
        if problem:
            raise StoreSpecError(f"{given}: {problem}; {_EXPECTED}")
        return StoreSpec("sparql", location)
    raise StoreSpecError(f"{given}: {_EXPECTED}")


def default_store() -> StoreSpec:
    """The embedded default: an Oxigraph store in ``store/`` of the workspace."""
    from kg.resources import default_store_dir

    return StoreSpec("oxigraph", str(default_store_dir()), embedded=True)


def url_problem(url: str) -> str | None:
    """Why ``url`` is not an http(s) URL that a request can be sent to, or None.

    >>> url_problem("http://[::1")
    'not a URL (Invalid IPv6 URL)'
    >>> url_problem("https://example.org:8080/sparql") is None
    True
    """
    if any(char.isspace() or not char.isprintable() for char in url):
        return "a URL holds no space or control character"
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not 0-65535
    except ValueError as exc:
        return f"not a URL ({exc})"
    if parts.scheme not in ("http", "https"):
        return "not an http(s) URL"
    if not parts.hostname:
        return "the URL names no host"
    return None


def open_store(
    spec: StoreSpec | str | None, memory: Callable[[], Dataset] | None = None
) -> GraphStore:
    """The one place a store is chosen and opened.

    ``spec`` is a :class:`StoreSpec`, or a text :func:`parse_store` reads
    (``None``: ``$KG_STORE``, else memory), or ``nquads:FILE``, which no
    ``--store`` accepts. A ``memory`` store holds the dataset ``memory()``
    makes (the CLI builds it from the annotations); ``nquads:FILE`` is loaded
    into memory (the server's workers get the graph so); ``oxigraph:PATH`` opens the
    store a build made there; ``sparql:URL`` talks to the endpoint.

    Raises StoreSpecError for a spec that names no store (or a memory store
    with nothing to hold), and the store's own KgError for one that cannot be
    opened.

    >>> open_store("memory")
    Traceback (most recent call last):
    ...
    kg.stores.StoreSpecError: memory: a memory store needs the dataset it holds
    """
    if isinstance(spec, str) and spec.startswith("nquads:"):  # the library's, not a --store
        spec = StoreSpec("nquads", spec.partition(":")[2])
    elif not isinstance(spec, StoreSpec):
        spec = parse_store(spec)
    if spec.kind == "memory":
        if memory is None:
            raise StoreSpecError(f"{spec}: a memory store needs the dataset it holds")
        from kg.stores.memory import MemoryStore

        return MemoryStore(memory())
    if spec.kind == "nquads":
        from rdflib import Dataset

        from kg.stores.memory import MemoryStore

        dataset = Dataset()
        dataset.parse(spec.location, format="nquads")
        return MemoryStore(dataset)
    if spec.kind == "oxigraph":
        from kg.stores.oxigraph import OxigraphStore

        return OxigraphStore(Path(spec.location))
    if spec.kind == "sparql":
        from kg.stores.remote import RemoteStore

        return RemoteStore(spec.location)
    raise StoreSpecError(f"{spec}: {_EXPECTED}")


def check_build_target(spec: StoreSpec) -> None:
    """Refuse, before a build's work, a remote store it could not write to.

    A ``sparql:URL`` build needs the endpoint's update URL (``$KG_SPARQL_UPDATE``,
    or the URL with ``/update`` for its last part); an Oxigraph path is checked
    by the build itself (:func:`kg.stores.generations.check_store_path`).
    """
    if spec.kind == "sparql":
        from kg.stores.remote import RemoteStore

        RemoteStore(spec.location).update_url()
