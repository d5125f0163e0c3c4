"""Round 5 of `kg suggest`'s mentions and new entities (issue 22), by rules of general
English and of the genre (news of South and Central Asian diplomacy). Each test is on
sentences of our own making (none from the seed texts) and fails without its rule."""

from __future__ import annotations

from tests.suggest_sentences import ROLES, mentioned, new, suggest


def test_a_title_of_another_state_or_rank_is_not_the_register_office() -> None:
    rows = suggest(
        "Chinese Foreign Minister Wang Yi met Pakistan’s Prime Minister Shehbaz Sharif, and "
        "Deputy Foreign Minister Lan Ping met Indian Prime Minister Narendra Modi."
    )
    found = mentioned(rows)
    assert ("Foreign Minister", "iea-foreign-minister") not in found
    assert ("Prime Minister", "prime-minister-of-india") in found  # the Indian one only
    assert sum(1 for words, e in found if e == "prime-minister-of-india") == 1
    labels = set(new(rows).values())
    assert {"Wang Yi", "Shehbaz Sharif", "Lan Ping"} <= labels  # the title is no part of a name
    rows = suggest("He said the Prime Minister of Qatar would visit Kabul.")
    assert all(e != "prime-minister-of-india" for _, e in mentioned(rows))


def test_an_acronym_in_brackets_names_the_words_it_abbreviates() -> None:
    rows = suggest(
        "The Tehreek-e-Taliban Pakistan (TTP) attacked a post, the United Nations Assistance "
        "Mission in Afghanistan (UNAMA) said. Pakistan’s Foreign Office (FO) said the TTP "
        "denied it. The Shanghai Cooperation Organisation (SCO) met."
    )
    labels = new(rows)
    assert labels["tehreek-e-taliban-pakistan"] == "Tehreek-e-Taliban Pakistan"
    assert "united-nations-assistance-mission-in-afghanistan" in labels
    assert {"Foreign Office", "Shanghai Cooperation Organisation"} <= set(labels.values())
    assert not {"TTP", "UNAMA", "FO", "SCO"} & set(labels.values())  # aliases, no entities
    aliases = {(r.subject, r.object) for r in rows if r.predicate == "alias"}
    assert ("tehreek-e-taliban-pakistan", "TTP") in aliases
    found = mentioned(rows)
    assert ("Taliban", "taliban") not in found  # a word of a longer name
    assert ("Pakistan", "pakistan") in found  # the owner of the Foreign Office
    # a register name's acronym defined in the text mentions it later
    rows = suggest("India’s Ministry of External Affairs (MoEA) said so. The MoEA added more.")
    assert ("MoEA", "ministry-of-external-affairs") in mentioned(rows)
    assert "MoEA" not in new(rows).values()


def test_a_given_name_before_a_register_surname_makes_another_person() -> None:
    rows = suggest(
        "Taliban spokesman Zabihullah Mujahid said former Prime Minister Manmohan Singh had "
        "written. Mujahid added that Jitender Pal Singh met him. Singh left on Monday."
    )
    found = mentioned(rows)
    assert ("Singh", "jp-singh") in found  # after the full name of the register's Singh
    assert ("Jitender Pal Singh", "jp-singh") in found
    assert ("Mujahid", "mohammad-yaqub-mujahid") not in found  # Zabihullah's, both times
    labels = new(rows)
    assert {"Zabihullah Mujahid", "Manmohan Singh"} <= set(labels.values())
    assert new(rows, "possibleDuplicateOf")["manmohan-singh"] == "jp-singh"  # for review


def test_a_form_of_address_is_no_office_and_makes_the_name_after_it_a_person() -> None:
    rows = suggest(
        "Uzbekistan’s envoy Bakhrom Aloyev met Mr Muttaqi in Kabul. Mr Aloyev said Mr Kazemi "
        "and Mullah Yaqoob agreed."
    )
    labels = new(rows)
    assert not {"Mr", "Mullah", "Mr Aloyev", "Mr Kazemi"} & set(labels.values())
    assert labels["kazemi"] == "Kazemi"
    assert new(rows, "type")["kazemi"] == "Person"
    assert ("Muttaqi", "amir-khan-muttaqi") in mentioned(rows)


def test_an_owned_name_of_the_register_with_another_owner_is_a_new_entity() -> None:
    rows = suggest("India’s Ministry of Defence and Afghanistan’s Ministry of Defence met.")
    found = mentioned(rows)
    assert ("Afghanistan’s Ministry of Defence", "iea-ministry-of-defence") in found
    assert sum(1 for _, e in found if e == "iea-ministry-of-defence") == 1
    assert new(rows)["ministry-of-defence-of-india"] == "Ministry of Defence of India"
    assert "ministry-of-defence-of-india" not in new(rows, "possibleDuplicateOf")  # its owner


def test_an_organisations_head_before_of_classes_its_name() -> None:
    rows = suggest(
        "The Ministry of Commerce and Industries, the UN Security Council and the Indian "
        "Technical Mission met on Monday."
    )
    types = new(rows, "type")
    assert new(rows)["ministry-of-commerce-and-industries"] == "Ministry of Commerce and Industries"
    assert types["ministry-of-commerce-and-industries"] == "Ministry"
    assert types["un-security-council"] == "InternationalOrganization"
    assert types["indian-technical-mission"] == "DiplomaticMission"
    types = new(suggest("UNHCR and the WFP said so on Monday."), "type")
    assert (types["unhcr"], types["wfp"]) == ("InternationalOrganization", "Organization")


def test_adjectives_coordinated_before_officials_name_each_state() -> None:
    rows = suggest("Chinese, Iranian and Russian diplomats met Indian negotiators on Monday.")
    found = mentioned(rows)
    assert {("Chinese", "china"), ("Iranian", "iran"), ("Russian diplomats", "russia")} <= found
    assert ("Indian negotiators", "india") in found


def test_the_owner_of_a_states_office_and_a_land_in_stan_are_states() -> None:
    rows = suggest(
        "Uzbekistan’s President Shavkat Mirziyoyev met Saudi Arabia’s acting foreign minister. "
        "Officials from Turkmenistan arrived in Balochistan province on Monday."
    )
    types = new(rows, "type")
    assert types["uzbekistan"] == types["saudi-arabia"] == types["turkmenistan"] == "State"
    assert types["balochistan-province"] == "Province"  # the head in the label (round 18)
    assert types["shavkat-mirziyoyev"] == "Person"
    assert all(e != "president-of-afghanistan" for _, e in mentioned(rows))


def test_a_lower_case_head_after_a_name_gives_its_class() -> None:
    rows = suggest(
        "The Haqqani network and the Islamic State group attacked Nangarhar district and "
        "Kandahar city near the Torkham border crossing on Monday."
    )
    types = new(rows, "type")
    assert types["haqqani"] == types["islamic-state"] == "ArmedGroup"
    assert (types["nangarhar-district"], types["kandahar"], types["torkham-border-crossing"]) == (
        "Region",
        "City",
        "Place",
    )  # a district's and a crossing's head in the label (round 18)
    rows = suggest(
        "The Wakhan corridor was discussed at the Ak Saray presidential palace on Monday, "
        "before the minister left for Tashkent to visit the port of Bandar Abbas."
    )
    types = new(rows, "type")
    assert (types["wakhan"], types["ak-saray"]) == ("Region", "Building")
    assert (types["tashkent"], types["bandar-abbas"]) == ("City", "Port")
    rows = suggest("He visited the Darul Uloom Deoband seminary near the Torkham camp.")
    types = new(rows, "type")
    assert (types["darul-uloom-deoband"], types["torkham"]) == ("Organization", "Place")


def test_a_new_name_spelled_again_another_way_is_the_same_entity() -> None:
    rows = suggest(
        "The Haqqani network attacked a post. Officials said the Haqani network denied it."
    )
    assert "haqani" not in new(rows)
    assert new(rows, "alias")["haqqani"] == "Haqani"


def test_a_name_split_by_a_line_that_only_wraps_the_sentence_is_one_name() -> None:
    rows = suggest(
        "Ministers Meet In Kabul\n"
        "Afghanistan’s acting Foreign Minister met Uzbekistan’s Deputy Foreign Minister Bakhrom\n"
        "Aloyev in Kabul on Monday, where the two discussed trade with the Shanghai Cooperation\n"
        "Organisation and the railway."
    )
    labels = new(rows)
    assert labels["bakhrom-aloyev"] == "Bakhrom Aloyev"
    assert labels["shanghai-cooperation-organisation"] == "Shanghai Cooperation Organisation"
    assert new(rows, "type")["uzbekistan"] == "State"
    # a headline's words never run into the next line
    assert not any("Kabul Afghanistan" in label for label in labels.values())


def test_the_parts_of_a_compound_of_states_and_a_states_forces_name_the_states() -> None:
    rows = suggest(
        "The Pak-Afghan border was closed and Indo-Afghan ties grew, but the Indo-Pacific "
        "strategy stayed. Afghan forces fired at Pakistani border guards."
    )
    found = mentioned(rows)
    assert {("Pak", "pakistan"), ("Indo", "india"), ("Afghan", "afghanistan")} <= found
    assert ("Pakistani border guards", "pakistan") in found
    assert ("Afghan forces", "islamic-emirate-of-afghanistan") in found  # who governs it
    assert all(w != "Pacific" for w, _ in found)


def test_a_states_name_as_a_modifier_stands_for_its_adjective() -> None:
    rows = suggest("The Pakistan Army and the India foreign ministry spoke on Monday.")
    found = mentioned(rows)
    assert ("Pakistan Army", "pakistani-military") in found
    assert ("India foreign ministry", "ministry-of-external-affairs") in found


def test_a_mission_named_by_its_owners_adjective_of_phrase_or_possessive() -> None:
    rows = suggest(
        "The Chinese embassy in Kabul opened. Pakistan’s embassy in Kabul closed, the Embassy "
        "of Qatar in Kabul said. Russia’s Kabul embassy stayed open."
    )
    found = mentioned(rows)
    assert ("embassy in Kabul", "embassy-of-china-kabul") in found
    assert ("embassy in Kabul", "embassy-of-pakistan-kabul") in found
    assert ("embassy in Kabul", "embassy-of-india-kabul") not in found  # no owner of it
    assert ("Embassy of Qatar in Kabul", "embassy-of-qatar-kabul") in found
    assert ("Kabul embassy", "embassy-of-russia-kabul") in found
    rows = suggest("Russia’s Kabul embassy stayed open on Monday.")
    assert all(e != "islamic-emirate-of-afghanistan" for _, e in mentioned(rows))


def test_an_envoy_for_a_state_before_a_name_makes_a_person() -> None:
    rows = suggest(
        "Russia’s special representative for Afghanistan Zamir Kabulov met Kazakhstan’s "
        "ambassador to Afghanistan, Alibek Bakayev, near Kabul University on Monday."
    )
    types = new(rows, "type")
    assert types["zamir-kabulov"] == types["alibek-bakayev"] == "Person"
    assert types["kabul-university"] == "Organization"  # a register name begins a longer one


def test_an_owners_adjective_opening_a_sentence_is_no_common_word() -> None:
    rows = suggest("Uzbek Foreign Minister Bakhtiyor Saidov met Muttaqi on Monday.")
    assert all(e != "iea-foreign-minister" for _, e in mentioned(rows))
    rows = suggest("When Foreign Minister Muttaqi arrived, he spoke on Monday.")
    assert ("Foreign Minister", "iea-foreign-minister") in mentioned(rows)


def test_places_listed_before_a_plural_head_share_its_class() -> None:
    rows = suggest(
        "Traders in Herat, Kunar and Nangarhar provinces met officers at the General "
        "Headquarters on Monday."
    )
    types = new(rows, "type")
    provinces = ("herat-province", "kunar-province", "nangarhar-province")  # round 18
    assert {types[p] for p in provinces} == {"Province"}
    assert types["general-headquarters"] == "Building"


def test_a_common_noun_of_the_register_capitalised_inside_a_name_is_no_mention() -> None:
    rows = suggest("Officials of the Ministry of Refugees and Repatriation met Afghan refugees.")
    found = mentioned(rows)
    assert ("Refugees", "afghan-refugees") not in found
    assert ("Afghan refugees", "afghan-refugees") in found
    assert "ministry-of-refugees-and-repatriation" in new(rows)


def test_a_title_after_an_owners_possessive_is_no_part_of_the_name() -> None:
    rows = suggest(
        "Qatar’s Minister of State Mohammed Al-Khulaifi and Pakistan’s Interior Minister "
        "Mohsin Naqvi visited Kabul on Monday."
    )
    labels = set(new(rows).values())
    assert {"Mohammed Al-Khulaifi", "Mohsin Naqvi"} <= labels


def test_a_register_office_placed_elsewhere_is_another_office() -> None:
    rows = suggest("Kabul wants an Afghan consul in Hyderabad, officials said on Monday.")
    assert all(e != "iea-consul-mumbai" for _, e in mentioned(rows))
    rows = suggest("The Afghan consul in Mumbai agreed on Monday.")
    assert ("consul", "iea-consul-mumbai") in mentioned(rows)


def test_a_place_without_new_is_the_place_or_what_it_stands_for() -> None:
    rows = suggest("Delhi and Kabul agreed on Monday. Officials in Delhi said so.")
    found = mentioned(rows)
    assert {("Delhi", "india"), ("Delhi", "new-delhi")} <= found


def test_a_new_states_adjective_before_its_officials_is_that_state() -> None:
    rows = suggest("Uzbekistan’s President spoke on Sunday. Uzbek officials met Muttaqi in Kabul.")
    acting = {(r.predicate, r.object) for r in rows if r.predicate in ROLES}
    assert ("hasParticipant", "uzbekistan") in acting


def test_adjectives_are_no_new_names_and_titles_no_typos() -> None:
    rows = suggest(
        "Bilal Karimi presented his credentials to Chinese President Xi Jinping, and the "
        "Central Asian republics agreed. The Foreign Ministry of China said so on Monday."
    )
    labels = set(new(rows).values())
    assert not {"Chinese", "Central Asian"} & labels
    assert "Xi Jinping" in labels
    assert all(e != "iea-foreign-minister" for _, e in mentioned(rows))  # "Ministry"


def test_izafe_names_and_abbreviated_names_beside_an_attack() -> None:
    rows = suggest(
        "The Islamic State Khorasan Province (ISKP) claimed the attack. Officials in Khyber "
        "Pakhtunkhwa (KP) province said the Hizb-e-Islami and the Tehrik-i-Taliban met in "
        "Mazar-i-Sharif on Monday."
    )
    types = new(rows, "type")
    assert types["islamic-state-khorasan-province"] == "ArmedGroup"
    assert types["khyber-pakhtunkhwa"] == "Province"  # past its acronym
    assert types["hizb-e-islami"] == types["tehrik-i-taliban"] == "Organization"
    assert types["mazar-i-sharif"] == "City"
    assert all(e != "taliban" for _, e in mentioned(rows))


def test_a_sanctions_committee_named_by_its_resolution() -> None:
    rows = suggest("The UN Security Council’s 1988 sanctions committee lifted a travel ban.")
    types = new(rows, "type")
    assert types["1988-sanctions-committee"] == "InternationalOrganization"
    assert types["un-security-council"] == "InternationalOrganization"


def test_an_organisations_name_joined_over_and_and_commas() -> None:
    rows = suggest(
        "Iran’s Ports and Maritime Organization, the Ministry of Ports, Shipping and Waterways "
        "and the Central Asian countries discussed the Shahid Beheshti terminal on Monday."
    )
    labels = new(rows)
    assert labels["ports-and-maritime-organization"] == "Ports and Maritime Organization"
    assert "ministry-of-ports-shipping-and-waterways" in labels
    assert "maritime-organization" not in labels
    assert labels["central-asian-countries"] == "Central Asian countries"
    assert new(rows, "type")["shahid-beheshti"] == "Port"
    assert all(e != "sports-cooperation" for _, e in mentioned(rows))  # "Ports": no typo


def test_a_headlines_words_are_no_persons_name() -> None:
    rows = suggest(
        "Taliban Minister Visits India For First Time Since Takeover\n"
        "By Staff Reporter\n"
        "The minister arrived in Kabul on Monday, and officials welcomed Kazemi Rahimi there."
    )
    labels = set(new(rows).values())
    assert not {"For First Time", "By Staff Reporter", "Staff Reporter"} & labels
    assert "Kazemi Rahimi" in labels  # a name in a sentence is still guessed


def test_a_delegation_named_by_where_it_comes_from() -> None:
    rows = suggest("The Pakistani delegation met the Indian delegation in Kabul on Monday.")
    assert new(rows, "type")["pakistani-delegation"] == "Delegation"
    assert "indian-delegation" not in new(rows)  # the register's


def test_a_name_led_by_another_actors_name_is_said_with_its_possessive() -> None:
    rows = suggest("The Taliban’s government and the Taliban’s leader spoke on Monday.")
    found = mentioned(rows)
    assert ("Taliban’s government", "islamic-emirate-of-afghanistan") in found
    assert ("Taliban’s leader", "taliban-leader") in found


def test_an_acronym_of_a_description_names_what_its_last_words_name() -> None:
    rows = suggest(
        "He said the interim Afghan government (IAG) must act. Islamabad wants ties with the IAG."
    )
    assert ("IAG", "islamic-emirate-of-afghanistan") in mentioned(rows)
    assert "IAG" not in new(rows).values()


def test_military_ranks_and_title_initials() -> None:
    rows = suggest("Talks Resumed\nCOAS Gen Asim Munir met the PM in Rawalpindi on Monday.")
    labels = new(rows)
    assert labels["asim-munir"] == "Asim Munir"
    assert "PM" not in labels.values()  # a title, any state's
    assert all(e != "prime-minister-of-india" for _, e in mentioned(rows))


def test_a_title_in_the_apposition_and_a_capital_class_the_name() -> None:
    rows = suggest(
        "Officials said Bilal Karimi, the Taliban’s ambassador to China, arrived in the "
        "Uzbek capital Tashkent on Monday."
    )
    types = new(rows, "type")
    assert types["bilal-karimi"] == "Person"
    assert new(rows, "label")["bilal-karimi"] == "Bilal Karimi"
    assert types["tashkent"] == "City"
    reasons = {r.subject: r.reason for r in rows if r.predicate == "type"}
    assert reasons["bilal-karimi"] == "a title in the apposition after the name"
