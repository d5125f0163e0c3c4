"""Stances and ties the genre states between actors and places, by the words between them.

- ``supports``: "X’s support for Y", "X has maintained its support for Y" (the
  sentence's first actor), "X backs Y", "X harbours and supports Y";
- ``borders``: "X, which borders Y", "X borders Y", "X shares a border with Y" (two places);
- ``isRivalOf``: "the rivalry between X and Y", "X’s (arch-)rival Y", "X, which are
  rivals to Y" (each item of a list before it);
- ``represents``: "X’s [special] envoy [for Y] Z", "Z, X’s ambassador to Y", "X appointed
  Z as its [acting] consul" (a person Z acting for an actor X);
- ``memberOf`` of a person by an apposition: "Z, the spokesperson of the X ministry", "Z,
  the X ministry’s point-person", "X’s acting foreign minister, Z" (an organisation,
  government or armed group X, not a state);
- ``accusedOf``: "accused X of ...", "blamed / criticised / condemned X for ...",
  "allegations that X ...", "X was accused of ..." (the allegation in the text's words).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.suggest.english import ALLEGATIONS, ENVOYS, alternation
from kg.suggest.mentions import Mention
from kg.suggest.register import Register
from kg.suggest.relation_record import Relation
from kg.suggest.text import CLAUSE_MARK
from kg.suggest.title_owners import TITLED

_SUPPORT = re.compile(
    r"(?P<its>\b(?:its|their|his|her)\s+(?:[a-z]+\s+){0,2})?"
    r"(?:\bsupport\s+(?:for|to)|\b(?:supports|supported|backs|backed|harbou?rs?|"
    r"harbou?red|harbou?ring)(?:\s+and\s+(?:supports?|supported))?)\s+"
    r"(?:(?:the|a|an|all)\s+)?(?:[a-z-]+\s+){0,2}\Z",
    re.IGNORECASE,
)


def supports(text: str, here: list[Mention], register: Register) -> Iterator[Relation]:
    """ "India’s support for Afghanistan’s sovereignty", "India has maintained its support
    for the Afghan people", "X harbours and supports Y": ``supports``, from the actor
    right before the cue (for "its support", the sentence's first actor) to the first
    name after it."""
    actors = [m for m in here if register.is_a(m.entity, "Actor")]
    for second in here:
        before = [m for m in actors if m.end <= second.start]
        if not before or not (
            register.is_a(second.entity, "Actor") or register.is_a(second.entity, "Topic")
        ):
            continue
        gap_start = before[-1].end
        match = _SUPPORT.search(text[max(gap_start, second.start - 80) : second.start])
        if match is None:
            continue
        cue = second.start - len(match.group(0))
        if any(gap_start < m.start < cue for m in here):
            continue  # another name between the actor and the cue
        first = actors[0] if match.group("its") else before[-1]
        if first.entity == second.entity:
            continue
        owner = register.acting_as(first).entity
        yield Relation(owner, "supports", second.entity, first.start, second.end, 0.5,
                       "X supports Y")  # fmt: skip


_BORDERS = re.compile(
    r"\A(?:,\s*which\s+)?\s*(?:borders|bordering|shares?\s+(?:a\s+)?(?:[a-z-]+\s+){0,2}"
    r"border\s+with)\s+(?:(?:the\s+)?[a-z-]+\s+)?\Z",
    re.IGNORECASE,
)
_RIVALRY = re.compile(r"\brivalry\s+between\s+\Z", re.IGNORECASE)
_RIVAL = re.compile(
    r"\A(?:[’']s\s+(?:arch-?|main\s+|regional\s+)?rival\s+|,?\s*(?:which|who)\s+(?:are|is)\s+"
    r"(?:arch-?)?rivals?\s+(?:to|of)\s+)\Z",
    re.IGNORECASE,
)
_ACCUSED = re.compile(
    r"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|critici[sz](?:ed|es|ing)|condemn(?:ed|s|ing))"
    r"\s+\Z",
    re.IGNORECASE,
)
_OF_FOR = re.compile(r"\s+(?P<cue>of|for)\s+(?P<what>[^,.;:“”\"]{6,})")
_THAT = re.compile(rf"\b(?:{ALLEGATIONS})\s+that\s+(?:the\s+)?\Z", re.IGNORECASE)
_PASSIVE = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been|stands?)\s+accused\s+of\s+")
_CLAUSE_END = re.compile(rf"{CLAUSE_MARK}|[;:“”\"]")  # not "1,200"


def stances(
    text: str, start: int, end: int, here: list[Mention], register: Register
) -> Iterator[Relation]:
    """The stances and ties of one sentence (``start``-``end``)."""
    yield from supports(text, here, register)
    places = [m for m in here if register.is_a(m.entity, "Place")]
    for first, second in zip(places, places[1:], strict=False):
        if _BORDERS.match(text[first.end : second.start]):
            yield Relation(first.entity, "borders", second.entity, first.start, second.end,
                           0.6, "X borders Y")  # fmt: skip
    actors = [m for m in here if register.is_a(m.entity, "Actor") or _is_port(register, m)]
    for index, second in enumerate(actors):
        for first in reversed(actors[:index]):
            gap = text[first.end : second.start]
            rivalry = _RIVALRY.search(text[max(start, first.start - 25) : first.start])
            if rivalry and re.fullmatch(r"\s+and\s+", gap):
                yield Relation(first.entity, "isRivalOf", second.entity, first.start,
                               second.end, 0.5, "the rivalry between X and Y")  # fmt: skip
                break
            if _RIVAL.match(gap):
                for item in _listed(text, actors[:index], first):
                    yield Relation(item.entity, "isRivalOf", second.entity, item.start,
                                   second.end, 0.5, "X’s rival Y")  # fmt: skip
            break
    yield from _accused(text, start, end, here, register)
    yield from _envoys(text, start, here, register)
    yield from _members(text, here, register)


_BODY = ("Organization", "Government", "ArmedGroup", "Group")
_OF_BODY = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:of|at|in|from)\s+(?:the\s+)?", re.IGNORECASE
)
_BODYS = re.compile(r",\s+(?:the\s+)?")
_TITLE_OF_BODY = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+")


def _members(text: str, here: list[Mention], register: Register) -> Iterator[Relation]:
    """A person an apposition places in an organisation, government or armed group."""
    people = [m for m in here if register.is_a(m.entity, "Person")]
    bodies = [
        m for m in here
        if any(register.is_a(m.entity, c) for c in _BODY)
        and not register.is_a(m.entity, "State")
        and not register.is_a(m.entity, "DiplomaticMission")
        and not register.is_a(m.entity, "Delegation")
    ]  # fmt: skip
    for person in people:
        for body in bodies:
            if person.end < body.start <= person.end + 70:
                gap = text[person.end : body.start]
                owned = _BODYS.fullmatch(gap) and re.match(r"[’']s\s", text[body.end :])
                if _OF_BODY.fullmatch(gap) or owned:  # "Z, the spokesperson of X", "Z, X’s"
                    yield Relation(person.entity, "memberOf", body.entity, person.start,
                                   body.end, 0.4, "Z, the title of X")  # fmt: skip
            elif body.end < person.start <= body.end + 60:
                if _TITLE_OF_BODY.fullmatch(text, body.end, person.start):  # "X’s title, Z"
                    group = body.how.removeprefix(TITLED + " ")  # the movement's member
                    member = group if body.how.startswith(TITLED) else body.entity
                    yield Relation(person.entity, "memberOf", member, body.start,
                                   person.end, 0.4, "X’s title, Z")  # fmt: skip


_ENVOY = (
    rf"(?:(?:{alternation(ENVOYS)})(?:-designate|\s+general)?|"
    r"charg[ée]\s+d[’']affaires|head\s+of\s+mission)"
)
_ENVOY_BEFORE = re.compile(  # "Pakistan’s special envoy for Afghanistan Mohammad Sadiq"
    rf"[’']s\s+(?:[\w-]+\s+){{0,3}}?{_ENVOY}"
    r"(?:\s+(?:to|for|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?,?\s+",
    re.IGNORECASE,
)
_ENVOY_AFTER = re.compile(rf"[’']s\s+(?:[\w-]+\s+){{0,3}}?{_ENVOY}\b", re.IGNORECASE)
_APPOINTED = re.compile(
    rf"\s+as\s+(?:its|their|the\s+country[’']s)\s+(?:[\w-]+\s+){{0,3}}?{_ENVOY}\b",
    re.IGNORECASE,
)


def _envoys(text: str, start: int, here: list[Mention], register: Register) -> Iterator[Relation]:
    """A person who is an actor's envoy, ambassador or consul ``represents`` it."""
    people = [m for m in here if register.is_a(m.entity, "Person")]
    actors = [
        m
        for m in here
        if register.is_a(m.entity, "Actor") and not register.is_a(m.entity, "Person")
    ]
    for person in people:
        for actor in actors:
            if actor.end <= person.start <= actor.end + 90:
                if _ENVOY_BEFORE.fullmatch(text, actor.end, person.start):
                    yield _represents(register, person, actor, actor.start, person.end)
            elif re.fullmatch(r",\s+", text[person.end : actor.start]):  # "Z, X’s envoy"
                found = _ENVOY_AFTER.match(text, actor.end)
                if found is not None:
                    yield _represents(register, person, actor, person.start, found.end())
        lead = text[max(start, person.start - 60) : person.start]
        appointed = re.search(r"\bappoint(?:ed|s|ing)\s+\Z", lead)
        found = _APPOINTED.match(text, person.end)
        if appointed is not None and found is not None:
            before = [a for a in actors if a.end <= person.start - len(lead) + appointed.start()]
            if before:  # "the Taliban appointed Z as its acting consul"
                yield _represents(register, person, before[-1], before[-1].start, found.end())


def _represents(
    register: Register, person: Mention, actor: Mention, start: int, end: int
) -> Relation:
    owner = register.acting_as(actor).entity
    return Relation(person.entity, "represents", owner, start, end, 0.5, "X’s envoy Z")


def _is_port(register: Register, mention: Mention) -> bool:
    return register.is_a(mention.entity, "Port")


def _listed(text: str, before: list[Mention], last: Mention) -> list[Mention]:
    """The items of the list ending with ``last`` ("Karachi and Gwadar ports")."""
    items = [last]
    for mention in reversed(before[: before.index(last)]):
        if not re.fullmatch(r"(?:,\s*|\s+and\s+|,\s+and\s+)", text[mention.end : items[-1].start]):
            break
        items.append(mention)
    return items[::-1]


def _accused(
    text: str, start: int, end: int, here: list[Mention], register: Register
) -> Iterator[Relation]:
    """ "Pakistan accused Afghanistan of harbouring militants", "criticized Pakistan for
    blaming its neighbours", "allegations that the Taliban harbor militants", "X was
    accused of ...": the accused actor, and the allegation to the clause's end."""
    for mention in here:
        if not register.is_a(mention.entity, "Actor"):
            continue
        lead = text[max(start, mention.start - 40) : mention.start]
        what: tuple[int, int] | None = None
        cue = _ACCUSED.search(lead)
        if cue is not None:
            match = _OF_FOR.match(text, mention.end, end)
            if match is not None:
                what = match.start("what"), _clause_end(text, match.start("what"), end)
        elif _THAT.search(lead):
            what = mention.end + 1, _clause_end(text, mention.end, end)
            cue = _THAT.search(lead)
        else:
            match = _PASSIVE.match(text, mention.end, end)
            if match is not None:
                what = match.end(), _clause_end(text, match.end(), end)
        if what is None or what[1] - what[0] < 6:
            continue
        allegation = text[what[0] : what[1]].strip()
        begin = mention.start - len(lead) + cue.start() if cue is not None else mention.start
        owner = register.acting_as(mention).entity
        yield Relation(owner, "accusedOf", allegation, begin, what[1], 0.4,
                       "accused of / allegations that")  # fmt: skip


def _clause_end(text: str, at: int, end: int) -> int:
    found = _CLAUSE_END.search(text, at, end)
    return found.start() if found is not None else end
