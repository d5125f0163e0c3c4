"""Quantities, quotations with their speaker, and positions held, from a report's sentences.

- A quantity is a number (digits with thousands separators, a number word,
  "million"), an optional qualifier ("over", "at least", "about") and a unit
  word ("tonnes", "metric tons", "liters", "doses", "projects", "visits",
  people), optionally "of" a commodity: ``300 tonnes of medicines`` gives
  ``300 tonne`` and the phrase "medicines". After "killed" it is a count of
  fatalities, and the counts listed there are summed whatever their plural
  noun ("killed four soldiers and five assailants": ``9 person``); so are those listed
  before "were killed" or "died" ("a guard and two gunmen were killed": ``3 person``).
  A rate ("... a year", "annually") is no amount, and is left out; an extent ("the
  border, which runs for 1,344 kilometres") is the size of the thing named before it.
  A load as an adjective ("a 50,000-tonne shipment of wheat") is ``50000 tonne``;
  trucks, vehicles, containers, tents, blankets and other goods by the piece count as
  ``item``; number words run to ninety-nine, and "two hundred" is 200. The unit words,
  qualifiers and number phrases ("half a million", "two dozen", "1.2m") are
  :mod:`kg.suggest.units`'s; a range ("between 2,000 and 3,000") is two bounds
  (:mod:`kg.suggest.ranges`). Sums of money,
  sizes as adjectives and shares ("$50 million in aid", "a 500-megawatt plant", "20 per
  cent") are :mod:`kg.suggest.measures`'s.
- A quotation is the text between curly or straight double quotes; its
  speaker is the actor of "X said", "said X", "according to X", "X stated",
  "quoted X" in the same sentence (:mod:`kg.suggest.quote_speakers`).
- A position held is a title of the register next to a person ("Foreign
  Secretary Vikram Misri", "Randhir Jaiswal, the foreign ministry
  spokesperson"); "acting" makes it ``holdsActingPosition``, "former"
  ``heldPosition``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.suggest.english import ABOUT, REPORTING_VERBS, alternation
from kg.suggest.english import NUMBER_WORDS as _NUMBER_WORDS
from kg.suggest.mentions import Mention
from kg.suggest.quote_speakers import speaker_of
from kg.suggest.register import Register
from kg.suggest.units import ADJECTIVE, NUMBER
from kg.suggest.units import FOLK as _FOLK
from kg.suggest.units import QUALIFIERS as _QUALIFIERS
from kg.suggest.units import UNITS as _UNITS
from kg.suggest.units import amount as number_of
from kg.vocabulary import normalise

_UNIT_RE = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
_GOODS_RE = "|".join(re.escape(u) for u, unit in _UNITS.items() if unit == "item")
_QUALIFIER_RE = "|".join(sorted((re.escape(q) for q in _QUALIFIERS), key=len, reverse=True))
_WORDS_RE = alternation(_NUMBER_WORDS)
_WHAT_ENDS = (
    r"(?=\s*(?:[,.;:(]|\b(?:and|for|to|in|into|from|at|on|by|via|through|with|worth|was|were|"
    r"is|are|has|have|had|will|would)\b|$)|\s+[a-z]{3,}ed\b)"
)
"""Where the thing measured ends: a punctuation mark, a preposition, a verb ("5,000 tonnes
of flour arrived in Herat": flour)."""
_QUANTITY = re.compile(
    rf"(?:(?P<qual>{_QUALIFIER_RE})\s+)?{NUMBER}"
    rf"(?:(?<!\b(?:19|20)\d\d)\s+{ADJECTIVE}(?=\s+(?:{_GOODS_RE})\b))?"  # "40 Afghan trucks"
    rf"\s+(?:(?P<unit>{_UNIT_RE})|(?-i:(?P<folk>{_FOLK})))\b"
    rf"(?:\s+of\s+(?:the\s+)?(?P<what>[A-Za-z][\w\- ]*?){_WHAT_ENDS})?",
    re.IGNORECASE,
)
_MEMBERS = re.compile(
    rf"(?<![\d.,])\b(?P<num>\d+|{_WORDS_RE})-(?:member|strong)\s+(?:[a-z]+\s+)?"
    r"(?:delegation|team|group|panel|committee|commission|mission|crew|contingent)\b",
    re.IGNORECASE,
)
"""The size of a body of people: "a 24-member delegation", "a 12-strong team"."""
_LOAD = re.compile(
    r"(?<![\d.,])\b(?P<num>\d{1,3}(?:,\d{3})+|\d+)[-\s](?P<unit>tonne|ton|metric-ton|litre|liter)"
    r"\s+(?:[a-z]+\s+)?(?:shipment|consignment|cargo|load|delivery|convoy)\b"
    rf"(?:\s+of\s+(?:the\s+)?(?P<what>[A-Za-z][\w\- ]*?){_WHAT_ENDS})?",
    re.IGNORECASE,
)
"""The size of a shipment as its adjective: "a 50,000-tonne shipment of wheat"."""
_RATE = re.compile(
    r"\s+(?:(?:a|an|per|each|every)\s+(?:year|month|week|day|hour)|annually|daily)\b", re.I
)
"""A rate after a quantity ("820 million cubic metres of water a year"): a quota or a
capacity, no amount of one event."""
_MEASURE = re.compile(
    r"\b(?:runs?|running|stretch(?:es|ing)?|extends?|extending|spans?|spanning)\s+(?:for\s+)?"
    rf"(?:(?:{ABOUT})\s+)?\Z",
    re.I,
)
"""A verb of extent before a quantity ("the border, which runs for 1,344 kilometres"): the
size of a place, no amount of an event."""
_QUOTE = re.compile(r"[“\"](?P<q>[^”\"]{12,}?)[”\"]")
_SPEECH = re.compile(
    rf"\b({REPORTING_VERBS}|according to|quoted|quoting|saying|pointed out)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: str  # as the claims write it: ">=46 person"
    commodity: str  # the words after "of", or ""
    fatalities: bool
    owner: str = ""
    """Where the thing measured is named: "before" an extent ("the border, which runs for
    1,344 kilometres"), "after" a size ("a 500-megawatt plant"); "" for an event's amount."""


@dataclass(frozen=True)
class Quotation:
    start: int
    end: int
    quote: str
    speaker: Mention | None


@dataclass(frozen=True)
class PositionHeld:
    person: Mention
    position: Mention
    predicate: str
    start: int
    end: int


_COUNT = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|\b(?:{_WORDS_RE}))\s+(?:[A-Za-z-]+\s+)?"
    r"(?:[a-z]+(?:s|men)|people|children)\b"
)  # a number and a plural noun: "46 civilians", "three policemen", "five Pakistani soldiers"
_KILLED = re.compile(
    rf"\bkill(?:ed|ing)\s+(?P<list>(?:(?P<qual>{_QUALIFIER_RE})\s+)?{_COUNT}"
    rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_COUNT})*)",
    re.IGNORECASE,
)


_ONE = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|\b(?:an?|{_WORDS_RE}))"
_WERE_KILLED = re.compile(
    rf"(?<![\w,])(?P<list>(?:(?P<qual>{_QUALIFIER_RE})\s+)?(?P<body>{_ONE}\s+(?:[A-Za-z-]+\s+){{0,2}}[a-z]+"
    rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_ONE}\s+(?:[A-Za-z-]+\s+){{0,2}}[a-z]+)*))"
    r"\s+(?:were|was|have\s+been|had\s+been|have\s+died|died)(?:\s+killed)?\b",
    re.IGNORECASE,
)
"""The people "were killed", listed before the verb ("a border guard and two gunmen were
killed": 3 person); "a" and "an" count one."""


def _were_killed(text: str, offset: int) -> list[Quantity]:
    found: list[Quantity] = []
    for match in _WERE_KILLED.finditer(text):
        verb = text[match.end("list") : match.end()]
        if "died" not in verb and "killed" not in verb:
            continue
        items = re.findall(rf"{_ONE}(?=\s)", match["body"], re.IGNORECASE)
        total = sum(_count(item) for item in items)
        if len(items) < 2 and not re.match(rf"\d|(?:{_WORDS_RE})\b", match["body"], re.I):
            continue  # "a soldier was killed" alone: no figure the text gives
        start, end = offset + match.start("list"), offset + match.end("list")
        qualifier = _QUALIFIERS.get((match["qual"] or "").lower(), "")
        found.append(Quantity(start, end, f"{qualifier}{total} person", "", True))
    return found


def _count(word: str) -> int:
    word = word.lower().replace(",", "")
    if word in ("a", "an"):
        return 1
    return _NUMBER_WORDS[word] if word in _NUMBER_WORDS else int(word)


def _killed(text: str, offset: int) -> list[Quantity]:
    """ "killed four soldiers and five assailants": the people killed, summed (9 person),
    whatever the plural noun after each number."""
    found: list[Quantity] = []
    for match in _KILLED.finditer(text):
        total = 0
        for number in re.findall(rf"\d{{1,3}}(?:,\d{{3}})+|\d+|\b(?:{_WORDS_RE})\b", match["list"],
                                 re.IGNORECASE):  # fmt: skip
            word = number.lower().replace(",", "")
            total += _NUMBER_WORDS[word] if word in _NUMBER_WORDS else int(word)
        qualifier = _QUALIFIERS.get((match["qual"] or "").lower(), "")
        start, end = offset + match.start("list"), offset + match.end("list")
        found.append(Quantity(start, end, f"{qualifier}{total} person", "", True))
    return found


def find_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """The quantities of one sentence (at ``offset`` in the text).

    >>> [q.value for q in find_quantities("300 tonnes of medicines, at least five visits")]
    ['300 tonne', '>=5 visit']
    >>> [q.value for q in find_quantities("clashes killed four soldiers and five assailants")]
    ['9 person']
    """
    found: list[Quantity] = _killed(text, offset)
    found += [q for q in _were_killed(text, offset) if not any(q.start < k.end for k in found)]
    for match in _LOAD.finditer(text):
        load = int(match["num"].replace(",", ""))
        unit = "litre" if match["unit"].lower().startswith("lit") else "tonne"
        what = (match["what"] or "").strip()
        found.append(Quantity(offset + match.start(), offset + match.end(), f"{load} {unit}",
                              what, False))  # fmt: skip
    for match in _QUANTITY.finditer(text):
        if any(k.start <= offset + match.start() < k.end for k in found):
            continue  # counted already: in the list of the killed, or a load
        tail = re.split(r"[,.;:]", text[match.end("unit") if match["unit"] else match.end() :])[0]
        if _RATE.search(tail[:40]):
            continue  # "820 million cubic metres of water a year"
        amount = number_of(match["num"], match["glued"], match["mult"])
        shown = str(int(amount)) if amount.is_integer() else str(amount)
        qualifier = _QUALIFIERS.get((match["qual"] or "").lower(), "")
        unit = _UNITS.get((match["unit"] or "").lower()) or _UNITS.get(match["unit"] or "", "")
        unit = unit or "person"  # a people by its demonym
        extent = bool(_MEASURE.search(text[: match.start()]))
        if extent and unit != "km":
            continue  # "the road runs for some 40 miles": no unit of ours
        killed = bool(re.search(r"\bkill(?:ed|ing)\s+(?:\w+\s+){0,2}$", text[: match.start()]))
        found.append(
            Quantity(
                offset + match.start(),
                offset + match.end(),
                f"{qualifier}{shown} {unit}",
                (match["what"] or "").strip(),
                killed and unit == "person",
                "before" if extent else "",
            )
        )
    from kg.suggest.measures import find_measures, written

    for m in find_measures(text):  # "$50 million in aid", "a 1,344-kilometre line", "20%"
        qual = re.search(rf"\b(?:{_QUALIFIER_RE})\s+\Z", text[: m.start], re.IGNORECASE)
        start, end = offset + (qual.start() if qual else m.start), offset + m.end
        tail = re.split(r"[,.;:]", text[m.end :])[0]
        if any(k.start < end and start < k.end for k in found) or _RATE.search(tail[:40]):
            continue  # counted already, or a rate ("$2 billion a year")
        qualifier = _QUALIFIERS.get(qual.group(0).strip().lower(), "") if qual else ""
        value = f"{qualifier}{written(m.amount)} {m.unit}"
        found.append(Quantity(start, end, value, m.what, False, "after" if m.size else ""))
    for match in _MEMBERS.finditer(text):
        number = match["num"].lower()
        size = _NUMBER_WORDS[number] if number in _NUMBER_WORDS else int(number)
        found.append(Quantity(offset + match.start(), offset + match.end(), f"{size} person",
                              "", False))  # fmt: skip
    from kg.suggest.ranges import ranged

    return sorted(ranged(text, found, offset), key=lambda q: q.start)


def find_quotations(
    text: str, offset: int, mentions: list[Mention], register: Register
) -> list[Quotation]:
    """The quotations of one sentence, each with the actor said to speak, where named."""
    found: list[Quotation] = []
    actors = [
        m
        for m in mentions
        if offset <= m.start < offset + len(text) and register.is_a(m.entity, "Actor")
    ]
    speech = _SPEECH.search(text)

    def person(mention: Mention) -> bool:
        return register.is_a(mention.entity, "Person")

    for match in _QUOTE.finditer(text):
        speaker = None
        if speech is not None:
            span = (match.start(), match.end())
            speaker = speaker_of(text, offset, actors, speech, span, person)
        quote = match["q"].strip().strip("…").strip()
        start = offset + match.start("q")
        found.append(Quotation(start, start + len(match["q"]), quote, speaker))
    return found


def find_positions(text: str, mentions: list[Mention], register: Register) -> list[PositionHeld]:
    """Titles of the register next to a person: "Foreign Secretary Vikram Misri",
    "Randhir Jaiswal, the foreign ministry spokesperson"."""
    found: list[PositionHeld] = []
    offices = [m for m in mentions if register.is_a(m.entity, "Position")]
    mentions = [  # "the President of [Tajikistan], X": the office, then its holder
        m
        for m in mentions
        if not any(o.start <= m.start and m.end <= o.end and o.length > m.length for o in offices)
    ]
    for first, second in zip(mentions, mentions[1:], strict=False):
        gap = text[first.end : second.start]
        pair: tuple[Mention, Mention] | None = None
        if register.is_a(first.entity, "Position") and register.is_a(second.entity, "Person"):
            if re.fullmatch(r",?\s*", gap):
                pair = (second, first)
        elif register.is_a(first.entity, "Person") and register.is_a(second.entity, "Position"):
            if re.fullmatch(r",\s+(?:the\s+)?(?:[\w’']+\s+){0,3}", gap):
                pair = (first, second)
        elif register.is_a(first.entity, "Person"):  # "Muttaqi, the Taliban’s foreign minister"
            third = next((m for m in mentions if m.start > second.start), None)
            if (
                third is not None
                and register.is_a(third.entity, "Position")
                and re.fullmatch(r",\s+(?:the\s+)?", gap)
                and re.fullmatch(r"[’']s\s+(?:[\w-]+\s+)?", text[second.end : third.start])
            ):
                pair = (first, third)
        if pair is None:
            continue
        person, position = pair
        if clashes(text, position, register):
            continue  # "Pakistan’s Prime Minister X" is not the register's Indian one
        start, end = min(person.start, position.start), max(person.end, position.end)
        before = text[max(0, start - 12) : start].lower() + text[start:end].lower()
        predicate = "holdsPosition"
        if "former" in before:
            predicate = "heldPosition"
        elif "acting" in before or "interim" in before:
            predicate = "holdsActingPosition"
        found.append(PositionHeld(person, position, predicate, start, end))
    return found


def owners(register: Register, position: str) -> set[str]:
    """The states and governments a register position belongs to: its ``positionIn``
    claims and the states its label names ("Prime Minister of India")."""
    found = {
        c.object for c in register.claims if c.subject == position and c.predicate == "positionIn"
    }
    record = register.entities.get(position)
    label = f" {normalise(record.label)} " if record else ""
    for entity in register.entities.values():
        if register.is_a(entity.id, "State") and f" {normalise(entity.label)} " in label:
            found.add(entity.id)
    return found


def foreign(register: Register, position: str, owner: str) -> bool:
    """Whether ``owner`` (a state) is not whom the register's ``position`` belongs to."""
    mine = owners(register, position)
    if not mine or owner in mine:
        return False
    name = normalise(register.entities[owner].label) if owner in register.entities else owner
    labels = [normalise(register.entities[o].label) for o in mine if o in register.entities]
    return not any(f" {name} " in f" {label} " for label in labels)  # "... of Afghanistan"


def clashes(text: str, position: Mention, register: Register) -> bool:
    """Whether the words before a title name another owner than the register's position
    has ("Pakistan’s Prime Minister", "Chinese Foreign Minister")."""
    from kg.suggest.word_forms import adjective_of

    lead = re.search(
        r"([A-Z][\w-]+)(?:[’']s)?\s+$", text[max(0, position.start - 30) : position.start]
    )
    if lead is None:
        return False
    word = normalise(lead[1])
    for entity in register.entities.values():
        if not register.is_a(entity.id, "State"):
            continue
        name = normalise(entity.label)
        stem = len(name) >= 5 and word.startswith(name[:-1])
        if word == name or adjective_of(word, name) or stem:
            return foreign(register, position.entity, entity.id)  # "China": "Chinese"
    return False
