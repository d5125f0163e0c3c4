"""A report's text for the suggester: spaCy's blank English pipeline, sentences, folding.

Only :mod:`kg.suggest` imports spaCy, and only when it runs: the pipeline is
``spacy.blank("en")`` (the tokenizer's rules, no statistical model, nothing
downloaded) with the rule-based ``sentencizer`` and a line-break rule (a
headline or a paragraph never runs into the next line). Each token's ``norm_``
is set to its :func:`kg.vocabulary.normalise` form, so that a
``PhraseMatcher(attr="NORM")`` matches names case-, accent- and
punctuation-insensitively ("J.P." = "JP", "Muttaqī" = "Muttaqi"); a
possessive is a token of its own ("Muttaqi", "’s") in spaCy's tokenizer.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kg.vocabulary import normalise

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class Sentence:
    """One sentence of the report: its characters and text (stripped)."""

    index: int
    start: int
    end: int
    text: str


@dataclass
class Report:
    """One report to suggest rows for: the text, its date and its parsed form."""

    source: str
    text: str
    published: dt.date
    doc: Doc
    sentences: list[Sentence] = field(default_factory=list)

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence holding character ``offset``."""
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return self.sentences[-1]

    def span(self, start: int, end: int) -> str:
        """The verbatim text between two offsets."""
        return self.text[start:end]


@functools.lru_cache(maxsize=1)
def pipeline() -> Language:
    """The blank English pipeline with the sentencizer and the line-break rule."""
    import spacy
    from spacy.language import Language

    if "kg_line_breaks" not in Language.factories:
        Language.component("kg_line_breaks", func=_line_breaks)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kg_line_breaks")
    return nlp


DATELINE = re.compile(
    r"(?P<dateline>[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]*){0,3}"
    r"(?:, [A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,2})?"
    r"(?:, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2})?)"
    r"(?:\s*\((?P<agency>[^()\n]{1,40})\))?"
    r"\s*(?::|—|–|(?<=\s)-)\s+(?=\S)"
)
"""A dateline opening a line: "NEW DELHI:", "New Delhi, Nov 7:", "KABUL, Afghanistan
(Asia Wire) —". The place it names is where the report was filed, not an actor of the
story's first sentence, which begins after it."""
FRONT_LINES = 8
"""Headline, byline and dateline are looked for in the first lines only."""
_NAME_WORDS = re.compile(r"[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){1,2}")
"""Two or three capitalised words, as a person's name is written ("Farid Mamundzay")."""


def dateline_at(text: str, start: int = 0) -> re.Match[str] | None:
    """The dateline (:data:`DATELINE`) opening at ``start``, unless :func:`named_before_dash`."""
    return None if named_before_dash(text, start) else DATELINE.match(text, start)


def named_before_dash(text: str, start: int) -> bool:
    r"""Whether the line opens at ``start`` with two or three capitalised words (not in
    capitals) right before a dash, that name no place the gazetteer knows
    (:func:`kg.suggest.gazetteer.place_named`): a person's name, a byline or a quote's
    speaker ("Farid Mamundzay –"), no dateline.

    >>> named_before_dash("Ali Raza – It rained.", 0), named_before_dash("Lashkar Gah – It", 0)
    (True, False)
    """
    from kg.suggest.gazetteer import place_named

    match = DATELINE.match(text, start)
    return bool(
        match
        and not match["agency"]
        and _NAME_WORDS.fullmatch(match["dateline"])
        and not match["dateline"].isupper()  # "UNITED NATIONS —": the UN's seat
        and re.match(r"\s*[—–-]", text[match.end("dateline") : match.end()])
        and not place_named(match["dateline"])
    )


def opens_dateline(text: str, start: int, end: int) -> bool:
    r"""Whether the name at ``start:end`` opens one of the first lines as the place of its
    dateline (:data:`DATELINE`): it says where the report was filed, the city ("ISLAMABAD
    —": the city, not Pakistan's government), never an actor of the story.

    >>> text = "Headline\nISLAMABAD, Pakistan (Wire) — Pakistan said."
    >>> opens_dateline(text, 9, 18), opens_dateline(text, 20, 28), opens_dateline(text, 38, 46)
    (True, False, False)
    """
    line = text.rfind("\n", 0, start) + 1
    opening = None if text[line:start].strip() else dateline_at(text, start)
    if opening is None or end > opening.end("dateline"):
        return False  # the lines before are counted only for a line that opens as one
    return sum(1 for row in text[:line].splitlines() if row.strip()) < FRONT_LINES


CLAUSE_MARK = r"(?<!\d)[,.]|[,.](?!\d)"
"""A regex of a comma or point that ends a clause or sentence, not one inside a figure
("1,200 tonnes", "2.5 million")."""


def _line_breaks(doc: Doc) -> Doc:
    """A token after a line break or a dateline starts a sentence; every token's norm is
    its name form."""
    lines = 0
    for token in doc:
        form = normalise(token.text)
        token.norm_ = form or token.text.lower()
        if (token.i == 0 or "\n" in doc[token.i - 1].text_with_ws) and not token.is_space:
            token.is_sent_start = True if token.i else token.is_sent_start
            lines += 1
            opening = dateline_at(doc.text, token.idx) if lines <= FRONT_LINES else None
            if opening:
                after = doc.char_span(opening.end(), opening.end() + 1, alignment_mode="expand")
                if after is not None and after[0].i > token.i:
                    after[0].is_sent_start = True
    return doc


def make_doc(text: str) -> Doc:
    """A phrase tokenized as the texts are, with the same norms (for matcher patterns)."""
    doc = pipeline().make_doc(text)
    for token in doc:
        token.norm_ = normalise(token.text) or token.text.lower()
    return doc


def read_report(source: str, text: str, published: dt.date) -> Report:
    """Parse ``text`` into a :class:`Report`."""
    doc = pipeline()(text)
    report = Report(source, text, published, doc)
    for sent in doc.sents:
        start, end = _stripped(text, sent)
        if end > start:
            report.sentences.append(Sentence(len(report.sentences), start, end, text[start:end]))
    return report


def _stripped(text: str, sent: Span) -> tuple[int, int]:
    start, end = sent.start_char, sent.end_char
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def is_name_token(token: Any) -> bool:
    """A capitalised word (or initials) that may be part of a proper name."""
    text: str = token.text
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)
