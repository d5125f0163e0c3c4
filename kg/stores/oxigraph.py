"""An embedded, persistent Oxigraph store (pyoxigraph).

The store holds every named graph and, in its default graph, their RDF merge:
Oxigraph's "default graph as union" mode returns a solution per graph that
holds a triple (bag semantics), while SPARQL's default graph of a dataset is a
merge (a set, as rdflib gives it). Querying the stored merge gives the same
answers as the in-memory store.

`kg build --store oxigraph:PATH` loads the quads once with Oxigraph's bulk
loader into a new generation of the store folder (:mod:`kg.stores.generations`)
and swaps it in once checked; later commands open the current generation,
read-only.

A user query passes :func:`kg.sparql.check` (the one gate), and Oxigraph is
given the gated text. Every query, the program's own too, is evaluated on
threads closed to the network by a seccomp filter (:func:`raise_the_wall`),
so that a SERVICE the gate missed still cannot reach a URL.
"""

from __future__ import annotations

import concurrent.futures
import errno
import functools
import os
import re
import socket
import sys
import threading
import traceback
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from kg.errors import KgError
from kg.iris import IRI, NAMESPACES
from kg.stores import StoreSpecError
from kg.stores.generations import store_location

if TYPE_CHECKING:
    from rdflib import Literal, URIRef
    from rdflib.query import Result

    from kg.sparql import QueryError
    from kg.stores.construct import ConstructPlan

# rdflib, its SPARQL parser (the gate) and the converters are imported where a
# query is answered: a lookup reads rows (:meth:`OxigraphStore.rows`) without them.
_PREFIXES = NAMESPACES
T = TypeVar("T")


class OxigraphStore:
    def __init__(self, path: Path, store: Any = None) -> None:
        import pyoxigraph as ox

        self.path = path
        self.description = f"oxigraph:{path}"
        self.folder: Path | None = None  # the generation opened
        if store is not None:
            self.store = store
            return
        for attempt in range(3):
            folder = store_location(path)
            try:
                self.store = ox.Store.read_only(str(folder))
                self.folder = folder
                return
            except OSError as exc:
                # a build may have swapped in a new generation and removed this one
                if attempt == 2 or store_location(path) == folder:
                    raise StoreSpecError(f"{path}: cannot open the Oxigraph store: {exc}") from None

    def query(self, text: str, bindings: Mapping[str, URIRef | Literal] | None = None) -> Result:
        from rdflib.query import Result

        from kg.sparql import check
        from kg.sparql.text import with_values
        from kg.stores.construct import fill_template, plan_construct
        from kg.stores.listed import listed_graph

        gated = check(text)  # Oxigraph is given the gated (normalised) text, never the user's
        # Oxigraph substitutes only projected variables: bind with a VALUES block of terms.
        text = with_values(gated.text, bindings or {})
        construct = plan_construct(text) if gated.form == "CONSTRUCT" else None
        if construct is not None:
            try:
                names, table = self._solutions(construct)
            except SyntaxError:
                pass  # Oxigraph's own CONSTRUCT answers it, or names the error in the user's text
            else:
                result = Result("CONSTRUCT")
                result.graph = listed_graph(fill_template(construct, names, table))
                return result
        try:
            answer = self._execute(text, gated.form)
        except SyntaxError as exc:
            raise syntax_error(text, exc) from None
        return _result(gated.form, answer)  # to_rdflib gives canonical terms

    def _execute(self, text: str, form: str) -> Any:
        """Evaluate a text on a walled thread (see :func:`on_walled_thread`), without the gate.

        The answer is complete when it comes back (Oxigraph is lazy: a SERVICE
        call may happen while its solutions are read): a bool for ASK, triples
        of rdflib terms for CONSTRUCT and DESCRIBE, else (variables, rows of
        term texts) as :func:`_tsv_table` gives them.
        """
        from kg.stores.convert import to_rdflib

        store = self.store

        def evaluate() -> Any:
            raw = store.query(text, prefixes=_PREFIXES)
            if form == "ASK":
                return bool(raw)
            if form in ("CONSTRUCT", "DESCRIBE"):
                return [  # Oxigraph gives each triple once
                    (to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)) for t in raw
                ]
            return _tsv_table(raw)

        return on_walled_thread(evaluate)

    def _solutions(self, plan: ConstructPlan) -> tuple[list[str], list[list[str]]]:
        """The solutions of a planned CONSTRUCT, as term texts (see :func:`_tsv_table`).

        A WHERE group that is a UNION is answered a branch at a time, the
        branches side by side on walled threads: Oxigraph lets go of the GIL
        while it evaluates, so two branches take about the time of the longer
        one on two cores.
        """
        if not plan.branches:
            return self._execute(plan.select, "SELECT")  # type: ignore[no-any-return]
        branch = functools.partial(_walled, self._execute_here)
        try:
            tables = list(_threads().map(branch, plan.branches))
        except OSError as exc:
            raise _failed(exc) from None
        return tables[0][0], [row for _, rows in tables for row in rows]

    def _execute_here(self, select: str) -> tuple[list[str], list[list[str]]]:
        """A branch's solutions, evaluated on the calling (walled) thread."""
        return _tsv_table(self.store.query(select, prefixes=_PREFIXES))

    def rows(self, text: str) -> list[dict[str, Any]]:
        """Rows of one of the program's own SELECT queries, without rdflib terms.

        IRIs come as :class:`kg.iris.IRI`, literals and blank nodes as their
        lexical form (a ``str``). For :mod:`kg.graph.projection`, whose queries are
        written in the code: user text goes through :meth:`query` and its checks.
        """
        import pyoxigraph as ox

        def lexical(term: Any) -> Any:
            return IRI(term.value) if isinstance(term, ox.NamedNode) else term.value

        store = self.store
        names, table = on_walled_thread(
            lambda: _solutions(store.query(text, prefixes=_PREFIXES), lexical)
        )
        return [dict(zip(names, values, strict=True)) for values in table]

    def names_with_form(self, form: str) -> list[str] | None:
        """The IRIs whose label or alias normalises to ``form``, from the label index
        of the generation opened (:mod:`kg.stores.names`); None where it has none."""
        from kg.stores.names import names_with_form

        return None if self.folder is None else names_with_form(self.folder, form)

    def close(self) -> None:
        self.store = None


_WALL_ERRNO = errno.ENETUNREACH  # what a walled thread's socket() gets: "Network is unreachable"
_wall = threading.local()


def raise_the_wall() -> None:
    """Close the calling thread to the network, for good: the second wall behind the gate.

    pyoxigraph can neither switch SERVICE off nor take a service handler, and
    it evaluates a query (SERVICE's HTTP request included) on the thread that
    reads the answer. So every Oxigraph query runs on threads that carry a
    seccomp filter (libseccomp, through pyseccomp) under which ``socket()``
    for any family but ``AF_UNIX`` fails with ENETUNREACH, and
    ``io_uring_setup`` too (io_uring can open sockets without the system
    call). A seccomp filter holds for the thread that loads it (and threads it
    starts), not the process: the rest of kg keeps the network. Where the
    filter cannot be loaded on Linux, no Oxigraph query runs; on other systems
    (no seccomp) the gate is the only wall.
    """
    if getattr(_wall, "raised", False) or sys.platform != "linux":
        return
    try:
        import pyseccomp as seccomp

        rules = seccomp.SyscallFilter(seccomp.ALLOW)
        refuse = seccomp.ERRNO(_WALL_ERRNO)
        rules.add_rule(refuse, "socket", seccomp.Arg(0, seccomp.NE, socket.AF_UNIX))
        rules.add_rule(refuse, "io_uring_setup")
        rules.load()
    except Exception as exc:
        raise KgError(
            f"cannot close the Oxigraph query threads to the network (seccomp: {exc}); "
            "install libseccomp2"
        ) from None
    _wall.raised = True


def _walled(function: Callable[..., T], *args: Any) -> T:
    raise_the_wall()
    try:
        return function(*args)
    except BaseException as exc:
        # pyoxigraph's answers may only be dropped on the thread that made them:
        # the frames an error carries to the caller must not hold one
        seen: BaseException | None = exc
        while seen is not None:
            traceback.clear_frames(seen.__traceback__)
            seen = seen.__cause__ or seen.__context__
        raise


@functools.cache
def _threads() -> concurrent.futures.ThreadPoolExecutor:
    """The threads every Oxigraph query runs on, each closed to the network
    (:func:`raise_the_wall`); two a core, as callers may query side by side."""
    return concurrent.futures.ThreadPoolExecutor(
        max_workers=2 * (os.cpu_count() or 1), thread_name_prefix="kg-oxigraph"
    )


def on_walled_thread(function: Callable[[], T]) -> T:
    """``function()`` evaluated on a thread closed to the network; its answer or its error."""
    try:
        return _threads().submit(_walled, function).result()
    except OSError as exc:
        raise _failed(exc) from None


def _failed(exc: OSError) -> QueryError:
    """An I/O error of an evaluation (the wall, a broken store) as a one-line QueryError."""
    from kg.sparql import QueryError

    return QueryError(f"the query failed: {exc}")


def syntax_error(text: str, exc: Exception) -> QueryError:
    """:func:`kg.sparql.syntax_error` of Oxigraph's "error at LINE:COLUMN: ..." message."""
    from kg.sparql import syntax_error as sparql_syntax_error

    message = str(exc)
    where = re.match(r"error at (\d+):(\d+): ", message)
    if where is None:
        return sparql_syntax_error(text, message)
    line, column = (int(number) for number in where.groups())
    return sparql_syntax_error(text, message[where.end() :], line, column)


def _result(kind: str, answer: Any) -> Result:
    """An rdflib Result of :meth:`OxigraphStore._execute`'s answer."""
    from rdflib import Variable
    from rdflib.query import Result
    from rdflib.term import Identifier

    from kg.stores.convert import from_tsv
    from kg.stores.listed import listed_graph
    from kg.stores.rows import SelectResult

    if kind == "ASK":
        result = Result("ASK")
        result.askAnswer = answer
        return result
    if kind in ("CONSTRUCT", "DESCRIBE"):
        result = Result("CONSTRUCT")
        result.graph = listed_graph(answer)
        return result
    names, table = answer
    variables = [Variable(name) for name in names]
    rows: list[dict[Variable, Identifier]] = [
        {v: from_tsv(text) for v, text in zip(variables, texts, strict=True) if text}  # type: ignore[misc]
        for texts in table
    ]
    return SelectResult(variables, rows)


def _tsv_table(raw: Any) -> tuple[list[str], list[list[str]]]:
    """A SELECT result's variable names and rows of term texts ("" where unbound).

    Oxigraph writes the solutions as SPARQL TSV in Rust (a term's tabs and
    newlines escaped), which takes about as long as evaluating them; handing
    them over as Python term objects took half as long again on large answers.
    """
    import pyoxigraph as ox

    lines = raw.serialize(format=ox.QueryResultsFormat.TSV).decode("utf-8").split("\n")
    rows = lines[1:-1]  # every row ends with a newline, an empty one too
    if not lines[0]:  # no variables: each row is an empty solution
        return [], [[] for _ in rows]
    return [name[1:] for name in lines[0].split("\t")], [row.split("\t") for row in rows]


def _solutions(raw: Any, convert: Callable[[Any], Any]) -> tuple[list[str], list[list[Any]]]:
    """A SELECT result's variable names and its rows, each value converted (None: unbound)."""
    names = [variable.value for variable in raw.variables]
    # a solution iterates its values in the order of the variables, None where unbound
    table = [[None if value is None else convert(value) for value in solution] for solution in raw]
    return names, table


class ChunkedLoader:
    """A file-like sink that bulk-loads N-Quads lines into a store, a chunk at a time.

    Oxigraph's bulk loader holds its whole input in memory (about 0.9 GB for a
    million triples); chunks of 200,000 lines keep it near 0.25 GB. Each chunk
    is a bulk load of its own, its files merged into the store's later: at 1M,
    100,000 lines cost 1.7 s more of CPU than 200,000 (docs/performance.md, run S). Each
    chunk is loaded by a thread of its own while the caller formats the next
    one: the loader releases the GIL, so formatting and loading overlap on two
    cores. :meth:`close` loads the rest and waits; a loading error is raised
    there (or at the next write).

    The loader is lenient (it skips IRI validation, 15% of its time): the lines
    come from :mod:`kg.build.nquads`, whose IRIs are minted from ids that the per-row
    checks validated (slugs, source ids, Q-ids, ontology terms, dates, units).
    """

    def __init__(self, store: Any, chunk_lines: int = 200_000) -> None:
        import queue
        import threading

        self.store, self.chunk_lines = store, chunk_lines
        self.buffer: list[str] = []
        self.lines = 0
        self._chunks: queue.Queue[bytes | None] = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._load, name="kg-bulk-load", daemon=True)
        self._thread.start()

    def _load(self) -> None:
        import pyoxigraph as ox

        while (chunk := self._chunks.get()) is not None:
            if self._error is None:
                try:
                    self.store.bulk_load(chunk, format=ox.RdfFormat.N_QUADS, lenient=True)
                except BaseException as exc:  # handed to the writing thread
                    self._error = exc

    def write(self, text: str) -> int:
        self._raise()
        self.buffer.append(text)
        self.lines += text.count("\n")
        if self.lines >= self.chunk_lines:
            self._send()
        return len(text)

    def _send(self) -> None:
        if self.buffer:
            data = "".join(self.buffer).encode("utf-8")
            self.buffer, self.lines = [], 0
            self._chunks.put(data)

    def close(self) -> None:
        """Load what is left and wait for every chunk to be in the store."""
        if self._thread.is_alive():
            self._send()
            self._chunks.put(None)
            self._thread.join()
        self._raise()

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error
