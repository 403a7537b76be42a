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
                "source": "中国甘肃网（来源中国网信网）、天天文库、焦作网、"
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
                # Per §3.1 of the sources file (the pointer stays here, never in a note).
                "note": "未发现修订或废止的证据；“现行有效”未能完全核实。",
                "note_en": (
                    "No evidence of an amendment or repeal was found; that it is still in force "
                    "could not be fully verified."
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
                # 刑法修正案（六） text of art. 303 only; the 1997 text before it is not stored.
                "version": "2006",
                "adopted": "2006-06-29",
                "effective_from": "2006-06-29",
                "effective_to": "2021-02-28",
                "section": "#### 第三百零三条 刑法修正案（六）文本（2006-06-29 至 2021-02-28）",
                "source": f"{LRB} 刑法/刑法修正案（六）.md（第十八条）；另见 kuaihz.com、uianet.net、"
                "laweer.com 网页转引（半角标点已恢复为全角）",
                "default": "✅",
                "note": "本版本只收录第三百零三条（刑法修正案（六）文本，2006-06-29 至 2021-02-28 施行）；"
                "其他条文见 2020 年文本。1997-10-01 至 2006-06-28 适用的 1997 年原文未收录。",
                "note_en": (
                    "This version stores Article 303 only (the text of Criminal Law Amendment VI, "
                    "in force 2006-06-29 to 2021-02-28); other articles are in the 2020 text. The "
                    "original 1997 text, in force 1997-10-01 to 2006-06-28, is not stored."
                ),
            },
            {
                "version": "2020",
                "adopted": "2020-12-26",
                "effective_from": "2021-03-01",
                "effective_to": None,
                "section": "### 4.2 《中华人民共和国刑法》",
                "source": f"{FLK}（2020 修正文本）；交叉核对 {LRB} 刑法/刑法.md；"
                "第三百六十四条第二至四款仅见后者",
                "default": "✅",
                # §8.2 raises art. 303 (with 修正案（十一） art. 36) and art. 364 para. 1 to ✅.
                "marks": {"第三百六十四条": ["✅", "☑️", "☑️", "☑️"]},
                "supplements": [
                    {
                        # Unchanged since 1997-10-01 (the provisions say so with text_since).
                        "section": [
                            "### 8.2 《中华人民共和国刑法》（补充）",
                            "#### 1997 年文本、此后未修改的条文（1997-10-01 起施行）",
                        ],
                        "default": "✅",
                    },
                    {
                        # Added or amended by 修正案（九）, in force since 2015-11-01.
                        "section": [
                            "### 8.2 《中华人民共和国刑法》（补充）",
                            "#### 刑法修正案（九）增设或修改的条文（2015-11-01 起施行）",
                        ],
                        "default": "✅",
                    },
                ],
            },
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
                "source": f"{LRB} 司法解释/（2019-10-21）；第十二条另见 zuomama.com 网页（逐字一致）",
                "default": "☑️",
                "marks": {"第十二条": "✅"},  # raised to ✅ by §8.4
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
                "source": f"{LRB} 司法解释/（2013-09-06）；第二条另见 m.8netcn.com 网页，第八条另见 "
                "wangpingju.com、m.110ask.com 网页（均逐字一致）",
                "default": "☑️",
                "marks": {"第二条": "✅", "第八条": "✅"},  # raised to ✅ by §8.4
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
                "source": f"{FLK}；第二十二、二十五、四十二、六十八、七十条交叉核对 {LRB} "
                "行政法/治安管理处罚法(2012-10-26).md",
                "default": "☑️",
                "marks": {"第二十五条": "✅", "第四十二条": "✅"},
                "supplements": [
                    {
                        "section": [
                            "### 8.1 《中华人民共和国治安管理处罚法》（补充）",
                            "#### 2012 年修正版（2013-01-01 至 2025-12-31）",
                        ],
                        "default": "✅",
                    }
                ],
            },
            {
                "version": "2025",
                "adopted": "2025-06-27",
                "effective_from": "2026-01-01",
                "effective_to": None,
                "section": "#### 2025 年修订版（2026-01-01 起）",
                "source": f"{FLK}；第二十九条另见 infqj.cn 转载（逐字一致）；第五十条第一款另据"
                "最高人民检察院网站（spp.gov.cn）转载全文核对（逐字一致）",
                "default": "☑️",
                # §8.1 raises art. 50 to ✅: the second source matches para. 1 word for word,
                # para. 2 (the last line) only in substance, so that line stays ☑️.
                "marks": {"第二十九条": "✅", "第五十条": ["✅"] * 7 + ["☑️"]},
                "supplements": [
                    {
                        "section": [
                            "### 8.1 《中华人民共和国治安管理处罚法》（补充）",
                            "#### 2025 年修订版（2026-01-01 起）",
                        ],
                        "default": "☑️",
                    }
                ],
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
                "source": f"{FLK}；第一百八十八、一千零二十四、一千一百六十五、一千一百八十三、"
                f"一千一百九十一条交叉核对 {LRB} 民法典/总则.md、人格权编.md、侵权责任编.md；"
                "第一千一百九十四、一千一百九十五、一千一百九十七条为单一来源",
                "default": "☑️",
                "note": "2021-01-01 以前的网络侵权适用《侵权责任法》第三十六条（本应用另行收录该法条文）。",
                "note_en": (
                    "Before 2021-01-01, online torts fell under Article 36 of the Tort Liability "
                    "Law (侵权责任法), stored separately in this app."
                ),
                "supplements": [
                    {
                        "section": "#### 《中华人民共和国民法典》（2020-05-28 通过，2021-01-01 起施行）",
                        "default": "✅",
                    }
                ],
            }
        ],
    },
    {
        "id": "tort_liability_law",
        "short_title": "侵权责任法",
        "title": "中华人民共和国侵权责任法",
        "title_en": "Tort Liability Law",
        "kind": "law",
        "issuer": "全国人民代表大会常务委员会",
        "versions": [
            {
                "version": "2009",
                "adopted": "2009-12-26",
                "effective_from": "2010-07-01",
                "effective_to": "2020-12-31",
                "section": "#### 《中华人民共和国侵权责任法》（2010-07-01 至 2020-12-31）",
                "source": "网页存档：第六条 jshui365.com、811xxw.com、kuaihz.com、jhzxd.com；"
                "第三十六条 g.lawdun.com、bjxgfjob.com（繁体，经人工转为简体）；半角标点已恢复为全角",
                "default": "✅",
                "note": "2021-01-01 起废止，由《民法典》侵权责任编取代（民法典第一千二百六十条）。",
                "note_en": (
                    "Repealed from 2021-01-01 and replaced by the Civil Code's book on tort "
                    "liability (Civil Code Art. 1260)."
                ),
            }
        ],
    },
    {
        "id": "general_provisions_civil_law",
        "short_title": "民法总则",
        "title": "中华人民共和国民法总则",
        "title_en": "General Provisions of the Civil Law",
        "kind": "law",
        "issuer": "全国人民代表大会",
        "versions": [
            {
                # The adoption date is not in the sources file, and §8.7 lists the start
                # date as unverified: the note says so on every screen that shows it.
                "version": "2017",
                "adopted": "2017-03-15",
                "effective_from": "2017-10-01",
                "effective_to": "2020-12-31",
                "section": "#### 《中华人民共和国民法总则》（2017-10-01 至 2020-12-31）",
                "source": "网页存档 m.tftnews.com、m.881kb.com（均为繁体，经人工转为简体并恢复全角标点）",
                "default": "✅",
                "note": "施行期间止于 2020-12-31（民法典第一千二百六十条）；通过日期 2017-03-15 与施行日期 "
                "2017-10-01 未经本应用的核实来源直接确认，请核对。",
                "note_en": (
                    "In force until 2020-12-31 (Civil Code Art. 1260); the adoption date "
                    "2017-03-15 and the start date 2017-10-01 are not confirmed by this app's "
                    "verified sources: check them."
                ),
            }
        ],
    },
    {
        "id": "content_ecosystem_provisions",
        "short_title": "网络信息内容生态治理规定",
        "title": "网络信息内容生态治理规定",
        "title_en": "Provisions on the Governance of the Online Information Content Ecosystem",
        "kind": "departmental_rule",
        "issuer": "国家互联网信息办公室",
        "versions": [
            {
                "version": "2019",
                "adopted": "2019-12-15",
                "effective_from": "2020-03-01",
                "effective_to": None,
                "section": "### 8.5 《网络信息内容生态治理规定》",
                "source": "国家互联网信息办公室令第5号；官方发布页 cac.gov.cn/2019-12/20/"
                "c_1578375159509309.htm（GitHub bebetterest/content-rules-corpus 保存的页面）："
                "第十八、十九、三十八条；第十九条另见辛集市网信办通报转载（shicijianshang.com）；"
                "第六条：btskw.com.cn 及公开 GitHub 代码；第二十二条：leifute.com（繁体，经人工转为简体）",
                "default": "☑️",
                # Art. 6: wording and number ✅; the form of item numbers (一)–(七) is inferred.
                "marks": {"第六条": ["✅"] + ["⚠️"] * 7 + ["✅"] * 4, "第十九条": "✅"},
            }
        ],
    },
    {
        "id": "online_violence_provisions",
        "short_title": "网络暴力信息治理规定",
        "title": "网络暴力信息治理规定",
        "title_en": "Provisions on the Governance of Online Violence Information",
        "kind": "departmental_rule",
        "issuer": "国家互联网信息办公室、中华人民共和国公安部、中华人民共和国文化和旅游部、国家广播电视总局",
        "versions": [
            {
                "version": "2024",
                "adopted": "2023-12-25",
                "effective_from": "2024-08-01",
                "effective_to": None,
                "section": "#### 2024 年公布文本（2024-08-01 起施行）",
                "source": "66yunlv.com 网页转载（单一来源）；2024-06-14 公布（中新网等报道）",
                "default": "☑️",
                "note": "“网络暴力信息”定义条的条号未核实，本应用不收录该条；未见涉及群组、群主的条款。",
                "note_en": (
                    "The article number of the definition of online violence information is not "
                    "verified, so that article is not stored; no article on groups or group "
                    "owners was found."
                ),
            }
        ],
    },
]


SINCE_1997 = {"text_since": "1997-10-01"}  # §8.2: 1997 text, unchanged since
SINCE_2015 = {"text_since": "2015-11-01"}  # §8.2: added or amended by 修正案（九）


def _max(basic: int | str, most_serious: int | str, **more: str) -> dict[str, Any]:
    """A provision's statutory maxima (years, or "life"): the spec's S7 table for §87."""
    return {"statutory_maximum": {"basic": basic, "most_serious": most_serious}, **more}


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
        "2006": {"gambling_house": ["第三百零三条", None, _max(3, 10)]},
        "2020": {
            "illegal_use_of_network": ["第二百八十七条之一", None, _max(3, 3)],
            "helping_network_crime": ["第二百八十七条之二", None, _max(3, 3, **SINCE_2015)],
            "false_emergency_info": ["第二百九十一条之一", 2, _max(3, 7)],
            "insult_defamation": ["第二百四十六条", None, _max(3, 3)],
            "temporal_scope": ["第十二条", None, SINCE_1997],
            "gambling_house": ["第三百零三条", None, _max(5, 10)],
            "spreading_obscene": ["第三百六十四条", None],
            "spreading_obscene_items": ["第三百六十四条", 1, _max(2, 2, **SINCE_1997)],
            "obscene_for_profit": ["第三百六十三条", 1, _max(3, "life", **SINCE_1997)],
            "time_limits": ["第八十七条", None, SINCE_1997],
            "time_limit_exceptions": ["第八十八条", None, SINCE_1997],
            "time_limit_start": ["第八十九条", None, SINCE_1997],
            "personal_information": ["第二百五十三条之一", None, _max(3, 7, **SINCE_2015)],
            "refusing_network_security_duty": [
                "第二百八十六条之一",
                None,
                _max(3, 3, **SINCE_2015),
            ],
        },
    },
    "spc_spp_2019_network_crimes": {
        "2019": {
            "illegal_group": ["第八条", None],
            "serious_circumstances": ["第十条", None],
            "serious_helping": ["第十二条", None],
        }
    },
    "spc_spp_2010_obscene_ii": {"2010": {"obscene_group": ["第三条", None]}},
    "spc_spp_2013_defamation": {
        "2013": {
            "fabricating_defamation": ["第一条", None],
            "serious_defamation": ["第二条", None],
            "helping_as_accomplice": ["第八条", None],
        }
    },
    "public_security_penalties_law": {
        "2012": {
            "rumor": ["第二十五条", None],
            "provocation": ["第二十六条", None],
            "insult_defamation": ["第四十二条", None],
            "time_limit": ["第二十二条", None],
            "obscene": ["第六十八条", None],
            "gambling": ["第七十条", None],
        },
        "2025": {
            "rumor": ["第二十九条", None],
            "provocation": ["第三十条", None],
            "insult_defamation": ["第五十条", None],
            "time_limit": ["第二十五条", None],
            "obscene": ["第八十条", None],
            "gambling": ["第八十二条", None],
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
            "time_limit": ["第一百八十八条", None],
            "reputation": ["第一千零二十四条", None],
            "fault_liability": ["第一千一百六十五条", None],
            "mental_harm": ["第一千一百八十三条", 1],
            "employer_liability": ["第一千一百九十一条", 1],
        }
    },
    "tort_liability_law": {
        "2009": {
            "fault_liability": ["第六条", None],
            "network_tort": ["第三十六条", None],
        }
    },
    "general_provisions_civil_law": {"2017": {"time_limit": ["第一百八十八条", None]}},
    "content_ecosystem_provisions": {
        "2019": {
            "prohibited_content": ["第六条", None],
            "user_duty": ["第十八条", None],
            "group_manager_duty": ["第十九条", None],
            "no_manipulation": ["第二十二条", None],
            "penalties_elsewhere": ["第三十八条", None],
        }
    },
    "online_violence_provisions": {
        "2024": {
            "scope": ["第二条", None],
            "online_culture": ["第六条", None],
            "provider_duty": ["第七条", None],
        }
    },
}
"""Stable provision keys the engine cites, mapped per version to article and paragraph.

A third element adds ``text_since`` (the provision's text has been in force unchanged
since a date before the version's own) and ``statutory_maximum`` (the highest sentence,
in years or "life", of the basic and of the most serious bracket: what 刑法 §87 needs).
"""


def _section_lines(lines: list[str], heading: str | list[str]) -> list[str]:
    """Return the lines below a heading up to the next heading of the same or higher level.

    ``heading`` is the start of a heading line, or a path of them: each found below the
    one before (the sources file repeats some headings, e.g. under §4.6 and §8.1).
    """
    path = [heading] if isinstance(heading, str) else heading
    for step in path:
        start = next(i for i, line in enumerate(lines) if line.startswith(step))
        level = len(step) - len(step.lstrip("#"))
        out: list[str] = []
        for line in lines[start + 1 :]:
            if line.startswith("#"):
                this_level = len(line) - len(line.lstrip("#"))
                if this_level <= level:
                    break
            out.append(line)
        lines = out
    return lines


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


def _stored_articles(lines: list[str], law_id: str, part: dict[str, Any]) -> list[dict[str, Any]]:
    """The articles of one section (a version's own, or a supplement), with their marks."""
    marks = part.get("marks", {})
    inferred = set(part.get("inferred", []))
    articles = []
    for number, paragraphs in _articles(_section_lines(lines, part["section"])):
        mark = marks.get(number, part["default"])
        per_paragraph = mark if isinstance(mark, list) else [mark] * len(paragraphs)
        if len(per_paragraph) != len(paragraphs):
            raise SystemExit(f"{law_id} {number}: marks do not match paragraphs")
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
    return articles


def _provision(entry: list[Any]) -> dict[str, Any]:
    article, paragraph, *more = entry
    return {"article": article, "paragraph": paragraph, **(more[0] if more else {})}


def build(sources: Path) -> dict[str, dict[str, Any]]:
    """Build every law's JSON document from the sources file."""
    lines = sources.read_text(encoding="utf-8").splitlines()
    documents: dict[str, dict[str, Any]] = {}
    for law in LAWS:
        versions = []
        for meta in law["versions"]:
            skip = ("marks", "inferred", "default", "supplements")
            version = {k: v for k, v in meta.items() if k not in skip}
            version["provisions"] = {
                key: _provision(entry)
                for key, entry in PROVISIONS[law["id"]][meta["version"]].items()
            }
            version["articles"] = _stored_articles(lines, law["id"], meta)
            if "supplements" in meta:
                version["supplements"] = [
                    {
                        "section": part["section"],
                        "articles": _stored_articles(lines, law["id"], part),
                    }
                    for part in meta["supplements"]
                ]
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
        count = sum(
            len(part["articles"])
            for v in document["versions"]
            for part in [v, *v.get("supplements", [])]
        )
        print(f"{path.relative_to(ROOT)}: {count} articles")


if __name__ == "__main__":
    main()
