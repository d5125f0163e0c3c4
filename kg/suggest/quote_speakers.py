"""Who speaks a quotation: the actor named around its verb of speaking (round eleven).

"X said", "X told Y": the closest actor before the verb; "“...,” said X", "according to
X": the first after it. General English narrows both:

- a name that only owns the speaker ("the UN’s top official said", "the Taliban’s
  ministry") or that a preposition places inside the speaker's phrase ("the official in
  Afghanistan told") is not the speaker;
- after a verb that the quotation follows ("X said the other side had “accepted”"), the
  name after the verb is the subject of the reported clause, not the speaker: "said X"
  is only a speaker's inversion after the quotation;
- "X, according to a statement from Y, told ...": the aside between commas tells the
  source; the person before it speaks.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.suggest.mentions import Mention
from kg.suggest.unnamed import UNNAMED_ONE

_OWNS = re.compile(
    rf"[’']s?\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{UNNAMED_ONE}|ministers?|ministry|ministries)\b"
)
"""A possessive after a name, and the one person who speaks for a body (the words of
:mod:`kg.suggest.unnamed`), a minister or a ministry it owns: "the United Nations’ top
official", "the Taliban’s ministry"."""
_INSIDE = re.compile(r"\b(?:in|at|from|to)\s+(?:the\s+)?$")
"""A preposition of place right before a name: the name is inside another's phrase ("the
official in Afghanistan", "the ambassador to India")."""
_ASIDE = re.compile(r",\s*$")
"""The comma that opens an "according to" aside after the speaker's name."""


def speaker_of(
    text: str,
    offset: int,
    actors: list[Mention],
    cue: re.Match[str],
    quote: tuple[int, int],
    person: Callable[[Mention], bool],
) -> Mention | None:
    """The speaker of the quotation at ``quote`` (offsets within ``text``, a sentence that
    starts at ``offset``), by the verb of speaking ``cue`` of the sentence; or None."""
    at = offset + cue.start()
    verb = cue.group(1).lower()
    outside = [m for m in actors if not (quote[0] <= m.start - offset < quote[1])]
    before = [m for m in outside if m.end <= at and _heads(text, offset, m, placed=True)]
    after = [m for m in outside if m.start > at and _heads(text, offset, m, placed=False)]
    if verb == "according to" and before and person(before[-1]):
        if _ASIDE.search(text[before[-1].end - offset : cue.start()]):
            return before[-1]  # "Rahmani, according to a statement from X, told"
    if verb == "told":  # "X told Y": Y listened; "he told Y": no one named
        return before[-1] if before else None
    reported = quote[0] >= cue.end() and verb not in ("according to", "quoting", "quoted")
    if after and after[0].start - at < 60 and not reported:
        return after[0]  # "“...,” said X", "according to X"
    return before[-1] if before else None  # "X said the other side had “accepted”"


def _heads(text: str, offset: int, mention: Mention, *, placed: bool) -> bool:
    """Whether ``mention`` may head the speaker's phrase: not its owner ("the UN’s
    official"), nor, before the verb (``placed``), a name a preposition puts inside it
    ("the official in Afghanistan told")."""
    end, start = mention.end - offset, mention.start - offset
    if _OWNS.match(text, end):
        return False
    return not (placed and _INSIDE.search(text[max(0, start - 16) : start]))
