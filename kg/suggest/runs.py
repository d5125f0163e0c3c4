"""Runs of capitalised words in a report's tokens: the spans that may be names.

A run is a maximal sequence of name tokens, joined over connectors ("of", and the
particles of persons' names: "bin", "al", "von der") and pieces written together
("Lashkar-e-Taiba"), or opened by a particle written together with a surname
("al-Kuwari"), without a sentence's function words (:data:`NOT_NAMES`). The
tolerant step of :class:`kg.suggest.mentions.MentionFinder` matches them against the
register, and those no mention covers are the candidates for new entities.
"""

from __future__ import annotations

from typing import Any

from kg.suggest.english import CALENDAR, CHARTERED_BODIES, NAME_PARTICLES, REMIT_BODIES
from kg.suggest.gazetteer import leading_state
from kg.suggest.text import is_name_token

IZAFE_JOINS = ("e", "i", "ul", "al")
"""The Persian and Urdu izafe between a name's parts ("Tehrik-i-Taliban", "Hizb-e-Islami")."""
_CONNECTORS = {"-", "of", "e", *NAME_PARTICLES}


NOT_NAMES = {
    "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "during", "after",
    "before", "since", "yes", "no", "it", "he", "she", "they", "we", "our", "his", "her",
    "its", "their", "while", "although", "despite", "meanwhile", "notably", "beyond",
    "through", "as", "both", "additionally", "however", "sources", "talks", "india’s",
}  # fmt: skip


def name_runs(doc: object, taken: set[int]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens outside ``taken`` (a sentence's first word only
    when a name word follows)."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    tokens = list(doc)  # type: ignore[call-overload]
    for token in [*tokens, None]:
        inside = (
            token is not None
            and token.i not in taken
            and (
                is_name_token(token)
                or (start is not None and token.text.lower() in _CONNECTORS and _next_name(token))
                or (start is None and _particle_surname(token))  # "Sorensen and al-Kuwari"
                or (start is not None and _joined(token))  # "Lashkar-e-Taiba"
                or (start is not None and _of_the(token))  # "Committee of the Red Cross"
                or (
                    start is not None
                    and token.text == "\n"
                    and _next_name(token)
                    and soft_break(token.doc.text, token.idx)
                )  # "Bakhrom\nAloyev"
            )
            and (token.text.lower() not in NOT_NAMES or (start is not None and _of_the(token)))
        )
        if inside and start is None:
            assert token is not None
            start = token.i
        elif not inside and start is not None:
            end = token.i if token is not None else len(tokens)
            while end > start + 1 and tokens[end - 1].text.lower() in ("of", "for", "on", "the"):
                end -= 1  # "the Foreign Office of the [Taliban]": a register name taken
            runs.extend(_split_after_state(tokens, start, end))
            start = None
    return runs


def _split_after_state(tokens: list[Any], start: int, end: int) -> list[tuple[int, int]]:
    """A run "... of <state> X Y" ends after the state where two name words or more follow
    it: "Governor of the State Bank of Kyrgyzstan Tolkunbek Abdygulov" is the bank, then
    its governor's name."""
    for k in range(start + 1, end - 3):
        width = (
            leading_state([t.text for t in tokens[k + 1 : end]]) if tokens[k].lower_ == "of" else 0
        )
        if width:
            return [(start, k + 1 + width), (k + 1 + width, end)]
    return [(start, end)]


_BODIES_OF_THE = {*REMIT_BODIES, *CHARTERED_BODIES, "league", "federation", "conference", "high"}
"""A body's words before "of the"/"for the" inside its name ("International Committee of
the Red Cross", "Office for the Coordination of ...", "Office of the High Commissioner")."""


def _of_the(token: Any) -> bool:
    """ "of"/"for" then "the" then a name, after a capitalised body's word, or that "the"
    (round eighteen): one name ("the International Committee of the Red Cross")."""
    doc, i = token.doc, token.i
    lower = token.text.lower()
    if lower in ("of", "for") and i + 2 < len(doc) and doc[i + 1].lower_ == "the":
        before, after = doc[i - 1] if i else None, doc[i + 2]
    elif lower in ("for", "on") and i + 1 < len(doc) and doc[i + 1].lower_ not in CALENDAR:
        before, after = doc[i - 1] if i else None, doc[i + 1]  # "Centre for Regional Studies",
        # "Committee on Investments" (round 18); not "the Council on Monday"
    elif lower == "the" and i >= 2 and doc[i - 1].lower_ in ("of", "for") and i + 1 < len(doc):
        before, after = doc[i - 2], doc[i + 1]
    else:
        return False
    return (
        before is not None
        and is_name_token(before)
        and before.lower_ in _BODIES_OF_THE
        and is_name_token(after)
    )


def _joined(token: Any) -> bool:
    """A lower-case piece written together with the name before it and a name after it
    ("Lashkar-e-Taiba", "Jaish-e-Mohammed")."""
    doc = token.doc
    before = doc[token.i - 1] if token.i else None
    if before is None or before.whitespace_ or token.whitespace_:
        return False
    for nxt in doc[token.i + 1 : token.i + 4]:
        if is_name_token(nxt):
            return True
        if nxt.whitespace_ or not (nxt.is_alpha or nxt.text == "-"):
            return False
    return False


def _particle_surname(token: Any) -> bool:
    """A lower-case particle that opens a surname written together with it ("al-Kuwari",
    "el-Sisi"): a name where no capitalised word stands before it ("Sorensen and
    al-Kuwari met him", "said al-Ansari")."""
    doc, i = token.doc, token.i
    return (
        token.text in NAME_PARTICLES
        and not token.whitespace_
        and i + 2 < len(doc)
        and doc[i + 1].text == "-"
        and not doc[i + 1].whitespace_
        and is_name_token(doc[i + 2])
    )


def _next_name(token: Any) -> bool:
    """A name follows, or a hyphen written together and then a name ("Majed al-Ansari"),
    or after a particle more particles and then a name ("Ursula von der Leyen")."""
    doc, i = token.doc, token.i + 1
    while token.lower_ in NAME_PARTICLES and i < len(doc) and doc[i].lower_ in NAME_PARTICLES:
        i += 1
    nxt = doc[i] if i < len(doc) else None
    if nxt is not None and nxt.text == "-" and not doc[i - 1].whitespace_ and not nxt.whitespace_:
        nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and is_name_token(nxt)


def name_words(words: list[str]) -> bool:
    """Whether a name's words are all capitalised, but for particles after the first
    ("Ahmed al-Kuwari", "Pieter van Dijk": :data:`kg.suggest.english.NAME_PARTICLES`)."""
    return all(
        w[:1].isupper() or (i and w.split("-")[0].lower() in NAME_PARTICLES)
        for i, w in enumerate(words)
    )


def soft_break(text: str, at: int) -> bool:
    r"""Whether the line break at ``at`` only wraps a sentence (a hard-wrapped report):
    the line before holds a sentence's words (six or more, 30 characters or more, some
    in lower case), is no byline nor the text's first line (a headline), and ends inside the
    sentence, and the next line goes on at once.

    >>> text = "Headline\nThe minister met his counterpart Deputy Minister Bakhrom\nAloyev."
    >>> soft_break(text, text.index("\n")), soft_break(text, text.rindex("\n"))
    (False, True)
    """
    first = text.find("\n", len(text) - len(text.lstrip()))
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return (
        0 <= first < at
        and len(line) >= 30
        and len(line.split()) >= 6
        and not line.startswith("By ")  # a byline
        and any(w.islower() for w in line.split())
        and line[-1:].isalnum()
        and text[at + 1 : at + 2].isalnum()
    )


def izafe_end(doc: Any, start: int) -> bool:
    """Whether the token at ``start`` ends a name joined by the izafe ("Tehrik-i-Taliban":
    not the Taliban)."""
    return (
        start >= 3
        and doc[start - 1].text == "-"
        and doc[start - 2].lower_ in IZAFE_JOINS
        and not doc[start - 1].whitespace_
        and not doc[start - 3].whitespace_
    )
