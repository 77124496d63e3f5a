"""Rules of the code tree, free of storage: cycles, names, colours."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ikt_desktop.domain.errors import ValidationError

_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
MAX_NAME = 200

# A qualitative palette (Tableau 10) for codes created without a colour.
PALETTE = (
    "#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F",
    "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F", "#BAB0AC",
)  # fmt: skip


def clean_name(name: str) -> str:
    """A code name with surrounding and repeated inner white space folded."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError("A code needs a name.")
    if len(cleaned) > MAX_NAME:
        raise ValidationError(f"A code name can have at most {MAX_NAME} characters.")
    if "/" in cleaned:
        raise ValidationError("A code name cannot contain '/' (it separates levels in paths).")
    return cleaned


def clean_color(color: str) -> str:
    """``#RRGGBB`` in upper case."""
    if not _COLOR.match(color):
        raise ValidationError(f"{color!r} is not a colour of the form #RRGGBB.")
    return color.upper()


def default_color(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def ancestors(code_id: int, parents: Mapping[int, int | None]) -> list[int]:
    """The chain of parents of ``code_id``, nearest first."""
    chain: list[int] = []
    seen = {code_id}
    current = parents.get(code_id)
    while current is not None:
        if current in seen:  # corrupt data; never loop forever
            raise ValidationError("The code tree contains a cycle.")
        chain.append(current)
        seen.add(current)
        current = parents.get(current)
    return chain


def can_move(code_id: int, new_parent: int | None, parents: Mapping[int, int | None]) -> bool:
    """May ``code_id`` go under ``new_parent``? Not under itself or its own descendant."""
    if new_parent is None:
        return True
    if new_parent == code_id:
        return False
    return code_id not in ancestors(new_parent, parents)


def check_move(code_id: int, new_parent: int | None, parents: Mapping[int, int | None]) -> None:
    if not can_move(code_id, new_parent, parents):
        raise ValidationError("A code cannot be moved under itself or one of its sub-codes.")


def descendants(code_id: int, parents: Mapping[int, int | None]) -> list[int]:
    """All codes below ``code_id`` (depth-first order not guaranteed)."""
    children: dict[int | None, list[int]] = {}
    for child, parent in parents.items():
        children.setdefault(parent, []).append(child)
    out: list[int] = []
    stack = list(children.get(code_id, []))
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(children.get(node, []))
    return out
