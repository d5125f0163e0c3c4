"""New entities listed beside register ones: the other items of a list with a register
commodity ("wheat, medicines and blankets"), and the missions of the register states listed
before "their embassies" (moved from :mod:`kg.suggest.entities` in round eight)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.suggest.candidates import NewEntity, slug
from kg.suggest.english import LIST_SEPARATOR
from kg.vocabulary import normalise

if TYPE_CHECKING:
    from kg.suggest.mentions import MentionFinder

_ITEM = r"[a-z]+(?:\s[a-z]+)?"
_LEADING = re.compile(
    r"^(?:(?:and|or|of|the|a|an|as|such|including|like|with|in|on|for|to|from)\b\s*)+"
)
_PARTICIPLE = re.compile(r"\s(?:[a-z]{3,}ed|sent|sold|bought|brought|given|taken|made|held|kept)$")
"""A participle after the item, its clause's verb ("electricity sent south")."""
_LIST = re.compile(rf"\b{_ITEM}(?:,\s+{_ITEM})*,?\s+(?:and|or)\s+{_ITEM}\b")


def listed_commodities(text: str, finder: MentionFinder) -> list[NewEntity]:
    """ "wheat, medicines and blankets": in a list of which one item is a commodity of the
    register, the other items (one or two lower-case words) are commodities too."""
    register = finder.register
    found: list[NewEntity] = []
    for match in _LIST.finditer(text):
        items, offset = [], 0
        for piece in re.split(LIST_SEPARATOR, match.group()):
            offset = match.group().index(piece, offset)
            item = _PARTICIPLE.sub("", _LEADING.sub("", piece))  # "of wheat": "wheat"
            items.append((offset, item))  # "electricity sent (south)": "electricity"
        first = items[0][1].split()  # "carried rice": the list begins at its last word
        items[0] = (items[0][0], first[-1] if first else "")
        items = [(o, i) for o, i in items if i]
        named = [finder.names.get(normalise(i), "") for _, i in items]
        if not any(register.is_a(k, "Commodity") for k in named if k):
            continue
        for (offset, item), entity in zip(items, named, strict=True):
            if entity or known(item, finder):
                continue
            start = match.start() + match.group().index(item, offset)
            reason = "listed with a commodity of the register"
            found.append(NewEntity(slug(item), "Commodity", item, start, start + len(item), 0.4,
                                   reason))  # fmt: skip
    return found


def known(label: str, finder: MentionFinder) -> bool:
    form = normalise(label)
    return form in finder.names or any(form == known for known, _ in finder.forms)


_EMBASSIES = re.compile(r"\btheir\s+(?:embassies|missions|diplomatic missions)\b")
_IN_PLACE = re.compile(
    r"\b(?:embassy|embassies|missions?)\s+in\s+(?P<place>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)"
)


def listed_missions(text: str, finder: MentionFinder) -> list[NewEntity]:
    """ "China, Russia and Iran have kept their embassies (in Kabul)": a mission of each
    register state listed in the sentence before it, in the place named after
    "embassies in" there or, failing that, last before it in the report; one the
    register already has (its label names the state and the place) is no new one."""
    register = finder.register
    states = {
        normalise(f): e for f, e in finder.forms if register.is_a(e, "State") and " " not in f
    }
    found: list[NewEntity] = []
    for match in _EMBASSIES.finditer(text):
        sentence_start = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start()))
        sentence_end = min(
            [i for i in (text.find(". ", match.end()), text.find("\n", match.end())) if i >= 0]
            or [len(text)]
        )
        here = _IN_PLACE.search(text, match.start(), sentence_end)
        places = [here] if here else list(_IN_PLACE.finditer(text, 0, match.start()))
        if not places:
            continue
        place = places[-1]["place"]
        listed = [
            (w.start(), w.group())
            for w in re.finditer(r"\b[A-Z][\w]+\b", text[sentence_start + 1 : match.start()])
            if normalise(w.group()) in states
        ]
        for offset, word in listed:
            state = states[normalise(word)]
            words = set(normalise(register.entities[state].label).split()) | set(
                normalise(place).split()
            )
            if any(
                register.is_a(e.id, "DiplomaticMission")
                and words <= set(normalise(e.label).split())
                for e in register.entities.values()
            ):
                continue
            label = f"Embassy of {register.entities[state].label}, {place}"
            start = sentence_start + 1 + offset
            reason = 'a state listed before "their embassies"'
            found.append(
                NewEntity(slug(label), "DiplomaticMission", label, start, start + len(word), 0.5,
                          reason)
            )  # fmt: skip
    return found
