"""Round 21 of `kg suggest`'s mentions: a battery of invented sentences naming register
entities as South and Central Asian diplomatic news names them (a capital for its
government, "the Afghan capital", a group or topic in other words, acronyms, variant
spellings, possessives, hyphens, number), and sentences that must name none; none is
copied from a report.

Each case is a sentence, the invented register entries it needs beyond :data:`BASE` (rows
"id, class, label, aliases", or claims "subject predicate object"), and what must be
found: "id" (any words), "id=words", or "!id" (no mention of it).
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.suggest.register import Register
from tests.test_suggest_mentions_general import mentions, register

Row = tuple[str, str, str, str]

BASE: tuple[Row, ...] = (
    ("india", "State", "India", ""),
    ("pakistan", "State", "Pakistan", ""),
    ("afghanistan", "State", "Afghanistan", ""),
    ("iran", "State", "Iran", ""),
    ("uzbekistan", "State", "Uzbekistan", ""),
    ("new-delhi", "City", "New Delhi", ""),
    ("islamabad", "City", "Islamabad", ""),
    ("kabul", "City", "Kabul", ""),
    ("tehran", "City", "Tehran", ""),
    ("tashkent", "City", "Tashkent", ""),
    (
        "iea",
        "DeFactoAuthority",
        "Islamic Emirate of Afghanistan",
        "Islamic Emirate | Taliban government",
    ),
)
BASE_CLAIMS = ("iea governs afghanistan",)

REFUGEES: Row = ("afghan-refugees", "Group", "Afghan refugees in Pakistan", "Afghan refugees")
MIGRANTS: Row = ("afghan-migrants", "Group", "Afghan migrants in Iran", "Afghan migrants")
TRADERS: Row = ("afghan-traders", "Group", "Afghan traders", "")
UNDOCUMENTED: Row = (
    "undocumented", "Group", "Undocumented foreigners in Pakistan", "undocumented foreigners"
)  # fmt: skip
RETURNEES: Row = ("returnees", "Group", "Afghan returnees from Pakistan", "")
CONNECTIVITY: Row = ("connectivity", "Topic", "Regional connectivity", "")
PRISONERS: Row = ("prisoners", "Topic", "Repatriation of Afghan prisoners", "")
SECURITY: Row = ("security", "Topic", "Security concerns", "")
BORDER: Row = ("border", "Topic", "Border management", "")
WATER: Row = ("water", "Topic", "Water sharing", "")
ENERGY: Row = ("energy", "Topic", "Energy cooperation", "")
DRUGS: Row = ("drugs", "Topic", "Drug trafficking", "")
WOMEN: Row = ("women", "Topic", "Women’s rights", "")
COMMUNITY: Row = ("community", "Group", "International community", "")
MUTTAQI: Row = ("muttaqi", "Person", "Amir Khan Muttaqi", "Muttaqi")
IEA_FM: Row = ("iea-fm", "Position", "Foreign Minister of the Islamic Emirate of Afghanistan",
               "Foreign Minister")  # fmt: skip
PK_FM: Row = ("pk-fm", "Position", "Foreign Minister of Pakistan", "")
PK_MOFA: Row = ("pk-mofa", "Ministry", "Ministry of Foreign Affairs of Pakistan", "")
IR_MOI: Row = ("ir-moi", "Ministry", "Ministry of Interior of Iran", "")
IEA_MORR: Row = ("iea-morr", "Ministry", "Ministry of Refugees and Repatriation of the Islamic "
                 "Emirate", "")  # fmt: skip
UNAMA: Row = ("unama", "InternationalOrganization",
              "United Nations Assistance Mission in Afghanistan", "")  # fmt: skip
SCO: Row = ("sco", "InternationalOrganization", "Shanghai Cooperation Organisation", "")
IOM: Row = ("iom", "InternationalOrganization", "International Organization for Migration", "")
TTP: Row = ("ttp", "ArmedGroup", "Tehrik-i-Taliban Pakistan", "TTP")
TALIBAN: Row = ("taliban", "ArmedGroup", "Taliban", "")
ARMY: Row = ("pk-army", "ArmedForces", "Pakistani military", "")
MEDICINES: Row = ("medicines", "Commodity", "Medicines", "")

BATTERY: list[tuple[str, tuple[Row | str, ...], str]] = [
    # a capital as the actor it stands for: the state, or the government that governs it
    ("New Delhi has welcomed the decision.", (), "india=New Delhi; !new-delhi"),
    ("Islamabad rejected the allegations on Tuesday.", (), "pakistan=Islamabad; !islamabad"),
    ("Tehran summoned the Afghan envoy over the water dispute.", (), "iran=Tehran"),
    ("Tashkent and Islamabad signed a memorandum on the railway.", (), "uzbekistan; pakistan"),
    ("Kabul said the talks had been constructive.", (), "iea=Kabul; !afghanistan"),
    ("Islamabad accused Kabul of harbouring militants.", (), "pakistan; iea=Kabul"),
    ("Kabul has urged Islamabad to reopen the crossing.", (), "iea; pakistan"),
    ("New Delhi and Kabul agreed to expand flights.", (), "india; iea"),
    ("Talks between Kabul and Tashkent stalled in May.", (), "iea; uzbekistan"),
    ("Islamabad’s decision to close the border angered traders.", (), "pakistan"),
    ("New Delhi’s envoy met the minister on Monday.", (), "india"),
    ("Kabul’s response to the proposal was cautious.", (), "iea"),
    ("The proposal was rejected by Tehran.", (), "iran=Tehran"),
    ("Washington and Tehran have not commented.", (), "iran=Tehran"),
    # ... and the city where it is a place
    ("The delegation arrived in Kabul on Monday.", (), "kabul; !iea"),
    ("Officials in Islamabad said the road would reopen.", (), "islamabad; !pakistan"),
    ("A conference was held in New Delhi last week.", (), "new-delhi; !india"),
    ("The minister flew from Tashkent to Kabul.", (), "tashkent; kabul; !uzbekistan; !iea"),
    ("A bomb exploded near Kabul airport.", (), "kabul; !iea"),
    ("The fall of Kabul in 2021 changed the region.", (), "kabul; !iea"),
    ("Kabul-based diplomats said the talks went well.", (), "kabul; !iea"),
    ("Islamabad-based analysts doubted the plan.", (), "islamabad; !pakistan"),
    ("Residents of Tehran queued for fuel.", (), "tehran; !iran"),
    ("He studied at Kabul University.", (), "!iea"),
    ("Flights between Kabul and Tashkent resumed.", (), "kabul; tashkent; !uzbekistan; !iea"),
    # "the Afghan capital": the city
    ("The talks took place in the Afghan capital on Sunday.", (), "kabul=Afghan capital"),
    ("Protests broke out in the Pakistani capital.", (), "islamabad=Pakistani capital"),
    ("He returned to the Iranian capital on Friday.", (), "tehran=Iranian capital"),
    ("Uzbekistan’s capital hosted the forum.", (), "tashkent=Uzbekistan’s capital"),
    ("The Indian capital will host the next round.", (), "new-delhi=Indian capital"),
    ("The envoy left the Uzbek capital for Termez.", (), "tashkent=Uzbek capital"),
    # a state's people by its adjective, and the register's group
    ("Iran deported thousands of Afghan migrants last month.", (MIGRANTS,), "afghan-migrants"),
    ("Pakistan hosts some three million refugees from Afghanistan.", (REFUGEES,),
     "afghan-refugees"),
    ("Afghanistan’s refugees in Pakistan face a deadline.", (REFUGEES,), "afghan-refugees"),
    ("Traders from Afghanistan complained of delays at the crossing.", (TRADERS,),
     "afghan-traders"),
    ("Afghan businessmen and traders met the minister.", (TRADERS,), "afghan-traders"),
    ("Pakistan ordered illegal foreigners to leave by November.", (UNDOCUMENTED,),
     "undocumented=illegal foreigners"),
    ("The campaign against unregistered foreigners went on.", (UNDOCUMENTED,),
     "undocumented=unregistered foreigners"),
    ("Undocumented foreigners were given until March to leave.", (UNDOCUMENTED,),
     "undocumented"),
    ("Afghans returning from Pakistan need shelter.", (RETURNEES,), "returnees"),
    ("The number of returnees from Pakistan rose sharply.", (RETURNEES,), "returnees"),
    ("Migrants from Afghanistan crossed into Iran at night.", (MIGRANTS,), "afghan-migrants"),
    # topics in other words
    ("Both sides discussed connectivity in the region.", (CONNECTIVITY,),
     "connectivity=connectivity in the region"),
    ("They discussed connectivity across the region.", (CONNECTIVITY,), "connectivity"),
    ("The projects aim to boost regional connectivity and trade.", (CONNECTIVITY,),
     "connectivity"),
    ("The two sides discussed the repatriation of prisoners.", (PRISONERS,),
     "prisoners=repatriation of prisoners"),
    ("Pakistan agreed to repatriate Afghan prisoners held in its jails.", (PRISONERS,),
     "prisoners"),
    ("Kabul asked for Afghan prisoners to be repatriated.", (PRISONERS,), "prisoners"),
    ("The return of Afghan prisoners was on the agenda.", (PRISONERS,), "prisoners"),
    ("Prisoner repatriation was discussed on Monday.", (PRISONERS,), "prisoners"),
    ("The exchange of prisoners was postponed.", (PRISONERS,), "!prisoners"),
    ("An Afghan prisoner was freed on Sunday.", (PRISONERS,), "!prisoners"),
    ("Pakistan raised concerns about security along the border.", (SECURITY,),
     "security=concerns about security"),
    ("India voiced concerns over security in the region.", (SECURITY,), "security"),
    ("India’s security concerns were acknowledged.", (SECURITY,), "security"),
    ("The security situation has improved.", (SECURITY,), "!security"),
    ("The management of the border was discussed.", (BORDER,), "border"),
    ("They spoke of better ways of managing the border.", (BORDER,), "border"),
    ("Both sides agreed on the sharing of water from the river.", (WATER,), "water"),
    ("The sharing of the waters of the river is disputed.", (WATER,), "water"),
    ("They pledged cooperation in the energy sector.", (ENERGY,), "energy"),
    ("They pledged cooperation on energy.", (ENERGY,), "energy"),
    ("They pledged energy and trade cooperation.", (ENERGY,), "energy"),
    ("The two agreed to fight trafficking in drugs.", (DRUGS,), "drugs"),
    ("The trafficking of drugs across the border worries Iran.", (DRUGS,), "drugs"),
    ("India raised the rights of Afghan women.", (WOMEN,), "women"),
    ("The rights of women were raised at the meeting.", (WOMEN,), "women"),
    ("Women’s rights were raised at the meeting.", (WOMEN,), "women"),
    ("The world community must not forget Afghanistan.", (COMMUNITY,), "community"),
    ("The global community has pledged aid.", (COMMUNITY,), "community"),
    ("The international community has pledged aid.", (COMMUNITY,), "community"),
    # acronyms and their expansions
    ("UNAMA said civilian casualties had fallen.", (UNAMA,), "unama=UNAMA"),
    ("The SCO will meet in Astana.", (SCO,), "sco=SCO"),
    ("The Shanghai Cooperation Organization will meet in Astana.", (SCO,), "sco"),
    ("The IOM said 10,000 people had returned.", (IOM,), "iom=IOM"),
    ("The International Organisation for Migration said so.", (IOM,), "iom"),
    ("Tehreek-e-Taliban Pakistan claimed the attack.", (TTP,), "ttp"),
    ("The TTP claimed the attack.", (TTP,), "ttp=TTP"),
    # titles, offices and ministries
    ("Pakistan’s foreign minister met the envoy.", (PK_FM,), "pk-fm"),
    ("Pakistan’s Foreign Office said the talks were useful.", (PK_MOFA,), "pk-mofa"),
    ("The Pakistani foreign ministry said the talks were useful.", (PK_MOFA,), "pk-mofa"),
    ("Pakistan’s Ministry of Foreign Affairs summoned the envoy.", (PK_MOFA,), "pk-mofa"),
    ("Iran’s interior ministry said the camps would close.", (IR_MOI,), "ir-moi"),
    ("The Iranian Interior Ministry said the camps would close.", (IR_MOI,), "ir-moi"),
    ("Afghanistan’s Ministry of Refugees and Repatriation said 900 families returned.",
     (IEA_MORR,), "iea-morr"),
    ("The Afghan refugees ministry said 900 families returned.", (IEA_MORR,), "iea-morr"),
    ("Amir Khan Muttaqi met the envoy. Muttaqi said trade would grow.", (MUTTAQI,),
     "muttaqi=Muttaqi"),
    ("Foreign Minister Amir Khan Muttaqi met the envoy.",
     (MUTTAQI, IEA_FM, "muttaqi holdsPosition iea-fm", "iea-fm positionIn iea"),
     "muttaqi; iea-fm=Foreign Minister"),
    ("Muttaqi’s office released a statement.", (MUTTAQI,), "muttaqi"),
    # transliterations and typos
    ("Ameer Khan Mutaqi arrived in Tashkent.", (MUTTAQI,), "muttaqi"),
    ("Mawlawi Amir Khan Muttaqi spoke to reporters.", (MUTTAQI,), "muttaqi"),
    ("Muhammad Yaqoob met the envoy.", (("yaqub", "Person", "Mohammad Yaqub", ""),), "yaqub"),
    ("Zabiullah Mujahid said the talks went well.",
     (("mujahid", "Person", "Zabihullah Mujahid", ""),), "mujahid"),
    ("The convoy reached Qandahar on Friday.", (("kandahar", "City", "Kandahar", ""),),
     "kandahar"),
    ("Traders in Mazar-e-Sharif welcomed the deal.",
     (("mazar", "City", "Mazar-i-Sharif", ""),), "mazar"),
    ("Sher Mohammad Abbas Stanekzai spoke in Doha.",
     (("stanikzai", "Person", "Sher Mohammad Abbas Stanikzai", ""),), "stanikzai"),
    # possessives, hyphens, number
    ("Pakistan’s army said the post was attacked.", (ARMY,), "pk-army"),
    ("The Pakistan Army said the post was attacked.", (ARMY,), "pk-army"),
    ("Pakistani troops returned fire.", (ARMY,), "pk-army"),
    ("Indo-Afghan ties were discussed.", (), "india; afghanistan"),
    ("The Pak-Afghan border was closed.", (), "pakistan; afghanistan"),
    ("The Iran-Afghanistan border was closed.", (), "iran; afghanistan"),
    ("Uzbekistan's envoy met the minister.", (), "uzbekistan"),
    ("The shipment of medicine reached Kabul.", (MEDICINES,), "medicines"),
    ("The Taliban’s foreign ministry said the talks were useful.",
     (TALIBAN, ("iea-mofa", "Ministry", "Ministry of Foreign Affairs of the Islamic Emirate",
                "")),
     "iea-mofa"),
    # states and governments by adjective
    ("The Afghan government said the talks were useful.", (), "iea"),
    ("The Afghan authorities have not commented.", (), "iea"),
    ("The Taliban authorities have not commented.", (), "iea"),
    ("Uzbek officials met their Afghan counterparts.", (), "uzbekistan; iea"),
    ("The Iranian side raised the water dispute.", (), "iran"),
    ("Pakistani and Iranian officials met in Tehran.", (), "pakistan; iran; tehran"),
    # no mention where the words name another thing
    ("The Islamabad Stock Exchange fell on Monday.", (), "!pakistan"),
    ("The Tehran Times reported the talks.", (), "!iran"),
    ("An Afghan refugee, Gul Ahmad, said he had lost everything.", (REFUGEES,),
     "!afghan-refugees"),
    ("Regional leaders met in Tashkent.", (CONNECTIVITY,), "!connectivity"),
    ("Internet connectivity was cut in the province.", (CONNECTIVITY,), "!connectivity"),
    ("The minister left Kabul for Tehran.", (), "!iea; !iran"),
    ("Kabul’s mayor opened the market.", (), "!iea"),
    ("The foreign minister of India met the envoy.", (PK_FM,), "!pk-fm"),
    ("The Kabul Times reported the talks.", (), "!iea"),
    ("Kabul Says Talks With Tashkent Were Useful", (), "iea; uzbekistan"),
    ("He left for Islamabad on Monday.", (), "islamabad; !pakistan"),
    ("A Tehran-born analyst doubted the plan.", (), "tehran; !iran"),
    ("They spoke of managing the economy.", (BORDER,), "!border"),
    ("Energy and food prices rose.", (ENERGY,), "!energy"),
    ("Afghan women and girls were barred from the university.",
     (("afghan-girls", "Group", "Afghan girls", ""),), "afghan-girls=girls"),
    ("The UN High Commissioner for Refugees visited the camps.",
     (("unhcr", "InternationalOrganization", "UNHCR", ""),), "unhcr"),
    ("The Organisation of Islamic Cooperation met in Jeddah.",
     (("oic", "InternationalOrganization", "OIC", ""),), "oic"),
    ("Pakistan deported 2,000 illegal Afghan migrants last week.", (UNDOCUMENTED,),
     "undocumented"),
    ("Afghans without documents were told to leave Pakistan.", (UNDOCUMENTED,), "undocumented"),
    ("The Uzbek capital, Tashkent, hosted the talks.", (), "tashkent"),
    ("Tehran’s envoy to Kabul met the minister.", (), "iran; kabul; !iea"),
    ("The two sides discussed connectivity and trade.", (CONNECTIVITY,), "connectivity"),
    ("Mobile connectivity was restored in the province.", (CONNECTIVITY,), "!connectivity"),
    ("Pakistan’s capital was locked down on Friday.", (), "islamabad"),
    ("The Afghan interim government said the talks were useful.", (), "iea"),
    ("The Taliban-led administration has not commented.", (), "iea"),
    ("Islamabad-Kabul ties have soured.", (), "pakistan; iea"),
    ("The Kabul government rejected the claim.", (), "iea"),
    ("Tashkent’s proposal was welcomed.", (), "uzbekistan"),
    ("A boat capsized on the Kabul River.", (), "!iea"),
    ("The Islamabad High Court adjourned the case.", (), "!pakistan"),
    ("He met Islamabad’s envoy in Kabul.", (), "pakistan; kabul; !iea"),
    ("The UN mission in Afghanistan said so.", (UNAMA,), "unama"),
    ("Mohammad Yaqoob Mujahid met the envoy.",
     (("yaqub", "Person", "Mohammad Yaqub Mujahid", ""),), "yaqub"),
    ("Security concern was raised by Iran.", (SECURITY,), "security"),
    ("India voiced its concern over security.", (SECURITY,), "security"),
    ("Military aid to the region has grown.", (("aid", "Topic", "Humanitarian assistance", ""),),
     "!aid"),
]  # fmt: skip

XFAIL: dict[str, str] = {
    "Tehreek-e-Taliban": "the typo-tolerant step does not read names joined by the izafe",
    "The UN High Commissioner": "the name's run stops before 'for', so its initials are not read",
    "Pakistan deported 2,000 illegal": "a state's migrants as the register's foreigners of "
    "another wording: the annotators' knowledge that they are the same people",
    "Afghans without documents": "'without documents' for 'undocumented': a paraphrase no "
    "rule reads",
    "The UN mission in": "a body's name shortened to its kind ('mission'): no rule reads it",
    "India voiced its concern": "the head in the other number before 'over': it cost a blind "
    "reachable row, dropped",
    "The Taliban’s foreign": "the group's possessive as its government's ministry swallowed the "
    "government's own mention (blind mentions recall lost one): dropped",
}
"""Sentences the rules cannot yet read, by their first words: the reason each."""


def _register(rows: tuple[Row | str, ...]) -> Register:
    entries = [r for r in rows if isinstance(r, tuple)]
    claims = tuple(r for r in rows if isinstance(r, str))
    return register(*BASE, *entries, claims=(*BASE_CLAIMS, *claims))


def battery_cases(
    battery: list[tuple[str, tuple[Row | str, ...], str]], xfail: dict[str, str]
) -> list[Any]:
    """The battery's cases for ``pytest.mark.parametrize``, a strict xfail where a sentence
    opens with a key of ``xfail`` (its reason)."""
    cases = []
    for text, rows, expected in battery:
        reason = next((r for k, r in xfail.items() if text.startswith(k)), None)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        cases.append(pytest.param(text, rows, expected, marks=marks, id=text[:50]))
    return cases


def check_mentions(found: set[tuple[str, str]], expected: str) -> None:
    """``expected``'s items, "; "-separated, hold of the (entity, words) ``found``: "id"
    (any words), "id=words", "!id" (no mention of it)."""
    entities = {e for e, _ in found}
    for item in expected.split("; "):
        if item.startswith("!"):
            assert item[1:] not in entities, (item, sorted(found))
        elif "=" in item:
            entity, words = item.split("=", 1)
            assert (entity, words) in found, (item, sorted(found))
        else:
            assert item in entities, (item, sorted(found))


@pytest.mark.parametrize(("text", "rows", "expected"), battery_cases(BATTERY, XFAIL))
def test_the_mention_an_annotator_would_write(
    text: str, rows: tuple[Row | str, ...], expected: str
) -> None:
    check_mentions(mentions(_register(rows), text), expected)
