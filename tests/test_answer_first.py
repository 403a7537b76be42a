"""The answer first, in words: the text output and the outline a reader sees (issue 17).

``analyze``'s text and everything the outline hands the PDF and the window hold no
internal code, field path, raw JSON or file name; the first lines give the outcome,
the summary and what it rests on; deadlines, other laws and missing facts are said
in words; "此人" is defined where it first appears.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import re
from pathlib import Path

import pytest

from cases.analysis import analyzer
from cases.cli import main as cli
from cases.law.library import Citation
from cases.model import case_files, domain, labels
from cases.model.domain import Case
from cases.model.fuzzy import FuzzyDate
from cases.present import outline, plain_text
from cases.rules.steps import common as step_common
from cases.rules.steps import s7_consequences, time_limits

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted(
    p for p in (ROOT / "resources" / "examples").glob("*.json") if p.name != "expected.json"
)
TODAY = dt.date(2026, 3, 1)
LANGS = ("zh", "en")


def _codes() -> set[str]:
    """Every snake_case code of the format and the analysis (removed_poster …)."""
    enums: list[type[enum.Enum]] = [
        step_common.Outcome,
        step_common.Route,
        step_common.Status,
        step_common.Caution,
        s7_consequences.Note,
        s7_consequences.LeftOut,
        time_limits.ConsequenceKind,
        time_limits.Concerns,
        time_limits.LimitStatus,
    ]
    enums += [v for v in vars(domain).values() if isinstance(v, type) and issubclass(v, enum.Enum)]
    found = {str(m.value) for e in enums for m in e if isinstance(m.value, str) and "_" in m.value}
    found |= {f for f in domain.INCIDENT_FIELDS if "_" in f}
    found |= set(labels.CIVIL_STATUSES) | set(labels.LIMIT_STATUSES)
    return {c for c in found if "_" in c}


CODES = _codes()
FORBIDDEN = [
    (re.compile(r"\[[A-Z_]{4,}\]"), "an outcome code in brackets"),
    (re.compile(r"\b[A-Z]+_[A-Z_]+\b"), "an outcome code"),
    (re.compile(r"\b(?:" + "|".join(o.value for o in step_common.Outcome) + r")\b"), "an outcome"),
    (re.compile(r"\w+\[\d+\]\.\w+"), "a field path"),
    (re.compile(r"sources-zh"), "an internal file name"),
    (re.compile(r"§"), "a section sign of an internal file"),
    (re.compile(r"\d{2}:\d{2}:\d{2}\.\d+"), "a microsecond timestamp"),
    (re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}"), "a time in the file format's T form"),
    (re.compile(r'"\w+"\s*:\s'), "raw JSON"),
    (re.compile(r"\(''|'', ''\)|\('[^']*', '"), "a Python value"),
    (re.compile(r"\b(?:" + "|".join(sorted(CODES, key=len, reverse=True)) + r")\b"), "a code"),
]


def _load(path: Path) -> Case:
    return case_files.load_file(path).cases[0]


def _leaks(text: str) -> list[str]:
    found = []
    for pattern, what in FORBIDDEN:
        for match in pattern.finditer(text):
            start = max(match.start() - 30, 0)
            found.append(f"{what}: {match.group(0)!r} in …{text[start : match.end() + 30]!r}")
    return found


def _texts(value: object, path: str = "") -> list[tuple[str, str]]:
    """Every string a reader may see in an outline, with where it is (codes left out)."""
    if isinstance(value, str):
        return [(path, value)]
    if isinstance(value, Citation):  # law data, with its own checks
        return []
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        pairs = zip(value._fields, value, strict=True)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        pairs = ((f.name, getattr(value, f.name)) for f in dataclasses.fields(value))
    elif isinstance(value, tuple):
        pairs = ((str(i), v) for i, v in enumerate(value))
    else:
        return []
    out = []
    for name, item in pairs:
        # Codes are data for links and colours, never printed: the names beside them are.
        if name in {"code", "field", "status", "kind", "concerns", "ruleset", "settings"}:
            continue
        out += _texts(item, f"{path}.{name}")
    return out


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_the_text_output_of_every_example_holds_no_internal_code(path, lang):
    case = _load(path)
    text = plain_text.render(case, analyzer.analyze(case, today=TODAY), lang)
    assert not _leaks(text), "\n".join(_leaks(text))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_what_the_outline_hands_the_pdf_and_the_window_holds_no_internal_code(path, lang):
    case = _load(path)
    analysis = analyzer.analyze(case, today=TODAY)
    for source in (case, None):  # the window builds it without the case
        leaks = [
            f"{where}: {leak}"
            for where, text in _texts(outline.build(source, analysis, lang).sections)
            for leak in _leaks(text)
        ]
        assert not leaks, "\n".join(leaks)


def test_the_forbidden_patterns_catch_what_the_issue_names():
    for leak in (
        "结论：不免责  [NOT_EXEMPT]",
        "UNDETERMINED",
        "还需要：actions[0].at",
        "途径：removed_poster",
        "insult_defamation",
        "见 sources-zh.md §8",
        "2026-11-30T00:43:45.763515+00:00",
        '{"date": "2019-05-01"}',
        "警告('', '')",
    ):
        assert _leaks(leak), leak


def test_analyze_json_keeps_its_codes(capsys):
    path = ROOT / "resources" / "examples" / "22-day-known-undetermined.json"
    assert cli.main(["analyze", str(path), "--json", "--analysis-date", "2026-03-01"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["outcome"] == "UNDETERMINED"
    assert data["missing"] == ["discovered_at"]


# ------------------------------------------------------------------ 2. the answer block


def _squeeze(text: str) -> str:
    """The text without white space (line breaks fall by width) or the person's definition."""
    text = " ".join(text.split())
    zh, en = labels.PERSON_DEFINED
    text = text.replace(zh, "此人").replace(en, "the person analysed")
    text = text.replace(en[0].upper() + en[1:], "The person analysed")
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_the_first_lines_give_the_outcome_the_summary_and_the_basis(path, lang):
    case = _load(path)
    analysis = analyzer.analyze(case, today=TODAY)
    lines = plain_text.render(case, analysis, lang).splitlines()
    heading = labels.inline_heading(labels.pick(labels.SECTIONS["basis"], lang), lang)
    first = "\n".join(lines[:9])
    assert analysis.label(lang) in first
    summary = labels.pick(analysis.summary, lang)
    assert _squeeze(summary) in _squeeze(first) or (
        _squeeze(outline.define_person(summary, lang)[0]) in _squeeze(first)
    )
    if analysis.basis:
        basis = next(i for i, line in enumerate(lines) if line.startswith(heading))
        assert basis < 9, lines[:12]
        said = _squeeze(" ".join(lines[basis : basis + 3]))
        # The levels named by what they are, not by their level's name alone.
        for level in ("law", "commentary"):
            assert labels.pick(labels.LEVELS[level], lang) not in said
        if "law" in analysis.basis:
            assert ("《" if lang == "zh" else "art.") in said
        if "commentary" in analysis.basis:
            assert ("2017年解读" if lang == "zh" else "2017explainer") in said
        if "assumption" in analysis.basis:
            assert ("本应用的" if lang == "zh" else "theapp's") in said


def test_the_basis_names_the_clause_the_explainer_and_the_assumption():
    case = _load(ROOT / "resources" / "examples" / "21-month-known-prompt-removal.json")
    analysis = analyzer.analyze(case, today=TODAY)
    summary = outline.build(case, analysis, "zh").sections[0]
    assert isinstance(summary, outline.Summary)
    assert summary.basis == "《规定》第九条第一款 + 2017年解读 C 部分 + 本应用的24小时假定"
    assert summary.basis_levels == "法律条文、评论（转述）、本应用的假定"
    # Another manager's measure: that assumption, not the window (halving or doubling
    # it changes nothing here).
    case = _load(ROOT / "resources" / "examples" / "20-other-manager-removed-poster.json")
    summary = outline.build(case, analyzer.analyze(case, today=TODAY), "zh").sections[0]
    assert isinstance(summary, outline.Summary)
    assert summary.basis.endswith("+ 本应用的假定（其他管理者的措施也算）")
    assert "小时假定" not in summary.basis


@pytest.mark.parametrize("lang", LANGS)
def test_an_own_conduct_answer_says_the_regulation_sets_no_penalty(lang):
    case = _load(ROOT / "resources" / "examples" / "05-owner-posts-defamation.json")
    analysis = analyzer.analyze(case, today=TODAY)
    lines = plain_text.render(case, analysis, lang).splitlines()
    note = "《规定》本身不设罚则" if lang == "zh" else "The Provisions set no penalty of their own"
    assert note in _squeeze("".join(lines[:8])) or note in " ".join(lines[:8])


# ------------------------------------------------------------------ 3. deadlines in words


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        (
            "zh",
            [
                "治安处罚 · 此人：2018-10-10 已过，除非公安机关在此前已知情",
                "刑事追诉（《刑法》第二百四十六条） · 此人：2023-04-10 已过，除非期内已立案",
                "赔偿请求 · 此人：可能已过时效（2021-04-10）；停止侵害、赔礼道歉不受时效限制",
            ],
        ),
        (
            "en",
            [
                "Public-order penalty · the person analysed: ran out on 2018-10-10, unless "
                "the police knew before then",
                "Damages claim · the person analysed: may be time-barred (2021-04-10); claims "
                "to stop it and for an apology have no limit",
            ],
        ),
    ],
)
def test_each_deadline_is_one_line_with_its_date_and_status_before_its_explanation(lang, lines):
    case = _load(ROOT / "resources" / "examples" / "23-old-defamation-time-limits-expired.json")
    analysis = analyzer.analyze(case, today=TODAY)
    text = plain_text.render(case, analysis, lang)
    squeezed = _squeeze(text)
    section = outline.build(case, analysis, lang).sections
    limits = next(s for s in section if isinstance(s, outline.TimeLimits))
    for line in lines:
        assert any(line in item.headline for item in limits.items), [
            i.headline for i in limits.items
        ]
        at = squeezed.find("•" + _squeeze(line))
        assert at >= 0, line
    for item in limits.items:
        assert "\n" not in item.headline
        assert squeezed.find(_squeeze(item.headline)) < squeezed.find(_squeeze(item.finding))


# ------------------------------------------------------------------ 4. other laws by party


@pytest.mark.parametrize("lang", LANGS)
def test_other_laws_are_grouped_by_whom_they_concern_each_with_a_headline(lang):
    case = _load(ROOT / "resources" / "examples" / "18-fraud-group-manager.json")
    analysis = analyzer.analyze(case, today=TODAY)
    section = next(
        s for s in outline.build(case, analysis, lang).sections if isinstance(s, outline.OtherLaws)
    )
    assert [g.concerns for g in section.groups] == ["person", "poster"]
    assert [f for g in section.groups for f in g.items] == list(section.items)
    assert len(section.items) == len(analysis.other_laws)
    text = _squeeze(plain_text.render(case, analysis, lang))
    person = text.find(_squeeze(section.groups[0].heading))
    poster = text.find(_squeeze(section.groups[1].heading))
    assert 0 <= person < poster
    for group in section.groups:
        for flag in group.items:
            assert flag.concerns == group.concerns
            assert "\n" not in flag.headline
            assert len(flag.headline) < len(flag.why) + 40
            assert flag.headline.startswith(("《", "2", "Crim", "Cyber", "Pub", "Adm", "the"))
            at = text.find("•" + _squeeze(flag.headline))
            assert at >= 0, flag.headline
            assert text.find(_squeeze(flag.cited.text[:30]), at) > at


# ------------------------------------------------------------------ 5. 此人 defined


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_the_person_analysed_is_defined_where_the_text_first_names_them(path):
    case = _load(path)
    analysis = analyzer.analyze(case, today=TODAY)
    zh = plain_text.render(case, analysis, "zh")
    zh = re.sub(r"\s+", "", zh)
    assert zh.replace("@此人", "").find("此人") == zh.replace("@此人", "").find(
        labels.PERSON_DEFINED[0]
    )
    en = " ".join(plain_text.render(case, analysis, "en").split())
    first = re.search(r"(?<!@-mentioning )\b[Tt]he person\b(?!')", en)
    if first is not None:
        assert en[first.start() :].lower().startswith(labels.PERSON_DEFINED[1].lower())


# ------------------------------------------------------------------ 6. irrelevant facts


def test_a_fact_that_cannot_matter_is_shown_as_not_relevant_not_unknown():
    case = _load(ROOT / "resources" / "examples" / "14-unaware-isolated.json")
    analysis = analyzer.analyze(case, today=TODAY)
    for lang in LANGS:
        facts = next(
            s for s in outline.build(case, analysis, lang).sections if isinstance(s, outline.Facts)
        )
        rows = {row.field: row for row in facts.rows}
        assert case.incident.discovered_at is None
        assert not rows["discovered_at"].relevant
        assert facts.shown(rows["discovered_at"]) == labels.pick(labels.NOT_RELEVANT, lang)
        # A fact that matters and is unknown stays 不详.
        assert rows["knew"].relevant
        unknown_relevant = [r for r in facts.rows if r.value is None and r.relevant]
        assert all(facts.shown(r) == facts.unknown for r in unknown_relevant)


# ------------------------------------------------------------------ 7. more precise


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("zh", "此人知道的时间：需要更精确（已知 2020-08-02，需要到小时）"),
        (
            "en",
            "when the person knew: needs to be more precise (known: 2020-08-02; needs the hour)",
        ),
    ],
)
def test_a_day_without_the_hour_that_decides_asks_for_the_hour_in_words(lang, said):
    case = _load(ROOT / "resources" / "examples" / "22-day-known-undetermined.json")
    analysis = analyzer.analyze(case, today=TODAY)
    summary = outline.build(case, analysis, lang).sections[0]
    assert isinstance(summary, outline.Summary)
    assert [m.text for m in summary.missing] == [said]
    text = _squeeze(plain_text.render(case, analysis, lang))
    assert _squeeze(said) in text
    s6 = next(s for s in analysis.steps if s.id == "S6")
    assert "2020-08-02" in labels.pick(s6.finding, lang)
    assert "2020-08-02" in labels.pick(analysis.summary, lang)


def test_a_month_that_straddles_the_start_of_the_regulation_asks_for_the_day():
    case = _load(ROOT / "resources" / "examples" / "08-removed-poster.json")
    incident = dataclasses.replace(
        case.incident,
        date=FuzzyDate.parse("2017-10"),
        last_seen=None,
        persistent=False,
    )
    analysis = analyzer.analyze(dataclasses.replace(case, incident=incident), today=TODAY)
    assert analysis.missing == ("date",)
    summary = outline.build(case, analysis, "zh").sections[0]
    assert isinstance(summary, outline.Summary)
    # Built with the case whose date is a month, the line says what is known.
    summary = outline.build(dataclasses.replace(case, incident=incident), analysis).sections[0]
    assert summary.missing[0].text == "违法信息发布的日期：需要更精确（已知 2017-10，需要到日）"


def test_an_unknown_missing_fact_is_named_alone():
    case = _load(ROOT / "resources" / "examples" / "15-facts-incomplete.json")
    analysis = analyzer.analyze(case, today=TODAY)
    summary = outline.build(case, analysis, "zh").sections[0]
    assert [m.text for m in summary.missing] == [
        labels.field_label(m, "zh") for m in analysis.missing
    ]


# ------------------------------------------------------------------ 8. cases show


def _show(capsys, tmp_path, lang: str) -> str:
    db = str(tmp_path / "cases.sqlite3")
    path = ROOT / "resources" / "examples" / "07-owners-group-long-insult.json"
    assert cli.main(["cases", "import", str(path), "--db", db, "--tag", "物业"]) == 0
    assert cli.main(["cases", "analyze", "1", "--db", db]) == 0
    capsys.readouterr()
    assert cli.main(["cases", "show", "1", "--db", db, "--lang", lang]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("lang", LANGS)
def test_cases_show_reads_like_the_panel_in_the_outlines_order(capsys, tmp_path, lang):
    out = _show(capsys, tmp_path, lang)
    assert not _leaks(out), "\n".join(_leaks(out))
    lines = out.splitlines()
    # The stored case's own data first: title, tags, dates to the minute.
    assert lines[0] == "#1 业主群长期辱骂案"
    assert "物业" in lines[1]
    assert re.search(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$", lines[2]), lines[2]
    case = _load(ROOT / "resources" / "examples" / "07-owners-group-long-insult.json")
    analysis = analyzer.analyze(case, today=dt.date.today())
    document = outline.build(case, analysis, lang)
    squeezed = _squeeze(out)
    found = []
    for section in document.sections:
        match section:
            case outline.Summary():
                marker = labels.inline_heading(section.heading, lang) + section.outcome.text
            case outline.Steps():
                marker = section.items[0].id + section.items[0].title
            case outline.Notes():
                marker = section.text[:20]
            case outline.Facts():
                marker = section.heading + ("：" if lang == "zh" else ":") + section.legend[:10]
            case _:
                marker = labels.line_heading(section.heading, lang)  # type: ignore[union-attr]
        found.append((type(section).__name__, squeezed.find(_squeeze(marker))))
    assert all(at >= 0 for _, at in found), found
    assert [at for _, at in found] == sorted(at for _, at in found), found
    assert [name for name, _ in found][:2] == ["Summary", "WhatIf"]
    # The facts in words, as the window names them.
    platform = "平台：微信" if lang == "zh" else "platform: WeChat"
    assert platform in out


def test_cases_show_says_a_fact_that_cannot_matter_is_not_relevant(capsys, tmp_path):
    out = _show(capsys, tmp_path, "zh")
    assert "谣言是否涉及险情、疫情、灾情、警情：与结论无关" in out
    assert "信息被转发的次数：不详" in out
