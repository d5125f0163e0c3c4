"""The movement, not the government it formed, takes power, for `kg suggest`.

"The Taliban government, which seized power in 2021", "since they took power": the one
that takes power is the armed group, which had no government yet (docs/annotation.md:
the Taliban as a movement "seized power"); a name or pronoun of its later government
stands for the group in a change of government. Used by
:class:`kg.suggest.event_roles.EventRoles`.
"""

from __future__ import annotations

from dataclasses import replace

from kg.suggest.event_record import Event
from kg.suggest.mentions import Mention
from kg.suggest.register import Register


def movement_takes_power(register: Register, event: Event) -> None:
    """In a change of government, each actor that is the government of an armed group of
    the register (:meth:`kg.suggest.register.Register.acting_as` turned round) becomes the
    group."""
    if not event.actors or not register.is_a(event.cls, "ChangeOfGovernment"):
        return
    anchor = event.actors[0][1]
    groups: dict[str, str] = {}
    for record in register.entities.values():
        if register.is_a(record.id, "ArmedGroup"):
            government = register.acting_as(replace(anchor, entity=record.id)).entity
            if government != record.id:
                groups.setdefault(government, record.id)
    actors: list[tuple[str, Mention]] = []
    for role, mention in event.actors:
        group = groups.get(mention.entity)
        mention = replace(mention, entity=group) if group else mention
        if (role, mention.entity) not in [(r, m.entity) for r, m in actors]:
            actors.append((role, mention))
    event.actors[:] = actors
