"""Nothing a user owns is lost: build outputs and stores change as one generation.

Issues 26 ("build outputs as one generation") and 27.1-27.3: a build killed
(SIGKILL, in a real subprocess) at any step of its write phase leaves the
output folder wholly old or wholly new and the store opening as the old or the
new one; the next build removes what the killed one left; a store path that is
not a kg store is refused and never touched; every ``-o`` write refuses a
device, FIFO, socket, symbolic link or folder.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kg.build import build_oxigraph, write_outputs
from kg.build.serialize import OUTPUT_FILES, serialize_all
from kg.cli import cli
from kg.errors import KgError
from kg.files import (
    GENERATIONS,
    KILL_AT,
    OutputPathError,
    check_target,
    write_file,
)
from kg.locks import locked
from kg.stores.generations import STORE_MARKER, StorePathError
from kg.stores.oxigraph import OxigraphStore
from tests.conftest import ONTOLOGY, TinyCorpus

KG = shutil.which("kg", path=str(Path(sys.executable).parent))
EXTRA_CLAIM = "meeting\thasPlace\tindia\ts1\tmet Amir Khan Muttaqi in Dubai"
CLAIMS = "SELECT ?c WHERE { ?c a kg:Claim }"

OUTPUT_STEPS = ["adopted", "wrote graph.nq", "wrote graph.trig", "wrote graph.ttl"]
OUTPUT_STEPS += ["swap", "swapped", "linked", "cleaned"]
ADOPTION_STEPS = ["adopting", "linked graph.trig"]  # a link made, and one of three
STORE_STEPS = ["store created", "store swap", "store swapped", "store removed old"]
LEGACY_STORE_STEPS = ["store marked", "store removed old"]  # the others: STORE_STEPS


class Builds:
    """A tiny corpus and the texts of its two builds: before and after one more claim."""

    def __init__(self, root: Path) -> None:
        self.tiny = TinyCorpus(root)
        self.old_result = self.tiny.build()
        self.old = serialize_all(self.old_result.dataset)
        self.tiny.append("claims/s1.tsv", EXTRA_CLAIM)
        self.new = serialize_all(self.tiny.build().dataset)
        self.old_data = root / "old-data"
        shutil.copytree(self.tiny.data, self.old_data)
        lines = (self.old_data / "claims/s1.tsv").read_text(encoding="utf-8").splitlines()
        (self.old_data / "claims/s1.tsv").write_text("\n".join(lines[:-1]) + "\n", "utf-8")

    def killed(self, step: str, *args: str, data: Path | None = None) -> None:
        """Run `kg build ARGS` on the new data, killed (SIGKILL) at ``step``."""
        assert KG is not None, "the kg console script is installed in the venv"
        data = data or self.tiny.data
        command = [KG, "build", "--data", str(data), "--corpus", str(self.tiny.corpus), *args]
        done = subprocess.run(
            command, env={**os.environ, KILL_AT: step}, capture_output=True, text=True, check=False
        )
        assert done.returncode == -signal.SIGKILL, (step, done.returncode, done.stderr)


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> Builds:
    return Builds(tmp_path_factory.mktemp("generations"))


def contents(folder: Path) -> dict[str, str | None]:
    return {
        name: (folder / name).read_text("utf-8") if (folder / name).exists() else None
        for name in OUTPUT_FILES
    }


def leftovers(folder: Path) -> list[str]:
    """What a finished build must not leave: temporaries, and generations but the latest."""
    names = [p.name for p in folder.iterdir() if p.name.endswith((".tmp", ".link"))]
    home = folder / GENERATIONS
    generations = [p.name for p in home.iterdir() if p.name.startswith("g-")]
    if len(generations) != 1:
        names += generations
    names += [p.name for p in home.iterdir() if p.name.endswith(".link")]
    return names


# --- issue 26: the files of one build appear together or not at all -------------------------


@pytest.mark.parametrize("step", OUTPUT_STEPS)
def test_a_build_killed_at_any_step_leaves_the_old_or_the_new_files(
    builds: Builds, tmp_path: Path, step: str
) -> None:
    out = tmp_path / "out"
    write_outputs(builds.old_result, out)
    assert contents(out) == builds.old
    builds.killed(step, "-o", str(out))
    assert contents(out) in (builds.old, builds.new), step
    write_outputs(builds.old_result, out)  # the next build cleans up after the killed one
    assert contents(out) == builds.old
    assert leftovers(out) == []


@pytest.mark.parametrize("step", ADOPTION_STEPS)
def test_a_folder_of_an_older_kg_is_adopted_without_a_mixed_moment(
    builds: Builds, tmp_path: Path, step: str
) -> None:
    """Plain files of a kg that renamed them one by one, and its `.tmp` leftovers."""
    out = tmp_path / "out"
    out.mkdir()
    for name, text in builds.old.items():
        (out / name).write_text(text, "utf-8")
    (out / ".graph.ttl.k2j3h4g5.tmp").write_text("half a file", "utf-8")
    builds.killed(step, "-o", str(out))
    assert contents(out) == builds.old, step  # the adoption changes no content
    write_outputs(builds.old_result, out)
    assert contents(out) == builds.old
    assert leftovers(out) == []
    assert not (out / ".graph.ttl.k2j3h4g5.tmp").exists()


def test_paths_users_read_stay_and_a_store_build_drops_the_other_files(
    builds: Builds, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    written = write_outputs(builds.old_result, out)
    assert written == [out / name for name in OUTPUT_FILES]
    assert sorted(p.name for p in out.iterdir()) == [GENERATIONS, *OUTPUT_FILES]
    assert contents(out) == builds.old
    runner = CliRunner()
    result = runner.invoke(
        cli,
        [
            "build",
            "--data",
            str(builds.tiny.data),
            "--corpus",
            str(builds.tiny.corpus),
            "--store",
            f"oxigraph:{tmp_path / 'store'}",
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    assert contents(out) == {
        "graph.nq": builds.new["graph.nq"],
        "graph.trig": None,
        "graph.ttl": None,
    }
    assert sorted(p.name for p in out.iterdir()) == [GENERATIONS, "graph.nq"]


def test_a_second_build_of_the_same_folder_at_once_is_refused(
    builds: Builds, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    write_outputs(builds.old_result, out)
    with locked(out, "its files"):
        with pytest.raises(OutputPathError, match="another kg build is writing"):
            write_outputs(builds.old_result, out)
    assert contents(out) == builds.old


# --- issue 27.2: the store swap is one atomic step ---------------------------------------------


def _claims(path: Path) -> int:
    store = OxigraphStore(path)
    try:
        return len(list(store.query(CLAIMS)))
    finally:
        store.close()


def _store_leftovers(path: Path) -> list[str]:
    """What a finished store build must not leave: anything but the marker, `latest` and
    the one generation it names."""
    latest = os.readlink(path / "latest")
    return sorted(p.name for p in path.iterdir() if p.name not in (STORE_MARKER, "latest", latest))


@pytest.mark.parametrize("step", STORE_STEPS)
def test_a_store_build_killed_at_any_step_leaves_the_old_or_the_new_store(
    builds: Builds, tmp_path: Path, step: str
) -> None:
    path = tmp_path / "store"
    build_oxigraph(path, builds.old_data, ONTOLOGY, builds.tiny.corpus)
    assert _claims(path) == 7
    builds.killed(step, "--store", f"oxigraph:{path}")
    assert _claims(path) in (7, 8), step
    build_oxigraph(path, builds.tiny.data, ONTOLOGY, builds.tiny.corpus)
    assert _claims(path) == 8
    assert _store_leftovers(path) == []


def _legacy_store(path: Path) -> None:
    """A store as kg made it before generations: Oxigraph's files at PATH itself."""
    import pyoxigraph as ox

    store = ox.Store(str(path))
    store.add(ox.Quad(ox.NamedNode("http://x/old"), ox.NamedNode("http://x/p"), ox.Literal("o")))
    store.flush()
    del store


@pytest.mark.parametrize("step", LEGACY_STORE_STEPS)
def test_a_store_made_before_generations_is_replaced_atomically_too(
    builds: Builds, tmp_path: Path, step: str
) -> None:
    path = tmp_path / "store"
    _legacy_store(path)
    assert _claims(path) == 0
    builds.killed(step, "--store", f"oxigraph:{path}")
    assert _claims(path) in (0, 8), step
    build_oxigraph(path, builds.tiny.data, ONTOLOGY, builds.tiny.corpus)
    assert _claims(path) == 8
    assert _store_leftovers(path) == []  # the old store's own files are gone


def test_folders_that_killed_builds_of_an_older_kg_left_beside_the_store_are_removed(
    builds: Builds, tmp_path: Path
) -> None:
    path = tmp_path / "store"
    _legacy_store(tmp_path / ".store.a1b2c3d4")  # its rename had not happened
    _legacy_store(tmp_path / ".store.old")
    (tmp_path / ".store.keepsake").mkdir()  # not a store's files: left alone
    (tmp_path / ".store.keepsake" / "notes.txt").write_text("mine", "utf-8")
    build_oxigraph(path, builds.tiny.data, ONTOLOGY, builds.tiny.corpus)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".store.keepsake", "store"]


def test_a_second_build_of_the_same_store_at_once_is_refused(
    builds: Builds, tmp_path: Path
) -> None:
    path = tmp_path / "store"
    build_oxigraph(path, builds.old_data, ONTOLOGY, builds.tiny.corpus)
    with locked(path, "this store"):
        with pytest.raises(OutputPathError, match="another kg build is writing this store"):
            build_oxigraph(path, builds.tiny.data, ONTOLOGY, builds.tiny.corpus)
    assert _claims(path) == 7
    assert _store_leftovers(path) == []


# --- issue 27.1: a path that is not a kg store is refused and never touched -------------------


def _build_store(builds: Builds, location: str) -> Result:
    data, corpus = str(builds.tiny.data), str(builds.tiny.corpus)
    return CliRunner().invoke(
        cli, ["build", "--data", data, "--corpus", corpus, "--store", f"oxigraph:{location}"]
    )


def test_a_folder_of_other_files_is_refused_and_kept(builds: Builds, tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "thesis.txt").write_text("years of work", "utf-8")
    result = _build_store(builds, str(folder))
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: {folder}: not a kg store (no {STORE_MARKER}); kg build replaces only a store "
        "it made: name a new folder"
    ]
    assert [p.name for p in folder.iterdir()] == ["thesis.txt"]
    assert (folder / "thesis.txt").read_text("utf-8") == "years of work"


@pytest.mark.parametrize("kind", ["file", "fifo", "link to a file"])
def test_a_store_path_that_is_not_a_folder_is_refused(
    builds: Builds, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "store"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "file":
        path.write_text("mine", "utf-8")
    else:
        (tmp_path / "target").write_text("mine", "utf-8")
        path.symlink_to("target")
    before = os.lstat(path)
    result = _build_store(builds, str(path))
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.output.strip() == f"Error: {path}: not a folder; name a new folder for the store"
    after = os.lstat(path)
    assert (after.st_mode, after.st_ino, after.st_size) == (
        before.st_mode,
        before.st_ino,
        before.st_size,
    )


def test_the_current_folder_is_refused(
    builds: Builds, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "notes.txt").write_text("mine", "utf-8")
    monkeypatch.chdir(tmp_path)
    result = _build_store(builds, ".")
    assert result.exit_code == 1
    assert result.output.strip().startswith("Error: .: not a kg store")
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_a_new_or_empty_folder_becomes_a_marked_store(builds: Builds, tmp_path: Path) -> None:
    for path in (tmp_path / "new" / "store", tmp_path / "empty"):
        if path.name == "empty":
            path.mkdir()
        result = _build_store(builds, str(path))
        assert result.exit_code == 0, result.output
        assert (path / STORE_MARKER).is_file()
        assert _claims(path) == 8


def test_an_unbuilt_path_is_not_a_store_to_read(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="no Oxigraph store here"):
        OxigraphStore(tmp_path)


def test_a_refused_path_is_refused_before_the_build_work(tmp_path: Path) -> None:
    (tmp_path / "x").write_text("mine", "utf-8")
    with pytest.raises(StorePathError):
        build_oxigraph(tmp_path / "x", tmp_path / "no-data")  # the data is never read


# --- issue 27.3: every -o write refuses to replace a special file ------------------------------


@pytest.fixture
def special(tmp_path: Path) -> Iterator[dict[str, Path]]:
    """A FIFO, a socket, a symbolic link to a file, a folder and a device (a null device
    made here where the system allows it, else /dev/null, which only the library's
    writer is given and which is checked unchanged afterwards)."""
    short = Path(tempfile.mkdtemp(prefix="kg-sock-"))  # a socket's path is short
    paths = {"fifo": tmp_path / "fifo", "socket": short / "socket", "link": tmp_path / "link"}
    os.mkfifo(paths["fifo"])
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(paths["socket"]))
    (tmp_path / "target.html").write_text("mine", "utf-8")
    paths["link"].symlink_to("target.html")
    paths["folder"] = tmp_path / "folder"
    paths["folder"].mkdir()
    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, OSError):
        device = Path("/dev/null")  # only ever examined: nothing writes to it (checked)
    paths["device"] = device
    before = {name: os.lstat(path) for name, path in paths.items()}
    yield paths
    server.close()
    shutil.rmtree(short)
    for name, path in paths.items():
        if name == "socket":
            continue
        after = os.lstat(path)
        assert (after.st_mode, after.st_rdev, after.st_ino) == (
            before[name].st_mode,
            before[name].st_rdev,
            before[name].st_ino,
        ), name
    assert (tmp_path / "target.html").read_text("utf-8") == "mine"


@pytest.mark.parametrize("kind", ["fifo", "socket", "link", "folder", "device"])
def test_the_one_writer_refuses_special_files(special: dict[str, Path], kind: str) -> None:
    with pytest.raises(OutputPathError, match=r"^" + str(special[kind]) + ": is a"):
        write_file(special[kind], "<html></html>")
    with pytest.raises(OutputPathError):
        check_target(special[kind])


@pytest.mark.parametrize("command", ["viz", "export"])
@pytest.mark.parametrize("kind", ["fifo", "socket", "link", "device"])
def test_viz_and_export_refuse_special_files(
    builds: Builds, special: dict[str, Path], command: str, kind: str
) -> None:
    target = special[kind]
    if target == Path("/dev/null"):
        pytest.skip("no device node can be made here; /dev/null is given to the library only")
    # a reader on the FIFO, so that a writer that did not refuse could not hang the test
    reader = os.open(special["fifo"], os.O_RDONLY | os.O_NONBLOCK)
    try:
        result = CliRunner().invoke(
            cli,
            [command, "--data", str(builds.tiny.data), "--corpus", str(builds.tiny.corpus)]
            + ["-o", str(target)],
        )
        try:
            written = os.read(reader, 1)
        except BlockingIOError:
            written = b""
        assert written == b""  # nothing went into the FIFO
    finally:
        os.close(reader)
    assert result.exit_code == 2, result.output
    assert result.output.strip().splitlines() == [
        f"Error: -o/--output: {target}: {_reason(kind, target)}"
    ]


def _reason(kind: str, target: Path) -> str:
    if kind == "link":
        return (
            f"is a symbolic link (to {os.readlink(target)}); kg does not replace links: name a file"
        )
    what = {"fifo": "a FIFO", "socket": "a socket", "device": "a character device"}[kind]
    return f"is {what}; kg replaces only regular files: name a new or a regular file"


@pytest.mark.parametrize("kind", ["fifo", "link"])
def test_build_refuses_special_files_among_its_outputs(
    builds: Builds, tmp_path: Path, kind: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    if kind == "fifo":
        os.mkfifo(out / "graph.trig")
    else:
        (tmp_path / "elsewhere.trig").write_text("mine", "utf-8")
        (out / "graph.trig").symlink_to(tmp_path / "elsewhere.trig")
    result = CliRunner().invoke(
        cli,
        ["build", "--data", str(builds.tiny.data), "--corpus", str(builds.tiny.corpus)]
        + ["-o", str(out)],
    )
    assert result.exit_code == 2, result.output
    assert result.output.startswith(f"Error: -o/--output: {out / 'graph.trig'}: is a ")
    assert sorted(p.name for p in out.iterdir()) == ["graph.trig"]  # nothing written
    with pytest.raises(OutputPathError):
        write_outputs(builds.old_result, out)


def test_regular_files_and_stdout_still_work(builds: Builds, tmp_path: Path) -> None:
    target = tmp_path / "views" / "graph.json"
    args = ["export", "--data", str(builds.tiny.data), "--corpus", str(builds.tiny.corpus)]
    for fmt in ("graphml", "json"):  # a new file, then the file replaced
        result = CliRunner().invoke(cli, [*args, "--format", fmt, "-o", str(target)])
        assert result.exit_code == 0, result.output
    assert target.read_text("utf-8").startswith("{")
    result = CliRunner().invoke(cli, [*args, "--format", "json", "-o", "-"])
    assert result.exit_code == 0 and result.output.startswith("{")
    assert sorted(p.name for p in target.parent.iterdir()) == ["graph.json"]


def test_a_killed_writers_temporary_file_is_removed_by_the_next_write(tmp_path: Path) -> None:
    command = [sys.executable, "-c", "import os; print(os.getpid())"]
    pid = int(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
    stale = tmp_path / f".view.html.{pid}-0123abcd.tmp"
    stale.write_text("half", "utf-8")
    live = tmp_path / f".view.html.{os.getpid()}-0123abcd.tmp"
    live.write_text("being written", "utf-8")
    write_file(tmp_path / "view.html", "<html></html>")
    assert not stale.exists() and live.exists()
    assert (tmp_path / "view.html").read_text("utf-8") == "<html></html>"
