"""Development projects named by their names ("the planned Trans-Afghan Railway", "the
Kasa Water Project"): events of the class ``DevelopmentProject`` with no trigger word."""

from __future__ import annotations

import re
from typing import Any

from kg.suggest.triggers import Trigger, pattern_hits

PROJECT = "DevelopmentProject"
_PROJECT_NAME = re.compile(
    r"(?<![\w-])(?!(?:The|A|An|This|That|Its|Their)\b)(?P<name>(?:[A-Z][\w’'-]*[ \t]+){0,3}"
    r"[A-Z][\w’'-]*[ \t]+(?:Railway|Pipeline|Corridor|Project))\b(?![ \t]+[A-Z(])"
)
"""A capitalised name of one to four words before Railway, Pipeline, Corridor or Project,
not a body named by a capitalised word after it, nor opened by a determiner."""


def project_trigger(triggers: list[Trigger]) -> Trigger | None:
    """The trigger table's first plain row of the project class (its roles are a named
    project's), or None where the table has none."""
    return next((t for t in triggers if t.cls == PROJECT and not t.needs), None)


def named_projects(doc: Any, project: Trigger | None) -> list[tuple[int, int, Trigger]]:
    """ "the planned Trans-Afghan Railway", "the Kasa Water Project": a capitalised name
    ending in Railway, Pipeline, Corridor or Project names a development project (with
    the roles of ``project``, the table's first plain row of the class), unless a
    capitalised word follows ("the Afghan Railway Authority": a body)."""
    return pattern_hits(doc, _PROJECT_NAME, "name", project)
