"""A coding query as plain data: a tree of code terms joined by operators, and filters
on who said it (participant attributes, role), who coded it and where (sources).

The tree (NVivo's Coding Query, MAXQDA's Complex Coding Query):

- ``CodeTerm``: text coded with a code (optionally with its sub-codes);
- ``And(a, b)``: text covered by both; ``Or(a, b)``: text covered by either;
- ``Not(a, b)``: a's text that b does not cover ("a but not b");
- ``Overlapping(a, b)``: a's segments that overlap any b segment (kept whole);
- ``SameTurn(a, b)``: a's segments in a speaker turn that also has b (kept whole).

Saved as JSON with a version number; :func:`from_json` refuses malformed input with a
message saying what is wrong, and :func:`problems` names codes, coders or sources that no
longer exist (a saved query outlives deletions) instead of failing later.
How the tree is evaluated on spans is in ``domain/query_eval.py``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.query.versioned import load_versioned

VERSION = 1
MAX_NAME = 200  # characters in a saved query's name
ROLE = "role"  # the participant's role: filtered like an attribute of that name


@dataclass(frozen=True)
class CodeTerm:
    code_id: int
    include_subcodes: bool = False
    name: str = ""  # the code's name when the query was built (for messages after a delete)
    guid: str = ""  # the code's GUID: what a saved query really refers to (see rebind)


@dataclass(frozen=True)
class _Pair:
    a: Node
    b: Node


@dataclass(frozen=True)
class And(_Pair):
    """Text covered by both."""


@dataclass(frozen=True)
class Or(_Pair):
    """Text covered by either."""


@dataclass(frozen=True)
class Not(_Pair):
    """a's text that b does not cover."""


@dataclass(frozen=True)
class Overlapping(_Pair):
    """a's segments that overlap a b segment."""


@dataclass(frozen=True)
class SameTurn(_Pair):
    """a's segments in a turn that also has b."""


Node = CodeTerm | And | Or | Not | Overlapping | SameTurn
Binary = And | Or | Not | Overlapping | SameTurn
OPERATORS: dict[str, type[Binary]] = {
    "and": And,
    "or": Or,
    "not": Not,
    "overlapping": Overlapping,
    "same_turn": SameTurn,
}
OPERATOR_NAMES = {cls: name for name, cls in OPERATORS.items()}
# How each operator reads in the query written out in words, and in the builder.
OPERATOR_WORDS = {
    "and": "AND",
    "or": "OR",
    "not": "but NOT",
    "overlapping": "overlapping",
    "same_turn": "in the same turn as",
}


@dataclass(frozen=True)
class Ref:
    """A coder or source the filters name: its id, and its name when chosen."""

    id: int
    name: str = ""
    guid: str = ""


@dataclass(frozen=True)
class Condition:
    """A participant condition. ``field`` is an attribute's name, or ``role``.

    With ``values`` the participant's value must be one of them (one value: "="); with
    ``low``/``high`` it must lie in that closed range (numbers compared as numbers, other
    values, such as ISO dates, as text). Participants without a value never match."""

    field: str
    values: tuple[str, ...] = ()
    low: str | None = None
    high: str | None = None

    def __post_init__(self) -> None:
        if not self.field:
            raise ValidationError("a participant condition needs an attribute (or role)")
        if not self.values and self.low is None and self.high is None:
            raise ValidationError(f"the condition on {self.field!r} needs a value or a range")

    def matches(self, value: str) -> bool:
        if value == "":
            return False
        if self.values:
            return value in self.values
        return _at_least(value, self.low) and _at_least(self.high, value)


def _at_least(big: str | None, small: str | None) -> bool:
    if big is None or small is None:
        return True
    try:
        return float(big) >= float(small)
    except ValueError:
        return big >= small


@dataclass(frozen=True)
class Filters:
    """Empty tuples mean "everyone", "every coder", "every source"."""

    conditions: tuple[Condition, ...] = ()
    coders: tuple[Ref, ...] = ()
    sources: tuple[Ref, ...] = ()

    def participant_matches(self, values: Mapping[str, str]) -> bool:
        """``values``: the participant's attribute values by name, with ``role``."""
        return all(c.matches(values.get(c.field, "")) for c in self.conditions)


@dataclass(frozen=True)
class Query:
    root: Node
    filters: Filters = field(default_factory=Filters)


def nodes(node: Node) -> Iterator[Node]:
    """Every node of a tree, parents before children, left to right."""
    yield node
    if not isinstance(node, CodeTerm):
        yield from nodes(node.a)
        yield from nodes(node.b)


def terms(node: Node) -> Iterator[CodeTerm]:
    """The code terms of a tree, left to right."""
    return (n for n in nodes(node) if isinstance(n, CodeTerm))


def chain(first: Node, rest: list[tuple[str, Node]]) -> Node:
    """``A op B op C`` read left to right, as the builder lists them: ``(A op B) op C``.
    An operand may itself be a tree (a bracketed group in the builder)."""
    node: Node = first
    for operator, operand in rest:
        node = OPERATORS[operator](node, operand)
    return node


def operands(node: Node) -> tuple[CodeTerm, list[tuple[str, Node]]]:
    """The inverse of :func:`chain` for any tree: the leftmost code, then each operator
    with its right-hand operand (a code, or a tree the builder shows as a group)."""
    rest: list[tuple[str, Node]] = []
    while not isinstance(node, CodeTerm):
        rest.insert(0, (OPERATOR_NAMES[type(node)], node.b))
        node = node.a
    return node, rest


def unchain(node: Node) -> tuple[CodeTerm, list[tuple[str, CodeTerm]]] | None:
    """:func:`operands` when every operand is a code; None when one is a group."""
    first, rest = operands(node)
    flat = [(op, term) for op, term in rest if isinstance(term, CodeTerm)]
    return (first, flat) if len(flat) == len(rest) else None


# -- in words ------------------------------------------------------------------------------


def describe(query: Query, code_names: Mapping[int, str] | None = None) -> str:
    """``Coded 'Trust' AND 'Partnership'; participants with role = extended collaborator``.
    Current code names come from ``code_names``; a code missing there keeps its saved name."""
    names = code_names or {}
    parts = [f"Coded {_words(query.root, names, top=True)}"]
    f = query.filters
    if f.conditions:
        parts.append("participants with " + " and ".join(_condition_words(c) for c in f.conditions))
    if f.coders:
        parts.append("coded by " + _names(f.coders, "coder"))
    if f.sources:
        parts.append("in " + _names(f.sources, "source"))
    return "; ".join(parts)


def _words(node: Node, names: Mapping[int, str], top: bool = False) -> str:
    if isinstance(node, CodeTerm):
        name = names.get(node.code_id, node.name or f"code {node.code_id}")
        return f"'{name}'" + (" (with sub-codes)" if node.include_subcodes else "")
    text = (
        f"{_words(node.a, names)} {OPERATOR_WORDS[OPERATOR_NAMES[type(node)]]} "
        f"{_words(node.b, names)}"
    )
    return text if top else f"({text})"


def _condition_words(c: Condition) -> str:
    if c.values:
        return (
            f"{c.field} = {c.values[0]}"
            if len(c.values) == 1
            else (f"{c.field} in {', '.join(c.values)}")
        )
    if c.low is not None and c.high is not None:
        return f"{c.field} from {c.low} to {c.high}"
    return f"{c.field} ≥ {c.low}" if c.low is not None else f"{c.field} ≤ {c.high}"


def _names(refs: tuple[Ref, ...], what: str) -> str:
    return ", ".join(r.name or f"{what} {r.id}" for r in refs)


# -- checks against the project ----------------------------------------------------------


def problems(
    query: Query,
    codes: Mapping[int, str],
    coders: Mapping[int, str],
    sources: Mapping[int, str],
) -> list[str]:
    """What no longer exists in the project (``codes`` etc.: id -> current name)."""
    found: list[str] = []
    for term in terms(query.root):
        if term.code_id not in codes:
            found.append(f"code '{term.name or term.code_id}' no longer exists")
    for refs, known, what in ((query.filters.coders, coders, "coder"),
                              (query.filters.sources, sources, "source")):  # fmt: skip
        found += [f"{what} '{r.name or r.id}' no longer exists" for r in refs if r.id not in known]
    return list(dict.fromkeys(found))


# -- references: ids and GUIDs -----------------------------------------------------------

GONE = 0  # the id of a reference not in this project (SQLite ids start at 1)
Bind = Callable[[int, str], tuple[int, str]]  # (id, guid) -> (id, guid)


def rebind(query: Query, code: Bind, coder: Bind, source: Bind) -> Query:
    """The query with every code, coder and source reference rewritten by its ``Bind``."""
    f = query.filters
    return Query(
        _rebind(query.root, code),
        Filters(f.conditions, _refs(f.coders, coder), _refs(f.sources, source)),
    )


def by_guid(ids: Mapping[str, int], guids: Mapping[int, str]) -> Bind:
    """Reading in this project (``ids``: GUID -> id, ``guids``: id -> GUID): the GUID wins,
    since SQLite reuses the id of a deleted last row; a GUID not here becomes :data:`GONE`.
    A reference without a GUID (written before they were stored) keeps its id."""

    def bind(ident: int, guid: str) -> tuple[int, str]:
        if guid:
            return ids.get(guid, GONE), guid
        return ident, guids.get(ident, "")

    return bind


def by_id(guids: Mapping[int, str]) -> Bind:
    """Saving in this project: the id (just chosen) wins and its GUID is stored with it."""
    return lambda ident, guid: (ident, guids.get(ident, guid))


def _refs(refs: tuple[Ref, ...], bind: Bind) -> tuple[Ref, ...]:
    bound = [(bind(r.id, r.guid), r.name) for r in refs]
    return tuple(Ref(ident, name, guid) for (ident, guid), name in bound)


def _rebind(node: Node, code: Bind) -> Node:
    if isinstance(node, CodeTerm):
        ident, guid = code(node.code_id, node.guid)
        return CodeTerm(ident, node.include_subcodes, node.name, guid)
    return type(node)(_rebind(node.a, code), _rebind(node.b, code))


# -- JSON ----------------------------------------------------------------------------------


def to_json(query: Query) -> str:
    f = query.filters
    data = {
        "version": VERSION,
        "root": _node_data(query.root),
        "filters": {
            "conditions": [_condition_data(c) for c in f.conditions],
            "coders": [_ref_data(r) for r in f.coders],
            "sources": [_ref_data(r) for r in f.sources],
        },
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _ref_data(r: Ref) -> dict[str, Any]:
    return {"id": r.id, "name": r.name, **({"guid": r.guid} if r.guid else {})}


def _node_data(node: Node) -> dict[str, Any]:
    if isinstance(node, CodeTerm):
        data = {"op": "code", "code": node.code_id, "subcodes": node.include_subcodes,
                "name": node.name}  # fmt: skip
        return data | ({"guid": node.guid} if node.guid else {})
    return {"op": OPERATOR_NAMES[type(node)], "a": _node_data(node.a), "b": _node_data(node.b)}


def _condition_data(c: Condition) -> dict[str, Any]:
    data: dict[str, Any] = {"field": c.field}
    if c.values:
        data["values"] = list(c.values)
    if c.low is not None:
        data["low"] = c.low
    if c.high is not None:
        data["high"] = c.high
    return data


def from_json(text: str) -> Query:
    """Read a query saved by :func:`to_json`; a clear ValidationError if it is not one."""
    data = load_versioned(text, "the query", VERSION)
    try:
        root = _node(data.get("root"), 0)
        filters = _filters(data.get("filters") or {})
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationError(f"the query is malformed ({exc})") from None
    return Query(root, filters)


def _node(data: Any, depth: int) -> Node:
    if depth > 64:
        raise ValidationError("the query is nested too deeply")
    if not isinstance(data, dict):
        raise ValidationError("the query's terms are malformed (expected an object)")
    op = data.get("op")
    if op == "code":
        code = data["code"]
        if not isinstance(code, int) or isinstance(code, bool):
            raise ValidationError(f"the query's code id {code!r} is not a number")
        return CodeTerm(code, bool(data.get("subcodes", False)), str(data.get("name", "")),
                        str(data.get("guid", "")))  # fmt: skip
    if op not in OPERATORS:
        raise ValidationError(f"the query has an unknown operator {op!r}")
    return OPERATORS[op](_node(data["a"], depth + 1), _node(data["b"], depth + 1))


def _filters(data: dict[str, Any]) -> Filters:
    conditions = tuple(
        Condition(
            str(c["field"]),
            tuple(str(v) for v in c.get("values", ())),
            _optional(c.get("low")),
            _optional(c.get("high")),
        )
        for c in data.get("conditions", ())
    )
    coders = tuple(_ref(r) for r in data.get("coders", ()))
    sources = tuple(_ref(r) for r in data.get("sources", ()))
    return Filters(conditions, coders, sources)


def _ref(data: dict[str, Any]) -> Ref:
    return Ref(int(data["id"]), str(data.get("name", "")), str(data.get("guid", "")))


def _optional(value: object) -> str | None:
    return None if value is None else str(value)
