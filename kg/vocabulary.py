"""What a user types, matched against names: the one "did you mean" and its messages.

Every name a user types is matched here or through here: the entity
resolver of the lookups and views (:mod:`kg.lookup.names`), sources,
classes and predicates (small :class:`Vocabulary` objects), and the query
catalogue. One normal form (:func:`normalise`: case, accents and punctuation
ignored), one "did you mean" (:func:`closest`, rapidfuzz's ratio over
normalised forms) and one shape of message::

    no entity named 'Mutaqi'; did you mean Amir Khan Muttaqi (amir-khan-muttaqi, Person)?
    '00' is ambiguous, 5 candidates: 000_1bff8b9514c268fa; 001_75a9f5a7441c5fc0; ...

A name that fits nothing is an :class:`InputError` (a usage error, exit 2).
A vocabulary's name matches when its normalised form is the same; a source id
also by its number (``003``) or any unique beginning (``003_98``). This
module imports only :mod:`kg.errors`, so every layer may use it.
"""

from __future__ import annotations

import contextlib
import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Generic, TypeVar

from kg.errors import InputError

T = TypeVar("T")

CUTOFF = 75.0
"""How close (rapidfuzz's ratio, 0-100) a name must be to be suggested."""
SUGGESTED = 3
"""How many close names a "did you mean" offers by default."""
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


@functools.lru_cache(maxsize=1 << 15)
def normalise(text: str) -> str:
    """A name's case-, accent- and punctuation-insensitive form.

    Dots and apostrophes vanish (initials, possessives), spaced initials join;
    other punctuation separates words. The view page's search box has the
    same function in JavaScript (``kg/viz/static/names.js``). The forms of the
    last 32,768 texts are kept: ``kg suggest`` asks for the same few thousand
    names over a million times a run.

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
    form: str, choices: Sequence[str], limit: int | None = SUGGESTED, cutoff: float = CUTOFF
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


def suggest(word: str, known: Iterable[str], n: int = SUGGESTED) -> str:
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
    kg.vocabulary.AmbiguousNameError: '00' is ambiguous, 2 candidates: 000_1bff; 001_75a9...
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

    def suggestions(self, text: str, n: int = SUGGESTED) -> list[T]:
        """The values whose names are closest to ``text``, best first."""
        found = closest(self.key(text), self._forms, limit=None)
        return list(dict.fromkeys(self._values[i] for i, _ in found))[:n]


def source_vocabulary(ids: Iterable[str]) -> Vocabulary[str]:
    """Source ids, each also known by its number (``003``, or ``3``, for
    ``003_98dfac8b5af5e2b1``)."""
    names: list[tuple[str, str]] = []
    for source in sorted(ids):
        names.append((source, source))
        short = short_source(source)
        if short != source:
            names.append((short, source))
            if short.isdigit() and int(short) and str(int(short)) != short:
                names.append((str(int(short)), source))
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


def _shown(value: Any) -> str:
    """How a candidate or suggestion is shown: a name by ``Label (id, Class)``."""
    describe = getattr(value, "describe", None)
    return str(describe()) if callable(describe) else str(value)


__all__ = [
    "CUTOFF",
    "AmbiguousNameError",
    "UnknownNameError",
    "Vocabulary",
    "ambiguous_message",
    "closest",
    "naming",
    "normalise",
    "short_source",
    "source_vocabulary",
    "suggest",
    "unknown_message",
]
