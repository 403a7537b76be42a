"""Redaction of personal data in titles and notes."""

import dataclasses
import datetime as dt
import io
import re

import pypdf
import pytest

from cases import analysis, caseio, redact, report, resources


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("身份证号：110105194912310021，", "110105194912310021"),
        ("身份证11010519491231002X已核对", "11010519491231002X"),
        ("证件号 44030419900307123x。", "44030419900307123x"),
    ],
)
def test_id_card_numbers(text, secret):
    out = redact.redact(text)
    assert secret not in out
    assert redact.ID_CARD_PLACEHOLDER in out


@pytest.mark.parametrize(
    "phone", ["13812345678", "19912345678", "+86 13812345678", "138-1234-5678", "138 1234 5678"]
)
def test_mobile_numbers(phone):
    out = redact.redact(f"他的电话是{phone}，请联系。")
    assert re.sub(r"\D", "", phone)[-11:] not in re.sub(r"\D", "", out)
    assert "1**********" in out


def test_numbers_that_are_not_phones_stay():
    text = "群里有 300 人，金额 12345678901234 元，编号 2024-0001，日期 2019-05-01"
    assert redact.redact(text) == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("微信：zhangsan_1988", "zhangsan_1988"),
        ("微信号 lisi-2020 拉我进群", "lisi-2020"),
        ("加我wxid_abc123xyz", "wxid_abc123xyz"),
        ("WeChat: wang_wu88", "wang_wu88"),
    ],
)
def test_wechat_ids(text, secret):
    out = redact.redact(text)
    assert secret not in out
    assert redact.WECHAT_PLACEHOLDER in out


@pytest.mark.parametrize("text", ["QQ：123456789", "QQ号 10001", "qq号码:2876543210"])
def test_qq_numbers(text):
    out = redact.redact(text)
    assert not re.search(r"\d{5,}", out)
    assert redact.QQ_PLACEHOLDER in out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("原告张三说群主不管", "原告张某说群主不管"),
        ("被告：李小明。", "被告：李某。"),
        ("群主王五在群里骂人，王五后来退群了", "群主王某在群里骂人，王某后来退群了"),
        ("当事人欧阳娜娜称", "当事人欧阳某称"),
        ("姓名：陈晓", "姓名：陈某"),
        ("一个名叫赵四的业主", "一个名叫赵某的业主"),
    ],
)
def test_names_after_markers(text, expected):
    assert redact.redact(text) == expected


def test_words_after_markers_that_are_not_names_stay():
    text = "群主责任分析：群主在群里发布了群规，当事人不清楚，被告已经道歉。"
    assert redact.redact(text) == text


def test_every_pattern_is_removed_from_one_note():
    note = (
        "当事人张三（身份证11010519491231002X，电话13912345678，微信号 zs_2019，QQ：87654321）"
        "称张三是群主。"
    )
    out = redact.redact(note)
    for secret in ("张三", "11010519491231002X", "13912345678", "zs_2019", "87654321"):
        assert secret not in out
    assert out.startswith("当事人张某（")


def test_pdf_redacts_title_and_notes_but_not_facts(tmp_path):
    case = caseio.load_file(resources.path("examples/07-owners-group-long-insult.json")).cases[0]
    case = dataclasses.replace(
        case,
        title="群主张三被诉案（电话13912345678）",
        notes="原告李四的微信号：lisi_888，QQ：123456789，身份证11010519491231002X。",
    )
    result = analysis.analyze(case, today=dt.date(2026, 11, 28))
    target = tmp_path / "r.pdf"
    report.write_pdf(target, case, result, redact=True)
    reader = pypdf.PdfReader(target)
    text = "".join(page.extract_text() for page in reader.pages)
    squashed = re.sub(r"\s", "", text)
    for secret in ("张三", "李四", "13912345678", "lisi_888", "123456789", "11010519491231002X"):
        assert secret not in squashed
        assert secret not in str(reader.metadata)
    assert "群主张某被诉案" in squashed
    assert "已脱敏" in squashed
    assert "300人" in squashed  # facts untouched
    unredacted = report.render_pdf(case, result)
    assert "群主张三被诉案" in re.sub(
        r"\s", "", "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(unredacted)).pages)
    )
