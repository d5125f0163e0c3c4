"""A verb's inflections for the trigger table: "[speak] by phone" is each form of "speak"."""

from __future__ import annotations

import re
from functools import cache
from itertools import product

BASE = re.compile(r"\[([a-z-]+)\]")
"""A verb written by its base form in brackets in a trigger phrase ("[confer] with")."""


@cache
def verb_forms(base: str) -> tuple[str, ...]:
    """The base form and every inflection of the English verb ``base`` (lemminflect's
    tables, regular rules for a verb they lack): "speak" -> speak, speaks, spoke,
    spoken, speaking."""
    from lemminflect import getAllInflections, getAllInflectionsOOV

    table = getAllInflections(base, upos="VERB") or getAllInflectionsOOV(base, upos="VERB")
    forms = [base, *(form for tag in sorted(table) for form in table[tag])]
    return tuple(dict.fromkeys(forms))


def expand(phrase: str) -> list[str]:
    """The phrases a trigger phrase stands for: one for each form of each bracketed verb
    ("[talk] by phone": talk by phone, talks by phone, talked by phone, talking by
    phone); a phrase without brackets is itself."""
    parts = BASE.split(phrase)
    if len(parts) == 1:
        return [phrase]
    choices = [verb_forms(p) if i % 2 else (p,) for i, p in enumerate(parts)]
    return list(dict.fromkeys("".join(c) for c in product(*choices)))
