"""Round 10 of `kg suggest`'s voices: unnamed single officials, each a Person of their own
(docs/annotation.md), tied to the state or body their words name. Invented sentences,
each test failing without its rule."""

from __future__ import annotations

from kg.suggest.rows import Suggestion
from tests.suggest_sentences import claims, classes, new, suggest
from tests.test_suggest_mentions_general import mentions, register


def _person(rows: list[Suggestion], label: str) -> str:
    ids = [i for i, found in new(rows).items() if found == label]
    assert ids, new(rows)
    assert classes(rows)[label] == "Person"
    return ids[0]


def test_a_states_envoy_represents_the_state() -> None:
    rows = suggest("At the council on Tuesday, China’s envoy said the talks had stalled.")
    envoy = _person(rows, "China’s envoy")
    assert (envoy, "china") in claims(rows, "represents")


def test_an_official_of_a_body_is_a_person_and_a_member_of_the_body() -> None:
    rows = suggest(
        "An official of Nepal’s Civil Aviation Authority denied that the flight had been held."
    )
    official = _person(rows, "official of Nepal’s Civil Aviation Authority")
    members = {o for s, o in claims(rows, "memberOf") if s == official}
    assert members and "nepal" not in members  # the authority, not the state


def test_a_ministry_official_in_a_city_is_a_person_of_his_own() -> None:
    rows = suggest("Trade resumed on Monday, a commerce ministry official in Kathmandu said.")
    _person(rows, "Official of Nepal’s commerce ministry in Kathmandu")  # the capital's state


def test_the_state_of_an_unnamed_envoy_who_speaks_does_not_speak() -> None:
    rows = suggest("At the council on Tuesday, China’s envoy said the talks had stalled.")
    envoy = _person(rows, "China’s envoy")
    speakers = {o for _, o in claims(rows, "hasInitiator")}
    assert envoy in speakers and "china" not in speakers


def test_an_acronym_of_a_register_label_is_its_mention_also_as_a_modifier() -> None:
    # no new rule: guards what 909 seemed to miss (its held-out register has no such body)
    reg = register(("zu", "InternationalOrganization", "Zendan Union", ""))
    for text in ("Ruritania denied that any ZU staff were held.", "A ZU-convened meeting."):
        assert ("zu", "ZU") in mentions(reg, text)
