"""Case files (format versions 1 and 2): read, validate against the shipped JSON Schemas, write.

A file of version 2 (or with no version) is validated with
``resources/schema/case-v2.schema.json``, one of version 1 with
``resources/schema/case-v1.schema.json`` (exact dates and times only, none of v2's
facts or values), so other tools can check case files too; both are read as
version 2 (``domain.case_from_json``) and the app writes version 2. A compiled validator (fastjsonschema) keeps large batches fast; when
it rejects a case, jsonschema explains why, so the message names the file, the
case's position in a batch, the field and what was expected.
"""

from __future__ import annotations

import codecs
import copy
import dataclasses
import datetime as dt
import functools
import json
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import fastjsonschema

from cases.files import output_guard, private_files, resources
from cases.model import date_checks, domain, jsonstream
from cases.model.fuzzy import FuzzyDate, FuzzyTime

SCHEMA_FILES: dict[int, str] = {
    1: "schema/case-v1.schema.json",
    2: "schema/case-v2.schema.json",
}
"""The shipped JSON Schema of each format version the app reads."""
SCHEMA_FILE = SCHEMA_FILES[domain.FORMAT_VERSION]

_EXPECTED: dict[str, tuple[str, str]] = {
    "format": ('字符串 "group-owner-case"', 'the string "group-owner-case"'),
    "version": ("1 或 2", "1 or 2"),
    "title": ("文字或 null", "text or null"),
    "notes": ("文字或 null", "text or null"),
    "incident": ("一个对象（事件事实）", "an object (the incident's facts)"),
    "date": (
        "YYYY、YYYY-MM 或 YYYY-MM-DD 格式的日期，或 null（不详）",
        "a date YYYY, YYYY-MM or YYYY-MM-DD, or null (unknown)",
    ),
    "platform": (
        "wechat、wecom、qq、weibo、tieba、momo、alipay、dingtalk、other 之一，或 null",
        "one of wechat, wecom, qq, weibo, tieba, momo, alipay, dingtalk, other, or null",
    ),
    "chat_kind": ("group 或 one_to_one，或 null", "group or one_to_one, or null"),
    "member_count": ("不小于 2 的整数，或 null（不详）", "a whole number ≥ 2, or null (unknown)"),
    "group_purpose": (
        "ordinary、work、obscene、gambling、illegal_activity 之一，或 null",
        "one of ordinary, work, obscene, gambling, illegal_activity, or null",
    ),
    "role": ("creator、manager、member 之一，或 null", "one of creator, manager, member, or null"),
    "poster": ("self 或 other，或 null", "self or other, or null"),
    "content": (
        "由 against_constitution、national_security、national_honor、ethnic_hatred、religion_cult、"
        "rumor、obscene_violence、insult_defamation、other_prohibited、privacy、fraud 组成、不重复的列表"
        "（[] 表示没有违法信息），或 null",
        "a list without repeats of against_constitution, national_security, national_honor, "
        "ethnic_hatred, religion_cult, rumor, obscene_violence, insult_defamation, "
        "other_prohibited, privacy, fraud ([] = nothing prohibited), or null",
    ),
    "forwards": ("不小于 0 的整数，或 null（不详）", "a whole number ≥ 0, or null (unknown)"),
    "discovered_at": (
        "YYYY-MM-DD 格式的日期或 YYYY-MM-DDTHH:MM 格式的日期时间，或 null（不详）",
        "a day YYYY-MM-DD or a date-time YYYY-MM-DDTHH:MM, or null (unknown)",
    ),
    "actions": (
        '措施列表，每项为 {"kind": …, "at": …, "by": …}，或 null（不详）',
        'a list of measures, each {"kind": …, "at": …, "by": …}, or null (unknown)',
    ),
    "kind": (
        "warned、deleted_message、reminded_group、removed_poster、reported_platform、"
        "reported_authority、dissolved_group 之一",
        "one of warned, deleted_message, reminded_group, removed_poster, reported_platform, "
        "reported_authority, dissolved_group",
    ),
    "by": ("self 或 other_manager（不写即 self）", "self or other_manager (absent = self)"),
}
_EXPECTED["last_seen"] = _EXPECTED["police_aware"] = _EXPECTED["date"]
_EXPECTED["at"] = _EXPECTED["discovered_at"]
_EXPECTED["views"] = _EXPECTED["forwards"]
_BOOL = ("true、false 或 null（不详）", "true, false or null (unknown)")
for _name in (
    "family_only",
    "participated",
    "rumor_emergency",
    "persistent",
    "noticeable",
    "minor_involved",
    "knew",
    "rules_before_incident",
    "recurred_after_warning",
    "timely",
):
    _EXPECTED[_name] = _BOOL

_V1 = "（第 1 版格式）"
_EXPECTED_V1: dict[str, tuple[str, str]] = {
    "date": (
        f"YYYY-MM-DD 格式的日期{_V1}，或 null（不详）",
        "a date YYYY-MM-DD (format version 1), or null (unknown)",
    ),
    "platform": (
        f"wechat、qq、weibo、tieba、momo、alipay、other 之一{_V1}，或 null",
        "one of wechat, qq, weibo, tieba, momo, alipay, other (format version 1), or null",
    ),
    "group_purpose": (
        f"ordinary、obscene、gambling、illegal_activity 之一{_V1}，或 null",
        "one of ordinary, obscene, gambling, illegal_activity (format version 1), or null",
    ),
    "content": (
        "由 against_constitution、national_security、national_honor、ethnic_hatred、religion_cult、"
        f"rumor、obscene_violence、insult_defamation、other_prohibited 组成、不重复的列表{_V1}"
        "（[] 表示没有违法信息），或 null",
        "a list without repeats of against_constitution, national_security, national_honor, "
        "ethnic_hatred, religion_cult, rumor, obscene_violence, insult_defamation, "
        "other_prohibited (format version 1; [] = nothing prohibited), or null",
    ),
    "discovered_at": (
        f"YYYY-MM-DDTHH:MM 格式的日期时间{_V1}，或 null（不详）",
        "a date-time YYYY-MM-DDTHH:MM (format version 1), or null (unknown)",
    ),
    "actions": (
        f'措施列表，每项为 {{"kind": …, "at": …}}{_V1}，或 null（不详）',
        'a list of measures, each {"kind": …, "at": …} (format version 1), or null (unknown)',
    ),
    "kind": (
        "warned、deleted_message、removed_poster、reported_platform、reported_authority、"
        f"dissolved_group 之一{_V1}",
        "one of warned, deleted_message, removed_poster, reported_platform, "
        "reported_authority, dissolved_group (format version 1)",
    ),
}
_EXPECTED_V1["at"] = _EXPECTED_V1["discovered_at"]


def _expected(name: str, version: int) -> tuple[str, str] | None:
    """What a field should hold, in Chinese and English, in a file of that version."""
    if version == 1 and name in _EXPECTED_V1:
        return _EXPECTED_V1[name]
    return _EXPECTED.get(name)


def _file_version(data: Any) -> int:
    """The version whose rules a case object is checked by: 1, or 2 (also when absent or odd)."""
    if isinstance(data, dict):
        version = data.get("version")
        if type(version) is int and version == 1:
            return 1
    return 2


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
    """A case file that cannot be read (as format version 1 or 2).

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

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle by the fields (a worker process hands the error back to the command)."""
        return (type(self), tuple(getattr(self, f.name) for f in dataclasses.fields(self)))


@functools.cache
def schema(version: int = domain.FORMAT_VERSION) -> dict[str, Any]:
    """The shipped JSON Schema of a case format version (the one the app writes by default)."""
    loaded: dict[str, Any] = json.loads(resources.read_text(SCHEMA_FILES[version]))
    return loaded


def _case_schema(version: int) -> dict[str, Any]:
    whole = schema(version)
    return {"$schema": whole["$schema"], "$ref": "#/$defs/case", "$defs": whole["$defs"]}


_NO_NEWLINE = {"type": "string", "pattern": "\n"}
"""The schema's ``not`` that keeps Python's ``$`` from accepting a final newline."""


def _gate_schema(version: int) -> dict[str, Any]:
    r"""The case schema as the fast validator needs it: without the ``not`` of ``_NO_NEWLINE``.

    fastjsonschema reads a pattern's ``$`` as the end of the text (``\Z``), so a
    final newline already fails the pattern; the ``not`` only cost an exception
    raised and caught for every valid date and time (a sixth of the validation).
    """
    gate = copy.deepcopy(_case_schema(version))
    for definition in gate["$defs"].values():
        if isinstance(definition, dict) and definition.get("not") == _NO_NEWLINE:
            del definition["not"]
    return gate


@functools.cache
def _fast_validator(version: int) -> Callable[[Any], Any]:
    validate: Callable[[Any], Any] = fastjsonschema.compile(_gate_schema(version))
    return validate


@functools.cache
def _explaining_validator(version: int) -> Any:
    # Imported here: jsonschema is only needed to explain a rejected case, and it
    # costs a noticeable part of the window's start-up time.
    import jsonschema

    return jsonschema.Draft202012Validator(_case_schema(version))


def _field_path(path: Iterable[Any]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _describe(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


def _fast_error(
    file: str, position: int | None, error: fastjsonschema.JsonSchemaValueException, version: int
) -> CaseFileError:
    """The compiled validator's own account, for a case the explaining one accepts."""
    field = (error.name or "data").removeprefix("data").lstrip(".") or None
    name = next((p for p in reversed(error.path or []) if not p.isdigit()), "")
    zh, en = _expected(name, version) or ("符合格式的值", "a value of the documented form")
    return CaseFileError(
        file,
        position,
        field,
        f"应为 {zh}，实际为 {_describe(error.value)}",
        f"expected {en}, got {_describe(error.value)}",
    )


def _schema_error(
    file: str,
    position: int | None,
    data: Any,
    fast: fastjsonschema.JsonSchemaValueException,
    version: int,
) -> CaseFileError:
    errors = list(_explaining_validator(version).iter_errors(data))
    if not errors:
        # The two validators disagree (their regular expressions differ, say):
        # still a bad case, named by the field the compiled one stopped at.
        return _fast_error(file, position, fast, version)
    error = max(errors, key=lambda e: len(e.absolute_path))
    if error.validator == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        where = _field_path(error.absolute_path)
        name = extra[0]
        if version == 1 and _known_in_v2(where, name):
            return CaseFileError(
                file,
                position,
                f"{where}.{name}" if where else name,
                f"“{name}” 是第 2 版格式的字段，第 1 版（version 1）的文件中不能有；"
                '若要填写它，请把文件的 "version" 改为 2',
                f'"{name}" belongs to format version 2 and cannot appear in a version-1 file; '
                'to fill it in, set the file\'s "version" to 2',
            )
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
        zh, en = _expected(missing, version) or ("必填", "required")
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
        zh, en = _expected(name, version) or ("符合格式的值", "a value of the documented form")
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


def _known_in_v2(where: str, name: str) -> bool:
    """Is ``name`` (found at ``where`` in a version-1 case) a key of format version 2?"""
    if where == "incident":
        return name in domain.V2_FIELDS
    return where.startswith("incident.actions[") and name == "by"


def _check_dates_exist(file: str, position: int | None, data: dict[str, Any]) -> None:
    """Refuse the first date or time (in the format's order) that matches its pattern but does not exist."""
    incident = data.get("incident") or {}
    checks: list[tuple[str, Any, Callable[[str], object]]] = [
        (f"incident.{name}", incident.get(name), FuzzyDate.parse) for name in domain.DATE_FIELDS
    ]
    checks.append(("incident.discovered_at", incident.get("discovered_at"), FuzzyTime.parse))
    for i, action in enumerate(incident.get("actions") or []):
        checks.append((f"incident.actions[{i}].at", action.get("at"), FuzzyTime.parse))
    for where, value, parse in checks:
        if value is None:
            continue
        try:
            parse(value)
        except ValueError:
            raise CaseFileError(
                file,
                position,
                where,
                f"“{value}” 不是一个真实存在的日期或时间",
                f'"{value}" is not a real date or time',
            ) from None


def _check_calendar(file: str, position: int | None, data: dict[str, Any]) -> domain.Case:
    """Build the case, refusing dates that do not exist or that the format refuses.

    Dates that match the pattern but do not exist: 2019-02-30, 25:00; then the
    checks of ``date_checks.refusals``: years before 1990 or after next year, and
    ``last_seen`` wholly before ``date``.
    """
    try:
        case = domain.case_from_json(data)
    except ValueError:
        # Only now is each date read alone, to name the first that does not exist
        # (a valid case's dates are read once, by the case itself).
        _check_dates_exist(file, position, data)
        raise
    today = dt.date.today()  # once: asking the clock is a noticeable part of a check
    first, last = domain.EARLIEST_YEAR, domain.latest_year(today)
    for issue in date_checks.refusals(case.incident, today):
        if issue.kind is date_checks.IssueKind.LAST_SEEN_BEFORE_DATE:
            zh, en = (
                f"“{issue.value}” 完全早于信息发布的日期 “{case.incident.date}”；"
                "应为发布当天或之后的日期",
                f'"{issue.value}" is wholly before the date the content was posted, '
                f'"{case.incident.date}"; expected a date on or after it',
            )
        else:
            zh, en = (
                f"“{issue.value}” 不在本格式接受的 {first} 年至 {last} 年之间，请核对",
                f'"{issue.value}" is outside the years the format accepts, {first} to {last} '
                "— check it",
            )
        raise CaseFileError(file, position, f"incident.{issue.field}", zh, en)
    return case


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


def validate_case(data: Any, file: str, position: int | None = None) -> domain.Case:
    """Validate one case object and build the Case.

    Raises:
        CaseFileError: naming the file, position, field and what was expected.
    """
    newest = domain.FORMAT_VERSION
    if isinstance(data, dict):
        version = data.get("version")
        if isinstance(version, int) and not isinstance(version, bool) and version > newest:
            raise CaseFileError(
                file,
                position,
                "version",
                f"此文件是较新版本的格式（version {version}）写的，本版本只能读 version 1 和 "
                f"{newest}；请升级应用",
                f"written in a newer format (version {version}); this app reads versions 1 "
                f"and {newest} — please update the app",
            )
    version = _file_version(data)
    try:
        _fast_validator(version)(data)
    except fastjsonschema.JsonSchemaValueException as error:
        raise _schema_error(file, position, data, error, version) from None
    case = _check_calendar(file, position, data)
    _check_text(file, position, data)
    return case


@dataclass(frozen=True)
class CaseFile:
    """The cases read from one file, and whether it was a batch (a JSON list)."""

    cases: tuple[domain.Case, ...]
    is_batch: bool


DEFAULT_MAX_SIZE = 200_000_000
"""The largest case file read unless the user raises the limit (``--max-size``): 200 MB.

100,000 cases take some 75 MB; the limit is there so that a wrong path (a disk
image, a video) is refused at once instead of being read until memory runs out.
"""

_CHUNK = 1 << 20
"""Bytes read at a time: memory holds one chunk and one case, whatever the file's size."""


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:g}"


def _json_error(file: str, error: Exception) -> CaseFileError:
    """A CaseFileError for a problem the JSON reader found."""
    if isinstance(error, jsonstream.DuplicateKeyError):
        key = str(error.path[-1]) if error.path else ""
        return CaseFileError(
            file,
            error.index,
            _field_path(error.path) or None,
            f"字段 “{key}” 在同一个对象中出现了不止一次（每个字段只能写一次，"
            "否则无法知道哪一个才算数）",
            f'the key "{key}" appears more than once in the same object (each key may be '
            "written once; otherwise which one counts is a guess)",
        )
    if isinstance(error, jsonstream.UnreadableValueError):
        if error.too_deep:
            return CaseFileError(
                file,
                error.index,
                None,
                "嵌套层数过多，不是案件文件",
                "is nested too deeply to be a case file",
            )
        # Python refuses to read an integer of more than 4,300 digits.
        return CaseFileError(
            file, error.index, None, "含有位数过多的数字", "contains a number with too many digits"
        )
    assert isinstance(error, jsonstream.JsonSyntaxError)
    return CaseFileError(
        file,
        error.index,
        None,
        f"不是有效的 JSON（第 {error.line} 行第 {error.column} 列：{error.message}）",
        f"not valid JSON (line {error.line}, column {error.column}: {error.message})",
    )


def _no_case(file: str) -> CaseFileError:
    return CaseFileError(
        file, None, None, "文件中没有案件（空列表 []）", "the file holds no case (an empty list [])"
    )


_JSON_ERRORS = (
    jsonstream.JsonSyntaxError,
    jsonstream.DuplicateKeyError,
    jsonstream.UnreadableValueError,
)


def _read_cases(
    file: str, elements: Iterator[jsonstream.Element]
) -> Iterator[tuple[int | None, domain.Case]]:
    """Validate each element as it is read: (position in a batch or None, case)."""
    try:
        for element in elements:
            yield element.index, validate_case(element.value, file, element.index)
    except _JSON_ERRORS as error:
        raise _json_error(file, error) from None


def _case_file(file: str, elements: Iterator[jsonstream.Element]) -> CaseFile:
    read = list(_read_cases(file, elements))
    if not read:
        raise _no_case(file)
    return CaseFile(tuple(case for _, case in read), read[0][0] is not None)


def parse_text(text: str, file: str) -> CaseFile:
    """Parse and validate the JSON text of a case file.

    Raises:
        CaseFileError: bad JSON (a repeated key included), an invalid case, or no case.
    """
    return _case_file(file, jsonstream.elements([text]))


def parse_case(text: str, file: str, position: int | None) -> domain.Case:
    """Parse and validate one case's JSON text (an element of a batch read by CaseSource).

    Raises:
        CaseFileError: naming the file, the position, the field and what was expected.
    """
    try:
        value = _decode_plainly(text)
    except (ValueError, RecursionError):
        # Not plain JSON: jsonstream finds what is wrong, and where, as for a whole file.
        try:
            value = jsonstream.loads(text, position)
        except _JSON_ERRORS as error:
            raise _json_error(file, error) from None
    return validate_case(value, file, position)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("a repeated key")
    return result


_decode_plainly = json.JSONDecoder(object_pairs_hook=_unique_keys).decode
"""A case's text straight through the C decoder: what ``jsonstream.loads`` gives for
valid JSON without repeated keys (a batch's elements, read once already), faster."""


def load_file(path: str | os.PathLike[str], max_size: int = DEFAULT_MAX_SIZE) -> CaseFile:
    """Read and validate a case file (one case or a batch), every case in memory.

    Raises:
        CaseFileError: for a missing or unreadable file, anything but a regular file,
            a file over ``max_size`` bytes, bad JSON, an invalid case or no case.
    """
    with open_case_file(path, max_size) as source:
        return _case_file(source.file, source.elements())


@dataclass(frozen=True)
class Summary:
    """What a first pass over a case file found.

    Attributes:
        count: how many cases the file holds.
        is_batch: whether it is a list of cases.
        cases: the cases, when the pass was asked to keep up to ``count`` of them.
    """

    count: int
    is_batch: bool
    cases: tuple[domain.Case, ...] | None = None


_KINDS: tuple[tuple[Callable[[int], bool], str, str], ...] = (
    (stat.S_ISCHR, "字符设备", "a character device"),
    (stat.S_ISBLK, "块设备", "a block device"),
    (stat.S_ISFIFO, "命名管道（FIFO）", "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "套接字", "a socket"),
)


def _check_kind(name: str, info: os.stat_result, max_size: int) -> None:
    mode = info.st_mode
    if stat.S_ISDIR(mode):
        raise CaseFileError(name, None, None, "这是一个文件夹，不是文件", "is a folder, not a file")
    if not stat.S_ISREG(mode):
        zh, en = next(
            ((zh, en) for test, zh, en in _KINDS if test(mode)), ("特殊文件", "a special file")
        )
        raise CaseFileError(
            name,
            None,
            None,
            f"不是普通文件（而是{zh}），不能作为案件文件读取",
            f"is not a regular file (it is {en}); only a regular file can be read as a case file",
        )
    if info.st_size > max_size:
        raise _too_large(name, info.st_size, max_size)


def _too_large(name: str, size: int, max_size: int) -> CaseFileError:
    return CaseFileError(
        name,
        None,
        None,
        f"文件太大（{size:,} 字节，上限为 {_megabytes(max_size)} MB）；"
        "若确实是案件文件，命令行可用 --max-size 调高上限",
        f"is too large ({size:,} bytes; the limit is {_megabytes(max_size)} MB); "
        "if it really is a case file, --max-size on the command line raises the limit",
    )


def file_changed(name: str) -> CaseFileError:
    """The error for a file that changed between two passes over it."""
    return CaseFileError(
        name,
        None,
        None,
        "文件在读取过程中被改动了；请在它不再变化后重试",
        "changed while it was being read; try again once it no longer changes",
    )


def _unreadable(name: str, error: OSError) -> CaseFileError:
    if isinstance(error, FileNotFoundError):
        return CaseFileError(name, None, None, "文件不存在", "no such file")
    return CaseFileError(
        name, None, None, f"无法读取（{error.strerror}）", f"cannot be read ({error.strerror})"
    )


def open_case_file(path: str | os.PathLike[str], max_size: int = DEFAULT_MAX_SIZE) -> CaseSource:
    """Open a case file for reading in passes, refusing anything but a regular file.

    A folder, a device (``/dev/zero`` would be read until memory runs out) or a
    named pipe (which would block until someone writes to it) is refused from its
    ``stat`` before it is opened; the file is opened non-blocking and checked again,
    in case the path was replaced in between. A file over ``max_size`` bytes is
    refused too, naming the limit.

    Raises:
        CaseFileError: naming the file and what is wrong with it.
    """
    name = os.fspath(path)
    try:
        _check_kind(name, os.stat(path), max_size)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise _unreadable(name, error) from None
    try:
        info = os.fstat(fd)
        _check_kind(name, info, max_size)
    except BaseException:
        os.close(fd)
        raise
    return CaseSource(name, os.fdopen(fd, "rb"), info, max_size)


class CaseSource:
    """An open case file whose cases are read one at a time, as often as needed.

    ``check()`` is the first pass: every case is read and validated, none kept, so
    a batch of any size is checked in the memory of one case. ``cases()`` and
    ``elements()`` read the file again from the start. Use as a context manager.

    Attributes:
        file: the file's path as given.
        size: its size in bytes when it was opened.
    """

    def __init__(self, file: str, handle: BinaryIO, info: os.stat_result, max_size: int) -> None:
        """Wrap a handle opened and checked by ``open_case_file``."""
        self.file = file
        self._handle = handle
        self.size = info.st_size
        self._stamp = (info.st_size, info.st_mtime_ns)
        self._max_size = max_size
        self._passes = 0

    def __enter__(self) -> CaseSource:
        """Enter the context: the source itself."""
        return self

    def __exit__(self, *exc: object) -> None:
        """Close the file."""
        self.close()

    def close(self) -> None:
        """Close the file."""
        self._handle.close()

    def _chunks(self, read: Callable[[int], bytes] | None = None) -> Iterator[str]:
        """The text from where ``read`` starts (the handle's position), a chunk at a time."""
        read = read or self._handle.read
        decoder = codecs.getincrementaldecoder("utf-8-sig")()
        total = 0
        while True:
            try:
                raw = read(_CHUNK)
            except OSError as error:
                raise _unreadable(self.file, error) from None
            total += len(raw)
            if total > self._max_size:  # grew since it was opened
                raise _too_large(self.file, total, self._max_size)
            try:
                yield decoder.decode(raw, final=not raw)
            except UnicodeDecodeError:
                raise CaseFileError(
                    self.file, None, None, "不是 UTF-8 编码的文本", "is not UTF-8 text"
                ) from None
            if not raw:
                return

    def elements(self) -> Iterator[jsonstream.Element]:
        """The file's JSON values from the start: a batch's elements, or the one case.

        Raises:
            CaseFileError: the file changed since the last pass, is not UTF-8, or
                grew over the size limit (JSON problems come as jsonstream's errors).
        """
        return jsonstream.elements(self._pass())

    def _pass(self) -> Iterator[str]:
        """The file's text from the start, in chunks (a new pass over it).

        Raises:
            CaseFileError: the file changed since the last pass.
        """
        self._check_unchanged()
        self._handle.seek(0)
        return self._chunks()

    def shared_texts(self) -> Iterator[tuple[int | None, str]]:
        """``texts()`` read without moving the file's position: for forked processes.

        Processes forked with the open file share its position; this pass reads at
        offsets of its own (``os.pread``), so each process can read the whole file
        at the same time as the others. The file must not have changed since the
        first pass.

        Raises:
            CaseFileError: the file changed, or is no longer valid JSON.
        """
        self._check_unchanged()
        fd = self._handle.fileno()
        offset = 0

        def read(size: int) -> bytes:
            nonlocal offset
            data = os.pread(fd, size, offset)
            offset += len(data)
            return data

        try:
            yield from jsonstream.element_texts(self._chunks(read))
        except _JSON_ERRORS as error:
            raise _json_error(self.file, error) from None

    def _check_unchanged(self) -> None:
        """Count a new pass; refuse it when the file changed since the first.

        Raises:
            CaseFileError: the file's size or modification time is not what it was.
        """
        info = os.fstat(self._handle.fileno())
        if self._passes and (info.st_size, info.st_mtime_ns) != self._stamp:
            raise file_changed(self.file)
        self._passes += 1

    def cases(self) -> Iterator[tuple[int | None, domain.Case]]:
        """Every case, validated, in order: (position in a batch or None, case).

        Raises:
            CaseFileError: at the first invalid case (the cases before it were handed out).
        """
        return _read_cases(self.file, self.elements())

    def texts(self) -> Iterator[tuple[int | None, str]]:
        """Every case's JSON text, not validated, in order: (position or None, text).

        For worker processes, which parse and validate with ``parse_case``.

        Raises:
            CaseFileError: the file is not (or no longer) valid JSON.
        """
        try:
            # Split only: each text is parsed again, repeated keys refused, by parse_case.
            yield from jsonstream.element_texts(self._pass())
        except _JSON_ERRORS as error:
            raise _json_error(self.file, error) from None

    def batch_texts(self, keep: int) -> list[str] | None:
        """A batch's elements as their JSON text, read but not validated, to validate in parallel.

        Only for a list of 1 to ``keep`` elements that is valid JSON and reads
        without a problem: for anything else (one case, an empty list, more than
        ``keep`` elements, bad JSON, a file that is not UTF-8 or changed) it gives
        None, and ``check()`` reads the file again and reports the first problem in
        the file's order, as it always does. Each text is then validated with
        ``parse_case(text, file, position)``, which also refuses a repeated key
        (the split here does not look for one). Texts, not the
        parsed values: they take about a third of the memory, and forked workers
        that share them copy less of it.
        """
        texts: list[str] = []
        try:
            # Split only: a repeated key is refused when parse_case reads the text.
            for index, text in jsonstream.element_texts(self._pass()):
                if index is None or len(texts) >= keep:
                    return None
                texts.append(text)
        except (CaseFileError, *_JSON_ERRORS):
            return None
        return texts or None

    def check(self, keep: int = 0) -> Summary:
        """Read and validate every case: the first pass.

        Args:
            keep: keep the cases if there are no more than this many (so that a
                small batch need not be read twice); beyond it, memory holds one case.

        Raises:
            CaseFileError: at the first problem, or when the file holds no case.
        """
        count = 0
        is_batch = False
        kept: list[domain.Case] | None = []
        for position, case in self.cases():
            count += 1
            is_batch = position is not None
            if kept is not None:
                kept.append(case)
                if count > keep:
                    kept = None
        if not count:
            raise _no_case(self.file)
        return Summary(count, is_batch, None if kept is None else tuple(kept))


def dumps(cases: Sequence[domain.Case], batch: bool | None = None) -> str:
    """Serialise cases as a case file's text (a list when ``batch`` or more than one)."""
    as_batch = len(cases) != 1 if batch is None else batch
    data: Any = (
        [domain.case_to_json(c) for c in cases] if as_batch else domain.case_to_json(cases[0])
    )
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_file(
    path: str | os.PathLike[str], cases: Sequence[domain.Case], batch: bool | None = None
) -> None:
    """Write cases atomically: a temporary file in the same folder, then a rename.

    Raises:
        RefusedOutputError: ``path`` is a database, a folder or not a regular file
            (``cases.files.output_guard``); nothing is written.
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
