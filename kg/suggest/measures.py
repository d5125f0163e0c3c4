"""Money, lengths, power, voltages, barrels and shares in a sentence, by spaCy token rules.

The genre states sums with a currency sign or code before the number ("$50 million",
"US$1.2bn", "Rs 2 billion", "Afs 500m", "€5 million") or a currency word after it
("500 million afghanis", "2 billion Pakistani rupees", "1.5bn yuan"); sizes of works as
hyphenated adjectives ("a 1,344-kilometre railway", "a 500-megawatt plant", "a 220-kV
line", "a 50MW plant", "a 100,000-barrel refinery"); and shares as "per cent",
"percent" or "%". Each is found with spaCy's ``Matcher`` over the tokens of the blank
English pipeline (:mod:`kg.suggest.text`) and given as the claims write it:
``50000000 usd``, ``1344 km``, ``20 percent``. "Rs" is the rupee of the state the
sentence names last before it (Pakistan's or India's; India's where it names neither).
A sum "in" or "of" something names it ("$50 million in humanitarian aid"): those words
are the thing measured, as "300 tonnes of medicines" is.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from kg.suggest.text import make_doc
from kg.suggest.units import GLUED, SCALES

if TYPE_CHECKING:
    from spacy.matcher import Matcher

_SIGNS = {
    "$": "usd", "us$": "usd", "usd": "usd", "€": "eur", "eur": "eur", "afs": "afn",
    "afn": "afn", "pkr": "pkr", "inr": "inr", "₹": "inr", "rs": "rupee", "rs.": "rupee",
    "rmb": "cny", "cny": "cny", "rub": "rub",
}  # fmt: skip
"""Currency signs and codes written before the number ("rupee": Pakistan's or India's)."""
_WORDS = {
    "dollar": "usd", "dollars": "usd", "euro": "eur", "euros": "eur", "afghani": "afn",
    "afghanis": "afn", "rupee": "rupee", "rupees": "rupee", "yuan": "cny", "renminbi": "cny",
    "rouble": "rub", "roubles": "rub", "ruble": "rub", "rubles": "rub",
}  # fmt: skip
"""Currency words written after the number."""
_OF_STATE = {"us": "usd", "u.s.": "usd", "american": "usd", "pakistani": "pkr",
             "indian": "inr", "afghan": "afn", "chinese": "cny", "russian": "rub"}  # fmt: skip
"""The adjective before a currency word that says whose it is ("Pakistani rupees")."""
_MULTIPLIERS = SCALES | GLUED | {"b": 1_000_000_000, "trillion": 1_000_000_000_000}
"""Words and letters of size after the number of a sum ("lakh" and "crore" of South Asian
English, "$3bn"): a quantity's, and the sums' own "b" and "trillion"."""
_SIZES = {
    "kilometre": "km", "kilometer": "km", "km": "km", "megawatt": "mw", "mw": "mw",
    "kilovolt": "kv", "kv": "kv", "barrel": "barrel",
}  # fmt: skip
"""Units of the size of a work, written as a hyphenated adjective ("a 500-megawatt plant")."""
_NUMBER = r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_SUFFIXED = re.compile(rf"{_NUMBER}(?P<mult>bn|mn|m|b)?$", re.IGNORECASE)
_GLUED_SIGN = re.compile(r"^(?P<sign>Rs\.?|US\$|\$|€|₹)(?P<num>\d[\d,]*(?:\.\d+)?)$")
_GLUED_SIZE = re.compile(rf"(?P<num>{_NUMBER})(?P<unit>km|mw|kv)$", re.IGNORECASE)
_WHAT = re.compile(
    r"\s+(?:(?:worth\s+)?of\s+(?:the\s+)?(?P<of>[A-Za-z][\w\- ]*?)|in\s+(?P<in>[a-z][\w\- ]*?))"
    r"(?=\s*(?:[,.;:(]|\band\b|\bfor\b|\bto\b|\bover\b|\bfrom\b|$))"
)
"""What a sum is of: "of wheat", "worth of medicines", "in humanitarian aid"."""


@dataclass(frozen=True)
class Measure:
    """A sum, size or share of one sentence (offsets in the sentence)."""

    start: int
    end: int
    amount: Decimal
    unit: str
    what: str
    """The words of the thing measured ("humanitarian aid"), or ""."""
    size: bool = False
    """A size as an adjective ("a 500-megawatt plant"): of the thing named after it."""


@functools.lru_cache(maxsize=1)
def _matcher() -> Matcher:
    from spacy.matcher import Matcher

    from kg.suggest.text import pipeline

    number: dict[str, Any] = {"TEXT": {"REGEX": rf"{_NUMBER}(?:bn|mn|m|b)?$"}}
    mult: dict[str, Any] = {"LOWER": {"IN": list(_MULTIPLIERS)}, "OP": "?"}
    matcher = Matcher(pipeline().vocab)
    matcher.add("MONEY", [[{"LOWER": {"IN": list(_SIGNS)}}, number, mult]])
    matcher.add("MONEY", [[{"TEXT": {"REGEX": _GLUED_SIGN.pattern}}, mult]])
    words = list(_WORDS)
    state = {"LOWER": {"IN": list(_OF_STATE)}, "OP": "?"}
    matcher.add("MONEY", [[number, mult, state, {"LOWER": {"IN": words}}]])
    sizes = [w for u in _SIZES for w in (u, f"{u}s")]
    matcher.add("SIZE", [[number, {"ORTH": "-"}, {"LOWER": {"IN": sizes}}]])
    matcher.add("SIZE", [[{"LOWER": {"REGEX": _GLUED_SIZE.pattern}}]])
    matcher.add(
        "SHARE",
        [
            [number, {"ORTH": "%"}],
            [number, {"LOWER": "percent"}],
            [number, {"LOWER": "per"}, {"LOWER": "cent"}],
            [number, {"ORTH": "-"}, {"LOWER": "percent"}],
            [number, {"ORTH": "-"}, {"LOWER": "per"}, {"ORTH": "-"}, {"LOWER": "cent"}],
        ],
    )
    return matcher


def _amount(tokens: list[str]) -> Decimal | None:
    """The number a match's tokens spell ("1.1", "billion" -> 1100000000)."""
    amount: Decimal | None = None
    for token in tokens:
        word = token.lower()
        glued = _GLUED_SIGN.match(token) or _GLUED_SIZE.match(token)
        suffixed = _SUFFIXED.match(token)
        if glued and amount is None:
            amount = Decimal(glued["num"].replace(",", ""))
        elif suffixed and amount is None:
            digits = token[: len(token) - len(suffixed["mult"] or "")]
            amount = Decimal(digits.replace(",", ""))
            amount *= _MULTIPLIERS.get((suffixed["mult"] or "").lower(), 1)
        elif amount is not None and word in _MULTIPLIERS:
            amount *= _MULTIPLIERS[word]
    return amount


def _rupee(before: str) -> str:
    """Pakistan's rupee where the words before name Pakistan last, else India's."""
    states = re.findall(r"\b(Pakistan|India)", before)
    return "pkr" if states and states[-1] == "Pakistan" else "inr"


def find_measures(text: str) -> list[Measure]:
    """The sums, sizes and shares of one sentence.

    >>> [(str(m.amount), m.unit, m.what) for m in find_measures(
    ...     "Tokyo pledged $50 million in humanitarian aid for a 1,344-kilometre line.")]
    [('50000000', 'usd', 'humanitarian aid'), ('1344', 'km', '')]
    """
    from spacy.util import filter_spans

    doc = make_doc(text)
    matches = _matcher()(doc)
    spans = filter_spans([doc[start:end] for _, start, end in matches])
    kinds = {(start, end): doc.vocab.strings[key] for key, start, end in matches}
    found: list[Measure] = []
    for span in spans:
        kind = kinds[(span.start, span.end)]
        tokens = [t.text for t in span]
        amount = _amount(tokens)
        if amount is None:
            continue
        end, what = span.end_char, ""
        if kind != "SIZE" and _TARGET.search(text[: span.start_char]):
            continue  # "double trade to $5 billion": a level aimed at, no amount
        if kind == "MONEY":
            lower = [t.lower() for t in tokens]
            glued = _GLUED_SIGN.match(tokens[0])
            sign = (glued["sign"].lower() if glued else "") or lower[0]
            unit = _SIGNS.get(sign) or _WORDS.get(lower[-1], "")
            if len(lower) > 2 and lower[-2] in _OF_STATE and lower[-1] in _WORDS:
                unit = _OF_STATE[lower[-2]] if unit in ("usd", "rupee") else unit
            if unit == "rupee":
                unit = _rupee(text[: span.start_char])
            named = _WHAT.match(text, span.end_char)
            if named is not None and _RATE_AFTER.match(text, span.end_char) is None:
                what = (named["of"] or named["in"] or "").strip()
                end = named.end()
        elif kind == "SIZE":
            glued_size = _GLUED_SIZE.match(tokens[0])
            word = glued_size["unit"] if glued_size else tokens[-1]
            unit = _SIZES[word.lower().removesuffix("s")]
        else:
            unit = "percent"
        found.append(Measure(span.start_char, end, amount, unit, what, kind == "SIZE"))
    return found


_TARGET = re.compile(
    r"\b(?:doubl|tripl|rais|increas|boost|expand|grow|lift|tak|bring|push)\w*\s+"
    r"(?:[\w’'-]+\s+){0,6}to\s+(?:(?:about|around|nearly|over|more\s+than)\s+)?\Z",
    re.IGNORECASE,
)
"""A level that a change aims at, before a sum or share ("double trade to $5 billion")."""
_RATE_AFTER = re.compile(r"\s+(?:a|an|per|each|every)\s+(?:year|month|week|day)\b", re.I)


def written(amount: Decimal) -> str:
    """An amount as the claims write it: no exponent, no trailing zeros ("1100000000")."""
    text = format(amount.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
