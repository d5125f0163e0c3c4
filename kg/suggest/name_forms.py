"""The forms English implies for one normalised name, by general rules of the language.

A state's adjective for its possessive and back (:func:`demonyms`, by suffix
rules), "x of y" as "y x", the other number of a last word, British and
American spellings, one head for another ("aid", "assistance"), "X people" as
"Xs", the kinds of a general topic (:data:`KINDS`). Nothing here reads the register:
:mod:`kg.suggest.derived` applies these rules to the register's names.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from kg.suggest.english import RELATION_NOUNS
from kg.suggest.word_forms import demonyms, singular


@cache
def genre() -> dict[str, Any]:
    """The genre's word lists of ``genre_words.json`` (words that stand for one another,
    the usual sense of a bare head...), read once; :mod:`kg.suggest.genre_forms` applies
    most of them."""
    data: dict[str, Any] = json.loads(
        Path(__file__).with_name("genre_words.json").read_text(encoding="utf-8")
    )
    return data


_COLLECTIVE = ("people", "groups")
"""Heads after which "X <head>" is also said "Xs" ("Afghan people": "Afghans")."""


def implied(form: str, describes: bool, states: list[str], *, person: bool = False) -> list[str]:
    """Other forms of one normalised name, by general rules of English.

    - a state's possessive for its adjective and back ("indian foreign ministry",
      "indias foreign ministry": the stem rule of :func:`demonyms`), and its name as a
      modifier ("pakistan army" for "pakistani army");
    - "X people", "X groups" as "Xs" ("militant groups": "militants");
    and for descriptions (topics, commodities, groups):
    - "x of y" as "y’s x" and "y x" (:func:`_of_genitive`), before the rule above;
    - the last word in the other number, a word in the other spelling (British or
      American: :func:`_inflected`, :func:`_spelled`);
    - another relationship noun after the same modifier ("economic cooperation":
      "economic ties");
    - the conjuncts of a coordinated name ("terrorism and militant groups":
      "terrorism", "militant groups", "terrorism groups"; "international recognition and
      legitimacy": "international recognition", "international legitimacy");
    - an "-ism" as its "-ist" words ("terrorism": "terrorist", "terrorists", and
      "terror groups" in a longer name);
    - the kinds of a general topic (:data:`KINDS`: "travel ban" for "sanctions");
    - "x facilitation" as its verb phrase ("visa facilitation": "ease visas").

    >>> {"militant groups", "militants", "terror groups", "terrorism", "terrorist"} <= set(
    ...     implied("terrorism and militant groups", True, []))
    True
    >>> implied("indian foreign ministry", False, ["india"])[2:5]
    ['foreign ministry of india', 'india foreign ministry', 'india foreign office']
    """
    if person:
        return []
    forms = {form, *_of_genitive(form, possessive=describes)}
    found: set[str] = set()
    for one in list(forms):
        words = one.split()
        if len(words) < 2:
            continue
        for state in states:
            if words[0] in demonyms(state):  # "people of afghanistan", "refugees from ..."
                found.add(" ".join([state, "s", *words[1:]]))
                found.add(" ".join([state, *words[1:]]))  # the noun as modifier: "pakistan army"
                found |= {" ".join([*words[1:], by, state]) for by in ("of", "from")}
            elif words[0] == state + "s" or words[:2] == [state, "s"]:
                rest = words[1:] if words[0] != state else words[2:]
                found |= {" ".join([adj, *rest]) for adj in demonyms(state)}
    forms |= found
    adjectives = {a for state in states for a in demonyms(state)}
    for one in list(forms):  # "indian technical team": "technical team", as "the team"
        words = one.split()
        rest = words[2:] if len(words) > 1 and words[1] == "s" else words[1:]
        if len(rest) >= 2 and (words[0] in adjectives or words[1] == "s"):
            forms.add(" ".join(rest))
    for _ in range(2):  # both ends: "handover of detainees" for "repatriation of prisoners"
        for one in list(forms):
            forms |= _other_heads(one, describes)
    for one in list(forms):  # "special envoy for afghan affairs", "... on afghanistan"
        forms |= affairs(one, states)
    if not describes:
        return sorted((forms | _collective(form)) - {form} - adjectives)
    conjuncts = re.fullmatch(r"(\w+) and (\w+(?: \w+)*) (\w+)", form)
    if conjuncts:  # "a and b c": "a", "b c", "a c"
        first, second, head = conjuncts.groups()
        forms |= {first, f"{second} {head}", f"{first} {head}"}
    shared = re.fullmatch(r"(\w+) (\w+) and (\w+)", form)
    if shared:  # "m a and b": "m a", "m b" ("international recognition and legitimacy")
        forms |= {f"{shared[1]} {shared[2]}", f"{shared[1]} {shared[3]}"}
    for one in list(forms):
        parts = one.split()
        if parts[0].endswith("ism") and len(parts[0]) > 5:
            root = parts[0][:-3]
            if len(parts) == 1:
                forms |= {root + "ist", root + "ists"}
            else:
                forms |= {" ".join([w, *parts[1:]]) for w in (root, root + "ist")}
    for one in list(forms):
        forms |= _inflected(one) | _spelled(one)
    for one in list(forms):
        forms |= _collective(one)
    forms |= {kind for one in forms for kind in KINDS.get(one, ())}
    for one in list(forms):
        forms |= _movers(one) | _done(one)
    if states:  # "repatriation of prisoners" for "repatriation of afghan prisoners"
        forms |= {_without(one, adjectives) for one in list(forms)} - {""}
    forms |= _access(form) | _abroad(form)
    for one in list(forms):  # "visa facilitation": "ease visas", "facilitating visas"
        eased = re.fullmatch(r"(\w+) facilitation", one)
        if eased:
            forms |= {f"{verb} {eased.group(1)}s" for verb in _EASE}
    return sorted(forms - {form} - adjectives)  # "afghans" is not "afghan" (an adjective)


_EASE = ("ease", "eases", "eased", "easing", "facilitate", "facilitating", "simplify",
         "simplifying")  # fmt: skip

_WORKINGS = ("operations", "convoy", "convoys", "deliveries", "flights", "shipments", "cuts",
             "plan", "appeal", "funding", "response", "programme", "programmes")  # fmt: skip
KINDS = {
    "sanctions": ("travel ban", "asset freeze", "arms embargo"),
    "health sector": ("health facilities", "clinics", "pharmacies"),
    "dried fruit": ("raisins", "dried apricots", "dried figs", "dried mulberries"),
    "medicines": ("antibiotics", "painkillers", "insulin", "saline"),
    "humanitarian assistance": tuple(
        f"{w} {n}" for w in ("aid", "humanitarian") for n in _WORKINGS
    ),
}
"""The kinds and the workings English names a general topic by: a travel ban is a
sanction, clinics are the health sector (not "hospital": "taken to hospital" tells of the
wounded), raisins are dried fruit, antibiotics medicines; "aid operations", "the
humanitarian plan" are humanitarian assistance at work (not "aid workers", "aid
agencies": bodies of people)."""


def _of_genitive(form: str, *, possessive: bool = True) -> set[str]:
    """ "x of [the] y" as "y x" and (for descriptions) "y’s x": "reconstruction of
    afghanistan" is "afghanistan’s reconstruction", "rehabilitation of refugees"
    "refugee rehabilitation", "ministry of defence" "defence ministry" (also at the
    end of a longer name); "port of karachi" and "chabahar port" the other way round.

    >>> sorted(_of_genitive("rehabilitation of refugees"))
    ['refugee rehabilitation', 'refugees rehabilitation', 'refugees s rehabilitation']
    >>> sorted(_of_genitive("taliban s ministry of defence", possessive=False))
    ['taliban s defence ministry']
    """
    found: set[str] = set()
    match = re.fullmatch(r"(\w+(?: \w+)?) of (?:the )?(\w+(?: \w+){0,2})", form)
    if match:
        head, owner = match.groups()
        attributive = owner.split()
        attributive[-1] = singular(attributive[-1])  # "refugee return", "affairs ministry"
        found |= {f"{' '.join(attributive)} {head}", f"{owner} {head}"}
        if possessive:
            found.add(f"{owner} s {head}")
    trailing = re.fullmatch(r"(.+) (\w+) of (?:the )?(\w+)", form)
    if trailing and not match:
        found.add(f"{trailing[1]} {trailing[3]} {trailing[2]}")
    owned = re.fullmatch(r"(\w+) s (\w+(?: \w+)?)", form)
    if owned and possessive:  # "women s rights": "rights of women" (round 21)
        found |= {f"{owned[2]} of {owned[1]}", f"{owned[2]} of the {owned[1]}"}
    place = re.fullmatch(rf"(\w+(?: \w+)?) ({'|'.join(_PLACE_HEADS)})", form)
    if place:
        found.add(f"{place[2]} of {place[1]}")
    return found


_PLACE_HEADS = ("port", "province", "district", "city", "region", "island", "valley")
"""Heads of place names said either way: "Chabahar port", "the port of Chabahar"."""

_HEADS = [tuple(heads) for heads in genre()["heads"]]
"""Heads that stand for one another after the same modifier: "humanitarian aid" is
"humanitarian assistance" and "humanitarian relief", "Pakistani forces" the "Pakistani
military" (``genre_words.json``)."""
_MODIFIERS = [tuple(words) for words in genre()["modifiers"]]
"""Modifiers that stand for one another before the same head, in descriptions (round
eighteen): "aid agencies", "relief agencies" are "humanitarian agencies"."""


_WORRIES = ("concerns", "problems", "issues", "challenges")
"""Words for what worries a party, one for another after the same modifier (round eight):
"security problems" are the register's "security concerns"."""


def _other_heads(form: str, describes: bool) -> set[str]:
    """``form`` with its last word replaced by one that stands for it (:data:`_HEADS`,
    and :data:`RELATION_NOUNS` and :data:`_WORRIES` for descriptions: "economic ties")."""
    words = form.split()
    if len(words) < 2:
        return set()
    classes = [*_HEADS, RELATION_NOUNS, _WORRIES] if describes else list(_HEADS)
    found = {
        " ".join([*words[:-1], other])
        for heads in classes
        if words[-1] in heads
        for other in heads
        if other != words[-1]
    }
    found |= head_phrases(form)
    if words[1] == "of":  # "return of prisoners" for "repatriation of prisoners" (round 21)
        found |= {" ".join([other, *words[1:]]) for heads in _HEADS if words[0] in heads
                  for other in heads if other != words[0]}  # fmt: skip
    if describes and len(words) == 2:  # "aid agencies" for "humanitarian agencies"
        found |= {f"{other} {words[1]}" for group in _MODIFIERS if words[0] in group
                  for other in group if other not in (words[0], words[1])}  # fmt: skip
    return found


def head_phrases(form: str) -> set[str]:
    """``form`` with the phrase it ends in replaced by one that stands for it
    (``genre_words.json``'s "head_phrases"): "indian foreign office" for "indian foreign
    ministry", "taliban supreme leader" for "taliban leader"."""
    return {
        form[: -len(phrase)] + other
        for phrases in genre()["head_phrases"]
        for phrase in phrases
        if form.endswith(f" {phrase}")
        for other in phrases
        if other != phrase
    }


def affairs(form: str, states: list[str]) -> set[str]:
    """An office or body "for <state>" said "for <adjective> affairs" or "on <state>"
    ("special envoy for afghanistan": "special envoy for afghan affairs")."""
    match = re.fullmatch(r"(.+) for (\w+)", form)
    if match is None or match[2] not in states:
        return set()
    head, state = match.groups()
    return {f"{head} for {a} affairs" for a in demonyms(state)} | {f"{head} on {state}"}


def _without(form: str, adjectives: set[str]) -> str:
    """A description without a state's adjective inside it (not its first word, which the
    rule above drops), or "" where it has none (round 21)."""
    words = form.split()
    kept = words[:1] + [w for w in words[1:] if w not in adjectives]
    return " ".join(kept) if len(kept) < len(words) and len(kept) >= 2 else ""


def _done(form: str) -> set[str]:
    """A description named by its act's noun ("repatriation of prisoners", "border
    management") said by the verb (round 21): "repatriate prisoners", "repatriating
    prisoners", "prisoners to be repatriated", "managing the border" (lemminflect's
    inflections of the verb that "-ation" or "-ment" makes a noun of)."""
    from lemminflect import getAllInflections

    of = re.fullmatch(r"(\w+(?:ation|ment)) of (?:the )?(\w+(?: \w+)?)", form)
    before = re.fullmatch(r"(\w+) (\w+(?:ation|ment))", form)
    if not of and not before:
        return set()
    noun, thing = (of[1], of[2]) if of else (before[2], before[1])  # type: ignore[index]
    verb = noun[: -len("ation")] + "ate" if noun.endswith("ation") else noun[: -len("ment")]
    inflected = getAllInflections(verb, upos="VERB")
    if not inflected:
        return set()
    found = set()
    for tag in ("VB", "VBG", "VBD"):
        for word in inflected.get(tag, ()):
            found |= {f"{word} {thing}", f"{word} the {thing}"}
    for done in inflected.get("VBD", ()):  # "prisoners to be repatriated"
        found |= {f"{thing} {aux} {done}" for aux in ("to be", "were", "being", "are")}
    return found


def _movers(form: str) -> set[str]:
    """ "return of afghan migrants" as "return of afghan nationals" (round eighteen): after
    a noun of leaving or coming back, a state's people abroad are its migrants, by
    whatever word (``genre_words.json``: "movements", "people_abroad")."""
    words = form.split()
    movers = genre()["people_abroad"]
    if len(words) < 3 or words[-1] not in movers or words[0] not in genre()["movements"]:
        return set()
    return {" ".join([*words[:-1], other]) for other in movers if other != words[-1]}


def _abroad(form: str) -> set[str]:
    """ "afghan migrants in iran" as "afghan nationals in iran", "afghans living in iran": a
    state's people abroad in a named state, by whatever word ("people_abroad")."""
    match = re.fullmatch(r"(\w+) (\w+) in (\w+(?: \w+)?)", form)
    movers = genre()["people_abroad"]
    if match is None or match[2] not in movers:
        return set()
    adjective, place = match[1], match[3]
    found = {f"{adjective} {other} in {place}" for other in movers}
    return found | {f"{adjective}s {verb}in {place}" for verb in ("", "living ", "residing ")}


def _access(form: str) -> set[str]:
    """ "women s access to work and education" as "women working", "women s right to
    work", "women s education" (round eighteen): one's access to a thing said by the
    thing's verb after them, or as their right to it, or (a noun of doing) as theirs."""
    match = re.fullmatch(r"(\w+) s access to (\w+)(?: and (\w+))?", form)
    if match is None:
        return set()
    who, things = match[1], [t for t in match.groups()[1:] if t]
    found = set()
    for thing in things:
        found.add(f"{who} s right to {thing}")
        if re.search(r"(?:ion|ment|ity|ance|ence)$", thing):
            found.add(f"{who} s {thing}")  # "women s education"
        elif len(thing) >= 4 and not thing.endswith("e"):
            found.add(f"{who} {thing}ing")  # "women working"
    return found


def _inflected(form: str) -> set[str]:
    """The other number of a description's last word: "medicines" and "medicine",
    "security concern" and "security concerns"."""
    words = form.split()
    last = words[-1]
    if not last.isalpha() or len(last) < 4:
        return set()
    single = singular(last)
    if single != last:
        other = single
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        other = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "ch", "x")):
        other = last + "es"
    else:
        other = last + "s"
    return {" ".join([*words[:-1], other])}


_SPELLINGS = (
    (r"ence\b", "ense"), (r"ense\b", "ence"), (r"is(e|es|ed|ing|ation)\b", r"iz\1"),
    (r"iz(e|es|ed|ing|ation)\b", r"is\1"), (r"our\b", "or"), (r"(?<=[^aeiou])or\b", "our"),
    (r"(?<=[^aeiou])re\b", "er"), (r"(?<=[^aeiou])er\b", "re"), (r"mme\b", "m"),
)  # fmt: skip
"""British and American spellings of a word ending: "defence" and "defense",
"organisation" and "organization", "labour" and "labor", "centre" and "center"."""


def _spelled(form: str) -> set[str]:
    """A description with one word in the other common spelling ("defense cooperation")."""
    words = form.split()
    found = set()
    for i, word in enumerate(words):
        for old, new in _SPELLINGS:
            other = re.sub(old, new, word)
            if other != word and len(word) > 4:
                found.add(" ".join([*words[:i], other, *words[i + 1 :]]))
    return found


def _collective(form: str) -> set[str]:
    """ "afghan people" -> "afghans", "afghan nationals", "afghan citizens"; "militant
    groups" -> "militants"."""
    parts = form.split()
    if len(parts) == 2 and parts[1] == "people":  # "Afghan nationals", "Afghan citizens"
        return {parts[0] + "s", parts[0] + " nationals", parts[0] + " citizens"}
    if len(parts) == 2 and parts[1] in _COLLECTIVE:
        return {parts[0] + "s"}
    single = singular(parts[-1])
    if len(parts) >= 2 and single != parts[-1] and parts[-1] not in _COLLECTIVE:
        return {" ".join([*parts[:-1], single, "groups"])}  # "anti-x militant groups"
    return set()
