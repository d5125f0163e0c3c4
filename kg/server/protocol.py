"""The HTTP side of the endpoint, without a socket: responses, hosts, forms, media types.

Everything here is a pure function of a request's parts: the ``Response``
record, the ``Host`` names a request may give (against DNS rebinding), the
form a POST carries, content negotiation over the result and graph media
types, and the query page with its Content-Security-Policy.
"""

from __future__ import annotations

import base64
import codecs
import email.message
import hashlib
import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from urllib.parse import parse_qs, urlsplit

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
MAX_BODY = 1024 * 1024
LISTEN_BACKLOG = 1024
WRITE_TIMEOUT = 60.0
RETRY_AFTER = 2

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
}
API_POLICY = "default-src 'none'; frame-ancestors 'none'"


@dataclass(frozen=True)
class Response:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def text_response(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    body = (message + "\n").encode("utf-8")
    return Response(status, "text/plain; charset=utf-8", body, headers or {})


def host_name(value: str) -> str | None:
    """The name in a ``Host`` header or an ``--allow-host`` value, lower case,
    without port or brackets; ``None`` for something that is not a host."""
    try:
        parts = urlsplit("//" + value.strip())
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return None
    name = parts.hostname
    if not name or parts.username is not None or parts.path or parts.query:
        return None
    return name.rstrip(".")


def allowed_hosts(bind_host: str = "127.0.0.1", extra: Iterable[str] = ()) -> frozenset[str]:
    """The names a request's ``Host`` may give: loopback, the bound address
    (unless it is a wildcard) and ``extra`` (``--allow-host``)."""
    names = set(LOOPBACK_NAMES)
    for value in (bind_host, *extra):
        name = host_name(value)
        if name and name not in ("0.0.0.0", "::"):
            names.add(name)
    return frozenset(names)


def is_allowed(name: str | None, allowed: frozenset[str]) -> bool:
    if name is None:
        return False
    if name in allowed:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
ASK_TYPES = {media: fmt for media, fmt in RESULT_TYPES.items() if fmt in ("json", "xml")}
"""An ASK result's types: SPARQL 1.1's CSV and TSV formats define no boolean result."""
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "application/ld+json": "json-ld",
    "application/rdf+xml": "xml",
}


def negotiate(accept: str, offered: dict[str, str]) -> str | None:
    """The offered media type the Accept header prefers (first offered one for */*)."""
    if not accept.strip():
        return next(iter(offered))
    choices: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept.split(",")):
        pieces = [p.strip() for p in part.split(";")]
        media, quality = pieces[0].lower(), 1.0
        for parameter in pieces[1:]:
            if parameter.startswith("q="):
                try:
                    quality = float(parameter[2:])
                except ValueError:
                    quality = 0.0
        if quality <= 0:
            continue
        if media in ("*/*", "application/*", "text/*"):
            prefix = media.split("/")[0]
            for candidate in offered:
                if media == "*/*" or candidate.startswith(prefix + "/"):
                    choices.append((quality, position, candidate))
                    break
        elif media in offered:
            choices.append((quality, position, media))
    if not choices:
        return None
    choices.sort(key=lambda c: (-c[0], c[1]))
    return choices[0][2]


def posted_form(content_type: str, body: bytes) -> dict[str, list[str]] | Response:
    """The parameters of a POST body, decoded in the charset it names (UTF-8 if none)."""
    header = email.message.Message()
    header["content-type"] = content_type or "application/octet-stream"
    media = header.get_content_type()
    if media == "application/sparql-update":
        return text_response(403, "SPARQL Update is not allowed: this endpoint is read-only")
    if media not in ("application/x-www-form-urlencoded", "application/sparql-query"):
        return text_response(
            415, "POST a form (application/x-www-form-urlencoded) or application/sparql-query"
        )
    charset = header.get_content_charset() or "utf-8"
    if media == "application/sparql-query" and charset.lower().replace("_", "-") not in (
        "utf-8",
        "utf8",
    ):
        return text_response(
            415, f"application/sparql-query is UTF-8 (SPARQL 1.1 Query, appendix C), not {charset}"
        )
    try:
        encoding = codecs.lookup(charset).name
        text = body.decode(encoding)
    except LookupError:
        return text_response(415, f"unknown charset {charset!r}: send UTF-8")
    except UnicodeDecodeError as exc:
        return text_response(
            400, f"the request body is not valid {charset} (byte {exc.start}): {exc.reason}"
        )
    if media == "application/sparql-query":
        return {"query": [text]}
    try:
        return parse_qs(text, keep_blank_values=True, encoding=encoding, errors="strict")
    except UnicodeDecodeError:
        return text_response(400, f"the form is not valid {charset} once %-decoded")


def query_page() -> bytes:
    return resources.files("kg.server").joinpath("static/query.html").read_bytes()


def _source_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


@cache
def page_policy() -> str:
    """The query page's CSP: its own inline script (by hash) and the vendored YASGUI
    (``'self'``), requests to itself only. Styles may be inline: CodeMirror and
    DataTables set style attributes."""
    page = query_page().decode("utf-8")
    scripts = " ".join(_source_hash(s) for s in re.findall(r"<script>(.*?)</script>", page, re.S))
    return (
        f"default-src 'none'; script-src 'self' {scripts}; style-src 'self' 'unsafe-inline'; "
        "connect-src 'self'; img-src 'self' data:; font-src 'self' data:; base-uri 'none'; "
        "form-action 'none'; frame-ancestors 'none'"
    )


STATIC_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}
_STATIC_PART = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


@cache
def static_file(path: str) -> Response | None:
    """A script or stylesheet of the package's ``static/`` folder (YASGUI), for a path
    ``/static/...``; None for anything else (no other file, no ``..``)."""
    parts = path.split("/")[2:]
    if not parts or not all(_STATIC_PART.fullmatch(part) for part in parts):
        return None
    media = STATIC_TYPES.get("." + parts[-1].rpartition(".")[2])
    resource = resources.files("kg.server").joinpath("static", *parts)
    if media is None or not resource.is_file():
        return None
    return Response(200, media, resource.read_bytes(), {"Cache-Control": "max-age=3600"})
