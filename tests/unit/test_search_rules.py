"""The text-search rules without a database: parsing, the FTS expression, tokens, hits,
passages, sentences and snippets (with emoji, accents and CJK)."""

from __future__ import annotations

import pytest

from ikt_desktop.domain.query.search_query import (
    PassageMatch,
    QueryError,
    may_match,
    parse,
    positive_terms,
    to_fts,
)
from ikt_desktop.domain.query.search_text import (
    fold,
    passages,
    search_form,
    sentence_bounds,
    snippet,
    tokens,
)


def test_words_phrases_prefixes_and_operators_become_our_own_fts_expression() -> None:
    assert to_fts(parse("trust")) == '"trust"'
    assert to_fts(parse('"care team" neuro*')) == '("care team" AND "neuro"*)'
    assert to_fts(parse("a OR b NOT c")) == '("a" OR ("b" NOT "c"))'
    assert to_fts(parse("(fatigue OR tired) AND work")) == '(("fatigue" OR "tired") AND "work")'
    assert to_fts(parse("Café Zoë")) == '("cafe" AND "zoe")'  # the index folds accents
    assert to_fts(parse("MS-related")) == '"ms related"'  # one word of two tokens: a phrase
    assert to_fts(parse("care", all_prefix=True)) == '"care"*'
    assert to_fts(parse("多発性硬化症")) == '"多 発 性 硬 化 症"'


@pytest.mark.parametrize(
    "hostile",
    [
        'trust" OR body:x',
        'trust "OR body:x"',
        "NEAR(a b)",
        "a:b",
        "^start",
        "col : x",
        '"a" + "b"',
        "{body} x",
    ],
)
def test_user_text_cannot_inject_fts_syntax(hostile: str) -> None:
    try:
        expression = to_fts(parse(hostile))
    except QueryError:
        return  # refused with a plain message is fine too
    inner = [t for t in positive_terms(parse(hostile))]
    assert all(all(w.isalnum() for w in t.words) for t in inner)
    assert ":" not in expression and "^" not in expression and "{" not in expression


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "Type a word"),
        ("   ", "Type a word"),
        ("AND", "needs a word on each side"),
        ("trust AND", "ends too early"),
        ("NOT sleep", "NOT needs a word before it"),
        ("(trust", "not closed"),
        ("trust)", "closing parenthesis"),
        ('"care team', "closing quote"),
        ("!!! ?", "Type a word"),
        ('trust OR "!!"', "no letters or digits"),
    ],
)
def test_a_malformed_query_gets_a_plain_message(query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse(query)


def test_tokens_split_cjk_into_characters_and_skip_emoji() -> None:
    text = "Zoë 👍 多発性 café"
    assert [(t.start, t.end, t.text) for t in tokens(text)] == [
        (0, 3, "Zoë"), (6, 7, "多"), (7, 8, "発"), (8, 9, "性"), (10, 14, "café"),
    ]  # fmt: skip
    assert search_form("私は多発性") == " 私  は  多  発  性 "
    assert fold("Zoë CAFÉ") == "zoe cafe"
    assert fold("Zoë", accents=True) == "zoë"


def test_hits_are_code_points_inside_the_passage() -> None:
    text = "👍 Zoë: I love the café 🎉 and the cafe. 多発性硬化症と診断"
    match = PassageMatch(text)
    spans = match.hits(parse("cafe"))
    assert [text[a:b] for a, b in spans] == ["café", "cafe"]
    assert [text[a:b] for a, b in match.hits(parse("zoe"))] == ["Zoë"]
    assert [text[a:b] for a, b in match.hits(parse("多発性硬化症"))] == ["多発性硬化症"]
    assert [text[a:b] for a, b in match.hits(parse("硬化"))] == ["硬化"]


def test_accent_sensitive_matching_keeps_the_accents_typed() -> None:
    text = "the café and the cafe"
    sensitive = PassageMatch(text, accents=True)
    assert [text[a:b] for a, b in sensitive.hits(parse("café"))] == ["café"]
    assert [text[a:b] for a, b in sensitive.hits(parse("cafe"))] == ["cafe"]
    assert sensitive.hits(parse("CAFÉ")) == [(4, 8)]  # case never matters


def test_boolean_queries_are_about_the_same_passage() -> None:
    match = PassageMatch("Fatigue at work, not sleep.")
    assert match.matches(parse("fatigue work"))
    assert not match.matches(parse("fatigue NOT sleep"))
    assert match.matches(parse("fatigue NOT (holiday OR weekend)"))
    assert match.hits(parse("fatigue NOT holiday")) == [(0, 7)]  # NOT terms are no hits
    assert match.hits(parse('"at work" OR at')) == [(8, 15)]  # overlaps merge
    assert PassageMatch("carers and care").hits(parse("care*")) == [(0, 6), (11, 15)]


def test_prefix_and_phrase_terms() -> None:
    assert [(t.words, t.prefix) for t in positive_terms(parse("neuro*"))] == [(("neuro",), True)]
    match = PassageMatch("my neurologist, the neuro team")
    assert match.hits(parse('"neuro team"')) == [(20, 30)]
    assert match.hits(parse("neuro")) == [(20, 25)]


def test_passages_are_turns_and_lines_outside_turns() -> None:
    text = "Title line\n\nI: Hello there\n\nP1: Hi 👍\n  \ntrailing note"
    turns = [(12, 26, 7, "I"), (28, 36, 8, "P1")]
    assert list(passages(text, turns)) == [(0, 10, None), (15, 26, 7), (32, 36, 8),
                                           (40, 53, None)]  # fmt: skip
    assert list(passages(text, [(12, 26, 7, "")]))[1] == (12, 26, 7)  # no speaker: no label
    assert list(passages(text, [(12, 26, 7, "Dana")]))[1] == (12, 26, 7)  # not its label
    assert list(passages("one\ntwo", [])) == [(0, 3, None), (4, 7, None)]


def test_sentence_bounds_and_snippets() -> None:
    text = "First one. I trust Zoë’s team! Last one?"
    start = text.index("trust")
    assert text[slice(*sentence_bounds(text, start, start + 5))] == "I trust Zoë’s team!"
    cjk = "私は疲れた。多発性硬化症です。"
    i = cjk.index("硬化")
    assert cjk[slice(*sentence_bounds(cjk, i, i + 2))] == "多発性硬化症です。"
    long = "word " * 40 + "HIT" + " word" * 40
    snip = snippet(long, 200, 203, 0, len(long))
    assert snip.text[snip.mark_start : snip.mark_end] == "HIT"
    assert snip.text.startswith("…") and snip.text.endswith("…")
    assert snip.marked().count("«HIT»") == 1


def test_the_quick_test_never_drops_a_matching_passage() -> None:
    text = "Zoë went to the Café with Ærø friends; 多発性硬化症 talk"
    lowered = text.lower()
    for query in ["café", "Zoë friends", '"the café"', "caf*", "zoë NOT zebra", "x OR ærø",
                  "多発性"]:  # fmt: skip
        node = parse(query)
        assert PassageMatch(text, accents=True).matches(node)
        assert may_match(node, lowered, accents=True)
    assert not may_match(parse("cafe"), lowered, accents=True)  # only the accented form here
