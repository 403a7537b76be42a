"""Search from the indexes gives exactly the answer of a substring test; sorts use indexes."""

from __future__ import annotations

import random

import pytest

from cases.model import domain
from cases.store import database
from cases.store import search as store_search
from cases.store.database import CaseStore, ListQuery

# Few distinct characters, so that random 1- and 2-character words often match.
_HAN = "群主辱骂谣言微信业主长期删除警告截图聊天记录物业费"
_LATIN = "abcABCxyzXYZ019"
_OTHER = " ，。、%_\\\"'*-()“”\u3000\n"  # separators, LIKE/FTS5 specials, full-width punctuation
_ALPHABET = _HAN * 3 + _LATIN + _OTHER


def _fold(text: str) -> str:
    return "".join(ch.lower() if ch.isascii() else ch for ch in text)


def _text(rng: random.Random, low: int, high: int) -> str:
    return "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(low, high)))


def _query_words(rng: random.Random, texts: list[str]) -> list[str]:
    words = []
    for length in (1, 1, 2, 2, 2, 3, 5):
        for _ in range(12):
            source = rng.choice(texts)
            if len(source) >= length and rng.random() < 0.7:
                start = rng.randrange(len(source) - length + 1)
                word = source[start : start + length]  # often found
            else:
                word = "".join(rng.choice(_ALPHABET) for _ in range(length))
            word = "".join(word.split())
            if word:
                words.append(word.upper() if rng.random() < 0.2 else word)
    return words


def _expected(cases: dict[int, tuple[list[str], str | None]], words: list[str]) -> set[int]:
    return {
        case_id
        for case_id, (fields, _) in cases.items()
        if all(any(_fold(w) in _fold(f) for f in fields) for w in words)
    }


def test_indexed_search_equals_a_substring_test(case_store, case_factory):
    rng = random.Random(20261128)
    platforms = [None, domain.Platform.WECHAT, domain.Platform.QQ]
    cases: dict[int, tuple[list[str], str | None]] = {}
    for _ in range(150):
        title, notes = _text(rng, 0, 12), _text(rng, 0, 60)
        tags = sorted({_text(rng, 1, 4).strip() for _ in range(rng.randrange(3))} - {""})
        platform = rng.choice(platforms)
        case_id = case_store.create(
            case_factory(title=title, notes=notes, platform=platform), tags=tags
        )
        cases[case_id] = ([title, notes, *case_store.get(case_id).tags], platform)
    trash: set[int] = set()

    def check(round_: int) -> None:
        texts = [f for fields, _ in cases.values() for f in fields]
        words = _query_words(rng, texts)
        queries = [[w] for w in words] + [rng.sample(words, 2) for _ in range(20)]
        for query_words in queries:
            text = " ".join(query_words)
            found = _expected(cases, query_words)
            for in_trash in (False, True):
                want = {i for i in found if (i in trash) == in_trash}
                query = ListQuery(text=text, trash=in_trash, limit=1000)
                got = {r.id for r in case_store.list(query)}
                assert got == want, (round_, text, in_trash)
                assert case_store.count(query) == len(want), (round_, text, in_trash)
            # With a filter, count takes the general path.
            query = ListQuery(text=text, platform="wechat", limit=1000)
            want = {i for i in found if i not in trash and cases[i][1] == domain.Platform.WECHAT}
            assert {r.id for r in case_store.list(query)} == want, (round_, text)
            assert case_store.count(query) == len(want), (round_, text)

    check(0)
    # Every change keeps the index in step: edits, tags, trash, restore, purge, copies.
    ids = list(cases)
    for case_id in rng.sample(ids, 30):
        title, notes = _text(rng, 0, 12), _text(rng, 0, 60)
        tags = [_text(rng, 1, 3)] if rng.random() < 0.5 else None
        stored = case_store.update(case_id, case_factory(title=title, notes=notes), tags=tags)
        cases[case_id] = ([title, notes, *stored.tags], domain.Platform.WECHAT)
    for case_id in rng.sample(ids, 40):
        case_store.delete(case_id)
        trash.add(case_id)
    for case_id in rng.sample(sorted(trash), 10):
        case_store.restore(case_id)
        trash.discard(case_id)
    for case_id in rng.sample(sorted(trash), 10):
        case_store.purge(case_id)
        trash.discard(case_id)
        del cases[case_id]
    for case_id in rng.sample(sorted(set(cases) - trash), 5):
        copy = case_store.duplicate(case_id)
        fields, platform = cases[case_id]
        cases[copy] = ([fields[0] + "（副本）", *fields[1:]], platform)
    check(1)
    conn = case_store._db()
    conn.execute("INSERT INTO cases_grams (cases_grams) VALUES ('integrity-check')")
    marked = conn.execute(
        "SELECT count(*) FROM cases_grams WHERE cases_grams MATCH ?", (store_search.TRASH_TOKEN,)
    ).fetchone()[0]
    assert marked == len(trash)


def test_grams_are_the_characters_and_adjacent_pairs_of_each_field():
    assert store_search.grams(["长期辱骂"]) == " ".join(
        sorted(["长", "期", "辱", "骂", "长期", "期辱", "辱骂"])
    )
    # Separators break pairs; ASCII letters are lowercased; pairs never span two fields.
    assert store_search.grams(["Ab,群 c", "d"]) == "a ab b c d 群"
    # Any non-ASCII character that is not a space counts, full-width punctuation too.
    assert store_search.grams(["b，\u3000群"]).split() == sorted(["b", "b，", "，", "群"])
    assert store_search.grams(["é1"], in_trash=True) == "1 intrash é é1"
    assert store_search.is_gram("辱骂")
    assert store_search.is_gram("骂")
    assert store_search.is_gram("Qq")
    assert not store_search.is_gram("1%")
    assert not store_search.is_gram("谣言传")
    assert not store_search.is_gram("")


@pytest.mark.parametrize("text", ["骂", "辱骂", "Qq", "业主 辱骂"])
def test_short_words_use_the_grams_index_not_like(case_store, text):
    where, params = case_store._where(ListQuery(text=text))
    assert "LIKE" not in where
    assert "cases_grams" in where
    assert len(params) == 1


@pytest.mark.parametrize("column", sorted(database._NULLABLE_SORTS - {"deleted_at"}))
def test_ascending_sort_by_a_nullable_column_reads_an_index(case_store, case_factory, column):
    case_store.create(case_factory())
    captured: list[str] = []
    conn = case_store._db()
    conn.set_trace_callback(captured.append)
    try:
        case_store.list(ListQuery(sort=column, descending=False))
    finally:
        conn.set_trace_callback(None)
    [sql] = [s for s in captured if s.startswith("SELECT")]
    plan = " ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql))
    assert f"cases_{column}_asc" in plan
    assert "TEMP B-TREE" not in plan


def test_old_store_cases_are_found_by_short_words_after_migrating(store_path, case_factory):
    with CaseStore.open(store_path) as s:
        live = s.create(case_factory(title="业主群", notes="有人长期辱骂"), tags=["群主"])
        gone = s.create(case_factory(title="另一案", notes="辱骂"), tags=["谣言"])
        s.delete(gone)
        conn = s._db()
        # Back to version 3: the same schema without what versions 4, 5 and 6 added.
        conn.execute("ALTER TABLE cases DROP COLUMN poster_name")
        conn.execute("ALTER TABLE cases DROP COLUMN victim_name")
        conn.execute("ALTER TABLE analyses DROP COLUMN facts_format")
        for name in ("cases_incident_date_asc", "cases_platform_asc", "cases_outcome_asc"):
            conn.execute(f"DROP INDEX {name}")
        conn.execute("DROP INDEX cases_route_asc")
        conn.execute("DROP TABLE cases_grams")
        conn.execute("PRAGMA user_version = 3")
    with CaseStore.open(store_path) as s:
        assert s._db().execute("PRAGMA user_version").fetchone()[0] == database.SCHEMA_VERSION
        assert [r.id for r in s.list(ListQuery(text="辱骂"))] == [live]
        assert [r.id for r in s.list(ListQuery(text="骂"))] == [live]
        assert [r.id for r in s.list(ListQuery(text="群主"))] == [live]
        assert s.count(ListQuery(text="辱骂")) == 1
        assert s.count(ListQuery(text="辱骂", trash=True)) == 1
        assert s.count(ListQuery(text="谣言", trash=True)) == 1
        assert s.count(ListQuery(text="谣言")) == 0
        s.restore(gone)
        assert s.count(ListQuery(text="辱骂")) == 2


def test_grams_split_text_at_exactly_the_non_word_characters():
    for code in range(0x110000):
        if 0xD800 <= code < 0xE000:
            continue  # lone surrogates are refused before they reach the store
        ch = chr(code)
        assert bool(store_search._WORDS.fullmatch(ch)) == store_search.is_gram(ch), hex(code)
