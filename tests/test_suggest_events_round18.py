"""Round 18 of `kg suggest`'s events: a battery of sentences of our own making, the
common English forms of each event class of the genre (active and passive, nouns of the
act, light verbs, participles and relative clauses, infinitives of purpose, the future
and the negated), each with the class an annotator reads in it (docs/annotation.md:
a planned event is an event, with a status; a negated one is none)."""

from __future__ import annotations

import pytest

from kg.suggest.triggers import load_triggers
from kg.suggest.verb_forms import expand
from tests.conftest import ONTOLOGY
from tests.suggest_sentences import event_classes as classes

BATTERY = [
    # meetings
    ("Meeting", "Pakistan's interior minister Tariq Selim met his Iranian counterpart on Monday."),
    pytest.param(
        "Meeting",
        "The Iranian envoy was received by the Indian foreign secretary on Tuesday.",
        marks=pytest.mark.xfail(reason="'was received by' cost the blind column a false event"),
    ),
    ("Meeting", "Talks between India and Pakistan were held in Dubai on Sunday."),
    ("Meeting", "India and China held talks on border trade on Friday."),
    ("Meeting", "The two ministers held a meeting on the sidelines of the forum."),
    ("Meeting", "After meeting the Chinese ambassador, the minister left the capital."),
    ("Meeting", "Dariush Kamali, who met the Taliban minister on Monday, praised the talks."),
    ("Meeting", "India's deputy minister will meet Afghan officials next week."),
    ("Meeting", "The foreign ministers of Iran and Pakistan conferred in Islamabad on Saturday."),
    ("Meeting", "India's envoy Ravi Mehra called on the Afghan foreign minister in Kabul."),
    ("Meeting", "A meeting between the two delegations took place in Doha."),
    ("Meeting", "The Chinese ambassador sat down with the Taliban commerce minister."),
    ("Meeting", "India and Iran are holding talks on the port this week."),
    ("Meeting", "Officials of both countries will meet again in March."),
    ("Meeting", "The Pakistani envoy had a meeting with the Afghan deputy prime minister."),
    ("Visit", "The Afghan foreign minister received the visiting Iranian delegation in Kabul."),
    ("Meeting", "The Indian ambassador received a delegation of Afghan traders on Monday."),
    ("Meeting", "Iran and Pakistan exchanged views on border security."),
    ("Meeting", "The minister will call on the president on Monday."),
    ("Meeting", "The minister's meeting with the Chinese envoy lasted two hours."),
    ("Meeting", "The two presidents are to hold talks in Beijing next week."),
    # phone calls
    ("PhoneCall", "India's foreign minister spoke by phone with his Iranian counterpart."),
    ("PhoneCall", "The Chinese foreign minister made a phone call to his Pakistani counterpart."),
    ("PhoneCall", "The two ministers held a telephone conversation on Sunday."),
    ("PhoneCall", "In a phone call with his Afghan counterpart, the Iranian minister urged calm."),
    ("PhoneCall", "The Pakistani prime minister received a telephone call from Iran's president."),
    ("PhoneCall", "The two leaders talked over the phone on Monday."),
    ("PhoneCall", "The Indian minister dialled his Afghan counterpart on Friday."),
    ("PhoneCall", "The two leaders will speak by phone on Friday."),
    ("PhoneCall", "The call between the two presidents lasted an hour."),
    # visits
    ("Visit", "Pakistan's interior minister visited Kabul on Monday."),
    ("Visit", "The Iranian foreign minister paid a visit to Islamabad last week."),
    ("Visit", "India's envoy arrived in Kabul on a three-day visit."),
    ("Visit", "Kabul was visited by a Chinese delegation on Monday."),
    ("Visit", "The Taliban minister travelled to Tehran to discuss water sharing."),
    ("Visit", "The visit by the Pakistani delegation to Kabul ended on Tuesday."),
    ("Visit", "The Indian delegation was hosted by Iran's foreign minister."),
    ("Visit", "The Chinese minister will visit Kabul next month."),
    ("Visit", "The Afghan minister flew to Delhi on Sunday."),
    ("Visit", "The Afghan commerce minister is on a five-day trip to India."),
    ("Visit", "The Afghan foreign minister's visit to India was his first."),
    ("Visit", "An Indian delegation reached Kabul on Monday."),  # round 21
    ("Visit", "On arrival in Kabul, the Pakistani minister was greeted by officials."),
    ("Visit", "Ravi Mehra and Tariq Selim first visited Delhi in March."),
    ("Visit", "The minister is scheduled to visit Dushanbe next week."),
    # statements
    ("Statement", "Iran's foreign ministry said in a statement that the border would stay open."),
    ("Statement", "India issued a statement on the border situation on Tuesday."),
    ("Statement", "The Pakistani spokesperson told reporters that talks would continue."),
    ("Statement", "The Afghan minister noted that trade had doubled in a year."),
    ("Statement", "The Iranian spokesman remarked that the crossing would reopen."),
    ("Statement", "According to a statement from the Indian embassy, the aid arrived on Monday."),
    # condemnations
    ("Condemnation", "Pakistan strongly condemned the attack on the border post."),
    ("Condemnation", "The bombing was condemned by India and Iran."),
    ("Condemnation", "India issued a strong condemnation of the bombing."),
    ("Condemnation", "China denounced the airstrikes as a violation of sovereignty."),
    ("Condemnation", "Condemning the attack, the Iranian foreign ministry called it cowardly."),
    # agreements and signings
    ("Agreement", "India and Afghanistan signed an agreement on health cooperation."),
    ("Agreement", "The signing of the memorandum took place in Kabul."),
    ("Agreement", "A transit deal was signed by Iran and Afghanistan on Monday."),
    ("Agreement", "The two sides agreed to reopen the border crossing."),
    ("Agreement", "Pakistan and Iran inked a deal on electricity imports."),
    ("Agreement", "The two countries concluded an agreement on water sharing."),
    ("Agreement", "The ministers initialled a draft accord on transit."),
    ("Agreement", "Iran and Pakistan will sign a trade deal next month."),
    ("Agreement", "The deal, signed in Tashkent on Monday, covers rail transit."),
    ("Agreement", "The two sides reached an agreement on transit fees."),
    # pledges
    ("AidPledge", "China pledged $50 million in aid to Afghanistan."),
    ("Pledge", "India promised to build a new hospital in Kabul."),
    ("Pledge", "Iran vowed to continue its support for Afghan refugees."),
    ("Pledge", "India gave a pledge to fund the dam."),
    ("Pledge", "China has committed to funding the railway."),
    # aid shipments and deliveries
    ("AidShipment", "India sent 50 tonnes of wheat to Afghanistan on Monday."),
    ("AidShipment", "A shipment of medicines from Iran arrived in Herat."),
    ("AidShipment", "Pakistan delivered 20 tonnes of relief supplies to Kabul."),
    ("AidShipment", "Relief supplies were dispatched by China to the province."),
    ("AidShipment", "The delivery of 10,000 vaccine doses was completed on Tuesday."),
    ("AidShipment", "China handed over a consignment of blankets to the Afghan authorities."),
    # attacks, airstrikes, clashes, operations
    ("Attack", "Militants attacked a police checkpoint in the province on Monday."),
    ("Airstrike", "Pakistani jets carried out airstrikes in the border district."),
    ("ArmedClash", "Afghan and Pakistani forces clashed at the border on Sunday."),
    ("ArmedClash", "Border guards of the two countries exchanged fire overnight."),
    ("Attack", "A suicide bomber struck a mosque in the city."),
    ("MilitaryOperation", "The Pakistani military launched an operation against militants."),
    ("Airstrike", "Drone strikes were carried out on the hideouts."),
    ("ArmedClash", "Heavy fighting broke out between the two forces."),
    # releases, detentions, deportations
    ("Event", "The Taliban released two Indian nationals on Monday."),
    ("Event", "Iranian border guards detained 40 Afghan migrants."),
    ("Event", "Two Indian engineers were arrested in Kabul."),
    ("Event", "The release of the two journalists was announced on Monday."),
    ("Expulsion", "Pakistan deported 300 Afghans on Tuesday."),
    ("Expulsion", "Thousands of Afghan migrants were expelled from Iran last month."),
    # missions reopened, credentials
    ("EmbassyReopening", "India reopened its embassy in Kabul on Monday."),
    ("EmbassyReopening", "The reopening of the Indian embassy in Kabul was welcomed."),
    ("EmbassyReopening", "Pakistan's consulate in Herat resumed operations on Sunday."),
    ("EmbassyReopening", "The embassy was reopened after three years."),
    ("CredentialsAcceptance", "The new Iranian ambassador presented his credentials on Monday."),
    ("CredentialsAcceptance", "The Chinese envoy's credentials were accepted by the minister."),
    ("CredentialsAcceptance", "The minister received the credentials of the new envoy."),
    ("CredentialsAcceptance", "The president received the credentials of five ambassadors."),
    # appointments
    ("Appointment", "The Taliban appointed Abdul Karimi as their envoy to Pakistan."),
    ("Appointment", "Ravi Mehra was named India's new ambassador to Iran."),
    ("Appointment", "The appointment of a new envoy to Kabul was announced."),
    # conferences
    ("Conference", "Iran hosted a regional conference on Afghanistan in Tehran."),
    ("Conference", "Leaders attended the summit in Astana on Monday."),
    ("Conference", "The ministers took part in a forum on regional connectivity."),
    # invitations, denials, accusations, requests, briefings, others
    ("Invitation", "Pakistan invited the Afghan foreign minister to Islamabad."),
    ("Invitation", "The minister accepted an invitation to visit Beijing."),
    ("Denial", "The Taliban rejected the allegations as baseless."),
    ("Denial", "The minister, however, denied that the group had any presence in the country."),
    ("Accusation", "Pakistan accused India of backing the militants."),
    ("Request", "India urged the Taliban to protect minorities."),
    ("Request", "Iran called for an immediate ceasefire."),
    ("PressBriefing", "The spokesperson said at a weekly press briefing that aid would come."),
    ("PressBriefing", "The Indian minister is briefing journalists in Delhi on Monday."),
    ("Inauguration", "The Indian ambassador inaugurated a new school in Kandahar."),
    ("DiplomaticRecognition", "Russia formally recognised the Taliban government last year."),
    ("MilitaryWithdrawal", "Foreign forces withdrew from Afghanistan in 2021."),
]

NOT = [
    ("Condemnation", "Pakistan has not condemned the bombing."),
    ("Visit", "The minister will not visit Kabul this year."),
    ("Meeting", "Afghanistan received 50 tonnes of wheat from India."),
    ("Appointment", "A man named Ravi Mehra ran the shop."),
    ("PhoneCall", "India called the report baseless."),
    ("Statement", "China condemned Qatar for its remarks on Monday."),
    ("Meeting", "The minister calls on the world to help the flood victims."),
    ("PhoneCall", "The two ministers speak by phone every week, an official said."),  # a habit
    ("Visit", "The talks reached a deadlock on Monday."),
]


@pytest.mark.parametrize(("cls", "sentence"), BATTERY)
def test_a_common_form_of_the_genre_names_an_event_of_its_class(cls: str, sentence: str) -> None:
    assert cls in classes(sentence)


@pytest.mark.parametrize(("cls", "sentence"), NOT)
def test_a_negated_or_other_use_of_the_words_names_no_event_of_the_class(
    cls: str, sentence: str
) -> None:
    assert cls not in classes(sentence)


def test_a_bracketed_verb_of_the_table_stands_for_each_of_its_forms() -> None:
    assert set(expand("[speak] by phone")) == {
        "speak by phone",
        "spoke by phone",
        "spoken by phone",
        "speaking by phone",
        "speaks by phone",
    }
    assert "dialled" in expand("[dial]")
    assert expand("held talks") == ["held talks"]


def test_the_loaded_table_holds_the_forms_of_its_bracketed_verbs() -> None:
    phrases = {(t.cls, t.phrase) for t in load_triggers(ONTOLOGY)}
    assert {("PhoneCall", "talked over the phone"), ("PhoneCall", "speaks by phone")} <= phrases
    assert not any("[" in phrase for _, phrase in phrases)
