"""Bad-input benchmark: the error report for thousands of bad rows, and `kg build --check`.

Usage (from the repository root, after `make demo` or `make test` made .venv):

    .venv/bin/python benchmarks/bad_input.py                   # 2,000 events, 10,000 bad rows
    .venv/bin/python benchmarks/bad_input.py --events 500 --bad 1000 --shacl-timeout 60

It writes a synthetic corpus (`kg synth --events N`: 2,000 events are about
16,500 claims about 3,380 entities), copies it with ``--bad`` claim rows
misspelt (a letter of the subject's kind changed, so that no misspelt id is
an entity's), and measures, each `kg` command in a process of its own:

* the error report: `kg build --check` on the misspelt copy, from start to
  exit 1 with every `file:line` printed (one line a bad row, each with its
  "did you mean");
* the suggestions alone for the same ids: rapidfuzz in one batch
  (:class:`kg.build.validate.Suggester`), against the previous approach,
  ``difflib.get_close_matches`` of each id against every entity id, timed on
  ``--difflib-sample`` ids and extrapolated (the whole of it takes about half
  an hour);
* `kg build --check` of the valid corpus (a scratch in-memory Oxigraph store
  and the violation queries), against the previous `--check` (the in-memory
  build with pySHACL, stopped after ``--shacl-timeout`` seconds), and
  `kg build --store oxigraph:PATH` for comparison.

It prints a Markdown table (``--write FILE`` appends it too).
"""

from __future__ import annotations

import argparse
import difflib
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KG = [sys.executable, "-c", "from kg.cli import cli; cli()"]
OLD_CHECK = (
    "import sys; from kg.build import build_graph; "
    "build_graph(__import__('pathlib').Path(sys.argv[1]), None, "
    "__import__('pathlib').Path(sys.argv[2]), shacl=True)"
)


def misspell(data: Path, out: Path, count: int, seed: int) -> list[str]:
    """Copy the data folder ``data`` to ``out`` with ``count`` claim rows' subjects
    misspelt, spread over the claim files; return the misspelt ids."""
    shutil.copytree(data, out)
    rng = random.Random(seed)
    files = sorted((out / "claims").glob("*.tsv"))
    rows = [(path, number) for path in files for number in range(1, _lines(path))]
    chosen = sorted(rng.sample(rows, count))
    by_file: dict[Path, set[int]] = {}
    for path, number in chosen:
        by_file.setdefault(path, set()).add(number)
    misspelt = []
    for path, numbers in by_file.items():
        lines = path.read_text(encoding="utf-8").split("\n")
        for number in numbers:
            subject, rest = lines[number].split("\t", 1)
            kind, _, serial = subject.partition("-")
            letters = list(kind)
            position = rng.randrange(len(letters))
            letters[position] = rng.choice(
                [c for c in "abcdefghijklmnopqrstuvwxyz" if c != letters[position]]
            )
            wrong = f"{''.join(letters)}-{serial}"
            misspelt.append(wrong)
            lines[number] = f"{wrong}\t{rest}"
        path.write_text("\n".join(lines), encoding="utf-8")
    return misspelt


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").rstrip("\n").split("\n"))


@dataclass
class Run:
    wall: float
    cpu: float
    code: int | None
    """None when stopped at the time limit."""
    stderr: str
    limit: float | None = None

    def __str__(self) -> str:
        if self.code is None:
            return f"> {self.limit:.0f} s (stopped)"
        return _seconds(self.wall, self.cpu)


def timed(command: list[str], timeout: float | None = None) -> Run:
    """Wall and CPU seconds, exit code and stderr of a command, in a process of its own."""
    start, cpu = time.perf_counter(), _children_cpu()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return Run(time.perf_counter() - start, _children_cpu() - cpu, None, "", timeout)
    return Run(time.perf_counter() - start, _children_cpu() - cpu, done.returncode, done.stderr)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _seconds(wall: float, cpu: float) -> str:
    return f"{wall:.2f} s ({cpu:.2f} s CPU)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=2_000, help="kg synth --events")
    parser.add_argument("--bad", type=int, default=10_000, help="claim rows misspelt")
    parser.add_argument("--difflib-sample", type=int, default=100, help="ids timed with difflib")
    parser.add_argument("--shacl-timeout", type=float, default=300, help="seconds for pySHACL")
    parser.add_argument("--write", type=Path, help="append the table to this file")
    args = parser.parse_args()

    from kg.build.annotations import load_annotations
    from kg.build.validate import Suggester

    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="kg-bad-input-") as scratch:
        root = Path(scratch)
        subprocess.run(
            [*KG, "synth", "--events", str(args.events), "--seed", "1", "-o", str(root / "syn")],
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        data, corpus = root / "syn" / "data", root / "syn" / "corpus"
        annotations = load_annotations(data, [])
        entities = [entity.id for entity in annotations.entities]
        size = f"{len(annotations.claims):,} claims, {len(entities):,} entities"
        misspelt = misspell(data, root / "bad", args.bad, seed=2)

        Suggester(entities[:10]).prepare(misspelt[:10])  # imports numpy and rapidfuzz
        start, cpu = time.perf_counter(), time.process_time()
        Suggester(entities).prepare(misspelt)
        fast, fast_cpu = time.perf_counter() - start, time.process_time() - cpu
        sample = misspelt[: args.difflib_sample]
        start, cpu = time.perf_counter(), time.process_time()
        for word in sample:
            difflib.get_close_matches(word, entities, n=3, cutoff=0.6)
        scale = len(misspelt) / len(sample)
        slow, slow_cpu = (time.perf_counter() - start) * scale, (time.process_time() - cpu) * scale

        report = timed(
            [*KG, "build", "--check", "--data", str(root / "bad"), "--corpus", str(corpus)]
        )
        lines = report.stderr.splitlines()
        reported = sum(1 for line in lines if "unknown subject entity" in line)
        assert report.code == 1 and reported == args.bad, (report.code, reported, lines[-3:])
        suggested = sum(1 for line in lines if "(did you mean " in line)
        before = report.cpu - fast_cpu + slow_cpu
        rows.append(
            (
                f"error report for {args.bad:,} bad rows (`kg build --check`, exit 1, "
                f"{reported:,} lines, {suggested:,} with a suggestion)",
                size,
                str(report),
                f"about {before:.0f} s CPU (estimated: this report's CPU with difflib's "
                "time for the suggestions in place of rapidfuzz's)",
            )
        )
        rows.append(
            (
                f'"did you mean" for the {len(misspelt):,} ids alone',
                size,
                f"{_seconds(fast, fast_cpu)} (rapidfuzz, one batch)",
                f"{_seconds(slow, slow_cpu)} (difflib, each id against every entity; "
                f"{len(sample)} ids timed, extrapolated): {slow_cpu / fast_cpu:.0f}x the CPU",
            )
        )

        check = timed([*KG, "build", "--check", "--data", str(data), "--corpus", str(corpus)])
        assert check.code == 0, check.stderr
        old = timed([*KG[:2], OLD_CHECK, str(data), str(corpus)], timeout=args.shacl_timeout)
        rows.append(
            (
                "`kg build --check` of the valid corpus (scratch Oxigraph store, "
                "violation queries)",
                size,
                str(check),
                f"{old} (in memory with pySHACL, the previous `--check`)",
            )
        )
        build = timed(
            [*KG, "build", "--store", f"oxigraph:{root / 'store'}", "--data", str(data)]
            + ["--corpus", str(corpus)]
        )
        assert build.code == 0, build.stderr
        rows.append(("`kg build --store oxigraph:PATH` of the same corpus", size, str(build), ""))

    table = "\n".join(
        [
            "| measure | corpus | kg | before |",
            "|---|---|---|---|",
            *(f"| {' | '.join(row)} |" for row in rows),
        ]
    )
    print(table)
    if args.write is not None:
        with args.write.open("a", encoding="utf-8") as out:
            out.write(table + "\n")


if __name__ == "__main__":
    main()
