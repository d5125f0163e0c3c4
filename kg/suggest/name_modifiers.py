"""A name that opens another body's name: a modifier of it, no actor (:mod:`kg.suggest.asides`).

"The UN Office for the Coordination of Humanitarian Affairs (OCHA) said": the UN names
the office's owner, and the office (an actor named right after it, its name opening with
an organisation's head noun: "Office", "Agency", "Programme", "Fund" ...) speaks.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.suggest.mentions import Mention

_BODY_HEAD = re.compile(
    r" (?:Office|Agency|Programme|Program|Fund|Commission|Mission|Organi[sz]ation|Department"
    r"|Directorate|Bureau|Authority)\b"
)
"""A space, then the head noun a body's name opens with."""


def opens_a_body(
    text: str, mention: Mention, mentions: list[Mention], actor: Callable[[Mention], bool]
) -> bool:
    """Whether an actor's name right after ``mention`` opens with a body's head noun."""
    head = _BODY_HEAD.match(text, mention.end)
    return bool(head) and any(m.start == mention.end + 1 and actor(m) for m in mentions)
