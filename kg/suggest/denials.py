"""Whom a denial is against: the one whose words it denies, not what they are about (round 11).

docs/annotation.md gives a denial's ``hasTarget`` as the accuser ("denied Islamabad’s
allegations": Pakistan); a name in the denied matter ("denied that the TTP had any
presence", "deny UN staff detentions") is what the words are about, no party to the
denial.
"""

from __future__ import annotations

import re

from kg.suggest.mentions import Mention

_BY = re.compile(r"\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:by|from)\s+(?:the\s+)?")
"""The denied words, then whose they are: "the allegations by India", "claims from Kabul"."""
_RIGHT_AFTER = re.compile(r"\s+(?:the\s+)?")
_MODIFIER = re.compile(
    r"\s+(?!(?:on|in|at|for|and|or|as|after|before|over|with|to|of|that|which|who|by|from|"
    r"but|while|when|because|since)\b)[a-z]"
)
"""A lowercase noun right after the name: the name modifies it ("UN staff detentions"); a
possessive ("India’s allegations") is none, its owner the accuser."""


def denied_matter(text: str, trigger_end: int, mention: Mention, *, denies: bool) -> bool:
    """Whether ``mention``, named after the trigger of a denial (``denies``), is in what is
    denied, not the accuser: only a name right after the trigger, as the owner of the
    denied words ("denied Islamabad’s allegations") or as the object itself ("rejected
    India"), or after "by" or "from" past them ("denied allegations by India") is."""
    if not denies or mention.start < trigger_end:
        return False
    if _BY.fullmatch(text, trigger_end, mention.start):
        return False
    if not _RIGHT_AFTER.fullmatch(text, trigger_end, mention.start):
        return True  # "denied that the TTP had any presence"
    return bool(_MODIFIER.match(text, mention.end))
