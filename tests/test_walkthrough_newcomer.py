"""What tripped a newcomer following docs/annotation.md's "Adding a report": a source
given by its number, typos typed into a review refused at once, a claim that waits
for its entity naming the rows to accept, `--accept-above` leaving an event whose
date it would not accept, page furniture further down the page, and coverage
naming a sentence by its line."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.review.decisions import Review, ReviewError
from kg.suggest.intake import detect
from kg.suggest.rows import (
    Suggestion,
    read_suggestions,
    suggestions_path,
    write_suggestions,
)
from tests.conftest import TinyCorpus, suggestion

_row = suggestion


TALKS = [
    _row("entity", "talks", "type", "Statement", "met", 0.7),
    _row("entity", "talks", "label", "Statement: met", "met", 0.7),
]
TALKS_DATE = _row("claim", "talks", "hasTime", '2025-01-08 "on Wednesday" relative', "met", 0.3)
TALKS_MISRI = _row("claim", "talks", "hasParticipant", "misri", "Vikram Misri met", 0.6)


def _review(tiny: TinyCorpus, rows: list[Suggestion]) -> Review:
    write_suggestions(suggestions_path(tiny.data, "s1"), rows, comment="")
    return Review(tiny.data, tiny.corpus, "s1")


def _cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def _stdout(*args: str) -> str:
    return CliRunner().invoke(cli, list(args)).stdout


def test_review_takes_the_source_number_as_suggest_does(tiny: TinyCorpus) -> None:
    tiny.renumber("005_1a2b3c4d5e6f7a8b")
    folders = tiny.folders
    code, out = _cli("review", "005", *folders, "--list", "--json")
    assert code == 0, out
    assert "no suggestions for 005_1a2b3c4d5e6f7a8b yet" in out
    code, out = _cli("review", "006", *folders, "--list")
    assert code == 2 and "unknown source '006'" in out


def test_a_typo_in_a_missed_claim_is_refused_with_a_did_you_mean(tiny: TinyCorpus) -> None:
    review = _review(tiny, [*TALKS, TALKS_MISRI])
    before = (tiny.data / "claims" / "s1.tsv").read_text(encoding="utf-8")
    with pytest.raises(
        ReviewError, match=re.escape("unknown predicate 'hasConsern' (did you mean hasConcern")
    ):
        review.add_claim("misri", "hasConsern", "india", "Vikram Misri")
    with pytest.raises(
        ReviewError, match=re.escape("unknown subject entity 'misrri' (did you mean misri")
    ):
        review.add_claim("misrri", "hasConcern", "india", "Vikram Misri")
    with pytest.raises(
        ReviewError, match=re.escape("unknown object entity 'dubay' (did you mean dubai")
    ):
        review.add_claim("meeting", "hasPlace", "dubay", "in Dubai")
    assert (tiny.data / "claims" / "s1.tsv").read_text(encoding="utf-8") == before
    # a text object is not an entity; a new entity proposed here is named before it is accepted
    review.add_claim("meeting", "hasDescription", "dubay", "in Dubai")
    review.accept_entity("talks")
    review.add_claim("talks", "hasPlace", "dubai", "in Dubai")


def test_a_typo_in_an_edit_or_a_new_entitys_type_is_refused(tiny: TinyCorpus) -> None:
    review = _review(tiny, [*TALKS, TALKS_MISRI, TALKS_DATE])
    with pytest.raises(ReviewError, match=re.escape("unknown type 'Country'")):
        review.add_entity("tajikistan", "Country", "Tajikistan", evidence="Dubai")
    assert not (tiny.data / "entities" / "added-s1.tsv").exists()
    with pytest.raises(ReviewError, match=re.escape("unknown type 'Meting' (did you mean Meeting")):
        review.accept(TALKS[0].sid, {"object": "Meting"})
    review.accept_entity("talks")
    with pytest.raises(ReviewError, match=re.escape("'misry' (did you mean misri")):
        review.accept(TALKS_MISRI.sid, {"object": "misry"})
    review.accept(TALKS_DATE.sid)
    tiny.build()  # nothing refused reached the files


def test_a_claim_waiting_for_its_entity_names_the_rows_to_accept(tiny: TinyCorpus) -> None:
    review = _review(tiny, [*TALKS, TALKS_MISRI])
    with pytest.raises(ReviewError, match=re.escape(f"({TALKS[0].sid} and {TALKS[1].sid})")):
        review.accept(TALKS_MISRI.sid)


def test_accept_above_leaves_an_event_whose_date_it_would_not_accept(tiny: TinyCorpus) -> None:
    review = _review(tiny, [*TALKS, TALKS_DATE])
    decided = review.accept_above(0.7)
    assert decided.accepted == []
    reasons = dict(decided.skipped)
    assert f"{TALKS_DATE.sid} at 0.30" in reasons[TALKS[0].sid]
    tiny.build()  # the build would refuse the event without a time
    decided = review.accept_above(0.3)  # its date reaches the threshold: all go together
    assert set(decided.accepted) == {TALKS[0].sid, TALKS[1].sid, TALKS_DATE.sid}
    tiny.build()


def test_links_and_copyright_lines_anywhere_are_page_furniture() -> None:
    text = (
        "World | South Asia\n\n"
        "India, Tajikistan agree to boost defence cooperation\n\n"
        "DUSHANBE: India and Tajikistan agreed on Monday to deepen defence cooperation.\n\n"
        "Read more: India and Central Asia: a decade of connectivity\n\n"
        "ALSO READ | Kazakhstan, Uzbekistan sign energy pact\n\n"
        "Read the full statement on the ministry's website, an official said on Monday.\n\n"
        "© 2026 The Asian Chronicle. All rights reserved.\n"
    )
    found = dict(detect(text).furniture)
    assert found["Read more: India and Central Asia: a decade of connectivity"] == (
        "link to another story"
    )
    assert found["ALSO READ | Kazakhstan, Uzbekistan sign energy pact"] == "link to another story"
    assert found["© 2026 The Asian Chronicle. All rights reserved."] == "copyright line"
    assert not any(line.startswith("Read the full") for line in found)  # a story sentence
    assert detect(text).headline == "India, Tajikistan agree to boost defence cooperation"


def test_coverage_names_an_uncovered_sentence_by_its_line(tiny: TinyCorpus) -> None:
    folders = tiny.folders
    code, out = _cli("coverage", "--table", *folders)
    assert code == 1
    assert "uncovered s1:1: Envoys meet in Dubai" in out
    listed = json.loads(_stdout("coverage", "--sentences", "--json", *folders))
    assert [(row["line"], row["text"][:6]) for row in listed] == [
        (1, "Envoys"),
        (2, "India’"),
        (2, "India "),
    ]


def test_suggesting_again_after_a_review_keeps_the_accepted_entities_ids(
    tiny: TinyCorpus,
) -> None:
    tiny.write(
        "sources.tsv",
        "id\theadline\tpublished\ns1\tEnvoys meet in Dubai\t2025-01-09\ns2\t\t2026-03-12\n",
    )
    (tiny.corpus / "s2.txt").write_text(
        "Kazakh Foreign Minister Murat Nurtleu met Amir Khan Muttaqi in Almaty on Wednesday, "
        "the ministry said.\n",
        encoding="utf-8",
    )
    folders = tiny.folders
    assert _cli("suggest", "s2", *folders)[0] == 0
    first = read_suggestions(suggestions_path(tiny.data, "s2"))
    events = [r.subject for r in first if r.kind == "entity" and r.object == "Statement"]
    assert events == ["statement"]
    review = Review(tiny.data, tiny.corpus, "s2")
    review.accept_entity("statement")  # its claims still pending
    review.accept_entity("murat-nurtleu")
    assert _cli("suggest", "s2", *folders)[0] == 0  # "Run it again after a review"
    again = {r.sid: r for r in read_suggestions(suggestions_path(tiny.data, "s2"))}
    assert set(again) == {r.sid for r in first}  # nothing minted a second time ("statement-2")
    assert {r.subject for r in again.values()} == {r.subject for r in first}
    assert {r.sid for r in again.values() if r.status == "accepted"} == {
        r.sid for r in first if r.subject in ("statement", "murat-nurtleu") and r.kind == "entity"
    }
    pending = [r for r in again.values() if r.subject == "statement" and r.kind == "claim"]
    assert pending and {r.status for r in pending} == {"suggested"}


def test_an_accepted_row_can_be_taken_back(tiny: TinyCorpus) -> None:
    review = _review(tiny, [*TALKS, TALKS_MISRI, TALKS_DATE])
    claims = tiny.data / "claims" / "s1.tsv"
    before = claims.read_text(encoding="utf-8")
    review.accept_entity("talks")
    review.accept(TALKS_MISRI.sid)
    with pytest.raises(ReviewError, match=re.escape(f"claims name 'talks' ({claims}:9)")):
        review.undo(TALKS[0].sid)  # a claim names the entity: that first
    review.undo(TALKS_MISRI.sid)  # a mis-click on Accept
    assert claims.read_text(encoding="utf-8") == before
    assert review.find(TALKS_MISRI.sid).status == "suggested"
    review.undo(TALKS[1].sid)  # the label: the register row goes until a label is accepted
    assert "talks" not in (tiny.data / "entities" / "added-s1.tsv").read_text(encoding="utf-8")
    review.accept(TALKS[1].sid, {"object": "Statement of Misri"})
    assert "talks\tStatement\tStatement of Misri" in (
        tiny.data / "entities" / "added-s1.tsv"
    ).read_text(encoding="utf-8")
    with pytest.raises(ReviewError, match="not accepted: nothing to undo"):
        review.undo(TALKS_DATE.sid)
    folders = tiny.folders
    code, out = _cli("review", "s1", *folders, "--undo", TALKS[1].sid)
    assert code == 0 and f"undone {TALKS[1].sid}" in out


def test_accept_above_leaves_a_meeting_whose_second_actor_it_would_not_accept(
    tiny: TinyCorpus,
) -> None:
    meeting = [
        _row("entity", "talks", "type", "Meeting", "met", 0.7),
        _row("entity", "talks", "label", "Meeting of Misri and Muttaqi", "met", 0.7),
        _row("claim", "talks", "hasTime", '2025-01-08 "on Wednesday" relative', "met", 0.9),
        _row("claim", "talks", "hasParticipant", "misri", "Vikram Misri met", 0.6),
        _row("claim", "talks", "hasParticipant", "muttaqi", "met Amir Khan Muttaqi", 0.6),
    ]
    review = _review(tiny, meeting)
    decided = review.accept_above(0.7)
    assert decided.accepted == []
    # the shapes' rule, as the build will give it
    assert (
        "A meeting needs at least two actors, and at 0.7" in dict(decided.skipped)[meeting[0].sid]
    )
    tiny.build()  # the build would refuse the meeting with no actor
    decided = review.accept_above(0.6)
    assert set(decided.accepted) == {row.sid for row in meeting}
    tiny.build()


def test_a_missed_entity_whose_label_is_not_in_the_text_asks_for_the_evidence(
    tiny: TinyCorpus,
) -> None:
    review = _review(tiny, [])
    with pytest.raises(ReviewError, match="the label 'Dubai meeting venue' is not in the text"):
        review.add_entity("venue", "Building", "Dubai meeting venue")
    review.add_entity("venue", "Building", "Dubai meeting venue", evidence="in Dubai")


def test_a_build_that_misses_an_events_date_names_the_pending_row(tiny: TinyCorpus) -> None:
    review = _review(tiny, [*TALKS, TALKS_DATE])
    review.accept_entity("talks")  # on the page, one decision at a time: not its date yet
    result = CliRunner().invoke(
        cli, ["build", "--check", "--data", str(tiny.data), "--corpus", str(tiny.corpus)]
    )
    assert result.exit_code == 1
    assert "An event without a time: kgr:talks" in result.stderr
    assert (
        f"note: talks: An event needs at least one time; pending: kg review s1 --data "
        f"{tiny.data} --corpus {tiny.corpus} --accept {TALKS_DATE.sid}" in (result.stderr)
    )


def test_suggest_proposes_nothing_from_page_furniture_alone(tiny: TinyCorpus) -> None:
    tiny.write(
        "sources.tsv",
        "id\theadline\tpublished\ns1\tEnvoys meet in Dubai\t2025-01-09\ns2\t\t2026-06-16\n",
    )
    (tiny.corpus / "s2.txt").write_text(
        "World | South Asia\n\n"
        "India and Tajikistan agreed on Monday to deepen defence cooperation, "
        "as S. Jaishankar held talks with Tajik President Emomali Rahmon in Dushanbe.\n",
        encoding="utf-8",
    )
    tiny.write(
        "coverage-exclusions/s2.tsv",
        "source\ttext\treason\ns2\tWorld | South Asia\tsection label (kg add)\n",
    )
    folders = tiny.folders
    assert _cli("suggest", "s2", *folders)[0] == 0
    rows = read_suggestions(suggestions_path(tiny.data, "s2"))
    assert "south-asia" not in {r.subject for r in rows} | {r.object for r in rows}
    assert "dushanbe" in {r.subject for r in rows}  # the story's own names stay


def test_the_listed_table_fits_a_terminal_and_json_keeps_everything(tiny: TinyCorpus) -> None:
    said = "India sent 300 tonnes of medicines"
    paraphrase = _row("claim", "talks", "hasParaphrase", said + " " + "x" * 150, said, 0.4)
    _review(tiny, [*TALKS, paraphrase])
    folders = tiny.folders
    table = _stdout("review", "s1", *folders, "--list", "--table")
    assert max(len(line) for line in table.splitlines()) < 160 and "India sent 300 t" in table
    listed = json.loads(_stdout("review", "s1", *folders, "--list", "--json"))
    assert paraphrase.object in [row["object"] for row in listed]


def test_coverage_of_one_source(tiny: TinyCorpus) -> None:
    tiny.write(
        "sources.tsv",
        "id\theadline\tpublished\ns1\tEnvoys meet in Dubai\t2025-01-09\n"
        "005_1a2b3c4d5e6f7a8b\t\t2026-06-16\n",
    )
    (tiny.corpus / "005_1a2b3c4d5e6f7a8b.txt").write_text(
        "India and Tajikistan agreed on Monday to deepen defence cooperation.\n", encoding="utf-8"
    )
    folders = tiny.folders
    listed = json.loads(_stdout("coverage", "--sentences", "--json", "--source", "005", *folders))
    assert {row["source"] for row in listed} == {"005_1a2b3c4d5e6f7a8b"} and len(listed) == 1
    code, out = _cli("coverage", "--source", "009", *folders)
    assert code == 2 and "--source: no source named '009'" in out
