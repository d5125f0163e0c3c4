"""Network views without a browser: selection, precision, escaping, offline pages, the CLI.

Expected answers come from the seed texts (quoted), not from the code's output.
The browser checks live in test_viz_browser.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build import BuildResult
from kg.cli import cli
from kg.viz import (
    EmptyViewError,
    UnknownNameError,
    ViewContext,
    ViewOptions,
    ViewTooLargeError,
    load_context,
    render,
    select,
)
from kg.viz.render import build_network, page_data
from tests.conftest import DATA, SEEDS, TinyCorpus

ID = "https://w3id.org/kgdiplo/id/"
KG = "https://w3id.org/kgdiplo/ontology#"
DUBAI = ID + "dubai-meeting-2025-01"
MISRI = ID + "vikram-misri"
MUTTAQI = ID + "amir-khan-muttaqi"
ARAGHCHI_VISIT = ID + "araghchi-kabul-visit-2025-01"

HOSTILE_LABEL = '<script>alert("label")</script> x"><img src=x onerror=alert("label2")>'
HOSTILE_ALIAS = "<img src=x onerror=alert(1)>"
HOSTILE_EVIDENCE = 'envoy x"><img src=x onerror=alert(3)> spoke'
HOSTILE_HEADLINE = 'Envoys <script>alert(4)</script> x"><img src=x onerror=alert(5)> href'


@pytest.fixture(scope="module")
def context(seed: BuildResult) -> ViewContext:
    return load_context(seed.dataset)


def hostile_corpus(root: Path) -> TinyCorpus:
    """The tiny corpus plus an entity, alias, evidence span and headline that are markup."""
    tiny = TinyCorpus(root)
    text = (tiny.corpus / "s1.txt").read_text(encoding="utf-8")
    text += f"{HOSTILE_LABEL} was there: the {HOSTILE_EVIDENCE}. {HOSTILE_ALIAS} agreed.\n"
    (tiny.corpus / "s1.txt").write_text(text, encoding="utf-8")
    tiny.write("sources.tsv", f"id\theadline\tpublished\ns1\t{HOSTILE_HEADLINE}\t2025-01-09\n")
    tiny.append("entities/main.tsv", f"hostile\tPerson\t{HOSTILE_LABEL}\t{HOSTILE_ALIAS}")
    tiny.append("claims/s1.tsv", f"meeting\thasParticipant\thostile\ts1\t{HOSTILE_EVIDENCE}")
    return tiny


def hostile_context(root: Path) -> ViewContext:
    return load_context(hostile_corpus(root).build(shacl=False).dataset)


# --- selection ------------------------------------------------------------------


def _annotation_rows(folder: Path) -> list[list[str]]:
    """The data rows of every TSV file in ``folder`` (header, comments and blank lines dropped)."""
    rows = []
    for path in sorted(folder.glob("*.tsv")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines()]
        kept = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
        rows.extend(kept[1:])
    return rows


def test_whole_graph_view_is_every_entity_and_every_claim_between_two(
    context: ViewContext,
) -> None:
    """Read from the annotation files, not from the projection: the whole view has a node
    for each entity of the register and an edge for each claim linking two of them."""
    view = select(context, ViewOptions())
    register = {row[0] for row in _annotation_rows(DATA / "entities")}
    linked = {
        (ID + row[0], KG + row[1], ID + row[2])
        for row in _annotation_rows(DATA / "claims")
        if row[2] in register
    }
    assert view.kind == "events"
    assert set(view.graph.nodes) == {ID + entity for entity in register}
    assert {(s, p, o) for s, o, p in view.graph.edges(keys=True)} == linked


def test_ego_view_of_the_dubai_meeting_shows_its_participants(context: ViewContext) -> None:
    # 000: "Vikram Misri met with Afghanistan’s acting Foreign Minister Amir Khan Muttaqi
    # in Dubai on Wednesday"; J.P. Singh met Muttaqi in Kabul in November 2024 (002), not here.
    view = select(context, ViewOptions(centers=("dubai-meeting-2025-01",), depth=1))
    assert {DUBAI, MISRI, MUTTAQI, ID + "dubai"} <= set(view.graph.nodes)
    assert ID + "jp-singh" not in view.graph
    assert view.centers == [DUBAI]
    assert "Misri–Muttaqi meeting in Dubai" in view.title


def test_center_by_alias_and_depth_two_reaches_other_participants(context: ViewContext) -> None:
    # "Muttaqi" is Amir Khan Muttaqi's alias; two steps: his meetings, then who else was there.
    view = select(context, ViewOptions(centers=("Muttaqi",), depth=2))
    assert view.centers == [MUTTAQI]
    assert {DUBAI, MISRI, ID + "singh-muttaqi-meeting-2024-11", ID + "jp-singh"} <= set(
        view.graph.nodes
    )


def test_since_keeps_a_month_precise_event_in_its_month(context: ViewContext) -> None:
    # 003 (published 2025-05-16): "In January, Iranian Foreign Minister Abbas Araghchi made a
    # rare trip to Kabul" — known to the month, so inside --since 2025-01-15's month.
    # 001 (published Thursday 2025-01-09): "a historic meeting in Dubai on Wednesday" —
    # 2025-01-08, a day before the range.
    view = select(context, ViewOptions(since="2025-01-15"))
    assert ARAGHCHI_VISIT in view.graph
    assert DUBAI not in view.graph
    data = page_data(view, build_network(view))
    number = sorted(view.graph.nodes).index(ARAGHCHI_VISIT)
    assert data["details"][str(number)]["when"] == ["January 2025 (month)"]


def test_until_keeps_what_happened_before(context: ViewContext) -> None:
    # 002: the Singh–Muttaqi talks took place "during the November 4-5 visit to Kabul" (2024).
    view = select(context, ViewOptions(until="2024-12"))
    assert ID + "singh-muttaqi-meeting-2024-11" in view.graph
    assert ARAGHCHI_VISIT not in view.graph
    assert DUBAI not in view.graph


def test_types_include_subclasses_and_keep_the_center(context: ViewContext) -> None:
    # The Dubai meeting is a third-location meeting, a kind of Meeting.
    view = select(context, ViewOptions(types=("Meeting",)))
    assert DUBAI in view.graph
    assert MISRI not in view.graph
    ego = select(context, ViewOptions(centers=("vikram-misri",), types=("Meeting",)))
    assert {MISRI, DUBAI} <= set(ego.graph.nodes)


def test_source_view_shows_only_that_reports_claims(context: ViewContext) -> None:
    # 002 tells of the November 2024 Kabul talks, not of the Dubai meeting of January 2025.
    view = select(context, ViewOptions(source="002"))
    assert ID + "singh-muttaqi-meeting-2024-11" in view.graph
    assert DUBAI not in view.graph
    for _, _, data in view.graph.edges(data=True):
        assert {e.source for e in data["sources"]} == {"002_cc55442e284936d0"}
    for _, data in view.graph.nodes(data=True):
        assert all(e.source == "002_cc55442e284936d0" for f in data["facts"] for e in f.sources)


def test_actor_view_links_misri_and_muttaqi_by_their_shared_events(context: ViewContext) -> None:
    # 000: "Vikram Misri met with Afghanistan’s acting Foreign Minister Amir Khan Muttaqi".
    view = select(context, ViewOptions(actors=True))
    assert view.kind == "actors"
    assert not any(data["is_event"] for _, data in view.graph.nodes(data=True))
    edge = view.graph.edges[MISRI, MUTTAQI]
    assert DUBAI in [e["event"] for e in edge["events"]]
    assert edge["weight"] == len(edge["events"]) == int(edge["label"])
    network = build_network(view)
    tooltip = next(
        e["tip"]
        for e in network.edges
        if e["label"] == edge["label"]
        and {e["from"], e["to"]}
        == {sorted(view.graph).index(MISRI), sorted(view.graph).index(MUTTAQI)}
    )
    assert all(e["label"] in tooltip for e in edge["events"])
    # 002: Singh "led his delegation’s meetings with Taliban Foreign Minister Amir Khan Muttaqi".
    assert view.graph.has_edge(ID + "jp-singh", MUTTAQI)


def test_disputed_quantities_show_both_claims_with_sources(context: ViewContext) -> None:
    # 001: "300 tonnes of medicines"; 004: "30 tons of medicines". Both stay, both disputed.
    view = select(context, ViewOptions(centers=("aid-medicines",), depth=0))
    data = page_data(view, build_network(view))
    facts = [f for f in data["details"]["0"]["facts"] if f["p"] == "has quantity"]
    assert sorted(f["v"] for f in facts) == ["30 tonne", "300 tonne"]
    assert all(f["d"] for f in facts)
    assert {s[0] for f in facts for s in f["s"]} == {"001_75a9f5a7441c5fc0", "004_e0f1a2ae8a61b2c2"}
    assert data["sources"]["004_e0f1a2ae8a61b2c2"]["headline"] == (
        "India holds first-ever meeting with Taliban Defence Minister"
    )
    title = data["nodes"][0]["tip"]
    assert "300 tonne [disputed]" in title and "30 tonne [disputed]" in title


def test_unknown_names_are_usage_errors_with_suggestions(context: ViewContext) -> None:
    # the same resolution as `kg neighbours`: suggestions, and ambiguity is an error
    with pytest.raises(UnknownNameError, match=r"did you mean Vikram Misri \(vikram-misri"):
        select(context, ViewOptions(centers=("vikram-misry",)))
    # "Islamabad" is the city and the register's alias for Pakistan's government
    with pytest.raises(UnknownNameError, match="--center: 'Islamabad' is ambiguous"):
        select(context, ViewOptions(centers=("Islamabad",)))
    with pytest.raises(UnknownNameError, match="did you mean Meeting"):
        select(context, ViewOptions(types=("Meting",)))
    with pytest.raises(UnknownNameError, match="--since"):
        select(context, ViewOptions(since="January"))
    with pytest.raises(UnknownNameError, match="--source: no source named '999'"):
        select(context, ViewOptions(source="999"))


def test_a_center_left_out_by_the_filters_is_nothing_found(context: ViewContext) -> None:
    with pytest.raises(EmptyViewError, match="not in the view"):
        select(context, ViewOptions(centers=("dubai-meeting-2025-01",), source="002"))


def test_views_above_the_limit_are_refused(context: ViewContext) -> None:
    with pytest.raises(ViewTooLargeError, match="--center LABEL --depth N.*--actors"):
        select(context, ViewOptions(max_nodes=50))


# --- the page -------------------------------------------------------------------

REMOTE = re.compile(
    r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?\s*(?:https?:)?//|@import|@font-face""",
    re.IGNORECASE,
)


def test_page_is_self_contained_and_offline(context: ViewContext) -> None:
    page = render(select(context, ViewOptions(centers=("dubai-meeting-2025-01",))))
    assert REMOTE.search(page) is None
    # the data (JSON), vis-timeline, vis-network, the page's script
    assert page.count("</script>") == 4
    assert '<script type="application/json" id="kg-data">' in page
    assert "vis-network" in page and "sourceMappingURL" not in page
    assert "Content-Security-Policy" in page and "default-src &#39;none&#39;" in page
    assert 'id="legend"' in page


def test_same_view_renders_byte_identical(context: ViewContext) -> None:
    options = ViewOptions(centers=("vikram-misri",), depth=2)
    assert render(select(context, options)) == render(select(context, options))


def test_hostile_annotations_never_reach_the_page_as_markup(tmp_path: Path) -> None:
    view = select(hostile_context(tmp_path), ViewOptions(title=HOSTILE_LABEL))
    page = render(view)
    assert "<img" not in page
    assert page.count("</script>") == 4 and "<script>alert" not in page
    assert "&lt;script&gt;alert" in page  # the title, escaped by the template
    data = re.search(r'id="kg-data">(.*?)</script>', page, re.S)
    assert data is not None
    parsed = json.loads(data.group(1))
    labels = [d["label"] for d in parsed["details"].values()]
    assert HOSTILE_LABEL in labels  # intact once parsed, to be shown as text
    assert parsed["sources"]["s1"]["headline"] == HOSTILE_HEADLINE


# --- the CLI --------------------------------------------------------------------


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("KG_CORPUS", str(SEEDS))
    return CliRunner()


def test_cli_viz_writes_an_ego_view(runner: CliRunner, tmp_path: Path) -> None:
    tiny = TinyCorpus(tmp_path)
    out = tmp_path / "views" / "misri.html"
    args = ["viz", "--data", str(tiny.data), "--corpus", str(tiny.corpus), "-o", str(out)]
    result = runner.invoke(cli, [*args, "--center", "Misri", "--depth", "2"])
    assert result.exit_code == 0, result.output
    # the tiny text: "Vikram Misri met Amir Khan Muttaqi in Dubai on Wednesday": the
    # meeting one step away, its other participant and its place two steps away.
    assert result.output == f"wrote {out}: 4 nodes, 3 edges\n"
    assert "<title>Events and their participants: around Vikram Misri, depth 2</title>" in (
        out.read_text(encoding="utf-8")
    )


def test_cli_viz_errors_and_exit_codes(runner: CliRunner, tmp_path: Path) -> None:
    tiny = TinyCorpus(tmp_path)
    out = tmp_path / "x.html"
    args = ["viz", "--data", str(tiny.data), "--corpus", str(tiny.corpus), "-o", str(out)]
    unknown = runner.invoke(cli, [*args, "--center", "Nobody At All"])
    assert unknown.exit_code == 2
    assert "--center: no entity named 'Nobody At All'" in unknown.output
    large = runner.invoke(cli, [*args, "--max-nodes", "3"])
    assert large.exit_code == 1
    assert "more than the limit of 3" in large.output and "--actors" in large.output
    assert not out.exists()


def test_cli_export_graphml_gexf_json(runner: CliRunner, tmp_path: Path) -> None:
    import networkx as nx

    graphml = tmp_path / "ego.graphml"
    result = runner.invoke(cli, ["export", "--center", "dubai-meeting-2025-01", "-o", str(graphml)])
    assert result.exit_code == 0, result.output
    graph = nx.read_graphml(graphml)
    assert graph.nodes[DUBAI]["label"] == "Misri–Muttaqi meeting in Dubai (January 2025)"
    assert graph.nodes[DUBAI]["class"] == "Third-location meeting"
    # 001: "During a historic meeting in Dubai on Wednesday" (published 2025-01-09)
    assert graph.nodes[DUBAI]["earliest"] == "2025-01-08"
    labels = {d["label"] for u, v, d in graph.edges(data=True) if (u, v) == (DUBAI, MISRI)}
    assert labels == {"has participant"}
    sources = {d["sources"] for u, v, d in graph.edges(data=True) if (u, v) == (DUBAI, MISRI)}
    assert "000_1bff8b9514c268fa" in next(iter(sources))

    result = runner.invoke(cli, ["export", "--format", "json", "--center", "aid-medicines"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    node = next(n for n in data["nodes"] if n["id"] == ID + "aid-medicines")
    quantities = [f for f in node["facts"] if f["label"] == "has quantity"]
    assert sorted(f["value"] for f in quantities) == ["30 tonne", "300 tonne"]
    assert all(f["disputed"] for f in quantities)
    assert data["graph"]["sources"]["001_75a9f5a7441c5fc0"]["headline"].startswith(
        "India’s Foreign Secretary engages"
    )


def test_export_gexf_of_the_actor_view(context: ViewContext) -> None:
    import io

    import networkx as nx

    from kg.viz.export import export

    actors = nx.read_gexf(io.BytesIO(export(select(context, ViewOptions(actors=True)), "gexf")))
    # 000: "Vikram Misri met with Afghanistan’s acting Foreign Minister Amir Khan Muttaqi"
    assert actors.has_edge(MISRI, MUTTAQI)
    assert actors.nodes[MISRI]["label"] == "Vikram Misri"
    assert actors.nodes[MISRI]["class"] == "Person"


def test_demo_writes_the_whole_graph_and_the_dubai_meeting_views(
    demo_run: tuple[str, Path],
) -> None:
    output, folder = demo_run
    for name in ("graph.html", "dubai-meeting-2025-01.html"):
        assert f"wrote {folder / name}" in output
        assert (folder / name).stat().st_size > 100_000
    dubai = (folder / "dubai-meeting-2025-01.html").read_text(encoding="utf-8")
    assert "around Misri–Muttaqi meeting in Dubai (January 2025), depth 1" in dubai
