"""A register person's surname alone after another given name: another person of it.

"Manmohan Singh" is not J.P. Singh, nor "Zabihullah Mujahid" Mohammad Yaqub Mujahid: a
person's one-word name right after a capitalised word that is no title ("Minister",
"Mr"), no office's acronym ("PM Modi", "EAM Jaishankar"), no word of that person's own
names and no common word opening the sentence ("Later Singh said") names someone else.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.suggest.english import OFFICE_ACRONYMS
from kg.suggest.runs import NOT_NAMES
from kg.suggest.titles import TITLE_WORD
from kg.vocabulary import normalise

if TYPE_CHECKING:
    from kg.suggest.mentions import Mention

_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s“\"(]))([A-Z][\w’'-]*) $")


def given_name_before(text: str, mention: Mention, own: set[str]) -> bool:
    """Whether the one-word name ``mention`` of a person follows another given name
    (``own``: the normalised words of that person's names)."""
    if " " in text[mention.start : mention.end].strip():
        return False
    before = _WORD_BEFORE.search(text[: mention.start])
    if before is None:
        return False
    word = before.group(1)
    if normalise(word) in own | NOT_NAMES or TITLE_WORD.fullmatch(word) or word in OFFICE_ACRONYMS:
        return False
    lead = text[: before.start(1)].rstrip()
    opens = not lead or lead[-1] in '.:!?“"\n'
    return not opens or not re.search(rf"\b{re.escape(word.lower())}\b", text)
