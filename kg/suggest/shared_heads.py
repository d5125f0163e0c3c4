"""Names coordinated before one plural head: "the Torkham and Chaman crossings" (round 16).

English shares a plural head between coordinated modifiers: "the A and B crossings" are
the A crossing and the B crossing, "X and Y provinces" X province and Y province. Where
the register has the name of a conjunct and the head in the singular ("Chaman
crossing"), the conjunct names that entity, not the place alone its word names.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from kg.suggest.mentions import Mention
from kg.suggest.word_forms import singular

_HOW = "a conjunct before a plural head it shares"


def shared_heads(doc: Any, mentions: list[Mention], names: dict[str, str]) -> list[Mention]:
    """The mentions, each conjunct of "A and B <plural>" that makes a register name with
    the singular head ("B crossing") naming that entity instead."""
    out = list(mentions)
    for token in doc:
        if token.lower_ not in ("and", "or") or token.i < 1 or token.i + 2 >= len(doc):
            continue
        head = doc[token.i + 2]
        if not head.text.islower() or singular(head.lower_) == head.lower_:
            continue
        for word in (doc[token.i - 1], doc[token.i + 1]):
            entity = names.get(f"{word.norm_} {singular(head.lower_)}")
            if not entity or not word.text[:1].isupper():
                continue
            start, end = word.idx, word.idx + len(word.text)
            same = [m for m in out if m.start == start and m.end == end]
            out = [m for m in out if m not in same]
            out.append(replace(same[0], entity=entity, how=_HOW) if same else
                       Mention(start, end, entity, _HOW, 0.7))  # fmt: skip
    return out
