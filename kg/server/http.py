"""The HTTP server: a bounded thread per connection, deadlines, graceful refusals.

:func:`make_server` serves a :class:`~kg.server.app.SparqlApp` with
:mod:`http.server`; the limits it enforces are listed in :mod:`kg.server`.
"""

from __future__ import annotations

import contextlib
import io
import math
import queue
import re
import selectors
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

from kg.server.app import SparqlApp
from kg.server.protocol import (
    LISTEN_BACKLOG,
    MAX_BODY,
    RETRY_AFTER,
    WRITE_TIMEOUT,
    Response,
    text_response,
)


class _DeadlineReader(io.RawIOBase):
    """A socket's bytes, with one deadline for a whole request rather than one per read,
    so that a client trickling a byte at a time is dropped too."""

    def __init__(self, sock: socket.socket) -> None:
        super().__init__()
        self.sock = sock
        self.deadline = math.inf

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("the client took too long to send its request")
        self.sock.settimeout(None if remaining == math.inf else remaining)
        return self.sock.recv_into(buffer)


class _Handler(BaseHTTPRequestHandler):
    app: SparqlApp
    client_timeout: float = 5.0
    server_version = "kg-sparql"
    protocol_version = "HTTP/1.1"
    max_body = MAX_BODY

    def setup(self) -> None:
        super().setup()
        self.rfile.close()  # the socket's own file; reads go through the deadline instead
        self._reader = _DeadlineReader(self.connection)
        self.rfile = io.BufferedReader(self._reader)

    def handle(self) -> None:
        with contextlib.suppress(OSError):  # a client gone, or dropped for its slowness
            super().handle()

    def handle_one_request(self) -> None:
        self._reader.deadline = time.monotonic() + self.client_timeout
        super().handle_one_request()

    def _body(self) -> bytes | Response:
        """The request body, under a strict reading of Content-Length."""
        lengths = self.headers.get_all("Content-Length") or []
        if self.headers.get_all("Transfer-Encoding"):
            if lengths:
                return text_response(400, "send Content-Length or Transfer-Encoding, not both")
            return text_response(411, "Transfer-Encoding is not supported: send a Content-Length")
        if not lengths:
            return b""
        value = lengths[0].strip()
        if len({v.strip() for v in lengths}) != 1 or not re.fullmatch(r"[0-9]{1,15}", value):
            return text_response(400, f"bad Content-Length {value!r}: give a number of bytes")
        length = int(value)
        if length > self.max_body:
            return text_response(413, f"the request body is over {self.max_body} bytes")
        body = self.rfile.read(length) if length else b""
        if len(body) != length:
            raise TimeoutError("the client closed its connection before the body's end")
        return body

    def _serve(self, method: str) -> None:
        body = self._body()
        if isinstance(body, Response):
            response, self.close_connection = body, True
        else:
            client = str(self.client_address[0]) if self.client_address else ""
            headers = dict(self.headers.items())
            response = self.app.handle(method, self.path, headers, body, client)
        self._reader.deadline = math.inf  # the request is in; now the answer
        self.connection.settimeout(max(WRITE_TIMEOUT, self.client_timeout))
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        for name, value in response.headers.items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if method != "HEAD":
            self.wfile.write(response.body)
        if isinstance(body, Response):
            self._drain()

    def _drain(self, seconds: float = 1.0) -> None:
        """After an error answer: read and drop what the client still sends (for a
        while), so that closing does not reset the connection before it reads the answer."""
        with contextlib.suppress(OSError):
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_WR)
            until = time.monotonic() + seconds
            while (remaining := until - time.monotonic()) > 0:
                self.connection.settimeout(remaining)
                if not self.connection.recv(65536):
                    break

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._serve("GET")

    def do_HEAD(self) -> None:  # noqa: N802
        self._serve("HEAD")

    def do_POST(self) -> None:  # noqa: N802
        self._serve("POST")

    def do_PUT(self) -> None:  # noqa: N802
        self._serve("PUT")

    def do_DELETE(self) -> None:  # noqa: N802
        self._serve("DELETE")

    def do_OPTIONS(self) -> None:  # noqa: N802
        self._serve("OPTIONS")

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


_REFUSAL_TEXT = b"the server is at its connection limit; try again\n"
_REFUSAL = (
    b"HTTP/1.1 503 Service Unavailable\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"Retry-After: %d\r\n"
    b"Connection: close\r\n"
    b"Content-Length: %d\r\n\r\n%s"
) % (RETRY_AFTER, len(_REFUSAL_TEXT), _REFUSAL_TEXT)


class _Lingerer:
    """Closes refused connections gracefully: reads and drops what the client
    still sends, for up to two seconds, so that it reads its 503 rather than a
    reset (closing a socket with unread input resets it)."""

    seconds = 2.0

    def __init__(self) -> None:
        self._new: queue.SimpleQueue[socket.socket] = queue.SimpleQueue()
        threading.Thread(target=self._run, daemon=True, name="kg-linger").start()

    def add(self, sock: socket.socket) -> None:
        self._new.put(sock)

    def _run(self) -> None:
        selector = selectors.DefaultSelector()
        until: dict[socket.socket, float] = {}

        def close(sock: socket.socket) -> None:
            selector.unregister(sock)
            del until[sock]
            sock.close()

        while True:
            try:
                sock = self._new.get(timeout=None if not until else 0)
                while True:
                    until[sock] = time.monotonic() + self.seconds
                    selector.register(sock, selectors.EVENT_READ)
                    sock = self._new.get_nowait()
            except queue.Empty:
                pass
            for key, _ in selector.select(timeout=0.05):
                sock = key.fileobj  # type: ignore[assignment]
                try:
                    data = sock.recv(65536)
                except OSError:
                    data = b""
                if not data:
                    close(sock)
            now = time.monotonic()
            for sock in [s for s, t in until.items() if t < now]:
                close(sock)


class _Server(HTTPServer):
    """HTTPServer with a thread per connection, at most ``max_connections`` at once."""

    request_queue_size = LISTEN_BACKLOG
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], handler: type[_Handler], max_connections: int):
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.max_connections = max_connections
        self._slots = threading.BoundedSemaphore(max_connections)
        self._lingerer = _Lingerer()
        super().__init__(address, handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(blocking=False):
            self._refuse(request)
            return
        threading.Thread(
            target=self._serve_connection, args=(request, client_address), daemon=True
        ).start()

    def _serve_connection(self, request: Any, client_address: Any) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)
            self._slots.release()

    def _refuse(self, sock: socket.socket) -> None:
        try:
            sock.setblocking(False)
            sock.send(_REFUSAL)
            sock.shutdown(socket.SHUT_WR)
        except OSError:
            sock.close()
            return
        self._lingerer.add(sock)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that went away mid-answer is not the server's error


def make_server(
    app: SparqlApp,
    host: str,
    port: int,
    max_connections: int = 256,
    client_timeout: float = 5.0,
) -> HTTPServer:
    """The endpoint on ``host:port`` (port 0: any free one)."""
    handler = type("Handler", (_Handler,), {"app": app, "client_timeout": client_timeout})
    return _Server((host, port), handler, max_connections)
