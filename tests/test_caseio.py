"""Reading, validating and writing case files: every kind of bad file gets a precise message."""

from __future__ import annotations

import json
import os

import pytest

from cases import caseio, model

GOOD = {
    "format": "group-owner-case",
    "version": 1,
    "title": "测试",
    "incident": {
        "date": "2020-01-01",
        "member_count": 5,
        "actions": [{"kind": "warned", "at": None}],
    },
    "notes": "",
}


def _write(tmp_path, data, name="case.json"):
    path = tmp_path / name
    path.write_text(
        data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8"
    )
    return path


def _error(tmp_path, data) -> caseio.CaseFileError:
    path = _write(tmp_path, data)
    with pytest.raises(caseio.CaseFileError) as info:
        caseio.load_file(path)
    assert str(path) in info.value.text("zh")
    return info.value


def _with_incident(**facts):
    return {**GOOD, "incident": {**GOOD["incident"], **facts}}


def test_a_good_file_loads_and_absent_facts_are_unknown(tmp_path):
    case_file = caseio.load_file(_write(tmp_path, GOOD))
    assert not case_file.is_batch
    (case,) = case_file.cases
    assert case.incident.member_count == 5
    assert case.incident.knew is None
    assert case.incident.content is None
    assert case.incident.actions == (model.Action(model.ActionKind.WARNED, None),)


def test_empty_lists_are_kept_apart_from_unknown(tmp_path):
    (case,) = caseio.load_file(_write(tmp_path, _with_incident(content=[], actions=[]))).cases
    assert case.incident.content == ()
    assert case.incident.actions == ()


@pytest.mark.parametrize(
    ("facts", "field", "expected"),
    [
        ({"member_count": 1}, "incident.member_count", "不小于 2 的整数"),
        ({"member_count": "many"}, "incident.member_count", "不小于 2 的整数"),
        ({"member_count": 2.5}, "incident.member_count", "不小于 2 的整数"),
        ({"platform": "telegram"}, "incident.platform", "wechat"),
        ({"knew": "yes"}, "incident.knew", "true、false 或 null"),
        ({"date": "2019/05/01"}, "incident.date", "YYYY-MM-DD"),
        ({"discovered_at": "2019-05-01 10:00"}, "incident.discovered_at", "YYYY-MM-DDTHH:MM"),
        ({"content": ["rumor", "gossip"]}, "incident.content[1]", "against_constitution"),
        ({"content": ["rumor", "rumor"]}, "incident.content", "重复"),
        ({"content": "rumor"}, "incident.content", "列表"),
        ({"actions": [{"kind": "kicked"}]}, "incident.actions[0].kind", "removed_poster"),
        ({"actions": [{"at": "2019-05-01T10:00"}]}, "incident.actions[0].kind", "缺少"),
        (
            {"actions": [{"kind": "warned", "at": "2019-05-01T25:00"}]},
            "incident.actions[0].at",
            "不是一个真实存在",
        ),
        ({"date": "2019-02-30"}, "incident.date", "不是一个真实存在"),
        ({"role": "owner"}, "incident.role", "creator"),
    ],
)
def test_a_bad_fact_names_the_field_and_what_was_expected(tmp_path, facts, field, expected):
    error = _error(tmp_path, _with_incident(**facts))
    assert error.field == field
    assert expected in error.text("zh")
    assert error.position is None


def test_unknown_keys_are_errors_at_every_level(tmp_path):
    assert _error(tmp_path, {**GOOD, "titel": "x"}).field == "titel"
    assert _error(tmp_path, _with_incident(member_cuont=5)).field == "incident.member_cuont"
    error = _error(tmp_path, _with_incident(actions=[{"kind": "warned", "when": None}]))
    assert error.field == "incident.actions[0].when"
    assert "未知" in error.text("zh")
    assert "unknown key" in error.text("en")


def test_a_batch_error_names_the_position(tmp_path):
    bad = _with_incident(member_count=0)
    error = _error(tmp_path, [GOOD, GOOD, bad])
    assert error.position == 2
    assert "第 3 个案件" in error.text("zh")
    assert "case 3" in error.text("en")
    assert "[2]" in error.text("en")


def test_a_newer_format_version_says_so(tmp_path):
    error = _error(tmp_path, {**GOOD, "version": 2})
    assert "newer" in error.text("en")
    assert error.field == "version"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("{not json", "不是有效的 JSON"),
        ("", "不是有效的 JSON"),
        ("42", "应为一个案件对象"),
        ('{"format": "group-owner-case", "version": 1}', "incident"),
        ('{"format": "something-else", "version": 1, "incident": {}}', "group-owner-case"),
    ],
)
def test_files_that_are_not_cases(tmp_path, data, expected):
    assert expected in _error(tmp_path, data).text("zh")


def test_a_number_too_long_to_read_is_a_bad_file_not_a_crash(tmp_path):
    text = json.dumps(GOOD).replace('"member_count": 5', '"member_count": ' + "9" * 5000)
    assert "digits" in _error(tmp_path, text).text("en")


def test_absurdly_deep_nesting_is_a_bad_file_not_a_crash(tmp_path):
    text = "[" * 200_000 + "]" * 200_000
    assert "nested too deeply" in _error(tmp_path, text).text("en")


def test_not_utf8_missing_and_folder(tmp_path):
    path = tmp_path / "gbk.json"
    path.write_bytes(json.dumps(GOOD, ensure_ascii=False).encode("gbk"))
    with pytest.raises(caseio.CaseFileError, match="UTF-8"):
        caseio.load_file(path)
    with pytest.raises(caseio.CaseFileError, match="no such file"):
        caseio.load_file(tmp_path / "nope.json")
    with pytest.raises(caseio.CaseFileError, match="folder"):
        caseio.load_file(tmp_path)


def test_write_then_read_round_trips_and_leaves_no_temp_file(tmp_path):
    (case,) = caseio.load_file(_write(tmp_path, GOOD)).cases
    target = tmp_path / "out.json"
    caseio.write_file(target, [case, case])
    again = caseio.load_file(target)
    assert again.is_batch
    assert again.cases == (case, case)
    assert sorted(os.listdir(tmp_path)) == ["case.json", "out.json"]


def test_write_to_an_unwritable_folder_leaves_nothing(tmp_path):
    (case,) = caseio.load_file(_write(tmp_path, GOOD)).cases
    with pytest.raises(FileNotFoundError):
        caseio.write_file(tmp_path / "missing-folder" / "out.json", [case])
    assert not (tmp_path / "missing-folder").exists()


def test_the_schema_validates_batches_too():
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(caseio.schema())
    assert validator.is_valid([GOOD, GOOD])
    assert validator.is_valid(GOOD)
    assert not validator.is_valid({**GOOD, "extra": 1})
