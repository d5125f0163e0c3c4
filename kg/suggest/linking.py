"""Is an event of a report one that another report already records? (``kg suggest``)

An event of the register is proposed instead of a new id when its class
agrees, it shares an actor with the other reports' claims about it, and its
places and dates there do not contradict these; see :func:`link`.
"""

from __future__ import annotations

import re

from kg.build.annotations import ClaimRecord
from kg.dates import window
from kg.suggest.english import MONTHS
from kg.suggest.event_record import TALKS, Event
from kg.suggest.link_dates import closed, dates_fit, done_before, few_days, later
from kg.suggest.link_evidence import (
    evidence,
    inside,
    one_party_among_others,
    other_city,
    other_parties,
    others_on_both_sides,
    parties_missing,
    same_actors,
    within,
)
from kg.suggest.register import ACTOR_ROLES, Register
from kg.vocabulary import normalise


def link(
    event: Event,
    register: Register,
    facts: dict[str, dict[str, list[object]]],
    words: frozenset[str] = frozenset(),
    story: frozenset[str] | None = None,
) -> None:
    """Propose a register event the other reports record, when it fits; else leave it new.

    A candidate has the same class (or is of a subclass of a specific one), shares
    an actor, and neither its people, parties, places nor dates contradict these
    (:mod:`kg.suggest.link_evidence`: two cities, a party of theirs that none here
    is or acts for while one here is none of theirs, an agreement of other states).
    It is taken when it shares two parties (a state and its government are one), or
    the place, or a date (both dated, overlapping), or when it is the only such
    candidate of its class and has every actor named here (one by the very entity, not
    a state for its government); of several, the one sharing rarer parties. An event
    this report dates to a few days that the candidate's dates do not confirm needs
    the same city or building (the same parties meet again). A plain statement or
    request also needs a closed date and a longer word of its label among ``words``
    (the normalised words of the sentences naming the event). An event named by a noun
    alone, with no actor, is the one candidate with its city and closed date. A catch-all
    ``Event`` (no kind to agree on) needs two shared parties and the place or a date.
    A shared place that is a state ("in Afghanistan") is no evidence of one event. With
    ``story`` (the sources of the register events this report's other events are linked
    to by a place or a date), a candidate that shares neither a place nor a date with the
    event (parties alone; or, for talks, one party and the place with no date here) is
    taken only when one of those sources tells it too.
    """
    same = same_actors(register)
    weigh = evidence(register, facts, same)  # type: ignore[arg-type]
    mine = {m.entity for _, m in event.actors}
    my_doers = {m.entity for r, m in event.actors if r == "hasInitiator"}
    my_parts = {m.entity for r, m in event.actors if r == "hasParticipant"}
    places = {m.entity for m in event.places}
    known = {p for p in places if p in register.entities} | event.within  # a place new to
    # the register is compared by the state the text puts it in, if any
    speech = event.cls in ("Statement", "Request")  # the commonest, vaguest acts
    talks = any(register.is_a(event.cls, c) for c in TALKS)  # they recur in one city
    found: list[_Found] = []  # (rank, strong, id, lone, score, what matched)
    for candidate in register.entities.values():
        if not register.is_event(candidate.id) or not _compatible(
            register, event.cls, candidate.type
        ):
            continue
        claims: dict[str, list[ClaimRecord]] = facts.get(candidate.id, {})  # type: ignore[assignment]
        actors = {c.object for role in ACTOR_ROLES for c in claims.get(role, [])}
        shared = {a for a in mine if same.get(a, {a}) & actors}  # by the entity the text names
        if not shared:
            continue
        doers = {c.object for c in claims.get("hasInitiator", [])}
        if my_doers and doers and not {a for d in my_doers for a in same.get(d, {d})} & doers:
            continue  # "Iran’s deportations" are not Pakistan’s: another doer
        if others_on_both_sides(register, mine, actors):
            continue  # Dar met Muttaqi, not Singh
        parted = {c.object for c in claims.get("hasParticipant", [])}
        if register.is_a(event.cls, "Agreement") and other_parties(
            register, weigh, my_parts, parted
        ):
            continue  # China, Pakistan and Afghanistan agree: not what two of them agreed
        if parties_missing(register, weigh, my_parts, parted):
            continue  # Uzbekistan's talks, not China's and Pakistan's
        their_places = {c.object for c in claims.get("hasPlace", [])}
        if other_city(register, facts, places, their_places):
            continue  # talks in one city are not talks in another
        if known and their_places and not inside(weigh, facts, known) & within(facts, their_places):
            continue  # a province of the country they name is no contradiction
        times = [c.object for c in claims.get("hasTime", [])]
        if not dates_fit(event, times) or later(event, times) or done_before(event, times):
            continue
        dated = closed(event, times, recent=not speech)
        parties = weigh.parties_of(shared)  # a state and its government: one party
        where = {p for p in places & their_places if not register.is_a(p, "State")}
        # "in Afghanistan" on both sides: the country of many events, no place of one
        strong = len(parties) >= 2 or bool(where) or dated
        news = few_days(event) and not dated
        if news:  # dated here, not there: two parties meet again, and only the same
            strong = bool(where)  # city or building tells it is that meeting, not the
            # same country
        told = {c.source for found_claims in claims.values() for c in found_claims}
        in_story = bool(story and told & story)  # told by a report of this one's story
        if speech:  # what someone said or asked: the same date (or story), and words of
            # its label
            strong = (dated or in_story) and (len(parties) >= 2 or bool(where))
            strong = strong and bool(_content(candidate.label) & words)
        if not places & their_places:  # one envoy at two meetings of a day
            strong = strong and not one_party_among_others(register, weigh, shared, mine, actors)
        catch_all = event.cls == "Event"  # no kind to agree on: two parties, and where or when
        if catch_all:
            strong = len(parties) >= 2 and (bool(where) or dated)
        score = len(parties) + (2 if places & their_places else 0) + (1 if dated else 0)
        rank = score + sum(weigh.weight(p) for p in parties)  # a party of few events tells
        # more than one of many (the one government every report names)
        lone = not news and not catch_all and bool(mine & actors) and shared == mine
        # the only candidate: the very actors, all of them (not "China and the Taliban"
        # for "India and the Taliban")
        why = _matched(shared, places & their_places, event, times if dated else [])
        firm = bool(where) and (len(parties) >= 2 or event.date is not None or not talks)
        # talks of one party in a capital, undated: the genre's capitals see many talks
        if story is not None and not (firm or dated):
            if not in_story:  # parties alone: only in the story of the same reports
                strong, lone = False, False
            else:
                why += "; the story of reports this one shares a dated or placed event with"
        found.append((rank, strong, candidate.id, lone, score, why))
    if not mine:  # "during the November 4-5 visit": a noun alone refers back
        found += _without_actors(event, register, facts)  # type: ignore[arg-type]
    part = _part_of_known(event, register, facts, words) if not found else None
    if part is not None:  # "The two sides also agreed", inside the register's meeting
        inner = f"inside {event.parent.id if event.parent else ''}, as the register's"
        found.append((1, True, part, False, 1, f"{inner} one {event.cls} there"))
    strong_ones = [f for f in found if f[1]]
    said = register.is_a(event.cls, "Statement") or speech
    alone = found[0] if len(found) == 1 and not speech and found[0][3] else None
    if alone is not None and said and not _content(register.entities[alone[2]].label) & words:
        alone = None  # a condemnation, a denial: the words of the recorded one too ("India
        # condemned the airstrikes": "India condemns Pakistan's airstrikes")
    chosen = max(strong_ones) if strong_ones else alone
    if chosen is not None:
        _, _, ident, _, score, why = chosen
        if chosen is alone and not chosen[1]:
            why += "; the only candidate, with every actor named here"
        event.id, event.existing = ident, True
        event.reason = f"the register's event {ident}: same kind; {why}"
        event.confidence = min(0.9, 0.4 + 0.1 * score)


def link_all(
    events: list[Event],
    register: Register,
    facts: dict[str, dict[str, list[object]]],
    words: list[frozenset[str]],
) -> None:
    """Link each of ``events`` (``words``: the normalised words of each one's sentences)
    in two passes: first on a shared place or date (:func:`link` with no story), then the
    rest on shared parties alone where a report that tells one of the first pass's events
    tells the candidate too (the same story: "the two sides agreed" in a report of the
    register's meeting; not any other talks of two states that meet often)."""
    for event, said in zip(events, words, strict=True):
        link(event, register, facts, said, frozenset())
    story = frozenset(
        c.source  # type: ignore[attr-defined]
        for event in events
        if event.existing
        for claims in facts.get(event.id, {}).values()
        for c in claims
    )
    for event, said in zip(events, words, strict=True):
        if not event.existing:
            link(event, register, facts, said, story)


def _without_actors(
    event: Event,
    register: Register,
    facts: dict[str, dict[str, list[ClaimRecord]]],
) -> list[_Found]:
    """An event the text names by a noun alone, with no actor ("during the November 4-5
    visit", "the talks in Kabul on Monday"), refers back to one the reader knows: the one
    register event of its class with the same city or building and a date overlapping a
    closed date here, not after the publication."""
    places = {m.entity for m in event.places if not register.is_a(m.entity, "State")}
    if not places or event.date is None or event.published is None:
        return []
    try:
        last = window(event.date.value)[1]
    except ValueError:
        return []
    if not last or last > event.published.isoformat():
        return []  # "will fly to Kabul tomorrow": no act the reader knows yet
    fits = []
    for candidate in register.entities.values():
        if not register.is_event(candidate.id) or not _compatible(
            register, event.cls, candidate.type
        ):
            continue
        claims = facts.get(candidate.id, {})
        times = [c.object for c in claims.get("hasTime", [])]
        there = {c.object for c in claims.get("hasPlace", [])}
        if places & there and closed(event, times, recent=False) and not later(event, times):
            fits.append(candidate.id)
    if len(fits) != 1:
        return []
    why = f"no actor named; the one {event.cls} with its place and days"
    return [(3, True, fits[0], False, 3, why)]


_Found = tuple[float, bool, str, bool, int, str]
"""A candidate: its rank, whether it is strong, its id, whether it has every actor named
here, its points of agreement and what matched."""


def _matched(shared: set[str], places: set[str], event: Event, times: list[str]) -> str:
    """What a candidate shares with the event, for the row's reason: the actors, the
    places and the dates (``times``: the candidate's, when they confirm this one's)."""
    said = [f"shared actors {', '.join(sorted(shared))}"]
    if places:
        said.append(f"same place {', '.join(sorted(places))}")
    if times and event.date is not None:
        theirs = ", ".join(sorted({t.split()[0] for t in times if t.split()}))
        said.append(f"date {event.date.value} against {theirs}")
    return "; ".join(said)


def shipment_fits(
    shipment: str,
    register: Register,
    facts: dict[str, dict[str, list[ClaimRecord]]],
    event: Event | None,
) -> bool:
    """Whether a quantity of a commodity told in the sentence of ``event`` (its shipments)
    may be the register's ``shipment`` of that commodity: no other sender (wheat sent by
    Iran is no wheat India sent) and no date that contradicts the register's ("last
    month" is no shipment another report dates a year later), and of the class of
    ``event`` or a subclass of it (a purchase of wheat another report tells as a catch-all
    event is no consignment of it). Without a shipment named in the sentence it is not
    (round eleven: a quantity alone tells no shipment)."""
    if event is None:
        return False  # nothing but the commodity ("needs 50,000 tonnes of wheat"): nothing
        # tells it is a shipment, let alone the register's
    recorded = register.entities.get(shipment)
    if recorded is None or not _compatible(register, event.cls, recorded.type):
        return False
    claims = facts.get(shipment, {})
    times = [c.object for c in claims.get("hasTime", [])]
    if not dates_fit(event, times) or later(event, times):
        return False
    weigh = evidence(register, facts, same_actors(register))
    mine = weigh.parties_of({m.entity for r, m in event.actors if r == "hasInitiator"})
    theirs = weigh.parties_of({c.object for c in claims.get("hasInitiator", [])})
    return not mine or not theirs or bool(mine & theirs)


def _part_of_known(
    event: Event,
    register: Register,
    facts: dict[str, dict[str, list[object]]],
    words: frozenset[str],
) -> str | None:
    """The one register event of this class that the register places inside the event
    this one is placed inside (the parent linked to the register): the other reports'
    agreement at the same meeting, whoever the text names as its parties. A plain
    statement or request also needs a longer word of its label among ``words``."""
    parent = event.parent
    if parent is None or not parent.existing:
        return None
    parts = []
    for entity in register.entities.values():
        inside = facts.get(entity.id, {}).get("subEventOf", [])
        if (
            register.is_event(entity.id)
            and _compatible(register, event.cls, entity.type)
            and any(c.object == parent.id for c in inside)  # type: ignore[attr-defined]
        ):
            parts.append(entity.id)
    if len(parts) != 1:
        return None
    (ident,) = parts
    times = [c.object for c in facts.get(ident, {}).get("hasTime", [])]  # type: ignore[attr-defined]
    if not dates_fit(event, times):
        return None
    if (
        event.cls in ("Statement", "Request")
        and not _content(register.entities[ident].label) & words
    ):
        return None
    return ident


def _compatible(register: Register, mine: str, theirs: str) -> bool:
    """The same class, or a subclass of a specific one (a Meeting may be a ThirdLocationMeeting)."""
    return theirs == mine or (register.is_a(theirs, mine) and mine not in ("Event", "Statement"))


def _content(label: str) -> set[str]:
    """The longer words of a label ("significant", "partner"), names (capitalised words:
    "Taliban", "India's") and months aside, and the occasion a label may end with aside
    ("... concerns at the Dubai meeting (January 2025)": what was said, not where)."""
    said = _OCCASION.sub("", label)
    words = {normalise(w) for w in said.split() if w[:1].islower()}
    return {w for w in words if len(w) >= 5 and w.isalpha() and w not in MONTHS}


_OCCASION = re.compile(r"\s+(?:at|during|on the sidelines of)\s.*|\s*\([^)]*\)")
"""The occasion and the bracketed qualifier of an event's label (annotation.md's labels)."""
