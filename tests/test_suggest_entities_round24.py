"""Round 24 of `kg suggest`'s new entities: groups a report describes by their form, with
no name of their own: a team relief sends ("a Red Cross rescue team") and families
counted as they are received ("a convoy of 85 returnee families"), a body's partners
("the UN’s partner organisations"), and (not yet) the office-holders of listed states
("the foreign ministers of A, B and C"); invented sentences, none copied from a report."""

from __future__ import annotations

import pytest

from tests.suggest_sentences import claims, classes, events, suggest

OFFICE_HOLDERS = {
    "three-states": (
        "The foreign ministers of China, Pakistan and Afghanistan met in Kabul on Monday.",
        "Foreign ministers of China, Pakistan and Afghanistan",
    ),
    "two-states": (
        "The interior ministers of Iran and Pakistan agreed to reopen the crossing.",
        "Interior ministers of Iran and Pakistan",
    ),
    "oxford-comma": (
        "The defence ministers of Tajikistan, Uzbekistan, and Kyrgyzstan signed a plan.",
        "Defence ministers of Tajikistan, Uzbekistan, and Kyrgyzstan",
    ),
    "presidents": (
        "Talks between the presidents of Uzbekistan and Turkmenistan ended on Tuesday.",
        "Presidents of Uzbekistan and Turkmenistan",
    ),
    "envoys": (
        "The special envoys of Russia, China, Iran and Pakistan met in Moscow.",
        "Special envoys of Russia, China, Iran and Pakistan",
    ),
    "foreign-secretaries": (
        "A meeting of the foreign secretaries of India and Bangladesh was held in Delhi.",
        "Foreign secretaries of India and Bangladesh",
    ),
}


@pytest.mark.parametrize("name", list(OFFICE_HOLDERS))
@pytest.mark.xfail(
    strict=True,
    reason="a group of the office-holders, as an actor beside its states, took the states'"
    " places in the events they agree (ten dev participant rows); proposed with no mention,"
    " and of three states or more, it still cost a blind new entity: left out",
)
def test_the_office_holders_of_listed_states_are_a_group(name: str) -> None:
    text, label = OFFICE_HOLDERS[name]
    found = classes(suggest(text))
    assert found.get(label) == "Group", found


NO_OFFICE_HOLDERS = {
    "one-holder": "The foreign minister of China said the talks had been useful.",
    "one-state": "The foreign ministers of China have met four times since 2021.",
    "no-state": "The foreign ministers of the region met in Tashkent on Monday.",
    "both-countries": "The foreign ministers of both countries met in Kabul on Monday.",
    "bodies": "The foreign ministries of China and Pakistan issued a joint statement.",
    "no-office": "The people of China and Pakistan are friends, the minister said.",
}


@pytest.mark.parametrize("name", list(NO_OFFICE_HOLDERS))
def test_no_group_of_one_office_holder_one_state_or_no_office(name: str) -> None:
    found = classes(suggest(NO_OFFICE_HOLDERS[name]))
    assert "Group" not in found.values(), found


RELIEF_GROUPS = {
    "named-team": (
        "A Red Cross rescue team of twelve reached Khost by road on Friday.",
        "Red Cross rescue team",
    ),
    "state-team": (
        "A Turkish search and rescue team arrived in Herat on Monday.",
        "Turkish search and rescue team",
    ),
    "medical-team": (
        "An Iranian medical team reached the quake zone on Tuesday.",
        "Iranian medical team",
    ),
    "families-convoy": (
        "The governor welcomed a convoy of 85 returnee families at Islam Qala.",
        "85 returnee families",
    ),
    "families-words": (
        "Officials handed tents to sixty displaced families in Kunar on Monday.",
        "sixty displaced families",
    ),
    "family-of": ("His family of six left their shop in Quetta.", "His family of six"),
    "a-family-of": ("A family of eight was sheltering in a tent near Herat.", "A family of eight"),
    "refugee-families": (
        "Some 2,300 refugee families crossed the border at Islam Qala last week.",
        "2,300 refugee families",
    ),
}


WORKERS = {
    "rescuers": (
        "Forty rescuers from Turkey’s disaster agency joined the search in Herat.",
        "Forty rescuers",
        "Forty rescuers from Turkey’s disaster agency",
    ),
    "doctors": (
        "The plane brought 12 doctors from the Iranian Red Crescent to Kunar.",
        "12 doctors",
        "12 doctors from the Iranian Red Crescent",
    ),
    "aid-workers": (
        "Twenty aid workers from Qatar reached the quake zone on Monday.",
        "Twenty aid workers",
        "Twenty aid workers from Qatar",
    ),
}


@pytest.mark.parametrize("name", list(WORKERS))
def test_relief_workers_counted_with_their_sender_are_a_group(name: str) -> None:
    text, label, alias = WORKERS[name]
    rows = suggest(text)
    found = classes(rows)
    assert found.get(label) == "Group", found
    assert alias in {r.object for r in rows if r.kind == "entity" and r.predicate == "alias"}


NO_WORKERS = {
    "no-sender": "Three aid workers were killed in the attack on Monday.",
    "no-count": "Doctors from Iran arrived in Kunar on Monday.",
    "searched": "Thirty rescuers searched the rubble through the night.",
    "lower-case-sender": "Ten volunteers from local mosques handed out bread.",
}


@pytest.mark.parametrize("name", list(NO_WORKERS))
def test_no_group_of_workers_uncounted_or_with_no_named_sender(name: str) -> None:
    found = classes(suggest(NO_WORKERS[name]))
    assert "Group" not in found.values(), found


@pytest.mark.parametrize("name", list(RELIEF_GROUPS))
def test_a_team_relief_sends_or_families_counted_are_a_group(name: str) -> None:
    text, label = RELIEF_GROUPS[name]
    found = classes(suggest(text))
    assert found.get(label) == "Group", found


NO_RELIEF_GROUP = {
    "no-kind": "The team arrived in Herat on Monday.",
    "national-team": "The Afghan cricket team beat Ireland in Sharjah on Monday.",
    "team-of-words": "A team of engineers inspected the dam on Tuesday.",
    "families-uncounted": "Families are sleeping in tents near the crossing, he said.",
    "families-of": "The families of the victims met the governor on Monday.",
}


@pytest.mark.parametrize("name", list(NO_RELIEF_GROUP))
def test_no_group_of_a_team_of_no_relief_or_families_uncounted(name: str) -> None:
    found = classes(suggest(NO_RELIEF_GROUP[name]))
    assert "Group" not in found.values(), found


PARTNERS = {
    "organisations": (
        "Half of the UN’s partner organisations have cut their programmes, the survey found.",
        "UN’s partner organisations",
    ),
    "implementing-partners": (
        "The WFP's implementing partners distributed flour in Ghor.",
        "WFP's implementing partners",
    ),
    "partner-agencies": (
        "UNICEF’s partner agencies reopened 40 schools in Herat.",
        "UNICEF’s partner agencies",
    ),
}


@pytest.mark.parametrize("name", list(PARTNERS))
def test_a_bodys_partners_are_a_group(name: str) -> None:
    text, label = PARTNERS[name]
    found = classes(suggest(text))
    assert found.get(label) == "Group", found


def test_a_partner_state_is_no_group() -> None:
    found = classes(suggest("China’s partner Pakistan hosted the talks in Islamabad."))
    assert "Group" not in found.values(), found


REQUESTED = {
    "asked-for": (
        "The envoy met the minister and asked for consular access to the detained engineer.",
        "Consular access",
    ),
    "sought": (
        "Kabul has sought duty-free access for its fruit exports, the ministry said.",
        "Duty-free access",
    ),
    "requested": (
        "The delegation requested additional flights between the two capitals.",
        "Additional flights",
    ),
    "pressed-for": (
        "Islamabad pressed for a crackdown on militant hideouts in Kunar.",
        "Crackdown",
    ),
    "called-for": pytest.param(
        "The council called for an inclusive government in Kabul.",
        "Inclusive government",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a call goes to all: what it asks for is as often an aim the annotations"
            " leave as a topic they keep (one blind new entity right, one wrong): no cue",
        ),
    ),
}


@pytest.mark.parametrize(("text", "label"), list(REQUESTED.values()), ids=list(REQUESTED))
def test_what_a_request_asks_for_is_its_topic(text: str, label: str) -> None:
    rows = suggest(text)
    found = classes(rows)
    assert found.get(label) == "Topic", found
    topic = next(r.subject for r in rows if r.predicate == "label" and r.object == label)
    requests = set(events(rows, "Request"))
    assert any(s in requests for s, o in claims(rows, "hasTopic") if o == topic)


def test_a_request_for_a_register_topic_is_about_it() -> None:
    rows = suggest("The minister sought visa facilitation for Afghan students in India.")
    requests = set(events(rows, "Request"))
    assert any(s in requests and o == "visa-facilitation" for s, o in claims(rows, "hasTopic"))


NOT_REQUESTED = {
    "money": "The agencies appealed for $310 million to help returnees.",
    "pronoun": "The protesters called for him to resign.",
    "name": "The minister asked for Pakistan to reopen the crossing.",
}


@pytest.mark.parametrize("name", list(NOT_REQUESTED))
def test_no_topic_of_a_sum_a_pronoun_or_a_name_asked_for(name: str) -> None:
    found = classes(suggest(NOT_REQUESTED[name]))
    assert "Topic" not in found.values(), found
