"""Round 12 of `kg suggest`'s participants, for precision: "A hosted B for talks" is talks
(A hosts them and takes part, no visit), and the subjects of a relative clause whose verb
is another event's trigger are no actors of the noun it describes; each rule on sentences
of our own making (none from the seed or invented reports), each failing without its
rule."""

from __future__ import annotations

from kg.suggest.rows import Suggestion
from tests.suggest_sentences import actors, claims, events, suggest


def test_a_hosted_b_for_talks_is_talks_the_host_takes_part_in_not_a_visit() -> None:
    rows = suggest("Qatar hosted Iran for talks on trade on Monday.")
    assert not events(rows, "Visit")
    (talks,) = events(rows, "Meeting")
    assert actors(rows, talks) == {
        ("hasHost", "qatar"),
        ("hasParticipant", "qatar"),
        ("hasParticipant", "iran"),
    }


def test_the_owner_of_the_hosts_title_hosts_too_and_guests_are_only_parties() -> None:
    rows = suggest(
        "Nepal’s Foreign Minister Arjun Thapa hosted China and Iran for three hours of "
        "talks on Tuesday."
    )
    assert not events(rows, "Visit")
    (talks,) = events(rows, "Meeting")
    found = actors(rows, talks)
    assert {("hasHost", "arjun-thapa"), ("hasParticipant", "arjun-thapa")} <= found
    assert {("hasParticipant", "china"), ("hasParticipant", "iran")} <= found
    assert ("hasHost", "china") not in found and ("hasHost", "iran") not in found


def test_the_owner_of_a_speaker_who_tells_of_hosted_talks_hosts_nothing() -> None:
    rows = suggest("Nepal’s envoy believes Qatar hosted Iran for talks on Monday.")
    (talks,) = events(rows, "Meeting")
    assert ("hasHost", "qatar") in actors(rows, talks)
    assert ("hasHost", "nepal") not in actors(rows, talks)


def test_hosting_with_no_talks_after_it_stays_a_visit() -> None:
    rows = suggest("Qatar hosted Iran on Monday.")
    (visit,) = events(rows, "Visit")
    assert actors(rows, visit) == {("hasHost", "qatar"), ("hasVisitor", "iran")}


def test_the_subjects_of_a_relative_clauses_own_trigger_do_not_act_on_its_noun() -> None:
    rows = suggest(
        "It is part of the planned Trans-Caspian Railway, which Kazakhstan, Iran and "
        "Pakistan agreed to build under a deal."
    )
    (project,) = events(rows, "DevelopmentProject")
    assert not actors(rows, project)
    (agreement,) = events(rows, "Agreement")
    assert {a for _, a in actors(rows, agreement)} == {"kazakhstan", "iran", "pakistan"}


def test_a_relative_clause_with_no_trigger_of_its_own_still_names_the_doer() -> None:
    rows = suggest("The attack, which Russia carried out on Monday, killed ten.")
    (attack,) = events(rows, "Attack")
    assert ("hasInitiator", "russia") in actors(rows, attack)


def test_a_thing_named_by_its_proper_name_is_not_the_last_of_its_class() -> None:
    rows = suggest(
        "Iran built the 40-kilometre Zahedan line in 2011. It is the first section of the "
        "planned Trans-Caspian Railway, which Kazakhstan, Iran and Pakistan agreed to build."
    )
    projects = events(rows, "DevelopmentProject")
    named = {r.subject for r in rows if r.predicate == "type" and "Trans-Caspian" in r.evidence}
    assert len(projects) == 2 and named <= set(projects)


def test_a_new_name_paired_with_a_city_is_a_city_and_no_actor() -> None:
    rows = suggest(
        "Kazakhstan held talks with Iran on Monday on the rail link between the border city "
        "of Zahedan and Qal-i-Dasht."
    )
    assert ("qal-i-dasht", "City") in {(r.subject, r.object) for r in rows if r.predicate == "type"}
    (talks,) = events(rows, "Meeting")
    assert all(actor != "qal-i-dasht" for _, actor in actors(rows, talks))


def _confidence(rows: list[Suggestion], predicate: str, actor: str) -> float:
    (row,) = [r for r in rows if r.predicate == predicate and r.object == actor]
    return row.confidence


def test_a_non_state_owner_of_an_officials_title_is_a_weaker_guess_than_a_state() -> None:
    rows = suggest(
        "The Taliban’s acting Foreign Minister Amir Khan Muttaqi met Nepal’s Foreign Minister "
        "Arjun Thapa and Iran in Kabul on Monday."
    )
    assert _confidence(rows, "hasParticipant", "islamic-emirate-of-afghanistan") == 0.4
    assert _confidence(rows, "hasParticipant", "amir-khan-muttaqi") == 0.6
    assert _confidence(rows, "hasParticipant", "iran") == 0.6
    assert _confidence(rows, "hasParticipant", "nepal") == 0.6  # a state: as sure as its man


def test_speech_reported_inside_a_statement_gives_it_no_speaker_or_target() -> None:
    rows = suggest(
        "On Monday, Muttaqi’s office released details of his talks with Misri, saying Iran’s "
        "envoy had stressed the need for trade. The statement quoted Misri as describing "
        "Qatar’s role as vital."
    )
    (statement,) = {s for s, o in claims(rows, "hasInitiator") if o == "amir-khan-muttaqi"}
    found = actors(rows, statement)
    assert found == {("hasInitiator", "amir-khan-muttaqi")}


def test_a_speaker_before_a_participle_of_speech_still_speaks() -> None:
    rows = suggest("Iran’s envoy stressed the need for trade on Monday, saying Qatar agreed.")
    (statement,) = events(rows, "Statement")
    assert ("hasInitiator", "iran") in actors(rows, statement)
