"""Case files (format version 1): read, validate against the shipped JSON Schema, write.

Validation uses ``resources/schema/case-v1.schema.json`` so other tools can check
case files too. A compiled validator (fastjsonschema) keeps large batches fast; when
it rejects a case, jsonschema explains why, so the message names the file, the
case's position in a batch, the field and what was expected.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import fastjsonschema

from cases import model, output_guard, private_files, resources

SCHEMA_FILE = "schema/case-v1.schema.json"

_EXPECTED: dict[str, tuple[str, str]] = {
    "format": ('字符串 "group-owner-case"', 'the string "group-owner-case"'),
    "version": ("1", "1"),
    "title": ("文字或 null", "text or null"),
    "notes": ("文字或 null", "text or null"),
    "incident": ("一个对象（事件事实）", "an object (the incident's facts)"),
    "date": ("YYYY-MM-DD 格式的日期，或 null（不详）", "a date YYYY-MM-DD, or null (unknown)"),
    "platform": (
        "wechat、qq、weibo、tieba、momo、alipay、other 之一，或 null",
        "one of wechat, qq, weibo, tieba, momo, alipay, other, or null",
    ),
    "chat_kind": ("group 或 one_to_one，或 null", "group or one_to_one, or null"),
    "member_count": ("不小于 2 的整数，或 null（不详）", "a whole number ≥ 2, or null (unknown)"),
    "group_purpose": (
        "ordinary、obscene、gambling、illegal_activity 之一，或 null",
        "one of ordinary, obscene, gambling, illegal_activity, or null",
    ),
    "role": ("creator、manager、member 之一，或 null", "one of creator, manager, member, or null"),
    "poster": ("self 或 other，或 null", "self or other, or null"),
    "content": (
        "由 against_constitution、national_security、national_honor、ethnic_hatred、religion_cult、"
        "rumor、obscene_violence、insult_defamation、other_prohibited 组成、不重复的列表"
        "（[] 表示没有违法信息），或 null",
        "a list without repeats of against_constitution, national_security, national_honor, "
        "ethnic_hatred, religion_cult, rumor, obscene_violence, insult_defamation, "
        "other_prohibited ([] = nothing prohibited), or null",
    ),
    "discovered_at": (
        "YYYY-MM-DDTHH:MM 格式的日期时间，或 null（不详）",
        "a date-time YYYY-MM-DDTHH:MM, or null (unknown)",
    ),
    "actions": (
        '措施列表，每项为 {"kind": …, "at": …}，或 null（不详）',
        'a list of measures, each {"kind": …, "at": …}, or null (unknown)',
    ),
    "kind": (
        "warned、deleted_message、removed_poster、reported_platform、reported_authority、"
        "dissolved_group 之一",
        "one of warned, deleted_message, removed_poster, reported_platform, "
        "reported_authority, dissolved_group",
    ),
    "at": (
        "YYYY-MM-DDTHH:MM 格式的日期时间，或 null（不详）",
        "a date-time YYYY-MM-DDTHH:MM, or null (unknown)",
    ),
}
_BOOL = ("true、false 或 null（不详）", "true, false or null (unknown)")
for _name in (
    "family_only",
    "participated",
    "rumor_emergency",
    "persistent",
    "knew",
    "rules_before_incident",
    "recurred_after_warning",
    "timely",
):
    _EXPECTED[_name] = _BOOL


def printable(text: str) -> str:
    r"""Text that can be printed as UTF-8, e.g. a file name given on the command line.

    A file name's bytes that are not UTF-8 (kept by Python as lone surrogates) are
    shown as backslash escapes (``\xff``), and so are other lone surrogates (``\ud800``
    written in JSON).
    """
    try:
        return os.fsencode(text).decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


@dataclass(frozen=True)
class CaseFileError(Exception):
    """A case file that cannot be read as format version 1.

    Attributes:
        file: the file's path as given.
        position: 0-based index of the case in a batch, or None for a single case.
        field: the dotted path of the offending field inside the case, or None.
        problem_zh: what is wrong, in Chinese.
        problem_en: what is wrong, in English.
    """

    file: str
    position: int | None
    field: str | None
    problem_zh: str
    problem_en: str

    def text(self, lang: str = "zh") -> str:
        """The user-facing message naming file, position, field and what was expected."""
        parts = [self.file]
        if self.position is not None:
            parts.append(
                f"第 {self.position + 1} 个案件（[{self.position}]）"
                if lang == "zh"
                else f"case {self.position + 1} ([{self.position}])"
            )
        if self.field:
            parts.append(self.field)
        parts.append(self.problem_zh if lang == "zh" else self.problem_en)
        # The file's name and the values quoted may hold what UTF-8 cannot print.
        return printable(": ".join(parts))

    def __str__(self) -> str:
        """The English message (for logs and exceptions)."""
        return self.text("en")


@functools.cache
def schema() -> dict[str, Any]:
    """The shipped JSON Schema of case format version 1."""
    loaded: dict[str, Any] = json.loads(resources.read_text(SCHEMA_FILE))
    return loaded


def _case_schema() -> dict[str, Any]:
    whole = schema()
    return {"$schema": whole["$schema"], "$ref": "#/$defs/case", "$defs": whole["$defs"]}


@functools.cache
def _fast_validator() -> Callable[[Any], Any]:
    validate: Callable[[Any], Any] = fastjsonschema.compile(_case_schema())
    return validate


@functools.cache
def _explaining_validator() -> Any:
    # Imported here: jsonschema is only needed to explain a rejected case, and it
    # costs a noticeable part of the window's start-up time.
    import jsonschema

    return jsonschema.Draft202012Validator(_case_schema())


def _field_path(path: Iterable[Any]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _describe(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


def _fast_error(
    file: str, position: int | None, error: fastjsonschema.JsonSchemaValueException
) -> CaseFileError:
    """The compiled validator's own account, for a case the explaining one accepts."""
    field = (error.name or "data").removeprefix("data").lstrip(".") or None
    name = next((p for p in reversed(error.path or []) if not p.isdigit()), "")
    zh, en = _EXPECTED.get(name, ("符合格式的值", "a value of the documented form"))
    return CaseFileError(
        file,
        position,
        field,
        f"应为 {zh}，实际为 {_describe(error.value)}",
        f"expected {en}, got {_describe(error.value)}",
    )


def _schema_error(
    file: str, position: int | None, data: Any, fast: fastjsonschema.JsonSchemaValueException
) -> CaseFileError:
    errors = list(_explaining_validator().iter_errors(data))
    if not errors:
        # The two validators disagree (their regular expressions differ, say):
        # still a bad case, named by the field the compiled one stopped at.
        return _fast_error(file, position, fast)
    error = max(errors, key=lambda e: len(e.absolute_path))
    if error.validator == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        where = _field_path(error.absolute_path)
        name = extra[0]
        return CaseFileError(
            file,
            position,
            f"{where}.{name}" if where else name,
            f"未知的字段 “{name}”（拼写错误？本格式不允许未知字段）",
            f'unknown key "{name}" (a typo? unknown keys are not allowed)',
        )
    if error.validator == "required":
        missing = error.message.split("'")[1]
        where = _field_path(error.absolute_path)
        zh, en = _EXPECTED.get(missing, ("必填", "required"))
        return CaseFileError(
            file,
            position,
            f"{where}.{missing}" if where else missing,
            f"缺少此字段；应为 {zh}",
            f"this key is missing; expected {en}",
        )
    path = list(error.absolute_path)
    name = next((p for p in reversed(path) if isinstance(p, str)), "")
    if error.validator == "uniqueItems":
        zh, en = "列表中有重复项", "the list repeats an item"
    else:
        zh, en = _EXPECTED.get(name, ("符合格式的值", "a value of the documented form"))
        zh, en = (
            f"应为 {zh}，实际为 {_describe(error.instance)}",
            f"expected {en}, got {_describe(error.instance)}",
        )
    if not path:
        zh, en = (
            f"应为一个案件对象，实际为 {_describe(data)}",
            f"expected a case object, got {_describe(data)}",
        )
    return CaseFileError(file, position, _field_path(path) or None, zh, en)


def _check_calendar(file: str, position: int | None, data: dict[str, Any]) -> None:
    """Reject dates that do not exist or lie outside the format's years.

    Dates that match the pattern but do not exist: 2019-02-30, 25:00; outside the
    years: before 1990, after next year.
    """
    incident = data.get("incident") or {}
    checks: list[tuple[str, Any, Callable[[str], dt.date]]] = [
        ("incident.date", incident.get("date"), dt.date.fromisoformat),
        ("incident.discovered_at", incident.get("discovered_at"), model.parse_datetime),
    ]
    for i, action in enumerate(incident.get("actions") or []):
        checks.append((f"incident.actions[{i}].at", action.get("at"), model.parse_datetime))
    first, last = model.EARLIEST_YEAR, model.latest_year()
    for where, value, parse in checks:
        if value is None:
            continue
        try:
            year = parse(value).year
        except ValueError:
            raise CaseFileError(
                file,
                position,
                where,
                f"“{value}” 不是一个真实存在的日期或时间",
                f'"{value}" is not a real date or time',
            ) from None
        if not first <= year <= last:
            raise CaseFileError(
                file,
                position,
                where,
                f"“{value}” 不在本格式接受的 {first} 年至 {last} 年之间，请核对",
                f'"{value}" is outside the years the format accepts, {first} to {last} — check it',
            )


def _check_text(file: str, position: int | None, data: dict[str, Any]) -> None:
    r"""Reject free text holding a lone surrogate (JSON allows ``\ud800``; no text has one)."""
    for name in ("title", "notes"):
        value = data.get(name)
        if value is None:
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            code = f"\\u{ord(value[error.start]):04x}"
            raise CaseFileError(
                file,
                position,
                name,
                f"含有无效的字符（孤立的 Unicode 代理项 {code}），不是正常的文字",
                f"contains an invalid character (a lone Unicode surrogate, {code})",
            ) from None


def validate_case(data: Any, file: str, position: int | None = None) -> model.Case:
    """Validate one case object and build the Case.

    Raises:
        CaseFileError: naming the file, position, field and what was expected.
    """
    if isinstance(data, dict):
        version = data.get("version")
        if isinstance(version, int) and not isinstance(version, bool) and version > 1:
            raise CaseFileError(
                file,
                position,
                "version",
                f"此文件是较新版本的格式（version {version}）写的，本版本只能读 version 1；请升级应用",
                f"written in a newer format (version {version}); this app reads version 1 — "
                "please update the app",
            )
    try:
        _fast_validator()(data)
    except fastjsonschema.JsonSchemaValueException as error:
        raise _schema_error(file, position, data, error) from None
    _check_calendar(file, position, data)
    _check_text(file, position, data)
    return model.case_from_json(data)


@dataclass(frozen=True)
class CaseFile:
    """The cases read from one file, and whether it was a batch (a JSON list)."""

    cases: tuple[model.Case, ...]
    is_batch: bool


def parse_text(text: str, file: str) -> CaseFile:
    """Parse and validate the JSON text of a case file."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise CaseFileError(
            file,
            None,
            None,
            f"不是有效的 JSON（第 {error.lineno} 行第 {error.colno} 列：{error.msg}）",
            f"not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})",
        ) from None
    except ValueError:
        # Python refuses to read an integer of more than 4,300 digits.
        raise CaseFileError(
            file, None, None, "含有位数过多的数字", "contains a number with too many digits"
        ) from None
    except RecursionError:
        raise CaseFileError(
            file, None, None, "嵌套层数过多，不是案件文件", "is nested too deeply to be a case file"
        ) from None
    if isinstance(data, list):
        return CaseFile(tuple(validate_case(d, file, i) for i, d in enumerate(data)), True)
    return CaseFile((validate_case(data, file),), False)


def load_file(path: str | os.PathLike[str]) -> CaseFile:
    """Read and validate a case file (one case or a batch).

    Raises:
        CaseFileError: for an unreadable file, bad JSON or an invalid case.
    """
    name = os.fspath(path)
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise CaseFileError(name, None, None, "文件不存在", "no such file") from None
    except IsADirectoryError:
        raise CaseFileError(
            name, None, None, "这是一个文件夹，不是文件", "is a folder, not a file"
        ) from None
    except OSError as error:
        raise CaseFileError(
            name, None, None, f"无法读取（{error.strerror}）", f"cannot be read ({error.strerror})"
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CaseFileError(
            name, None, None, "不是 UTF-8 编码的文本", "is not UTF-8 text"
        ) from None
    return parse_text(text, name)


def dumps(cases: Sequence[model.Case], batch: bool | None = None) -> str:
    """Serialise cases as a case file's text (a list when ``batch`` or more than one)."""
    as_batch = len(cases) != 1 if batch is None else batch
    data: Any = [model.case_to_json(c) for c in cases] if as_batch else model.case_to_json(cases[0])
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_file(
    path: str | os.PathLike[str], cases: Sequence[model.Case], batch: bool | None = None
) -> None:
    """Write cases atomically: a temporary file in the same folder, then a rename.

    Raises:
        RefusedOutputError: ``path`` is a database, a folder or not a regular file
            (``cases.output_guard``); nothing is written.
        OSError: when the folder is not writable or the disk is full; no partial file remains.
    """
    output_guard.check_output(path)
    target = Path(path)
    text = dumps(cases, batch)
    fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=target.parent or Path("."))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            private_files.make_private_fd(handle.fileno())  # owner-only, whatever the umask
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
