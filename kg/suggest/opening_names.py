"""New people named at a sentence's start, before the sentence's verb, with no title.

A sentence of the genre often opens with a person's full name and the verb at once:
"Bakhtiyor Saidov said ...", "Emomali Rahmon has refused ...", "Kassym-Jomart Tokayev
received ...". Nothing before the name tells its class, but what it is tells enough: two
to four capitalised words (particles inside: "Ahmed al-Kuwari") that are not all words of
English (a body's or place's name is: "Human Rights Watch", "Western Union"), with no word
of a title, a body, a place, a work or a gathering ("Foreign Minister", "Border Troops",
"Kabul Airport", "Tashkent Summit"), no calendar word and no state's adjective ("Afghan
Red Crescent"), nor a compass word before a place ("North Waziristan"), followed by a
finite verb (an inflected form lemminflect knows as a verb, or a modal: "said", "met",
"has", "will"), after an adverb ("also", "later", "reportedly") or "and" with another
name ("X Y and Amir Khan Muttaqi signed"). It is a guess, at a lower confidence than a
title's. A noun of what a person does before the name is no part of it ("Analyst Ahmad
Saeedi told ...": :func:`after_common_noun`).
"""

from __future__ import annotations

import re
from functools import cache

from kg.suggest.candidates import COMMON_HEADS, HEADS, INFRASTRUCTURE, PLACE_WORDS, STATE_WORDS
from kg.suggest.english import (
    CALENDAR,
    NAME_PARTICLES,
    OFFICE_HEADS,
    ORG_WORDS,
    PEOPLE,
    capitalised,
)
from kg.suggest.gazetteer import state_of_adjective
from kg.suggest.runs import name_words
from kg.suggest.titles import TITLE_WORD

CONFIDENCE = 0.4
"""A person's name told only by its place before a verb: a guess."""
_NOT_IN_NAMES = frozenset(
    {*ORG_WORDS, *PLACE_WORDS, *COMMON_HEADS, *INFRASTRUCTURE, *STATE_WORDS, *HEADS,
     *OFFICE_HEADS, *CALENDAR, "deputy", "acting", "interim", "special", "state", "republic",
     "avenue", "park", "gate", "school"}
)  # fmt: skip
"""Words that make a capitalised run a title's, a body's, a place's or a work's name, not a
person's ("Foreign Minister", "Border Troops", "Kabul Airport", "Doha Process", "X Street")."""
_COMPASS = frozenset(
    "north south east west northern southern eastern western central upper lower greater "
    "new old".split()
)
"""First words of a place's name ("North Waziristan", "Upper Dir"), not of a person's."""
_MODALS = frozenset("will would can could may might must shall should did does".split())
_ADVERBS = r"(?:also|later|then|again|earlier|separately|reportedly|previously|[a-z]+ly)"
_VERB_AFTER = re.compile(
    r"(?:\s+and(?:\s+[A-Z][\w’'.-]*){1,4}?)?"  # "and Amir Khan Muttaqi"
    rf"\s+(?:{_ADVERBS}\s+)?(?P<verb>[a-z]+)\b(?![’'-])"
)


@cache
def _english(word: str) -> bool:
    """Whether lemminflect knows a word (a lower-case form of English: "red", "watch")."""
    from lemminflect import getAllLemmas  # lazily: it pays for spaCy

    return bool(getAllLemmas(word.lower()))


@cache
def _finite(word: str) -> bool:
    """Whether a lower-case word is a modal or an inflected verb ("said", "met", "has",
    "visits"), not a base form that may be a noun's ("talk")."""
    from lemminflect import getAllLemmas

    if word in _MODALS:
        return True
    lemmas = getAllLemmas(word)
    forms = {*lemmas.get("VERB", ()), *lemmas.get("AUX", ())}
    return bool(forms) and word not in forms


def opens_before_verb(text: str, end: int, words: list[str]) -> str | None:
    """The reason a name of ``words`` opening its sentence and ending at ``end`` is a
    person's, or None."""
    if not 2 <= len(words) <= 4 or not name_words(words):
        return None
    lowered = [w.lower().strip("’'.,") for w in words]
    parts = [p for w in lowered for p in w.split("-") if p not in NAME_PARTICLES]
    if (
        any(p in _NOT_IN_NAMES or state_of_adjective(p) for p in parts)
        or lowered[0] in _COMPASS
        or any(TITLE_WORD.fullmatch(w) for w in words)
        or all(_english(p) for p in parts)
    ):
        return None
    after = _VERB_AFTER.match(text, end)
    if after is None or not _finite(after["verb"]):
        return None
    return f"a name opening its sentence before its verb ('{after['verb']}')"


_AGENT_NOUN = re.compile(r"[A-Z][a-z]+(?:ist|yst|er|or|ian|ent|ant)")


_PEOPLE_OF = re.compile(
    rf"(?:{capitalised(('residents', 'villagers', 'elders', 'inhabitants', *PEOPLE))})"
    r"\s+(?:of|in)\s+(?=[A-Z])"
)
"""People of a place opening a sentence ("Residents of Spin Boldak said"): the place's name
follows."""


def after_common_noun(text: str, start: int, end: int) -> int:
    """Where a run opening a sentence begins with a noun of English for what a person does
    ("Analyst Ahmad Saeedi told ...", "Trader Gul Ahmad said ...": a word lemminflect knows
    only as a noun, of an agent's ending) and two capitalised words follow, the name
    begins after it; after "Residents of", "Traders in" the place's name begins."""
    if (people := _PEOPLE_OF.match(text, start)) and people.end() < end:
        return people.end()
    words = list(re.finditer(r"\S+", text[start:end]))
    first = words[0].group() if words else ""
    if len(words) < 3 or not _AGENT_NOUN.fullmatch(first):
        return start
    from lemminflect import getAllLemmas

    return start + words[1].start() if set(getAllLemmas(first.lower())) == {"NOUN"} else start
