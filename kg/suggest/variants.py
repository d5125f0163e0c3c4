"""Variants of a register name for the tolerant step: spelling folds, initials, acronyms.

:func:`skeleton` folds transliteration and spelling variants ("Yaqoob" =
"Yaqub", "Defense" = "Defence"), :func:`initials` abbreviates all words of a
name but the last ("J.P. Singh"), and :func:`acronyms` gives the initials of the
capitalised words of an organisation's name ("IEA") where only one entity has them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.suggest.derived import LOOSE, QUALIFIER
from kg.suggest.register import Register
from kg.suggest.runs import NOT_NAMES
from kg.vocabulary import closest, normalise

if TYPE_CHECKING:
    from kg.suggest.mentions import Mention

_FOLDS = (
    ("ce", "se"),  # defence, defense
    ("oo", "u"),
    ("ou", "u"),
    ("ee", "i"),
    ("aa", "a"),
    ("ph", "f"),
    ("kh", "k"),
    ("gh", "k"),  # "Araghchi", "Araqchi": one Persian letter, two spellings
    ("ck", "k"),
    ("q", "k"),
    ("dh", "d"),
    ("th", "t"),
    ("w", "v"),
    ("y", "i"),
    ("z", "s"),
    ("o", "u"),
    ("e", "i"),
)


def skeleton(form: str) -> str:
    """A name form with spelling variants folded, for typo-tolerant comparison.

    >>> skeleton("yaqoob") == skeleton("yaqub"), skeleton("mohammad") == skeleton("muhammad")
    (True, True)
    """
    text = form
    for old, new in _FOLDS:
        text = text.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", text)


def initials(form: str) -> str:
    """``jitender pal singh`` -> ``jp singh``: the initials of all words but the last."""
    words = form.split()
    return "".join(w[0] for w in words[:-1]) + " " + words[-1] if len(words) > 1 else form


_MINOR = {"of", "the", "and", "for", "in", "on", "to", "de", "al"}


def capital_initials(name: str) -> str:
    """The initials (lower case) of a name's capitalised words, two or more, minor words
    and a bracketed qualifier left out ("United Nations": "un"), or ``""`` where a word
    other than a minor one is in lower case."""
    words = [w for w in re.split(r"[\s-]+", QUALIFIER.sub("", name)) if w]
    capitals = [w for w in words if w.lower() not in _MINOR]
    if len(capitals) >= 2 and all(w[:1].isupper() for w in capitals):
        return "".join(w[0] for w in capitals).lower()
    return ""


def acronyms(register: Register) -> dict[str, tuple[str, str]]:
    """Acronym (lower case) -> (entity, name): the initials of the capitalised words
    (two or more) of a name, where no other entity's name gives the same and no name
    is that word ("Islamic Emirate of Afghanistan": "iea")."""
    found: dict[str, set[tuple[str, str]]] = {}
    for entity in register.entities.values():
        if register.is_event(entity.id) or any(
            register.is_a(entity.id, c) for c in ("Person", "Position")
        ):
            continue  # "PM" is any state's prime minister
        for name in (entity.label, *entity.aliases):
            if initials := capital_initials(name):
                found.setdefault(initials, set()).add((entity.id, normalise(name)))
    names = {normalise(n) for e in register.entities.values() for n in (e.label, *e.aliases)}
    return {
        initials: next(iter(owners))
        for initials, owners in found.items()
        if len({e for e, _ in owners}) == 1 and initials not in names
    }


def written_acronyms(register: Register) -> dict[str, str]:
    """A register name written as an acronym (two to six capitals: "OIC", "UNHCR"),
    lower case -> its entity, where no other entity has it (round 21)."""
    found: dict[str, set[str]] = {}
    for entity in register.entities.values():
        for name in (entity.label, *entity.aliases):
            if re.fullmatch(r"[A-Z]{2,6}", name):
                found.setdefault(name.lower(), set()).add(entity.id)
    return {name: next(iter(ids)) for name, ids in found.items() if len(ids) == 1}


def expanded(form: str, written: dict[str, str]) -> tuple[str, str, float] | None:
    """The register entity named by an acronym whose words a run spells out ("Organisation
    of Islamic Cooperation" for "OIC", "UN High Commissioner for Refugees" for "UNHCR": a
    short word may be an acronym itself), how, and with what confidence (round 21)."""
    words = [w for w in form.split() if w not in _MINOR]
    if len(words) < 2 or not written:
        return None
    for spelled in (
        "".join(w[0] for w in words),
        "".join(w if len(w) == 2 else w[0] for w in words),
    ):
        if spelled in written:
            return written[spelled], f"spelled out, the acronym {spelled.upper()!r}", 0.7
    return None


_DEFINED = re.compile(r"\(\s*(?P<acronym>[A-Z][A-Za-z]{1,9})\s*\)")
_PIECE = re.compile(r"[\w’'.]+")


def defined_acronyms(text: str) -> list[tuple[int, int, int, int, str]]:
    """Acronyms the text defines in brackets after a name, and the name they abbreviate:
    (name start, name end, acronym start, acronym end, acronym). The acronym's capitals
    are the initials of the capitalised words before it, read back from the bracket
    over minor words and hyphens ("Tehreek-e-Taliban Pakistan (TTP)", "United Nations
    Assistance Mission in Afghanistan (UNAMA)", "UN Security Council (UNSC)", "Ministry
    of Foreign Affairs (MoFA)"); a possessive or another word before the name is no
    part of it ("Pakistan’s Foreign Office (FO)").

    >>> text = "Pakistan’s Foreign Office (FO) said"
    >>> [text[s:e] for s, e, *_ in defined_acronyms(text)]
    ['Foreign Office']
    """
    found = []
    for match in _DEFINED.finditer(text):
        letters = "".join(c for c in match["acronym"] if c.isupper())
        words = list(_PIECE.finditer(text, max(0, match.start() - 120), match.start()))
        start = None
        for word in reversed(words):
            piece = word.group()
            if "\n" in text[word.end() : match.start()] or not letters:
                break
            if piece.lower() in _MINOR or piece.lower() == "e":
                continue
            initials = piece if piece.isupper() and len(piece) <= 4 else piece[0]
            if not letters.endswith(initials.upper()):
                break
            letters, start = letters[: -len(initials)], word.start()
        name = text[start : match.start()] if start is not None else ""
        if start is not None and not letters and re.search(r"\b[A-Z]", name):
            end = text[: match.start()].rstrip()
            found.append((start, len(end), match.start("acronym"), match.end("acronym"),
                          match["acronym"]))  # fmt: skip
    return found


FUZZY_CUTOFF = 88.0


def _with_middle_names(words: list[str], known: list[str]) -> bool:
    """Whether a run's words are a person's two or more names with names between them
    ("narendra damodardas modi" for "narendra modi"): the same first and last, the
    others in order."""
    if len(known) < 2 or len(words) <= len(known) or words[0] != known[0]:
        return False
    rest = iter(words)
    return words[-1] == known[-1] and all(w in rest for w in known)


def tolerant(
    form: str,
    forms: list[tuple[str, str]],
    skeletons: list[str],
    register: Register,
    acronym_index: dict[str, tuple[str, str]],
    *,
    fuzzy: bool = True,
) -> tuple[str, str, float] | None:
    """The register entity (of ``forms``: normalised name, entity; ``skeletons`` their
    folded forms) that a run's normalised name ``form`` is, how, and with what
    confidence: a spelling variant, initials, a part of a person's name, a surname,
    an acronym, a close spelling (``fuzzy``)."""
    if not form or form in NOT_NAMES:
        return None
    key = skeleton(form)
    words = key.split()
    for (known, entity), known_key in zip(forms, skeletons, strict=True):
        if key == known_key:
            return entity, f"spelling variant of {known!r}", 0.85
    for (known, entity), _ in zip(forms, skeletons, strict=True):
        if len(form.split()) > 1 and initials(form) == known:
            return entity, f"initials of {known!r}", 0.85
    if len(words) > 1:
        for (known, entity), known_key in zip(forms, skeletons, strict=True):
            known_words = known_key.split()
            person = register.is_a(entity, "Person")
            if person and set(words) < set(known_words) and words[0] == known_words[0]:
                return entity, f"part of the name {known!r}", 0.8
            if person and _with_middle_names(words, known_words):
                return entity, f"the name {known!r} with a middle name", 0.75
    if len(words) == 1 and len(key) >= 4:
        for (known, entity), known_key in zip(forms, skeletons, strict=True):
            if register.is_a(entity, "Person") and key in known_key.split()[1:]:
                if _described(register, entity, known):
                    continue  # "Relations" of "Indian diplomat overseeing Afghanistan relations"
                return entity, f"a spelling of the surname in {known!r}", 0.7
    if len(words) == 1 and acronym_index.get(form):
        entity, known = acronym_index[form]
        return entity, f"the initials of {known!r}", 0.7
    close = closest(key, skeletons, limit=1, cutoff=FUZZY_CUTOFF) if fuzzy else []
    if close and len(key) >= 5:
        index, score = close[0]
        known, entity = forms[index]
        if known.startswith(form) or form.startswith(known):
            return None  # "Afghan" and "Afghans", "Indian" and "India": other words
        if any(register.is_a(entity, c) for c in ("Position", *LOOSE)):
            return (
                None  # common words: "Foreign Ministry" no "Foreign Minister", "Ports" no "sports"
            )
        return entity, f"close to {known!r} ({score:.0f}%)", round(0.6 * score / 100, 2)
    return None


def _described(register: Register, entity: str, known: str) -> bool:
    """Whether a person's register name is a description rather than a name (a lower-case
    word of four letters or more: "Indian diplomat overseeing Afghanistan relations"): it
    has no surname."""
    record = register.entities[entity]
    return any(
        re.search(r"(?<![\w’'-])[a-z]{4,}", name)
        for name in (record.label, *record.aliases)
        if normalise(name) == known
    )


def acronym_referents(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The occurrences of an acronym the text defines (:func:`defined_acronyms`) whose
    name ends with a mention (of ``spans``: start, end, entity) after lower-case words
    only ("the interim Afghan government (IAG)": the government "Afghan government"
    names), as (start, end, entity), where no mention is."""
    found = []
    for start, end, _, _, acronym in defined_acronyms(text):
        referent = next(
            (e for s, last, e in spans if last == end and start <= s
             and all(w.islower() for w in text[start:s].split())),
            None,
        )  # fmt: skip
        for match in re.finditer(rf"\b{re.escape(acronym)}\b", text[end:]) if referent else []:
            first, last = end + match.start(), end + match.end()
            if referent and not any(s < last and first < e for s, e, _ in spans):
                found.append((first, last, referent))
    return found


def named_other(text: str, mention: Mention, others: list[Mention], known: list[Mention]) -> bool:
    """A surname alone after another person of that surname was named in full ("Zabihullah
    Mujahid ... Mujahid said"), with no full name of the register's person between: the
    other person."""
    word = normalise(text[mention.start : mention.end])
    if " " in word:
        return False
    earlier = [o.start for o in others if o.start < mention.start and o.entity == mention.entity
               and normalise(text[o.start : o.end]) == word]  # fmt: skip
    return bool(earlier) and not any(
        k.entity == mention.entity
        and max(earlier) < k.start < mention.start
        and k.length > len(word)
        for k in known
    )
