"""Full-text search on PostgreSQL: the same ``search_fts`` rows as SQLite's FTS5 table,
in a plain table with a ``tsvector`` column under a GIN index.

The vector is built here from the passage's own tokens, folded exactly as the search
folds them (:func:`~ikt_desktop.domain.query.search_text.tokens` and ``fold``), and cast
from its text form, so PostgreSQL's parsers and dictionaries never re-tokenise anything:
a query term is looked up as the same folded token it was indexed as. The index only
finds candidate passages; the search then checks each candidate and locates its hits in
Python, as on SQLite. So the vector may say yes too often, never no: a passage too long
for positions (more than 16,383 tokens, or a word more than 256 times) is indexed without
them, and PostgreSQL then treats a phrase in it like AND.
"""

from __future__ import annotations

from ikt_desktop.domain.query.search_query import Node, Term
from ikt_desktop.domain.query.search_text import fold, tokens

CREATE = (
    "CREATE TABLE search_fts (rowid bigint PRIMARY KEY, body text NOT NULL, passage text, "
    'start integer NOT NULL, "end" integer NOT NULL, turn_id integer, '
    "terms tsvector NOT NULL)",
    "CREATE INDEX ix_search_fts_terms ON search_fts USING gin (terms)",
)
DROP = "DROP TABLE IF EXISTS search_fts"
MATCH = "f.terms @@ CAST(:match AS tsquery)"
MAX_POSITION = 16383  # PostgreSQL's largest word position
MAX_POSITIONS = 256  # positions kept per lexeme
MAX_LEXEME_BYTES = 2046


def _quote(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def terms(passage: str) -> str:
    """The text form of the passage's ``tsvector``: each folded token with its positions."""
    places: dict[str, list[int]] = {}
    for n, token in enumerate(tokens(passage), start=1):
        lexeme = fold(token.text)
        if lexeme and len(lexeme.encode("utf-8")) <= MAX_LEXEME_BYTES:
            places.setdefault(lexeme, []).append(n)
    exact = all(p[-1] <= MAX_POSITION and len(p) <= MAX_POSITIONS for p in places.values())
    if not exact:  # positions would be cut: none at all, so phrases match like AND
        return " ".join(_quote(lexeme) for lexeme in places)
    return " ".join(f"{_quote(w)}:{','.join(map(str, p))}" for w, p in places.items())


def to_tsquery(node: Node) -> str:
    """The ``tsquery`` text of a parsed search: words, prefixes (``:*``), phrases
    (``<->``), AND (``&``), OR (``|``), NOT (``& !``)."""
    if isinstance(node, Term):
        words = [_quote(w) for w in node.words]
        if node.prefix:
            words[-1] += ":*"
        return words[0] if len(words) == 1 else "(" + " <-> ".join(words) + ")"
    left, right = to_tsquery(node.left), to_tsquery(node.right)
    if node.kind == "NOT":
        return f"({left} & !{right})"
    return f"({left} {'&' if node.kind == 'AND' else '|'} {right})"
