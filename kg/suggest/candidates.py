"""The capitalised runs worth classing as new entities, and where their names begin.

A run no mention covers is cut at line breaks (:func:`within_lines`), moved back
over a register name it ends ("Kabul University": :func:`fragment`), and dropped
where it is a month, a weekday or a register name's stem, an adjective rather
than a name (:func:`not_a_name`). :mod:`kg.suggest.entities` classes what remains,
with the word tables here (:data:`PLACE_WORDS`, :data:`COMMON_HEADS` ...) and
:data:`kg.suggest.english.ORG_WORDS`, :func:`organisation` and :func:`listed_with_states`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.suggest.english import (
    CALENDAR,
    ORG_WORDS,
    REPORTING_VERBS,
    SIDE_WORDS,
    alternation,
)
from kg.suggest.gazetteer import state_named, state_of_adjective
from kg.suggest.mentions import MentionFinder
from kg.suggest.runs import IZAFE_JOINS, soft_break
from kg.suggest.word_forms import demonyms
from kg.vocabulary import normalise

GROUPS_BEFORE = re.compile(
    r"\b(?:groups?|organi[sz]ations?|outfits?)\s+(?:like|such as|including)\s+"
    r"(?:[^.;]{0,40}?(?:,|\band\b)\s*)?$"
)
COMMON_HEADS = {
    "network": "ArmedGroup", "militia": "ArmedGroup", "faction": "ArmedGroup",
    "outfit": "ArmedGroup", "group": "Organization", "movement": "Organization",
    "district": "Region", "valley": "Region", "region": "Region", "city": "City",
    "crossing": "Place", "airport": "Building", "university": "Organization",
    "corridor": "Region", "palace": "Building", "pass": "Region", "terminal": "Port",
    "seminary": "Organization", "madrasa": "Organization", "madrassa": "Organization",
    "mosque": "Building", "shrine": "Building", "camp": "Place", "river": "Place",
    "dam": "Building", "barrage": "Building", "bridge": "Building", "lake": "Place",
    "wetlands": "Region", "marshes": "Region", "agency": "Organization",
    "newspaper": "Organization", "broadcaster": "Organization", "airline": "Organization",
}  # fmt: skip
"""A lower-case head after a name that gives its class ("the Haqqani network", "Nangarhar
district", "Kandahar city", "the Torkham crossing")."""
ARMED = re.compile(r"terror|militant|armed|insurgent|jihad|attack", re.IGNORECASE)
COMMON_HEAD = (
    r"\s(?:(?:border|presidential|royal|military|air|international|trade|transit|sea|news|state)\s)?("
    + "|".join(COMMON_HEADS)
    + r")\b"
)
LISTED_PLACE_CLASSES = {
    "ports": "Port", "provinces": "Province", "districts": "Region", "cities": "City",
}  # fmt: skip
LISTED_PLACES = re.compile(
    r"(?:,\s+[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)*,?\s+and\s+[A-Z][\w-]+(?:\s[A-Z][\w-]+)?\s+("
    + "|".join(LISTED_PLACE_CLASSES)
    + r")\b"
)
"""The places listed before a plural head ("Khyber Pakhtunkhwa and Balochistan provinces",
"the Chabahar and Gwadar ports")."""
JOINED = re.compile(
    r"(?:,\s[A-Z][\w-]+)*,?\sand\s(?P<last>(?:[A-Z][\w-]+\s)*[A-Z][\w-]+)\b(?![’'])"
)
"""The items after a name's first part, up to "and" ("Ministry of Ports[, Shipping and
Waterways]", "Ports[ and Maritime Organization]")."""
IZAFE = re.compile(r"[A-Z]\w+-(?:" + "|".join(IZAFE_JOINS) + r")-[A-Z]\w+")
"""A name joined by the Persian and Urdu izafe ("Hizb-e-Islami", "Tehrik-i-Taliban"):
news of the region writes movements and parties so (cities after "in" are guessed
first: "in Mazar-i-Sharif")."""
PLACE_NOUNS = {
    "port": "Port", "city": "City", "town": "City", "capital": "City", "province": "Province",
    "district": "Region", "region": "Region", "valley": "Region", "village": "Place",
    "residents": "City", "outskirts": "City",
}  # fmt: skip
PLACE_OF = re.compile(r"\b(" + "|".join(PLACE_NOUNS) + r")\s+of\s+$", re.IGNORECASE)
"""A place named after its kind and "of" ("the port of Bandar Abbas", "the city of Herat"),
or after its people or its edge ("residents of Spin Boldak", "the outskirts of Herat")."""
OWNER_OF = re.compile(
    r"[’']s?\s+(?:(?i:acting|interim|deputy|former|first|new|top|senior)\s+)*(?:[Ff]oreign\s+"
    r"(?:[Mm]inist(?:er|ry)|[Oo]ffice|[Ss]ecretary)|[Pp]resident|[Pp]rime\s+[Mm]inister|"
    r"[Gg]overnment|[Ee]mbassy|[Aa]mbassador|[Ee]nvoy|[Cc]apital|[Pp]arliament|[Mm]ilitary|"
    r"[Aa]rmy|[Dd]efen[cs]e\s+[Mm]inist(?:er|ry)|[Ii]nterior\s+[Mm]inist(?:er|ry)|"
    r"[Nn]ational\s+[Ss]ecurity\s+[Aa]dviser)\b"
)
"""The offices and bodies a state has, after a name in the possessive ("Uzbekistan’s
President", "Kazakhstan’s Foreign Ministry"): the name is a state's."""
STATE_WORDS = {"states", "kingdom", "republic", "emirates", "federation"}
PLACE_WORDS = {
    "corridor": "Region", "valley": "Region", "pass": "Region", "region": "Region",
    "line": "Region", "river": "Place", "darya": "Place", "lake": "Place", "dam": "Building",
    "bridge": "Building", "barrage": "Building", "wetlands": "Region", "mountains": "Region",
    "district": "Region",
    "airport": "Building", "palace": "Building", "headquarters": "Building",
    "hotel": "Building", "compound": "Building", "hospital": "Building", "clinic": "Building",
    "prison": "Building", "jail": "Building", "market": "Place", "bazaar": "Place",
    "square": "Place", "street": "Place",
    "base": "Building", "stadium": "Building", "mosque": "Building", "house": "Building",
    "asia": "Region", "east": "Region", "ocean": "Region", "gulf": "Region", "sea": "Region",
    "peninsula": "Region", "subcontinent": "Region",
}  # fmt: skip
"""A place's last word, and its class ("Wakhan Corridor", "Bagram Air Base", "Central
Asia", "Persian Gulf")."""
INFRASTRUCTURE = {"railway", "railroad", "highway", "pipeline", "road", "canal",
                   "project", "process", "format", "accord", "accords", "declaration",
                   "plan", "policy", "strategy", "doctrine", "deal", "agreement",
                   "treaty", "pact", "conference", "summit", "consultations", "talks",
                   "dialogue", "forum", "meeting"}  # fmt: skip
"""Last words of works, plans, processes and gatherings the ontology has no class of names
for, or that are events the triggers find ("the Trans-Afghan Railway", "the Doha
Process", "the Tashkent Conference"): no new entity (and no person)."""
_ROUTES = {"economic", "transport", "trade", "transit", "energy", "rail", "road"}
"""Words before "Corridor" that make it a project, not a region ("China-Pakistan Economic
Corridor"; "Wakhan Corridor" stays a Region)."""


def project(label: str) -> bool:
    """Whether a name is of a work, plan, process or gathering (:data:`INFRASTRUCTURE`) or
    of a trade or transport corridor."""
    words = label.lower().split()
    return bool(words) and (
        words[-1] in INFRASTRUCTURE
        or (words[-1] == "corridor" and len(words) > 1 and words[-2] in _ROUTES)
    )


HEADS = {"government": "Government", "administration": "Government", "regime": "Government"}
"""Last words of a government's name ("the Afghan Interim Government")."""
SPOKEN_TO = re.compile(
    rf"\b(?:according|speaking|spoke|talking|talked|wrote|writing|{REPORTING_VERBS})\s+to\s+$",
    re.IGNORECASE,
)
"""A source of the report after "to" ("according to Tolo News", "speaking to Reuters"):
no city."""
DATELINE = re.compile(r"(?<![^\n])[A-Z][A-Z .-]+(?=,|\s*\(|\s*[—–-]|:)")
"""An all-capital place name that opens a line, before a comma, a bracket, a dash or a
colon: the dateline ("TASHKENT, Uzbekistan (Reuters) —")."""


@dataclass(frozen=True)
class NewEntity:
    id: str
    cls: str
    label: str
    start: int
    end: int
    confidence: float
    reason: str
    duplicate_of: str = ""
    aliases: tuple[str, ...] = ()


def slug(text: str) -> str:
    """A register id for a label: ``Yue Xiaoyong`` -> ``yue-xiaoyong``."""
    return "-".join(normalise(text).split()) or "entity"


def within_lines(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The runs cut at line breaks: a name does not run from a headline into the
    dateline; but a break that only wraps a sentence (:func:`soft_break`) is inside
    the name ("Bakhrom\nAloyev")."""
    pieces: list[tuple[int, int]] = []
    for start, end in runs:
        cuts = [i for i in range(start, end) if text[i] == "\n" and not soft_break(text, i)]
        for first, last in zip([start, *(c + 1 for c in cuts)], [*cuts, end], strict=True):
            piece = text[first:last].strip()
            if piece:
                first += text[first:last].index(piece)
                pieces.append((first, first + len(piece)))
    return pieces


def fragment(text: str, start: int, finder: MentionFinder) -> tuple[int, bool]:
    """A run right after a register name ("Hamid Karzai International Airport", "Kabul
    University") is the end of a longer name: its start moved back over that name (of
    up to three words), and True; not after a title ("Deputy Prime Minister X")."""
    offset = max(0, start - 60)
    words = list(re.finditer(r"[A-Z][\w’'.-]*", text[offset:start]))
    for count in (3, 2, 1):
        if len(words) < count:
            continue
        first = words[-count]
        name = text[offset + first.start() : start]
        if not re.fullmatch(r"(?:[A-Z][\w’'.-]*\s)+", name) or "\n" in name:
            continue
        if re.search(r"[a-z]{2}\.\s", name):  # "enter Afghanistan. Ministry ...": a sentence
            continue  # ended (not an initial: "U.S.")
        if re.search(r"[’']s?\s$", name):  # "India’s Ministry": an owner, not a longer name
            continue
        known = finder.names.get(normalise(name))
        if known and not finder.register.is_a(known, "Position"):  # a title names a person
            return offset + first.start(), True
    return start, False


_ADJECTIVE_ENDS = {"n", "an", "ian", "i", "ese", "s", "ns", "ans", "ians", "is"}
"""What English adds to a name for its adjective or plural ("India": "Indian", "Indians");
not any longer word that begins with a short name ("Darvoz" is no form of "Dar")."""


WORLD_REGIONS = {
    "europe", "asia", "africa", "eurasia", "north america", "south america", "latin america",
    "oceania", "antarctica",
}  # fmt: skip
"""Continents: the scale of a feature's setting ("goods bound for Europe"), no party to a
report's events (a region of one, "Central Asia", stays a Region)."""


def not_a_name(label: str, finder: MentionFinder) -> bool:
    """A month or weekday, a continent (:data:`WORLD_REGIONS`), or one
    word that is a register name's stem or adjective ("Afghan" of "Afghanistan",
    "Indian" of "India", "Chinese" of "China"): an adjective, not a new entity."""
    form = normalise(label)
    if form in CALENDAR or form in WORLD_REGIONS:
        return True
    if " " in form:
        return False
    if state_of_adjective(form) and not state_named(form):
        return True  # "Uzbek", "Tajik": an adjective of a state the register may not know
    return any(
        known != form
        and (
            known.startswith(form[:-1])
            or (form.startswith(known) and form[len(known) :] in _ADJECTIVE_ENDS)
            or form in demonyms(known)
        )
        and len(form) > 3
        for known, _ in finder.forms
        if " " not in known
    )


def org_end(last: str) -> bool:
    """A name's last part ending in an organisation's word after one of its own ("Maritime
    Organization"; not "Ministry" alone: "Minister X and Ministry spokesman Y")."""
    return len(last.split()) > 1 and last.split()[-1].lower() in ORG_WORDS


_ARMED_WORDS = {"army", "forces", "troops", "guards"}


def organisation(label: str, word: str) -> str:
    """The class of an organisation's name: a ministry, a body of the United Nations
    ("UN Security Council", "United Nations Development Programme", "UNHCR"), a state's mission
    ("Indian Technical Mission"), armed forces ("Border Troops", "Pakistan Army"), else
    Organization."""
    if word == "ministry":
        return "Ministry"
    if re.match(r"(?:UN|United Nations)\b", label) or re.fullmatch(r"UN[A-Z]{2,5}", label):
        return "InternationalOrganization"
    if word in ("brigade", "battalion", "legion") or (
        word in _ARMED_WORDS and re.search(r"\bLiberation\b", label)
    ):
        return "ArmedGroup"  # "X Liberation Army": no state's forces (round eighteen)
    if word in _ARMED_WORDS:  # "Border Troops", "Frontier Corps"
        return "ArmedForces"
    return "DiplomaticMission" if word == "mission" else "Organization"


def listed_with_states(text: str, start: int, end: int, finder: MentionFinder) -> bool:
    """One word in a comma list beside states of the register ("China, Russia, and Qatar"),
    an item of the list itself (after or before a comma, "and" or "or")."""
    if " " in text[start:end].strip():
        return False
    if not (
        re.search(r"(?:,|\band|\bor)\s*$", text[max(0, start - 5) : start])
        or re.match(r"\s*(?:,|and\b|or\b)", text[end : end + 5])
    ):
        return False  # "(Reuters)": not an item of the list
    window = text[max(0, start - 40) : end + 40]
    if not re.search(r",", window):
        return False
    states = {normalise(f) for f, e in finder.forms if finder.register.is_a(e, "State")}
    words = re.findall(r"[A-Z][\w’']+", window)
    return sum(1 for w in words if normalise(w) in states) >= 2


def clause(text: str, start: int, end: int) -> str:
    """Up to 40 characters either side of a name, within its sentence."""
    before = re.split(r"[.!?]\s", text[max(0, start - 40) : start])[-1]
    return before + re.split(r"[.!?]\s", text[start : end + 40])[0]


def adjectives(text: str, state: NewEntity) -> list[NewEntity]:
    """A new state's adjective before a word for its officials ("Uzbekistan": "Uzbek
    officials", "the Uzbek side"): occurrences of the state, for the events' actors."""
    form = normalise(state.label)
    if state.cls != "State" or " " in form:
        return []
    stems = demonyms(form) | ({form[:-4]} if form.endswith("stan") else set())
    found = []
    for match in _OFFICIALS_OF.finditer(text):
        if normalise(match["adjective"]) in stems:
            found.append(replace(state, start=match.start(), end=match.end()))
    return found


_OFFICIALS_OF = re.compile(rf"\b(?P<adjective>[A-Z][a-z]+)\s+(?:{alternation(SIDE_WORDS)})\b")


def common_words(text: str, start: int, end: int) -> bool:
    """Whether a capitalised run is a title-case line's words rather than a name: a word
    of it is an English stop word ("For First Time", "By Staff Reporter"), or its line
    is in title case (four words or more, most of them capitalised: a headline), unless it
    ends as a sentence does with a lower-case word of its own ("met", not "of")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    if any(w.lower() in STOP_WORDS for w in text[start:end].split()):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end) if text.find("\n", end) >= 0 else len(text)
    words = [w for w in text[line_start:line_end].split() if w[:1].isalpha()]
    if re.search(r"[.!?][”\"]?\s*$", text[line_start:line_end]) and any(
        w.islower() and w.lower() not in STOP_WORDS for w in words
    ):  # a sentence ("X met Y Z in Kabul on Monday."), no headline
        return False
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) > 0.6 * len(words)


def title_initials(finder: MentionFinder) -> set[str]:
    """The initials of the register's titles ("pm" of "Prime Minister", "fm" of "Foreign
    Minister"): an acronym of these is a title, no organisation."""
    register = finder.register
    return {
        "".join(w[0] for w in name.split() if w[:1].isupper()).lower()
        for e in register.entities.values()
        if register.is_a(e.id, "Position")
        for name in (e.label, *e.aliases)
    } - {""}
