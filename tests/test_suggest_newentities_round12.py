"""Round 12 of `kg suggest`'s new entities: unnamed people and groups as entities of their
own, rules of general English read from the development reports' misses, each tested on
invented sentences and failing without its rule."""

from __future__ import annotations

from tests.test_suggest_mentions_general import new_entities, register


def test_a_counted_person_told_apart_by_a_clause_is_a_new_person() -> None:
    reg = register()
    text = "Freedonia handed over a Ruritanian national who had been held since June."
    assert ("Person", "Ruritanian national") in new_entities(reg, text)
    text = "A Ruritanian citizen, who was arrested in May, was freed on Sunday."
    assert ("Person", "Ruritanian citizen") in new_entities(reg, text)


def test_counted_people_working_for_a_body_are_a_group_of_their_own() -> None:
    reg = register()
    text = "Four Ruritanian engineers working for Zenda Power were released on Monday."
    assert ("Group", "Four Ruritanian engineers working for Zenda Power") in new_entities(reg, text)
    text = "She said 12 Freedonian women employed by UN agencies had been questioned."
    assert ("Group", "12 Freedonian women employed by UN agencies") in new_entities(reg, text)


def test_a_count_without_a_clause_or_a_states_adjective_names_no_one() -> None:
    reg = register()
    found = new_entities(reg, "A Ruritanian guard and two Freedonian men were killed.")
    assert not {label for _, label in found} & {"Ruritanian guard", "two Freedonian men"}
    found = new_entities(reg, "Three Zendan engineers working for Zenda Power were freed.")
    assert not any("engineers" in label for _, label in found), found
    found = new_entities(reg, "A Ruritanian women who spoke said so.")  # no such phrase
    assert ("Person", "Ruritanian women") not in found, found


def test_a_states_people_at_large_are_not_those_counted_inside_a_group() -> None:
    from kg.suggest.entity_patterns import described
    from kg.suggest.mentions import MentionFinder

    text = (
        "Three Ruritanian women working for Zenda Power were held. "
        "The ban on Ruritanian women working abroad stays."
    )
    found = {e.label: e.start for e in described(text, MentionFinder(register()))}
    assert found["Ruritanian women"] == text.index("Ruritanian women working abroad"), found


def test_the_delegation_this_report_says_a_visitor_heads_visits_with_them() -> None:
    from tests.suggest_sentences import actors, events, new, suggest

    rows = suggest(
        "Transport Minister Ivo Kral arrived in Kabul on Monday at the head of a 20-member "
        "delegation for a two-day visit. The Ruritanian delegation was due to travel to "
        "Herat on Tuesday."
    )
    labels = new(rows)
    first = next(e for e in events(rows, "Visit") if labels[e] == "Visit: arrived in")
    assert ("hasVisitor", "ruritanian-delegation") in actors(rows, first)


def test_two_names_joined_by_and_before_one_province_are_one_province() -> None:
    from tests.suggest_sentences import classes, suggest

    found = classes(suggest("Water is to reach Ruritania’s Zenda and Brel province by May."))
    assert found.get("Zenda and Brel Province") == "Province", found  # its head (round 18)
    assert "Brel" not in found and "Brel Province" not in found
    found = classes(suggest("Aid went to the Zenda and Brel provinces on Monday."))
    assert "Zenda and Brel" not in found, found  # two provinces


def test_a_portfolio_title_before_a_name_inside_a_sentence_is_no_part_of_the_name() -> None:
    from tests.suggest_sentences import classes, suggest

    for text in (
        "The talks ended on Sunday. On Monday, Transport Minister Ivo Kral arrived in Kabul.",
        "The talks ended on Sunday. Pakistan’s Transport Minister Ivo Kral arrived in Kabul.",
    ):
        found = classes(suggest(text))
        assert found.get("Ivo Kral") == "Person", found
        assert not any("Minister Ivo" in label for label in found), found


def test_officials_named_by_who_appointed_them_are_a_group_and_no_appointment() -> None:
    from tests.suggest_sentences import classes, events, suggest

    rows = suggest(
        "The talks ended on Sunday. Ruritania’s mission in Zenda closed in May after "
        "diplomats appointed by the previous Ruritanian government lost their visas."
    )
    found = classes(rows)
    assert found.get("diplomats appointed by the previous Ruritanian government") == "Group"
    assert events(rows, "Appointment") == [], found


def test_a_person_handed_over_or_freed_is_the_acts_target() -> None:
    from tests.suggest_sentences import actors, events, suggest

    rows = suggest(
        "The talks ended on Sunday. Pakistan handed over a Kyrgyz national who had been "
        "held since March."
    )
    roles = {r for e in events(rows, "Event") for r in actors(rows, e)}
    assert ("hasTarget", "kyrgyz-national") in roles, roles
    assert ("hasRecipient", "kyrgyz-national") not in roles


def test_the_visitors_are_the_reports_one_delegation() -> None:
    from tests.suggest_sentences import actors, events, suggest

    text = (
        "The talks ended on Sunday. Muttaqi told the visitors that ties were good. "
        "The Uzbek delegation left for Termez on Tuesday."
    )
    rows = suggest(text)
    told = {r for e in events(rows, "Statement") for r in actors(rows, e)}
    assert ("hasTarget", "uzbek-delegation") in told, told
    rows = suggest(text.replace("The Uzbek delegation", "The Uzbek and Kazakh delegations"))
    told = {r for e in events(rows, "Statement") for r in actors(rows, e)}
    assert not any("delegation" in who for _, who in told), told


def test_the_people_a_gathering_is_of_are_a_group() -> None:
    reg = register()
    text = "Ruritania will attend a meeting of the special envoys on Freedonia in May."
    assert ("Group", "special envoys on Freedonia") in new_entities(reg, text)
    text = "Freedonia hosted a conference of foreign ministers from Ruritania on Monday."
    assert ("Group", "foreign ministers from Ruritania") in new_entities(reg, text)
    text = "Freedonia hosted a meeting of ministers in May."  # of no one named
    assert not any("ministers" in label for _, label in new_entities(reg, text))
