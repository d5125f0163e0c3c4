"""Round 23 of the mentions: a battery of invented sentences of the genre, none copied from
a report, for what a reader takes from the words around a name or an act:

- a capital is the city where the sentence tells of the place itself: what befell it
  ("Kabul fell to the Taliban"), what is in it ("Kabul’s streets"), how far it is ("Kabul
  is 1,000 km from New Delhi"); it stays the government where it acts or holds a view;
- a named corridor of trade or transport ("the China-Pakistan Economic Corridor") is the
  register's topic of connectivity; a corridor of land ("the Wakhan Corridor") is not;
- a state's mission named with no place ("the Indian mission") is its one mission;
- "infrastructure projects" are "development projects";
- an office's acronym before a surname ("PM Modi", "EAM Jaishankar") is no given name;
- "the Modi government" is the government (or state) of the office its leader holds now;
- "the Indian foreign office" is India's foreign ministry, "the Taliban's supreme leader"
  the Taliban leader, "special envoy for Afghan affairs" the one "for Afghanistan";
- "the former Afghan government" is the register's former one, not the governing one;
- "medical supplies", "life-saving drugs" are medicines, "warm clothes" winter clothing;
- "Araqchi" is "Araghchi" (one Persian letter), "Narendra Damodardas Modi" Narendra Modi;
- "militancy" is terrorism, "terror outfits" terror groups, "humanitarian supplies"
  humanitarian aid, "developmental projects" development projects;
- "the Taliban's foreign ministry" is not India's, whose ministry "foreign ministry" implies;
- "the West" is the register's group of Western countries;
- "Afghan soil", "Iranian airspace" are the state as a place, never an event's actor;
- a one-off group's bracketed place may be named by its state's adjective ("Pakistani");
- handing over or sending home people held ("handed over 12 Afghan prisoners", "handed
  over a Tajik citizen who had been detained") is the register's topic of repatriating
  prisoners; handing over a letter, power or aid is not.

Each case: the sentence, the register rows it needs beyond round 21's BASE, and what must
be found: "id" (any words), "id=words", or "!id" (no mention of it).
"""

from __future__ import annotations

import pytest

from tests.test_suggest_mentions_general import mentions
from tests.test_suggest_mentions_round21 import (
    CONNECTIVITY,
    MEDICINES,
    PRISONERS,
    TALIBAN,
    Row,
    _register,
    battery_cases,
    check_mentions,
)

IN_EMBASSY: Row = ("in-embassy", "DiplomaticMission", "Embassy of India, Kabul", "")
AF_EMBASSY: Row = ("af-embassy", "DiplomaticMission", "Embassy of Afghanistan, New Delhi", "")
AF_CONSULATE: Row = ("af-consulate", "DiplomaticMission", "Consulate of Afghanistan, Mumbai", "")
PROJECTS: Row = ("projects", "Topic", "Development projects", "")
CLAIMED: Row = (
    "armed",
    "Group",
    "Armed groups in Paktika (as claimed by Pakistan)",
    "armed groups",
)
MODI: Row = ("modi", "Person", "Narendra Modi", "Modi")
JAISHANKAR: Row = ("jaishankar", "Person", "S. Jaishankar", "Jaishankar")
SINGH: Row = ("singh", "Person", "J.P. Singh", "Singh")
LEADER: Row = ("leader", "Position", "Leader of the Taliban", "Taliban leader")
CHINA: Row = ("china", "State", "China", "")
CN_ENVOY: Row = (
    "cn-envoy", "Position", "Special Envoy of China for Afghanistan", "special envoy for Afghanistan"
)  # fmt: skip
WEST: Row = ("west", "Group", "Western countries", "Western countries")
PREVIOUS: Row = ("ira", "Government", "Islamic Republic of Afghanistan (previous government)",
                 "previous Afghan government")  # fmt: skip
WINTER: Row = ("winter-clothing", "Commodity", "Winter clothing", "")
MEA: Row = ("mea", "Ministry", "Ministry of External Affairs", "Indian foreign ministry")
ARAGHCHI: Row = ("araghchi", "Person", "Abbas Araghchi", "Araghchi")
TERRORISM: Row = (
    "terrorism",
    "Topic",
    "Terrorism and militant groups",
    "terror groups | militants",
)
AID: Row = ("aid", "Topic", "Humanitarian assistance", "humanitarian aid")
PM_INDIA: Row = ("pm-india", "Position", "Prime Minister of India", "")
PM_AFGHANISTAN: Row = ("pm-af", "Position", "Prime Minister of Afghanistan", "")
AKHUND: Row = ("akhund", "Person", "Hasan Akhund", "Akhund")
GHANI: Row = ("ghani", "Person", "Ashraf Ghani", "Ghani")

BATTERY: list[tuple[str, tuple[Row | str, ...], str]] = [
    # a capital that befalls something, or holds things of a city: the city
    ("Kabul fell to the Taliban in August 2021.", (), "kabul=Kabul; !iea"),
    ("Tehran was hit by a power cut on Monday.", (), "tehran=Tehran; !iran"),
    ("Islamabad was placed under lockdown on Friday.", (), "islamabad; !pakistan"),
    ("Kabul’s streets were quiet on Friday.", (), "kabul; !iea"),
    ("Kabul's residents queued for bread.", (), "kabul; !iea"),
    ("Tehran’s airport was closed for two days.", (), "tehran; !iran"),
    ("Islamabad's outskirts were flooded.", (), "islamabad; !pakistan"),
    ("Kabul is about 1,000 km from New Delhi.", (), "kabul; new-delhi; !iea; !india"),
    ("The camp lies 40 kilometres from Islamabad.", (), "islamabad; !pakistan"),
    # ... and stays the government where it acts, says or holds a view
    ("Kabul’s position on the dam has not changed.", (), "iea=Kabul; !kabul"),
    ("Tehran’s envoy met the minister on Monday.", (), "iran; !tehran"),
    ("Kabul's decision surprised New Delhi.", (), "iea; india; !kabul"),
    ("Islamabad’s demands were rejected.", (), "pakistan; !islamabad"),
    ("Kabul fell silent on the question, officials said.", (), "iea; !kabul"),
    ("Kabul was accused of harbouring militants.", (), "iea; !kabul"),
    ("Kabul was invited to the summit.", (), "iea; !kabul"),
    ("Kabul said it was 1,000 km from the nearest port.", (), "iea; !kabul"),
    # a named corridor of trade or transport: connectivity
    (
        "The three states agreed to extend the China-Pakistan Economic Corridor into Afghanistan.",
        (CONNECTIVITY,),
        "connectivity=Economic Corridor",
    ),
    (
        "Officials discussed the International North-South Transport Corridor on Monday.",
        (CONNECTIVITY,),
        "connectivity=Transport Corridor",
    ),
    (
        "The Trans-Afghan Trade Corridor would link Tashkent to Peshawar.",
        (CONNECTIVITY,),
        "connectivity",
    ),  # fmt: skip
    ("Troops were moved into the Wakhan Corridor on Monday.", (CONNECTIVITY,), "!connectivity"),
    ("The Economic Corridor Authority said it had hired staff.", (CONNECTIVITY,), "!connectivity"),
    ("The Centre for Regional Connectivity hosted the forum.", (CONNECTIVITY,), "!connectivity"),
    # "foreign office" for "foreign ministry"
    (
        "The Indian foreign office said it was watching closely.",
        (("mea", "Ministry", "Ministry of External Affairs", "Indian foreign ministry"),),
        "mea=Indian foreign office",
    ),  # fmt: skip
    # a title said with words that stand for its own
    ("The Taliban's supreme leader issued a decree.", (TALIBAN, LEADER), "leader"),
    ("The Taliban supreme leader issued a decree.", (TALIBAN, LEADER), "leader"),
    ("The Taliban's deputy leader spoke on Monday.", (TALIBAN, LEADER), "!leader"),
    ("China's special envoy for Afghan affairs met Muttaqi.", (CHINA, CN_ENVOY), "cn-envoy"),
    ("China's special envoy on Afghanistan met the minister.", (CHINA, CN_ENVOY), "cn-envoy"),
    ("China's special envoy for Pakistan met the minister.", (CHINA, CN_ENVOY), "!cn-envoy"),
    # "the West" for the register's group of Western countries
    ("The West has frozen Afghan assets since 2021.", (WEST,), "west=West"),
    ("Relations with the West remain poor, he said.", (WEST,), "west"),
    ("The West’s sanctions have hurt the economy.", (WEST,), "west"),
    ("The militants fled towards the West Bank.", (WEST,), "!west"),
    ("Fighting spread to the west of the country.", (WEST,), "!west"),
    # "the former Afghan government": the one the register says was before
    ("The former Afghan government collapsed in August 2021.", (PREVIOUS,), "ira; !iea"),
    ("The ousted Afghan government’s diplomats stayed on.", (PREVIOUS,), "ira; !iea"),
    ("The Afghan government said it wanted ties.", (PREVIOUS,), "iea; !ira"),
    ("A former Pakistani official said the talks would fail.", (PREVIOUS,), "!pakistan"),
    # goods said in other words
    ("India sent 27 tonnes of medical supplies to Kabul.", (MEDICINES,), "medicines"),
    ("India flew life-saving drugs to Kabul on Monday.", (MEDICINES,), "medicines"),
    ("Drug trafficking across the border remains a concern.", (MEDICINES,), "!medicines"),
    ("The drugs seized at the border were burned.", (MEDICINES,), "!medicines"),
    ("Food supplies ran low in the camps.", (MEDICINES,), "!medicines"),
    ("India sent warm clothes to the returnees.", (WINTER,), "winter-clothing"),
    ("India sent winter clothes to the refugees.", (WINTER,), "winter-clothing"),
    # a register person's name spelled otherwise or with a middle name
    ("Araqchi met the Afghan minister on Monday.", (ARAGHCHI,), "araghchi=Araqchi"),
    ("Abbas Araqchi met the Afghan minister.", (ARAGHCHI,), "araghchi"),
    (
        "Narendra Damodardas Modi said the visit mattered.",
        (MODI,),
        "modi=Narendra Damodardas Modi",
    ),  # fmt: skip
    ("Narendra Singh Tomar said the visit mattered.", (MODI,), "!modi"),
    # topics said in other words
    ("India is concerned about militancy in the border areas.", (TERRORISM,), "terrorism"),
    ("They discussed terror outfits operating in the region.", (TERRORISM,), "terrorism"),
    ("India has provided humanitarian supplies to the returnees.", (AID,), "aid"),
    ("The two sides discussed India's developmental projects.", (PROJECTS,), "projects"),
    ("Food supplies ran low in the camps.", (AID,), "!aid"),
    # a ministry's short form after another actor's possessive is not that ministry
    (
        "The Taliban’s foreign ministry said the talks went well.",
        (TALIBAN, MEA, "mea memberOf india"),
        "!mea",
    ),  # fmt: skip
    (
        "The Afghan foreign ministry said the talks went well.",
        (MEA, "mea memberOf india"),
        "!mea",
    ),  # fmt: skip
    ("India’s foreign ministry said the talks went well.", (MEA, "mea memberOf india"), "mea"),
    (
        "The Indian foreign ministry said the talks went well.",
        (MEA, "mea memberOf india"),
        "mea",
    ),  # fmt: skip
    # a state's mission with no place: its one mission of any kind
    ("The Indian mission resumed work on Monday.", (IN_EMBASSY,), "in-embassy"),
    ("The Indian diplomatic mission began issuing visas.", (IN_EMBASSY,), "in-embassy"),
    (
        "The Afghan mission has been closed since 2023.",
        (AF_EMBASSY, AF_CONSULATE),
        "!af-embassy; !af-consulate",
    ),  # fmt: skip
    ("The Indian mission to the UN said it would vote.", (IN_EMBASSY,), "!in-embassy"),
    ("A UN mission visited the camps.", (IN_EMBASSY,), "!in-embassy"),
    # "infrastructure projects" for "development projects"
    ("They discussed infrastructure projects built by India.", (PROJECTS,), "projects"),
    ("India has funded infrastructure projects in 34 provinces.", (PROJECTS,), "projects"),
    ("The ministry said the infrastructure was damaged.", (PROJECTS,), "!projects"),
    # an office's acronym before a surname is no given name of another person
    ("PM Modi said the visit was important.", (MODI,), "modi=Modi"),
    ("EAM Jaishankar spoke to Muttaqi on the phone.", (JAISHANKAR,), "jaishankar=Jaishankar"),
    ("Indian PM Narendra Modi welcomed the move.", (MODI,), "modi"),
    ("Manmohan Singh was prime minister at the time.", (SINGH,), "!singh"),
    ("KP Singh, a retired diplomat, said.", (SINGH,), "!singh"),
    # a government named by the person who leads it now
    (
        "The Modi government has engaged the Taliban.",
        (MODI, PM_INDIA, "modi holdsPosition pm-india"),
        "india=Modi government",
    ),  # fmt: skip
    (
        "The Modi-led government reopened the embassy.",
        (MODI, PM_INDIA, "modi holdsPosition pm-india"),
        "india=Modi-led government",
    ),  # fmt: skip
    (
        "The Akhund administration rejected the claim.",
        (AKHUND, PM_AFGHANISTAN, "akhund holdsPosition pm-af"),
        "iea=Akhund administration; !afghanistan",
    ),  # fmt: skip
    (
        "The Ghani government collapsed in 2021.",
        (GHANI, PM_AFGHANISTAN, "ghani heldPosition pm-af"),
        "!iea; !afghanistan",
    ),  # fmt: skip
    (
        "Modi said the government would help.",
        (MODI, PM_INDIA, "modi holdsPosition pm-india"),
        "!india",
    ),  # fmt: skip
    # a state's ground by its adjective: the state, never its government
    ("India asked that Afghan soil not be used against it.", (), "afghanistan=Afghan soil; !iea"),
    ("Pakistani jets struck targets on Afghan territory.", (), "afghanistan=Afghan territory"),
    ("The drone entered Iranian airspace on Monday.", (), "iran=Iranian airspace"),
    ("The Afghan side said the talks went well.", (), "iea; !afghanistan"),
    # a one-off group's bracketed place named by the state's adjective
    ("Pakistani jets struck armed groups in Paktika on Tuesday.", (CLAIMED,), "armed"),
    ("Armed groups attacked a convoy in Herat, officials in Kabul said.", (CLAIMED,), "!armed"),
    # handing over or sending home people held: repatriating prisoners
    (
        "Pakistan handed over 12 Afghan prisoners at Torkham on Monday.",
        (PRISONERS,),
        "prisoners",
    ),  # fmt: skip
    ("Iran repatriated 40 Afghan prisoners on Sunday.", (PRISONERS,), "prisoners"),
    (
        "The Taliban handed over a Tajik citizen who had been detained near the border.",
        (PRISONERS,),
        "prisoners",
    ),  # fmt: skip
    (
        "Kabul handed over two Pakistani nationals who had been held for months.",
        (PRISONERS,),
        "prisoners",
    ),  # fmt: skip
    (
        "Tajik border guards handed over three detained Afghan traders.",
        (PRISONERS,),
        "prisoners",
    ),  # fmt: skip
    (
        "Uzbek officials handed back a prisoner at the Hairatan crossing.",
        (PRISONERS,),
        "prisoners",
    ),  # fmt: skip
    ("Pakistan returned 30 detainees to Afghanistan on Monday.", (PRISONERS,), "prisoners"),
    ("Repatriated prisoners arrived at Torkham on Monday.", (PRISONERS,), "prisoners"),
    (
        "Handing over 12 Afghan detainees, Pakistani guards said the men were well.",
        (PRISONERS,),
        "prisoners",
    ),  # fmt: skip
    ("The minister returned from Tehran on Monday.", (PRISONERS,), "!prisoners"),
    (
        "The delegation returned home with two abducted engineers' families.",
        (PRISONERS,),
        "!prisoners",
    ),  # fmt: skip
    ("The envoy handed over a letter from the president.", (PRISONERS,), "!prisoners"),
    ("The outgoing governor handed over power to his deputy.", (PRISONERS,), "!prisoners"),
    ("India handed over 50 tonnes of wheat to the Afghan side.", (PRISONERS,), "!prisoners"),
    ("The ministry handed over the bodies of the two soldiers.", (PRISONERS,), "!prisoners"),
    (
        "Pakistan released 12 Afghan prisoners held for trespassing.",
        (PRISONERS,),
        "!prisoners",
    ),  # fmt: skip
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "rows", "expected"), battery_cases(BATTERY, XFAIL))
def test_the_mention_the_words_around_tell(
    text: str, rows: tuple[Row | str, ...], expected: str
) -> None:
    check_mentions(mentions(_register(rows), text), expected)


def test_a_states_ground_is_an_events_place_never_its_actor() -> None:
    from tests.suggest_sentences import ROLES, claims, suggest

    rows = suggest("Pakistani jets carried out airstrikes on Afghan soil on Tuesday.")
    assert {o for _, o in claims(rows, "hasPlace")} == {"afghanistan"}
    rows = suggest("India asked that Afghan soil not be used for attacks, Misri told Muttaqi.")
    assert "afghanistan" not in {o for role in ROLES for _, o in claims(rows, role)}
    assert "afghanistan" in {r.subject for r in rows if r.kind == "mention"}
