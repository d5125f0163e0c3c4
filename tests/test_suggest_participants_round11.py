"""Round 11 of `kg suggest`'s participants: a family name first ("Wang" of "Wang Yi"), the
speaker of a quotation (not its owner, a place in its phrase, or a reported clause's
subject), ...; each rule on sentences of our own making (none from the seed or invented
reports), each failing without its rule."""

from __future__ import annotations

from kg.suggest.rows import Suggestion
from tests.suggest_sentences import acting, actors, claims, events, new, suggest


def test_a_two_word_name_said_later_by_its_first_word_is_that_person() -> None:
    rows = suggest(
        "Chinese Foreign Minister Zhao Ming arrived in Kathmandu on Monday. "
        "Zhao held talks with Nepal on Tuesday."
    )
    assert ("zhao-ming", "Zhao") in {(r.subject, r.object) for r in rows if r.predicate == "alias"}
    (talks,) = events(rows, "Meeting")
    assert ("hasParticipant", "zhao-ming") in actors(rows, talks)


def test_a_surname_said_later_is_still_the_alias_not_the_first_name() -> None:
    rows = suggest(
        "Nepal's Foreign Minister Arjun Thapa arrived in Delhi on Monday. "
        "Thapa held talks with India on Tuesday."
    )
    aliases = {r.object for r in rows if r.predicate == "alias" and r.subject == "arjun-thapa"}
    assert aliases == {"Thapa"}
    assert "arjun-thapa" in new(rows)


def _speakers(rows: list[Suggestion]) -> set[str]:
    return {o for s, o in claims(rows, "hasInitiator") if s.startswith("statement")}


def test_the_subject_of_a_reported_clause_does_not_speak_its_quotation() -> None:
    rows = suggest("Jaiswal said Nepal had “accepted the offer in principle” on Monday.")
    assert "nepal" not in _speakers(rows)
    assert "randhir-jaiswal" in _speakers(rows)


def test_a_place_in_the_speakers_phrase_and_its_owner_do_not_speak() -> None:
    rows = suggest(
        "The UN’s top official in Nepal told the council on Monday that the talks were "
        "“weeks, not months” from a deal."
    )
    assert not {"nepal", "un"} & {o for _, o in claims(rows, "hasInitiator")}


def test_the_person_before_an_according_to_aside_speaks() -> None:
    rows = suggest(
        "Jaiswal, according to a statement from Nepal’s foreign ministry, told the visitors "
        "that the project was “of great importance to both countries”."
    )
    initiators = {o for _, o in claims(rows, "hasInitiator")}
    assert "randhir-jaiswal" in initiators
    assert "nepal" not in initiators


def _targets(rows: list[Suggestion]) -> set[str]:
    (denial,) = events(rows, "Denial")
    return {o for r, o in actors(rows, denial) if r == "hasTarget"}


def test_a_name_in_the_clause_a_denial_denies_is_no_target() -> None:
    rows = suggest("Nepal denied on Monday that India had moved troops to the border.")
    assert "india" not in _targets(rows)


def test_a_name_modifying_the_denied_noun_is_no_target() -> None:
    rows = suggest("Nepal denied UN staff detentions in the border districts on Monday.")
    assert "un" not in _targets(rows)


def test_the_owner_of_the_denied_words_is_still_the_target() -> None:
    rows = suggest("Nepal denied India’s allegations of cross-border raids on Monday.")
    assert _targets(rows) == {"india"}


def test_a_participle_shares_the_main_verbs_subject_past_an_event_in_a_phrase() -> None:
    rows = suggest(
        "Nepal had closed its embassy following the Taliban’s rise to power, "
        "re-establishing a small diplomatic presence in Kabul in 2022."
    )
    reopened = next(e for e in acting(rows) if "reopening" in e)
    assert ("hasInitiator", "nepal") in actors(rows, reopened)
    assert ("hasInitiator", "taliban") not in actors(rows, reopened)


def test_the_go_between_of_an_event_after_through_takes_part() -> None:
    rows = suggest("Nepal re-established a diplomatic presence through a technical team in 2022.")
    reopened = next(e for e in acting(rows) if "reopening" in e)
    team = "indian-technical-team-kabul"  # the register's "technical team"
    assert ("hasParticipant", team) in actors(rows, reopened)
    assert ("hasTarget", team) not in actors(rows, reopened)


def test_the_first_of_a_list_after_which_is_a_subject_of_the_relative_clauses_verb() -> None:
    rows = suggest(
        "It is part of the planned highway, which Nepal, India and Bhutan agreed to build."
    )
    (agreement,) = events(rows, "Agreement")
    assert {("hasParticipant", s) for s in ("nepal", "india", "bhutan")} <= actors(rows, agreement)


def test_a_name_inside_a_relative_clause_before_the_verb_is_still_not_its_actor() -> None:
    rows = suggest("Jaiswal, who is on a visit to Nepal, met Muttaqi in Doha on Monday.")
    (meeting,) = events(rows, "Meeting")
    assert "nepal" not in {o for _, o in actors(rows, meeting)}


def _hosts(text: str) -> set[str]:
    rows = suggest(text)
    return {o for e in events(rows, "Visit") for r, o in actors(rows, e) if r == "hasHost"}


def test_a_trip_still_to_come_gets_no_host_from_its_destination() -> None:
    assert _hosts("Jaiswal is due to fly to Kabul on Wednesday.") == set()
    assert _hosts("The committee allowed Muttaqi to travel to Qatar next month.") == set()


def test_a_trip_made_keeps_the_host_of_its_destination() -> None:
    assert _hosts("Jaiswal flew to Kabul on Wednesday.") == {"islamic-emirate-of-afghanistan"}
    assert _hosts("Muttaqi travelled to Qatar on Monday.") == {"qatar"}
