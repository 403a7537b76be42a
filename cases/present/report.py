"""The case summary PDF: a self-contained report a supervising lawyer can rely on.

One function, :func:`write_pdf`, serves the window (File → 导出 PDF…) and both CLI
commands. The report follows :mod:`cases.present.outline`'s order, and its page 1
answers for a typical case: a compact header with provenance, the outcome box
(outcome, summary, basis, cautions), what would change it, the deadlines and the
other laws one line each, and the civil question. The facts and every step with its
verbatim clauses follow; after the steps, how each deadline is counted and the other
laws' reasons with their clauses; then the notes and a disclaimer. Headings keep
their first lines (:func:`_keep_headings`) and the disclaimer keeps content before it
(:func:`_keep_ending`). Text is set in the bundled font (embedded as subsets) with
:mod:`cases.present.typesetting`'s Chinese line breaking.
A redacted report passes every string it draws or stores (title, running header,
facts, notes, document properties) through one :class:`cases.present.redact.Redactor`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, assert_never

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from cases import version
from cases.files import output_guard, private_files
from cases.law.library import (
    NUMBER_UNCHECKED_EN,
    NUMBER_UNCHECKED_ZH,
    Citation,
    Level,
    paragraph_label,
)
from cases.model import labels
from cases.model.domain import Case
from cases.present import outline, palette, typesetting
from cases.present import redact as redaction
from cases.present.typesetting import Run, TextBlock
from cases.rules.results import Analysis

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
BODY = 9.5
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X - 12  # the frame's own padding is 6 pt a side
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - 12

INK = colors.HexColor(palette.INK)
MUTED = colors.HexColor(palette.MUTED)
RULE = colors.HexColor(palette.RULE)
HEADING = colors.HexColor(palette.HEADING)
CAUTION = colors.HexColor(palette.CAUTION)
ALERT = colors.HexColor(palette.ALERT)

_LEVEL_COLOURS: dict[str, tuple[Any, Any]] = {
    # level → (tag and bar, background of the quoted text)
    level: (colors.HexColor(tag), colors.HexColor(background))
    for level, (tag, background) in palette.LEVEL_COLOURS.items()
}
_STATUS_COLOURS: dict[str, Any] = {
    status: colors.HexColor(colour) for status, colour in palette.STATUS_COLOURS.items()
}


class ReportWriteError(OSError):
    """The PDF could not be written to the chosen file; nothing was left behind there."""

    def text(self, lang: str = "zh") -> str:
        """A message for the user."""
        reason = self.strerror or ""
        if lang == "zh":
            return f"无法写入 PDF 文件 {self.filename}：{reason}"
        return f"Cannot write the PDF file {self.filename}: {reason}"


def _t(lang: str, zh: str, en: str) -> str:
    return zh if lang == "zh" else en


def _fmt_datetime(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


def mark_label(mark: str | None, lang: str) -> str:
    """A verification mark (✅ / ☑️ / ⚠️) as its stand-in the bundled font draws, and its name."""
    if mark is None:
        return ""
    if mark not in labels.MARKS:
        return mark
    return f"{palette.PRINTED_MARKS[mark]} {labels.pick(labels.MARKS[mark], lang)}"


class _Styles:
    """Builders for the report's blocks in one language, and its one way to text.

    Every string the report draws or writes into the PDF's properties passes
    :meth:`say`, the redactor's choke point: blocks are made by :meth:`block` only,
    and the canvas and the document properties take their strings from ``say``.
    """

    def __init__(self, lang: str, redactor: Callable[[str], str] | None = None) -> None:
        self.lang = lang
        self._redactor = redactor
        self._define = outline.PersonDefinition(lang)

    def say(self, text: str) -> str:
        """The text as the report may show it (redacted when the export redacts)."""
        return text if self._redactor is None else self._redactor(text)

    def block(self, runs: Sequence[Run] | str, **kw: Any) -> TextBlock:
        """A text block whose every run has passed :meth:`say`."""
        if isinstance(runs, str):
            runs = [Run(runs)]
        if not self._define.done:
            # Blocks are made in reading order: 此人 is defined where it first appears.
            runs = [Run(self._define(r.text), r.color) for r in runs]
        said = [Run(self.say(r.text), r.color) for r in runs]
        if self._redactor is not None:
            whole = self.say("".join(r.text for r in runs))
            if whole != "".join(r.text for r in said):
                # Something personal spans two runs: the block loses its colours, not
                # its redaction.
                said = [Run(whole, INK)]
        return TextBlock(said, **kw)

    def h1(self, text: str) -> TextBlock:
        return self.block([Run(text, INK)], size=17, leading=24, space_after=4, justify=False)

    def h2(self, text: str) -> TextBlock:
        return _heading(
            self.block(
                [Run(text, HEADING)],
                size=12,
                leading=16,
                space_before=8,
                space_after=2,
                justify=False,
            )
        )

    def body(self, text: str | list[Run], **kw: Any) -> TextBlock:
        kw.setdefault("size", BODY)
        return self.block(text, **kw)

    def muted(self, text: str, **kw: Any) -> TextBlock:
        kw.setdefault("size", 8.5)
        return self.block([Run(text, MUTED)], **kw)


def _rule() -> Flowable:
    return HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=2, spaceAfter=2)


def _table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle in the bundled font (reportlab sets a cell font even for flowable cells)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), typesetting.FONT_NAME), *commands])


def _settings_line(analysis: Analysis, lang: str) -> str:
    """The adjustable assumptions: the family-group limit, the timely and the late window."""
    s = analysis.settings
    return _t(
        lang,
        f"家庭群视为私密空间的人数上限：{s.small_family_max} 人；"
        f"“及时”＝知道后 {s.timely_window_hours:g} 小时内，"
        f"超过 {s.late_window_hours:g} 小时为不及时，其间由志愿者判断"
        "（本应用的假定，可在设置中调整）",
        f"family-only group treated as private up to {s.small_family_max} members; "
        f"'prompt' = within {s.timely_window_hours:g} h of knowing, 'late' = past "
        f"{s.late_window_hours:g} h, in between the volunteer's judgement "
        "(app assumptions, adjustable)",
    )


@dataclass(frozen=True, slots=True)
class _Provenance:
    """Where the report comes from, for its header.

    Attributes:
        title: the case's title (or the untitled placeholder).
        case_id: the case's ID in the store, if any.
        volunteer: the volunteer's name, if given.
        exported_at: the export time, to the minute.
        redacted: the kinds of personal data replaced (None: not redacted).
    """

    title: str
    case_id: str | None
    volunteer: str | None
    exported_at: dt.datetime
    redacted: tuple[redaction.Kind, ...] | None


def _header(analysis: Analysis, st: _Styles, source: _Provenance) -> list[Flowable]:
    """The title and the provenance, two facts a row, to leave page 1 to the answer."""
    lang = st.lang
    unknown = _t(lang, "未填写", "not given")
    pairs = [
        (_t(lang, "案件编号", "Case ID"), source.case_id or unknown),
        (_t(lang, "导出时间", "Exported"), _fmt_datetime(source.exported_at)),
        (_t(lang, "经办志愿者", "Volunteer"), source.volunteer or unknown),
        (_t(lang, "分析日期", "Analysis date"), analysis.analysis_date.isoformat()),
    ]
    versions = _t(
        lang,
        f"应用 {version.__version__}；规则 {analysis.ruleset}",
        f"app {version.__version__}; ruleset {analysis.ruleset}",
    )
    wide = [
        (_t(lang, "版本", "Versions"), versions),
        (_t(lang, "设置", "Settings"), _settings_line(analysis, lang)),
    ]
    if source.redacted is not None:
        wide.append((_t(lang, "隐私", "Privacy"), _privacy(source.redacted, lang)))
    return [
        st.muted(
            _t(lang, "群主责任分析 · 案件摘要", "Group-Owner Liability Analyzer · Case summary")
        ),
        st.h1(source.title),
        _provenance_table(pairs, wide, st),
        Spacer(1, 2),
    ]


def _provenance_table(
    pairs: list[tuple[str, str]], wide: list[tuple[str, str]], st: _Styles
) -> Table:
    """Short facts two to a row, long ones across the whole width."""
    width = FRAME_WIDTH
    key = 20 * mm if st.lang == "zh" else 24 * mm
    value = (width - 2 * key) / 2

    def k(text: str) -> TextBlock:
        return st.block([Run(text, MUTED)], size=8, leading=11, justify=False)

    def v(text: str) -> TextBlock:
        return st.block([Run(text, INK)], size=8.5, leading=11.5, justify=False)

    data: list[list[Any]] = []
    for i in range(0, len(pairs), 2):
        row: list[Any] = []
        for name, text in pairs[i : i + 2]:
            row += [k(name), v(text)]
        data.append(row + [""] * (4 - len(row)))
    spans = []
    for name, text in wide:
        spans.append(("SPAN", (1, len(data)), (3, len(data))))
        data.append([k(name), v(text), "", ""])
    table = Table(data, colWidths=[key, value, key, value], hAlign="LEFT")
    table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
                *spans,
            ]
        )
    )
    return table


def _privacy(kinds: tuple[redaction.Kind, ...], lang: str) -> str:
    """What the redaction replaced, for the header."""
    if kinds:
        return _t(
            lang,
            "已脱敏：报告全部文字（含标题、页眉和文件属性）中的"
            + "、".join(k.label("zh") for k in kinds)
            + "已替换为占位符；事实和分析未改动。",
            "Redacted: "
            + ", ".join(k.label("en") for k in kinds)
            + " in all of the report's text (title, running header and file properties "
            "included) are replaced by placeholders; facts and reasoning are unchanged.",
        )
    checked = tuple(redaction.Kind)
    return _t(
        lang,
        "已脱敏：未发现需要替换的个人信息（检查了"
        + "、".join(k.label("zh") for k in checked)
        + "）；事实和分析未改动。",
        "Redacted: no personal data found to replace (checked: "
        + ", ".join(k.label("en") for k in checked)
        + "); facts and reasoning are unchanged.",
    )


def _outcome_box(section: outline.Summary, st: _Styles) -> Flowable:
    lang = st.lang
    code = section.outcome.code
    color = colors.HexColor(palette.outcome_ink(code))
    inner: list[Flowable] = [
        st.block(
            [
                Run(labels.inline_heading(section.heading, lang), MUTED),
                Run(section.outcome.text, color),
            ],
            size=14,
            leading=20,
            justify=False,
        )
    ]
    if section.route is not None:
        inner.append(
            st.body(
                [
                    Run(labels.inline_heading(section.route_heading, lang), MUTED),
                    Run(section.route.text, INK),
                ],
                size=10.5,
            )
        )
    if section.text:
        inner.append(st.body(section.text, size=10))
    if section.penalty:
        inner.append(st.body(section.penalty, size=9.5))
    if section.basis:
        inner.append(
            st.body(
                [
                    Run(labels.inline_heading(section.basis_heading, lang), MUTED),
                    Run(section.basis, INK),
                ],
                size=9,
            )
        )
    for caution in section.cautions:
        inner.append(
            st.body(
                [
                    Run(labels.inline_heading(section.cautions_heading, lang), CAUTION),
                    Run(caution, INK),
                ],
                size=9.5,
            )
        )
    if section.missing:
        inner.append(
            st.body([Run(labels.line_heading(section.missing_heading, lang), CAUTION)], size=10.5)
        )
        for item in section.missing:
            inner.append(st.body(f"• {item.text}", indent=8, size=9.5))
    for warning in section.warnings:
        inner.append(
            st.body(
                [
                    Run(labels.inline_heading(section.warnings_heading, lang), CAUTION),
                    Run(warning, INK),
                ],
                size=9,
            )
        )
    box = Table([[inner]], colWidths=[PAGE_WIDTH - 2 * MARGIN_X])
    box.setStyle(
        _table_style(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, color),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fafbfc")),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return box


def _facts_table(section: outline.Facts, st: _Styles) -> Table:
    lang = st.lang
    width = PAGE_WIDTH - 2 * MARGIN_X
    head = [
        st.block([Run(_t(lang, "事实", "Fact"), colors.white)], size=9, justify=False),
        st.block([Run(_t(lang, "内容", "Value"), colors.white)], size=9, justify=False),
        st.block([Run(_t(lang, "说明", "Note"), colors.white)], size=9, justify=False),
    ]
    judgement_colour = _LEVEL_COLOURS[Level.ASSUMPTION.value][0]
    data: list[list[Any]] = [head]
    for row in section.rows:
        shown = section.shown(row)
        if row.value is not None:
            cell = st.block(shown, size=9)
        else:  # 不详 is a gap to fill; 与结论无关 is not
            cell = st.block([Run(shown, CAUTION if shown == section.unknown else MUTED)], size=9)
        # Only judgements are marked: a column repeating "recorded fact" would hide them.
        kind = (
            st.block([Run(section.judgement, judgement_colour)], size=8, justify=False)
            if row.judgement
            else ""
        )
        data.append([st.block(row.name, size=9), cell, kind])
    table = Table(data, colWidths=[62 * mm, width - 62 * mm - 27 * mm, 27 * mm], repeatRows=1)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADING),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for row_number in range(2, len(data), 2):
        style.append(("BACKGROUND", (0, row_number), (-1, row_number), colors.HexColor("#f6f7f9")))
    table.setStyle(_table_style(style))
    return table


def _citation_heading(c: Citation, lang: str) -> str:
    version = f"（{c.version}）" if c.version else ""
    para = paragraph_label(c.paragraph) or ""
    if c.level is Level.LAW:
        return f"《{c.law}》{version}{c.article}{para}"
    return f"{c.law}{version} · {c.article}"


def _citation(cited: outline.Cited, st: _Styles, indent: float = 10) -> list[Flowable]:
    lang = st.lang
    c = cited.citation
    color, background = _LEVEL_COLOURS[c.level.value]
    head: list[Run] = [
        Run(f"【{cited.level_name}】", color),
        Run(_citation_heading(c, lang), INK),
    ]
    if c.verified:
        head.append(Run("  " + mark_label(c.verified, lang), MUTED))
    if c.number_inferred:
        head.append(
            Run(_t(lang, f"  【{NUMBER_UNCHECKED_ZH}】", f"  [{NUMBER_UNCHECKED_EN}]"), ALERT)
        )
    quoted = st.block(
        [Run(cited.text, INK)],
        size=9,
        indent=indent,
        padding=4,
        background=background,
        bar=color,
        space_after=3,
    )
    out: list[Flowable] = [
        _heading(
            st.block(head, size=9, indent=indent, space_before=3, space_after=1.5, justify=False)
        )
    ]
    out.append(quoted)
    if cited.note:
        note = labels.inline_heading(labels.pick(outline.NOTE, lang), lang) + cited.note
        out.append(st.muted(note, indent=indent + 6, space_after=3))
    return [KeepTogether(out)] if len(cited.text) < 600 else out


def _step(step: outline.StepItem, section: outline.Steps, st: _Styles) -> list[Flowable]:
    status = f"{palette.STATUS_GLYPHS[step.status]} {step.status_name}"
    out: list[Flowable] = [
        _heading(
            st.block(
                [
                    Run(f"{step.id}  {step.title}", HEADING),
                    Run("    " + status, _STATUS_COLOURS[step.status]),
                ],
                size=11,
                leading=16,
                space_before=8,
                space_after=2,
                justify=False,
            ),
            lines=3,
        ),
    ]
    if not step.reached:
        out.append(st.muted(step.finding, indent=10))
        if not step.citations and not step.assumptions:
            return out
    elif step.finding:
        out.append(st.body(step.finding, indent=10, space_after=2))
    if step.facts:
        used = _t(st.lang, "、", ", ").join(step.facts)
        out.append(
            st.muted(labels.inline_heading(section.facts_heading, st.lang) + used, indent=10)
        )
    for cited in step.citations:
        out += _citation(cited, st)
    color, background = _LEVEL_COLOURS[Level.ASSUMPTION.value]
    for assumption in step.assumptions:
        out.append(
            st.block(
                [Run(f"【{section.assumption}】", color), Run(assumption, INK)],
                size=9,
                indent=10,
                padding=4,
                background=background,
                bar=color,
                space_before=3,
                space_after=3,
            )
        )
    return out


def _legend(lang: str) -> str:
    """What the steps' level tags and verification marks mean."""
    name = {level: f"【{labels.pick(pair, lang)}】" for level, pair in labels.LEVELS.items()}
    mark = {m: mark_label(m, lang) for m in labels.MARKS}
    if lang == "zh":
        return (
            f"权威层级分开标示：{name['law']}逐字引用；{name['official_interpretation']}逐字引用，"
            f"不是条文；{name['commentary']}{name['court_practice']}为本应用的转述；"
            f"{name['assumption']}为可调整的假定。核对标记：{mark['✅']}（两个以上独立来源一致）；"
            f"{mark['☑️']}；{mark['⚠️']}（文字已核实，条号根据结构推断）。"
        )
    return (
        f"Authority levels are kept apart: {name['law']} and {name['official_interpretation']} "
        f"are quoted verbatim (in Chinese); {name['commentary']} and {name['court_practice']} "
        f"are the app's paraphrase; {name['assumption']} is an adjustable default. Marks: "
        f"{mark['✅']} (two or more independent sources); {mark['☑️']}; {mark['⚠️']} (text "
        "verified, number inferred from structure)."
    )


_NUMERALS = "一二三四五六七八九十"


def _numbered(number: int, heading: str, lang: str) -> str:
    """A section heading with its number: 二、分析步骤 / 2. Steps of the analysis."""
    return f"{_NUMERALS[number - 1]}、{heading}" if lang == "zh" else f"{number}. {heading}"


def _section(section: outline.Section, number: int, st: _Styles) -> list[Flowable]:
    """One section of the outline, its heading numbered ``number`` (the summary has none).

    The sections before the facts are set compactly, so that page 1 holds them for a
    typical case; other laws are one line each there, their clauses follow the steps
    (:func:`_other_law_texts`).
    """
    lang = st.lang
    match section:
        case outline.Summary():
            return [Spacer(1, 6), _outcome_box(section, st)]
        case outline.Facts():
            return [
                st.h2(_numbered(number, section.heading, lang)),
                _heading(st.muted(section.legend, space_after=3)),
                _facts_table(section, st),
            ]
        case outline.Steps():
            out = [
                st.h2(_numbered(number, section.heading, lang)),
                _heading(st.muted(_legend(lang), space_after=2)),
            ]
            for step in section.items:
                out += _step(step, section, st)
            return out
        case outline.WhatIf():
            out = [st.h2(_numbered(number, section.heading, lang))]
            for item in section.items:
                out.append(st.body("• " + item.text, indent=4, size=9, leading=13, space_after=1))
            if not section.items:
                out.append(st.muted(section.none))
            return out
        case outline.OtherLaws():
            return _other_laws_short(section, number, st)
        case outline.TimeLimits():
            out = [st.h2(_numbered(number, section.heading, lang))]
            for limit in section.items:
                line = [Run("• " + limit.headline, INK)]
                out.append(st.body(line, indent=4, size=9, leading=13, justify=False))
            out.append(
                st.muted(
                    _t(
                        lang,
                        f"计算和理由见后文的“{_LIMITS_DETAIL[0]}”。",
                        f'How each is counted: see "{_LIMITS_DETAIL[1]}" below.',
                    ),
                    size=8,
                    indent=4,
                )
            )
            return out
        case outline.Civil():
            sep = "：" if lang == "zh" else ": "
            out = [st.h2(_numbered(number, section.heading, lang) + sep + section.status_name)]
            out.append(st.body(section.finding, indent=4, size=9, leading=13))
            return out
        case outline.Notes():
            out = [st.h2(_numbered(number, section.heading, lang))]
            if section.text.strip():
                out.append(st.body(section.text, space_after=4))
            else:
                out.append(st.muted(section.none))
            return out
        case _:
            assert_never(section)


_LIMITS_DETAIL = ("追究时效的计算", "Time limits: how they are counted")


def _limit_details(section: outline.TimeLimits, number: int, st: _Styles) -> list[Flowable]:
    """Each time limit with how it is counted, after the steps."""
    lang = st.lang
    out: list[Flowable] = [st.h2(_numbered(number, _t(lang, *_LIMITS_DETAIL), lang))]
    for limit in section.items:
        out.append(
            _heading(
                st.body(
                    [
                        Run(f"• {limit.title} — ", HEADING),
                        Run(limit.status_name, CAUTION),
                    ],
                    indent=4,
                    size=9,
                    leading=13,
                    space_before=3,
                    justify=False,
                )
            )
        )
        out.append(st.body(limit.finding, indent=14, size=9, leading=13))
    return out


def _other_laws_short(section: outline.OtherLaws, number: int, st: _Styles) -> list[Flowable]:
    """Other laws, one line each, grouped by whom they concern (clauses after the steps)."""
    lang = st.lang
    out: list[Flowable] = [st.h2(_numbered(number, section.heading, lang))]
    if not section.items:
        out.append(st.muted(section.none))
        return out
    for group in section.groups:
        out.append(
            _heading(
                st.block(
                    [Run(labels.inline_heading(group.heading, lang), HEADING)],
                    size=9,
                    leading=13,
                    space_before=1,
                    justify=False,
                )
            )
        )
        for flag in group.items:
            out.append(
                st.body(
                    "• " + flag.headline,
                    indent=4,
                    size=9,
                    leading=13,
                    justify=False,
                )
            )
    return out


def _other_law_texts(section: outline.OtherLaws, number: int, st: _Styles) -> list[Flowable]:
    """The other laws in full: why each may apply, its clause, the version it is compared with."""
    lang = st.lang
    heading = _t(
        lang,
        f"{section.heading}：理由和条文",
        f"{section.heading}: reasons and clauses",
    )
    out: list[Flowable] = [st.h2(_numbered(number, heading, lang))]
    for flag in section.items:
        tag = f"[{flag.tag}] " if flag.tag else ""
        out.append(
            _heading(
                st.body(
                    "• " + tag + flag.why + (flag.version_note or ""),
                    indent=4,
                    size=9,
                    leading=13,
                    space_before=4,
                )
            )
        )
        out += _citation(flag.cited, st, indent=14)
        if flag.compare is not None:
            out.append(
                _heading(st.muted(labels.inline_heading(flag.compare_heading, lang), indent=4))
            )
            out += _citation(flag.compare, st, indent=14)
    return out


def _story(case: Case, analysis: Analysis, st: _Styles, source: _Provenance) -> list[Flowable]:
    lang = st.lang
    story = _header(analysis, st, source)
    number = 0
    later: list[outline.TimeLimits | outline.OtherLaws] = []

    def appendices() -> list[Flowable]:
        nonlocal number
        out: list[Flowable] = []
        for part in later:
            number += 1
            if isinstance(part, outline.TimeLimits):
                out += _limit_details(part, number, st)
            else:
                out += _other_law_texts(part, number, st)
        later.clear()
        return out

    for section in outline.build(case, analysis, lang).sections:
        if isinstance(section, outline.Notes):
            story += appendices()
        if not isinstance(section, outline.Summary):
            number += 1
        story += _section(section, number, st)
        if isinstance(section, outline.TimeLimits) and section.items:
            later.append(section)
        if isinstance(section, outline.OtherLaws) and section.items:
            later.append(section)
        if isinstance(section, outline.Steps):
            story += appendices()
    story += appendices()
    closing: list[Flowable] = [
        Spacer(1, 10),
        _rule(),
        Spacer(1, 4),
        st.block(
            [
                Run(
                    _t(
                        lang,
                        "免责声明：本报告是供法律援助志愿者使用的辅助分析，不是法律意见。"
                        "结论取决于所录入的事实和本应用的假定；请由执业律师结合全部案情审核。",
                        "Disclaimer: this report is an aid for legal-aid volunteers, not legal "
                        "advice. Its conclusion depends on the facts entered and the app's "
                        "assumptions; a practising lawyer should review it against the whole case.",
                    ),
                    colors.HexColor("#7a1f1f"),
                )
            ],
            size=9,
        ),
    ]
    return _keep_headings(_keep_ending(story, closing))


_HEADING_MARK = "_report_keep_with_next"


def _heading(flowable: TextBlock, lines: int = 2) -> TextBlock:
    """Mark a block that must not end a page: it stays with ``lines`` lines of what follows."""
    setattr(flowable, _HEADING_MARK, lines)
    return flowable


def _height(flowable: Flowable) -> float:
    """A flowable's height in the frame (a group's: its parts' with their spacing)."""
    if isinstance(flowable, KeepTogether):
        return sum(
            _height(f) + float(f.getSpaceBefore()) + float(f.getSpaceAfter())
            for f in flowable._content
        )
    return float(flowable.wrap(FRAME_WIDTH, FRAME_HEIGHT)[1])


def _need(flowable: Flowable, lines: int) -> float:
    """The height of the first ``lines`` lines (or rows) of a flowable, or all of it."""
    height = _height(flowable)
    before = float(flowable.getSpaceBefore())
    if isinstance(flowable, TextBlock):
        return before + min(height, 2 * flowable.padding + lines * flowable.leading)
    if isinstance(flowable, Table):
        return before + min(height, float(sum(flowable._rowHeights[: lines + 1])))
    return before + height


def _keep_headings(story: list[Flowable]) -> list[Flowable]:
    """Keep every heading with the first lines of what follows it (keep-with-next).

    A run of headings (a section's heading, its legend, the first step's heading) gets
    one conditional page break before it, asking for room for the whole run and the
    first lines after it. So no page ends with a heading, and no room is lost to moving
    a long table or text to the next page whole.
    """
    out: list[Flowable] = []
    run: list[Flowable] = []
    for flowable in story:
        if hasattr(flowable, _HEADING_MARK):
            run.append(flowable)
            continue
        if run:
            height = sum(_need(h, 10_000) + float(h.getSpaceAfter()) for h in run)
            lines = int(getattr(run[-1], _HEADING_MARK))
            out.append(CondPageBreak(height + _need(flowable, lines) + 1))
            out += run
            run = []
        out.append(flowable)
    out += run
    return out


ENDING_CONTENT = 64.0
"""Points of content (about five lines) kept on the last page with the disclaimer."""


def _keep_ending(story: list[Flowable], closing: list[Flowable]) -> list[Flowable]:
    """End with the disclaimer and enough content before it never to leave it alone.

    The last flowables, up to :data:`ENDING_CONTENT` points and with every heading they
    begin with, move to the next page together with the closing lines when they do not
    fit on the page, so the last page never holds only the disclaimer or a few closing
    lines. A single block longer than a page is not held together.
    """
    tail: list[Flowable] = []
    height = 0.0
    while story and (height < ENDING_CONTENT or hasattr(story[-1], _HEADING_MARK)):
        flowable = story[-1]
        h = _height(flowable)
        if tail and h > FRAME_HEIGHT / 2:
            break
        tail.insert(0, story.pop())
        height += h
    return [*story, KeepTogether(tail + closing)]


def _canvas_maker(title: str, st: _Styles) -> Callable[..., Canvas]:
    """A canvas class that holds pages back to stamp 第 N 页 / 共 M 页 and the running header.

    Its strings pass ``st.say`` too; the title is redacted before it is cut to fit.
    """
    lang = st.lang
    running_title = _running_title(st.say(title))

    class _Canvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Otherwise every page's preamble names Helvetica, a font the PDF would not embed.
            kwargs["initialFontName"] = typesetting.FONT_NAME
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab API)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            number = self._pageNumber
            self.setFont(typesetting.FONT_NAME, 8)
            self.setFillColor(MUTED)
            footer = _t(lang, f"第 {number} 页 / 共 {total} 页", f"Page {number} of {total}")
            self.drawCentredString(PAGE_WIDTH / 2, MARGIN_BOTTOM - 10 * mm, st.say(footer))
            if number > 1:
                y = PAGE_HEIGHT - MARGIN_TOP + 7 * mm
                self.drawString(MARGIN_X, y, running_title)
                self.drawRightString(
                    PAGE_WIDTH - MARGIN_X,
                    y,
                    st.say(_t(lang, "群主责任分析 · 案件摘要", "Case summary")),
                )
                self.setStrokeColor(RULE)
                self.setLineWidth(0.5)
                self.line(MARGIN_X, y - 2.5 * mm, PAGE_WIDTH - MARGIN_X, y - 2.5 * mm)

    return _Canvas


def _running_title(title: str) -> str:
    """The title cut to fit the running header, on one line."""
    room = PAGE_WIDTH - 2 * MARGIN_X - 40 * mm
    one_line = " ".join(typesetting.printable(title).split())
    lines = typesetting.break_lines(one_line, room, 8)
    return lines[0][0] + ("…" if len(lines) > 1 else "") if lines else ""


def render_pdf(
    case: Case,
    analysis: Analysis,
    *,
    lang: str = "zh",
    redact: bool = False,
    redactor: redaction.Redactor | None = None,
    case_id: str | None = None,
    volunteer: str | None = None,
    exported_at: dt.datetime | None = None,
) -> bytes:
    """Typeset the case summary and return the PDF bytes (see :func:`write_pdf`)."""
    typesetting.font()
    exported_at = (exported_at or dt.datetime.now()).replace(second=0, microsecond=0)
    if redact and redactor is None:
        redactor = redaction.Redactor.for_case(case)
    kinds = None
    if redactor is not None:
        # Everything personal the report can show comes from these strings.
        kinds = redactor.kinds_in(*redaction.case_texts(case), volunteer or "", case_id or "")
    st = _Styles(lang, redactor)
    title = case.title.strip() or _t(lang, "（无标题）", "(untitled)")
    story = _story(case, analysis, st, _Provenance(title, case_id, volunteer, exported_at, kinds))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=typesetting.printable(st.say(title)),
        author=typesetting.printable(st.say(volunteer or "")),
        subject=st.say(_t(lang, "群主责任分析 · 案件摘要", "Group-owner liability case summary")),
        creator=st.say(f"qunzhu-analyzer {version.__version__}"),
        lang="zh-CN" if lang == "zh" else "en",
    )
    doc.build(story, canvasmaker=_canvas_maker(title, st))
    return buffer.getvalue()


def write_pdf(
    path: str | os.PathLike[str],
    case: Case,
    analysis: Analysis,
    lang: str = "zh",
    redact: bool = False,
    *,
    redactor: redaction.Redactor | None = None,
    case_id: str | None = None,
    volunteer: str | None = None,
    exported_at: dt.datetime | None = None,
) -> None:
    """Write the case summary PDF atomically.

    Args:
        path: the target file; replaced only once the whole PDF is written.
        case: the facts, title and notes.
        analysis: the analysis of that case.
        lang: ``"zh"`` or ``"en"`` (clause texts stay in Chinese either way).
        redact: redact with the names found in the case (see ``redactor``).
        redactor: redact every string of the report (text, running header, document
            properties) with it, and say in the report which kinds it replaced; given
            one, ``redact`` needs not be set.
        case_id: the case's ID in the store, if any.
        volunteer: the volunteer's name.
        exported_at: the export time (now when omitted).

    Raises:
        RefusedOutputError: ``path`` is a database, a folder or not a regular file
            (``cases.files.output_guard``); nothing is written.
        ReportWriteError: the file cannot be written (no partial file is left).
    """
    output_guard.check_output(path)
    data = render_pdf(
        case,
        analysis,
        lang=lang,
        redact=redact,
        redactor=redactor,
        case_id=case_id,
        volunteer=volunteer,
        exported_at=exported_at,
    )
    target = Path(path)
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or Path(".")
        )
        with os.fdopen(fd, "wb") as file:
            private_files.make_private_fd(file.fileno())  # owner-only, whatever the umask
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as error:
        raise ReportWriteError(error.errno, error.strerror or str(error), str(target)) from error
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
