"""The subject of a main clause as a coordination of names ("In a phone call on Monday,
Misri and Muttaqi discussed trade": both; "During the talks, A, B and C agreed": all three).

A fronted phrase that holds the trigger ("In a phone call", "During the talks") is done by
the main clause's subject, the first actor after the comma that closes the phrase
(:func:`kg.suggest.clauses.fronted`, :func:`kg.suggest.adjuncts.fronted_subject`); the
names joined to it by "and" (or by commas in a list that ends with "and") are that subject
too. A name in an apposition ("Araghchi, Iran’s foreign minister, said") is none: a comma
link counts only in a list closed by "and".
"""

from __future__ import annotations

import re

from kg.suggest.mentions import Mention

_AND = re.compile(r"\s+and\s+(?:(?:his|her|their|its)\s+)?")
_COMMA = re.compile(r"\s*,\s*")
_COMMA_AND = re.compile(r"\s*,\s+and\s+")


def subject_chain(text: str, actors: list[Mention], after: int) -> list[Mention]:
    """The first of ``actors`` that begins after the character ``after`` and those joined
    to it by "and" or by the commas of a list that ends with "and", in text order.

    >>> m = lambda s, e, n: Mention(s, e, n, "", 1.0)
    >>> text = "In a call, Ali Khan and Bo Li met."
    >>> [a.entity for a in subject_chain(text, [m(11, 19, "ali"), m(24, 29, "bo")], 9)]
    ['ali', 'bo']
    >>> text = "In a call, Ali Khan, Iran’s envoy, met."
    >>> [a.entity for a in subject_chain(text, [m(11, 19, "ali"), m(21, 25, "iran")], 9)]
    ['ali']
    """
    later = sorted((a for a in actors if a.start > after), key=lambda a: a.start)
    if not later:
        return []
    chain, pending = [later[0]], list[Mention]()
    for previous, actor in zip(later, later[1:], strict=False):
        gap = text[previous.end : actor.start]
        if _AND.fullmatch(gap) or _COMMA_AND.fullmatch(gap):
            chain += [*pending, actor]
            break
        if _COMMA.fullmatch(gap) and not text.startswith(("’s", "'s"), actor.end):
            pending.append(actor)
            continue
        break
    return chain
