"""Period expressions: find them in folded text, then resolve them to calendar periods.

Finding is context-free (`find`); resolving (`resolve`) needs the context the resolver
keeps for a document: the reference year, the period currently talked about, and the
subject's fiscal year end (Alibaba's ends in March, so 2026財年二季度 is 2025Q3).

Calendar periods are strings, as the record contract writes them: 2025, 2025H1, 2025Q3,
2025-05, 2025-12-04, and ranges a/b.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

# patterns used inside functions, compiled once
_PERIOD_ID = regex.compile(r"(\d{4})(?:(Q|H)(\d)|-(\d\d)(?:-\d\d)?)?")
_WEEKDAY_WORD = regex.compile(r"(?:周|星期|週)([一二三四五六日天])")
_DAY_BEFORE = regex.compile(r"前日|前天")
_YESTERDAY = regex.compile(r"昨日|昨天|昨晚|昨早|昨(?=收|[涨跌升]|宣布|公布|公告|披露|表示|称)")
_DATELINE_YEAR = regex.compile(r"(?<!\d)(20\d\d)年(?:1[0-2]|0?[1-9])月(?:[12]\d|3[01]|0?[1-9])日")
_YEAR_MENTION = regex.compile(r"(?<!\d)(?<!预计|计划|将于|将在|目标|规划|将|到|至)(20\d\d)(?:年(?!度?财年|同期)|-\d\d-\d\d)")

_CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
       "十": 10, "十一": 11, "十二": 12}

# 鉅亨網 and other Taiwan outlets space digits from the words around them: 前 11 月, 2024 年同期
_SP = "[ \u00a0]?"
_YEAR = r"(?P<y>20\d\d)" + _SP + "年"
_REL_YEAR = r"(?P<rel>今年|去年|明年|本年|上年)"
_Y = rf"(?:{_YEAR}|{_REL_YEAR})"
# the Republic of China calendar (114年前3季), tried only in documents that use it
_ROC_NUMBER = r"(?<!\d)1[01]\d"
# what a year on its own holds, after a Republic of China year: 115年資本支出, 114年度
_ROC_YEAR_WORDS = "度|全年|资本支出|营收|营运|获利|预算|目标"
_ROC_AFTER = _SP + r"年(?=前|第|上|下|\d|[一二三四五六七八九十]|底|初|中|末|" + _ROC_YEAR_WORDS + ")"
_ROC_Y = rf"(?:{_YEAR}|(?P<roc>{_ROC_NUMBER}){_ROC_AFTER}|{_REL_YEAR})"
_ROC_YEAR = regex.compile(_ROC_NUMBER + _ROC_AFTER)
_NUM = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_Q = r"(?:第" + _SP + r")?(?P<q>[一二三四1-4])" + _SP + r"(?:季度|(?P<qfis>个?财季)|季)"


_GUARD = (r"(?=20\d\d|1[01]\d ?年|\d{1,2} ?[月日季个财)]|1[-—–~至到]|[今去明本上]年|[上下]半|截至|十[月一二]|[一二三四五六七八九]月"
          r"|第 ?[一二三四1-4]|[一二三四][季个财]|[前首] ?[一二三四五六七八九十两1-9]|上[季一个财周週]|本[周週季财]"
          r"|全[周週年]|这周|[该当单]季|季内|期内|过去|[两二][个季]|年[内初中底末]|Q[1-4])")


# a Republic of China year on its own: 115年資本支出
_ROC_YEAR_ALONE = r"(?<!\d)(?P<ry>1[01]\d)" + _SP + "年(?=" + _ROC_YEAR_WORDS + ")"


def _period_pattern(_Y: str, roc: bool = False, guard: str = _GUARD) -> regex.Pattern:
    """The one pattern of every period expression, with `_Y` as the way a year is written
    (and, for a document in the Republic of China calendar, its years on their own)."""
    return regex.compile(
        # how every period expression opens, the alternatives' first two characters or so: a
        # cheap guard that lets the scan skip the other positions (most digits are in amounts,
        # not dates) without trying each alternative. An alternative added below needs its
        # opening here; tests/test_periods.py checks the guard against the unguarded pattern.
        guard + "(?:" + "|".join([
            # relative to the period being talked about: a year earlier
            r"(?P<yago>(?:去年|上年|(?P<agoy>20\d\d)" + _SP + r"年)" + _SP + r"同期)",
            # a fiscal period: 2026财年二季度, 2026财年中期, 2025财年第三季
            r"(?P<fiscal>(?P<fy>20\d\d)(?:/(?P<fy2>\d\d))?(?:财年|财政年度)(?:度)?(?:第?(?P<fq>[一二三四1-4])(?:季度|财季|季)|(?P<fh>上|下)半(?:年|财年)|(?P<fmid>中期)|全年)?)",
            # a half of the fiscal year being talked about: 上半財年
            r"(?P<fhalf>(?P<fhh>上|下)半财年)",
            # six months ended 30 June 2025
            rf"(?P<ended>截至(?:{_Y}{_SP})?(?P<em>{_NUM})月(?:\d{{1,2}}日|底)?止?(?:的)?(?:(?P<en>三|六|九|十二|3|6|9|12)个月|(?P<eyear>(?:20\d\d)?财政年度|(?:本|该)财年|年度)|(?P<emid>中期|半年)"
            rf"|第?(?P<eq>[一二三四1-4])(?:个)?(?:财季|季度)))",
            # a day: (2025年)12月4日
            rf"(?P<day>(?:{_Y}{_SP})?(?P<dm>{_NUM}){_SP}月{_SP}(?P<dd>[12]\d|3[01]|0?[1-9]){_SP}[日号])",
            # a quarter: (2025年)第三季度, 三季, Q3, 2025Q3, 2025年Q3
            rf"(?P<quarter>(?:{_Y}{_SP})?{_Q}|(?:(?P<qy>20\d\d)(?:年)?)?(?<![A-Za-z])Q(?P<qq>[1-4])(?![0-9]))",
            # a half: (2025年)上半年, 2025H1
            rf"(?P<half>(?:{_Y}{_SP})?(?P<h>上|下)半年|(?P<hy>20\d\d)H(?P<hh>[12])(?![0-9])|(?P<hiy>20\d\d)年(?:半年度|中期))",
            # first three quarters
            rf"(?P<ytd>(?:{_Y}{_SP})?(?:前|首){_SP}(?P<yq>三|二|两|[23]){_SP}(?:个)?季度?)",
            # the first months of the year: 前10月, 前十個月, 1-8月, 首九個月
            rf"(?P<ytdm>(?:{_Y}{_SP})?(?:前|首){_SP}(?P<ym>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九]){_SP}(?:个)?月|(?:{_Y}{_SP})?1[-—–~至到](?P<ym2>1[0-2]|[2-9])月)",
            # a month: (2025年)5月(份|底|初)
            rf"(?P<month>(?:{_Y}{_SP})?(?P<mm>{_NUM}){_SP}月(?:份|底|末|初|中旬|上旬|下旬)?(?![0-9])(?![\p{{Han}}]{{0,4}}(?:期货|合约)))",
            # a year: 2025年, 2025全年, 今年, 去年
            r"(?P<year>(?P<yy>20\d\d)" + _SP + r"(?:年|全年)(?!\d)(?:全年)?" + ("|" + _ROC_YEAR_ALONE if roc else "")
            + r"|(?P<yrel>今年|去年|明年)(?!同期|以来|来(?!看)|\d|第|上半|下半|前|[一二三四五六七八九十]))",
            # relative to the period being talked about
            r"(?P<lastq>上季度?|上一季度?|前一季度?|上一?个?财季)",
            r"(?P<lastfy>上一?个?财(?:政)?年度?|上一?个?年度)",
            r"(?P<week>本周|全周|这周|上周|本週|全週|上週)(?![一二三四五六日])",
            r"(?P<this>本季度?|该季度?|当季|单季|季内|本财季|(?P<term>期内)(?!利润|溢利|亏损|盈利))",
            r"(?P<trailing>过去(?:的)?(?:四个季度|4个季度|十二个月|12个月|一年))",
            r"(?P<twoq>(?:两|二)(?:个)?季(?:度)?)(?=累计|合计|共|间)",
            r"(?P<ytdnow>年内|今年以来|今年来(?!看)|年初至今|今年迄今|(?:今年)?(?:年初|年中|年底|年末)|全年(?!\d))",
            # a day of the month the article is dated in: 截至31日, 上週五（7日）
            r"(?P<mday>(?<![月\d.])(?P<md>[12]\d|3[01]|0?[1-9])日(?![\d圆元币])|(?<=[今昨]" + _SP + r"\(" + _SP + r")(?P<md>[12]\d|3[01]|0?[1-9])(?=" + _SP + r"\)" + _SP + r"日))",
        ]) + ")"
    )


PATTERN = _period_pattern(_Y)
PATTERN_ROC = _period_pattern(_ROC_Y, roc=True)

# kinds that name an earlier period relative to the one being talked about: 去年同期, 上季, 上一財年
EARLIER = ("yago", "lastq", "lastfy")

_GROUP_NAMES = {i - 1: name for name, i in PATTERN.groupindex.items()}
_ROC_GROUP_NAMES = {i - 1: name for name, i in PATTERN_ROC.groupindex.items()}
_KINDS = frozenset(("yago", "fiscal", "fhalf", "ended", "week", "day", "quarter", "half", "ytd", "ytdm", "month", "year",
                    "mday", "lastq", "lastfy", "this", "trailing", "twoq", "ytdnow"))

_JOIN = regex.compile(r"\s*(?:和|与|及|、|至|到|-|~|—)\s*")


@dataclass(frozen=True, slots=True)
class PeriodMention:
    start: int
    end: int
    kind: str                     # the pattern branch: day, month, quarter, fiscal, yago, …
    groups: tuple[tuple[str, str], ...]
    to: "PeriodMention | None" = None   # the far end of a range: 2月和4月, 4月30日至5月7日
    joiner: str = ""                    # what joins the two: 至 (a range) or 和/、 (a list)

    @property
    def is_list(self) -> bool:
        return self.joiner.strip() in ("和", "与", "及", "、")

    def get(self, key: str) -> str | None:
        for k, v in self.groups:
            if k == key:
                return v
        return None


def month_number(s: str | None) -> int | None:
    """12, 十二, 3 -> int (a month or a quarter number as written)."""
    return _num(s)


def _num(s: str | None) -> int | None:
    if s is None:
        return None
    return int(s) if s.isdigit() else _CN.get(s)


def find(folded: str) -> list[PeriodMention]:
    out: list[PeriodMention] = []
    pattern, names = (PATTERN_ROC, _ROC_GROUP_NAMES) if _ROC_YEAR.search(folded) else (PATTERN, _GROUP_NAMES)
    for m in pattern.finditer(folded):
        # (Match.groups is far cheaper than groupdict with this many groups)
        groups = tuple((names[i], v) for i, v in enumerate(m.groups()) if v is not None)
        kind = next((k for k, _ in groups if k in _KINDS), m.lastgroup)
        pm = PeriodMention(m.start(), m.end(), kind, groups)
        if out and out[-1].to is None and out[-1].kind == kind and kind in ("day", "month", "quarter", "year") \
                and _JOIN.fullmatch(folded, out[-1].end, pm.start):
            prev = out.pop()
            pm = PeriodMention(prev.start, pm.end, kind, prev.groups, pm, folded[prev.end:pm.start])
        out.append(pm)
    return out


@dataclass(frozen=True, slots=True)
class Context:
    ref_year: int                 # the year of undated expressions
    current: str | None = None    # the financial period being talked about (2025Q3)
    fiscal_end: int = 12          # month the subject's fiscal year ends in
    quarter: str | None = None    # the quarter being talked about, for 上季 and 過去四個季度
    anchor: str | None = None     # the article's own date (YYYY-MM-DD), for 31日 and 周二
    fiscal_year: int | None = None  # the fiscal year being talked about, for 上半財年


def _year(pm: PeriodMention, ctx: Context, ykey: str = "y") -> int:
    if pm.get(ykey):
        return int(pm.get(ykey))
    if ykey == "y" and pm.get("roc"):   # 114年前3季: the Republic of China calendar, 1911 years on
        return int(pm.get("roc")) + 1911
    rel = pm.get("rel") or pm.get("yrel")
    if rel in ("去年", "上年"):
        return ctx.ref_year - 1
    if rel == "明年":
        return ctx.ref_year + 1
    return ctx.ref_year


def parse(period: str | None) -> tuple[int, str, int] | None:
    """'2025Q3' -> (2025, 'Q', 3); '2025H1' -> (2025, 'H', 1); '2025' -> (2025, 'Y', 0);
    '2025-05' -> (2025, 'M', 5); a range parses as its end."""
    if not period:
        return None
    period = period.split("/")[-1]
    m = _PERIOD_ID.fullmatch(period)
    if not m:
        return None
    if m.group(2):
        return int(m.group(1)), m.group(2), int(m.group(3))
    if m.group(4):
        return int(m.group(1)), "M", int(m.group(4))
    return int(m.group(1)), "Y", 0


def quarter_of(period: str | None) -> tuple[int, int] | None:
    p = parse(period)
    if not p:
        return None
    y, kind, n = p
    if kind == "Q":
        return y, n
    if kind == "M":
        return y, (n - 1) // 3 + 1
    if kind == "H":
        return y, n * 2
    return None


def shift_year(period: str, years: int) -> str:
    def one(p: str) -> str:
        return str(int(p[:4]) + years) + p[4:]
    return "/".join(one(p) for p in period.split("/"))


def _q(y: int, q: int) -> tuple[int, int]:
    while q < 1:
        y, q = y - 1, q + 4
    while q > 4:
        y, q = y + 1, q - 4
    return y, q


def _qrange(y: int, q: int, n: int) -> str:
    """n quarters ending with y Qq."""
    sy, sq = _q(y, q - n + 1)
    return f"{sy}Q{sq}/{y}Q{q}" if n > 1 else f"{y}Q{q}"


def _months(y: int, m_end: int, n: int) -> str:
    """n months ending in month m_end of year y, as quarters or a half where they fit."""
    if n == 6 and m_end in (6, 12):
        return f"{y}H{m_end // 6}"
    if n % 3 == 0 and m_end % 3 == 0:
        return _qrange(y, m_end // 3, n // 3)
    sy, sm = (y, m_end - n + 1) if m_end - n + 1 >= 1 else (y - 1, m_end - n + 13)
    return f"{sy}-{sm:02d}/{y}-{m_end:02d}"


def _fiscal(fy: int, fend: int, q: int | None, h: str | None, mid: bool) -> str:
    # fiscal year fy ends in month fend of calendar year fy (fend 12: the calendar year)
    start_y, start_m = (fy, 1) if fend == 12 else (fy - 1, fend + 1)
    if q is None and not h and not mid:
        return str(fy) if fend == 12 else _months(fy, fend, 12)   # 2025財年 of a September year: 2024Q4/2025Q3
    first = 1 if q is None else 3 * (q - 1) + 1   # first month of the span, counted in the fiscal year
    n = 3 if q is not None else 6
    if h == "下":
        first = 7
    m_end_abs = start_m + first - 1 + n - 1  # months since Jan of start_y, 1-based
    y_end = start_y + (m_end_abs - 1) // 12
    m_end = (m_end_abs - 1) % 12 + 1
    return _months(y_end, m_end, n)


def _nearest_fiscal_quarter(q: int, ctx: Context) -> str:
    """第二財季 with no fiscal year named, of a company whose year does not end in December: that
    fiscal quarter in the year whose one ends nearest the article's date (in the reference year
    when the article has none) — Lenovo's 第二財季, in November 2025, is July–September 2025; Microsoft's, in its
    guidance of late October 2025, is October–December 2025."""
    def end(fy: int) -> int:   # months since year 0 at the quarter's end
        p = parse(_fiscal(fy, ctx.fiscal_end, q, None, False))
        return p[0] * 12 + (p[2] * 3 if p[1] == "Q" else p[2]) if p else 0
    if ctx.anchor:
        at = int(ctx.anchor[:4]) * 12 + int(ctx.anchor[5:7])
        fy = min((ctx.ref_year - 1, ctx.ref_year, ctx.ref_year + 1, ctx.ref_year + 2), key=lambda y: (abs(end(y) - at), y))
    else:
        fy = next((y for y in (ctx.ref_year, ctx.ref_year + 1) if (end(y) - 1) // 12 == ctx.ref_year), ctx.ref_year)
    return _fiscal(fy, ctx.fiscal_end, q, None, False)


def resolve(pm: PeriodMention, ctx: Context) -> str | None:
    k = pm.kind
    if pm.to is not None:
        a = resolve(PeriodMention(pm.start, pm.start, k, pm.groups), ctx)
        b = resolve(PeriodMention(pm.start, pm.end, k, pm.to.groups), ctx)
        if a and b and k == "month":
            pa, pb = parse(a), parse(b)
            if pa and pb and pa[0] == pb[0] and pa[2] % 3 == 1 and pb[2] == pa[2] + 2:
                return f"{pa[0]}Q{pb[2] // 3}"   # 7月至9月 is the third quarter
        return f"{a}/{b}" if a and b and a != b else a
    if k == "fhalf":
        if ctx.fiscal_year is None:
            return None
        return _fiscal(ctx.fiscal_year, ctx.fiscal_end, None, pm.get("fhh"), False)
    if k == "ytdm":
        y, n = _year(pm, ctx), _num(pm.get("ym") or pm.get("ym2"))
        return _months(y, n, n) if n % 3 == 0 else f"{y}-01/{y}-{n:02d}"
    if k == "mday":
        if not ctx.anchor:
            return None
        return _valid(f"{ctx.anchor[:8]}{int(pm.get('md')):02d}")
    if k == "fiscal":
        fy = int(pm.get("fy")) if not pm.get("fy2") else int(pm.get("fy")[:2] + pm.get("fy2"))
        return _fiscal(fy, ctx.fiscal_end, _num(pm.get("fq")), pm.get("fh"), bool(pm.get("fmid")))
    if k == "ended":
        y = _year(pm, ctx)
        if pm.get("eq"):   # 截至9月30日的第二財季: the quarter that ends then, whatever the fiscal year
            return _months(y, _num(pm.get("em")), 3)
        span = 12 if pm.get("eyear") else 6 if pm.get("emid") else _num(pm.get("en"))   # 止中期: six months
        return _months(y, _num(pm.get("em")), span)
    if k == "week":
        if not ctx.anchor:
            return None
        import datetime
        d = datetime.date.fromisoformat(ctx.anchor)
        monday = d - datetime.timedelta(days=d.weekday() + (7 if (pm.get("week") or "")[:1] == "上" else 0))
        friday = monday + datetime.timedelta(days=4)
        return f"{monday.isoformat()}/{friday.isoformat()}"
    if k == "day":
        return _valid(f"{_year(pm, ctx)}-{_num(pm.get('dm')):02d}-{int(pm.get('dd')):02d}")
    if k == "month":
        return f"{_year(pm, ctx)}-{_num(pm.get('mm')):02d}"
    if k == "quarter":
        if pm.get("qq"):
            y = int(pm.get("qy")) if pm.get("qy") else _year(pm, ctx)
            return f"{y}Q{pm.get('qq')}"
        if pm.get("qfis") and not pm.get("y") and not pm.get("rel") and ctx.fiscal_year and ctx.fiscal_end != 12:
            # 第二財季, after 2026財年第一財季: a quarter of the fiscal year being talked about
            return _fiscal(ctx.fiscal_year, ctx.fiscal_end, _num(pm.get("q")), None, False)
        if pm.get("qfis") and not pm.get("y") and not pm.get("rel") and ctx.fiscal_end != 12:
            return _nearest_fiscal_quarter(_num(pm.get("q")), ctx)
        return f"{_year(pm, ctx)}Q{_num(pm.get('q'))}"
    if k == "half":
        if pm.get("hiy"):   # 2025年半年度報告, 2025年中期: the first half
            return f"{pm.get('hiy')}H1"
        if pm.get("hh"):
            return f"{pm.get('hy')}H{pm.get('hh')}"
        return f"{_year(pm, ctx)}H{1 if pm.get('h') == '上' else 2}"
    if k == "ytd":
        y, n = _year(pm, ctx), _num(pm.get("yq"))
        return f"{y}Q1/{y}Q{n}"
    if k == "year":
        if pm.get("yy"):
            return pm.get("yy")
        if pm.get("ry"):
            return str(int(pm.get("ry")) + 1911)
        return str(_year(pm, ctx))
    cur = ctx.current
    if k == "yago":
        if not cur:
            return None
        if pm.get("agoy"):
            return shift_year(cur, int(pm.get("agoy")) - int(cur.split("/")[-1][:4]))
        return shift_year(cur, -1)
    if k == "lastfy":   # 上一財年: the fiscal year before the one being talked about
        return shift_year(cur, -1) if cur and ("/" in cur or len(cur) == 4) else None
    if k == "this":
        return cur
    q = quarter_of(ctx.quarter or cur)
    if k == "lastq" and not q and ctx.anchor:
        q = quarter_of(ctx.anchor[:7])   # nothing talked about yet: 上季 is the last quarter before the article's
    if k == "lastq":
        if not q:
            return None
        y, n = _q(q[0], q[1] - 1)
        return f"{y}Q{n}"
    if k == "trailing":
        return _qrange(q[0], q[1], 4) if q else None
    if k == "twoq":
        return _qrange(q[0], q[1], 2) if q else None
    if k == "ytdnow":
        p = parse(cur)
        return str(p[0]) if p else str(ctx.ref_year)
    return None


# (not the end of a reporting period: 截至2025年6月30日止)
_DATELINE = regex.compile(r"(?<!\d)(?<!截至|至|到)(20\d\d)年(1[0-2]|0?[1-9])月([12]\d|3[01]|0?[1-9])日(?!止)")
# the date an article ends with, in brackets: （經濟日報，2025年11月11日）, (2025年11月11日 記者…)
# (and 【東方日報2025年12月3日】)
_DATELINE_END = regex.compile(r"[(【][^()【】\n]{0,24}?(?<!\d)(20\d\d)年(1[0-2]|0?[1-9])月([12]\d|3[01]|0?[1-9])日[^()【】\n\d]{0,16}[)】]\s*$")
# 中央社's closing code, 民國 year, month and day: …（編輯：陳小華）1141112
_DATELINE_ROC_CODE = regex.compile(r"(?<![\d.])(1[01]\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\s*$")
# 今日（8月28日）午間公布
_DATELINE_TODAY = regex.compile(r"(?:今日|今天)\((1[0-2]|0?[1-9])月([12]\d|3[01]|0?[1-9])日\)")


# a Taiwan wire's dateline: 鉅亨網新聞中心 台北 11/10 (month/day between spaces, at the top)
_DATELINE_SLASH = regex.compile(r"(?<=\s)(1[0-2]|0?[1-9])/([12]\d|3[01]|0?[1-9])(?=\s)")
# the day the first lines of the body open with: 美東時間10月29日週三美股盤後, 10月15日晚間,
# 於11月10日公布, 12月1日，多家車企…
_DATELINE_LEAD = regex.compile(r"(?<![\d年])(1[0-2]|0?[1-9])月([12]\d|3[01]|0?[1-9])日"
                               r"(?=\(?(?:周|星期|週)[一二三四五六日]|晚间|晚|早间|早盘|盘后|盘前|午间|凌晨|\s*[-－—]\s"
                               r"|公布|宣布|发布|公告|,)")
# 2025-10-30 (第一財經), 2025/11/21 14:45 (Yahoo奇摩股市), 2025.11.21
_DATELINE_ISO = regex.compile(r"(?<![\d\-/.])(20\d\d)([-/.])(1[0-2]|0?[1-9])\2([12]\d|3[01]|0?[1-9])(?![\d\-/.])")
# 新鴻基地產昨（12月3日）公布: the article is from the day after
_DATELINE_YESTERDAY = regex.compile(r"(?:昨日|昨天|昨)\((1[0-2]|0?[1-9])月([12]\d|3[01]|0?[1-9])日\)")
_DATELINE_NO_YEAR = regex.compile(r"(?<![\d年])(1[0-2]|0?[1-9])月([12]\d|3[01]|0?[1-9])日(?:电|讯|消息|報導|报道|综合)")
# a day with no month: 台積電昨（10）日公布10月營收, 5日公布: the Taiwan and Hong Kong press date
# a report by its day alone; the month is the one after the month whose figures the sentence
# reports (monthly figures come out the month after)
_DATELINE_DAY = regex.compile(r"(?:(?P<ago>昨)|今)\s?\(\s?(?P<d>[12]\d|3[01]|0?[1-9])\s?\)\s?日"
                              r"|(?<![\d月./\-])(?P<d>[12]\d|3[01]|0?[1-9])日(?=公布|宣布|发布|公告|晚间|盘后)")
_REPORTED_MONTH = regex.compile(r"(?<![\d./\-])(1[0-2]|0?[1-9])\s?月(?!\s?\d{1,2}\s?日|\d)")


def _valid(day: str) -> str | None:
    """A YYYY-MM-DD string when it is a real date (no 11月31日), else None."""
    import datetime
    try:
        datetime.date.fromisoformat(day)
    except ValueError:
        return None
    return day


def anchor_date(folded: str, date: str | None = None) -> str | None:
    """The article's own date: the publication date when known, else a dateline near the top
    (2025年11月20日, or 北京12月5日電 / 台北 11/10 in the year the article is about)."""
    if date:
        return _valid(date[:10])
    m = _DATELINE_END.search(folded, max(0, len(folded) - 60))
    if m:   # …（經濟日報，2025年11月11日）
        return _valid(f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}")
    m = _DATELINE_ROC_CODE.search(folded, max(0, len(folded) - 12))
    if m:   # 中央社's closing code: …（編輯：陳小華）1141112 is 114年11月12日
        return _valid(f"{int(m.group(1)) + 1911}-{m.group(2)}-{m.group(3)}")
    m = _DATELINE.search(folded[:300])
    if m:
        return _valid(f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}")
    m = _DATELINE_ISO.search(folded[:folded.find("\n") + 40]) or _DATELINE_ISO.search(folded, max(0, len(folded) - 40))
    if m:   # 第一財經 2025-10-30; …阿思達克財經新聞 2025-11-20 10:32 at the end
        return _valid(f"{m.group(1)}-{int(m.group(3)):02d}-{int(m.group(4)):02d}")
    m = _DATELINE_YESTERDAY.search(folded[:300])
    if m:
        import datetime
        day = _valid(f"{reference_year(folded)}-{int(m.group(1)):02d}-{int(m.group(2)):02d}")
        return (datetime.date.fromisoformat(day) + datetime.timedelta(days=1)).isoformat() if day else None
    m = (_DATELINE_NO_YEAR.search(folded[:300]) or _DATELINE_TODAY.search(folded[:300])
         or _DATELINE_SLASH.search(folded[:160]) or _DATELINE_LEAD.search(folded[:folded.find("\n") + 60]))
    if m:
        return _valid(f"{reference_year(folded)}-{int(m.group(1)):02d}-{int(m.group(2)):02d}")
    return _day_after_reported_month(folded)


def _day_after_reported_month(folded: str) -> str | None:
    """昨（10）日公布10月營收 with no date anywhere: the 11th of November (the article is from the
    day after 昨). None when the sentence names no month of figures."""
    import datetime
    m = _DATELINE_DAY.search(folded[:300])
    if not m:
        return None
    a = max(folded.rfind("。", 0, m.start()), folded.rfind("\n", 0, m.start())) + 1
    b = folded.find("。", m.end())
    months = [(abs(x.start() - m.start()), int(x.group(1))) for x in _REPORTED_MONTH.finditer(folded, a, b if b >= 0 else len(folded))]
    if not months:
        return None
    month = min(months)[1] % 12 + 1
    year = reference_year(folded) + (month == 1)
    day = _valid(f"{year}-{month:02d}-{int(m.group('d')):02d}")
    if day and m.group("ago"):
        day = (datetime.date.fromisoformat(day) + datetime.timedelta(days=1)).isoformat()
    return day


_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


def relative_day(anchor: str, words: str) -> str:
    """The trading day a clause speaks of, from the article's date: 昨日 is the day before,
    周三 the last Wednesday on or before the article's date."""
    import datetime
    d = datetime.date.fromisoformat(anchor)
    m = _WEEKDAY_WORD.search(words)
    if m:
        back = (d.weekday() - _WEEKDAY[m.group(1)]) % 7
        d -= datetime.timedelta(days=back)
    elif _DAY_BEFORE.search(words):
        d -= datetime.timedelta(days=2)
    elif _YESTERDAY.search(words):
        d -= datetime.timedelta(days=1)
    return d.isoformat()


def reference_year(folded: str, date: str | None = None) -> int:
    """The year undated expressions refer to: the publication year when known, else the
    calendar year the document names most often (the later one on a tie)."""
    if date:
        return int(date[:4])
    # a dateline near the top: 2025年11月20日訊, 【…】2025年8月20日
    m = _DATELINE_YEAR.search(folded[:300]) or _DATELINE_ISO.search(folded[:folded.find("\n") + 40])
    if m:
        return int(m.group(1))
    counts: dict[int, int] = {}   # insertion order = order of first mention
    # a year named for a plan (預計2028年量產) says nothing about when the article was written
    for m in _YEAR_MENTION.finditer(folded):
        y = int(m.group(1))
        counts[y] = counts.get(y, 0) + 1
    if not counts:
        return 2025
    first = {y: i for i, y in enumerate(counts)}
    return max(counts, key=lambda y: (counts[y], -first[y]))
