"""JSON that a user hands to a command (``kg why -``), read with one-line errors.

Python's reader ends in a traceback on some inputs that are valid JSON: a
number of more than 4,300 digits (the limit of ``int`` on text) and arrays or
objects nested deeper than the interpreter's recursion limit. Here every
failure is an :class:`~kg.errors.InputError` that names the input and,
where known, the line; and nesting is capped well below where recursion
would fail, so code that walks the document cannot fail on it either.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from kg.errors import InputError

MAX_DEPTH = 100
"""Arrays and objects nested deeper than this are refused (`kg neighbours
--json` nests five deep, `kg path --json` seven)."""


class _LongNumberError(ValueError):
    def __init__(self, digits: str) -> None:
        super().__init__(digits)
        self.digits = digits


def read_json(data: bytes | str, name: str = "stdin") -> Any:
    """The JSON document in ``data`` (UTF-8); ``name`` says where it came from in errors.

    >>> read_json('{"edges": [1]}')
    {'edges': [1]}
    >>> read_json('[1,')
    Traceback (most recent call last):
    ...
    kg.errors.InputError: stdin line 1, column 4: not JSON: Expecting value
    """
    text = data if isinstance(data, str) else _decoded(data, name)
    try:
        document = json.loads(text, parse_int=_integer)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{name} line {exc.lineno}, column {exc.colno}: not JSON: {exc.msg}"
        ) from None
    except _LongNumberError as exc:
        line = text.count("\n", 0, max(text.find(exc.digits), 0)) + 1
        raise InputError(
            f"{name} line {line}: a number of {len(exc.digits.lstrip('-')):,} digits "
            f"(at most {_max_digits():,})"
        ) from None
    except RecursionError:
        raise InputError(_too_deep(name)) from None
    if _depth(document) > MAX_DEPTH:
        raise InputError(_too_deep(name))
    return document


def _decoded(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(f"{name} line {line}: not UTF-8 (byte {data[exc.start]:#04x})") from None


def _integer(digits: str) -> int:
    limit = _max_digits()
    if limit and len(digits.lstrip("-")) > limit:
        raise _LongNumberError(digits)
    return int(digits)


def _max_digits() -> int:
    return sys.get_int_max_str_digits()


def _too_deep(name: str) -> str:
    return f"{name}: JSON nested more than {MAX_DEPTH} levels deep"


def _depth(document: Any) -> int:
    """How deeply arrays and objects nest in ``document`` (0 for a number or string)."""
    deepest = 0
    stack = [(document, 1)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, dict):
            node = list(node.values())
        if isinstance(node, list):
            deepest = max(deepest, level)
            stack.extend((item, level + 1) for item in node)
    return deepest
