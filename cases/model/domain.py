"""The case model: one incident's facts as frozen dataclasses, where None means unknown."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field, fields
from typing import Any

from cases.model.fuzzy import FuzzyDate

FORMAT_NAME = "group-owner-case"
FORMAT_VERSION = 1


class Platform(enum.StrEnum):
    """The service the group is on."""

    WECHAT = "wechat"
    QQ = "qq"
    WEIBO = "weibo"
    TIEBA = "tieba"
    MOMO = "momo"
    ALIPAY = "alipay"
    OTHER = "other"
    # Format version 2:
    WECOM = "wecom"
    DINGTALK = "dingtalk"


class ChatKind(enum.StrEnum):
    """A group chat, or a point-to-point conversation."""

    GROUP = "group"
    ONE_TO_ONE = "one_to_one"


class GroupPurpose(enum.StrEnum):
    """What the group was mainly used for."""

    ORDINARY = "ordinary"
    OBSCENE = "obscene"
    GAMBLING = "gambling"
    ILLEGAL_ACTIVITY = "illegal_activity"
    # Format version 2: set up for work, by or for an employer or unit.
    WORK = "work"


class Role(enum.StrEnum):
    """The role in the group of the person analysed."""

    CREATOR = "creator"
    MANAGER = "manager"
    MEMBER = "member"


class Poster(enum.StrEnum):
    """Who posted the offending content."""

    SELF = "self"
    OTHER = "other"


class Content(enum.StrEnum):
    """Categories of prohibited content (互联网信息服务管理办法 art. 15 (1)–(9), then v2's)."""

    AGAINST_CONSTITUTION = "against_constitution"
    NATIONAL_SECURITY = "national_security"
    NATIONAL_HONOR = "national_honor"
    ETHNIC_HATRED = "ethnic_hatred"
    RELIGION_CULT = "religion_cult"
    RUMOR = "rumor"
    OBSCENE_VIOLENCE = "obscene_violence"
    INSULT_DEFAMATION = "insult_defamation"
    OTHER_PROHIBITED = "other_prohibited"
    # Format version 2: another's private or personal information exposed (人肉、住址、电话);
    # fraud or scam information.
    PRIVACY = "privacy"
    FRAUD = "fraud"


class ActionKind(enum.StrEnum):
    """A measure the person took after the content appeared."""

    WARNED = "warned"
    DELETED_MESSAGE = "deleted_message"
    REMOVED_POSTER = "removed_poster"
    REPORTED_PLATFORM = "reported_platform"
    REPORTED_AUTHORITY = "reported_authority"
    DISSOLVED_GROUP = "dissolved_group"
    # Format version 2: a reminder or correction to the whole group (a soft measure).
    REMINDED_GROUP = "reminded_group"


class ActionBy(enum.StrEnum):
    """Who took a measure: the person analysed, or another manager of the group (v2)."""

    SELF = "self"
    OTHER_MANAGER = "other_manager"


STRONG_MEASURES = frozenset(
    {
        ActionKind.REMOVED_POSTER,
        ActionKind.REPORTED_PLATFORM,
        ActionKind.REPORTED_AUTHORITY,
        ActionKind.DISSOLVED_GROUP,
    }
)
SOFT_MEASURES = frozenset(
    {ActionKind.WARNED, ActionKind.DELETED_MESSAGE, ActionKind.REMINDED_GROUP}
)


@dataclass(frozen=True, slots=True)
class Action:
    """One measure with its local date-time (None when the time is unknown) and who took it."""

    kind: ActionKind
    at: dt.datetime | None = None
    by: ActionBy = ActionBy.SELF


@dataclass(frozen=True, slots=True)
class Incident:
    """The facts of one incident. Every field may be None (unknown).

    ``content`` is () when nothing prohibited was posted and None when that is unknown;
    ``actions`` is () when no measure was taken and None when that is unknown.
    The fields follow the order of shared/spec/case-format.md (version 2); those new
    in version 2 are None for a version-1 case. (Transition: ``date``,
    ``discovered_at`` and ``Action.at`` become ``FuzzyDate`` / ``FuzzyTime`` with the
    version-2 reader; until then files and the store hold version 1 and the new
    facts are not written.)
    """

    date: dt.date | None = None
    last_seen: FuzzyDate | None = None
    platform: Platform | None = None
    chat_kind: ChatKind | None = None
    member_count: int | None = None
    family_only: bool | None = None
    group_purpose: GroupPurpose | None = None
    role: Role | None = None
    poster: Poster | None = None
    participated: bool | None = None
    content: tuple[Content, ...] | None = None
    rumor_emergency: bool | None = None
    forwards: int | None = None
    views: int | None = None
    persistent: bool | None = None
    noticeable: bool | None = None
    minor_involved: bool | None = None
    knew: bool | None = None
    discovered_at: dt.datetime | None = None
    rules_before_incident: bool | None = None
    actions: tuple[Action, ...] | None = None
    recurred_after_warning: bool | None = None
    timely: bool | None = None
    police_aware: FuzzyDate | None = None


@dataclass(frozen=True, slots=True)
class Case:
    """A case: the incident plus the volunteer's title and notes."""

    incident: Incident = field(default_factory=Incident)
    title: str = ""
    notes: str = ""


INCIDENT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Incident))
V2_FIELDS: frozenset[str] = frozenset(
    {"last_seen", "forwards", "views", "noticeable", "minor_involved", "police_aware"}
)
"""The facts new in format version 2 (None in a version-1 case)."""


def with_facts(incident: Incident, **changes: Any) -> Incident:
    """A copy of an incident with some facts replaced.

    Same result as ``dataclasses.replace``, several times faster; the what-if list
    builds dozens of variants per analysis.
    """
    return Incident(*[changes.get(name, getattr(incident, name)) for name in INCIDENT_FIELDS])


_ENUMS: dict[str, type[enum.StrEnum]] = {
    "platform": Platform,
    "chat_kind": ChatKind,
    "group_purpose": GroupPurpose,
    "role": Role,
    "poster": Poster,
}
EARLIEST_YEAR = 1990
"""The format's first year (shared/spec/case-format.md): earlier dates are typing mistakes."""


def latest_year(today: dt.date | None = None) -> int:
    """The format's last year: the one after ``today``'s (the system date by default)."""
    return (today or dt.date.today()).year + 1


def parse_datetime(text: str) -> dt.datetime:
    """Parse the format's local date-time ``YYYY-MM-DDTHH:MM``.

    Raises:
        ValueError: if the text is not exactly of that form or not a real time.
    """
    if len(text) != 16 or text[10] != "T":
        raise ValueError(f"not YYYY-MM-DDTHH:MM: {text!r}")
    return dt.datetime.fromisoformat(text)


def pad_year(text: str) -> str:
    """A stored date-time's text with its year zero-padded, as the format writes it.

    Before zero-padding, years below 1000 were written short (``1-01-01T00:00``,
    ``strftime`` on Linux); stores may still hold them.
    """
    year, dash, rest = text.partition("-")
    if dash and year.isascii() and year.isdigit() and len(year) < 4:
        return year.zfill(4) + dash + rest
    return text


def _read_datetime(text: str) -> dt.datetime:
    """Parse a date-time as the app has ever written it (see ``pad_year``)."""
    return parse_datetime(pad_year(text))


def format_datetime(value: dt.datetime) -> str:
    """Write a date-time in the format's ``YYYY-MM-DDTHH:MM`` form, the year zero-padded."""
    return value.isoformat(timespec="minutes")


def dates_out_of_range(
    incident: Incident, today: dt.date | None = None
) -> tuple[tuple[str, str], ...]:
    """The incident's dates and times outside the format's years, as (field, value) pairs.

    The years are ``EARLIEST_YEAR`` to ``latest_year(today)``; a case file holding
    such a value is refused, a stored case is opened with a warning instead. Fields
    are named as in the incident (``date``, ``discovered_at``, ``actions[0].at``),
    values in the format's form.
    """
    last = latest_year(today)
    out: list[tuple[str, str]] = []
    if incident.date is not None and not EARLIEST_YEAR <= incident.date.year <= last:
        out.append(("date", incident.date.isoformat()))
    times = [("discovered_at", incident.discovered_at)]
    times += [(f"actions[{i}].at", a.at) for i, a in enumerate(incident.actions or ())]
    for name, value in times:
        if value is not None and not EARLIEST_YEAR <= value.year <= last:
            out.append((name, format_datetime(value)))
    return tuple(out)


def incident_from_json(data: dict[str, Any]) -> Incident:
    """Build an Incident from validated or stored JSON (absent keys are unknown)."""
    values: dict[str, Any] = {}
    for name, raw in data.items():
        if raw is None:
            continue
        if name in _ENUMS:
            values[name] = _ENUMS[name](raw)
        elif name == "date":
            values[name] = dt.date.fromisoformat(raw)
        elif name == "discovered_at":
            values[name] = _read_datetime(raw)
        elif name == "content":
            values[name] = tuple(Content(c) for c in raw)
        elif name == "actions":
            values[name] = tuple(
                Action(
                    ActionKind(a["kind"]),
                    None if a.get("at") is None else _read_datetime(a["at"]),
                )
                for a in raw
            )
        else:
            values[name] = raw
    return Incident(**values)


def case_from_json(data: dict[str, Any]) -> Case:
    """Build a Case from one validated case object."""
    return Case(
        incident=incident_from_json(data.get("incident", {})),
        title=data.get("title") or "",
        notes=data.get("notes") or "",
    )


def incident_to_json(incident: Incident) -> dict[str, Any]:
    """The incident as the format's JSON object, every field present (null = unknown)."""
    out: dict[str, Any] = {}
    for name in INCIDENT_FIELDS:
        if name in V2_FIELDS:
            continue  # Transition: written once the format is version 2.
        value = getattr(incident, name)
        if value is None:
            out[name] = None
        elif name == "date":
            out[name] = value.isoformat()
        elif name == "discovered_at":
            out[name] = format_datetime(value)
        elif name == "content":
            out[name] = [c.value for c in value]
        elif name == "actions":
            out[name] = [
                {"kind": a.kind.value, "at": None if a.at is None else format_datetime(a.at)}
                for a in value
            ]
        elif isinstance(value, enum.Enum):
            out[name] = value.value
        else:
            out[name] = value
    return out


def case_to_json(case: Case) -> dict[str, Any]:
    """The case as a format-version-1 JSON object."""
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "title": case.title,
        "incident": incident_to_json(case.incident),
        "notes": case.notes,
    }
