"""Incremental store builds against a full build, on a synthetic corpus (issue 21).

Writes a `kg synth` corpus of at least ``--reports`` reports, holds one report out
(a second account of an event that another report gives too, so that adding it
makes disputes), and times, each in a process of its own:

* a full build of the corpus without that report (``kg build --store
  oxigraph:PATH -o DIR`` with no cache: the baseline), the same as the first
  build of a store;
* an incremental build after adding the report back (its rows in sources.tsv
  and the claims file, its text);
* an incremental build after editing one claim row of another report.

Each incremental result is compared with a full build of the same input (the
same graph.nq and link index, byte for byte, and the same quads in the store). The table says
whether "an added report costs under 10% of a full build" holds (on wall time; the
CPU time, user and system, of each build process is shown beside it).

    .venv/bin/python benchmarks/incremental.py              # 1,000 reports
    .venv/bin/python benchmarks/incremental.py --reports 200 --repeat 3
    .venv/bin/python benchmarks/incremental.py --work /tmp/incr  # keep the corpus and the
                                                    # last run's inputs, store and output
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVENTS_PER_REPORT = 4.8
"""`kg synth` writes about one report for 4.8 events."""


def kg(*args: str) -> float:
    """Run ``kg ARGS`` in a process of its own; its wall time in seconds."""
    return timed(*args)[0]


def timed(*args: str) -> tuple[float, float]:
    """Run ``kg ARGS`` in a process of its own; its wall and CPU (user + system) seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([str(ROOT / ".venv/bin/kg"), *args], check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def synthesize(reports: int, seed: int, out: Path) -> int:
    """A `kg synth` corpus of at least ``reports`` reports in ``out``; its number of events."""
    events = max(1, round(reports * EVENTS_PER_REPORT))
    while True:
        shutil.rmtree(out, ignore_errors=True)
        subprocess.run(
            [str(ROOT / ".venv/bin/kg"), "synth", "--events", str(events), "--seed",
             str(seed), "-o", str(out)],
            check=True,
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        found = len((out / "data" / "sources.tsv").read_text("utf-8").splitlines()) - 2
        if found >= reports:
            return events
        events += max(1, round((reports - found) * EVENTS_PER_REPORT))


def held_out_report(data: Path) -> str:
    """The last report whose every claim subject another report names too."""
    rows = [
        line.split("\t")
        for path in sorted((data / "claims").glob("*.tsv"))
        for line in path.read_text("utf-8").splitlines()[1:]
    ]
    by_source: dict[str, set[str]] = {}
    for row in rows:
        by_source.setdefault(row[3], set()).add(row[0])
    for source in reversed(list(by_source)):
        others = {s for other, subjects in by_source.items() if other != source for s in subjects}
        if by_source[source] <= others:
            return source
    raise SystemExit("no report to hold out")


def without(data: Path, corpus: Path, source: str, out: Path) -> None:
    """A copy of ``data`` and ``corpus`` without ``source``'s rows and text."""
    shutil.copytree(data, out / "data")
    (out / "corpus").mkdir()
    for text in corpus.iterdir():
        if text.name != f"{source}.txt":
            os.link(text, out / "corpus" / text.name)
    for path in [out / "data" / "sources.tsv", *sorted((out / "data" / "claims").glob("*.tsv"))]:
        lines = path.read_text("utf-8").splitlines(keepends=True)
        column = 0 if path.name == "sources.tsv" else 3
        kept = [line for line in lines if line.split("\t")[column : column + 1] != [source]]
        path.write_text("".join(kept), encoding="utf-8")


def restore(full: Path, work: Path, source: str) -> None:
    """Put ``source`` back: its rows and its text, as the full corpus has them."""
    shutil.rmtree(work / "data")
    shutil.copytree(full / "data", work / "data")
    os.link(full / "corpus" / f"{source}.txt", work / "corpus" / f"{source}.txt")


def edit_one_row(data: Path) -> None:
    """Change the evidence of the first claim row of the last claims file (a shorter span)."""
    path = sorted((data / "claims").glob("*.tsv"))[-1]
    lines = path.read_text("utf-8").splitlines(keepends=True)
    fields = lines[1].rstrip("\n").split("\t")
    fields[4] = fields[4][: max(10, len(fields[4]) // 2)]
    lines[1] = "\t".join(fields) + "\n"
    path.write_text("".join(lines), encoding="utf-8")


def same_result(work: Path, store: Path, out: Path, scratch: Path) -> bool:
    """Whether a full build of ``work`` writes the same graph.nq, store and link index as
    ``store``/``out``."""
    shutil.rmtree(scratch, ignore_errors=True)
    kg("build", *inputs(work), "--store", f"oxigraph:{scratch / 'store'}", "-o", str(scratch / "o"))
    if (scratch / "o" / "graph.nq").read_bytes() != (out / "graph.nq").read_bytes():
        return False
    import pyoxigraph as ox

    from kg.stores.generations import store_location

    def quads(path: Path) -> list[str]:
        return sorted(str(q) for q in ox.Store.read_only(str(store_location(path))))

    def index(path: Path) -> bytes:  # the lookups' link index (kg/graph/links.py)
        return (store_location(path) / "kg-links.tsv").read_bytes()

    return quads(scratch / "store") == quads(store) and index(scratch / "store") == index(store)


def inputs(work: Path) -> list[str]:
    return ["--data", str(work / "data"), "--corpus", str(work / "corpus")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000, help="about how many reports")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each build (median)")
    parser.add_argument("--no-compare", action="store_true", help="skip the full-build comparison")
    parser.add_argument(
        "--work",
        type=Path,
        default=None,
        help="keep the corpus and the last run's inputs, store and output here (a corpus "
        "found there is reused: delete it to change --reports or --seed)",
    )
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory(prefix="kg-incremental-") as scratch:
        base = Path(scratch) if args.work is None else args.work.resolve()
        base.mkdir(parents=True, exist_ok=True)
        full = base / "full"
        if (full / "events.txt").is_file():
            events = int((full / "events.txt").read_text("utf-8"))
        else:
            events = synthesize(args.reports, args.seed, full)
            (full / "events.txt").write_text(str(events), "utf-8")
        reports = len((full / "data" / "sources.tsv").read_text("utf-8").splitlines()) - 2
        source = held_out_report(full / "data")
        rows: dict[str, list[tuple[float, float]]] = {"full": [], "add": [], "edit": []}
        same = {"add": True, "edit": True}
        for run in range(args.repeat):
            work = base / f"run{run}"
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir()
            without(full / "data", full / "corpus", source, work)
            store, out = work / "store", work / "out"
            target = ["--store", f"oxigraph:{store}", "-o", str(out)]
            rows["full"].append(timed("build", *inputs(work), *target))
            restore(full, work, source)
            rows["add"].append(timed("build", *inputs(work), *target))
            if run == 0 and not args.no_compare:
                same["add"] = same_result(work, store, out, base / "check")
            edit_one_row(work / "data")
            rows["edit"].append(timed("build", *inputs(work), *target))
            if run == 0 and not args.no_compare:
                same["edit"] = same_result(work, store, out, base / "check")
            if args.work is None or run < args.repeat - 1:
                shutil.rmtree(work)
        wall = {name: statistics.median(w for w, _ in runs) for name, runs in rows.items()}
        cpu = {name: statistics.median(c for _, c in runs) for name, runs in rows.items()}
        print(f"\n{reports} reports ({events} events, seed {args.seed}); held out: {source}; "
              f"median of {args.repeat}, each build in a process of its own\n")  # fmt: skip
        print("| build | wall | of a full build | CPU | of a full build's | under 10% "
              "| same as a full build |")  # fmt: skip
        print("|---|---|---|---|---|---|---|")
        print(f"| full (`kg build --store oxigraph:PATH -o DIR`, no cache) | {wall['full']:.2f} s "
              f"| 100% | {cpu['full']:.2f} s | 100% | | |")  # fmt: skip
        for name, label in (("add", "add one report"), ("edit", "edit one claim row")):
            ratio = wall[name] / wall["full"]
            check = "not compared" if args.no_compare else ("yes" if same[name] else "NO")
            print(f"| {label} (incremental) | {wall[name]:.2f} s | {ratio:.1%} | "
                  f"{cpu[name]:.2f} s | {cpu[name] / cpu['full']:.1%} | "
                  f"{'yes' if ratio < 0.10 else 'NO'} | {check} |")  # fmt: skip


if __name__ == "__main__":
    main()
