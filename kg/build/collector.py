"""Python's cyclic garbage collector held off while a build makes many lasting objects.

A full build at a million triples reads its claims from the emitted lines
(:mod:`kg.build.claim_rows`) and makes the link index from the store's
projection (:mod:`kg.graph.links`): about a million lists, dicts and tuples
that live until the index is written, and none in a reference cycle. Each
time enough of them have been made, the collector walks every container the
process holds (the inputs, the units, these): 2.4 s of a 1M build's CPU,
for nothing to free. Reference counting frees them as before; the cycles
made elsewhere (the SPARQL gate's parser makes many) are collected as
before, as the collector is held off here alone.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic collector off inside the block; on again after (if it was on).

    >>> with collector_paused():
    ...     gc.isenabled()
    False
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
