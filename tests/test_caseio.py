"""Reading, validating and writing case files: every kind of bad file gets a precise message."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cases.model import case_files, domain
from cases.model.fuzzy import FuzzyDate, FuzzyTime

ROOT = Path(__file__).resolve().parent.parent

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


def _error(tmp_path, data, path=None) -> case_files.CaseFileError:
    path = path or _write(tmp_path, data)
    with pytest.raises(case_files.CaseFileError) as info:
        case_files.load_file(path)
    assert str(path) in info.value.text("zh")
    return info.value


def _with_incident(**facts):
    return {**GOOD, "incident": {**GOOD["incident"], **facts}}


def test_a_good_file_loads_and_absent_facts_are_unknown(tmp_path):
    case_file = case_files.load_file(_write(tmp_path, GOOD))
    assert not case_file.is_batch
    (case,) = case_file.cases
    assert case.incident.member_count == 5
    assert case.incident.knew is None
    assert case.incident.content is None
    assert case.incident.actions == (domain.Action(domain.ActionKind.WARNED, None),)


def test_empty_lists_are_kept_apart_from_unknown(tmp_path):
    (case,) = case_files.load_file(_write(tmp_path, _with_incident(content=[], actions=[]))).cases
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
    error = _error(tmp_path, {**GOOD, "version": 3})
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
    with pytest.raises(case_files.CaseFileError, match="UTF-8"):
        case_files.load_file(path)
    with pytest.raises(case_files.CaseFileError, match="no such file"):
        case_files.load_file(tmp_path / "nope.json")
    with pytest.raises(case_files.CaseFileError, match="folder"):
        case_files.load_file(tmp_path)


def test_write_then_read_round_trips_and_leaves_no_temp_file(tmp_path):
    (case,) = case_files.load_file(_write(tmp_path, GOOD)).cases
    target = tmp_path / "out.json"
    case_files.write_file(target, [case, case])
    again = case_files.load_file(target)
    assert again.is_batch
    assert again.cases == (case, case)
    assert sorted(os.listdir(tmp_path)) == ["case.json", "out.json"]


def test_write_to_an_unwritable_folder_leaves_nothing(tmp_path):
    (case,) = case_files.load_file(_write(tmp_path, GOOD)).cases
    with pytest.raises(FileNotFoundError):
        case_files.write_file(tmp_path / "missing-folder" / "out.json", [case])
    assert not (tmp_path / "missing-folder").exists()


def test_the_schema_validates_batches_too():
    jsonschema = pytest.importorskip("jsonschema")
    for version in (1, 2):
        good = {**GOOD, "version": version}
        validator = jsonschema.Draft202012Validator(case_files.schema(version))
        assert validator.is_valid([good, good])
        assert validator.is_valid(good)
        assert not validator.is_valid({**good, "extra": 1})
        assert not validator.is_valid({**good, "version": 3 - version})


NEXT_YEAR = dt.date.today().year + 1


@pytest.mark.parametrize(
    ("facts", "field", "value"),
    [
        ({"date": "1989-12-31"}, "incident.date", "1989-12-31"),
        ({"date": "0001-01-01"}, "incident.date", "0001-01-01"),
        ({"date": f"{NEXT_YEAR + 1}-01-01"}, "incident.date", f"{NEXT_YEAR + 1}-01-01"),
        ({"discovered_at": "0001-01-01T00:00"}, "incident.discovered_at", "0001-01-01T00:00"),
        ({"discovered_at": "9999-12-31T23:59"}, "incident.discovered_at", "9999-12-31T23:59"),
        (
            {"actions": [{"kind": "warned", "at": "1000-06-01T08:00"}]},
            "incident.actions[0].at",
            "1000-06-01T08:00",
        ),
    ],
)
def test_a_year_before_1990_or_after_next_year_is_refused_naming_the_field(
    tmp_path, facts, field, value
):
    error = _error(tmp_path, _with_incident(**facts))
    assert error.field == field
    assert value in error.text("zh")
    assert "1990" in error.text("zh")
    assert str(NEXT_YEAR) in error.text("en")


def test_the_first_day_of_1990_and_the_last_of_next_year_are_accepted(tmp_path):
    facts = {
        "date": "1990-01-01",
        "discovered_at": f"{NEXT_YEAR}-12-31T23:59",
        "actions": [{"kind": "warned", "at": "1990-01-01T00:00"}],
    }
    (case,) = case_files.load_file(_write(tmp_path, _with_incident(**facts))).cases
    assert case.incident.date == FuzzyDate(1990, 1, 1)
    assert case.incident.discovered_at == FuzzyTime.exact(dt.datetime(NEXT_YEAR, 12, 31, 23, 59))


@pytest.mark.parametrize(
    ("facts", "field"),
    [
        ({"date": "2019-05-01\n"}, "incident.date"),
        ({"discovered_at": "2019-05-01T10:00\n"}, "incident.discovered_at"),
        ({"actions": [{"kind": "warned", "at": "2019-05-01T10:00\n"}]}, "incident.actions[0].at"),
    ],
)
def test_a_date_with_a_trailing_newline_is_a_bad_value_named_by_its_field(tmp_path, facts, field):
    error = _error(tmp_path, _with_incident(**facts))
    assert error.field == field
    assert "\\n" in error.text("en")  # the value is shown, its newline visible


def test_the_schema_refuses_a_trailing_newline_under_python_regexes_too():
    jsonschema = pytest.importorskip("jsonschema")
    for version in (1, 2):
        validator = jsonschema.Draft202012Validator(case_files.schema(version))
        for facts in ({"date": "2019-05-01"}, {"discovered_at": "2019-05-01T10:00"}):
            (name, value) = next(iter(facts.items()))
            case = {**_with_incident(**facts), "version": version}
            assert validator.is_valid(case)
            case["incident"][name] = value + "\n"
            assert not validator.is_valid(case)


def test_the_fast_check_refuses_a_trailing_newline_without_the_schemas_not():
    """The fast validator's schema leaves the ``not`` out: its ``$`` is the text's end."""
    fastjsonschema = pytest.importorskip("fastjsonschema")
    for version in (1, 2):
        gate = case_files._gate_schema(version)
        assert '"not":' not in json.dumps(gate)
        for facts in ({"date": "2019-05-01"}, {"discovered_at": "2019-05-01T10:00"}):
            (name, value) = next(iter(facts.items()))
            case = {**_with_incident(**facts), "version": version}
            case_files._fast_validator(version)(case)
            case["incident"][name] = value + "\n"
            with pytest.raises(fastjsonschema.JsonSchemaValueException):
                case_files._fast_validator(version)(case)


def test_when_the_explaining_validator_finds_nothing_the_message_still_names_the_field(
    tmp_path, monkeypatch
):
    class Silent:
        def iter_errors(self, data):
            return iter(())

    monkeypatch.setattr(case_files, "_explaining_validator", lambda version: Silent())
    error = _error(tmp_path, _with_incident(member_count=1))
    assert error.field == "incident.member_count"
    assert "不小于 2 的整数" in error.text("zh")


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ('{"title": "\\ud800", "incident": {}}', "title"),
        ('{"title": "ok", "notes": "a\\udfffb", "incident": {}}', "notes"),
    ],
)
def test_a_lone_surrogate_in_free_text_is_refused_naming_the_field(tmp_path, data, field):
    error = _error(tmp_path, data)
    assert error.field == field
    assert "surrogate" in error.text("en")


def test_date_times_are_written_zero_padded_and_unpadded_ones_from_older_stores_still_read():
    early = FuzzyTime.exact(dt.datetime(1, 1, 1, 0, 0))
    assert str(early) == "0001-01-01T00:00"
    assert str(FuzzyTime.exact(dt.datetime(999, 2, 3, 4, 5))) == "0999-02-03T04:05"
    stored = {
        "incident": {
            "discovered_at": "1-01-01T00:00",
            "actions": [{"kind": "warned", "at": "999-02-03T04:05"}],
        }
    }
    case = domain.case_from_json(stored)
    assert case.incident.discovered_at == early
    assert case.incident.actions == (
        domain.Action(domain.ActionKind.WARNED, FuzzyTime.exact(dt.datetime(999, 2, 3, 4, 5))),
    )
    assert domain.case_to_json(case)["incident"]["discovered_at"] == "0001-01-01T00:00"
    # Files stay strict: only the zero-padded form is a case file's date-time.
    with pytest.raises(ValueError, match="YYYY-MM-DDTHH:MM"):
        FuzzyTime.parse("1-01-01T00:00")


# --- Only regular files, within a size limit ----------------------------------------


def test_a_file_over_the_size_limit_is_refused_unread_naming_the_limit(tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(case_files.DEFAULT_MAX_SIZE + 1)  # sparse: nothing is written to disk
    message = _error(tmp_path, None, path=path)
    assert "200,000,001 bytes" in message.text("en")
    assert "the limit is 200 MB" in message.text("en")
    assert "--max-size" in message.text("en")
    assert "上限为 200 MB" in message.text("zh")


def test_the_size_limit_can_be_raised_or_lowered(tmp_path):
    path = _write(tmp_path, GOOD)
    size = path.stat().st_size
    with pytest.raises(case_files.CaseFileError, match=r"the limit is 0\.0001 MB"):
        case_files.load_file(path, max_size=100)
    (case,) = case_files.load_file(path, max_size=size).cases
    assert case.incident.member_count == 5


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    # Opened for reading, a named pipe waits until someone writes to it: the check
    # runs in a child process so that a regression fails here instead of hanging.
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    code = (
        "import sys\nfrom cases.model import case_files\n"
        "try:\n    case_files.load_file(sys.argv[1])\n"
        "except case_files.CaseFileError as e:\n    print(e.text('en'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(fifo)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=ROOT,
    )
    assert done.stdout.strip() == (
        f"{fifo}: is not a regular file (it is a named pipe (FIFO)); "
        "only a regular file can be read as a case file"
    )


# --- Repeated keys and empty batches ------------------------------------------------


def _text(data) -> str:
    return json.dumps(data, ensure_ascii=False)


def test_a_repeated_key_is_refused_naming_it_and_where_it_is(tmp_path):
    # "role": "creator", "role": "member" was read as a member: NO_DUTY.
    text = _text(_with_incident(role="creator")).replace(
        '"role": "creator"', '"role": "creator", "role": "member"'
    )
    error = _error(tmp_path, text)
    assert error.position is None
    assert error.field == "incident.role"
    assert 'the key "role" appears more than once' in error.text("en")
    assert "字段 “role” 在同一个对象中出现了不止一次" in error.text("zh")


def test_a_repeated_key_in_a_batch_names_the_case_and_the_field_path(tmp_path):
    text = _text([GOOD, GOOD, GOOD]).replace(
        '"kind": "warned"', '"kind": "warned", "kind": "dissolved_group"'
    )
    error = _error(tmp_path, text)
    assert error.position == 0
    assert error.field == "incident.actions[0].kind"
    later = (
        "["
        + _text(GOOD)
        + ", "
        + _text(GOOD).replace('"version": 1', '"version": 1, "version": 1')
        + "]"
    )
    error = _error(tmp_path, later)
    assert (error.position, error.field) == (1, "version")
    assert "case 2 ([1]): version: the key" in error.text("en")


def test_a_repeated_key_is_refused_in_text_parsed_from_memory_too():
    with pytest.raises(case_files.CaseFileError, match="title"):
        case_files.parse_text(_text(GOOD).replace('"title"', '"title": "x", "title"'), "pasted")


@pytest.mark.parametrize("text", ["[]", " [ ]\n", "\ufeff[]"])
def test_an_empty_batch_is_refused(tmp_path, text):
    error = _error(tmp_path, text)
    assert error.text("en").endswith("the file holds no case (an empty list [])")
    assert "文件中没有案件" in error.text("zh")
    with pytest.raises(case_files.CaseFileError, match="holds no case"):
        case_files.parse_text(text.removeprefix("\ufeff"), "pasted")


# --- Reading a batch in passes -------------------------------------------------------


def test_a_batch_is_checked_then_read_again_case_by_case(tmp_path):
    path = _write(tmp_path, [GOOD, _with_incident(member_count=7), GOOD])
    with case_files.open_case_file(path) as source:
        assert source.check() == case_files.Summary(3, is_batch=True)
        read = list(source.cases())
        assert [p for p, _ in read] == [0, 1, 2]
        assert [c.incident.member_count for _, c in read] == [5, 7, 5]
        texts = list(source.texts())
        assert [json.loads(t) for _, t in texts] == [GOOD, _with_incident(member_count=7), GOOD]
        assert case_files.parse_case(texts[1][1], str(path), 1) == read[1][1]


@pytest.mark.parametrize(
    ("text", "field", "problem"),
    [
        ('{"format": "group-owner-case", "format": "x"}', "format", "appears more than once"),
        ('{"incident": {"role": "member", "role": null}}', "incident.role", "more than once"),
        ('{"format": "group-owner-case",}', None, "not valid JSON (line 1, column 31"),
        ('{"format": "group-owner-case"} []', None, "Extra data"),
        ('{"format": "group-owner-case"', None, "not valid JSON"),
        ("[" * 100_000, None, "nested too deeply"),
        ('{"version": ' + "9" * 5000 + "}", None, "too many digits"),
    ],
)
def test_one_cases_text_that_is_not_plain_json_is_refused_as_in_a_whole_file(text, field, problem):
    with pytest.raises(case_files.CaseFileError) as raised:
        case_files.parse_case(text, "batch.json", 3)
    assert (raised.value.position, raised.value.field) == (3, field)
    assert problem in raised.value.text("en")


def test_a_single_case_file_is_not_a_batch(tmp_path):
    with case_files.open_case_file(_write(tmp_path, GOOD)) as source:
        assert source.check() == case_files.Summary(1, is_batch=False)
        ((position, _),) = source.cases()
        assert position is None


def test_a_file_changed_between_the_passes_is_refused(tmp_path):
    path = _write(tmp_path, [GOOD, GOOD])
    with case_files.open_case_file(path) as source:
        source.check()
        path.write_text(_text([GOOD, _with_incident(member_count=1)]), encoding="utf-8")
        with pytest.raises(case_files.CaseFileError, match="changed while it was being read"):
            list(source.cases())


def test_errors_in_a_large_batch_name_the_line_and_the_case(tmp_path):
    cases = [GOOD] * 3000  # several chunks of reading
    text = json.dumps(cases, indent=1)
    broken = text[: text.rindex("}")] + "}}" + text[text.rindex("}") + 1 :]
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(broken)
    error = _error(tmp_path, broken)
    assert expected.value.lineno > 40_000
    assert (
        f"line {expected.value.lineno}, column {expected.value.colno}: {expected.value.msg}"
        in error.text("en")
    )
    assert error.position == 2999
    late = _error(tmp_path, json.dumps([*cases, {**GOOD, "version": 0}]))
    assert late.position == 3000
    assert late.field == "version"
