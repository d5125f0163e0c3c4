"""A name in the list of goods after an aid trigger ("aid, including wheat, X"): no recipient.

"Aid, including wheat, medicines, COVID vaccines": a name among the goods listed is one of
them, no recipient of them (round eighteen).
"""

from __future__ import annotations

import re

from kg.suggest.mentions import Mention

_LISTED = re.compile(r"\b(?:including|such\s+as|in\s+the\s+form\s+of)\s+")
"""The words that open a list of what the aid is."""
_WORD = r"(?!(?:to|for|from|by|in|on|with|at|of|that|which|who)\b)[\w’'-]+"
_ITEMS = re.compile(rf"(?:{_WORD}(?:\s+{_WORD}){{0,2}}\s*,?\s+(?:and\s+|or\s+)?)+")
"""Items of a list up to the name: words, commas and a last "and"; no preposition, verb or
clause ("including wheat, to the Afghan people": the people are no item)."""


def in_goods_list(text: str, trigger_end: int, mention: Mention, goods: list[Mention]) -> bool:
    """Whether ``mention``, past an aid trigger ending at ``trigger_end``, is an item of the
    list of goods opened after it (:data:`_LISTED`), beside at least one of ``goods`` (the
    commodities named in the sentence) before it in that list."""
    if mention.start < trigger_end:
        return False
    lists = list(_LISTED.finditer(text, trigger_end, mention.start))
    opened = lists[-1] if lists else None  # the last list before the name
    if opened is None or not _ITEMS.fullmatch(text, opened.end(), mention.start):
        return False
    return any(opened.end() <= g.start and g.end <= mention.start for g in goods)
