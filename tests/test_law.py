"""The law library: numbering, version choice by date, headings, and refusal of bad data."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

from cases import engine, law, resources


def test_chinese_numbers():
    assert [law.chinese_number(n) for n in (1, 9, 10, 12, 20, 21, 99)] == [
        "一",
        "九",
        "十",
        "十二",
        "二十",
        "二十一",
        "九十九",
    ]
    with pytest.raises(ValueError, match="0"):
        law.chinese_number(0)
    assert law.paragraph_label(2) == "第二款"
    assert law.paragraph_label(None) is None


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
def test_chinese_numbers_read_back(text, value):
    assert law.read_chinese_number(text) == value


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
    assert law.article_number_en(number) == english


def test_every_stored_article_number_has_an_english_form():
    for stored in law.library().laws:
        for version in stored.versions:
            for article in version.articles:
                assert law.article_number_en(article.number).startswith("Art. "), article.number


def test_versions_switch_on_their_first_day():
    cyber = law.library().law("cybersecurity_law")
    assert cyber.version_on(dt.date(2025, 12, 31)) == (cyber.versions[0], False)
    assert cyber.version_on(dt.date(2026, 1, 1)) == (cyber.versions[1], False)
    before, predates = cyber.version_on(dt.date(2017, 5, 31))
    assert before is cyber.versions[0]
    assert predates


def test_an_incident_before_the_earliest_stored_text_is_noted():
    citation = law.library().cite("civil_code", "knowledge_liability", dt.date(2020, 12, 31))
    assert citation.note
    assert "2021-01-01" in citation.note
    assert citation.note_en
    # The version's own remark (which law applied before) reaches both languages.
    assert "侵权责任法》第三十六条" in citation.note
    assert "Article 36 of the Tort Liability Law" in citation.note_en
    later = law.library().cite("civil_code", "knowledge_liability", dt.date(2021, 1, 1))
    assert later.note is None


def test_headings_show_article_paragraph_mark_and_unchecked_numbers():
    lib = law.library()
    c = lib.cite("cybersecurity_law", "use_obligation", dt.date(2020, 1, 1))
    assert c.heading("zh") == "《网络安全法》（2016）第十二条第二款 ✅"
    assert c.heading("en").startswith("Cybersecurity Law 《网络安全法》 (2016) 第十二条第二款")
    inferred = lib.cite("group_regulation", "penalties_elsewhere", dt.date(2020, 1, 1))
    assert "条号待核对" in inferred.heading("zh")
    assert "to be checked" in inferred.heading("en")
    qa = lib.authority("qa_owner_duty")
    assert qa.level is law.Level.OFFICIAL_INTERPRETATION
    assert "答记者问" in qa.heading("zh")
    assert "☑️" in qa.heading("zh")
    assert qa.heading("en").startswith("CAC official")
    assert qa.json_text("zh") == json.dumps(qa.to_json("zh"), ensure_ascii=False)


def test_a_citation_json_is_a_fresh_dict():
    c = law.library().cite("group_regulation", "owner_duty", dt.date(2020, 1, 1))
    first = c.to_json()
    first["text"] = "changed"
    assert c.to_json()["text"].startswith("互联网群组建立者")


def test_every_law_lists_in_the_library():
    ids = {item.id for item in law.library().laws}
    assert {"group_regulation", "cybersecurity_law", "criminal_law", "civil_code"} <= ids


def _document(law_id: str) -> dict:
    return json.loads(resources.path(f"law/{law_id}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "spoil",
    [
        lambda d: d["versions"][0]["provisions"].update(
            x={"article": "第九十九条", "paragraph": None}
        ),
        lambda d: d["versions"][0]["provisions"].update(x={"article": "第十二条", "paragraph": 7}),
        lambda d: d["versions"][0].update(effective_to="2026-06-01"),
        lambda d: d["versions"][0].update(adopted=None),
    ],
    ids=["unknown article", "unknown paragraph", "overlapping versions", "no dates"],
)
def test_inconsistent_law_data_is_refused(spoil):
    document = copy.deepcopy(_document("cybersecurity_law"))
    spoil(document)
    with pytest.raises(law.LawDataError):
        law._load_law(document)


def test_a_repealed_law_resolves_to_its_last_text():
    document = copy.deepcopy(_document("legislation_law"))
    document["versions"][1]["effective_to"] = "2030-01-01"
    loaded = law._load_law(document)
    assert loaded.version_on(dt.date(2031, 1, 1)) == (loaded.versions[1], False)
    with pytest.raises(KeyError):
        loaded.versions[0].article("第一千条")


@pytest.mark.parametrize(("family", "hours"), [(1, 24), (501, 24), (10, 0), (10, 24 * 91)])
def test_settings_out_of_range_are_refused(family, hours):
    with pytest.raises(ValueError, match="must be between"):
        engine.Settings(family, hours)
