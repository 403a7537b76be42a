"""A plain-text, step-by-step account of an analysis for the terminal (Chinese or English).

It prints :func:`cases.present.outline.build`'s sections in their order; the facts
and the notes are the case file's, which the ``analyze`` user has, so it leaves them
out (``cases show`` prints them). The answer comes first, in words: no code, field
path or raw value reaches the reader (``analyze --json`` is the machine format).
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


class _Text:
    """The output's paragraphs, wrapped as they are added; 此人 defined where it first appears."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.lines: list[str] = []
        self._define = outline.PersonDefinition(lang)

    def say(self, text: str, indent: str = "", first: str | None = None) -> None:
        """A paragraph, wrapped; ``first`` is the first line's indent when it differs."""
        text = self._define(text)
        if first is None:
            self.lines += _wrap(text, indent)
            return
        # A hanging indent: the first line starts with ``first`` (a bullet), the rest
        # line up under the text.
        wrapped = _wrap(text, indent)
        self.lines += [first + wrapped[0][len(indent) :], *wrapped[1:]]

    def raw(self, lines: tuple[str, ...] | list[str]) -> None:
        """Lines already made (quoted clauses), added as they are."""
        self.lines += lines

    def blank(self) -> None:
        """An empty line between sections."""
        self.lines.append("")


def _summary(section: outline.Summary, out: _Text) -> None:
    lang = out.lang
    line = labels.inline_heading(section.heading, lang) + section.outcome.text
    if section.route is not None:
        line += "  " + labels.inline_heading(section.route_heading, lang) + section.route.text
    out.say(line)
    if section.text:
        out.say(section.text)
    if section.penalty:
        out.say(section.penalty)
    if section.basis:
        out.say(labels.inline_heading(section.basis_heading, lang) + section.basis)
    for caution in section.cautions:
        out.say(
            f"{palette.WARNING_SIGN} "
            + labels.inline_heading(section.cautions_heading, lang)
            + caution
        )
    if section.missing:
        names = ("；" if lang == "zh" else "; ").join(m.text for m in section.missing)
        out.say(labels.inline_heading(section.missing_heading, lang) + names)
    for warning in section.warnings:
        out.say(
            f"{palette.WARNING_SIGN} "
            + labels.inline_heading(section.warnings_heading, lang)
            + warning
        )
    out.blank()


def _facts(section: outline.Facts, out: _Text) -> None:
    lang = out.lang
    out.say(labels.line_heading(section.heading, lang))
    out.say(section.legend, "  ")
    for row in section.rows:
        value = section.shown(row)
        if row.judgement:
            value += f"（{section.judgement}）" if lang == "zh" else f" ({section.judgement})"
        if "\n" in value:  # a list (the measures): one item a line, under the name
            out.say(labels.line_heading(row.name, lang), "    ", "  ")
            for item in value.split("\n"):
                out.say(item, "      ", "    ")
        else:
            out.say(labels.inline_heading(row.name, lang) + value, "    ", "  ")
    out.blank()


def _notes(section: outline.Notes, out: _Text) -> None:
    # The volunteer's own text, with its own lines: printed as written, not re-wrapped.
    out.raw([labels.line_heading(section.heading, out.lang)])
    out.raw([section.text if section.text.strip() else section.none])
    out.blank()


def _steps(section: outline.Steps, out: _Text) -> None:
    lang = out.lang
    tag = f"【{section.assumption}】" if lang == "zh" else f"[{section.assumption}] "
    for step in section.items:
        status = f"{palette.STATUS_GLYPHS[step.status]} {step.status_name}"
        out.say(f"{step.id} {step.title}  {status}")
        out.say(step.finding, "  ")
        for cited in step.citations:
            out.raw(_citation(cited, lang))
        for assumption in step.assumptions:
            out.say(tag + assumption, "    ")
        out.blank()


def _what_if(section: outline.WhatIf, out: _Text) -> None:
    if not section.items:
        return
    out.say(labels.line_heading(section.heading, out.lang))
    for item in section.items:
        out.say(item.text, "    ", "  • ")
    out.blank()


def _other_laws(section: outline.OtherLaws, out: _Text) -> None:
    if not section.items:
        return
    lang = out.lang
    out.say(labels.line_heading(section.heading, lang))
    for group in section.groups:
        out.say(labels.line_heading(group.heading, lang), "  ")
        for flag in group.items:
            out.say(flag.headline, "      ", "    • ")
            if flag.detail:
                out.say(flag.detail, "      ")
            out.raw(_citation(flag.cited, lang))
            if flag.compare is not None:
                out.say(labels.inline_heading(flag.compare_heading, lang), "    ")
                out.raw(_citation(flag.compare, lang))
    out.blank()


def _time_limits(section: outline.TimeLimits, out: _Text) -> None:
    out.say(labels.line_heading(section.heading, out.lang))
    for item in section.items:
        out.say(item.headline, "    ", "  • ")
        out.say(item.finding, "      ")
    out.blank()


def _civil(section: outline.Civil, out: _Text) -> None:
    # The finding and its clauses are S8's, shown with the steps: here the status.
    see = "（见 S8）" if out.lang == "zh" else " (see S8)"
    out.say(labels.inline_heading(section.heading, out.lang) + section.status_name + see)
    out.blank()


def render(
    case: Case,
    analysis: Analysis,
    lang: str = "zh",
    *,
    head: list[str] | None = None,
    leave_out: frozenset[outline.Part] = LEFT_OUT,
) -> str:
    """The analysis as readable text, every cited clause quoted verbatim.

    Args:
        case: the case analysed.
        analysis: its analysis.
        lang: ``zh`` or ``en``.
        head: lines printed first instead of the case's title line (``cases show``
            puts the stored case's title, tags and dates there).
        leave_out: the outline's parts not printed (the facts and the notes, which
            the reader of ``analyze`` has in the case file).
    """
    out = _Text(lang)
    if head is None:
        # The title is the case file's: shown, never sent to the terminal as commands.
        title = terminal_text.visible(case.title, one_line=True) or labels.pick(
            outline.UNTITLED, lang
        )
        out.raw([labels.inline_heading(labels.pick(outline.CASE, lang), lang) + title])
    else:
        out.raw(head)
    document = outline.build(case, analysis, lang, leave_out=leave_out)
    for section in document.sections:
        match section:
            case outline.Summary():
                _summary(section, out)
            case outline.Steps():
                _steps(section, out)
            case outline.WhatIf():
                _what_if(section, out)
            case outline.OtherLaws():
                _other_laws(section, out)
            case outline.TimeLimits():
                _time_limits(section, out)
            case outline.Civil():
                _civil(section, out)
            case outline.Facts():
                _facts(section, out)
            case outline.Notes():
                _notes(section, out)
            case _:
                assert_never(section)
    out.raw([document.provenance.line])
    out.raw(
        [
            "本结果是供志愿者使用的辅助分析，不是法律意见。"
            if lang == "zh"
            else "This is an aid for volunteers, not legal advice."
        ]
    )
    return "\n".join(out.lines) + "\n"
