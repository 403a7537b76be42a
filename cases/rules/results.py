"""The values an analysis produces: steps, assumptions, flags, what-ifs and the Analysis.

An Analysis holds the outcome with its route or missing facts, the seven steps with
their findings, citations and assumptions, the other-laws flags, the what-if list,
the settings used, the ruleset version and the date of the analysis. ``to_json``
gives the spec's ``analyze --json`` object.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from cases.law.library import Citation, Level
from cases.model import labels
from cases.model.labels import Bilingual
from cases.rules.engine import Outcome, Route, Settings, Status


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class Assumption:
    """A decision of the app's own, labelled as such and recorded with the analysis.

    Attributes:
        text: the assumption in Chinese and English.
        setting: the adjustable setting it comes from, if any.
        value: that setting's value in this analysis.
    """

    text: Bilingual
    setting: str | None = None
    value: float | int | None = None

    def to_json(self, lang: str) -> dict[str, Any]:
        """The assumption as JSON (level ``assumption``)."""
        return {
            "level": Level.ASSUMPTION.value,
            "text": labels.pick(self.text, lang),
            "setting": self.setting,
            "value": self.value,
        }


@dataclass(frozen=True, slots=True)
class Step:
    """One step of the analysis as shown to the user.

    Attributes:
        id: S1–S7.
        title: the step's name.
        status: passed, concluded, unknown or not_reached.
        finding: what the step found, in plain words.
        citations: the clauses and authorities it rests on.
        assumptions: the app's own assumptions it used.
        facts: the case-format fields it read.
    """

    id: str
    title: Bilingual
    status: Status
    finding: Bilingual
    citations: tuple[Citation, ...] = ()
    assumptions: tuple[Assumption, ...] = ()
    facts: tuple[str, ...] = ()

    def json_text(self, lang: str) -> str:
        """``to_json`` serialised, built from the citations' cached JSON."""
        return (
            f'{{"id": "{self.id}", "status": "{self.status.value}", "finding": '
            f"{_dump(labels.pick(self.finding, lang))}, "
            f'"citations": [{", ".join(c.json_text(lang) for c in self.citations)}], '
            f'"assumptions": [{", ".join(_dump(a.to_json(lang)) for a in self.assumptions)}]}}'
        )

    def to_json(self, lang: str) -> dict[str, Any]:
        """The step as the spec's JSON object."""
        return {
            "id": self.id,
            "status": self.status.value,
            "finding": labels.pick(self.finding, lang),
            "citations": [c.to_json(lang) for c in self.citations],
            "assumptions": [a.to_json(lang) for a in self.assumptions],
        }


@dataclass(frozen=True, slots=True)
class OtherLaw:
    """A flag under another law: a clause that may apply, and why (not a conclusion)."""

    citation: Citation
    why: Bilingual

    def json_text(self, lang: str) -> str:
        """``to_json`` serialised, built from the citation's cached JSON."""
        return (
            self.citation.json_text(lang)[:-1] + f', "why": {_dump(labels.pick(self.why, lang))}}}'
        )

    def to_json(self, lang: str) -> dict[str, Any]:
        """The flag as the spec's JSON object: a citation plus ``why``."""
        return {**self.citation.to_json(lang), "why": labels.pick(self.why, lang)}


@dataclass(frozen=True, slots=True)
class WhatIf:
    """A single-fact change that would change the outcome.

    Attributes:
        change: the change and its effect, e.g. 如果……，结论将变为：免责.
        outcome: the outcome after the change.
        route: its route, for EXEMPT.
        field: the fact the change concerns (for jumping to the question).
    """

    change: Bilingual
    outcome: Outcome
    route: Route | None
    field: str

    def to_json(self, lang: str) -> dict[str, Any]:
        """The what-if entry as JSON."""
        return {
            "change": labels.pick(self.change, lang),
            "outcome": self.outcome.value,
            "route": None if self.route is None else self.route.value,
            "field": self.field,
        }


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the app says about one case."""

    outcome: Outcome
    route: Route | None
    missing: tuple[str, ...]
    steps: tuple[Step, ...]
    what_if: tuple[WhatIf, ...]
    other_laws: tuple[OtherLaw, ...]
    settings: Settings
    ruleset: str
    analysis_date: dt.date
    warnings: tuple[Bilingual, ...]

    def json_text(self, lang: str = "zh") -> str:
        """``to_json`` serialised on one line, fast: large batches spend most time here."""
        head = {
            "outcome": self.outcome.value,
            "route": None if self.route is None else self.route.value,
            "missing": list(self.missing),
        }
        tail = {
            "ruleset": self.ruleset,
            "settings": self.settings.to_json(),
            "analysis_date": self.analysis_date.isoformat(),
            "warnings": [labels.pick(w, lang) for w in self.warnings],
        }
        return (
            _dump(head)[:-1]
            + f', "steps": [{", ".join(s.json_text(lang) for s in self.steps)}]'
            + f', "what_if": {_dump([w.to_json(lang) for w in self.what_if])}'
            + f', "other_laws": [{", ".join(o.json_text(lang) for o in self.other_laws)}], '
            + _dump(tail)[1:]
        )

    def to_json(self, lang: str = "zh") -> dict[str, Any]:
        """The spec's ``analyze --json`` object (plus settings, date and warnings)."""
        return {
            "outcome": self.outcome.value,
            "route": None if self.route is None else self.route.value,
            "missing": list(self.missing),
            "steps": [s.to_json(lang) for s in self.steps],
            "what_if": [w.to_json(lang) for w in self.what_if],
            "other_laws": [o.to_json(lang) for o in self.other_laws],
            "ruleset": self.ruleset,
            "settings": self.settings.to_json(),
            "analysis_date": self.analysis_date.isoformat(),
            "warnings": [labels.pick(w, lang) for w in self.warnings],
        }
