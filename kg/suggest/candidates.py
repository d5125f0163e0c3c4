"""The capitalised runs worth classing as new entities, and where their names begin.

A run no mention covers is cut at line breaks (:func:`within_lines`), moved back
over a register name it ends ("Kabul University": :func:`fragment`), and dropped
where it is a month, a weekday or a register name's stem, an adjective rather
than a name (:func:`not_a_name`). :mod:`kg.suggest.entities` classes what remains,
with :func:`organisation` and :func:`listed_with_states`.
"""

from __future__ import annotations

import re

from kg.suggest.mentions import MentionFinder
from kg.vocabulary import normalise


def within_lines(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The runs cut at line breaks: a name does not run from a headline into the
    dateline."""
    pieces: list[tuple[int, int]] = []
    for start, end in runs:
        for match in re.finditer(r"[^\n]+", text[start:end]):
            piece = match.group().strip()
            if piece:
                first = start + match.start() + match.group().index(piece)
                pieces.append((first, first + len(piece)))
    return pieces


def fragment(text: str, start: int, finder: MentionFinder) -> tuple[int, bool]:
    """A run right after a register name ("Hamid Karzai International Airport", "Kabul
    University") is the end of a longer name: its start moved back over that name (of
    up to three words), and True; not after a title ("Deputy Prime Minister X")."""
    offset = max(0, start - 60)
    words = list(re.finditer(r"[A-Z][\w’'.-]*", text[offset:start]))
    for count in (3, 2, 1):
        if len(words) < count:
            continue
        first = words[-count]
        name = text[offset + first.start() : start]
        if not re.fullmatch(r"(?:[A-Z][\w’'.-]*\s)+", name) or "\n" in name:
            continue
        if re.search(r"[’']s?\s$", name):  # "India’s Ministry": an owner, not a longer name
            continue
        known = finder.names.get(normalise(name))
        if known and not finder.register.is_a(known, "Position"):  # a title names a person
            return offset + first.start(), True
    return start, False


_CALENDAR = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
}  # fmt: skip


def not_a_name(label: str, finder: MentionFinder) -> bool:
    """A month or weekday, or one word that is a register name's stem ("Afghan" of
    "Afghanistan", "Indian" of "India"): an adjective, not a new entity."""
    form = normalise(label)
    if form in _CALENDAR:
        return True
    if " " in form:
        return False
    return any(
        known != form and (known.startswith(form[:-1]) or form.startswith(known)) and len(form) > 3
        for known, _ in finder.forms
        if " " not in known
    )


def organisation(label: str, word: str) -> str:
    """The class of an organisation's name: a ministry, a body of the United Nations
    ("UN Security Council", "United Nations Development Programme"), a state's mission
    ("Indian Technical Mission"), else Organization."""
    if word == "ministry":
        return "Ministry"
    if re.match(r"(?:UN|United Nations)\b", label):
        return "InternationalOrganization"
    return "DiplomaticMission" if word == "mission" else "Organization"


def listed_with_states(text: str, start: int, end: int, finder: MentionFinder) -> bool:
    """One word in a comma list beside states of the register ("China, Russia, and Qatar"),
    an item of the list itself (after or before a comma, "and" or "or")."""
    if " " in text[start:end].strip():
        return False
    if not (
        re.search(r"(?:,|\band|\bor)\s*$", text[max(0, start - 5) : start])
        or re.match(r"\s*(?:,|and\b|or\b)", text[end : end + 5])
    ):
        return False  # "(Reuters)": not an item of the list
    window = text[max(0, start - 40) : end + 40]
    if not re.search(r",", window):
        return False
    states = {normalise(f) for f, e in finder.forms if finder.register.is_a(e, "State")}
    words = re.findall(r"[A-Z][\w’']+", window)
    return sum(1 for w in words if normalise(w) in states) >= 2
