"""English forms of single words that the name forms build on: a plural noun's singular,
and the adjectives English makes from a state's one-word name (:func:`demonyms`,
:func:`adjective_of`), by suffix rules (the irregular ones are data:
``irregular_adjectives.json``, read by :mod:`kg.suggest.gazetteer`).
"""

from __future__ import annotations


def singular(word: str) -> str:
    """A plural noun's singular, by the regular endings ("crossings", "embassies",
    "passes"); a word of three letters or fewer, or ending "ss", "us" or "is", as it is.

    >>> [singular(w) for w in ("tents", "supplies", "passes", "news", "status", "gas")]
    ['tent', 'supply', 'pass', 'new', 'status', 'gas']
    """
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def demonyms(state: str) -> set[str]:
    """The adjective forms English makes from a one-word state name, by its suffixes
    (a form no text uses is harmless): "india": "indian"; "pakistan": "pakistani";
    "afghanistan": "afghan"; "kazakhstan": "kazakh"; "china": "chinese"; "iran": "iranian".

    >>> {"indian", "pakistani"} <= demonyms("india") | demonyms("pakistan")
    True
    """
    found = {state + end for end in ("n", "an", "ian", "i", "ese")}
    if state[-1:] in "aeiouy":
        found |= {state[:-1] + end for end in ("an", "ian", "ese", "i")}
    if state.endswith("istan"):
        found.add(state[: -len("istan")])
    elif state.endswith("stan"):  # "kazakhstan": "kazakh", "kyrgyzstan": "kyrgyz"
        found.add(state[: -len("stan")])
    return {f for f in found if len(f) > 3}


def adjective_of(adjective: str, name: str) -> bool:
    """Whether ``adjective`` is the adjective of the one-word state ``name`` (both
    normalised): "afghan" of "afghanistan", "indian" of "india", "pakistani" of
    "pakistan", "chinese" of "china" (the suffix rules of :func:`demonyms`)."""
    if " " in name or len(adjective) < 4:
        return False
    return (
        name.startswith(adjective)
        or (adjective.startswith(name) and len(adjective) - len(name) <= 3)
        or adjective in demonyms(name)
    )
