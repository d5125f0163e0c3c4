"""One date-window rule (kg/dates.py) for timeline, viz, export and the catalogue query.

The expected events are read from the seed texts (../shared/seeds); the
publication dates are in data/sources.tsv (000 and 001: Thursday 9 January
2025; 002 and 004: Thursday 7 November 2024; 003: 16 May 2025).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import kg.cli.lookup_commands as lookup_commands
import kg.cli.viz_commands as viz_commands
from kg.build import BuildResult
from kg.cli import cli
from kg.dates import DateRange, DateRangeError, date_range, window
from kg.lookup.backend import MemoryBackend, backend_for
from kg.lookup.common import NothingFoundError
from kg.lookup.timeline import timeline
from kg.sparql import bind_parameters, read_query_file
from kg.stores.oxigraph import OxigraphStore
from kg.viz import EmptyViewError, UnknownNameError, ViewContext, ViewOptions, load_context, select
from kg.viz.export import export
from tests.conftest import ROOT, TinyCorpus

ID = "https://w3id.org/kgdiplo/id/"
Rows = Callable[..., list[dict[str, object]]]

JANUARY_2025 = {
    # 000 / 001: "in Dubai on Wednesday" (8 January); 003: "in Dubai in January".
    "dubai-meeting-2025-01",
    # 001: "During the talks, the Afghan side acknowledged India’s security concerns".
    "iea-acknowledgement-security-concerns-2025-01",
    # 000: "The Taliban recently called India a “significant regional and economic partner”
    # after high-level talks" (between the meeting and the publication).
    "taliban-partner-statement-2025-01",
    # 003: "In January, Iranian Foreign Minister Abbas Araghchi made a rare trip to Kabul";
    # "Talks in Kabul focused on security, trade".
    "araghchi-kabul-visit-2025-01",
    "araghchi-kabul-talks-2025-01",
    # 000: "India condemned the airstrikes" (after them, by 9 January); 001: "The meeting in
    # Dubai followed India’s condemnation of Pakistan’s airstrikes ... in late December".
    "india-condemnation-paktika-airstrikes",
    # 000: "Since late 2023, about one million refugees have returned" (up to the report).
    "afghan-refugee-returns-since-2023",
}
# Not in January: 000 "Last week, Pakistan launched an operation" (30 December - 5 January) and
# 001 "in late December" agree on 30-31 December; "India pledged to offer material support"
# (000) / "India agreed to offer material support" (001) are only known to be before the
# reports, so merely possible in January.


@pytest.fixture(scope="module")
def backend(seed: BuildResult) -> MemoryBackend:
    return backend_for(seed.dataset)


@pytest.fixture(scope="module")
def context(seed: BuildResult) -> ViewContext:
    return load_context(seed.dataset)


def in_timeline(backend: Any, since: str | None, until: str | None) -> set[str]:
    try:
        return {e.event.id for e in timeline(backend, since=since, until=until).entries}
    except NothingFoundError:
        return set()


def in_view(context: ViewContext, since: str | None, until: str | None) -> set[str]:
    try:
        view = select(context, ViewOptions(since=since, until=until, max_nodes=None))
    except EmptyViewError:
        return set()
    return {n.removeprefix(ID) for n, d in view.graph.nodes(data=True) if d["is_event"]}


def in_export(context: ViewContext, since: str | None, until: str | None) -> set[str]:
    try:
        view = select(context, ViewOptions(since=since, until=until, max_nodes=None))
    except EmptyViewError:
        return set()
    document = json.loads(export(view, "json"))
    return {n["entity_id"] for n in document["nodes"] if n["is_event"]}


def in_query(run_query: Rows, start: str, until: str) -> set[str]:
    query = read_query_file(ROOT / "queries" / "events-in-window.rq")
    rows = run_query(query.text, **bind_parameters(query, {"start": start, "until": until}))
    return {str(row["event"]).removeprefix(ID) for row in rows}


# ---------------------------------------------------------------- the seed, every command


def test_january_2025_is_the_same_events_everywhere(
    backend: MemoryBackend, context: ViewContext, run_query: Rows
) -> None:
    assert in_timeline(backend, "2025-01", "2025-01") == JANUARY_2025
    assert in_view(context, "2025-01", "2025-01") == JANUARY_2025
    assert in_export(context, "2025-01", "2025-01") == JANUARY_2025
    assert in_query(run_query, "2025-01-01", "2025-01-31") == JANUARY_2025


@pytest.mark.parametrize(
    ("since", "until", "start", "end"),
    [
        ("2024-11", "2024-11", "2024-11-01", "2024-11-30"),
        ("2024-11-06", "2024-11-06", "2024-11-06", "2024-11-06"),
        ("2025-01-15", "2025", "2025-01-15", "2025-12-31"),
        ("2021", "2021", "2021-01-01", "2021-12-31"),
    ],
)
def test_timeline_viz_export_and_query_agree(
    backend: MemoryBackend,
    context: ViewContext,
    run_query: Rows,
    since: str,
    until: str,
    start: str,
    end: str,
) -> None:
    expected = in_timeline(backend, since, until)
    assert expected
    assert in_view(context, since, until) == expected
    assert in_export(context, since, until) == expected
    assert in_query(run_query, start, end) == expected


def test_sources_that_disagree_are_each_judged(
    backend: MemoryBackend, context: ViewContext
) -> None:
    # The Singh–Yaqub meeting: 002 "during the November 4-5 visit", 004 "This high-level
    # engagement, which took place on Wednesday" (6 November). They disagree, so 004's date
    # alone puts it inside 6 November, and 002's alone inside 4 November.
    for day in ("2024-11-06", "2024-11-04"):
        assert "singh-yaqub-meeting-2024-11" in in_timeline(backend, day, day)
        assert "singh-yaqub-meeting-2024-11" in in_view(context, day, day)
    # The Dubai meeting: 000/001 "on Wednesday" (8 January) and 003 "in January" agree, so the
    # meeting is on 8 January, not inside --since 2025-01-15 by 003's looser date.
    assert "dubai-meeting-2025-01" not in in_timeline(backend, "2025-01-15", None)
    assert "dubai-meeting-2025-01" not in in_view(context, "2025-01-15", None)
    # 003 alone: "In January, Iranian Foreign Minister Abbas Araghchi made a rare trip to
    # Kabul" is a month, so it overlaps --since 2025-01-15.
    assert "araghchi-kabul-visit-2025-01" in in_timeline(backend, "2025-01-15", None)


def test_an_open_date_is_inside_only_when_all_of_it_is(
    backend: MemoryBackend, context: ViewContext
) -> None:
    # 000 "India pledged to offer material support", 001 "India agreed to offer material
    # support": both only before the report of 9 January 2025 (..2025-01-09).
    pledge = "india-material-support-pledge-2025-01"
    for since, until, inside in [
        ("2025-01", "2025-01", False),  # merely possible in January
        ("2024", None, False),  # could be any time before
        (None, "2025-01", True),  # all of it is before the end of January
        (None, "2025-01-08", False),  # could be 9 January
    ]:
        assert (pledge in in_timeline(backend, since, until)) is inside, (since, until)
        assert (pledge in in_view(context, since, until)) is inside, (since, until)
        assert (pledge in in_export(context, since, until)) is inside, (since, until)
    # 003 (16 May 2025): "He is expected to visit Tehran and Beijing in the coming weeks"
    # (2025-05-16..).
    visit = "muttaqi-iran-visit-2025"
    assert visit in in_timeline(backend, "2025-05", None)
    assert visit in in_view(context, "2025-05", None)
    assert visit not in in_timeline(backend, "2025-05", "2025-12")
    assert visit not in in_view(context, "2025-05", "2025-12")


def test_the_actor_view_counts_only_events_inside_the_range(context: ViewContext) -> None:
    # India and the Islamic Emirate share 14 events; in January 2025 only three are dated:
    # the Dubai meeting (8 January), the Afghan side's acknowledgement "During the talks", and
    # the Taliban's "significant regional and economic partner" statement after them.
    whole = select(context, ViewOptions(actors=True))
    january = select(context, ViewOptions(actors=True, since="2025-01", until="2025-01"))
    pair = (ID + "india", ID + "islamic-emirate-of-afghanistan")
    assert whole.graph.edges[pair]["weight"] == 14
    edge = january.graph.edges[pair]
    assert {e["event"].removeprefix(ID) for e in edge["events"]} == {
        "dubai-meeting-2025-01",
        "iea-acknowledgement-security-concerns-2025-01",
        "taliban-partner-statement-2025-01",
    }
    assert edge["weight"] == 3


def test_a_range_keeps_only_what_its_events_link_to(context: ViewContext) -> None:
    # 003 (16 May 2025): "Acting Afghan Foreign Minister Amir Khan Muttaqi’s phone call with
    # External Affairs Minister S. Jaishankar on Thursday" is the only event of 15 May.
    view = select(context, ViewOptions(since="2025-05-15", until="2025-05-15"))
    call = ID + "muttaqi-jaishankar-call-2025-05-15"
    assert [n for n, d in view.graph.nodes(data=True) if d["is_event"]] == [call]
    assert set(view.graph.nodes) == {call} | set(nx_neighbours(view.graph, call))


def nx_neighbours(graph: Any, node: str) -> list[str]:
    return [*graph.successors(node), *graph.predecessors(node)]


# ---------------------------------------------------------------- the CLI


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, seed: BuildResult) -> Callable[..., Result]:
    return _runner(monkeypatch, seed)


def _runner(monkeypatch: pytest.MonkeyPatch, build: BuildResult) -> Callable[..., Result]:
    monkeypatch.setattr(lookup_commands, "load_dataset", lambda *_: build.dataset)
    monkeypatch.setattr(viz_commands, "load_dataset", lambda *_: build.dataset)

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(cli, list(args))

    return invoke


@pytest.mark.parametrize("command", [["viz", "-o"], ["export", "-o"]])
def test_a_range_with_no_event_is_an_empty_view(
    run: Callable[..., Result], tmp_path: Path, command: list[str]
) -> None:
    target = tmp_path / "out.html"
    result = run(*command, str(target), "--since", "2030")
    assert result.exit_code == 1, result.output
    assert result.stderr.strip() == "Error: nothing to show: no event since 2030 (year)"
    assert not target.exists()


def test_timeline_with_no_event_in_range_exits_1(run: Callable[..., Result]) -> None:
    result = run("timeline", "--since", "2030")
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: no events since 2030 (year)"


@pytest.mark.parametrize(
    "command", [["timeline"], ["viz", "-o", "unused.html"], ["export", "--format", "json"]]
)
def test_since_after_until_is_a_usage_error_naming_both(
    run: Callable[..., Result], command: list[str]
) -> None:
    result = run(*command, "--since", "2025-02", "--until", "2025-01")
    assert result.exit_code == 2, result.output
    assert "--since 2025-02 is after --until 2025-01" in result.stderr
    bad = run(*command, "--until", "2025-13")
    assert bad.exit_code == 2, bad.output
    assert "--until '2025-13' is not a date" in bad.stderr


def test_the_library_refuses_the_same_ranges(context: ViewContext, backend: MemoryBackend) -> None:
    with pytest.raises(DateRangeError, match="--since 2025-02 is after --until 2025-01"):
        date_range("2025-02", "2025-01")
    with pytest.raises(UnknownNameError, match="--since 2025-02 is after --until 2025-01"):
        select(context, ViewOptions(since="2025-02", until="2025-01"))
    assert date_range("2025-01-31", "2025-01") == DateRange(
        "2025-01-31", "2025-01", "2025-01-31", "2025-01-31"
    )


@pytest.fixture(scope="module")
def oxigraph(seed_store: str) -> OxigraphStore:
    """The seed as `kg build --store oxigraph:PATH` writes it (the session's, built once)."""
    return OxigraphStore(Path(seed_store.partition(":")[2]))


STORE_VIEWS = [
    # A position or a place beside the centre is kept for an event in range one step
    # further out, which a store's ego view fetches only when a range is given.
    ["--center", "vikram-misri", "--since", "2025-01"],
    ["--center", "India", "--depth", "2", "--since", "2024-11", "--until", "2024-11"],
    ["--center", "pakistan", "--until", "2024-12"],
    ["--actors", "--center", "Muttaqi", "--since", "2025-01", "--until", "2025-01"],
]


@pytest.mark.parametrize("args", STORE_VIEWS, ids=[" ".join(a) for a in STORE_VIEWS])
def test_a_store_ego_view_in_a_range_is_the_memory_one(
    run: Callable[..., Result],
    oxigraph: OxigraphStore,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
) -> None:
    monkeypatch.setattr(viz_commands, "open_store", lambda *_: oxigraph)
    memory = run("export", "--format", "json", *args, "--store", "memory")
    store = run("export", "--format", "json", *args, "--store", "oxigraph:seed")
    assert memory.exit_code == 0, memory.output
    assert store.stdout == memory.stdout


# ---------------------------------------------------------------- an undated event


@pytest.fixture
def undated(tiny: TinyCorpus) -> BuildResult:
    """The tiny corpus plus a meeting no claim dates (data from elsewhere: no SHACL check)."""
    tiny.append("entities/main.tsv", "talks\tMeeting\tUndated talks\t")
    tiny.append("claims/s1.tsv", "talks\thasParticipant\tmisri\ts1\tVikram Misri met")
    return tiny.build(shacl=False)


def test_an_undated_event_is_left_out_and_counted_everywhere(
    undated: BuildResult, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    backend = backend_for(undated.dataset)
    context = load_context(undated.dataset)
    # No bound: every event, dated or not.
    assert in_timeline(backend, None, None) == {"meeting", "aid", "talks"}
    assert in_view(context, None, None) == {"meeting", "aid", "talks"}
    # A bound: the undated talks are left out by each command, and counted.
    assert in_timeline(backend, None, "2025") == {"meeting", "aid"}
    assert in_view(context, None, "2025") == {"meeting", "aid"}
    assert in_export(context, None, "2025") == {"meeting", "aid"}
    assert timeline(backend, until="2025").undated_left_out == 1
    assert select(context, ViewOptions(until="2025")).undated_left_out == 1
    run = _runner(monkeypatch, undated)
    for command in (
        ["timeline", "--json"],
        ["viz", "-o", str(tmp_path / "v.html")],
        ["export", "-o", str(tmp_path / "v.json")],
    ):
        result = run(*command, "--until", "2025")
        assert result.exit_code == 0, result.output
        assert result.stderr == "1 undated event(s) left out\n", command
    document = json.loads(run("timeline", "--json", "--until", "2025").stdout)
    assert document["undated_left_out"] == 1
    assert json.loads((tmp_path / "v.json").read_text())["nodes"]
    assert "talks" not in (tmp_path / "v.json").read_text()


# ---------------------------------------------------------------- the rule itself


@pytest.mark.parametrize(
    ("date", "since", "until", "inside"),
    [
        ("2025-01", "2025-01-15", None, True),  # a month overlaps a later day bound
        ("2025-01", None, "2025-01-01", True),
        ("2024-12-30..2025-01-05", "2025-01", "2025-01", True),  # a span overlapping
        ("2024-12", "2025-01", None, False),
        ("..2025-01-09", "2025-01", "2025-01", False),  # merely possible
        ("..2025-01-09", None, "2025-01-09", True),  # all of it lies before the bound
        ("..2025-01-09", None, "2025-01-08", False),
        ("..2025-01-09", "1900", None, False),  # open before, bounded before
        ("2021..", "2021", None, True),
        ("2021..", "2020", "2030", False),
        ("2021..", "2022", None, False),
    ],
)
def test_the_rule(date: str, since: str | None, until: str | None, inside: bool) -> None:
    assert date_range(since, until).contains(window(date)) is inside
    assert date_range(since, until).holds([(date, ["s"])]) is inside


def test_no_bound_keeps_everything_even_undated() -> None:
    assert DateRange().holds([])
    assert not date_range("2025", None).holds([])
