"""What tripped a newcomer walking through docs/annotation.md's "Adding a report" on a
scratch copy of the data (walk 15): `kg add`'s next step and a failed build's note
dropping `--data`/`--corpus`, a hard-wrapped text refused as "no story sentence", a
claim naming an entity the reviewer rejected asking for that entity to be accepted, no
way back from a mis-clicked Reject, no near miss for a typo in typed evidence, and the
docs promising to edit an entity row's id, silent on where `kg build` writes, on
`kg coverage`'s exit code and on a short span covering every sentence it occurs in.
Texts invented."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.resources import project_root, workspace_dir
from kg.review.decisions import Review, ReviewError
from kg.review.page import ReviewServer, render_page
from kg.suggest.rows import Suggestion, read_suggestions, suggestions_path, write_suggestions
from tests.conftest import TinyCorpus, suggestion

DOCS = Path(__file__).resolve().parents[1] / "docs" / "annotation.md"

REPORT = """Herders' envoys agree on a grazing corridor

By Nurlan Abdykadyrov

OSH: Envoys of two valley councils met in Osh on Friday and agreed on a shared grazing \
corridor for the summer months.
"""
"""A report as saved, its story paragraph on one line."""
WRAPPED = REPORT.replace("shared grazing corridor", "shared grazing\ncorridor")
"""The same report hard-wrapped: its story sentence broken over two lines."""

FORUM = [
    suggestion("entity", "forum", "type", "Meeting", "met", 0.7),
    suggestion("entity", "forum", "label", "Meeting: met", "met", 0.7),
]
FORUM_DATE = suggestion(
    "claim", "forum", "hasTime", '2025-01-08 "on Wednesday" relative', "on Wednesday", 0.9
)
FORUM_MISRI = suggestion("claim", "forum", "hasParticipant", "misri", "Vikram Misri met", 0.95)
MEDICINES_ROW = suggestion(
    "claim", "aid", "hasDescription", "medicines", "India sent 300 tonnes of medicines", 0.6
)


def _folders(tiny: TinyCorpus) -> list[str]:
    """The tiny corpus's folders as options, its sources.tsv with the columns kg add fills."""
    tiny.write(
        "sources.tsv",
        "id\theadline\tpublished\tdateline\tauthor\tnote\n"
        "s1\tEnvoys meet in Dubai\t2025-01-09\t\t\t\n",
    )
    return ["--data", str(tiny.data), "--corpus", str(tiny.corpus)]


def _review(tiny: TinyCorpus, rows: list[Suggestion]) -> Review:
    write_suggestions(suggestions_path(tiny.data, "s1"), rows, comment="")
    return Review(tiny.data, tiny.corpus, "s1")


def _card(page: str, sid: str) -> str:
    found = re.search(rf'<div class="card [a-z]+" data-sid="{sid}".*?</form>', page, re.S)
    assert found is not None, sid
    return found.group(0)


def _prose(path: Path) -> str:
    """The docs' text with its line breaks and list indents folded to single spaces."""
    return " ".join(path.read_text(encoding="utf-8").split())


def test_the_next_step_kg_add_prints_runs_on_the_folders_it_was_given(
    tiny: TinyCorpus, tmp_path: Path
) -> None:
    report = tmp_path / "osh-corridor.txt"
    report.write_text(REPORT, encoding="utf-8")
    folders = _folders(tiny)
    added = CliRunner().invoke(cli, ["add", str(report), "--published", "2026-05-09", *folders])
    assert added.exit_code == 0, added.output
    line = next(x for x in added.output.splitlines() if x.startswith("next: "))
    review = shlex.split(line.split(", then ")[1])  # kg review SOURCE --data ... --corpus ...
    assert review[:2] == ["kg", "review"]
    listed = CliRunner().invoke(cli, [*review[1:], "--list", "--json"])
    assert listed.exit_code == 0, listed.output  # not "unknown source": the same folders


def test_kg_add_names_the_line_where_a_hard_wrapped_text_breaks_a_sentence(
    tiny: TinyCorpus, tmp_path: Path
) -> None:
    folders = _folders(tiny)
    wrapped = tmp_path / "wrapped.txt"
    wrapped.write_text(WRAPPED, encoding="utf-8")
    refused = CliRunner().invoke(cli, ["add", str(wrapped), "--published", "2026-05-09", *folders])
    assert refused.exit_code == 1
    assert f"{wrapped}:5: the line breaks inside a sentence (a hard-wrapped text?)" in (
        refused.output
    )
    # a story sentence elsewhere: added, with a warning naming the broken line
    wrapped.write_text(
        WRAPPED + "\nThe councils will meet again in Jalal-Abad next month to sign it.\n",
        encoding="utf-8",
    )
    added = CliRunner().invoke(cli, ["add", str(wrapped), "--published", "2026-05-09", *folders])
    assert added.exit_code == 0, added.output
    assert re.search(
        r"warning: \S+/\d{3}_[0-9a-f]{16}\.txt:5: the line breaks inside", added.output
    )


def test_the_review_command_a_failed_build_notes_runs_on_the_builds_folders(
    tiny: TinyCorpus,
) -> None:
    review = _review(tiny, [*FORUM, FORUM_DATE])
    review.accept_entity("forum")  # its date still pending: the build fails
    folders = ["--data", str(tiny.data), "--corpus", str(tiny.corpus)]
    built = CliRunner().invoke(cli, ["build", "--check", *folders])
    assert built.exit_code == 1
    note = next(x for x in built.stderr.splitlines() if x.startswith("note: forum: "))
    command = shlex.split(note.split("pending: ")[1])
    assert command[:3] == ["kg", "review", "s1"]
    accepted = CliRunner().invoke(cli, command[1:])
    assert accepted.exit_code == 0, accepted.output  # not "unknown source"
    assert Review(tiny.data, tiny.corpus, "s1").find(FORUM_DATE.sid).status == "accepted"


def test_a_claim_naming_a_rejected_entity_says_it_was_rejected(tiny: TinyCorpus) -> None:
    review = _review(tiny, [*FORUM, FORUM_MISRI])
    review.reject(FORUM[0].sid)
    with pytest.raises(ReviewError, match=f"whose type row you rejected \\({FORUM[0].sid}\\)"):
        review.accept(FORUM_MISRI.sid)
    decided = review.accept_above(0.9)  # the terminal's --accept-above says so too
    assert [(sid, "rejected" in why) for sid, why in decided.skipped] == [(FORUM_MISRI.sid, True)]
    card = _card(render_page(review, "token", "nonce"), FORUM_MISRI.sid)
    assert "Names the new entity forum, which you rejected" in card
    assert "not accepted yet: accept it first" not in card


def test_undo_takes_back_a_rejection_in_the_terminal_and_on_the_page(tiny: TinyCorpus) -> None:
    review = _review(tiny, [MEDICINES_ROW])
    review.reject(MEDICINES_ROW.sid)
    assert 'class="undo"' in _card(render_page(review, "token", "nonce"), MEDICINES_ROW.sid)
    folders = tiny.folders
    result = CliRunner().invoke(cli, ["review", "s1", *folders, "--undo", MEDICINES_ROW.sid])
    assert result.exit_code == 0, result.output
    assert Review(tiny.data, tiny.corpus, "s1").find(MEDICINES_ROW.sid).status == "suggested"


def test_the_docs_name_the_fields_edit_offers_for_claims_and_entity_rows(
    tiny: TinyCorpus,
) -> None:
    review = _review(tiny, [*FORUM, MEDICINES_ROW])
    page = render_page(review, "token", "nonce")

    def fields(sid: str) -> list[str]:
        editor = _card(page, sid).split('<form class="editor"')[1]
        return re.findall(r'<input name="([a-z]+)"', editor)

    assert fields(MEDICINES_ROW.sid) == ["subject", "predicate", "object", "evidence", "note"]
    assert fields(FORUM[1].sid) == ["object", "evidence"]  # no id: claims name it
    docs = _prose(DOCS)
    assert (
        "change a claim's subject, predicate, object, evidence or note, or an entity row's "
        "value and evidence" in docs
    )
    assert "an entity's id is not edited" in docs


def test_the_docs_say_where_kg_build_writes_and_when_kg_coverage_exits_1(
    tiny: TinyCorpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KG_WORKSPACE")
    monkeypatch.chdir(tmp_path)
    root = project_root()
    assert root is not None and workspace_dir() == root / "build"  # not ./build
    docs = _prose(DOCS)
    assert "`build/` of the kg checkout (not of the folder you run it from)" in docs
    (tiny.corpus / "s1.txt").write_text(
        (tiny.corpus / "s1.txt").read_text(encoding="utf-8")
        + "The envoys also planned a second round of talks in the spring.\n",
        encoding="utf-8",
    )
    folders = ["--data", str(tiny.data), "--corpus", str(tiny.corpus)]
    result = CliRunner().invoke(cli, ["coverage", *folders, "--json"])
    assert result.exit_code == 1, result.output
    assert "It exits 1 while any sentence is uncovered." in docs


def test_a_typo_in_typed_evidence_gets_the_words_the_text_has(tiny: TinyCorpus) -> None:
    review = _review(tiny, [])
    with pytest.raises(ReviewError) as refused:
        review.add_claim("aid", "hasDescription", "medicines", "India sent 300 tones of medicines")
    assert str(refused.value).endswith("(the text has 'India sent 300 tonnes of medicines')")


def test_a_short_span_covers_every_sentence_it_occurs_in_as_the_docs_say(
    tiny: TinyCorpus,
) -> None:
    later = "The envoys agreed to hold a second round in Dubai in the spring."
    text = (tiny.corpus / "s1.txt").read_text(encoding="utf-8")
    (tiny.corpus / "s1.txt").write_text(text + later + "\n", encoding="utf-8")
    folders = ["--data", str(tiny.data), "--corpus", str(tiny.corpus)]

    def status() -> str:
        result = CliRunner().invoke(cli, ["coverage", "--sentences", "--json", *folders])
        return str(next(r["status"] for r in json.loads(result.stdout) if r["text"] == later))

    assert status() == "none"
    tiny.append("claims/s1.tsv", "meeting\thasPlace\tdubai\ts1\tDubai")  # one word
    assert status() == "claims"  # the later sentence too, though the claim is not about it
    assert "a one-word span such as `trade` covers each sentence with that word" in _prose(DOCS)


def test_the_page_rejects_a_new_entity_with_every_row_naming_it_in_one_click(
    tiny: TinyCorpus,
) -> None:
    review = _review(tiny, [*FORUM, FORUM_DATE, FORUM_MISRI, MEDICINES_ROW])
    page = render_page(review, "token", "nonce")
    assert 'class="reject-entity"' in _card(page, FORUM[0].sid)
    server = ReviewServer(review)
    try:
        answer = server.decide({"action": "reject-entity", "sid": FORUM[0].sid})
    finally:
        server.close()
    forum = [*FORUM, FORUM_DATE, FORUM_MISRI]
    assert sorted(answer["rejected"]) == sorted(r.sid for r in forum)
    statuses = {r.sid: r.status for r in read_suggestions(suggestions_path(tiny.data, "s1"))}
    assert {statuses[r.sid] for r in forum} == {"rejected"}
    assert statuses[MEDICINES_ROW.sid] == "suggested"  # a row not naming it stays
    with pytest.raises(ReviewError, match="'misri' is not a new entity proposed here"):
        review.reject_entity("misri")  # a register entity: its claims are not swept away
    page = render_page(Review(tiny.data, tiny.corpus, "s1"), "token", "nonce")
    assert "which you rejected" not in _card(page, FORUM_MISRI.sid)  # rejected with it


def test_an_accepted_mention_writes_no_row_as_the_docs_say(tiny: TinyCorpus) -> None:
    mention = suggestion("mention", "dubai", "mention", "Dubai", "Dubai")
    review = _review(tiny, [mention])

    def annotations() -> dict[str, str]:
        return {
            str(path): path.read_text(encoding="utf-8")
            for path in tiny.data.rglob("*.tsv")
            if path.parent.name != "suggestions"
        }

    before = annotations()
    review.accept(mention.sid)
    assert review.find(mention.sid).status == "accepted"
    assert annotations() == before
    assert "an accepted mention (a register entity the text names) is recorded in the" in (
        DOCS.read_text(encoding="utf-8")
    )
