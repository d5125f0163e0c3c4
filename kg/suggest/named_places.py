"""The place an actor's name also names: a capital that stands for its government
("Kabul"), read as the place where the text says where ("the minister's Kabul visit")."""

from __future__ import annotations

from kg.suggest.mentions import Mention
from kg.suggest.register import Register
from kg.vocabulary import normalise


class NamedPlaces:
    """The register's places by label, for :class:`kg.suggest.event_roles.EventRoles`."""

    register: Register
    _place_labels: list[tuple[str, str]] | None

    def _place_named(self, mention: Mention) -> Mention | None:
        """The place whose label is also the name of the actor mentioned (a capital that
        stands for its government: "Kabul"), as a mention of that place."""
        record = self.register.entities.get(mention.entity)
        if record is None or self.register.is_a(mention.entity, "Place"):
            return None
        names = {normalise(n) for n in (record.label, *record.aliases)}
        for place in self._places():
            if place[0] in names:
                return Mention(mention.start, mention.end, place[1], "the place named", 0.5)
        return None

    def _places(self) -> list[tuple[str, str]]:
        """(normalised label, id) of the register's places, computed once."""
        if self._place_labels is None:
            self._place_labels = [
                (normalise(e.label), e.id)
                for e in self.register.entities.values()
                if self.register.is_a(e.id, "Place") and not self.register.is_a(e.id, "State")
            ]
        return self._place_labels
