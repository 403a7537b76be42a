"""The ``main.py cases …`` commands: the case store from the command line.

Exit status as for ``analyze``: 0 done; 2 bad input (an invalid case file, an
unknown case ID, a store path holding something that is not a usable store), with a
message and no traceback; 1 the environment failed (read-only folder, full disk,
store busy, or another process of the app, a window or a command, has the store
open for a command that would change its saved cases) or an unexpected error.
``cases check`` exits 3 when it finds the store damaged (``EXIT_DAMAGED``).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import Any

from cases.cli import common
from cases.files import output_guard
from cases.model import case_files, domain, labels
from cases.present import terminal_text
from cases.rules.assumptions import DEFAULT_SETTINGS, Settings
from cases.store import database
from cases.store import health as store_health
from cases.store import lock as store_lock
from cases.store import records as store_records

EXIT_DAMAGED = 3
"""``cases check``: the store is damaged (0: healthy)."""


def _say(args: argparse.Namespace, zh: str, en: str, data: dict[str, Any]) -> None:
    if args.json:
        common.write(terminal_text.json_dumps(data, indent=2) + "\n")
    else:
        common.write((zh if args.lang == "zh" else en) + "\n")


def _record_json(record: store_records.AnalysisRecord) -> dict[str, Any]:
    data = dataclasses.asdict(record)
    data["missing"] = list(record.missing)
    return data


def _outcome_name(outcome: str | None, lang: str) -> str:
    if outcome is None:
        return "未分析" if lang == "zh" else "not analysed"
    return labels.pick(labels.OUTCOME_SHORT.get(outcome, (outcome, outcome)), lang)


def _warn_damaged(s: database.CaseStore, ids: list[int], lang: str) -> None:
    """Name on stderr the cases shown whose stored text was damaged (not UTF-8)."""
    for case_id in sorted(s.damaged_text.intersection(ids)):
        zh = f"注意：案件 #{case_id} 的部分文字已损坏（不是有效的 UTF-8），无法读出的字节显示为 �。"
        en = (
            f"note: case #{case_id} has damaged text (not valid UTF-8); the bytes that "
            "could not be read are shown as �."
        )
        common.to_stderr(zh if lang == "zh" else en)


def _warn_of_dates(stored: store_records.StoredCase, lang: str) -> None:
    """On stderr: the case's dates outside the format's years (saved by an older version)."""
    from cases.rules import explain  # loads the law texts: only for commands that show a case

    for warning in explain.date_range_warnings(stored.case.incident, dt.date.today()):
        head = f"注意：案件 #{stored.id}：" if lang == "zh" else f"warning: case #{stored.id}: "
        common.to_stderr(head + labels.pick(warning, lang))


def _list(s: database.CaseStore, args: argparse.Namespace) -> int:
    if args.limit < 0 or args.offset < 0:
        raise common.UsageError("--limit and --offset must not be negative")
    query = database.ListQuery(
        text=args.text,
        outcome=args.outcome,
        platform=args.platform,
        date_from=args.date_from,
        date_to=args.date_to,
        trash=args.trash,
        sort=args.sort,
        descending=not args.asc,
        offset=args.offset,
        limit=args.limit,
    )
    rows = s.list(query)
    total = s.count(query)
    _warn_damaged(s, [r.id for r in rows], args.lang)
    if args.json:
        data = {"total": total, "rows": [r._asdict() for r in rows]}
        common.write(terminal_text.json_dumps(data, indent=2) + "\n")
        return common.EXIT_OK
    lang = args.lang
    lines = ["\t".join(labels.pick(column, lang) for column in labels.LIST_COLUMNS)]
    unknown = labels.pick(labels.UNKNOWN_VALUE, lang)
    for r in rows:
        platform = (
            labels.PLATFORMS.get(r.platform, (r.platform, r.platform)) if r.platform else None
        )
        lines.append(
            f"#{r.id}\t{r.incident_date or unknown}\t"
            f"{labels.pick(platform, lang) if platform else unknown}\t"
            f"{_outcome_name(r.outcome, lang)}\t{terminal_text.visible(r.title, one_line=True)}"
        )
    shown = f"{len(rows)} / {total}"
    lines.append(f"共 {shown} 个案件" if args.lang == "zh" else f"{shown} cases")
    common.write(terminal_text.visible("\n".join(lines)) + "\n")
    return common.EXIT_OK


def _show(s: database.CaseStore, args: argparse.Namespace) -> int:
    stored = s.get(args.id)
    _warn_of_dates(stored, args.lang)
    history = s.history(args.id)
    changes = s.changes(args.id)
    _warn_damaged(s, [args.id], args.lang)
    if args.json:
        data = {
            "id": stored.id,
            "case": domain.case_to_json(stored.case),
            "tags": list(stored.tags),
            "created_at": stored.created_at,
            "updated_at": stored.updated_at,
            "deleted_at": stored.deleted_at,
            "analysis": None if stored.analysis is None else _record_json(stored.analysis),
            "analysis_stale": stored.analysis_stale,
            "history": [_record_json(r) for r in history],
            "changes": [
                {
                    "before": c.before.id,
                    "after": c.after.id,
                    "text": c.text(args.lang),
                    "reasons": [dataclasses.asdict(r) for r in c.reasons],
                }
                for c in changes
            ],
        }
        common.write(terminal_text.json_dumps(data, indent=2) + "\n")
        return common.EXIT_OK
    common.write(terminal_text.visible(_show_text(stored, changes, args.lang)))
    return common.EXIT_OK


def _saved_at(text: str, lang: str) -> str:
    """A stored UTC time as a reader reads it: ``2026-11-30 00:43 UTC`` (no seconds)."""
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:  # a damaged store: show what it holds
        return text
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC)
    return when.strftime("%Y-%m-%d %H:%M") + " UTC"


def _recorded_settings(stored: store_records.StoredCase) -> Settings:
    """The settings of the latest recorded analysis, so what is shown matches the store."""
    settings = DEFAULT_SETTINGS
    if stored.analysis is not None:
        recorded = stored.analysis.settings
        settings = Settings(
            int(recorded.get("small_family_max", settings.small_family_max)),
            float(recorded.get("timely_window_hours", settings.timely_window_hours)),
            float(recorded.get("late_window_hours", settings.late_window_hours)),
        )
    return settings


def _show_text(
    stored: store_records.StoredCase, changes: list[store_records.AnalysisChange], lang: str
) -> str:
    """``cases show`` as text: the stored case's title, tags and dates first.

    Then the analysis in the window's order (the outline's, as ``analyze`` prints it),
    with the facts and the notes.
    """
    from cases.analysis import analyzer  # loads the law texts: only when a case is shown
    from cases.present import outline, plain_text

    zh = lang == "zh"
    case = stored.case
    title = terminal_text.visible(case.title, one_line=True) or labels.pick(outline.UNTITLED, lang)
    head = [f"#{stored.id} {title}"]
    if stored.deleted_at:
        head.append(
            ("在回收站中，删除于 " if zh else "In the trash, deleted ")
            + _saved_at(stored.deleted_at, lang)
        )
    tags = ", ".join(terminal_text.visible(t, one_line=True) for t in stored.tags)
    head.append(("标签：" if zh else "Tags: ") + (tags or ("（无）" if zh else "(none)")))
    head.append(("创建：" if zh else "Created: ") + _saved_at(stored.created_at, lang))
    head.append(("修改：" if zh else "Updated: ") + _saved_at(stored.updated_at, lang))
    if stored.analysis is not None:
        a = stored.analysis
        saved = _saved_at(a.analysed_at, lang)
        head.append(
            (
                f"已保存的分析（{saved}，规则版本 {a.ruleset}）："
                if zh
                else f"Saved analysis ({saved}, ruleset {a.ruleset}): "
            )
            + _outcome_name(a.outcome, lang)
        )
        if stored.analysis_stale:
            head.append("（事实已修改，结论可能已过时）" if zh else "(the facts changed since)")
    else:
        head.append("尚未保存分析" if zh else "No analysis saved yet")
    for change in changes:
        head.append(("变化：" if zh else "Change: ") + change.text(lang))
    head.append("")
    result = analyzer.analyze(case, _recorded_settings(stored), dt.date.today())
    # The panel's order, with the facts and the notes the store holds.
    return plain_text.render(case, result, lang, head=head, leave_out=frozenset())


def _import(s: database.CaseStore, args: argparse.Namespace) -> int:
    settings = None if args.no_analyse else common.settings_from(args)
    results: list[dict[str, Any]] = []
    status = common.EXIT_OK
    for path in args.files:
        # A name whose bytes are not UTF-8 is shown with \xff escapes: the import is
        # done by then, and a failure to print it would have it imported twice.
        name = case_files.printable(str(path))
        try:
            ids = s.import_file(path, args.tag, settings, args.max_size)
        except case_files.CaseFileError as error:
            # Each file is all-or-nothing; the other files still count.
            common.to_stderr(error.text(args.lang))
            results.append({"file": name, "ids": [], "error": error.text(args.lang)})
            status = common.EXIT_BAD_INPUT
            continue
        results.append({"file": name, "ids": ids})
    if args.json:
        common.write(terminal_text.json_dumps(results, indent=2) + "\n")
    else:
        for result in results:
            if result["ids"]:
                ids_text = ", ".join(f"#{i}" for i in result["ids"])
                common.write(
                    (
                        f"已导入 {result['file']}：{ids_text}"
                        if args.lang == "zh"
                        else f"imported {result['file']}: {ids_text}"
                    )
                    + "\n"
                )
    return status


def _analyse(s: database.CaseStore, args: argparse.Namespace) -> int:
    settings = common.settings_from(args)
    out = []
    for case_id in args.ids:
        _warn_of_dates(s.get(case_id), args.lang)
        before = s.history(case_id)
        record = s.analyse(case_id, settings, args.today)
        change = ""
        if before and before[-1].id != record.id:
            change = store_records.compare(before[-1], record).text(args.lang)
        out.append({"id": case_id, "analysis": _record_json(record), "change": change or None})
        if not args.json:
            line = f"#{case_id}: {_outcome_name(record.outcome, args.lang)}"
            common.write(line + (f" — {change}" if change else "") + "\n")
    if args.json:
        common.write(terminal_text.json_dumps(out, indent=2) + "\n")
    return common.EXIT_OK


def _export(s: database.CaseStore, args: argparse.Namespace) -> int:
    s.export(args.ids, args.out, True if args.batch else None)
    for case_id in args.ids:
        _warn_of_dates(s.get(case_id), args.lang)
    _say(
        args,
        f"已导出 {len(args.ids)} 个案件到 {args.out}",
        f"exported {len(args.ids)} case(s) to {args.out}",
        {"file": str(args.out), "ids": args.ids},
    )
    return common.EXIT_OK


def _export_pdf(s: database.CaseStore, args: argparse.Namespace) -> int:
    from cases.analysis import analyzer  # reportlab loads only when a PDF is asked for
    from cases.present import redact, report

    redact_names = common.redact_names_from(args, args.lang)
    stored = s.get(args.id)
    _warn_of_dates(stored, args.lang)
    # The settings of the latest recorded analysis, so the PDF matches what the store shows.
    result = analyzer.analyze(stored.case, _recorded_settings(stored), dt.date.today())
    redactor = None
    if args.redact or redact_names:
        # The parties' names kept with the case are replaced like the names found.
        names = [*stored.parties.names(), *redact_names]
        try:
            redactor = redact.Redactor.for_case(stored.case, names)
        except redact.BadNameError as error:  # a one-character name typed in the window
            raise common.UsageError(error.text(args.lang)) from None
    report.write_pdf(
        args.out,
        stored.case,
        result,
        lang=args.lang,
        redactor=redactor,
        case_id=str(stored.id),
        volunteer=args.volunteer,
    )
    _say(
        args,
        f"已写入 PDF：{args.out}",
        f"PDF written: {args.out}",
        {"file": str(args.out), "id": stored.id, "outcome": result.outcome.value},
    )
    return common.EXIT_OK


def _lifecycle(s: database.CaseStore, args: argparse.Namespace) -> int:
    action = {"delete": s.delete, "undelete": s.restore, "purge": s.purge}[args.verb]
    done = {
        "delete": ("已移到回收站", "moved to the trash"),
        "undelete": ("已从回收站恢复", "restored from the trash"),
        "purge": ("已彻底删除", "erased for good"),
    }[args.verb]
    for case_id in args.ids:
        action(case_id)
        if not args.json:
            common.write(f"#{case_id} {labels.pick(done, args.lang)}\n")
    if args.json:
        common.write(json.dumps({"ids": args.ids, "done": args.verb}) + "\n")
    return common.EXIT_OK


def _check(target: Path, args: argparse.Namespace) -> int:
    """Report the store's health without changing it (nor creating a store)."""
    health = store_health.check(target)
    if args.json:
        common.write(json.dumps(health.to_json(args.lang), ensure_ascii=False, indent=2) + "\n")
    else:
        common.write(health.text(args.lang) + "\n")
    return common.EXIT_OK if health.healthy else EXIT_DAMAGED


_CHANGES_SAVED_CASES = frozenset({"delete", "undelete", "purge", "restore"})
"""Commands that change or replace cases a window may have open (and save again):
they hold the store exclusively and decline while any other process has it open."""
_READS_ONLY = frozenset({"list", "show", "export", "export-pdf", "backup"})
"""Commands that only read: they work in a read-only folder."""

_OUTPUT_ARGUMENT = {"export": "out", "export-pdf": "out", "backup": "dest"}
"""Commands that write a file, and the argument naming it."""


class _MigrationReport:
    """Prints on stderr that the store is being upgraded (schema migration), and when done.

    Called as a ``database.Progress``; silent unless the store is migrated. On a
    terminal the line counts up in place; elsewhere it is written once at the start
    and once at the end.
    """

    def __init__(self, lang: str) -> None:
        self._lang = lang
        self._start = 0.0
        self._tty = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        zh = self._lang == "zh"
        if done == 0:
            self._start = time.monotonic()
            common.to_stderr(
                f"正在升级案件库（案件格式第 2 版），共 {total:,} 条记录……"
                if zh
                else f"Upgrading the case store (case format version 2): {total:,} records…"
            )
        elif done < total:
            if self._tty:
                sys.stderr.write(f"\r{done:,} / {total:,}")
                sys.stderr.flush()
        else:
            seconds = time.monotonic() - self._start
            if self._tty:
                sys.stderr.write("\r")
            common.to_stderr(
                f"案件库升级完成：{total:,} 条记录，用时 {seconds:.1f} 秒。"
                if zh
                else f"Case store upgrade done: {total:,} records in {seconds:.1f} s."
            )


def run(args: argparse.Namespace) -> int:
    """Run a ``cases`` sub-command; store and case-file errors become exit statuses."""
    try:
        target = args.db if args.db is not None else database.default_path()
        if args.verb in _CHANGES_SAVED_CASES and store_lock.held_by_window(target):
            raise database.StoreInUseError(str(target))
        if args.verb in _OUTPUT_ARGUMENT:
            # Before the store is opened: a refused command changes nothing at all.
            output_guard.check_output(getattr(args, _OUTPUT_ARGUMENT[args.verb]), store=target)
        purpose = f"cases {args.verb}"
        if args.verb == "restore":
            aside = database.CaseStore.restore_backup(args.backup, target, purpose=purpose)
            kept = "" if aside is None else str(aside)
            _say(
                args,
                f"已从 {args.backup} 恢复到 {target}"
                + (f"；原案件库保留为 {kept}" if kept else ""),
                f"restored {args.backup} to {target}"
                + (f"; the old store kept as {kept}" if kept else ""),
                {"backup": str(args.backup), "store": str(target), "kept_aside": kept or None},
            )
            return common.EXIT_OK
        if args.verb == "check":
            return _check(target, args)
        with database.CaseStore.open(
            target,
            exclusive=args.verb in _CHANGES_SAVED_CASES,
            for_reading=args.verb in _READS_ONLY,
            purpose=purpose,
            progress=_MigrationReport(args.lang),
        ) as s:
            if args.verb == "list":
                return _list(s, args)
            if args.verb == "show":
                return _show(s, args)
            if args.verb == "import":
                return _import(s, args)
            if args.verb == "analyze":
                return _analyse(s, args)
            if args.verb == "export":
                return _export(s, args)
            if args.verb == "export-pdf":
                return _export_pdf(s, args)
            if args.verb == "backup":
                s.backup(args.dest)
                _say(
                    args,
                    f"已备份到 {args.dest}",
                    f"backed up to {args.dest}",
                    {"backup": str(args.dest)},
                )
                return common.EXIT_OK
            return _lifecycle(s, args)
    except case_files.CaseFileError as error:
        common.to_stderr(error.text(args.lang))
        return common.EXIT_BAD_INPUT
    except database.StoreError as error:
        common.to_stderr(error.text(args.lang))
        if isinstance(error, database.RefusedTargetError):
            return common.EXIT_BAD_INPUT
        if isinstance(
            error,
            database.UnwritableStoreError | database.StoreBusyError | database.StoreInUseError,
        ):
            return common.EXIT_FAILURE
        return common.EXIT_BAD_INPUT
