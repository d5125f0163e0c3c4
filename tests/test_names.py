"""One name resolver: the same messages, the same "did you mean", the same typo tolerance.

Entity names, source ids, class names and catalogue query names resolve
through :mod:`kg.lookup.names` and :mod:`kg.vocabulary` in the lookups, the views, the exports and the
query catalogue; the view page's search box runs the same steps in
JavaScript (``kg/viz/static/names.js``), checked here under node against the
Python resolver.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import kg.cli.lookup_commands as lookup_commands
import kg.cli.viz_commands as viz_commands
import kg.viz.views
from kg.build import BuildResult
from kg.cli import cli
from kg.graph.model import Name
from kg.lookup.names import Resolver
from kg.namespaces import KGR
from kg.sparql import UnknownQueryError, load_catalogue
from kg.viz import ViewContext, ViewOptions, load_context, render, select
from kg.viz.select import view_resolver
from kg.vocabulary import (
    AmbiguousNameError,
    UnknownNameError,
    closest,
    normalise,
    source_vocabulary,
)

NAMES_JS = Path(kg.viz.__file__).parent / "static" / "names.js"
MUTTAQI = str(KGR["amir-khan-muttaqi"])
DUBAI = str(KGR["dubai-meeting-2025-01"])
S003 = "003_98dfac8b5af5e2b1"

Invoke = Callable[..., Result]


@pytest.fixture(scope="module")
def context(seed: BuildResult) -> ViewContext:
    return load_context(seed.dataset)


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, seed: BuildResult, context: ViewContext) -> Invoke:
    """The CLI on the session's seed build (lookups and views alike)."""
    monkeypatch.setattr(lookup_commands, "load_dataset", lambda *_: seed.dataset)
    monkeypatch.setattr(viz_commands, "load_dataset", lambda *_: seed.dataset)
    monkeypatch.setattr(kg.viz.views, "load_context", lambda *_, **__: context)

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(cli, list(args))

    return invoke


def one_line_error(result: Result, exit_code: int = 2) -> str:
    assert result.exit_code == exit_code, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert result.stdout == ""
    return lines[0]


# ---------------------------------------------------------------- the same message everywhere


def test_a_source_prefix_is_the_same_ambiguity_in_lookups_views_and_exports(
    run: Invoke, tmp_path: Path
) -> None:
    out = tmp_path / "f.html"
    lines = {
        one_line_error(run("neighbours", "India", "--source", "00")),
        one_line_error(run("path", "India", "China", "--source", "00")),
        one_line_error(run("viz", "--source", "00", "-o", str(out))),
        one_line_error(run("export", "--source", "00", "-o", str(tmp_path / "f.json"))),
    }
    assert lines == {
        "Error: --source: '00' is ambiguous, 5 candidates: 000_1bff8b9514c268fa; "
        "001_75a9f5a7441c5fc0; 002_cc55442e284936d0; 003_98dfac8b5af5e2b1; "
        "004_e0f1a2ae8a61b2c2. Give more of the id"
    }
    assert not out.exists()


def test_a_source_resolves_by_its_number_its_beginning_or_its_id(
    run: Invoke, context: ViewContext
) -> None:
    outputs = [
        run("neighbours", "India", "--source", given, "--json").stdout
        for given in ("003", "003_98", S003)
    ]
    assert outputs[0] == outputs[1] == outputs[2]
    assert json.loads(outputs[0])["source"] == S003
    view = select(context, ViewOptions(source="003"))
    assert view.filters[0].startswith(f"claims of source {S003}")


def test_an_unknown_source_suggests_the_close_ids(run: Invoke) -> None:
    assert one_line_error(run("neighbours", "India", "--source", "0003")) == (
        "Error: --source: no source named '0003'; "
        "did you mean 000_1bff8b9514c268fa or 003_98dfac8b5af5e2b1?"
    )
    # nothing close in a short list: the list itself
    line = one_line_error(run("viz", "--source", "xyz", "-o", "f.html"))
    assert line.startswith("Error: --source: no source named 'xyz'; choose one of 000_1bff")


def test_a_misspelt_class_gets_the_same_did_you_mean_everywhere(run: Invoke) -> None:
    lines = {
        one_line_error(run("neighbours", "India", "--types", "Persn")),
        one_line_error(run("viz", "--types", "Person,Persn", "-o", "f.html")),
        one_line_error(run("export", "--types", "Persn")),
    }
    assert lines == {"Error: --types: no class named 'Persn'; did you mean Person?"}


def test_a_misspelt_name_gets_the_same_did_you_mean_naming_the_option(run: Invoke) -> None:
    suggestion = (
        "no entity named 'Mutaqi'; did you mean Amir Khan Muttaqi (amir-khan-muttaqi, Person)?"
    )
    assert one_line_error(run("neighbours", "Mutaqi")) == f"Error: ENTITY: {suggestion}"
    assert one_line_error(run("describe", "Mutaqi")) == f"Error: ENTITY: {suggestion}"
    assert one_line_error(run("path", "India", "Mutaqi")) == f"Error: B: {suggestion}"
    assert one_line_error(run("viz", "--center", "Mutaqi")) == f"Error: --center: {suggestion}"
    # search is a text search: nothing contains the typo, and it says what was meant
    assert one_line_error(run("search", "Mutaqi"), exit_code=1) == (
        "Error: no entity, event or evidence contains 'Mutaqi'; "
        "did you mean Amir Khan Muttaqi (amir-khan-muttaqi, Person)?"
    )


def test_an_ambiguous_center_is_one_line_like_an_ambiguous_entity(run: Invoke) -> None:
    lookup = one_line_error(run("neighbours", "Islamabad"))
    view = one_line_error(run("viz", "--center", "Islamabad", "-o", "f.html"))
    assert lookup.removeprefix("Error: ENTITY: ") == view.removeprefix("Error: --center: ")
    assert view.startswith("Error: --center: 'Islamabad' is ambiguous, 2 candidates: ")


def test_an_unknown_catalogue_query_has_the_same_shape(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["query", "no-such-qurey"])
    assert one_line_error(result) == "Error: no catalogue query named 'no-such-qurey'"
    result = runner.invoke(cli, ["query", "acter-events"])
    assert one_line_error(result) == (
        "Error: no catalogue query named 'acter-events'; did you mean actor-events?"
    )
    catalogue = load_catalogue(Path(__file__).resolve().parent.parent / "queries")
    assert catalogue.get("Actor_Events").name == "actor-events"  # as class names match
    with pytest.raises(UnknownQueryError, match="did you mean actor-events"):
        catalogue.get("acter-events")


# ---------------------------------------------------------------- the resolver itself


def test_sources_classes_and_names_share_one_rule() -> None:
    sources = source_vocabulary(["000_1bff8b9514c268fa", "001_75a9f5a7441c5fc0"])
    assert sources.resolve("001") == sources.resolve(" 001_75A9 ") == "001_75a9f5a7441c5fc0"
    with pytest.raises(AmbiguousNameError) as caught:
        sources.resolve("0", "--source")
    assert caught.value.candidates == ["000_1bff8b9514c268fa", "001_75a9f5a7441c5fc0"]
    assert str(caught.value).startswith("--source: '0' is ambiguous, 2 candidates: 000_")
    names = [
        Name("urn:x:k", "Hamid Karzai", (), ("Person",)),
        Name("urn:x:m", "Misri–Muttaqi meeting in Dubai", (), ("Meeting",), is_event=True),
        Name("urn:x:s", "Statement after the Dubai meeting", (), ("Statement",), is_event=True),
    ]
    resolver = Resolver(names)
    assert resolver.resolve("Karz").iri == "urn:x:k"  # the beginning of a word
    with pytest.raises(AmbiguousNameError) as ambiguous:
        resolver.resolve("dubai meeting")
    # the meeting covers more of its label than the statement made after it
    assert [n.iri for n in ambiguous.value.candidates] == ["urn:x:m", "urn:x:s"]
    with pytest.raises(UnknownNameError) as unknown:
        resolver.resolve("Karzia")
    assert [n.iri for n in unknown.value.suggestions] == ["urn:x:k"]


def test_did_you_mean_stays_fast_with_many_names() -> None:
    names = [
        Name(f"urn:x:{i}", f"Person {i:05d} of Place {i % 97}", (f"P{i}",), ("Person",))
        for i in range(10_000)
    ]
    names.append(Name("urn:x:m", "Amir Khan Muttaqi", ("Muttaqi",), ("Person",)))
    resolver = Resolver(names)
    started = time.process_time()  # CPU time: other people's tests do not count
    for i in range(0, 10_000, 50):
        assert resolver.resolve(f"person {i:05d} of place {i % 97}").iri == f"urn:x:{i}"
    exact = time.process_time() - started
    started = time.process_time()
    for typo in ("Mutaqi", "Muttaqui", "Mutaqqi", "Amir Kahn Muttaqi", "amir khan mutaqi"):
        with pytest.raises(UnknownNameError) as caught:
            resolver.resolve(typo)
        assert caught.value.suggestions[0].iri == "urn:x:m"
    fuzzy = time.process_time() - started
    # 200 exact look-ups take well under a millisecond each (a dict). A did-you-mean
    # over 30,000 forms and words takes some tens of ms with rapidfuzz (difflib, name
    # by name, took 0.75 s for one). Wide margins.
    assert exact < 0.5 and fuzzy < 1.0


def test_closest_is_rapidfuzz_ratio_over_normalised_forms() -> None:
    # "prison" shares 4 of 11 letters' worth (72.7), under the cutoff of 75
    assert closest(normalise("Persn"), ["place", "person", "prison"]) == [(1, 100 * 10 / 11)]


# ---------------------------------------------------------------- the page's search box


def node_run(search: dict[str, Any], queries: list[str], **extra: Any) -> dict[str, Any]:
    """Run names.js under node: find() for each query, normalise() and ratio() on request."""
    if shutil.which("node") is None:
        pytest.skip("node is not installed: the page's search is tested in the browser tests")
    script = """
const names = require(process.argv[1]);
let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const request = JSON.parse(input);
  const index = names.prepare(request.search);
  process.stdout.write(JSON.stringify({
    found: request.queries.map((q) => names.find(index, q)),
    normalised: (request.normalise || []).map(names.normalise),
    ratios: (request.ratios || []).map(([a, b]) => names.ratio(a, b)),
  }));
});
"""
    request = json.dumps({"search": search, "queries": queries, **extra})
    done = subprocess.run(
        ["node", "-e", script, str(NAMES_JS)],
        input=request,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _typos(label: str) -> list[str]:
    """A letter dropped, doubled and two swapped in the longest word."""
    word = max(label.split(), key=len)
    if len(word) < 5:
        return []
    middle = len(word) // 2
    variants = [
        word[:middle] + word[middle + 1 :],
        word[:middle] + word[middle] + word[middle:],
        word[: middle - 1] + word[middle] + word[middle - 1] + word[middle + 1 :],
    ]
    return [label.replace(word, v, 1) for v in variants]


def test_the_page_search_answers_as_the_cli_resolver(context: ViewContext) -> None:
    resolver = view_resolver(context.graph)
    ids = {iri: number for number, iri in enumerate(sorted(context.graph.nodes))}
    queries = [
        "Mutaqi",
        "muttaqi dubai",
        "Dubai meeting",
        "Karz",
        "J. P. Singh",
        "Muttaqī",
        "MEA",
        "Islamabad",
        "islamabad",
        "embassy",
        "kgr:india",
        "kgr:no-such-id",
        f"<{KGR['pakistan']}>",
        "https://example.org/x",
        "zzzz qqqq",
        " ",
    ]
    for name in resolver.names:
        queries += [name.label, *name.aliases, name.id, name.label.upper()]
        queries += name.label.split()[:1] + [name.label[:4]]
    for name in resolver.names[::5]:
        queries += _typos(name.label)
    page = node_run(resolver.page_index(ids), queries)["found"]
    for query, found in zip(queries, page, strict=True):
        best = resolver.best(query)
        expected = None if best is None else {"node": ids[best[0].iri], "how": best[1]}
        assert found == expected, query


def test_the_page_search_tolerates_typos_and_finds_events_by_all_words(
    context: ViewContext,
) -> None:
    resolver = view_resolver(context.graph)
    ids = {iri: number for number, iri in enumerate(sorted(context.graph.nodes))}
    found = node_run(resolver.page_index(ids), ["Mutaqi", "muttaqi dubai", "Dubai meeting"])
    assert found["found"] == [
        {"node": ids[MUTTAQI], "how": "closest"},
        {"node": ids[DUBAI], "how": "words"},
        {"node": ids[DUBAI], "how": "words"},  # the meeting, not a statement made at it
    ]


def test_the_page_normalises_and_compares_as_python_does(context: ViewContext) -> None:
    texts = ["J. P. Singh", "Muttaqī’s office", "Misri–Muttaqi", "Straße", "ΟΔΥΣΣΕΥΣ", "a_b-c"]
    texts += [t for iri in context.graph.nodes for t in _texts(context, iri)]
    pairs = [["mutaqi", "muttaqi"], ["persn", "person"], ["", "x"], ["dubai", "misri"]]
    result = node_run({"namespace": str(KGR), "names": []}, [], normalise=texts, ratios=pairs)
    assert result["normalised"] == [normalise(t) for t in texts]
    from rapidfuzz import fuzz

    assert result["ratios"] == [fuzz.ratio(a, b) for a, b in pairs]


def _texts(context: ViewContext, iri: str) -> list[str]:
    data = context.graph.nodes[iri]
    return [data["label"], *data["aliases"]]


def test_the_page_carries_the_index_and_searches_with_names_js(context: ViewContext) -> None:
    view = select(context, ViewOptions(centers=("dubai-meeting-2025-01",)))
    page = render(view)
    start = page.index('id="kg-data">') + len('id="kg-data">')
    data = json.loads(page[start : page.index("</script>", start)])
    assert data["search"]["namespace"] == str(KGR)
    muttaqi = next(row for row in data["search"]["names"] if row[2] == MUTTAQI)
    assert "amir khan muttaqi" in muttaqi and "muttaqi" in muttaqi
    assert "root.kgNames = api" in page and "kgNames.find(searchIndex, query)" in page
    found = node_run(data["search"], ["Mutaqi"])["found"]
    assert found == [{"node": muttaqi[0], "how": "closest"}]
