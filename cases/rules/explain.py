"""Explains a decision step by step: findings in plain words, citations and assumptions.

Each ``_sN`` function states one step of shared/spec/analysis.md for the volunteer.
It never decides anything itself: the decision comes from ``cases.rules.engine``. Law text
is never written here; citations are resolved through ``cases.law`` by date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from cases.law.library import Citation, library
from cases.model import date_checks, labels
from cases.model.domain import ChatKind, Incident, Poster, Role
from cases.model.labels import Bilingual
from cases.rules.engine import (
    REGULATION_IN_FORCE,
    STEP_FACTS,
    Decision,
    MeasureCheck,
    Outcome,
    Settings,
    Status,
    exact_facts,
)
from cases.rules.results import Assumption, Step


def _reg(provision: str) -> Citation:
    """A clause of the Regulation (one version, in force from 2017-10-08)."""
    return library().cite("group_regulation", provision, REGULATION_IN_FORCE)


def _missing_text(missing: tuple[str, ...]) -> Bilingual:
    zh = "、".join(labels.field_label(m, "zh") for m in missing)
    en = "; ".join(labels.field_label(m, "en") for m in missing)
    return (f"还需要确认：{zh}。", f"Still to establish: {en}.")


def person(inc: Incident) -> Bilingual:
    """How to call the person analysed: 群主, 管理者 or 此人."""
    return labels.person(inc.role and inc.role.value)


def _s1(inc: Incident, d: Decision, today: dt.date) -> tuple[Bilingual, tuple[Citation, ...]]:
    lib = library()
    cites = (
        _reg("effective_date"),
        lib.cite("legislation_law", "non_retroactivity", today),
        lib.authority("commentary_b"),
    )
    if inc.date is None:
        return (
            (
                "违法信息是哪一天发布的不详，无法判断《规定》是否适用（《规定》自 2017-10-08 起施行）。",
                "The date the content was posted is unknown, so it cannot be said whether the "
                "Provisions (in force from 2017-10-08) apply.",
            ),
            cites,
        )
    day = str(inc.date)
    if d.outcome is Outcome.NOT_IN_FORCE and d.step == 0:
        return (
            (
                f"信息发布于 {day}，早于《规定》施行之日 2017-10-08。法不溯及既往，不能用《规定》评价此前的行为；"
                "此前的行为只能依当时有效的其他法律评价（见第七步）。",
                f"The content was posted on {day}, before the Provisions took effect on 2017-10-08. "
                "Rules do not apply retroactively, so the Provisions cannot judge earlier conduct; "
                "only the other laws in force at the time can (see step 7).",
            ),
            cites,
        )
    return (
        (
            f"信息发布于 {day}，在《规定》施行（2017-10-08）之后，《规定》适用。",
            f"The content was posted on {day}, after the Provisions took effect (2017-10-08), "
            "so they apply.",
        ),
        cites,
    )


def _s2(inc: Incident, d: Decision, s: Settings) -> tuple[Bilingual, tuple[Citation, ...]]:
    lib = library()
    on = REGULATION_IN_FORCE if inc.date is None else inc.date.first
    cites = (
        _reg("definition"),
        lib.authority("qa_group_definition"),
        lib.cite("constitution", "freedom_of_correspondence", on),
        lib.authority("commentary_a"),
    )
    n, m = inc.member_count, s.small_family_max
    if inc.chat_kind is None:
        return (
            (
                "不清楚这是群聊还是一对一聊天。",
                "It is unknown whether this was a group or a one-to-one chat.",
            ),
            cites,
        )
    if inc.chat_kind is ChatKind.ONE_TO_ONE:
        return (
            (
                "这是一对一聊天，属于点对点的私人通信，不是《规定》第二条所称的“互联网群组”，"
                "受宪法第四十条对通信自由和通信秘密的保护；群组管理责任无从谈起。",
                "This was a one-to-one chat: private correspondence between two people, not an "
                "“internet group” under art. 2, and protected by the freedom and secrecy of "
                "correspondence (Constitution art. 40). No group-management duty arises.",
            ),
            cites,
        )
    if d.outcome is Outcome.PRIVATE_SPACE and d.step == 1:
        return (
            (
                f"群成员 {n} 人（不超过 {m} 人），且只有家庭成员。按 2017 年解读 A 部分的观点，"
                "人数很少的家庭成员群应视为私密空间，不按《规定》的群组管理责任评价。",
                f"The group had {n} members (no more than {m}) and only family members. Following "
                "part A of the 2017 explainer, a very small family group is treated as a private "
                "space, outside the group-management duty.",
            ),
            cites,
        )
    if d.step == 1 and d.outcome is Outcome.UNDETERMINED:
        if "member_count" in d.missing and "family_only" in d.missing:
            zh = (
                f"不清楚群有多少人，也不清楚是否只有家庭成员；不超过 {m} 人的纯家庭群视为私密空间。"
            )
            en = (
                f"Neither the size nor whether members are family only is known; a family-only "
                f"group of at most {m} is a private space."
            )
        elif "member_count" in d.missing:
            zh = f"群里只有家庭成员，但人数不详；不超过 {m} 人才视为私密空间。"
            en = f"Members are family only, but the size is unknown; only up to {m} is a private space."
        else:
            zh = f"群成员 {n} 人（不超过 {m} 人），但不清楚是否只有家庭成员。"
            en = f"The group had {n} members (at most {m}), but it is unknown whether they are family only."
        return ((zh, en), cites)
    size_zh = f" {n} 人的" if n is not None else ""
    size_en = f"{n}-member " if n is not None else ""
    why_zh = f"超过 {m} 人，" if n is not None and n > m else "成员不只是家庭成员，"
    why_en = (
        f"it has more than {m} members, "
        if n is not None and n > m
        else "its members are not family only, "
    )
    return (
        (
            f"这是一个{size_zh}群组：{why_zh}属于《规定》第二条所称用于群体在线交流信息的网络空间，不是私密空间。",
            f"This is a {size_en}group: {why_en}so it is a network space for group communication "
            "under art. 2, not a private space.",
        ),
        cites,
    )


def _s3(inc: Incident, d: Decision) -> tuple[Bilingual, tuple[Citation, ...]]:
    lib = library()
    on = REGULATION_IN_FORCE if inc.date is None else inc.date.first
    cites = (
        _reg("no_prohibited_content"),
        lib.cite("internet_info_services_measures", "nine_prohibitions", on),
        lib.cite("cybersecurity_law", "use_obligation", on),
    )
    if inc.content is None:
        return (
            (
                "不清楚群里的信息是否属于法律法规禁止的信息。",
                "It is unknown whether the content was prohibited.",
            ),
            cites,
        )
    if not inc.content:
        return (
            (
                "群里的信息不属于法律法规禁止传播的信息，没有需要承担责任的违法信息。",
                "The content was not of a prohibited kind, so there is nothing to answer for.",
            ),
            cites,
        )
    zh = "、".join(labels.pick(labels.CONTENT[c.value], "zh") for c in inc.content)
    en = "; ".join(labels.pick(labels.CONTENT[c.value], "en") for c in inc.content)
    return (
        (
            f"信息属于：{zh}。这是法律法规禁止传播的信息（《规定》第十条；《互联网信息服务管理办法》第十五条）。",
            f"The content was: {en}. Such content may not be spread (art. 10; Measures art. 15).",
        ),
        cites,
    )


def _s4(inc: Incident, d: Decision) -> tuple[Bilingual, tuple[Citation, ...]]:
    cites = (_reg("no_prohibited_content"), _reg("member_duty"))
    who = person(inc)
    if d.outcome is Outcome.OWN_CONDUCT and d.step == 3:
        if inc.poster is Poster.SELF:
            zh = f"信息是{who[0]}本人发布的。这是本人的行为，由本人直接负责（第十条），不是群组管理责任的问题。"
            en = (
                f"{who[1].capitalize()} posted the content. That is their own conduct, answered for "
                "directly (art. 10) — not a question of the group-management duty."
            )
        else:
            zh = f"信息虽非{who[0]}发布，但{who[0]}转发、附和或组织了它，属于本人参与传播，由本人直接负责（第十条）。"
            en = (
                f"{who[1].capitalize()} did not post it but forwarded, endorsed or organised it: "
                "their own part in spreading it, answered for directly (art. 10)."
            )
        return ((zh, en), cites)
    if d.step == 3:
        if "poster" in d.missing:
            return (("不清楚信息是谁发布的。", "It is unknown who posted the content."), cites)
        return (
            (
                f"信息由他人发布，但不清楚{who[0]}是否转发、附和或组织了它。",
                f"Someone else posted it, but it is unknown whether {who[1]} forwarded, endorsed or organised it.",
            ),
            cites,
        )
    return (
        (
            f"信息由他人发布，{who[0]}没有转发、附和或组织。下面判断{who[0]}是否负有管理责任。",
            f"Someone else posted it and {who[1]} took no part in it. Next: does {who[1]} carry "
            "a management duty?",
        ),
        cites,
    )


def _s5(inc: Incident, d: Decision) -> tuple[Bilingual, tuple[Citation, ...]]:
    cites = (_reg("owner_duty"), _reg("member_duty"), library().authority("qa_owner_duty"))
    if inc.role is None:
        return (
            (
                "不清楚此人在群里是群主、管理者还是普通成员。",
                "The person's role in the group is unknown.",
            ),
            cites,
        )
    if inc.role is Role.MEMBER:
        return (
            (
                "此人只是普通成员。第九条第一款的群组管理责任只针对建立者、管理者；成员只负有第九条第二款"
                "守法、文明互动的义务，而这条信息不是其发布或参与传播的，因此没有管理责任可言。",
                "The person is an ordinary member. The management duty of art. 9 para. 1 binds only "
                "creators and managers; members must obey the law in their own posts (para. 2), and "
                "this content was neither posted nor spread by them.",
            ),
            cites,
        )
    role = labels.ROLES[inc.role.value]
    return (
        (
            f"此人是{role[0]}，负有第九条第一款规定的群组管理责任。答记者问把它概括为"
            "“谁建群谁负责、谁管理谁负责”——这是官方解读，不是条文原文；责任的内容是注意义务（见下一步）。",
            f"The person is the {role[1]} and carries the management duty of art. 9 para. 1. The "
            "official Q&A summed it up as “whoever creates or manages a group is responsible” — an "
            "interpretation, not the clause's words; its content is a duty of care (next step).",
        ),
        cites,
    )


def _hours(h: float) -> str:
    return f"{h:.1f}".rstrip("0").rstrip(".")


def _elapsed(h: float) -> Bilingual:
    """Hours as 30 小时 / 30 h, with days added past two days."""
    if h < 48:
        return f"{_hours(h)} 小时", f"{_hours(h)} h"
    return f"{_hours(h)} 小时（约 {h / 24:.0f} 天）", f"{_hours(h)} h (about {h / 24:.0f} days)"


def _measure_lines(inc: Incident, checks: tuple[MeasureCheck, ...], s: Settings) -> Bilingual:
    zh_lines, en_lines = [], []
    for c in checks:
        name_zh, name_en = labels.ACTIONS[c.kind.value]
        if c.elapsed_hours is None:
            when_zh, when_en = "用时不详", "time taken unknown"
        elif c.elapsed_hours < 0:
            when_zh = f"早于记录的知道时间 {_hours(-c.elapsed_hours)} 小时"
            when_en = f"{_hours(-c.elapsed_hours)} h before the recorded time of knowing"
        else:
            took_zh, took_en = _elapsed(c.elapsed_hours)
            when_zh = f"知道后 {took_zh}"
            when_en = f"{took_en} after knowing"
        if c.prompt is None:
            verdict_zh, verdict_en = "是否及时无法判断", "promptness cannot be judged"
        elif c.by_judgement:
            verdict_zh = "及时（您的判断）" if c.prompt else "不及时（您的判断）"
            verdict_en = "prompt (your judgement)" if c.prompt else "not prompt (your judgement)"
        else:
            limit = _hours(s.timely_window_hours)
            verdict_zh = f"及时（≤ {limit} 小时）" if c.prompt else f"不及时（> {limit} 小时）"
            verdict_en = f"prompt (≤ {limit} h)" if c.prompt else f"late (> {limit} h)"
        zh_lines.append(f"{c.index + 1}. {name_zh}：{when_zh}，{verdict_zh}")
        en_lines.append(f"{c.index + 1}. {name_en}: {when_en}, {verdict_en}")
    return ("；".join(zh_lines), "; ".join(en_lines))


def _s6(
    inc: Incident, d: Decision, s: Settings
) -> tuple[Bilingual, tuple[Citation, ...], tuple[Assumption, ...]]:
    lib = library()
    cites = (
        _reg("owner_duty"),
        lib.authority("commentary_c"),
        lib.authority("court_practice_duty_of_care"),
    )
    who = person(inc)
    assumptions: list[Assumption] = []
    if inc.knew is None:
        return (
            (
                f"不清楚{who[0]}是否知道这条信息（发现或收到投诉、通知）。",
                f"It is unknown whether {who[1]} knew of the content.",
            ),
            cites,
            (),
        )
    if inc.knew is False:
        if d.route is not None and d.route.value == "group_rules":
            text = (
                f"{who[0]}不知道这条信息，而发帖前群里已有禁止此类信息的群规。群规是预防性的注意义务，"
                "据 2017 年解读 C 部分，可以免责。",
                f"{who[1].capitalize()} did not know of it, and group rules forbidding such content were "
                "in place beforehand. Rules are the preventive route of the duty of care; per part C "
                "of the 2017 explainer they exempt.",
            )
        elif d.route is not None:
            text = (
                f"{who[0]}不知道这条信息，且它只是偶发的一条，没有反复出现或长期存在。不能要求群主监看每一条消息，"
                "因此免责。",
                f"{who[1].capitalize()} did not know of it, and it was an isolated post, neither repeated "
                "nor long-lived. An owner cannot be asked to watch every message, so they are exempt.",
            )
        elif d.outcome is Outcome.NOT_EXEMPT:
            text = (
                f"{who[0]}虽称不知道，但信息反复出现或长期存在，应当知道；事先也没有禁止此类信息的群规。因此不免责。",
                f"{who[1].capitalize()} says they did not know, but the content was repeated or long-lived, "
                "so they should have known; and no group rules forbade it beforehand. Not exempt.",
            )
        else:
            parts_zh = []
            parts_en = []
            if "rules_before_incident" in d.missing:
                parts_zh.append("发帖前是否已有群规")
                parts_en.append("whether group rules existed beforehand")
            if "persistent" in d.missing:
                parts_zh.append("信息是偶发还是反复、长期存在")
                parts_en.append("whether the post was isolated or repeated/long-lived")
            text = (
                f"{who[0]}不知道这条信息；结论取决于" + "，以及".join(parts_zh) + "。",
                f"{who[1].capitalize()} did not know of it; the result turns on "
                + " and ".join(parts_en)
                + ".",
            )
        return (text, cites, ())
    # knew is True
    window = Assumption(
        (
            f"知道后 {_hours(s.timely_window_hours)} 小时内采取的措施算“及时”（可在设置中调整；"
            "您在“是否及时”中的判断优先）。",
            f"A measure within {_hours(s.timely_window_hours)} h of knowing is "
            "“prompt” (adjustable in settings; your own judgement of promptness wins).",
        ),
        "timely_window_hours",
        s.timely_window_hours,
    )
    if inc.actions is None:
        return (
            (
                f"{who[0]}知道这条信息，但不清楚采取了哪些措施。",
                f"{who[1].capitalize()} knew, but the measures taken are unknown.",
            ),
            cites,
            (window,),
        )
    if any(not c.by_judgement for c in d.measures):
        assumptions.append(window)
    if any(c.elapsed_hours is not None and c.elapsed_hours < 0 for c in d.measures):
        assumptions.append(
            Assumption(
                (
                    "有措施记录的时间早于“知道的时间”，本应用按及时处理；请核对这两个时间。",
                    "A measure is dated before the recorded time of knowing; it is treated as prompt — check both times.",
                )
            )
        )
    if inc.recurred_after_warning is True and d.outcome is Outcome.NOT_EXEMPT and inc.actions:
        assumptions.append(
            Assumption(
                (
                    "本应用从“知道的时间”起计算是否及时；案件格式不记录信息再次出现的时间。如果再次出现后立即"
                    "采取了措施，请在“是否及时”中作出您的判断。",
                    "Promptness is counted from the time of knowing; the case format has no time for "
                    "the recurrence. If a measure followed the recurrence at once, record your "
                    "judgement under “prompt?”.",
                )
            )
        )
    measures = (
        _measure_lines(inc, d.measures, s)
        if d.measures
        else ("没有采取任何措施", "no measure taken")
    )
    known = inc.discovered_at
    knew_at = f"{known.start:%Y-%m-%d %H:%M}" if known and known.is_exact else "时间不详"
    knew_at_en = f"{known.start:%Y-%m-%d %H:%M}" if known and known.is_exact else "time unknown"
    head = (
        f"{who[0]}知道这条信息（{knew_at}）。措施：{measures[0]}。",
        f"{who[1].capitalize()} knew ({knew_at_en}). Measures: {measures[1]}.",
    )
    rules_note = ("", "")
    if inc.rules_before_incident is True:
        rules_note = (
            "群规虽已存在，但群主知道后什么都不做，群规本身不能免责。",
            " Group rules existed, but rules alone do not exempt an owner who knew.",
        )
    if d.outcome is Outcome.EXEMPT and d.route is not None:
        route = labels.ROUTES[d.route.value]
        if d.route.value == "warned_no_recurrence":
            tail = (
                "及时警告或删除后，信息没有再出现，注意义务已经履行，免责。",
                " A prompt warning or deletion and no recurrence: the duty of care was met — exempt.",
            )
        else:
            tail = (
                f"{route[0]}是 2017 年解读 C 部分列举的免责措施，免责。",
                f" {route[1].capitalize()} is a measure named in part C of the 2017 explainer — exempt.",
            )
        return ((head[0] + tail[0], head[1] + tail[1]), cites, tuple(assumptions))
    if d.outcome is Outcome.NOT_EXEMPT:
        if not inc.actions:
            tail = (
                "知道后没有采取任何措施，没有履行注意义务，不免责。" + rules_note[0],
                " Nothing was done after knowing: the duty of care was not met — not exempt."
                + rules_note[1],
            )
        elif inc.recurred_after_warning is True and any(c.prompt for c in d.measures):
            tail = (
                "警告或删除后信息再次出现，之后也没有及时采取移出、举报或解散等更有力的措施，不免责。",
                " The content came back after the warning, and no prompt stronger measure (removal, report, dissolution) followed — not exempt.",
            )
        else:
            tail = (
                "措施都不及时，不免责。" + rules_note[0],
                " All measures were late — not exempt." + rules_note[1],
            )
        return ((head[0] + tail[0], head[1] + tail[1]), cites, tuple(assumptions))
    missing = _missing_text(d.missing)
    timing = ("", "")
    if any(m == "discovered_at" or m.startswith("actions[") for m in d.missing):
        timing = (
            "时间查不清时，也可以由您在“是否及时”中作出判断。",
            " If the times cannot be found, you may record your own judgement of promptness instead.",
        )
    return (
        (
            head[0] + "是否及时履行了注意义务还无法判断。" + missing[0] + timing[0],
            head[1]
            + " Whether the duty of care was met promptly cannot yet be judged. "
            + missing[1]
            + timing[1],
        ),
        cites,
        tuple(assumptions),
    )


def _s7(inc: Incident, d: Decision) -> tuple[Bilingual, tuple[Citation, ...]]:
    cites = (
        _reg("platform_measures"),
        _reg("penalties_elsewhere"),
        library().authority("commentary_b"),
    )
    if d.outcome is Outcome.NOT_IN_FORCE:
        lead = ("《规定》不适用于本事件。", "The Provisions do not apply to this incident. ")
    elif d.outcome is Outcome.PRIVATE_SPACE:
        lead = (
            "本事件属于私密空间，不涉及《规定》的群组管理责任。",
            "This is a private space: the group-management duty does not arise. ",
        )
    else:
        lead = ("", "")
    return (
        (
            lead[0]
            + "《规定》本身不设罚则：第十四条把违反本规定的处理指向“相关法律法规”；第十一条列举的警示整改、暂停发布、"
            "关闭群组、降低信用等级、暂停管理权限、取消建群资格、纳入黑名单等，都是平台采取的措施。2017 年解读 B 部分"
            "指出，不能依据《规定》拘留或罚款。下列其他法律只是提示可能适用的条文，不是结论。",
            lead[1]
            + "The Provisions set no penalty of their own: art. 14 refers violations to “relevant laws and "
            "regulations”; the measures of art. 11 (warning and rectification, suspending posting, closing "
            "the group, lowering credit rating, suspending admin rights, revoking the right to create groups, "
            "blacklisting) are taken by the platform. Part B of the 2017 explainer: the Provisions cannot "
            "ground detention or fines. The other laws below are flags of clauses that may apply, not conclusions.",
        ),
        cites,
    )


def steps(inc: Incident, d: Decision, s: Settings, today: dt.date) -> tuple[Step, ...]:
    """The seven steps for a decision, with not-reached steps after the one that stopped.

    The facts are read as the engine reads them (``exact_facts``).
    """
    inc = exact_facts(inc)
    builders: list[Callable[[], tuple[Bilingual, tuple[Citation, ...]]]] = [
        lambda: _s1(inc, d, today),
        lambda: _s2(inc, d, s),
        lambda: _s3(inc, d),
        lambda: _s4(inc, d),
        lambda: _s5(inc, d),
    ]
    out: list[Step] = []
    not_reached = (
        ("未进行：前面的步骤还缺少事实。", "Not reached: an earlier step is missing facts.")
        if d.outcome is Outcome.UNDETERMINED
        else ("未进行：前一步已得出结论。", "Not reached: an earlier step concluded.")
    )
    for index in range(6):
        sid = f"S{index + 1}"
        if index > d.step:
            out.append(
                Step(
                    sid,
                    labels.STEP_TITLES[sid],
                    Status.NOT_REACHED,
                    not_reached,
                    facts=STEP_FACTS[sid],
                )
            )
            continue
        assumptions: tuple[Assumption, ...] = ()
        if index == 5:
            finding, cites, assumptions = _s6(inc, d, s)
        else:
            finding, cites = builders[index]()
            if index == 1 and inc.chat_kind is ChatKind.GROUP:
                assumptions = (
                    Assumption(
                        (
                            f"只由家庭成员组成、不超过 {s.small_family_max} 人的群视为私密空间（2017 年解读 A 部分"
                            "只说“人数规模很小”，未给数字；可在设置中调整）。",
                            f"A family-only group of at most {s.small_family_max} members is a "
                            "private space (part A of the 2017 explainer says only “very small”; adjustable in settings).",
                        ),
                        "small_family_max",
                        s.small_family_max,
                    ),
                )
        if index < d.step:
            status = Status.PASSED
        elif d.outcome is Outcome.UNDETERMINED:
            status = Status.UNKNOWN
            missing = _missing_text(d.missing)
            if missing[0] not in finding[0]:
                finding = (finding[0] + missing[0], finding[1] + " " + missing[1])
        else:
            status = Status.CONCLUDED
        out.append(
            Step(sid, labels.STEP_TITLES[sid], status, finding, cites, assumptions, STEP_FACTS[sid])
        )
    finding, cites = _s7(inc, d)
    out.append(
        Step("S7", labels.STEP_TITLES["S7"], Status.PASSED, finding, cites, (), STEP_FACTS["S7"])
    )
    return tuple(out)


def date_range_warnings(inc: Incident, today: dt.date) -> tuple[Bilingual, ...]:
    """Dates a case file may not hold, each with a request to correct it.

    Only a case saved before these checks can hold such a date (a year outside the
    format's, ``last_seen`` before ``date``): it opens, with these warnings.
    """
    return tuple(issue.problem for issue in date_checks.refusals(inc, today))


def warnings(inc: Incident, today: dt.date) -> tuple[Bilingual, ...]:
    """Facts that are accepted but look suspicious (spec: flagged, not rejected)."""
    out = list(date_range_warnings(inc, today))
    out += [issue.problem for issue in date_checks.oddities(inc, today)]
    if inc.knew is False and (inc.discovered_at is not None or inc.actions):
        out.append(
            (
                "记录为“不知道”，却填写了知道的时间或措施，请核对。",
                "Recorded as not knowing, yet a time of knowing or measures are filled in — check it.",
            )
        )
    if (
        inc.chat_kind is ChatKind.ONE_TO_ONE
        and inc.member_count is not None
        and inc.member_count > 2
    ):
        out.append(
            (
                "一对一聊天却填写了超过 2 名成员，请核对。",
                "A one-to-one chat with more than 2 members — check it.",
            )
        )
    return tuple(out)
