"""The cache's key holds the code an incremental build relies on without running it again
(issue 21): the SPARQL gate, which an incremental build does not run on the violation
queries again, and the namespaces it reads (their prefixes and the dataset's own graphs,
which is also every IRI a build emits)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from tests.conftest import ONTOLOGY


def test_the_gate_and_the_namespaces_are_in_the_caches_key(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import kg.build.incremental as incremental
    from kg.build.cache import files_digest
    from kg.resources import default_queries_dir

    digested: list[list[Path]] = []

    def spy(paths: Iterable[Path]) -> str:
        digested.append(list(paths))
        return files_digest(digested[-1])

    monkeypatch.setattr(incremental, "files_digest", spy)
    incremental._context(ONTOLOGY, default_queries_dir(), True)
    code = {
        path.relative_to(Path(incremental.__file__).parents[2]).as_posix()
        for paths in digested
        for path in paths
        if path.suffix == ".py"
    }
    assert {"kg/sparql/gate.py", "kg/namespaces.py", "kg/iris.py"} <= code
