"""S7's other-laws flags: the right provisions, each in the version of the incident's date."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from cases.analysis import analyzer
from cases.model import domain
from cases.model.domain import Content, GroupPurpose
from cases.model.fuzzy import FuzzyDate

TODAY = dt.date(2026, 11, 28)
BASE = domain.Incident(
    date=FuzzyDate(2022, 5, 1),
    chat_kind=domain.ChatKind.GROUP,
    member_count=100,
    family_only=False,
    role=domain.Role.CREATOR,
    poster=domain.Poster.OTHER,
    participated=False,
    content=(),
)


def flags(today=TODAY, **facts):
    inc = dataclasses.replace(BASE, **facts)
    result = analyzer.analyze(domain.Case(inc), today=today)
    return {(f.citation.law, f.citation.article, f.citation.version): f for f in result.other_laws}


def test_no_prohibited_content_no_flags():
    assert flags() == {}


def test_rumour_before_2026_cites_the_2012_law_and_old_or_lighter():
    found = flags(date=FuzzyDate(2025, 12, 31), content=(Content.RUMOR,), rumor_emergency=False)
    assert ("治安管理处罚法", "第二十五条", "2012") in found
    assert ("行政处罚法", "第三十七条", "2021") in found
    assert not any(key[1] == "第二百九十一条之一" for key in found)


def test_rumour_decided_before_2026_needs_no_old_or_lighter():
    found = flags(
        today=dt.date(2025, 12, 31), date=FuzzyDate(2025, 12, 30), content=(Content.RUMOR,)
    )
    assert ("治安管理处罚法", "第二十五条", "2012") in found
    assert not any(key[0] == "行政处罚法" for key in found)


def test_rumour_from_2026_cites_the_2025_law():
    found = flags(date=FuzzyDate(2026, 1, 1), content=(Content.RUMOR,), rumor_emergency=True)
    assert ("治安管理处罚法", "第二十九条", "2025") in found
    assert not any(key[0] == "行政处罚法" for key in found)
    crime = found[("刑法", "第二百九十一条之一", "2020")]
    assert crime.citation.paragraph == 2
    assert crime.citation.text.startswith("编造虚假的险情、疫情、灾情、警情")


def test_unknown_emergency_is_flagged_as_a_condition():
    found = flags(content=(Content.RUMOR,), rumor_emergency=None)
    assert "尚不清楚" in found[("刑法", "第二百九十一条之一", "2020")].why[0]


@pytest.mark.parametrize(
    ("date", "article", "version"),
    [
        (FuzzyDate(2025, 12, 31), "第四十二条", "2012"),
        (FuzzyDate(2026, 1, 1), "第五十条", "2025"),
    ],
)
def test_insult_flags_penalty_crime_and_civil_liability(date, article, version):
    found = flags(date=date, content=(Content.INSULT_DEFAMATION,))
    assert ("治安管理处罚法", article, version) in found
    assert ("刑法", "第二百四十六条", "2020") in found
    for civil in ("第一千一百九十四条", "第一千一百九十五条", "第一千一百九十七条"):
        assert ("民法典", civil, "2020") in found


def test_civil_code_before_2021_says_the_earlier_law_is_not_stored():
    found = flags(date=FuzzyDate(2019, 1, 1), content=(Content.INSULT_DEFAMATION,))
    note = found[("民法典", "第一千一百九十七条", "2020")].citation.note
    assert note
    assert "侵权责任法" in note


@pytest.mark.parametrize(("members", "flagged"), [(29, False), (30, True), (None, True)])
def test_obscene_group_threshold(members, flagged):
    found = flags(
        content=(Content.OBSCENE_VIOLENCE,),
        group_purpose=GroupPurpose.OBSCENE,
        member_count=members,
    )
    assert (
        (
            "最高人民法院、最高人民检察院关于办理利用互联网、移动通讯终端、声讯台制作、复制、出版、贩卖、传播淫秽电子信息刑事案件具体应用法律若干问题的解释（二）",
            "第三条",
            "2010",
        )
        in found
    ) is flagged
    assert (("刑法", "第三百六十四条", "2020") in found) is flagged


def test_obscene_content_in_an_ordinary_group_is_not_the_group_offence():
    found = flags(content=(Content.OBSCENE_VIOLENCE,), group_purpose=GroupPurpose.ORDINARY)
    assert not any(key[1] == "第三百六十四条" for key in found)


@pytest.mark.parametrize(
    ("date", "articles", "version"),
    [
        (FuzzyDate(2025, 12, 31), ("第四十六条", "第六十七条"), "2016"),
        (FuzzyDate(2026, 1, 1), ("第四十八条", "第六十八条"), "2025"),
    ],
)
def test_illegal_activity_group(date, articles, version):
    found = flags(date=date, group_purpose=GroupPurpose.ILLEGAL_ACTIVITY)
    for article in articles:
        assert ("网络安全法", article, version) in found
    assert ("刑法", "第二百八十七条之一", "2020") in found
    assert any(key[1] == "第十条" and key[2] == "2019" for key in found)


def test_gambling_group():
    assert ("刑法", "第三百零三条", "2020") in flags(group_purpose=GroupPurpose.GAMBLING)


def test_flags_are_computed_whatever_the_outcome():
    found = flags(date=FuzzyDate(2016, 5, 1), content=(Content.RUMOR,))
    assert ("治安管理处罚法", "第二十五条", "2012") in found
