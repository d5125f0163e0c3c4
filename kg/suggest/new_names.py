"""New entities named by common nouns of the genre (round six), for reports unlike the seed's.

- another state's mission (:func:`other_missions`): "its embassy in Kabul" (the
  state the sentence opens with, or whose capital it opens with: "Dushanbe has kept its
  embassy in Kabul", round fourteen), "the Afghan embassy in Tehran", "Iran’s
  consulate in Herat", where the register has no mission of that state there, is a
  new DiplomaticMission "Embassy of Afghanistan, Tehran"; "the Chinese embassy"
  with no place is the one in the dateline's city (round eight);
- people of a state (:func:`people_of`): a state's adjective before a plural noun of
  people who are no state's agents ("Afghan traders", "Kyrgyz students", "Tajik
  truck drivers") or before "officials" with a modifier of their own ("Iranian port
  officials"), and "X state media", is a Group (annotation.md: "Afghan
  businessmen"), "X customs" an Organization; "Indian officials" stays the state
  (:mod:`kg.suggest.mentions_by_description`);
- a state's ministry in lower case (:func:`ministries`): "Iran’s foreign ministry",
  "Tajikistan’s energy ministry", where the register has no ministry of that state
  and portfolio (round 16);
- a part of a state (:func:`compass_regions`): "southern Afghanistan", "northern
  Iran" is a Region;
- the offices of new people's titles: :mod:`kg.suggest.new_positions`;
- a state's ministry named as the register names ministries (:func:`ministry_of`,
  round eight): "Tajikistan’s Foreign Ministry" is the "Ministry of Foreign Affairs of
  Tajikistan";
- a portfolio after a title (:func:`portfolio_start`): "Deputy Minister of Energy and
  Water Abdul Rahim", "Minister for Economic Affairs X": the words of the office
  are no part of the person's name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.suggest.actor_ministries import actor_ministries
from kg.suggest.candidates import NewEntity, slug
from kg.suggest.capitals import capital_state
from kg.suggest.delegations import introduced_delegations
from kg.suggest.described_people import counted_people
from kg.suggest.english import FULL_PORTFOLIO, OFFICE_HEADS, PEOPLE, capitalised
from kg.suggest.gazetteer import state_named, state_of_adjective
from kg.suggest.sources import unnamed_sources
from kg.suggest.text import FRONT_LINES, dateline_at
from kg.suggest.word_forms import demonyms
from kg.vocabulary import normalise

if TYPE_CHECKING:
    from kg.suggest.mentions import MentionFinder

_PLACE = r"(?P<place>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)"
_KINDS = r"embassy|consulate|consulate\s+general|high\s+commission"
_KIND = rf"(?P<kind>{_KINDS})"


def unplaced_mission(kind: str) -> re.Pattern[str]:
    """ "The Chinese embassy" with no place after it ("in", "to", "at"): a mission of the
    adjective's state (group ``adjective``), of a ``kind`` the regex ``kind`` matches."""
    return re.compile(
        rf"\b[Tt]he\s+(?P<adjective>[A-Z][a-z]+)\s+(?P<kind>{kind})\b(?!\s+(?:in|to|at)\b)"
    )


_MISSIONS = (
    re.compile(rf"\b(?:its|their)\s+{_KIND}\s+in\s+{_PLACE}"),
    re.compile(rf"\b(?P<adjective>[A-Z][a-z]+)\s+{_KIND}\s+in\s+{_PLACE}"),
    re.compile(rf"\b(?P<state>[A-Z][\w]+(?:\s[A-Z]\w+)?)[’']s\s+{_KIND}\s+in\s+{_PLACE}"),
    unplaced_mission(_KINDS),
)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z“\"])|\n")
_WORD = re.compile(r"\b[A-Z][\w.]*(?:\s[A-Z][\w.]*)?")

_PEOPLE = re.compile(
    r"\b(?P<adjective>[A-Z][a-z]+)\s+(?:(?P<modifier>[a-z]+)\s+)?(?P<head>"
    + "|".join(PEOPLE)
    + r"|officials|state\s+media|customs)\b(?![’'])"
)  # not an owner: "Afghan women’s access to work" tells of a topic
_COMPASS = re.compile(
    r"\b(?P<side>[Ss]outhern|[Nn]orthern|[Ee]astern|[Ww]estern|[Ss]outh-?[Ee]astern|"
    r"[Ss]outh-?[Ww]estern|[Nn]orth-?[Ee]astern|[Nn]orth-?[Ww]estern)\s+(?P<state>[A-Z][a-z]+)\b"
)
_OFFICE_BEFORE = re.compile(
    rf"\b(?:{capitalised(OFFICE_HEADS)}|Ministry)\s+(?:of|for)\s+(?:(?:[A-Z][\w-]*|and),?\s+)*$"
)


def state_label(finder: MentionFinder, words: str) -> str | None:
    """The label of the state ``words`` name (a register state's, or ISO 3166-1's)."""
    entity = finder.names.get(normalise(words))
    if entity and finder.register.is_a(entity, "State"):
        return finder.register.entities[entity].label
    return state_named(words)


def adjective_state(finder: MentionFinder, adjective: str) -> str | None:
    """The label of the state an adjective stems from ("Afghan": Afghanistan)."""
    form = normalise(adjective)
    for record in finder.register.entities.values():
        if finder.register.is_a(record.id, "State") and form in demonyms(normalise(record.label)):
            return record.label
    return state_of_adjective(form)


def _capital_of(finder: MentionFinder, words: list[str]) -> str | None:
    """The state of the first capital among ``words`` ("Dushanbe has kept its embassy"),
    where no state is named."""
    capitals = (capital_state(w) for w in words)
    return next((state_label(finder, c) for c in capitals if c), None)


def has_mission(finder: MentionFinder, state: str, place: str) -> bool:
    words = set(normalise(state).split()) | set(normalise(place).split())
    return any(
        finder.register.is_a(e.id, "DiplomaticMission") and words <= set(normalise(e.label).split())
        for e in finder.register.entities.values()
    )


def filed_in(text: str) -> str | None:
    """The city of the report's dateline ("ISLAMABAD, April 21 (Indus Wire) -": "Islamabad")."""
    for line in list(re.finditer(r"[^\n]*\S[^\n]*", text))[:FRONT_LINES]:
        dateline = dateline_at(text, line.start())
        if dateline and len(text[dateline.end() : line.end()].split()) > 3:  # a story follows
            return dateline["dateline"].split(",")[0].title()
    return None


def other_missions(text: str, finder: MentionFinder) -> list[NewEntity]:
    """Missions of states the register has none of in the place the text names (or, for
    "the Chinese embassy" with no place, in the city the report was filed from)."""
    found: list[NewEntity] = []
    for pattern in _MISSIONS:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            if groups.get("adjective"):
                state = adjective_state(finder, groups["adjective"])
            elif groups.get("state"):
                state = state_label(finder, groups["state"])
            else:  # "its": the state the sentence opens with
                ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, match.start())]
                opening = text[ends[-1] if ends else 0 : match.start()]
                words = [w.group() for w in _WORD.finditer(opening)]
                named = (state_label(finder, w) for w in words)
                state = next((s for s in named if s), None) or _capital_of(finder, words)
            place = groups.get("place") or filed_in(text)  # "the Chinese embassy said"
            if not groups.get("place") and place and not capital_state(place):
                continue  # filed from a city no capital: the embassy is elsewhere (round 16)
            if not state or not place or state_named(place) or has_mission(finder, state, place):
                continue
            if state_label(finder, place) == state:
                continue  # "the Pakistani embassy" in a report filed in Islamabad: abroad
            kind = " ".join(match["kind"].split()).title()
            label = f"{kind} of {state}, {place}"
            found.append(NewEntity(slug(label), "DiplomaticMission", label, match.start(),
                                   match.end(), 0.5, "a mission of another state"))  # fmt: skip
    return found


def people_of(text: str, finder: MentionFinder) -> list[NewEntity]:
    """Groups of a state's people: "Afghan traders", "Iranian port officials"."""
    found: list[NewEntity] = []
    for match in _PEOPLE.finditer(text):
        if match["head"] == "officials" and not match["modifier"]:
            continue  # "Iranian officials": the state
        if match["modifier"] and match["modifier"] in ("and", "or", "of", "the"):
            continue
        if not adjective_state(finder, match["adjective"]):
            continue
        label, end = match.group(), match.end()
        origin = _FROM.match(text, end)
        words = (normalise(match["adjective"]), normalise(match["head"]))
        if _register_group(finder, *words, normalise(origin[1]) if origin else ""):
            continue  # a register group's name, or another form of it ("Afghan businesses")
        if origin and _register_group(finder, *words):  # the register's are from elsewhere:
            label, end = text[match.start() : origin.end()], origin.end()  # "... from X" too
        cls = "Organization" if match["head"] == "customs" else "Group"  # a state's service
        found.append(NewEntity(slug(label), cls, label, match.start(), end, 0.5,
                               "a state's people named by what they do"))  # fmt: skip
    return found


_FROM = re.compile(r"\s+from\s+([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)")
"""Where a group of people comes from, after its name ("Afghan returnees from Iran")."""


def _register_group(finder: MentionFinder, adjective: str, head: str, origin: str = "") -> bool:
    """Whether a register name of a group or actor has the adjective and a word of the
    head's stem (its first five letters: "businessmen", "business community"), and no
    other origin than ``origin``, where the text gives one ("Afghan returnees from Iran"
    is no name of those from Pakistan)."""
    register = finder.register
    return any(
        words[0] == adjective
        and any(w[:5] == head[:5] for w in words[1:])
        and not (origin and "from" in words and " ".join(words).split(" from ")[-1] != origin)
        for words, entity in ((name.split(), e) for name, e in finder.names.items())
        if words and not any(register.is_a(entity, c) for c in ("Topic", "Commodity"))
    )  # not a topic's words: "return of Afghan migrants" names no "Afghan returnees"


def compass_regions(text: str, finder: MentionFinder) -> list[NewEntity]:
    """ "southern Afghanistan": a Region of a state."""
    found: list[NewEntity] = []
    for match in _COMPASS.finditer(text):
        if state_label(finder, match["state"]) is None:
            continue
        label = match["side"].capitalize() + " " + match["state"]
        found.append(NewEntity(slug(label), "Region", label, match.start(), match.end(), 0.5,
                               "a part of a state named by its side"))  # fmt: skip
    return found


PORTFOLIOS = (
    r"(?:foreign|defen[cs]e|interior|finance|commerce|trade|energy|water|health|education|"
    r"information|transport|agriculture|economy|justice|refugees|mines|petroleum|industry)"
    r"\s+(?:and\s+[a-z]+\s+)?"
)
"""A regex of a ministry's portfolio in lower case, before "ministry": "foreign "."""
_MINISTRY = re.compile(rf"\b(?P<state>[A-Z][a-z]+)[’']s\s+{PORTFOLIOS}(?:ministry|office)\b")


def has_ministry(finder: MentionFinder, state: str, portfolio: str = "") -> bool:
    """Whether the register has a ministry of the state (``memberOf`` it, or named by it),
    of ``portfolio`` where given (a word of its names: Iran's foreign ministry is no
    "interior ministry" of Iran)."""
    register = finder.register
    ids = {e for f, e in finder.forms if f == normalise(state) and register.is_a(e, "State")}
    forms = {normalise(state), *demonyms(normalise(state))}
    own = {e.id for e in register.entities.values() if _of_portfolio(e.label, e.aliases, portfolio)}
    return any(
        c.predicate == "memberOf"
        and c.object in ids
        and register.is_a(c.subject, "Ministry")
        and c.subject in own
        for c in register.claims
    ) or any(
        register.is_a(e.id, "Ministry")
        and e.id in own
        and forms & {w for n in (e.label, *e.aliases) for w in normalise(n).split()}
        for e in register.entities.values()
    )


def _of_portfolio(label: str, aliases: tuple[str, ...], portfolio: str) -> bool:
    words = normalise(portfolio).split()[:1]
    return not words or any(words[0] in normalise(n).split() for n in (label, *aliases))


def ministries(text: str, finder: MentionFinder) -> list[NewEntity]:
    """ "Iran’s foreign ministry": a new Ministry of a state the text names, named as the
    register names ministries ("Ministry of Foreign Affairs of Iran"), the text's words
    its alias."""
    found: list[NewEntity] = []
    for match in _MINISTRY.finditer(text):
        words = match.group()
        state = state_label(finder, match["state"])
        portfolio = " ".join(match.group().split()[1:-1])
        if (
            state is None
            or normalise(words) in finder.names
            or has_ministry(finder, state, portfolio)
        ):
            continue  # no state; a register name; a ministry of the register's may be it
        label = ministry_label(portfolio, state)
        found.append(NewEntity(slug(label), "Ministry", label, match.start(), match.end(), 0.5,
                               "a state's ministry", aliases=(words,)))  # fmt: skip
    return found


def ministry_label(portfolio: str, state: str) -> str:
    """A state's ministry named as the register names ministries ("foreign", "Iran":
    "Ministry of Foreign Affairs of Iran")."""
    what = portfolio.title()
    return f"Ministry of {_AFFAIRS.get(what.lower(), what)} of {state}"


def named_by_nouns(text: str, finder: MentionFinder) -> list[NewEntity]:
    """Every new entity of this module."""
    counted = counted_people(text, finder)  # "four X women working for Y": not
    inside = [(c.start, c.end) for c in counted]  # "X women" at large there
    return [
        *other_missions(text, finder),
        *ministries(text, finder),
        *actor_ministries(
            text, finder, ministry_label
        ),  # "the Taliban’s refugees ministry" (round 18)
        *introduced_delegations(text),
        *(p for p in people_of(text, finder) if not any(s <= p.start < e for s, e in inside)),
        *compass_regions(text, finder),
        *unnamed_sources(text, finder),
        *counted,
    ]


def clock(text: str, start: int) -> bool:
    """Whether a word at ``start`` ("AM", "PM", "GMT", "IST") follows a time of day."""
    return bool(re.search(r"\d{1,2}[:.]\d{2}\s*$", text[max(0, start - 8) : start]))


def office_before(before: str) -> bool:
    """Whether the words before a name end with a minister's office ("Minister of Energy
    and Water "): a title before the name."""
    return bool(_OFFICE_BEFORE.search(before))


def portfolio_start(text: str, start: int, end: int) -> int:
    """Where a run after "Minister of/for ..." opens with words of the office ("[Water
    Affairs] Hossein X"), the name begins after them (before two capitalised words)."""
    if not office_before(text[max(0, start - 80) : start]):
        return start
    words = list(re.finditer(r"\S+", text[start:end]))
    cut = 0
    while cut < len(words) - 2 and words[cut].group().lower().strip(",") in FULL_PORTFOLIO:
        cut += 1
    return start + words[cut].start() if cut else start


_POSSESSOR = re.compile(
    r"(?:\b(?P<state>[A-Z]\w+(?:\s[A-Z]\w+)?)[’']s|\b(?P<adjective>[A-Z][a-z]+))\s+$"
)
_AFFAIRS = {"foreign": "Foreign Affairs", "home": "Home Affairs", "external": "External Affairs"}


def ministry_of(text: str, start: int, label: str, cls: str, finder: MentionFinder) -> str:
    """A ministry's name after its state's possessive or adjective, as the register writes
    ministries ("Tajikistan’s Foreign Ministry": "Ministry of Foreign Affairs of
    Tajikistan"; "the Kazakh Ministry of Energy": "Ministry of Energy of Kazakhstan")."""
    if cls != "Ministry":
        return label
    first, _, rest = label.partition(" ")
    owner = _POSSESSOR.search(text[max(0, start - 40) : start])
    if rest and adjective_state(finder, first):  # "the Kyrgyz Ministry of Energy"
        state, label = adjective_state(finder, first), rest
    elif owner is None:
        return label
    elif owner["state"]:
        state = state_label(finder, owner["state"])
    else:
        state = adjective_state(finder, owner["adjective"])
    short = re.fullmatch(r"(?P<what>[A-Z][\w ]*?)\s+Ministry", label)
    if state is None or not (short or label.startswith("Ministry of ")):
        return label
    if short:
        what = short["what"]
        label = f"Ministry of {_AFFAIRS.get(what.lower(), what)}"
    return f"{label} of {state}"
