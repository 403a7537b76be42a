"""The case store's records: a stored case, its analyses, and what changed between two.

Apart from ``cases.store`` so that opening the store and listing cases (the
window's first frame) need not build these classes; ``CaseStore.get``,
``history`` and ``changes`` import this module when first called.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cases.store.json_columns import json_text, json_value

if TYPE_CHECKING:
    from cases.model.domain import Case


class ChangeKind(enum.StrEnum):
    """Why an analysis differs from the one before it."""

    RULESET = "ruleset"
    SETTING = "setting"
    FACT = "fact"


@dataclass(frozen=True, slots=True)
class AnalysisRecord:
    """One recorded analysis of a case (what the list and the history show).

    Attributes:
        id: the record's ID.
        case_id: the case analysed.
        analysed_at: when it was recorded (UTC ISO string).
        analysis_date: the analysis's ``today`` (``YYYY-MM-DD``).
        outcome: an ``Outcome`` value (``cases.rules.steps.common``).
        route: a ``Route`` value for EXEMPT, else None.
        missing: the facts that would decide an UNDETERMINED outcome.
        ruleset: ``engine.RULESET`` at the time.
        settings: the settings used, as ``Settings.to_json()``.
        incident: the incident's facts analysed (``domain.incident_to_json``).
        facts_format: the case format the facts were recorded in: 1 for analyses
            made before the store held format 2 (their facts since rewritten as v2,
            losslessly), 2 after.
    """

    id: int
    case_id: int
    analysed_at: str
    analysis_date: str
    outcome: str
    route: str | None
    missing: tuple[str, ...]
    ruleset: str
    settings: dict[str, float | int]
    incident: dict[str, Any]
    facts_format: int = 2


@dataclass(frozen=True, slots=True)
class Reason:
    """One difference between two consecutive analyses.

    Attributes:
        kind: ruleset, setting or fact.
        name: the setting's name, the fact's field (``incident.knew``), or "ruleset".
        before: the old value as JSON text (``null`` = unknown).
        after: the new value as JSON text.
    """

    kind: ChangeKind
    name: str
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class AnalysisChange:
    """What changed from one recorded analysis to the next, and why.

    Attributes:
        before: the earlier record.
        after: the later record.
        reasons: the differences in ruleset, settings and facts between them.
    """

    before: AnalysisRecord
    after: AnalysisRecord
    reasons: tuple[Reason, ...]

    def text(self, lang: str = "zh") -> str:
        """E.g. ``NOT_EXEMPT → EXEMPT：设置 timely_window_hours 24.0 → 48.0``."""
        zh = lang == "zh"
        head = f"{self.before.outcome} → {self.after.outcome}"
        if self.before.outcome == self.after.outcome:
            head = f"仍为 {self.after.outcome}" if zh else f"still {self.after.outcome}"
        names = {
            ChangeKind.RULESET: ("规则集", "ruleset"),
            ChangeKind.SETTING: ("设置", "setting"),
            ChangeKind.FACT: ("事实", "fact"),
        }
        parts = []
        for r in self.reasons:
            label = names[r.kind][0 if zh else 1]
            name = "" if r.kind is ChangeKind.RULESET else f" {r.name}"
            parts.append(f"{label}{name} {r.before} → {r.after}")
        if not parts:
            parts.append("规则集、设置和事实均未变" if zh else "same ruleset, settings and facts")
        return head + ("：" if zh else ": ") + ("；" if zh else "; ").join(parts)


@dataclass(frozen=True, slots=True)
class Parties:
    """The two parties' names, kept with a case in the store (never in a case file).

    The case format has no place for them (and refuses unknown keys), and an exported
    file is better without them: it protects the people named. They feed the PDF's
    redaction, which replaces them like the names it finds.

    Attributes:
        poster: the person who posted the content (发帖人), "" if not named.
        victim: the person harmed (受害人), "" if not named.
    """

    poster: str = ""
    victim: str = ""

    def __post_init__(self) -> None:
        """Trim the names (a name is never only spaces)."""
        object.__setattr__(self, "poster", self.poster.strip())
        object.__setattr__(self, "victim", self.victim.strip())

    def names(self) -> tuple[str, ...]:
        """The names given, each once, poster first."""
        return tuple(dict.fromkeys(n for n in (self.poster, self.victim) if n))


@dataclass(frozen=True, slots=True)
class StoredCase:
    """A case as stored.

    Attributes:
        id: the case ID.
        case: the facts, title and notes (exactly the case format).
        tags: the tags, sorted.
        created_at: UTC ISO string.
        updated_at: UTC ISO string of the last edit (analyses do not count as edits).
        deleted_at: UTC ISO string when in the trash, else None.
        analysis: the latest recorded analysis, or None.
        parties: the parties' names (store only; not part of the case format).
    """

    id: int
    case: Case
    tags: tuple[str, ...]
    created_at: str
    updated_at: str
    deleted_at: str | None
    analysis: AnalysisRecord | None
    parties: Parties = Parties()

    @property
    def analysis_stale(self) -> bool:
        """True when the facts changed after the latest analysis (or none was made)."""
        if self.analysis is None:
            return True
        from cases.model import domain

        return self.analysis.incident != domain.incident_to_json(self.case.incident)


def _reasons(before: AnalysisRecord, after: AnalysisRecord) -> tuple[Reason, ...]:
    out: list[Reason] = []
    if before.ruleset != after.ruleset:
        out.append(Reason(ChangeKind.RULESET, "ruleset", before.ruleset, after.ruleset))
    for key in sorted(set(before.settings) | set(after.settings)):
        old, new = before.settings.get(key), after.settings.get(key)
        if old != new:
            out.append(Reason(ChangeKind.SETTING, key, json_text(old), json_text(new)))
    from cases.model import domain

    for key in domain.INCIDENT_FIELDS:
        old, new = before.incident.get(key), after.incident.get(key)
        if old != new:
            out.append(Reason(ChangeKind.FACT, f"incident.{key}", json_text(old), json_text(new)))
    return tuple(out)


def compare(before: AnalysisRecord, after: AnalysisRecord) -> AnalysisChange:
    """What changed from ``before`` to ``after`` and why (ruleset, settings, facts)."""
    return AnalysisChange(before, after, _reasons(before, after))


def _padded(incident: dict[str, Any]) -> dict[str, Any]:
    """Recorded facts with their date-times' years zero-padded (see ``domain.pad_year``).

    So that the padding alone is never a change of facts.
    """
    from cases.model import domain

    if isinstance(incident.get("discovered_at"), str):
        incident["discovered_at"] = domain.pad_year(incident["discovered_at"])
    for action in incident.get("actions") or ():
        if isinstance(action.get("at"), str):
            action["at"] = domain.pad_year(action["at"])
    return incident


def record_from_row(row: Sequence[Any]) -> AnalysisRecord:
    """An ``analyses`` row (the store's ``_ANALYSIS_COLUMNS``, in order) as a record."""
    return AnalysisRecord(
        id=row[0],
        case_id=row[1],
        analysed_at=row[2],
        analysis_date=row[3],
        outcome=row[4],
        route=row[5],
        missing=tuple(json_value(row[6])),
        ruleset=row[7],
        settings=json_value(row[8]),
        incident=_padded(json_value(row[9])),
        facts_format=row[10],
    )
