"""Worker processes that evaluate SPARQL, so that a query can be stopped.

rdflib has no time limit and holds the GIL while it evaluates (a cartesian
product with ORDER BY does all its work before the first row), and a thread
cannot be stopped; a process can. Each worker loads the graph once from an
N-Quads file, limits its own address space, and answers one query at a time.
A worker that runs past the time limit, or dies, is killed and replaced.
"""

from __future__ import annotations

import collections
import contextlib
import hashlib
import math
import multiprocessing
import threading
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING

from kg.server.jobs import Job, Lookups, Outcome, Param, bind, look_up
from kg.server.protocol import ASK_TYPES, GRAPH_TYPES, RESULT_TYPES, negotiate

__all__ = ["Job", "Limits", "Outcome", "Param", "WorkerPool", "answer"]

if TYPE_CHECKING:
    from kg.stores import StoreSpec
    from kg.stores.base import GraphStore


@dataclass(frozen=True)
class Limits:
    """The caps of one query, and how long a query may wait for a worker.

    ``per_client``: most queries of one client (by address) in the workers at
    once; ``None`` is one less than the workers (at least one), so a client's
    runaway queries always leave a worker to the others.
    """

    timeout: float = 5.0
    max_rows: int = 10_000
    max_bytes: int = 16 * 1024 * 1024
    memory_mb: int = 2048
    per_client: int | None = None


def _worker_main(
    conn: Connection, source: StoreSpec | str, memory_mb: int
) -> None:  # pragma: no cover
    import resource

    limit = memory_mb * 1024 * 1024
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from kg.stores import open_store

    store = open_store(source)
    lookups = Lookups(store)
    conn.send("ready")
    while True:
        try:
            job, max_rows, max_bytes = conn.recv()
        except EOFError:
            return
        if job.kind == "query":
            outcome = answer(
                store, job.text, job.accept, max_rows, max_bytes, memory_mb, job.params, lookups
            )
        else:
            outcome = look_up(lookups, job.kind, job.text)
        conn.send(outcome)
        if outcome.retire:
            return  # a process that ran out of memory is not trusted again


def answer(
    store: GraphStore,
    text: str,
    accept: str,
    max_rows: int,
    max_bytes: int,
    memory_mb: int = 0,
    params: tuple[Param, ...] = (),
    lookups: Lookups | None = None,
) -> Outcome:
    """One query, start to end, in the worker and so under its time and memory limits.

    The store parses and checks the text (:mod:`kg.sparql`'s gate), the result
    tells the query form, and the form tells which media types the Accept
    header may choose from.
    """
    from kg.errors import InputError, KgError
    from kg.sparql import QueryError, QueryRefusedError, serialize_result

    try:
        result = store.query(text, bind(params, lookups) if params else None)
        graph = result.type in ("CONSTRUCT", "DESCRIBE")
        offered = GRAPH_TYPES if graph else ASK_TYPES if result.type == "ASK" else RESULT_TYPES
        media = negotiate(accept, offered)
        if media is None:
            message = f"cannot answer a {result.type} query with {accept!r}; available: "
            if result.type == "ASK" and negotiate(accept, RESULT_TYPES) is not None:
                message = "an ASK result has no CSV or TSV form (SPARQL 1.1 defines none); "
                message += "available: "
            return Outcome(406, "text/plain", (message + ", ".join(offered)).encode())
        if result.type == "SELECT" and len(result.bindings) > max_rows:
            return Outcome(500, "text/plain", _too_many(len(result.bindings), max_rows))
        if graph and result.graph is not None and len(result.graph) > max_rows:
            return Outcome(500, "text/plain", _too_many(len(result.graph), max_rows))
        body = serialize_result(result, offered[media])
        if len(body) > max_bytes:
            message = f"the result is {len(body)} bytes, over the limit of {max_bytes}"
            return Outcome(500, "text/plain", message.encode())
        return Outcome(200, media, body)
    except QueryRefusedError as exc:
        return Outcome(403 if "Update" in str(exc) else 400, "text/plain", str(exc).encode())
    except (QueryError, InputError) as exc:  # InputError: a parameter naming no entity
        return Outcome(400, "text/plain", str(exc).encode())
    except KgError as exc:  # a remote store that cannot be reached
        return Outcome(502, "text/plain", str(exc).encode())
    except MemoryError:
        message = f"the query needed more than {memory_mb} MB"
        return Outcome(500, "text/plain", message.encode(), retire=True)
    except Exception as exc:  # evaluation errors of any kind become a 500 with a message
        message = f"query failed: {type(exc).__name__}: {exc}"
        return Outcome(500, "text/plain", message.encode())


def _too_many(count: int, limit: int) -> bytes:
    return f"the result has {count} rows, over the limit of {limit}; add a LIMIT".encode()


class _Worker:
    def __init__(self, source: StoreSpec | str, memory_mb: int) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process: BaseProcess = context.Process(
            target=_worker_main, args=(child, source, memory_mb), daemon=True
        )
        self.process.start()
        child.close()

    def alive(self) -> bool:
        """Running, and with nothing to say (an idle worker that can be read has
        ended: its pipe is at its end)."""
        try:
            return self.process.is_alive() and not self.conn.poll(0)
        except (EOFError, OSError):
            return False

    def wait_ready(self, timeout: float) -> bool:
        try:
            return bool(self.conn.poll(timeout)) and self.conn.recv() == "ready"
        except (EOFError, OSError):  # it died while it loaded the graph
            return False

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


@dataclass(eq=False)
class _Ticket:
    """A query waiting for a worker, in arrival order; ``heavy``: its client was heavy
    when it got one."""

    client: str
    query: str = ""
    """A digest of the job's text: a query that ran long of late is heavy whoever sends it."""
    ready: threading.Event = field(default_factory=threading.Event)
    worker: _Worker | None = None
    heavy: bool = False
    started: float = 0.0


COST_HALF_LIFE = 60.0
"""Seconds in which a client's recorded worker time halves."""


class WorkerPool:
    """A fixed number of query workers, handed out in arrival order.

    A query waits at most the time limit for a worker (then 503 with
    Retry-After). One client (an address) has at most ``per_client`` queries
    in the workers at once; its further queries wait while later queries of
    other clients go first. A client whose queries took much worker time of
    late (half the time limit or more, halving every minute) is *heavy*, and so
    is a query text that did: heavy queries together have at most one worker
    less than are alive (a worker being replaced is not), so however many
    clients send a slow query, the others' queries find a worker once it has
    run once. A worker is checked before it is handed
    out: a dead one is replaced, and the query takes another.
    """

    def __init__(self, source: StoreSpec | str, size: int, limits: Limits) -> None:
        self.source, self.size, self.limits = source, size, limits
        self.per_client = limits.per_client or max(1, size - 1)
        self._lock = threading.Lock()
        self._idle: list[_Worker] = []
        self._waiting: list[_Ticket] = []
        self._running: collections.Counter[str] = collections.Counter()
        self._cost: dict[str, tuple[float, float]] = {}  # client: (worker seconds, when)
        self._heavy_running = 0
        self._starting = 0  # replacements not yet ready
        self._all: set[_Worker] = set()
        self._closed = False
        workers = [self._spawn() for _ in range(size)]
        for worker in workers:
            if not worker.wait_ready(120):
                raise RuntimeError("a query worker did not start")
        with self._lock:
            self._idle.extend(workers)

    def _spawn(self) -> _Worker:
        worker = _Worker(self.source, self.limits.memory_mb)
        with self._lock:
            self._all.add(worker)
        return worker

    def _replace(self, worker: _Worker) -> None:
        """Kill a worker and start another in the background."""
        with self._lock:
            self._all.discard(worker)
            if worker in self._idle:
                self._idle.remove(worker)
            self._starting += 1

        def start() -> None:
            worker.stop()
            if self._closed:
                return
            fresh = self._spawn()
            ready = fresh.wait_ready(120) and not self._closed
            with self._lock:
                self._starting -= 1
                if ready:
                    self._idle.append(fresh)
                dead = self._dispatch()
            self._replace_all(dead)
            if not ready:
                fresh.stop()

        threading.Thread(target=start, daemon=True).start()

    def _replace_all(self, workers: list[_Worker]) -> None:
        for worker in workers:
            self._replace(worker)

    def _recent_cost(self, client: str, now: float) -> float:
        seconds, when = self._cost.get(client, (0.0, now))
        return seconds * math.pow(0.5, (now - when) / COST_HALF_LIFE)

    def _charge(self, client: str, seconds: float) -> None:
        now = time.monotonic()
        self._cost[client] = (self._recent_cost(client, now) + seconds, now)
        if len(self._cost) > 10_000:  # forget the lightest clients
            for name in sorted(self._cost, key=lambda c: self._recent_cost(c, now))[:5_000]:
                del self._cost[name]

    def _dispatch(self) -> list[_Worker]:
        """Hand idle workers to the earliest waiting queries whose client is under its cap
        (and, for a heavy client, while heavy clients hold fewer than all workers but one).

        Called with the lock held; returns the dead workers found on the way,
        for the caller to replace once the lock is released.
        """
        dead: list[_Worker] = []
        now = time.monotonic()
        # one worker less than are alive (a replacement being started is not), at least one
        alive = len(self._all) - self._starting
        heavy_limit = alive - 1 if self.size > 1 else 1
        for ticket in list(self._waiting):
            if self._running[ticket.client] >= self.per_client:
                continue
            heavy = (
                max(self._recent_cost(ticket.client, now), self._recent_cost(ticket.query, now))
                >= self.limits.timeout / 2
            )
            if heavy and self._heavy_running >= heavy_limit:
                continue
            worker = None
            while self._idle and worker is None:
                candidate = self._idle.pop(0)
                if candidate.alive():
                    worker = candidate
                else:
                    dead.append(candidate)
            if worker is None:
                break
            ticket.worker, ticket.heavy, ticket.started = worker, heavy, now
            self._running[ticket.client] += 1
            self._heavy_running += heavy
            self._waiting.remove(ticket)
            ticket.ready.set()
        return dead

    def _acquire(self, client: str, job: Job) -> _Ticket | None:
        digest = hashlib.blake2b(f"{job.kind}\n{job.text}".encode(), digest_size=12).hexdigest()
        ticket = _Ticket(f"client {client}", f"query {digest}")
        with self._lock:
            if self._closed:
                return None
            self._waiting.append(ticket)
            dead = self._dispatch()
        self._replace_all(dead)
        ticket.ready.wait(self.limits.timeout)
        with self._lock:
            if ticket.worker is None:
                self._waiting.remove(ticket)
                return None
            return ticket

    def _release(self, ticket: _Ticket, worker: _Worker | None) -> None:
        client = ticket.client
        with self._lock:
            used = time.monotonic() - ticket.started
            self._charge(client, used)
            self._charge(ticket.query, used)
            self._running[client] -= 1
            if self._running[client] <= 0:
                del self._running[client]
            self._heavy_running -= ticket.heavy
            if worker is not None:
                self._idle.append(worker)
            dead = self._dispatch()
        self._replace_all(dead)

    def execute(
        self, text: str, accept: str, client: str = "", params: tuple[Param, ...] = ()
    ) -> Outcome:
        """Run one query in a worker; ``accept`` is the request's Accept header,
        ``params`` the parameters to bind."""
        return self.run(Job("query", text, accept, params), client)

    def run(self, job: Job, client: str = "") -> Outcome:
        """Do one job in a worker, under the time limit."""
        limits = self.limits
        ticket = self._acquire(client, job)
        if ticket is None or ticket.worker is None:
            retry = max(1, math.ceil(limits.timeout))
            message = "all query workers are busy; try again"
            if self._running[f"client {client}"] >= self.per_client:
                message = (
                    f"this client already has {self.per_client} queries running; "
                    "try again when one has finished"
                )
            return Outcome(503, "text/plain", message.encode(), retry_after=retry)
        worker = ticket.worker
        try:
            worker.conn.send((job, limits.max_rows, limits.max_bytes))
            answered = worker.conn.poll(limits.timeout)
            outcome: Outcome | None = worker.conn.recv() if answered else None
        except (EOFError, OSError):
            self._replace(worker)
            self._release(ticket, None)
            return Outcome(500, "text/plain", b"the query worker died; it has been replaced")
        if outcome is None:
            self._replace(worker)
            self._release(ticket, None)
            message = f"the query ran past the time limit of {limits.timeout:g} s and was stopped"
            retry = max(1, math.ceil(limits.timeout))
            return Outcome(503, "text/plain", message.encode(), retry_after=retry)
        if outcome.retire or not worker.alive():
            self._replace(worker)
            self._release(ticket, None)
        else:
            self._release(ticket, worker)
        return outcome

    def status(self) -> dict[str, int]:
        """Workers configured, how many are idle (a replaced one is not, until it is
        ready), and how many queries wait for one."""
        with self._lock:
            return {"workers": self.size, "idle": len(self._idle), "waiting": len(self._waiting)}

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
            self._idle.clear()
        for worker in workers:
            worker.stop()
