"""The embedded default store: built from the inputs, and rebuilt when they change.

Every command that reads the graph opens, by default, the Oxigraph store in
``store/`` of the workspace (:func:`kg.resources.workspace_dir`). `kg build`
writes it; a read command that finds none builds it first, and one that finds
it older than its inputs rebuilds it (or, asked not to, answers from it with a
warning): :func:`refresh`.

"Older than its inputs" is decided by a fingerprint of the files the build
reads: every file of the annotation folder (but hidden ones and the
``suggestions/`` that the build does not read), the ontology's ``*.ttl``, the
catalogue's ``*.rq`` (the violation queries check the store) and the source
texts ``*.txt`` (evidence is checked against them), with the folders they came
from and kg's version. Each file is recorded with its size, modification time
and SHA-256: a file whose size and time are unchanged is taken as unchanged
(a ``stat``, so a check over thousands of files costs milliseconds); one whose
time changed is hashed, so a file that was only touched (a checkout, a copy)
does not cost a rebuild. The fingerprint is taken before the build reads the
inputs and written into the new generation once it is swapped in
(:data:`FINGERPRINT`): a file edited during a build is seen as changed by the
next command, and a generation without a fingerprint (a build killed after
the swap) is rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import KgError

FINGERPRINT = "kg-inputs.json"
"""The file, in a store generation, that records the inputs it was built from."""

_SKIPPED = {"suggestions"}  # folders of the annotation folder that the build does not read


@dataclass(frozen=True)
class Inputs:
    """What a build reads: the annotation, ontology and catalogue folders and the corpus.

    ``corpus_arg`` is the ``--corpus`` given (None: the default search), passed
    on to the build; ``corpus`` is the folder it resolves to, if any.
    """

    data: Path
    ontology: Path
    queries: Path
    corpus: Path | None
    corpus_arg: Path | None = None

    @classmethod
    def of(cls, data_dir: Path | None, ontology_dir: Path | None, corpus: Path | None) -> Inputs:
        """The inputs a build with these options reads (None: each default)."""
        from kg.resources import (
            default_data_dir,
            default_ontology_dir,
            default_queries_dir,
            find_corpus,
        )

        return cls(
            data=data_dir or default_data_dir(),
            ontology=ontology_dir or default_ontology_dir(),
            queries=default_queries_dir(),
            corpus=find_corpus(corpus).path,
            corpus_arg=corpus,
        )

    def files(self) -> Iterator[tuple[str, Path]]:
        """Each input file, named by its role and its path in its folder (``data/claims/x.tsv``)."""
        yield from _walk("data", self.data, lambda p: True)
        yield from _walk("ontology", self.ontology, lambda p: p.suffix == ".ttl", deep=False)
        yield from _walk("queries", self.queries, lambda p: p.suffix == ".rq", deep=False)
        if self.corpus is not None:
            yield from _walk("corpus", self.corpus, lambda p: p.suffix == ".txt", deep=False)

    def folders(self) -> dict[str, str]:
        return {
            "data": _absolute(self.data),
            "ontology": _absolute(self.ontology),
            "queries": _absolute(self.queries),
            "corpus": _absolute(self.corpus) if self.corpus is not None else "",
        }


def _absolute(path: Path) -> str:
    return os.path.realpath(path)


def _walk(
    role: str, folder: Path, wanted: Callable[[Path], bool], *, deep: bool = True
) -> Iterator[tuple[str, Path]]:
    if not folder.is_dir():
        return
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(
            d
            for d in dirs
            if deep and not d.startswith(".") and not (d in _SKIPPED and root == str(folder))
        )
        for name in sorted(files):
            path = Path(root, name)
            if not name.startswith(".") and wanted(path):
                yield f"{role}/{path.relative_to(folder).as_posix()}", path


def _hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fingerprint(inputs: Inputs) -> dict[str, Any]:
    """The record of the inputs: folders, kg's version, and each file's size, time and hash."""
    from kg import __version__

    files: dict[str, list[Any]] = {}
    for name, path in inputs.files():
        try:
            status = path.stat()
            files[name] = [status.st_size, status.st_mtime_ns, _hash(path)]
        except OSError:
            continue  # an unreadable file: the build says so
    return {"kg": __version__, "folders": inputs.folders(), "files": files}


def recorded(path: Path) -> dict[str, Any] | None:
    """The fingerprint of the store at ``path`` (its current generation), or None."""
    from kg.stores.generations import store_location

    try:
        text = (store_location(path) / FINGERPRINT).read_text(encoding="utf-8")
        record = json.loads(text)
    except (KgError, OSError, ValueError):
        return None
    return record if isinstance(record, dict) else None


def changes(path: Path, inputs: Inputs) -> list[str]:
    """What changed in the inputs since the store at ``path`` was built ([]: nothing).

    A file whose size and modification time are as recorded is not read; one
    whose time changed is hashed and compared.
    """
    record = recorded(path)
    if record is None:
        return ["no record of the inputs it was built from"]
    from kg import __version__

    if record.get("kg") != __version__:
        return [f"built by kg {record.get('kg')}, this is kg {__version__}"]
    found: list[str] = []
    old_folders = record.get("folders", {})
    for role, folder in inputs.folders().items():
        if old_folders.get(role) != folder:
            found.append(f"--{role} is {folder or 'none'}, was {old_folders.get(role) or 'none'}")
    if found:
        return found
    old_files: dict[str, list[Any]] = record.get("files", {})
    seen: set[str] = set()
    for name, file in inputs.files():
        seen.add(name)
        old = old_files.get(name)
        if old is None:
            found.append(f"{name} added")
            continue
        try:
            status = file.stat()
            if [status.st_size, status.st_mtime_ns] == old[:2]:
                continue
            if status.st_size == old[0] and _hash(file) == old[2]:
                continue  # touched, not changed
        except OSError:
            pass
        found.append(f"{name} changed")
    found += [f"{name} removed" for name in sorted(set(old_files) - seen)]
    return found


def summary(found: list[str], most: int = 3) -> str:
    """The changes in a few words: the first ``most`` and how many more.

    >>> summary(["data/a.tsv changed", "data/b.tsv added", "x", "y"], most=2)
    'data/a.tsv changed, data/b.tsv added and 2 more'
    """
    shown = ", ".join(found[:most])
    return shown + (f" and {len(found) - most} more" if len(found) > most else "")


def exists(path: Path) -> bool:
    """Whether ``path`` holds a store to open (a current generation)."""
    from kg.stores.generations import store_location

    try:
        store_location(path)
    except KgError:
        return False
    return True


def write_fingerprint(path: Path, record: dict[str, Any]) -> None:
    """Record ``record`` in the current generation of the store at ``path``."""
    from kg.files import write_file
    from kg.stores.generations import store_location

    write_file(store_location(path) / FINGERPRINT, json.dumps(record, indent=0) + "\n")
