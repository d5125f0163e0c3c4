"""Name resolution: from what a user types to one entity, source, class or query.

This is the one resolver of the project: the lookups (``kg neighbours``,
``describe``, ``path``, ``timeline``, ``why``, ``search``), the views and
exports (``--center``, ``--source``, ``--types``), the query catalogue and the
view page's search box (which runs the same steps in JavaScript over an index
made here, :meth:`Resolver.page_index`) all resolve through it, with one
"did you mean" (:func:`closest`, rapidfuzz's ratio over normalised forms) and
one shape of message::

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

Sources, classes, predicates and catalogue queries are small vocabularies
(:class:`Vocabulary`): a name matches when its normalised form is the same,
a source id also by its number (``003``) or any unique beginning (``003_98``).
"""

from __future__ import annotations

import bisect
import contextlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from kg.errors import InputError
from kg.namespaces import KGR

if TYPE_CHECKING:
    from kg.backend import Name

T = TypeVar("T")

CUTOFF = 75.0
"""How close (rapidfuzz's ratio, 0-100) a name must be to be suggested."""
_SUGGESTED = 3
_MAX_LISTED = 8
_KNOWN_LISTED = 12
"""A vocabulary this small is listed whole when nothing in it is close."""


class UnknownNameError(InputError):
    """Nothing has this name; ``suggestions`` holds the closest, best first."""

    def __init__(
        self,
        text: str,
        suggestions: Sequence[Any],
        message: str = "",
        *,
        option: str | None = None,
    ) -> None:
        self.text = text
        self.suggestions = list(suggestions)
        shown = [_shown(s) for s in self.suggestions]
        super().__init__(message or unknown_message("entity", text, shown), option)


class AmbiguousNameError(InputError):
    """Several things have this name; ``candidates`` lists them, the best first."""

    def __init__(
        self,
        text: str,
        candidates: Sequence[Any],
        hint: str = "give an id or more of the name",
        *,
        option: str | None = None,
    ) -> None:
        self.text = text
        self.candidates = list(candidates)
        shown = [_shown(c) for c in self.candidates]
        super().__init__(ambiguous_message(text, shown, hint), option)


def unknown_message(what: str, text: str, close: Sequence[str], known: Sequence[str] = ()) -> str:
    """The one message for a name that names nothing.

    ``close`` are the suggestions; when there are none and ``known`` is short,
    it is listed instead.

    >>> unknown_message("class", "Persn", ["Person"])
    "no class named 'Persn'; did you mean Person?"
    >>> unknown_message("source", "7", [], ["s1", "s2"])
    "no source named '7'; choose one of s1, s2"
    """
    message = f"no {what} named {text!r}"
    if close:
        return message + "; did you mean " + " or ".join(close) + "?"
    if known and len(known) <= _KNOWN_LISTED:
        return message + "; choose one of " + ", ".join(known)
    return message


def ambiguous_message(text: str, candidates: Sequence[str], hint: str = "") -> str:
    """The one message for a name that names several things.

    >>> ambiguous_message("0", ["0a", "0b"], "give more of the id")
    "'0' is ambiguous, 2 candidates: 0a; 0b. Give more of the id"
    """
    listed = "; ".join(candidates[:_MAX_LISTED])
    more = len(candidates) - _MAX_LISTED
    if more > 0:
        listed += f"; and {more} more"
    message = f"{text!r} is ambiguous, {len(candidates)} candidates: {listed}"
    return message + (f". {hint[:1].upper()}{hint[1:]}" if hint else "")


@contextlib.contextmanager
def naming(option: str | None) -> Iterator[None]:
    """Input errors raised inside name ``option`` (unless they name one already)."""
    try:
        yield
    except InputError as exc:
        if exc.option is None and option:
            exc.option = option
        raise


_VANISHING = re.compile(r"[.'’‘`´ʼ]")
_SEPARATORS = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """A name's case-, accent- and punctuation-insensitive form.

    Dots and apostrophes vanish (initials, possessives), spaced initials join;
    other punctuation separates words. The view page's search box has the
    same function in JavaScript (``kg/viz/static/names.js``).

    >>> normalise("J.P. Singh"), normalise("J. P. Singh")
    ('jp singh', 'jp singh')
    >>> normalise("  Muttaqī’s office ")
    'muttaqis office'
    >>> normalise("Misri–Muttaqi meeting")
    'misri muttaqi meeting'
    """
    if text.isascii():  # nothing to decompose: the common case, made fast
        plain = text.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = _VANISHING.sub("", plain)
    words: list[str] = []
    initials = False  # the last word is made of single letters
    for word in _SEPARATORS.sub(" ", plain).split():
        single = len(word) == 1 and word.isalpha()
        if single and initials:
            words[-1] += word  # "j p" -> "jp"
        else:
            words.append(word)
        initials = single
    return " ".join(words)


def closest(
    form: str, choices: Sequence[str], limit: int | None = _SUGGESTED, cutoff: float = CUTOFF
) -> list[tuple[int, float]]:
    """The one "did you mean": indexes and scores of the ``choices`` most like ``form``.

    Both are compared as given (normalise them first); the score is
    rapidfuzz's ratio (100 for the same text), best first, ties in the order
    of ``choices``. ``limit`` None keeps every choice above the cutoff.

    >>> closest("mutaqi", ["misri", "muttaqi", "mutt"])
    [(1, 92.3076923076923)]
    """
    from rapidfuzz import fuzz, process

    found = process.extract(
        form, choices, scorer=fuzz.ratio, processor=None, limit=None, score_cutoff=cutoff
    )
    ranked = sorted(((index, score) for _, score, index in found), key=lambda f: (-f[1], f[0]))
    return ranked if limit is None else ranked[:limit]


def suggest(word: str, known: Iterable[str], n: int = _SUGGESTED) -> str:
    """`` (did you mean a, b?)`` for the closest of ``known``, or an empty string.

    For messages that are not about a name (a file's unknown column, say).

    >>> suggest("Persn", ["Person", "Place"])
    ' (did you mean Person?)'
    """
    names = list(dict.fromkeys(known))
    close = closest(normalise(word), [normalise(k) for k in names], limit=None)
    shown = list(dict.fromkeys(names[i] for i, _ in close))[:n]
    return f" (did you mean {', '.join(shown)}?)" if shown else ""


class Vocabulary(Generic[T]):
    """A few values known by names: sources, classes, predicates, catalogue queries.

    A name matches when its normalised form is the same; with ``prefixes``,
    also when the text begins exactly one value's name.

    >>> sources = source_vocabulary(["000_1bff", "001_75a9"])
    >>> sources.resolve("001"), sources.resolve("001_75a9")
    ('001_75a9', '001_75a9')
    >>> sources.resolve("00")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.resolution.AmbiguousNameError: '00' is ambiguous, 2 candidates: 000_1bff; 001_75a9...
    """

    def __init__(
        self,
        what: str,
        names: Iterable[tuple[str, T]],
        *,
        show: Callable[[T], str] = str,
        prefixes: bool = False,
        hint: str = "",
        key: Callable[[str], str] = normalise,
    ) -> None:
        self.what = what
        self.show = show
        self.prefixes = prefixes
        self.hint = hint or f"give more of the {what}'s name"
        self.key = key
        self._forms: list[str] = []
        self._values: list[T] = []
        self._exact: dict[str, list[T]] = defaultdict(list)
        self._known: dict[str, None] = {}
        for name, value in names:
            form = key(name)
            self._forms.append(form)
            self._values.append(value)
            if value not in self._exact[form]:
                self._exact[form].append(value)
            self._known[show(value)] = None

    def resolve(self, text: str, option: str | None = None) -> T:
        """The one value ``text`` names; raises :class:`InputError` otherwise."""
        form = self.key(text)
        exact = self._exact.get(form, []) if form else []
        if len(exact) == 1:
            return exact[0]
        if not exact and self.prefixes and form:
            exact = list(
                dict.fromkeys(
                    v for f, v in zip(self._forms, self._values, strict=True) if f.startswith(form)
                )
            )
            if len(exact) == 1:
                return exact[0]
        if exact:
            raise AmbiguousNameError(
                text.strip(), [self.show(v) for v in exact], self.hint, option=option
            )
        suggestions = self.suggestions(text)
        message = unknown_message(
            self.what, text.strip(), [self.show(s) for s in suggestions], list(self._known)
        )
        raise UnknownNameError(text.strip(), suggestions, message, option=option)

    def suggestions(self, text: str, n: int = _SUGGESTED) -> list[T]:
        """The values whose names are closest to ``text``, best first."""
        found = closest(self.key(text), self._forms, limit=None)
        return list(dict.fromkeys(self._values[i] for i, _ in found))[:n]


def source_vocabulary(ids: Iterable[str]) -> Vocabulary[str]:
    """Source ids, each also known by its number (``003`` for ``003_98dfac8b5af5e2b1``)."""
    names: list[tuple[str, str]] = []
    for source in sorted(ids):
        names.append((source, source))
        short = short_source(source)
        if short != source:
            names.append((short, source))
    return Vocabulary("source", names, prefixes=True, hint="give more of the id", key=_id_key)


def _id_key(text: str) -> str:
    return text.strip().casefold()


def short_source(source: str) -> str:
    """A source id without its hash, for tables: ``002_cc55442e284936d0`` -> ``002``.

    >>> short_source("002_cc55442e284936d0"), short_source("report-7")
    ('002', 'report-7')
    """
    match = re.fullmatch(r"(.+?)_[0-9a-f]{8,}", source)
    return match.group(1) if match else source


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

    def closest(self, form: str, n: int = _SUGGESTED) -> list[Name]:
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


def _shown(value: Any) -> str:
    """How a candidate or suggestion is shown: a name by ``Label (id, Class)``."""
    describe = getattr(value, "describe", None)
    return str(describe()) if callable(describe) else str(value)


__all__ = [
    "CUTOFF",
    "AmbiguousNameError",
    "InputError",
    "Resolver",
    "UnknownNameError",
    "Vocabulary",
    "ambiguous_message",
    "closest",
    "naming",
    "normalise",
    "register_iri",
    "short_source",
    "source_vocabulary",
    "suggest",
    "unknown_message",
]
