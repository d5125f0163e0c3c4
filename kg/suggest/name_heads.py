"""New entities' names and classes by their head nouns, the nouns before them and titles."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.suggest.candidates import LISTED_PLACE_CLASSES
from kg.suggest.english import NAME_AHEAD, OFFICE_HEADS, PORTFOLIO, alternation, capitalised
from kg.vocabulary import normalise

if TYPE_CHECKING:
    from kg.suggest.mentions import MentionFinder

_HEADED_PLACES = {"province": "Province", "district": "District"}
_PLACE_HEAD = re.compile(r"\s+(?P<head>provinces?|districts?|(?:border\s+)?crossing)\b", re.I)
_LISTED_HEAD = {f"{word}s": head for word, head in _HEADED_PLACES.items()}


def place_label(text: str, end: int, label: str, cls: str, listed: re.Match[str] | None) -> str:
    """A province's, district's or border crossing's name with its head noun, as the
    register writes them ("Badakhshan province": "Badakhshan Province", "Nazyan district":
    "Nazyan District", "the Torghundi border crossing": "Torghundi border crossing"); the
    head of a list ("Kunduz, Takhar and Baghlan provinces") for each item."""
    if cls not in ("Province", "Region", "Place"):
        return label
    if listed and listed.group(1) in _LISTED_HEAD:
        return f"{label} {_LISTED_HEAD[listed.group(1)]}"
    head = _PLACE_HEAD.match(text, end)
    if head is None:
        return label
    word = " ".join(head["head"].lower().split()).rstrip("s")
    if word in _HEADED_PLACES:
        return f"{label} {_HEADED_PLACES[word]}"
    return f"{label} {word}" if cls == "Place" else label


def port_named(label: str, cls: str) -> bool:
    """A name opening with "Port" ("Port Qasim") classed as a town or place is a port's."""
    return cls in ("City", "Place", "Person") and bool(re.match(r"Port\s+[A-Z]", label))


_BODY_NOUN = re.compile(
    r"\b(?:company|firm|corporation|carrier|airline|operator|lender|conglomerate|"
    r"broadcaster|agency|group|outfit|bank|utility|monopoly|giant|exporter),?\s+$"
)
"""A common noun for a body right before a one-word name ("the Turkmen state gas company
Turkmengaz"): the name is that body's."""


_PLURAL_CLASSES = {**LISTED_PLACE_CLASSES, "towns": "City", "villages": "Place"}
"""The classes of places by a plural head: those a list before the head names
(:data:`kg.suggest.candidates.LISTED_PLACE_CLASSES`), and towns and villages."""
_PLURAL_OF = re.compile(
    rf"\b(?P<kind>{'|'.join(_PLURAL_CLASSES)})\s+of\s+"
    r"(?:[A-Z][\w-]+(?:\s[A-Z][\w-]+)?,\s+)*(?:(?:[A-Z][\w-]+(?:\s[A-Z][\w-]+)?,?\s+)?and\s+)?$"
)


_PLURALS = rf"(?:{capitalised(OFFICE_HEADS)})s"
_PLURAL_TITLE = re.compile(
    rf"\b{_PLURALS}\s+(?:(?:[A-Z][\w’'-]+\s+){{0,3}}[A-Z][\w’'-]+(?:,\s+|,?\s+and\s+))*$"
)
"""A plural title before a list of names ("Foreign Ministers X Y, Z W and U V")."""
_PLURAL_FIRST = re.compile(rf"(?:[A-Z]\w+\s+){{0,2}}?{_PLURALS}\s+{NAME_AHEAD}")


def after_plural_title(text: str, start: int, end: int) -> int:
    """Where a run opens with a plural title before two capitalised words ("Deputy
    Ministers Bahodir Alimov"), the name begins after the title."""
    match = _PLURAL_FIRST.match(text, start, end)
    return match.end() if match else start


_CITY_COMMA = re.compile(r"\b(?:in|from|of|near)\s+[A-Z][\w-]+,\s+$")
"""A place after a preposition and a comma before a name ("from Khujand, X"): the name is
the province (or a federal state) the place lies in, where no list goes on after it."""
_NO_LIST = re.compile(r",\s+(?!and\b|or\b)[a-z]|\.")


def class_by_noun(before: str, words: list[str], after: str = "") -> tuple[str, str] | None:
    """The class of a name of up to three words by a common noun before it: a body's ("the
    Turkmen state gas company Turkmengaz"), or a plural kind of place and "of" before a
    list ("the cities of Samarkand, Bukhara and Khiva"); with the reason."""
    if len(words) > 3:
        return None
    if _BODY_NOUN.search(before):
        return "Organization", "after a body's common noun"
    if _PLURAL_TITLE.search(before):
        return "Person", "after a plural title ('Deputy Ministers X and Y')"
    plural = _PLURAL_OF.search(before)
    if plural:
        return _PLURAL_CLASSES[plural["kind"]], f"listed after '{plural['kind']} of'"
    if len(words) <= 2 and _CITY_COMMA.search(before) and _NO_LIST.match(after):
        return "Province", "after a place and a comma ('from Khujand, X,')"
    return None


_TITLE_HEAD = rf"(?:{capitalised(OFFICE_HEADS)}|{alternation(OFFICE_HEADS)}|Speaker|Head)"
_OF_A_BODY = re.compile(rf"\b{_TITLE_HEAD}\s+of\s+(?:the\s+)?$")
_BODY_END = re.compile(
    r"\b(?:Assembly|Council|Parliament|Senate|Commission|Committee|Board|Court|Bank|Agency|"
    r"Authority|Organi[sz]ation|Chamber|Jirga|Shura|Majlis|Cabinet(?:\s+of\s+Ministers)?|"
    r"Presidium)\s+" + NAME_AHEAD
)


def after_a_body(text: str, start: int, end: int) -> int:
    """Where a title "of the" stands before a run that names a body and then two
    capitalised words ("Speaker of the National Assembly Karim Basri"), the name begins
    after the body's name."""
    if not _OF_A_BODY.search(text[max(0, start - 40) : start]):
        return start
    body = _BODY_END.search(text, start, end)
    return body.end() if body else start


_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")


def split_of(
    text: str, runs: list[tuple[int, int]], before_title: re.Pattern[str], titles: str
) -> list[tuple[int, int]]:
    """A person's name after a title, then "of" and a place or body ("Ambassador Leyla
    Hasanova of Azerbaijan", "President X Y of Turkmenistan"): two names, not one."""
    out: list[tuple[int, int]] = []
    for start, end in runs:
        words = text[start:end]
        of = _OF_PLACE.search(words)
        title = re.match(titles + r"\s+", words)
        name = words[title.end() if title else 0 : of.start()].split() if of else []
        before = text[max(0, start - 40) : start]
        if (
            of is None
            or len(name) < 2
            or not (before_title.search(before) or title)
            or not all(re.fullmatch(r"[A-Z][a-z’'-]+", w) for w in name)
            or any(w.lower() in (*OFFICE_HEADS, *PORTFOLIO) for w in name)
        ):
            out.append((start, end))
            continue
        out += [(start, start + of.start()), (start + of.end(), end)]
    return out


def names_a_thing(words: str, finder: MentionFinder) -> bool:
    """Whether ``words`` are a register name of anything but a topic or commodity (a
    capitalised "Investment" ends "Chamber of Commerce and Investment", a name of its own
    would not)."""
    form = normalise(words)
    return any(
        known == form
        and not finder.register.is_a(e, "Topic")
        and not finder.register.is_a(e, "Commodity")
        for known, e in finder.forms
    )
