"""Mentions of the register's descriptions, bodies, states and titles in the genre's other words.

General English of diplomatic and humanitarian news, the word lists kept as data in
``genre_words.json`` (:data:`GENRE`), none of them a report's names:

- a description's bare head in its usual sense ("aid", "relief flights", "emergency aid"
  for the register's "humanitarian assistance"), and help for people in need ("to help
  returnees", "20,000 tonnes of rice for Afghan returnees");
- a description "M H" said "H of [the/Sunday’s] M" ("the victims of Sunday’s earthquake"
  for "earthquake victims", :func:`reversed_genitives`);
- a body's acronym opening the name of another body ("the UN refugee agency": the UN too);
- a group "X returnees from P" by its verb ("Afghans returned from Pakistan and Iran");
- "the Uzbek embassy" with no place: the register's one embassy of that state;
- a title of the register "T of <state>" said "T" where the sentence names that state
  before it and no other ("a Pakistani delegation led by Interior Secretary X"); a one-word
  "T" only right after the state's possessive or adjective ("Uzbekistan’s president").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from kg.suggest.acts_on_governments import acts_on_governments
from kg.suggest.blocs import blocs
from kg.suggest.capitals import capital_state
from kg.suggest.derived import LOOSE, QUALIFIER, placed
from kg.suggest.english import LIST_SEPARATOR, TIME_WORDS
from kg.suggest.gazetteer import state_named, state_of_adjective
from kg.suggest.handovers import handed_over
from kg.suggest.led_governments import led_governments
from kg.suggest.mentions import Mention, span_mention
from kg.suggest.name_forms import genre
from kg.suggest.readings import furniture
from kg.suggest.register import Register
from kg.suggest.state_ground import state_ground
from kg.suggest.text import Report
from kg.suggest.word_forms import adjective_of, demonyms
from kg.vocabulary import normalise

_HOW = "the genre's other words for it"


_ONES_MISSION = r"[Ee]mbassy|(?:diplomatic\s+)?[Mm]ission"
"""A state's mission named with no place: its embassy, or its mission of any kind."""
_FILLERS = ["the", "a", "an", "this", "that", "last", "s", *sorted(TIME_WORDS)]
"""Words between "of" and a description's modifier: "victims of (the, Sunday’s) earthquake"."""
_PLACED = placed("in|to|from")
_RELATING = ["of", "on", "in", "over", "about", "across", "within", "regarding"]
"""Prepositions that say what a noun is of or about: "concerns over security", "cooperation
in the energy sector", "trafficking in drugs", "connectivity across the region" (round 21;
round eighteen had "of" only)."""


def _common(word: str, label: bool) -> bool:
    """Whether a description's first word is a common noun or adjective: written in lower
    case, or a label's first word (labels are capitalised) that is no state's name or
    adjective ("Border management", not "Afghan refugees")."""
    if word.islower():
        return True
    return label and word[1:].islower() and not (state_named(word) or state_of_adjective(word))


class GenreForms:
    """The register's descriptions, bodies and titles, indexed once for :meth:`find`."""

    def __init__(self, register: Register, names: dict[str, str]) -> None:
        from spacy.matcher import Matcher

        from kg.suggest.text import pipeline

        self.register = register
        self.names = names
        self.reversed = Matcher(pipeline().vocab)
        self.bare = {
            names[form]: spec for form, spec in genre()["bare"].items() if form in names
        }  # "humanitarian assistance" -> its register topic
        self.acronyms = {
            form: entity
            for form, entity in names.items()
            if form.isalpha() and 2 <= len(form) <= 6 and register.is_a(entity, "Organization")
        }
        self.groups_from: list[tuple[str, str, str]] = []  # (verb, place form, group)
        self.titles: dict[str, list[tuple[str, str]]] = {}  # title -> (position, state)
        states = {
            normalise(e.label): e.id
            for e in register.entities.values()
            if register.is_a(e.id, "State")
        }
        self.adjectives = {
            state: demonyms(label) for label, state in states.items() if " " not in label
        }  # "Pakistani": Pakistan
        for entity in register.entities.values():
            if register.is_event(entity.id):
                continue
            for name in (entity.label, *entity.aliases):
                self._index(entity.id, name, states)

    def _index(self, entity: str, name: str, states: dict[str, str]) -> None:
        register = self.register
        if any(register.is_a(entity, c) for c in LOOSE):
            bare = _PLACED.sub("", QUALIFIER.sub("", name)).strip()
            words = bare.split()
            if len(words) == 2 and _common(words[0], name == register.entities[entity].label):
                modifier, head = normalise(words[0]), normalise(words[1])
                nouns = genre()["denominal"].get(modifier, [modifier, modifier + "s"])
                if modifier.isalpha() and head.isalpha():  # "earthquake victims", no "Afghan"
                    self.reversed.add(entity, [[
                        {"NORM": head}, {"LOWER": {"IN": _RELATING}},
                        {"NORM": {"IN": _FILLERS}, "OP": "*"}, {"NORM": {"IN": nouns}},
                    ]])  # fmt: skip
            ees = re.fullmatch(r"(?:\w+ )?(\w+ees) from (.+)", normalise(name))
            if ees and register.is_a(entity, "Group"):
                for verb in genre()["ee_verbs"].get(ees[1], []):
                    self.groups_from.append((verb, ees[2], entity))
        if register.is_a(entity, "Position"):
            titled = re.fullmatch(r"((?:[A-Z][\w-]* )*?[A-Z][\w-]*) of (?:the )?(.+)", name)
            state = states.get(normalise(titled[2])) if titled else None
            if titled and state:  # one word ("President") only right after its state
                self.titles.setdefault(titled[1], []).append((entity, state))

    def find(self, report: Report, mentions: list[Mention]) -> list[Mention]:
        """The mentions of this module's rules that the others have not made."""
        doc = report.doc
        found = [*self._bare(doc), *self._helped(report)]
        for key, start, end in self.reversed(doc) if len(self.reversed) else []:
            found.append(span_mention(doc, start, end, doc.vocab.strings[key], _HOW, 0.7))
        found += self._acronym_owners(doc, mentions)
        found += self._coordinated(doc)
        found += self._returned(report.text, mentions)
        found += self._embassies(report.text, mentions)
        found += self._states(doc, mentions)
        found += acts_on_governments(self.register, report.text, mentions)  # "recognise X"
        found += handed_over(self.register, report.text)  # "handed over 12 prisoners"
        found += led_governments(self.register, report.text, mentions)  # "the Modi government"
        found += state_ground(self.register, report.text)  # "Afghan soil"
        found += blocs(self.register, report.text)  # "the West"
        have = {(m.start, m.end, m.entity) for m in mentions}
        return [m for m in dict.fromkeys(found) if (m.start, m.end, m.entity) not in have]

    def _bare(self, doc: Any) -> list[Mention]:
        """ "aid", "relief flights", "Foreign relief for": the head in its usual sense."""
        found = []
        for entity, spec in self.bare.items():
            for token in doc:
                if token.norm_ not in spec["words"]:
                    continue
                before = doc[token.i - 1].norm_ if token.i else ""
                if _in_name(token):  # "the Centre for Regional Connectivity": a name's word
                    if _named_head(doc, token, spec):  # "the X-Y Economic Corridor"
                        found.append(span_mention(doc, token.i - 1, token.i + 1, entity, _HOW,
                                                  0.6))  # fmt: skip
                    continue
                after = doc[token.i + 1].norm_ if token.i + 1 < len(doc) else ""
                if before in spec["not_before"] or after in spec["not_after"]:
                    continue
                if token.norm_ in spec["needs_context"] and not (
                    before in spec["context_before"] or after in spec["context_after"]
                ):
                    continue  # "expressed relief"
                found.append(span_mention(doc, token.i, token.i + 1, entity, _HOW, 0.6))
        return found

    def _helped(self, report: Report) -> list[Mention]:
        """ "to help returnees", "tonnes of rice for Afghan returnees" (a figure before
        it in the sentence): help for people in need is humanitarian assistance."""
        entity = next((e for e, s in self.bare.items() if "aid" in s["words"]), None)
        if entity is None:
            return []
        words = genre()
        needy, helping = "|".join(words["needy"]), "|".join(words["helping"])
        found = []
        pattern = re.compile(
            rf"\b(?:(?P<help>{helping})|for)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:{needy})\b"
        )
        for sentence in report.sentences:
            for match in pattern.finditer(sentence.text):
                if not match["help"] and not re.search(r"\d", sentence.text[: match.start()]):
                    continue  # "for" help only after a figure: "20,000 tonnes of rice for"
                start = sentence.start + match.start()
                found.append(Mention(start, sentence.start + match.end(), entity, _HOW, 0.5))
        return found

    def _coordinated(self, doc: Any) -> list[Mention]:
        """A description's words shared over "and"/"or" (round 21): a head shared by two
        modifiers ("energy and trade cooperation": "energy cooperation"), a modifier by two
        heads ("Afghan businessmen and traders": "Afghan traders")."""
        found = []
        for token in doc[2:-1]:
            if token.lower_ not in ("and", "or"):
                continue
            first, i = doc[token.i - 1], token.i
            if first.is_alpha and first.text.islower():  # "energy and trade cooperation"
                for head in doc[i + 2 : i + 4]:
                    entity = self._description(f"{first.norm_} {head.norm_}")
                    if entity and doc[i + 1].is_alpha and doc[i + 1].text.islower():
                        found.append(span_mention(doc, i - 1, head.i + 1, entity, _HOW, 0.6))
                        break
            modifier, second = doc[i - 2], doc[i + 1]  # "Afghan businessmen and traders"
            if first.is_alpha and second.is_alpha and second.text.islower():
                entity = self._description(f"{modifier.norm_} {second.norm_}")
                if entity and modifier.is_alpha:
                    found.append(span_mention(doc, i + 1, i + 2, entity, _HOW, 0.6))
        return found

    def _description(self, form: str) -> str | None:
        """The register description (topic, commodity, group) one of whose forms is ``form``."""
        entity = self.names.get(form)
        if entity and any(self.register.is_a(entity, c) for c in LOOSE):
            return entity
        return None

    def _acronym_owners(self, doc: Any, mentions: list[Mention]) -> list[Mention]:
        """ "the UN refugee agency": a body's acronym opening another body's name."""
        found = []
        for mention in mentions:
            first = next((t for t in doc if t.idx == mention.start), None)
            if first is None or not first.text.isupper() or first.i + 1 >= len(doc):
                continue
            owner = self.acronyms.get(first.norm_)
            if owner and owner != mention.entity and mention.end > first.idx + len(first.text):
                if self.register.is_a(mention.entity, "Actor"):
                    found.append(span_mention(doc, first.i, first.i + 1, owner, _HOW, 0.6))
        return found

    def _returned(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """ "Afghans returned from Pakistan and Iran", "the number returned from Iran":
        the register's "Afghan returnees from Pakistan", "... from Iran"."""
        found = []
        places = {m.start: m for m in mentions if self.register.is_a(m.entity, "Place")}
        for verb in {v for v, _, _ in self.groups_from}:
            for match in re.finditer(rf"\b(\w+)\s+(?P<verb>{verb})\s+from\s+", text):
                if not _plural_subject(match[1]):
                    continue
                at, listed = match.end(), []
                while (place := places.get(at)) is not None:
                    listed.append(place)
                    more = re.match(LIST_SEPARATOR, text[place.end :])
                    if more is None:
                        break
                    at = place.end + more.end()
                for place in listed:
                    form = normalise(text[place.start : place.end])
                    names = {normalise(n) for n in self._names(place.entity)} | {form}
                    for v, where, group in self.groups_from:
                        if v == verb and where in names:
                            found.append(Mention(place.start, place.end, group, _HOW, 0.6))
        return found

    def _states(self, doc: Any, mentions: list[Mention]) -> list[Mention]:
        """ "America", "Britain": a register state by another of its names that the
        gazetteer knows (:func:`kg.suggest.gazetteer.state_named`)."""
        from kg.suggest.mentions_by_description import gazetteer_state
        from kg.suggest.runs import name_runs

        taken = {t.i for t in doc for m in mentions if m.start <= t.idx < m.end}
        found = []
        for start, end in name_runs(doc, taken):
            state = gazetteer_state(self.register, state_named(doc[start:end].text))
            if state:
                found.append(span_mention(doc, start, end, state, _HOW, 0.7))
        return found

    def _names(self, entity: str) -> list[str]:
        record = self.register.entities[entity]
        return [record.label, *record.aliases]

    def _embassies(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """ "the Uzbek embassy said" (no place after it): the register's embassy of the
        state of the adjective in the capital the report was filed from, or, filed from
        another city (or none), its one embassy (as :func:`new_names.other_missions`
        proposes a new one in that capital); "the Indian mission", "the Indian diplomatic
        mission" its one mission of any kind there."""
        from kg.suggest.new_names import filed_in, unplaced_mission

        found = []
        filed = filed_in(text)
        place = set(normalise(filed).split()) if filed and capital_state(filed) else set()
        states = [e for e in self.register.entities.values() if self.register.is_a(e.id, "State")]
        for match in unplaced_mission(_ONES_MISSION).finditer(text):
            adjective = normalise(match[1])
            owner = next((s for s in states if adjective_of(adjective, normalise(s.label))), None)
            if owner is None:
                continue
            kind = {"embassy"} if match["kind"].lower() == "embassy" else set()  # any mission
            words = set(normalise(owner.label).split()) | kind | place
            embassies = [
                e.id
                for e in self.register.entities.values()
                if self.register.is_a(e.id, "DiplomaticMission")
                and words <= set(normalise(e.label).split())
            ]
            if len(embassies) == 1:
                found.append(Mention(match.start(1), match.end(), embassies[0], _HOW, 0.6))
        return found

    def titles_of_states(self, report: Report, mentions: list[Mention]) -> list[Mention]:
        """ "a Pakistani delegation led by Interior Secretary X": the register's
        "Interior Secretary of Pakistan", the one state the sentence names before it,
        whoever holds it now (run after :func:`kg.suggest.readings.dropped`, whose
        ``held_by_another`` cannot tell another state's office of the same words)."""
        found: list[Mention] = []
        text = report.text
        lines = furniture(text)
        for title, held in self.titles.items():
            for match in re.finditer(rf"(?i)(?<![\w-]){re.escape(title)}\b", text):
                if any(m.start <= match.start() < m.end for m in mentions) or any(
                    s <= match.start() < e for s, e in lines
                ):
                    continue
                sentence = report.sentence_at(match.start())
                before = text[sentence.start : match.start()]
                if " " not in title:  # "Uzbekistan’s president", "the Uzbek president"
                    owner = re.search(r"\b([A-Z][a-z]+)(?:[’']s)?\s+$", before)
                    before = owner.group() if owner else ""
                    sentence = replace(sentence, start=match.start() - len(before))
                named = {
                    m.entity
                    for m in mentions
                    if sentence.start <= m.start < match.start()
                    and self.register.is_a(m.entity, "State")
                }
                for word in re.findall(r"\b[A-Z][a-z]+\b", before):
                    named |= {s for s, forms in self.adjectives.items() if normalise(word) in forms}
                states = {s for _, s in held}
                if len(named) == 1 and named <= states:
                    position = next(p for p, s in held if s in named)
                    found.append(Mention(match.start(), match.end(), position, _HOW, 0.6))
        return found


def _in_name(token: Any) -> bool:
    """A capitalised word past a sentence's start in a sentence that is no headline (it ends
    with a stop): a word of a longer name ("Centre for Regional Connectivity")."""
    capitalised = token.text[:1].isupper() and not token.is_sent_start
    return bool(capitalised and token.sent.text.rstrip().endswith("."))


def _named_head(doc: Any, token: Any, spec: dict[str, Any]) -> bool:
    """Whether a word that needs context ends a name after a word of that context ("the
    China-Pakistan Economic Corridor", "the North-South Transport Corridor"): the named
    thing is one of the description's kind. Not a body named after it ("the Economic
    Corridor Authority"), nor a name without the context ("the Wakhan Corridor")."""
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.norm_ not in spec["needs_context"] or not token.i:
        return False
    if after is not None and after.text[:1].isupper():
        return False
    before = doc[token.i - 1]
    return before.text[:1].isupper() and before.norm_ in spec["context_before"]


def _plural_subject(word: str) -> bool:
    """Whether the word before "returned from" is a plural noun or a count of people
    ("Afghans", "families", "the number"), not a person ("he", "Muttaqi")."""
    if word.lower() in ("number", "who", "many", "people", "thousands", "millions"):
        return True
    return (
        word.endswith("s")
        and len(word) > 3
        and word.lower() not in ("this", "has", "was", "its", "his", "hers", "theirs")
    )
