"""Register names a sentence uses for no referent of them (round sixteen).

- a mission after "no" ("has had no embassy in Kabul"): there is none to mention;
- a group's plural name before the body it names the remit of ("the refugees
  ministry"), or after an office's "of" ("minister of refugees"): the portfolio, not
  the group (as "refugee" before a noun, :func:`kg.suggest.readings.singular`);
- a commodity's one-word name between a plural noun and a preposition ("relief flights
  land in Kabul"): the verb ("promised the families land in X" is misread so; rare);
- a commodity's plural name in the singular after "a", "one", "each" ("in a tent near the
  gate"): one thing, not the goods (round eighteen).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.suggest.english import OFFICE_HEADS, REMIT_BODIES, alternation
from kg.suggest.word_forms import singular

if TYPE_CHECKING:
    from kg.suggest.mentions import Mention
    from kg.suggest.register import Register

_NO = re.compile(r"\bno\s+$", re.IGNORECASE)
_BODY_AFTER = re.compile(rf"\s+(?:{alternation(REMIT_BODIES)}|ministries)\b")
_OFFICE_OF = re.compile(
    rf"\b(?:{alternation((*OFFICE_HEADS, *REMIT_BODIES))})\s+(?:of|for)\s+$", re.IGNORECASE
)
_PLURAL_BEFORE = re.compile(r"\b[a-z]{3,}s\s+$")
_PREPOSITION_AFTER = re.compile(r"\s+(?:in|at|on)\s+[A-Z]")


def no_referent(register: Register, text: str, mention: Mention) -> bool:
    """Whether the mention's words name none of the entity here (see the module)."""
    words = text[mention.start : mention.end]
    before = text[max(0, mention.start - 30) : mention.start]
    if register.is_a(mention.entity, "DiplomaticMission") and _NO.search(before):
        return True
    if register.is_a(mention.entity, "Group") and words.islower() and words.endswith("s"):
        return bool(_BODY_AFTER.match(text, mention.end) or _OFFICE_OF.search(before))
    if register.is_a(mention.entity, "Commodity") and words.islower() and " " not in words:
        if _ONE_BEFORE.search(before) and _one_of(register, mention.entity, words):
            return True  # "in a tent near the gate": one thing, not the goods (round 18)
        return bool(_PLURAL_BEFORE.search(before) and _PREPOSITION_AFTER.match(text, mention.end))
    return False


_ONE_BEFORE = re.compile(r"\b(?:a|an|one|each|every)\s+$", re.IGNORECASE)


def _one_of(register: Register, entity: str, words: str) -> bool:
    """Whether ``words`` is a commodity's plural name in the singular ("tent" of "tents")."""
    record = register.entities[entity]
    names = {n.lower() for n in (record.label, *record.aliases)}
    return words.lower() not in names and any(singular(n) == words.lower() for n in names)
