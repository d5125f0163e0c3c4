"""SELECT results whose rows are cheap to iterate."""

from __future__ import annotations

from collections.abc import Iterator

from rdflib.query import Result, ResultRow
from rdflib.term import Identifier, Variable


class SelectResult(Result):
    """An rdflib SELECT result made from a finished table of solutions.

    Iterating an rdflib ``Result`` builds, for every row, a new dict from
    variable names to positions (microseconds a row, a tenth of a large
    answer's time). Here the rows share one such dict: they are the same
    ``ResultRow`` tuples, with the same ``labels``, and as in rdflib an empty
    solution gives no row.
    """

    def __init__(
        self, variables: list[Variable], bindings: list[dict[Variable, Identifier]]
    ) -> None:
        super().__init__("SELECT")
        self.vars = variables
        self.bindings = bindings  # type: ignore[assignment]

    def __iter__(self) -> Iterator[ResultRow]:
        variables = self.vars or []
        labels = {str(variable): index for index, variable in enumerate(variables)}
        for binding in self.bindings:
            if binding:
                row = tuple.__new__(ResultRow, [binding.get(v) for v in variables])
                row.labels = labels
                yield row
