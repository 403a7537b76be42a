"""The case summary PDF: a self-contained report a supervising lawyer can rely on.

One function, :func:`write_pdf`, serves the window (File → 导出 PDF…) and both CLI
commands. The report shows the same information as :mod:`cases.present.plain_text` — header
with provenance, the facts, the outcome, every step with its verbatim clauses, the
what-ifs, other-laws flags, notes and a disclaimer — typeset with the bundled font
(embedded as subsets) and :mod:`cases.present.typesetting`'s Chinese line breaking.
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
from pathlib import Path
from typing import Any

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
from cases.model import domain, labels
from cases.model.domain import ActionBy, Case, Incident
from cases.model.fuzzy import FuzzyDate, FuzzyTime
from cases.present import redact as redaction
from cases.present import typesetting
from cases.present.typesetting import Run, TextBlock
from cases.rules.engine import Status
from cases.rules.results import Analysis, Step

Bilingual = tuple[str, str]

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
BODY = 9.5

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5f6368")
RULE = colors.HexColor("#c8ccd0")
UNKNOWN = colors.HexColor("#9a5b00")

USER_JUDGEMENTS = frozenset({"timely"})
"""Facts that record the volunteer's own judgement rather than something that happened."""

_LEVELS: dict[Level, tuple[Bilingual, Any, Any]] = {
    # level → (name, tag/bar colour, background of the quoted text)
    Level.LAW: (labels.LEVELS["law"], colors.HexColor("#1f3a68"), colors.HexColor("#eef2f8")),
    Level.OFFICIAL_INTERPRETATION: (
        labels.LEVELS["official_interpretation"],
        colors.HexColor("#00695c"),
        colors.HexColor("#e8f4f2"),
    ),
    Level.COMMENTARY: (
        labels.LEVELS["commentary"],
        colors.HexColor("#6d4c41"),
        colors.HexColor("#f5f1ee"),
    ),
    Level.COURT_PRACTICE: (
        labels.LEVELS["court_practice"],
        colors.HexColor("#6a1b9a"),
        colors.HexColor("#f4eef8"),
    ),
    Level.ASSUMPTION: (
        labels.LEVELS["assumption"],
        colors.HexColor("#b45309"),
        colors.HexColor("#fdf5e6"),
    ),
}

_STATUS: dict[Status, tuple[Bilingual, Any]] = {
    Status.PASSED: (labels.STATUSES["passed"], colors.HexColor("#2e7d32")),
    Status.CONCLUDED: (labels.STATUSES["concluded"], colors.HexColor("#1f3a68")),
    Status.UNKNOWN: (labels.STATUSES["unknown"], colors.HexColor("#b45309")),
    Status.NOT_REACHED: (labels.STATUSES["not_reached"], MUTED),
}

_MARKS: dict[str, Bilingual] = {
    # The font has no emoji, so the marks of sources-zh.md are spelled out.
    "✅": ("✔ 已核实", "✔ verified"),
    "☑️": ("✓ 单一来源", "✓ single source"),
    "⚠️": ("▲ 推断", "▲ inferred"),
}

_OUTCOME_COLORS: dict[str, Any] = {
    "EXEMPT": colors.HexColor("#2e7d32"),
    "NOT_EXEMPT": colors.HexColor("#b71c1c"),
    "UNDETERMINED": colors.HexColor("#b45309"),
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


def _fmt_time(value: FuzzyTime) -> str:
    """A fuzzy time as the report shows it: ``2019-05-01 09:00``, or the day alone."""
    return value.start.isoformat(sep=" ", timespec="minutes") if value.is_exact else str(value)


def mark_label(mark: str | None, lang: str) -> str:
    """A verification mark (✅ / ☑️ / ⚠️) spelled out in glyphs the bundled font has."""
    if mark is None:
        return ""
    return labels.pick(_MARKS.get(mark, (mark, mark)), lang)


def fact_value(incident: Incident, name: str, lang: str) -> str | None:
    """A fact's value in words, or None when it is unknown (shown as 不详)."""
    value = getattr(incident, name)
    if value is None:
        return None
    enum_labels = {
        "platform": labels.PLATFORMS,
        "chat_kind": labels.CHAT_KINDS,
        "group_purpose": labels.PURPOSES,
        "role": labels.ROLES,
        "poster": labels.POSTERS,
    }
    if name in enum_labels:
        return labels.pick(enum_labels[name][value.value], lang)
    if isinstance(value, bool):
        return _t(lang, "是", "yes") if value else _t(lang, "否", "no")
    if isinstance(value, FuzzyTime):
        return _fmt_time(value)
    if isinstance(value, FuzzyDate):
        return str(value)
    if name == "member_count":
        return _t(lang, f"{value} 人", f"{value}")
    if name == "content":
        if not value:
            return _t(lang, "无（没有违法信息）", "none (nothing prohibited)")
        return _t(lang, "；", "; ").join(labels.pick(labels.CONTENT[c.value], lang) for c in value)
    if name == "actions":
        if not value:
            return _t(lang, "未采取任何措施", "no measure taken")
        return "\n".join(
            f"{i}. {labels.action_label(a.kind, lang)} — "
            + (_fmt_time(a.at) if a.at else _t(lang, "时间不详", "time unknown"))
            + (
                ""
                if a.by is ActionBy.SELF
                else _t(lang, "（", " (")
                + labels.pick(labels.ACTION_BY[a.by.value], lang)
                + _t(lang, "）", ")")
            )
            for i, a in enumerate(value, 1)
        )
    return str(value)


class _Styles:
    """Builders for the report's blocks in one language, and its one way to text.

    Every string the report draws or writes into the PDF's properties passes
    :meth:`say`, the redactor's choke point: blocks are made by :meth:`block` only,
    and the canvas and the document properties take their strings from ``say``.
    """

    def __init__(self, lang: str, redactor: Callable[[str], str] | None = None) -> None:
        self.lang = lang
        self._redactor = redactor

    def say(self, text: str) -> str:
        """The text as the report may show it (redacted when the export redacts)."""
        return text if self._redactor is None else self._redactor(text)

    def block(self, runs: Sequence[Run] | str, **kw: Any) -> TextBlock:
        """A text block whose every run has passed :meth:`say`."""
        if isinstance(runs, str):
            runs = [Run(runs)]
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
        return self.block(
            [Run(text, colors.HexColor("#1f3a68"))],
            size=12.5,
            leading=18,
            space_before=10,
            space_after=3,
            justify=False,
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


def _kv_table(rows: list[tuple[str, TextBlock]], key_width: float, st: _Styles) -> Table:
    s_width = PAGE_WIDTH - 2 * MARGIN_X
    data = [[st.block([Run(k, MUTED)], size=8.5, justify=False), v] for k, v in rows]
    table = Table(data, colWidths=[key_width, s_width - key_width], hAlign="LEFT")
    table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _header(
    case: Case,
    analysis: Analysis,
    st: _Styles,
    *,
    title: str,
    case_id: str | None,
    volunteer: str | None,
    exported_at: dt.datetime,
    redacted: tuple[redaction.Kind, ...] | None,
) -> list[Flowable]:
    lang = st.lang
    unknown = _t(lang, "未填写", "not given")
    s = analysis.settings
    settings = _t(
        lang,
        f"家庭群视为私密空间的人数上限：{s.small_family_max} 人；"
        f"“及时”＝知道后 {s.timely_window_hours:g} 小时内，超过 {s.late_window_hours:g} 小时为不及时"
        "（本应用的假定，可在设置中调整）",
        f"family-only group treated as private up to {s.small_family_max} members; "
        f"'prompt' = within {s.timely_window_hours:g} h of knowing, 'late' = past "
        f"{s.late_window_hours:g} h (app assumptions, adjustable)",
    )
    rows = [
        (_t(lang, "案件编号", "Case ID"), case_id or unknown),
        (_t(lang, "导出时间", "Exported"), _fmt_datetime(exported_at)),
        (_t(lang, "志愿者", "Volunteer"), volunteer or unknown),
        (_t(lang, "分析日期", "Analysis date"), analysis.analysis_date.isoformat()),
        (
            _t(lang, "版本", "Versions"),
            _t(
                lang,
                f"应用 {version.__version__}；规则 {analysis.ruleset}",
                f"app {version.__version__}; ruleset {analysis.ruleset}",
            ),
        ),
        (_t(lang, "设置", "Settings"), settings),
    ]
    if redacted is not None:
        rows.append((_t(lang, "隐私", "Privacy"), _privacy(redacted, lang)))
    return [
        st.muted(
            _t(lang, "群主责任分析 · 案件摘要", "Group-Owner Liability Analyzer · Case summary")
        ),
        st.h1(title),
        _kv_table([(k, st.body(v, size=9, justify=False)) for k, v in rows], 24 * mm, st),
        Spacer(1, 4),
        _rule(),
    ]


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


def _outcome_box(analysis: Analysis, st: _Styles) -> Flowable:
    lang = st.lang
    code = analysis.outcome.value
    color = _OUTCOME_COLORS.get(code, colors.HexColor("#1f3a68"))
    inner: list[Flowable] = [
        st.block(
            [
                Run(_t(lang, "结论：", "Outcome: "), MUTED),
                Run(analysis.label(lang), color),
                Run(f"  [{code}]", MUTED),
            ],
            size=14,
            leading=20,
            justify=False,
        )
    ]
    if analysis.route is not None:
        inner.append(
            st.body(
                [
                    Run(_t(lang, "途径：", "Route: "), MUTED),
                    Run(labels.pick(labels.ROUTES[analysis.route.value], lang), INK),
                    Run(f"  [{analysis.route.value}]", MUTED),
                ],
                size=10.5,
            )
        )
    inner.append(st.body(labels.pick(analysis.summary, lang), size=10))
    if analysis.basis:
        levels = ("、" if lang == "zh" else ", ").join(
            labels.pick(labels.LEVELS[b], lang) for b in analysis.basis
        )
        inner.append(st.body([Run(_t(lang, "依据：", "Basis: "), MUTED), Run(levels, INK)], size=9))
    for caution in analysis.cautions:
        inner.append(
            st.body(
                [
                    Run(_t(lang, "注意：", "Caution: "), UNKNOWN),
                    Run(labels.pick(labels.CAUTIONS[caution], lang), INK),
                ],
                size=9.5,
            )
        )
    if analysis.missing:
        inner.append(
            st.body(
                [Run(_t(lang, "还需要确认的事实：", "Facts still to establish:"), UNKNOWN)],
                size=10.5,
            )
        )
        for name in analysis.missing:
            inner.append(
                st.body(f"• {labels.field_label(name, lang)}  ({name})", indent=8, size=10)
            )
    for warning in analysis.warnings:
        inner.append(
            st.body(
                [
                    Run(_t(lang, "提醒：", "Check: "), UNKNOWN),
                    Run(labels.pick(warning, lang), INK),
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


def _facts_table(incident: Incident, st: _Styles) -> Table:
    lang = st.lang
    width = PAGE_WIDTH - 2 * MARGIN_X
    head = [
        st.block([Run(_t(lang, "事实", "Fact"), colors.white)], size=9, justify=False),
        st.block([Run(_t(lang, "内容", "Value"), colors.white)], size=9, justify=False),
        st.block([Run(_t(lang, "说明", "Note"), colors.white)], size=9, justify=False),
    ]
    data: list[list[Any]] = [head]
    for name in domain.INCIDENT_FIELDS:
        value = fact_value(incident, name, lang)
        cell = (
            st.block([Run(_t(lang, "不详", "unknown (不详)"), UNKNOWN)], size=9)
            if value is None
            else st.block(value, size=9)
        )
        # Only judgements are marked: a column repeating "recorded fact" would hide them.
        kind = (
            st.block(
                [
                    Run(
                        _t(lang, "志愿者的判断", "volunteer's judgement"),
                        colors.HexColor("#b45309"),
                    )
                ],
                size=8,
                justify=False,
            )
            if name in USER_JUDGEMENTS
            else ""
        )
        data.append([st.block(labels.field_label(name, lang), size=9), cell, kind])
    table = Table(data, colWidths=[62 * mm, width - 62 * mm - 27 * mm, 27 * mm], repeatRows=1)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3a68")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for row in range(2, len(data), 2):
        style.append(("BACKGROUND", (0, row), (-1, row), colors.HexColor("#f6f7f9")))
    table.setStyle(_table_style(style))
    return table


def _citation_heading(c: Citation, lang: str) -> str:
    version = f"（{c.version}）" if c.version else ""
    para = paragraph_label(c.paragraph) or ""
    if c.level is Level.LAW:
        return f"《{c.law}》{version}{c.article}{para}"
    return f"{c.law}{version} · {c.article}"


def _citation(c: Citation, st: _Styles, indent: float = 10) -> list[Flowable]:
    lang = st.lang
    name, color, background = _LEVELS[c.level]
    head: list[Run] = [
        Run(f"【{labels.pick(name, lang)}】", color),
        Run(_citation_heading(c, lang), INK),
    ]
    if c.verified:
        head.append(Run("  " + mark_label(c.verified, lang), MUTED))
    if c.number_inferred:
        head.append(
            Run(
                _t(lang, f"  【{NUMBER_UNCHECKED_ZH}】", f"  [{NUMBER_UNCHECKED_EN}]"),
                colors.HexColor("#b71c1c"),
            )
        )
    verbatim = c.level in (Level.LAW, Level.OFFICIAL_INTERPRETATION)
    text = c.text if verbatim or lang == "zh" or not c.text_en else c.text_en
    quoted = st.block(
        [Run(text, INK)],
        size=9,
        indent=indent,
        padding=4,
        background=background,
        bar=color,
        space_after=3,
    )
    out: list[Flowable] = [
        st.block(head, size=9, indent=indent, space_before=3, space_after=1.5, justify=False)
    ]
    out.append(quoted)
    note = c.note if lang == "zh" else c.note_en
    if note:
        out.append(st.muted(_t(lang, "注：", "Note: ") + note, indent=indent + 6, space_after=3))
    return [KeepTogether(out)] if len(text) < 600 else out


def _step(step: Step, st: _Styles) -> list[Flowable]:
    lang = st.lang
    status, color = _STATUS[step.status]
    out: list[Flowable] = [
        CondPageBreak(40 * mm),
        st.block(
            [
                Run(f"{step.id}  {labels.pick(step.title, lang)}", colors.HexColor("#1f3a68")),
                Run("    " + labels.pick(status, lang), color),
            ],
            size=11,
            leading=16,
            space_before=8,
            space_after=2,
            justify=False,
        ),
    ]
    if step.status is Status.NOT_REACHED:
        out.append(
            st.muted(
                _t(
                    lang,
                    "未进行：前面的步骤已得出结论或缺少事实。",
                    "Not reached: an earlier step concluded or lacks facts.",
                ),
                indent=10,
            )
        )
        if not step.citations and not step.assumptions:
            return out
    finding = labels.pick(step.finding, lang)
    if finding:
        out.append(st.body(finding, indent=10, space_after=2))
    if step.facts:
        used = _t(lang, "、", ", ").join(labels.field_label(f, lang) for f in step.facts)
        out.append(st.muted(_t(lang, "所依据的事实：", "Facts used: ") + used, indent=10))
    for citation in step.citations:
        out += _citation(citation, st)
    for assumption in step.assumptions:
        name, color, background = _LEVELS[Level.ASSUMPTION]
        out.append(
            st.block(
                [
                    Run(f"【{labels.pick(name, lang)}】", color),
                    Run(labels.pick(assumption.text, lang), INK),
                ],
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


def _story(
    case: Case,
    analysis: Analysis,
    st: _Styles,
    *,
    title: str,
    notes: str,
    case_id: str | None,
    volunteer: str | None,
    exported_at: dt.datetime,
    redacted: tuple[redaction.Kind, ...] | None,
) -> list[Flowable]:
    lang = st.lang
    story = _header(
        case,
        analysis,
        st,
        title=title,
        case_id=case_id,
        volunteer=volunteer,
        exported_at=exported_at,
        redacted=redacted,
    )
    story += [Spacer(1, 8), _outcome_box(analysis, st)]
    story += [st.h2(_t(lang, "一、事实", "1. Facts"))]
    story.append(
        st.muted(
            _t(
                lang,
                "“不详”表示该事实未知；标为“志愿者的判断”的一项是志愿者本人的评价，不是记录的事实。",
                "'unknown' means the fact is not known; a 'volunteer's judgement' is the "
                "volunteer's own assessment, not a recorded fact.",
            ),
            space_after=3,
        )
    )
    story.append(_facts_table(case.incident, st))
    story.append(st.h2(_t(lang, "二、分析步骤", "2. Steps of the analysis")))
    story.append(
        st.muted(
            _t(
                lang,
                "权威层级分开标示：【法律条文】逐字引用；【官方解读】逐字引用，不是条文；"
                "【评论（转述）】【法院实务（转述）】为本应用的转述；【本应用的假定】为可调整的假定。"
                "核对标记：✔ 已核实（两个以上独立来源一致）；✓ 单一来源；▲ 推断（条号根据结构推断）。",
                "Authority levels are kept apart: [law text] and [official interpretation] are "
                "quoted verbatim (in Chinese); commentary and court practice are the app's "
                "paraphrase; [app assumption] is an adjustable default. Marks: ✔ verified "
                "(two or more independent sources); ✓ single source; ▲ inferred (number "
                "inferred from structure).",
            ),
            space_after=2,
        )
    )
    for step in analysis.steps:
        story += _step(step, st)
    story.append(st.h2(_t(lang, "三、什么会改变结论", "3. What would change the outcome")))
    if analysis.what_if:
        for w in analysis.what_if:
            story.append(st.body("• " + labels.pick(w.change, lang), indent=6, space_after=2))
    else:
        story.append(
            st.muted(
                _t(lang, "没有单一事实的改变会改变结论。", "No single change of fact alters it.")
            )
        )
    story.append(
        st.h2(
            _t(
                lang,
                "四、其他可能适用的法律（提示，不是结论）",
                "4. Other laws that may apply (flags, not conclusions)",
            )
        )
    )
    if analysis.other_laws:
        for flag in analysis.other_laws:
            c = flag.citation
            when = _t(
                lang, f"（{c.version} 年版本，按日期适用）", f" ({c.version} version, by date)"
            )
            tag = labels.pick(labels.CONSEQUENCE_KINDS[flag.kind.value], lang)
            who = labels.pick(labels.CONCERNS[flag.concerns.value], lang)
            story.append(
                st.body(
                    f"• [{tag} · {who}] "
                    + labels.pick(flag.why, lang)
                    + (when if c.version else ""),
                    indent=6,
                    space_before=4,
                )
            )
            story += _citation(flag.citation, st, indent=16)
            if flag.compare is not None:
                story.append(
                    st.muted(_t(lang, "对照（从旧兼从轻）：", "Compare (the lighter applies):"))
                )
                story += _citation(flag.compare, st, indent=16)
    else:
        story.append(st.muted(_t(lang, "无。", "None.")))
    if analysis.time_limits:
        story.append(st.body(_t(lang, "追究时效", "Time limits"), space_before=8))
        for limit in analysis.time_limits:
            data = limit.to_json(lang)
            tag = labels.pick(labels.CONSEQUENCE_KINDS[data["kind"]], lang)
            status = labels.pick(labels.LIMIT_STATUSES[data["status"]], lang)
            story.append(
                st.body(
                    f"• [{tag}] {data['law']} {data['article']} — {status}",
                    indent=6,
                    space_before=3,
                )
            )
            story.append(st.body(labels.pick(limit.finding, lang), indent=16, size=9))
    if analysis.civil is not None:
        status = analysis.civil.to_json(lang)["status"]
        story.append(
            st.body(
                _t(lang, "民事责任：", "Civil liability: ")
                + labels.pick(labels.CIVIL_STATUSES[status], lang),
                space_before=8,
            )
        )
        story.append(st.body(labels.pick(analysis.civil.finding, lang), indent=6))
    story.append(st.h2(_t(lang, "五、备注", "5. Notes")))
    story.append(
        st.body(notes, space_after=4)
        if notes.strip()
        else st.muted(_t(lang, "（无备注）", "(no notes)"))
    )
    story += [Spacer(1, 10), _rule(), Spacer(1, 4)]
    story.append(
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
        )
    )
    return story


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
    story = _story(
        case,
        analysis,
        st,
        title=title,
        notes=case.notes,
        case_id=case_id,
        volunteer=volunteer,
        exported_at=exported_at,
        redacted=kinds,
    )
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
