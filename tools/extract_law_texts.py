"""Regenerate resources/law/*.json from the verified sources file (a maintainer's tool).

The law texts the app quotes live in ``resources/law/`` as data. This script copies
them, character for character, out of ``shared/legal/sources-zh.md`` and adds the
metadata that the file states in prose (effective dates, verification marks,
sources). Run it after the sources file gains a new law or version, review the
diff, and commit the JSON. The app never runs this script; the test
``tests/test_law_texts.py`` checks the committed JSON against the sources file.

Usage: python tools/extract_law_texts.py [PATH/TO/sources-zh.md]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCES = ROOT.parent / "shared" / "legal" / "sources-zh.md"
OUT = ROOT / "resources" / "law"

ARTICLE_RE = re.compile(r"^> \*\*(第[^*]+?条(?:之[一二三四五六七八九十]+)?)\*\*\u3000(.*)$")

FLK = "国家法律法规数据库 flk.npc.gov.cn 的抓取（GitHub Ansvar-Systems/chinese-law-mcp 历史数据）"
LRB = "GitHub LawRefBook/Laws（提交 2f4c5c2）"

# Each entry: law metadata and its versions. A version names the heading in the
# sources file under which its articles stand ("section"), and the verification
# marks the sources file gives. ``marks`` maps an article to one mark, or to a list
# of marks, one per paragraph; ``default`` covers the rest. ``inferred`` lists the
# articles whose number the sources file says is inferred (⚠️).
LAWS: list[dict[str, Any]] = [
    {
        "id": "group_regulation",
        "short_title": "互联网群组信息服务管理规定",
        "title": "互联网群组信息服务管理规定",
        "title_en": "Provisions on the Administration of Internet Group Information Services",
        "kind": "normative_document",
        "issuer": "国家互联网信息办公室",
        "versions": [
            {
                "version": "2017",
                "adopted": "2017-09-07",
                "effective_from": "2017-10-08",
                "effective_to": None,
                "section": "### 1.2 条文（逐条）",
                "source": "sources-zh.md §1.2：中国甘肃网（来源中国网信网）、天天文库、焦作网、"
                "ningxialong.com、xjdsb.com 等转载；官方原文页面未直接读取",
                "default": "✅",
                "marks": {
                    "第六条": ["✅", "☑️"],
                    "第七条": "☑️",
                    "第八条": "☑️",
                    "第九条": ["✅", "✅", "☑️"],
                    "第十一条": "☑️",
                    "第十二条": "☑️",
                    "第十三条": "☑️",
                    "第十四条": "☑️",
                    "第十五条": "✅",
                },
                "inferred": [
                    "第十一条",
                    "第十二条",
                    "第十三条",
                    "第十四条",
                    "第十五条",
                ],
                "note": "未发现修订或废止的证据；“现行有效”未能完全核实（sources-zh.md §3.1）。",
                "note_en": (
                    "No evidence of an amendment or repeal was found; that it is still in force "
                    "could not be fully verified (sources-zh.md §3.1)."
                ),
            }
        ],
    },
    {
        "id": "cybersecurity_law",
        "short_title": "网络安全法",
        "title": "中华人民共和国网络安全法",
        "title_en": "Cybersecurity Law",
        "kind": "law",
        "issuer": "全国人民代表大会常务委员会",
        "versions": [
            {
                "version": "2016",
                "adopted": "2016-11-07",
                "effective_from": "2017-06-01",
                "effective_to": "2025-12-31",
                "section": "#### 2016 年版（2017-06-01 至 2025-12-31 施行）",
                "source": f"{FLK}；交叉核对 {LRB} 行政法/网络安全法(2016-11-07).md",
                "default": "✅",
            },
            {
                "version": "2025",
                "adopted": "2025-10-28",
                "effective_from": "2026-01-01",
                "effective_to": None,
                "section": "#### 2025 年修正后（2026-01-01 起施行）",
                "source": f"{FLK}（单一来源）",
                "default": "☑️",
            },
        ],
    },
    {
        "id": "criminal_law",
        "short_title": "刑法",
        "title": "中华人民共和国刑法",
        "title_en": "Criminal Law",
        "kind": "law",
        "issuer": "全国人民代表大会",
        "versions": [
            {
                "version": "2020",
                "adopted": "2020-12-26",
                "effective_from": "2021-03-01",
                "effective_to": None,
                "section": "### 4.2 《中华人民共和国刑法》",
                "source": f"{FLK}（2020 修正文本）；交叉核对 {LRB} 刑法/刑法.md；"
                "第三百零三条、第三百六十四条仅见后者",
                "default": "✅",
                "marks": {"第三百零三条": "☑️", "第三百六十四条": "☑️"},
            }
        ],
    },
    {
        "id": "spc_spp_2019_network_crimes",
        "title": "最高人民法院、最高人民检察院关于办理非法利用信息网络、帮助信息网络犯罪活动等刑事案件"
        "适用法律若干问题的解释",
        "short_title": "最高人民法院、最高人民检察院关于办理非法利用信息网络、帮助信息网络犯罪活动等刑事案件"
        "适用法律若干问题的解释",
        "title_en": "SPC/SPP Interpretation on Crimes of Illegally Using Information Networks (2019)",
        "kind": "judicial_interpretation",
        "issuer": "最高人民法院、最高人民检察院",
        "versions": [
            {
                "version": "2019",
                "adopted": "2019-10-21",
                "effective_from": "2019-11-01",
                "effective_to": None,
                "section": "### 4.3 两高《关于办理非法利用信息网络",
                "source": f"{LRB} 司法解释/（2019-10-21）；文号“法释〔2019〕15号”凭记忆",
                "default": "☑️",
            }
        ],
    },
    {
        "id": "spc_spp_2010_obscene_ii",
        "title": "最高人民法院、最高人民检察院关于办理利用互联网、移动通讯终端、声讯台制作、复制、出版、"
        "贩卖、传播淫秽电子信息刑事案件具体应用法律若干问题的解释（二）",
        "short_title": "最高人民法院、最高人民检察院关于办理利用互联网、移动通讯终端、声讯台制作、复制、出版、"
        "贩卖、传播淫秽电子信息刑事案件具体应用法律若干问题的解释（二）",
        "title_en": "SPC/SPP Interpretation (II) on Obscene Electronic Information (2010)",
        "kind": "judicial_interpretation",
        "issuer": "最高人民法院、最高人民检察院",
        "versions": [
            {
                "version": "2010",
                "adopted": "2010-02-02",
                "effective_from": "2010-02-04",
                "effective_to": None,
                "section": "### 4.4 两高《关于办理利用互联网",
                "source": f"{LRB} 司法解释/（2010-02-02）",
                "default": "☑️",
            }
        ],
    },
    {
        "id": "spc_spp_2013_defamation",
        "title": "最高人民法院、最高人民检察院关于办理利用信息网络实施诽谤等刑事案件适用法律若干问题的解释",
        "short_title": "最高人民法院、最高人民检察院关于办理利用信息网络实施诽谤等刑事案件适用法律若干问题的解释",
        "title_en": "SPC/SPP Interpretation on Online Defamation (2013)",
        "kind": "judicial_interpretation",
        "issuer": "最高人民法院、最高人民检察院",
        "versions": [
            {
                "version": "2013",
                "adopted": "2013-09-06",
                "effective_from": "2013-09-10",
                "effective_to": None,
                "section": "### 4.5 两高《关于办理利用信息网络实施诽谤",
                "source": f"{LRB} 司法解释/（2013-09-06）",
                "default": "☑️",
            }
        ],
    },
    {
        "id": "public_security_penalties_law",
        "short_title": "治安管理处罚法",
        "title": "中华人民共和国治安管理处罚法",
        "title_en": "Public Security Administration Punishments Law",
        "kind": "law",
        "issuer": "全国人民代表大会常务委员会",
        "versions": [
            {
                "version": "2012",
                "adopted": "2012-10-26",
                "effective_from": "2013-01-01",
                "effective_to": "2025-12-31",
                "section": "#### 2012 年修正版（2013-01-01 至 2025-12-31）",
                "source": f"{FLK}；第二十五、四十二条交叉核对 {LRB} 行政法/治安管理处罚法(2012-10-26).md",
                "default": "☑️",
                "marks": {"第二十五条": "✅", "第四十二条": "✅"},
            },
            {
                "version": "2025",
                "adopted": "2025-06-27",
                "effective_from": "2026-01-01",
                "effective_to": None,
                "section": "#### 2025 年修订版（2026-01-01 起）",
                "source": f"{FLK}；第二十九条另见 infqj.cn 转载（逐字一致）",
                "default": "☑️",
                "marks": {"第二十九条": "✅"},
            },
        ],
    },
    {
        "id": "legislation_law",
        "short_title": "立法法",
        "title": "中华人民共和国立法法",
        "title_en": "Legislation Law",
        "kind": "law",
        "issuer": "全国人民代表大会",
        "versions": [
            {
                "version": "2015",
                "adopted": "2015-03-15",
                "effective_from": "2015-03-15",
                "effective_to": "2023-03-14",
                "section": "#### 2015 年修正版（不溯及既往：第九十三条）",
                "source": f"{FLK}；交叉核对 {LRB} 宪法相关法/立法法(2015-03-15).md",
                "default": "✅",
            },
            {
                "version": "2023",
                "adopted": "2023-03-13",
                "effective_from": "2023-03-15",
                "effective_to": None,
                "section": "#### 2023 年修正版（不溯及既往：第一百零四条）",
                "source": f"{FLK}；交叉核对 {LRB} 宪法相关法/立法法(2023-03-13).md",
                "default": "✅",
            },
        ],
    },
    {
        "id": "constitution",
        "short_title": "宪法",
        "title": "中华人民共和国宪法",
        "title_en": "Constitution",
        "kind": "constitution",
        "issuer": "全国人民代表大会",
        "versions": [
            {
                "version": "2018",
                "adopted": "2018-03-11",
                "effective_from": "2018-03-11",
                "effective_to": None,
                "section": "### 4.8 《中华人民共和国宪法》（2018 年修正文本）",
                "source": f"{FLK}（2018 年修正文本）；交叉核对 {LRB} 宪法/宪法.md",
                "default": "✅",
            }
        ],
    },
    {
        "id": "internet_info_services_measures",
        "short_title": "互联网信息服务管理办法",
        "title": "互联网信息服务管理办法",
        "title_en": "Measures for the Administration of Internet Information Services",
        "kind": "administrative_regulation",
        "issuer": "国务院",
        "versions": [
            {
                "version": "2011",
                "adopted": "2011-01-08",
                "effective_from": "2011-01-08",
                "effective_to": "2025-01-19",
                "section": "#### 2011 年修订版第十五条（A 源原样，半角括号）",
                "source": f"{FLK}；交叉核对 {LRB} 行政法规/互联网信息服务管理办法(2011-01-08).md；"
                "源数据未标注施行日期，按公布日计",
                "default": "✅",
            },
            {
                "version": "2024",
                "adopted": "2024-12-06",
                "effective_from": "2025-01-20",
                "effective_to": None,
                "section": "#### 2024 年修订版（2025-01-20 起施行；第十五条文字与 2011 年版相同）",
                "source": f"{FLK}（单一来源）",
                "default": "☑️",
            },
        ],
    },
    {
        "id": "administrative_penalty_law",
        "short_title": "行政处罚法",
        "title": "中华人民共和国行政处罚法",
        "title_en": "Administrative Penalty Law",
        "kind": "law",
        "issuer": "全国人民代表大会常务委员会",
        "versions": [
            {
                "version": "2021",
                "adopted": "2021-01-22",
                "effective_from": "2021-07-15",
                "effective_to": None,
                "section": "### 4.10 《中华人民共和国行政处罚法》",
                "source": f"{FLK}（单一来源）",
                "default": "☑️",
            }
        ],
    },
    {
        "id": "civil_code",
        "short_title": "民法典",
        "title": "中华人民共和国民法典",
        "title_en": "Civil Code",
        "kind": "law",
        "issuer": "全国人民代表大会",
        "versions": [
            {
                "version": "2020",
                "adopted": "2020-05-28",
                "effective_from": "2021-01-01",
                "effective_to": None,
                "section": "### 4.11 《中华人民共和国民法典》",
                "source": f"{FLK}（单一来源）",
                "default": "☑️",
                "note": "2021-01-01 以前的网络侵权适用《侵权责任法》第三十六条（本应用未收录其条文）。",
                "note_en": (
                    "Before 2021-01-01, online torts fell under Article 36 of the Tort Liability "
                    "Law (侵权责任法), whose text this app does not store."
                ),
            }
        ],
    },
]


PROVISIONS: dict[str, dict[str, dict[str, list[Any]]]] = {
    "group_regulation": {
        "2017": {
            "definition": ["第二条", 2],
            "owner_duty": ["第九条", 1],
            "member_duty": ["第九条", 2],
            "no_prohibited_content": ["第十条", None],
            "platform_measures": ["第十一条", None],
            "penalties_elsewhere": ["第十四条", None],
            "effective_date": ["第十五条", None],
        }
    },
    "cybersecurity_law": {
        "2016": {
            "use_obligation": ["第十二条", 2],
            "no_illegal_groups": ["第四十六条", None],
            "operator_info_duty": ["第四十七条", None],
            "complaints": ["第四十九条", None],
            "illegal_groups_penalty": ["第六十七条", None],
            "operator_penalty": ["第六十八条", None],
            "prohibited_info_penalty": ["第七十条", None],
        },
        "2025": {
            "use_obligation": ["第十三条", 2],
            "no_illegal_groups": ["第四十八条", None],
            "operator_info_duty": ["第四十九条", None],
            "complaints": ["第五十一条", None],
            "illegal_groups_penalty": ["第六十八条", None],
            "operator_penalty": ["第六十九条", None],
            "prohibited_info_penalty": ["第七十一条", None],
        },
    },
    "criminal_law": {
        "2020": {
            "illegal_use_of_network": ["第二百八十七条之一", None],
            "helping_network_crime": ["第二百八十七条之二", None],
            "false_emergency_info": ["第二百九十一条之一", 2],
            "insult_defamation": ["第二百四十六条", None],
            "temporal_scope": ["第十二条", None],
            "gambling_house": ["第三百零三条", None],
            "spreading_obscene": ["第三百六十四条", None],
        }
    },
    "spc_spp_2019_network_crimes": {
        "2019": {
            "illegal_group": ["第八条", None],
            "serious_circumstances": ["第十条", None],
        }
    },
    "spc_spp_2010_obscene_ii": {"2010": {"obscene_group": ["第三条", None]}},
    "spc_spp_2013_defamation": {
        "2013": {
            "fabricating_defamation": ["第一条", None],
            "serious_defamation": ["第二条", None],
        }
    },
    "public_security_penalties_law": {
        "2012": {
            "rumor": ["第二十五条", None],
            "provocation": ["第二十六条", None],
            "insult_defamation": ["第四十二条", None],
        },
        "2025": {
            "rumor": ["第二十九条", None],
            "provocation": ["第三十条", None],
            "insult_defamation": ["第五十条", None],
        },
    },
    "legislation_law": {
        "2015": {
            "non_retroactivity": ["第九十三条", None],
            "ministry_rules": ["第八十条", None],
        },
        "2023": {
            "non_retroactivity": ["第一百零四条", None],
            "ministry_rules": ["第九十一条", None],
        },
    },
    "constitution": {"2018": {"freedom_of_correspondence": ["第四十条", None]}},
    "internet_info_services_measures": {
        "2011": {"nine_prohibitions": ["第十五条", None]},
        "2024": {"nine_prohibitions": ["第十五条", None]},
    },
    "administrative_penalty_law": {
        "2021": {
            "old_law_or_lighter": ["第三十七条", None],
            "no_fault_no_penalty": ["第三十三条", None],
        }
    },
    "civil_code": {
        "2020": {
            "network_tort": ["第一千一百九十四条", None],
            "notice_and_takedown": ["第一千一百九十五条", None],
            "knowledge_liability": ["第一千一百九十七条", None],
        }
    },
}
"""Stable provision keys the engine cites, mapped per version to article and paragraph."""


def _section_lines(lines: list[str], heading: str) -> list[str]:
    """Return the lines below ``heading`` up to the next heading of the same or higher level."""
    start = next(i for i, line in enumerate(lines) if line.startswith(heading))
    level = len(heading) - len(heading.lstrip("#"))
    out: list[str] = []
    for line in lines[start + 1 :]:
        if line.startswith("#"):
            this_level = len(line) - len(line.lstrip("#"))
            if this_level <= level:
                break
        out.append(line)
    return out


def _articles(section: list[str]) -> list[tuple[str, list[str]]]:
    """Split a section into (article number, paragraphs), in order."""
    articles: list[tuple[str, list[str]]] = []
    current: list[str] | None = None
    for line in section:
        match = ARTICLE_RE.match(line)
        if match:
            current = [match.group(2)]
            articles.append((match.group(1), current))
        elif current is not None and line.startswith("> ") and line[2:].strip():
            current.append(line[2:])
        elif current is not None and line.strip() in (">", ""):
            continue
        else:
            current = None
    return articles


def build(sources: Path) -> dict[str, dict[str, Any]]:
    """Build every law's JSON document from the sources file."""
    lines = sources.read_text(encoding="utf-8").splitlines()
    documents: dict[str, dict[str, Any]] = {}
    for law in LAWS:
        versions = []
        for meta in law["versions"]:
            marks = meta.get("marks", {})
            inferred = set(meta.get("inferred", []))
            articles = []
            for number, paragraphs in _articles(_section_lines(lines, meta["section"])):
                mark = marks.get(number, meta["default"])
                per_paragraph = mark if isinstance(mark, list) else [mark] * len(paragraphs)
                if len(per_paragraph) != len(paragraphs):
                    raise SystemExit(f"{law['id']} {number}: marks do not match paragraphs")
                articles.append(
                    {
                        "article": number,
                        "number_inferred": number in inferred,
                        "paragraphs": [
                            {"text": text, "verified": m}
                            for text, m in zip(paragraphs, per_paragraph, strict=True)
                        ],
                    }
                )
            version = {k: v for k, v in meta.items() if k not in ("marks", "inferred", "default")}
            version["provisions"] = {
                key: {"article": art, "paragraph": para}
                for key, (art, para) in PROVISIONS[law["id"]][meta["version"]].items()
            }
            version["articles"] = articles
            versions.append(version)
        documents[law["id"]] = {
            **{k: v for k, v in law.items() if k != "versions"},
            "versions": versions,
        }
    return documents


def main() -> None:
    """Write one JSON file per law into resources/law/."""
    sources = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCES
    OUT.mkdir(parents=True, exist_ok=True)
    for law_id, document in build(sources).items():
        path = OUT / f"{law_id}.json"
        path.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        count = sum(len(v["articles"]) for v in document["versions"])
        print(f"{path.relative_to(ROOT)}: {count} articles")


if __name__ == "__main__":
    main()
