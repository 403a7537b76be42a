"""The values an analysis produces: steps, assumptions, flags, what-ifs and the Analysis.

An Analysis holds the outcome with its route or missing facts, the seven steps with
their findings, citations and assumptions, the other-laws flags, the what-if list,
the settings used, the ruleset version and the date of the analysis. ``to_json``
gives the spec's ``analyze --json`` object.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol

from cases.law.library import Citation, Level
from cases.model import labels
from cases.model.labels import Bilingual
from cases.rules.assumptions import Settings
from cases.rules.steps.common import Outcome, Route, Status


class Flag(Protocol):
    """A flag under another law as S7 gives it (``cases.rules.steps.s7_consequences.Flag``).

    Described here, not imported: S7 and S8 build on the engine, which this module's
    values serve.
    """

    @property
    def citation(self) -> Citation:
        """The clause in the version that applies."""

    @property
    def why(self) -> Bilingual:
        """Why it is flagged."""

    @property
    def kind(self) -> enum.Enum:
        """Administrative, criminal or civil."""

    @property
    def concerns(self) -> enum.Enum:
        """The person analysed or the poster."""

    @property
    def compare(self) -> Citation | None:
        """The other version's clause under 从旧兼从轻, else None."""

    def to_json(self, lang: str = "zh") -> dict[str, Any]:
        """The spec's ``other_laws`` entry."""


class Shown(Protocol):
    """A part of the analysis shown as one JSON object (a time limit, the civil question)."""

    @property
    def finding(self) -> Bilingual:
        """What it says, in plain words."""

    def to_json(self, lang: str = "zh") -> dict[str, Any]:
        """The part as the spec's JSON object."""

    def json_bytes(self, lang: str = "zh") -> bytes:
        """``to_json`` serialised as UTF-8."""


_ENCODER = json.JSONEncoder(ensure_ascii=False)
"""``json.dumps(value, ensure_ascii=False)`` without building an encoder per call."""
_dump_text = _ENCODER.encode
_dump_string = json.encoder.encode_basestring
_C_ENCODER: Any = getattr(json.encoder, "c_make_encoder", None)
# ``JSONEncoder.encode`` builds its C encoder anew for every list or object; this
# one is built once, with the same options (no circular-reference check: the
# values are trees). None where the C accelerator is missing.
_dump_tree = (
    None
    if _C_ENCODER is None
    else _C_ENCODER(None, _ENCODER.default, _dump_string, None, ": ", ", ", False, False, True)
)


def _dump(value: Any) -> str:
    if isinstance(value, str):
        return _dump_string(value)
    if _dump_tree is None:  # pragma: no cover - CPython has the C accelerator
        return _dump_text(value)
    return "".join(_dump_tree(value, 0))


_ASSUMPTION_TEXTS: dict[tuple[Assumption, str, str], str] = {}
"""Assumptions' JSON texts by language, as ``Assumption.json_text`` made them."""
_ASSUMPTION_TEXTS_MAX = 1024
"""Emptied when this full (the texts vary only with the settings)."""


class CivilShown(Shown, Protocol):
    """The civil question as S8 gives it: a finding, its citations and its JSON."""

    @property
    def citations(self) -> tuple[Citation, ...]:
        """The clauses and authorities it rests on."""


class Assumption(NamedTuple):
    """A decision of the app's own, labelled as such and recorded with the analysis.

    Attributes:
        text: the assumption in Chinese and English.
        setting: the adjustable setting it comes from, if any.
        value: that setting's value in this analysis.
    """

    text: Bilingual
    setting: str | None = None
    value: float | int | None = None

    def json_text(self, lang: str) -> str:
        """``to_json`` serialised (remembered: the same few assumptions recur in every case)."""
        # The value's repr too: 24 and 24.0 are equal but not the same JSON.
        key = (self, repr(self.value), lang)
        text = _ASSUMPTION_TEXTS.get(key)
        if text is None:
            if len(_ASSUMPTION_TEXTS) >= _ASSUMPTION_TEXTS_MAX:
                _ASSUMPTION_TEXTS.clear()
            text = _ASSUMPTION_TEXTS[key] = _dump(self.to_json(lang))
        return text

    def to_json(self, lang: str) -> dict[str, Any]:
        """The assumption as JSON (level ``assumption``)."""
        return {
            "level": Level.ASSUMPTION.value,
            "text": labels.pick(self.text, lang),
            "setting": self.setting,
            "value": self.value,
        }


class Step(NamedTuple):
    """One step of the analysis as shown to the user.

    Attributes:
        id: S1–S7.
        title: the step's name.
        status: passed, concluded, unknown or not_reached.
        finding: what the step found, in plain words.
        citations: the clauses and authorities it rests on.
        assumptions: the app's own assumptions it used.
        facts: the case-format fields it read.

    A named tuple, not a dataclass: every analysis makes eight or nine.
    """

    id: str
    title: Bilingual
    status: Status
    finding: Bilingual
    citations: tuple[Citation, ...] = ()
    assumptions: tuple[Assumption, ...] = ()
    facts: tuple[str, ...] = ()

    def json_text(self, lang: str) -> str:
        """``to_json`` serialised: ``json_bytes`` decoded (one way of building it)."""
        return self.json_bytes(lang).decode("utf-8")

    def json_bytes(self, lang: str) -> bytes:
        """``json_text`` encoded as UTF-8, the citations' cached bytes not encoded again."""
        parts: list[bytes] = []
        self.add_json_parts(parts, lang)
        return b"".join(parts)

    def add_json_parts(self, parts: list[bytes], lang: str) -> None:
        """Append ``json_bytes`` in pieces to ``parts``: the citations' cached bytes uncopied."""
        parts.append(
            (
                f'{{"id": "{self.id}", "status": "{self.status.value}", "finding": '
                f"{_dump_string(self.finding[0] if lang == 'zh' else self.finding[1])}"
                ', "citations": ['
            ).encode()
        )
        first = True
        for citation in self.citations:
            if not first:
                parts.append(b", ")
            parts.append(citation.json_bytes(lang))
            first = False
        if self.assumptions:
            parts.append(
                (
                    '], "assumptions": ['
                    f"{', '.join([a.json_text(lang) for a in self.assumptions])}]}}"
                ).encode()
            )
        else:
            parts.append(b'], "assumptions": []}')

    def to_json(self, lang: str) -> dict[str, Any]:
        """The step as the spec's JSON object."""
        return {
            "id": self.id,
            "status": self.status.value,
            "finding": labels.pick(self.finding, lang),
            "citations": [c.to_json(lang) for c in self.citations],
            "assumptions": [a.to_json(lang) for a in self.assumptions],
        }


class WhatIf(NamedTuple):
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
    """Everything the app says about one case.

    Attributes:
        outcome: the conclusion.
        route: how it was reached (None for the outcomes the spec names).
        missing: for UNDETERMINED, the facts that would decide it.
        steps: S1–S7 (S8 once the civil question is wired) as shown.
        what_if: single changes that change the outcome.
        other_laws: S7's flags (each with kind, concerns and compare).
        settings: the adjustable assumptions used.
        ruleset: the rules' version.
        analysis_date: the day of the analysis.
        warnings: odd facts, each a sentence.
        cautions: caution codes that go with the outcome.
        basis: the authority levels the deciding step rests on.
        summary: one to three plain sentences on what was decided and why.
        time_limits: S7's time limits, one per kind of consequence present.
        civil: S8, the civil question.
    """

    outcome: Outcome
    route: Route | None
    missing: tuple[str, ...]
    steps: tuple[Step, ...]
    what_if: tuple[WhatIf, ...]
    other_laws: tuple[Flag, ...]
    settings: Settings
    ruleset: str
    analysis_date: dt.date
    warnings: tuple[Bilingual, ...]
    cautions: tuple[str, ...] = ()
    basis: tuple[str, ...] = ()
    summary: Bilingual = ("", "")
    time_limits: tuple[Shown, ...] = ()
    civil: CivilShown | None = None

    @property
    def tentative(self) -> bool:
        """Whether the outcome rests on an app assumption (its label says 可能, not 很可能)."""
        return Level.ASSUMPTION.value in self.basis

    def label(self, lang: str = "zh", *, short: bool = False) -> str:
        """The outcome's label, graded by ``basis``."""
        return labels.outcome_label(self.outcome.value, self.tentative, lang, short=short)

    def json_text(self, lang: str = "zh") -> str:
        """``to_json`` serialised on one line: ``json_bytes`` decoded (one way of building it)."""
        return self.json_bytes(lang).decode("utf-8")

    def json_bytes(self, lang: str = "zh") -> bytes:
        """``json_text`` encoded as UTF-8, fast: the citations' cached bytes are not encoded again."""
        parts: list[bytes] = []
        self.add_json_parts(parts, lang)
        return b"".join(parts)

    def add_json_parts(self, parts: list[bytes], lang: str = "zh") -> None:
        """Append ``json_bytes`` in pieces to ``parts``.

        A batch joins the pieces of all its cases once: the law texts (most of the
        bytes) are copied once, not again at each level.
        """
        warnings = _dump([labels.pick(w, lang) for w in self.warnings])
        end = {
            "ruleset": self.ruleset,
            "settings": self.settings.to_json(),
            "analysis_date": self.analysis_date.isoformat(),
        }
        parts.append((_dump(self._head(lang))[:-1] + ', "steps": [').encode())
        first = True
        for step in self.steps:
            if not first:
                parts.append(b", ")
            step.add_json_parts(parts, lang)
            first = False
        parts += (
            (
                f'], "what_if": {_dump([w.to_json(lang) for w in self.what_if])}, "other_laws": ['
            ).encode(),
            b", ".join([_flag_bytes(o, lang) for o in self.other_laws]),
            b'], "time_limits": [',
            b", ".join([t.json_bytes(lang) for t in self.time_limits]),
            f'], "warnings": {warnings}, "civil": '.encode(),
            b"null" if self.civil is None else self.civil.json_bytes(lang),
            (", " + _dump(end)[1:]).encode(),
        )

    def _head(self, lang: str) -> dict[str, Any]:
        return {
            "outcome": self.outcome.value,
            "route": None if self.route is None else self.route.value,
            "missing": list(self.missing),
            "cautions": list(self.cautions),
            "basis": list(self.basis),
            "summary": labels.pick(self.summary, lang),
        }

    def to_json(self, lang: str = "zh") -> dict[str, Any]:
        """The spec's ``analyze --json`` object (plus settings, date and warnings)."""
        return {
            **self._head(lang),
            "steps": [s.to_json(lang) for s in self.steps],
            "what_if": [w.to_json(lang) for w in self.what_if],
            "other_laws": [o.to_json(lang) for o in self.other_laws],
            "time_limits": [t.to_json(lang) for t in self.time_limits],
            "warnings": [labels.pick(w, lang) for w in self.warnings],
            "civil": None if self.civil is None else self.civil.to_json(lang),
            "ruleset": self.ruleset,
            "settings": self.settings.to_json(),
            "analysis_date": self.analysis_date.isoformat(),
        }


def _flag_bytes(flag: Flag, lang: str) -> bytes:
    """A flag's ``to_json`` serialised as UTF-8, from its citations' cached bytes."""
    compare = b"null" if flag.compare is None else flag.compare.json_bytes(lang)
    return b"".join(
        (
            flag.citation.json_bytes(lang)[:-1],
            f', "why": {_dump(labels.pick(flag.why, lang))}, "kind": "{flag.kind.value}", '
            f'"concerns": "{flag.concerns.value}", "compare": '.encode(),
            compare,
            b"}",
        )
    )
