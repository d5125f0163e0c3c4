"""A new entity's other names and its duplicate check against the register.

:func:`text_aliases` gives the other names the text itself gives a new entity (an
acronym in brackets after it, a person's last name alone later on);
:func:`duplicate_of` the register entity it probably is, by a name within
:data:`DUPLICATE_CUTOFF` or a person's surname, proposed as ``possibleDuplicateOf``
instead of a silent second id.
"""

from __future__ import annotations

import re

from kg.suggest.english import NAME_PARTICLES
from kg.suggest.mentions import MentionFinder
from kg.suggest.variants import skeleton
from kg.vocabulary import closest, normalise

DUPLICATE_CUTOFF = 85.0


def text_aliases(text: str, label: str, cls: str, end: int) -> tuple[str, ...]:
    """Other names the text gives: an acronym in brackets after the name ("Lashkar-e-Taiba
    (LeT)"), a person's last name alone later on ("Kamil"; one opened by a particle also
    capitalised, opening a sentence: "Al-Kuwari"), else the first of a two-word name,
    where the family name comes first ("Wang" of "Wang Yi")."""
    found: list[str] = []
    acronym = re.match(r"\s*\(([A-Z][A-Za-z]{1,7})\)", text[end : end + 12])
    if acronym:
        found.append(acronym.group(1))
    words = label.split()
    if cls == "Person" and len(words) >= 2:
        first, last = words[0], words[-1]
        if re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])", text[end:]):
            found.append(last)
        opening = last[:1].upper() + last[1:]  # "Al-Kuwari said": "al-Kuwari" opening a sentence
        if opening != last and last.split("-")[0] in NAME_PARTICLES and opening in text[end:]:
            found.append(opening)
        if len(words) == 2 and _alone(first, text[end:]) and not _alone(last, text[end:]):
            found.append(first)  # "Wang" of "Wang Yi": the family name first (round 11)
    return tuple(found)


def _alone(word: str, text: str) -> bool:
    """``word`` stands alone in ``text``, no capitalised word after it ("Wang said", not
    "Wang Yi said")."""
    return any(
        not re.match(r"\s+[A-Z]", text[m.end() : m.end() + 2])
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)
    )


def duplicate_of(label: str, cls: str, finder: MentionFinder) -> str:
    """The register entity this name probably is, or ``""``."""
    form = normalise(label)
    if form in finder.names:  # a shorter form of a register name ("Ministry of Defence")
        return finder.names[form]
    close = closest(form, [f for f, _ in finder.forms], limit=1, cutoff=DUPLICATE_CUTOFF)
    if close:
        return finder.forms[close[0][0]][1]
    if cls == "Person" and len(form.split()) >= 2:
        surname = skeleton(form.split()[-1])
        for known, entity in finder.forms:
            if finder.register.is_a(entity, "Person") and skeleton(known.split()[-1]) == surname:
                return entity
    return ""
