"""New entities: capitalised names the register does not know, with a class, an id and
a check against the register.

The class comes from the words around the name, never from a list of names: a title
before it makes a person ("Acting Defence Minister X", "Foreign Secretary X"), and so
does ", who" after it ("X, who heads ..."); a last word of an organisation ("Ministry",
"Council", "Agency"...) an organization, "province", "port" and "embassy" their classes,
"in"/"to" before a single word a city (a guess, with a low confidence). The id is the
label's slug; a register name within :data:`kg.suggest.duplicates.DUPLICATE_CUTOFF`
(rapidfuzz's ratio on :func:`kg.vocabulary.normalise` forms, through
:func:`kg.vocabulary.closest`) or the same surname of a person is proposed as
``possibleDuplicateOf`` instead of a silent second id. The new entities a description
names by its form alone (:mod:`kg.suggest.entity_patterns`) join them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.suggest import name_heads as heads
from kg.suggest import new_names as nouns
from kg.suggest.apposed_places import apposed_place
from kg.suggest.candidates import (
    ARMED,
    COMMON_HEAD,
    COMMON_HEADS,
    DATELINE,
    GROUPS_BEFORE,
    HEADS,
    IZAFE,
    JOINED,
    LISTED_PLACE_CLASSES,
    LISTED_PLACES,
    OWNER_OF,
    PLACE_NOUNS,
    PLACE_OF,
    PLACE_WORDS,
    SPOKEN_TO,
    STATE_WORDS,
    NewEntity,
    adjectives,
    clause,
    common_words,
    fragment,
    listed_with_states,
    not_a_name,
    org_end,
    organisation,
    project,
    title_initials,
    within_lines,
)
from kg.suggest.candidates import slug as slug  # for figures and the suggester
from kg.suggest.duplicates import duplicate_of, text_aliases
from kg.suggest.english import AGED, LOCATIVE_PREPOSITIONS, OFFICE_HEADS, ORG_WORDS, capitalised
from kg.suggest.entity_patterns import described
from kg.suggest.gazetteer import state_named, state_of_adjective
from kg.suggest.mentions import MentionFinder
from kg.suggest.named_again import named_again
from kg.suggest.new_positions import positions_of
from kg.suggest.opening_names import CONFIDENCE as OPENING_CONFIDENCE
from kg.suggest.opening_names import after_common_noun, opens_before_verb
from kg.suggest.paired_cities import paired_city
from kg.suggest.placed_offices import placed_offices
from kg.suggest.quoted_regions import only_quoted
from kg.suggest.runs import name_words
from kg.suggest.ships import PREFIX, ship, ship_names
from kg.suggest.short_forms import short_forms, spelled_out
from kg.suggest.speakers import speaks_after
from kg.suggest.titles import (
    HONORIFIC,
    TITLE_AFTER,
    TITLE_BEFORE,
    TITLES,
    after_title,
    past_owner_state,
    title_first,
)
from kg.suggest.variants import defined_acronyms, skeleton
from kg.vocabulary import normalise

PLACE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(LOCATIVE_PREPOSITIONS))})\s+(?:the\s+)?$", re.IGNORECASE
)

_ONE_PLACE = re.compile(r"\s+(?:[Pp]rovince|[Dd]istrict|[Rr]egion)\b(?!s)")
"""One place's word after a name joined by "and" ("the Zenda and Brel province"): the
two parts are one name (two places would be "provinces")."""


def find_new_entities(
    text: str, runs: list[tuple[int, int]], finder: MentionFinder
) -> list[NewEntity]:
    """The names of ``runs`` (character spans no mention covers), classified by context:
    every occurrence, each with its first occurrence's class and duplicate check."""
    found: dict[str, list[NewEntity]] = {}
    named: dict[str, str] = {}  # another name the text gives an entity found -> its id
    runs, defined = _defined_names(text, within_lines(text, runs))
    runs = heads.split_of(text, runs, TITLE_BEFORE, TITLES)  # "Ambassador X Y of Zembla"
    consumed = 0  # the end of the last name joined over "and"
    ships = ship_names(text)
    for start, end in runs:
        titled = start  # where a title before the name begins
        if start < consumed:
            continue  # a word of the name before: "Maritime Organization" of "Ports and ..."
        if (start, end) not in defined:  # not the whole name its acronym abbreviates
            longer, whole = fragment(text, start, finder)
            if whole and text[start:end].split()[-1].lower() in ORG_WORDS | PLACE_WORDS.keys():
                start = longer  # "Kabul University", not "for Afghanistan Zamir Kabulov"
        if (start, end) not in defined and (
            not text[max(0, start - 3) : start].strip(' “"')
            or re.search(r"(?:[.:!?]|\n)\s*$", text[max(0, start - 3) : start])
        ):  # a sentence's first words: no title before the run to tell a person
            start = after_common_noun(text, after_title(text, start, end), end)  # "Analyst X Y"
        else:  # "Qatar’s Minister of State Mohammed X", "... and Interior Minister Y"
            start, titled = title_first(text, start, end), start
        start = past_owner_state(text, start, end)  # "President of [Uzbekistan] X Y"
        start = nouns.portfolio_start(text, start, end)  # "Minister of Energy and [Water] X"
        start = heads.after_a_body(text, start, end)  # "Speaker of the National Assembly X Y"
        start = heads.after_plural_title(text, start, end)  # "Deputy Ministers X Y and ..."
        address = re.match(rf"(?:{HONORIFIC.pattern})\s+(?=[A-Z])", text[start:end])
        if address:  # "Mr Aloyev": the name after the form of address
            start += address.end()
        elif prefix := PREFIX.match(text[start:end]):  # "MV X": the ship's name after it
            start += prefix.end()
        label = " ".join(text[start:end].strip(" -").split())  # one line: "Bakhrom Aloyev"
        if again := named_again(text, start, end, named, found):
            found[again[0]].append(replace(found[again[0]][0], start=again[1], end=end))
            continue  # "the TTP", "Mr Aloyev", "Later Aloyev", "Bakhrom Aloyev met" later on
        words = label.split()
        if not words or not any(c.isalpha() for c in label):
            continue
        before = text[max(0, start - 60) : start]
        after = re.sub(r"^\s*\([^()]{1,10}\)", "", text[end : end + 32]).lower()[:20]  # "(KP)"
        last = words[-1].lower()
        of = re.match(r"(.+?)\s+(?:of|for|on|in)\s+(?:the\s+)?[A-Z]", label)  # "Ministry of Trade"
        head = of.group(1).split()[-1].lower() if of else last
        more = JOINED.match(text, end)
        if (
            more
            and "\n" not in more.group()
            and not heads.names_a_thing(more["last"], finder)
            and (
                (of and head in ORG_WORDS)
                or org_end(more["last"])
                or _ONE_PLACE.match(text, more.end())
            )
        ):  # "Ministry of Ports, Shipping and Waterways", "Ports and Maritime Organization",
            end = consumed = more.end()  # not "... and Afghanistan’s"
            label, after = text[start:end], text[end : end + 20].lower()
            words, last = label.split(), label.split()[-1].lower()
        cls, confidence, reason = "", 0.0, ""
        sentence_start = not before.strip() or before.rstrip()[-1:] in '.:\n“"'
        if not_a_name(label, finder) or HONORIFIC.fullmatch(label):
            continue  # "Mr" of "Mr Muttaqi": a form of address, no office
        if len(words) == 1 and (last in ORG_WORDS or last in PLACE_WORDS or last in HEADS):
            continue  # "briefed the Council": a common noun, not a name
        if project(label) or label in _projects(text):  # "China-Pakistan Economic Corridor
            continue  # (CPEC)", "Trans-Afghan Railway": a work the triggers find, no person
        if DATELINE.match(text, start) and label.isupper():
            cls, confidence, reason = "City", 0.5, "the dateline"
        elif ship(label, ships):  # no ship class in the ontology: a Place (annotation.md)
            cls, confidence, reason = "Place", 0.6, "a ship's name"
        elif address or re.search(rf"\b(?:{HONORIFIC.pattern})\s+$", before):
            cls, confidence, reason = "Person", 0.6, "a form of address before the name"
        elif re.fullmatch(TITLES + r"(?:\s+" + TITLES + r")*", label, re.IGNORECASE):
            cls, confidence, reason = "Position", 0.5, "a title without a name"
        elif state_named(label):
            cls, confidence, reason = "State", 0.9, "a state's name (ISO 3166-1)"
        elif (
            (TITLE_BEFORE.search(before) or nouns.office_before(before))
            and len(words) >= 2
            and last not in ORG_WORDS
        ):  # not "Governor State Bank"
            cls, confidence, reason = "Person", 0.7, "a title before the name"
        elif len(words) >= 2 and TITLE_AFTER.match(text, end):
            cls, confidence, reason = "Person", 0.6, "a title in the apposition after the name"
        elif len(words) >= 2 and _AGED.match(text, end):  # "Ivo Kral, 61, was freed"
            cls, confidence, reason = "Person", 0.6, "an age in the apposition after the name"
        elif len(words) >= 2 and (speaker := speaks_after(text, end, opening=sentence_start)):
            cls, confidence, reason = "Person", 0.5, speaker
        elif apposed := apposed_place(text, end):  # "Faizabad, the provincial capital,"
            cls, confidence, reason = apposed[0], 0.6, apposed[1]
        elif re.search(r"\bcapital,?\s+$", before) and len(words) <= 2:
            cls, confidence, reason = "City", 0.6, "after 'capital'"
        elif last in STATE_WORDS and len(words) >= 2:
            cls, confidence, reason = "State", 0.6, f"a state's word ({last})"
        elif len(words) == 1 and re.fullmatch(r"[A-Z]{2,6}", label):
            if label.lower() in title_initials(finder) or nouns.clock(text, start):
                continue  # "the PM": a title, any state's; "09:12 AM": a time
            cls, confidence, reason = organisation(label, ""), 0.4, "an acronym (a guess)"
        elif last in HEADS and len(words) >= 2:
            cls, confidence, reason = HEADS[last], 0.5, f"a government's word ({last})"
        elif last in ORG_WORDS or head in ORG_WORDS:
            word = last if last in ORG_WORDS else head
            cls, confidence, reason = (
                organisation(label, word),
                0.6,
                f"an organisation's word ({word})",
            )
        elif after.startswith(" province"):
            cls, confidence, reason = "Province", 0.7, "followed by 'province'"
        elif (start, end) in defined and ARMED.search(clause(text, start, end)):
            cls, confidence, reason = "ArmedGroup", 0.5, "a name abbreviated beside an attack"
        elif (
            last == "province"
            and "State" in words[:-1]
            and not PLACE_BEFORE.search(before)  # "attacked a post in Free State Province"
            and ARMED.search(clause(text, start, end))
        ):  # "Islamic State Khorasan Province claimed the attack": a self-styled state's branch
            cls, confidence, reason = "ArmedGroup", 0.5, "a self-styled state's province, armed"
        elif last == "province":
            cls, confidence, reason = "Province", 0.7, "followed by 'province'"
        elif listed := LISTED_PLACES.match(text, end):  # "X and Y provinces"
            cls, confidence = LISTED_PLACE_CLASSES[listed.group(1)], 0.6
            reason = f"one of 'X and Y {listed.group(1)}'"
        elif after.startswith(" port") or last == "port":
            cls, confidence, reason = "Port", 0.7, "followed by 'port'"
        elif last in PLACE_WORDS and len(words) >= 2:
            cls, confidence, reason = PLACE_WORDS[last], 0.5, f"a place's word ({last})"
        elif last == "embassy":
            cls, confidence, reason = "DiplomaticMission", 0.6, "an embassy"
        elif re.match(COMMON_HEAD, after):
            noun = re.match(COMMON_HEAD, after).group(1)  # type: ignore[union-attr]
            cls, confidence, reason = COMMON_HEADS[noun], 0.6, f"followed by '{noun}'"
            if cls == "Organization" and ARMED.search(text[max(0, start - 60) : end + 40]):
                cls = "ArmedGroup"  # "the militant Islamic State group"
        elif len(words) <= 2 and OWNER_OF.match(text, end):
            cls, confidence, reason = "State", 0.5, "the owner of a state's office"
        elif (
            len(words) == 1
            and re.fullmatch(r"[A-Z][a-z]+stan", label)
            and not re.match(r"\s+and\s+[A-Z][\w-]+\s+province\b", text[end : end + 40])
        ):  # not "Sistan and Baluchestan province": a part of a province's name
            cls, confidence, reason = "State", 0.4, "a land's name (-stan)"
        elif GROUPS_BEFORE.search(before):
            armed = re.search(r"terror|militant|armed|insurgent", before, re.IGNORECASE)
            cls = "ArmedGroup" if armed else "Organization"
            confidence, reason = 0.6, "named as one of some groups"
        elif not sentence_start and listed_with_states(text, start, end, finder):
            cls, confidence, reason = "State", 0.6, "in a list of states"
        elif PLACE_OF.search(before):  # "the port of Bandar Abbas", "the city of Herat"
            noun = PLACE_OF.search(before).group(1).lower()  # type: ignore[union-attr]
            cls, confidence, reason = PLACE_NOUNS[noun], 0.6, f"after '{noun} of'"
        elif (
            re.search(
                r"\b(?:(?i:in|to|from|at|near|outside|via)|(?:left|leaves|leave|departed|bound|headed)\s+for)\s+$",
                before,
            )  # fmt: skip
            and len(words) <= 2
            and not SPOKEN_TO.search(before)
        ):
            cls, confidence, reason = "City", 0.4, "a place after in/to/from (a guess)"
        elif paired_city(before, found, finder):  # "from Hairatan to X": a city too
            cls, confidence, reason = "City", 0.4, "paired with a city ('from A to X')"
        elif (start, end) in defined:
            cls, confidence, reason = "Organization", 0.5, "a name the text abbreviates"
        elif IZAFE.search(label):  # "Hizb-e-Islami": the names of movements and parties
            cls, confidence, reason = "Organization", 0.4, "a name joined by -e-/-i- (a guess)"
        elif sentence_start and (opening := opens_before_verb(text, end, words)):
            cls, confidence, reason = "Person", OPENING_CONFIDENCE, opening  # "X Y said"
        elif (
            len(words) >= 2
            and not sentence_start
            and name_words(words)  # "Ahmed al-Kuwari"
            and not (re.search(r"(?:an|ese|ish|ic)$", label) and re.match(r"\s+[a-z]+s\b", after))
            and not common_words(text, start, end)
            and not _OFFICE_END.search(label)
        ):  # not an adjective before a plural noun: "the Central Asian republics"; nor a
            # headline's words: "For First Time", "By Staff Reporter"; nor a title
            cls, confidence, reason = "Person", 0.35, "a capitalised name (a guess)"
        by_noun = heads.class_by_noun(before, words, text[end : end + 9])  # "firm X"
        if confidence < 0.5 and by_noun:
            (cls, reason), confidence = by_noun, 0.5
        if not cls or len(label) < 2:
            continue
        cls = "Port" if heads.port_named(label, cls) else cls  # "Port Qasim"
        label = plain = nouns.ministry_of(text, start, label, cls, finder)  # "Tajikistan’s ..."
        label = heads.place_label(text, end, label, cls, LISTED_PLACES.match(text, end))
        key = slug(label)
        if key in finder.register.entities:
            continue
        other = named.get(skeleton(normalise(label)), _qualified(label, found) or key)
        if other != key and other in found:  # "Haqani" after "Haqqani": a spelling of it
            found[other][0] = replace(found[other][0], aliases=(*found[other][0].aliases, label))
            key = other
        if key in found:  # the class and duplicate check of its first occurrence
            first = found[key][0]
            found[key].append(replace(first, start=start, end=end))
            continue
        duplicate = duplicate_of(label, cls, finder)
        aliases = text_aliases(text, label, cls, end) + ((plain,) if plain != label else ())
        named.update({alias: key for alias in aliases})
        named[skeleton(normalise(label))] = key
        found[key] = [
            NewEntity(key, cls, label, start, end, confidence, reason, duplicate, aliases)
        ]
        if cls == "Person" and titled < start and re.search(r"\bby\s$", text[titled - 4 : titled]):
            found[key].append(replace(found[key][0], start=titled))  # "led by [title] X"
    for short, full in spelled_out({k: o[0].label for k, o in found.items()}).items():
        alias = found[short][0].label  # "UN" beside "United Nations": one entity
        found[full] = [replace(o, aliases=(*o.aliases, alias)) if alias not in o.aliases else o
                       for o in found[full]]  # fmt: skip
        found[full] += [replace(found[full][0], start=o.start, end=o.end) for o in found.pop(short)]
    for entity in described(text, finder):
        if entity.id not in found and entity.id not in finder.register.entities:
            found[entity.id] = [entity]
    people = [o[0] for o in found.values()]
    for entity in [*positions_of(text, people, finder), *placed_offices(text, people, finder)]:
        found.setdefault(entity.id, [entity])
    for key in [k for k, o in found.items() if only_quoted(text, o)]:
        del found[key]  # "a bridge between Central and South Asia”: a figure of speech
    for occurrences in found.values():
        occurrences += adjectives(text, occurrences[0])
    spans = [(o.start, o.end, o.id) for occurrences in found.values() for o in occurrences]
    for start, end, key in short_forms(text, spans):  # "the Council" after "Security Council"
        found[key].append(replace(found[key][0], start=start, end=end))
    return [occurrence for occurrences in found.values() for occurrence in occurrences]


_AGED = re.compile(AGED)
"""A person's age between commas after the name (round sixteen)."""
_OFFICE_END = re.compile(rf"\b(?:{capitalised(OFFICE_HEADS)}|Deputy|Vice|Acting|Interim)$")
"""The head of a title ending a run ("Deputy Energy Minister for ..."), or its rank before
the rest of it ("the Tajik Deputy [Foreign Minister]"): an office, no person's name."""


def _qualified(label: str, found: dict[str, list[NewEntity]]) -> str | None:
    """A new name found already, after a state's adjective that tells it apart ("Afghan
    Badakhshan" after "Badakhshan"): the same entity, this another of its names."""
    first, _, rest = label.partition(" ")
    if rest and state_of_adjective(first) and slug(rest) in found:
        return slug(rest)
    return None


def _projects(text: str) -> set[str]:
    """The acronyms the text defines for works and projects ("CPEC" of "the
    China-Pakistan Economic Corridor (CPEC)"), wherever they occur: no organisation."""
    return {a for s, e, *_, a in defined_acronyms(text) if project(text[s:e])}


def _defined_names(
    text: str, runs: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """The runs with each name that an acronym in brackets abbreviates
    (:func:`kg.suggest.variants.defined_acronyms`) made one run, over "in", "of" and
    register names inside it ("United Nations Assistance Mission in Afghanistan
    (UNAMA)"), where a run of it is left; and those names' spans."""
    defined: set[tuple[int, int]] = set()
    for start, end, *_ in defined_acronyms(text):
        inside = [(s, e) for s, e in runs if s < end and start < e]
        if inside and all(start <= s and e <= end for s, e in inside):
            runs = [r for r in runs if r not in inside] + [(start, end)]
            defined.add((start, end))
    return sorted(runs), defined
