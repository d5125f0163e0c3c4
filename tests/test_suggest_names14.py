"""Round 14 of `kg suggest`'s new entities and mentions: bodies named by a capital or an
actor's possessive, rules of general English read from the development reports' misses,
each tested on invented sentences and failing without its rule."""

from __future__ import annotations

from tests.test_suggest_mentions_general import new_entities, register


def test_a_capital_names_the_state_of_a_ministry_and_of_its_unnamed_official() -> None:
    found = new_entities(
        register(), "Freedonia signed, and a foreign ministry official in Dushanbe said so."
    )
    assert ("Ministry", "Ministry of Foreign Affairs of Tajikistan") in found, found
    assert ("Person", "Official of Tajikistan’s foreign ministry in Dushanbe") in found, found
    assert not any(label.startswith("foreign ministry official") for _, label in found), found


def test_a_ministry_in_a_city_that_is_no_capital_names_no_state() -> None:
    found = new_entities(register(), "An energy ministry official in Zenda said it was late.")
    assert not any(cls == "Ministry" for cls, _ in found), found


def test_a_ministry_of_a_state_the_register_has_one_of_is_not_minted_again() -> None:
    reg = register(("mofa", "Ministry", "Ministry of Foreign Affairs of Tajikistan", ""))
    found = new_entities(reg, "The foreign ministry in Dushanbe said the talks were useful.")
    assert not any(cls == "Ministry" for cls, _ in found), found


def test_its_embassy_after_a_capital_is_the_mission_of_the_capitals_state() -> None:
    found = new_entities(register(), "Dushanbe has kept its embassy in Zenda open.")
    assert ("DiplomaticMission", "Embassy of Tajikistan, Zenda") in found, found


def test_a_state_named_before_a_capital_is_the_owner_of_its_embassy() -> None:
    found = new_entities(register(), "Ruritania, unlike Dushanbe, closed its embassy in Zenda.")
    assert ("DiplomaticMission", "Embassy of Ruritania, Zenda") in found, found


def test_an_actors_political_office_abroad_is_a_mission() -> None:
    reg = register(("rebels", "ArmedGroup", "Zendan Front", ""))
    found = new_entities(reg, "The Zendan Front’s political office in Doha denied it.")
    assert ("DiplomaticMission", "Zendan Front political office in Doha") in found, found
    found = new_entities(reg, "Nobody’s political office in Doha denied it.")
    assert not any(cls == "DiplomaticMission" for cls, _ in found), found


def _positions(text: str) -> set[str]:
    from tests.suggest_sentences import suggest

    rows = suggest(text)
    kinds = {r.subject for r in rows if r.kind == "entity" and r.predicate == "type"
             and r.object == "Position"}  # fmt: skip
    return {r.object for r in rows if r.kind == "entity" and r.predicate == "label"
            and r.subject in kinds}  # fmt: skip


def test_a_title_placed_in_a_province_before_a_name_is_an_office_of_its_government() -> None:
    found = _positions(
        "The Taliban’s provincial spokesman in Kunduz, Abdul Wahid Sarwari, said they were farmers."
    )
    assert "Provincial spokesman of the Islamic Emirate of Afghanistan in Kunduz" in found, found


def test_its_title_in_a_city_after_as_is_an_office_of_whom_the_sentence_opens_with() -> None:
    found = _positions(
        "Later, the Taliban appointed Gul Agha Naseri as its acting consul in Karachi."
    )
    assert "Consul of the Islamic Emirate of Afghanistan in Karachi" in found, found
    found = _positions("Zenda named Gul Agha Naseri as its consul in Karachi.")  # no state
    assert not any(label.startswith("Consul") for label in found), found


def test_one_states_group_without_its_adjective_is_not_both_states_people() -> None:
    from tests.test_suggest_mentions_general import entities

    reg = register(("guards", "ArmedForces", "Ruritanian border guards", ""))
    assert "guards" in entities(reg, "Freedonia said border guards fired first.")
    for text in (
        "Border guards of the two countries clashed in May.",
        "Freedonia said border guards on both sides fired.",
    ):
        assert "guards" not in entities(reg, text), text


def test_a_region_named_only_inside_a_quotation_is_no_new_entity() -> None:
    from tests.suggest_sentences import classes, suggest

    said = "Freedonia could be “a bridge between Ruritania and West Asia”, she said."
    told = "Floods hit West Asia. She called it “West Asia of grief”, she said."
    assert classes(suggest(told)).get("West Asia") == "Region"
    assert "West Asia" not in classes(suggest(said))


def test_an_unnamed_place_on_a_states_border_is_a_new_region() -> None:
    text = "Freedonia reported an attack in a district on the Ruritanian border on Monday."
    assert ("Region", "District on the Ruritanian border") in new_entities(register(), text)
    text = "Freedonia reported an attack in a district on the Zendan border on Monday."
    assert not any(cls == "Region" for cls, _ in new_entities(register(), text))
