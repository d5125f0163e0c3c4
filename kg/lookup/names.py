"""Entity names: from what a user types to one node of the register.

This is the one resolver of the project: the lookups (``kg neighbours``,
``describe``, ``path``, ``timeline``, ``why``, ``search``), the views and
exports (``--center``, ``--source``, ``--types``), the query catalogue and the
view page's search box (which runs the same steps in JavaScript over an index
made here, :meth:`Resolver.page_index`) all resolve through it, with the
one "did you mean" and the messages of :mod:`kg.vocabulary`::

    no entity named 'Mutaqi'; did you mean Amir Khan Muttaqi (amir-khan-muttaqi, Person)?
    '00' is ambiguous, 5 candidates: 000_1bff8b9514c268fa; 001_75a9f5a7441c5fc0; ...

An entity name resolves, in this order, as

1. an IRI (``https://w3id.org/kgdiplo/id/amir-khan-muttaqi``, with or without
   angle brackets), a CURIE (``kgr:amir-khan-muttaqi``) or a register id
   (``amir-khan-muttaqi``, as written: ids are lower case, so "islamabad" is
   the city while "Islamabad" is also an alias of Pakistan);
2. a preferred label or an alias, compared case-, accent- and
   punctuation-insensitively (:func:`normalise`: "muttaqi", "J.P. Singh" =
   "JP Singh", "Muttaqī");
3. every word of a label or alias: "Hamid" finds Hamid Karzai, "Singh Karzai"
   the one event whose label has both words;
4. the beginnings of the words of a label or alias: "Karz" finds Hamid Karzai.

At steps 3 and 4 entities that are not events are tried first, so a person's
name does not collide with the events named after them, and candidates are
ranked by the share of the label's words the text covers, so "Dubai meeting"
lists the meeting before the statements made at it. More than one match at
the first step that matches is an ambiguity (:class:`AmbiguousNameError`,
listing the candidates and their classes); no match is an
:class:`UnknownNameError` with the closest names. Matching runs on the
register's names in Python: the user's text never enters a query.

:func:`resolve` (an entity), :func:`resolve_types`, :func:`resolve_source`
and :func:`resolve_predicate` resolve against a lookup backend; the views
resolve against their projection through :class:`Resolver` and the same
vocabularies.
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from kg.errors import InputError
from kg.graph.model import Name, Node, local_name
from kg.iris import KGR
from kg.vocabulary import (
    SUGGESTED,
    AmbiguousNameError,
    UnknownNameError,
    Vocabulary,
    closest,
    naming,
    normalise,
    source_vocabulary,
)

if TYPE_CHECKING:
    from kg.lookup.backend import LookupBackend


_ID = re.compile(r"[a-z0-9][a-z0-9._+-]*")


def register_iri(text: str) -> str | None:
    """The register IRI that ``text`` names if it is an id, CURIE or register IRI.

    This is the first step of resolution, which a store can answer with one
    bound lookup instead of reading the register; None for anything else.

    >>> register_iri("amir-khan-muttaqi"), register_iri("kgr:india")
    ('https://w3id.org/kgdiplo/id/amir-khan-muttaqi', 'https://w3id.org/kgdiplo/id/india')
    >>> register_iri("<https://w3id.org/kgdiplo/id/india>"), register_iri("Muttaqi")
    ('https://w3id.org/kgdiplo/id/india', None)
    """
    text = text.strip()
    slug = _unwrap(text)[1]
    if slug is None:
        slug = text  # a bare id
    return str(KGR) + slug if _ID.fullmatch(slug) else None


def _unwrap(text: str) -> tuple[str, str | None]:
    """The text without angle brackets, and the register slug it names as a register
    IRI or a ``kgr:`` CURIE (None for anything else)."""
    iri = text[1:-1] if text.startswith("<") and text.endswith(">") else text
    if iri.startswith(str(KGR)):
        return iri, iri[len(KGR) :]
    if iri.startswith("kgr:"):
        return iri, iri[len("kgr:") :]
    return iri, None


def _rank(name: Name) -> tuple[bool, str, str]:
    """Ties between candidates: entities before events, then by label."""
    return (name.is_event, name.label.casefold(), name.iri)


class Resolver:
    """Resolves entity names against a register, indexed once.

    No step reads every name: labels and aliases are looked up in a dict,
    words in an index of words (beginnings by bisection in its sorted keys),
    and the closest names are found by rapidfuzz over the normalised forms.
    """

    def __init__(self, names: Iterable[Name]) -> None:
        self.names = sorted(names, key=_rank)
        self._by_iri = {n.iri: n for n in self.names}
        self._by_id = {n.id: n for n in self.names}
        self._ids = sorted(self._by_id)
        self._exact: dict[str, list[int]] = defaultdict(list)
        self._forms: list[list[str]] = []  # per name: its distinct normalised forms
        self._word_sets: list[list[frozenset[str]]] = []
        self._by_word: dict[str, set[int]] = defaultdict(set)
        self._fuzzy: list[str] = []  # every form, and each word of a non-event's forms
        self._fuzzy_owner: list[int] = []
        self._fuzzy_words = 0  # the first ``_fuzzy_words`` entries are whole forms
        words_of_entities: list[tuple[str, int]] = []
        for index, name in enumerate(self.names):
            texts = (name.label, *name.aliases)
            forms = [f for f in dict.fromkeys(normalise(t) for t in texts) if f]
            self._forms.append(forms)
            self._word_sets.append([frozenset(f.split()) for f in forms])
            for form in forms:
                self._exact[form].append(index)
                self._fuzzy.append(form)
                self._fuzzy_owner.append(index)
                for word in form.split():
                    self._by_word[word].add(index)
            if not name.is_event:
                words = dict.fromkeys(w for f in forms for w in f.split())
                words_of_entities += [(w, index) for w in words]
        self._fuzzy_words = len(self._fuzzy)
        for word, index in words_of_entities:
            self._fuzzy.append(word)
            self._fuzzy_owner.append(index)
        self._sorted_words = sorted(self._by_word)

    def resolve(self, text: str) -> Name:
        """The one entity ``text`` names; raises :class:`InputError` otherwise."""
        how, found = self.candidates(text)
        if how == "closest":
            raise UnknownNameError(text.strip(), found)
        if len(found) > 1:
            raise AmbiguousNameError(text.strip(), found)
        return found[0]

    def best(self, text: str) -> tuple[Name, str] | None:
        """The entity a search box shows for ``text`` and how it was found, or None.

        The first candidate of :meth:`candidates`: what :meth:`resolve` returns,
        the first of an ambiguity, or the closest name. The view page's search
        (``names.js``) gives the same answer.
        """
        try:
            how, found = self.candidates(text)
        except InputError:
            return None
        return (found[0], how) if found else None

    def candidates(self, text: str) -> tuple[str, list[Name]]:
        """How ``text`` matched (``id``, ``name``, ``words``, ``beginnings`` or
        ``closest``) and the names it matched, best first.

        Raises :class:`InputError` for an empty text, and for an id, CURIE or
        IRI that names nothing.
        """
        stripped = text.strip()
        if not stripped:
            raise InputError("an empty name names no entity")
        by_identifier = self._identifier(stripped)
        if by_identifier is not None:
            return "id", [by_identifier]
        form = normalise(stripped)
        exact = self._exact.get(form, [])
        if exact:
            return "name", [self.names[i] for i in exact]
        words = frozenset(form.split())
        if words:
            for how, owners in (("words", self._with_words), ("beginnings", self._with_beginnings)):
                found = self._covering(words, owners(words), exact=how == "words")
                if found:
                    return how, found
        return "closest", self.closest(form)

    def closest(self, form: str, n: int = SUGGESTED) -> list[Name]:
        """The names most like ``form`` (already normalised), best first.

        Each label and alias counts whole; a one-word text is also compared
        with each word of an entity's (not an event's) names.
        """
        choices = self._fuzzy if " " not in form else self._fuzzy[: self._fuzzy_words]
        best: dict[int, float] = {}
        for position, score in closest(form, choices, limit=None):
            owner = self._fuzzy_owner[position]
            best[owner] = max(best.get(owner, 0.0), score)
        ranked = sorted(best, key=lambda i: (-best[i], i))
        return [self.names[i] for i in ranked[:n]]

    def page_index(self, ids: dict[str, int]) -> dict[str, Any]:
        """What the view page's search (``kg/viz/static/names.js``) needs.

        ``names``: ``[node id, 1 if an event, IRI, normalised forms...]`` for
        each name of ``ids`` (IRI to node id), in the resolver's order;
        ``namespace``: the register's, for ids and CURIEs.
        """
        names = [
            [ids[name.iri], int(name.is_event), name.iri, *forms]
            for name, forms in zip(self.names, self._forms, strict=True)
            if name.iri in ids
        ]
        return {"namespace": str(KGR), "names": names}

    def _with_words(self, words: frozenset[str]) -> set[int]:
        """Names with every word in some form (the form is checked later)."""
        sets = sorted((self._by_word.get(w, set()) for w in words), key=len)
        return set.intersection(*sets) if sets else set()

    def _with_beginnings(self, words: frozenset[str]) -> set[int]:
        """Names with a word beginning with each of ``words``."""
        result: set[int] | None = None
        for word in sorted(words, key=len, reverse=True):
            start = bisect.bisect_left(self._sorted_words, word)
            owners: set[int] = set()
            for known in self._sorted_words[start:]:
                if not known.startswith(word):
                    break
                owners |= self._by_word[known]
            result = owners if result is None else result & owners
            if not result:
                return set()
        return result or set()

    def _covering(self, words: frozenset[str], owners: set[int], *, exact: bool) -> list[Name]:
        """The names one of whose forms has all ``words`` (or words beginning with
        them), entities first; ranked by the share of the form's words covered."""
        for events in (False, True):
            found: list[tuple[float, int]] = []
            for index in owners:
                if self.names[index].is_event != events:
                    continue
                share = max(
                    (
                        len(words) / len(form)
                        for form in self._word_sets[index]
                        if (words <= form if exact else _begins(words, form))
                    ),
                    default=0.0,
                )
                if share:
                    found.append((share, index))
            if found:
                found.sort(key=lambda item: (-item[0], item[1]))
                return [self.names[i] for _, i in found]
        return []

    def _identifier(self, text: str) -> Name | None:
        """An IRI, CURIE or register id; raises when it has that shape but names nothing."""
        iri, slug = _unwrap(text)
        if slug is None:
            if iri in self._by_iri:
                return self._by_iri[iri]
            if re.fullmatch(r"[a-z][a-z+.-]*://\S+", iri):
                raise UnknownNameError(text, [])
            # a bare id counts only as written (lower case), before any label
            return self._by_id.get(text)
        if slug in self._by_id:
            return self._by_id[slug]
        close = closest(slug, self._ids)
        raise UnknownNameError(text, [self._by_id[self._ids[i]] for i, _ in close])


def _begins(words: frozenset[str], form: frozenset[str]) -> bool:
    return all(any(known.startswith(word) for known in form) for word in words)


_RESOLVERS: weakref.WeakKeyDictionary[Any, Resolver] = weakref.WeakKeyDictionary()


def resolver_for(backend: LookupBackend) -> Resolver:
    """The resolver of a backend's register, indexed once per backend."""
    try:
        return _RESOLVERS[backend]
    except KeyError:
        resolver = _RESOLVERS[backend] = Resolver(backend.names())
        return resolver
    except TypeError:  # a backend that cannot be weakly referenced
        return Resolver(backend.names())


def resolve(backend: LookupBackend, text: str, option: str | None = None) -> Node:
    """The node a name, alias, id, CURIE or IRI stands for.

    An id, CURIE or register IRI is looked up alone (on a store, one bound
    query); anything else is resolved against the register's names. Errors
    name ``option`` (``ENTITY``, ``--center``) when given.
    """
    iri = register_iri(text)
    if iri is not None and (found := backend.node(iri)) is not None:
        return found
    if (indexed := _by_label_index(backend, text)) is not None:
        return indexed
    with naming(option):
        name = resolver_for(backend).resolve(text)
    node = backend.node(name.iri)
    assert node is not None, name.iri
    return node


def _by_label_index(backend: LookupBackend, text: str) -> Node | None:
    """The one node whose label or alias is ``text`` (normalised), from the store's label
    index, without reading the register; None where that does not decide it.

    A store built by kg keeps a table of each name's normalised labels and
    aliases (:meth:`kg.stores.oxigraph.OxigraphStore.names_with_form`). Only a
    text that cannot be an id, CURIE or IRI is looked up (those are step 1,
    which the caller tried: a bare id it did not find is no id), and only
    exactly one match is an answer: none
    (a word, a beginning, a misspelling) or several (an ambiguity, whose
    candidates are ranked) go to the resolver, as without an index.
    """
    finder = getattr(backend, "names_with_form", None)
    stripped = text.strip()
    if finder is None or not stripped or _unwrap(stripped) != (stripped, None):
        return None
    if "://" in stripped:
        return None  # an IRI the register does not have: the resolver says so
    iris = finder(normalise(stripped))
    if iris is None or len(iris) != 1:
        return None
    return backend.node(iris[0])


def resolve_types(
    backend: LookupBackend, types: Iterable[str], option: str = "--types"
) -> frozenset[str] | None:
    """Class local names, case-insensitive, comma-separated or repeated; None for no filter.

    A class matches its subclasses too (``Actor`` matches persons and states).
    """
    parts = [p.strip() for item in types for p in item.split(",") if p.strip()]
    if not parts:
        return None
    known = sorted({t for name in backend.names() for t in name.types})
    classes = Vocabulary("class", [(t, t) for t in known])
    return frozenset(classes.resolve(part, option) for part in parts) or None


def resolve_source(
    backend: LookupBackend, source: str | None, option: str = "--source"
) -> str | None:
    """A source id, its number or a unique beginning (``002`` for ``002_cc55442e284936d0``)."""
    if source is None:
        return None
    ids = list(backend.source_ids())
    if source in ids:
        return source
    return source_vocabulary(ids).resolve(source, option)


def resolve_predicate(backend: LookupBackend, text: str, option: str = "PREDICATE") -> str:
    """A predicate IRI from an IRI, ``kg:name``, a local name or a label, case-insensitive."""
    predicates = backend.predicates()
    stripped = text.strip().removeprefix("<").removesuffix(">")
    if stripped in predicates:
        return stripped
    names: list[tuple[str, str]] = []
    for iri, label in sorted(predicates.items()):
        names += [(local_name(iri), iri), (label, iri)]
    vocabulary = Vocabulary("predicate", names, show=local_name, key=_squashed)
    return vocabulary.resolve(stripped.removeprefix("kg:"), option)


def _squashed(text: str) -> str:
    """A predicate's name without case, punctuation or spaces: ``has participant``."""
    return normalise(text).replace(" ", "")


__all__ = [
    "Resolver",
    "register_iri",
    "resolve",
    "resolve_predicate",
    "resolve_source",
    "resolve_types",
    "resolver_for",
]
