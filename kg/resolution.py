"""Entity resolution: from what a user types to one entity of the register.

A name resolves, in this order, as

1. an IRI (``https://w3id.org/kgdiplo/id/amir-khan-muttaqi``, with or without
   angle brackets), a CURIE (``kgr:amir-khan-muttaqi``) or a register id
   (``amir-khan-muttaqi``, as written: ids are lower case, so "islamabad" is
   the city while "Islamabad" is also an alias of Pakistan);
2. a preferred label or an alias, compared case-, accent- and
   punctuation-insensitively (:func:`normalise`: "muttaqi", "J.P. Singh" =
   "JP Singh", "Muttaqī");
3. every word of a label or alias: "Hamid" finds Hamid Karzai, "Singh Karzai"
   the one event whose label has both words. Entities that are not events are
   tried first, so a person's name does not collide with the events named
   after them.

More than one match at the first step that matches is an ambiguity
(:class:`AmbiguousNameError`, listing the candidates and their classes); no
match is an :class:`UnknownNameError` with the closest names. Matching runs on
the register's names in Python: the user's text never enters a query.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from kg.errors import KgError
from kg.namespaces import KGR

if TYPE_CHECKING:
    from kg.backend import Name

_MAX_LISTED = 8


class InputError(KgError):
    """A name or value given by the user does not fit the graph (a usage error, exit 2)."""


class UnknownNameError(InputError):
    """No entity has this name; ``suggestions`` holds the closest ones."""

    def __init__(self, text: str, suggestions: Sequence[Name], message: str = "") -> None:
        self.text = text
        self.suggestions = list(suggestions)
        message = message or f"no entity named {text!r}"
        if self.suggestions:
            message += "; did you mean " + " or ".join(n.describe() for n in self.suggestions)
            message += "?"
        super().__init__(message)


class AmbiguousNameError(InputError):
    """Several entities have this name; ``candidates`` lists them, the best first."""

    def __init__(self, text: str, candidates: Sequence[Name]) -> None:
        self.text = text
        self.candidates = list(candidates)
        listed = "; ".join(n.describe() for n in self.candidates[:_MAX_LISTED])
        more = len(self.candidates) - _MAX_LISTED
        if more > 0:
            listed += f"; and {more} more"
        super().__init__(
            f"{text!r} is ambiguous, {len(self.candidates)} candidates: {listed}. "
            "Give an id or more of the name"
        )


def normalise(text: str) -> str:
    """A name's case-, accent- and punctuation-insensitive form.

    Dots and apostrophes vanish (initials, possessives), spaced initials join;
    other punctuation separates words.

    >>> normalise("J.P. Singh"), normalise("J. P. Singh")
    ('jp singh', 'jp singh')
    >>> normalise("  Muttaqī’s office ")
    'muttaqis office'
    >>> normalise("Misri–Muttaqi meeting")
    'misri muttaqi meeting'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = re.sub(r"[.'’‘`´ʼ]", "", plain)
    words: list[str] = []
    initials = False  # the last word is made of single letters
    for word in re.sub(r"[\W_]+", " ", plain).split():
        single = len(word) == 1 and word.isalpha()
        if single and initials:
            words[-1] += word  # "j p" -> "jp"
        else:
            words.append(word)
        initials = single
    return " ".join(words)


def suggest(word: str, known: Iterable[str], n: int = 3) -> str:
    """`` (did you mean a, b?)`` for the closest of ``known``, or an empty string.

    >>> suggest("Persn", ["Person", "Place"])
    ' (did you mean Person?)'
    """
    close = difflib.get_close_matches(word, list(known), n=n, cutoff=0.6)
    return f" (did you mean {', '.join(close)}?)" if close else ""


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


class Resolver:
    """Resolves names against a register, indexed once."""

    def __init__(self, names: Iterable[Name]) -> None:
        self.names = list(names)
        self._by_iri = {n.iri: n for n in self.names}
        self._by_id = {n.id: n for n in self.names}
        self._exact: dict[str, list[Name]] = defaultdict(list)
        self._words: list[tuple[Name, list[set[str]]]] = []
        for name in self.names:
            forms = [normalise(text) for text in (name.label, *name.aliases)]
            for form in dict.fromkeys(forms):
                if form and name not in self._exact[form]:
                    self._exact[form].append(name)
            self._words.append((name, [set(form.split()) for form in forms if form]))

    def resolve(self, text: str) -> Name:
        """The one entity ``text`` names; raises :class:`InputError` otherwise."""
        stripped = text.strip()
        if not stripped:
            raise InputError("an empty name names no entity")
        by_identifier = self._identifier(stripped)
        if by_identifier is not None:
            return by_identifier
        form = normalise(stripped)
        exact = self._exact.get(form, [])
        if len(exact) == 1:
            return exact[0]
        if exact:
            raise AmbiguousNameError(stripped, _ranked(exact))
        words = set(form.split())
        if words:
            for events in (False, True):
                found = [
                    (name, max(len(words) / len(w) for w in forms if words <= w))
                    for name, forms in self._words
                    if name.is_event == events and any(words <= w for w in forms)
                ]
                if len(found) == 1:
                    return found[0][0]
                if found:
                    found.sort(key=lambda item: (-item[1], item[0].label.casefold()))
                    raise AmbiguousNameError(stripped, [name for name, _ in found])
        raise UnknownNameError(stripped, self.closest(form))

    def closest(self, form: str, n: int = 3) -> list[Name]:
        """The names most like ``form`` (already normalised), best first."""
        scored = []
        single = " " not in form
        for name, forms in self._words:
            best = 0.0
            for text in (name.label, *name.aliases):
                best = max(best, difflib.SequenceMatcher(None, form, normalise(text)).ratio())
            if single and not name.is_event:  # a word of an event's label is not its name
                for words in forms:
                    for word in words:
                        best = max(best, difflib.SequenceMatcher(None, form, word).ratio())
            if best >= 0.75:
                scored.append((best, name))
        scored.sort(key=lambda item: (-item[0], item[1].is_event, item[1].label.casefold()))
        return [name for _, name in scored[:n]]

    def _identifier(self, text: str) -> Name | None:
        """An IRI, CURIE or register id; raises when it has that shape but names nothing."""
        iri, slug = _unwrap(text)
        if slug is None:
            if iri in self._by_iri:
                return self._by_iri[iri]
            if re.fullmatch(r"[a-z][a-z+.-]*://\S+", iri):
                raise UnknownNameError(text, [], f"no entity has the IRI {text!r}")
            # a bare id counts only as written (lower case), before any label
            return self._by_id.get(text)
        if slug in self._by_id:
            return self._by_id[slug]
        close = difflib.get_close_matches(slug, list(self._by_id), n=3, cutoff=0.6)
        raise UnknownNameError(
            text, [self._by_id[c] for c in close], f"no entity has the id {text!r}"
        )


def _ranked(names: Sequence[Name]) -> list[Name]:
    return sorted(names, key=lambda n: (n.is_event, n.label.casefold()))


__all__ = [
    "AmbiguousNameError",
    "InputError",
    "Resolver",
    "UnknownNameError",
    "normalise",
    "register_iri",
    "suggest",
]
