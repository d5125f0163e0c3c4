"""A title alone for a person named before (``kg suggest``): "the minister", "the envoy",
"the two ministers".

"The minister" is the last person named before it whose OWN title has that word: the words
right before the name, up to it ("Foreign Minister X", "the minister, X"), or the name's
apposition ("X, Iran’s foreign minister,"); not the title of another person named before
("Y, Iran’s foreign minister, met X. The minister said": Y). "The two ministers", "both
envoys": the last two people so titled. "The Indian official": the last person whose own
title names India (its possessive or adjective).
"""

from __future__ import annotations

import re

from kg.suggest.english import OFFICE_HEADS, ONE_FOR_A_BODY, alternation
from kg.suggest.mentions import Mention
from kg.suggest.register import Register
from kg.suggest.text import Report
from kg.suggest.word_forms import adjective_of
from kg.vocabulary import normalise

_TITLE_ALONE = re.compile(
    r"\b(?:[Tt]he|[Tt]his)\s+(?P<title>(?:[A-Za-z]+\s+){0,2}?"
    rf"(?P<head>{alternation(OFFICE_HEADS)}|diplomat))\b"
    r"(?!\s+[A-Z])",  # "the minister", not "the minister Amir ..."
)
_TWO = re.compile(
    r"\b(?:[Tt]he\s+two|[Bb]oth(?:\s+the)?)\s+(?P<title>(?:[a-z]+\s+)?"
    rf"(?P<head>{alternation(OFFICE_HEADS)}|diplomat)s)\b"
)
"""Two people by their title's plural: "the two ministers", "both envoys"."""
_BEFORE_NAME = (
    r"(?:\s+(?:of|for)(?:\s+(?:the|[A-Z][\w-]*|[a-z]+\s+affairs))+)?,?"
    r"(?:\s+[A-Z][\w.’'-]*)*\s*$"
)
"""What may stand between a title's head and the name it is the title of: what the office
is of ("Minister of Foreign Affairs"), a comma, and capitalised words ("Mawlawi", given
names); no verb: "Iran’s foreign minister met X" gives X no title."""


_STATES_OFFICIAL = re.compile(
    r"\b[Tt]he\s+(?P<title>(?P<adjective>[A-Z][a-z]+)\s+"
    rf"(?:{alternation([w for w in ONE_FOR_A_BODY if w not in OFFICE_HEADS])}))\b(?!\s+[A-Z])"
)
"""One person by their state's adjective and a word for one of its people that is no
office's head: "the Indian official", "the Iranian diplomat"."""


def titled(register: Register, report: Report, mentions: list[Mention]) -> list[Mention]:
    """The people that "the minister", "the two ministers", "the Indian official" name
    (see the module)."""
    people = [m for m in mentions if register.is_a(m.entity, "Person")]
    found: list[Mention] = []
    for pattern, count in ((_TITLE_ALONE, 1), (_TWO, 2)):
        for match in pattern.finditer(report.text):
            how = f"the {match['title']}: the last person with that title"
            named: list[str] = []
            for person in reversed([m for m in people if m.end <= match.start()]):
                if person.entity not in named and _own_title(report, person, match["head"]):
                    named.append(person.entity)
                    if len(named) == count:
                        break
            if len(named) == count:
                found += [Mention(match.start(), match.end(), e, how, 0.6) for e in named]
    for match in _STATES_OFFICIAL.finditer(report.text):
        if any(m.start == match.start() for m in found):
            continue  # "the Iranian diplomat": a diplomat by their own title first
        adjective = normalise(match["adjective"])
        for person in reversed([m for m in people if m.end <= match.start()]):
            words = [normalise(w) for w in re.findall(r"[A-Z][\w]*(?=[’']s\b|\s)",
                                                      _own_words(report, person))]  # fmt: skip
            if any(w == adjective or adjective_of(adjective, w) for w in words):
                how = f"the {match['title']}: the last person with a title of that state"
                found.append(Mention(match.start(), match.end(), person.entity, how, 0.6))
                break
    return found


def _own_title(report: Report, person: Mention, head: str) -> bool:
    """Whether the person's own title (right before the name, or its apposition) has the
    head word ("Prime Minister" is no "minister")."""
    text = report.text
    sentence = report.sentence_at(person.start)
    lead = text[max(sentence.start, person.start - 40) : person.start]
    if re.search(rf"(?<!(?i:prime) )\b(?i:{head}){_BEFORE_NAME}", lead):
        return True
    return bool(re.search(rf"(?<!prime )\b{head}\b", _apposition(report, person), re.IGNORECASE))


def _apposition(report: Report, person: Mention) -> str:
    """The words after the person's name between commas (", Iran’s foreign minister,")."""
    sentence = report.sentence_at(person.start)
    apposition = re.match(r",[^,.;]{0,60}", report.text[person.end : sentence.end])
    return apposition.group(0) if apposition else ""


def _own_words(report: Report, person: Mention) -> str:
    """The person's own title's words: a title right before the name (back to the last
    comma or stop), and the apposition after it."""
    sentence = report.sentence_at(person.start)
    lead = report.text[max(sentence.start, person.start - 40) : person.start]
    lead = re.split(r"[,;:.]|\s(?:met|and|with|to|by)\s", lead)[-1]
    return f"{lead} {_apposition(report, person)}"
