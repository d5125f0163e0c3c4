"""The query page (YASGUI, vendored) in Debian's chromium: parameter forms, rows as `kg query`'s.

The endpoint is `kg serve`'s app over the seed corpus, on a thread; the page
is driven by playwright. Every request the page makes is recorded: none may
leave 127.0.0.1.
"""

from __future__ import annotations

import hashlib
import json
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from rdflib import Variable

from kg.build import BuildResult
from kg.namespaces import KGR, PREFIXES
from kg.resources import default_queries_dir
from kg.server import SparqlApp, make_server
from kg.server.workers import Limits
from kg.sparql import bind_parameters, load_catalogue
from kg.stores.memory import MemoryStore

CATALOGUE = load_catalogue(default_queries_dir())
VENDOR = Path(__file__).parents[1] / "kg" / "server" / "static" / "vendor" / "yasgui"


@pytest.fixture(scope="module")
def base(seed: BuildResult) -> Iterator[str]:
    app = SparqlApp(seed.dataset, CATALOGUE, Limits(timeout=30), workers=2)
    server = make_server(app, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        app.close()


class Page:
    def __init__(self, page: Any) -> None:
        self.page = page
        self.errors: list[str] = []
        self.requests: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: self.requests.append(r.url))

    def open_entry(self, name: str, **values: str) -> None:
        self.page.click(f"#catalogue button[data-name={name}]")
        for parameter, value in values.items():
            self.page.fill(f"#parameter-fields input[name={parameter}]", value)

    def run(self) -> None:
        self.page.locator(".yasqe_queryButton").filter(visible=True).click()

    def results(self) -> Any:
        return self.page.locator(".yasr").filter(visible=True)


@pytest.fixture
def page(browser: Any, base: str) -> Iterator[Page]:
    context = browser.new_context()  # its own storage: no tab of another test
    try:
        opened = Page(context.new_page())
        opened.page.goto(base)
        opened.page.wait_for_selector("body[data-ready=true]", timeout=30_000)
        yield opened
        hosts = {urlsplit(url).hostname for url in opened.requests}
        assert hosts == {"127.0.0.1"}, opened.requests
        assert opened.errors == []
    finally:
        context.close()


def kg_query(seed: BuildResult, name: str, **params: str) -> Any:
    """What ``kg query NAME -p ...`` answers."""
    entry = CATALOGUE.get(name)
    return MemoryStore(seed.dataset).query(entry.text, bind_parameters(entry, params))


def curie(iri: str) -> str:
    return "kgr:" + iri[len(str(KGR)) :]


def test_a_parameterised_query_gives_the_rows_of_kg_query(page: Page, seed: BuildResult) -> None:
    page.open_entry("india-taliban-contacts", since="2025-01-01")
    page.run()
    table = page.results().locator("tbody tr")
    expected = kg_query(seed, "india-taliban-contacts", since="2025-01-01")
    assert expected.bindings, "the seed corpus has contacts since 2025"
    table.first.wait_for(timeout=30_000)
    assert table.count() == len(expected.bindings)
    shown = page.results().locator("tbody tr td:nth-child(2) a").all_inner_texts()
    assert shown == [curie(str(row[Variable("event")])) for row in expected.bindings]  # in order


@pytest.mark.parametrize(
    ("first", "second", "typed"),
    [
        ("kgr:vikram-misri", "kgr:amir-khan-muttaqi", ("Vikram Misri", "Muttaqi")),
        ("kgr:chabahar-port", "kgr:iran", ("kgr:chabahar-port", "Iran")),
    ],
)
def test_have_met_answers_for_the_two_actors_given(
    page: Page, seed: BuildResult, first: str, second: str, typed: tuple[str, str]
) -> None:
    expected = kg_query(seed, "have-met", first=first, second=second).askAnswer
    page.open_entry("have-met", first=typed[0], second=typed[1])
    page.run()
    page.results().get_by_text("True" if expected else "False", exact=True).wait_for(timeout=30_000)


def test_an_empty_parameter_is_an_error_not_an_unbound_variable(page: Page) -> None:
    page.open_entry("have-met", first="kgr:vikram-misri", second="")
    page.run()
    page.results().get_by_text("needs a value for each of its parameters").wait_for(timeout=30_000)
    assert "second" in page.page.inner_text("#parameter-error")
    assert page.results().get_by_text("True", exact=True).count() == 0
    # ignore the 400 the browser logs for the refused query
    page.errors[:] = [e for e in page.errors if "400" not in e]


def test_names_are_completed_from_the_graph(page: Page) -> None:
    page.open_entry("have-met")
    page.page.fill("#parameter-fields input[name=first]", "Mutt")
    option = page.page.locator("#names-first option").first
    option.wait_for(state="attached", timeout=30_000)
    assert option.get_attribute("value") == "kgr:amir-khan-muttaqi"


def test_an_iri_links_to_its_description(page: Page, base: str) -> None:
    page.open_entry("india-taliban-contacts", since="2025-01-01")
    page.run()
    link = page.results().locator("tbody tr td:nth-child(2) a").first
    link.wait_for(timeout=30_000)
    href = link.get_attribute("href")
    assert href is not None and href.startswith(base + "describe?entity=")
    with urllib.request.urlopen(href, timeout=30) as response:
        described = json.load(response)
    assert curie(described["entity"]["iri"]) == link.inner_text()


def test_the_editor_completes_the_graphs_prefixes_only(page: Page, base: str) -> None:
    autocompleters = page.page.evaluate("Yasgui.Yasqe.defaults.autocompleters")
    assert sorted(autocompleters) == ["prefixes", "variables"]  # no web vocabulary lists
    with urllib.request.urlopen(base + "prefixes.json", timeout=30) as response:
        assert json.load(response) == {p: str(ns) for p, ns in PREFIXES.items()}


def test_the_vendored_yasgui_is_the_pinned_one_with_its_licence(base: str) -> None:
    version = (VENDOR / "VERSION").read_text(encoding="utf-8").splitlines()
    assert version[0].startswith("@zazuko/yasgui 4.6.2 ")
    for line in version[1:]:
        digest, name = line.split()
        assert hashlib.sha256((VENDOR / name).read_bytes()).hexdigest() == digest
    assert "MIT" in (VENDOR / "LICENSE").read_text(encoding="utf-8")
    with urllib.request.urlopen(base + "static/vendor/yasgui/yasgui.min.js", timeout=30) as answer:
        assert answer.headers["Content-Type"].startswith("text/javascript")
        assert answer.read() == (VENDOR / "yasgui.min.js").read_bytes()


@pytest.mark.parametrize(
    "path",
    [
        "static/vendor/yasgui/LICENSE",
        "static/../app.py",
        "static/%2e%2e/app.py",
        "static/vendor/yasgui/.hidden.js",
        "static/query.html",
    ],
)
def test_only_the_vendored_scripts_and_styles_are_served(base: str, path: str) -> None:
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(base + path, timeout=30)
    assert refused.value.code == 404
