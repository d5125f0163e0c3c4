"""A read-only SPARQL 1.1 Protocol endpoint over the built graph (``kg serve``).

This package owns the endpoint: the request logic (:mod:`~kg.server.app`),
the HTTP server and its connection limits (:mod:`~kg.server.http`), the
protocol's pure parts, hosts, forms, media types and the query page
(:mod:`~kg.server.protocol`, ``static/query.html``), and the worker processes
that evaluate queries under limits (:mod:`~kg.server.workers`). It may import
:mod:`kg.errors`, :mod:`kg.sparql`, :mod:`kg.lookup`, :mod:`kg.stores` (a worker opens its
store with :func:`kg.stores.open_store`) and :mod:`kg.build.serialize` (the
graph handed to the workers as N-Quads); it never imports click, and nothing
in kg but the CLI imports it.

``/sparql`` takes queries by GET (``?query=``) and POST (form-encoded or
``application/sparql-query``), with the protocol's dataset parameters
(:mod:`~kg.server.dataset`) and ``param.NAME`` arguments bound as the query's
parameters (every one of a catalogue query's, or 400); it refuses updates
with 403, answers ``OPTIONS`` and, without a query, its service description
(:mod:`~kg.server.description`). It hands the query text to worker processes
(:mod:`kg.server.workers`): there it is parsed, checked, evaluated and written
in the format the Accept header asks for, all under the time limit and the
caps on rows, bytes and memory. The main process does only cheap protocol
checks. ``/names`` and ``/describe`` answer the name resolver's candidates
and ``kg describe --json`` (:mod:`kg.lookup`), in a worker too. ``/`` is the query page,
YASGUI vendored in the package (no network needed); ``/queries.json`` lists the
catalogue.

The HTTP layer is :mod:`http.server` with a bounded thread per connection:

* a listen backlog of 1024 and at most ``max_connections`` connections served
  at once; one more is answered 503 with ``Retry-After`` at once, and closed
  gracefully (what it sent is read and dropped), never reset;
* a client has ``client_timeout`` seconds to send a whole request, head and
  body, from the moment the server waits for it: one that sends nothing, or
  trickles bytes, is dropped and frees its thread;
* ``Content-Length`` is strict (digits, one value, at most 1 MB, never with
  ``Transfer-Encoding``); anything else gets 400, 411 or 413 and the
  connection is closed;
* ``Host`` must be an allowed name (loopback names and addresses, the bound
  address, and ``--allow-host``), against DNS rebinding; a request from a
  page of another origin (``Origin``, ``Sec-Fetch-Site``) is refused;
* CORS is off unless ``--cors ORIGIN`` allows one other origin;
* the query page has a Content-Security-Policy (its own inline script by
  hash and the vendored YASGUI, requests only to itself) and may not be framed.
"""

from __future__ import annotations

from kg.server.app import SparqlApp
from kg.server.http import make_server
from kg.server.protocol import Response, allowed_hosts, host_name, negotiate
from kg.server.workers import Limits

__all__ = [
    "Limits",
    "Response",
    "SparqlApp",
    "allowed_hosts",
    "host_name",
    "make_server",
    "negotiate",
]
