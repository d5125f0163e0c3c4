"""Mentions by description rather than by name (``kg suggest``).

- "the Afghan side", "Indian officials": the state whose name the adjective
  stems from, or the one current government the register names after it;
- "its embassy in Kabul", "Afghanistan’s embassy in New Delhi": the register's
  mission whose label names the owner and the place;
- "economic and defence cooperation", "political and economic ties": names shared by
  coordinated modifiers, and relations without a modifier of their own
  (:func:`first_conjuncts`, :func:`bare_relations`).
"""

from __future__ import annotations

import re
from typing import Any

from kg.suggest.english import (
    FUNCTION_WORDS,
    PORTFOLIO,
    RELATION_NOUNS,
    SIDE_WORDS,
    alternation,
)
from kg.suggest.gazetteer import state_named, state_of_adjective
from kg.suggest.mentions import Mention
from kg.suggest.register import Register
from kg.suggest.text import Report
from kg.suggest.word_forms import adjective_of
from kg.vocabulary import normalise

_OFFICIALS = re.compile(
    r"\b(?:the\s+)?(?P<adjective>[A-Z][a-z]+)\s+"
    r"(?:(?:security|border|armed|interim|caretaker)\s+"
    rf"|(?:{alternation(sorted(PORTFOLIO))})\s+(?=ministers\b))?"
    rf"(?:{alternation(SIDE_WORDS)})\b"
)
"""A state's adjective, a kind ("security", "interim") and a word of its side: "Pakistani
security officials"; a portfolio before "ministers" ("the Afghan and Pakistani foreign
ministers"), not before one official ("an Afghan water official": a person of the side)."""
_COORDINATED = re.compile(r"(?P<adjectives>(?:[A-Z][a-z]+,\s+)*[A-Z][a-z]+),?\s+(?:and|or)\s+$")
"""Adjectives coordinated before the one of "the officials of a state": "Chinese,
Iranian and Russian diplomats" are the diplomats of each."""
_FORMER = re.compile(r"\b(?:previous|former|first|interim)\b|\(\d{4}", re.IGNORECASE)
_PAST = re.compile(r"\b(?:former|previous|ousted|deposed|toppled|fallen)\s+$", re.IGNORECASE)
"""A word before "the Afghan government" that makes it a government of the past."""


_MISSION_WORDS = r"(?i:(?:diplomatic\s+)?(?:embassy|mission|consulate|high\s+commission))"
_MISSION = re.compile(
    r"(?:(?P<owner>\b(?i:its|their)|[’']s)|\b(?P<adjective>[A-Z][a-z]+))\s+"
    rf"(?P<mission>{_MISSION_WORDS})\s+in\s+"
)
_MISSION_OF = re.compile(
    rf"\b{_MISSION_WORDS}\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w ]+?)(?:,\s*|\s+in\s+)(?=[A-Z])"
)
_MISSION_BEFORE = re.compile(
    rf"[’']s\s+(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+{_MISSION_WORDS}\b"
)


def officials(register: Register, report: Report, mentions: list[Mention]) -> list[Mention]:
    """ "the Afghan side", "Indian officials": the state of the adjective (its stem),
    or the government the register names after it ("... of Afghanistan")."""
    taken = [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    states = [
        (normalise(e.label), e.id)
        for e in register.entities.values()
        if register.is_a(e.id, "State")
    ]
    for match in _OFFICIALS.finditer(report.text):
        start, end = match.span()
        if any(s < end and start < e for s, e in taken):
            continue
        state = adjective_state(register, states, match["adjective"])
        if state is None:
            continue
        if _PAST.search(report.text, max(0, start - 20), match.start("adjective")):
            former = _government_of(register, state, former=True)  # "the former Afghan
            if former:  # government": the one the register says was before
                found.append(Mention(start, end, former, "a state's former government", 0.6))
            continue
        entity = _government_of(register, state) or state
        found.append(Mention(start, end, entity, "the officials of a state", 0.6))
        before = _COORDINATED.search(report.text, max(0, start - 60), match.start("adjective"))
        for word in re.finditer(r"[A-Z][a-z]+", before["adjectives"] if before else ""):
            first = before.start("adjectives") + word.start() if before else 0
            other = next((i for f, i in states if adjective_of(normalise(word.group()), f)), None)
            if other and not any(s <= first < e for s, e in taken):
                how = "the officials of a state, coordinated with another's"
                entity = _government_of(register, other) or other
                found.append(Mention(first, first + len(word.group()), entity, how, 0.6))
    return found


def adjective_state(
    register: Register, states: list[tuple[str, str]], adjective: str
) -> str | None:
    """The register state an adjective names (``states``: normalised label, id): by its stem
    ("Afghan": Afghanistan), else as the gazetteer knows it ("Saudi": Saudi Arabia)."""
    form = normalise(adjective)
    state = next((i for f, i in states if adjective_of(form, f)), None)
    return state or gazetteer_state(register, state_of_adjective(adjective))


def gazetteer_state(register: Register, short: str | None) -> str | None:
    """The one register state whose label or alias names the state of ``short`` (a short
    name of :func:`kg.suggest.gazetteer.state_named`): "American officials", "America" for
    a register "United States" (round eighteen)."""
    if short is None:
        return None
    found = {
        e.id
        for e in register.entities.values()
        if register.is_a(e.id, "State")
        and any(state_named(n) == short for n in (e.label, *e.aliases) if n)
    }
    return found.pop() if len(found) == 1 else None


def _government_of(register: Register, state: str, *, former: bool = False) -> str | None:
    """The one current government whose label names the state, if the register has it (or,
    ``former``, the one former: "Islamic Republic of Afghanistan (previous government)")."""
    name = normalise(register.entities[state].label)
    found = [
        e.id
        for e in register.entities.values()
        if (register.is_a(e.id, "Government") or register.is_a(e.id, "DeFactoAuthority"))
        and name in normalise(e.label).split()
        and bool(_FORMER.search(e.label)) == former
    ]
    return found[0] if len(found) == 1 else None


def missions(register: Register, report: Report, mentions: list[Mention]) -> list[Mention]:
    """ "its embassy in Kabul", "Afghanistan’s embassy in New Delhi", "the Chinese
    embassy in Kabul", "the Embassy of Qatar in Kabul", "Russia’s Kabul embassy": the
    register's mission whose label names the owner (the possessive, for "its" the
    actor before it, or the state of the adjective) and the place."""
    found: list[Mention] = []
    text = report.text
    states = [(normalise(e.label), e.id) for e in register.entities.values()
              if register.is_a(e.id, "State")]  # fmt: skip
    places = {m.start: m for m in mentions if register.is_a(m.entity, "Place")}
    for match in _MISSION.finditer(text):
        place = places.get(match.end())
        if place is None:
            continue
        sentence = report.sentence_at(match.start())
        owner: str | None = None
        if match["adjective"]:
            adjective = normalise(match["adjective"])
            owner = next((i for f, i in states if adjective_of(adjective, f)), None)
        else:
            last = match.start() + len(match["owner"] or "")
            before = [m.entity for m in mentions if sentence.start <= m.start < last]
            owner = next((e for e in reversed(before) if register.is_a(e, "State")), None)
        mission = _mission(register, owner, place.entity)
        if mission:
            found.append(Mention(match.start("mission"), place.end, mission,
                                 "a mission of its owner", 0.7))  # fmt: skip
    for match in _MISSION_OF.finditer(text):
        owner = next((m.entity for m in mentions if m.start == match.start("state")), None)
        place = places.get(match.end())
        if owner and place and (mission := _mission(register, owner, place.entity)):
            found.append(Mention(match.start(), place.end, mission, "a mission of its owner", 0.7))
    for match in _MISSION_BEFORE.finditer(text):  # "Kabul" a place here, whatever else
        owner = next((m.entity for m in mentions if m.end == match.start()), None)
        place_of = [e.id for e in register.entities.values() if register.is_a(e.id, "Place")
                    and normalise(e.label) == normalise(match["place"])]  # fmt: skip
        if owner and place_of and (mission := _mission(register, owner, place_of[0])):
            found.append(Mention(match.start("place"), match.end(), mission,
                                 "a mission of its owner", 0.7))  # fmt: skip
    return found


def _mission(register: Register, owner: str | None, place: str) -> str | None:
    """The one register mission whose label names the owner state and the place."""
    if owner is None or not register.is_a(owner, "State"):
        return None
    words = set(normalise(register.entities[owner].label).split())
    words |= set(normalise(register.entities[place].label).split())
    found = [
        e.id
        for e in register.entities.values()
        if register.is_a(e.id, "DiplomaticMission") and words <= set(normalise(e.label).split())
    ]
    return found[0] if len(found) == 1 else None


_HOLDS = ("holdsPosition", "holdsActingPosition", "heldPosition")


def _head(form: str) -> str:
    """A title's head noun: the last word before "of", else the last word
    ("spokesperson of the ministry", "mea spokesperson": "spokesperson")."""
    return form.split(" of ")[0].split()[-1] if form else ""


def held_titles(register: Register, report: Report, mentions: list[Mention]) -> list[Mention]:
    """A title right before a person's name or in its apposition, whose head noun is
    that of a position the register says the person holds, names that position in
    the words it uses ("Jane Roe, the trade ministry spokesperson", "trade ministry
    spokesperson Jane Roe": the register's spokesperson position of Jane Roe).

    The title's words are those of the position's names and of its owner's (its
    ``positionIn``), so that no verb or adjective of the sentence is taken in.
    """
    held: dict[str, list[str]] = {}
    owner: dict[str, str] = {}
    for claim in register.claims:
        if claim.predicate in _HOLDS and claim.object in register.entities:
            held.setdefault(claim.subject, []).append(claim.object)
        elif claim.predicate == "positionIn":
            owner.setdefault(claim.subject, claim.object)
    text = report.text
    found: list[Mention] = []
    for person in mentions:
        if person.entity not in held or not register.is_a(person.entity, "Person"):
            continue
        sentence = report.sentence_at(person.start)
        for position in dict.fromkeys(held[person.entity]):
            names = _names(register, position)
            heads = {_head(n) for n in names}
            vocabulary = {w for n in names + _names(register, owner.get(position, "")) for w in
                          n.split()} - {"of", "the"}  # fmt: skip
            for first, last in _title_spans(text, sentence.start, sentence.end, person):
                words = [(w.start(), w.end(), normalise(w.group())) for w in
                         re.finditer(r"[\w’'.-]+", text[first:last])]  # fmt: skip
                if not words or words[-1][2] not in heads:
                    continue
                start = end = first + words[-1][1]
                for begin, _, form in reversed(words):  # back over the title's own words
                    if form not in vocabulary:  # "Indian media quoted", "the"
                        break
                    start = first + begin
                if any(m.start <= start and end <= m.end and m.entity == position
                       for m in mentions):  # fmt: skip
                    continue
                how = "a title of the person the register says holds it"
                found.append(Mention(start, end, position, how, 0.7))
    return found


def _names(register: Register, entity: str) -> list[str]:
    record = register.entities.get(entity)
    if record is None:
        return []
    return [normalise(n) for n in (record.label, *record.aliases) if normalise(n)]


def _title_spans(text: str, first: int, last: int, person: Mention) -> list[tuple[int, int]]:
    """Up to four words right before the name (and its comma), and the apposition after it (", the
    ... ," up to the next comma or the sentence's end)."""
    spans = []
    before = re.search(r"((?:[\w’'-]+\s+){0,3}[\w’'-]+),?\s+$", text[first : person.start])
    if before:  # "Its spokesman, Jane Roe": the title before the comma too (round 16)
        spans.append((first + before.start(1), first + before.end(1)))
    after = re.match(r",\s+(?:the\s+)?([^,.;:“”\"]{1,60}?)\s*(?=[,.;:]|$)", text[person.end : last])
    if after:
        spans.append((person.end + after.start(1), person.end + after.end(1)))
    return spans


def first_conjuncts(doc: Any, mentions: list[Mention], names: dict[str, str]) -> list[Mention]:
    """A modifier coordinated with the first word of a name shares the name's last
    words: "economic and defence cooperation" names "economic cooperation" too,
    where the register has that name."""
    found: list[Mention] = []
    for mention in mentions:
        start = next((t.i for t in doc if t.idx == mention.start), None)
        if start is None or start < 2 or doc[start - 1].lower_ not in ("and", "or", ","):
            continue
        words = [t.norm_ for t in doc if mention.start <= t.idx < mention.end]
        modifier = doc[start - 2]
        if len(words) < 2 or not _modifier(modifier):
            continue
        entity = names.get(" ".join([modifier.norm_, *words[1:]]))
        if entity and entity != mention.entity:
            how = "a modifier coordinated with the name's first word"
            found.append(Mention(modifier.idx, mention.end, entity, how, 0.7))
    return found


def bare_relations(doc: Any, mentions: list[Mention], names: dict[str, str]) -> list[Mention]:
    """ "Relations", "ties" with no modifier, or with one that makes no register name
    ("expanding relations", "political and economic ties"), are the register's
    bilateral relations: English leaves "bilateral" implicit between two parties."""
    bilateral = {
        names[f"bilateral {noun}"] for noun in RELATION_NOUNS if f"bilateral {noun}" in names
    }
    if len(bilateral) != 1:
        return []
    (topic,) = bilateral
    found: list[Mention] = []
    for token in doc:
        if token.lower_ not in _BARE_RELATIONS:
            continue
        if any(m.start <= token.idx < m.end and m.entity == topic for m in mentions):
            continue
        modifiers = []
        i = token.i - 1
        while i >= 0 and _modifier(doc[i]):
            modifiers.append(doc[i])
            if i >= 2 and doc[i - 1].lower_ in ("and", ",") and _modifier(doc[i - 2]):
                i -= 2
            else:
                break
        known = [f"{m.norm_} {token.norm_}" in names for m in modifiers]
        if modifiers and all(known):
            continue  # "economic ties": the register's own name for it
        first = next((m for m, k in zip(modifiers, known, strict=True) if not k), token)
        how = "relations between two parties: bilateral"
        found.append(Mention(min(first.idx, token.idx), _end(doc, token.i + 1), topic, how,
                             0.6))  # fmt: skip
    return found


_BARE_RELATIONS = ("relations", "ties", "relationship")

_FUNCTION_WORDS = FUNCTION_WORDS | {
    "my", "your", "all", "both", "such", "any", "some", "more", "most", "over", "about",
    "between",
}  # fmt: skip
"""The function words (:data:`kg.suggest.english.FUNCTION_WORDS`) and the quantifiers and
prepositions that are no modifier of a description ("all", "such", "between")."""


def _modifier(token: Any) -> bool:
    """A lower-case word that may modify a noun after it (no function word)."""
    text: str = token.text
    return text.isalpha() and text.islower() and text not in _FUNCTION_WORDS


def _end(doc: Any, end: int) -> int:
    last = doc[end - 1]
    return int(last.idx + len(last.text))


_COMPOUND = re.compile(r"\b(?P<first>[A-Z][a-z]+)-(?P<second>[A-Z][a-z]+)\b")


def compounds(register: Register, report: Report, mentions: list[Mention]) -> list[Mention]:
    """The parts of a hyphenated compound of two states ("the Pak-Afghan border",
    "Indo-Afghan ties", "Afghan-Pakistan talks") that no name covers: each the state
    whose name it begins (three letters or more, or a combining form in "-o") or whose
    adjective it is."""
    states = [
        (normalise(e.label), e.id)
        for e in register.entities.values()
        if register.is_a(e.id, "State") and " " not in normalise(e.label)
    ]
    taken = [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    for match in _COMPOUND.finditer(report.text):
        parts = [(match.start(g), match[g], _state_of(normalise(match[g]), states))
                 for g in ("first", "second")]  # fmt: skip
        if not all(state for _, _, state in parts):
            continue
        for start, word, state in parts:
            end = start + len(word)
            if state and not any(s < end and start < e for s, e in taken):
                how = "a part of a compound of states"
                found.append(Mention(start, end, state, how, 0.6))
    return found


def _state_of(part: str, states: list[tuple[str, str]]) -> str | None:
    for name, state in states:
        if len(part) >= 3 and (
            name.startswith(part)
            or (part.endswith("o") and name.startswith(part[:-1]))
            or adjective_of(part, name)
        ):
            return state
    return None
