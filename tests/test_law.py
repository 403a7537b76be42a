"""The law library: numbering, version choice by date, headings, and refusal of bad data."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

from cases.files import resources
from cases.law import library as lawlib
from cases.rules import assumptions


def test_chinese_numbers():
    assert [lawlib.chinese_number(n) for n in (1, 9, 10, 12, 20, 21, 99)] == [
        "一",
        "九",
        "十",
        "十二",
        "二十",
        "二十一",
        "九十九",
    ]
    with pytest.raises(ValueError, match="0"):
        lawlib.chinese_number(0)
    assert lawlib.paragraph_label(2) == "第二款"
    assert lawlib.paragraph_label(None) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一", 1),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("三十七", 37),
        ("一百零四", 104),
        ("三百六十四", 364),
        ("一千一百九十四", 1194),
        ("两百", 200),
        ("", None),
        ("12", None),
        ("十a", None),
    ],
)
def test_chinese_numbers_read_back(text, value):
    assert lawlib.read_chinese_number(text) == value


@pytest.mark.parametrize(
    ("number", "english"),
    [
        ("第一条", "Art. 1"),
        ("第十五条", "Art. 15"),
        ("第一百零四条", "Art. 104"),
        ("第二百八十七条之一", "Art. 287-1"),
        ("第二百九十一条之一", "Art. 291-1"),
        ("第二条第二款", "第二条第二款"),
        ("问答", "问答"),
        ("第x条", "第x条"),
    ],
)
def test_article_numbers_in_english(number, english):
    assert lawlib.article_number_en(number) == english


def test_every_stored_article_number_has_an_english_form():
    for stored in lawlib.library().laws:
        for version in stored.versions:
            for article in version.articles:
                assert lawlib.article_number_en(article.number).startswith("Art. "), article.number


def test_versions_switch_on_their_first_day():
    cyber = lawlib.library().law("cybersecurity_law")
    assert cyber.version_on(dt.date(2025, 12, 31)) == (cyber.versions[0], False)
    assert cyber.version_on(dt.date(2026, 1, 1)) == (cyber.versions[1], False)
    before, predates = cyber.version_on(dt.date(2017, 5, 31))
    assert before is cyber.versions[0]
    assert predates


def test_an_incident_before_the_earliest_stored_text_is_noted():
    citation = lawlib.library().cite("civil_code", "knowledge_liability", dt.date(2020, 12, 31))
    assert citation.note
    assert "2021-01-01" in citation.note
    assert citation.note_en
    # The version's own remark (which law applied before) reaches both languages.
    assert "侵权责任法》第三十六条" in citation.note
    assert "Article 36 of the Tort Liability Law" in citation.note_en
    later = lawlib.library().cite("civil_code", "knowledge_liability", dt.date(2021, 1, 1))
    assert later.note is None


def test_headings_show_article_paragraph_mark_and_unchecked_numbers():
    lib = lawlib.library()
    c = lib.cite("cybersecurity_law", "use_obligation", dt.date(2020, 1, 1))
    assert c.heading("zh") == "《网络安全法》（2016）第十二条第二款 ✅"
    assert c.heading("en").startswith("Cybersecurity Law 《网络安全法》 (2016) 第十二条第二款")
    inferred = lib.cite("group_regulation", "penalties_elsewhere", dt.date(2020, 1, 1))
    assert "条号待核对" in inferred.heading("zh")
    assert "to be checked" in inferred.heading("en")
    qa = lib.authority("qa_owner_duty")
    assert qa.level is lawlib.Level.OFFICIAL_INTERPRETATION
    assert "答记者问" in qa.heading("zh")
    assert "☑️" in qa.heading("zh")
    assert qa.heading("en").startswith("CAC official")
    assert qa.json_text("zh") == json.dumps(qa.to_json("zh"), ensure_ascii=False)


def test_a_citations_json_bytes_are_its_json_text_in_utf8():
    c = lawlib.library().cite("group_regulation", "owner_duty", dt.date(2020, 1, 1))
    for lang in ("zh", "en"):
        assert c.json_bytes(lang) == c.json_text(lang).encode("utf-8")
        assert json.loads(c.json_bytes(lang)) == c.to_json(lang)


def test_a_citation_json_is_a_fresh_dict():
    c = lawlib.library().cite("group_regulation", "owner_duty", dt.date(2020, 1, 1))
    first = c.to_json()
    first["text"] = "changed"
    assert c.to_json()["text"].startswith("互联网群组建立者")


def test_every_law_lists_in_the_library():
    ids = {item.id for item in lawlib.library().laws}
    assert {"group_regulation", "cybersecurity_law", "criminal_law", "civil_code"} <= ids


def _document(law_id: str) -> dict:
    return json.loads(resources.path(f"law/{law_id}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "spoil",
    [
        lambda d: d["versions"][0]["provisions"].update(
            x={"article": "第九十九条", "paragraph": None}
        ),
        lambda d: d["versions"][0]["provisions"].update(x={"article": "第十二条", "paragraph": 7}),
        lambda d: d["versions"][0].update(effective_to="2026-06-01"),
        lambda d: d["versions"][0].update(adopted=None),
    ],
    ids=["unknown article", "unknown paragraph", "overlapping versions", "no dates"],
)
def test_inconsistent_law_data_is_refused(spoil):
    document = copy.deepcopy(_document("cybersecurity_law"))
    spoil(document)
    with pytest.raises(lawlib.LawDataError):
        lawlib._load_law(document)


def test_a_repealed_law_resolves_to_its_last_text():
    document = copy.deepcopy(_document("legislation_law"))
    document["versions"][1]["effective_to"] = "2030-01-01"
    loaded = lawlib._load_law(document)
    assert loaded.version_on(dt.date(2031, 1, 1)) == (loaded.versions[1], False)
    with pytest.raises(KeyError):
        loaded.versions[0].article("第一千条")


@pytest.mark.parametrize(("family", "hours"), [(1, 24), (501, 24), (10, 0), (10, 24 * 91)])
def test_settings_out_of_range_are_refused(family, hours):
    with pytest.raises(ValueError, match="must be between"):
        assumptions.Settings(family, hours)


def test_a_departmental_rule_outranks_the_regulation_but_not_a_law():
    lib = lawlib.library()
    rule = lib.law("content_ecosystem_provisions").kind
    regulation = lib.law("group_regulation").kind
    assert rule is lawlib.Kind.DEPARTMENTAL_RULE
    assert regulation is lawlib.Kind.NORMATIVE_DOCUMENT
    assert rule.outranks(regulation)
    assert not regulation.outranks(rule)
    assert lawlib.Kind.LAW.outranks(rule)
    assert lawlib.Kind.CONSTITUTION.rank == 0
    # A judicial interpretation applies laws: it is not placed in the legislative chain.
    interpretation = lib.law("spc_spp_2013_defamation").kind
    assert interpretation.rank is None
    assert not interpretation.outranks(regulation)
    assert not rule.outranks(interpretation)


def test_every_law_of_analysis_version_2_is_in_the_library():
    ids = {item.id for item in lawlib.library().laws}
    assert {
        "tort_liability_law",
        "general_provisions_civil_law",
        "content_ecosystem_provisions",
        "online_violence_provisions",
    } <= ids


@pytest.mark.parametrize(
    ("on", "version", "opening_a_casino"),
    [
        (dt.date(2006, 6, 29), "2006", "开设赌场的，处三年以下有期徒刑"),
        (dt.date(2021, 2, 28), "2006", "开设赌场的，处三年以下有期徒刑"),
        (dt.date(2021, 3, 1), "2020", "开设赌场的，处五年以下有期徒刑"),
    ],
)
def test_article_303_resolves_to_the_text_of_its_date(on, version, opening_a_casino):
    citation = lawlib.library().cite("criminal_law", "gambling_house", on)
    assert citation.version == version
    assert citation.article == "第三百零三条"
    assert opening_a_casino in citation.text
    assert citation.verified == "✅"
    assert citation.note is None


def test_article_303_before_amendment_vi_says_the_1997_text_is_not_stored():
    citation = lawlib.library().cite("criminal_law", "gambling_house", dt.date(2006, 6, 28))
    assert citation.version == "2006"
    assert "2006-06-29 起施行" in citation.note
    assert "1997 年原文未收录" in citation.note
    assert "1997 text" in citation.note_en


def test_a_version_holding_one_article_does_not_hide_the_others():
    lib = lawlib.library()
    criminal = lib.law("criminal_law")
    on = dt.date(2019, 5, 1)
    assert criminal.version_on(on)[0].version == "2006"
    # 刑法 §12 has read the same since 1997-10-01: the 2020 text, with no caveat.
    scope = lib.cite("criminal_law", "temporal_scope", on)
    assert (scope.version, scope.note) == ("2020", None)
    # §246 has no stored date before 2021-03-01: the caveat stays.
    defamation = lib.cite("criminal_law", "insult_defamation", on)
    assert defamation.version == "2020"
    assert "2021-03-01 起施行" in defamation.note


def test_a_text_older_than_its_version_counts_from_its_own_date():
    lib = lawlib.library()
    limits = lib.cite("criminal_law", "time_limits", dt.date(1997, 10, 1))
    assert (limits.article, limits.note) == ("第八十七条", None)
    before = lib.cite("criminal_law", "time_limits", dt.date(1997, 9, 30))
    assert "1997-10-01 起施行" in before.note
    assert "from 1997-10-01" in before.note_en
    helping = lib.cite("criminal_law", "helping_network_crime", dt.date(2015, 10, 31))
    assert "2015-11-01 起施行" in helping.note
    assert lib.cite("criminal_law", "helping_network_crime", dt.date(2015, 11, 1)).note is None


@pytest.mark.parametrize(
    ("provision", "on", "version", "basic", "most_serious"),
    [
        ("insult_defamation", dt.date(2022, 1, 1), "2020", 3, 3),
        ("illegal_use_of_network", dt.date(2022, 1, 1), "2020", 3, 3),
        ("helping_network_crime", dt.date(2016, 1, 1), "2020", 3, 3),
        ("spreading_obscene_items", dt.date(2010, 1, 1), "2020", 2, 2),
        ("false_emergency_info", dt.date(2022, 1, 1), "2020", 3, 7),
        ("personal_information", dt.date(2022, 1, 1), "2020", 3, 7),
        ("refusing_network_security_duty", dt.date(2022, 1, 1), "2020", 3, 3),
        ("gambling_house", dt.date(2021, 2, 28), "2006", 3, 10),
        ("gambling_house", dt.date(2021, 3, 1), "2020", 5, 10),
        ("obscene_for_profit", dt.date(2000, 1, 1), "2020", 3, "life"),
    ],
)
def test_statutory_maxima_follow_the_spec_table(provision, on, version, basic, most_serious):
    found = lawlib.library().statutory_maximum("criminal_law", provision, on)
    assert (found.law_id, found.provision, found.version) == ("criminal_law", provision, version)
    assert found.basic == lawlib.MaximumSentence(basic)
    if most_serious == "life":
        assert found.most_serious == lawlib.MaximumSentence(None, life=True)
    else:
        assert found.most_serious == lawlib.MaximumSentence(most_serious)


def test_a_provision_without_maxima_has_none_to_give():
    with pytest.raises(KeyError):
        lawlib.library().statutory_maximum("criminal_law", "temporal_scope", dt.date(2022, 1, 1))
    with pytest.raises(KeyError, match="no provision"):
        lawlib.library().law("criminal_law").version_on(dt.date(2022, 1, 1), "no_such_key")


def test_maxima_compare_by_severity():
    life, ten, three = (
        lawlib.MaximumSentence(None, life=True),
        lawlib.MaximumSentence(10),
        lawlib.MaximumSentence(3),
    )
    assert life.at_least(ten)
    assert life.at_least(life)
    assert not ten.at_least(life)
    assert ten.at_least(three)
    assert ten.at_least(ten)
    assert not three.at_least(ten)


@pytest.mark.parametrize(
    ("provision", "before", "after", "old", "new"),
    [
        ("time_limit", "第二十二条", "第二十五条", "✅", "☑️"),
        ("obscene", "第六十八条", "第八十条", "✅", "☑️"),
        ("gambling", "第七十条", "第八十二条", "✅", "☑️"),
    ],
)
def test_public_security_provisions_switch_on_2026_01_01(provision, before, after, old, new):
    lib = lawlib.library()
    cited = lib.cite("public_security_penalties_law", provision, dt.date(2025, 12, 31))
    assert (cited.version, cited.article, cited.verified) == ("2012", before, old)
    cited = lib.cite("public_security_penalties_law", provision, dt.date(2026, 1, 1))
    assert (cited.version, cited.article, cited.verified) == ("2025", after, new)


def test_civil_provisions_by_date():
    lib = lawlib.library()
    old = lib.cite("tort_liability_law", "fault_liability", dt.date(2020, 12, 31))
    assert (old.law, old.article, old.verified, old.note) == ("侵权责任法", "第六条", "✅", None)
    assert (
        lib.cite("tort_liability_law", "network_tort", dt.date(2015, 1, 1)).article == "第三十六条"
    )
    new = lib.cite("civil_code", "fault_liability", dt.date(2021, 1, 1))
    assert (new.law, new.article, new.verified) == ("民法典", "第一千一百六十五条", "✅")
    limit = lib.cite("general_provisions_civil_law", "time_limit", dt.date(2017, 10, 1))
    assert (limit.law, limit.article, limit.verified) == ("民法总则", "第一百八十八条", "✅")
    assert "但是自权利受到损害之日起超过二十年的，人民法院不予保护；" in limit.text
    code = lib.cite("civil_code", "time_limit", dt.date(2021, 1, 1))
    assert "但是，自权利受到损害之日起超过二十年的，人民法院不予保护，" in code.text
    harm = lib.cite("civil_code", "mental_harm", dt.date(2022, 1, 1))
    assert harm.heading("zh") == "《民法典》（2020）第一千一百八十三条第一款 ✅"
    employer = lib.cite("civil_code", "employer_liability", dt.date(2022, 1, 1))
    assert employer.text.startswith("用人单位的工作人员因执行工作任务造成他人损害的")


def test_the_group_founders_duty_under_the_departmental_rule_from_2020_03_01():
    lib = lawlib.library()
    duty = lib.cite("content_ecosystem_provisions", "group_manager_duty", dt.date(2020, 3, 1))
    assert duty.heading("zh") == "《网络信息内容生态治理规定》（2019）第十九条 ✅"
    assert duty.text.startswith("网络群组、论坛社区版块建立者和管理者应当履行群组、版块管理责任")
    penalties = lib.cite("content_ecosystem_provisions", "penalties_elsewhere", dt.date(2021, 1, 1))
    assert penalties.verified == "☑️"
    assert "第十九条" in penalties.text
    early = lib.cite("content_ecosystem_provisions", "group_manager_duty", dt.date(2020, 2, 29))
    assert "2020-03-01 起施行" in early.note
    # Art. 6: the form of item numbers (一)–(七) is inferred, the rest is verified.
    article = lib.law("content_ecosystem_provisions").versions[0].article("第六条")
    assert [p.verified for p in article.paragraphs] == ["✅"] + ["⚠️"] * 7 + ["✅"] * 4


def _spoil_criminal(spoil):
    document = copy.deepcopy(_document("criminal_law"))
    spoil({v["version"]: v for v in document["versions"]})
    return document


@pytest.mark.parametrize(
    "spoil",
    [
        lambda v: v["2020"]["provisions"]["gambling_house"].update(text_since="2021-03-01"),
        lambda v: v["2020"]["provisions"]["gambling_house"].update(text_since="2020-01-01"),
        lambda v: v["2020"]["supplements"][0]["articles"].append(v["2020"]["articles"][0]),
        lambda v: v["2020"]["provisions"]["gambling_house"]["statutory_maximum"].update(basic=0),
        lambda v: v["2020"]["provisions"]["gambling_house"]["statutory_maximum"].update(basic=True),
        lambda v: v["2020"]["provisions"]["gambling_house"]["statutory_maximum"].update(
            most_serious="death"
        ),
        lambda v: v["2020"]["provisions"]["gambling_house"]["statutory_maximum"].update(
            basic="life", most_serious=10
        ),
        lambda v: v["2020"]["provisions"]["gambling_house"]["statutory_maximum"].update(
            most_serious=3
        ),
    ],
    ids=[
        "text since not before its version",
        "text since reaching into the older version",
        "article stored twice",
        "maximum of zero years",
        "maximum not a number",
        "maximum neither years nor life",
        "life below a fixed term",
        "most serious below basic",
    ],
)
def test_inconsistent_criminal_law_data_is_refused(spoil):
    with pytest.raises(lawlib.LawDataError):
        lawlib._load_law(_spoil_criminal(spoil))


def test_an_unknown_kind_is_refused():
    document = copy.deepcopy(_document("content_ecosystem_provisions"))
    document["kind"] = "ministerial_whim"
    with pytest.raises(lawlib.LawDataError, match="unknown kind"):
        lawlib._load_law(document)
