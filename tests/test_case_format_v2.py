"""Case format version 2: fuzzy dates and times, the new facts, and version 1 read as v2."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from cases.analysis import analyzer
from cases.model import case_files, date_checks, domain
from cases.model.domain import Action, ActionBy, ActionKind, Content, GroupPurpose, Platform
from cases.model.fuzzy import FuzzyDate, FuzzyTime
from cases.rules import engine
from cases.rules.steps.common import Outcome

TODAY = dt.date(2026, 11, 28)
NEXT_YEAR = dt.date.today().year + 1

V2 = {
    "format": "group-owner-case",
    "version": 2,
    "title": "业主群长期辱骂案",
    "incident": {
        "date": "2019-05",
        "last_seen": "2019-06-10",
        "platform": "wecom",
        "chat_kind": "group",
        "member_count": 300,
        "family_only": False,
        "group_purpose": "work",
        "role": "creator",
        "poster": "other",
        "participated": False,
        "content": ["insult_defamation", "privacy", "fraud"],
        "rumor_emergency": None,
        "forwards": 0,
        "views": 5000,
        "persistent": True,
        "noticeable": True,
        "minor_involved": False,
        "knew": True,
        "discovered_at": "2019-05-14",
        "rules_before_incident": False,
        "actions": [
            {"kind": "warned", "at": "2019-05-15T10:00", "by": "self"},
            {"kind": "reminded_group", "at": None},
            {"kind": "removed_poster", "at": "2019-05-19", "by": "other_manager"},
        ],
        "recurred_after_warning": True,
        "timely": None,
        "police_aware": "2019",
    },
    "notes": "free text",
}


def _write(tmp_path, data, name="case.json"):
    path = tmp_path / name
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def _load(tmp_path, data):
    return case_files.load_file(_write(tmp_path, data)).cases


def _error(tmp_path, data) -> case_files.CaseFileError:
    path = _write(tmp_path, data)
    with pytest.raises(case_files.CaseFileError) as info:
        case_files.load_file(path)
    assert str(path) in info.value.text("zh")
    return info.value


def _v2(**facts):
    return {**V2, "incident": {**V2["incident"], **facts}}


def _v1(**facts):
    return {"format": "group-owner-case", "version": 1, "incident": facts}


# --- reading version 2 ----------------------------------------------------------------


def test_the_spec_example_reads_with_every_v2_fact(tmp_path):
    (case,) = _load(tmp_path, V2)
    inc = case.incident
    assert inc.date == FuzzyDate(2019, 5)
    assert inc.last_seen == FuzzyDate(2019, 6, 10)
    assert inc.police_aware == FuzzyDate(2019)
    assert inc.discovered_at == FuzzyTime(dt.date(2019, 5, 14))
    assert inc.platform is Platform.WECOM
    assert inc.group_purpose is GroupPurpose.WORK
    assert inc.content == (Content.INSULT_DEFAMATION, Content.PRIVACY, Content.FRAUD)
    assert (inc.forwards, inc.views, inc.noticeable, inc.minor_involved) == (0, 5000, True, False)
    assert inc.actions == (
        Action(ActionKind.WARNED, FuzzyTime.parse("2019-05-15T10:00"), ActionBy.SELF),
        Action(ActionKind.REMINDED_GROUP, None, ActionBy.SELF),
        Action(ActionKind.REMOVED_POSTER, FuzzyTime.parse("2019-05-19"), ActionBy.OTHER_MANAGER),
    )


def test_a_v2_case_is_written_back_as_it_was_read(tmp_path):
    (case,) = _load(tmp_path, V2)
    written = json.loads(case_files.dumps([case]))
    expected = json.loads(json.dumps(V2))
    expected["incident"]["actions"][1]["by"] = "self"  # an absent "by" is written out
    assert written == expected


def test_a_file_without_a_version_is_read_by_version_2s_rules(tmp_path):
    data = {k: v for k, v in V2.items() if k != "version"}
    (case,) = _load(tmp_path, data)
    assert case.incident.date == FuzzyDate(2019, 5)


def test_the_app_writes_version_2():
    data = domain.case_to_json(domain.Case())
    assert data["version"] == 2 == domain.FORMAT_VERSION
    assert set(data["incident"]) == set(domain.INCIDENT_FIELDS)


@pytest.mark.parametrize(
    ("facts", "field", "expected"),
    [
        ({"date": "2019-5"}, "incident.date", "YYYY-MM"),
        ({"date": "19"}, "incident.date", "YYYY-MM"),
        ({"date": "2019-05-01T10:00"}, "incident.date", "YYYY-MM"),
        ({"date": "2019-05\n"}, "incident.date", "YYYY-MM"),
        ({"last_seen": "2019/06"}, "incident.last_seen", "YYYY-MM"),
        ({"police_aware": "2019-13"}, "incident.police_aware", "不是一个真实存在"),
        ({"date": "2019-02-29"}, "incident.date", "不是一个真实存在"),
        ({"discovered_at": "2019-05"}, "incident.discovered_at", "YYYY-MM-DDTHH:MM"),
        ({"discovered_at": "2019-05-14T10"}, "incident.discovered_at", "YYYY-MM-DDTHH:MM"),
        ({"discovered_at": "2019-05-14\n"}, "incident.discovered_at", "YYYY-MM-DDTHH:MM"),
        (
            {"actions": [{"kind": "warned", "at": "2019"}]},
            "incident.actions[0].at",
            "YYYY-MM-DDTHH:MM",
        ),
        (
            {"actions": [{"kind": "warned", "by": "someone"}]},
            "incident.actions[0].by",
            "other_manager",
        ),
        (
            {"actions": [{"kind": "warned", "by": None}]},
            "incident.actions[0].by",
            "other_manager",
        ),
        ({"forwards": -1}, "incident.forwards", "不小于 0 的整数"),
        ({"views": 2.5}, "incident.views", "不小于 0 的整数"),
        ({"noticeable": "yes"}, "incident.noticeable", "true、false 或 null"),
        ({"minor_involved": 1}, "incident.minor_involved", "true、false 或 null"),
        ({"platform": "telegram"}, "incident.platform", "dingtalk"),
        ({"content": ["scam"]}, "incident.content[0]", "fraud"),
        ({"actions": [{"kind": "kicked"}]}, "incident.actions[0].kind", "reminded_group"),
    ],
)
def test_a_bad_v2_fact_names_the_field_and_what_was_expected(tmp_path, facts, field, expected):
    error = _error(tmp_path, _v2(**facts))
    assert error.field == field
    assert expected in error.text("zh")
    assert error.position is None


@pytest.mark.parametrize(
    ("facts", "field", "value"),
    [
        ({"date": "1989"}, "incident.date", "1989"),
        ({"last_seen": "1989-12"}, "incident.last_seen", "1989-12"),
        ({"police_aware": f"{NEXT_YEAR + 1}"}, "incident.police_aware", f"{NEXT_YEAR + 1}"),
        ({"discovered_at": "1989-12-31"}, "incident.discovered_at", "1989-12-31"),
        (
            {"actions": [{"kind": "warned", "at": f"{NEXT_YEAR + 1}-01-01"}]},
            "incident.actions[0].at",
            f"{NEXT_YEAR + 1}-01-01",
        ),
    ],
)
def test_a_fuzzy_year_outside_1990_to_next_year_is_refused(tmp_path, facts, field, value):
    error = _error(tmp_path, _v2(**facts))
    assert error.field == field
    assert value in error.text("en")
    assert "1990" in error.text("zh")
    assert str(NEXT_YEAR) in error.text("en")


def test_last_seen_wholly_before_the_date_is_refused(tmp_path):
    error = _error(tmp_path, _v2(date="2019-05", last_seen="2019-04-30"))
    assert error.field == "incident.last_seen"
    assert "2019-04-30" in error.text("en")
    assert "2019-05" in error.text("en")
    assert "expected a date on or after" in error.text("en")
    assert "发布" in error.text("zh")


@pytest.mark.parametrize(
    ("date", "last_seen"),
    [("2019-05", "2019-05-01"), ("2019-05", "2019"), ("2019-05-10", "2019-05"), ("2019", "2019")],
)
def test_last_seen_that_may_be_on_or_after_the_date_is_accepted(tmp_path, date, last_seen):
    (case,) = _load(tmp_path, _v2(date=date, last_seen=last_seen))
    assert str(case.incident.last_seen) == last_seen


def test_a_refusal_in_a_batch_names_the_case(tmp_path):
    error = _error(tmp_path, [V2, V2, _v2(date="2019-05", last_seen="2018")])
    assert (error.position, error.field) == (2, "incident.last_seen")
    assert "第 3 个案件" in error.text("zh")
    assert "case 3 ([2])" in error.text("en")


def test_a_batch_may_mix_versions(tmp_path):
    v1 = {**_v1(date="2019-05-01"), "title": "旧"}
    cases = _load(tmp_path, [v1, V2])
    assert [c.incident.date for c in cases] == [FuzzyDate(2019, 5, 1), FuzzyDate(2019, 5)]


def test_version_2s_checks_stream_through_the_two_pass_reader(tmp_path):
    path = _write(tmp_path, [V2] * 3 + [_v2(last_seen="2018")])
    with case_files.open_case_file(path) as source, pytest.raises(case_files.CaseFileError) as info:
        source.check()
    assert (info.value.position, info.value.field) == (3, "incident.last_seen")


def test_a_newer_version_than_2_is_refused_naming_both_versions(tmp_path):
    error = _error(tmp_path, {**V2, "version": 3})
    assert error.field == "version"
    assert "versions 1 and 2" in error.text("en")


def test_a_version_that_is_not_a_number_names_the_versions_read(tmp_path):
    error = _error(tmp_path, {**V2, "version": "2"})
    assert error.field == "version"
    assert "1 or 2" in error.text("en")


# --- version 1 keeps its rules -----------------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "field", "expected"),
    [
        ({"date": "2019-05"}, "incident.date", "a date YYYY-MM-DD (format version 1)"),
        ({"date": "2019"}, "incident.date", "a date YYYY-MM-DD (format version 1)"),
        (
            {"discovered_at": "2019-05-14"},
            "incident.discovered_at",
            "YYYY-MM-DDTHH:MM (format version 1)",
        ),
        (
            {"actions": [{"kind": "warned", "at": "2019-05-14"}]},
            "incident.actions[0].at",
            "(format version 1)",
        ),
        ({"platform": "wecom"}, "incident.platform", "(format version 1)"),
        ({"group_purpose": "work"}, "incident.group_purpose", "(format version 1)"),
        ({"content": ["privacy"]}, "incident.content[0]", "(format version 1;"),
        ({"actions": [{"kind": "reminded_group"}]}, "incident.actions[0].kind", "version 1"),
    ],
)
def test_a_v1_file_is_checked_by_version_1s_rules(tmp_path, facts, field, expected):
    error = _error(tmp_path, _v1(**facts))
    assert error.field == field
    assert expected in error.text("en")


@pytest.mark.parametrize(
    ("facts", "field"),
    [
        ({"last_seen": "2019-05-01"}, "incident.last_seen"),
        ({"noticeable": True}, "incident.noticeable"),
        ({"police_aware": None}, "incident.police_aware"),
        ({"actions": [{"kind": "warned", "by": "self"}]}, "incident.actions[0].by"),
    ],
)
def test_a_v2_key_in_a_v1_file_says_it_belongs_to_version_2(tmp_path, facts, field):
    error = _error(tmp_path, _v1(**facts))
    assert error.field == field
    assert "belongs to format version 2" in error.text("en")
    assert '"version" to 2' in error.text("en")
    assert "第 2 版" in error.text("zh")


def test_a_typo_in_a_v1_file_is_still_an_unknown_key(tmp_path):
    error = _error(tmp_path, _v1(lastseen="2019-05-01"))
    assert error.field == "incident.lastseen"
    assert "unknown key" in error.text("en")


def test_a_v1_file_is_read_as_v2_with_the_new_facts_unknown_and_measures_by_self(tmp_path):
    (case,) = _load(
        tmp_path,
        _v1(
            date="2019-05-01",
            discovered_at="2019-05-14T09:00",
            actions=[{"kind": "warned", "at": "2019-05-15T10:00"}],
        ),
    )
    inc = case.incident
    assert inc.date == FuzzyDate(2019, 5, 1)
    assert inc.discovered_at == FuzzyTime.parse("2019-05-14T09:00")
    for name in domain.V2_FIELDS:
        assert getattr(inc, name) is None
    assert inc.actions == (
        Action(ActionKind.WARNED, FuzzyTime.parse("2019-05-15T10:00"), ActionBy.SELF),
    )
    assert json.loads(case_files.dumps([case]))["version"] == 2


# --- what the format flags as warnings ------------------------------------------------


def _warnings(today=TODAY, **facts):
    result = analyzer.analyze(domain.Case(domain.Incident(**facts)), today=today)
    return [en for _zh, en in result.warnings]


def test_a_date_wholly_after_the_analysis_day_is_flagged_and_one_that_may_not_be_is_not():
    assert any("after the day of the analysis" in w for w in _warnings(date=FuzzyDate(2026, 12)))
    assert not _warnings(date=FuzzyDate(2026, 11))
    assert not _warnings(date=FuzzyDate(2026))
    flagged = _warnings(discovered_at=FuzzyTime(dt.date(2026, 11, 29)))
    assert any("when the person knew (2026-11-29)" in w for w in flagged)
    assert not _warnings(discovered_at=FuzzyTime(dt.date(2026, 11, 28)))
    flagged = _warnings(police_aware=FuzzyDate(2027))
    assert any("police" in w and "2027" in w for w in flagged)


def test_knowing_wholly_before_the_date_is_flagged():
    (warning,) = _warnings(
        date=FuzzyDate(2019, 5), discovered_at=FuzzyTime.parse("2019-04-30T23:59")
    )
    assert "before the content was posted" in warning
    assert not _warnings(date=FuzzyDate(2019, 5), discovered_at=FuzzyTime.parse("2019-05-01"))
    (warning,) = _warnings(date=FuzzyDate(2019, 5, 1), discovered_at=FuzzyTime.parse("2018-04-30"))
    assert "over a year before" in warning


def test_a_measure_wholly_before_knowing_is_flagged_and_one_the_same_day_is_not():
    knew = FuzzyTime.parse("2019-05-14T10:00")
    early = Action(ActionKind.WARNED, FuzzyTime.parse("2019-05-13"))
    same_day = Action(ActionKind.WARNED, FuzzyTime.parse("2019-05-14"))
    (warning,) = _warnings(date=FuzzyDate(2019, 5), discovered_at=knew, actions=(early,))
    assert "actions" not in warning
    assert "time of measure 1 (2019-05-13) is before the person knew" in warning
    assert not _warnings(date=FuzzyDate(2019, 5), discovered_at=knew, actions=(same_day,))


def test_a_stored_case_with_last_seen_before_the_date_opens_with_a_warning():
    inc = domain.Incident(date=FuzzyDate(2019, 5), last_seen=FuzzyDate(2019, 4))
    issues = date_checks.refusals(inc, TODAY)
    assert [i.field for i in issues] == ["last_seen"]
    warnings = [en for _zh, en in analyzer.analyze(domain.Case(inc), today=TODAY).warnings]
    assert any("2019-04" in w and "cannot be" in w for w in warnings)


# --- the v1 engine on v2 facts (until the v2 engine) ------------------------------------


def _exempt_facts(**changes) -> domain.Incident:
    base = domain.Incident(
        date=FuzzyDate(2019, 5, 1),
        chat_kind=domain.ChatKind.GROUP,
        member_count=300,
        family_only=False,
        group_purpose=GroupPurpose.ORDINARY,
        role=domain.Role.CREATOR,
        poster=domain.Poster.OTHER,
        participated=False,
        content=(Content.INSULT_DEFAMATION,),
        persistent=True,
        knew=True,
        discovered_at=FuzzyTime.parse("2019-05-14T09:00"),
        rules_before_incident=False,
        actions=(Action(ActionKind.REMOVED_POSTER, FuzzyTime.parse("2019-05-14T10:00")),),
    )
    return domain.with_facts(base, **changes)


def test_exact_values_are_decided_as_before():
    inc = _exempt_facts()
    assert engine.decide(inc).outcome is Outcome.EXEMPT


@pytest.mark.parametrize(
    ("changes", "outcome", "missing"),
    [
        # wholly after 2017-10-08, and measures within the day of knowing: still decided
        ({"date": FuzzyDate(2019, 5)}, Outcome.EXEMPT, ()),
        ({"date": FuzzyDate(2019)}, Outcome.EXEMPT, ()),
        ({"discovered_at": FuzzyTime.parse("2019-05-14")}, Outcome.EXEMPT, ()),
        (
            {"actions": (Action(ActionKind.REMOVED_POSTER, FuzzyTime.parse("2019-05-14")),)},
            Outcome.EXEMPT,
            (),
        ),
        # a year straddling 2017-10-08 for conduct that lasted: named as missing
        ({"date": FuzzyDate(2017)}, Outcome.UNDETERMINED, ("date", "last_seen")),
        (
            {"actions": (Action(ActionKind.REMOVED_POSTER, FuzzyTime.parse("2019-05-15")),)},
            Outcome.UNDETERMINED,
            ("actions[0].at",),
        ),
    ],
)
def test_a_coarser_value_is_read_as_the_interval_it_stands_for(changes, outcome, missing):
    inc = _exempt_facts(**changes)
    decision = engine.decide(inc)
    assert decision.outcome is outcome
    assert decision.missing == missing
    result = analyzer.analyze(domain.Case(inc), today=TODAY)
    assert result.missing == missing


def test_who_took_a_measure_and_the_new_facts_reach_the_rules():
    inc = _exempt_facts(
        noticeable=True,
        actions=(
            Action(
                ActionKind.REMOVED_POSTER,
                FuzzyTime.parse("2019-05-14T10:00"),
                ActionBy.OTHER_MANAGER,
            ),
        ),
    )
    decision = engine.decide(inc)
    assert decision.outcome is Outcome.EXEMPT
    assert decision.tentative  # another manager's measure rests on an app assumption


def test_analyze_refuses_a_bad_v2_case_in_a_batch_with_exit_2_naming_everything(tmp_path, capsys):
    from cases.cli import main as cli

    path = _write(tmp_path, [V2, _v2(last_seen="2019-04-30")], "batch.json")
    assert cli.main(["analyze", str(path), "--json", "--lang", "en"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert str(path) in err
    assert "case 2 ([1])" in err
    assert "incident.last_seen" in err
    assert "expected a date on or after it" in err


def test_analyze_reads_a_v1_and_a_v2_file_alike(tmp_path, capsys):
    from cases.cli import main as cli

    v1 = _v1(date="2019-05-01", chat_kind="one_to_one")
    v2 = {**v1, "version": 2}
    outcomes = []
    for name, data in (("v1.json", v1), ("v2.json", v2)):
        path = _write(tmp_path, data, name)
        assert cli.main(["analyze", str(path), "--json", "--analysis-date", "2026-11-28"]) == 0
        outcomes.append(json.loads(capsys.readouterr().out)["outcome"])
    assert outcomes == ["PRIVATE_SPACE", "PRIVATE_SPACE"]
