"""Worker processes that evaluate SPARQL, so that a query can be stopped.

rdflib has no time limit and holds the GIL while it evaluates (a cartesian
product with ORDER BY does all its work before the first row), and a thread
cannot be stopped; a process can. Each worker loads the graph once from an
N-Quads file, limits its own address space, and answers one query at a time.
A worker that runs past the time limit, or dies, is killed and replaced.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import queue
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.stores.base import GraphStore


@dataclass(frozen=True)
class Outcome:
    """What a worker answered: a body and its media type, or an error and its HTTP status."""

    status: int
    content_type: str
    body: bytes


@dataclass(frozen=True)
class Limits:
    timeout: float = 5.0
    max_rows: int = 10_000
    max_bytes: int = 16 * 1024 * 1024
    memory_mb: int = 2048


def open_source(source: str) -> GraphStore:
    """``nquads:FILE`` (loaded into memory), ``oxigraph:PATH`` or ``sparql:URL``."""
    kind, _, location = source.partition(":")
    if kind == "nquads":
        from rdflib import Dataset

        from kg.stores.memory import MemoryStore

        dataset = Dataset()
        dataset.parse(location, format="nquads")
        return MemoryStore(dataset)
    if kind == "oxigraph":
        from kg.stores.oxigraph import OxigraphStore

        return OxigraphStore(Path(location))
    from kg.stores.remote import RemoteStore

    return RemoteStore(location)


def _worker_main(conn: Connection, source: str, memory_mb: int) -> None:  # pragma: no cover
    import resource

    limit = memory_mb * 1024 * 1024
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from kg.errors import KgError
    from kg.sparql import QueryError, serialize_result

    store = open_source(source)
    conn.send("ready")
    while True:
        try:
            text, fmt, content_type, max_rows, max_bytes = conn.recv()
        except EOFError:
            return
        try:
            result = store.query(text)
            if result.type == "SELECT" and len(result.bindings) > max_rows:
                conn.send(Outcome(500, "text/plain", _too_many(len(result.bindings), max_rows)))
                continue
            if result.type in ("CONSTRUCT", "DESCRIBE") and result.graph is not None:
                if len(result.graph) > max_rows:
                    conn.send(Outcome(500, "text/plain", _too_many(len(result.graph), max_rows)))
                    continue
            body = serialize_result(result, fmt)
            if len(body) > max_bytes:
                message = f"the result is {len(body)} bytes, over the limit of {max_bytes}"
                conn.send(Outcome(500, "text/plain", message.encode()))
                continue
            conn.send(Outcome(200, content_type, body))
        except QueryError as exc:
            conn.send(Outcome(400, "text/plain", str(exc).encode()))
        except KgError as exc:  # a remote store that cannot be reached
            conn.send(Outcome(502, "text/plain", str(exc).encode()))
        except MemoryError:
            conn.send(
                Outcome(500, "text/plain", f"the query needed more than {memory_mb} MB".encode())
            )
            return  # a process that ran out of memory is not trusted again
        except Exception as exc:  # evaluation errors of any kind become a 500 with a message
            conn.send(
                Outcome(500, "text/plain", f"query failed: {type(exc).__name__}: {exc}".encode())
            )


def _too_many(count: int, limit: int) -> bytes:
    return f"the result has {count} rows, over the limit of {limit}; add a LIMIT".encode()


class _Worker:
    def __init__(self, source: str, memory_mb: int) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process: BaseProcess = context.Process(
            target=_worker_main, args=(child, source, memory_mb), daemon=True
        )
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float) -> bool:
        return bool(self.conn.poll(timeout)) and self.conn.recv() == "ready"

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class WorkerPool:
    """A fixed number of query workers; requests wait for a free one."""

    def __init__(self, source: str, size: int, limits: Limits) -> None:
        self.source, self.size, self.limits = source, size, limits
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        workers = [self._spawn() for _ in range(size)]
        for worker in workers:
            if not worker.wait_ready(120):
                raise RuntimeError("a query worker did not start")
            self._idle.put(worker)

    def _spawn(self) -> _Worker:
        worker = _Worker(self.source, self.limits.memory_mb)
        with self._lock:
            self._all.add(worker)
        return worker

    def _replace(self, worker: _Worker) -> None:
        """Kill a worker and start another in the background."""
        worker.stop()
        with self._lock:
            self._all.discard(worker)
            if self._closed:
                return

        def start() -> None:
            fresh = self._spawn()
            if fresh.wait_ready(120) and not self._closed:
                self._idle.put(fresh)
            else:
                fresh.stop()

        threading.Thread(target=start, daemon=True).start()

    def execute(self, text: str, fmt: str, content_type: str) -> Outcome:
        limits = self.limits
        try:
            worker = self._idle.get(timeout=limits.timeout)
        except queue.Empty:
            return Outcome(503, "text/plain", b"all query workers are busy; try again")
        try:
            worker.conn.send((text, fmt, content_type, limits.max_rows, limits.max_bytes))
            if not worker.conn.poll(limits.timeout):
                self._replace(worker)
                message = (
                    f"the query ran past the time limit of {limits.timeout:g} s and was stopped"
                )
                return Outcome(503, "text/plain", message.encode())
            outcome: Outcome = worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            self._replace(worker)
            return Outcome(500, "text/plain", b"the query worker died; it has been replaced")
        if worker.process.is_alive():
            self._idle.put(worker)
        else:
            self._replace(worker)
        return outcome

    def status(self) -> dict[str, int]:
        """Workers configured, and how many are idle (a replaced one is not, until it is ready)."""
        return {"workers": self.size, "idle": self._idle.qsize()}

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.stop()
