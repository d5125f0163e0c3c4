"""Round 22 of the capitals' readings: a battery of invented sentences where a state's
capital names the city (the place of a meeting, a court, a route's end, the Afghan
capital in apposition, a place entered or listed after "in") and sentences where it
stays the government seated there ("Kabul said", "the Kabul government", "ties between
Kabul and New Delhi"); none is copied from a report.

Each case is a sentence and what must be found: "id" (any words), "id=words", or
"!id" (no mention of it); the register is the round-21 battery's (kg.suggest.metonyms).
"""

from __future__ import annotations

import pytest

from tests.test_suggest_mentions_general import mentions
from tests.test_suggest_mentions_round21 import _register, check_mentions

BATTERY: list[tuple[str, str]] = [
    # a capital before the noun of an occasion or a place in the city: the city
    ("Officials said the Kabul meeting had gone well.", "kabul=Kabul; !iea"),
    ("The Tehran talks ended without an agreement.", "tehran=Tehran; !iran"),
    ("During his Kabul visit, the minister met traders.", "kabul=Kabul; !iea"),
    ("The Islamabad conference drew delegates from ten states.", "islamabad; !pakistan"),
    ("A Kabul court sentenced the men on Monday.", "kabul; !iea"),
    ("The delegates met at a Tehran hotel on Monday.", "tehran; !iran"),
    ("The Tashkent summit ended on Friday.", "tashkent; !uzbekistan"),
    ("Last week's Islamabad meeting was the first in a year.", "islamabad; !pakistan"),
    ("Kabul airport reopened to foreign airlines on Monday.", "kabul; !iea"),
    ("The Kabul province police chief was replaced.", "kabul; !iea"),
    # the capital in apposition with a description of the city
    ("The minister arrived in the Afghan capital, Kabul, on Monday.", "kabul=Kabul; !iea"),
    ("Kabul, the Afghan capital, has seen a rise in attacks.", "kabul=Kabul; !iea"),
    ("Tehran, the Iranian capital, hosted the meeting.", "tehran=Tehran; !iran"),
    # the ends of a route
    ("The Kabul-Tashkent flight resumed on Monday.", "kabul; tashkent; !iea; !uzbekistan"),
    ("Flights between Kabul and New Delhi resumed on Monday.", "kabul; new-delhi; !india"),
    ("A railway between Tashkent and Kabul is planned.", "tashkent; kabul; !uzbekistan"),
    # a city entered, taken or listed after a preposition of place
    ("Taliban fighters entered Kabul in August 2021.", "kabul; !iea"),
    ("The group captured Kabul within days.", "kabul; !iea"),
    ("The meeting took place in Tehran and Kabul.", "tehran; kabul; !iea"),
    ("The envoy held talks in Islamabad, Kabul and Tashkent.", "islamabad; kabul; tashkent"),
    # the government seated there: unchanged
    ("Kabul said the talks had been constructive.", "iea=Kabul; !kabul"),
    ("The Kabul government rejected the report.", "iea=Kabul; !kabul"),
    ("The Kabul administration has not responded.", "iea=Kabul; !kabul"),
    ("The Tehran regime denied the claim.", "iran=Tehran; !tehran"),
    ("Ties between Kabul and New Delhi have improved.", "iea=Kabul; india; !kabul"),
    ("Talks between Islamabad and Kabul stalled in May.", "pakistan; iea; !kabul"),
    ("Islamabad and Kabul agreed to reopen the crossing.", "pakistan; iea; !kabul"),
    ("The Kabul-Islamabad relationship has soured.", "iea; pakistan; !kabul"),
    ("Islamabad accused Kabul of harbouring militants.", "pakistan; iea; !kabul"),
    ("Kabul and Tashkent signed the agreement.", "iea; uzbekistan; !kabul"),
    ("Relations between Tehran and Kabul are tense.", "iran; iea; !tehran"),
    ("He said that Kabul has agreed to the terms.", "iea; !kabul"),
    ("The Islamic Emirate has released the prisoner.", "iea=Islamic Emirate"),
    ("The Islamic Emirate rejects the claim.", "iea=Islamic Emirate"),
    ("The Islamic Emirate wanted normal relations.", "iea=Islamic Emirate"),
    ("The Pakistan special envoy arrived on Monday.", "pakistan=Pakistan"),
    ("Officials in Tehran said that Kabul had refused.", "tehran; iea; !kabul"),
    ("On Monday, Kabul said it would reopen the crossing.", "iea; !kabul"),
    ("The talks in Doha ended on Monday and Kabul rejected the terms.", "iea; !kabul"),
    ("India sent wheat to Kabul and Tehran urged restraint.", "kabul; iran; !tehran"),
]


@pytest.mark.parametrize(("sentence", "expected"), BATTERY, ids=[s[:40] for s, _ in BATTERY])
def test_a_capital_read_as_the_city_or_its_government(sentence: str, expected: str) -> None:
    check_mentions(mentions(_register(()), sentence), expected)
