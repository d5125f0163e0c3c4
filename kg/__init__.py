"""kg: a provenance-first knowledge graph of diplomatic events.

The library core (everything but :mod:`kg.cli`) takes and returns plain values
and rdflib objects; it never imports click. The entry points are
:func:`kg.build.build_graph` and :func:`kg.build.write_outputs`.
Importing the package itself is cheap: submodules are imported where used.
"""

from __future__ import annotations

__version__ = "0.1.0"
