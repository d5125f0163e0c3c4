"""Aid told from the side of the one who gets it: "Afghanistan received 30 tonnes of wheat
from India", "the Taliban administration has received a consignment of medicines from
China". The trigger table's row "received" of the AidShipment class names the receiver
before the verb (``hasRecipient``) and the giver after it (``hasInitiator``, "from X");
:func:`goods_received` keeps a hit of that row only where goods follow the verb in its
clause (a word the table's first shipment row needs: "tonnes", "aid", "wheat" ..., or a sum:
"had received $812 million"), so
that "received a delegation", "received a call from X" or "was received by X" open no
shipment.

People received are a reception, talks in the genre ("Muttaqi received the Uzbek ambassador",
"the minister received a convoy of returnee families"): the table's last Meeting row,
"received", stands only where a guest follows the verb in its clause (a word of an office
or a delegation, :data:`kg.suggest.english.GUESTS`), and after the shipment's row, so that
goods received stay a shipment; "received a letter from the envoy" or "received support
from the ambassadors" open no meeting, nor "received the visiting delegation" (the visit's
host, :mod:`kg.suggest.visit_roles`).
"""

from __future__ import annotations

from typing import Any

from kg.suggest.cargo import SHIPMENT
from kg.suggest.english import GUESTS
from kg.suggest.triggers import Trigger
from kg.suggest.units import SCALES

_REACH = 7
"""How many words after the verb the goods may come ("received a fresh consignment of")."""
RECEPTION = "Meeting"
"""The class of the table's row "received" of people (a reception is talks)."""
_MONEY = tuple(SCALES)
"""Sums received ("the plan had received $812 million"): funds, a shipment of aid."""
_STOPS = {",", ".", ";", ":", "by", "from", "to", "and", "who", "which", "that"}


def goods_received(doc: Any, hit: tuple[int, int, Trigger], goods: tuple[str, ...]) -> bool:
    """Whether ``hit`` may stand: any hit but one of a shipment's "received" forms, which
    needs one of the words ``goods`` among the few words after it (before a stop: a comma,
    "by", "from").

    >>> from kg.suggest.text import make_doc
    >>> row = Trigger(SHIPMENT, "received", "hasRecipient", "hasInitiator", ())
    >>> doc = make_doc("Afghanistan received 30 tonnes of wheat from India.")
    >>> goods_received(doc, (1, 2, row), ("tonnes", "wheat"))
    True
    >>> doc = make_doc("Muttaqi received a delegation from India.")
    >>> goods_received(doc, (1, 2, row), ("tonnes", "wheat"))
    False
    """
    start, end, trigger = hit
    if not doc[end - 1].lower_.startswith("receiv"):
        return True
    if trigger.cls == RECEPTION:
        goods = GUESTS  # "received the Uzbek ambassador": a guest
    elif trigger.cls == SHIPMENT:
        goods = (*goods, *_MONEY)  # "had received $812 million": funds
    else:
        return True
    for token in doc[end : end + _REACH]:
        if token.lower_ in _STOPS or (trigger.cls == RECEPTION and token.lower_ == "visiting"):
            return False  # "received the visiting delegation": the visit's host
        if token.norm_ in goods or token.lower_ in goods:
            return True
    return False
