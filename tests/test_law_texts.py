"""Every stored law text matches shared/legal/sources-zh.md character for character."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cases import law, resources

SOURCES = Path(__file__).resolve().parents[2] / "shared" / "legal" / "sources-zh.md"
EXPLAINER = Path(__file__).resolve().parents[2] / "shared" / "sources" / "000_e5d910310905c2cf.txt"

LAW_FILES = sorted(resources.path("law").glob("*.json"))


def _sources_text() -> str:
    if not SOURCES.exists():
        pytest.fail(f"the verified sources file is missing: {SOURCES}")
    return SOURCES.read_text(encoding="utf-8")


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
def test_every_article_is_verbatim_in_its_section(document, version):
    section = _section(_sources_text(), version["section"])
    assert version["articles"], "a version with no articles"
    for article in version["articles"]:
        paragraphs = [p["text"] for p in article["paragraphs"]]
        block = f"> **{article['article']}**\u3000" + "\n>\n> ".join(paragraphs)
        assert block in section, (
            f"{document['id']} {version['version']} {article['article']} differs"
        )
        for paragraph in article["paragraphs"]:
            assert paragraph["verified"] in ("✅", "☑️", "⚠️")


def test_every_article_of_the_sources_is_stored():
    """Nothing the sources file quotes for these sections was left out."""
    for file in LAW_FILES:
        document = json.loads(file.read_text(encoding="utf-8"))
        for version in document["versions"]:
            section = _section(_sources_text(), version["section"])
            quoted = [line for line in section.splitlines() if line.startswith("> **第")]
            assert len(quoted) == len(version["articles"]), (document["id"], version["version"])


def test_regulation_has_all_fifteen_articles_and_its_marks():
    regulation = law.library().law("group_regulation")
    (version,) = regulation.versions
    numbers = [a.number for a in version.articles]
    assert numbers == [f"第{law.chinese_number(n)}条" for n in range(1, 16)]
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
    lib = law.library()
    assert lib.cite("cybersecurity_law", "use_obligation", dt.date(2026, 1, 1)).verified == "☑️"
    assert lib.cite("cybersecurity_law", "use_obligation", dt.date(2025, 12, 31)).verified == "✅"
    assert lib.cite("public_security_penalties_law", "rumor", dt.date(2026, 3, 1)).verified == "✅"
    assert (
        lib.cite("public_security_penalties_law", "insult_defamation", dt.date(2026, 3, 1)).verified
        == "☑️"
    )
    assert lib.cite("civil_code", "knowledge_liability", dt.date(2022, 1, 1)).verified == "☑️"


def test_official_interpretations_are_verbatim_and_commentary_is_paraphrased():
    sources = _sources_text()
    explainer = EXPLAINER.read_text(encoding="utf-8") if EXPLAINER.exists() else ""
    document = json.loads(resources.read_text("authorities.json"))
    for key, entry in document["entries"].items():
        if entry["level"] == "official_interpretation":
            assert entry["text"] in sources, key
            assert entry["verified"] == "☑️"
        else:
            assert entry["verified"] is None, key
            assert entry["text"].startswith("本应用转述"), key
            if explainer:
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
        law.library()
        .cite("internet_info_services_measures", "nine_prohibitions", dt.date(2020, 1, 1))
        .text
    )
    assert "(一)反对宪法所确定的基本原则的；" in text
    text_2024 = (
        law.library()
        .cite("internet_info_services_measures", "nine_prohibitions", dt.date(2025, 1, 20))
        .text
    )
    assert "（一）反对宪法所确定的基本原则的；" in text_2024
