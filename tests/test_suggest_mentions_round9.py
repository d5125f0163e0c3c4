"""Round 9 of `kg suggest`'s mentions and new entities (issue 22), on reports of other genres
(a briefing at a world body, a magazine feature), by rules of general English and of the
genre. Each test is on sentences of our own making (none from the seed or invented reports)
and fails without its rule."""

from __future__ import annotations

from tests.suggest_sentences import classes, mentioned, new, suggest


def test_a_section_line_a_byline_with_a_role_and_the_time_of_publication_name_nothing() -> None:
    text = (
        "NEWS / SOUTH-ASIA\n"
        "Envoys meet in Tashkent on water sharing\n"
        "By Marta Lindqvist, regional correspondent\n"
        "Published March 3, 2027\n"
        "TASHKENT — Uzbek and Tajik officials met on Monday.\n"
    )
    labels = " ".join(new(suggest(text)).values())
    for words in ("NEWS", "Marta Lindqvist", "Published"):
        assert words not in labels, labels


def test_an_ordinal_after_the_talks_topic_is_no_topic() -> None:
    rows = suggest(
        "Muttaqi will attend a meeting of envoys on regional trade, the third since 2021 "
        "and the first he will chair."
    )
    labels = {label.lower() for label in new(rows).values()}
    assert not any(label.startswith(("third", "first")) for label in labels), labels


def test_a_lower_case_article_of_an_arabic_name_joins_the_name() -> None:
    rows = suggest("The ministry's spokesman, Khaled al-Mutairi, said the talks went well.")
    assert "Khaled al-Mutairi" in new(rows).values()


def test_a_name_opening_a_sentence_before_who_is_a_person() -> None:
    rows = suggest("Farhad Nouri, who chairs the chamber of commerce, denied the report.")
    assert classes(rows).get("Farhad Nouri") == "Person"


def test_a_lower_case_minister_after_a_states_possessive_is_that_states_office() -> None:
    rows = suggest("Uzbekistan’s deputy water minister, Laziz Karimov, arrived in Kabul.")
    positions = [label for label, cls in classes(rows).items() if cls == "Position"]
    assert "Deputy water minister of Uzbekistan" in positions, positions


def test_a_capitalised_title_after_a_name_is_an_office_and_so_is_its_owner_title() -> None:
    rows = suggest(
        "Speaking from Geneva, Anna Varga, the Secretary-General’s Special Envoy for Yemen, "
        "said the talks had stalled."
    )
    positions = {label for label, cls in classes(rows).items() if cls == "Position"}
    assert {"Special Envoy for Yemen", "Secretary-General"} <= positions, positions


def test_a_title_after_a_name_that_the_register_has_of_another_owner_is_new() -> None:
    rows = suggest(
        "In Kabul, Anna Varga, the Secretary-General’s Special Envoy for Afghanistan, "
        "met officials."
    )
    positions = {label for label, cls in classes(rows).items() if cls == "Position"}
    assert "Special Envoy for Afghanistan" in positions, positions  # not China's


def test_a_group_of_countries_is_named_by_another_word_for_its_states() -> None:
    rows = suggest("Russia said Western donors and Western powers were using aid as a lever.")
    found = mentioned(rows)
    assert ("Western donors", "western-countries") in found, found
    assert ("Western powers", "western-countries") in found, found


def test_a_ministry_named_by_its_ministers_possessive_is_the_ministry_of_his_office() -> None:
    rows = suggest(
        "The Taliban’s Defence Minister, Mohammad Yaqoob, visited the border. Later, "
        "Yaqoob’s ministry said troops had been moved, and Yaqoob’s office confirmed it."
    )
    found = mentioned(rows)
    assert ("Yaqoob’s ministry", "iea-ministry-of-defence") in found, found
    assert not any(e.startswith("Yaqoob’s office") for e, _ in found)  # the person, not a body


def test_a_delegations_bare_alias_names_it_only_where_its_occasion_is_named() -> None:
    elsewhere = mentioned(suggest("He will lead the Indian delegation at the talks in Dhaka."))
    assert not any(e == "indian-delegation-kabul-2024-11" for _, e in elsewhere), elsewhere
    there = mentioned(suggest("He will lead the Indian delegation at the talks in Kabul."))
    assert ("Indian delegation", "indian-delegation-kabul-2024-11") in there, there


def test_an_armed_group_joined_to_a_state_by_and_is_its_government() -> None:
    rows = suggest("Iran and the Taliban signed a transit deal on Monday.")
    assert ("Taliban", "islamic-emirate-of-afghanistan") in mentioned(rows), mentioned(rows)


def test_an_unnamed_envoy_named_by_whom_he_speaks_for_is_a_new_person() -> None:
    rows = suggest("At the meeting, Ruritania’s envoy said the aid had been stolen.")
    assert classes(rows).get("Ruritania’s envoy") == "Person", classes(rows)


def test_an_armed_group_that_appoints_officials_is_its_government() -> None:
    rows = suggest("Iran handed the consulate to Taliban-appointed diplomats in 2023.")
    assert ("Taliban", "islamic-emirate-of-afghanistan") in mentioned(rows), mentioned(rows)


def test_a_generic_word_for_goods_is_no_commodity_and_a_participle_ends_an_item() -> None:
    rows = suggest(
        "The line carried 2 million tonnes of freight last year, much of it wheat, "
        "cement and sugar shipped north."
    )
    labels = set(new(rows).values())
    assert "freight" not in labels, labels
    assert "sugar" in labels and "sugar shipped" not in labels, labels


def test_a_continent_is_no_new_entity() -> None:
    rows = suggest("Traders hope to send carpets on to Europe and to Africa next year.")
    labels = set(new(rows).values())
    assert not {"Europe", "Africa"} & labels, labels


def test_an_armed_group_issuing_a_denial_speaks_as_its_government() -> None:
    rows = suggest("The Taliban denied that any aid worker had been held in Herat.")
    assert ("Taliban", "islamic-emirate-of-afghanistan") in mentioned(rows), mentioned(rows)


def test_a_kind_of_sanction_names_the_sanctions_topic() -> None:
    from tests.test_suggest_mentions_general import mentions, register

    reg = register(("curbs", "Topic", "Sanctions on Ruritania", "sanctions"))
    found = mentions(reg, "Freedonia lifted the travel ban and asset freeze on Ruritania.")
    assert {("curbs", "travel ban"), ("curbs", "asset freeze")} <= found, found


def test_clinics_and_pharmacies_name_the_health_sector_and_hospital_does_not() -> None:
    found = mentioned(suggest("Iran will pay for clinics and pharmacies in Herat."))
    assert ("clinics", "health-sector") in found and ("pharmacies", "health-sector") in found
    found = mentioned(suggest("Two guards were taken to hospital in Herat."))
    assert not any(e == "health-sector" for _, e in found), found


def test_a_facilitation_topic_is_named_by_its_verb_phrase() -> None:
    found = mentioned(suggest("Muttaqi asked Iran to ease visas for Afghan students."))
    assert ("ease visas", "visa-facilitation") in found, found


def test_a_body_before_its_agency_that_the_text_names_is_no_mention_nor_a_new_name() -> None:
    import datetime as dt

    from kg.suggest.mentions import MentionFinder
    from kg.suggest.text import read_report
    from tests.test_suggest_mentions_general import register

    reg = register(("un", "InternationalOrganization", "United Nations", "UN"))
    text = "Ruritania deported 5,000 people, the UN migration agency IOM said."
    report = read_report("invented", text, dt.date(2030, 1, 1))
    finder = MentionFinder(reg)
    found = finder.find(report)
    assert not any(m.entity == "un" for m in found), found
    runs = [text[s:e] for s, e in finder.unmatched_runs(report, found)]
    assert "UN" not in runs, runs
