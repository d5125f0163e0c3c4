"""Where the default ontology, annotations, queries and corpus are found.

In a checkout (or an editable install) they are the folders at the top of the
repository; a wheel embeds copies under ``kg/_embedded``. ``KG_DATA`` names
another annotation folder. The source texts are
never embedded: they are looked for in ``KG_CORPUS``, then in
``../shared/seeds`` beside the checkout.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

CORPUS_ENV = "KG_CORPUS"
DATA_ENV = "KG_DATA"
WORKSPACE_ENV = "KG_WORKSPACE"

_PACKAGE = Path(__file__).resolve().parent


def project_root() -> Path | None:
    """The checkout this package runs from, if it runs from one."""
    root = _PACKAGE.parent
    return root if (root / "pyproject.toml").is_file() and (root / "ontology").is_dir() else None


def _resource(name: str) -> Path:
    root = project_root()
    if root is not None:
        return root / name
    return _PACKAGE / "_embedded" / name


def default_data_dir() -> Path:
    """The annotations: ``$KG_DATA`` when set, else the annotated seed corpus (``data/``)."""
    env = os.environ.get(DATA_ENV)
    return Path(env) if env else _resource("data")


def default_ontology_dir() -> Path:
    """The ontology and shapes (``ontology/``)."""
    return _resource("ontology")


def default_queries_dir() -> Path:
    """The SPARQL query catalogue (``queries/``)."""
    return _resource("queries")


def default_output_dir() -> Path:
    """Where ``kg build`` writes by default: the workspace (:func:`workspace_dir`)."""
    return workspace_dir()


def workspace_dir() -> Path:
    """The workspace: ``$KG_WORKSPACE`` when set, else ``build/`` in the checkout, else
    ``./build`` (an installed kg run from the current folder).

    ``kg build`` writes the graph files there and the embedded store in its
    ``store/`` folder, which every read command opens by default.
    """
    env = os.environ.get(WORKSPACE_ENV)
    if env:
        return Path(env)
    root = project_root()
    return (root if root is not None else Path.cwd()) / "build"


def default_store_dir() -> Path:
    """The embedded default store: ``store/`` in the workspace."""
    return workspace_dir() / "store"


@dataclass(frozen=True)
class CorpusLocation:
    """The folder of source texts, and how it was chosen."""

    path: Path | None
    origin: str


def find_corpus(explicit: Path | None = None) -> CorpusLocation:
    """Locate the source texts: ``--corpus``, then ``KG_CORPUS``, then ``../shared/seeds``.

    An explicit folder or environment value that does not exist is returned as
    is, so that the caller can report it; the default is returned only if it
    exists.
    """
    if explicit is not None:
        return CorpusLocation(explicit, "--corpus")
    env = os.environ.get(CORPUS_ENV)
    if env:
        return CorpusLocation(Path(env), CORPUS_ENV)
    root = project_root()
    if root is not None:
        beside = root.parent / "shared" / "seeds"
        if beside.is_dir():
            return CorpusLocation(beside, "../shared/seeds beside the checkout")
    return CorpusLocation(None, "none found")
