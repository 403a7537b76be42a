"""Law texts as data: loads resources/law and resources/authorities.json into frozen objects.

This is the only module that opens those files. Every citation the app shows (on
screen, in JSON, in the PDF) is resolved here: a stable provision key (for example
``cybersecurity_law`` / ``use_obligation``) becomes the article and paragraph of the
version in force on a given date, with its verbatim text and verification mark.
Adding a new version of a law is a change to the JSON data, not to this code.

A version may hold only some articles (刑法's 2006 version is art. 303 alone): a key
resolves among the versions that hold it. A key's ``text_since`` says its text was
in force, unchanged, before its version began (刑法 §87 since 1997-10-01). Criminal
keys carry the statutory maxima that 刑法 §87 needs (:meth:`LawLibrary.statutory_maximum`).

Provision keys added for analysis version 2 (every version's ``provisions`` in the
JSON lists all of them):

- ``criminal_law``: ``gambling_house`` (§303; 2006 text to 2021-02-28, then 2020),
  ``time_limits`` §87, ``time_limit_exceptions`` §88, ``time_limit_start`` §89,
  ``obscene_for_profit`` §363 ¶1, ``spreading_obscene_items`` §364 ¶1,
  ``personal_information`` §253-1, ``refusing_network_security_duty`` §286-1.
- ``public_security_penalties_law``: ``time_limit`` (2012 §22 / 2025 §25), ``obscene``
  (§68 / §80), ``gambling`` (§70 / §82).
- ``civil_code``: ``time_limit`` §188, ``reputation`` §1024, ``fault_liability`` §1165,
  ``mental_harm`` §1183 ¶1, ``employer_liability`` §1191 ¶1.
- ``tort_liability_law`` (to 2020-12-31): ``fault_liability`` §6, ``network_tort`` §36;
  ``general_provisions_civil_law`` (2017-10-01 to 2020-12-31): ``time_limit`` §188.
- ``spc_spp_2013_defamation``: ``helping_as_accomplice`` §8 (§2 is
  ``serious_defamation``); ``spc_spp_2019_network_crimes``: ``serious_helping`` §12.
- ``content_ecosystem_provisions`` (部门规章, from 2020-03-01): ``prohibited_content``
  §6, ``user_duty`` §18, ``group_manager_duty`` §19, ``no_manipulation`` §22,
  ``penalties_elsewhere`` §38.
- ``online_violence_provisions`` (部门规章, from 2024-08-01): ``scope`` §2,
  ``online_culture`` §6, ``provider_duty`` §7.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import itertools
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Any

from cases.files import resources

INFERRED_MARK = "⚠️"
NUMBER_UNCHECKED_ZH = "条号待核对"
NUMBER_UNCHECKED_EN = "article number to be checked"
_MARK_STRENGTH = {"✅": 2, "☑️": 1, "⚠️": 0}
_DIGITS = "零一二三四五六七八九"


class Level(enum.StrEnum):
    """The authority level of a citation; the levels are never mixed."""

    LAW = "law"
    OFFICIAL_INTERPRETATION = "official_interpretation"
    COMMENTARY = "commentary"
    COURT_PRACTICE = "court_practice"
    ASSUMPTION = "assumption"


class Kind(enum.StrEnum):
    """What kind of legal source a law is, under 立法法's hierarchy.

    The legislative kinds rank from the constitution down to 部门规范性文件; a judicial
    interpretation applies laws and stands outside that chain, so it is not ranked.
    """

    CONSTITUTION = "constitution"
    LAW = "law"
    ADMINISTRATIVE_REGULATION = "administrative_regulation"
    DEPARTMENTAL_RULE = "departmental_rule"
    NORMATIVE_DOCUMENT = "normative_document"
    JUDICIAL_INTERPRETATION = "judicial_interpretation"

    @property
    def rank(self) -> int | None:
        """0 for the constitution, growing downwards; None for a judicial interpretation."""
        return _RANKED.index(self) if self in _RANKED else None

    def outranks(self, other: Kind) -> bool:
        """Whether this kind ranks above another (never for an unranked kind)."""
        if self.rank is None or other.rank is None:
            return False
        return self.rank < other.rank


_RANKED = (
    Kind.CONSTITUTION,
    Kind.LAW,
    Kind.ADMINISTRATIVE_REGULATION,
    Kind.DEPARTMENTAL_RULE,
    Kind.NORMATIVE_DOCUMENT,
)


class LawDataError(Exception):
    """The law data under resources/ is inconsistent (a packaging bug, not a user error)."""


def chinese_number(n: int) -> str:
    """Write 1–99 as Chinese numerals (1 → 一, 12 → 十二, 20 → 二十)."""
    if not 0 < n < 100:
        raise ValueError(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return head + (_DIGITS[ones] if ones else "")


def paragraph_label(paragraph: int | None) -> str | None:
    """Return 第N款 for a paragraph number, or None."""
    return None if paragraph is None else f"第{chinese_number(paragraph)}款"


_UNITS = {"十": 10, "百": 100, "千": 1000}


def read_chinese_number(text: str) -> int | None:
    """The value of a Chinese numeral as article numbers write it (一百零四 → 104).

    The reverse of ``chinese_number``, beyond 99. None when ``text`` is empty or
    holds anything but digits (两 included) and 十/百/千.
    """
    if not text:
        return None
    total, digit = 0, None
    for char in text:
        if char in _DIGITS:
            digit = _DIGITS.index(char)
        elif char == "两":
            digit = 2
        elif char in _UNITS:
            total += (1 if digit is None else digit) * _UNITS[char]  # 十二 is 12
            digit = None
        else:
            return None
    return total + (digit or 0)


def article_number_en(number: str) -> str:
    """第十二条 → "Art. 12", 第二百八十七条之一 → "Art. 287-1"; other text unchanged."""
    if not (number.startswith("第") and "条" in number):
        return number
    head, _, tail = number[1:].partition("条")
    main = read_chinese_number(head)
    if main is None:
        return number
    if not tail:
        return f"Art. {main}"
    sub = read_chinese_number(tail[1:]) if tail.startswith("之") else None
    return number if sub is None else f"Art. {main}-{sub}"


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph (款, or a listed item standing on its own line) of an article."""

    text: str
    verified: str


@dataclass(frozen=True, slots=True)
class Article:
    """One article of one version of a law."""

    number: str
    paragraphs: tuple[Paragraph, ...]
    number_inferred: bool

    def text(self, paragraph: int | None = None) -> str:
        """The verbatim text of the whole article, or of one paragraph (1-based)."""
        if paragraph is None:
            return "\n".join(p.text for p in self.paragraphs)
        return self.paragraphs[paragraph - 1].text

    def verified(self, paragraph: int | None = None) -> str:
        """The verification mark: ⚠️ if the number is inferred, else the weakest mark cited."""
        if self.number_inferred:
            return INFERRED_MARK
        cited = self.paragraphs if paragraph is None else (self.paragraphs[paragraph - 1],)
        return min((p.verified for p in cited), key=lambda m: _MARK_STRENGTH[m])


@dataclass(frozen=True, slots=True)
class MaximumSentence:
    """The highest sentence of one sentencing bracket: a fixed term in years, or life.

    Attributes:
        years: the longest fixed term (有期徒刑), when the bracket ends in one.
        life: the bracket reaches life imprisonment (无期徒刑); then ``years`` is None.
    """

    years: int | None
    life: bool = False

    def at_least(self, other: MaximumSentence) -> bool:
        """Whether this maximum is as severe as another or more."""
        if self.life or other.life:
            return self.life
        return (self.years or 0) >= (other.years or 0)


@dataclass(frozen=True, slots=True)
class StatutoryMaximum:
    """What 刑法 §87 needs for one offence: the maxima of its basic and most serious bracket.

    Which bracket the facts fall in is for the court; the engine computes the time
    limit for both. Returned by :meth:`LawLibrary.statutory_maximum`.

    Attributes:
        law_id: the law.
        version: the version whose text sets these maxima.
        provision: the provision key.
        basic: the maximum of the basic bracket.
        most_serious: the maximum of the most serious bracket.
    """

    law_id: str
    version: str
    provision: str
    basic: MaximumSentence
    most_serious: MaximumSentence


@dataclass(frozen=True, slots=True)
class LawVersion:
    """One version of a law's text with the dates it was in force.

    A version may hold only some articles (刑法's 2006 version holds art. 303 alone):
    a provision resolves among the versions that hold it.

    Attributes:
        note: a remark on the version in Chinese, or None; ``note_en`` in English.
        source: the public reference (publication, database, repository) of the texts.
        provisions: stable key → (article, paragraph) that the engine cites.
        text_since: key → the date since which that provision's text has been in force
            unchanged, where it is earlier than ``effective_from``.
        maxima: key → the statutory maxima of the offence (criminal provisions only).
    """

    law_id: str
    version: str
    adopted: dt.date
    effective_from: dt.date
    effective_to: dt.date | None
    source: str
    note: str | None
    note_en: str | None
    articles: tuple[Article, ...]
    provisions: Mapping[str, tuple[str, int | None]]
    text_since: Mapping[str, dt.date] = field(default_factory=lambda: MappingProxyType({}))
    maxima: Mapping[str, tuple[MaximumSentence, MaximumSentence]] = field(
        default_factory=lambda: MappingProxyType({})
    )

    def start(self, provision: str | None = None) -> dt.date:
        """The first day the version's text (or one provision's text) was in force."""
        if provision is None:
            return self.effective_from
        return self.text_since.get(provision, self.effective_from)

    def in_force(self, on: dt.date, provision: str | None = None) -> bool:
        """Whether this version (or its text of one provision) was in force on a date."""
        return self.start(provision) <= on and (
            self.effective_to is None or on <= self.effective_to
        )

    def article(self, number: str) -> Article:
        """Look an article up by its number as the law writes it (第九条)."""
        for article in self.articles:
            if article.number == number:
                return article
        raise KeyError(f"{self.law_id} {self.version}: no {number}")


@dataclass(frozen=True, slots=True)
class Law:
    """A law (or regulation, interpretation) with all its stored versions, oldest first."""

    id: str
    short_title: str
    title: str
    title_en: str
    kind: Kind
    issuer: str
    versions: tuple[LawVersion, ...]

    def version_on(self, on: dt.date, provision: str | None = None) -> tuple[LawVersion, bool]:
        """The version in force on a date, among those that hold a provision if one is named.

        Args:
            on: the date.
            provision: a provision key; versions without it are passed over, and a
                provision whose text is older than its version counts from that date.

        Returns:
            The version and whether the date precedes every stored text (then the
            earliest stored version is returned and the caller must say so).

        Raises:
            KeyError: no version holds the provision.
        """
        versions = [v for v in self.versions if provision is None or provision in v.provisions]
        if not versions:
            raise KeyError(f"{self.id}: no provision {provision}")
        for version in versions:
            if version.in_force(on, provision):
                return version, False
        earliest = versions[0]
        if on < earliest.start(provision):
            return earliest, True
        return versions[-1], False


@dataclass(frozen=True, slots=True)
class Citation:
    """A clause or authority as shown to the user, with its level and provenance.

    Attributes:
        level: which authority level this is.
        law: the law's usual short title, or the source's title for other levels.
        law_id: the key for the law browser (empty for non-law levels).
        version: the version's year.
        article: the article as the law numbers it, or a locator in the source.
        paragraph: 1-based paragraph when one paragraph is cited.
        verified: ✅ / ☑️ / ⚠️, or None for paraphrase.
        text: verbatim clause text (law, official interpretation) or the app's paraphrase.
        text_en: English paraphrase for commentary and court practice; None for law text.
        law_en: the law's or source's English title, for English screens (never in JSON).
        article_en: the locator in English, for non-law sources.
        number_inferred: the article number is inferred (shown as 条号待核对).
        note: a caveat in Chinese (e.g. the version postdates the incident), or None.
        note_en: the same caveat in English.
    """

    level: Level
    law: str
    law_id: str
    version: str | None
    article: str
    paragraph: int | None
    verified: str | None
    text: str
    text_en: str | None = None
    law_en: str | None = None
    article_en: str | None = None
    number_inferred: bool = False
    note: str | None = None
    note_en: str | None = None
    _json: dict[str, dict[str, Any]] = field(init=False, repr=False, compare=False, hash=False)
    _json_bytes: dict[str, bytes] = field(init=False, repr=False, compare=False, hash=False)
    _hash: int = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        """Build the JSON forms once: citations are shared and output for every case."""
        forms = {}
        for lang in ("zh", "en"):
            forms[lang] = {
                "law": self.law,
                "version": self.version,
                "article": self.article,
                "paragraph": paragraph_label(self.paragraph),
                "level": self.level.value,
                "verified": self.verified,
                "text": self.text_en if lang == "en" and self.text_en else self.text,
            }
        object.__setattr__(self, "_json", forms)
        encoded = {
            lang: json.dumps(form, ensure_ascii=False).encode("utf-8")
            for lang, form in forms.items()
        }
        object.__setattr__(self, "_json_bytes", encoded)
        value = tuple(getattr(self, f.name) for f in fields(self) if f.compare)
        object.__setattr__(self, "_hash", hash(value))

    def __hash__(self) -> int:
        """The hash of the compared fields, worked out once: findings look citations up often."""
        return self._hash

    def to_json(self, lang: str = "zh") -> dict[str, Any]:
        """The citation as the spec's JSON object (a fresh dict each call)."""
        return dict(self._json["en" if lang == "en" else "zh"])

    def json_text(self, lang: str = "zh") -> str:
        """``to_json`` serialised: ``json_bytes`` decoded."""
        return self.json_bytes(lang).decode("utf-8")

    def json_bytes(self, lang: str = "zh") -> bytes:
        """``to_json`` serialised as UTF-8 (cached: most of a batch's JSON is law texts)."""
        return self._json_bytes["en" if lang == "en" else "zh"]

    def heading(self, lang: str = "zh") -> str:
        """A one-line label: 《网络安全法》（2016）第十二条第二款 ✅ [条号待核对]."""
        para = paragraph_label(self.paragraph) or ""
        mark = f" {self.verified}" if self.verified else ""
        unchecked = ""
        if self.number_inferred:
            unchecked = (
                f"（{NUMBER_UNCHECKED_ZH}）" if lang == "zh" else f" ({NUMBER_UNCHECKED_EN})"
            )
        if lang == "en":
            version = f" ({self.version})" if self.version else ""
            title = f"{self.law_en} 《{self.law}》" if self.law_en else f"《{self.law}》"
            if self.level is Level.LAW:
                return f"{title}{version} {self.article}{para}{mark}{unchecked}"
            return f"{self.law_en or self.law}{version} · {self.article_en or self.article}{mark}"
        version = f"（{self.version}）" if self.version else ""
        if self.level is Level.LAW:
            return f"《{self.law}》{version}{self.article}{para}{mark}{unchecked}"
        return f"{self.law}{version} · {self.article}{mark}"


def _date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _article(a: Mapping[str, Any]) -> Article:
    return Article(
        number=a["article"],
        paragraphs=tuple(Paragraph(p["text"], p["verified"]) for p in a["paragraphs"]),
        number_inferred=bool(a["number_inferred"]),
    )


def _sentence(where: str, value: Any) -> MaximumSentence:
    """A bracket maximum from the JSON: whole years (1–25) or "life"."""
    if value == "life":
        return MaximumSentence(None, life=True)
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value <= 25:
        return MaximumSentence(value)
    raise LawDataError(f'{where}: a maximum is whole years (1–25) or "life", not {value!r}')


def _maximum(where: str, data: Mapping[str, Any]) -> tuple[MaximumSentence, MaximumSentence]:
    basic = _sentence(where, data["basic"])
    most_serious = _sentence(where, data["most_serious"])
    if not most_serious.at_least(basic):
        raise LawDataError(f"{where}: the most serious bracket is below the basic one")
    return basic, most_serious


def _load_version(law_id: str, v: Mapping[str, Any]) -> LawVersion:
    where = f"{law_id} {v['version']}"
    parts = [v["articles"], *(part["articles"] for part in v.get("supplements", []))]
    articles = tuple(_article(a) for part in parts for a in part)
    numbers = [a.number for a in articles]
    if len(set(numbers)) != len(numbers):
        raise LawDataError(f"{where}: an article is stored twice")
    effective_from = _date(v["effective_from"])
    adopted = _date(v["adopted"])
    if effective_from is None or adopted is None:
        raise LawDataError(f"{where}: dates missing")
    entries = v.get("provisions", {})
    since: dict[str, dt.date] = {}
    for key, p in entries.items():
        if "text_since" in p:
            since[key] = dt.date.fromisoformat(p["text_since"])
            if since[key] >= effective_from:
                raise LawDataError(f"{where} {key}: text_since is not before the version")
    version = LawVersion(
        law_id=law_id,
        version=v["version"],
        adopted=adopted,
        effective_from=effective_from,
        effective_to=_date(v.get("effective_to")),
        source=v["source"],
        note=v.get("note"),
        note_en=v.get("note_en", v.get("note")),
        articles=articles,
        provisions=MappingProxyType(
            {k: (p["article"], p["paragraph"]) for k, p in entries.items()}
        ),
        text_since=MappingProxyType(since),
        maxima=MappingProxyType(
            {
                key: _maximum(f"{where} {key}", p["statutory_maximum"])
                for key, p in entries.items()
                if "statutory_maximum" in p
            }
        ),
    )
    for key, (number, paragraph) in version.provisions.items():
        try:
            article = version.article(number)
        except KeyError as error:
            raise LawDataError(f"{law_id} {key}: {error}") from None
        if paragraph is not None and not 0 < paragraph <= len(article.paragraphs):
            raise LawDataError(f"{law_id} {key}: no paragraph {paragraph}")
    return version


def _load_law(document: Mapping[str, Any]) -> Law:
    law_id = document["id"]
    try:
        kind = Kind(document["kind"])
    except ValueError:
        raise LawDataError(f"{law_id}: unknown kind {document['kind']!r}") from None
    versions = sorted(
        (_load_version(law_id, v) for v in document["versions"]), key=lambda v: v.effective_from
    )
    for older, newer in itertools.pairwise(versions):
        if older.effective_to is None or older.effective_to >= newer.effective_from:
            raise LawDataError(f"{law_id}: versions {older.version}/{newer.version} overlap")
    # A provision's text may reach back before its version (text_since), but never into
    # the time of an earlier version that holds the same provision.
    keys = {key for version in versions for key in version.provisions}
    for key in sorted(keys):
        holders = [version for version in versions if key in version.provisions]
        for older, newer in itertools.pairwise(holders):
            if older.effective_to is None or older.effective_to >= newer.start(key):
                raise LawDataError(
                    f"{law_id} {key}: versions {older.version}/{newer.version} overlap"
                )
    return Law(
        id=law_id,
        short_title=document["short_title"],
        title=document["title"],
        title_en=document["title_en"],
        kind=kind,
        issuer=document["issuer"],
        versions=tuple(versions),
    )


class LawLibrary:
    """Every stored law and authority, with citation resolution by date."""

    def __init__(self, laws: Mapping[str, Law], authorities: Mapping[str, Citation]) -> None:
        """Build a library from loaded laws and authorities (use :func:`library`)."""
        self._laws = dict(laws)
        self._authorities = dict(authorities)
        self._cache: dict[tuple[str, str, str, bool], Citation] = {}
        self._by_date: dict[tuple[str, str, dt.date], Citation] = {}

    @property
    def laws(self) -> tuple[Law, ...]:
        """All laws, in a stable order."""
        return tuple(self._laws.values())

    def law(self, law_id: str) -> Law:
        """One law by id."""
        return self._laws[law_id]

    def cite(self, law_id: str, provision: str, on: dt.date) -> Citation:
        """Resolve a provision to the citation of the version in force on a date.

        Args:
            law_id: the law's id (file name under resources/law).
            provision: a stable key from that version's ``provisions``.
            on: the date that decides the version (usually the incident date).
        """
        hit = self._by_date.get((law_id, provision, on))
        if hit is not None:
            return hit
        citation = self._resolve(law_id, provision, on)
        self._by_date[(law_id, provision, on)] = citation
        return citation

    def _resolve(self, law_id: str, provision: str, on: dt.date) -> Citation:
        law = self._laws[law_id]
        version, predates = law.version_on(on, provision)
        key = (law_id, provision, version.version, predates)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        number, paragraph = version.provisions[provision]
        article = version.article(number)
        note = note_en = None
        if predates:
            start = version.start(provision).isoformat()
            note = (
                f"事件日期早于本应用收录的最早文本（{version.version} 年文本，"
                f"{start} 起施行）；当时的文本未收录，请核对。"
            )
            note_en = (
                f"The incident predates the earliest text stored ({version.version}, in force "
                f"from {start}); the earlier text is not stored — check it."
            )
            if version.note:
                note += version.note
                note_en += " " + str(version.note_en)
        citation = Citation(
            level=Level.LAW,
            law=law.short_title,
            law_id=law_id,
            version=version.version,
            article=number,
            paragraph=paragraph,
            verified=article.verified(paragraph),
            text=article.text(paragraph),
            law_en=law.title_en,
            number_inferred=article.number_inferred,
            note=note,
            note_en=note_en,
        )
        self._cache[key] = citation
        return citation

    def statutory_maximum(self, law_id: str, provision: str, on: dt.date) -> StatutoryMaximum:
        """The statutory maxima of an offence in the text in force on a date.

        The version is chosen exactly as :meth:`cite` chooses it, so the maxima always
        belong to the text cited (刑法 §303: 3 years in the 2006 text, 5 in the 2020 one).

        Args:
            law_id: the law's id.
            provision: a provision key that carries a ``statutory_maximum``.
            on: the date that decides the version.

        Raises:
            KeyError: the provision, in that version, has no stored maxima.
        """
        version, _predates = self._laws[law_id].version_on(on, provision)
        basic, most_serious = version.maxima[provision]
        return StatutoryMaximum(law_id, version.version, provision, basic, most_serious)

    def authority(self, key: str) -> Citation:
        """An official interpretation, commentary or court-practice entry by key."""
        return self._authorities[key]


def _load_authorities(document: Mapping[str, Any]) -> dict[str, Citation]:
    out = {}
    for key, e in document["entries"].items():
        out[key] = Citation(
            level=Level(e["level"]),
            law=e["title"],
            law_id="",
            version=e["version"],
            article=e["locator"],
            paragraph=None,
            verified=e["verified"],
            text=e["text"],
            text_en=e.get("text_en"),
            law_en=e.get("title_en"),
            article_en=e.get("locator_en"),
            note=e.get("note"),
            note_en=e.get("note_en"),
        )
    return out


@functools.cache
def library() -> LawLibrary:
    """Load (once) and return the law library from resources/."""
    laws = {}
    for file in sorted(resources.path("law").glob("*.json")):
        document = json.loads(file.read_text(encoding="utf-8"))
        laws[document["id"]] = _load_law(document)
    authorities = _load_authorities(json.loads(resources.read_text("authorities.json")))
    return LawLibrary(laws, authorities)
