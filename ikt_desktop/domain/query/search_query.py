"""Text search queries: parse what the researcher typed, build the FTS5 MATCH expression
from OUR parse (so user text can never inject FTS syntax), and find the hits in a passage.

Syntax: words (``trust``), phrases in double quotes (``"care team"``), prefixes with a star
(``neuro*``), ``AND`` (also implied between terms), ``OR``, ``NOT`` (``fatigue NOT sleep``:
in passages with fatigue and without sleep), parentheses. Operators are upper case; a
lower-case "and" is a word. A malformed query raises :class:`QueryError` with a plain
message.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.query.search_text import Token, fold, tokens


class QueryError(ValidationError):
    """A search the user typed cannot be understood."""


@dataclass(frozen=True)
class Term:
    """A word or phrase: its folded tokens (one or more), and whether the last is a prefix."""

    words: tuple[str, ...]
    prefix: bool = False
    raw: str = ""


@dataclass(frozen=True)
class Op:
    kind: str  # AND | OR | NOT (NOT: left and not right)
    left: Node
    right: Node


Node = Term | Op

_LEXEME = re.compile(r'\s*(?:(?P<quote>"[^"]*"?\*?)|(?P<paren>[()])|(?P<word>[^\s()"]+))')
OPERATORS = ("AND", "OR", "NOT")


def _lex(text: str) -> list[str]:
    out: list[str] = []
    pos = 0
    while pos < len(text):
        m = _LEXEME.match(text, pos)
        if m is None or m.end() == pos:
            break
        pos = m.end()
        lexeme = m.group("quote") or m.group("paren") or m.group("word")
        if lexeme:
            out.append(lexeme)
    return out


def _term(lexeme: str, *, all_prefix: bool) -> Term | None:
    prefix = lexeme.endswith("*")
    body = lexeme.rstrip("*")
    if lexeme.startswith('"'):
        if not body.endswith('"') or len(body) < 2:
            raise QueryError(f"A phrase is missing its closing quote: {lexeme}")
        body = body[1:-1]
    elif all_prefix:
        prefix = True
    words = tuple(fold(t.text) for t in tokens(body))
    if not words:
        return None  # punctuation only: nothing to look for
    return Term(words, prefix, lexeme)


class _Parser:
    def __init__(self, lexemes: Sequence[str], all_prefix: bool) -> None:
        self.lexemes, self.pos, self.all_prefix = list(lexemes), 0, all_prefix

    def peek(self) -> str | None:
        return self.lexemes[self.pos] if self.pos < len(self.lexemes) else None

    def take(self) -> str:
        self.pos += 1
        return self.lexemes[self.pos - 1]

    def parse(self) -> Node:
        node = self.or_expr()
        if self.peek() == ")":
            raise QueryError("A closing parenthesis has no opening one.")
        if self.peek() is not None:
            raise QueryError(f"Unexpected “{self.peek()}” in the search.")
        return node

    def or_expr(self) -> Node:
        node = self.and_expr()
        while self.peek() == "OR":
            self.take()
            node = Op("OR", node, self.and_expr())
        return node

    def and_expr(self) -> Node:
        node = self.not_expr()
        while self.peek() not in (None, "OR", ")"):
            if self.peek() == "AND":
                self.take()
            node = Op("AND", node, self.not_expr())
        return node

    def not_expr(self) -> Node:
        node = self.unary()
        while self.peek() == "NOT":
            self.take()
            node = Op("NOT", node, self.unary())
        return node

    def unary(self) -> Node:
        lexeme = self.peek()
        if lexeme is None:
            raise QueryError("The search ends too early (a word is missing).")
        if lexeme in OPERATORS:
            hint = " (NOT needs a word before it: fatigue NOT sleep)" if lexeme == "NOT" else ""
            raise QueryError(f"“{lexeme}” needs a word on each side{hint}.")
        if lexeme == ")":
            raise QueryError("A closing parenthesis has no opening one.")
        self.take()
        if lexeme == "(":
            node = self.or_expr()
            if self.peek() != ")":
                raise QueryError("A parenthesis is not closed.")
            self.take()
            return node
        term = _term(lexeme, all_prefix=self.all_prefix)
        if term is None:
            raise QueryError(f"“{lexeme}” has no letters or digits to search for.")
        return term


def parse(text: str, *, all_prefix: bool = False) -> Node:
    """The query tree of ``text``; ``all_prefix`` makes every bare word a prefix."""
    lexemes = [x for x in _lex(text) if _has_text(x)]
    if not lexemes:
        raise QueryError("Type a word or phrase to search for.")
    return _Parser(lexemes, all_prefix).parse()


def _has_text(lexeme: str) -> bool:
    return lexeme in OPERATORS or lexeme in "()" or bool(tokens(lexeme)) or '"' in lexeme


def to_fts(node: Node) -> str:
    """The FTS5 MATCH expression: every term is a quoted string of word characters only."""
    if isinstance(node, Term):
        body = " ".join(node.words)  # tokens never contain quotes or operators
        return f'"{body}"' + ("*" if node.prefix else "")
    return f"({to_fts(node.left)} {node.kind} {to_fts(node.right)})"


def positive_terms(node: Node) -> Iterator[Term]:
    """The terms whose occurrences are hits (not those after a NOT)."""
    if isinstance(node, Term):
        yield node
        return
    yield from positive_terms(node.left)
    if node.kind != "NOT":
        yield from positive_terms(node.right)


def _occurrences(term: Term, folded: Sequence[str], toks: Sequence[Token]) -> list[tuple[int, int]]:
    n, words, last = len(term.words), term.words, term.words[-1]
    if n == 1:
        starts = [
            i for i, w in enumerate(folded) if w == last or (term.prefix and w.startswith(last))
        ]
        return [(toks[i].start, toks[i].end) for i in starts]
    out = []
    for i in [i for i, w in enumerate(folded[: len(folded) - n + 1]) if w == words[0]]:
        if all(folded[i + k] == words[k] for k in range(1, n - 1)):
            w = folded[i + n - 1]
            if w == last or (term.prefix and w.startswith(last)):
                out.append((toks[i].start, toks[i + n - 1].end))
    return out


@functools.lru_cache(maxsize=256)
def accented(term: Term) -> Term:
    """The term with the accents the user typed (for accent-sensitive matching)."""
    raw = term.raw.strip('"*')
    return Term(tuple(fold(x.text, accents=True) for x in tokens(raw)), term.prefix, term.raw)


def may_match(node: Node, lowered: str, *, accents: bool = False) -> bool:
    """A quick test on the lower-cased passage that never says no to a passage that
    matches (every word of a term occurs in it as a substring; the right side of NOT is
    not looked at): it spares tokenising passages the index found only by ignoring
    accents."""
    if isinstance(node, Term):
        words = accented(node).words if accents else node.words
        return all(w in lowered for w in words)
    left = may_match(node.left, lowered, accents=accents)
    if node.kind == "AND":
        return left and may_match(node.right, lowered, accents=accents)
    if node.kind == "OR":
        return left or may_match(node.right, lowered, accents=accents)
    return left


class PassageMatch:
    """One passage's tokens, folded once, to test a query and locate its hits."""

    def __init__(self, text: str, *, accents: bool = False) -> None:
        self.toks = tokens(text)
        self.folded = [
            t.text.lower() if t.text.isascii() else fold(t.text, accents=accents) for t in self.toks
        ]
        self.accents = accents
        self._cache: dict[Term, list[tuple[int, int]]] = {}

    def occurrences(self, term: Term) -> list[tuple[int, int]]:
        if term not in self._cache:
            t = accented(term) if self.accents else term  # with the accents typed
            self._cache[term] = _occurrences(t, self.folded, self.toks)
        return self._cache[term]

    def matches(self, node: Node) -> bool:
        if isinstance(node, Term):
            return bool(self.occurrences(node))
        left = self.matches(node.left)
        if node.kind == "AND":
            return left and self.matches(node.right)
        if node.kind == "OR":
            return left or self.matches(node.right)
        return left and not self.matches(node.right)

    def hits(self, node: Node) -> list[tuple[int, int]]:
        """The hit spans (relative to the passage, merged where they overlap), or an empty
        list when the passage does not satisfy the query."""
        if not self.matches(node):
            return []
        spans = sorted({s for t in positive_terms(node) for s in self.occurrences(t)})
        merged: list[tuple[int, int]] = []
        for start, end in spans:
            if merged and start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged
