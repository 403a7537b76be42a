"""Redaction of personal data in the text of an exported report.

Practical, not exhaustive: it finds ID-card numbers, mainland mobile numbers, e-mail
addresses, Chinese street addresses (省/市/区/县 … 路/街 … 号/栋/单元/室, or the text
after 住址/地址/家住), WeChat and QQ IDs after their usual markers, Chinese personal
names that follow a marker such as 姓名、名叫、原告、群主, and the names on a per-case
list. A name found once is replaced everywhere. Placeholders keep the text readable:
张三 → 张某, 13812345678 → 1**********.

:class:`Redactor` is what an export applies to every string it writes; :func:`redact`
is the same for one piece of free text, with the names found in it.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from cases.files import resources
from cases.model import domain, labels

ID_CARD_PLACEHOLDER = "[身份证号]"
PHONE_PLACEHOLDER = "1**********"
WECHAT_PLACEHOLDER = "[微信号]"
QQ_PLACEHOLDER = "[QQ号]"
EMAIL_PLACEHOLDER = "[电子邮箱]"
ADDRESS_PLACEHOLDER = "[住址]"
NAME_PLACEHOLDER = "[姓名]"
"""For a listed name that does not start with a common Chinese surname (e.g. Tom Lee)."""

_ID_CARD = re.compile(
    r"(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]"
    r"(?![0-9A-Za-z])"
)
_MOBILE = re.compile(r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?!\d)")
_WXID = re.compile(r"(?<![A-Za-z0-9_])wxid_[A-Za-z0-9_-]+", re.IGNORECASE)
_WECHAT = re.compile(
    r"(?P<marker>(?:微信号?|微信账号|v信)\s*(?:是|为|[:：])?\s*"
    # After an English marker an ID needs a colon (WeChat: abc12) or a digit, _ or - in it:
    # "WeChat groups" is English, not an ID.
    r"|(?<![A-Za-z])(?:weixin|wechat|vx)(?:\s*id)?\s*(?:是|为|号|[:：])\s*"
    r"|(?<![A-Za-z])(?:weixin|wechat|vx)\s*id(?:\s+is)?\s+"
    r"|(?<![A-Za-z])(?:weixin|wechat|vx)\s*(?=[A-Za-z0-9]*[0-9_-]))"
    r"(?P<id>[A-Za-z][-_A-Za-z0-9]{4,19}|\d{5,20})"
    r"(?![-_A-Za-z0-9])",
    re.IGNORECASE,
)
_QQ = re.compile(
    r"(?P<marker>(?:QQ号?码?|扣扣号?)\s*(?:是|为|[:：])?\s*)(?P<id>[1-9]\d{4,11})(?!\d)",
    re.IGNORECASE,
)
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@" + _LABEL + r"(?:\." + _LABEL + r")*\.[A-Za-z]{2,}"
    r"(?![A-Za-z0-9-])"
)

# Street addresses: up to 30 characters of place names (省/市/区/县…, the road's name),
# then a road and a door number (建国路88号) or an estate and a building part (幸福小区5栋),
# then any 栋/单元/室 parts. A place name never holds the words that usually come before
# an address (住、在、于、原告…), so in 他住在北京市… only 北京市… goes. One greedy run of
# place characters, not nested optional parts: the match time stays linear in the text.
_NUM = r"(?:[0-9０-９]+|[零〇一二三四五六七八九十百两]+)"
_PLACE = r"(?:(?![在住于到的是为址至往去来及或从向自告])[\u4e00-\u9fff])"
_UNIT = r"(?:号楼|栋|幢|座|楼|单元|层|室|户)"
_PART = r"(?:\s?" + _NUM + r"\s?" + _UNIT + r"|[-－][0-9０-９]+|(?<=[栋幢座楼元层])[0-9０-９]+)"
_STREET_ADDRESS = re.compile(
    _PLACE + r"{1,30}"
    r"(?:(?:大街|大道|路|街|巷|弄|胡同)\s?" + _NUM + r"\s?号院?"
    r"|(?:小区|花园|公寓|大厦|家园|新村|社区|广场|苑|村)\s?"
    + _NUM
    + r"\s?"
    + _UNIT
    + r")"
    + _PART
    + r"*"
)
_ADDRESS_HINT = re.compile(_NUM + r"\s?(?:号|" + _UNIT + r")")
# After 住址/地址/家住…, everything up to the end of the clause is the address when it
# names a place (住在一起 is no address).
_ADDRESS_AFTER_MARKER = re.compile(
    r"(?P<marker>(?:住址|地址|家住|住在|居住在|居住于|现住|现居)\s*(?:是|为|[:：])?\s*)"
    r"(?P<address>[\w（(][^，。；;,.、\n）)】」]{1,39})"
)
_PLACE_WORD = re.compile(r"[省市区县镇乡村路街巷弄栋幢室]|单元|胡同|大道|[0-9０-９]\s?号")

_SURNAME_TEXT = (
    "欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 令狐 夏侯 端木 司徒 轩辕 "
    "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 "
    "曹 彭 曾 肖 萧 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 "
    "范 金 石 廖 贾 夏 韦 付 傅 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 阎 段 雷 侯 龙 史 陶 黎 贺 顾 "
    "毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 常 温 康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 "
    "倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 "
    "凌 毕 单 季 裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 路 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 "
    "屈 饶 解 牟 艾 尤 阳 时 穆 农 司 卓 古 吉 缪 简 车 项 连 芦 麦 褚 娄 窦 戚 岑 景 党 宫 费 "
    "卜 冷 晏 席 卫 米 柏 宗 瞿 桂 全 佟 应 臧 闵 苟 邬 边 卞 姬 师 和 仇 栾 隋 商 刁 沙 荣 巫 "
    "寇 桑 郎 甄 丛 仲 虞 敖 巩 明 佘 池 查 麻 苑 迟 邝 封 秋 鞠"
)
SURNAMES: tuple[str, ...] = tuple(_SURNAME_TEXT.split())
"""Common Chinese surnames, compound ones first so that they match before their first character."""

_MARKERS = (
    "姓名",
    "名叫",
    "叫做",
    "叫",
    "原告",
    "被告",
    "群主",
    "当事人",
    "申请人",
    "被申请人",
    "发布者",
    "发帖人",
    "管理员",
    "群成员",
    "成员",
    "业主",
    "委托人",
    "投诉人",
    "举报人",
    "嫌疑人",
)
# Characters that end a name: particles, verbs and prepositions that typically follow
# a name in a sentence (张三说…, 李四在群里…). Without this, 张三说 would become the name.
_NOT_IN_NAME = set(
    "说在的是和与于将把被称向对了等发因从为及也都已曾又还就并而但却让给要会能想去来到看跟同住"
    "某先女男们等群里中上下个人曾经则再均每只仅亦即便且或称讲问答告诉骂辱诽谤转附组织删除移出举报解散"
)
_HAN = r"[\u4e00-\u9fff]"
_NAME_AFTER_MARKER = re.compile(
    r"(?:" + "|".join(_MARKERS) + r")\s*(?:是|为|[:：])?\s*"
    r"(?P<name>(?:" + "|".join(SURNAMES) + r")" + _HAN + r"{1,2})"
)


def _name_of(candidate: str) -> str | None:
    """Trim a surname+given-name candidate at the first character that cannot be in a name."""
    for surname in SURNAMES:
        if candidate.startswith(surname):
            given = candidate[len(surname) :]
            break
    else:
        return None
    kept = ""
    for ch in given:
        if ch in _NOT_IN_NAME:
            break
        kept += ch
    if not kept:
        return None
    return surname + kept


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _strings(item)


@functools.cache
def _app_words() -> str:
    """The app's own texts in one string: law texts, authorities, misreadings, labels."""
    parts = [p.read_text(encoding="utf-8") for p in sorted(resources.path("law").glob("*.json"))]
    parts += [resources.read_text("authorities.json"), resources.read_text("misreadings.json")]
    parts += _strings([v for v in vars(labels).values() if isinstance(v, dict)])
    return "\n".join(parts)


def _names_after_markers(text: str) -> Iterator[str]:
    """Names after a marker, in order, leaving out words the app's own texts use.

    管理员向平台举报 names no 向平台: a "name" found in a law text or label is a word,
    and replacing it would change that text.
    """
    for match in _NAME_AFTER_MARKER.finditer(text):
        name = _name_of(match.group("name"))
        if name is not None and name not in _app_words():
            yield name


def find_names(text: str) -> list[str]:
    """Chinese personal names that follow a marker (姓名、名叫、原告、群主…), longest first."""
    return sorted(set(_names_after_markers(text)), key=len, reverse=True)


def _surname(name: str) -> str:
    return next(s for s in SURNAMES if name.startswith(s))


def _name_placeholder(name: str) -> str:
    """张三 → 张某 (the surname stays, as in court documents); other names → [姓名]."""
    for surname in SURNAMES:
        if name.startswith(surname) and len(name) > len(surname):
            if re.fullmatch(_HAN + "+", name):
                return surname + "某"
            break
    return NAME_PLACEHOLDER


class Kind(enum.Enum):
    """A kind of personal data the redaction replaces, in the order reports name them."""

    NAME = ("姓名", "names")
    PHONE = ("手机号", "mobile numbers")
    ID_CARD = ("身份证号", "ID-card numbers")
    WECHAT = ("微信号", "WeChat IDs")
    QQ = ("QQ号", "QQ numbers")
    EMAIL = ("电子邮箱", "e-mail addresses")
    ADDRESS = ("住址", "street addresses")

    def label(self, lang: str = "zh") -> str:
        """The kind in words."""
        zh, en = self.value
        return zh if lang == "zh" else en


class BadNameError(ValueError):
    """A name given to redact would blank ordinary text (one character, or no letters)."""

    def __init__(self, name: str) -> None:
        """Keep the refused name for the message."""
        super().__init__(name)
        self.name = name

    def text(self, lang: str = "zh") -> str:
        """A message for the user."""
        if lang == "zh":
            return (
                f"不能把 {self.name!r} 作为要替换的姓名：姓名至少要有两个字，且须含文字"
                "（只有一个字会把报告里所有相同的字都替换掉）。"
            )
        return (
            f"Cannot use {self.name!r} as a name to redact: a name needs at least two "
            "characters, letters among them (one character would be replaced all over the report)."
        )


def check_name(name: str) -> str:
    """The name without surrounding spaces.

    Raises:
        BadNameError: it is shorter than two characters or has no letter in it.
    """
    name = name.strip()
    if len(name) < 2 or not any(ch.isalpha() for ch in name):
        raise BadNameError(name)
    return name


def split_names(text: str) -> tuple[str, ...]:
    """Names typed in one field, each once, blanks dropped.

    They are split at commas, 、, semicolons and new lines, and at spaces between
    Chinese names (a Latin name keeps its space: Tom Lee).
    """
    names: list[str] = []
    for piece in re.split(r"[,，、;；\n\r\t]+", text):
        words = piece.split()
        parts = words if all(re.fullmatch(_HAN + "+", w) for w in words) else [piece.strip()]
        names.extend(p for p in parts if p)
    return tuple(dict.fromkeys(names))


def case_texts(case: domain.Case) -> tuple[str, ...]:
    """Every free-text string of a case (title, notes, any text fact), in field order.

    Enum values are left out: they are the app's own words, not the volunteer's.
    """
    out: list[str] = []

    def walk(value: Any) -> None:
        if type(value) is str:
            out.append(value)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name))
        elif isinstance(value, tuple | list):
            for item in value:
                walk(item)

    walk(case)
    return tuple(out)


def _names_in_order(texts: Iterable[str]) -> Iterator[str]:
    for text in texts:
        yield from _names_after_markers(text)


def case_names(case: domain.Case) -> tuple[str, ...]:
    """The names found after a marker (原告、群主…) in the case's free text, in order."""
    return tuple(dict.fromkeys(_names_in_order(case_texts(case))))


def _street_addresses(text: str) -> str:
    if _ADDRESS_HINT.search(text):
        text = _STREET_ADDRESS.sub(ADDRESS_PLACEHOLDER, text)

    def after_marker(m: re.Match[str]) -> str:
        if not _PLACE_WORD.search(m.group("address")):
            return m.group(0)
        return m.group("marker") + ADDRESS_PLACEHOLDER

    return _ADDRESS_AFTER_MARKER.sub(after_marker, text)


def _wechat(text: str) -> str:
    text = _WXID.sub(WECHAT_PLACEHOLDER, text)
    return _WECHAT.sub(lambda m: m.group("marker") + WECHAT_PLACEHOLDER, text)


_PATTERN_STEPS: tuple[tuple[Kind, Callable[[str], str]], ...] = (
    # E-mail first: 87654321@qq.com is one e-mail address, not a QQ number.
    (Kind.EMAIL, lambda t: _EMAIL.sub(EMAIL_PLACEHOLDER, t)),
    (Kind.ID_CARD, lambda t: _ID_CARD.sub(ID_CARD_PLACEHOLDER, t)),
    (Kind.WECHAT, _wechat),
    (Kind.QQ, lambda t: _QQ.sub(lambda m: m.group("marker") + QQ_PLACEHOLDER, t)),
    (Kind.PHONE, lambda t: _MOBILE.sub(PHONE_PLACEHOLDER, t)),
    (Kind.ADDRESS, _street_addresses),
)


def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for all names, longest first; a Latin name only as a whole word."""
    if not names:
        return None
    alternatives = []
    for name in names:
        pattern = re.escape(name)
        if name[0].isascii() and name[0].isalnum():
            pattern = r"(?<![A-Za-z0-9])" + pattern
        if name[-1].isascii() and name[-1].isalnum():
            pattern += r"(?![A-Za-z0-9])"
        alternatives.append(pattern)
    return re.compile("|".join(alternatives), re.IGNORECASE)


@dataclasses.dataclass(frozen=True)
class Redactor:
    """Replaces personal data in every string an export writes: ``redactor(text)``.

    The patterns (ID-card and mobile numbers, e-mail and street addresses, WeChat and
    QQ IDs) apply to any text; names are the case's list, found ones and given ones.
    It leaves the app's own texts (law texts, labels, headings) as they are.

    Attributes:
        names: the names to replace wherever they occur, longest first.
    """

    names: tuple[str, ...] = ()
    _names_re: re.Pattern[str] | None = dataclasses.field(
        init=False, repr=False, compare=False, default=None
    )

    def __post_init__(self) -> None:
        """Check the names, order them longest first and build their pattern.

        Raises:
            BadNameError: a name has fewer than two characters or no letter.
        """
        names = tuple(dict.fromkeys(check_name(n) for n in self.names))
        names = tuple(sorted(names, key=len, reverse=True))
        object.__setattr__(self, "names", names)
        object.__setattr__(self, "_names_re", _names_pattern(names))

    @classmethod
    def for_case(
        cls, case: domain.Case, names: Iterable[str] = (), *, find: bool = True
    ) -> Redactor:
        """A redactor for one case: the given names, plus those found after a marker.

        Args:
            case: the case whose free text is searched for names.
            names: more names to replace (e.g. ``--redact-name``).
            find: add the names found in the case (the window passes False: its list
                was shown to the volunteer with the found names in it, to edit).

        Raises:
            BadNameError: a given name has fewer than two characters or no letter.
        """
        found = case_names(case) if find else ()
        return cls(names=(*found, *names))

    def _apply(self, text: str) -> tuple[str, list[Kind]]:
        kinds: list[Kind] = []
        for kind, step in _PATTERN_STEPS:
            new = step(text)
            if new != text:
                kinds.append(kind)
                text = new
        if self._names_re is not None:
            new = self._names_re.sub(lambda m: _name_placeholder(m.group(0)), text)
            if new != text:
                kinds.append(Kind.NAME)
                text = new
        return text, kinds

    def __call__(self, text: str) -> str:
        """The text with every kind of personal data replaced by its placeholder."""
        return self._apply(text)[0]

    def kinds_in(self, *texts: str) -> tuple[Kind, ...]:
        """The kinds of personal data this redactor replaces in these texts, in Kind order."""
        found = {kind for text in texts for kind in self._apply(text)[1]}
        return tuple(kind for kind in Kind if kind in found)


def redact(text: str) -> str:
    """Replace personal data in one piece of free text by placeholders.

    ID-card numbers (18 digits, the last may be X) → [身份证号]; mobile numbers
    (1[3-9] and 9 more digits, optionally +86 and separators) → 1**********; e-mail
    addresses → [电子邮箱]; street addresses → [住址]; WeChat IDs after 微信/微信号 and
    any ``wxid_…`` → [微信号]; QQ numbers after QQ/QQ号 → [QQ号]; personal names after a
    marker → surname + 某, wherever they recur.
    """
    return Redactor(names=tuple(find_names(text)))(text)
