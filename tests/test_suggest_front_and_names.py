"""A report's dateline, acronyms in capitals and lower posts, on texts of our own making.

- The dateline ("KABUL, Afghanistan (Asia Wire) —") is a sentence of its own: the
  place and the agency it names are no actors of the story's first event, and
  `kg add` reads it whole.
- An acronym alias matches only in capitals: "told us" names no United States.
- "Deputy Prime Minister" names no "Prime Minister" post.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kg.suggest.intake import detect
from kg.suggest.text import read_report
from tests.suggest_sentences import ROLES, suggest

WIRE = (
    "India, Taliban hold talks on trade\n"
    "ISLAMABAD, Pakistan (Steppe News) — Vikram Misri met Afghanistan’s acting commerce "
    "minister in Kabul on Monday to discuss trade.\n"
)


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("ASTANA, Kazakhstan (Steppe News) — ", "ASTANA, Kazakhstan"),
        ("New Delhi, Nov 7: ", "New Delhi, Nov 7"),
        ("ISLAMABAD: ", "ISLAMABAD"),
        ("Kabul (AFP) - ", "Kabul"),
        ("ASTANA, March 17 — ", "ASTANA, March 17"),
    ],
)
def test_a_dateline_is_a_sentence_of_its_own_and_kg_add_reads_it(
    opening: str, dateline: str
) -> None:
    story = "India’s envoy met the acting foreign minister on Monday."
    report = read_report("x", f"Envoys meet\n{opening}{story}\n", dt.date(2025, 1, 9))
    assert [s.text for s in report.sentences] == ["Envoys meet", opening.strip(), story]
    assert detect(f"Envoys meet\n{opening}{story}\n").dateline == dateline


def test_a_question_of_an_interview_is_no_dateline() -> None:
    text = "Envoy on wheat\nQ: Will Kazakhstan send more wheat to Afghanistan this year?\n"
    assert detect(text).dateline == ""


def test_a_line_that_opens_with_a_name_and_a_verb_is_no_dateline() -> None:
    text = "Envoys meet\nMuttaqi said: the talks went well and will go on.\n"
    report = read_report("x", text, dt.date(2025, 1, 9))
    assert [s.text for s in report.sentences][1:] == [
        "Muttaqi said: the talks went well and will go on."
    ]


def test_the_datelines_place_is_no_actor_of_the_first_event() -> None:
    rows = suggest(WIRE)
    actors = {r.object for r in rows if r.kind == "claim" and r.predicate in ROLES}
    assert "vikram-misri" in actors
    assert "pakistan" not in actors  # where the report was filed, not who met


def test_an_acronym_alias_matches_only_in_capitals() -> None:
    lower = suggest("The envoy told us that the US would reopen its embassy.")
    named = [(r.subject, r.evidence) for r in lower if r.kind == "mention"]
    assert ("united-states", "US") in named
    assert all(evidence != "us" for _, evidence in named)


def test_a_deputy_post_is_no_post_of_its_principal() -> None:
    rows = suggest("He met Deputy Prime Minister Abdul Salam Hanafi in Kabul on Monday.")
    assert all(not (r.kind == "mention" and r.subject == "prime-minister-of-india") for r in rows)
    plain = suggest("He met the Prime Minister in New Delhi on Monday.")
    assert any(r.kind == "mention" and r.subject == "prime-minister-of-india" for r in plain)
