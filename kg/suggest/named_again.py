"""A new entity's name written again later in the report: another occurrence of it.

A name found once with a word that classes it ("Deputy Foreign Minister Zahid Karimov")
is often written again where nothing around it does: the full name opening a sentence
("Zahid Karimov met the officials"), or after an opening word that its capitalised run
takes in ("Later Karimov said", "On Tuesday Zahid Karimov visited"). Such a run is an
occurrence of the entity found, by its label or another name the text gives it (a
person's surname, an acronym: :func:`kg.suggest.duplicates.text_aliases`), spelling
variants folded (:func:`kg.suggest.variants.skeleton`), so that the events of its
sentence may name it. Another word before the name ("Rustam Karimov") makes another name.
"""

from __future__ import annotations

import re

from kg.suggest.candidates import NewEntity
from kg.suggest.english import TIME_WORDS
from kg.suggest.titles import OPENERS, TITLE_WORD
from kg.suggest.variants import skeleton
from kg.vocabulary import normalise


def named_again(
    text: str, start: int, end: int, named: dict[str, str], found: dict[str, list[NewEntity]]
) -> tuple[str, int] | None:
    """The entity found that the run at ``start:end`` names again, and where that name
    begins; else None. ``named`` gives the key of an entity found by another name the
    text gives it, as written ("the TTP", "Mr Aloyev"), or by its label's skeleton; a
    person's name is also read after opening words and a title (:func:`_opening`: "Later
    Karimov", "On Tuesday Zahid Karimov", "Minister Karimov") and by its skeleton (a
    place's name may be another's with its head: "Ishkashim" of "the Ishkashim crossing").

    >>> found = {"zahid-karimov": [NewEntity("zahid-karimov", "Person", "Zahid Karimov", 0, 13,
    ...                                      0.7, "")]}
    >>> named = {"Karimov": "zahid-karimov", skeleton("zahid karimov"): "zahid-karimov"}
    >>> text = "Later Karimov said. Zahid Karimov met them. Rustam Karimov did not."
    >>> [named_again(text, s, e, named, found) for s, e in ((0, 13), (20, 33), (44, 58))]
    [('zahid-karimov', 6), ('zahid-karimov', 20), None]
    """
    words = list(re.finditer(r"\S+", text[start:end]))
    for i, word in enumerate(words):
        rest = " ".join(text[start + word.start() : end].split())
        key = named.get(rest) or named.get(skeleton(normalise(rest)), "")
        if key not in found:
            continue
        if i == 0 and rest in named:
            return key, start
        if found[key][0].cls == "Person" and _opening([w.group() for w in words[:i]]):
            return key, start + word.start()
    return None


def _opening(words: list[str]) -> bool:
    """Whether the words before a person's name open a sentence (:data:`OPENERS`, English
    stop words, a day or time: "Later", "Afterwards", "On Tuesday") or are a title after
    them ("Minister Karimov said", "Later Deputy Minister Karimov")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    while words and normalise(words[0]) in OPENERS | TIME_WORDS | STOP_WORDS:
        words = words[1:]
    return not words or bool(TITLE_WORD.fullmatch(" ".join(words)))
