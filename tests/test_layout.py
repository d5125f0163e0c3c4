"""The layout of the package: no import cycle, no module too long, click only in the CLI.

Imports are read with :mod:`ast` from the source, so nothing is imported.
A cycle counts only the imports a module makes when it is loaded (top level,
``if TYPE_CHECKING:`` blocks excluded); an import inside a function runs
later and cannot deadlock loading. Package names are not listed here: the
check covers whatever packages ``kg/`` holds.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parent.parent / "kg"

MAX_LINES = 400
LONG_MODULES = {
    # The synthetic corpus (kg synth): one generator of consistent sources, claims and
    # texts; its parts share the random state and the ids.
    "kg.build.synth": 420,
    # Every row check of the build in one pass, with the ontology at hand.
    "kg.build.validate": 420,
    # The one date rule: partial dates, spans, windows; one concept.
    "kg.dates": 450,
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(KG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in sorted(KG.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imported(module: str, node: ast.Import | ast.ImportFrom) -> list[str]:
    """The kg modules an import statement names (a name imported from a package may be
    a submodule: ``from kg import sparql``)."""
    names: list[str] = []
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        base = node.module or ""
        if node.level:
            package = module.split(".")
            if MODULES[module].name != "__init__.py":
                package = package[:-1]
            package = package[: len(package) - node.level + 1]
            base = ".".join([*package, *([base] if base else [])])
        names = [base]
        names += [f"{base}.{alias.name}" for alias in node.names]
    found = []
    for name in names:
        while name and name not in MODULES:
            name = name.rpartition(".")[0]
        if name and name.startswith("kg"):
            found.append(name)
    return found


def _top_level_imports(module: str) -> set[str]:
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    found: set[str] = set()

    def visit(statements: list[ast.stmt]) -> None:
        for node in statements:
            if isinstance(node, ast.Import | ast.ImportFrom):
                found.update(_imported(module, node))
            elif isinstance(node, ast.If) and not _is_type_checking(node):
                visit(node.body)
                visit(node.orelse)
            elif isinstance(node, ast.Try):
                visit(node.body)
                for handler in node.handlers:
                    visit(handler.body)
                visit(node.orelse)
                visit(node.finalbody)

    visit(tree.body)
    found.discard(module)
    return found


def _all_imports(module: str) -> set[str]:
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    return {
        name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for name in (
            [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
        )
    }


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """A cycle of the directed graph as a list of nodes (first repeated last), or None.

    >>> find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}})
    ['a', 'b', 'c', 'a']
    >>> find_cycle({"a": {"b"}, "b": set()}) is None
    True
    """
    state: dict[str, int] = {}  # 1: on the path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_the_modules_are_found() -> None:
    assert {"kg", "kg.errors", "kg.build", "kg.server", "kg.stores", "kg.cli"} <= set(MODULES)


def test_no_import_cycle_among_the_modules() -> None:
    graph = {module: _top_level_imports(module) for module in MODULES}
    cycle = find_cycle(graph)
    assert cycle is None, "an import cycle: " + " -> ".join(cycle or [])


def test_the_cycle_check_sees_a_cycle_through_a_package() -> None:
    # a submodule importing its package's name, as kg.build.x -> kg.build -> kg.build.x
    graph = {"kg.p": {"kg.p.x"}, "kg.p.x": {"kg.p"}}
    assert find_cycle(graph) == ["kg.p", "kg.p.x", "kg.p"]


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_is_too_long(module: str) -> None:
    lines = len(MODULES[module].read_text(encoding="utf-8").splitlines())
    limit = LONG_MODULES.get(module, MAX_LINES)
    assert lines <= limit, f"{module} has {lines} lines (at most {limit}): split it by concept"


def test_the_long_modules_allowed_still_exist_and_are_long() -> None:
    """An allowance for a module gone or split is removed, so it does not hide a new one."""
    for module in LONG_MODULES:
        assert module in MODULES, f"{module} is gone: remove its allowance"
        lines = len(MODULES[module].read_text(encoding="utf-8").splitlines())
        assert lines > MAX_LINES, f"{module} has {lines} lines now: remove its allowance"


def test_only_the_cli_imports_click() -> None:
    outside = [
        module
        for module in MODULES
        if not (module == "kg.cli" or module.startswith("kg.cli."))
        and any(name == "click" or name.startswith("click.") for name in _all_imports(module))
    ]
    assert outside == []


def test_every_package_says_what_it_owns() -> None:
    """Each package's docstring is there, and says what it may import (or that it
    imports nothing of kg)."""
    for module, path in MODULES.items():
        if path.name != "__init__.py" or module == "kg":
            continue
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
        assert len(doc.split()) >= 20, f"{module}: no docstring saying what it owns"


STAGES = {
    # the foundations every stage may use: errors, names, dates, files, locks, RDF terms
    **dict.fromkeys(
        (
            "errors",
            "namespaces",
            "resources",
            "dates",
            "files",
            "locks",
            "rdfterms",
            "vocabulary",
            "json_input",
            "iris",
        ),
        0,
    ),
    "sparql": 1,  # the catalogue, the one safety gate, results
    "stores": 2,  # where the graph lives; every query passes the gate
    "graph": 3,  # the projection and the shared model
    "build": 4,  # annotations to a validated dataset, written to files or a store (with the
    # projection's link index beside it)
    "lookup": 5,
    "server": 6,  # the endpoint resolves names and describes entities as the lookups do
    "viz": 6,  # views and exports use the lookups' names and walker
    "suggest": 6,  # proposed rows for a report (and kg add, a new report)
    "review": 7,  # the decisions on the suggestions, written into the data
    "cli": 8,
}


def _stage(module: str) -> str:
    return module.split(".")[1] if module.count(".") else module


def test_every_import_points_to_an_earlier_stage() -> None:
    """Dependencies point one way: a stage imports only stages before it (or the
    foundations), inside functions too; a new package must be given its place here."""
    wrong = []
    for module, path in MODULES.items():
        if module == "kg":
            continue
        stage = _stage(module)
        assert stage in STAGES, f"{module}: place its package in STAGES"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            if isinstance(node, ast.ImportFrom) and node.level:
                continue
            for target in _imported(module, node):
                other = _stage(target)
                if target == "kg" or other == stage:
                    continue
                if STAGES[other] > STAGES[stage] or STAGES[other] == STAGES[stage] > 0:
                    wrong.append(f"{module} imports {target}")
    assert wrong == []
