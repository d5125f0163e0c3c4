"""The word lists that several rules of ``kg suggest`` share, each defined here once.

:data:`MONTHS`, :data:`WEEKDAYS`, :data:`CALENDAR`, :data:`TIME_WORDS`, :data:`DAY_PARTS`,
:data:`NUMBER_WORDS`, :data:`SAYING`, :data:`HEARER_VERBS`, :data:`SPEECH_VERBS`,
:data:`REPORTING_VERBS`, :data:`DISCUSSING`, :data:`REACHING`, :data:`CARRIED`, :data:`HOSTING`,
:data:`FUNCTION_WORDS`,
:data:`ENVOYS`, :data:`SPOKESPEOPLE`, :data:`OFFICE_HEADS`, :data:`ONE_FOR_A_BODY`,
:data:`SIDE_WORDS`, :data:`HONORIFICS`, :data:`RELATION_NOUNS`, :data:`DAY_COUNTS`,
:data:`SIDE_COUNTS`, :data:`PEOPLE_COUNT`, :data:`ALLEGATIONS`, :data:`ABOUT`, :data:`AGED`,
:data:`LIST_SEPARATOR`, :data:`PORTFOLIO`, :data:`FULL_PORTFOLIO`, :data:`REMIT_BODIES`,
:data:`CHARTERED_BODIES`, :data:`ORG_WORDS`, and the helpers that make regexes of them
(:func:`alternation`, :func:`capitalised`, :func:`counting`). A rule that uses part of
one names that part where it is used, with the reason (tests/test_suggest_wordlists.py
checks). The forms English implies for a name (a state's adjective, "x of y" as "y x"
...) are :mod:`kg.suggest.name_forms`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

RELATION_NOUNS = ("relations", "ties", "cooperation", "engagement", "relationship")
"""Words for a relationship between parties: one for another after the same modifier
("economic ties", "economic relations", "economic cooperation")."""

MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
"""The months, in their order."""
MONTH_ABBREVIATIONS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sept",
    "sep",
    "oct",
    "nov",
    "dec",
)
"""The months' short forms ("Sept" before "Sep", so that a pattern tries it first; "May" has
none)."""
MONTH_NUMBERS = {name: n for n, m in enumerate(MONTHS, start=1) for name in (m, m[:3])} | {
    "sept": 9
}
"""The months' numbers by their names and short forms, lower case ("jan", "sept", "may")."""
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""The weekdays, in their order (Monday first, as :mod:`dateutil` counts them)."""
CALENDAR = frozenset(MONTHS + WEEKDAYS)
"""Months and weekdays: capitalised words that are no names ("March", "Sunday")."""
TIME_WORDS = CALENDAR | frozenset(
    "day days week weeks weekend month months year years today yesterday tomorrow".split()
)
"""The words that name a time: :data:`CALENDAR`, the units of the calendar and the days
next to today ("Monday’s talks", "last week’s meeting", "tomorrow")."""
DAY_PARTS = ("morning", "afternoon", "evening", "night")
"""The parts of a day ("on Monday morning", "later that evening", "this afternoon")."""
BEGAN = ("began", "started", "was launched", "was introduced", "came into force", "broke out")
"""Verbs of an onset: "since its campaign began in 2023" runs from that year."""

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
NUMBER_WORDS.update(
    {
        f"{tens}-{unit}": NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
        for tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
        for unit in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    }
)
"""Number words and their values, "thirty-five" too."""


def counting(low: int, high: int) -> dict[str, int]:
    """The :data:`NUMBER_WORDS` from ``low`` to ``high`` ("two" to "ten" for "the three
    sides"), without "dozen".

    >>> counting(2, 4)
    {'two': 2, 'three': 3, 'four': 4}
    """
    return {w: n for w, n in NUMBER_WORDS.items() if low <= n <= high and w != "dozen"}


def alternation(words: Iterable[str]) -> str:
    """A regex alternative of ``words``, the longest first (so that "says" is not cut to
    "say"), each escaped, a space as any white space.

    >>> alternation(["told", "tells", "said"])
    'tells|said|told'
    """
    escaped = (re.escape(w).replace(r"\ ", r"\s+") for w in set(words))  # "talked about"
    return "|".join(sorted(escaped, key=lambda w: (-len(w), w)))


SAYING = ("said", "says", "stated", "added", "told", "tells", "noted", "announced", "reported")
"""The verbs that report what someone said ("X said", "..., the ministry added")."""
HEARER_VERBS = ("told", "tells", "informed", "assured", "briefed")
"""Speech verbs whose object is the hearer ("told reporters", "briefed the Council")."""
SPEECH_VERBS = frozenset(SAYING + HEARER_VERBS) | frozenset(
    "warned warns urged denied denies claimed insisted stressed emphasised emphasized reiterated "
    "rejected rejects dismissed argued acknowledged admitted recalled explained complained".split()
)
"""Every verb of a speech act: :data:`SAYING`, :data:`HEARER_VERBS` and the verbs that
take a stance in saying ("warned", "denied", "insisted")."""
REPORTING_VERBS = alternation(SAYING)
"""A regex alternative of :data:`SAYING`."""
SAYING_PARTICIPLES = ("saying", "adding", "stating", "noting", "insisting", "arguing")
"""The participles of speech after a comma that tell what a statement said (", saying X
sought visas")."""
DISCUSSING = ("discussed", "discussing", "assessed", "assessing", "reviewed", "reviewing",
              "explored", "exploring", "talked about", "focused on", "focusing on")  # fmt: skip
"""The verbs of talking about a thing ("discussed the airstrikes", "focused on trade")."""
REACHING = ("reached", "reaches", "reaching")
"""The verbs of getting somewhere that name a visit only before a place ("reached Kabul";
not "reached a deal", "reached a record")."""
CARRIED = ("cargo", "cargoes", "consignment", "consignments", "shipment", "shipments", "goods",
           "aid", "supplies", "convoy", "convoys", "trucks", "ship", "vessel", "train", "freight",
           "flight", "plane", "aircraft", "wheat", "medicines")  # fmt: skip
"""What is carried somewhere, and what carries it: a subject of "reached" that is no visitor
("the cargo reached Kabul")."""
HOSTING = ("hosted", "hosts", "host", "hosting", "organised", "organized", "organises",
           "organizes", "convened", "convenes")  # fmt: skip
"""The verbs of hosting talks ("Qatar hosted the talks", "China will host a round of talks",
"hosted X for talks"); those in "-ed" name the host after "by" ("talks convened by X")."""
FUNCTION_WORDS = frozenset(
    "a an the this that these those it its their his her our we they he she who which and or "
    "but after following with in on at to by of for from as is was were are be been has have "
    "had also not no during since than told said met visited".split()
)
"""Articles, pronouns, conjunctions, prepositions, auxiliaries and the commonest verbs of
the genre: words that are no part of an actor's description ("after high-level talks")."""

DETERMINERS = ("the", "a", "an", "its", "their", "his", "her", "our")
"""Articles and possessive pronouns before a noun phrase ("the Kabul meeting", "its
statement"); not "this"/"that", which may open a clause."""

DOER_AFTER_OF = ("visit", "visits", "trip", "invitation", "request", "requests")
"""Nouns of an act whose "of" names its doer ("the visit of X", "at the invitation of X",
"at the request of X"), not the one it is done to as in "the release of X"."""
ENVOYS = ("ambassador", "envoy", "consul", "representative", "emissary")
"""The titles of those who act for a state or body abroad ("Pakistan’s special envoy")."""
SPOKESPEOPLE = ("spokesman", "spokeswoman", "spokesperson")
"""The titles of those who speak for a body."""
PORTFOLIO = {
    "affairs", "energy", "water", "power", "finance", "commerce", "industry", "industries",
    "trade", "transport", "health", "education", "defence", "defense", "interior",
    "justice", "agriculture", "mines", "petroleum", "refugees", "repatriation",
    "information", "culture", "labour", "labor", "works", "railways", "communications",
    "economy", "planning", "development", "housing", "security", "economic", "foreign",
    "public", "political", "irrigation", "hajj", "religious", "border", "tribal",
}  # fmt: skip
"""Words of the offices of ministers ("Minister of Energy and Water", "for Economic
Affairs")."""
FULL_PORTFOLIO = frozenset({*PORTFOLIO, *(
    "resources", "investment", "integration", "environment", "emergencies", "emergency",
    "situations", "revenue", "telecommunications", "technology", "tourism", "youth", "women",
    "martyrs", "disabled", "vice", "virtue", "propagation", "rural", "rehabilitation",
    "urban", "aviation", "civil", "natural", "science", "higher", "vocational", "ethnic",
)})  # fmt: skip
""":data:`PORTFOLIO` and the words of ministers' portfolios read only where the words around
them make a portfolio certain ("Minister of Energy and Water Resources", "Trade and
Integration", "the refugees ministry"): after a title's "of"/"for", before "ministry"."""
OFFICE_HEADS = (*ENVOYS, *SPOKESPEOPLE, "minister", "secretary", "president", "premier",
                "governor", "adviser", "advisor", "commander", "chairman", "director", "mayor",
                "chief", "coordinator", "commissioner", "rapporteur")  # fmt: skip
"""The last words of an office's title ("Foreign Minister", "Special Envoy", "the
spokesperson"): a word of them makes a title."""
REMIT_BODIES = ("ministry", "department", "directorate", "commission")
"""Bodies a remit names ("the refugees ministry", "the Interior Department")."""
CHARTERED_BODIES = (
    "committee", "office", "council", "organisation", "organization", "court", "bank", "union",
    "assembly", "secretariat", "agency", "fund", "institute", "parliament", "centre", "center",
    "chamber",
)  # fmt: skip
"""Bodies whose name goes on after "of the", "for" or "on" ("International Committee of the
Red Cross", "Centre for Regional Studies", "Committee on Investments"), as a remit's body's
does (:data:`REMIT_BODIES`)."""
ORG_WORDS = frozenset({*REMIT_BODIES, *CHARTERED_BODIES, *(
    "party", "front", "movement", "army", "forces", "initiative", "corporation", "company",
    "university", "network", "alliance", "group", "police", "division", "bureau", "programme",
    "program", "news", "times", "post", "press", "service", "radio", "television", "channel",
    "media", "foundation", "nations", "mission", "authority", "troops", "guards", "courier",
    "tribune", "herald", "gazette", "chronicle", "wire", "brigade", "battalion", "legion",
)})  # fmt: skip
"""The last words of a body's name ("Ministry", "Council", "Forces", "News"): a capitalised
run ending in one names an organisation (:mod:`kg.suggest.candidates`)."""
ONE_FOR_A_BODY = (*ENVOYS, *SPOKESPEOPLE, "official", "diplomat", "delegate", "negotiator")
"""The words for one unnamed person who speaks or acts for a body ("Iran’s envoy", "a UN
official")."""
PEOPLE = (
    "traders", "merchants", "businessmen", "businesspeople", "migrants", "workers",
    "labourers", "laborers", "students", "pilgrims", "travellers", "travelers", "truckers",
    "drivers", "farmers", "patients", "prisoners", "detainees", "returnees", "deportees",
    "exporters", "importers", "investors", "tourists", "fishermen", "athletes", "players",
    "women", "girls",
)  # fmt: skip
"""Plural nouns of people who act for themselves, not for a state ("Afghan women"): the
sources a reporting clause names, groups a count tells apart, and units of persons."""
SIDE_WORDS = ("side", "officials", "authorities", "leaders", "leadership", "diplomats", "ministers",
              "administration", "government", "counterpart", "counterparts", "delegation",
              "delegations", "negotiators", "envoys", "interlocutors", "forces", "troops",
              "soldiers", "guards", "official", "diplomat")  # fmt: skip
"""Words for the people or bodies of a state after its adjective ("the Afghan side", "Uzbek
officials", "Pakistani forces"): the state acts through them (not through one envoy,
ambassador or spokesman, who is a person of their own: docs/annotation.md)."""
GOVERNMENT_WORDS = ("government", "administration", "regime", "authorities")
"""Words for a government after its group's or its state's name ("Taliban government",
"Taliban administration")."""
GUESTS = (*OFFICE_HEADS, *PEOPLE, "delegation", "delegations", "counterpart", "counterparts",
          "visitor", "visitors", "guests", "families", "convoy", "group", "diplomats",
          "officials")  # fmt: skip
"""Who is received as a guest ("received the Uzbek ambassador", "a convoy of returnee
families", "a group of traders"): a reception, talks (:mod:`kg.suggest.received_goods`)."""
GROUND = ("soil", "territory", "territories", "airspace", "waters")
"""A state's ground after its adjective ("Afghan soil", "Pakistani airspace"): the state
as a place, not its government."""
OFFICE_ACRONYMS = ("PM", "EAM", "FM", "NSA", "CM", "COAS")
"""Offices the news abbreviates before a surname ("PM Modi", "EAM Jaishankar"): no given
name of another person of that surname."""
HONORIFICS = ("mr", "mrs", "ms", "dr", "sir", "mullah", "sheikh", "mawlawi", "maulvi",
              "maulana", "mufti", "qari", "haji", "hafiz", "sardar", "senator",
              "professor", "prof", "justice")  # fmt: skip
"""Forms of address before a name, no office of their own ("Mr", "Mullah", "Dr.")."""
NAME_PARTICLES = ("al", "el", "bin", "ibn", "bint", "ul", "ud", "von", "van", "der", "den",
                  "de", "da", "di", "du", "del", "dos")  # fmt: skip
"""Lower-case particles inside a person's name, between capitalised words or written
together with the next ("Ahmed al-Kuwari", "Abdul Ghani bin Saleh", "Pieter van Dijk",
"Ursula von der Leyen")."""
NAME_AHEAD = rf"(?=[A-Z][\w’'.-]*\s+(?:(?:{alternation(NAME_PARTICLES)})(?:\s+|-))*[A-Z])"
"""A regex lookahead of a person's name of two words or more, over its particles, after a
title ("Special Envoy [Ahmed ibn Rashid]")."""


def capitalised(words: Iterable[str]) -> str:
    """A regex alternative of ``words`` with a capital first letter ("Minister|Envoy")."""
    return alternation(w[:1].upper() + w[1:] for w in words)


DAY_COUNTS = {"a": 1, **counting(1, 7)}
"""The number words that count days or weeks back or on ("three days after", "a week
earlier"); a regex matches them, or one or two digits, with :data:`DAY_COUNT`."""
DAY_COUNT = rf"{alternation(DAY_COUNTS)}|\d{{1,2}}"
"""A regex alternative of the :data:`DAY_COUNTS` words and of one or two digits."""
SIDE_COUNTS = counting(2, 10)
"""The number words that count the sides of talks ("the three sides", "all four parties")."""
PEOPLE_COUNT = rf"{alternation(counting(2, 99))}|several|some|many|\d+"
"""A regex alternative of the words that count people a report leaves unnamed ("two crew
members said", "several officials", "12 soldiers")."""
ALLEGATIONS = r"allegations?|accusations?|claims?|charges?"
"""A regex alternative of the nouns that tell a charge ("allegations that ...")."""
ABOUT = r"about|almost|nearly|some|more\s+than|over"
"""A regex alternative of the words that make a figure approximate ("nearly ten years")."""
LIST_SEPARATOR = r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+"
"""A regex of what parts the items of a list: a comma (with "and" or "or" after it), or "and"
or "or" alone ("wheat, rice, and oil", "Iran and Pakistan")."""
AGED = r",\s+(?:aged\s+)?\d{1,3},"
"""A regex of a person's age set off by commas after the name ("X, 61, was freed", "X,
aged 52, said"): part of the name's phrase, no parenthetical of its own."""

LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "to", "at", "from", "near", "outside", "around", "across", "into"}
)
"""Prepositions after which a name is where something is or goes ("in Kabul"), no actor."""
