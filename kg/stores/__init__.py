"""Where the graph lives: ``memory``, ``oxigraph:PATH`` or ``sparql:URL``.

The same commands, query catalogue and lookups work on each. ``memory`` (the
default) builds the graph from the annotations with rdflib on every run;
``oxigraph:PATH`` is an embedded persistent Oxigraph store that `kg build
--store oxigraph:PATH` loads once and later commands reopen; ``sparql:URL`` is
any SPARQL 1.1 Protocol endpoint, for graphs that outgrow one machine.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from kg.errors import KgError

STORE_ENV = "KG_STORE"
KINDS = ("memory", "oxigraph", "sparql")


@dataclass(frozen=True)
class StoreSpec:
    kind: str
    location: str = ""

    def __str__(self) -> str:
        return self.kind if self.kind == "memory" else f"{self.kind}:{self.location}"


def parse_store(text: str | None) -> StoreSpec:
    """``memory``, ``oxigraph:PATH`` or ``sparql:URL``; None means $KG_STORE, else memory.

    >>> parse_store("oxigraph:/tmp/kg")
    StoreSpec(kind='oxigraph', location='/tmp/kg')
    """
    if text is None:
        text = os.environ.get(STORE_ENV) or "memory"
    kind, colon, location = text.partition(":")
    if kind == "memory" and not location:
        return StoreSpec("memory")
    if kind == "oxigraph" and colon and location:
        return StoreSpec("oxigraph", location)
    if kind == "sparql" and location.startswith(("http://", "https://")):
        return StoreSpec("sparql", location)
    raise KgError(f"--store {text!r}: expected memory, oxigraph:PATH or sparql:http(s)://HOST/PATH")
