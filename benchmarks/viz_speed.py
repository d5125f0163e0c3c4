"""How fast `kg viz` writes a view, and refuses one over its limit (issue 21's view rows).

Usage (from the repository root, after `make test` made .venv):

    .venv/bin/python benchmarks/viz_speed.py                  # stores in a temporary folder
    .venv/bin/python benchmarks/viz_speed.py --work /tmp/vizb # kept there, reused next time

It builds, once, three Oxigraph stores with `kg build --store oxigraph:PATH`:
the seed corpus, a synthetic corpus (`kg synth --events 1200 --seed 1`)
whose whole-graph view has about 2,000 nodes, and one of 6,000 events (about
10,000 nodes, 1.1M quads) whose whole view is over the default limit. Then it
runs each command ``--runs`` times as a user would (`kg viz ... -o FILE`, a
process each) and prints one Markdown table: the row, its target, the
baseline the issue measured before the change, the median wall time here,
and whether the target holds. Timings include starting Python.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KG = str(Path(sys.executable).parent / "kg")


def run(args: list[str], expect: int = 0) -> float:
    """Seconds one `kg` command took; its exit code must be ``expect``."""
    started = time.perf_counter()
    done = subprocess.run([KG, *args], capture_output=True, text=True)
    took = time.perf_counter() - started
    if done.returncode != expect:
        raise SystemExit(f"kg {' '.join(args)}: exit {done.returncode}\n{done.stderr}")
    return took


def store(work: Path, name: str, events: int | None) -> tuple[list[str], str]:
    """The --data option and the store spec of a corpus, built once."""
    path = work / f"{name}-store"
    data: list[str] = []
    build = ["build", "--store", f"oxigraph:{path}"]
    if events is not None:
        corpus = work / name
        data = ["--data", str(corpus / "data")]
        if not corpus.exists():
            run(["synth", "--events", str(events), "--seed", "1", "-o", str(corpus)])
        build += [*data, "--corpus", str(corpus / "corpus")]
    else:
        build += ["--corpus", str(ROOT.parent / "shared" / "seeds")]
    if not (path / "kg-store.txt").exists():
        print(f"building {path} ...", file=sys.stderr)
        run(build)
    return data, f"oxigraph:{path}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--work", type=Path, help="keep the corpora and stores here")
    parser.add_argument("--runs", type=int, default=5, help="runs of each row (median)")
    options = parser.parse_args()
    work = options.work or Path(tempfile.mkdtemp(prefix="viz-speed-"))
    work.mkdir(parents=True, exist_ok=True)
    out = work / "view.html"
    seed_data, seed = store(work, "seed", None)
    big_data, big = store(work, "synth-1200", 1200)
    huge_data, huge = store(work, "synth-6000", 6000)
    rows = [
        (
            "`kg viz -o graph.html`, seed (187 nodes), Oxigraph store",
            1.0,
            "5–6 s",
            [*seed_data, "--store", seed, "-o", str(out)],
            0,
        ),
        (
            "`kg viz -o graph.html`, 2,044 nodes (synth 1,200 events)",
            10.0,
            "71–94 s",
            [*big_data, "--store", big, "--max-nodes", "5000", "-o", str(out)],
            0,
        ),
        (
            "`kg viz` refused: 10,068 nodes over the limit of 2,000 (synth 6,000 events)",
            2.0,
            "90–160 s",
            [*huge_data, "--store", huge, "-o", str(out)],
            1,
        ),
        (
            "`kg viz --actors` refused: 1,850 actors over `--max-nodes 1000`",
            2.0,
            "(projects the store first)",
            [*huge_data, "--store", huge, "--actors", "--max-nodes", "1000", "-o", str(out)],
            1,
        ),
    ]
    print("| row | target | baseline (issue 21) | median here | holds |")
    print("|---|---|---|---|---|")
    for name, target, baseline, args, expect in rows:
        times = [run(["viz", *args], expect) for _ in range(options.runs)]
        median = statistics.median(times)
        holds = "yes" if median < target else "NO"
        print(f"| {name} | < {target:g} s | {baseline} | {median:.2f} s | {holds} |")
    if options.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
