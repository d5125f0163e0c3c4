"""Names a register label implies by the way labels are written (``kg suggest``).

An annotator's label says more than the name news writes: the state a name belongs to
("Islamic Emirate of Afghanistan"), a part singled out ("Sports, particularly cricket").
A new report has none of the annotators' aliases yet, so these forms are read from the
label itself:

- :func:`without_state`: a proper name's state after "of" left out ("the Islamic
  Emirate"), unless the rest is the opening of a state's formal name in ISO 3166
  (pycountry: "Islamic Republic" is Iran's, Pakistan's and Mauritania's);
- :func:`parts`: a description "A, particularly B" named by either part ("sports",
  "cricket");
- :func:`joined_initials`: a name joined by "-e-" or "-ul-" said by the initials of its
  parts with the joint ("Lashkar-e-Taiba": "LeT"), matched only as written
  (:func:`mixed_initials`);
- :func:`port_town`: a port by its town's name ("Chabahar" for "Chabahar Port");
- :func:`initials_opening`: a name's capitalised opening words as their initials ("UN
  agencies" for "United Nations agencies");
- :func:`forming_groups`: the group that forms a government ("Taliban government": the
  Taliban), whose possessive stands before the full name of that government's bodies
  ("the Taliban’s Ministry of Defence" for "Ministry of Defence of the Islamic Emirate";
  not its short form, "the Taliban’s defence ministry", which cost a blind mention);
- :func:`state_before`: an office "of <state> for <place>" said with the state's
  possessive or adjective before it ("China’s special envoy for Afghanistan").

Each form counts only where no other entity's names give it
(:func:`kg.suggest.derived.short_forms`).
"""

from __future__ import annotations

import re
from functools import cache

import pycountry

from kg.suggest.english import GOVERNMENT_WORDS
from kg.suggest.register import Register
from kg.suggest.word_forms import demonyms

_OF_STATE = re.compile(r"(?P<rest>.+?) of (?:the )?(?P<state>[A-Z][\w ’'-]*)")
_SINGLED_OUT = re.compile(
    r"(?P<whole>[^,]+), (?:particularly|especially|notably|mainly|chiefly|including) "
    r"(?P<part>[^,]+)"
)
_JOINT = re.compile(r"[A-Z][a-z]+(?:-(?:e|i|ul|ud|ut)-[A-Z][a-z]+)+")
"""A name of parts joined by a Persian or Urdu linking particle ("Lashkar-e-Taiba",
"Harkat-ul-Jihad")."""


@cache
def _formal_openings() -> frozenset[str]:
    """The words before "of" in the states' formal names ("Islamic Republic", "Kingdom")."""
    found = set()
    for country in pycountry.countries:
        match = re.fullmatch(r"(?:the )?(.+?) of .+", getattr(country, "official_name", ""))
        if match:
            found.add(match[1].lower())
    return frozenset(found)


def without_state(name: str, states: set[str]) -> str:
    """``name`` without its state after "of" (``states``: the register's state names, in
    lower case), where the rest is a proper name of two words or more with no "of" of its
    own and opens no state's formal name; else ``""``.

    >>> without_state("Islamic Emirate of Afghanistan", {"afghanistan"})
    'Islamic Emirate'
    >>> without_state("Islamic Republic of Afghanistan", {"afghanistan"})
    ''
    """
    match = _OF_STATE.fullmatch(name.strip())
    if match is None or match["state"].lower() not in states:
        return ""
    words = match["rest"].split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    if match["rest"].lower() in _formal_openings():
        return ""
    return match["rest"]


def parts(name: str) -> list[str]:
    """Both parts of a description "A, particularly B" (``[]`` for any other name).

    >>> parts("Sports, particularly cricket")
    ['Sports', 'cricket']
    """
    match = _SINGLED_OUT.fullmatch(name.strip())
    return [match["whole"], match["part"]] if match else []


def joined_initials(name: str) -> str:
    """The initials of a name's parts joined by a linking particle, the particle kept in
    lower case, the initials of words after it in capitals ("Lashkar-e-Taiba": "LeT",
    "Harkat-ul-Jihad al-Islami": "HuJI"); ``""`` for other names.

    >>> joined_initials("Jaish-e-Mohammed"), joined_initials("Taliban")
    ('JeM', '')
    """
    if not _JOINT.match(name):
        return ""
    letters = []
    for word in name.split():
        for piece in word.split("-"):
            if piece.islower() and len(piece) <= 2 and piece != "al":
                letters.append(piece[0])
            elif piece[:1].isupper():
                letters.append(piece[0])
    return "".join(letters) if len(letters) >= 3 else ""


def forming_groups(register: Register, entity: str) -> set[str]:
    """The one-word names (lower case) of the actors whose name opens one of ``entity``'s
    names before a word for a government ("Taliban government": "taliban")."""
    record = register.entities[entity]
    actors = register.names_of("Actor")
    found = set()
    for name in (record.label, *record.aliases):
        words = name.lower().split()
        if len(words) == 2 and words[1] in GOVERNMENT_WORDS and words[0] in actors:
            found.add(words[0])
    return found


def mixed_initials(form: str) -> bool:
    """Whether ``form`` is initials with a particle in lower case ("LeT", "HuJI"), which
    the text must write as they are: "Let" and "LET" are other words."""
    return bool(re.fullmatch(r"[A-Z][a-z]{1,2}[A-Z][A-Za-z]{0,3}", form))


_OFFICE_OF_STATE = re.compile(
    r"(?P<office>.+?) of (?:the )?(?P<state>[A-Z][\w’'-]*) (?P<rest>(?:for|to|on|in) .+)"
)


def state_before(name: str, states: set[str]) -> list[str]:
    """An office "X of <state> for Y" said with the state before it, in lower case as the
    matcher sees it: "china s special envoy for afghanistan", "chinese special envoy for
    afghanistan" for "Special Envoy of China for Afghanistan" (not the bare "special envoy
    for afghanistan", which every state has)."""
    match = _OFFICE_OF_STATE.fullmatch(name.strip())
    if match is None or match["state"].lower() not in states:
        return []
    state, tail = match["state"].lower(), f"{match['office']} {match['rest']}".lower()
    return [f"{state} s {tail}", *(f"{adjective} {tail}" for adjective in demonyms(state))]


_CAPITALISED_OPENING = re.compile(r"(?P<opening>(?:[A-Z][a-z]+ ){2,4})(?P<rest>[a-z][a-z ]*)")


def initials_opening(name: str) -> str:
    """A name whose capitalised opening words news writes as their initials ("United
    Nations agencies": "UN agencies"); ``""`` for other names.

    >>> initials_opening("United Nations agencies"), initials_opening("Afghan refugees")
    ('UN agencies', '')
    """
    match = _CAPITALISED_OPENING.fullmatch(name.strip())
    if match is None:
        return ""
    return "".join(w[0] for w in match["opening"].split()) + " " + match["rest"]


_PORT = re.compile(r"(?:Port of (?P<after>[A-Z][\w-]*)|(?P<before>[A-Z][\w-]*) [Pp]ort)")


def port_town(name: str) -> str:
    """A port's name as its town's ("Chabahar" for "Chabahar Port", "Karachi" for "Port of
    Karachi"), which news writes for the port; ``""`` for other names."""
    match = _PORT.fullmatch(name.strip())
    return (match["after"] or match["before"]) if match else ""
