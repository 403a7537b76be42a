"""Redaction reaches every string of the PDF: title, running header, notes, facts, metadata."""

import dataclasses
import datetime as dt
import io
import json
import re

import pypdf
import pytest

from cases.analysis import analyzer
from cases.cli import main as cli
from cases.files import resources
from cases.model import case_files, domain
from cases.present import redact, report

TODAY = dt.date(2026, 11, 28)
EXAMPLE = "examples/07-owners-group-long-insult.json"

TITLE = "张伟诉王芳、欧阳娜娜名誉侵权案（张伟电话13912345678，住北京市朝阳区建国路88号）"
NOTES = (
    "原告张伟（身份证11010519491231002X，电话 138-1234-5678，邮箱 zhang.wei@example.com，"
    "微信号 zw_1988，QQ：87654321）住北京市朝阳区建国路88号3栋2单元501室。"
    "被告王芳是群主，住上海市浦东新区世纪大道100号。当事人欧阳娜娜作证，证人刘晓红也在群里，"
    "王芳的邮箱是 wangfang@qq.com。\n" + "群里的争吵持续了很久。" * 120 + "张伟后来退群。"
)
LISTED = ("刘晓红",)
VOLUNTEER = "志愿者 陈静 13700001111"

SECRETS = (
    # names (the surname stays: 张伟 → 张某) and their given names of two characters
    "张伟",
    "王芳",
    "欧阳娜娜",
    "娜娜",
    "刘晓红",
    "晓红",
    # numbers and IDs, whole and in part
    "13912345678",
    "13812345678",
    "12345678",
    "11010519491231002X",
    "19491231002X",
    "zw_1988",
    "87654321",
    "13700001111",
    # e-mail addresses, whole and in part
    "zhang.wei@example.com",
    "zhang.wei",
    "example.com",
    "wangfang",
    # street addresses, whole and in part
    "建国路",
    "88号",
    "3栋",
    "2单元",
    "501室",
    "世纪大道",
    "100号",
)


def pii_case() -> domain.Case:
    case = case_files.load_file(resources.path(EXAMPLE)).cases[0]
    return dataclasses.replace(case, title=TITLE, notes=NOTES)


def all_text(data: bytes) -> tuple[str, str]:
    """Every page's text with whitespace and hyphens squashed, and every metadata value."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    pages = "".join(page.extract_text() for page in reader.pages)
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    outline = " ".join(str(item) for item in reader.outline)
    return re.sub(r"[\s\-]", "", pages), meta + " " + outline


def test_no_fragment_of_personal_data_reaches_any_page_or_the_metadata():
    case = pii_case()
    result = analyzer.analyze(case, today=TODAY)
    plain_pages, plain_meta = all_text(report.render_pdf(case, result, volunteer=VOLUNTEER))
    for secret in SECRETS:  # the case does put each of them into an unredacted PDF
        assert secret in plain_pages, secret
    assert "张伟" in plain_meta
    redactor = redact.Redactor.for_case(case, LISTED)
    data = report.render_pdf(case, result, redactor=redactor, volunteer=VOLUNTEER)
    assert len(pypdf.PdfReader(io.BytesIO(data)).pages) >= 3  # running headers are drawn
    pages, meta = all_text(data)
    for secret in SECRETS:
        assert secret not in pages, secret
        assert secret not in re.sub(r"[\s\-]", "", meta), secret
    assert "张某诉王某、欧阳某名誉侵权案" in pages
    assert pages.count("张某诉王某") >= len(pypdf.PdfReader(io.BytesIO(data)).pages)
    assert "300人" in pages  # facts untouched


def test_the_english_report_is_redacted_the_same_way():
    case = pii_case()
    result = analyzer.analyze(case, today=TODAY)
    data = report.render_pdf(
        case, result, lang="en", redactor=redact.Redactor.for_case(case, LISTED)
    )
    pages, meta = all_text(data)
    for secret in SECRETS:
        assert secret not in pages, secret
        assert secret not in meta, secret


class _Blank(redact.Redactor):
    """Turns every string into one 某, so that a string drawn without it stands out."""

    def __call__(self, text: str) -> str:
        return "某" if text else text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_string_of_the_report_goes_through_the_redactor(lang):
    case = pii_case()
    result = analyzer.analyze(case, today=TODAY)
    data = report.render_pdf(
        case, result, lang=lang, redactor=_Blank(), case_id="12", volunteer=VOLUNTEER
    )
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        assert set(page.extract_text()) <= {"某", " ", "\n"}
    ours = {k: v for k, v in reader.metadata.items() if k not in ("/Producer", "/Trapped")}
    ours = {k: v for k, v in ours.items() if not k.endswith("Date")}
    assert ours
    assert set(ours.values()) <= {"某", ""}


def test_no_fixed_text_of_any_example_report_is_changed_by_redaction():
    seen: list[str] = []

    class Recording(redact.Redactor):
        def __call__(self, text: str) -> str:
            seen.append(text)
            return super().__call__(text)

    for path in sorted(resources.path("examples").glob("[0-9]*.json")):
        case = case_files.load_file(path).cases[0]
        redactor = redact.Redactor.for_case(case)  # with the names found in the example
        own = set(redact.case_texts(case))
        result = analyzer.analyze(case, today=TODAY)
        for lang in ("zh", "en"):
            seen.clear()
            report.render_pdf(case, result, lang=lang, redactor=Recording(redactor.names))
            assert len(seen) > 50
            changed = [t for t in seen if t not in own and redactor(t) != t]
            assert changed == [], (path.name, redactor.names)


def test_the_report_says_which_kinds_were_replaced():
    case = dataclasses.replace(
        pii_case(), title="群主纠纷", notes="原告张伟，邮箱 zw@example.com。"
    )
    result = analyzer.analyze(case, today=TODAY)
    pages, _ = all_text(report.render_pdf(case, result, redactor=redact.Redactor.for_case(case)))
    assert "已脱敏" in pages
    assert "姓名、电子邮箱" in pages
    assert "手机号" not in pages
    pages, _ = all_text(
        report.render_pdf(case, result, lang="en", redactor=redact.Redactor.for_case(case))
    )
    assert "names,emailaddresses" in pages
    clean = dataclasses.replace(case, notes="群主没有管。")
    pages, _ = all_text(report.render_pdf(clean, result, redact=True))
    assert "已脱敏" in pages
    assert "未发现" in pages


def test_redact_true_finds_the_names_itself():
    case = pii_case()
    result = analyzer.analyze(case, today=TODAY)
    pages, meta = all_text(report.render_pdf(case, result, redact=True))
    for secret in ("张伟", "王芳", "欧阳娜娜", "13912345678", "建国路", "wangfang"):
        assert secret not in pages
        assert secret not in meta


# ---------------------------------------------------------------- command line


@pytest.fixture
def pii_file(tmp_path):
    path = tmp_path / "pii.json"
    path.write_text(json.dumps(domain.case_to_json(pii_case()), ensure_ascii=False), "utf-8")
    return path


def _pages(path) -> str:
    return all_text(path.read_bytes())[0] + all_text(path.read_bytes())[1]


def test_analyze_redact_name_redacts_listed_and_found_names(capsys, pii_file, tmp_path):
    out = tmp_path / "r.pdf"
    status = cli.main(
        ["analyze", str(pii_file), "--pdf", str(out), "--redact", "--redact-name", "刘晓红"]
    )
    assert status == 0, capsys.readouterr().err
    text = _pages(out)
    for secret in SECRETS:
        assert secret not in text, secret


def test_analyze_redact_name_alone_turns_redaction_on(capsys, pii_file, tmp_path):
    out = tmp_path / "r.pdf"
    status = cli.main(["analyze", str(pii_file), "--pdf", str(out), "--redact-name", "刘晓红"])
    assert status == 0, capsys.readouterr().err
    text = _pages(out)
    assert "刘晓红" not in text
    assert "张伟" not in text
    assert "已脱敏" in text


def test_analyze_without_redaction_keeps_the_names(capsys, pii_file, tmp_path):
    out = tmp_path / "r.pdf"
    assert cli.main(["analyze", str(pii_file), "--pdf", str(out)]) == 0
    assert "刘晓红" in _pages(out)


@pytest.mark.parametrize(("lang", "word"), [("zh", "姓名"), ("en", "name")])
def test_analyze_refuses_a_one_character_name_and_writes_nothing(
    capsys, pii_file, tmp_path, lang, word
):
    out = tmp_path / "r.pdf"
    status = cli.main(
        ["analyze", str(pii_file), "--pdf", str(out), "--redact-name", "张", "--lang", lang]
    )
    err = capsys.readouterr().err
    assert status == 2
    assert word in err
    assert "'张'" in err
    assert "Traceback" not in err
    assert not out.exists()


def test_analyze_redact_name_needs_a_pdf(capsys, pii_file):
    status = cli.main(["analyze", str(pii_file), "--redact-name", "刘晓红"])
    err = capsys.readouterr().err
    assert status == 2
    assert "--redact-name" in err
    assert "--pdf" in err


def test_cases_export_pdf_redacts_listed_names(capsys, pii_file, tmp_path):
    db = str(tmp_path / "store" / "cases.sqlite3")
    assert cli.main(["cases", "import", str(pii_file), "--db", db]) == 0
    capsys.readouterr()
    out = tmp_path / "r.pdf"
    status = cli.main(
        [
            "cases",
            "export-pdf",
            "1",
            str(out),
            "--db",
            db,
            "--redact-name",
            "刘晓红",
            "--volunteer",
            VOLUNTEER,
        ]
    )
    assert status == 0, capsys.readouterr().err
    text = _pages(out)
    for secret in SECRETS:
        assert secret not in text, secret


def test_cases_export_pdf_refuses_a_one_character_name(capsys, pii_file, tmp_path):
    db = str(tmp_path / "store" / "cases.sqlite3")
    assert cli.main(["cases", "import", str(pii_file), "--db", db]) == 0
    capsys.readouterr()
    out = tmp_path / "r.pdf"
    status = cli.main(["cases", "export-pdf", "1", str(out), "--db", db, "--redact-name", " "])
    err = capsys.readouterr().err
    assert status == 2
    assert "姓名" in err
    assert not out.exists()
