"""Normalize stage: numbers, money, percentages, points, multiples and counts.

`quantities(text)` folds the text (Traditional -> Simplified, full-width -> ASCII, see
`factx.fold`) and returns every quantity mention as a `Quantity` whose span and `text` refer to
the original string. `scan(folded)` does the same on text that is already folded.

How it works: one combined scanning regex (compiled once, at import) finds number cores left to
right (Arabic, Chinese, mixed, with magnitudes), plus 翻倍 and bare currency names; an anchored
suffix regex reads what follows a core (unit, currency, classifier, trailing hedge, and whether it
is a period such as 2025年, which is then skipped) and a reverse-matched prefix regex reads what
precedes it (hedges, a currency). Small pure functions turn the parts into a value (Chinese
numerals go through cn2an, cached). A last pass joins ranges (`9-10%`, `910亿至930亿美元`) and
lets a bare number borrow the unit of its right neighbour (`191和130亿元`). Vocabularies
(currencies, classifiers, hedges, magnitudes) are module-level tables below: data, not code.
See docs/quantities.md for the forms read and the conventions chosen.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

import cn2an
import regex

from factx.fold import fold

__all__ = ["Quantity", "quantities", "scan", "CURRENCIES", "CLASSIFIERS"]


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    text: str
    value: int | float | None
    value_max: int | float | None
    dim: str
    unit: str | None
    hedge: str | None
    currency_explicit: bool
    scaled: bool
    per: str | None = None


# ---------------------------------------------------------------------------------------------
# Vocabularies (folded, i.e. Simplified script).  Longest alternatives are tried first.

#: currency names written after (or before) a number -> ISO 4217 code
CURRENCIES: dict[str, str] = {
    "人民币": "CNY", "元人民币": "CNY", "人民币元": "CNY",
    "美元": "USD", "美金": "USD", "美圆": "USD",
    "港元": "HKD", "港币": "HKD", "港圆": "HKD",
    "新台币": "TWD", "台币": "TWD",
    "欧元": "EUR", "日元": "JPY", "日圆": "JPY", "日币": "JPY",
    "英镑": "GBP", "韩元": "KRW", "韩币": "KRW",
    "澳元": "AUD", "澳币": "AUD", "澳大利亚元": "AUD",
    "加元": "CAD", "加币": "CAD", "加拿大元": "CAD",
    "卢布": "RUB", "瑞士法郎": "CHF", "瑞郎": "CHF", "法郎": "CHF",
    "新加坡元": "SGD", "新元": "SGD", "澳门元": "MOP", "澳门币": "MOP",
    "新西兰元": "NZD", "纽元": "NZD", "泰铢": "THB", "越南盾": "VND", "印尼盾": "IDR",
    "印度卢比": "INR", "卢比": "INR", "林吉特": "MYR", "令吉": "MYR",
    "菲律宾比索": "PHP", "墨西哥比索": "MXN", "巴西雷亚尔": "BRL", "雷亚尔": "BRL",
    "南非兰特": "ZAR", "兰特": "ZAR", "土耳其里拉": "TRY", "里拉": "TRY",
    "瑞典克朗": "SEK", "挪威克朗": "NOK", "丹麦克朗": "DKK", "沙特里亚尔": "SAR",
    "迪拉姆": "AED", "尼日利亚奈拉": "NGN", "奈拉": "NGN", "兹罗提": "PLN", "福林": "HUF",
    "新谢克尔": "ILS", "谢克尔": "ILS", "比特币": "BTC", "以太币": "ETH",
    "元港币": "HKD", "元日币": "JPY", "元韩币": "KRW", "元新台币": "TWD", "元台币": "TWD",
    "元澳币": "AUD", "美刀": "USD", "马克": "DEM", "缅元": "MMK", "马来西亚元": "MYR",
}
#: currency names that count as a mention even with no amount (value None)
BARE_CURRENCIES: tuple[str, ...] = (
    "人民币", "美元", "美金", "美圆", "港元", "港币", "港圆", "新台币", "台币", "欧元", "日元",
    "日圆", "英镑", "韩元", "澳元", "加元", "卢布", "瑞士法郎", "澳门元", "澳门币", "新加坡元",
)
#: symbols written before a number
CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD", "HK$": "HKD", "NT$": "TWD", "S$": "SGD", "A$": "AUD", "C$": "CAD",
    "$": "USD", "￥": "CNY", "¥": "CNY", "€": "EUR", "£": "GBP", "₩": "KRW", "₹": "INR", "₽": "RUB",
}
#: ISO-like codes written before or after a number
CURRENCY_CODES: dict[str, str] = {
    "RMB": "CNY", "CNY": "CNY", "USD": "USD", "HKD": "HKD", "TWD": "TWD", "NTD": "TWD",
    "EUR": "EUR", "JPY": "JPY", "GBP": "GBP", "KRW": "KRW", "AUD": "AUD", "CAD": "CAD",
    "SGD": "SGD", "CHF": "CHF", "RUB": "RUB", "INR": "INR", "MOP": "MOP", "NZD": "NZD",
}
#: 元-like main units with no currency named (currency_explicit False)
YUAN_UNITS: dict[str, str] = {"元": "CNY", "圆": "CNY", "块": "CNY", "蚊": "CNY"}
#: sub-units with no currency named: unit -> (currency, fraction of the main unit)
SUB_UNITS: dict[str, tuple[str, str]] = {
    "角": ("CNY", "0.1"), "毛": ("CNY", "0.1"), "毫": ("CNY", "0.1"), "分": ("CNY", "0.01"),
    "仙": ("HKD", "0.01"),
}
#: named sub-units: unit -> (currency, fraction)
FOREIGN_SUB_UNITS: dict[str, tuple[str, str]] = {
    "美分": ("USD", "0.01"), "港仙": ("HKD", "0.01"), "便士": ("GBP", "0.01"),
    "欧分": ("EUR", "0.01"), "日本銭": ("JPY", "0.01"), "日本钱": ("JPY", "0.01"),
}
#: classifier -> English count noun
CLASSIFIERS: dict[str, str] = {
    "单": "orders", "笔": "orders", "股": "shares", "人次": "person-times", "人": "people",
    "名": "people", "位": "people", "家": "companies", "次": "times", "辆": "vehicles",
    "台": "units", "部": "units", "个": "items", "件": "items", "款": "models", "份": "copies",
    "只": "items", "条": "items", "项": "items", "张": "items", "枚": "items", "颗": "items",
    "座": "items", "栋": "buildings", "所": "institutions", "架": "aircraft", "艘": "vessels",
    "户": "households", "套": "sets", "批": "batches", "轮": "rounds", "宗": "deals", "例": "cases",
    "平方米": "square_meters", "平米": "square_meters", "平方公尺": "square_meters", "平方英尺": "square_feet",
    "立方米": "cubic_meters",
    # power and energy: 6.8GW, 20万千瓦, 4,312.6亿千瓦时 (千/兆/吉 here are SI prefixes, not magnitudes)
    "千瓦": "kilowatts", "兆瓦": "megawatts", "吉瓦": "gigawatts",
    "千瓦时": "kilowatt-hours", "兆瓦时": "megawatt-hours", "吉瓦时": "gigawatt-hours",
    "kW": "kilowatts", "MW": "megawatts", "GW": "gigawatts",
    "kWh": "kilowatt-hours", "MWh": "megawatt-hours", "GWh": "gigawatt-hours", "TWh": "terawatt-hours",
}
#: classifiers that measure (a fraction of one is a figure: 6.8GW), unlike those that count
MEASURES = frozenset(("square_meters", "square_feet", "cubic_meters", "kilowatts", "megawatts", "gigawatts",
                      "kilowatt-hours", "megawatt-hours", "gigawatt-hours", "terawatt-hours"))
#: the Latin classifiers, which a number may touch (6.8GW) though other Latin letters make it part of a code
LATIN_CLASSIFIERS = [w for w in CLASSIFIERS if w.isascii()]
#: characters that, right after a classifier, show it is the start of another word
CLASSIFIER_GUARDS: dict[str, str] = {
    "股": "东价份权票市息本指民", "位": "数于列居置", "次": "性日年月贷级要", "名": "单义字称额",
    "台": "湾币积股北中南企商资胞风州阶", "部": "分门署长委件位", "款": "项式", "份": "额子",
    "条": "件款例约幅码线", "项": "目", "只": "是有要能会需在不", "张": "家", "户": "型口籍头",
    "所": "有以谓在得属需述说持", "套": "餐利现装", "批": "准评复发", "轮": "胎",
    "单": "位价季独一日", "人": "民士员工才气均", "家": "具电庭族属乡长用", "个": "体性别案",
    "笔": "记", "例": "如外", "宗": "旨教",
}
#: hedge words before a number -> hedge
HEDGES_BEFORE: dict[str, str] = {
    "约": "about", "大约": "about", "约合": "about", "约为": "about", "大概": "about",
    "约莫": "about", "差不多": "about",
    "超": "over", "超过": "over", "超出": "over", "逾": "over", "突破": "over", "破": "over",
    "突破了": "over", "超过了": "over",
    "高于": "over", "大于": "over", "多于": "over",
    "近": "nearly", "将近": "nearly", "接近": "nearly",
    "最高": "up_to", "不超过": "up_to", "至多": "up_to", "最多": "up_to", "不到": "up_to",
    "低于": "up_to", "小于": "up_to", "少于": "up_to",
    "不足": "up_to",
    "至少": "at_least", "不低于": "at_least", "不少于": "at_least", "最少": "at_least",
    "起码": "at_least",
}
#: characters before a hedge word that make it part of another word (合约, 最近, 跌破 …)
HEDGE_GUARDS: dict[str, str] = {
    "约": "签条公契预节制邀相履违解立特", "近": "最附亲靠贴临", "破": "打击攻跌突爆", "超": "高赶",
}
#: hedge words after the quantity -> hedge
HEDGES_AFTER: dict[str, str] = {
    "左右": "about", "上下": "about", "以上": "over", "之上": "over", "开外": "over",
    "多": "over", "以下": "up_to", "以内": "up_to", "之内": "up_to",
}
#: when several hedges apply, the first in this order wins (最高约 -> up_to)
HEDGE_PRIORITY = ("up_to", "at_least", "nearly", "over", "about")
#: units that make a number a period or a date (handled by another stage)
PERIODS = (
    "财年", "小时", "钟头", "分钟", "世纪", "星期", "礼拜", "工作日", "交易日", "营业日", "点钟",
    "年", "月(?![活均薪])", "日(?![元圆币活均])", "号", "季", "周(?!边)", "天(?!然)", "秒(?!杀)", "岁",
    "时(?![间期候代尚装])",
)
#: range connectors
RANGE_CONNECTORS = "至|到|-|~|—|–|－"
#: list connectors for a unit shared from the right (191和130亿元)
LIST_CONNECTORS = "和|、|与|及|跟|或"
#: verbs of change: "升12%至183亿元" / "跌420点至3000点" are not ranges
CHANGE_VERBS = (
    "增长", "下降", "上升", "下跌", "上涨", "减少", "增加", "回落", "反弹", "提高", "降低", "下调",
    "上调", "下滑", "扩大", "缩小", "收窄", "攀升", "飙升", "急挫", "急升", "跌", "涨", "升", "降",
    "增", "减", "挫",
)
#: time words before "N点" (o'clock, not index points)
TIME_CONTEXT = ("上午", "下午", "晚上", "凌晨", "早上", "中午", "傍晚", "今晚", "晚间", "时间", "早晨")
#: words before "N分" that make it a score, not money
SCORE_CONTEXT = ("评分", "得分", "满分", "打分", "积分", "扣分", "分数", "评级", "分值")

MAGNITUDES: dict[str, int] = {
    "十": 10, "百": 100, "千": 1000, "万": 10**4, "十万": 10**5, "百万": 10**6, "千万": 10**7,
    "亿": 10**8, "十亿": 10**9, "百亿": 10**10, "千亿": 10**11, "万亿": 10**12, "兆": 10**12,
}


def _magnitude(word: str) -> int:
    """The value of a magnitude word of any composition: 十萬億 = 10 × 10⁴ × 10⁸."""
    word = word.strip()
    if word in MAGNITUDES:
        return MAGNITUDES[word]
    value = 1
    for ch in word:
        value *= MAGNITUDES.get(ch, 1)
    return value

# Chinese numeral characters (after folding)
_CD = "零〇一二三四五六七八九两俩仨幺弌弍弎壹贰叁肆伍陆柒捌玖"  # digits
_CU = "十拾百佰千仟廿卅卌"  # units below 万
_CM = "万亿兆"  # big magnitudes
_CN = _CD + _CU + _CM
_DIGIT_VALUE = {c: i for i, c in enumerate("零一二三四五六七八九")}
_DIGIT_VALUE.update({"〇": 0, "两": 2, "俩": 2, "仨": 3, "幺": 1, "弌": 1, "弍": 2, "弎": 3,
                     "壹": 1, "贰": 2, "叁": 3, "肆": 4,
                     "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9})
_DIGIT_VALUE.update({str(i): i for i in range(10)})
_NORMALIZE = str.maketrans({"壹": "一", "贰": "二", "叁": "三", "肆": "四", "伍": "五", "陆": "六",
                            "柒": "七", "捌": "八", "玖": "九", "拾": "十", "佰": "百", "仟": "千",
                            "两": "二", "俩": "二", "仨": "三", "幺": "一", "弌": "一", "弍": "二",
                            "弎": "三", "〇": "零"})


def _alt(words) -> str:
    """Regex alternation of literal words, longest first."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# ---------------------------------------------------------------------------------------------
# The combined pattern.

_D1 = f"[\\d{_CD}]"  # one digit, either script
_ADIG = (r"(?=\d)(?:(?<![A-Za-z0-9_.]|[A-Za-z][-_.]|[\dA-Za-z]\+|\d:|\d-\d{1,2}-|\d/\d{1,2}/|\d\.\d{1,2}\.)"
         r"|(?<=(?<![A-Za-z])(?:" + "|".join(CURRENCY_CODES) + r")\s?))"
         r"(?!(?<=\d{4}[-/.])\d{1,2}[-/.]\d)"
         r"(?>(?:\d{1,3}(?:,\d{3})+(?![\d])|\d+)(?:(?:\.|点(?=\d))\d+)?)"
         r"|(?=\.\d)(?<![\dA-Za-z_.])(?>\.\d+)")
_LATIN_OK = "bps?|BPS?|pcts?|PCTS?|ppts?|" + "|".join([*CURRENCY_CODES, *LATIN_CLASSIFIERS])
_ADIG_END = "(?![A-Za-z_]|\\.[A-Za-z]|\\+[\\dA-Za-z])"
_ABASE = f"(?:{_ADIG}){_ADIG_END}"
_ABASE_LATIN = f"(?:{_ADIG})(?:(?![A-Za-z_]|\\.[A-Za-z]|\\+[\\dA-Za-z])|(?=\\s?(?:{_LATIN_OK})(?![A-Za-z])))"
# 千瓦, 兆瓦: an SI prefix on a unit, where a numeral ends (20万千瓦 is 20万 kilowatts, not 201,000)
_SI = "(?![千兆吉](?:瓦|克|米|赫|帕|焦))"
_CBASE = f"(?:{_SI}[{_CN}])+(?:点(?:[{_CD}]+|\\d+))?"
_AMAG = f"{_SI}(?:[十百千](?:万亿|万|亿)|万亿|万|亿|兆|千|百)"
_TB = f"(?:{_ABASE_LATIN}|{_CBASE})"
_CONNECTOR_CHARS = frozenset("至到-~—–－和、与及跟或")
_SUFFIX_FIRST = frozenset(
    " :/.-分点个枚元圆蚊块角毛毫仙%‰百基bBpP成折倍余多来半左上以之开" + "".join(_CONNECTOR_CHARS)
    + "".join(w[0] for w in CURRENCY_CODES) + "".join(w[0] for w in CURRENCIES)
    + "".join(w[0] for w in FOREIGN_SUB_UNITS) + "".join(w[0] for w in CLASSIFIERS)
    + "".join(p[0] for p in PERIODS) + "财小钟世星礼工交营")
_PER_WORDS = ("盎司 桶 吨 公斤 千克 克 斤 磅 股 份 手 张 平方米 平米 平方英尺 亩 千瓦时 度 人次 人 月 年 "
              "天 晚 次 小时 台 辆 件 个 只 头 箱 套 升 加仑 立方米 方 片 kWh MWh GB TB kg oz t").split()
#: a prefix can only end with one of these characters
_PREFIX_LAST = frozenset(" " + "".join(w[-1] for w in HEDGES_BEFORE) + "".join(w[-1] for w in CURRENCIES)
                         + "".join(w[-1] for w in CURRENCY_SYMBOLS) + "".join(w[-1] for w in CURRENCY_CODES)
                         + "".join(w[-1] for w in _PER_WORDS))   # 突破每盎司4,300美元: a hedge before a unit
_PREFIX_MAX = 2 * max(map(len, HEDGES_BEFORE)) + 1 + max(map(len, CURRENCIES)) + 2 + 1 + max(map(len, _PER_WORDS)) + 1


_NUMSEQ = (f"(?:(?:(?<!第){_ABASE_LATIN}|(?=[{_CN}])(?![{_CM}](?<!(?:破|逾|超|近|过|约)[{_CM}]))(?<![{_CN}第]){_CBASE})(?:\\s?{_AMAG})?"
           f"(?:(?<=[万亿兆千百]){_TB}(?:{_AMAG})?)*)")
_PERIOD = "|".join(PERIODS)
_NUM_SIMPLE = f"(?:\\d+|[{_CN}]+)"
_NOT_PERIOD = (f"(?!\\s?(?:个|多个|余个|来个)?半?(?:多|余|来)?(?:{_PERIOD}))"
               f"(?!:\\d|-\\d{{1,2}}-\\d|/\\d{{1,2}}/\\d|\\.\\d{{1,2}}\\.\\d|\\.\\d|点(?:半|钟|整))"  # 9:30, 2025-11-30, 1.2.3, 3点半
               f"(?!(?<=点[\\d{_CN}]{{1,3}})[\\d{_CN}]{{0,2}}分(?!之))"  # 10点30分
               f"(?!\\s?(?:{RANGE_CONNECTORS}|{LIST_CONNECTORS}|/)\\s?{_NUM_SIMPLE}(?:个)?(?:{_PERIOD}))")

# Word lists go into the pattern as named lists (\\L<name>): the regex module looks them up
# as sets, much faster than long alternations.
_HEDGE_GUARD = "|".join(
    [f"(?<=[{g}]){regex.escape(w)}" for w, g in HEDGE_GUARDS.items()] + ["(?<=(?<!折)合)约"])
_HEDGE_BEFORE = f"(?!{_HEDGE_GUARD})\\L<hedges>"
_HEDGE_AFTER = "左右|上下(?![游班文])|以上|之上|开外|以下|以内|之内|多(?=钱|的|[^\\p{Han}]|$)"
_CUR_NAMES = "\\L<currencies>"
_CODES = "\\L<codes>"
_SYMBOLS = "\\L<symbols>"
_FSUBS = "\\L<fsubs>"
_PER = "\\L<per>|\\p{Han}"
_LISTS = {
    "hedges": list(HEDGES_BEFORE), "currencies": list(CURRENCIES), "codes": list(CURRENCY_CODES),
    "symbols": list(CURRENCY_SYMBOLS), "fsubs": list(FOREIGN_SUB_UNITS), "per": _PER_WORDS,
    "classifiers": list(CLASSIFIERS), "bare": list(BARE_CURRENCIES),
}
_CLS_GUARD = "|".join(f"(?<={regex.escape(w)})[{g}]" for w, g in CLASSIFIER_GUARDS.items())
_CLS = f"\\L<classifiers>(?!{_CLS_GUARD})"
_TAIL_BAD = (f"[\\d{_CN}.点年月日号时季周天岁%成倍]|{_CLS}")
_YTAIL = (f"零?{_D1}(?:角|毛|毫)(?:零?{_D1}分?)?|零?{_D1}分(?![钟之])|零{_D1}"
          f"|[{_CD}](?!{_TAIL_BAD})|(?<=[块蚊])\\d(?![\\d.])|半")

# The scanning pattern finds number cores (and skips dates, times, ordinals); the prefix pattern
# reads hedges and a currency before a core, the suffix pattern its unit and trailing hedge.
_PATTERN = f"""
(?P<core>
    (?:
      (?=[百千万]分之)(?P<pctp>百分之|千分之|万分之)(?P<pctn>{_CBASE}|{_ABASE})
    | (?=[一1半数几上])(?:
        (?P<half>(?<![{_CN}\\d])[一1]半|半(?=个))
    | (?P<apx>(?P<apx_w>[数几])(?P<apx_u>[十百千](?:万亿|万|亿)?|万亿|万|亿))
    | (?P<shang>(?<![千百])上(?P<shang_u>[百千](?:万亿|万|亿)?|万亿|万|亿))
      )
    | (?P<sign>负\\s?|(?<![\\dA-Za-z])-\\s?(?=[\\d.]))?(?P<num>(?>{_NUMSEQ}))
      (?:(?=[分又份几])
          分之(?P<fn>{_TB})                                  # 三分之二
        | 又(?P<md>{_TB})分之?(?P<mn>{_TB})                   # 一又二分之一, 一又十分一
        | (?<=[{_CN}])份(?P<kn>[{_CN}]+)(?![\\p{{Han}}\\d])   # 十份十一 (Cantonese)
        | (?P<ji>几)
      )?
    )
    (?:(?=[多余来\\s十百千万亿兆])(?P<duo>多|余|来(?=[{_CU}万亿]|{_CLS}|元|块|{_CUR_NAMES}))?
       (?:\\s?(?P<mag2>{_AMAG}))?)?
  )
| (?P<fan>翻(?:倍|番|(?P<fan_n>[一两二三四])番))
| (?P<bare>\\L<bare>)(?!\\s{{0,2}}(?:{_HEDGE_BEFORE})?(?:[\\d{_CN}数几上半]|-\\d))
"""
_PREFIX = f"""(?r)
(?P<hp>(?:{_HEDGE_BEFORE})(?:\\s?(?:{_HEDGE_BEFORE}))?(?:每(?P<pper>\\L<per>))?)?
(?P<cp>(?:{_SYMBOLS})|(?<![A-Za-z])(?:{_CODES})\\s?|(?:{_CUR_NAMES})\\s{{0,2}})?
(?P<hp2>{_HEDGE_BEFORE})?
(?:[ \u00a0](?<=\\S[ \u00a0]))?
"""
_SUFFIX = f"""
{_NOT_PERIOD}
(?:
    (?P<iso>\\s?(?:{_CODES})(?![A-Za-z]))
  | (?P<cur>\\s?(?:个|枚)?(?:{_CUR_NAMES}))(?:(?:又|零)?(?P<fsn>{_TB})(?P<fsu>{_FSUBS}))?
        (?:/(?P<per>{_PER}))?
  | (?P<yuan>\\s?(?:元(?![化素组宇论件老首旦帅气音])|圆|蚊
            |块(?=钱|$|[^\\p{{Han}}]|[零一二三四五六七八九两半多\\d]|以上|以下|左右|上下|到|至|和|或|与|及)
            |个(?=零?{_D1}(?:毫|角|毛))))(?P<ytail>{_YTAIL})?(?:钱|整(?!\\p{{Han}}))?(?:/(?P<per2>{_PER}))?
  | (?P<fsub>{_FSUBS})
  | (?P<sub>角(?:(?<=\\d角)|(?=零?{_D1}))|毛(?![利衣巾泽病笔孩发皮绒毯])|毫(?![米升克秒安瓦伏无不])
            |分(?![之钟析别红布配行公享成为期拆化散离数段类级项])|仙(?![人女境鹤桃]))
        (?P<stail>(?<=[角毛毫])零?{_D1}分?)?(?:钱)?
  | (?P<pct>\\s?[%‰])
  | (?P<pp>\\s?个?百分点|\\s?个?基点|(?<=\\d)个点|\\s?(?:bps?|BPS?|pcts?|PCTS?|ppts?)(?![A-Za-z]))
  | (?P<cheng>成(?:(?P<cheng_half>半)|(?P<cheng_d>[一二三四五六七八九\\d])(?![\\d{_CN}.%]))?
        (?![为员本功交长立都果效分绩品份型年就熟不了文人语形]))
  | (?P<zhe>折(?![合旧扣叠腾中算射返价现]))
  | (?P<bei>倍(?!数))
  | (?P<pts>点(?![钟半整多心评滴子\\d{_CD}]))
  | \\s?(?P<cls>{_CLS})(?P<cls_half>(?<=个)半)?
)?
(?P<hq>{_HEDGE_AFTER})?(?:(?<=多)钱)?
"""

_RE = regex.compile(_PATTERN, regex.VERBOSE, ignore_unused=True, **_LISTS)
_RE_PREFIX = regex.compile(_PREFIX, regex.VERBOSE, ignore_unused=True, **_LISTS)
_RE_SUFFIX = regex.compile(_SUFFIX, regex.VERBOSE, ignore_unused=True, **_LISTS)


_RE_CN_ONLY = regex.compile(f"[{_CN}]+")
_FAN_N = _RE.groupindex["fan_n"]
_FORMAL = "壹贰叁肆伍陆柒捌玖拾佰仟"
_RE_LONE_FORMAL = regex.compile(f"(?<![{_CN}])[{_FORMAL}](?![{_CN}])")
_RE_ANY_FORMAL = regex.compile(f"[{_FORMAL}]")
_RE_SAN = regex.compile("参(?=[拾佰仟万亿])|(?<=[壹贰叁肆伍陆柒捌玖拾佰仟]零?)参")
_RE_FW_COMMA = regex.compile(r"(?<=[0-9])，(?=[0-9])")
_RE_ARABIC_UNIT = regex.compile(r"(\d+(?:\.\d+)?)([十百千]?)")
_RE_CN_PAIR = regex.compile(r"^(.*?)([一二三四五六七八九])([二三四五六七八九])([十百千万亿兆]*)$")
_RE_RANGE_GAP = regex.compile(f"\\s?(?:{RANGE_CONNECTORS})\\s?")
_RE_LIST_GAP = regex.compile(f"\\s?(?:{LIST_CONNECTORS})\\s?")
_RE_TRAILING_MAG = regex.compile(f"({_AMAG})$")
_HAS_ARABIC = regex.compile(r"\d")
_HAN = regex.compile(r"\p{Han}")
_RE_CN_UNIT = regex.compile("[十百千万亿兆拾佰仟]")
_RE_PLAIN_ARABIC = regex.compile(r"\d*\.?\d+")
_RE_HEDGE_BEFORE = regex.compile(_HEDGE_BEFORE, hedges=_LISTS["hedges"])
_RE_HEDGE_AFTER_END = regex.compile(f"(?:{_HEDGE_AFTER})$")
_RE_ARABIC_MAG = regex.compile(r"\d\s?[十百千]")
_RE_GENERATION = regex.compile(r"\d0|\d5|00")
_RE_YTAIL = regex.compile(f"(零)?({_D1})(角|毛|毫)?(?:(零)?({_D1})(分)?)?|(零)?({_D1})分")
_RE_LING_D = regex.compile(f"零({_D1})")
_RE_STAIL = regex.compile(f"零?({_D1})分?")
_TIME_BEFORE = regex.compile(f"(?:{_alt(TIME_CONTEXT)})[^,。;!?]{{0,3}}$")
_SCORE_BEFORE = regex.compile(f"(?:{_alt(SCORE_CONTEXT)})")
_CHANGE_BEFORE = regex.compile(f"(?:{_alt(CHANGE_VERBS)})$")



# ---------------------------------------------------------------------------------------------
# Numeral values.

@lru_cache(maxsize=4096)
def _cn_small(s: str) -> Decimal | None:
    """A Chinese integer below 万 (already normalized), via cn2an."""
    if s[0] in "百千":  # 千一, 百二: the leading one is implied
        s = "一" + s
    if len(s) > 1 and not any(c in "十百千" for c in s):
        return None  # a digit string such as 二〇二五 is an identifier, not a number
    try:
        v = cn2an.cn2an(s, "normal")
    except Exception:  # cn2an raises ValueError and friends on malformed input
        return None
    return Decimal(str(v))


def _small(s: str) -> Decimal | None:
    """Value of a numeral below 万: Arabic, Chinese or mixed (3千5百, 3.5千, 十二点五)."""
    if not s:
        return Decimal(0)
    if "点" in s:  # decimal written with 点: 一点五, 零点77, 1点5
        ip, _, fp = s.partition("点")
        iv = _small(ip) if ip else Decimal(0)
        if iv is None or not fp or any(c not in _DIGIT_VALUE for c in fp):
            return None
        return iv + Decimal("0." + "".join(str(_DIGIT_VALUE[c]) for c in fp))
    if _HAS_ARABIC.search(s):
        if _RE_PLAIN_ARABIC.fullmatch(s):
            return Decimal(s)
        total, pos, last_unit = Decimal(0), 0, None
        for m in _RE_ARABIC_UNIT.finditer(s):
            if m.start() != pos:
                return None
            num, unit = m.group(1), m.group(2)
            if unit:
                total += Decimal(num) * _magnitude(unit)
                last_unit = _magnitude(unit)
            elif last_unit and len(num) == 1:  # 3千5 -> 3500
                total += Decimal(num) * last_unit / 10
            elif last_unit is None:
                total += Decimal(num)
            else:
                return None
            pos = m.end()
        return total if pos == len(s) else None
    if s == "零":
        return Decimal(0)
    return _cn_small(s)


@lru_cache(maxsize=8192)
def _number(s: str) -> Decimal | None:
    """Value of a numeral of any size: 2兆589.49亿, 三千八百亿, 1.2万亿, 四十九兆九千五百九十二亿."""
    s = s.replace(",", "").replace(" ", "").translate(_NORMALIZE)
    s = s.replace("廿", "二十").replace("卅", "三十").replace("卌", "四十").replace("万亿", "兆")
    v = _big(s)
    if v is not None:
        n, den = v.as_integer_ratio()
        if den == 1:
            return n  # ints are faster to compute with; Decimal only where a fraction remains
    return v


def _big(s: str) -> Decimal | None:
    for mag, mult in (("兆", 10**12), ("亿", 10**8), ("万", 10**4)):
        if mag in s:
            left, _, right = s.partition(mag)
            lv = _big(left) if left else Decimal(1)
            if lv is None:
                return None
            if right.startswith("零"):
                right = right.lstrip("零")
                rv = _big(right) if right else Decimal(0)
            elif len(right) == 1 and right in _DIGIT_VALUE:  # 万九 -> 19000, 1万5 -> 15000
                rv = Decimal(_DIGIT_VALUE[right]) * mult / 10
            else:
                rv = _big(right) if right else Decimal(0)
            if rv is None or rv >= mult:
                return None
            return lv * mult + rv
    return _small(s)


@lru_cache(maxsize=8192)
def _number_range(s: str) -> tuple[Decimal, Decimal | None, bool, bool] | None:
    """(low, high or None, has Arabic digits, carries a magnitude) for a numeral; high is set for
    an approximate Chinese numeral such as 三四十 or 十七八."""
    has_arabic = bool(_HAS_ARABIC.search(s))
    scaled = any(c in s for c in _BIG_MAG_CHARS) or bool(_RE_ARABIC_MAG.search(s))
    if not has_arabic:
        m = _RE_CN_PAIR.match(s.translate(_NORMALIZE))
        if m:
            pre, d1, d2, suf = m.groups()
            a, b = _DIGIT_VALUE[d1], _DIGIT_VALUE[d2]
            if (b == a + 1 or (a, b) == (3, 5)) and (not pre or pre[-1] in "十百千万亿兆"):
                lo, hi = _number(pre + d1 + suf), _number(pre + d2 + suf)
                if lo is not None and hi is not None:
                    return lo, hi, False, scaled
    v = _number(s)
    return None if v is None else (v, None, has_arabic, scaled)


def _out(d: Decimal | int | None) -> int | float | None:
    if d is None or type(d) is int:
        return d
    n, den = d.as_integer_ratio()
    return n if den == 1 else float(d)


@lru_cache(maxsize=8192)
def _trailing_mag(s: str) -> int:
    m = _RE_TRAILING_MAG.search(s.replace(" ", ""))
    return _magnitude(m.group(1)) if m else 1


# ---------------------------------------------------------------------------------------------
# Candidates.

@dataclass(slots=True)
class _Atom:
    start: int
    end: int
    lo: Decimal | None
    hi: Decimal | None
    dim: str
    unit: str | None
    hedges: list
    explicit: bool
    scaled: bool
    per: str | None
    factor: Decimal = Decimal(1)  # unit factor (成 = 10, 角 = 0.1 …), for a neighbour to borrow
    mag: int = 1  # trailing magnitude of the number (亿 -> 1e8), for a neighbour to borrow
    own_mag: bool = False
    bare: bool = False  # no unit of its own
    check: str = ""  # a deferred validity check: "isolated"
    num_start: int = 0  # where the number itself starts (after hedge and currency prefix)
    signed: bool = False


def _pick_hedge(hedges) -> str | None:
    if not hedges:
        return None
    for h in HEDGE_PRIORITY:
        if h in hedges:
            return h
    return None


def _digit(c: str) -> Decimal:
    return Decimal(_DIGIT_VALUE[c])


def _gi(pattern, *names) -> tuple[int, ...]:
    return tuple(pattern.groupindex[n] - 1 for n in names)


# positions of the groups in Match.groups() (named-group access is slow in the regex module)
(_C_PCTP, _C_PCTN, _C_HALF, _C_APX, _C_APX_W, _C_APX_U, _C_SHANG, _C_SHANG_U, _C_SIGN, _C_NUM,
 _C_FN, _C_MD, _C_MN, _C_KN, _C_JI, _C_DUO, _C_MAG2) = _gi(
    _RE, "pctp", "pctn", "half", "apx", "apx_w", "apx_u", "shang", "shang_u", "sign", "num",
    "fn", "md", "mn", "kn", "ji", "duo", "mag2")
(_S_ISO, _S_CUR, _S_FSN, _S_FSU, _S_PER, _S_YUAN, _S_YTAIL, _S_PER2, _S_FSUB, _S_SUB, _S_STAIL,
 _S_PCT, _S_PP, _S_CHENG, _S_CHENG_HALF, _S_BEI, _S_PTS, _S_CLS, _S_CLS_HALF, _S_HQ) = _gi(
    _RE_SUFFIX, "iso", "cur", "fsn", "fsu", "per", "yuan", "ytail", "per2", "fsub", "sub", "stail",
    "pct", "pp", "cheng", "cheng_half", "bei", "pts", "cls", "cls_half", "hq")
_S_CHENG_D, _S_ZHE = _gi(_RE_SUFFIX, "cheng_d", "zhe")
_P_HP, _P_CP, _P_HP2, _P_PER = _gi(_RE_PREFIX, "hp", "cp", "hp2", "pper")
_NO_SUFFIX_GROUPS = (None,) * _RE_SUFFIX.groups
_NO_PREFIX_GROUPS = (None,) * _RE_PREFIX.groups
_D0, _ONE, _D5, _D10, _D50, _D100, _DHALF = (Decimal(0), Decimal(1), Decimal(5), Decimal(10),
                                             Decimal(50), Decimal(100), Decimal("0.5"))
_PCT_DIVISOR = {"百分之": 1, "千分之": 10, "万分之": 100}
_BARE_UNIT_CHARS = frozenset("百千万亿兆佰仟")
_BIG_MAG_CHARS = ("万", "亿", "兆")


def _atom(m, sm, pm, w: str) -> _Atom | None:
    """One mention from its core match `m`, suffix match `sm` (None: nothing follows) and
    prefix match `pm` (None: nothing precedes)."""
    cg = m.groups()
    sg = sm.groups() if sm is not None else _NO_SUFFIX_GROUPS
    pg = pm.groups() if pm is not None else _NO_PREFIX_GROUPS
    num_start = m.start()
    start = pm.start() if pm is not None else num_start
    end = sm.end() if sm is not None else m.end()

    hedges = []
    hp, cp, hp2, hq = pg[_P_HP], pg[_P_CP], pg[_P_HP2], sg[_S_HQ]
    if hp:
        hedges.extend(HEDGES_BEFORE[word] for word in _RE_HEDGE_BEFORE.findall(hp))
    if hp2:
        hedges.append(HEDGES_BEFORE[hp2])
    if hq:
        hedges.append(HEDGES_AFTER[hq])
    if cg[_C_JI]:
        hedges.append("over")
    duo = cg[_C_DUO]
    if duo:
        hedges.append("about" if duo == "来" else "over")
    cp_cur = None
    if cp:
        key = cp.strip()
        cp_cur = CURRENCY_SYMBOLS.get(key) or CURRENCY_CODES.get(key) or CURRENCIES.get(key)

    # ---- the number
    if cg[_C_PCTP] is not None:  # 百分之三十五点八
        v = _number(cg[_C_PCTN])
        if v is None:
            return None
        return _Atom(start, end, Decimal(v) / _PCT_DIVISOR[cg[_C_PCTP]], None, "percent", "percent", hedges,
                     False, False, None, num_start=num_start)
    num = cg[_C_NUM]
    if cg[_C_FN] is not None or cg[_C_MD] is not None or cg[_C_KN] is not None:
        if cg[_C_FN] is not None:  # 三分之二
            whole, den, nume = None, num, cg[_C_FN]
        elif cg[_C_MD] is not None:  # 一又二分之一
            whole, den, nume = num, cg[_C_MD], cg[_C_MN]
        else:  # 十份十一
            whole, den, nume = None, num, cg[_C_KN]
        dv, nv = _number(den), _number(nume)
        wv = _number(whole) if whole else _D0
        if not dv or nv is None or wv is None or hq == "多":
            return None
        return _Atom(start, end, (wv + Decimal(nv) / Decimal(dv)) * 100, None, "percent", "percent", hedges, False,
                     False, None, num_start=num_start)

    hi = None
    check = ""
    scaled = False
    numtext = ""
    if cg[_C_HALF] is not None:
        half = cg[_C_HALF]
        lo = _DHALF
        if sg[_S_CLS] is None and sg[_S_YUAN] is None and sg[_S_CUR] is None:
            if half == "半":
                return None
            return _Atom(start, end, _D50, None, "percent", "percent", hedges, False, False, None,
                         num_start=num_start)  # 一半: half, i.e. 50 percent
    elif cg[_C_APX] is not None or cg[_C_SHANG] is not None:  # 数十亿, 几百万 (about); 上百亿 (over)
        apx = cg[_C_APX] is not None
        u = cg[_C_APX_U] if apx else cg[_C_SHANG_U]
        lo = Decimal(MAGNITUDES.get(u) or 0)
        if not lo:
            return None
        hedges.append("about" if apx else "over")
        scaled = any(c in u for c in _BIG_MAG_CHARS)
    else:
        numtext = num
        r = _number_range(num)
        if r is None:
            if sg[_S_ZHE] is not None and len(num) == 2 and all(c in _DIGIT_VALUE for c in num):
                value = _DIGIT_VALUE[num[0]] * 10 + _DIGIT_VALUE[num[1]]  # 七五折 = 75%
                return _Atom(start, end, value, None, "percent", "percent", hedges, False, False,
                             None, num_start=num_start)
            return None
        lo, hi, has_arabic, scaled = r
        if not has_arabic:
            cn_core = num.partition("点")[0]
            if _BARE_UNIT_CHARS.issuperset(cn_core):
                # a bare magnitude (千亿, 兆): only after a hedge or next to a currency
                if not hedges and not cp and sg[_S_CUR] is None and sg[_S_YUAN] is None \
                        and sg[_S_ISO] is None:
                    return None
            elif cn_core[0] in _BARE_UNIT_CHARS:
                check = "isolated_strict"  # 千一, 万九, 百二万 - or the word 万一
            elif not scaled:
                check = "isolated"
        if cg[_C_SIGN]:
            lo = -lo
            hi = -hi if hi is not None else None
    mag2 = cg[_C_MAG2]
    mag = _trailing_mag(numtext) if numtext else 1
    own_mag = mag != 1
    if mag2:
        mag = _magnitude(mag2)
        lo = lo * mag
        hi = hi * mag if hi is not None else None
        own_mag = True
        scaled = scaled or any(c in mag2 for c in _BIG_MAG_CHARS) or bool(_HAS_ARABIC.search(numtext))
    if check == "isolated" and (mag2 or cg[_C_DUO]):
        check = ""

    # ---- the unit
    dim, unit, explicit, per = "number", None, False, pg[_P_PER]   # 約每桶60美元: a price per barrel
    factor, add = _ONE, _D0
    bare = False
    if sm is None:
        bare = True
    elif sg[_S_CUR] is not None:
        dim, unit, explicit = "money", CURRENCIES[sg[_S_CUR].strip().lstrip("个枚")], True
        per = sg[_S_PER] or per
        if sg[_S_FSU]:
            cur2, frac = FOREIGN_SUB_UNITS[sg[_S_FSU]]
            sv = _number(sg[_S_FSN])
            if cur2 != unit or sv is None:
                return None  # 10日元5美分 is not one amount
            add = sv * Decimal(frac)
    elif sg[_S_YUAN] is not None:
        dim = "money"
        unit, explicit = (cp_cur, True) if cp_cur else (YUAN_UNITS.get(sg[_S_YUAN].strip(), "CNY"), False)
        per = sg[_S_PER2] or per
        t = sg[_S_YTAIL]
        if t:
            add = _tail_value(t)
            if add is None:
                return None
    elif sg[_S_PCT] is not None:
        dim, unit = "percent", "percent"
        if sg[_S_PCT].strip() == "‰":
            factor = Decimal("0.1")
    elif sg[_S_CLS] is not None:
        dim, unit = "count", CLASSIFIERS[sg[_S_CLS]]
        if sg[_S_CLS_HALF]:
            add = _DHALF
        if check == "isolated":
            check = ""
    elif sg[_S_ISO] is not None:
        dim, unit, explicit = "money", CURRENCY_CODES[sg[_S_ISO].strip()], True
    elif sg[_S_FSUB] is not None:
        cur2, frac = FOREIGN_SUB_UNITS[sg[_S_FSUB]]
        dim, unit, explicit, factor = "money", cur2, True, Decimal(frac)
    elif sg[_S_SUB] is not None:
        sub = sg[_S_SUB]
        cur2, frac = SUB_UNITS[sub]
        if cp_cur:
            cur2, explicit = cp_cur, True
        dim, unit, factor = "money", cur2, Decimal(frac)
        if sub == "分":
            if numtext in ("十", "百", "千", "万") or type(lo) is not int:
                return None  # 十分 (very), 8.5分 (a score)
            if _SCORE_BEFORE.search(w, max(0, start - 8), start):
                return None
        if sg[_S_STAIL]:
            add = _sub_tail(sg[_S_STAIL])
            if add is None:
                return None
    elif sg[_S_PP] is not None:
        p = sg[_S_PP].strip()
        dim = "pp"
        unit = "bp" if ("基点" in p or p[:2].lower() == "bp") else "pp"
    elif sg[_S_CHENG] is not None:
        if lo > 10:
            return None
        dim, unit, factor = "percent", "percent", _D10
        if sg[_S_CHENG_HALF]:
            add = _D5
        elif sg[_S_CHENG_D]:  # 三成五 = 35%
            add = _DIGIT_VALUE[sg[_S_CHENG_D]]
        check = ""
    elif sg[_S_ZHE] is not None:  # 八折 = 80% of the price, 8.5折, 七五折
        if lo > 10:
            return None
        dim, unit, factor = "percent", "percent", _D10
        check = ""
    elif sg[_S_BEI] is not None:
        dim = "multiple"
        check = ""
    elif sg[_S_PTS] is not None:
        if not (_HAS_ARABIC.search(numtext) or _RE_CN_UNIT.search(numtext)):
            return None  # 一点, 两点: not index points
        if _TIME_BEFORE.search(w, max(0, start - 8), start):
            return None  # 下午3点
        dim, unit = "points", "points"
    else:
        bare = True
    if bare and cp_cur:
        dim, unit, explicit, bare = "money", cp_cur, True, False
    if dim == "money" and check == "isolated":
        check = ""
    if dim != "money" and cp:
        # a currency word before a percentage or a count is not part of it
        start, hedges = num_start, hedges[:0]
    if factor is not _ONE:
        lo = lo * factor
        hi = hi * factor if hi is not None else None
    if add is not _D0:
        lo = lo + add
        hi = hi + add if hi is not None else None
    if cg[_C_HALF] is not None and dim == "number":
        return None
    if bare and w[end:end + 1] == "后" and _RE_GENERATION.fullmatch(numtext):
        return None  # 90后: a generation

    return _Atom(start, end, lo, hi, dim, unit, hedges, explicit, scaled, per, factor, mag,
                 own_mag, bare, check, num_start, bool(cg[_C_SIGN]))


def _tail_value(t: str) -> Decimal | None:
    """What follows 元/块/蚊: 六 (.6), 七毛八 (.78), 六角三分 (.63), 四分 (.04), 零四 (.04), 半."""
    if t == "半":
        return Decimal("0.5")
    m = _RE_YTAIL.fullmatch(t)
    if not m:
        m2 = _RE_LING_D.fullmatch(t)
        return _digit(m2.group(1)) / 100 if m2 else None
    if m.group(8):  # …分 alone
        return _digit(m.group(8)) / 100
    first = _digit(m.group(2))
    if m.group(3) is None and m.group(5) is None:
        return first / 100 if m.group(1) else first / 10
    total = first / 10
    if m.group(5):
        total += _digit(m.group(5)) / 100
    return total


def _sub_tail(t: str) -> Decimal | None:
    """What follows 角/毛/毫: 五 (.05), 五分 (.05), 零五 (.05)."""
    m = _RE_STAIL.fullmatch(t)
    return _digit(m.group(1)) / 100 if m else None


# ---------------------------------------------------------------------------------------------
# Scan.


def _compatible(a: _Atom, b: _Atom) -> bool:
    return a.dim == b.dim and a.unit == b.unit


def _borrow(a: _Atom, b: _Atom) -> tuple[Decimal | None, Decimal | None]:
    """a's value when it takes b's unit (and b's magnitude when a has none)."""
    lo, hi = a.lo, a.hi
    mult = b.factor * (b.mag if not a.own_mag else 1)
    if lo is None:
        return None, None
    return lo * mult, (hi * mult if hi is not None else None)


def _merge_ranges(atoms: list[_Atom], w: str) -> list[_Atom]:
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms) and a.lo is not None and a.hi is None \
                and atoms[i + 1].start - a.end <= 3:
            b = atoms[i + 1]
            gap = w[a.end:b.start]
            b_lo = b.lo
            connector = None
            if _RE_RANGE_GAP.fullmatch(gap):
                connector = gap.strip()
            elif gap.strip() == "" and b.signed and w[b.start] == "-" and b.lo is not None:
                connector, b_lo = "-", -b.lo  # 9%-10%: the hyphen is a connector, not a sign
            if (connector and b_lo is not None and b.hi is None and not _has_after_hedge(a, w)
                    and not _starts_with_hedge(b, w)):
                merged = _range(a, b, b_lo, connector, w)
                if merged is not None:
                    out.append(merged)
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def _has_after_hedge(a: _Atom, w: str) -> bool:
    return bool(_RE_HEDGE_AFTER_END.search(w, a.num_start, a.end)) and a.dim != "money"


def _starts_with_hedge(b: _Atom, w: str) -> bool:
    return b.num_start > b.start and bool(_RE_HEDGE_BEFORE.match(w, b.start, b.num_start))


def _range(a: _Atom, b: _Atom, b_lo: Decimal, connector: str, w: str) -> _Atom | None:
    if a.bare:
        if b.bare and not b.own_mag:
            return None  # 1-2: nothing says what it is
        lo, _ = _borrow(a, b)
        if lo is None or lo > b_lo:
            lo = a.lo * b.factor  # 5至10亿 ... keep a's own value when borrowing overshoots
            if lo > b_lo:
                return None
    elif _compatible(a, b):
        lo = a.lo
    else:
        return None
    if lo is None or lo > b_lo:
        return None
    if connector in ("至", "到"):
        before = w[max(0, a.start - 4):a.start]
        if _CHANGE_BEFORE.search(before):
            # 升12%至15%: a range only when the two ends are close
            if lo <= 0 or b_lo / lo > 2:
                return None
    return _Atom(a.start, b.end, lo, b_lo, b.dim, b.unit, a.hedges + b.hedges,
                 b.explicit or a.explicit, a.scaled or b.scaled, b.per, b.factor, b.mag,
                 b.own_mag, False, "", a.num_start)


def _share_units(atoms: list[_Atom], w: str) -> None:
    for i in range(len(atoms) - 2, -1, -1):
        a, b = atoms[i], atoms[i + 1]
        if not a.bare or b.start - a.end > 3 or b.bare and not b.own_mag or a.lo is None \
                or a.hi is not None:
            continue
        if not _RE_LIST_GAP.fullmatch(w[a.end:b.start]):
            continue
        if b.dim == "number" and not b.own_mag:
            continue
        lo, _ = _borrow(a, b)
        atoms[i] = _Atom(a.start, a.end, lo, None, b.dim, b.unit, a.hedges, b.explicit,
                         a.scaled or (b.scaled and not a.own_mag), b.per, b.factor, b.mag,
                         True, b.bare, "", a.num_start)


def _fix_commas(folded: str, original: str) -> str:
    """A full-width comma between half-width digits separates clauses: `$20，300美圆`."""
    if "，" not in original:
        return folded
    chars = list(folded)
    for m in _RE_FW_COMMA.finditer(original):
        chars[m.start()] = "，"
    return "".join(chars)


def _prepare(folded: str, original: str | None) -> str:
    w = folded
    if original is not None and len(original) == len(folded):
        w = _fix_commas(w, original)
    if "参" in w:
        w = _RE_SAN.sub("叁", w)
    if _RE_ANY_FORMAL.search(w):
        # a lone formal numeral inside a word (大陆, 队伍, 收拾) is not a number
        w = _RE_LONE_FORMAL.sub(lambda m: m.group() if _alone(w, m.start()) else "囗", w)
    return w


def _alone_span(w: str, s: int, e: int) -> bool:
    """Nothing word-like on either side of w[s:e]."""
    if s > 0:
        c = w[s - 1]
        if c.isalnum():  # covers Han and digits
            return False
    if e < len(w):
        c = w[e]
        if c.isalnum() or c in "、.)）":
            return False
    return True


def _alone(w: str, i: int) -> bool:
    for j in (i - 1, i + 1):
        if 0 <= j < len(w) and (_HAN.match(w[j]) or w[j].isalnum()):
            return False
    return True


def _scan(folded: str, original: str | None) -> list[Quantity]:
    w = _prepare(folded, original)
    atoms: list[_Atom] = []
    append = atoms.append
    n = len(w)
    suffix_first, prefix_last, connectors = _SUFFIX_FIRST, _PREFIX_LAST, _CONNECTOR_CHARS
    suffix_match, prefix_match, cn_only = _RE_SUFFIX.match, _RE_PREFIX.match, _RE_CN_ONLY.fullmatch
    last = 0  # end of the last mention: a core inside it (50元[6]角) was read with it
    for m in _RE.finditer(w):
        cs, ce = m.span()
        if cs < last or ce == cs:
            continue
        kind = m.lastgroup
        if kind != "core":
            if kind == "bare":
                append(_Atom(cs, ce, None, None, "money", CURRENCIES[w[cs:ce]], [], True, False,
                             None, num_start=cs))
            else:  # 翻倍, 翻番, 翻两番
                fan = m.group(_FAN_N)
                append(_Atom(cs, ce, 2 ** (_DIGIT_VALUE[fan] if fan else 1), None, "multiple",
                             None, [], False, False, None, num_start=cs))
            last = ce
            continue
        nxt = w[ce] if ce < n else ""
        sm = None
        if nxt in suffix_first and nxt:
            sm = suffix_match(w, ce)
            if sm is None:
                continue  # a period or a date (2025年, 三个月): not a quantity
            if sm.end() == ce:
                sm = None
        may_prefix = cs > last and w[cs - 1] in prefix_last
        if sm is None and not may_prefix and cn_only(w, cs, ce):
            # a bare Chinese numeral: a number only when it stands alone (not 一些, 零售, 千问)
            if not (_alone_span(w, cs, ce) or nxt in connectors):
                continue
        pm = None
        if may_prefix:
            pm = prefix_match(w, max(last, cs - _PREFIX_MAX), cs)  # backwards from cs
            if pm is not None and not w[pm.start():cs].strip():
                pm = None   # nothing before the number, or only a space (約 22%: a space may follow a hedge)
        try:
            a = _atom(m, sm, pm, w)
        except (ArithmeticError, ValueError, KeyError):
            # a digit the regex module knows but Python's decimal does not (newer Unicode), or a
            # numeral form with no value: not a quantity, and never a crash
            continue
        if a is not None:
            append(a)
            last = a.end
    if len(atoms) > 1:
        atoms = _merge_ranges(atoms, w)
        _share_units(atoms, w)
    src = original if original is not None else folded
    out: list[Quantity] = []
    for a in atoms:
        if a.check and a.bare and not _alone_span(w, a.start, a.end):
            continue
        if a.check == "isolated_strict" and not a.bare:
            continue
        out.append(Quantity(a.start, a.end, src[a.start:a.end], _out(a.lo), _out(a.hi), a.dim,
                            a.unit, _pick_hedge(a.hedges), a.explicit, a.scaled, a.per))
    return out


def scan(folded: str, original: str | None = None) -> list[Quantity]:
    """Quantities in `folded` (text already passed through `factx.fold.fold`).

    Sorted by start, non-overlapping. Pass the unfolded `original` (same length) when you have it:
    a full-width comma between half-width digits (`20，300`) then separates two numbers instead
    of grouping thousands, and `text` is taken from the original.
    """
    return _scan(folded, original)


# A table's unit line: (單位：億元), 单位：人民币百万元, 單位：新台幣千元
_UNIT_LINE = regex.compile(
    r"单位\s*[:：]\s*(?P<cur>人民币|美元|港元|港币|新台币|台币)?(?P<mag>亿|万|千万|百万|千|百)?(?P<yuan>元|美元|港元|港币)"
    r"(?![\d一二三四五六七八九十])")
_UNIT_MAG = {"亿": 100_000_000, "万": 10_000, "千万": 10_000_000, "百万": 1_000_000, "千": 1_000, "百": 100, None: 1}
_UNIT_END = regex.compile(r"[。！？!?]|\n\s*\n")


def declared_units(quantities: list[Quantity], folded: str) -> list[Quantity]:
    """Bare numbers under a table's unit line (單位：億元 … 營業收入 216.28) are amounts in that
    unit, up to the end of the sentence the line stands in (a table's rows carry no 。)."""
    lines = list(_UNIT_LINE.finditer(folded))
    if not lines:
        return quantities
    out = []
    for q in quantities:
        if any(m.start() <= q.start < m.end() for m in lines):
            continue   # the 千元 of 單位：新台幣千元 is no amount
        m = next((m for m in reversed(lines) if m.end() <= q.start), None)
        if m is None or q.dim != "number" or q.unit or q.scaled or q.value is None \
                or _UNIT_END.search(folded, m.end(), q.start):
            out.append(q)
            continue
        named = CURRENCIES.get(m.group("cur") or "") or CURRENCIES.get(m.group("yuan"))
        k = _UNIT_MAG[m.group("mag")]
        out.append(replace(q, value=_out(Decimal(str(q.value)) * k),
                           value_max=_out(Decimal(str(q.value_max)) * k) if q.value_max is not None else None,
                           dim="money", unit=named or "CNY", currency_explicit=named is not None, scaled=k != 1))
    return out


def quantities(text: str) -> list[Quantity]:
    """Fold `text` and scan it; spans and `text` refer to `text` itself."""
    return _scan(fold(text), text)
