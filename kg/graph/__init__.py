"""The graph as the lookups and the views see it: the projection and the shared model.

This package owns the networkx projection of a built dataset
(:mod:`kg.graph.projection`: entities and events as nodes, IRI-to-IRI claims
as edges, literal facts as node attributes; a lookup on a store fills a
small graph of its own instead, :mod:`kg.graph.multigraph`, so that it
needs neither networkx nor rdflib), the one reader of the
ontology's class hierarchy and predicate labels (:mod:`kg.graph.terms`), and
the model every reader of the projection shares (:mod:`kg.graph.model`:
:class:`~kg.graph.model.Evidence`, :class:`~kg.graph.model.Fact`,
:class:`~kg.graph.model.Name`, :class:`~kg.graph.model.Claim`,
:class:`~kg.graph.model.Node`). It reads a dataset or a store with SPARQL and
may import :mod:`kg.iris`, :mod:`kg.namespaces`, :mod:`kg.dates` and the store interface
(:mod:`kg.stores.base`), never the lookups, the views, the server or the CLI.
"""
