"""How the case store finds 1- and 2-character words (Chinese ones above all).

The trigram index (``cases_fts``) needs at least 3 characters. Short words — and
two-character words are the most common Chinese search terms (辱骂, 谣言, 群主) —
are found in a second FTS5 table, ``cases_grams``, whose single column holds each
case's *grams*: every character and every pair of adjacent characters of its
title, notes and tags, e.g. "长期辱骂" gives 长 期 辱 骂 长期 期辱 辱骂. A 1- or
2-character word is then one token to look up, and the answer is exactly the
answer of a substring test (ASCII letters compared case-insensitively, as
SQLite's ``LIKE`` does).

Only *word characters* make grams: ASCII letters and digits (lowercased) and every
non-ASCII character that is not whitespace. The table uses FTS5's ``ascii``
tokenizer, which splits at ASCII non-alphanumerics only and treats every non-ASCII
character as part of a token; since grams are joined by plain spaces, each gram
is exactly one token, whatever the Unicode version of the SQLite library. A short
word with ASCII punctuation in it (``1%``) is still found with ``LIKE``.

A case in the trash also carries the token ``TRASH_TOKEN`` (longer than any gram,
so no word can be mistaken for it), which lets ``count`` of a text-only search be
answered from the index alone.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence

GRAMS_TABLE = "cases_grams"
GRAMS_DDL = (
    f"CREATE VIRTUAL TABLE {GRAMS_TABLE} USING fts5("
    "grams, tokenize = 'ascii', detail = none, columnsize = 0)"
)
"""One row per case (rowid = case ID); only rowids are kept per token (``detail = none``)."""
TRASH_TOKEN = "intrash"
"""Marks a case in the trash; 7 letters, while every gram has 1 or 2 characters."""
MAX_GRAM = 2


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_WORDS = re.compile(r"[^\x00-/:-@\[-`{-\x7f\s]+")
"""A run of word characters: neither ASCII non-alphanumerics nor whitespace (``\\s``
is exactly ``str.isspace``, which ``str.split`` splits the search text at)."""


def _word_char(ch: str) -> bool:
    return ch.isalnum() if ch.isascii() else not ch.isspace()


def _fold(text: str) -> str:
    """Lowercase ASCII letters only (what ``LIKE`` and the ``ascii`` tokenizer ignore)."""
    return text.translate(_ASCII_LOWER)


def grams(fields: Iterable[str], in_trash: bool = False) -> str:
    """The ``cases_grams`` text of a case: its distinct grams, sorted, space-separated.

    Args:
        fields: the title, the notes and each tag (grams never span two fields).
        in_trash: add ``TRASH_TOKEN``.
    """
    out: set[str] = set()
    for field in fields:
        for run in _WORDS.findall(_fold(field)):
            out.update(run)
            out.update(run[i : i + 2] for i in range(len(run) - 1))
    if in_trash:
        out.add(TRASH_TOKEN)
    return " ".join(sorted(out))


def is_gram(term: str) -> bool:
    """True when ``cases_grams`` answers a search for ``term`` (1–2 word characters)."""
    return 0 < len(term) <= MAX_GRAM and all(_word_char(ch) for ch in term)


def match(terms: Sequence[str]) -> str:
    """The FTS5 query finding cases that contain every one of ``terms`` (all grams)."""
    assert terms
    assert all(is_gram(t) for t in terms)
    # No gram holds a double quote, so quoting needs no escaping.
    return " AND ".join(f'"{_fold(t)}"' for t in terms)


def erase(conn: sqlite3.Connection, tables: Iterable[str]) -> None:
    """Rewrite FTS5 indexes so that no deleted row leaves a trace in them.

    Deleting a row from an FTS5 table only adds a "deleted" entry to its index: the
    row's terms (trigrams of its title and notes, grams) stay in the older index
    segments until those are merged. ``optimize`` merges every segment into one,
    dropping the deleted entries; with ``PRAGMA secure_delete`` the pages of the old
    segments are zeroed. The cost grows with the index (about 0.2 s for 100,000
    cases), paid only when a case is purged.

    Args:
        conn: a connection inside the transaction that deleted the rows.
        tables: the FTS5 tables to rewrite.
    """
    for table in tables:
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
