"""The short forms of an organisation named in full: "the Council", "the 15-member
Council" after "the Security Council" (round ten); "UN" beside "United Nations" (round
eleven).

General English names a body in full once, then by its head noun, capitalised, after
"the": "the Committee", "the Agency", "the Mission". The short form names the latest body
named before it in the report whose head noun it is; a head noun that opens a longer name
("the Council of Ministers") or is written after the short form's first use only is none.
"""

from __future__ import annotations

import re

from kg.suggest.variants import capital_initials

HEADS = (
    "Council|Committee|Commission|Agency|Mission|Ministry|Office|Organi[sz]ation|Authority|"
    "Assembly|Parliament|Bank|Fund|Court|Bureau|Institute|Programme|Secretariat|Directorate|"
    "Department|Corporation|Alliance|Union|Foundation|Conference|Forum|Board"
)
_SHORT = re.compile(
    rf"\b[Tt]he\s+(?:[\w-]+-member\s+)?(?P<head>{HEADS})\b"
    r"(?!\s+(?:of|for|on|to)\s+[A-Z]|\s+[A-Z]|-)"
)
_HEAD = re.compile(rf"\b({HEADS})\b(?:\s+(?:of|for|on|to)\s+[A-Z].*)?$")


def head(name: str) -> str | None:
    """The head noun of a body's name of two words or more ("Security Council":
    "Council"; "Ministry of Foreign Affairs of Qatar": "Ministry"), or None."""
    match = _HEAD.search(name)
    return match.group(1) if match and len(name.split()) >= 2 else None


def short_forms(text: str, named: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans (the head noun) of "the <Head>" in ``text``, each with the entity of the
    latest of ``named`` (start, end, entity) before it whose name has that head."""
    heads = sorted(  # by start only: two names may start at one place, one of no head
        ((start, head(text[start:end]), entity) for start, end, entity in named),
        key=lambda item: item[0],
    )
    found: list[tuple[int, int, str]] = []
    for match in _SHORT.finditer(text):
        if any(start <= match.start("head") < end for start, end, _ in named):
            continue  # a word of the full name itself
        earlier = [e for start, h, e in heads if h == match["head"] and start < match.start()]
        if earlier:
            found.append((match.start("head"), match.end("head"), earlier[-1]))
    return found


_ACRONYM = re.compile(r"[A-Z]{2,6}")


def spelled_out(labels: dict[str, str]) -> dict[str, str]:
    """New entity id of an acronym ("UN") -> the id of the one other new name of the
    report whose capitalised words it abbreviates ("United Nations"): one entity, the
    acronym its alias, wherever in the report either comes first."""
    owners: dict[str, list[str]] = {}
    for key, label in labels.items():
        if initials := capital_initials(label):
            owners.setdefault(initials, []).append(key)
    return {
        key: owners[label.lower()][0]
        for key, label in labels.items()
        if _ACRONYM.fullmatch(label) and len(owners.get(label.lower(), ())) == 1
    }
