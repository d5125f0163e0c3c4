"""Shared fixtures: the seed build, and tiny annotation folders for error tests.

The suite runs on a frozen copy of the seed annotations (``tests/fixtures/seed``),
never on the ``data/`` a user edits: ``KG_DATA`` points there for every test
and every command a test starts, and the user's ``KG_STORE`` is ignored.
Commands run on the memory store (``KG_STORE=memory``) unless a test names
another; the workspace (``KG_WORKSPACE``) is a folder of the session, never
the repository's ``build/``: a test of the embedded default store points it
at its own ``tmp_path``. ``seed_store`` is the seed built once into an
Oxigraph store, for the tests that only read it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "fixtures" / "seed"
ONTOLOGY = ROOT / "ontology"
# the seed reports' source ids, as the tests name them
S000, S001, S002, S003, S004 = (
    "000_1bff8b9514c268fa",
    "001_75a9f5a7441c5fc0",
    "002_cc55442e284936d0",
    "003_98dfac8b5af5e2b1",
    "004_e0f1a2ae8a61b2c2",
)
SEEDS = ROOT.parent / "shared" / "seeds"

# before anything reads them: every default and every subprocess sees the fixture
os.environ["KG_DATA"] = str(DATA)
for _name in ("KG_STORE", "KG_SPARQL_UPDATE", "KG_CORPUS", "KG_WORKSPACE"):
    os.environ.pop(_name, None)
os.environ["KG_STORE"] = "memory"

from kg.build import BuildResult, build_graph  # noqa: E402
from kg.suggest.rows import Suggestion, new_suggestion  # noqa: E402

if TYPE_CHECKING:
    from kg.viz.context import ViewContext


def suggestion(kind: str, s: str, p: str, o: str, evidence: str, conf: float = 0.9) -> Suggestion:
    """A suggestion row of the tiny corpus's source ``s1``, for the review tests."""
    return new_suggestion(kind, s, p, o, source="s1", evidence=evidence, confidence=conf)


TINY_TEXT = (
    "Envoys meet in Dubai\n"
    "India’s Foreign Secretary Vikram Misri met Amir Khan Muttaqi in Dubai on Wednesday. "
    "India sent 300 tonnes of medicines.\n"
)
TINY_SOURCES = "id\theadline\tpublished\ns1\tEnvoys meet in Dubai\t2025-01-09\n"
TINY_ENTITIES = (
    "id\ttype\tlabel\taliases\n"
    "misri\tPerson\tVikram Misri\tMisri\n"
    "muttaqi\tPerson\tAmir Khan Muttaqi\tMuttaqi\n"
    "india\tState\tIndia\t\n"
    "dubai\tCity\tDubai\t\n"
    "meeting\tMeeting\tDubai meeting\t\n"
    "aid\tAidShipment\tMedicines\t\n"
)
TINY_CLAIMS = (
    "subject\tpredicate\tobject\tsource\tevidence\n"
    "meeting\thasParticipant\tmisri\ts1\tVikram Misri met Amir Khan Muttaqi\n"
    "meeting\thasParticipant\tmuttaqi\ts1\tVikram Misri met Amir Khan Muttaqi\n"
    "meeting\thasPlace\tdubai\ts1\tmet Amir Khan Muttaqi in Dubai\n"
    'meeting\thasTime\t2025-01-08 "on Wednesday" relative\ts1\tin Dubai on Wednesday\n'
    "aid\thasInitiator\tindia\ts1\tIndia sent 300 tonnes of medicines\n"
    "aid\thasQuantity\t300 tonne\ts1\t300 tonnes of medicines\n"
    "aid\thasTime\t..2025-01-09\ts1\tIndia sent\n"
)


class TinyCorpus:
    """A minimal annotation folder and corpus, editable per test."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.data = root / "data"
        self.corpus = root / "corpus"
        self.out = root / "out"
        (self.data / "entities").mkdir(parents=True)
        (self.data / "claims").mkdir()
        self.corpus.mkdir()
        (self.corpus / "s1.txt").write_text(TINY_TEXT, encoding="utf-8")
        self.write("sources.tsv", TINY_SOURCES)
        self.write("entities/main.tsv", TINY_ENTITIES)
        self.write("claims/s1.tsv", TINY_CLAIMS)

    def write(self, relative: str, text: str) -> Path:
        path = self.data / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def append(self, relative: str, line: str) -> int:
        """Append one line; return its line number."""
        path = self.data / relative
        text = path.read_text(encoding="utf-8")
        path.write_text(text + line + "\n", encoding="utf-8")
        return text.count("\n") + 1

    def build(self, *, shacl: bool = True) -> BuildResult:
        return build_graph(self.data, ONTOLOGY, self.corpus, shacl=shacl)

    @property
    def folders(self) -> tuple[str, ...]:
        """The options that point a command at this corpus."""
        return ("--data", str(self.data), "--corpus", str(self.corpus))

    def renumber(self, source: str) -> None:
        """Make the one source ``s1`` the numbered source ``source``, as `kg add` names one."""
        self.write(
            "sources.tsv", f"id\theadline\tpublished\n{source}\tEnvoys meet in Dubai\t2025-01-09\n"
        )
        (self.corpus / "s1.txt").rename(self.corpus / f"{source}.txt")


@pytest.fixture(scope="session", autouse=True)
def session_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The workspace of every command the suite runs: never the repository's build/."""
    folder = tmp_path_factory.mktemp("workspace")
    os.environ["KG_WORKSPACE"] = str(folder)
    return folder


@pytest.fixture
def tiny(tmp_path: Path) -> TinyCorpus:
    return TinyCorpus(tmp_path)


@pytest.fixture(scope="session")
def seed() -> BuildResult:
    """The real seed corpus, built once for the session, spans verified."""
    assert SEEDS.is_dir(), f"the seed texts are expected at {SEEDS}"
    return build_graph(DATA, ONTOLOGY, SEEDS)


@pytest.fixture(scope="session")
def seed_context(seed: BuildResult) -> ViewContext:
    """The seed's view context, made once for the view tests (it projects the whole graph)."""
    from kg.viz.context import load_context

    return load_context(seed.dataset)


def query_rows(seed: BuildResult, query: str, **bindings: object) -> list[dict[str, object]]:
    """SPARQL over the union of the seed graphs; rows as dicts of Python values."""
    from kg.namespaces import PREFIXES

    seed.dataset.default_union = True
    result = seed.dataset.query(
        query,
        initNs={p: str(ns) for p, ns in PREFIXES.items()},
        initBindings=bindings,  # type: ignore[arg-type]
    )
    names = [str(v) for v in result.vars or []]
    rows = []
    for row in result:
        values: dict[str, Any] = row.asdict()  # type: ignore[union-attr]
        rows.append({n: (values[n].toPython() if n in values else None) for n in names})
    return rows


@pytest.fixture
def run_query(seed: BuildResult) -> Callable[..., list[dict[str, object]]]:
    """Run SPARQL over the union of the seed graphs (:func:`query_rows`)."""

    def run(query: str, **bindings: object) -> list[dict[str, object]]:
        return query_rows(seed, query, **bindings)

    return run


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    """`kg demo -o DIR` run once for the session (the main job costs seconds), on the
    embedded default store with DIR as the workspace: its output and the folder it wrote
    (the graph files, the views and ``store/``)."""
    from click.testing import CliRunner

    from kg.cli import cli

    folder = tmp_path_factory.mktemp("demo")
    result = CliRunner().invoke(
        cli, ["demo", "-o", str(folder)], env={"KG_STORE": None, "KG_WORKSPACE": str(folder)}
    )
    assert result.exit_code == 0, result.output
    return result.output, folder


@pytest.fixture(scope="session")
def invented_scores() -> tuple[dict[str, Any], str]:
    """``benchmarks/suggest.py``'s scores of the invented reports (each held out in turn,
    the costliest part of a run), made once for the session: the columns
    ``score_invented`` returns and the lines it printed to stderr."""
    import contextlib
    import io
    import sys

    benchmarks = str(ROOT / "benchmarks")
    if benchmarks not in sys.path:
        sys.path.insert(0, benchmarks)
    import suggest as bench  # benchmarks/ is not a package

    printed = io.StringIO()
    with contextlib.redirect_stderr(printed):
        columns = bench.score_invented(ONTOLOGY)
    return columns, printed.getvalue()


# the browser tests (tests/test_viz_browser.py, tests/test_viz_analyst.py) share one
# Chromium for the session: Debian's, installed by `make test`; nothing is downloaded
CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    assert CHROMIUM.exists(), "`make test` installs Debian's chromium: apt-get install chromium"
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=ARGS
        )
        yield instance
        instance.close()


@pytest.fixture(scope="session")
def seed_store(demo_run: tuple[str, Path]) -> str:
    """The ``--store`` of the seed built once (spans verified) into an Oxigraph store: the
    demo's embedded store, for the tests that only read the graph (one build, reused)."""
    return f"oxigraph:{demo_run[1] / 'store'}"


def kg_started_with_sigint_ignored(*args: str) -> subprocess.Popen[str]:
    """``kg ARGS`` started as a background job of a shell without job control starts it
    (``cmd &``): with SIGINT ignored, which Python keeps unless the command says otherwise."""
    return subprocess.Popen(
        [str(Path(sys.executable).parent / "kg"), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )
