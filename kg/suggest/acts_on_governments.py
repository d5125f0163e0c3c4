"""A topic named by an act done to a government: "recognition of the Islamic Emirate",
"does not mean recognition” of the Taliban government" for the register's topic of
recognition.

The acts' nouns are data (``acts_on_governments`` in ``genre_words.json``). The noun, then
"of" and a mention of a government, a state or an armed group, mentions the register's
one topic whose name holds that noun: "face recognition cameras" names no act on a
government. The verb ("does not recognise the Taliban government") is not read: in the
development reports it was background that the annotators did not count as a topic.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.suggest.mentions import Mention
from kg.suggest.name_forms import genre
from kg.vocabulary import normalise

if TYPE_CHECKING:
    from kg.suggest.register import Register

_ACTED_ON = ("Government", "DeFactoAuthority", "State", "ArmedGroup")
"""The classes an act of recognition is done to."""
_BEFORE_OBJECT = re.compile(r"[”\"’]?\s+of\s+(?:the\s+)?")
"""Between the act's noun and its object: a closing quote, "of", "the"."""


def acts_on_governments(register: Register, text: str, mentions: list[Mention]) -> list[Mention]:
    """The register topics that an act's noun, "of" a government's mention, names."""
    acts: dict[str, str] = {}  # the act's noun -> the topic
    for noun in genre()["acts_on_governments"]:
        topics = [
            e.id
            for e in register.entities.values()
            if register.is_a(e.id, "Topic")
            and noun in {w for n in (e.label, *e.aliases) for w in normalise(n).split()}
        ]
        if len(topics) == 1:
            acts[noun] = topics[0]
    objects = {m.start for m in mentions if any(register.is_a(m.entity, c) for c in _ACTED_ON)}
    found: list[Mention] = []
    for noun, topic in acts.items():
        for word in re.finditer(rf"\b{noun}\b", text, re.IGNORECASE):
            between = _BEFORE_OBJECT.match(text, word.end())
            if between and between.end() in objects:
                found.append(Mention(word.start(), word.end(), topic,
                                     "an act done to a government", 0.6))  # fmt: skip
    return found
