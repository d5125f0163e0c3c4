"""kg suggest's rules, with answers read from the seed texts (tests/fixtures/seed)."""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest

from kg.dates import precision
from kg.suggest.facts import find_quantities
from kg.suggest.mentions import MentionFinder
from kg.suggest.register import Register, load_register
from kg.suggest.rows import Suggestion
from kg.suggest.suggester import Suggester
from kg.suggest.text import read_report
from kg.suggest.when import find_dates
from tests.conftest import DATA, ONTOLOGY, SEEDS

S002 = "002_cc55442e284936d0"
S004 = "004_e0f1a2ae8a61b2c2"
S000 = "000_1bff8b9514c268fa"
S001 = "001_75a9f5a7441c5fc0"


@cache
def register() -> Register:
    return load_register(DATA, ONTOLOGY)


def text(source: str) -> str:
    return (SEEDS / f"{source}.txt").read_text(encoding="utf-8")


@cache
def suggestions(source: str) -> tuple[Suggestion, ...]:
    """The suggestions with the source's own claims gone (as before it was annotated)."""
    full = register()
    keep = {a for e in full.entities.values() for a in e.aliases}
    reduced = full.without(source, set(), keep)
    return tuple(Suggester.from_register(reduced, ONTOLOGY).suggest(source, text(source)))


def test_on_wednesday_in_004_is_the_6th_of_november_to_the_day() -> None:
    found = find_dates(
        "This high-level engagement, which took place on Wednesday", dt.date(2024, 11, 7)
    )
    assert [(d.value, d.wording) for d in found] == [("2024-11-06", "on Wednesday")]
    assert precision(found[0].value) == "day"
    rows = [
        r for r in suggestions(S004) if r.predicate == "hasTime" and r.evidence == "on Wednesday"
    ]
    assert rows and rows[0].object == '2024-11-06 "on Wednesday" relative'


def test_relative_months_weeks_and_spans_resolve_with_their_precision() -> None:
    published = dt.date(2025, 1, 9)
    times = {d.wording: d.value for s in ("Last week, Pakistan launched", "in late December", "in January 2024",
                                           "from November 4–5", "India may ramp up")
             for d in find_dates(s, published)}  # fmt: skip
    assert times == {
        "Last week": "2024-12-30..2025-01-05",
        "in late December": "2024-12",
        "in January 2024": "2024-01",
        "from November 4–5": "2024-11-04..2024-11-05",
    }


def test_yaqoob_and_jitender_pal_singh_are_found_without_those_aliases() -> None:
    full = register()
    dropped = {"Yaqoob", "Mohammad Yaqoob", "Jitender Pal Singh", "JP Singh"}
    keep = {a for e in full.entities.values() for a in e.aliases} - dropped
    finder = MentionFinder(full.without(S002, set(), keep))
    report = read_report(S002, text(S002), dt.date(2024, 11, 7))
    found = {report.span(m.start, m.end): m.entity for m in finder.find(report)}
    assert found["Yaqoob"] == "mohammad-yaqub-mujahid"
    assert found["Mohammad Yaqoob"] == "mohammad-yaqub-mujahid"
    assert found["Jitender Pal Singh"] == "jp-singh"
    assert found["JP Singh"] == "jp-singh"  # "J.P. Singh" once dots are dropped


def test_possessives_are_mentions_of_the_name() -> None:
    rows = [r for r in suggestions(S002) if r.kind == "mention" and r.object == "Muttaqi"]
    assert rows and rows[0].subject == "amir-khan-muttaqi"  # from "Muttaqi’s office"


def test_300_tonnes_of_medicines_gives_number_unit_and_commodity() -> None:
    [quantity] = find_quantities("substantial shipments of aid such as 300 tonnes of medicines, 40")
    assert (quantity.value, quantity.commodity) == ("300 tonne", "medicines")
    rows = {
        (r.predicate, r.object)
        for r in suggestions(S001)
        if r.evidence == "300 tonnes of medicines"
    }
    assert {("hasQuantity", "300 tonne"), ("hasCommodity", "medicines")} <= rows


@pytest.mark.parametrize("source", [S000, S001, S002, S004])
def test_every_evidence_span_is_verbatim_and_every_row_has_a_reason(source: str) -> None:
    rows = suggestions(source)
    assert rows
    for row in rows:
        assert row.evidence in text(source), row
        assert row.reason and row.sentence and 0 < row.confidence <= 1


def test_an_event_another_report_records_is_proposed_as_that_event() -> None:
    rows = suggestions(S000)  # the Dubai meeting is also in 001 and 003
    assert any(
        r.subject == "dubai-meeting-2025-01" and r.predicate == "hasPlace" and r.object == "dubai"
        for r in rows
    )
    assert not any(
        r.kind == "entity" and r.predicate == "type" and r.object == "ThirdLocationMeeting"
        for r in rows
    )


def test_a_title_next_to_a_person_is_a_position_acting_when_it_says_so() -> None:
    rows = {(r.subject, r.predicate, r.object) for r in suggestions(S004)}
    assert ("amir-khan-muttaqi", "holdsActingPosition", "iea-foreign-minister") in rows
    assert ("randhir-jaiswal", "holdsPosition", "mea-spokesperson") in rows
    assert ("hamid-karzai", "heldPosition", "president-of-afghanistan") in rows


def test_a_new_person_with_a_title_gets_an_id_a_class_and_a_duplicate_check() -> None:
    full = register()
    keep = {a for e in full.entities.values() for a in e.aliases}
    reduced = full.without(S002, {"randhir-jaiswal"}, keep)
    rows = Suggester.from_register(reduced, ONTOLOGY).suggest(S002, text(S002))
    entity = {
        (r.predicate, r.object)
        for r in rows
        if r.kind == "entity" and r.subject == "randhir-jaiswal"
    }
    assert ("label", "Randhir Jaiswal") in entity
    assert ("type", "Person") in entity
    moved = full.without(S004, set(), keep)
    dup = [r for r in Suggester.from_register(moved, ONTOLOGY).suggest(S004, text(S004))
           if r.predicate == "possibleDuplicateOf"]  # fmt: skip
    assert all(r.object in full.entities for r in dup)


def test_an_event_during_the_talks_is_inside_them_and_takes_their_date() -> None:
    rows = [
        r for r in suggestions(S001) if r.sentence.startswith("During the talks, the Afghan side")
    ]
    event = next(
        r.subject
        for r in rows
        if r.predicate == "subEventOf" and r.object == "dubai-meeting-2025-01"
    )
    times = [r for r in rows if r.subject == event and r.predicate == "hasTime"]
    assert [(r.object, r.evidence) for r in times] == [
        ('2025-01-08 "During the talks" relative', "During the talks")
    ]


def test_new_groups_get_their_class_and_bracketed_acronym() -> None:
    full = register()
    keep = {a for e in full.entities.values() for a in e.aliases}
    reduced = full.without(S001, {"lashkar-e-taiba", "jaish-e-mohammed"}, keep)
    rows = Suggester.from_register(reduced, ONTOLOGY).suggest(S001, text(S001))
    entity = {(r.subject, r.predicate, r.object) for r in rows if r.kind == "entity"}
    assert ("lashkar-e-taiba", "type", "ArmedGroup") in entity
    assert ("lashkar-e-taiba", "alias", "LeT") in entity
    assert ("jaish-e-mohammed", "alias", "JeM") in entity


def test_relations_read_from_the_words_between_names() -> None:
    rows = {(r.subject, r.predicate, r.object) for r in suggestions(S000)}
    assert ("chabahar-port", "locatedIn", "iran") in rows  # "the Chabahar Port in Iran"
    assert (
        "foreign-secretary-of-india",
        "positionIn",
        "india",
    ) in rows  # "India’s Foreign Secretary"
    assert (
        "paktika-province",
        "locatedIn",
        "afghanistan",
    ) in rows  # "Afghanistan’s Paktika province"
    follows = [r for r in suggestions(S001) if r.predicate == "follows"]
    assert any(
        r.subject == "dubai-meeting-2025-01" for r in follows
    )  # "The meeting in Dubai followed"


def test_a_quotation_goes_to_its_speakers_statement() -> None:
    rows = suggestions(S002)
    quoted = [
        r
        for r in rows
        if r.predicate == "hasQuotation"
        and r.object.startswith("humanitarian assistance from India")
    ]
    assert len(quoted) == 1
    speakers = {
        r.object for r in rows if r.subject == quoted[0].subject and r.predicate == "hasInitiator"
    }
    assert speakers == {"randhir-jaiswal"}  # "Jaiswal stated that “...”"


def test_no_event_after_a_negation_nor_without_the_words_its_row_needs() -> None:
    types = {
        (r.evidence, r.object)
        for r in suggestions(S000)
        if r.kind == "entity" and r.predicate == "type"
    }
    assert (
        "recognizes",
        "DiplomaticRecognition",
    ) not in types  # "no country ... officially recognizes"
    assert ("sending", "AidShipment") not in types  # "sending a team of technical experts"
    assert any(cls == "AidShipment" for _, cls in types) or any(
        r.subject == "india-humanitarian-aid" for r in suggestions(S000)
    )  # "sending humanitarian aid" still is one


def test_he_stands_for_the_last_person_named() -> None:
    rows = [r for r in suggestions(S002) if r.evidence == "He promised"]
    assert [(r.predicate, r.object) for r in rows] == [("hasInitiator", "jp-singh")]


def test_the_afghan_side_is_the_government_the_register_names_after_afghanistan() -> None:
    # the seed register now has the alias "Afghan side" (001); the rule is for a register
    # without it, as for a new report
    full = register()
    keep = {a for e in full.entities.values() for a in e.aliases} - {"Afghan side"}
    reduced = full.without(S001, set(), keep)
    found = Suggester.from_register(reduced, ONTOLOGY).suggest(S001, text(S001))
    rows = [r for r in found if r.kind == "mention" and r.object == "the Afghan side"]
    assert [r.subject for r in rows] == ["islamic-emirate-of-afghanistan"]


def test_descriptions_to_trim_an_events_words_and_a_persons_apposition() -> None:
    described = {
        (r.subject, r.object) for r in suggestions(S002) if r.predicate == "hasDescription"
    }
    assert ("jp-singh", "the Indian foreign ministry’s point-person for Afghanistan") in described
    events = {r.object for r in suggestions(S000) if r.predicate == "hasDescription"}
    assert "historic meeting" in events  # "following historic meeting", not the quotation before


def test_what_was_said_is_about_the_event_named_after_it() -> None:
    topics = {(r.subject, r.object) for r in suggestions(S000) if r.predicate == "hasTopic"}
    condemned = [r.subject for r in suggestions(S000) if r.evidence == "India condemned"]
    assert condemned and any(
        s == condemned[0] and o.startswith(("paktika-airstrikes", "airstrike")) for s, o in topics
    )  # "India condemned the airstrikes"


def test_a_reopened_embassy_is_a_mission_kept_there_of_its_state() -> None:
    rows = {(r.subject, r.predicate, r.object) for r in suggestions(S000)}
    assert ("india", "maintainsMissionIn", "kabul") in rows  # "India reopened its embassy in Kabul"
    assert ("embassy-of-india-kabul", "represents", "india") in rows
    assert ("embassy-of-india-kabul", "locatedIn", "kabul") in rows


def test_a_description_with_a_word_inserted_keeps_the_name_inside_it() -> None:
    full = register()
    keep = {a for e in full.entities.values() for a in e.aliases} - {
        "rehabilitation of Afghan refugees"
    }
    reduced = full.without(S000, set(), keep)
    rows = Suggester.from_register(reduced, ONTOLOGY).suggest(S000, text(S000))
    mentions = {(r.object, r.subject) for r in rows if r.kind == "mention"}
    assert ("rehabilitation of Afghan refugees", "refugee-rehabilitation") in mentions
    assert ("Afghan refugees", "afghan-refugees") in mentions


def test_the_delegation_a_participant_leads_takes_part_where_the_sentence_names_it() -> None:
    rows = {(r.subject, r.predicate, r.object) for r in suggestions(S002)}
    # "Jitender Pal Singh ... led his delegation’s meetings with ... Muttaqi"; 004 says he leads it
    assert (
        "singh-muttaqi-meeting-2024-11",
        "hasParticipant",
        "indian-delegation-kabul-2024-11",
    ) in rows
