"""People held, handed over or sent home: the register's topic of repatriating prisoners.

"Pakistan handed over 12 Afghan prisoners", "Iran repatriated 40 Afghan prisoners", "the
Taliban handed over a Tajik citizen who had been detained": a verb of handing people over
or sending them home, then people the words show held (a noun of prisoners, a participle
of holding before the noun, or a clause of holding after it: ``genre_words.json``'s
"held"), name the register's one topic whose name joins a noun of the handover
("repatriation", "handover", "return") with a noun of those held ("prisoners",
"detainees": the genre's ``heads``). "Handed over a letter", "handed over power", "handed
over 50 tonnes of wheat" and "released 12 prisoners" (freed, not sent home) name none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.suggest.english import alternation
from kg.suggest.mentions import Mention
from kg.suggest.name_forms import genre
from kg.vocabulary import normalise

if TYPE_CHECKING:
    from kg.suggest.register import Register

_HANDED = re.compile(
    r"\b(?:hand(?:s|ed|ing)?\s+(?:over|back)|repatriat(?:e|es|ed|ing)|return(?:s|ed|ing)?)\s+",
    re.IGNORECASE,
)
"""The verbs of handing people over or sending them home."""
_OBJECT_ENDS = re.compile(r"[,.;:()“”\"]|\s(?:to|at|on|in|from|for|by|with|after|who|that)\s")
"""Where the object after the verb ends: a stop, or a preposition or relative word."""
_MOST_WORDS = 6
_WHY = "people held, handed over or sent home"


def handed_over(register: Register, text: str) -> list[Mention]:
    """Mentions of the topic of repatriating prisoners, a verb and its object each."""
    heads = genre()["heads"]
    moved = next((set(g) for g in heads if "repatriation" in g), set())
    prisoners = next((set(g) for g in heads if "prisoners" in g), set())
    topics = [
        e.id
        for e in register.entities.values()
        if register.is_a(e.id, "Topic")
        and (named := set(normalise(e.label).split())) & moved
        and named & prisoners
    ]
    if len(topics) != 1:
        return []
    held = genre()["held"]
    clause = re.compile(
        rf",?\s+(?:(?:who|that)\s+(?:had|has|have)\s+been\s+|(?=\S+\s+(?:for|in|since|by|on)\b))"
        rf"(?:{alternation(held)})\b"
    )
    found = []
    for verb in _HANDED.finditer(text):
        rest = text[verb.end() : verb.end() + 200]
        end = _OBJECT_ENDS.search(rest)
        thing = rest[: end.start()] if end else rest
        words = thing.lower().split()
        if not words or len(words) > _MOST_WORDS:
            continue
        shown = any(w in prisoners or f"{w}s" in prisoners or w in held for w in words)
        if not shown and not (end and clause.match(rest, end.start())):
            continue
        found.append(Mention(verb.start(), verb.end() + len(thing.rstrip()), topics[0], _WHY, 0.5))
    return found
