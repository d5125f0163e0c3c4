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
baseline, the median wall time here, and whether the target holds. Timings
include starting Python.

The baseline is measured in the same run: the same command on `--store
memory` (the graph built from the annotations on every run, kg's default
before the embedded store), ``--baseline-runs`` times (the median), a run cut
at ``--timeout`` seconds and then shown as "> N s".
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


def run(args: list[str], expect: int = 0, timeout: float | None = None) -> float:
    """Seconds one `kg` command took (inf past ``timeout``); its exit code must be ``expect``."""
    started = time.perf_counter()
    try:
        done = subprocess.run([KG, *args], capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return float("inf")
    took = time.perf_counter() - started
    if done.returncode != expect:
        raise SystemExit(f"kg {' '.join(args)}: exit {done.returncode}\n{done.stderr}")
    return took


def store(work: Path, name: str, events: int | None) -> tuple[list[str], list[str], str]:
    """The --data option, the --corpus option and the store spec of a corpus, built once."""
    path = work / f"{name}-store"
    data: list[str] = []
    texts = ["--corpus", str(ROOT.parent / "shared" / "seeds")]
    if events is not None:
        corpus = work / name
        data = ["--data", str(corpus / "data")]
        texts = ["--corpus", str(corpus / "corpus")]
        if not corpus.exists():
            run(["synth", "--events", str(events), "--seed", "1", "-o", str(corpus)])
    if not (path / "kg-store.txt").exists():
        print(f"building {path} ...", file=sys.stderr)
        run(["build", "--store", f"oxigraph:{path}", *data, *texts])
    return data, texts, f"oxigraph:{path}"


def seconds(value: float, timeout: float) -> str:
    return f"> {timeout:g} s" if value == float("inf") else f"{value:.2f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--work", type=Path, help="keep the corpora and stores here")
    parser.add_argument("--runs", type=int, default=5, help="runs of each row (median)")
    parser.add_argument(
        "--baseline-runs", type=int, default=1, help="runs of each baseline (median)"
    )
    parser.add_argument("--timeout", type=float, default=300, help="cut of a baseline run")
    options = parser.parse_args()
    work = options.work or Path(tempfile.mkdtemp(prefix="viz-speed-"))
    work.mkdir(parents=True, exist_ok=True)
    out = work / "view.html"
    seed_data, seed_texts, seed = store(work, "seed", None)
    big_data, big_texts, big = store(work, "synth-1200", 1200)
    huge_data, huge_texts, huge = store(work, "synth-6000", 6000)
    rows = [
        (
            "`kg viz -o graph.html`, seed (187 nodes), Oxigraph store",
            1.0,
            seed_texts,
            [*seed_data, "--store", seed, "-o", str(out)],
            0,
        ),
        (
            "`kg viz -o graph.html`, 2,044 nodes (synth 1,200 events)",
            10.0,
            big_texts,
            [*big_data, "--store", big, "--max-nodes", "5000", "-o", str(out)],
            0,
        ),
        (
            "`kg viz` refused: 10,068 nodes over the limit of 2,000 (synth 6,000 events)",
            2.0,
            huge_texts,
            [*huge_data, "--store", huge, "-o", str(out)],
            1,
        ),
        (
            "`kg viz --actors` refused: 1,850 actors over `--max-nodes 1000`",
            2.0,
            huge_texts,
            [*huge_data, "--store", huge, "--actors", "--max-nodes", "1000", "-o", str(out)],
            1,
        ),
    ]
    print("| row | target | baseline: `--store memory` | median here | holds |")
    print("|---|---|---|---|---|")
    for name, target, texts, args, expect in rows:
        times = [run(["viz", *args], expect) for _ in range(options.runs)]
        median = statistics.median(times)
        holds = "yes" if median < target else "NO"
        memory = [*args[: args.index("--store")], *texts, "--store", "memory"]
        memory += args[args.index("--store") + 2 :]
        baselines = []
        for _ in range(options.baseline_runs):
            baselines.append(run(["viz", *memory], expect, options.timeout))
            if baselines[-1] == float("inf"):
                break
        baseline = seconds(statistics.median(baselines), options.timeout)
        print(f"| {name} | < {target:g} s | {baseline} | {median:.2f} s | {holds} |", flush=True)
    if options.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
