"""Pseudonymisation: the matching rule (domain) and the key file (exporter)."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.privacy.pseudonyms import CONTEXT, Entry, Replacer, apply_hits
from ikt_desktop.exporters.pseudonym_key import read_key, write_key


def replace(text: str, *pairs: tuple[str, str], ignore_case: bool = True) -> str:
    return Replacer([Entry(t, r) for t, r in pairs], ignore_case=ignore_case).replace_all(text)


def test_longest_term_first_and_no_overlap() -> None:
    text = "Dr. Maria Okafor said Maria and maria okafor agreed."
    out = replace(text, ("Maria", "[M]"), ("Dr. Maria Okafor", "[Clinician 1]"),
                  ("Maria Okafor", "[MO]"))  # fmt: skip
    assert out == "[Clinician 1] said [M] and [MO] agreed."


def test_whole_words_only() -> None:
    text = "Ann, Anna, Joanne, ann's, ANN_X, Ann2, (Ann)"
    assert replace(text, ("Ann", "P1")) == "P1, Anna, Joanne, P1's, ANN_X, Ann2, (P1)"


def test_case_sensitive_option() -> None:
    assert replace("Rose rose.", ("Rose", "P2"), ignore_case=False) == "P2 rose."
    assert replace("Rose rose.", ("Rose", "P2")) == "P2 P2."


def test_accents_emoji_and_combining_marks() -> None:
    text = "Zoë said 👋Zoë👋; Zoëy no; Zoe no; Zoé no; ZOË yes; Zoe\u0301 no"
    out = replace(text, ("Zoë", "P1"))
    assert out == "P1 said 👋P1👋; Zoëy no; Zoe no; Zoé no; P1 yes; Zoe\u0301 no"
    # a term ending before a combining mark is not a whole word
    assert replace("Zoe\u0301", ("Zoe", "X")) == "Zoe\u0301"


def test_cjk_names_need_no_spaces() -> None:
    assert replace("我是王伟的朋友。王伟说", ("王伟", "[P7]")) == "我是[P7]的朋友。[P7]说"
    assert replace("カタカナのタナカさん", ("タナカ", "[T]")) == "カタカナの[T]さん"


def test_terms_with_punctuation_at_their_edges() -> None:
    assert replace("see Dr. Who. or (Dr.)", ("Dr.", "[D]")) == "see [D] Who. or ([D])"


def test_hits_carry_context_and_the_diff_is_exact() -> None:
    text = "x" * 100 + " Dana met Zoë " + "y" * 100
    r = Replacer([Entry("Dana", "[I1]"), Entry("Zoë", "P1")])
    hits = r.hits(text)
    assert [h.found for h in hits] == ["Dana", "Zoë"]
    assert len(hits[0].before) == CONTEXT and hits[0].after.startswith(" met Zoë")
    diff = apply_hits(text, hits)
    assert diff.apply() == diff.new == text.replace("Dana", "[I1]").replace("Zoë", "P1")
    assert [(e.old_start, e.old_end) for e in diff.edits] == [(h.start, h.end) for h in hits]


def test_no_list_or_identity_entries_change_nothing() -> None:
    assert Replacer([]).replace_all("Dana") == "Dana"
    assert replace("Dana", ("Dana", "Dana")) == "Dana"


ALPHABET = "abAB éÉüÜ_.,'\n-1"
WORDS = st.text(alphabet="abAéÉüÜ", min_size=1, max_size=4)


def _occurs_as_whole_word(text: str, term: str, ignore_case: bool) -> bool:
    word = r"[\w\u0300-\u036f]"
    flags = re.IGNORECASE if ignore_case else 0
    return re.search(rf"(?<!{word}){re.escape(term)}(?!{word})", text, flags) is not None


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=ALPHABET, max_size=80),
    terms=st.lists(WORDS, min_size=1, max_size=4, unique_by=str.casefold),
    ignore_case=st.booleans(),
)
def test_property_no_replaced_term_survives(text: str, terms: list[str], ignore_case: bool) -> None:
    entries = [Entry(t, f"[R{i}]") for i, t in enumerate(terms)]
    out = Replacer(entries, ignore_case=ignore_case).replace_all(text)
    for t in terms:
        assert not _occurs_as_whole_word(out, t, ignore_case), (t, out)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=80), terms=st.lists(WORDS, min_size=1, max_size=4))
def test_property_text_without_hits_is_unchanged(text: str, terms: list[str]) -> None:
    r = Replacer([Entry(t, "[X]") for t in terms])
    if not r.hits(text):
        assert r.replace_all(text) == text
    diff = apply_hits(text, r.hits(text))
    assert diff.apply() == diff.new  # the edits rebuild the new text exactly


# -- the key file ------------------------------------------------------------------------

ENTRIES = [Entry("Dr. Maria Okafor", "[Clinician 1]", "user"), Entry("Zoë", "P1", "speaker")]


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_plain_key_round_trip(tmp_path, suffix: str) -> None:
    path = write_key(tmp_path / f"key{suffix}", ENTRIES, ignore_case=True)
    assert "Maria Okafor" in path.read_text(encoding="utf-8-sig")  # plain, as documented
    assert read_key(path) == (ENTRIES, True)


def test_encrypted_key_round_trip_and_wrong_password(tmp_path) -> None:
    path = write_key(tmp_path / "key.iktkey", ENTRIES, ignore_case=False, password="s3cret ü")
    raw = path.read_bytes()
    assert b"Okafor" not in raw and "Zoë".encode() not in raw
    envelope = json.loads(raw)
    assert envelope["cipher"] == "fernet" and envelope["kdf"]["name"] == "scrypt"
    assert read_key(path, "s3cret ü") == (ENTRIES, False)
    with pytest.raises(ValidationError, match="wrong password"):
        read_key(path, "guess")
    with pytest.raises(ValidationError, match="encrypted"):
        read_key(path)
    # two exports use fresh salts: the files differ
    other = write_key(tmp_path / "again.iktkey", ENTRIES, password="s3cret ü")
    assert json.loads(other.read_bytes())["kdf"]["salt"] != envelope["kdf"]["salt"]


def test_key_write_is_atomic(tmp_path, monkeypatch) -> None:
    path = tmp_path / "key.json"
    path.write_text("old", encoding="utf-8")

    def boom(*_a, **_k):
        raise RuntimeError("disk full")

    monkeypatch.setattr("pathlib.Path.write_text", boom)
    with pytest.raises(RuntimeError):
        write_key(path, ENTRIES)
    monkeypatch.undo()
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["key.json"]


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=ALPHABET + "Ann", max_size=80),
    terms=st.lists(st.text(alphabet="aAnbé. ", min_size=1, max_size=5), min_size=1, max_size=4),
    ignore_case=st.booleans(),
)
def test_property_fast_scan_equals_the_whole_word_regex(
    text: str, terms: list[str], ignore_case: bool
) -> None:
    r = Replacer([Entry(t, "[X]") for t in terms], ignore_case=ignore_case)
    slow = [(m.start(), m.end()) for m in r._bounded.finditer(text) if m.end() > m.start()]
    assert [(h.start, h.end) for h in r.hits(text)] == slow
