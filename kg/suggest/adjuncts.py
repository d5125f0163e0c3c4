"""Phrases that hold a trigger after a verb and its object, and whom they are about.

"X met Y during his visit to Z", "X said India would act after meeting Y": the names
before such a phrase are the other verb's (Y is met, not visiting), and a possessive or
a gerund's missing subject is the main clause's subject (:func:`trailing`,
:func:`owner_of`). Used by :mod:`kg.suggest.event_roles`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from kg.suggest.asides import dateline
from kg.suggest.clauses import subordinate
from kg.suggest.mentions import Mention
from kg.suggest.subject_chain import subject_chain

_TRAILING = re.compile(
    r"(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)"
    r"\b(?:(?:during|in\s+the\s+course\s+of|ahead\s+of|after|before|following)\s+"
    r"(?P<owner>his|her|its|their|the|a|an)|(?:on|at)\s+(?P<own>his|her|its|their))\s+"
    r"(?:[\w-]+\s+){0,3}$"
    r"|\b(?:during|after)\s+(?P<bare>(?:[a-z][\w-]*\s+){0,2})$",
    re.IGNORECASE,
)
"""A phrase after a verb and its object that holds the trigger: "during the visit", "on
his visit" (not "on a visit", whose object may be the visitor: "led the delegation on a
visit"; nor "is on a visit"); or a noun without a determiner ("agreed after talks in
Doha": the talks of the main clause's subjects)."""


_GERUND = re.compile(r"(?<=\s)(?:after|before|since|while|when|upon|without)\s+$", re.IGNORECASE)
"""A preposition or subordinator before a trigger in "-ing" ("said ... after meeting
Muttaqi"): the gerund's subject is the main clause's."""


_PASSIVE_GERUND = re.compile(
    r"(?<=\s)(?:after|before|since|while|when|upon|without)\s+(?:being|having\s+been)\s+"
    r"(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
"""A passive gerund holding the trigger ("attacks against X after being dislodged from
power"): it happened to the main clause's subject, and the names before it are objects of
another verb."""


def trailing(text: str, low: int, start: int) -> tuple[int, str] | None:
    """ "X met Y during his visit to Z": a trigger inside a phrase that a preposition opens
    after a verb and its object, as (where the phrase begins, its determiner); the names
    before it are the other verb's, and a possessive ("his", "its") is that verb's
    subject. A trigger in "-ing" right after "after", "before", "while"... ("X said India
    would act after meeting Y") is such a phrase too, about the main clause's subject
    (``"subject"``); so is a passive one ("after being dislodged": ``"passive"``, whose
    subject undergoes it and is not proposed). None where the clause has no words before
    the phrase."""
    gerund = _GERUND.search(text, low, start)
    if gerund is not None and re.match(r"[a-z]+ing\b", text[start : start + 20]):
        return gerund.start(), "subject"  # "X said ... after meeting Y": X met Y
    passive = _PASSIVE_GERUND.search(text, low, start)
    if passive is not None and text[low : passive.start()].strip(" ,"):
        return passive.start(), "passive"  # "attacks against X after being dislodged"
    match = _TRAILING.search(text, low, start)
    if match is None or not text[low : match.start()].strip(" ,"):
        return None
    if match["bare"] is not None:  # a noun ("after talks"), not a verb ("after X closed")
        noun = not re.match(r"[a-z]+(?:ed|ing)\b", text[start : start + 20])
        parties = re.match(r"\S+\s+(?:between|among)\b", text[start : start + 40])
        if not noun:
            return None
        return match.start(), "between" if parties else "bare"  # "after talks between
        # officials from both countries": the phrase names its own parties
    return match.start(), (match["owner"] or match["own"]).lower()


def owner_of(
    text: str, low: int, trigger: tuple[int, int], owner: str, actors: list[Mention],
    person: Callable[[Mention], bool],
) -> list[Mention]:  # fmt: skip
    """The subject of the sentence that a possessive before the trigger stands for ("X met
    Y during his visit": X): its first person for "his"/"her", its first other actor
    for "its", its first actors joined by "and" for "their" (one or more for a noun without
    a determiner: "A and B agreed after talks"), its first actor for the
    subject of a gerund ("said ... after meeting Y"); none inside a fronted
    phrase ("According to Qatar, X met Y during his visit": X)."""
    if owner not in ("his", "her", "its", "their", "subject", "bare"):
        return []
    main = [
        a
        for a in actors
        if a.end <= trigger[0] and not subordinate(text, low, trigger, a) and not dateline(text, a)
    ]
    if owner == "subject":
        return main[:1]
    if owner in ("his", "her"):
        return [a for a in main if person(a)][:1]
    if owner == "its":
        return [a for a in main if not person(a)][:1]
    found = main[:1]
    for actor in main[1:]:
        if not re.fullmatch(r",?\s+(?:and\s+)?", text[found[-1].end : actor.start]):
            break
        found.append(actor)
    return found if len(found) > 1 or owner == "bare" else []


_FRONT = re.compile(
    r"^[\s“\"‘']*(?:after|before|while|when|during|following|ahead\s+of|upon|"
    r"(?!according|regarding|including|concerning|excluding)[A-Z][a-z]+ing)\b[^,;:]*$",
    re.IGNORECASE,
)
"""A fronted phrase holding the trigger, up to it ("Speaking at a press conference",
"After meeting Muttaqi"; not "In addition to", "In response to", "According to")."""


def fronted_subject(
    text: str, sentence: tuple[int, int], trigger: tuple[int, int], actors: list[Mention]
) -> list[Mention]:
    """ "Speaking at a press conference, Jaiswal said", "After meeting Muttaqi, Jaishankar
    said": the event of a fronted phrase that names no one before its trigger is done by
    the main clause's subject, the first actor after the comma that closes the phrase and
    those coordinated with it ("During the talks, A and B agreed":
    :func:`kg.suggest.subject_chain.subject_chain`)."""
    low, high = sentence
    start, end = trigger
    if not _FRONT.match(text, low, start) or any(low <= a.start < start for a in actors):
        return []
    comma = text.find(",", end, high)
    if comma < 0 or re.search(r"[;:]", text[end:comma]):
        return []
    return subject_chain(text, actors, comma)


_OBJECT = re.compile(r"\s+(?:him|her)\b")
"""An object pronoun right after the trigger ("who urged him to act")."""


def object_pronoun(
    text: str, sentences: tuple[int, int], span: tuple[int, int], people: list[Mention],
    taken: set[str],
) -> Mention | None:  # fmt: skip
    """ "Rahmani called on Araghchi, who urged him to act": "him" or "her" right after the
    trigger is the last person named before it, in its sentence or the one before
    (``sentences``: where that one begins, where the trigger's does), who is not already
    an actor of the event (``taken``: a pronoun object is not the verb's subject), as a
    mention of that person's name."""
    if not _OBJECT.match(text, span[1]):
        return None
    for person in reversed(people):
        if sentences[0] <= person.start and person.end <= span[0] and person.entity not in taken:
            return replace(person, how="him or her: the last other person named before")
    return None
