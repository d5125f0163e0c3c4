"""A name the register implies by leaving its owner out, said of another owner.

"embassy in Kabul" of "Embassy of India, Kabul", "foreign ministry" of India's "Indian
foreign ministry": after "its", "their" in a sentence that names states, none of them its
owner ("Uzbekistan has kept its embassy in Kabul") or that opens with a name the register
does not know ("Dushanbe has kept ..."), or after another state's adjective or possessive
("the Afghan embassy in Tehran", "the Afghan foreign ministry"), or after the possessive of
a register actor that is no owner ("the Taliban’s foreign ministry"), the form is another's
(:func:`owned_otherwise`). The owners are the states the entity's label names and those it
is ``memberOf``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.suggest.gazetteer import state_named
from kg.suggest.word_forms import demonyms
from kg.vocabulary import normalise

if TYPE_CHECKING:
    from kg.suggest.mentions import Mention
    from kg.suggest.register import Register
    from kg.suggest.text import Report

_OWNER_WORD = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)
_OWNER_BEFORE = re.compile(r"(?:\b(?P<adjective>[A-Z][a-z]+)|(?P<state>[A-Z][\w.]+)[’']s)\s+$")
_STATE_WORD = re.compile(r"\b[A-Z][\w.]*(?:\s[A-Z][\w.]*)?")


def owners(register: Register, entity: str) -> set[str]:
    """The normalised names of the states the entity's label names (and their adjectives)."""
    label = set(normalise(register.entities[entity].label).split())
    found: set[str] = set()
    for record in register.entities.values():
        if register.is_a(record.id, "State"):
            name = normalise(record.label)
            if set(name.split()) <= label or label & demonyms(name):
                found |= {name, *demonyms(name)}
    return found


def _other_actor(register: Register, words: str, own: set[str]) -> bool:
    """Whether ``words`` name a register actor that is no owner here, nor of an owner's
    name ("Taliban" for the owner "Islamic Emirate ... (Taliban government)")."""
    form = normalise(words)
    actors = [
        r for r in register.entities.values()
        if register.is_a(r.id, "Actor")
        and form in {normalise(n) for n in (r.label, *r.aliases) if n}
    ]  # fmt: skip
    named_in_own = any(
        form in normalise(n).split()
        for o in own
        if o in register.entities
        for n in (register.entities[o].label, *register.entities[o].aliases)
        if n
    )
    return bool(actors) and not any(a.id in own for a in actors) and not named_in_own


def _state(register: Register, words: str) -> str | None:
    """The normalised name of the state ``words`` name (register or ISO 3166-1), or None."""
    form = normalise(words)
    for record in register.entities.values():
        if register.is_a(record.id, "State") and form in (
            normalise(record.label),
            *(normalise(a) for a in record.aliases),
        ):
            return normalise(record.label)
    named = state_named(words)
    return normalise(named) if named else None


_SUBJECT = re.compile(r"\s*([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)*)\s+(?:[a-z]+\s+)?[a-z]+")


def _stranger(register: Register, text: str, before: str) -> bool:
    """Whether the sentence opens with a name the register does not know (a word the
    report never writes in lower case: "Dushanbe has kept its embassy in Kabul"): the
    owner "its" refers to is no state of the register's."""
    from spacy.lang.en.stop_words import STOP_WORDS

    subject = _SUBJECT.match(before)
    if subject is None:
        return False
    words = subject.group(1).split()
    if any(
        w.lower() in STOP_WORDS or re.search(rf"\b{re.escape(w.lower())}\b", text) for w in words
    ):
        return False  # "Officials said ...": a common word opening the sentence
    form = normalise(subject.group(1))
    return not any(
        form in (normalise(e.label), *(normalise(a) for a in e.aliases))
        for e in register.entities.values()
    )


def owned_otherwise(
    register: Register, report: Report, mention: Mention, mentions: list[Mention]
) -> bool:
    """An owner-less form of a register name whose owner the words before it make another
    state: "its embassy in Kabul" where the sentence names states, not its owner; "the
    Afghan embassy in Tehran" for the register's Afghan embassy elsewhere is in
    :func:`kg.suggest.mentions_by_description.missions`' charge, this only for owner-less forms."""
    if mention.how != "a form its names imply":
        return False
    own = owners(register, mention.entity) | {  # and what it is part of: India's MEA
        c.object
        for c in register.claims
        if c.subject == mention.entity and c.predicate == "memberOf"
    }
    if not own:
        return False
    words = normalise(report.text[mention.start : mention.end]).split()
    if set(words) & own:
        return False  # the form names its owner
    text = report.text
    sentence = report.sentence_at(mention.start)
    before = text[sentence.start : mention.start]
    if _OWNER_WORD.search(before):
        named = {
            state
            for word in _STATE_WORD.finditer(before)
            if (state := _state(register, word.group()))
        }
        if named:
            return not named & own
        return _stranger(register, text, before)
    owner = _OWNER_BEFORE.search(before)
    if owner is None:
        return False
    if owner["state"]:
        state = _state(register, owner["state"])
        if state is None:  # "the Taliban’s foreign ministry": no state's, nor India's
            return _other_actor(register, owner["state"], own)
        return state not in own
    adjective = normalise(owner["adjective"])
    is_adjective = any(
        adjective in demonyms(normalise(r.label))
        for r in register.entities.values()
        if register.is_a(r.id, "State")
    )
    return is_adjective and adjective not in own
