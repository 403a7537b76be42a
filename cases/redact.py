"""Redaction of personal data in free text (case titles and notes) before export.

Practical, not exhaustive: it finds ID-card numbers, mainland mobile numbers,
WeChat and QQ IDs after their usual markers, and Chinese personal names that follow
a marker such as 姓名、名叫、原告、群主. A name found once is replaced everywhere in
the text. Placeholders keep the text readable: 张三 → 张某, 13812345678 → 1**********.
"""

from __future__ import annotations

import re

ID_CARD_PLACEHOLDER = "[身份证号]"
PHONE_PLACEHOLDER = "1**********"
WECHAT_PLACEHOLDER = "[微信号]"
QQ_PLACEHOLDER = "[QQ号]"

_ID_CARD = re.compile(
    r"(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]"
    r"(?![0-9A-Za-z])"
)
_MOBILE = re.compile(r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?!\d)")
_WXID = re.compile(r"(?<![A-Za-z0-9_])wxid_[A-Za-z0-9_-]+", re.IGNORECASE)
_WECHAT = re.compile(
    r"(?P<marker>(?:微信号?|微信账号|weixin|wechat|vx|v信)\s*(?:是|为|[:：])?\s*)"
    r"(?P<id>[A-Za-z][-_A-Za-z0-9]{4,19}|\d{5,20})"
    r"(?![-_A-Za-z0-9])",
    re.IGNORECASE,
)
_QQ = re.compile(
    r"(?P<marker>(?:QQ号?码?|扣扣号?)\s*(?:是|为|[:：])?\s*)(?P<id>[1-9]\d{4,11})(?!\d)",
    re.IGNORECASE,
)

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
    "说在的是和与于将把被称向对了等发因从为及也都已曾又还就并而但却让给要会能想去来到看跟同"
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


def find_names(text: str) -> list[str]:
    """Chinese personal names that follow a marker (姓名、名叫、原告、群主…), longest first."""
    names: set[str] = set()
    for match in _NAME_AFTER_MARKER.finditer(text):
        name = _name_of(match.group("name"))
        if name is not None:
            names.add(name)
    return sorted(names, key=len, reverse=True)


def _surname(name: str) -> str:
    return next(s for s in SURNAMES if name.startswith(s))


def redact(text: str) -> str:
    """Replace personal data in free text by placeholders.

    ID-card numbers (18 digits, the last may be X) → [身份证号]; mobile numbers
    (1[3-9] and 9 more digits, optionally +86 and separators) → 1**********; WeChat
    IDs after 微信/微信号 and any ``wxid_…`` → [微信号]; QQ numbers after QQ/QQ号 →
    [QQ号]; personal names after a marker → surname + 某, wherever they recur.
    """
    text = _ID_CARD.sub(ID_CARD_PLACEHOLDER, text)
    text = _WXID.sub(WECHAT_PLACEHOLDER, text)
    text = _WECHAT.sub(lambda m: m.group("marker") + WECHAT_PLACEHOLDER, text)
    text = _QQ.sub(lambda m: m.group("marker") + QQ_PLACEHOLDER, text)
    text = _MOBILE.sub(PHONE_PLACEHOLDER, text)
    for name in find_names(text):
        text = text.replace(name, _surname(name) + "某")
    return text
