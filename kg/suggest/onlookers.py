"""Who is named beside an event and takes no part in it: whoever talks about, reacts to or
reports it, a name in a phrase of the trigger before, and the owner of another actor."""

from __future__ import annotations

import re

from kg.suggest.bodies import body_owner
from kg.suggest.english import DISCUSSING, alternation
from kg.suggest.mentions import Mention
from kg.suggest.register import Register

OWNED = ("Ministry", "DiplomaticMission", "Organization")
"""Bodies that act for themselves where the text names their owner before them ("the
Taliban’s Ministry of Commerce said": the ministry speaks)."""
TALKED = re.compile(
    rf"\b(?:{alternation(DISCUSSING)}|"
    r"thanked|thanking|praised|praising|lauded|commended|appreciated)\b",
    re.IGNORECASE,
)
"""Verbs whose subject talks about the event named after them, and takes no part in it
("the two sides discussed the airstrikes", "Muttaqi thanked India for its aid")."""
TALKED_AT = re.compile(
    r"\b(?:during|at|in)\s+(?:a|an|their|its|his|her)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
"""Right before talks' trigger, the phrase that places a verb of talking in them ("A and B
discussed trade during a meeting in Tehran"): its subject takes part (round eighteen)."""
REACTED = re.compile(
    r"\b(?:welcomed|welcomes|welcoming|hailed|hails|hailing|endorsed|endorses|noted|notes)\s+"
    r"(?:the|a|an|this|that|its|their)\b",
    re.IGNORECASE,
)
"""Verbs whose subject reacts to the event after them, no party to it ("Qatar welcomed it")."""
COORDINATED = re.compile(r"\b(?:and|but)\s+(?:(?:also|later|then|[a-z]+ly)\s+)?$")
"""The trigger is a verb coordinated with the one before ("thanked China for its support
and urged Beijing"): the verb before does not talk about it, and its object is no
subject."""
PREPOSITIONAL = re.compile(
    r"\s+(?:with|between|among|against|to|from|for|of|on|at)\s+"
    r"(?:the\s+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*[’']s\s+)?"
)
"""A name right after the trigger before (in a phrase of it: "held talks with India on
improving ties and seeking humanitarian assistance", "the attack on Qatar’s embassy was
condemned"), no actor of the next trigger."""
REPORTED = re.compile(
    r"\b(?:reported|reports)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$"
    r"|\b(?:quoted|quotes)\s[^.;]*?\bas\s+[a-z]+ing\s+(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
"""Verbs whose subject only reports the event named right after them ("the military
reported a fresh attack"; "media quoted X as telling a news conference"); the subject is
still that of a participle after a comma ("reported an attack, saying the clashes killed"),
as :func:`kg.suggest.clauses.shared_subject` has it; an event told in a clause of its own
("reported that X met Y") keeps its actors."""


class Onlookers:
    """The actors named around an event's trigger that are no party to it (for
    :class:`kg.suggest.event_roles.EventRoles`)."""

    register: Register

    def _owns(self, text: str, mention: Mention, mentions: list[Mention]) -> bool:
        """A state named as the owner of another actor, not a person ("Afghanistan’s
        Taliban government", "India’s foreign ministry"), or of a place or port ("Iran’s
        Chabahar port"); a person inside a mention of the ministry he heads ("Azizi’s
        ministry had sent": the ministry acts, :mod:`kg.suggest.headed`; "X’s office" stays
        X); any other actor named as the owner of a ministry, mission or organisation
        ("the Taliban’s Ministry of Commerce")."""
        if not re.match(r"[’']s\s", text[mention.end : mention.end + 3]):
            return False
        if self.register.is_a(mention.entity, "State") and body_owner(text, mention, mentions):
            return True  # "Iran’s foreign ministry said", the ministry a new name
        after = mention.end + 3
        if self.register.is_a(mention.entity, "Person"):  # "Azizi’s ministry had sent"
            return any(
                m.start <= mention.start < mention.end < m.end
                and self.register.is_a(m.entity, "Ministry")
                for m in mentions
            )
        if not self.register.is_a(mention.entity, "State"):  # "the Taliban’s Ministry of X"
            return any(
                m.start == after and any(self.register.is_a(m.entity, c) for c in OWNED)
                for m in mentions
            )
        return any(
            m.start == after
            and (
                (
                    self.register.is_a(m.entity, "Actor")
                    and not self.register.is_a(m.entity, "Person")
                )
                or any(self.register.is_a(m.entity, c) for c in ("Place", "Port"))
            )
            for m in mentions
        )

    def _reports(self, cls: str) -> bool:
        """A statement that only reports what was said: no accusation, denial or
        condemnation, whose object clause names the one it is against."""
        blames = ("Accusation", "Denial", "Condemnation")
        return self.register.is_a(cls, "Statement") and not any(
            self.register.is_a(cls, c) for c in blames
        )


__all__ = [
    "COORDINATED",
    "OWNED",
    "PREPOSITIONAL",
    "REACTED",
    "REPORTED",
    "TALKED",
    "TALKED_AT",
    "Onlookers",
]
