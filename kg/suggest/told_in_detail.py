"""A lede's event told again in detail: the same parties and more, with no date of its own."""

from __future__ import annotations

from kg.suggest.event_record import TALKS, Event


def in_detail(event: Event, earlier: Event) -> bool:
    """``event`` tells ``earlier`` (the last event of its class) again with more actors:
    talks, undated, every party of the earlier one among its own in the same role ("Iran
    and Afghanistan held talks on Sunday and Monday ... Rafiei met the Afghan delegation
    led by X, with Iran and the Taliban"): the lede's summary, then its people."""
    if event.dates or event.cls not in TALKS or event.cls != earlier.cls:
        return False
    theirs = {m.entity for _, m in earlier.actors}
    mine = {m.entity for _, m in event.actors}
    return len(theirs) >= 2 and theirs < mine


def join_actors(event: Event, earlier: Event) -> None:
    """The actors ``event`` names that ``earlier`` lacks become ``earlier``'s, with the
    trigger each was found with (a restatement's own are all there already)."""
    have = {(r, m.entity) for r, m in earlier.actors}
    for role, mention in event.actors:
        if (role, mention.entity) not in have:
            have.add((role, mention.entity))
            earlier.actors.append((role, mention))
            if mention.start in event.anchors:
                earlier.anchors.setdefault(mention.start, event.anchors[mention.start])
