"""The other names the register's own names imply, and the matcher patterns they give.

A label without its bracketed qualifier or its place, the forms English implies
(:mod:`kg.suggest.english`) where no other entity has them, an owner's
possessive before an organisation ("Afghanistan’s Ministry of Foreign Affairs"),
a state's capital, another word for a government ("Taliban administration"), a
place's name without "New" ("Delhi"),
and the spaCy ``Matcher`` patterns of a description with one word inserted or of
a body of people named by its members. :class:`kg.suggest.mentions.MentionFinder`
indexes them.
"""

from __future__ import annotations

import re
from typing import Any

from kg.suggest.capitals import capital_names
from kg.suggest.english import GOVERNMENT_WORDS
from kg.suggest.label_forms import (
    forming_groups,
    initials_opening,
    joined_initials,
    parts,
    port_town,
    state_before,
    without_state,
)
from kg.suggest.name_forms import head_phrases, implied
from kg.suggest.register import Register
from kg.suggest.text import make_doc
from kg.suggest.word_forms import demonyms
from kg.vocabulary import normalise

LOOSE = ("Topic", "Commodity", "Group")
"""Classes whose names are descriptions, matched with one word more inside them."""


def gapped_patterns(name: str) -> list[list[dict[str, Any]]]:
    """Matcher patterns for ``name`` with one word inserted between two of its words:
    "rehabilitation of refugees" finds "rehabilitation of Afghan refugees"."""
    norms = [t.norm_ for t in make_doc(name) if not t.is_space]
    if len(norms) < 2:
        return []
    patterns = []
    for gap in range(1, len(norms)):
        tokens: list[dict[str, Any]] = [{"NORM": n} for n in norms[:gap]]
        tokens.append({"IS_ALPHA": True})
        tokens += [{"NORM": n} for n in norms[gap:]]
        patterns.append(tokens)
    return patterns


def of_forms(forms: list[str]) -> list[str]:
    """The implied forms "x of y" of a description, which also take one word inserted as its
    names do ("rights of Afghan women" for "women’s rights"; round 21)."""
    return [f for f in forms if re.fullmatch(r"\w+ of (?:the )?\w+", f)]


def subgroup(doc: Any, start: int, end: int) -> bool:
    """Whether a group's name matched with one word inserted has a lower-case word right
    before its last ("Pakistani customs officials" of "Pakistani officials"): a kind of
    the group, a group of its own (round sixteen)."""
    return end - start >= 3 and doc[end - 2].text.islower() and doc[end - 3].text[:1].isupper()


_COLLECTIVE_HEADS = ("team", "group", "delegation", "panel", "committee", "contingent")
"""Nouns for a body of people, which English also names by its members: "a team of
technical experts" is a "technical team"."""


def of_members(name: str) -> list[list[dict[str, Any]]]:
    """Matcher patterns for an "ADJ HEAD" name (HEAD a body of people, last word) said as
    "HEAD of ADJ <members>": "technical team" finds "team of technical experts"."""
    norms = [t.norm_ for t in make_doc(name) if not t.is_space]
    if len(norms) < 2 or norms[-1] not in _COLLECTIVE_HEADS:
        return []
    head, modifier = norms[-1], norms[-2]
    return [[{"NORM": head}, {"LOWER": "of"}, {"NORM": modifier}, {"IS_ALPHA": True}]]


def synonyms(names: list[str]) -> list[str]:
    """The same names with another word for a government ("Taliban government",
    "Taliban administration", "Taliban regime", "Taliban authorities") or for the
    states of a group ("Western countries": "Western donors", "Western powers")."""
    found: list[str] = []
    for name in names:
        words = name.split()
        if len(words) >= 2 and words[-1].lower() in GOVERNMENT_WORDS:
            found += [" ".join([*words[:-1], other]) for other in GOVERNMENT_WORDS]
            if len(words) == 2:  # "Taliban-run administration", "Taliban-led regime"
                found += [
                    f"{words[0]}-{verb} {other}" for verb in _RUN for other in GOVERNMENT_WORDS
                ]
        if len(words) >= 2 and words[-1].lower() == "countries" and words[0][:1].isupper():
            found += [" ".join([*words[:-1], other]) for other in _COUNTRIES]  # "Gulf states"
    return [f for f in found if f not in names]


_COUNTRIES = ("nations", "states", "governments", "powers", "donors")
"""Other words for a group of states named by an adjective ("Western donors", "Gulf
states" for "Western countries", "Gulf countries")."""

_RUN = ("led", "run", "controlled", "dominated", "backed")


def clipped(names: list[str]) -> list[str]:
    """A place's name without the adjective that tells it from an older one ("New Delhi":
    "Delhi"), as news writes it; for every entity that has the name (the city, and the
    state it also names, the context choosing: :mod:`kg.suggest.metonyms`)."""
    found = [m.group(1) for n in names if (m := re.fullmatch(r"(?:New|Old)\s+([A-Z]\w+)", n))]
    return [f for f in found if f not in names]


"""Participles that join a group to the government it forms ("Taliban-led government")."""


QUALIFIER = re.compile(r"\s*\([^)]*\)\s*$")


def placed(prepositions: str) -> re.Pattern[str]:
    """A description's place at its end, after one of ``prepositions`` (a regex
    alternative): "returnees to Afghanistan", "earthquake victims in Herat"."""
    return re.compile(rf"\s+(?:{prepositions})\s+[A-Z][\w’' -]*$")


_PLACED = placed("to|in")


def _owners_possessive(forms: set[str], actors: set[str]) -> set[str]:
    """A body's name that opens with its owner's one-word name, in the owner's possessive
    ("Taliban political office": "Taliban’s political office"; round sixteen)."""
    found = set()
    for form in forms:
        words = normalise(form).split()
        if len(words) >= 3 and words[0] in actors and words[1] != "s":
            found.add(" ".join([words[0], "s", *words[1:]]))
    return found


def short_forms(register: Register) -> dict[str, list[str]]:
    """Other names the register's own names imply, where no other entity has them: a
    label without its bracketed qualifier or its place ("Indian delegation to Kabul
    (November 2024)": "Indian delegation"), the forms of :func:`implied`, and a mission's
    name in its owner's possessive (:func:`_owners_possessive`; said of every body, it
    moved seed report rows to the wrong actor)."""
    found: dict[str, dict[str, set[str]]] = {}  # normalised -> form -> entities
    states = [
        normalise(e.label)
        for e in register.entities.values()
        if register.is_a(e.id, "State") and " " not in normalise(e.label)
    ]
    actors = {
        normalise(n)
        for e in register.entities.values()
        if register.is_a(e.id, "Actor")
        and not any(register.is_a(e.id, c) for c in ("Person", "State"))  # states: implied
        for n in (e.label, *e.aliases)
        if len(n.split()) == 1 and n[:1].isupper()
    }
    state_set = set(states)
    for entity in register.entities.values():
        if register.is_event(entity.id):
            continue
        describes = any(register.is_a(entity.id, c) for c in LOOSE)
        person = register.is_a(entity.id, "Person")
        for name in (entity.label, *entity.aliases):
            bare = QUALIFIER.sub("", name)
            office = register.is_a(entity.id, "Position")  # "Deputy Prime Minister of X":
            stateless = "" if office else without_state(bare, state_set)  # every state's
            shorter = [f for f in (bare, _PLACED.sub("", bare), stateless) if len(f.split()) >= 2]
            forms = {_lowered(f) for f in shorter if f != name}
            if office:  # "China’s special envoy for Afghanistan"
                forms |= set(state_before(bare, state_set))
            if describes:  # "Sports, particularly cricket": "sports", "cricket"
                forms |= {_lowered(f) for f in parts(bare)}
            if initials := joined_initials(bare):  # "LeT", matched only as written
                found.setdefault(normalise(initials), {}).setdefault(initials, set()).add(entity.id)
            for one in {_lowered(name), *forms}:
                forms.update(implied(one, describes, states, person=person))
            forms |= {f for f in shorter if f != name}  # as written, dots and all: "U.S.-led"
            forms |= {o for f in shorter if (o := initials_opening(f))}  # "UN agencies"
            if register.is_a(entity.id, "Port") and (town := port_town(bare)):
                forms.add(town)  # "Chabahar", where no city of the register has the name
            if register.is_a(entity.id, "DiplomaticMission"):
                forms |= _owners_possessive(forms | {name}, actors)
            for form in forms:
                found.setdefault(normalise(form), {}).setdefault(form, set()).add(entity.id)
    for owned, forms in _owned(register, states).items():
        for form in forms:
            found.setdefault(normalise(form), {}).setdefault(form, set()).add(owned)
    for city, forms in _capitals(register, states).items():
        for form in forms:
            found.setdefault(normalise(form), {}).setdefault(form, set()).add(city)
    for owned, forms in _possessed(register).items():
        for form in forms:
            found.setdefault(normalise(form), {}).setdefault(form, set()).add(owned)
    taken = {normalise(n) for e in register.entities.values() for n in (e.label, *e.aliases)}
    result: dict[str, list[str]] = {}
    for key, spellings in found.items():
        owners = set().union(*spellings.values())
        if len(owners) == 1 and key not in taken:
            result.setdefault(owners.pop(), []).extend(sorted(spellings))
    return result


def _owned(register: Register, states: list[str]) -> dict[str, set[str]]:
    """ "Afghanistan’s Ministry of Foreign Affairs", "the Afghan Ministry of Foreign
    Affairs" for a register "Ministry of Foreign Affairs of the Islamic Emirate": a name
    "X of [the] Y" whose Y names an actor is also "Y’s X", and, where that actor is a
    state or governs one (``governs``), the state’s possessive or adjective before X. Not
    for titles and places, whose owner is a name of its own ("India’s Foreign Secretary":
    a title in India)."""
    state_set = set(states)
    names = {
        normalise(n): e.id
        for e in register.entities.values()
        if register.is_a(e.id, "Actor")
        for n in (e.label, *e.aliases, without_state(e.label, state_set))
        if n
    }
    governs = {(c.subject, c.object) for c in register.claims if c.predicate == "governs"}
    found: dict[str, set[str]] = {}
    for entity in register.entities.values():
        if register.is_event(entity.id) or any(
            register.is_a(entity.id, c) for c in ("Position", "Place")
        ):
            continue  # "India’s Foreign Secretary": the title and its owner, two names
        for name in (entity.label, *entity.aliases):
            match = re.fullmatch(r"(.+) of (?:the )?([^,()]+)", QUALIFIER.sub("", name).strip())
            if match is None or len(match.group(1).split()) < 2:
                continue  # the last "of": "Ministry of Foreign Affairs | of the Islamic Emirate"
            head, owner = _lowered(match.group(1)), names.get(normalise(match.group(2)))
            if owner is None or owner == entity.id:
                continue
            heads = {head, *_ministry_short(head)}  # "foreign ministry" (round eighteen)
            forms = {f"{_lowered(match.group(2))} s {h}" for h in heads}
            for group in forming_groups(register, owner):  # "the Taliban’s Ministry of
                forms.add(f"{group} s {head}")  # Defence" (not "... defence ministry": blind)
            owned = [owner] if register.is_a(owner, "State") else []
            owned += [state for government, state in governs if government == owner]
            for state in owned:
                label = normalise(register.entities[state].label)
                if label in states:
                    forms |= {f"{label} s {h}" for h in heads}
                    forms |= {f"{a} {h}" for a in demonyms(label) for h in heads}
            found.setdefault(entity.id, set()).update(forms)
    return found


def _ministry_short(head: str) -> set[str]:
    """A ministry's name as news shortens it before its owner ("ministry of foreign
    affairs": "foreign ministry"; "ministry of defence": "defence ministry")."""
    match = re.fullmatch(r"ministry of (?:the )?(\w+(?: affairs)?)", head)
    if match is None:  # "refugees ministry" of "ministry of refugees and repatriation"
        both = re.fullmatch(r"ministry of (?:the )?(\w+) and (\w+)", head)
        return {f"{both[1]} ministry", f"{both[1]} and {both[2]} ministry"} if both else set()
    if match[1] == "foreign affairs":  # "the Foreign Office" (round 21)
        return {"foreign ministry", "foreign office"}
    return {f"{match[1]} ministry"}


def _possessed(register: Register) -> dict[str, set[str]]:
    """ "the Taliban’s government", "the Taliban’s leader" for a register "Taliban
    government", "Taliban leader": a name whose first words name another actor, as a
    noun before its head, is said with that actor's possessive too."""
    actors = register.names_of("Actor")  # no event is an actor
    found: dict[str, set[str]] = {}
    for entity in register.entities.values():
        if register.is_event(entity.id) or register.is_a(entity.id, "Person"):
            continue
        names = {normalise(QUALIFIER.sub("", n)) for n in (entity.label, *entity.aliases)}
        for name in names | {f for n in names for f in head_phrases(n)}:  # "supreme leader"
            words = name.split()
            for k in range(1, len(words)):
                if " ".join(words[:k]) in actors and words[k] != "s":
                    found.setdefault(entity.id, set()).add(" ".join([*words[:k], "s", *words[k:]]))
    return found


def _capitals(register: Register, states: list[str]) -> dict[str, set[str]]:
    """ "the Indian capital", "India’s capital" for the city whose name the register
    gives a state, or the government of a state (its ``governs``), as another name (the
    capital that stands for it: "New Delhi" for India, "Kabul" for the Taliban
    government), or that GeoNames gives as its capital (:func:`capital_names`)."""
    cities = {
        normalise(e.label): e.id for e in register.entities.values() if register.is_a(e.id, "City")
    }
    governs = {(c.subject, c.object) for c in register.claims if c.predicate == "governs"}
    capital = capital_names(register)  # GeoNames' capital where no alias gives it (round 21)
    found: dict[str, set[str]] = {}
    for entity in register.entities.values():
        owners = [entity.id] if register.is_a(entity.id, "State") else []
        owners += [state for government, state in governs if government == entity.id]
        for alias in [*entity.aliases, *([capital[entity.id]] if entity.id in capital else [])]:
            city = cities.get(normalise(alias))
            for owner in owners:
                name = normalise(register.entities[owner].label)
                if city is None or name not in states:
                    continue
                forms = {f"{adjective} capital" for adjective in demonyms(name)}
                found.setdefault(city, set()).update({*forms, f"{name} s capital"})
    return found


def _lowered(name: str) -> str:
    """A name in lower case with its words as the matcher sees them: the possessive a
    word of its own, hyphens kept ("India’s anti-terror unit": "india s anti-terror
    unit"), otherwise :func:`kg.vocabulary.normalise`."""
    name = re.sub(r"[’']s\b", " s", name)
    return "-".join(normalise(part) for part in name.split("-"))
