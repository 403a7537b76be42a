"""The entry form's words: every fact as a plain question, with a one-line help text.

A fact's short name (``labels.FIELDS``) names it in the analysis, the what-if list and
the PDF; here each fact is asked as a volunteer would be asked it, and its help says
in plain words what it means and which clause or step it serves. Kept apart from the
window so that a test can check that every question has its help in both languages.
Clause numbers follow shared/spec/analysis.md.
"""

from __future__ import annotations

from cases.model.labels import PERSON_DEFINED, Bilingual, field_label, pick

__all__ = ["HELP", "PERSON_DEFINED", "QUESTIONS", "help_text", "question"]

QUESTIONS: dict[str, Bilingual] = {
    "date": ("违法信息是哪天发到群里的？", "When was the content first posted?"),
    "last_seen": (
        "这条信息（或重复发的同类信息）最后一次还在群里是哪天？",
        "What was the last day the content (or a repeat of it) was in the group?",
    ),
    "platform": ("群在哪个应用上？", "Which app is the group on?"),
    "chat_kind": ("是群聊，还是一对一聊天？", "Was it a group chat or a one-to-one chat?"),
    "member_count": ("当时群里有多少人？", "How many members did the group have at the time?"),
    "family_only": ("群里是否只有家庭成员？", "Were the members family only?"),
    "content": ("发的是哪类违法信息？", "What kind of prohibited content was posted?"),
    "persistent": (
        "信息是否反复出现，或长期留在群里？",
        "Was the content repeated, or did it stay up for long?",
    ),
    "noticeable": (
        "信息是否显眼，管理群的人难以忽视？",
        "Was the content hard to miss for someone managing the group?",
    ),
    "rumor_emergency": (
        "谣言是否涉及险情、疫情、灾情或警情？",
        "Was the rumour about a danger, an epidemic, a disaster or a police matter?",
    ),
    "forwards": ("信息被转发了多少次？", "How many times was the content forwarded?"),
    "views": ("信息被浏览了多少次？", "How many times was the content seen?"),
    "role": (
        f"{PERSON_DEFINED[0]}在群里是什么身份？",
        f"What was the role in the group of {PERSON_DEFINED[1]}?",
    ),
    "poster": ("信息是谁发的？", "Who posted the content?"),
    "participated": (
        "此人是否转发、附和或组织了这条信息？",
        "Did the person forward, endorse or organise it?",
    ),
    "minor_involved": (
        "发帖人或此人当时是否未满十八周岁？",
        "Was the poster or the person under 18 at the time?",
    ),
    "group_purpose": ("这个群主要用来做什么？", "What was the group mainly used for?"),
    "knew": (
        "此人是否知道这条信息（自己看到，或收到投诉、通知）？",
        "Did the person know of the content (saw it, or was told or complained to)?",
    ),
    "discovered_at": ("此人是什么时候知道的？", "When did the person find out?"),
    "rules_before_incident": (
        "发帖前，群里是否已有禁止此类信息的群规？",
        "Before the post, did group rules forbid such content?",
    ),
    "actions": (
        "知道后，此人或其他管理者采取了哪些措施？",
        "After finding out, which measures did the person or another manager take?",
    ),
    "recurred_after_warning": (
        "警告、删除或提醒之后，信息是否又出现了？",
        "Did the content come back after a warning, deletion or reminder?",
    ),
    "timely": ("您认为处理得及时吗？", "In your judgement, was the reaction prompt?"),
    "police_aware": (
        "公安机关最早是哪天知道这件事的？",
        "When did the police first learn of the matter?",
    ),
}
"""The form's question for each fact it asks."""

HELP: dict[str, Bilingual] = {
    "date": (
        "可以只写年份或月份。《规定》第十五条：2017-10-08 起施行，之前的行为不适用。",
        "A year or a month will do. Provisions art. 15: in force from 2017-10-08; "
        "earlier conduct is not covered.",
    ),
    "last_seen": (
        "信息一直留着或又被发出时填写。用于《规定》第十五条的施行时间和各项追究时效。",
        "Fill in when the content stayed up or was posted again. Serves Provisions art. 15 "
        "(when they apply) and the time limits.",
    ),
    "platform": (
        "只作记录，不影响结论。",
        "For the record only; it does not change the outcome.",
    ),
    "chat_kind": (
        "《规定》第二条只管群组；一对一聊天是私密空间（宪法第四十条）。",
        "Provisions art. 2 covers groups only; a one-to-one chat is a private space "
        "(Constitution art. 40).",
    ),
    "member_count": (
        "大约的人数即可。《规定》第二条：两人的群、很小的家庭群按私密空间处理（本应用的假定）。",
        "An estimate will do. Provisions art. 2: a group of two or a very small family "
        "group counts as a private space (an app assumption).",
    ),
    "family_only": (
        "很小的家庭群按私密空间处理（2017 年解读 A 部分）。",
        "A very small family group counts as a private space (2017 explainer, part A).",
    ),
    "content": (
        "《规定》第十条；类别见《互联网信息服务管理办法》第十五条，另加隐私和诈骗。",
        "Provisions art. 10; the kinds follow the Internet Information Services Measures "
        "art. 15, plus privacy and fraud.",
    ),
    "persistent": (
        "多条、多日或一直没删。用于第十五条的施行时间和第九条第一款的注意义务。",
        "Several posts, several days, or never deleted. Serves art. 15 (when the Provisions "
        "apply) and art. 9(1) (duty of care).",
    ),
    "noticeable": (
        "置顶、多日反复、@了此人，或有成员在群里投诉。《规定》第九条第一款：不知情时是否应当知道。",
        "Pinned, repeated on several days, @-mentioning the person, or complained about "
        "in the group. Provisions art. 9(1): whether they should have known.",
    ),
    "rumor_emergency": (
        "涉及时，发帖人可能触犯刑法第二百九十一条之一第二款。",
        "If so, the poster may fall under Criminal Law art. 291-1(2).",
    ),
    "forwards": (
        "不知道就空着。2013 年诽谤解释第二条：转发 500 次以上可属情节严重。",
        "Leave empty if unknown. 2013 defamation interpretation art. 2: 500 forwards or "
        "more can make it serious.",
    ),
    "views": (
        "不知道就空着。2013 年诽谤解释第二条：浏览 5000 次以上可属情节严重。",
        "Leave empty if unknown. 2013 defamation interpretation art. 2: 5,000 views or "
        "more can make it serious.",
    ),
    "role": (
        "《规定》第九条第一款：群主和管理者负有群管理责任；普通成员没有。",
        "Provisions art. 9(1): the group's owner and managers have the management duty; "
        "ordinary members do not.",
    ),
    "poster": (
        "《规定》第十条：自己发的是本人行为，不谈免责。",
        "Provisions art. 10: posting it oneself is one's own conduct, with no exemption.",
    ),
    "participated": (
        "转发、附和或组织也属本人行为（《规定》第十条）。",
        "Forwarding, endorsing or organising is one's own conduct too (Provisions art. 10).",
    ),
    "minor_involved": (
        "年龄影响责任：刑法第十七条，民法典第一千一百八十八条（监护人）。",
        "Age changes liability: Criminal Law art. 17; Civil Code art. 1188 (guardians).",
    ),
    "group_purpose": (
        "建立或管理淫秽、赌博、违法犯罪用途的群是本人行为（网络安全法第四十六条）；"
        "工作群另见民法典第一千一百九十一条。",
        "Setting up or running a group for obscenity, gambling or crime is one's own "
        "conduct (Cybersecurity Law art. 46); for a work group see Civil Code art. 1191.",
    ),
    "knew": (
        "《规定》第九条第一款：管理义务是管理，不是监看每一条消息。",
        "Provisions art. 9(1): the duty is to manage, not to monitor every message.",
    ),
    "discovered_at": (
        "只知道哪天也可以。从这时起算是否及时（本应用默认 24 小时）。",
        "The day alone will do. Promptness is counted from then (24 hours by default, "
        "an app assumption).",
    ),
    "rules_before_incident": (
        "群公告或群规写明禁止。《规定》第九条第一款；2017 年解读 C 部分。",
        "A pinned notice or group rules forbidding it. Provisions art. 9(1); 2017 "
        "explainer, part C.",
    ),
    "actions": (
        "《规定》第九条第一款：及时移出、举报或解散即已尽责；警告、删除或提醒须信息未再出现。",
        "Provisions art. 9(1): prompt removal, a report or dissolving the group meets the "
        "duty; a warning, deletion or reminder only if the content did not come back.",
    ),
    "recurred_after_warning": (
        "《规定》第九条第一款：较轻的措施之后又出现，需要更有力的措施。",
        "Provisions art. 9(1): if it came back after a soft measure, a stronger one was needed.",
    ),
    "timely": (
        "《规定》第九条第一款的“及时”。不知道就留空，由本应用按时间计算。",
        "The promptness of Provisions art. 9(1). Leave it at Don't know to let the app "
        "count the hours.",
    ),
    "police_aware": (
        "任何人报警都算。治安管理处罚法第二十二条（2025 年文本第二十五条）：六个月追究时效。",
        "A report by anyone counts. Public Security Administration Punishments Law art. 22 "
        "(2025 text: art. 25): a six-month time limit.",
    ),
}
"""One line per question: what it means in plain words and the clause it serves."""


def question(field: str, lang: str = "zh") -> str:
    """The form's question about a fact (its short name when it has no question)."""
    pair = QUESTIONS.get(field)
    return field_label(field, lang) if pair is None else pick(pair, lang)


def help_text(field: str, lang: str = "zh") -> str:
    """The one-line help of a fact's question, or "" when it has none."""
    pair = HELP.get(field)
    return "" if pair is None else pick(pair, lang)
