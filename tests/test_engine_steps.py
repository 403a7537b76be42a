"""The step modules' shared pieces and the engine's chain, beyond the data-driven cases."""

from __future__ import annotations

import dataclasses
import datetime as dt

from cases.model import domain
from cases.model.fuzzy import FuzzyDate, FuzzyTime
from cases.rules import assumptions, engine, summary
from cases.rules.steps import common
from cases.rules.steps.common import Caution, Outcome, Route, Status

BASE = domain.Incident(
    date=FuzzyDate(2019, 5, 1),
    chat_kind=domain.ChatKind.GROUP,
    member_count=300,
    family_only=False,
    group_purpose=domain.GroupPurpose.ORDINARY,
    role=domain.Role.CREATOR,
    poster=domain.Poster.OTHER,
    participated=False,
    content=(domain.Content.INSULT_DEFAMATION,),
    persistent=False,
    knew=True,
    discovered_at=FuzzyTime.parse("2019-05-14T09:00"),
    rules_before_incident=False,
    actions=(),
)


def test_exact_dates_and_times_read_as_fuzzy_values_of_that_day_and_minute():
    assert common.day_of(dt.date(2019, 5, 1)) == FuzzyDate(2019, 5, 1)
    assert common.day_of(FuzzyDate(2019)) == FuzzyDate(2019)
    assert common.day_of(None) is None
    minute = dt.datetime(2019, 5, 1, 9, 30)
    assert common.time_of(minute) == FuzzyTime.parse("2019-05-01T09:30")
    assert common.time_of(None) is None


def test_skipping_s1_runs_s2_to_s6_for_conduct_before_the_regulation():
    old = domain.with_facts(BASE, date=FuzzyDate(2016, 3, 1))
    assert engine.decide(old).outcome is Outcome.NOT_IN_FORCE
    skipped = engine.decide(old, skip_in_force=True)
    assert skipped.steps[0].status is Status.NOT_REACHED
    assert skipped.outcome is Outcome.NOT_EXEMPT
    assert skipped.route is Route.NO_MEASURE


def _summary(**changes):
    inc = domain.with_facts(BASE, **changes)
    return summary.summary(inc, engine.decide(inc))


def test_the_summary_of_a_duty_outcome_gives_the_dates_measures_and_no_penalty_sentence():
    zh, en = _summary()
    assert "群主 2019-05-14 09:00 知道后" in zh
    assert "没有采取任何措施" in zh
    assert "很可能未尽群管理责任" in zh
    assert "《规定》本身不设罚则" in zh
    assert "no penalty of their own" in en

    warned = domain.Action(domain.ActionKind.WARNED, FuzzyTime.parse("2019-05-14T10:00"))
    zh, _ = _summary(actions=(warned,), recurred_after_warning=True)
    assert "只于 2019-05-14 10:00 警告" in zh
    assert "再次出现" in zh
    assert "可能未尽群管理责任" in zh

    late = domain.Action(domain.ActionKind.REMOVED_POSTER, FuzzyTime.parse("2019-05-20"))
    zh, en = _summary(actions=(late,))
    assert "于 2019-05-20 将发布者移出群聊" in zh
    assert "都不及时" in zh
    assert "late" in en

    prompt = domain.Action(
        domain.ActionKind.REPORTED_PLATFORM,
        FuzzyTime.parse("2019-05-14T11:00"),
        domain.ActionBy.OTHER_MANAGER,
    )
    zh, en = _summary(actions=(prompt,), persistent=True)
    assert "及时由其他管理者于 2019-05-14 11:00 向平台举报" in zh
    assert "可能免责" in zh
    assert "建议删除" in zh  # content_left_up
    assert "another manager" in en


def test_the_summary_of_an_unaware_person():
    zh, _ = _summary(knew=False, discovered_at=None, noticeable=True)
    assert "很显眼" in zh
    assert "可能未尽群管理责任" in zh
    zh, en = _summary(knew=False, discovered_at=None, noticeable=False, persistent=True)
    assert "不知道" in zh
    assert "现在应当删除" in zh
    assert "should come down" in en
    zh, _ = _summary(knew=False, discovered_at=None, noticeable=False, rules_before_incident=True)
    assert "事先也有群规" in zh


def test_the_summary_of_each_other_outcome_says_what_was_decided():
    assert "2016" in _summary(date=FuzzyDate(2016))[0]
    assert "私密空间" in _summary(chat_kind=domain.ChatKind.ONE_TO_ONE)[0]
    assert "不属于违法信息" in _summary(content=())[0]
    assert "普通成员" in _summary(role=domain.Role.MEMBER)[0]
    assert "本人的行为" in _summary(poster=domain.Poster.SELF)[0]
    zh, en = _summary(knew=None)
    assert "尚无法确定" in zh
    assert "whether the person knew" in en


def test_a_stored_case_dated_in_year_9999_gets_its_time_limits_without_an_error():
    from cases.analysis import analyzer

    inc = domain.with_facts(
        BASE,
        date=FuzzyDate(9999, 12, 31),
        content=(domain.Content.RUMOR, domain.Content.INSULT_DEFAMATION),
        poster=domain.Poster.SELF,
    )
    result = analyzer.analyze(domain.Case(inc), today=dt.date(2026, 11, 28))
    assert result.time_limits
    assert all(t.limit.until is None or t.limit.until <= dt.date.max for t in result.time_limits)
    assert {t.limit.status.value for t in result.time_limits} == {"running"}


def test_an_exemption_with_the_content_left_up_says_it_is_weaker():
    from cases.rules import explain

    report = domain.Action(domain.ActionKind.REPORTED_PLATFORM, FuzzyTime.parse("2019-05-14T11:00"))
    inc = domain.with_facts(BASE, actions=(report,), persistent=True)
    decision = engine.decide(inc)
    assert decision.cautions == (Caution.CONTENT_LEFT_UP,)
    s6 = explain.steps(inc, decision, assumptions.DEFAULT_SETTINGS, dt.date(2026, 11, 28))[5]
    assert "免责的理由较弱" in s6.finding[0]
    assert "weaker" in s6.finding[1]
    deleted = domain.Action(domain.ActionKind.DELETED_MESSAGE, FuzzyTime.parse("2019-05-14T11:05"))
    inc = domain.with_facts(inc, actions=(report, deleted))
    s6 = explain.steps(
        inc, engine.decide(inc), assumptions.DEFAULT_SETTINGS, dt.date(2026, 11, 28)
    )[5]
    assert "免责的理由较弱" not in s6.finding[0]


def test_a_copy_with_facts_replaced_equals_dataclasses_replace_and_leaves_the_original():
    changes = {"knew": False, "member_count": 2, "actions": None, "timely": True}
    copy = domain.with_facts(BASE, **changes, not_a_fact=1)
    assert copy == dataclasses.replace(BASE, **changes)
    assert copy is not BASE
    assert (BASE.knew, BASE.member_count) == (True, 300)
    assert [getattr(copy, name) for name in domain.INCIDENT_FIELDS] == [
        changes.get(name, getattr(BASE, name)) for name in domain.INCIDENT_FIELDS
    ]
    assert domain.with_facts(BASE) == BASE
