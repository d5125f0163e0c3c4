"""Round 7 of the general rules of `kg suggest` (issue 22): the relation rows missed most
(an event's status, a title's state, a place in a state, who leads a delegation, whom a
delegation represents). Each test is on sentences of our own making (none from the seed or
the invented reports) and fails without its rule."""

from __future__ import annotations

from tests.suggest_sentences import claims, events, suggest


def _status(text: str, cls: str) -> set[str]:
    rows = suggest(text)
    found = events(rows, cls)
    return {value for event, value in claims(rows, "hasStatus") if event in found}


def test_a_cue_before_the_trigger_gives_the_events_status() -> None:
    assert _status("The Kazakh team was due to travel to Herat on Friday.", "Visit") == {"planned"}
    assert _status("Kazakhstan and Pakistan agreed to meet again in March.", "Meeting") == {
        "planned"
    }
    assert _status("Kazakhstan is expected to meet Pakistan in March.", "Meeting") == {"expected"}
    assert _status("Kazakhstan said its wheat aid is being trucked to Herat.", "AidShipment") == {
        "ongoing"
    }
    assert _status("Pakistan has reiterated its request to Kazakhstan.", "Request") == {"repeated"}


def test_a_present_perfect_going_on_since_a_date_is_ongoing() -> None:
    text = "Pakistan has sent back 2.5 million Afghans since June, the agency said."
    assert _status(text, "Expulsion") == {"ongoing"}
    assert _status("Pakistan sent back 300 Afghans on Monday.", "Expulsion") == set()


def test_no_status_without_a_cue_or_outside_the_clause() -> None:
    assert _status("Kazakhstan met Pakistan in Astana on Monday.", "Meeting") == set()
    assert _status("As planned, Kazakhstan met Pakistan in Astana on Monday.", "Meeting") == set()


def test_a_states_title_in_lower_case_is_in_that_state() -> None:
    rows = suggest(
        "Kazakhstan’s energy minister held talks in Herat on Monday. Energy Minister Almas "
        "Satkaliyev met Muttaqi."
    )
    assert ("energy-minister", "kazakhstan") in claims(rows, "positionIn")
    rows = suggest("Kazakhstan held talks in Herat. Energy Minister Almas Satkaliyev met Muttaqi.")
    assert ("energy-minister", "kazakhstan") not in claims(rows, "positionIn")


def test_a_place_after_a_states_adjective_and_a_place_noun_is_in_that_state() -> None:
    rows = suggest("Kazakhstan sent wheat by rail from the Kazakh border town of Zharkent.")
    assert ("zharkent", "kazakhstan") in claims(rows, "locatedIn")
    rows = suggest("Kazakhstan sent wheat by rail from Zharkent, a Kazakh border town, on Monday.")
    assert ("zharkent", "kazakhstan") in claims(rows, "locatedIn")
    rows = suggest("Kazakhstan sent wheat by rail from Zharkent, a town of traders, on Monday.")
    assert claims(rows, "locatedIn") == set()


def test_a_place_at_a_place() -> None:
    rows = suggest("Kazakhstan sent wheat to the Ayni Palace at Dushanbe on Monday.")
    assert ("ayni-palace", "dushanbe") in claims(rows, "locatedIn")
    rows = suggest("Kazakhstan sent wheat at the request of Dushanbe on Monday.")
    assert claims(rows, "locatedIn") == set()


def test_who_is_at_the_head_of_or_leads_a_delegation() -> None:
    rows = suggest(
        "Deputy Prime Minister Serik Zhumangarin arrived in Herat on Monday at the head of a "
        "30-member delegation. The Kazakh delegation met Muttaqi in Kabul."
    )
    assert claims(rows, "leads") == {("serik-zhumangarin", "kazakh-delegation")}
    rows = suggest(
        "Kazakhstan sent a team to Kabul. The Kazakh delegation was led by Trade Minister "
        "Serik Zhumangarin."
    )
    assert claims(rows, "leads") == {("serik-zhumangarin", "kazakh-delegation")}
    rows = suggest("The Kazakh delegation met Trade Minister Serik Zhumangarin in Kabul.")
    assert claims(rows, "leads") == set()


def test_a_delegation_named_after_a_new_state_represents_it() -> None:
    rows = suggest("Kazakhstan sent a team to Kabul. The Kazakh delegation met Muttaqi.")
    assert ("kazakh-delegation", "kazakhstan") in claims(rows, "represents")


def _paraphrases(text: str) -> set[str]:
    return {words for _, words in claims(suggest(text), "hasParaphrase")}


def test_the_clause_after_a_speech_verb_is_the_statements_paraphrase() -> None:
    assert _paraphrases(
        "Kazakhstan’s foreign ministry said on Monday that the rail survey would be finished "
        "by June."
    ) == {"the rail survey would be finished by June"}
    assert _paraphrases(
        "Muttaqi told the visitors that the border crossing would reopen next week, and that "
        "tolls would fall."
    ) == {"the border crossing would reopen next week"}


def test_the_sentence_before_its_speaker_is_the_statements_paraphrase() -> None:
    assert _paraphrases(
        "The rail survey would be finished by June, Kazakhstan’s foreign ministry said."
    ) == {"The rail survey would be finished by June"}


def test_no_paraphrase_of_a_quotation_nor_before_a_speaker_in_mid_sentence() -> None:
    assert _paraphrases("Muttaqi said “the border will reopen very soon”.") == set()
    assert _paraphrases("“The border will reopen very soon,” Muttaqi said.") == set()
    assert (
        _paraphrases(
            "Muttaqi, according to a statement from the ministry, met the envoy of Kazakhstan."
        )
        == set()
    )


def test_a_new_mission_represents_the_state_and_lies_in_the_place_its_name_gives() -> None:
    rows = suggest("China, Qatar and Iran have retained their embassies in Tehran.")
    assert ("embassy-of-china-tehran", "china") in claims(rows, "represents")
    assert ("embassy-of-qatar-tehran", "qatar") in claims(rows, "represents")
    assert ("embassy-of-qatar-tehran", "tehran") in claims(rows, "locatedIn")
    assert ("embassy-of-iran-tehran", "iran") in claims(rows, "represents")


def test_a_title_of_a_ministrys_field_or_of_the_ministry_is_in_that_ministry() -> None:
    rows = suggest(
        "The talks were held at Kazakhstan’s Ministry of Mines and Petroleum. Deputy "
        "Minister of Mines and Petroleum Aidar Abildabekov met Muttaqi."
    )
    assert (
        "deputy-minister-of-mines-and-petroleum",
        "ministry-of-mines-and-petroleum-of-kazakhstan",
    ) in claims(rows, "positionIn")
    rows = suggest(
        "Kazakhstan’s Ministry of Mines and Petroleum hosted the talks. Ministry spokesman "
        "Arman Kassenov said trade would grow."
    )
    ministry = "ministry-of-mines-and-petroleum-of-kazakhstan"
    assert ("ministry-spokesman", ministry) in claims(rows, "positionIn")
    rows = suggest("Ministry spokesman Arman Kassenov said trade would grow.")
    assert claims(rows, "positionIn") == set()


def test_states_that_kept_their_embassies_maintain_missions_in_the_place_named_before() -> None:
    rows = suggest(
        "Several states moved their embassy in Tehran to Doha. China and Qatar have retained "
        "their embassies."
    )
    assert {("china", "tehran"), ("qatar", "tehran")} <= claims(rows, "maintainsMissionIn")
    rows = suggest(
        "Several states had an embassy in Tehran. China and Qatar have closed their embassies."
    )
    assert claims(rows, "maintainsMissionIn") == set()


def test_what_an_actors_concerns_put_the_emphasis_on_is_of_concern_to_it() -> None:
    rows = suggest(
        "The envoy acknowledged China’s security concerns, with an emphasis on the East "
        "Turkestan Islamic Movement (ETIM) and Jaish-e-Mohammed (JeM)."
    )
    concerns = claims(rows, "hasConcern")
    assert ("china", "jaish-e-mohammed") in concerns
    assert any(owner == "china" and "turkestan" in what for owner, what in concerns)
    rows = suggest("The envoy met China’s security team and Jaish-e-Mohammed (JeM) leaders.")
    assert ("china", "jaish-e-mohammed") not in claims(rows, "hasConcern")


def test_a_status_cue_far_from_the_trigger_gives_none() -> None:
    text = "Another team then attended the meeting with Muttaqi in Herat."
    assert _status(text, "Meeting") == set()


def test_of_two_paraphrases_one_inside_the_other_the_shorter_is_kept() -> None:
    assert _paraphrases(
        "Muttaqi told the visitors that the border crossing would reopen next week, the "
        "ministry said."
    ) == {"the border crossing would reopen next week"}
