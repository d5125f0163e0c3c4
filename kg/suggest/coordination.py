"""Names in a clause other than the trigger's, for `kg suggest`: the first of two
coordinated clauses whose second has a pronoun subject, and before the antecedent of a
relative clause holding the trigger; where a coordinated clause opened by a pronoun begins.

"Tehran has not recognised the Taliban government, but it handed over the embassy": the
pronoun stands for the first clause's subject (:func:`kg.suggest.clauses.pronoun` and the
clause rule give it), so the first clause's object does nothing in the second. Used by
:func:`kg.suggest.asides.aside`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.suggest.mentions import Mention

_PRONOUN_CLAUSE = re.compile(
    r"[,;]\s+(?:and|but|yet|while|whereas)\s+(?P<pronoun>it|they|he|she)\s+(?:[\w’'-]+\s+){0,3}$"
)
"""A coordinated clause opened by a pronoun subject, up to the trigger (", but it
handed over")."""


def earlier_object(
    text: str, low: int, start: int, mention: Mention, mentions: list[Mention],
    actor: Callable[[Mention], bool],
) -> bool:  # fmt: skip
    """Whether ``mention``, before the trigger at ``start``, lies in the clause before a
    pronoun-subject clause holding the trigger and after another actor of that clause (its
    subject): the object of the first clause is no actor of the second."""
    if not _PRONOUN_CLAUSE.search(text, mention.end, start):
        return False
    return any(low <= m.start and m.end <= mention.start and actor(m) for m in mentions)


def pronoun_clause(text: str, low: int, start: int) -> int:
    """Where the trigger's clause begins for "they" or "it": at its pronoun where a comma and
    a conjunction open the clause ("A and B met C, and they urged him": the clause is
    "they urged him", so C, named before, is no actor of "urged" told before it, and "they"
    stands for A and B: :func:`kg.suggest.clauses.they`), else at ``low``."""
    found = _PRONOUN_CLAUSE.search(text, low, start)
    return found.start("pronoun") if found else low


_RELATIVE = re.compile(r"\s*,\s+which\s+(?:(?:has|have|had|also|then|later)\s+)*$")
"""A relative clause opened right after its antecedent that holds the trigger (", which
seized power"); not ", who": "the delegation was led by X, who met Y" has the delegation
meet Y too."""


def before_antecedent(
    text: str, start: int, mention: Mention, mentions: list[Mention],
    actor: Callable[[Mention], bool],
) -> bool:  # fmt: skip
    """Whether ``mention`` stands before the antecedent of a relative clause that the
    trigger at ``start`` opens ("Uzbekistan has not recognised the Taliban government,
    which seized power": only the government seized it)."""
    return any(
        m.start >= mention.end and actor(m) and _RELATIVE.fullmatch(text, m.end, start)
        for m in mentions
    )
