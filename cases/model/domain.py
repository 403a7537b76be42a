"""The case model: one incident's facts as frozen dataclasses, where None means unknown."""

from __future__ import annotations

import datetime as dt
import enum
import operator
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

from cases.model.fuzzy import FuzzyDate, FuzzyTime, fuzzy_json

FORMAT_NAME = "group-owner-case"
FORMAT_VERSION = 2
"""The version the app writes; version-1 files stay readable (``case_files``)."""


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
    """One measure with its local time (a day or a minute; None when unknown) and who took it."""

    kind: ActionKind
    at: FuzzyTime | None = None
    by: ActionBy = ActionBy.SELF


@dataclass(frozen=True, slots=True)
class Incident:
    """The facts of one incident. Every field may be None (unknown).

    ``content`` is () when nothing prohibited was posted and None when that is unknown;
    ``actions`` is () when no measure was taken and None when that is unknown.
    The fields follow the order of shared/spec/case-format.md (version 2); those new
    in version 2 are None for a version-1 case. Dates are ``FuzzyDate`` (a year, a
    month or a day), times ``FuzzyTime`` (a day or a minute).
    """

    date: FuzzyDate | None = None
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
    discovered_at: FuzzyTime | None = None
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


_FACT_VALUES = operator.attrgetter(*INCIDENT_FIELDS)
_FACT_POSITION: dict[str, int] = {name: i for i, name in enumerate(INCIDENT_FIELDS)}
_FACT_SETTERS: tuple[Callable[[Incident, Any], None], ...] = tuple(
    getattr(Incident, name).__set__ for name in INCIDENT_FIELDS
)
"""Each fact's slot written directly, as the frozen ``__init__`` writes it (no checks run there)."""


def with_facts(incident: Incident, **changes: Any) -> Incident:
    """A copy of an incident with some facts replaced.

    Same result as ``dataclasses.replace``, several times faster; the what-if list
    builds dozens of variants per analysis. A name that is not a fact is ignored.
    """
    copy = object.__new__(Incident)
    for set_fact, value in zip(_FACT_SETTERS, _FACT_VALUES(incident), strict=True):
        set_fact(copy, value)
    for name, value in changes.items():
        if name in _FACT_POSITION:
            _FACT_SETTERS[_FACT_POSITION[name]](copy, value)
    return copy


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


def pad_year(text: str) -> str:
    """A stored date's or time's text with its year zero-padded, as the format writes it.

    Before zero-padding, years below 1000 were written short (``1-01-01T00:00``,
    ``strftime`` on Linux); stores may still hold them.
    """
    year, dash, rest = text.partition("-")
    if dash and year.isascii() and year.isdigit() and len(year) < 4:
        return year.zfill(4) + dash + rest
    return text


def read_date(text: str) -> FuzzyDate:
    """Read a fuzzy date as the app has ever written it (see ``pad_year``).

    Raises:
        ValueError: if the text is not a fuzzy date.
    """
    return FuzzyDate.parse(pad_year(text))


def read_time(text: str) -> FuzzyTime:
    """Read a fuzzy time as the app has ever written it (see ``pad_year``).

    Raises:
        ValueError: if the text is not a fuzzy time.
    """
    return FuzzyTime.parse(pad_year(text))


DATE_FIELDS: tuple[str, ...] = ("date", "last_seen", "police_aware")
"""The incident's fuzzy dates (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``)."""


def dated_facts(incident: Incident) -> tuple[tuple[str, FuzzyDate | FuzzyTime], ...]:
    """Every known date and time of the incident, as (field, value) in format order.

    Fields are named as in the incident: ``date``, ``last_seen``, ``discovered_at``,
    ``actions[0].at``, ``police_aware``.
    """
    out: list[tuple[str, FuzzyDate | FuzzyTime]] = []
    for name in ("date", "last_seen"):
        value = getattr(incident, name)
        if value is not None:
            out.append((name, value))
    if incident.discovered_at is not None:
        out.append(("discovered_at", incident.discovered_at))
    out += [(f"actions[{i}].at", a.at) for i, a in enumerate(incident.actions or ()) if a.at]
    if incident.police_aware is not None:
        out.append(("police_aware", incident.police_aware))
    return tuple(out)


def dated_fact(incident: Incident, field: str) -> FuzzyDate | FuzzyTime | None:
    """The value of one field ``dated_facts`` names (``actions[0].at`` too); None otherwise.

    None also for a date or time that is not known, and for any other fact.
    """
    return dict(dated_facts(incident)).get(field)


def with_dated_fact(incident: Incident, field: str, value: FuzzyDate | FuzzyTime) -> Incident:
    """A copy of an incident with one field of ``dated_facts`` replaced (``actions[N].at`` too)."""
    if field.startswith("actions["):
        index = int(field[len("actions[") : -len("].at")])
        actions = incident.actions or ()
        action = actions[index]
        assert isinstance(value, FuzzyTime)
        changed = Action(action.kind, value, action.by)
        return with_facts(incident, actions=(*actions[:index], changed, *actions[index + 1 :]))
    return with_facts(incident, **{field: value})


def dates_out_of_range(
    incident: Incident, today: dt.date | None = None
) -> tuple[tuple[str, str], ...]:
    """The incident's dates and times outside the format's years, as (field, value) pairs.

    The years are ``EARLIEST_YEAR`` to ``latest_year(today)``; a case file holding
    such a value is refused, a stored case is opened with a warning instead. Fields
    are named as in ``dated_facts``, values in the format's form.
    """
    last = latest_year(today)
    return tuple(
        (name, str(value))
        for name, value in dated_facts(incident)
        if not EARLIEST_YEAR <= _year(value) <= last
    )


def _year(value: FuzzyDate | FuzzyTime) -> int:
    return value.year if isinstance(value, FuzzyDate) else value.day.year


_E = TypeVar("_E", bound=enum.StrEnum)
_MEMBERS: dict[type[enum.StrEnum], dict[str, Any]] = {}
"""Each enum's members by value: a dictionary look-up instead of the enum's call."""


def _member(kind: type[_E], value: Any) -> _E:
    """``kind(value)``, faster for a valid value (an invalid one raises ValueError as before)."""
    members = _MEMBERS.get(kind)
    if members is None:
        members = _MEMBERS[kind] = {m.value: m for m in kind}
    found = members.get(value) if isinstance(value, str) else None
    return kind(value) if found is None else found


def action_from_json(data: dict[str, Any]) -> Action:
    """One measure from validated or stored JSON (``by`` absent: the person, as in v1)."""
    at, by = data.get("at"), data.get("by")
    return Action(
        _member(ActionKind, data["kind"]),
        None if at is None else read_time(at),
        ActionBy.SELF if by is None else _member(ActionBy, by),
    )


def incident_from_json(data: dict[str, Any]) -> Incident:
    """Build an Incident from validated or stored JSON of either version (absent = unknown).

    A version-1 object is a version-2 object without v2's keys: its new facts are
    None and its measures taken by the person (``by: self``).
    """
    values: dict[str, Any] = {}
    for name, raw in data.items():
        if raw is None:
            continue
        if name in _ENUMS:
            values[name] = _member(_ENUMS[name], raw)
        elif name in DATE_FIELDS:
            values[name] = read_date(raw)
        elif name == "discovered_at":
            values[name] = read_time(raw)
        elif name == "content":
            values[name] = tuple(_member(Content, c) for c in raw)
        elif name == "actions":
            values[name] = tuple(action_from_json(a) for a in raw)
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
        value = getattr(incident, name)
        if value is None:
            out[name] = None
        elif isinstance(value, FuzzyDate | FuzzyTime):
            out[name] = str(value)
        elif name == "content":
            out[name] = [c.value for c in value]
        elif name == "actions":
            out[name] = [
                {"kind": a.kind.value, "at": fuzzy_json(a.at), "by": a.by.value} for a in value
            ]
        elif isinstance(value, enum.Enum):
            out[name] = value.value
        else:
            out[name] = value
    return out


def case_to_json(case: Case) -> dict[str, Any]:
    """The case as a JSON object of the format version the app writes (``FORMAT_VERSION``)."""
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "title": case.title,
        "incident": incident_to_json(case.incident),
        "notes": case.notes,
    }
