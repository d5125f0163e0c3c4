"""Round 7 of the general rules of `kg suggest` (issue 22): the participants of an event
and their roles (the hearer of "told", a statement attributed in a parenthetical, a
visit's leader and host). Each test is on sentences of our own making (none from the seed
or the invented reports) and fails without its rule."""

from __future__ import annotations

from kg.suggest.rows import Suggestion
from tests.suggest_sentences import actors, events, register, suggest


def test_the_hearer_right_after_told_is_the_statements_target() -> None:
    rows = suggest("Jaishankar told the Iranian side on Friday that the road would open.")
    (statement,) = events(rows, "Statement")
    assert ("hasTarget", "iran") in actors(rows, statement)
    rows = suggest("Jaishankar told reporters that the Iranian side had asked for wheat.")
    statements = events(rows, "Statement")
    assert all(("hasTarget", "iran") not in actors(rows, s) for s in statements)


def test_a_statement_attributed_in_a_parenthetical_is_its_subjects() -> None:
    rows = suggest(
        "Muttaqi, according to a statement from the Taliban’s Ministry of Mines, told "
        "the Iranian side that the copper mine would reopen."
    )
    # the ministry's statement is an event of its own (round twelve); the words told are his
    (statement,) = [s for s in events(rows, "Statement") if _named_by(rows, s) == "told"]
    assert actors(rows, statement) == {
        ("hasInitiator", "amir-khan-muttaqi"),
        ("hasTarget", "iran"),
    }


def test_a_delegation_led_by_someone_before_a_visit_is_its_visitor_and_leader() -> None:
    rows = suggest(
        "The Indian delegation was led by Foreign Secretary Vikram Misri. It was the first "
        "visit to Kabul by an Indian official in a year."
    )
    visit = placed(rows)
    assert ("hasVisitor", "indian-delegation-kabul-2024-11") in actors(rows, visit)
    assert "vikram-misri" in leaders(rows, visit)
    rows = suggest(
        "It was the first visit to Kabul by an Indian official in a year. The Indian "
        "delegation was led by Foreign Secretary Vikram Misri."
    )
    visit = placed(rows)
    assert "vikram-misri" not in leaders(rows, visit)  # told after it: not read


def test_the_one_who_arrives_at_the_head_of_a_delegation_leads_the_visit() -> None:
    rows = suggest("Misri arrived in Kabul on Monday at the head of a 12-member delegation.")
    visit = placed(rows)
    assert "vikram-misri" in leaders(rows, visit)


def leaders(rows: list[Suggestion], visit: str) -> set[str]:
    return {r.object for r in rows if r.subject == visit and r.predicate == "hasLeader"}


def placed(rows: list[Suggestion]) -> str:
    """The one event given a place (a new visit or the register's, as the text matches)."""
    (event,) = {r.subject for r in rows if r.kind == "claim" and r.predicate == "hasPlace"}
    return event


def test_the_source_after_according_to_is_no_actor_of_what_it_tells() -> None:
    rows = suggest(
        "Border guards of Pakistan and Afghanistan clashed at Torkham on Monday, according "
        "to Chinese state media."
    )
    (clash,) = events(rows, "ArmedClash")
    assert actors(rows, clash) == {
        ("hasParticipant", "pakistan"),
        ("hasParticipant", "afghanistan"),
    }


def test_what_a_clause_on_the_talks_says_was_discussed_names_no_party() -> None:
    rows = suggest(
        "Jaishankar held a phone call with Muttaqi on Monday, in which the two ministers "
        "discussed trade and the return of Afghan refugees."
    )
    (call,) = events(rows, "PhoneCall")
    assert actors(rows, call) == {
        ("hasParticipant", "s-jaishankar"),
        ("hasParticipant", "amir-khan-muttaqi"),
    }
    rows = suggest(
        "Jaishankar held a phone call on Monday, in which he discussed trade with Muttaqi."
    )
    (call,) = events(rows, "PhoneCall")
    assert ("hasParticipant", "amir-khan-muttaqi") in actors(rows, call)


def test_the_two_sides_after_a_visit_naming_only_its_visitors_include_whom_it_visited() -> None:
    rows = suggest(
        "The Indian delegation was led by Foreign Secretary Vikram Misri. It was the first "
        "visit to Tehran by an Indian official in a decade. The two sides agreed to meet "
        "again in March."
    )
    (agreement,) = events(rows, "Agreement")
    assert ("hasParticipant", "iran") in actors(rows, agreement)
    (visit,) = events(rows, "Visit")
    # round thirteen: the capital's state hosts (as 902 and 905 annotate it), and the
    # visit is still a new one, not merged with a register visit to the same state
    assert ("hasHost", "iran") in actors(rows, visit)
    assert visit not in register().entities


def test_the_object_of_a_clause_before_a_pronoun_subject_does_nothing_in_the_next() -> None:
    rows = suggest("Pakistan criticised India on Monday, but it welcomed the talks.")
    (statement,) = events(rows, "Statement")
    assert actors(rows, statement) == {("hasInitiator", "pakistan")}
    rows = suggest(
        "New Delhi has not recognised the Taliban government, but it handed over the Afghan "
        "embassy to a new envoy in March."
    )
    handover = placed_or_acted(rows, "india")
    assert ("hasInitiator", "islamic-emirate-of-afghanistan") not in actors(rows, handover)


def placed_or_acted(rows: list[Suggestion], actor: str) -> str:
    """The one event ``actor`` is the initiator of."""
    (event,) = {r.subject for r in rows if r.predicate == "hasInitiator" and r.object == actor}
    return event


def test_the_two_countries_are_the_talks_states_not_a_delegation() -> None:
    rows = suggest(
        "The Chinese delegation held talks with Pakistan in Islamabad on Monday. The two "
        "countries agreed to expand trade."
    )
    (agreement,) = events(rows, "Agreement")
    assert actors(rows, agreement) == {  # the delegation's state (round 8), not it
        ("hasParticipant", "china"),
        ("hasParticipant", "pakistan"),
    }


def test_the_name_right_after_a_trigger_ending_in_by_is_its_doer() -> None:
    rows = suggest("The new road to Kandahar, built by China in 2019, carried much of the trade.")
    (project,) = events(rows, "DevelopmentProject")
    assert actors(rows, project) == {("hasInitiator", "china")}


def test_names_before_the_antecedent_of_a_which_clause_do_not_act_in_it() -> None:
    rows = suggest("China has not recognised the Taliban government, which seized power in 2021.")
    # the takeover, new or the register's own (the seed records the 2021 takeover)
    (change,) = {r.subject for r in rows if r.kind == "claim" and "seized" in r.evidence}
    assert actors(rows, change) == {("hasInitiator", "taliban")}  # the movement (round 8)


def _named_by(rows: list[Suggestion], event: str) -> str:
    """The words an event's ``type`` row gives as its evidence (its trigger)."""
    return next(r.evidence for r in rows if r.subject == event and r.predicate == "type")
