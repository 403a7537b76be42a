"""Every stored law text matches shared/legal/sources-zh.md character for character.

The comparisons need ``../shared`` (CI has it): without it they skip, naming the file,
unless ``REQUIRE_SHARED=1`` makes them fail (see tests/conftest.py).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from cases.files import resources
from cases.law import library as lawlib

SOURCES = "legal/sources-zh.md"
EXPLAINER = "sources/000_e5d910310905c2cf.txt"

LAW_FILES = sorted(resources.path("law").glob("*.json"))


@pytest.fixture(scope="module")
def sources_text(shared_file) -> str:
    """The verified sources file's text (the test skips where ../shared is absent)."""
    return shared_file(SOURCES).read_text(encoding="utf-8")


def test_a_missing_shared_file_skips_here_and_fails_where_it_is_required(shared_file, monkeypatch):
    monkeypatch.delenv("REQUIRE_SHARED", raising=False)
    with pytest.raises(pytest.skip.Exception, match=r"no-such-file\.md is not here"):
        shared_file("legal/no-such-file.md")
    monkeypatch.setenv("REQUIRE_SHARED", "1")
    with pytest.raises(pytest.fail.Exception, match=r"REQUIRE_SHARED=1.*no-such-file\.md"):
        shared_file("legal/no-such-file.md")


def _section(text: str, heading: str) -> str:
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(heading))
    level = len(heading) - len(heading.lstrip("#"))
    out = []
    for line in lines[start + 1 :]:
        if line.startswith("#") and len(line) - len(line.lstrip("#")) <= level:
            break
        out.append(line)
    return "\n".join(out)


def _versions():
    for file in LAW_FILES:
        document = json.loads(file.read_text(encoding="utf-8"))
        for version in document["versions"]:
            yield pytest.param(document, version, id=f"{document['id']}-{version['version']}")


@pytest.mark.parametrize(("document", "version"), list(_versions()))
def test_every_article_is_verbatim_in_its_section(document, version, sources_text):
    section = _section(sources_text, version["section"])
    assert version["articles"], "a version with no articles"
    for article in version["articles"]:
        paragraphs = [p["text"] for p in article["paragraphs"]]
        block = f"> **{article['article']}**\u3000" + "\n>\n> ".join(paragraphs)
        assert block in section, (
            f"{document['id']} {version['version']} {article['article']} differs"
        )
        for paragraph in article["paragraphs"]:
            assert paragraph["verified"] in ("✅", "☑️", "⚠️")


def test_every_article_of_the_sources_is_stored(sources_text):
    """Nothing the sources file quotes for these sections was left out."""
    for file in LAW_FILES:
        document = json.loads(file.read_text(encoding="utf-8"))
        for version in document["versions"]:
            section = _section(sources_text, version["section"])
            quoted = [line for line in section.splitlines() if line.startswith("> **第")]
            assert len(quoted) == len(version["articles"]), (document["id"], version["version"])


def test_regulation_has_all_fifteen_articles_and_its_marks():
    regulation = lawlib.library().law("group_regulation")
    (version,) = regulation.versions
    numbers = [a.number for a in version.articles]
    assert numbers == [f"第{lawlib.chinese_number(n)}条" for n in range(1, 16)]
    assert version.effective_from == dt.date(2017, 10, 8)
    art9 = version.article("第九条")
    assert [p.verified for p in art9.paragraphs] == ["✅", "✅", "☑️"]
    assert art9.verified(1) == "✅"
    assert art9.verified() == "☑️"  # the whole article is as strong as its weakest paragraph
    for n in ("第十一条", "第十二条", "第十三条", "第十四条", "第十五条"):
        assert version.article(n).number_inferred
        assert version.article(n).verified() == "⚠️"
    assert not version.article("第十条").number_inferred


def test_single_source_texts_are_marked_so():
    lib = lawlib.library()
    assert lib.cite("cybersecurity_law", "use_obligation", dt.date(2026, 1, 1)).verified == "☑️"
    assert lib.cite("cybersecurity_law", "use_obligation", dt.date(2025, 12, 31)).verified == "✅"
    assert lib.cite("public_security_penalties_law", "rumor", dt.date(2026, 3, 1)).verified == "✅"
    assert (
        lib.cite("public_security_penalties_law", "insult_defamation", dt.date(2026, 3, 1)).verified
        == "☑️"
    )
    assert lib.cite("civil_code", "knowledge_liability", dt.date(2022, 1, 1)).verified == "☑️"


def _authorities() -> dict[str, dict]:
    entries: dict[str, dict] = json.loads(resources.read_text("authorities.json"))["entries"]
    return entries


def test_official_interpretations_are_verbatim(sources_text):
    for key, entry in _authorities().items():
        if entry["level"] == "official_interpretation":
            assert entry["text"] in sources_text, key
            assert entry["verified"] == "☑️"


def test_commentary_is_paraphrased():
    for key, entry in _authorities().items():
        if entry["level"] != "official_interpretation":
            assert entry["verified"] is None, key
            assert entry["text"].startswith("本应用转述"), key


def test_commentary_copies_no_run_of_12_characters_from_the_explainer(shared_file):
    explainer = shared_file(EXPLAINER).read_text(encoding="utf-8")
    for key, entry in _authorities().items():
        if entry["level"] != "official_interpretation":
            text = entry["text"]
            runs = {text[i : i + 12] for i in range(len(text) - 11)}
            copied = [r for r in runs if r in explainer]
            assert not copied, f"{key} copies the explainer: {copied[:3]}"


def test_rewritten_unofficial_wordings_are_not_used():
    """§1.4 of the sources lists machine-rewritten versions that must never be quoted."""
    stored = "".join(f.read_text(encoding="utf-8") for f in LAW_FILES)
    for bad in ("群组创建者", "群組發起人", "應急響應", "平台约定", "为了规范互联网群组信息服务"):
        assert bad not in stored


def test_the_2011_measures_keep_their_half_width_brackets():
    text = (
        lawlib.library()
        .cite("internet_info_services_measures", "nine_prohibitions", dt.date(2020, 1, 1))
        .text
    )
    assert "(一)反对宪法所确定的基本原则的；" in text
    text_2024 = (
        lawlib.library()
        .cite("internet_info_services_measures", "nine_prohibitions", dt.date(2025, 1, 20))
        .text
    )
    assert "（一）反对宪法所确定的基本原则的；" in text_2024


def _section_at(text: str, path) -> str:
    """The section under a heading, or under a path of headings (each below the one before)."""
    for heading in [path] if isinstance(path, str) else path:
        text = _section(text, heading)
    return text


def _supplements():
    for file in LAW_FILES:
        document = json.loads(file.read_text(encoding="utf-8"))
        for version in document["versions"]:
            for n, part in enumerate(version.get("supplements", [])):
                yield pytest.param(
                    document, part, id=f"{document['id']}-{version['version']}-supplement{n}"
                )


@pytest.mark.parametrize(("document", "part"), list(_supplements()))
def test_every_supplement_article_is_verbatim_in_its_own_section(document, part, sources_text):
    """Articles a version draws from the second batch (§8), found by their heading path."""
    section = _section_at(sources_text, part["section"])
    quoted = [line for line in section.splitlines() if line.startswith("> **第")]
    assert part["articles"], "a supplement with no articles"
    assert len(quoted) == len(part["articles"]), document["id"]
    for article in part["articles"]:
        paragraphs = [p["text"] for p in article["paragraphs"]]
        block = f"> **{article['article']}**\u3000" + "\n>\n> ".join(paragraphs)
        assert block in section, f"{document['id']} {article['article']} differs"
        assert all(p["verified"] in ("✅", "☑️", "⚠️") for p in article["paragraphs"])


def test_a_heading_path_tells_apart_the_repeated_version_headings(sources_text):
    sources = sources_text
    heading = "#### 2012 年修正版（2013-01-01 至 2025-12-31）"
    first = _section_at(sources, heading)
    second = _section_at(sources, ["### 8.1 《中华人民共和国治安管理处罚法》（补充）", heading])
    assert "> **第二十五条**" in first
    assert "> **第二十二条**" not in first
    assert "> **第二十二条**" in second
    assert "> **第二十五条**" not in second


def test_marks_raised_by_the_second_batch_are_stored():
    lib = lawlib.library()
    criminal = lib.law("criminal_law").versions[-1]
    assert criminal.article("第三百零三条").verified() == "✅"
    art364 = criminal.article("第三百六十四条")
    assert [p.verified for p in art364.paragraphs] == ["✅", "☑️", "☑️", "☑️"]
    defamation = lib.law("spc_spp_2013_defamation").versions[0]
    assert defamation.article("第二条").verified() == "✅"
    assert defamation.article("第八条").verified() == "✅"
    assert defamation.article("第一条").verified() == "☑️"
    network = lib.law("spc_spp_2019_network_crimes").versions[0]
    assert network.article("第十二条").verified() == "✅"
    assert network.article("第八条").verified() == "☑️"
    # 治安 2025 art. 50: the second source matches para. 1 word for word, para. 2 in substance.
    art50 = lib.law("public_security_penalties_law").versions[1].article("第五十条")
    assert [p.verified for p in art50.paragraphs] == ["✅"] * 7 + ["☑️"]


def test_texts_the_sources_file_does_not_verify_are_not_stored():
    stored = "".join(f.read_text(encoding="utf-8") for f in LAW_FILES)
    # 《网络暴力信息治理规定》's definition: its article number is unverified (❌).
    assert "网络暴力信息，是指" not in stored
    # 生态治理规定 art. 7 and 21 are not stored (§8.7).
    ecosystem = lawlib.library().law("content_ecosystem_provisions").versions[0]
    assert [a.number for a in ecosystem.articles] == [
        "第六条",
        "第二十二条",
        "第十八条",
        "第十九条",
        "第三十八条",
    ]
    # The wrong wording of 刑法 §303 that circulates online.
    assert "在国（境）外参与赌博" not in stored


def _shown_strings(node, key=""):
    """Every string of a law document that a screen may show (all but the section pointers)."""
    if isinstance(node, dict):
        for k, value in node.items():
            if k != "section":
                yield from _shown_strings(value, k)
    elif isinstance(node, list):
        for value in node:
            yield from _shown_strings(value, key)
    elif isinstance(node, str):
        yield key, node


def test_sources_and_notes_name_public_references_only():
    for file in LAW_FILES:
        document = json.loads(file.read_text(encoding="utf-8"))
        for key, text in _shown_strings(document):
            assert "sources-zh" not in text, (document["id"], key)
        for version in document["versions"]:
            assert "§" not in version["source"], (document["id"], version["version"])
            assert version["section"].startswith("#"), "the internal pointer stays in section"


def _years_in(text: str) -> set[int]:
    import re  # kept local: the head of this file belongs to another change

    return {
        lawlib.read_chinese_number(n)
        for n in re.findall(r"([一二三四五六七八九十]+)年以[上下]", text)
    }


def test_every_statutory_maximum_is_a_bracket_of_its_text():
    """The maxima are data beside the text: each must be read off the verbatim text cited."""
    checked = 0
    for stored in lawlib.library().laws:
        for version in stored.versions:
            for key, (basic, most_serious) in version.maxima.items():
                number, paragraph = version.provisions[key]
                text = version.article(number).text(paragraph)
                assert f"{lawlib.chinese_number(basic.years)}年以下" in text, (key, version.version)
                if most_serious.life:
                    assert "无期徒刑" in text, key
                else:
                    assert "无期徒刑" not in text, key
                    assert max(_years_in(text)) == most_serious.years, (key, version.version)
                checked += 1
    assert checked >= 10


def test_nothing_shown_of_an_authority_names_an_internal_file():
    shown = ("title", "title_en", "locator", "locator_en", "text", "text_en", "note", "note_en")
    for key, entry in _authorities().items():
        for field in shown:
            value = entry.get(field) or ""
            assert ".md" not in value, (key, field)
            assert "sources-zh" not in value, (key, field)


def test_court_practice_names_the_court_and_the_year():
    for key, entry in _authorities().items():
        if entry["level"] == "court_practice":
            assert "广州互联网法院" in entry["title"], key
            assert entry["version"] in entry["title"], key
