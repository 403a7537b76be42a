"""Chinese article numbers read as numbers, for the English interface."""

from __future__ import annotations

import pytest

from cases import labels, law


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一", 1),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("三十七", 37),
        ("一百零四", 104),
        ("三百六十四", 364),
        ("一千一百九十四", 1194),
        ("两百", 200),
        ("", None),
        ("12", None),
        ("十a", None),
    ],
)
def test_chinese_numbers(text, value):
    assert labels.chinese_number(text) == value


@pytest.mark.parametrize(
    ("number", "english"),
    [
        ("第一条", "Art. 1"),
        ("第十五条", "Art. 15"),
        ("第一百零四条", "Art. 104"),
        ("第二百八十七条之一", "Art. 287-1"),
        ("第二百九十一条之一", "Art. 291-1"),
        ("第二条第二款", "第二条第二款"),
        ("问答", "问答"),
        ("第x条", "第x条"),
    ],
)
def test_article_numbers_in_english(number, english):
    assert labels.article_number_en(number) == english


def test_every_stored_article_number_has_an_english_form():
    for stored in law.library().laws:
        for version in stored.versions:
            for article in version.articles:
                assert labels.article_number_en(article.number).startswith("Art. "), article.number
