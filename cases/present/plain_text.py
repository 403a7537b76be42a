"""A plain-text, step-by-step account of an analysis for the terminal (Chinese or English)."""

from __future__ import annotations

import functools

from cases.law.library import Citation
from cases.model import labels
from cases.model.domain import Case
from cases.present import kinsoku, terminal_text
from cases.rules.results import Analysis

WIDTH = 78


@functools.lru_cache(maxsize=4096)
def _wrapped(text: str, indent: str) -> tuple[str, ...]:
    out: list[str] = []
    for paragraph in text.split("\n"):
        lines = kinsoku.wrap(paragraph, WIDTH - len(indent)) or [""]
        out += [indent + line for line in lines]
    return tuple(out)


def _wrap(text: str, indent: str) -> list[str]:
    # Cached: the clauses quoted for one case are quoted for thousands in a batch,
    # and line breaking took nine tenths of the time of a batch's text output.
    return list(_wrapped(text, indent))


def _citation(c: Citation, lang: str) -> list[str]:
    level = labels.pick(labels.LEVELS[c.level.value], lang)
    lines = _wrap(f"【{level}】{c.heading(lang)}", "    ")
    text = c.text_en if lang == "en" and c.text_en else c.text
    lines += _wrap(text, "      ")
    note = c.note_en if lang == "en" else c.note
    if note:
        lines += _wrap(("注：" if lang == "zh" else "Note: ") + note, "      ")
    return lines


def render(case: Case, analysis: Analysis, lang: str = "zh") -> str:
    """The analysis as readable text, every cited clause quoted verbatim."""
    zh = lang == "zh"
    out: list[str] = []
    # The title is the case file's: shown, never sent to the terminal as commands.
    title = terminal_text.visible(case.title, one_line=True) or (
        "（无标题）" if zh else "(untitled)"
    )
    out.append(("案件：" if zh else "Case: ") + title)
    outcome = analysis.label(lang)
    line = ("结论：" if zh else "Outcome: ") + outcome + f"  [{analysis.outcome.value}]"
    if analysis.route is not None:
        line += ("  途径：" if zh else "  route: ") + labels.pick(
            labels.ROUTES[analysis.route.value], lang
        )
    out.append(line)
    if analysis.missing:
        names = ("、" if zh else "; ").join(labels.field_label(m, lang) for m in analysis.missing)
        out.append(
            ("还需要确认：" if zh else "Still to establish: ")
            + names
            + f"  ({', '.join(analysis.missing)})"
        )
    out += _wrap(labels.pick(analysis.summary, lang), "")
    if analysis.basis:
        levels = ("、" if zh else ", ").join(
            labels.pick(labels.LEVELS[b], lang) for b in analysis.basis
        )
        out.append(("依据：" if zh else "Basis: ") + levels)
    for caution in analysis.cautions:
        out += _wrap(
            ("⚠ 注意：" if zh else "⚠ Caution: ") + labels.pick(labels.CAUTIONS[caution], lang), ""
        )
    for warning in analysis.warnings:
        out.append(("⚠ 提醒：" if zh else "⚠ Check: ") + labels.pick(warning, lang))
    out.append("")
    for step in analysis.steps:
        status = labels.pick(labels.STATUSES[step.status.value], lang)
        out.append(f"{step.id} {labels.pick(step.title, lang)}  {status}")
        out += _wrap(labels.pick(step.finding, lang), "  ")
        for citation in step.citations:
            out += _citation(citation, lang)
        for assumption in step.assumptions:
            out += _wrap(
                ("【本应用的假定】" if zh else "[App assumption] ")
                + labels.pick(assumption.text, lang),
                "    ",
            )
        out.append("")
    if analysis.other_laws:
        out.append(
            "其他可能适用的法律（提示，不是结论）："
            if zh
            else "Other laws that may apply (flags, not conclusions):"
        )
        for flag in analysis.other_laws:
            tag = labels.pick(labels.CONSEQUENCE_KINDS[flag.kind.value], lang)
            who = labels.pick(labels.CONCERNS[flag.concerns.value], lang)
            out += _wrap(f"• [{tag} · {who}] " + labels.pick(flag.why, lang), "  ")
            out += _citation(flag.citation, lang)
            if flag.compare is not None:
                out += _wrap(
                    "对照（从旧兼从轻）：" if zh else "Compare (the lighter applies):", "    "
                )
                out += _citation(flag.compare, lang)
        out.append("")
    if analysis.time_limits:
        out.append("追究时效：" if zh else "Time limits:")
        for limit in analysis.time_limits:
            data = limit.to_json(lang)
            tag = labels.pick(labels.CONSEQUENCE_KINDS[data["kind"]], lang)
            status = labels.pick(labels.LIMIT_STATUSES[data["status"]], lang)
            head = f"• [{tag}] {data['law']} {data['article']}：{status}"
            if not zh:
                head = f"• [{tag}] {data['law']} {data['article']}: {status}"
            out += _wrap(head, "  ")
            out += _wrap(labels.pick(limit.finding, lang), "    ")
        out.append("")
    if analysis.civil is not None:
        status = analysis.civil.to_json(lang)["status"]
        out.append(
            ("民事责任：" if zh else "Civil liability: ")
            + labels.pick(labels.CIVIL_STATUSES[status], lang)
        )
        out += _wrap(labels.pick(analysis.civil.finding, lang), "  ")
        out.append("")
    if analysis.what_if:
        out.append("什么会改变结论：" if zh else "What would change the outcome:")
        for w in analysis.what_if:
            out += _wrap("• " + labels.pick(w.change, lang), "  ")
        out.append("")
    settings = analysis.settings
    out.append(
        (
            f"规则版本 {analysis.ruleset}；分析日期 {analysis.analysis_date}；假定：家庭群上限 "
            f"{settings.small_family_max} 人，及时＝{settings.timely_window_hours:g} 小时内，"
            f"超过 {settings.late_window_hours:g} 小时不及时。"
        )
        if zh
        else (
            f"Ruleset {analysis.ruleset}; analysed {analysis.analysis_date}; assumptions: family group "
            f"≤ {settings.small_family_max}, prompt = within {settings.timely_window_hours:g} h, "
            f"late = past {settings.late_window_hours:g} h."
        )
    )
    out.append(
        "本结果是供志愿者使用的辅助分析，不是法律意见。"
        if zh
        else "This is an aid for volunteers, not legal advice."
    )
    return "\n".join(out) + "\n"
