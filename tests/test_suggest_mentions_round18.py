"""Round 18 of `kg suggest`'s mentions: register descriptions, bodies and titles in the
genre's other words (kg/suggest/genre_forms.py, kg/suggest/genre_words.json), each rule
tested on invented sentences and failing without it."""

from __future__ import annotations

from kg.suggest.register import Register
from tests.test_suggest_mentions_general import entities, mentions, register

_AID = ("aid", "Topic", "Humanitarian assistance", "humanitarian assistance")


def test_the_bare_head_of_humanitarian_assistance_in_its_usual_sense() -> None:
    reg = register(_AID)
    assert ("aid", "Relief") in mentions(reg, "Relief flights landed in Zenda on Monday.")
    assert ("aid", "aid") in mentions(reg, "He denied that aid had been diverted.")
    assert ("aid", "aid") in mentions(reg, "Freedonia will send 5 million in emergency aid.")
    assert "aid" not in entities(reg, "Zenda expressed relief at the result.")
    assert "aid" not in entities(reg, "Two aid workers were freed on Monday.")
    assert "aid" not in entities(reg, "Freedonia offered military aid to Ruritania.")


def test_help_for_people_in_need_is_humanitarian_assistance() -> None:
    reg = register(_AID)
    found = mentions(reg, "The agencies appealed for $10 million to help returnees.")
    assert ("aid", "help returnees") in found
    found = mentions(reg, "Freedonia pledged 5,000 tonnes of wheat for Ruritanian refugees.")
    assert ("aid", "for Ruritanian refugees") in found
    assert "aid" not in entities(reg, "A committee for refugees was set up.")  # no figure


def test_a_description_said_with_of_and_a_day_between() -> None:
    reg = register(("fv", "Group", "Flood victims in Ruritania", "flood victims"))
    found = mentions(reg, "Food reached the victims of Monday’s flood by road.")
    assert ("fv", "victims of Monday’s flood") in found
    assert ("fv", "victims of the flood") in mentions(reg, "It was for the victims of the flood.")


def test_aid_and_relief_stand_for_humanitarian_before_the_same_head() -> None:
    reg = register(("ha", "Group", "Humanitarian agencies in Ruritania", ""))
    assert ("ha", "Aid agencies") in mentions(reg, "Aid agencies warned of hunger.")
    assert ("ha", "relief agencies") in mentions(reg, "The relief agencies warned of hunger.")


def test_a_bodys_acronym_opening_another_bodys_name_mentions_it_too() -> None:
    reg = register(
        ("an", "InternationalOrganization", "Allied Nations", "AN"),
        ("anfa", "InternationalOrganization", "AN food agency (ANFA)", "ANFA | AN food agency"),
    )
    found = mentions(reg, "The AN food agency, ANFA, said stocks were low.")
    assert ("an", "AN") in found
    assert ("anfa", "AN food agency") in found


def _returnees() -> Register:
    return register(
        ("zembla", "State", "Zembla", ""),
        ("rf", "Group", "Ruritanian returnees from Freedonia", "Ruritanian returnees"),
        ("rz", "Group", "Ruritanian returnees from Zembla", ""),
    )


def test_returnees_from_a_place_by_their_verb() -> None:
    text = "Some 5,000 Ruritanians returned from Freedonia and Zembla last week."
    assert {"rf", "rz"} <= entities(_returnees(), text)
    found = entities(_returnees(), "Officials put the number returned from Zembla at 900.")
    assert "rz" in found and "rf" not in found
    assert not {"rf", "rz"} & entities(_returnees(), "The minister returned from Zembla.")


def test_an_embassy_with_no_place_is_the_registers_one_embassy_of_that_state() -> None:
    reg = register(("emb", "DiplomaticMission", "Embassy of Ruritania, Zenda", ""))
    assert ("emb", "Ruritanian embassy") in mentions(
        reg, "Aid arrived, the Ruritanian embassy said."
    )
    two = register(
        ("emb", "DiplomaticMission", "Embassy of Ruritania, Zenda", ""),
        ("emb2", "DiplomaticMission", "Embassy of Ruritania, Strelsau", ""),
    )
    assert not {"emb", "emb2"} & entities(two, "Aid arrived, the Ruritanian embassy said.")


def test_a_states_title_where_the_sentence_names_that_state_whoever_holds_it() -> None:
    reg = register(
        ("sec", "Position", "Interior Secretary of Freedonia", ""),
        ("old", "Person", "Ann Old", ""),
        claims=("old holdsPosition sec",),
    )
    text = "Talks began with a Freedonian delegation led by Interior Secretary Ivo Kral."
    assert ("sec", "Interior Secretary") in mentions(reg, text)
    text = "Talks began with a Ruritanian delegation led by Interior Secretary Ivo Kral."
    assert "sec" not in entities(reg, text)


def test_after_a_noun_of_return_a_states_nationals_are_its_migrants() -> None:
    reg = register(
        ("mr", "Topic", "Return of Ruritanian migrants", "return of Ruritanian migrants")
    )
    text = "They discussed the orderly return of Ruritanian nationals."
    assert ("mr", "return of Ruritanian nationals") in mentions(reg, text)
    assert "mr" not in entities(reg, "They praised the skill of Ruritanian nationals.")


def test_ones_access_to_a_thing_said_by_its_verb_or_as_ones_right() -> None:
    reg = register(("wr", "Topic", "Women's access to work and education", ""))
    assert ("wr", "women working") in mentions(reg, "The ban on women working for agencies stays.")
    assert ("wr", "women’s education") in mentions(reg, "Freedonia raised women’s education.")
    assert "wr" not in entities(reg, "Two women were detained in Zenda.")


def test_a_bodys_name_runs_over_of_the() -> None:
    from tests.suggest_sentences import classes, suggest

    found = classes(suggest("The International Committee of the Red Cross said it had visited."))
    assert found.get("International Committee of the Red Cross") == "Organization", found
    found = classes(suggest("The Foreign Office of the Taliban said so."))
    assert "Foreign Office of the" not in found, found


def test_a_states_adjective_and_a_rank_before_a_title_are_no_person() -> None:
    from tests.suggest_sentences import classes, suggest

    found = classes(
        suggest(
            "The Tajik Deputy Foreign Minister, Sirojiddin Ikromi, told reporters the border was calm."
        )
    )
    assert "Tajik Deputy" not in found and found.get("Sirojiddin Ikromi") == "Person", found


def test_a_titles_office_before_a_new_person_has_no_article() -> None:
    from tests.suggest_sentences import classes, suggest

    found = classes(suggest("The Chief Minister of Zembla, Ivo Kral, visited the camp."))
    assert found.get("Chief Minister of Zembla") == "Position", found


def test_a_commoditys_plural_name_in_the_singular_after_a_is_one_thing() -> None:
    reg = register(("tents", "Commodity", "Tents", "tents"))
    assert "tents" not in entities(reg, "She slept in a tent near the gate.")
    assert "tents" in entities(reg, "Freedonia sent 500 tents to Zenda.")


def test_a_registers_state_by_another_of_its_names() -> None:
    reg = register(("us", "State", "United States", ""))
    assert ("us", "America") in mentions(reg, "America’s envoy arrived in Zenda.")
    assert "us" not in entities(reg, "Envoys from Latin America arrived in Zenda.")


def test_the_officials_of_a_registers_state_by_the_gazetteers_adjective() -> None:
    reg = register(("us", "State", "United States", ""))
    assert ("us", "American officials") in mentions(reg, "American officials arrived in Zenda.")


def test_a_states_ministry_of_foreign_affairs_is_its_foreign_ministry() -> None:
    reg = register(("mfa", "Ministry", "Ministry of Foreign Affairs of Ruritania", ""))
    assert ("mfa", "Ruritanian foreign ministry") in mentions(
        reg, "The Ruritanian foreign ministry said so."
    )
    assert ("mfa", "Ruritania’s Foreign Ministry") in mentions(
        reg, "Ruritania’s Foreign Ministry said so."
    )
    assert "mfa" not in entities(reg, "Ruritania’s interior ministry said so.")


def test_a_verb_and_its_object_after_a_new_persons_name_are_no_title() -> None:
    from tests.suggest_sentences import classes, suggest

    found = classes(suggest("Zembla’s army chief, General Ivo Kral, met the envoy."))
    assert found.get("Ivo Kral") == "Person" and "Met the envoy" not in found, found
    found = classes(suggest("Ivo Kral, Qatar’s minister of state for foreign affairs, said so."))
    assert "Minister of state for foreign affairs of Qatar" in found, found
