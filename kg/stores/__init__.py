"""Where the graph lives: ``memory``, ``oxigraph:PATH`` or ``sparql:URL``.

The same commands, query catalogue and lookups work on each. ``memory`` (the
default) builds the graph from the annotations with rdflib on every run;
``oxigraph:PATH`` is an embedded persistent Oxigraph store that `kg build
--store oxigraph:PATH` loads once and later commands reopen; ``sparql:URL`` is
any SPARQL 1.1 Protocol endpoint, for graphs that outgrow one machine.
"""

from __future__ import annotations

import os
import urllib.parse
from dataclasses import dataclass

from kg.vocabulary import InputError

STORE_ENV = "KG_STORE"
KINDS = ("memory", "oxigraph", "sparql")
_EXPECTED = "expected memory, oxigraph:PATH or sparql:http(s)://HOST/PATH"


class StoreSpecError(InputError):
    """A ``--store`` value (or ``$KG_STORE``) that names no store: a usage error, exit 2."""


@dataclass(frozen=True)
class StoreSpec:
    kind: str
    location: str = ""

    def __str__(self) -> str:
        return self.kind if self.kind == "memory" else f"{self.kind}:{self.location}"


def parse_store(text: str | None) -> StoreSpec:
    """``memory``, ``oxigraph:PATH`` or ``sparql:URL``; None means $KG_STORE, else memory.

    Raises StoreSpecError naming the option or the variable the text came from.

    >>> parse_store("oxigraph:/tmp/kg")
    StoreSpec(kind='oxigraph', location='/tmp/kg')
    """
    if text is None:
        text = os.environ.get(STORE_ENV) or "memory"
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
