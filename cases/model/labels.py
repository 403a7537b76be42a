"""Bilingual names for codes the CLI, the window and the PDF all print (outcomes, fields…).

The one place each display name is written: outcomes, routes, steps and their
statuses, authority levels, verification marks, facts and their values. The window
takes the pair of its language from here as the text output and the PDF do (no Qt
``tr()`` of these names), so the three can never name a thing differently.
"""

from __future__ import annotations

from cases.model import domain
from cases.model.fuzzy import FuzzyDate, FuzzyTime

Bilingual = tuple[str, str]
"""A text in Chinese and English, in that order (:func:`pick` chooses one).

The one definition: every module that holds or passes bilingual text uses it.
"""

OUTCOMES: dict[str, Bilingual] = {
    "NOT_IN_FORCE": ("《规定》当时尚未施行", "Provisions not yet in force"),
    "PRIVATE_SPACE": ("私密空间，不适用《规定》", "Private space"),
    "NO_PROHIBITED_CONTENT": ("无违法信息", "No prohibited content"),
    "OWN_CONDUCT": ("本人行为，不适用免责", "Own conduct"),
    "NO_DUTY": ("无群管理义务", "No management duty"),
    "EXEMPT": ("很可能免责（已尽群管理责任）", "Likely exempt (management duty met)"),
    "NOT_EXEMPT": ("很可能未尽群管理责任", "Likely fell short of the management duty"),
    "UNDETERMINED": ("尚无法确定", "Undetermined"),
}
"""Outcome codes → labels (shared/spec/analysis.md); ``outcome_label`` grades them."""

TENTATIVE_OUTCOMES: dict[str, Bilingual] = {
    "EXEMPT": ("可能免责（已尽群管理责任）", "Possibly exempt (management duty met)"),
    "NOT_EXEMPT": ("可能未尽群管理责任", "Possibly fell short of the management duty"),
}
"""The labels when the outcome rests on an app assumption (``basis`` holds ``assumption``)."""

OUTCOME_SHORT: dict[str, Bilingual] = {
    "NOT_IN_FORCE": ("不适用", "Not applicable"),
    "PRIVATE_SPACE": ("私密空间", "Private space"),
    "NO_PROHIBITED_CONTENT": ("无违法信息", "No prohibited content"),
    "OWN_CONDUCT": ("本人行为", "Own conduct"),
    "NO_DUTY": ("无管理义务", "No duty"),
    "EXEMPT": ("免责", "Exempt"),
    "NOT_EXEMPT": ("未尽责", "Fell short"),
    "UNDETERMINED": ("尚无法确定", "Undetermined"),
}
"""The case list's short forms (not graded: a list row does not hold the ``basis``)."""
LIKELY_SHORT: dict[str, Bilingual] = {
    "EXEMPT": ("很可能免责", "Likely exempt"),
    "NOT_EXEMPT": ("很可能未尽责", "Likely fell short"),
}
TENTATIVE_SHORT: dict[str, Bilingual] = {
    "EXEMPT": ("可能免责", "Possibly exempt"),
    "NOT_EXEMPT": ("可能未尽责", "Possibly fell short"),
}

ROUTES: dict[str, Bilingual] = {
    "group_rules": ("事先订有群规", "group rules in place beforehand"),
    "removed_poster": ("及时将发布者移出群聊", "promptly removed the poster"),
    "reported_platform": ("及时向平台举报", "promptly reported to the platform"),
    "reported_authority": ("及时向主管机关举报", "promptly reported to the authorities"),
    "dissolved_group": ("及时解散群组", "promptly dissolved the group"),
    "warned_no_recurrence": (
        "及时警告或删除且未再出现",
        "prompt warning or deletion, not repeated",
    ),
    "unaware_isolated": (
        "不知情，信息不显眼或属偶发",
        "did not know; the content was easy to miss or isolated",
    ),
    "one_to_one": ("一对一聊天", "one-to-one chat"),
    "two_members": ("只有两人的群", "a group of two"),
    "small_family": ("人数很少的家庭群", "a very small family group"),
    "posted": ("本人发布", "posted it themselves"),
    "participated": ("本人转发、附和或组织", "forwarded, endorsed or organised it"),
    "unlawful_group": ("建立或管理违法用途的群组", "created or ran an unlawful-purpose group"),
    "no_measure": ("知道后没有采取措施", "no measure after knowing"),
    "late_measure": ("措施不及时", "measures were late"),
    "recurred_after_soft": (
        "警告、删除或提醒后信息再次出现，没有更有力的措施",
        "it came back after a warning, deletion or reminder, with no stronger measure",
    ),
    "should_have_known": ("信息显眼，应当知道", "the content was hard to miss: should have known"),
}

SECTIONS: dict[str, Bilingual] = {
    "basis": ("依据", "Basis"),
    "caution": ("注意", "Caution"),
    "summary": ("结论说明", "Summary"),
    "time_limits": ("追究时效", "Time limits"),
    "civil": ("民事责任", "Civil liability"),
}
"""Headings of the analysis' new parts, shared by the text, the PDF and the window."""

CAUTIONS: dict[str, Bilingual] = {
    "content_left_up": (
        "信息可能仍在群里：移出发布者或举报并不会删除消息，建议删除；法院可能追问为何保留",
        "the messages may still be up: removing the poster or reporting does not take them "
        "down — delete them; courts may ask why they stayed",
    ),
    "content_stayed_up": (
        "信息一直留在群里，现在应当删除",
        "the content stayed up and should come down now",
    ),
}
"""Cautions that go with an outcome (``cautions`` in the JSON)."""

ACTIONS: dict[str, Bilingual] = {
    "warned": ("警告", "warned the poster"),
    "deleted_message": ("删除信息", "deleted the message"),
    "removed_poster": ("将发布者移出群聊", "removed the poster from the group"),
    "reported_platform": ("向平台举报", "reported to the platform"),
    "reported_authority": ("向主管机关举报", "reported to the authorities"),
    "dissolved_group": ("解散群组", "dissolved the group"),
}

CONTENT: dict[str, Bilingual] = {
    "against_constitution": (
        "反对宪法所确定的基本原则",
        "against the Constitution's basic principles",
    ),
    "national_security": ("危害国家安全", "endangering national security"),
    "national_honor": ("损害国家荣誉和利益", "harming national honour and interests"),
    "ethnic_hatred": ("煽动民族仇恨、民族歧视", "inciting ethnic hatred or discrimination"),
    "religion_cult": (
        "破坏国家宗教政策、宣扬邪教",
        "undermining religious policy, promoting cults",
    ),
    "rumor": ("散布谣言", "rumours"),
    "obscene_violence": ("淫秽、色情、赌博、暴力等", "obscenity, gambling, violence etc."),
    "insult_defamation": ("侮辱或者诽谤他人", "insult or defamation"),
    "other_prohibited": ("法律、行政法规禁止的其他内容", "other content prohibited by law"),
}

PLATFORMS: dict[str, Bilingual] = {
    "wechat": ("微信", "WeChat"),
    "qq": ("QQ", "QQ"),
    "weibo": ("微博", "Weibo"),
    "tieba": ("贴吧", "Tieba"),
    "momo": ("陌陌", "Momo"),
    "alipay": ("支付宝", "Alipay"),
    "other": ("其他", "Other"),
}

CHAT_KINDS: dict[str, Bilingual] = {
    "group": ("群聊", "group chat"),
    "one_to_one": ("一对一聊天", "one-to-one chat"),
}

PURPOSES: dict[str, Bilingual] = {
    "ordinary": ("普通交流", "ordinary"),
    "obscene": ("主要用于传播淫秽信息", "mainly for obscene content"),
    "gambling": ("赌博", "gambling"),
    "illegal_activity": ("实施违法犯罪活动", "illegal activity"),
}

ROLES: dict[str, Bilingual] = {
    "creator": ("建立者（群主）", "creator (owner)"),
    "manager": ("管理者", "manager"),
    "member": ("普通成员", "ordinary member"),
}

POSTERS: dict[str, Bilingual] = {
    "self": ("本人", "the person analysed"),
    "other": ("他人", "someone else"),
}

LEVELS: dict[str, Bilingual] = {
    "law": ("法律条文", "Law text"),
    "official_interpretation": ("官方解读", "Official interpretation"),
    "commentary": ("评论（转述）", "Commentary (paraphrased)"),
    "court_practice": ("法院实务（转述）", "Court practice (paraphrased)"),
    "assumption": ("本应用的假定", "App assumption"),
}
"""Authority levels of citations; every screen, the JSON and the PDF keep them apart."""

STEP_TITLES: dict[str, Bilingual] = {
    "S1": ("施行时间", "When the Provisions apply"),
    "S2": ("群组性质", "Group or private space"),
    "S3": ("违法信息", "Prohibited content"),
    "S4": ("本人行为", "The person's own conduct"),
    "S5": ("管理身份", "Management role"),
    "S6": ("注意义务", "Duty of care"),
    "S7": ("后果与其他法律", "Consequences and other laws"),
    "S8": ("民事责任", "The civil question"),
}
"""The steps of the analysis by ID (S4 shares its name with the outcome it may reach)."""

STATUSES: dict[str, Bilingual] = {
    "passed": ("通过", "passed"),
    "concluded": ("得出结论", "concluded"),
    "unknown": ("缺少事实", "facts missing"),
    "not_reached": ("未进行", "not reached"),
}
"""Step statuses (their signs and colours: ``cases.present.palette``)."""

MARKS: dict[str, Bilingual] = {
    "✅": ("已核实", "verified"),
    "☑️": ("单一来源", "single source"),
    "⚠️": ("条号推断", "number inferred"),
}
"""The verification marks of shared/legal/sources-zh.md, in words (stand-ins for fonts
without the emoji: ``cases.present.palette``)."""

FIELDS: dict[str, Bilingual] = {
    "date": ("违法信息发布的日期", "date the content was posted"),
    "platform": ("平台", "platform"),
    "chat_kind": ("群聊还是一对一聊天", "group or one-to-one chat"),
    "member_count": ("当时的群成员人数", "number of members at the time"),
    "family_only": ("成员是否只有家庭成员", "whether members are family only"),
    "group_purpose": ("群组的主要用途", "the group's main purpose"),
    "role": ("此人在群中的身份", "the person's role in the group"),
    "poster": ("信息是谁发布的", "who posted the content"),
    "participated": (
        "此人是否转发、附和或组织了该信息",
        "whether the person forwarded, endorsed or organised it",
    ),
    "content": ("信息属于哪类违法信息", "which kinds of prohibited content"),
    "rumor_emergency": (
        "谣言是否涉及险情、疫情、灾情、警情",
        "whether the rumour concerns an emergency",
    ),
    "persistent": (
        "信息是否反复出现或长期存在",
        "whether the content was repeated or stayed up long",
    ),
    "knew": (
        "此人是否知道（发现或收到投诉、通知）",
        "whether the person knew (found out or was told)",
    ),
    "discovered_at": ("此人知道的时间", "when the person knew"),
    "rules_before_incident": (
        "发帖前是否已有禁止此类信息的群规",
        "whether group rules forbade it beforehand",
    ),
    "actions": ("此人采取了哪些措施", "which measures the person took"),
    "recurred_after_warning": ("警告后信息是否再次出现", "whether it came back after a warning"),
    "timely": ("您是否判断处理及时", "your own judgement: was the reaction prompt"),
}

BOOL_PHRASES: dict[str, tuple[Bilingual, Bilingual]] = {
    "family_only": (
        ("群成员只有家庭成员", "members were family only"),
        ("群成员不只是家庭成员", "members were not family only"),
    ),
    "participated": (
        ("此人转发、附和或组织了该信息", "the person forwarded, endorsed or organised it"),
        ("此人没有转发、附和或组织该信息", "the person took no part in spreading it"),
    ),
    "rumor_emergency": (
        ("谣言涉及险情、疫情、灾情、警情", "the rumour concerned an emergency"),
        ("谣言不涉及险情、疫情、灾情、警情", "the rumour concerned no emergency"),
    ),
    "persistent": (
        ("信息反复出现或长期存在", "the content was repeated or stayed up long"),
        ("信息只是偶发的一条", "the content was an isolated post"),
    ),
    "knew": (
        ("此人知道该信息（发现或收到投诉）", "the person knew of it"),
        ("此人不知道该信息", "the person did not know of it"),
    ),
    "rules_before_incident": (
        ("发帖前已有禁止此类信息的群规", "group rules forbade it beforehand"),
        ("发帖前没有此类群规", "there were no such rules beforehand"),
    ),
    "recurred_after_warning": (
        ("警告后信息再次出现", "it came back after a warning"),
        ("警告后信息没有再出现", "it did not come back after a warning"),
    ),
    "timely": (
        ("处理经判断是及时的", "the reaction is judged prompt"),
        ("处理经判断是不及时的", "the reaction is judged not prompt"),
    ),
}
"""Yes/no facts as plain sentences, for what-if lists: field → (when true, when false)."""


def outcome_label(outcome: str, tentative: bool, lang: str = "zh", *, short: bool = False) -> str:
    """An outcome's label, graded: 很可能 becomes 可能 when it rests on an assumption.

    Args:
        outcome: the outcome code.
        tentative: the outcome's ``basis`` holds ``assumption``.
        lang: ``zh`` or ``en``.
        short: the banner's short form.
    """
    if short:
        pair = (TENTATIVE_SHORT if tentative else LIKELY_SHORT).get(outcome)
        return pick(pair or OUTCOME_SHORT.get(outcome, (outcome, outcome)), lang)
    pair = TENTATIVE_OUTCOMES.get(outcome) if tentative else None
    return pick(pair or OUTCOMES.get(outcome, (outcome, outcome)), lang)


def person(role: str | None) -> Bilingual:
    """How the findings call the person analysed: 群主, 管理者 or 此人."""
    if role == "creator":
        return ("群主", "the owner")
    if role == "manager":
        return ("管理者", "the manager")
    return ("此人", "the person")


def field_label(field: str, lang: str = "zh") -> str:
    """A plain-language name for a fact, including ``actions[2].at`` style paths."""
    if field.startswith("actions[") and field.endswith("].at"):
        index = int(field[len("actions[") : -len("].at")])
        return f"第 {index + 1} 项措施的时间" if lang == "zh" else f"time of measure {index + 1}"
    zh, en = FIELDS.get(field, (field, field))
    return zh if lang == "zh" else en


def pick(pair: Bilingual, lang: str) -> str:
    """Choose the Chinese or English member of a pair."""
    return pair[0] if lang == "zh" else pair[1]


def inline_heading(heading: str, lang: str) -> str:
    """A heading with the colon before text on the same line: 结论： / "Outcome: "."""
    return heading + ("：" if lang == "zh" else ": ")


def line_heading(heading: str, lang: str) -> str:
    """A heading with the colon that ends its line: 结论： / "Outcome:"."""
    return heading + ("：" if lang == "zh" else ":")


def action_label(kind: domain.ActionKind, lang: str = "zh") -> str:
    """A measure's name."""
    return pick(ACTIONS[kind.value], lang)


UNKNOWN_VALUE: Bilingual = ("不详", "unknown (不详)")
"""How an unknown fact's value is shown."""

LIST_COLUMNS: tuple[Bilingual, ...] = (
    ("编号", "ID"),
    ("日期", "Date"),
    ("平台", "Platform"),
    ("结论", "Outcome"),
    ("标题", "Title"),
)
"""The header row of ``cases list``: one name per column, in the order of the row."""

_ENUM_VALUES: dict[str, dict[str, Bilingual]] = {
    "platform": PLATFORMS,
    "chat_kind": CHAT_KINDS,
    "group_purpose": PURPOSES,
    "role": ROLES,
    "poster": POSTERS,
}


def _taken_by(action: domain.Action, lang: str) -> str:
    """Who took a measure, after its time: nothing for the person analysed."""
    if action.by.value == "self":
        return ""
    name = pick(ACTION_BY[action.by.value], lang)
    return f"（{name}）" if lang == "zh" else f" ({name})"


def fact_value(incident: domain.Incident, name: str, lang: str) -> str | None:
    """A fact's value in words, or None when it is unknown (shown as ``UNKNOWN_VALUE``)."""
    zh = lang == "zh"
    value = getattr(incident, name)
    if value is None:
        return None
    if name in _ENUM_VALUES:
        return pick(_ENUM_VALUES[name][value.value], lang)
    if isinstance(value, bool):
        return ("是" if zh else "yes") if value else ("否" if zh else "no")
    if isinstance(value, FuzzyDate | FuzzyTime):
        return value.shown
    if name == "member_count":
        return f"{value} 人" if zh else f"{value}"
    if name == "content":
        if not value:
            return "无（没有违法信息）" if zh else "none (nothing prohibited)"
        return ("；" if zh else "; ").join(pick(CONTENT[c.value], lang) for c in value)
    if name == "actions":
        if not value:
            return "未采取任何措施" if zh else "no measure taken"
        unknown_time = "时间不详" if zh else "time unknown"
        return "\n".join(
            f"{i}. {action_label(a.kind, lang)} — "
            + (a.at.shown if a.at else unknown_time)
            + _taken_by(a, lang)
            for i, a in enumerate(value, 1)
        )
    return str(value)


# --- Format version 2 (issue 16): names of the new values and facts ------------------
# Kept in a block of their own; each table above gains the entries below.

PLATFORMS |= {
    "wecom": ("企业微信", "WeCom"),
    "dingtalk": ("钉钉", "DingTalk"),
}
PURPOSES |= {
    "work": ("工作用途（单位建立或为单位建立）", "work (set up by or for an employer)"),
}
CONTENT |= {
    "privacy": (
        "泄露他人隐私或个人信息（人肉、住址、电话）",
        "exposing another's private or personal information",
    ),
    "fraud": ("诈骗信息", "fraud or scam information"),
}
ACTIONS |= {
    "reminded_group": ("在群内提醒或更正", "reminded or corrected the whole group"),
}
ACTION_BY: dict[str, Bilingual] = {
    "self": ("此人", "the person analysed"),
    "other_manager": ("其他管理者", "another manager"),
}
"""Who took a measure."""
FIELDS |= {
    "last_seen": (
        "信息最后一次出现在群里的日期",
        "last day the content was in the group",
    ),
    "forwards": ("信息被转发的次数", "how often the content was forwarded"),
    "views": ("信息被浏览的次数", "how often the content was seen"),
    "noticeable": (
        "信息是否显眼（置顶、多日反复、@此人或有成员在群里投诉）",
        "whether the content was hard to miss (pinned, repeated, @-mentioning the person, complained about)",
    ),
    "minor_involved": (
        "发布者或此人当时是否未满十八周岁",
        "whether the poster or the person was under 18 at the time",
    ),
    "police_aware": ("公安机关最早知悉此事的日期", "when the police first learned of the matter"),
}
BOOL_PHRASES |= {
    "noticeable": (
        ("信息很显眼，管理群的人难以忽视", "the content was hard to miss for a manager"),
        ("信息并不显眼", "the content was easy to miss"),
    ),
    "minor_involved": (
        ("发布者或此人当时未满十八周岁", "the poster or the person was under 18"),
        ("发布者和此人当时都已满十八周岁", "the poster and the person were both adults"),
    ),
}

CONSEQUENCE_KINDS: dict[str, Bilingual] = {
    "administrative": ("行政", "administrative"),
    "criminal": ("刑事", "criminal"),
    "civil": ("民事", "civil"),
}
"""The kind of a flag or a time limit."""
CONCERNS: dict[str, Bilingual] = {
    "person": ("涉及此人", "concerns the person analysed"),
    "poster": ("涉及发布者", "concerns the poster"),
}
"""Whom a flag or a time limit concerns."""
LIMIT_STATUSES: dict[str, Bilingual] = {
    "running": ("时效未满", "running"),
    "not_barred": ("不受时效限制（公安机关已及时知悉）", "not barred (the police knew in time)"),
    "expired": ("时效已过", "expired"),
    "expired_unless_police_knew": (
        "时效已过，除非公安机关在期内已知悉",
        "expired unless the police knew in time",
    ),
    "expired_unless_case_opened": (
        "时效已过，除非期内已立案（刑法第八十八条）",
        "expired unless a case was opened in time (art. 88)",
    ),
    "damages_may_be_barred": ("赔偿请求可能已过诉讼时效", "damages may be time-barred"),
    "unclear": ("不确定", "unclear"),
}
"""Statuses of a time limit."""
CIVIL_STATUSES: dict[str, Bilingual] = {
    "direct": ("直接侵权人", "the infringer"),
    "possible": ("可能承担", "possible"),
    "unlikely": ("不太可能", "unlikely"),
    "not_applicable": ("不涉及", "not applicable"),
    "undetermined": ("尚无法判断", "undetermined"),
}
"""The civil question's status (S8)."""


# --- The answer first (issue 17): words for the reader, never a code -----------------

PERSON_DEFINED: Bilingual = (
    "此人（本案要分析其责任的人，通常是群主）",
    "the person analysed (whose responsibility this case is about, usually the group owner)",
)
""""此人" as defined where a text first names it."""

NOT_RELEVANT: Bilingual = ("与结论无关", "not relevant to the outcome")
"""How a fact shows that was never asked because no answer to it could matter."""

REGULATION_SHORT: Bilingual = ("《规定》", "Provisions")
"""How a basis names the 《互联网群组信息服务管理规定》."""

_NEEDS: dict[int, Bilingual] = {
    1: ("需要到月或日", "needs the month or the day"),
    2: ("需要到日", "needs the day"),
}
"""What a date known to the year (1) or the month (2) needs to be precise enough."""
_NEEDS_HOUR: Bilingual = ("需要到小时", "needs the hour")


def missing_label(incident: domain.Incident | None, field: str, lang: str = "zh") -> str:
    """A missing fact in words, saying when it is known but not precisely enough.

    A fact the analysis names as missing although it has a value is missing only
    because the value is fuzzy (a month, a day without the hour): the line says so,
    e.g. 此人知道的时间：需要更精确（已知 2019-03-05，需要到小时）.
    """
    name = field_label(field, lang)
    value = None if incident is None else domain.dated_fact(incident, field)
    need: Bilingual | None = None
    if isinstance(value, FuzzyTime) and not value.is_exact:
        need = _NEEDS_HOUR
    elif isinstance(value, FuzzyDate):
        need = _NEEDS.get(int(value.precision))
    if need is None:
        return name
    if lang == "zh":
        return f"{name}：需要更精确（已知 {value}，{need[0]}）"
    return f"{name}: needs to be more precise (known: {value}; {need[1]})"


LIMIT_SUBJECTS: dict[str, Bilingual] = {
    "administrative": ("治安处罚", "Public-order penalty"),
    "criminal": ("刑事追诉", "Prosecution"),
    "civil": ("赔偿请求", "Damages claim"),
}
"""What a time limit bars, as its one-line headline names it."""

LIMIT_HEADLINES: dict[str, Bilingual] = {
    "running": ("期限至 {until}，尚未届满", "runs until {until}"),
    "not_barred": (
        "公安机关已在期限内知情，不受时效限制",
        "not barred: the police knew in time",
    ),
    "expired": ("{until} 已过", "ran out on {until}"),
    "expired_unless_police_knew": (
        "{until} 已过，除非公安机关在此前已知情",
        "ran out on {until}, unless the police knew before then",
    ),
    "expired_unless_case_opened": (
        "{until} 已过，除非期内已立案（刑法第八十八条）",
        "ran out on {until}, unless a case was opened in time (Criminal Law art. 88)",
    ),
    "damages_may_be_barred": (
        "可能已过时效（{until}）",
        "may be time-barred ({until})",
    ),
    "unclear": ("不确定，期限约至 {until}", "unclear; the limit is about {until}"),
}
"""A time limit's status in a line, with its last day."""
LIMIT_UNCLEAR_CRIMINAL: Bilingual = (
    "取决于情节轻重：基本幅度至 {until}，最重幅度至 {until_most_serious}",
    "depends on how serious: {until} for the basic bracket, {until_most_serious} for the "
    "most serious",
)
LIMIT_NO_DATE: Bilingual = ("期限不详", "the limit's last day is unknown")
LIMIT_CIVIL_ALWAYS: Bilingual = (
    "停止侵害、赔礼道歉不受时效限制",
    "claims to stop it and for an apology have no limit",
)
"""Said with every civil limit (民法典 §995, §196)."""
