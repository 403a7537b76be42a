"""The checks of a case's dates and times (shared/spec/case-format.md).

Two kinds, each a list of ``DateIssue`` naming the field, the value and what is odd:

* ``refusals``: a year before 1990 or after next year, or ``last_seen`` wholly before
  ``date``. A case file holding one is refused (``case_files``); a case already in
  the store never is: it opens with the same issue as a warning, so the value can be
  corrected.
* ``oddities``: accepted but flagged in an analysis's ``warnings``: a date or time
  wholly after the day of analysis, ``discovered_at`` wholly before ``date`` (or
  more than a year before it), a measure wholly before ``discovered_at``.

Fuzzy values are compared as intervals (``cases.model.fuzzy``): only what holds for
every day or instant they stand for is flagged.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass

from cases.model import domain, fuzzy, labels
from cases.model.domain import Incident
from cases.model.fuzzy import FuzzyDate, FuzzyTime
from cases.model.labels import Bilingual


class IssueKind(enum.StrEnum):
    """What is odd about a date or time."""

    OUT_OF_RANGE = "out_of_range"
    """A year before 1990 or after next year (refused)."""
    LAST_SEEN_BEFORE_DATE = "last_seen_before_date"
    """``last_seen`` wholly before ``date`` (refused)."""
    AFTER_ANALYSIS_DAY = "after_analysis_day"
    """Wholly after the day of the analysis (a warning)."""
    KNEW_BEFORE_DATE = "knew_before_date"
    """``discovered_at`` wholly before ``date`` (a warning)."""
    MEASURE_BEFORE_KNEW = "measure_before_knew"
    """A measure wholly before ``discovered_at`` (a warning)."""
    MEASURE_LONG_BEFORE_DATE = "measure_long_before_date"
    """A measure more than a year before ``date`` (a warning)."""


@dataclass(frozen=True, slots=True)
class DateIssue:
    """One odd date or time.

    Attributes:
        field: the fact, named as in the incident (``date``, ``actions[0].at``).
        value: its value in the format's form.
        kind: what is odd about it.
        problem: the same in Chinese and English, as a whole sentence that names the
            field and the value.
    """

    field: str
    value: str
    kind: IssueKind
    problem: Bilingual

    def text(self, lang: str = "zh") -> str:
        """The sentence in the chosen language."""
        return labels.pick(self.problem, lang)


def _label(name: str) -> Bilingual:
    return (labels.field_label(name, "zh"), labels.field_label(name, "en"))


def refusals(incident: Incident, today: dt.date | None = None) -> tuple[DateIssue, ...]:
    """The values a case file may not hold (a stored case is warned of them instead).

    Args:
        incident: the facts.
        today: decides the last year accepted (next year's); the system date when None.
    """
    today = today or dt.date.today()
    first, last = domain.EARLIEST_YEAR, domain.latest_year(today)
    out: list[DateIssue] = []
    for name, value in domain.dates_out_of_range(incident, today):
        zh, en = _label(name)
        out.append(
            DateIssue(
                name,
                value,
                IssueKind.OUT_OF_RANGE,
                (
                    f"{zh}（{value}）不在 {first} 年至 {last} 年之间，可能是录入错误，请核对并更正。",
                    f"{en} ({value}) is outside the years {first} to {last}, probably a typing "
                    "mistake — check and correct it.",
                ),
            )
        )
    date, last_seen = incident.date, incident.last_seen
    if date is not None and last_seen is not None and fuzzy.date_before(last_seen, date):
        out.append(
            DateIssue(
                "last_seen",
                str(last_seen),
                IssueKind.LAST_SEEN_BEFORE_DATE,
                (
                    f"信息最后出现的日期（{last_seen}）早于发布日期（{date}），不可能如此；请核对并更正。",
                    f"The last day the content was seen ({last_seen}) is before the day it was "
                    f"posted ({date}), which cannot be — check and correct it.",
                ),
            )
        )
    return tuple(out)


def _wholly_after(value: FuzzyDate | FuzzyTime, today: dt.date) -> bool:
    """Whether every day of the value is after ``today`` (``fuzzy.after`` is True)."""
    return (value.first if isinstance(value, FuzzyDate) else value.day) > today


def oddities(
    incident: Incident, today: dt.date, refused: Sequence[DateIssue] | None = None
) -> tuple[DateIssue, ...]:
    """Values that are accepted but look wrong (an analysis lists them as ``warnings``).

    Values already among ``refusals`` are not flagged again.

    Args:
        incident: the facts.
        today: the day of the analysis.
        refused: what ``refusals(incident, today)`` gave, when already known.
    """
    if refused is None:
        refused = refusals(incident, today)
    refused_fields = {issue.field for issue in refused}
    out: list[DateIssue] = []
    for name, value in domain.dated_facts(incident):
        if name in refused_fields or not _wholly_after(value, today):
            continue
        zh, en = _label(name)
        out.append(
            DateIssue(
                name,
                str(value),
                IssueKind.AFTER_ANALYSIS_DAY,
                (
                    f"{zh}（{value.shown}）晚于分析日（{today}），请核对。",
                    f"{en} ({value.shown}) is after the day of the analysis ({today}) — check it.",
                ),
            )
        )
    knew, date = incident.discovered_at, incident.date
    if (
        knew is not None
        and date is not None
        and "discovered_at" not in refused_fields
        and knew.day < date.first  # fuzzy.date_before(knew.date, date) is True
    ):
        # A difference of dates, not a date minus a year: that overflows before year 2.
        long_before = (date.first - knew.day).days > 365
        when_zh = "比事件日期早一年以上" if long_before else "早于信息发布的日期"
        when_en = (
            "over a year before the incident date"
            if long_before
            else "before the content was posted"
        )
        out.append(
            DateIssue(
                "discovered_at",
                str(knew),
                IssueKind.KNEW_BEFORE_DATE,
                (
                    f"此人知道的时间（{knew.shown}）{when_zh}（{date}），请核对。",
                    f"The time the person knew ({knew.shown}) is {when_en} ({date}) — check it.",
                ),
            )
        )
    for index, action in enumerate(incident.actions or ()):
        name, at = f"actions[{index}].at", action.at
        if at is None or name in refused_fields:
            continue
        zh, en = _label(name)
        if (
            knew is not None
            and "discovered_at" not in refused_fields
            and fuzzy.time_before(at, knew)
        ):
            kind = IssueKind.MEASURE_BEFORE_KNEW
            problem = (
                f"{zh}（{at.shown}）早于此人知道的时间（{knew.shown}），请核对。",
                f"{en} ({at.shown}) is before the person knew ({knew.shown}) — check it.",
            )
        elif date is not None and (date.first - at.day).days > 365:
            kind = IssueKind.MEASURE_LONG_BEFORE_DATE
            problem = (
                f"{zh}（{at.shown}）比事件日期（{date}）早一年以上，请核对。",
                f"{en} ({at.shown}) is over a year before the incident date ({date}) — check it.",
            )
        else:
            continue
        out.append(DateIssue(name, str(at), kind, problem))
    return tuple(out)
