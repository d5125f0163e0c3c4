"""An office named where a person acts ("Iran’s foreign minister met X"): its one holder.

A mention of a register ``Position`` is no actor; where the text names no person with it
("Iran’s foreign minister met Muttaqi", no name after the title), the one person the
register says holds it (``holdsPosition``) acts (round eighteen). With a name after it
("Iran’s foreign minister, Abbas Araghchi, met"), the name is the actor and the office
stays out; with no holder, or several, nobody is guessed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.suggest.mentions import Mention
from kg.suggest.register import Register

_NAMED_AFTER = re.compile(r",?\s+")
"""Between an office and the name of its holder after it ("Foreign Minister Abbas
Araghchi", "Iran’s foreign minister, Abbas Araghchi")."""


def holder_of(
    register: Register, text: str, mention: Mention, mentions: list[Mention]
) -> Mention | None:
    """``mention`` as the one holder of the office it names, or None: no office, a person
    named right after it, or not one holder."""
    if mention.entity not in register.entities or not register.is_a(mention.entity, "Position"):
        return None
    if any(
        register.is_a(m.entity, "Person") and _NAMED_AFTER.fullmatch(text, mention.end, m.start)
        for m in mentions
        if m.start >= mention.end
    ):
        return None
    holders = {
        c.subject
        for c in register.claims
        if c.predicate == "holdsPosition" and c.object == mention.entity
    }
    if len(holders) != 1:
        return None
    return replace(mention, entity=holders.pop(), how="the one holder of the office named")
