"""How fast the CLI answers: the embedded default store against the memory store, in one run.

Usage (from the repository root, after `make demo` or `make test` made .venv):

    .venv/bin/python benchmarks/cli_speed.py                # the seed corpus, ~1 minute
    .venv/bin/python benchmarks/cli_speed.py --runs 3       # quicker, noisier
    .venv/bin/python benchmarks/cli_speed.py --big          # also the 1M-triple store (minutes)
    .venv/bin/python benchmarks/cli_speed.py --big --work /tmp/cli  # kept there, reused

Each row times a command as a user runs it (a fresh ``kg`` process, wall
clock, the median of ``--runs``) on the embedded default store (a workspace in
a temporary folder, built once by ``kg build`` before the rows) and, as the
baseline, the same command on ``--store memory`` (the graph built from the
annotations on every run: kg's default before the embedded store), and says
whether the issue's target holds:

* ``kg --help`` under 100 ms;
* ``kg neighbours Muttaqi --json`` and ``kg describe "J.P. Singh"`` under 250 ms;
* ``kg serve``: every catalogue query (parameters at their defaults) under
  100 ms each over HTTP, the slowest one reported (the median of ``--runs``
  per query), against a server on ``--store memory``;
* a column gives the CPU seconds (user + system) of the embedded store's
  runs, which a machine loaded by other work inflates less than the wall
  clock that the targets are set in;
* with ``--big``: a synthetic corpus of about a million triples (``kg synth``),
  ``kg neighbours NAME --depth 2`` under 1 s, as JSON (``--json``, what a
  script reads) and as the table a terminal shows (``--table``), each
  against the same command on the same store with its link index set aside (the claims read by
  SPARQL, as before the index; a run cut at ``--timeout`` seconds), and the
  resolution of a label (in a process that has opened the store, the median
  of ``--runs``) under 100 ms, against the resolution by the register's names
  that the label index spares; the lookups are centred on a person of
  typical degree, as in benchmarks/scale.py.

The baseline column says what a baseline is where it is not ``--store
memory``. ``--work FOLDER`` keeps the workspaces and the big corpus there: a
second run reuses the corpus, and its `kg build` is incremental (minutes
saved at 1M).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_SCRIPT = Path(sys.executable).with_name("kg")
KG = (
    [str(_SCRIPT)] if _SCRIPT.is_file() else [sys.executable, "-c", "from kg.cli import cli; cli()"]
)
"""``kg`` as a user runs it: the console script beside this Python."""
BIG_EVENTS = 5319  # kg synth --events 5319 gives about 1M triples (benchmarks/scale.py)


@dataclass
class Row:
    what: str
    kg: float
    baseline: float | None
    target: float
    cpu: float | None = None
    """The CPU seconds (user + system) of the embedded store's runs, median: what a
    loaded machine does not inflate as it does the wall clock."""
    against: str = "--store memory"
    """What the baseline is."""

    @property
    def holds(self) -> str:
        return "yes" if self.kg < self.target else "NO"


CPU: list[float] = []
"""The CPU seconds of each run of :func:`timed`, in order."""


def timed(command: list[str], env: dict[str, str], timeout: float = 600) -> float:
    """Wall seconds of one run of ``command`` (inf if it runs past ``timeout``); its CPU
    seconds are appended to :data:`CPU`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    try:
        done = subprocess.run(command, env=env, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return float("inf")
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.decode()[-500:]}")
    return wall


def cpu_of_last(runs: int) -> float:
    """The median CPU seconds of the last ``runs`` runs of :func:`timed`."""
    return statistics.median(CPU[-runs:])


def median(run: Callable[[], float], runs: int) -> float:
    times = []
    for _ in range(runs):
        times.append(run())
        if times[-1] == float("inf"):
            break
    return statistics.median(times)


def kg_row(what: str, args: list[str], env: dict[str, str], runs: int, target: float) -> Row:
    memory = {**env, "KG_STORE": "memory"}
    wall = median(lambda: timed([*KG, *args], env), runs)
    cpu = cpu_of_last(runs)
    return Row(what, wall, median(lambda: timed([*KG, *args], memory), runs), target, cpu)


def serve_row(env: dict[str, str], runs: int) -> Row:
    """The slowest catalogue query's median time over HTTP, on each store."""
    return Row(
        "kg serve: slowest catalogue query",
        _slowest_query(env, runs),
        _slowest_query({**env, "KG_STORE": "memory"}, runs),
        0.100,
    )


def _catalogue_texts() -> dict[str, str]:
    from kg.resources import default_queries_dir
    from kg.sparql import load_catalogue

    catalogue = load_catalogue(default_queries_dir())
    return {  # parameters at their defaults, sent as the query page sends them (param.NAME)
        name: urllib.parse.urlencode(
            {"query": entry.text, **{f"param.{p.name}": p.default for p in entry.parameters}}
        )
        for name, entry in catalogue.queries.items()
    }


def _slowest_query(env: dict[str, str], runs: int) -> float:
    server = subprocess.Popen(
        [*KG, "serve", "--port", "0", "--timeout", "60"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()  # "SPARQL endpoint at http://HOST:PORT/sparql"
        if not line.startswith("SPARQL endpoint at "):
            raise SystemExit(f"kg serve did not start: {line!r}")
        url = line.split()[-1]
        slowest = 0.0
        for form in _catalogue_texts().values():
            body = form.encode()

            def ask(body: bytes = body) -> float:
                request = urllib.request.Request(
                    url,
                    data=body,
                    headers={"Accept": "application/sparql-results+json, text/turtle;q=0.9"},
                )
                started = time.perf_counter()
                with urllib.request.urlopen(request, timeout=120) as response:
                    response.read()
                return time.perf_counter() - started

            ask()  # a worker's first query warms it up
            slowest = max(slowest, median(ask, runs))
        return slowest
    finally:
        server.terminate()
        server.wait(timeout=30)


def big_rows(
    folder: Path, env: dict[str, str], runs: int, timeout: float, events: int
) -> list[Row]:
    """The 1M-triple rows: a synthetic corpus, built once into the embedded store."""
    corpus = folder / "synth"
    if not (corpus / "data").is_dir():  # kept from an earlier run with --work
        subprocess.run(
            [*KG, "synth", "--events", str(events), "-o", str(corpus)],
            env=env,
            check=True,
            capture_output=True,
        )
    big = {**env, "KG_DATA": str(corpus / "data"), "KG_CORPUS": str(corpus / "corpus")}
    big["KG_WORKSPACE"] = str(folder / "big-workspace")
    # the store alone, as a read command (re)builds it: `kg build` would also write the
    # TriG and Turtle files and check the shapes with pySHACL, minutes at this size
    build = (
        "from kg.build.workspace import build_store; from kg.resources import default_store_dir; "
        "from kg.stores.workspace import Inputs; "
        "build_store(default_store_dir(), Inputs.of(None, None, None))"
    )
    subprocess.run([sys.executable, "-c", build], env=big, check=True, capture_output=True)
    name = _a_person(corpus / "data")
    rows = []
    for output in ("--json", "--table"):  # --table: what `kg neighbours` shows on a terminal
        command = [*KG, "neighbours", name, "--depth", "2", output]
        wall = median(functools.partial(timed, command, big), runs)
        cpu = cpu_of_last(runs)
        with _link_index_set_aside(Path(big["KG_WORKSPACE"]) / "store"):
            baseline = median(functools.partial(timed, command, big, timeout), runs)
        rows.append(
            Row(
                f"1M: kg neighbours {name!r} --depth 2 {output}",
                wall,
                baseline,
                1.0,
                cpu,
                "the same store without its link index: the claims by SPARQL",
            )
        )
    resolution = Row(
        f"1M: name resolution of {name!r}",
        _resolution_time(big, name, runs, index=True),
        _resolution_time(big, name, runs, index=False),
        0.100,
        against="the register's names, without the label index",
    )
    return [*rows, resolution]


@contextlib.contextmanager
def _link_index_set_aside(store: Path) -> Iterator[None]:
    """The store's link index renamed while the block runs: lookups then read the claims
    with SPARQL, as before the index (kg/graph/links.py)."""
    from kg.graph.links import LINK_INDEX
    from kg.stores.generations import store_location

    index = store_location(store) / LINK_INDEX
    aside = index.with_name(index.name + ".aside")
    index.rename(aside)
    try:
        yield
    finally:
        aside.rename(index)


def _a_person(data: Path) -> str:
    """The label of a person of typical degree (the median number of claims naming them),
    as benchmarks/scale.py centres its lookups: not a hub, not a leaf."""
    import csv

    degree: dict[str, int] = {}
    for path in sorted((data / "claims").glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                obj = row.get("object") or ""
                if obj.startswith("person-"):
                    degree[obj] = degree.get(obj, 0) + 1
    people = sorted(degree, key=lambda person: (degree[person], person))
    middle = people[len(people) // 2]
    for path in sorted((data / "entities").glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                if row.get("id") == middle:
                    return row["label"]
    return middle


def _resolution_time(env: dict[str, str], name: str, runs: int, index: bool) -> float:
    """Seconds to resolve a label on the embedded store, in a process that has opened it:
    with the label index, or (the baseline) by the register's names as before it."""
    script = f"""
import json, statistics, time
from kg.lookup.backend import StoreBackend
from kg.lookup.names import resolve
from kg.stores import open_store
times = []
for _ in range({runs}):
    backend = StoreBackend(open_store(None))
    if not {index!r}:
        backend.names_with_form = lambda form: None
    started = time.perf_counter()
    resolve(backend, {name!r})
    times.append(time.perf_counter() - started)
print(json.dumps(statistics.median(times)))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    return float(json.loads(done.stdout.strip().splitlines()[-1]))


def table(rows: list[Row]) -> str:
    def seconds(value: float | None) -> str:
        if value is None:
            return "-"
        return "timed out" if value == float("inf") else f"{value * 1000:.0f} ms"

    lines = [
        "| what | embedded store | (its CPU) | baseline (--store memory) | target | holds |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        baseline = seconds(row.baseline)
        if row.baseline is not None and row.against != "--store memory":
            baseline += f" ({row.against})"
        lines.append(
            f"| {row.what} | {seconds(row.kg)} | {seconds(row.cpu)} | {baseline} "
            f"| < {seconds(row.target)} | {row.holds} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10, help="runs per row (the median)")
    parser.add_argument("--big", action="store_true", help="also the 1M-triple rows (minutes)")
    parser.add_argument("--timeout", type=float, default=300, help="cut of a 1M baseline run")
    parser.add_argument("--data", type=Path, default=None, help="annotations [default: the seed]")
    parser.add_argument("--skip-serve", action="store_true", help="leave out the serve row")
    parser.add_argument("--neighbours-of", default="Muttaqi", help="the neighbours row's entity")
    parser.add_argument("--describe", default="J.P. Singh", help="the describe row's entity")
    parser.add_argument(
        "--events", type=int, default=BIG_EVENTS, help="events of the --big corpus (~1M triples)"
    )
    parser.add_argument("--write", type=Path, default=None, help="also write the table here")
    parser.add_argument(
        "--work",
        type=Path,
        default=None,
        help="keep the workspaces and the --big corpus here and reuse them next time "
        "(the store is then rebuilt incrementally) [default: a temporary folder]",
    )
    args = parser.parse_args(argv)
    with contextlib.ExitStack() as stack:
        if args.work is not None:
            folder = args.work
            folder.mkdir(parents=True, exist_ok=True)
        else:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="kg-cli-")))
        env = {**os.environ, "KG_WORKSPACE": str(folder / "workspace"), "PYTHONPATH": str(ROOT)}
        env.pop("KG_STORE", None)
        if args.data is not None:
            env["KG_DATA"] = str(args.data)
        subprocess.run([*KG, "build"], env=env, check=True, capture_output=True)
        help_wall = median(lambda: timed([*KG, "--help"], env), args.runs)
        rows = [
            Row("kg --help", help_wall, None, 0.1, cpu_of_last(args.runs)),
            kg_row(
                f"kg neighbours {args.neighbours_of} --json",
                ["neighbours", args.neighbours_of, "--json"],
                env,
                args.runs,
                0.250,
            ),
            kg_row(
                f'kg describe "{args.describe}"',
                ["describe", args.describe],
                env,
                args.runs,
                0.250,
            ),
        ]
        if not args.skip_serve:
            rows.append(serve_row(env, max(1, min(args.runs, 3))))
        if args.big:
            rows += big_rows(folder, env, max(1, min(args.runs, 3)), args.timeout, args.events)
    output = table(rows)
    print(output)
    if args.write is not None:
        args.write.write_text(output + "\n", encoding="utf-8")
    return 0 if all(row.holds == "yes" for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
