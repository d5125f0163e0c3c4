"""The lookups: neighbourhoods, paths, descriptions, timelines, evidence and search.

This package owns the questions ``kg neighbours``, ``path``, ``describe``,
``timeline``, ``why`` and ``search`` answer, one module each, over a
:class:`~kg.lookup.backend.LookupBackend` (the whole projection in memory, a
store's link index read a node's line at a time (:mod:`kg.lookup.indexed`), or
a store fetched by SPARQL a level at a time), with the one entity resolver
(:mod:`kg.lookup.names`) and the one breadth-first walker
(:mod:`kg.lookup.walk`). Every lookup takes names as the user types them and
returns a plain dataclass with ``rows()`` (tables, CSV) and ``as_json()`` (the
schema of ``docs/cli.md``; the edges of ``neighbours`` and ``path`` refer to
events and claims listed once, :mod:`kg.lookup.edges`); a name that fits nothing is a
:class:`~kg.errors.InputError`, a question with no answer a
:class:`~kg.lookup.common.NothingFoundError`. It may import :mod:`kg.graph`,
:mod:`kg.stores`, :mod:`kg.vocabulary`, :mod:`kg.dates`, :mod:`kg.errors` and
:mod:`kg.namespaces`; never the views, the server or the CLI (which import
it).
"""
