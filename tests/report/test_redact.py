"""Redaction of personal data in titles and notes."""

import dataclasses
import datetime as dt
import io
import re
import time

import pypdf
import pytest

from cases.analysis import analyzer
from cases.files import resources
from cases.model import case_files
from cases.present import redact, report


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
        ("his WeChat ID is wang_wu88", "wang_wu88"),
        ("加vx zs2019", "zs2019"),
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
        ("被告李小明住在楼下", "被告李某住在楼下"),
    ],
)
def test_names_after_markers(text, expected):
    assert redact.redact(text) == expected


def test_english_words_after_wechat_are_not_ids():
    text = "The examples (WeChat groups, QQ groups…) appear only in the answers."
    assert redact.redact(text) == text


def test_words_after_markers_that_are_not_names_stay():
    text = "群主责任分析：群主在群里发布了群规，当事人不清楚，被告已经道歉。"
    assert redact.redact(text) == text


@pytest.mark.parametrize("text", ["管理员向平台举报辱骂信息", "群主管理群聊"])
def test_a_word_the_app_itself_uses_is_not_taken_for_a_name(text):
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
    case = case_files.load_file(resources.path("examples/07-owners-group-long-insult.json")).cases[
        0
    ]
    case = dataclasses.replace(
        case,
        title="群主张三被诉案（电话13912345678）",
        notes="原告李四的微信号：lisi_888，QQ：123456789，身份证11010519491231002X。",
    )
    result = analyzer.analyze(case, today=dt.date(2026, 11, 28))
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


@pytest.mark.parametrize(
    "email",
    [
        "zhang.wei@example.com",
        "wangfang@qq.com",
        "li_si+group@mail.163.com",
        "A.B-C@Sub.Example.CN",
    ],
)
def test_email_addresses(email):
    out = redact.redact(f"联系邮箱：{email}，请回复。")
    assert out == f"联系邮箱：{redact.EMAIL_PLACEHOLDER}，请回复。"


def test_an_email_made_of_a_qq_number_is_one_email_not_a_qq_number():
    assert redact.redact("邮箱 87654321@qq.com") == f"邮箱 {redact.EMAIL_PLACEHOLDER}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("住北京市朝阳区建国路88号3栋2单元501室。", "住[住址]。"),
        ("家住上海市浦东新区世纪大道100号，", "家住[住址]，"),
        ("广东省深圳市南山区科技园路1号", "[住址]"),
        ("地址：杭州市西湖区文三路 90 号 2 幢", "地址：[住址]"),
        ("住在幸福小区5栋1单元302室", "住在[住址]"),
        ("朝阳区建国路88号院3号楼2单元501", "[住址]"),
        ("住址：河北省保定市莲池区东关", "住址：[住址]"),
        ("现住北京市海淀区中关村大街27号。", "现住[住址]。"),
    ],
)
def test_street_addresses(text, expected):
    assert redact.redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "5月3号在群里发言，群里3号又发了一次。",
        "县级以上地方人民政府有关部门依法处理。",
        "国务院令第588号公布，2019年5月1日施行。",
        "他在路上走了3小时，街上有 300 人。",
        "北京市朝阳区人民法院审理了此案。",
        "个人信息包括姓名、住址、电话号码等。",
        "他们住在一起，地址是什么不清楚。",
    ],
)
def test_words_that_are_not_street_addresses_stay(text):
    assert redact.redact(text) == text


def _app_texts():
    """Every law text, note and label the report can draw."""
    from cases.law import library as lawlib
    from cases.model import labels

    lib = lawlib.library()
    for one in lib.laws:
        yield from (one.short_title, one.title, one.title_en, one.issuer)
        for version in one.versions:
            yield from (version.note or "", version.note_en or "")
            for article in version.articles:
                for paragraph in article.paragraphs:
                    yield paragraph.text
    for table in vars(labels).values():
        if isinstance(table, dict):
            for value in table.values():
                for item in value if isinstance(value, tuple) else (value,):
                    if isinstance(item, str):
                        yield item
                    elif isinstance(item, tuple):
                        yield from (s for s in item if isinstance(s, str))


def test_no_law_text_or_label_is_changed_by_redaction():
    redactor = redact.Redactor()
    texts = list(_app_texts())
    assert len(texts) > 100
    changed = [t for t in texts if redactor(t) != t]
    assert changed == []


def test_names_found_in_the_notes_are_replaced_in_the_title():
    case = dataclasses.replace(
        case_files.load_file(resources.path("examples/07-owners-group-long-insult.json")).cases[0],
        title="张伟诉王芳名誉侵权案",
        notes="原告张伟说被告王芳在群里辱骂他。",
    )
    redactor = redact.Redactor.for_case(case)
    assert redactor(case.title) == "张某诉王某名誉侵权案"
    assert redact.case_names(case) == ("张伟", "王芳")


def test_listed_names_are_replaced_without_a_marker():
    redactor = redact.Redactor(names=("刘晓红", "Tom Lee"))
    assert redactor("证人刘晓红和Tom Lee都在群里") == "证人刘某和[姓名]都在群里"


def test_a_latin_name_is_replaced_only_as_a_whole_word():
    redactor = redact.Redactor(names=("Li",))
    assert redactor("Group-Owner Liability Analyzer: Li said") == (
        "Group-Owner Liability Analyzer: [姓名] said"
    )


def test_the_longer_of_two_overlapping_names_is_replaced_whole():
    redactor = redact.Redactor(names=("张伟", "张伟明"))
    assert redactor("张伟明和张伟") == "张某和张某"


@pytest.mark.parametrize("name", ["", "  ", "张", "12", "——"])
def test_a_name_that_would_blank_ordinary_text_is_refused(name):
    with pytest.raises(redact.BadNameError) as caught:
        redact.check_name(name)
    assert "姓名" in caught.value.text("zh")
    assert "name" in caught.value.text("en")
    assert repr(name.strip()) in caught.value.text("en")


def test_names_typed_in_one_field_are_split_at_commas_and_enumeration_marks():
    assert redact.split_names(" 张伟、王芳，Tom Lee ;刘晓红\n张伟 ") == (
        "张伟",
        "王芳",
        "Tom Lee",
        "刘晓红",
    )


def test_the_kinds_found_are_named_in_order():
    redactor = redact.Redactor(names=("刘晓红",))
    kinds = redactor.kinds_in("刘晓红 13912345678", "a@b.cn", "建国路88号")
    assert kinds == (redact.Kind.NAME, redact.Kind.PHONE, redact.Kind.EMAIL, redact.Kind.ADDRESS)
    assert redactor.kinds_in("群里有 300 人") == ()
    assert redact.Kind.ADDRESS.label("zh") == "住址"
    assert redact.Kind.EMAIL.label("en") == "e-mail addresses"


def test_a_long_note_full_of_place_words_is_redacted_in_linear_time():
    note = "北京市朝阳区市区县镇乡街道" * 2000 + "原告张伟住建国路88号"
    start = time.perf_counter()
    out = redact.redact(note)
    assert time.perf_counter() - start < 3  # nested optional parts took minutes
    assert out.endswith("原告张某住[住址]")
