"""The build: annotations + ontology -> validated RDF -> files or a store.

This package owns the first stage of kg, from the files a user writes to a
checked dataset: reading TSV files (:mod:`~kg.build.tsv`) into annotations
(:mod:`~kg.build.annotations`), the source texts (:mod:`~kg.build.corpus`)
and the ontology's vocabulary (:mod:`~kg.build.ontology`); validating every
row against them (:mod:`~kg.build.validate`, values parsed by
:mod:`~kg.build.values`); emitting RDF (:mod:`~kg.build.emit`,
:mod:`~kg.build.nquads`), checking the whole graph (:mod:`~kg.build.shacl`,
:mod:`~kg.build.violations`) and writing it (:mod:`~kg.build.serialize`);
the build in memory (:mod:`~kg.build.memory`) and into a store
(:mod:`~kg.build.store`), incrementally from the last one's cache
(:mod:`~kg.build.incremental`); and the tools around the annotations (coverage,
stats, a synthetic corpus). It may import :mod:`kg.errors`, :mod:`kg.dates`,
:mod:`kg.files`, :mod:`kg.namespaces`, :mod:`kg.resources` and
:mod:`kg.json_input`. The last stage hands the graph on: the store builds
load it into :mod:`kg.stores` (imported inside the functions) and the
violation checks run the catalogue's queries (:mod:`kg.sparql`) on a store; a
store build writes the projection's link index beside the store
(:mod:`kg.graph.links`, imported inside the function, so the build stage comes
after :mod:`kg.graph`; a full build's claims for it read from the lines it
emitted, :mod:`~kg.build.claim_rows`); nothing here imports a lookup, a view, the server or
click.

Per-row checks run in one pass over the annotation rows; then the graph is
made and checked as a whole: with pySHACL in memory, and with the catalogue's
``*-violation.rq`` queries (the shapes' constraints in SPARQL) on every store.
Nothing is written unless every check passes; the files of a build are
written as a new generation and a store is loaded into a new generation, each
swapped in with one atomic step, so a failed or killed build leaves the last
good output untouched (:mod:`kg.files`, :mod:`kg.stores.oxigraph`).
"""

from __future__ import annotations

from kg.build.memory import (
    BuildResult,
    Checked,
    build_graph,
    check_rows,
    write_nquads,
    write_outputs,
)
from kg.build.store import StoreBuild, build_oxigraph, build_remote, check_build
from kg.errors import BuildFailedError, Location

__all__ = [
    "BuildFailedError",
    "BuildResult",
    "Checked",
    "Location",
    "StoreBuild",
    "build_graph",
    "build_oxigraph",
    "build_remote",
    "check_build",
    "check_rows",
    "write_nquads",
    "write_outputs",
]
