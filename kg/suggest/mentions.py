"""Mentions of register entities in a report: by label and alias, then typo-tolerant.

Exact step: spaCy's ``PhraseMatcher`` on the tokens' name forms
(:func:`kg.vocabulary.normalise`, set as each token's ``norm_`` by
:mod:`kg.suggest.text`), so case, accents, dots of initials and possessives do
not matter ("JP Singh" = "J.P. Singh", "Muttaqi’s" mentions Muttaqi). The
longest match wins where two overlap.

Tolerant step, for each run of capitalised words no exact match covers:

- the same name once transliteration variants are folded
  (:func:`kg.suggest.variants.skeleton`: "Yaqoob" = "Yaqub", "Mohammad" = "Muhammad");
- initials of a name ("Jitender Pal Singh" is "J.P. Singh", "JP Singh");
- a part of a person's full name ("Mohammad Yaqoob" in "Mohammad Yaqub Mujahid");
- a close spelling (:func:`kg.vocabulary.closest`, rapidfuzz's ratio over the
  folded forms, at a high cutoff).

Mentions by description ("the Afghan side", "its embassy in Kabul") are in
:mod:`kg.suggest.mentions_by_description`. Each mention says how it was found and with
what confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from kg.suggest.capitals import capital_names
from kg.suggest.derived import (
    LOOSE,
    clipped,
    gapped_patterns,
    of_forms,
    of_members,
    short_forms,
    subgroup,
    synonyms,
)
from kg.suggest.gazetteer import state_named, state_of_adjective
from kg.suggest.label_forms import mixed_initials
from kg.suggest.metonyms import located, unknown_places
from kg.suggest.readings import DESCRIPTIONS, agency_owner, crossed, dropped, furniture
from kg.suggest.register import Register
from kg.suggest.runs import izafe_end, name_runs
from kg.suggest.surnames import given_name_before
from kg.suggest.text import Report, is_name_token, make_doc
from kg.suggest.titles import OWNED, another_office, office_owners
from kg.suggest.variants import (
    acronym_referents,
    acronyms,
    expanded,
    named_other,
    skeleton,
    tolerant,
    written_acronyms,
)
from kg.suggest.word_forms import demonyms
from kg.vocabulary import normalise

_BOTH_SIDES = re.compile(
    r"\s+(?:of|from|on)\s+(?:the\s+two|both)\s+(?:countries|states|sides|nations|neighbours)\b"
)
"""After a group's words, both states': "border guards of the two countries"."""


@dataclass(frozen=True)
class Mention:
    """Characters ``start``-``end`` of the text name register entity ``entity``."""

    start: int
    end: int
    entity: str
    how: str
    confidence: float

    @property
    def length(self) -> int:
        return self.end - self.start


class MentionFinder:
    """The register's names, indexed once, matched against reports."""

    def __init__(self, register: Register) -> None:
        from spacy.matcher import Matcher, PhraseMatcher

        from kg.suggest.text import pipeline

        self.register = register
        self.matcher = PhraseMatcher(pipeline().vocab, attr="NORM")
        self.implied = PhraseMatcher(pipeline().vocab, attr="NORM")  # see short_forms
        self.loose = Matcher(pipeline().vocab)  # one word more inside a description
        self.collective = Matcher(pipeline().vocab)  # "team of technical experts"
        self.forms: list[tuple[str, str]] = []  # (normalised form, entity id)
        self.names: dict[str, str] = {}  # every matched form, implied ones too -> entity id
        self.capitals: set[tuple[str, str]] = set()  # names only in capitals: "US", "UN"
        self.cased: dict[tuple[str, str], str] = {}  # (form, entity) -> as written: "LeT"
        short = short_forms(register)
        capital = capital_names(register)  # "urged Tashkent": Uzbekistan
        for entity in register.entities.values():
            if register.is_event(entity.id):
                continue  # events are found by their triggers (kg.suggest.events)
            names = [n for n in dict.fromkeys((entity.label, *entity.aliases)) if n.strip()]
            names += [capital[entity.id]] if entity.id in capital else []
            other = [*synonyms(names), *clipped(names)]
            patterns = [make_doc(n) for n in [*names, *other] if _usable(n)]
            if patterns:
                self.matcher.add(entity.id, patterns)
            implied = [make_doc(n) for n in short.get(entity.id, []) if _usable(n)]
            if implied:
                self.implied.add(entity.id, implied)
            collective = [p for n in names for p in of_members(n)]
            if collective:
                self.collective.add(entity.id, collective)
            if any(register.is_a(entity.id, c) for c in LOOSE):
                gapped = [g for n in [*names, *of_forms(short.get(entity.id, []))]
                          for g in gapped_patterns(n)]  # fmt: skip
                if gapped:
                    self.loose.add(entity.id, gapped)
            for name in names:
                form = normalise(name)
                if form and _usable(name):
                    self.forms.append((form, entity.id))
            for name in [*names, *other, *short.get(entity.id, [])]:
                self.names.setdefault(normalise(name), entity.id)
            capitals = {normalise(n) for n in names if n.isupper() and n.replace(".", "").isalpha()}
            self.capitals |= {(f, entity.id) for f in capitals} - {
                (normalise(n), entity.id) for n in names if not n.isupper()
            }
            self.cased |= {(normalise(n), entity.id): n for n in short.get(entity.id, [])
                           if mixed_initials(n)}  # "LeT", not "let" nor "LET"  # fmt: skip
        self.skeletons = [skeleton(f) for f, _ in self.forms]
        self.acronyms, self.written = acronyms(register), written_acronyms(register)
        self.owners = office_owners(register)
        states = [f for f, e in self.forms if register.is_a(e, "State") and " " not in f]
        self.known = set(self.names) | {a for state in states for a in demonyms(state)}
        from kg.suggest.genre_forms import GenreForms  # (it imports this module)

        self.genre = GenreForms(register, self.names)  # "aid", "the victims of the quake"

    def find(self, report: Report) -> list[Mention]:
        """Every mention in the report, the longest where two overlap, in text order."""
        from kg.suggest.borders import border_states
        from kg.suggest.headed import headed_bodies
        from kg.suggest.inner_names import defined, places_inside
        from kg.suggest.mentions_by_description import (
            bare_relations,
            compounds,
            first_conjuncts,
            held_titles,
            missions,
            officials,
        )
        from kg.suggest.no_referent import no_referent
        from kg.suggest.owners_inside import owners_inside
        from kg.suggest.shared_heads import shared_heads

        doc = report.doc
        vocab = doc.vocab
        found: list[tuple[int, int, str]] = [
            (start, end, vocab.strings[key]) for key, start, end in self.matcher(doc)
        ]
        implied = {(start, end, vocab.strings[key]) for key, start, end in self.implied(doc)}
        found = crossed(found + sorted(implied), implied)  # "Afghanistan’s Taliban admin..."
        found.sort(key=lambda m: (-(m[1] - m[0]), m[0], self._metonym_rank(doc, m)))
        taken: set[int] = set()
        mentions: list[Mention] = []
        for start, end, entity in found:
            if any(i in taken for i in range(start, end)):
                continue
            if end - start == 1 and (
                _lonely_initial(doc[start].text)
                or (not doc[start].text.isupper() and (doc[start].norm_, entity) in self.capitals)
                or self.cased.get((doc[start].norm_, entity), doc[start].text) != doc[start].text
            ):
                continue  # "us" is no "US", "who" no "WHO"
            if self._common_in_name(doc, start, end, entity) or izafe_end(doc, start):
                continue  # "Ministry of Refugees", "Tehrik-i-Taliban": words of another name
            if (start, end, entity) in implied and self._both_sides(doc, end, entity):
                continue  # "border guards of the two countries": not one state's guards
            taken.update(range(start, end))
            if (start, end, entity) in implied:
                how, confidence = "a form its names imply", 0.85
            else:
                how, confidence = "label or alias", 0.95
            mentions.append(span_mention(doc, start, end, entity, how, confidence))
        others = [m for m in mentions if self._another_office(report, m)]
        mentions = defined(report, [m for m in mentions if m not in others], taken)
        mentions += places_inside(self.register, doc, found, [*mentions, *others])
        mentions += first_conjuncts(doc, mentions, self.names)
        mentions = shared_heads(doc, mentions, self.names)  # "the A and B crossings"
        exact = [(m.start, m.end) for m in mentions]
        loose = sorted(
            [
                *((s, e, vocab.strings[k], "a name with one word inserted") for k, s, e in
                  (self.loose(doc) if len(self.loose) else [])),
                *((s, e, vocab.strings[k], "a group named by its members") for k, s, e in
                  (self.collective(doc) if len(self.collective) else [])),
            ],
            key=lambda m: (-(m[1] - m[0]), m[0]),
        )  # fmt: skip
        accepted: list[tuple[int, int]] = []
        for start, end, entity, how in loose:  # may hold an exact name: "rehabilitation of
            first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
            inside = [(s, e) for s, e in exact if first <= s and e <= last]  # Afghan refugees"
            crossing = [(s, e) for s, e in exact if s < last and first < e]
            if crossing != inside or any(s < last and first < e for s, e in accepted):
                continue
            if self.register.is_a(entity, "Group") and subgroup(doc, start, end):
                continue  # "Pakistani customs officials": not all "Pakistani officials"
            accepted.append((first, last))
            taken.update(range(start, end))
            mentions.append(span_mention(doc, start, end, entity, how, 0.7))
        for start, end in name_runs(doc, set()):
            # a whole name whose last word alone matched: "Jitender Pal [Singh]"
            last = span_end(doc, end)
            inner = [m for m in mentions if doc[start].idx <= m.start and m.end <= last]
            if (
                end - start < 2
                or not inner
                or any(m.length == last - doc[start].idx for m in inner)
            ):
                continue
            match = self._tolerant(normalise(doc[start:end].text))
            if match and all(m.entity == match[0] for m in inner):
                mentions = [m for m in mentions if m not in inner]
                taken.update(range(start, end))
                mentions.append(span_mention(doc, start, end, match[0], match[1], match[2]))
        others = [m for m in mentions if self._given_name_before(report, m)]
        mentions = [m for m in mentions if m not in others]
        for start, end in name_runs(doc, taken):
            for first in range(start, end):  # "Defense Minister Mohammad Yaqoob": from a word on
                if first > start and (not doc[first - 1].whitespace_ or izafe_end(doc, first)):
                    continue  # no part of a word joined by a hyphen: "Tehrik-i-Taliban"
                match = self._tolerant(normalise(doc[first:end].text), fuzzy=first == start)
                if match and self._common_in_name(doc, first, end, match[0]):
                    continue  # "Ministry of Refugees"
                mention = span_mention(doc, first, end, *match) if match else None
                if mention and self._given_name_before(report, mention):
                    others.append(mention)
                    continue  # "Zabihullah Mujahid" is not Mohammad Yaqub Mujahid
                if match:
                    entity, how, confidence = match
                    mentions.append(span_mention(doc, first, end, entity, how, confidence))
                    title = self._tolerant(normalise(doc[start:first].text), fuzzy=False)
                    if first > start and title:  # "Defense Minister" before the name
                        mentions.append(span_mention(doc, start, first, *title))
                    break
        mentions = [m for m in mentions if not named_other(report.text, m, others, mentions)]

        mentions += bare_relations(doc, mentions, self.names)
        held = held_titles(self.register, report, mentions)
        spans = {(m.start, m.end) for m in held}  # the person's own title, not another's
        mentions = [
            m
            for m in mentions
            if (m.start, m.end) not in spans or not self.register.is_a(m.entity, "Position")
        ]
        mentions += held
        found_missions = missions(self.register, report, mentions)
        mentions = [m for m in mentions if not self._inside_mission(m, found_missions)]
        mentions += found_missions
        mentions += officials(self.register, report, mentions)
        mentions += compounds(self.register, report, mentions)
        mentions += border_states(self.register, report.text, mentions)
        mentions += owners_inside(self.register, report.text, mentions, self.names)
        mentions += headed_bodies(self.register, report, mentions)
        how = "an acronym the text defines after the name"  # "the interim Afghan government (IAG)"
        named = [(m.start, m.end, m.entity) for m in mentions]
        mentions += [
            Mention(s, e, x, how, 0.7) for s, e, x in acronym_referents(report.text, named)
        ]
        mentions += self.genre.find(report, mentions)  # kg.suggest.genre_forms
        mentions = dropped(self.register, report, mentions)  # kg.suggest.readings
        mentions += self.genre.titles_of_states(report, mentions)  # whoever holds it now
        mentions = [m for m in mentions if not no_referent(self.register, report.text, m)]
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _metonym_rank(self, doc: Any, match: tuple[int, int, str]) -> int:
        """Where one name is a place's label and an actor's declared alias ("Islamabad":
        the city, and Pakistan's government as the register's alias), the place after
        "in/to/at/from/near" or after "of" following a noun of territory or its
        seizure ("the fall of Kabul", "the streets of Kabul"), the actor elsewhere
        ("Islamabad’s allegations", "recognition of Kabul")."""
        start, end, entity = match
        place = self.register.is_a(entity, "Place") and not self.register.is_a(entity, "Actor")
        return 0 if place == located(doc, start, end) else 1

    def _inside_mission(self, mention: Mention, missions: list[Mention]) -> bool:
        """An actor named by a place's name inside a mission's name ("Russia’s Kabul
        embassy": not the government Kabul stands for)."""
        return not self.register.is_a(mention.entity, "Place") and any(
            m.start <= mention.start and mention.end <= m.end for m in missions
        )

    def _both_sides(self, doc: Any, end: int, entity: str) -> bool:
        """Whether a form implied of one state's entity ("border guards" of "Afghan border
        guards") is said of both sides right after it ("border guards of the two
        countries", "... on both sides"): the two states' people, not that entity (round
        fourteen)."""
        if not _BOTH_SIDES.match(doc.text, doc[end - 1].idx + len(doc[end - 1].text)):
            return False
        states = {f for f, e in self.forms if self.register.is_a(e, "State")}
        states |= {a for state in states for a in demonyms(state)}
        label = normalise(self.register.entities[entity].label).split()
        return any(w in states or state_of_adjective(w) or state_named(w) for w in label)

    def _common_in_name(self, doc: Any, start: int, end: int, entity: str) -> bool:
        """A register name written in lower case (a common noun: "refugees"; a topic's alias
        or implied form) that the text capitalises inside a longer name, past a sentence's
        start: a word of that name ("Deputy Energy Minister", "Minister of Trade X")."""
        words = doc[start:end].text
        if not words[:1].isupper() or doc[start].is_sent_start:
            return False
        form = normalise(words)
        record = self.register.entities[entity]
        same = [n for n in (record.label, *record.aliases) if normalise(n) == form]
        if any(self.register.is_a(entity, c) for c in DESCRIPTIONS) and words.istitle():
            same = [n for n in record.aliases if normalise(n) == form] or [form]  # "Energy"
        if not same or any(n[:1].isupper() for n in same):
            return False
        before = doc[start - 1] if start else None
        after = doc[end] if end < len(doc) else None
        joined = before is not None and before.lower_ in ("of", "and", "for") and start >= 2
        return any(
            t is not None and is_name_token(t)
            for t in (before, after, doc[start - 2] if joined else None)
        )

    def _given_name_before(self, report: Report, mention: Mention) -> bool:
        """A register person's surname alone after another given name (:mod:`surnames`)."""
        if not self.register.is_a(mention.entity, "Person"):
            return False
        own = {w for f, e in self.forms if e == mention.entity for w in f.split()}
        return given_name_before(report.text, mention, own)

    def _another_office(self, report: Report, mention: Mention) -> bool:
        """A register title that the words around it make another state's or a lower
        office ("Chinese Foreign Minister", "Deputy Prime Minister": :func:`another_office`)."""
        if not any(self.register.is_a(mention.entity, c) for c in OWNED):
            return False
        sentence = report.sentence_at(mention.start)
        before = report.text[max(sentence.start, mention.start - 60) : mention.start]
        after = report.text[mention.end : mention.end + 40]
        return another_office(before, after, self.owners.get(mention.entity, set()), self.known)

    def unmatched_runs(self, report: Report, mentions: list[Mention]) -> list[tuple[int, int]]:
        """The character spans of capitalised runs that no mention covers."""
        doc = report.doc
        taken = {t.i for t in doc for m in mentions if m.start <= t.idx < m.end}
        for key, start, end in self.matcher(doc):  # another office's title is no name either
            if self.register.is_a(doc.vocab.strings[key], "Position") or agency_owner(
                report.text, span_end(doc, end)
            ):  # nor the body of an agency the text names ("the UN refugee agency X")
                taken.update(range(start, end))
        runs, lines = [], furniture(report.text)  # no names in "ALSO READ | ..."
        for start, end in name_runs(doc, taken):
            first, last = doc[start], doc[end - 1]
            if not any(s <= first.idx < e for s, e in lines):
                runs.append((first.idx, last.idx + len(last.text)))
        matches = [(s, e, doc.vocab.strings[k]) for k, s, e in self.matcher(doc)]
        places = unknown_places(self.register, doc, matches)  # "at Islamabad": a city too
        runs += [p for p in places if p not in runs and not any(s <= p[0] < e for s, e in lines)]
        return sorted(runs)

    def _tolerant(self, form: str, *, fuzzy: bool = True) -> tuple[str, str, float] | None:
        """The register entity a run's name is by typo tolerance (:func:`tolerant`)."""
        return tolerant(form, self.forms, self.skeletons, self.register, self.acronyms,
                        fuzzy=fuzzy) or expanded(form, self.written)  # fmt: skip


def span_end(doc: object, end: int) -> int:
    last = doc[end - 1]  # type: ignore[index]
    return int(last.idx + len(last.text))


def _usable(name: str) -> bool:
    """A name worth matching in running text: not a lone lower-case common word."""
    return len(normalise(name)) > 1


def _lonely_initial(text: str) -> bool:
    return len(normalise(text)) <= 1


def span_mention(doc: object, start: int, end: int, entity: str, how: str, conf: float) -> Mention:
    tokens = doc[start:end]  # type: ignore[index]
    first, last = tokens[0], tokens[-1]
    return Mention(first.idx, last.idx + len(last.text), entity, how, conf)
