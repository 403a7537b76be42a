"""S7's flags under other laws: clauses that may apply, each in the version of its date.

These are flags, not conclusions: they tell the volunteer which other provisions a
lawyer should look at, given the kind of content and the group's purpose. They are
computed for every case, whatever the outcome about the person analysed.
"""

from __future__ import annotations

import datetime as dt

from cases.law.library import library
from cases.model.domain import Content, GroupPurpose, Incident
from cases.rules.engine import PSAPL_2025_IN_FORCE
from cases.rules.results import OtherLaw

OBSCENE_GROUP_MIN_MEMBERS = 30


def flags(inc: Incident, today: dt.date) -> tuple[OtherLaw, ...]:
    """Other-laws flags for an incident, resolved to the versions in force on its date.

    Args:
        inc: the facts.
        today: the analysis date; used for the version when the incident date is
            unknown, and to tell whether a penalty decision would now fall under the
            2025 治安管理处罚法 (then 行政处罚法 art. 37 decides old or new).
    """
    lib = library()
    on = today if inc.date is None else inc.date.first
    content = inc.content or ()
    out: list[OtherLaw] = []
    undated = inc.date is None

    def add(law_id: str, provision: str, why: tuple[str, str], date: dt.date = on) -> None:
        out.append(OtherLaw(lib.cite(law_id, provision, date), why))

    date_note = (
        ("（事件日期不详，按今天有效的文本）", " (incident date unknown: today's text)")
        if undated
        else ("", "")
    )
    psapl_cited = False
    if Content.RUMOR in content:
        add(
            "public_security_penalties_law",
            "rumor",
            (
                "散布谣言扰乱公共秩序的，发布者（及参与传播者）可能受治安管理处罚"
                + date_note[0]
                + "。",
                "Spreading rumours that disturb public order may bring an administrative penalty "
                "for the poster (and anyone who spread it)" + date_note[1] + ".",
            ),
        )
        psapl_cited = True
        if inc.rumor_emergency is not False:
            condition = (
                (
                    "谣言涉及险情、疫情、灾情、警情，",
                    "The rumour concerns a danger, epidemic, disaster or police emergency; ",
                )
                if inc.rumor_emergency
                else (
                    "若谣言涉及险情、疫情、灾情、警情（尚不清楚），",
                    "If the rumour concerns an emergency (not yet known), ",
                )
            )
            add(
                "criminal_law",
                "false_emergency_info",
                (
                    condition[0]
                    + "编造或故意传播、严重扰乱社会秩序的，可能构成编造、故意传播虚假信息罪。",
                    condition[1]
                    + "fabricating or knowingly spreading it with serious disorder may be a crime.",
                ),
            )
    if Content.INSULT_DEFAMATION in content:
        add(
            "public_security_penalties_law",
            "insult_defamation",
            (
                "公然侮辱他人或者捏造事实诽谤他人的，发布者可能受治安管理处罚"
                + date_note[0]
                + "。",
                "Public insult or defamation may bring an administrative penalty for the poster"
                + date_note[1]
                + ".",
            ),
        )
        psapl_cited = True
        add(
            "criminal_law",
            "insult_defamation",
            (
                "情节严重的侮辱、诽谤可能构成侮辱罪、诽谤罪（一般告诉的才处理）。",
                "Serious insult or defamation may be a crime (usually prosecuted on complaint).",
            ),
        )
        civil_why = (
            "民事责任：受害人可以请求侵权责任；法院在群主案件中考察群主是否尽到注意义务（见第六步）。",
            "Civil liability: the victim may claim in tort; in owner cases courts weigh whether the "
            "owner met the duty of care (step 6).",
        )
        for provision in ("network_tort", "notice_and_takedown", "knowledge_liability"):
            add("civil_code", provision, civil_why)
    if psapl_cited and not undated and on < PSAPL_2025_IN_FORCE <= today:
        add(
            "administrative_penalty_law",
            "old_law_or_lighter",
            (
                "行为发生在 2026-01-01 修订后的《治安管理处罚法》施行之前，而处罚决定现在才作出：适用行为时的旧法，"
                "新法处罚较轻或不认为违法的适用新法（从旧兼从轻）。",
                "The conduct predates the revised law in force from 2026-01-01 and a decision would be "
                "made now: the old law applies unless the new one is lighter or no longer punishes it.",
            ),
            today,
        )
    if Content.OBSCENE_VIOLENCE in content and inc.group_purpose is GroupPurpose.OBSCENE:
        members = inc.member_count
        if members is None or members >= OBSCENE_GROUP_MIN_MEMBERS:
            size = (
                ("成员人数不详；若达 30 人以上，", "Member count unknown; if 30 or more, ")
                if members is None
                else (f"群成员 {members} 人（≥ 30），", f"{members} members (≥ 30): ")
            )
            why = (
                size[0]
                + "建立主要用于传播淫秽电子信息的群组，建立者、管理者和主要传播者可能以传播淫秽物品罪论处。",
                size[1]
                + "for a group set up mainly to spread obscene material, its creators, managers "
                "and main spreaders may be prosecuted for spreading obscene articles.",
            )
            add("spc_spp_2010_obscene_ii", "obscene_group", why)
            add("criminal_law", "spreading_obscene", why)
    if inc.group_purpose is GroupPurpose.ILLEGAL_ACTIVITY:
        why_admin = (
            "不得设立用于违法犯罪活动的通讯群组；尚不构成犯罪的，由公安机关拘留、罚款并关闭群组。",
            "No one may set up a chat group for illegal activity; short of a crime, the police may "
            "detain, fine and close the group.",
        )
        add("cybersecurity_law", "no_illegal_groups", why_admin)
        add("cybersecurity_law", "illegal_groups_penalty", why_admin)
        why_crime = (
            "设立用于实施违法犯罪活动的通讯群组，情节严重的构成非法利用信息网络罪；设立 5 个以上或群组成员"
            "累计 1000 人以上属“情节严重”。",
            "Setting up a chat group for illegal activity is a crime when serious; 5 or more groups or "
            "1,000 or more members in total count as serious.",
        )
        add("criminal_law", "illegal_use_of_network", why_crime)
        add("spc_spp_2019_network_crimes", "serious_circumstances", why_crime)
    if inc.group_purpose is GroupPurpose.GAMBLING:
        add(
            "criminal_law",
            "gambling_house",
            (
                "利用群组组织赌博、抽头渔利的，可能构成开设赌场罪或赌博罪。",
                "Running gambling through a group may be the crime of opening a casino, or gambling.",
            ),
        )
    return tuple(out)
