"""General rules of events and their actors (``kg suggest``), each on a sentence of our
own making (none from the seed texts), each failing without its rule."""

from __future__ import annotations

from kg.suggest.rows import Suggestion
from kg.suggest.suggester import Suggester
from tests.conftest import ONTOLOGY
from tests.suggest_sentences import ROLES, SOURCE, actors, claims, events, register, suggest


def test_actors_of_a_fronted_subordinate_phrase_are_not_the_main_clauses() -> None:
    rows = suggest(
        "Although Qatar and Russia objected, China and Iran agreed to expand trade on Monday."
    )
    (agreement,) = events(rows, "Agreement")
    assert actors(rows, agreement) == {("hasParticipant", "china"), ("hasParticipant", "iran")}


def test_actors_after_a_subordinator_belong_to_another_clause() -> None:
    rows = suggest("China condemned the decision on Monday, after Qatar had sided with Russia.")
    (condemnation,) = events(rows, "Condemnation")
    assert ("hasTarget", "qatar") not in actors(rows, condemnation)
    assert ("hasTarget", "russia") not in actors(rows, condemnation)
    assert ("hasInitiator", "china") in actors(rows, condemnation)


def test_the_one_a_promise_is_for_is_its_recipient() -> None:
    rows = suggest("China promised scholarships for the children of Afghan refugees on Monday.")
    (pledge,) = {event for event, actor in claims(rows, "hasInitiator") if actor == "china"}
    assert ("hasRecipient", "afghan-refugees") in actors(rows, pledge)
    assert ("hasTarget", "afghan-refugees") not in actors(rows, pledge)


def test_a_visit_to_a_capital_is_hosted_by_whoever_the_capital_stands_for() -> None:
    rows = suggest("Qatar’s foreign minister paid a visit to Kabul on Monday.")
    (visit,) = events(rows, "Visit")
    assert ("hasHost", "islamic-emirate-of-afghanistan") in actors(rows, visit)
    rows = suggest("A delegation from Qatar visited China on Monday.")
    (visit,) = events(rows, "Visit")
    assert ("hasHost", "china") in actors(rows, visit)


def test_a_delegation_named_after_its_state_represents_it_and_visits_for_itself() -> None:
    rows = suggest("The Indian delegation arrived for a visit to Tehran on Monday.")
    delegation = "indian-delegation-kabul-2024-11"
    assert (delegation, "india") in claims(rows, "represents")
    (visit,) = events(rows, "Visit")
    assert ("hasVisitor", delegation) in actors(rows, visit)
    # the state it represents is no visitor of its own (the invented reports' annotation;
    # the rule that made it one found no blind answer row and cost blind precision)
    assert ("hasVisitor", "india") not in actors(rows, visit)


def test_a_coordinated_verb_has_the_subject_of_the_verb_before_it() -> None:
    rows = suggest("China condemned Qatar for its remarks and urged restraint on Monday.")
    (request,) = events(rows, "Request")
    assert ("hasInitiator", "china") in actors(rows, request)
    assert ("hasInitiator", "qatar") not in actors(rows, request)


def test_a_participle_after_a_comma_has_the_subject_of_its_clause() -> None:
    rows = suggest("Qatar deepened its ties with Iran, providing humanitarian aid.")
    (shipment,) = events(rows, "AidShipment")
    assert ("hasInitiator", "qatar") in actors(rows, shipment)
    assert ("hasInitiator", "iran") not in actors(rows, shipment)


def test_by_and_a_gerund_the_object_of_the_main_verb_is_the_recipient() -> None:
    rows = suggest("Qatar helps Iran by sending 20 tonnes of wheat every month.")
    parts = {r.subject for r in rows if r.predicate == "subEventOf"}  # the 20 tonnes: a part
    (shipment,) = [e for e in events(rows, "AidShipment") if e not in parts]
    assert {("hasInitiator", "qatar"), ("hasRecipient", "iran")} <= actors(rows, shipment)
    assert ("hasInitiator", "iran") not in actors(rows, shipment)


def test_an_undated_agreement_of_the_parties_to_a_meeting_is_part_of_it() -> None:
    rows = suggest(
        "China met Iran in Doha on Monday. Separately, the two sides agreed to expand trade. "
        "Qatar and Russia agreed to talk again."
    )
    (meeting,) = events(rows, "Meeting")
    agreements = events(rows, "Agreement")
    assert len(agreements) == 2
    parts = claims(rows, "subEventOf")
    assert (agreements[0], meeting) in parts
    assert not any(child == agreements[1] for child, _ in parts)  # other parties
    dated = claims(rows, "hasTime")
    assert not any(e == agreements[0] and not t.startswith("..") for e, t in dated)  # no date


def test_a_later_act_of_the_earlier_acts_target_is_an_event_of_its_own() -> None:
    rows = suggest("Qatar described China as a partner on Monday. China stated that it agreed.")
    statements = events(rows, "Statement")
    assert len(statements) == 2
    assert ("hasInitiator", "china") in actors(rows, statements[1])


def test_what_the_parties_discussed_during_a_visit_is_neither_done_there_nor_by_them() -> None:
    rows = suggest(
        "Qatar’s minister visited Iran on Monday. During the visit, the two sides discussed "
        "the airstrikes by Russia, which have killed 20 people."
    )
    (strikes,) = events(rows, "Airstrike")
    assert actors(rows, strikes) == {("hasInitiator", "russia")}
    assert not any(child == strikes for child, _ in claims(rows, "subEventOf"))
    assert all(t.startswith("..") for e, t in claims(rows, "hasTime") if e == strikes)


def by_actor(rows: list[Suggestion], role: str, actor: str) -> str:
    """The one event that has ``actor`` in ``role``."""
    (event,) = {e for e, a in claims(rows, role) if a == actor}
    return event


def test_the_subject_of_a_passive_undergoes_the_event_and_by_names_its_doer() -> None:
    rows = suggest("China was formally invited by Qatar to the summit on Monday.")
    invitation = by_actor(rows, "hasInitiator", "qatar")
    assert ("hasTarget", "china") in actors(rows, invitation)
    assert ("hasInitiator", "china") not in actors(rows, invitation)


def test_repatriation_and_war_open_the_events_the_ontology_defines() -> None:
    rows = suggest("Afghan refugees were repatriated by Iran on Monday.")
    returned = by_actor(rows, "hasInitiator", "iran")
    assert ("hasParticipant", "afghan-refugees") in actors(rows, returned)
    rows = suggest("Russia fought a long war with the Taliban.")
    war = by_actor(rows, "hasParticipant", "russia")
    assert ("hasParticipant", "taliban") in actors(rows, war)


def test_a_hosted_b_makes_a_the_host_and_b_the_visitor_active_or_passive() -> None:
    rows = suggest("Qatar hosted Iran on Monday.")  # "for talks": the talks (round 12)
    visit = by_actor(rows, "hasHost", "qatar")
    assert ("hasVisitor", "iran") in actors(rows, visit)
    rows = suggest("Iran was hosted by China on Tuesday.")
    visit = by_actor(rows, "hasHost", "china")
    assert ("hasVisitor", "iran") in actors(rows, visit)


def test_the_two_ministers_are_the_people_of_the_last_meeting() -> None:
    rows = suggest(
        "Pakistan’s Ishaq Dar met India’s Vikram Misri in Doha on Monday. "
        "The two ministers agreed to expand trade."
    )
    (agreement,) = events(rows, "Agreement")
    found = actors(rows, agreement)
    assert {("hasParticipant", "ishaq-dar"), ("hasParticipant", "vikram-misri")} <= found
    assert ("hasParticipant", "pakistan") not in found


def test_a_request_answered_is_addressed_to_the_giver_and_the_asker_receives() -> None:
    rows = suggest("In response to Iran’s request, China agreed to offer medical aid on Monday.")
    (request,) = events(rows, "Request")
    assert {("hasInitiator", "iran"), ("hasTarget", "china")} <= actors(rows, request)
    pledge = by_actor(rows, "hasInitiator", "china")
    assert ("hasRecipient", "iran") in actors(rows, pledge)


def test_a_relative_clause_between_subject_and_verb_is_skipped_not_a_clause_edge() -> None:
    rows = suggest("Vikram Misri, who is on a visit to Qatar, met Amir Khan Muttaqi on Monday.")
    meeting = by_actor(rows, "hasParticipant", "amir-khan-muttaqi")
    found = actors(rows, meeting)
    assert ("hasParticipant", "vikram-misri") in found
    assert ("hasParticipant", "qatar") not in found
    visit = by_actor(rows, "hasVisitor", "vikram-misri")
    assert ("hasHost", "qatar") in actors(rows, visit)


def test_the_first_a_since_b_and_a_prompted_b_and_c_follow() -> None:
    rows = suggest(
        "It was the first meeting between Qatar and Iran since the Taliban took control "
        "of Kabul in 2021."
    )
    (meeting,) = events(rows, "Meeting")
    takeover = by_actor(rows, "hasPlace", "kabul")  # "control of Kabul": the city
    assert (meeting, takeover) in claims(rows, "follows")
    rows = suggest(
        "The airstrikes by Russia prompted Qatar and Iran to close their embassies in Kabul "
        "and moved their diplomatic missions to Doha."
    )
    (strikes,) = events(rows, "Airstrike")
    (moved,) = events(rows, "DiplomaticMissionChange")
    assert (moved, strikes) in claims(rows, "follows")
    assert {p for e, p in claims(rows, "hasPlace") if e == moved} == {"doha"}  # not Kabul


def test_the_ensuing_event_and_a_denial_follow_what_came_before() -> None:
    rows = suggest(
        "Iran reported a militant attack on Monday in Afghanistan’s Paktika province. "
        "The ensuing clashes killed four soldiers. Qatar made allegations against Iran on "
        "Monday. On Tuesday Iran denied the allegations."
    )
    (attack,) = events(rows, "Attack")
    (clashes,) = events(rows, "ArmedClash")
    (accusation,) = events(rows, "Accusation")
    (denial,) = events(rows, "Denial")
    follows = claims(rows, "follows")
    assert {(clashes, attack), (denial, accusation)} <= follows
    assert (attack, "paktika-province") in claims(rows, "hasPlace")
    assert ("hasTarget", "afghanistan") not in actors(rows, attack)


def test_a_new_province_is_compared_with_other_reports_places_by_its_state() -> None:
    full = register()
    aliases = {a for e in full.entities.values() for a in e.aliases}
    reduced = full.without("000_1bff8b9514c268fa", {"paktika-province"}, aliases)
    suggester = Suggester.from_register(reduced, ONTOLOGY)  # 001 says: "in Afghanistan"
    source = "001_75a9f5a7441c5fc0"  # published 2025-01-09
    same = "Pakistan launched airstrikes in Afghanistan’s Paktika province in late December."
    rows = suggester.suggest(source, same)
    assert ("paktika-airstrikes-2024-12", "pakistan") in claims(rows, "hasInitiator")
    other = "Pakistan launched airstrikes in Iran’s Sistan province in late December."
    rows = suggester.suggest(source, other)
    assert "paktika-airstrikes-2024-12" not in {r.subject for r in rows}


def test_a_promise_by_a_party_to_talks_is_part_of_them_whoever_receives_it() -> None:
    rows = suggest(
        "Vikram Misri met Amir Khan Muttaqi in Doha on Monday. "
        "Misri promised scholarships for Afghan refugees."
    )
    pledge = by_actor(rows, "hasRecipient", "afghan-refugees")
    meeting = by_actor(rows, "hasParticipant", "amir-khan-muttaqi")
    assert (pledge, meeting) in claims(rows, "subEventOf")


def test_an_undated_meeting_of_the_visitor_is_part_of_the_visit() -> None:
    rows = suggest(
        "The Indian delegation visited Tehran on Monday. "
        "The Indian delegation also met with representatives of Russia."
    )
    (visit,) = events(rows, "Visit")
    (meeting,) = events(rows, "Meeting")
    assert (meeting, visit) in claims(rows, "subEventOf")
    # "also met" after the visit: its date (002's annotation, round eight's `occasions.py`)
    assert {t.split(" ")[0] for e, t in claims(rows, "hasTime") if e == meeting} == {"2024-11-04"}


def test_a_trigger_phrase_may_have_two_more_words_before_its_last() -> None:
    rows = suggest("Qatar upgraded its technical mission in Kabul on Friday.")
    (change,) = events(rows, "DiplomaticMissionChange")
    assert ("hasInitiator", "qatar") in actors(rows, change)


def test_a_parenthetical_phrase_with_a_trigger_between_subject_and_verb() -> None:
    rows = suggest("Vikram Misri, on his first visit to Qatar, met Amir Khan Muttaqi on Monday.")
    meeting = by_actor(rows, "hasParticipant", "amir-khan-muttaqi")
    found = actors(rows, meeting)
    assert ("hasParticipant", "vikram-misri") in found
    assert ("hasParticipant", "qatar") not in found


def test_a_states_title_is_its_governments_where_the_register_places_it_there() -> None:
    rows = suggest("Afghanistan’s Foreign Minister Amir Khan Muttaqi met Qatar’s envoy on Monday.")
    owners = {o for s, o in claims(rows, "positionIn") if s == "iea-foreign-minister"}
    assert owners == {"islamic-emirate-of-afghanistan"}


def test_a_count_belongs_to_the_event_named_last_before_it() -> None:
    rows = suggest("Qatar condemned Iran’s expulsion of over 2,000 Afghan refugees on Monday.")
    counted = {e for e, v in claims(rows, "hasQuantity") if v == ">2000 person"}
    assert counted and not counted & set(events(rows, "Condemnation"))
    assert ("hasInitiator", "iran") in actors(rows, counted.pop())


def test_the_people_killed_are_summed_whatever_they_are_called() -> None:
    rows = suggest("The clashes killed three policemen and two militants on Monday.")
    (clashes,) = events(rows, "ArmedClash")
    assert claims(rows, "hasFatalities") == {(clashes, "5 person")}
    assert (clashes, "three policemen and two militants") in claims(rows, "hasCasualtyDescription")


def test_the_significance_of_an_event_named_again_in_a_later_sentence() -> None:
    rows = suggest(
        "China met Iran in Doha on Monday. This marked a rare encounter between the two."
    )
    (meeting,) = events(rows, "Meeting")
    significance = {words for e, words in claims(rows, "hasSignificance") if e == meeting}
    assert any(words.startswith("rare encounter") for words in significance)


def test_they_and_it_are_the_subject_of_the_sentence_before() -> None:
    rows = suggest(
        "Iran and Qatar signed an agreement on trade on Tuesday. "
        "They later condemned the attack by Russia. "
        "Pakistan hosted China on Thursday. It also pledged aid for Afghan refugees."
    )
    (condemnation,) = events(rows, "Condemnation")
    assert {("hasInitiator", "iran"), ("hasInitiator", "qatar")} <= actors(rows, condemnation)
    # the pledge, new or the register's (its recipient may link it to one)
    (pledge,) = {r.subject for r in rows if r.predicate in ROLES and "pledged" in r.evidence}
    assert ("hasInitiator", "pakistan") in actors(rows, pledge)
    assert ("hasInitiator", "china") not in actors(rows, pledge)


def test_a_fronted_phrases_event_is_about_the_main_clauses_subject_only() -> None:
    rows = suggest("During his visit to Tehran on Monday, Amir Khan Muttaqi met Qatar’s envoy.")
    (visit,) = events(rows, "Visit")
    found = actors(rows, visit)
    assert ("hasVisitor", "amir-khan-muttaqi") in found
    assert ("hasHost", "amir-khan-muttaqi") not in found
    assert not any(actor == "qatar" for _, actor in found)


def test_a_relative_clause_on_the_event_names_its_doer() -> None:
    rows = suggest("The attack, which Russia carried out on Monday, was condemned by Qatar.")
    (attack,) = events(rows, "Attack")
    assert ("hasInitiator", "russia") in actors(rows, attack)
    (condemnation,) = events(rows, "Condemnation")
    assert ("hasInitiator", "qatar") in actors(rows, condemnation)


def test_a_trigger_wins_over_the_same_word_that_only_refers_back_in_another_row() -> None:
    from kg.suggest.events import EventFinder
    from kg.suggest.triggers import Trigger

    reg = register()
    refers = Trigger("Visit", "visit", "hasHost", "hasVisitor", ("visit",), refers_only=True)
    opens = Trigger("Visit", "visit", "hasVisitor", "hasHost", ("visit",))
    base = Suggester.from_register(reg, ONTOLOGY)
    finder = EventFinder([refers, opens], reg)  # the row that only refers back comes first
    rows = Suggester(reg, base.mentions, finder).suggest(SOURCE, "Qatar’s visit to Iran ended.")
    (visit,) = events(rows, "Visit")
    assert {("hasVisitor", "qatar"), ("hasHost", "iran")} <= actors(rows, visit)


def test_according_to_x_and_in_a_statement_are_fronted_phrases() -> None:
    rows = suggest("According to Iran, China and Qatar agreed on Monday to expand trade.")
    (agreement,) = events(rows, "Agreement")
    assert ("hasParticipant", "iran") not in actors(rows, agreement)
    rows = suggest("In a statement on Monday, Qatar said the talks with Iran went well.")
    (statement,) = events(rows, "Statement")
    assert actors(rows, statement) == {("hasInitiator", "qatar")}


def test_a_mission_that_closes_is_the_target_whichever_side_of_the_verb() -> None:
    rows = suggest("India’s embassy in Kabul closed in May 2023.")
    (closure,) = events(rows, "EmbassyClosure")
    assert ("hasTarget", "embassy-of-india-kabul") in actors(rows, closure)
    assert ("hasInitiator", "embassy-of-india-kabul") not in actors(rows, closure)
    rows = suggest("Qatar closed the consulate in Kabul in May 2023.")
    (closure,) = events(rows, "EmbassyClosure")
    assert ("hasInitiator", "qatar") in actors(rows, closure)


def test_an_event_discussed_at_talks_is_their_topic() -> None:
    rows = suggest(
        "Qatar met Iran in Doha on Monday. During the meeting, the two sides discussed the "
        "airstrikes by Russia."
    )
    (meeting,) = events(rows, "Meeting")
    (strikes,) = events(rows, "Airstrike")
    assert (meeting, strikes) in claims(rows, "hasTopic")


def test_two_triggers_of_a_sentence_do_not_both_become_one_register_event() -> None:
    from kg.suggest.event_record import Event
    from kg.suggest.event_rows import one_link_a_sentence

    reg = register()
    closure = Event("EmbassyClosure", 3, 10, 20, "close their embassies")
    moved = Event("DiplomaticMissionChange", 3, 40, 50, "moved their diplomatic missions")
    for event in (moved, closure):
        event.id, event.existing = "embassy-closures-kabul-2021", True
    one_link_a_sentence(reg, [moved, closure])
    assert closure.existing and closure.id == "embassy-closures-kabul-2021"  # its class
    assert not moved.existing and moved.id == ""


def test_who_led_the_visiting_delegation_leads_it_and_its_visit() -> None:
    rows = suggest("Vikram Misri, India’s envoy, led the Indian delegation on a visit to Tehran.")
    delegation = "indian-delegation-kabul-2024-11"
    assert ("vikram-misri", delegation) in claims(rows, "leads")
    visit = by_actor(rows, "hasVisitor", delegation)
    assert (visit, "vikram-misri") in claims(rows, "hasLeader")
