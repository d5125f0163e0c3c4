"""Round 4 of the general rules of `kg suggest` (issue 22): who is no actor of an event,
which capitalised words are no new entity, which forms name a register entity. Each
test is on sentences of our own making (none from the seed texts) and fails without its
rule."""

from __future__ import annotations

from tests.suggest_sentences import acting, actors, events, register, suggest


def test_a_name_fused_by_a_hyphen_into_a_modifier_is_no_actor() -> None:
    rows = suggest("Qatar criticized Iran-backed militias on Monday.")
    (accusation,) = events(rows, "Accusation")
    assert actors(rows, accusation) == {("hasInitiator", "qatar")}
    rows = suggest("China condemned anti-Russia protests on Monday.")
    (condemnation,) = events(rows, "Condemnation")
    assert ("hasTarget", "russia") not in actors(rows, condemnation)
    assert ("hasInitiator", "china") in actors(rows, condemnation)


def test_a_register_name_ending_a_name_of_another_time_is_not_that_actor() -> None:
    rows = suggest("Pakistan recognized the former Afghan government in 1997.")
    (recognition,) = acting(rows)
    assert ("hasTarget", "islamic-emirate-of-afghanistan") not in actors(rows, recognition)
    assert ("hasInitiator", "pakistan") in actors(rows, recognition)


def test_the_object_of_a_causative_verb_is_no_target_of_the_event_before_it() -> None:
    rows = suggest("Russia’s airstrikes prompted China to recall its envoy on Monday.")
    (strike,) = events(rows, "Airstrike")
    assert ("hasTarget", "china") not in actors(rows, strike)
    assert ("hasInitiator", "russia") in actors(rows, strike)


def test_names_inside_a_persons_apposition_take_no_part_in_the_main_verb() -> None:
    rows = suggest(
        "Abbas Araghchi, the Iranian diplomat in charge of ties with Qatar, led his team’s talks "
        "with Muttaqi in Kabul on Monday."
    )
    (meeting,) = acting(rows)
    people = actors(rows, meeting)
    assert ("hasParticipant", "qatar") not in people
    assert {("hasParticipant", "abbas-araghchi"), ("hasParticipant", "amir-khan-muttaqi")} <= people


def test_a_name_after_a_comma_and_with_is_an_adjunct_not_the_target() -> None:
    rows = suggest("China acknowledged Qatar’s concerns, with an emphasis on Iran, on Monday.")
    (statement,) = events(rows, "Statement")
    assert ("hasTarget", "iran") not in actors(rows, statement)
    assert ("hasInitiator", "china") in actors(rows, statement)


def test_who_reports_an_event_named_right_after_the_verb_takes_no_part_in_it() -> None:
    rows = suggest("Qatar reported a fresh attack near Kabul on Monday.")
    (attack,) = events(rows, "Attack")
    assert ("hasInitiator", "qatar") not in actors(rows, attack)
    rows = suggest("Iran quoted Muttaqi as telling a news conference in Kabul on Monday.")
    (briefing,) = events(rows, "PressBriefing")
    assert ("hasInitiator", "iran") not in actors(rows, briefing)
    # an event of a clause of its own keeps its subject
    rows = suggest("Qatar reported that China met Iran in Doha on Monday.")
    (meeting,) = events(rows, "Meeting")
    assert {("hasParticipant", "china"), ("hasParticipant", "iran")} <= actors(rows, meeting)


def test_the_reporter_is_still_the_subject_of_a_participle_after_a_comma() -> None:
    rows = suggest("Qatar reported an attack on Monday, saying the ensuing clashes killed four.")
    (clash,) = events(rows, "ArmedClash")
    assert ("hasParticipant", "qatar") in actors(rows, clash)


def test_names_of_a_participle_clause_after_the_trigger_are_not_its_objects() -> None:
    rows = suggest("The Taliban’s rise to power came in 2021, re-establishing ties with Qatar.")
    (takeover,) = acting(rows)
    assert actors(rows, takeover) == {("hasInitiator", "taliban")}


def test_a_statement_targets_neither_the_other_party_of_ties_nor_its_speakers_state() -> None:
    rows = suggest("Araghchi emphasized Iran’s ties with Qatar on Monday.")
    (statement,) = acting(rows)
    assert actors(rows, statement) == {("hasInitiator", "abbas-araghchi")}
    rows = suggest("China criticized Qatar on Monday.")  # a direct object is still one
    (accusation,) = acting(rows)
    assert ("hasTarget", "qatar") in actors(rows, accusation)


def test_what_stands_before_a_preposition_of_time_is_no_actor_of_the_event_after_it() -> None:
    rows = suggest("China recalled its envoy following Russia’s airstrikes on Monday.")
    (strike,) = acting(rows)
    assert actors(rows, strike) == {("hasInitiator", "russia")}


def test_including_is_no_participle_that_shares_the_subject_of_the_event_before() -> None:
    rows = suggest(
        "After Russia’s takeover of the port, Qatar kept its support for the Afghan people, "
        "including the delivery of medicines."
    )
    shipments = [e for e in acting(rows) if ("hasRecipient", "afghan-people") in actors(rows, e)]
    (shipment,) = shipments
    assert ("hasInitiator", "russia") not in actors(rows, shipment)
    assert ("hasInitiator", "qatar") in actors(rows, shipment)


def test_in_addition_to_opens_a_fronted_phrase() -> None:
    rows = suggest("In addition to humanitarian aid to Iran, Qatar is considering new projects.")
    (shipment,) = acting(rows)
    assert actors(rows, shipment) == {("hasRecipient", "iran")}


def test_a_state_that_owns_a_port_or_place_is_no_actor() -> None:
    rows = suggest("Qatar sent humanitarian aid through Iran’s Chabahar port on Monday.")
    (shipment,) = acting(rows)
    assert actors(rows, shipment) == {("hasInitiator", "qatar")}


def test_the_agent_of_a_passive_inside_the_object_clause_is_no_actor() -> None:
    rows = suggest("China made a request for Qatar to ensure that its soil is not used by Russia.")
    (request,) = acting(rows)
    assert actors(rows, request) == {("hasInitiator", "china"), ("hasTarget", "qatar")}


def new_entities(text: str) -> dict[str, str]:
    """Label -> class of the new entities proposed for ``text``."""
    rows = suggest(text)
    types = {r.subject: r.object for r in rows if r.kind == "entity" and r.predicate == "type"}
    return {
        r.object: types[r.subject]
        for r in rows
        if r.kind == "entity"
        and r.predicate == "label"
        and not register().is_a(types[r.subject], "Event")
    }


def test_a_new_name_never_runs_across_a_line_break() -> None:
    found = new_entities("Talks with the Gulf Council\nTERMEZ, Uzbekistan — China met Iran.")
    assert not any("\n" in label for label in found)
    assert "Gulf Council" in found  # a headline's words guess no person (round 5)


def test_a_word_in_brackets_is_no_item_of_a_list_of_states() -> None:
    found = new_entities("TERMEZ, Uzbekistan (Reuters) — China, Iran and Qatar met.")
    assert "Reuters" not in found


def test_an_all_capital_place_opening_a_line_is_the_datelines_city() -> None:
    found = new_entities("Talks resumed\nTERMEZ, Uzbekistan (Reuters) — China met Iran.")
    assert found.get("TERMEZ") == "City"


def test_a_name_after_a_register_name_is_the_end_of_one_longer_name() -> None:
    assert new_entities("Kabul University reopened on Monday.") == {
        "Kabul University": "Organization"
    }
    found = new_entities("Flights resumed at Hamid Karzai International Airport on Monday.")
    assert found == {"Hamid Karzai International Airport": "Building"}


def test_a_title_before_a_name_is_no_longer_name_it_ends() -> None:
    found = new_entities("Deputy Prime Minister Jamshid Khodjaev met Muttaqi on Monday.")
    assert found.get("Jamshid Khodjaev") == "Person"


def test_a_places_last_word_gives_its_class_and_works_and_processes_give_none() -> None:
    assert new_entities("Talks covered the Wakhan Corridor on Monday.") == {
        "Wakhan Corridor": "Region"
    }
    found = new_entities("China will fund the Trans-Afghan Railway and the Doha Process, it said.")
    assert "Trans-Afghan Railway" not in found
    assert "Doha Process" not in found


def test_a_source_after_according_to_or_speaking_to_is_no_city() -> None:
    found = new_entities("Speaking to Reuters, Muttaqi said the talks went well.")
    assert "Reuters" not in found


def test_an_organisations_word_alone_is_a_common_noun() -> None:
    assert "Council" not in new_entities("Muttaqi later briefed the Council on Monday.")


def test_the_last_word_of_a_government_or_of_a_programme_gives_its_class() -> None:
    found = new_entities("China met the Afghan Interim Government and the World Food Programme.")
    assert found.get("Afghan Interim Government") == "Government"
    assert found.get("World Food Programme") == "Organization"


def mentioned(text: str) -> dict[str, str]:
    """Words -> the register entity the rows say they mention."""
    return {r.evidence: r.subject for r in suggest(text) if r.kind == "mention"}


def test_the_capital_of_a_state_by_its_adjective_or_possessive_is_its_capital_city() -> None:
    found = mentioned("Talks were held in the Afghan capital and later in India’s capital.")
    assert found.get("Afghan capital") == "kabul"  # Kabul names the Taliban government
    assert found.get("India’s capital") == "new-delhi"  # New Delhi names India


def test_nationals_and_citizens_of_a_state_are_its_people() -> None:
    found = mentioned("Qatar promised visas for Afghan nationals and Afghan citizens.")
    assert found.get("Afghan nationals") == "afghan-people"
    assert found.get("Afghan citizens") == "afghan-people"


def test_x_of_the_y_is_also_ys_x_and_the_governed_states_x() -> None:
    found = mentioned("Afghanistan’s Ministry of Foreign Affairs and the Afghan Ministry of "
                      "Foreign Affairs welcomed it.")  # fmt: skip
    assert (
        found.get("Afghanistan’s Ministry of Foreign Affairs") == "iea-ministry-of-foreign-affairs"
    )
    assert found.get("Afghan Ministry of Foreign Affairs") == "iea-ministry-of-foreign-affairs"


def test_a_state_one_returns_to_is_where_not_with_whom() -> None:
    rows = suggest("About 5,000 refugees have returned to Iran since May.")
    (returned,) = acting(rows)
    assert ("hasParticipant", "iran") not in actors(rows, returned)
    assert ("hasParticipant", "afghan-refugees") in actors(rows, returned)


def test_a_state_after_in_before_the_trigger_is_a_place() -> None:
    rows = suggest("The forces in Iran faced airstrikes by Russia on Monday.")
    (strike,) = acting(rows)
    assert actors(rows, strike) == {("hasInitiator", "russia")}


def test_only_the_subject_of_an_allegations_that_clause_is_its_target() -> None:
    rows = suggest("Pakistan repeated allegations that Qatar shelters and arms Iran.")
    (accusation,) = acting(rows)
    assert actors(rows, accusation) == {("hasInitiator", "pakistan"), ("hasTarget", "qatar")}


def test_the_owner_of_a_thing_named_before_the_trigger_is_no_actor() -> None:
    rows = suggest(
        "China pledged support, especially for Iran’s health sector, in response to requests "
        "from Qatar."
    )
    requests = [e for e in acting(rows) if ("hasInitiator", "qatar") in actors(rows, e)]
    (request,) = requests
    assert ("hasInitiator", "iran") not in actors(rows, request)


def test_withdrawing_diplomats_is_a_closure_and_re_establishing_a_presence_a_reopening() -> None:
    rows = suggest("Qatar withdrew its diplomats from Kabul in 2021.")
    assert events(rows, "EmbassyClosure")
    rows = suggest("China later re-established its diplomatic presence in Kabul.")
    (reopening,) = events(rows, "EmbassyReopening")
    assert ("hasInitiator", "china") in actors(rows, reopening)
    # "presence" alone is no mission's: the row needs a diplomatic word in the sentence
    assert not events(
        suggest("Russia re-established its presence in the region."), "EmbassyReopening"
    )


def test_who_thanks_or_praises_for_an_event_takes_no_part_in_it() -> None:
    rows = suggest("Muttaqi thanked China for its humanitarian aid.")  # "assistance": round 12
    (shipment,) = acting(rows)
    assert actors(rows, shipment) == {("hasInitiator", "china")}


def test_the_speaker_of_a_reporting_clause_after_a_comma_is_only_the_speaker() -> None:
    rows = suggest("Pakistan expelled thousands of Afghan refugees, Qatar said on Monday.")
    expulsion = [e for e in acting(rows) if ("hasInitiator", "pakistan") in actors(rows, e)]
    assert ("hasTarget", "qatar") not in actors(rows, expulsion[0])
    (statement,) = events(rows, "Statement")
    assert actors(rows, statement) == {("hasInitiator", "qatar")}


def test_hosting_talks_is_no_visit() -> None:
    rows = suggest("Qatar hosted talks between China and Iran in Doha on Monday.")
    assert not events(rows, "Visit")
    (meeting,) = events(rows, "Meeting")
    assert {("hasParticipant", "china"), ("hasParticipant", "iran")} <= actors(rows, meeting)


def test_a_coordinated_verb_shares_the_subject_past_an_object_event() -> None:
    rows = suggest("China condemned the airstrikes on Monday and expressed condolences to Iran.")
    (statement,) = events(rows, "Statement")
    assert actors(rows, statement) == {("hasInitiator", "china"), ("hasTarget", "iran")}


def test_a_speech_participle_after_a_comma_restates_the_speech_act_before() -> None:
    rows = suggest("Qatar denied the allegations, stating that no militants were present.")
    assert not events(rows, "Statement")
    (denial,) = events(rows, "Denial")
    assert ("hasInitiator", "qatar") in actors(rows, denial)


def test_names_in_what_was_said_are_neither_speakers_nor_targets() -> None:
    rows = suggest("Araghchi said China was committed to Qatar’s development.")
    (statement,) = events(rows, "Statement")
    assert actors(rows, statement) == {("hasInitiator", "abbas-araghchi")}
    rows = suggest("The talks went well, said Muttaqi.")  # an inverted speaker still speaks
    (statement,) = events(rows, "Statement")
    assert actors(rows, statement) == {("hasInitiator", "amir-khan-muttaqi")}


def test_regions_by_their_last_word_and_no_names_of_gatherings() -> None:
    found = new_entities("Trade across Central Asia and the Persian Gulf grew, Qatar said.")
    assert found == {"Central Asia": "Region", "Persian Gulf": "Region"}
    found = new_entities("Qatar recalled the Doha Agreement at the Tashkent Conference.")
    assert "Doha Agreement" not in found
    assert "Tashkent Conference" not in found


def test_a_title_inside_a_sentences_first_run_tells_the_person_after_it() -> None:
    found = new_entities("Pakistani Interior Minister Mohsin Naqvi met Muttaqi on Monday.")
    assert found == {"Mohsin Naqvi": "Person", "Interior Minister of Pakistan": "Position"}


def test_the_state_behind_an_officials_office_takes_no_part_of_its_own() -> None:
    rows = suggest("Araghchi met Muttaqi in Kabul on Monday.")
    (meeting,) = acting(rows)
    assert actors(rows, meeting) == {
        ("hasParticipant", "abbas-araghchi"),
        ("hasParticipant", "amir-khan-muttaqi"),
    }
    rows = suggest("Abbas Araghchi, the Iranian diplomat, met Muttaqi in Kabul on Monday.")
    (meeting,) = acting(rows)
    # the office's state named elsewhere in the sentence ("Iranian") is no participant: the
    # rule that made it one found no answer row on any column and cost held-out precision
    assert ("hasParticipant", "iran") not in actors(rows, meeting)
