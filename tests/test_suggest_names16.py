"""Round 16 of `kg suggest`'s mentions and new entities, on the causes of the misses of
the new development reports (913-915): rules of general English of the genre, each
tested on invented sentences and failing without its rule."""

from __future__ import annotations

import pytest

from kg.suggest.mentions import MentionFinder
from kg.suggest.new_names import ministries
from kg.suggest.register import Register
from tests.test_suggest_mentions_general import entities, mentions, register


def _ministries(reg: Register, text: str) -> set[str]:
    return {e.label for e in ministries(text, MentionFinder(reg))}


def test_a_states_ministry_of_another_portfolio_than_the_registers_is_new() -> None:
    reg = register(("mofa", "Ministry", "Ministry of Foreign Affairs of Ruritania", ""))
    found = _ministries(reg, "Ruritania’s interior ministry said the deadline stood.")
    assert found == {"Ministry of Interior of Ruritania"}, found
    assert not _ministries(reg, "Ruritania’s foreign ministry said the deadline stood.")


def _delegation(when: str) -> Register:
    return register(
        ("rd", "Delegation", f"Ruritanian delegation to the Zenda talks ({when})",
         "Ruritanian delegation"),
    )  # fmt: skip


def test_an_occasions_delegation_after_an_indefinite_article_is_another() -> None:
    reg = _delegation("March 2026")
    assert "rd" not in entities(reg, "Talks began between a Ruritanian delegation and Freedonia.")
    assert "rd" in entities(reg, "Talks began between the Ruritanian delegation and Freedonia.")


def test_an_occasion_later_than_the_report_is_not_the_one_it_speaks_of() -> None:
    text = "The Ruritanian delegation met Freedonia’s officials."
    assert "rd" not in entities(_delegation("March 2031"), text)
    assert "rd" in entities(_delegation("March 2029"), text)


def test_a_group_of_a_place_the_report_never_names_is_another() -> None:
    reg = register(("rc", "Group", "Ruritanian customs officials (Zenda)", "customs officials"))
    assert "rc" not in entities(reg, "The trucks crossed, customs officials said.")
    assert "rc" in entities(reg, "The trucks crossed at Zenda, customs officials said.")


def test_a_delegation_introduced_with_a_is_a_new_one() -> None:
    from kg.suggest.delegations import introduced_delegations

    text = "Talks followed between a Freedonian delegation led by Ivo Kral and a joint delegation."
    found = {(e.cls, e.label) for e in introduced_delegations(text)}
    assert found == {("Delegation", "Freedonian delegation"), ("Delegation", "Joint delegation")}
    assert not introduced_delegations("The Freedonian delegation left on Monday.")


def test_named_by_nouns_gives_the_introduced_delegation() -> None:
    from kg.suggest.new_names import named_by_nouns

    found = named_by_nouns("Zenda received a Freedonian delegation.", MentionFinder(register()))
    assert ("Delegation", "Freedonian delegation") in {(e.cls, e.label) for e in found}


def test_a_name_opening_a_sentence_with_an_age_after_it_is_a_person() -> None:
    from tests.suggest_sentences import classes, suggest

    found = classes(suggest("Zenda freed a teacher. Ivo Kral, 61, was flown home on Monday."))
    assert found.get("Ivo Kral") == "Person", found
    found = classes(suggest("Zenda freed a teacher. Ivo Kral, Zenda, was flown home."))
    assert found.get("Ivo Kral") != "Person", found


def test_a_title_before_a_comma_and_the_name_is_the_position_the_person_holds() -> None:
    reg = register(
        ("mofa", "Ministry", "Ministry of Foreign Affairs of Ruritania", ""),
        ("spox", "Position", "Spokesperson of the Ministry of Foreign Affairs of Ruritania", ""),
        ("roe", "Person", "Jane Roe", ""),
        claims=("roe holdsPosition spox", "spox positionIn mofa"),
    )
    text = "The Ministry of Foreign Affairs said so. Its spokesperson, Jane Roe, denied it."
    assert ("spox", "spokesperson") in mentions(reg, text)


def _positions(text: str) -> dict[str, str]:
    from tests.suggest_sentences import classes, suggest

    return {k: v for k, v in classes(suggest(text)).items() if v == "Position"}


def test_a_lower_case_portfolio_after_of_in_a_title_before_a_name_is_the_office() -> None:
    found = _positions("At Zenda, the Zendan’s minister of mines and petroleum, Ivo Kral, spoke.")
    assert "Minister of mines and petroleum" in found, found
    assert not _positions("At Zenda, the minister of the country, Ivo Kral, spoke.")


def test_a_lower_case_title_after_a_new_persons_name_is_the_states_office() -> None:
    found = _positions(
        "Talks were led by Ivo Kral, Qatar’s minister of state for foreign affairs, "
        "and Jan Novak, the Bhutanese special envoy for hostage affairs."
    )
    assert "Minister of state for foreign affairs of Qatar" in found, found
    assert "Special envoy for hostage affairs of Bhutan" in found, found
    assert not _positions("Talks were led by Ivo Kral, the Zendan chief of staff.")


@pytest.mark.parametrize(("head", "heads"), [("crossing", "crossings"), ("pass", "passes")])
def test_a_conjunct_before_a_shared_plural_head_names_the_registers_singular(
    head: str, heads: str
) -> None:
    """ "passes": word_forms.singular, which shared_heads.py reads (round twenty-one; its own
    rule made "passe")."""
    reg = register(
        ("zenda", "City", "Zenda", ""),
        (f"zenda-{head}", "Place", f"Zenda {head}", ""),
        ("ostra", "City", "Ostra", ""),
    )
    found = mentions(reg, f"Trucks went through the Ostra and Zenda {heads} on Monday.")
    assert (f"zenda-{head}", "Zenda") in found and ("zenda", "Zenda") not in found, found
    assert ("ostra", "Ostra") in found, found
    assert ("zenda", "Zenda") in mentions(reg, "Trucks went through Ostra and Zenda on Monday.")


def test_a_groups_name_with_a_lower_case_word_before_its_head_is_a_kind_of_it() -> None:
    reg = register(("rof", "Group", "Ruritanian officials", ""))
    assert "rof" not in entities(reg, "The trucks crossed, Ruritanian customs officials said.")
    assert "rof" in entities(reg, "The trucks crossed, Ruritanian officials said.")
    reg = register(("rt", "Group", "returnee families", ""))
    assert "rt" in entities(reg, "The returnee Afghan families arrived.")  # a capital inserted


def test_a_ministrys_spokesperson_in_a_capital_is_that_states_office() -> None:
    from kg.suggest.owned_bodies import capital_spokespeople, owned_bodies

    reg = register(("bhutan", "State", "Bhutan", ""))
    text = "Aid will follow, foreign ministry spokesperson Ivo Kral told reporters in Thimphu."
    found = {(e.cls, e.label) for e in owned_bodies(text, MentionFinder(reg))}
    assert found == {("Position", "Spokesperson of the Ministry of Foreign Affairs of Bhutan")}
    assert not capital_spokespeople(text.replace("Thimphu", "Zenda"), MentionFinder(reg))
    reg = register(
        ("bhutan", "State", "Bhutan", ""),
        ("mofa", "Ministry", "Ministry of Foreign Affairs of Bhutan", ""),
        claims=("mofa memberOf bhutan",),
    )
    assert not capital_spokespeople(text, MentionFinder(reg))  # the register's may be it


def test_a_missions_name_opening_with_its_owner_is_said_in_the_owners_possessive() -> None:
    reg = register(
        ("front", "ArmedGroup", "Zendan", ""),
        ("office", "DiplomaticMission", "Zendan political office in Ostra", ""),
    )
    found = mentions(reg, "Ruritania has hosted the Zendan’s political office since 2013.")
    assert ("office", "Zendan’s political office") in found, found


def test_a_bare_lower_case_head_before_a_new_name_is_no_office() -> None:
    found = _positions("Aid will come, ministry spokesperson Ivo Kral told reporters.")
    assert "spokesperson" not in found, found


def test_an_airport_named_by_its_city_and_an_owners_lower_case_agency_are_new() -> None:
    from tests.test_suggest_mentions_general import new_entities

    found = new_entities(
        register(), "He landed at Zenda airport, and Ruritania’s spy agency met him."
    )
    assert ("Building", "Zenda airport") in found, found
    assert ("Organization", "Ruritania’s spy agency") in found, found
    assert not new_entities(register(), "Airport workers met the agency.")


def test_a_bodys_lower_case_office_in_a_place_after_a_new_person_is_new() -> None:
    from kg.suggest.candidates import NewEntity
    from kg.suggest.new_positions import positions_of

    reg = register(("zra", "InternationalOrganization", "ZRA", ""))
    text = "Aid rose, said Ivo Kral, ZRA’s representative in Ruritania."
    start = text.index("Ivo")
    person = NewEntity("ivo-kral", "Person", "Ivo Kral", start, start + 8, 0.5, "test")
    found = {e.label for e in positions_of(text, [person], MentionFinder(reg))}
    assert found == {"ZRA’s representative in Ruritania"}, found
    text = "Aid rose, said Ivo Kral, Ruritania’s envoy in Zenda."
    assert not positions_of(text, [person], MentionFinder(reg))


def test_a_body_being_set_up_is_no_register_body_of_those_words() -> None:
    reg = register(
        ("jc", "Organization", "Ruritania–Freedonia joint committee on drugs", "joint committee")
    )
    assert "jc" not in entities(reg, "The two sides agreed to set up a joint committee.")
    assert "jc" in entities(reg, "The joint committee met in May.")


def _taliban(text: str) -> set[str]:
    from tests.suggest_sentences import mentioned, suggest

    return {
        e for _, e in mentioned(suggest(text)) if e in ("taliban", "islamic-emirate-of-afghanistan")
    }


@pytest.mark.parametrize(
    "text",
    [
        "He was held by the Taliban’s intelligence agency for a year.",
        "The Taliban ministry said the talks were useful.",
        "Zenda sent a note to Taliban officials on Monday.",
        "The Taliban have released a teacher from Zenda.",
    ],
)
def test_a_movements_lower_case_body_officials_and_releases_are_its_governments(text: str) -> None:
    assert _taliban(text) == {"islamic-emirate-of-afghanistan"}, text


def test_a_movements_fighters_stay_the_movement() -> None:
    assert _taliban("Taliban fighters crossed the river.") == {"taliban"}


def test_a_mission_after_no_names_none() -> None:
    reg = register(("emb", "DiplomaticMission", "Embassy of Freedonia, Zenda", "embassy in Zenda"))
    assert "emb" not in entities(reg, "Ruritania has had no embassy in Zenda since 2021.")
    assert "emb" in entities(reg, "Ruritania has kept an embassy in Zenda since 2021.")


def test_a_groups_plural_name_as_a_ministrys_portfolio_names_no_group() -> None:
    reg = register(("ref", "Group", "Ruritanian refugees", "refugees"))
    assert "ref" not in entities(reg, "The refugees ministry said so.")
    assert "ref" not in entities(reg, "The minister of refugees and repatriation said so.")
    assert "ref" in entities(reg, "The refugees said so.")


def test_a_commodity_between_a_plural_noun_and_a_preposition_is_a_verb() -> None:
    reg = register(("land", "Commodity", "Land", "land"))
    assert "land" not in entities(reg, "Relief flights land in Zenda on Monday.")
    assert "land" in entities(reg, "He promised them land in Zenda.")


def test_an_embassy_without_a_place_in_a_report_filed_from_no_capital_is_not_minted() -> None:
    from kg.suggest.new_names import other_missions

    reg = register(("bhutan", "State", "Bhutan", ""))
    filed = "ZENDA — Aid arrived on Monday, the Bhutanese embassy said in a statement."
    assert not other_missions(filed, MentionFinder(reg))
    capital = filed.replace("ZENDA", "KABUL")
    labels = {e.label for e in other_missions(capital, MentionFinder(reg))}
    assert labels == {"Embassy of Bhutan, Kabul"}, labels


def test_a_ledes_described_person_named_with_an_age_next_is_no_new_one() -> None:
    from kg.suggest.described_people import counted_people

    lede = "Zenda freed a Bhutanese engineer who was held for a year. "
    finder = MentionFinder(register())
    assert not counted_people(lede + "Ivo Kral, 41, was flown home.", finder)
    found = {e.label for e in counted_people(lede + "He was flown home.", finder)}
    assert found == {"Bhutanese engineer"}, found
