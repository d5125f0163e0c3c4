"""A body named by its head's possessive ("X’s ministry"): the ministry of the office X holds.

News names a ministry by its minister once the minister is named: "the acting Minister of
Commerce, X, ... X’s ministry sent trucks". :func:`headed_bodies` reads "<person>’s
ministry" as the register's ministry whose name has the words of an office the person
holds, "Ministry" for "Minister", all but one at most ("Minister of Commerce of Y":
"Ministry of Commerce of Y"; "Defence Minister of Y, Z": "Ministry of Defence of Y");
the offices held are the register's (``holdsPosition``, ``holdsActingPosition``)
and the ones the text names right before or after one of the person's names ("Minister
of Commerce, X", "X, the Minister of Commerce"). "X’s office" stays X (annotation.md:
an office speaks for its holder).
"""

from __future__ import annotations

import re

from kg.suggest.mentions import Mention
from kg.suggest.register import Register
from kg.suggest.text import Report
from kg.vocabulary import normalise

_HEADED = re.compile(r"[’']s\s+(?P<body>ministry)\b", re.IGNORECASE)
_HOLDS = ("holdsPosition", "holdsActingPosition")
_APPOSED = re.compile(r"^\s*,?\s*(?:the\s+|acting\s+)*$", re.IGNORECASE)


def headed_bodies(register: Register, report: Report, mentions: list[Mention]) -> list[Mention]:
    """Mentions of the register's ministries as "<person>’s ministry"."""
    found: list[Mention] = []
    text = report.text
    for match in _HEADED.finditer(text):
        owner = next((m for m in mentions if m.end == match.start()), None)
        if owner is None or not register.is_a(owner.entity, "Person"):
            continue
        for office in _offices(register, text, owner.entity, mentions):
            ministry = _ministry_of(register, office)
            if ministry:
                why = "a ministry named by its minister's possessive"
                found.append(Mention(owner.start, match.end(), ministry, why, 0.6))
                break
    return found


def _offices(register: Register, text: str, person: str, mentions: list[Mention]) -> list[str]:
    """The offices the register says ``person`` holds, and the ones the text names next to
    one of the person's names."""
    held = [c.object for c in register.claims if c.subject == person and c.predicate in _HOLDS]
    names = [m for m in mentions if m.entity == person]
    for office in mentions:
        if not register.is_a(office.entity, "Position"):
            continue
        if any(
            _APPOSED.match(text[office.end : name.start])
            or _APPOSED.match(text[name.end : office.start])
            for name in names
            if office.end <= name.start or name.end <= office.start
        ):
            held.append(office.entity)
    return list(dict.fromkeys(held))


def _ministry_of(register: Register, office: str) -> str | None:
    """The register's ministry whose name's words are those of one of ``office``'s names,
    "Minister" for "Ministry", all but one word of the office's at most ("Ministry of
    Defence of Y" for "Defence Minister of Y, Z")."""
    record = register.entities.get(office)
    if record is None:
        return None
    offices = [_words(n) for n in (record.label, *record.aliases) if _HEAD.search(n)]
    best: tuple[int, str] | None = None
    for entity in register.entities.values():
        if not register.is_a(entity.id, "Ministry"):
            continue
        for name in (entity.label, *entity.aliases):
            words = _words(name)
            for held in offices:
                if words and words <= held and len(held - words) <= 1:
                    if best is None or len(held - words) < best[0]:
                        best = (len(held - words), entity.id)
    return best[1] if best else None


_HEAD = re.compile(r"\bminist(?:er|ry)\b", re.IGNORECASE)
_FUNCTION = {"minister", "ministry", "of", "the", "acting", "and"}


def _words(name: str) -> set[str]:
    return set(normalise(name).split()) - _FUNCTION
