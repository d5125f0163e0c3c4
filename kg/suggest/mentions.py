"""Mentions of register entities in a report: by label and alias, then typo-tolerant.

Exact step: spaCy's ``PhraseMatcher`` on the tokens' name forms
(:func:`kg.vocabulary.normalise`, set as each token's ``norm_`` by
:mod:`kg.suggest.text`), so case, accents, dots of initials and possessives do
not matter ("JP Singh" = "J.P. Singh", "Muttaqi’s" mentions Muttaqi). The
longest match wins where two overlap.

Tolerant step, for each run of capitalised words no exact match covers:

- the same name once transliteration variants are folded (:func:`skeleton`:
  "Yaqoob" = "Yaqub", "Mohammad" = "Muhammad");
- initials of a name ("Jitender Pal Singh" is "J.P. Singh", "JP Singh");
- a part of a person's full name ("Mohammad Yaqoob" in "Mohammad Yaqub Mujahid");
- a close spelling (:func:`kg.vocabulary.closest`, rapidfuzz's ratio over the
  folded forms, at a high cutoff).

Mentions by description ("the Afghan side", "its embassy in Kabul") are in
:mod:`kg.suggest.descriptions`. Each mention says how it was found and with
what confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from kg.suggest.register import Register
from kg.suggest.text import Report, is_name_token, make_doc
from kg.vocabulary import closest, normalise

FUZZY_CUTOFF = 88.0
_CONNECTORS = {"-", "of", "e", "al", "ul", "bin", "ibn"}
_FOLDS = (
    ("ce", "se"),  # defence, defense
    ("oo", "u"),
    ("ou", "u"),
    ("ee", "i"),
    ("aa", "a"),
    ("ph", "f"),
    ("kh", "k"),
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
_NOT_NAMES = {
    "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "during", "after",
    "before", "since", "yes", "no", "it", "he", "she", "they", "we", "our", "his", "her",
    "its", "their", "while", "although", "despite", "meanwhile", "notably", "beyond",
    "through", "as", "both", "additionally", "however", "sources", "talks", "india’s",
}  # fmt: skip


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


def skeleton(form: str) -> str:
    """A name form with spelling variants folded, for typo-tolerant comparison.

    >>> skeleton("yaqoob") == skeleton("yaqub"), skeleton("mohammad") == skeleton("muhammad")
    (True, True)
    """
    text = form
    for old, new in _FOLDS:
        text = text.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", text)


def _initials(form: str) -> str:
    """``jitender pal singh`` -> ``jp singh``: the initials of all words but the last."""
    words = form.split()
    return "".join(w[0] for w in words[:-1]) + " " + words[-1] if len(words) > 1 else form


class MentionFinder:
    """The register's names, indexed once, matched against reports."""

    def __init__(self, register: Register) -> None:
        from spacy.matcher import Matcher, PhraseMatcher

        from kg.suggest.text import pipeline

        self.register = register
        self.matcher = PhraseMatcher(pipeline().vocab, attr="NORM")
        self.loose = Matcher(pipeline().vocab)  # one word more inside a description
        self.forms: list[tuple[str, str]] = []  # (normalised form, entity id)
        short = _short_forms(register)
        for entity in register.entities.values():
            if register.is_event(entity.id):
                continue  # events are found by their triggers (kg.suggest.events)
            names = [n for n in dict.fromkeys((entity.label, *entity.aliases)) if n.strip()]
            more = [*_synonyms(names), *short.get(entity.id, [])]
            patterns = [make_doc(n) for n in [*names, *more] if _usable(n)]
            if patterns:
                self.matcher.add(entity.id, patterns)
            if any(register.is_a(entity.id, c) for c in _LOOSE):
                gapped = [g for n in names for g in _gapped(n)]
                if gapped:
                    self.loose.add(entity.id, gapped)
            for name in names:
                form = normalise(name)
                if form and _usable(name):
                    self.forms.append((form, entity.id))
        self.skeletons = [skeleton(f) for f, _ in self.forms]

    def find(self, report: Report) -> list[Mention]:
        """Every mention in the report, the longest where two overlap, in text order."""
        doc = report.doc
        vocab = doc.vocab
        found: list[tuple[int, int, str]] = [
            (start, end, vocab.strings[key]) for key, start, end in self.matcher(doc)
        ]
        found.sort(key=lambda m: (-(m[1] - m[0]), m[0], self._metonym_rank(doc, m)))
        taken: set[int] = set()
        mentions: list[Mention] = []
        for start, end, entity in found:
            if any(i in taken for i in range(start, end)):
                continue
            if end - start == 1 and _lonely_initial(doc[start].text):
                continue
            taken.update(range(start, end))
            mentions.append(_mention(doc, start, end, entity, "label or alias", 0.95))
        exact = [(m.start, m.end) for m in mentions]
        loose = sorted(
            ((start, end, vocab.strings[key]) for key, start, end in self.loose(doc)),
            key=lambda m: (-(m[1] - m[0]), m[0]),
        )
        accepted: list[tuple[int, int]] = []
        for start, end, entity in loose:  # may hold an exact name: "rehabilitation of
            first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
            inside = [(s, e) for s, e in exact if first <= s and e <= last]  # Afghan refugees"
            crossing = [(s, e) for s, e in exact if s < last and first < e]
            if crossing != inside or any(s < last and first < e for s, e in accepted):
                continue
            accepted.append((first, last))
            taken.update(range(start, end))
            how = "a name with one word inserted"
            mentions.append(_mention(doc, start, end, entity, how, 0.7))
        for start, end in _name_runs(doc, set()):
            # a whole name whose last word alone matched: "Jitender Pal [Singh]"
            inner = [m for m in mentions if doc[start].idx <= m.start and m.end <= _end(doc, end)]
            if (
                end - start < 2
                or not inner
                or any(m.length == _end(doc, end) - doc[start].idx for m in inner)
            ):
                continue
            match = self._tolerant(normalise(doc[start:end].text))
            if match and all(m.entity == match[0] for m in inner):
                mentions = [m for m in mentions if m not in inner]
                taken.update(range(start, end))
                mentions.append(_mention(doc, start, end, match[0], match[1], match[2]))
        for start, end in _name_runs(doc, taken):
            for first in range(start, end):  # "Defense Minister Mohammad Yaqoob": from a word on
                match = self._tolerant(normalise(doc[first:end].text), fuzzy=first == start)
                if match:
                    entity, how, confidence = match
                    mentions.append(_mention(doc, first, end, entity, how, confidence))
                    title = self._tolerant(normalise(doc[start:first].text), fuzzy=False)
                    if first > start and title:  # "Defense Minister" before the name
                        mentions.append(_mention(doc, start, first, *title))
                    break
        from kg.suggest.descriptions import missions, officials

        mentions += missions(self.register, report, mentions)
        mentions += officials(self.register, report, mentions)
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _metonym_rank(self, doc: Any, match: tuple[int, int, str]) -> int:
        """Where one name is a place's label and an actor's declared alias ("Islamabad":
        the city, and Pakistan's government as the register's alias), the place after
        "in/to/at/from/near", the actor elsewhere ("Islamabad’s allegations")."""
        start, _, entity = match
        before = doc[start - 1].lower_ if start else ""
        place = self.register.is_a(entity, "Place") and not self.register.is_a(entity, "Actor")
        located = before in _LOCATIVE
        return 0 if place == located else 1

    def unmatched_runs(self, report: Report, mentions: list[Mention]) -> list[tuple[int, int]]:
        """The character spans of capitalised runs that no mention covers."""
        doc = report.doc
        taken = {t.i for t in doc for m in mentions if m.start <= t.idx < m.end}
        runs = []
        for start, end in _name_runs(doc, taken):
            first, last = doc[start], doc[end - 1]
            runs.append((first.idx, last.idx + len(last.text)))
        return runs

    def _tolerant(self, form: str, *, fuzzy: bool = True) -> tuple[str, str, float] | None:
        if not form or form in _NOT_NAMES:
            return None
        key = skeleton(form)
        words = key.split()
        for (known, entity), known_key in zip(self.forms, self.skeletons, strict=True):
            if key == known_key:
                return entity, f"spelling variant of {known!r}", 0.85
        for (known, entity), _ in zip(self.forms, self.skeletons, strict=True):
            if len(form.split()) > 1 and _initials(form) == known:
                return entity, f"initials of {known!r}", 0.85
        if len(words) > 1:
            for (known, entity), known_key in zip(self.forms, self.skeletons, strict=True):
                known_words = known_key.split()
                person = self.register.is_a(entity, "Person")
                if person and set(words) < set(known_words) and words[0] == known_words[0]:
                    return entity, f"part of the name {known!r}", 0.8
        if len(words) == 1 and len(key) >= 4:
            for (known, entity), known_key in zip(self.forms, self.skeletons, strict=True):
                if self.register.is_a(entity, "Person") and key in known_key.split()[1:]:
                    return entity, f"a spelling of the surname in {known!r}", 0.7
        close = closest(key, self.skeletons, limit=1, cutoff=FUZZY_CUTOFF) if fuzzy else []
        if close and len(key) >= 5:
            index, score = close[0]
            known, entity = self.forms[index]
            if known.startswith(form) or form.startswith(known):
                return None  # "Afghan" and "Afghans", "Indian" and "India": other words
            return entity, f"close to {known!r} ({score:.0f}%)", round(0.6 * score / 100, 2)
        return None


def _end(doc: object, end: int) -> int:
    last = doc[end - 1]  # type: ignore[index]
    return int(last.idx + len(last.text))


_LOCATIVE = {"in", "to", "at", "from", "near", "outside", "around", "across", "into"}
_LOCATIVE |= {"visited", "visiting", "toured", "reached"}  # "visited Kabul": where, not who
"""Words after which a name that is both a place and an actor's alias is the place."""

_LOOSE = ("Topic", "Commodity", "Group")
"""Classes whose names are descriptions, matched with one word more inside them."""


def _gapped(name: str) -> list[list[dict[str, Any]]]:
    """Matcher patterns for ``name`` with one word inserted between two of its words:
    "rehabilitation of refugees" finds "rehabilitation of Afghan refugees"."""
    norms = [t.norm_ for t in make_doc(name) if not t.is_space]
    if len(norms) < 2:
        return []
    patterns = []
    for gap in range(1, len(norms)):
        tokens: list[dict[str, Any]] = [{"NORM": n} for n in norms[:gap]]
        tokens.append({"IS_ALPHA": True})
        tokens += [{"NORM": n} for n in norms[gap:]]
        patterns.append(tokens)
    return patterns


_GOVERNMENT = ("government", "administration", "regime", "authorities")


def _synonyms(names: list[str]) -> list[str]:
    """The same names with another word for a government ("Taliban government",
    "Taliban administration", "Taliban regime", "Taliban authorities")."""
    found: list[str] = []
    for name in names:
        words = name.split()
        if len(words) >= 2 and words[-1].lower() in _GOVERNMENT:
            found += [" ".join([*words[:-1], other]) for other in _GOVERNMENT]
    return [f for f in found if f not in names]


_QUALIFIER = re.compile(r"\s*\([^)]*\)\s*$")
_PLACED = re.compile(r"\s+(?:to|in)\s+[A-Z][\w’' -]*$")


def _short_forms(register: Register) -> dict[str, list[str]]:
    """Shorter names the register's own names imply, where no other entity has them: a
    label without its bracketed qualifier or its place ("Indian delegation to Kabul
    (November 2024)": "Indian delegation"), and "Xs" for "X people" ("Afghans")."""
    found: dict[str, set[str]] = {}
    for entity in register.entities.values():
        if register.is_event(entity.id):
            continue
        for name in (entity.label, *entity.aliases):
            bare = _QUALIFIER.sub("", name)
            for form in (bare, _PLACED.sub("", bare)):
                if form != name and len(form.split()) >= 2:
                    found.setdefault(normalise(form), set()).add(entity.id)
            people = re.fullmatch(r"([A-Z]\w+) people", name)
            if people:
                found.setdefault(normalise(people[1] + "s"), set()).add(entity.id)
    taken = {normalise(n) for e in register.entities.values() for n in (e.label, *e.aliases)}
    result: dict[str, list[str]] = {}
    for form, owners in found.items():
        if len(owners) == 1 and form not in taken:
            result.setdefault(owners.pop(), []).append(form)
    return result


def _usable(name: str) -> bool:
    """A name worth matching in running text: not a lone lower-case common word."""
    return len(normalise(name)) > 1


def _lonely_initial(text: str) -> bool:
    return len(normalise(text)) <= 1


def _mention(doc: object, start: int, end: int, entity: str, how: str, conf: float) -> Mention:
    tokens = doc[start:end]  # type: ignore[index]
    first, last = tokens[0], tokens[-1]
    return Mention(first.idx, last.idx + len(last.text), entity, how, conf)


def _name_runs(doc: object, taken: set[int]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens outside ``taken`` (a sentence's first word only
    when a name word follows)."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    tokens = list(doc)  # type: ignore[call-overload]
    for token in [*tokens, None]:
        inside = (
            token is not None
            and token.i not in taken
            and (
                is_name_token(token)
                or (start is not None and token.text.lower() in _CONNECTORS and _next_name(token))
                or (start is not None and _joined(token))  # "Lashkar-e-Taiba"
            )
            and token.text.lower() not in _NOT_NAMES
        )
        if inside and start is None:
            assert token is not None
            start = token.i
        elif not inside and start is not None:
            end = token.i if token is not None else len(tokens)
            runs.append((start, end))
            start = None
    return runs


def _joined(token: Any) -> bool:
    """A lower-case piece written together with the name before it and a name after it
    ("Lashkar-e-Taiba", "Jaish-e-Mohammed")."""
    doc = token.doc
    before = doc[token.i - 1] if token.i else None
    if before is None or before.whitespace_ or token.whitespace_:
        return False
    for nxt in doc[token.i + 1 : token.i + 4]:
        if is_name_token(nxt):
            return True
        if nxt.whitespace_ or not (nxt.is_alpha or nxt.text == "-"):
            return False
    return False


def _next_name(token: object) -> bool:
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None  # type: ignore[attr-defined]
    return nxt is not None and is_name_token(nxt)
