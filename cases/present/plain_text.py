"""A plain-text, step-by-step account of an analysis for the terminal (Chinese or English).

It prints :func:`cases.present.outline.build`'s sections in their order; the facts
and the notes are the case file's, which the terminal user has, so it leaves them out.
"""

from __future__ import annotations

import functools
from typing import assert_never

from cases.model import labels
from cases.model.domain import Case
from cases.present import kinsoku, outline, palette, terminal_text
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


LEFT_OUT = frozenset({outline.Part.FACTS, outline.Part.NOTES})
"""The parts the text output leaves out: the reader has the case file."""


@functools.lru_cache(maxsize=4096)
def _citation(cited: outline.Cited, lang: str) -> tuple[str, ...]:
    # Cached like _wrapped: a batch quotes the same clauses for thousands of cases.
    lines = _wrap(f"【{cited.level_name}】{cited.heading}", "    ")
    lines += _wrap(cited.text, "      ")
    if cited.note:
        lines += _wrap(
            labels.inline_heading(labels.pick(outline.NOTE, lang), lang) + cited.note, "      "
        )
    return tuple(lines)


def _summary(section: outline.Summary, lang: str) -> list[str]:
    line = (
        labels.inline_heading(section.heading, lang)
        + section.outcome.text
        + f"  [{section.outcome.code}]"
    )
    if section.route is not None:
        line += "  " + labels.inline_heading(section.route_heading, lang) + section.route.text
    out = [line]
    if section.text:
        out += _wrap(section.text, "")
    if section.basis:
        out.append(labels.inline_heading(section.basis_heading, lang) + section.basis)
    for caution in section.cautions:
        out += _wrap(
            f"{palette.WARNING_SIGN} "
            + labels.inline_heading(section.cautions_heading, lang)
            + caution,
            "",
        )
    if section.missing:
        names = ("、" if lang == "zh" else "; ").join(m.text for m in section.missing)
        codes = ", ".join(m.code for m in section.missing)
        out.append(labels.inline_heading(section.missing_heading, lang) + names + f"  ({codes})")
    for warning in section.warnings:
        out.append(
            f"{palette.WARNING_SIGN} "
            + labels.inline_heading(section.warnings_heading, lang)
            + warning
        )
    out.append("")
    return out


def _steps(section: outline.Steps, lang: str) -> list[str]:
    out: list[str] = []
    tag = f"【{section.assumption}】" if lang == "zh" else f"[{section.assumption}] "
    for step in section.items:
        status = f"{palette.STATUS_GLYPHS[step.status]} {step.status_name}"
        out.append(f"{step.id} {step.title}  {status}")
        out += _wrap(step.finding, "  ")
        for cited in step.citations:
            out += _citation(cited, lang)
        for assumption in step.assumptions:
            out += _wrap(tag + assumption, "    ")
        out.append("")
    return out


def _what_if(section: outline.WhatIf, lang: str) -> list[str]:
    if not section.items:
        return []
    out = [labels.line_heading(section.heading, lang)]
    for item in section.items:
        out += _wrap("• " + item.text, "  ")
    out.append("")
    return out


def _other_laws(section: outline.OtherLaws, lang: str) -> list[str]:
    if not section.items:
        return []
    out = [labels.line_heading(section.heading, lang)]
    for flag in section.items:
        out += _wrap(f"• [{flag.tag}] " + flag.why if flag.tag else "• " + flag.why, "  ")
        out += _citation(flag.cited, lang)
        if flag.compare is not None:
            out += _wrap(labels.inline_heading(flag.compare_heading, lang), "    ")
            out += _citation(flag.compare, lang)
    out.append("")
    return out


def _time_limits(section: outline.TimeLimits, lang: str) -> list[str]:
    out = [labels.line_heading(section.heading, lang)]
    for item in section.items:
        out += _wrap(f"• {item.title}: {item.status_name}", "  ")
        out += _wrap(item.finding, "    ")
    out.append("")
    return out


def _civil(section: outline.Civil, lang: str) -> list[str]:
    # The finding and its clauses are S8's, shown with the steps: here the status.
    see = "（见 S8）" if lang == "zh" else " (see S8)"
    return [labels.inline_heading(section.heading, lang) + section.status_name + see, ""]


def render(case: Case, analysis: Analysis, lang: str = "zh") -> str:
    """The analysis as readable text, every cited clause quoted verbatim."""
    out: list[str] = []
    # The title is the case file's: shown, never sent to the terminal as commands.
    title = terminal_text.visible(case.title, one_line=True) or labels.pick(outline.UNTITLED, lang)
    out.append(labels.inline_heading(labels.pick(outline.CASE, lang), lang) + title)
    document = outline.build(case, analysis, lang, leave_out=LEFT_OUT)
    for section in document.sections:
        match section:
            case outline.Summary():
                out += _summary(section, lang)
            case outline.Steps():
                out += _steps(section, lang)
            case outline.WhatIf():
                out += _what_if(section, lang)
            case outline.OtherLaws():
                out += _other_laws(section, lang)
            case outline.TimeLimits():
                out += _time_limits(section, lang)
            case outline.Civil():
                out += _civil(section, lang)
            case outline.Facts() | outline.Notes():  # pragma: no cover - left out above
                raise AssertionError(f"left out, yet built: {section!r}")
            case _:
                assert_never(section)
    out.append(document.provenance.line)
    out.append(
        "本结果是供志愿者使用的辅助分析，不是法律意见。"
        if lang == "zh"
        else "This is an aid for volunteers, not legal advice."
    )
    return "\n".join(out) + "\n"
