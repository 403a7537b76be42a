"""The ``summary``: one to three plain sentences saying what was decided and why.

Written with this case's dates and measures, in the chosen language. For EXEMPT and
NOT_EXEMPT it also says that the Regulation sets no penalty of its own and that
other laws still apply (shared/spec/analysis.md, "Outcomes and what the user sees").
"""

from __future__ import annotations

from cases.model import labels
from cases.model.domain import Incident
from cases.model.labels import Bilingual
from cases.rules.engine import Decision
from cases.rules.steps.common import Caution, MeasureCheck, Outcome, Route

NO_PENALTY: Bilingual = (
    "《规定》本身不设罚则，后果见其他法律。",
    "The Provisions set no penalty of their own; for consequences see the other laws.",
)


def _measures(inc: Incident, checks: list[MeasureCheck]) -> Bilingual:
    actions = inc.actions or ()
    zh, en = [], []
    for c in checks:
        at = actions[c.position].at
        name = labels.ACTIONS[c.kind]
        by = ("由其他管理者", "another manager ") if c.by_other else ("", "")
        when = "" if at is None else f"于 {at.shown} "
        zh.append(f"{by[0]}{when}{name[0]}")
        en.append(f"{by[1]}{name[1]}{'' if at is None else f' ({at.shown})'}")
    return "、".join(zh), ", ".join(en)


def summary(inc: Incident, d: Decision) -> Bilingual:
    """The summary of a decision for this incident."""
    who = labels.person(inc.role and inc.role.value)
    label = (
        labels.outcome_label(d.outcome.value, d.tentative, "zh"),
        labels.outcome_label(d.outcome.value, d.tentative, "en"),
    )
    date = inc.date
    knew_at = inc.discovered_at
    knew = (f" {knew_at.shown} " if knew_at else "", f" ({knew_at.shown})" if knew_at else "")
    if d.outcome is Outcome.UNDETERMINED:
        # A fact known only roughly says what it needs (需要更精确…), not just its name.
        zh = "；".join(labels.missing_label(inc, m, "zh") for m in d.missing)
        en = "; ".join(labels.missing_label(inc, m, "en") for m in d.missing)
        return (
            f"尚无法确定：还需要确认{zh}。补充后再分析。",
            f"Undetermined: still to establish {en}. Analyse again once known.",
        )
    if d.outcome is Outcome.NOT_IN_FORCE:
        return (
            f"信息发布于 {date}，整个行为早于《规定》2017-10-08 施行，《规定》不适用；"
            "当时的行为只能依其他法律评价。",
            f"The content was posted in {date}, and the whole conduct predates the Provisions "
            "(in force from 2017-10-08), so they do not apply; only other laws can judge it.",
        )
    if d.outcome is Outcome.PRIVATE_SPACE:
        route = labels.ROUTES[d.route.value if d.route else "one_to_one"]
        return (
            f"这是{route[0]}，属于私密空间，不适用《规定》的群组管理责任；发布者本人的责任见其他法律。",
            f"This was {route[1]}: a private space, outside the Provisions' group-management "
            "duty; the poster's own liability is under other laws.",
        )
    if d.outcome is Outcome.NO_PROHIBITED_CONTENT:
        return (
            "群里的信息不属于违法信息，没有需要承担责任的内容。",
            "The content was not prohibited, so there is nothing to answer for.",
        )
    if d.outcome is Outcome.NO_DUTY:
        return (
            "此人只是普通成员，对他人发布的信息没有群管理责任。",
            "The person is an ordinary member and has no management duty over others' posts.",
        )
    if d.outcome is Outcome.OWN_CONDUCT:
        route = labels.ROUTES[d.route.value if d.route else "posted"]
        return (
            f"{who[0]}{route[0]}，这是本人的行为，由本人直接负责，不存在免责问题；可能的后果见其他法律。",
            f"{who[1].capitalize()} {route[1]}: their own conduct, answered for directly, with "
            "no exemption; possible consequences are under other laws.",
        )
    text = _duty(inc, d, who, knew, label)
    return (text[0] + NO_PENALTY[0], text[1] + " " + NO_PENALTY[1])


def _duty(
    inc: Incident, d: Decision, who: Bilingual, knew: Bilingual, label: Bilingual
) -> Bilingual:
    """The duty-of-care sentence(s) of an EXEMPT or NOT_EXEMPT decision."""
    checks = list(d.measures)
    route = d.route
    if route in (Route.GROUP_RULES, Route.UNAWARE_ISOLATED, Route.SHOULD_HAVE_KNOWN):
        if route is Route.SHOULD_HAVE_KNOWN:
            return (
                f"{who[0]}说不知道这条信息，但它很显眼，管理群的人应当看到，因此{label[0]}；",
                f"{who[1].capitalize()} says they did not know, but the content was hard to "
                f"miss for someone managing the group, so: {label[1].lower()}.",
            )
        rules = (
            ("，事先也有群规", ", and group rules were in place")
            if route is Route.GROUP_RULES
            else ("", "")
        )
        stayed = (
            ("信息仍留在群里，现在应当删除；", " The content is still up and should come down now.")
            if Caution.CONTENT_STAYED_UP in d.cautions
            else ("", "")
        )
        return (
            f"{who[0]}不知道这条信息，信息不显眼或只是偶发{rules[0]}，因此{label[0]}；" + stayed[0],
            f"{who[1].capitalize()} did not know of it and it was easy to miss or isolated"
            f"{rules[1]}, so: {label[1].lower()}." + stayed[1],
        )
    if route is Route.NO_MEASURE:
        return (
            f"{who[0]}{knew[0]}知道后没有采取任何措施，因此{label[0]}；",
            f"{who[1].capitalize()} knew{knew[1]} and took no measure, so: {label[1].lower()}.",
        )
    if route is Route.RECURRED_AFTER_SOFT:
        soft = _measures(inc, [c for c in checks if not c.strong])
        return (
            f"{who[0]}{knew[0]}知道后只{soft[0]}，同类信息之后再次出现，没有及时移出发布者、举报或解散群组，"
            f"因此{label[0]}；",
            f"{who[1].capitalize()} knew{knew[1]} and only {soft[1]}; the content came back, "
            "and no prompt removal, report or dissolution followed, so: "
            f"{label[1].lower()}.",
        )
    if route is Route.LATE_MEASURE:
        late = _measures(inc, checks)
        return (
            f"{who[0]}{knew[0]}知道后的措施（{late[0]}）都不及时，因此{label[0]}；",
            f"{who[1].capitalize()} knew{knew[1]}, but every measure ({late[1]}) was late, so: "
            f"{label[1].lower()}.",
        )
    prompt = [c for c in checks if c.prompt]
    if route is not Route.WARNED_NO_RECURRENCE:
        prompt = [c for c in prompt if c.kind == (route.value if route else "")][:1]
    done = _measures(inc, prompt)
    recurred = (
        ("，信息没有再出现", "; the content did not come back")
        if route is Route.WARNED_NO_RECURRENCE
        else ("", "")
    )
    left = (
        ("但消息可能仍在群里，建议删除；", " The messages may still be up: delete them.")
        if Caution.CONTENT_LEFT_UP in d.cautions
        else ("", "")
    )
    return (
        f"{who[0]}{knew[0]}知道后及时{done[0]}{recurred[0]}，因此{label[0]}；" + left[0],
        f"{who[1].capitalize()} knew{knew[1]} and promptly: {done[1]}{recurred[1]}, so: "
        f"{label[1].lower()}." + left[1],
    )
