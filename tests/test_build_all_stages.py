"""One build run reports the problems of every stage: a row error does not hide a
graph-check (SHACL, violation query) problem elsewhere."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import BuildFailedError
from tests.conftest import ONTOLOGY, TinyCorpus

# a sub-event "in the meeting" with no date of its own: only the graph checks see it
SUB_EVENT = "talks\tMeeting\tTalks in the meeting\t"
SUB_EVENT_CLAIMS = (
    "talks\tsubEventOf\tmeeting\ts1\tVikram Misri met Amir Khan Muttaqi",
    "talks\thasParticipant\tmisri\ts1\tVikram Misri met Amir Khan Muttaqi",
    "talks\thasParticipant\tmuttaqi\ts1\tVikram Misri met Amir Khan Muttaqi",
)
ROW_ERROR = "aid\thasQuantity\t300 tonnes\ts1\t300 tonnes of medicines"  # unit: tonne


def _both(tiny: TinyCorpus) -> int:
    tiny.append("entities/main.tsv", SUB_EVENT)
    for line in SUB_EVENT_CLAIMS:
        tiny.append("claims/s1.tsv", line)
    return tiny.append("claims/s1.tsv", ROW_ERROR)


def test_the_graph_problem_alone_is_found(tiny: TinyCorpus) -> None:
    tiny.append("entities/main.tsv", SUB_EVENT)
    for line in SUB_EVENT_CLAIMS:
        tiny.append("claims/s1.tsv", line)
    with pytest.raises(BuildFailedError) as failed:
        tiny.build()
    assert any("needs at least one time" in p.message for p in failed.value.problems)


def test_a_row_error_and_a_graph_problem_in_one_run(tiny: TinyCorpus) -> None:
    line = _both(tiny)
    with pytest.raises(BuildFailedError) as failed:
        tiny.build()
    messages = [str(p) for p in failed.value.problems]
    assert any(f"s1.tsv:{line}:" in m and "unknown unit" in m for m in messages), messages
    assert any("main.tsv:8:" in m and "needs at least one time" in m for m in messages), messages


def test_kg_build_and_build_check_report_both(tiny: TinyCorpus) -> None:
    _both(tiny)
    common = ["--data", str(tiny.data), "--ontology", str(ONTOLOGY), "--corpus", str(tiny.corpus)]
    for extra in ([], ["--check"]):
        args = ["build", *common, "-o", str(tiny.out), *extra]
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 1
        assert "unknown unit" in result.output, extra
        assert "talks" in result.output and "time" in result.output, (extra, result.output)
    assert not tiny.out.exists()


def test_a_finding_about_an_entity_with_a_failed_row_is_counted_not_reported(
    tiny: TinyCorpus,
) -> None:
    # the meeting's only date row has an error: "needs a time" would be its echo
    text = (tiny.data / "claims/s1.tsv").read_text(encoding="utf-8")
    tiny.write("claims/s1.tsv", text.replace("2025-01-08 ", "2025-13-08 "))
    with pytest.raises(BuildFailedError) as failed:
        tiny.build()
    messages = [p.message for p in failed.value.problems]
    assert any("hasTime" in m for m in messages), messages
    assert not any("needs at least one time" in m for m in messages), messages
    assert any("were left out" in m for m in messages), messages


def test_a_file_that_cannot_be_read_stops_before_the_graph_checks(tiny: TinyCorpus) -> None:
    _both(tiny)
    tiny.write("entities/other.tsv", "id\tkind\n")  # a bad header: a root cause
    with pytest.raises(BuildFailedError) as failed:
        tiny.build()
    assert not any("needs at least one time" in p.message for p in failed.value.problems)


def test_a_row_refused_as_it_is_read_hides_the_findings_about_its_entities(
    tiny: TinyCorpus,
) -> None:
    text = (tiny.data / "claims/s1.tsv").read_text(encoding="utf-8")
    date_row = 'meeting\thasTime\t2025-01-08 "on Wednesday" relative\ts1\tin Dubai on Wednesday'
    tiny.write("claims/s1.tsv", text.replace(date_row, date_row + "\tone field too many"))
    with pytest.raises(BuildFailedError) as failed:
        tiny.build()
    messages = [str(p) for p in failed.value.problems]
    assert any("s1.tsv:5: 6 tab-separated fields" in m for m in messages), messages
    assert not any("meeting hasTime" in m for m in messages), messages
    assert any("were left out" in m for m in messages), messages
