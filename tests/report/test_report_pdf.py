"""The case summary PDF: content, fonts, atomic writing."""

import datetime as dt
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from cases.analysis import analyzer
from cases.files import resources
from cases.model import case_files, domain, labels
from cases.present import report
from cases.rules import engine

EXAMPLES = resources.path("examples")
TODAY = dt.date(2026, 11, 28)


def _load(name: str) -> domain.Case:
    return case_files.load_file(EXAMPLES / name).cases[0]


def _text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def insult_case():
    case = _load("07-owners-group-long-insult.json")
    return case, analyzer.analyze(case, today=TODAY)


@pytest.fixture(scope="module")
def insult_pdf(insult_case):
    case, result = insult_case
    return report.render_pdf(
        case,
        result,
        case_id="C-0007",
        volunteer="志愿者小王",
        exported_at=dt.datetime(2026, 11, 28, 9, 30),
    )


def test_header_names_provenance(insult_pdf):
    text = _squash(_text(insult_pdf))
    for expected in (
        "业主群长期辱骂案",
        "C-0007",
        "2026-11-2809:30",
        "志愿者小王",
        "0.1.0",
        engine.RULESET,
    ):
        assert _squash(expected) in text
    assert "24小时" in text
    assert "10人" in text


def test_every_cited_clause_is_quoted_verbatim(insult_case, insult_pdf):
    _, result = insult_case
    text = _squash(_text(insult_pdf))
    citations = [c for step in result.steps for c in step.citations]
    citations += [flag.citation for flag in result.other_laws]
    assert citations
    for citation in citations:
        assert _squash(citation.text) in text, citation.heading()


def test_facts_outcome_and_unknowns(insult_case, insult_pdf):
    _case, result = insult_case
    text = _squash(_text(insult_pdf))
    assert _squash(result.label("zh")) in text
    for name in domain.INCIDENT_FIELDS:
        assert _squash(labels.field_label(name)) in text
    assert "300人" in text
    assert "2019-05-01" in text
    assert "2018-06-0109:00" in text
    # rumor_emergency and timely are unknown in this example
    assert text.count("不详") >= 2
    assert "志愿者的判断" in text


def test_steps_statuses_and_levels(insult_case, insult_pdf):
    _, result = insult_case
    text = _squash(_text(insult_pdf))
    for step in result.steps:
        assert _squash(f"{step.id}{step.title[0]}") in text
    for level_name in ("【法律条文】", "【官方解读】", "【评论（转述）】", "【本应用的假定】"):
        assert level_name in text
    assert "条号待核对" in text
    assert "不是法律意见" in text


def test_page_numbers_and_running_header(insult_pdf):
    reader = pypdf.PdfReader(io.BytesIO(insult_pdf))
    total = len(reader.pages)
    assert total >= 2
    for number, page in enumerate(reader.pages, 1):
        text = _squash(page.extract_text())
        assert f"第{number}页/共{total}页" in text
        if number > 1:
            assert "业主群长期辱骂案" in text


def test_not_reached_steps_are_marked():
    case = _load("02-one-to-one-insult.json")
    result = analyzer.analyze(case, today=TODAY)
    assert any(s.status.value == "not_reached" for s in result.steps)
    text = _squash(_text(report.render_pdf(case, result)))
    assert "未进行" in text
    assert _squash(result.label("zh")) in text


def test_missing_facts_are_named():
    case = _load("15-facts-incomplete.json")
    result = analyzer.analyze(case, today=TODAY)
    assert result.missing
    text = _squash(_text(report.render_pdf(case, result)))
    assert "还需要确认的事实" in text
    for name in result.missing:
        assert _squash(labels.field_label(name)) in text


def test_english_export_keeps_clauses_in_chinese(insult_case):
    case, result = insult_case
    text = _squash(_text(report.render_pdf(case, result, lang="en")))
    assert "Outcome" in text
    assert "Likelyfellshortofthemanagementduty" in text
    assert "Page1of" in text
    for step in result.steps:
        for citation in step.citations:
            if citation.level.value in ("law", "official_interpretation"):
                assert _squash(citation.text) in text


def _pdf_fonts(data: bytes):
    reader = pypdf.PdfReader(io.BytesIO(data))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    return fonts


def test_all_fonts_are_embedded_subsets(insult_pdf):
    fonts = _pdf_fonts(insult_pdf)
    assert fonts
    for name, font in fonts.items():
        assert re.match(r"/[A-Z]{6}\+", name), name  # subset tag
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, name


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_reports_embedded_subsets(insult_pdf, tmp_path):
    target = tmp_path / "r.pdf"
    target.write_bytes(insult_pdf)
    out = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True)
    rows = out.stdout.splitlines()[2:]
    assert rows
    for row in rows:
        emb, sub = row.split()[-5:-3]
        assert (emb, sub) == ("yes", "yes"), row


def test_write_pdf_writes_atomically(insult_case, tmp_path):
    case, result = insult_case
    target = tmp_path / "out.pdf"
    report.write_pdf(target, case, result)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_unwritable_target_gives_clear_error_and_no_file(insult_case, tmp_path):
    case, result = insult_case
    missing_dir = tmp_path / "no" / "such" / "dir" / "out.pdf"
    with pytest.raises(report.ReportWriteError) as info:
        report.write_pdf(missing_dir, case, result)
    assert str(missing_dir) in info.value.text()
    assert not missing_dir.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_read_only_folder_leaves_nothing_behind(insult_case, tmp_path):
    case, result = insult_case
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if _can_write(folder):
            pytest.skip("running with privileges that ignore folder permissions")
        with pytest.raises(report.ReportWriteError):
            report.write_pdf(folder / "out.pdf", case, result)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def _can_write(folder: Path) -> bool:
    try:
        (folder / "probe").write_bytes(b"")
    except OSError:
        return False
    (folder / "probe").unlink()
    return True


def test_failure_while_writing_removes_the_temporary_file(insult_case, tmp_path, monkeypatch):
    case, result = insult_case
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied", dst)

    monkeypatch.setattr(report.os, "replace", refuse)
    with pytest.raises(report.ReportWriteError):
        report.write_pdf(target, case, result)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_cli_writes_the_pdf(tmp_path):
    target = tmp_path / "cli.pdf"
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [
            sys.executable,
            str(root / "main.py"),
            "analyze",
            str(EXAMPLES / "07-owners-group-long-insult.json"),
            "--pdf",
            str(target),
            "--redact",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert "已脱敏" in _squash(_text(target.read_bytes()))


def test_store_cli_export_pdf(tmp_path):
    root = Path(__file__).resolve().parents[2]
    db = tmp_path / "store.sqlite"
    target = tmp_path / "case.pdf"

    def run(*args):
        return subprocess.run(
            [sys.executable, str(root / "main.py"), "cases", *args, "--db", str(db)],
            capture_output=True,
            text=True,
            check=False,
        )

    assert run("import", str(EXAMPLES / "07-owners-group-long-insult.json")).returncode == 0
    out = run("export-pdf", "1", str(target), "--volunteer", "王志愿")
    assert out.returncode == 0, out.stderr
    text = _squash(_text(target.read_bytes()))
    assert "王志愿" in text
    assert "业主群长期辱骂案" in text
    missing = run("export-pdf", "99", str(tmp_path / "none.pdf"))
    assert missing.returncode == 2
    assert not (tmp_path / "none.pdf").exists()


@pytest.mark.parametrize(
    ("lang", "expected"), [("zh", "无法写入 PDF 文件"), ("en", "Cannot write the PDF file")]
)
def test_cli_names_an_unwritable_pdf_target_in_the_users_language(tmp_path, lang, expected):
    root = Path(__file__).resolve().parents[2]
    target = tmp_path / "no such folder" / "out.pdf"
    db = tmp_path / "store.sqlite"
    example = str(EXAMPLES / "07-owners-group-long-insult.json")
    commands = (
        ["analyze", example, "--pdf", str(target), "--lang", lang],
        ["cases", "export-pdf", "1", str(target), "--db", str(db), "--lang", lang],
    )
    imported = subprocess.run(
        [sys.executable, str(root / "main.py"), "cases", "import", example, "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert imported.returncode == 0, imported.stderr
    for command in commands:
        out = subprocess.run(
            [sys.executable, str(root / "main.py"), *command],
            capture_output=True,
            text=True,
            check=False,
        )
        assert out.returncode == 1, out.stderr
        assert expected in out.stderr
        assert str(target) in out.stderr
        assert "Traceback" not in out.stderr
        assert not target.exists()


def test_the_pdf_shows_summary_basis_time_limits_and_the_civil_question(insult_case, insult_pdf):
    _, result = insult_case
    text = _squash(_text(insult_pdf))
    assert _squash(result.summary[0][:30]) in text
    assert "依据：" in text
    assert "追究时效" in text
    for limit in result.time_limits:
        assert _squash(labels.LIMIT_STATUSES[limit.limit.status.value][0]) in text
    assert "民事责任：" in text
    assert _squash(result.civil.finding[0][:30]) in text
    assert "涉及发布者" in text  # whom a flag concerns
