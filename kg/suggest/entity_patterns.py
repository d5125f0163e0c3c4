"""New entities a description names by its form alone, with no capitalised name to class.

The token patterns of :data:`PATTERNS_FILE` ("the previous X government", "anti-X
elements", "300 tonnes of X"), each at its first occurrence that no register name covers;
and the other rules of that kind :func:`described` gathers: the missions of states listed
before "their embassies" and things listed with a register commodity
(:mod:`kg.suggest.listed`), borders (:mod:`kg.suggest.borders`,
:mod:`kg.suggest.unnamed_places`), bodies named by their owner
(:mod:`kg.suggest.owned_bodies`) and by a noun (:mod:`kg.suggest.new_names`).
:mod:`kg.suggest.entities` adds them to the names it classes.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from kg.suggest import new_names as nouns
from kg.suggest.borders import new_borders
from kg.suggest.candidates import NewEntity, slug
from kg.suggest.listed import known, listed_commodities, listed_missions
from kg.suggest.mentions import MentionFinder
from kg.suggest.owned_bodies import owned_bodies
from kg.suggest.relief_groups import relief_groups
from kg.suggest.unnamed_places import border_places

PATTERNS_FILE = Path(__file__).with_name("entity_patterns.jsonl")
"""Token patterns of descriptions that name a new entity by their form alone, in spaCy's
``EntityRuler`` format: ``label`` the class, ``id`` the reason shown, ``pattern`` the
tokens ("the previous X government", "anti-X elements", "X-led forces", "Western
countries", "X-Y division", "300 tonnes of X": for a Commodity, the words after "of")."""


@functools.lru_cache(maxsize=1)
def _pattern_matcher() -> Any:
    """A spaCy ``Matcher`` of :data:`PATTERNS_FILE`, one key per label and reason."""
    from spacy.matcher import Matcher

    from kg.suggest.text import pipeline

    matcher = Matcher(pipeline().vocab)
    for line in PATTERNS_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip():
            entry = json.loads(line)
            matcher.add(f"{entry['label']}|{entry['id']}", [entry["pattern"]], greedy="LONGEST")
    return matcher


_NOT_OF = {"and", "or", "to", "for", "from", "in", "by", "with", "the", "of"}


def described(text: str, finder: MentionFinder) -> list[NewEntity]:
    """New entities named by a description (:data:`PATTERNS_FILE`) no register name
    covers, each at its first occurrence; the missions of states listed before "their
    embassies" and things listed with a register commodity (:mod:`kg.suggest.listed`);
    borders named by two states (:mod:`kg.suggest.borders`)."""
    from kg.suggest.text import make_doc

    doc = make_doc(text)
    matcher = _pattern_matcher()
    found: dict[str, NewEntity] = {}
    for key, first, last in sorted(matcher(doc), key=lambda m: m[1]):
        cls, reason = doc.vocab.strings[key].split("|", 1)
        tokens = list(doc[first:last])
        if cls == "Commodity":  # "300 tonnes of the polio vaccine": "polio vaccine"
            after = next(i for i, t in enumerate(tokens) if t.lower_ == "of") + 1
            tokens = [t for t in tokens[after:] if t.lower_ != "the"]
            tokens = tokens[: next((i for i, t in enumerate(tokens) if t.lower_ in _NOT_OF),
                                   len(tokens))]  # fmt: skip
            if not tokens:
                continue
        if cls == "Group" and tokens[1].lower_ == "of":  # "a meeting of envoys on X"
            tokens = tokens[3:] if tokens[2].lower_ == "the" else tokens[2:]  # the envoys
        if cls == "Person":  # "X’s envoy said": the envoy, without the verb
            tokens = tokens[1:-1] if tokens[0].lower_ in ("a", "an") else tokens[:-1]
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        label = text[start:end]
        key_ = slug(label)
        if key_ in found or known(label, finder):
            continue
        found[key_] = NewEntity(key_, cls, label, start, end, 0.5, reason)
    more = [*listed_missions(text, finder), *listed_commodities(text, finder),
            *new_borders(text, finder), *border_places(text, finder),
            *relief_groups(text, finder)]  # fmt: skip
    for entity in owned_bodies(text, finder):  # "a foreign ministry official in X": the
        found = {k: v for k, v in found.items()  # official named by his state's ministry
                 if not (v.cls == entity.cls == "Person" and v.start == entity.start)}  # fmt: skip
        found.setdefault(entity.id, entity)
    for entity in [*more, *nouns.named_by_nouns(text, finder)]:
        found.setdefault(entity.id, entity)
    return list(found.values())
