"""The review page: ``kg review SOURCE`` serves it on 127.0.0.1 until Ctrl-C.

The report's text is shown with every pending or accepted suggestion's evidence
highlighted; clicking a highlight lists the suggestions it supports, each with
Accept, Edit (then accept the edited row) and Reject; forms add a missed claim
or entity. Each decision is one ``POST /api/decide`` and is written at once
by :class:`kg.review.decisions.Review`.

Safety: the server binds 127.0.0.1 only and answers only requests whose
``Host`` is ``127.0.0.1:PORT`` or ``localhost:PORT`` (against DNS
rebinding); a decision must carry the session's random token (in the page,
sent in the ``X-KG-Token`` header, which a cross-site form cannot set and a
cross-site script cannot send without a preflight the server never allows),
an ``Origin``, when sent, must be the page's own, and the body must be JSON
of at most 64 KiB. Every text from the data reaches the page through Jinja2's
autoescaping; the page's Content-Security-Policy allows only its own inline
script and style (by nonce) and requests to itself.
"""

from __future__ import annotations

import json
import secrets
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from kg.build.corpus import find_all
from kg.errors import InputError, KgError
from kg.review.decisions import Review, ReviewError
from kg.suggest.rows import Suggestion

MAX_BODY = 64 * 1024
_HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Segment:
    """A stretch of the text and the suggestions whose evidence covers it."""

    text: str
    sids: tuple[str, ...] = ()
    pending: bool = False


def locate(text: str, row: Suggestion) -> tuple[int, int] | None:
    """Where ``row``'s evidence stands: its first occurrence in its own sentence,
    else its first occurrence in the text."""
    spans = find_all(text, row.evidence)
    if not spans:
        return None
    if row.sentence:
        for start, _end in find_all(text, row.sentence):
            inside = [s for s in spans if start <= s[0] < start + len(row.sentence)]
            if inside:
                return inside[0]
    return spans[0]


def segments(text: str, rows: list[Suggestion]) -> list[Segment]:
    """The text cut at every evidence boundary of the rows not rejected."""
    placed = []
    for row in rows:
        if row.status == "rejected":
            continue
        span = locate(text, row)
        if span is not None:
            placed.append((span, row))
    cuts = sorted({0, len(text), *(p for span, _ in placed for p in span)})
    result = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [row for (a, b), row in placed if a <= start and end <= b]
        result.append(
            Segment(
                text[start:end],
                tuple(row.sid for row in covering),
                any(row.status == "suggested" for row in covering),
            )
        )
    return result


def render_page(review: Review, token: str, nonce: str) -> str:
    """The page's HTML: every data text escaped by Jinja2."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    environment = Environment(
        loader=FileSystemLoader(_HERE / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    rows = review.rows
    order = {"suggested": 0, "accepted": 1, "rejected": 2}
    kinds = {"entity": 0, "claim": 1, "mention": 2}
    cards = sorted(rows, key=lambda r: (order[r.status], kinds[r.kind], r.subject, -r.confidence))
    counts = {status: sum(1 for r in rows if r.status == status) for status in order}
    return environment.get_template("review.html").render(
        source=review.source,
        segments=segments(review.text, rows),
        cards=cards,
        counts=counts,
        duplicates={
            r.subject: r.object
            for r in rows
            if r.predicate == "possibleDuplicateOf" and r.status == "suggested"
        },
        register=review.register,
        waiting={
            r.subject for r in rows if r.kind == "entity" and review.waits_for_acceptance(r.subject)
        },
        # new entities whose type row the reviewer rejected: their claims cannot be accepted
        rejected_entities={
            r.subject
            for r in rows
            if r.kind == "entity" and r.predicate == "type" and r.status == "rejected"
        },
        # what the forms offer as you type: ids, predicates and classes the build knows
        entity_ids=sorted(review.known_ids()),
        predicates=sorted(review.vocabulary.properties),
        classes=sorted(review.vocabulary.classes),
        lists={"subject": "kg-entities", "object": "kg-entities", "predicate": "kg-predicates"},
        token=token,
        nonce=nonce,
    )


class ReviewServer:
    """The review page's HTTP server on 127.0.0.1 (``port`` 0: a free one)."""

    def __init__(self, review: Review, port: int = 0) -> None:
        self.review = review
        self.token = secrets.token_urlsafe(24)
        self.lock = threading.Lock()
        handler = type("Handler", (_Handler,), {"app": self})
        try:
            self.httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        except OSError as exc:
            raise InputError(f"cannot listen on 127.0.0.1:{port}: {exc.strerror}") from None
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/"
        self.hosts = {f"127.0.0.1:{self.port}", f"localhost:{self.port}"}
        self.origins = {f"http://{host}" for host in self.hosts}
        self.serving = False

    def serve_forever(self) -> None:
        """Serve in this thread until Ctrl-C (KeyboardInterrupt ends it); then :meth:`close`."""
        self.httpd.serve_forever(poll_interval=0.2)

    def start(self) -> threading.Thread:
        """Serve in a background thread (tests); :meth:`close` stops it."""
        self.serving = True  # before the thread runs: close() must wait for it
        thread = threading.Thread(target=self.serve_forever, daemon=True)
        thread.start()
        return thread

    def close(self) -> None:
        """Stop serving: a background thread of :meth:`start` is told to stop and waited
        for (a serve_forever() in this thread has ended already: waiting for it would
        never return)."""
        if self.serving:
            self.httpd.shutdown()
            self.serving = False
        self.httpd.server_close()

    def decide(self, request: dict[str, Any]) -> dict[str, Any]:
        """Apply one decision: ``{"action": ..., "sid": ..., "fields": {...}}``."""
        action = request.get("action")
        sid = str(request.get("sid", ""))
        fields = request.get("fields") or {}
        if not isinstance(fields, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in fields.items()
        ):
            raise ReviewError("fields: an object of strings")
        with self.lock:
            self.review.reload()
            if action == "accept":
                row = self.review.accept(sid, fields or None)
                return {"sid": row.sid, "status": row.status}
            if action == "accept-entity":
                rows = self.review.accept_entity(self.review.find(sid).subject)
                return {"sid": sid, "status": "accepted", "accepted": [r.sid for r in rows]}
            if action == "reject-entity":
                rows = self.review.reject_entity(self.review.find(sid).subject)
                return {"sid": sid, "status": "rejected", "rejected": [r.sid for r in rows]}
            if action == "undo":
                row = self.review.undo(sid)
                return {"sid": row.sid, "status": row.status}
            if action == "reject":
                row = self.review.reject(sid)
                return {"sid": row.sid, "status": row.status}
            if action == "add-claim":
                row = self.review.add_claim(
                    fields.get("subject", ""),
                    fields.get("predicate", ""),
                    fields.get("object", ""),
                    fields.get("evidence", ""),
                    fields.get("note", ""),
                )
                return {"sid": row.sid, "status": row.status}
            if action == "add-entity":
                rows = self.review.add_entity(
                    fields.get("id", ""),
                    fields.get("type", ""),
                    fields.get("label", ""),
                    fields.get("aliases", "").split("|"),
                    fields.get("evidence", ""),
                )
                return {"sid": rows[0].sid, "status": "accepted"}
        raise ReviewError(f"unknown action {action!r}")


class _Handler(BaseHTTPRequestHandler):
    app: ReviewServer
    server_version = "kg-review"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        return  # quiet: the terminal shows the URL and the decisions' effects are in the files

    def _host_ok(self) -> bool:
        if self.headers.get("Host", "") not in self.app.hosts:
            self._send(HTTPStatus.FORBIDDEN, {"error": "unknown Host"})
            return False
        return True

    def do_GET(self) -> None:  # noqa: N802
        if not self._host_ok():
            return
        if self.path not in ("/", "/index.html"):
            self._send(HTTPStatus.NOT_FOUND, {"error": "not found"})
            return
        nonce = secrets.token_urlsafe(16)
        with self.app.lock:
            self.app.review.reload()
            page = render_page(self.app.review, self.app.token, nonce)
        policy = (
            f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; "
            "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
        )
        self._raw(HTTPStatus.OK, page.encode("utf-8"), "text/html; charset=utf-8", policy)

    def do_POST(self) -> None:  # noqa: N802
        if not self._host_ok():
            return
        if self.path != "/api/decide":
            self._send(HTTPStatus.NOT_FOUND, {"error": "not found"})
            return
        origin = self.headers.get("Origin")
        if origin is not None and origin not in self.app.origins:
            self._send(HTTPStatus.FORBIDDEN, {"error": "a request from another site"})
            return
        token = self.headers.get("X-KG-Token", "")
        if not secrets.compare_digest(token.encode(), self.app.token.encode()):
            self._send(HTTPStatus.FORBIDDEN, {"error": "missing or wrong session token"})
            return
        if self.headers.get_content_type() != "application/json":
            self._send(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, {"error": "send application/json"})
            return
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            self._send(HTTPStatus.LENGTH_REQUIRED, {"error": "Content-Length required"})
            return
        if not 0 <= length <= MAX_BODY:
            self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, {"error": "body too large"})
            return
        try:
            request = json.loads(self.rfile.read(length).decode("utf-8"))
            if not isinstance(request, dict):
                raise ValueError("not an object")
        except (ValueError, UnicodeDecodeError):
            self._send(HTTPStatus.BAD_REQUEST, {"error": "the body is not a JSON object"})
            return
        try:
            self._send(HTTPStatus.OK, self.app.decide(request))
        except (KgError, OSError) as exc:
            self._send(HTTPStatus.BAD_REQUEST, {"error": str(exc)})

    def _send(self, status: HTTPStatus, body: dict[str, Any]) -> None:
        self._raw(
            status, json.dumps(body).encode("utf-8"), "application/json", "default-src 'none'"
        )

    def _raw(self, status: HTTPStatus, data: bytes, kind: str, policy: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Content-Security-Policy", policy)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)


__all__ = ["ReviewServer", "Segment", "locate", "render_page", "segments"]
