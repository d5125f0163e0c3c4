"""Load benchmark of `kg serve`: clients held, time to refuse an overload, starvation.

Usage (from the repository root, after `make test` made .venv):

    .venv/bin/python benchmarks/server_load.py              # the seed corpus, in memory
    .venv/bin/python benchmarks/server_load.py --clients 500 --store oxigraph:build/store

It starts `kg serve` (default options: two workers, a 5 s limit, 256
connections, a 5 s client timeout) on 127.0.0.1 and measures, with traffic to
that address only and a bounded number of requests:

* **clients held**: ``--clients`` connections opened at once, each sending one
  small query; how many got 200, how many 503 with ``Retry-After``, how many
  were reset or got no answer, and the latency of the answers;
* **time to refuse an overload**: every connection slot held by a silent
  client, then 20 more requests one after another; the time each took to get
  its 503;
* **good queries beside runaway ones**: two runaway queries from one client
  address (127.0.0.2), and meanwhile 10 small queries from another
  (127.0.0.1); their latency, beside the same queries on an idle server;
* **good queries beside 50 slow clients**: 50 client addresses (127.0.1.x)
  send a runaway query over and over for ``--storm`` seconds while one
  client (127.0.0.1) sends small queries one after another: how many of its
  queries were answered, in the first wave and after it, and their latency;
* **good queries beside a trickling client**: one client sends its request a
  byte every 0.25 s while small queries go on: their latency, and when the
  trickler was dropped.

It prints one Markdown table.
"""

from __future__ import annotations

import argparse
import http.client
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SMALL = "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Port }"
RUNAWAY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?d ?g"


def start(store: str | None) -> tuple[subprocess.Popen[str], int]:
    kg = shutil.which("kg", path=str(Path(sys.executable).parent)) or "kg"
    env = {**os.environ}
    env.setdefault("KG_CORPUS", str(ROOT.parent / "shared" / "seeds"))
    command = [kg, "serve", "--port", "0", *(["--store", store] if store else [])]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line.startswith("SPARQL endpoint at http://"):
        process.kill()
        raise SystemExit(f"kg serve did not start: {line!r}")
    return process, int(line.rsplit(":", 1)[1].split("/", 1)[0])


def ask(port: int, query: str, source: str = "", timeout: float = 60) -> tuple[str, float]:
    """One GET; its status (or the error's name) and its latency in seconds."""
    started = time.monotonic()
    connection = http.client.HTTPConnection(
        "127.0.0.1", port, timeout=timeout, source_address=(source, 0) if source else None
    )
    try:
        connection.request("GET", "/sparql?" + urllib.parse.urlencode({"query": query}))
        response = connection.getresponse()
        response.read()
        status = str(response.status)
        if status == "503" and not (response.getheader("Retry-After") or "").isdigit():
            status = "503 without Retry-After"
    except (OSError, http.client.HTTPException) as exc:
        status = type(exc).__name__
    finally:
        connection.close()
    return status, time.monotonic() - started


def ms(seconds: list[float], q: float = 0.5) -> str:
    if not seconds:
        return "-"
    ordered = sorted(seconds)
    return f"{ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000:.0f} ms"


def clients_held(port: int, clients: int) -> list[str]:
    results: list[tuple[str, float]] = []
    lock = threading.Lock()
    barrier = threading.Barrier(clients, timeout=60)

    def client() -> None:
        barrier.wait()
        outcome = ask(port, SMALL)
        with lock:
            results.append(outcome)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    counts = Counter(status for status, _ in results)
    lost = clients - counts["200"] - counts["503"]
    answered = [t for s, t in results if s == "200"]
    return [
        f"{clients} clients at once, one small query each",
        f"{counts['200']} answered 200 (median {ms(answered)}, p95 {ms(answered, 0.95)})",
        f"503 with Retry-After: {counts['503']}; reset or no answer: {lost}"
        + (f" ({dict(counts)})" if lost else ""),
    ]


def refusal(port: int, slots: int = 256) -> list[str]:
    held = [socket.create_connection(("127.0.0.1", port), 10) for _ in range(slots)]
    try:
        time.sleep(0.3)
        outcomes = [ask(port, SMALL, timeout=10) for _ in range(20)]
    finally:
        for sock in held:
            sock.close()
    times = [t for s, t in outcomes if s == "503"]
    return [
        f"overload ({slots} connections held): 20 more requests",
        f"503 in median {ms(times)}, max {ms(times, 1.0)}",
        f"503 with Retry-After: {len(times)} of 20",
    ]


def beside_runaways(port: int) -> list[str]:
    idle = [ask(port, SMALL)[1] for _ in range(10)]
    runaways = [threading.Thread(target=ask, args=(port, RUNAWAY, "127.0.0.2")) for _ in range(2)]
    for thread in runaways:
        thread.start()
    time.sleep(0.5)
    busy = [ask(port, SMALL, "127.0.0.1") for _ in range(10)]
    overlapped = all(thread.is_alive() for thread in runaways[:1])
    for thread in runaways:
        thread.join()
    good = [t for s, t in busy if s == "200"]
    return [
        "10 small queries while 2 runaway queries (another client) run",
        f"{len(good)} of 10 answered, median {ms(good)}, max {ms(good, 1.0)}"
        + ("" if overlapped else " (the runaways ended first)"),
        f"idle server: median {ms(idle)}",
    ]


def _good_queries(port: int, seconds: float) -> list[tuple[float, str, float]]:
    """Small queries from 127.0.0.1, one after another: (when sent, status, latency)."""
    found = []
    began = time.monotonic()
    while (sent := time.monotonic() - began) < seconds:
        status, latency = ask(port, SMALL, "127.0.0.1", timeout=30)
        found.append((sent, status, latency))
        time.sleep(0.2)
    return found


def beside_slow_clients(port: int, seconds: float, clients: int = 50) -> list[str]:
    stop = threading.Event()
    slow: list[str] = []

    def slow_client(address: str) -> None:
        while not stop.is_set():
            slow.append(ask(port, RUNAWAY, address, timeout=30)[0])

    threads = [
        threading.Thread(target=slow_client, args=(f"127.0.1.{i + 1}",), daemon=True)
        for i in range(clients)
    ]
    for thread in threads:
        thread.start()
    try:
        good = _good_queries(port, seconds)
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=60)
    first = [s for sent, s, _ in good if sent <= 5]
    later = [(s, t) for sent, s, t in good if sent > 5]
    answered = [t for s, t in later if s == "200"]
    counts = Counter(slow)
    return [
        f"small queries while {clients} clients send slow queries for {seconds:g} s",
        f"first 5 s: {first.count('200')} of {len(first)} answered; after: "
        f"{len(answered)} of {len(later)}, median {ms(answered)}, max {ms(answered, 1.0)}",
        f"slow queries: {dict(counts)}",
    ]


def beside_trickler(port: int) -> list[str]:
    request = b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    dropped: list[float] = []

    def trickle() -> None:
        began = time.monotonic()
        with socket.create_connection(("127.0.0.1", port), 10) as sock:
            try:
                for byte in request:
                    sock.sendall(bytes([byte]))
                    time.sleep(0.25)
                sock.settimeout(10)
                sock.recv(1)
            except OSError:
                pass
        dropped.append(time.monotonic() - began)

    thread = threading.Thread(target=trickle, daemon=True)
    thread.start()
    good = _good_queries(port, 6)
    thread.join(timeout=30)
    answered = [t for _, s, t in good if s == "200"]
    return [
        "small queries while a client trickles its request a byte every 0.25 s",
        f"{len(answered)} of {len(good)} answered, median {ms(answered)}, max {ms(answered, 1.0)}",
        f"trickler dropped after {dropped[0]:.1f} s (its request needs {len(request) / 4:.0f} s)"
        if dropped
        else "trickler not dropped",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--store", default=None, help="as kg serve --store [memory]")
    parser.add_argument("--storm", type=float, default=20, help="seconds of 50 slow clients")
    args = parser.parse_args()
    process, port = start(args.store)
    try:
        rows = [clients_held(port, args.clients), beside_runaways(port)]
        rows += [beside_slow_clients(port, args.storm), beside_trickler(port), refusal(port)]
    finally:
        process.terminate()
        process.wait(timeout=10)
    print("| measure | result | detail |")
    print("|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
