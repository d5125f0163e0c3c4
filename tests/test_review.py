"""`kg review`: accepted suggestions become claims and register rows, rejected ones stay
rejected, edits and missed rows are checked against the text; the build validates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build.tsv import read_rows
from kg.cli import cli
from kg.namespaces import KG, KGR
from kg.review.decisions import Review, ReviewError
from kg.suggest.rows import (
    merge,
    read_suggestions,
    suggestions_path,
    write_suggestions,
)
from tests.conftest import TinyCorpus, suggestion

_row = suggestion


MEDICINES = [
    _row("entity", "medicines", "type", "Commodity", "medicines"),
    _row("entity", "medicines", "label", "Medicines", "medicines"),
    _row("entity", "medicines", "alias", "medicines", "medicines"),
]
SHIPS_MEDICINES = _row("claim", "aid", "hasCommodity", "medicines", "300 tonnes of medicines")
VIKRAM = [
    _row("entity", "vikram-misri", "type", "Person", "Vikram Misri"),
    _row("entity", "vikram-misri", "label", "Vikram Misri", "Vikram Misri"),
    _row("entity", "vikram-misri", "possibleDuplicateOf", "misri", "Vikram Misri", 0.95),
]
SECRETARY_LED = _row(
    "claim", "meeting", "hasLeader", "vikram-misri", "India’s Foreign Secretary Vikram Misri"
)
WRONG_PLACE = _row("claim", "meeting", "hasPlace", "india", "India sent", 0.3)
MENTION = _row("mention", "muttaqi", "mentions", "Muttaqi", "Amir Khan Muttaqi", 0.99)
ALL = [*MEDICINES, SHIPS_MEDICINES, *VIKRAM, SECRETARY_LED, WRONG_PLACE, MENTION]


@pytest.fixture
def review(tiny: TinyCorpus) -> Review:
    write_suggestions(suggestions_path(tiny.data, "s1"), ALL, comment="for s1")
    return Review(tiny.data, tiny.corpus, "s1")


def _claims(tiny: TinyCorpus) -> list[tuple[str, ...]]:
    rows = read_rows(
        tiny.data / "claims" / "s1.tsv",
        ("subject", "predicate", "object", "source", "evidence"),
        ("confidence", "note"),
    )
    return [tuple(r.get(n) for n in ("subject", "predicate", "object", "evidence")) for r in rows]


def _entities(tiny: TinyCorpus) -> dict[str, dict[str, str]]:
    path = tiny.data / "entities" / "added-s1.tsv"
    if not path.exists():
        return {}
    rows = read_rows(path, ("id", "type", "label"), ("aliases", "wikidata", "note"))
    return {r.get("id"): r.fields for r in rows}


def _status(tiny: TinyCorpus) -> dict[str, str]:
    return {r.sid: r.status for r in read_suggestions(suggestions_path(tiny.data, "s1"))}


def test_nothing_reaches_the_graph_before_a_decision(tiny: TinyCorpus, review: Review) -> None:
    result = tiny.build()
    assert (KGR.aid, KG.hasCommodity, KGR.medicines) not in result.dataset
    assert len(result.resolved.claims) == 7


def test_accepted_rows_go_into_the_claims_and_register_and_the_build_takes_them(
    tiny: TinyCorpus, review: Review
) -> None:
    for row in MEDICINES:
        review.accept(row.sid)
    review.accept(SHIPS_MEDICINES.sid)
    assert ("aid", "hasCommodity", "medicines", "300 tonnes of medicines") in _claims(tiny)
    entity = _entities(tiny)["medicines"]
    assert (entity["type"], entity["label"], entity["aliases"]) == (
        "Commodity",
        "Medicines",
        "medicines",
    )
    status = _status(tiny)
    assert all(status[r.sid] == "accepted" for r in [*MEDICINES, SHIPS_MEDICINES])
    graph = tiny.build().dataset
    assert any(graph.quads((KGR.aid, KG.hasCommodity, KGR.medicines, None)))


def test_a_register_row_waits_for_its_type_and_label(tiny: TinyCorpus, review: Review) -> None:
    review.accept(MEDICINES[2].sid)  # the alias alone
    assert _entities(tiny) == {}
    review.accept(MEDICINES[0].sid)
    review.accept(MEDICINES[1].sid)
    assert _entities(tiny)["medicines"]["aliases"] == "medicines"


def test_a_rejected_row_stays_rejected_and_is_not_suggested_again(
    tiny: TinyCorpus, review: Review
) -> None:
    review.reject(WRONG_PLACE.sid)
    assert _status(tiny)[WRONG_PLACE.sid] == "rejected"
    assert ("meeting", "hasPlace", "india", "India sent") not in _claims(tiny)
    again = merge(read_suggestions(suggestions_path(tiny.data, "s1")), ALL)
    assert {r.sid: r.status for r in again}[WRONG_PLACE.sid] == "rejected"


def test_an_edited_row_is_written_as_edited(tiny: TinyCorpus, review: Review) -> None:
    for row in MEDICINES:
        review.accept(row.sid)
    review.accept(SHIPS_MEDICINES.sid, {"evidence": "India sent 300 tonnes of medicines"})
    assert (
        "aid",
        "hasCommodity",
        "medicines",
        "India sent 300 tonnes of medicines",
    ) in _claims(tiny)
    (back,) = [r for r in review.rows if r.sid == SHIPS_MEDICINES.sid]
    assert back.evidence == "India sent 300 tonnes of medicines" and back.status == "accepted"
    tiny.build()


def test_an_edit_whose_evidence_is_not_in_the_text_is_refused(
    tiny: TinyCorpus, review: Review
) -> None:
    before = (tiny.data / "claims" / "s1.tsv").read_text(encoding="utf-8")
    with pytest.raises(ReviewError, match="does not occur verbatim.*the text has"):
        review.accept(SHIPS_MEDICINES.sid, {"evidence": "300 Tonnes of  medicines"})
    with pytest.raises(ReviewError, match="line break"):
        review.accept(SHIPS_MEDICINES.sid, {"note": "two\nlines"})
    assert (tiny.data / "claims" / "s1.tsv").read_text(encoding="utf-8") == before
    assert _status(tiny)[SHIPS_MEDICINES.sid] == "suggested"


def test_a_possible_duplicate_is_decided_before_its_claims(
    tiny: TinyCorpus, review: Review
) -> None:
    with pytest.raises(ReviewError, match="may be the register's 'misri'"):
        review.accept(SECRETARY_LED.sid)
    review.accept(VIKRAM[2].sid)  # yes: it is the register's misri
    status = _status(tiny)
    assert status[VIKRAM[0].sid] == status[VIKRAM[1].sid] == "rejected"
    review.accept(SECRETARY_LED.sid)
    assert (
        "meeting",
        "hasLeader",
        "misri",
        "India’s Foreign Secretary Vikram Misri",
    ) in _claims(tiny)
    assert "vikram-misri" not in _entities(tiny)  # not minted
    with pytest.raises(ReviewError, match="taken as the register's 'misri'"):
        review.accept(VIKRAM[0].sid)
    tiny.build()


def test_accepting_the_new_entity_answers_no_to_the_duplicate(
    tiny: TinyCorpus, review: Review
) -> None:
    review.accept(VIKRAM[0].sid)
    review.accept(VIKRAM[1].sid)
    assert _status(tiny)[VIKRAM[2].sid] == "rejected"
    assert _entities(tiny)["vikram-misri"]["label"] == "Vikram Misri"
    review.accept(SECRETARY_LED.sid)
    assert ("meeting", "hasLeader", "vikram-misri") == _claims(tiny)[-1][:3]


def test_an_entity_already_in_the_register_is_not_minted_twice(tiny: TinyCorpus) -> None:
    rows = [_row("entity", "india", "type", "State", "India")]
    write_suggestions(suggestions_path(tiny.data, "s1"), rows)
    with pytest.raises(ReviewError, match="in the register already"):
        Review(tiny.data, tiny.corpus, "s1").accept(rows[0].sid)


def test_a_decision_repeated_after_a_crash_writes_one_row(tiny: TinyCorpus, review: Review) -> None:
    review.accept(WRONG_PLACE.sid)
    # the claims file was written, the suggestions file was not (a crash in between)
    write_suggestions(suggestions_path(tiny.data, "s1"), ALL)
    Review(tiny.data, tiny.corpus, "s1").accept(WRONG_PLACE.sid)
    assert _claims(tiny).count(("meeting", "hasPlace", "india", "India sent")) == 1


def test_missed_rows_are_added_as_accepted(tiny: TinyCorpus, review: Review) -> None:
    review.add_entity("medicines-2", "Commodity", "Medicines", ["medicines"], "medicines")
    review.add_claim("aid", "hasCommodity", "medicines-2", "300 tonnes of medicines", "missed")
    assert _entities(tiny)["medicines-2"]["type"] == "Commodity"
    assert ("aid", "hasCommodity", "medicines-2", "300 tonnes of medicines") in _claims(tiny)
    added = [r for r in read_suggestions(review.path) if r.reason == "added by the reviewer"]
    assert {r.status for r in added} == {"accepted"} and len(added) == 4
    with pytest.raises(ReviewError, match="not a slug"):
        review.add_entity("Bad Id", "Commodity", "Medicines")
    with pytest.raises(ReviewError, match="does not occur verbatim"):
        review.add_claim("aid", "hasCommodity", "medicines", "500 tonnes of medicines")
    tiny.build()


def test_accept_above_leaves_low_confidence_and_possible_duplicates(
    tiny: TinyCorpus, review: Review
) -> None:
    decided = review.accept_above(0.9)
    status = _status(tiny)
    assert status[WRONG_PLACE.sid] == "suggested"  # 0.3
    assert all(status[r.sid] == "suggested" for r in VIKRAM)  # a person decides
    assert status[SECRETARY_LED.sid] == "suggested"  # names the open duplicate
    assert all(status[r.sid] == "accepted" for r in [*MEDICINES, SHIPS_MEDICINES, MENTION])
    assert SECRETARY_LED.sid in dict(decided.skipped)
    assert ("muttaqi", "mentions") not in [c[:2] for c in _claims(tiny)]  # mentions: no claims


def _review_cli(tiny: TinyCorpus, *args: str) -> tuple[int, str, str]:
    runner = CliRunner()
    common = ["--data", str(tiny.data), "--corpus", str(tiny.corpus)]
    result = runner.invoke(cli, ["review", "s1", *common, *args])
    return result.exit_code, result.stdout, result.stderr


def test_the_command_line_accepts_rejects_and_lists(tiny: TinyCorpus, review: Review) -> None:
    code, out, err = _review_cli(
        tiny, "--accept", MENTION.sid, "--reject", WRONG_PLACE.sid, "--list", "--json"
    )
    assert code == 0, err
    listed = {row["sid"]: row for row in json.loads(out)}
    assert listed[MENTION.sid]["status"] == "accepted"
    assert listed[WRONG_PLACE.sid]["status"] == "rejected"
    assert listed[SHIPS_MEDICINES.sid]["evidence"] == "300 tonnes of medicines"
    code, out, err = _review_cli(tiny, "--accept-above", "0.9")
    assert code == 0 and "accepted 4 suggestion(s)" in err  # the mention was already


def test_the_command_line_errors_are_one_line(tiny: TinyCorpus, review: Review) -> None:
    code, _out, err = _review_cli(tiny, "--accept", "0123456789ab")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "no suggestion" in err
    code, _out, err = _review_cli(tiny, "--accept", SECRETARY_LED.sid)
    assert code == 2 and "decide that first" in err
    result = CliRunner().invoke(
        cli, ["review", "s9", "--data", str(tiny.data), "--corpus", str(tiny.corpus), "--list"]
    )
    assert result.exit_code == 2 and "unknown source 's9'" in result.output
    code, _out, err = _review_cli(tiny, "--accept-above", "2")
    assert code == 2 and "--accept-above" in err


def test_kg_review_serves_the_page_until_interrupted(tiny: TinyCorpus, review: Review) -> None:
    import os
    import signal
    import subprocess
    import sys
    import urllib.request

    kg = Path(sys.executable).parent / "kg"
    args = [str(kg), "review", "s1", "--data", str(tiny.data), "--corpus", str(tiny.corpus)]
    process = subprocess.Popen(
        [*args, "--no-browser"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith("reviewing s1 at http://127.0.0.1:"), line
        url = line.split(" at ")[1].split()[0]
        with urllib.request.urlopen(url, timeout=10) as response:
            assert response.status == 200
            assert "300 tonnes of medicines" in response.read().decode("utf-8")
    finally:
        os.kill(process.pid, signal.SIGINT)
        out, _err = process.communicate(timeout=60)  # a loaded machine: a wide margin
    assert process.returncode == 0 and "stopped" in out


def test_an_alias_accepted_later_rewrites_the_one_register_row(
    tiny: TinyCorpus, review: Review
) -> None:
    hand = "# by hand\nid\ttype\tlabel\taliases\nenvoys\tGroup\tEnvoys\t\n"
    tiny.write("entities/added-s1.tsv", hand)
    review.accept(MEDICINES[0].sid)
    review.accept(MEDICINES[1].sid)
    assert _entities(tiny)["medicines"]["aliases"] == ""
    review.accept(MEDICINES[2].sid)
    text = (tiny.data / "entities" / "added-s1.tsv").read_text(encoding="utf-8")
    # the hand-written lines stay; the header gains the note column the new row has
    assert text.startswith("# by hand\nid\ttype\tlabel\taliases\tnote\nenvoys\tGroup\tEnvoys\t\n")
    assert text.count("medicines\tCommodity") == 1
    assert _entities(tiny)["medicines"]["aliases"] == "medicines"
    tiny.build()


def test_a_port_in_use_is_one_line_naming_the_option(tiny: TinyCorpus, review: Review) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        code, _out, err = _review_cli(tiny, "--port", port, "--no-browser")
    assert code == 2 and "--port" in err and "cannot listen" in err


def test_a_source_without_suggestions_says_how_to_get_them(tiny: TinyCorpus) -> None:
    code, out, err = _review_cli(tiny, "--list", "--json")
    assert code == 0 and json.loads(out) == []
    assert "run kg suggest s1" in err


def test_the_page_takes_suggestions_written_meanwhile(tiny: TinyCorpus, review: Review) -> None:
    from kg.review.page import ReviewServer

    server = ReviewServer(review)
    try:
        late = _row("claim", "aid", "hasInitiator", "india", "India sent", 0.8)
        write_suggestions(suggestions_path(tiny.data, "s1"), [*ALL, late])  # kg suggest again
        server.decide({"action": "accept", "sid": late.sid})
        server.decide({"action": "reject", "sid": WRONG_PLACE.sid})
    finally:
        server.close()
    status = _status(tiny)
    assert status[late.sid] == "accepted" and status[WRONG_PLACE.sid] == "rejected"


def test_a_claim_about_a_new_entity_waits_for_the_entity(tiny: TinyCorpus) -> None:
    unsure = [_row("entity", "medicines", p, o, "medicines", 0.6) for p, o in
              (("type", "Commodity"), ("label", "Medicines"))]  # fmt: skip
    write_suggestions(suggestions_path(tiny.data, "s1"), [*unsure, SHIPS_MEDICINES], comment="")
    review = Review(tiny.data, tiny.corpus, "s1")
    with pytest.raises(ReviewError, match="'medicines', which is not accepted"):
        review.accept(SHIPS_MEDICINES.sid)
    decided = review.accept_above(0.9)  # the claim is at 0.9, its entity's rows at 0.6
    assert decided.accepted == [] and SHIPS_MEDICINES.sid in dict(decided.skipped)
    assert ("aid", "hasCommodity", "medicines") not in [c[:3] for c in _claims(tiny)]
    tiny.build()  # so the build still passes
    review.accept_entity("medicines")
    review.accept(SHIPS_MEDICINES.sid)
    assert ("aid", "hasCommodity", "medicines", "300 tonnes of medicines") in _claims(tiny)
