"""Common misreadings (常见误解) of the Provisions, answered in the app's own words.

The content is legal content, so it lives in the core as data
(resources/misreadings.json) and is loaded here into frozen objects; the window,
and any other front end, only shows it. Each topic answers one of the three
misreadings that the 2017 press explainer takes on (its parts A, B and C), names the
analysis steps that decide the question, and refers to clauses by provision key:
the clause text is always resolved through :mod:`cases.law`, never written in the
data.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cases.files import resources
from cases.law import library as lawlib
from cases.model import labels

EXPLAINER_PARTS = ("A", "B", "C")


class MisreadingsDataError(Exception):
    """resources/misreadings.json is inconsistent (a packaging bug, not a user error)."""


@dataclass(frozen=True, slots=True)
class TopicText:
    """A text of a misreading topic (the claim, the answer, a paragraph), in Chinese and English.

    Unlike ``cases.model.labels.Bilingual`` (a plain pair), it is read from
    resources/misreadings.json by its keys and picks its language itself.
    """

    zh: str
    en: str

    def pick(self, language: str) -> str:
        """The English text for ``"en"``, the Chinese text otherwise."""
        return self.en if language == "en" else self.zh


@dataclass(frozen=True, slots=True)
class ProvisionRef:
    """A clause that decides a misreading, by stable provision key.

    Attributes:
        law_id: the law's id (file name under resources/law).
        provision: the provision key in that law's versions.
        why: what the clause settles, in a few words.
    """

    law_id: str
    provision: str
    why: TopicText

    def cite(self, on: dt.date | None = None) -> lawlib.Citation:
        """Resolve to the verbatim citation of the version in force on a date.

        Args:
            on: the date deciding the version; today (the law as it stands) if None.
        """
        return lawlib.library().cite(self.law_id, self.provision, on or dt.date.today())


@dataclass(frozen=True, slots=True)
class Topic:
    """One misreading and the app's answer to it.

    Attributes:
        key: stable id ("private_space", "already_punished", "owner_answers_for_everything").
        misreading: the mistaken claim, as people put it.
        verdict: the short answer.
        answer: the explanation, paragraph by paragraph (zh and en aligned).
        explainer_part: the part of the 2017 explainer that takes it on (A, B or C).
        steps: the analysis steps that decide it (S1–S7).
        provisions: the clauses that decide it.
        authorities: keys of non-law authorities (commentary first), for
            ``cases.law.library().authority``.
    """

    key: str
    misreading: TopicText
    verdict: TopicText
    answer: tuple[TopicText, ...]
    explainer_part: str
    steps: tuple[str, ...]
    provisions: tuple[ProvisionRef, ...]
    authorities: tuple[str, ...]

    def step_titles(self, language: str = "zh") -> tuple[str, ...]:
        """The steps as "S2 群组性质" (or "S2 Group or private space")."""
        index = 1 if language == "en" else 0
        return tuple(f"{step} {labels.STEP_TITLES[step][index]}" for step in self.steps)

    def explainer(self) -> lawlib.Citation:
        """The commentary entry for the explainer part (level: commentary)."""
        return lawlib.library().authority(self.authorities[0])


def _topic_text(value: Any, where: str) -> TopicText:
    if (
        not isinstance(value, Mapping)
        or not isinstance(value.get("zh"), str)
        or not isinstance(value.get("en"), str)
        or not value["zh"].strip()
        or not value["en"].strip()
    ):
        raise MisreadingsDataError(f"{where}: needs non-empty zh and en texts")
    return TopicText(value["zh"], value["en"])


def _topic(data: Mapping[str, Any]) -> Topic:
    key = data.get("key")
    if not isinstance(key, str) or not key:
        raise MisreadingsDataError("a topic has no key")
    part = data.get("explainer_part")
    if part not in EXPLAINER_PARTS:
        raise MisreadingsDataError(f"{key}: explainer_part must be one of {EXPLAINER_PARTS}")
    steps = tuple(data.get("steps", ()))
    if not steps or any(step not in labels.STEP_TITLES for step in steps):
        raise MisreadingsDataError(f"{key}: steps must name S1–S7")
    answer = tuple(_topic_text(p, f"{key} answer") for p in data.get("answer", ()))
    provisions = tuple(
        ProvisionRef(
            law_id=str(p["law"]),
            provision=str(p["provision"]),
            why=_topic_text(p.get("why"), f"{key} {p['law']}/{p['provision']}"),
        )
        for p in data.get("provisions", ())
    )
    authorities = tuple(str(a) for a in data.get("authorities", ()))
    if not answer or not provisions or not authorities:
        raise MisreadingsDataError(f"{key}: needs an answer, provisions and authorities")
    return Topic(
        key=key,
        misreading=_topic_text(data.get("misreading"), f"{key} misreading"),
        verdict=_topic_text(data.get("verdict"), f"{key} verdict"),
        answer=answer,
        explainer_part=str(part),
        steps=steps,
        provisions=provisions,
        authorities=authorities,
    )


def parse(document: Mapping[str, Any]) -> tuple[Topic, ...]:
    """Build the topics from the JSON document (exposed for tests of bad data).

    Raises:
        MisreadingsDataError: a field is missing or malformed, or a key repeats.
    """
    try:
        loaded = tuple(_topic(t) for t in document["topics"])
    except (KeyError, TypeError) as error:
        raise MisreadingsDataError(f"malformed misreadings data: {error!r}") from None
    keys = [t.key for t in loaded]
    if len(set(keys)) != len(keys):
        raise MisreadingsDataError("topic keys repeat")
    return loaded


@functools.cache
def topics() -> tuple[Topic, ...]:
    """Load (once) the topics from resources/misreadings.json, in display order."""
    return parse(json.loads(resources.read_text("misreadings.json")))


def topic(key: str) -> Topic:
    """One topic by key.

    Raises:
        KeyError: no such topic.
    """
    for candidate in topics():
        if candidate.key == key:
            return candidate
    raise KeyError(key)
