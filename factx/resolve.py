"""Resolve stage: turn rule hits into facts with subject, period, change, hedge and sign.

The resolver walks a document's sentences in order and keeps what a reader keeps: the
company being talked about (`focus`), the financial period being talked about, the last
figure (for 該費用, 去年同期 and lists), and the growth basis last named. Each decision
reads the sentence's token view, so it sees the same entities, periods and quantities the
rules saw.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

import regex

from . import periods as P
from .entities import Mention, Registry
from .periods import PeriodMention
from .fold import fold
from .quantities import CURRENCIES, MEASURES, Quantity
from .rulebook import DEAL_KINDS, RuleBook
from .rules import Hit
from .tokens import AGO, CODED, ENTITY, MONEY, MULTIPLE, PERCENT, PERIOD, SCALED, TokenView

# patterns used inside functions, compiled once
_RATE_WORD = regex.compile(r"增速|增幅|增长率|涨幅|跌幅|降幅|升幅|增长|下降|下跌|上涨|减少|增加")
_MEASURE_AFTER = regex.compile(r"平方米|平米|平方英尺|平方公里|吨|辆|台|头|件|人次|人|户|家|个|股|张|套|亩|桶|盎司|公斤|千克|架|艘|部|只|名|座|间|条|块|片")
_TO_END = regex.compile(r"(?:至|到)(?:约|近|逾|超|超过)?$")
_PER_SHARE = regex.compile(r"每股[\p{Han}]{0,4}$")
_PRODUCT_BEFORE = regex.compile(r"[A-Za-z&] ?$")
_VAGUE = regex.compile(r"^(?:约|近|超|逾)?[数數几幾][十百千万萬亿億]")
_PER_DAY = regex.compile(r"(?:平均)?每(?:天|日|人|家|辆|台|单|度|吨|桶|公斤|千克)[\p{Han}]{0,3}$")
_THAT_DEAL = regex.compile(r"(?:该|此|上述|本次|该笔|该项|此次)(?:交易|出售|收购|转让)|(?:出售|收购|转让|交易)事项")
_JOINT = regex.compile(r"合共|合计|共同|共计|联合")
_PLAN_WORD = regex.compile(r"指引|预计|预估|预期|预算|计划|拟")
_AMOUNT_MARKS = MONEY + SCALED
_EX_ITEMS_OPEN = regex.compile(r"(?:扣除非经常性损益|扣非)(?:后|影响后)?,")   # 扣除非經常性損益後，…淨利潤為…
_MONTH_ID = regex.compile(r"\d{4}-\d\d")
_QUARTER_ID = regex.compile(r"\d{4}Q\d")
_MARKET_CLAUSE = regex.compile(r"收(?:涨|跌|升|市|盘|报)|[涨跌升]\ue003|[涨跌升]\ue005|股|指")
_MARKET_MOVE = regex.compile(r"收(?:涨|跌|升|市|盘|报|高|低)|[涨跌升挫][\ue003\ue005]")
_WEEKDAY_OPEN = regex.compile(r"(?:周|星期|週)[一二三四五六日]\($")
_DAY_OPEN = regex.compile(r"(?:昨日|今日|昨天|今天|昨|今)\($")   # 港股昨日（9日）…, 台股今（10）日…
_CLOSE_AFTER = regex.compile(r"(?:美股|港股|A股|台股)?(?:收盘|收市|盘后|盘前|开盘)")   # 10月29日美股收盤後
_JOINED_FIGURE = regex.compile(r"[和与及、][\uE000\uE001]")
_THAT_UNIT = regex.compile(r"该(?:分部|业务|板块|部门|集团)")
_COMPARE_END = regex.compile(r"(?:较|比|相比|对比)$")
_GAP_WORDS = regex.compile(r"相差|差距|之差|差额")
_DOWN_WORD = regex.compile("减|降|跌")
_UP_WORD = regex.compile("增|升|涨")
_LINK_AFTER = regex.compile(r"[^,;。]{0,2}?(?:至|到|为)|,?(?:仅为|仅|只有|至|到|为|达)")
_CLAUSE_OPEN = regex.compile(r"^\s*(?:而|其中|另外|此外|同时|相比之下|对比)?\s*")
_SAME_DAY = regex.compile(r"当天|同日|当日|同一天")
# an analyst's target or a valuation before a figure: it is no quote
_NOT_A_QUOTE = regex.compile(r"目标价|目标股价|合理价|评级|市值|估值")
_DAY_WORDS = regex.compile(r"昨|前日|前天|今日|今天|今早|今晨|当日|周[一二三四五六日]|星期|週")
# 昨早宣布, 周二公告: when a deal was made known
_ANNOUNCED_DAY = regex.compile(r"(?:昨日|昨天|昨晚|昨早|昨|前日|前天|(?:周|星期|週)[一二三四五六日])(?:早上|早间|晚间|午间|盘后|傍晚)?(?:宣布|公布|公告|披露|表示|称|发布)"
                               # 昨日開市前以每股6.82港元配售: the day the deal was done
                               r"|(?:昨日|昨天|前日|前天)(?:早上|早间|晚间|午间|盘后|盘前|开市前|收市后)?(?=[^,;。]{0,16}?(?:配售|配股|减持|增持|出售|收购|认购|沽出|购入))")
_MARKET_PREFIX = regex.compile(r"^(?:离岸|在岸|国际)")
_SHARE_CLASS = regex.compile(r"A股|H股|台股|美股|港股")
# business lines named by their suffix: 音樂部門營收; 封測事業（ATM）營收; 零售金融業務營業收入
_SEGMENT_END = regex.compile(r"(?:业务|部门|分部|板块|事业|事业部|业务集团|事业群|业务线)$")
_SEGMENT_ABBR = regex.compile(r"[(（][A-Za-z&]{2,8}[)）]$")
_SEGMENT_TAIL = regex.compile(r"(?:实现|录得|取得|共|合计|累计|整体|的|则|亦|也|仍|均|单季|当季)$")
_NOT_SEGMENT = regex.compile(r"(?:本|该|这|其|全)?(?:集团|公司|期内|同期|全年|整体|总|合计|累计|上市公司|母公司|旗下|业务|分部|部门|板块"
                             r"|主营业务|核心业务|其他业务|各业务|各分部|各项业务|所有业务|同期|当期|本期)")
_NOT_SEGMENT_WORD = regex.compile(r"同比|环比|按年|按季|较|增长|下降|上升|减少|增加|预计|预期|约|达|占|其中|以及|分别|每股|人均")

CLAUSE_PUNCT = ",;。:!?"
# the statement lines a company reports in its own currency (a plan or a deal may be in another)
REPORTED_KINDS = ("revenue", "net_profit", "adjusted_net_profit", "operating_profit", "adjusted_ebita", "cost",
                  "selling_expense", "cash_flow", "free_cash_flow")
NO_CHANGE_KINDS = ("price_change", "market_share", "price") + DEAL_KINDS
SUBJECT_ROLES = ("comparator", "continuation", "anaphor", "list", "same-subject", "continuation-share")


@dataclass(frozen=True, slots=True)
class Fact:
    """A resolved fact, before validation into a `Record`."""
    kind: str
    subject: str
    value: int | float | None
    value_max: int | float | None
    unit: str | None
    approx: str | None
    period: str | None
    change: dict[str, float] | None
    span: tuple[int, int]
    sentence: tuple[int, int]
    rule: str
    target: str | None = None
    counterparty: str | None = None
    stake_pct: float | None = None
    why: tuple[str, ...] = ()     # how subject and period were chosen, for `factx explain`


@dataclass
class DocState:
    ref_year: int
    currency: str
    current_fin: str | None = None
    current_any: str | None = None
    current_q: str | None = None
    first_period: str | None = None   # the first period the body names (for the title's figures)
    anchor: str | None = None         # the article's own date
    fiscal_year: int | None = None    # the fiscal year last named
    fiscal_ends: dict[str, int] = field(default_factory=dict)   # company -> fiscal year's last month, as the text shows it
    doc_fiscal_end: int | None = None   # the fiscal year end the article declares (公司財年於每年3月31日結束)
    focus: str | None = None
    last: Fact | None = None
    last_target: str | None = None
    carry: str | None = None          # the period of the last figure that was not a comparison
    trading_day: str | None = None    # the day the article's market figures are for
    recent: list[str] = field(default_factory=list)   # entities named in the sentences read so far
    parents: dict[str, str] = field(default_factory=dict)   # unit as written -> its company (百度核心 -> baidu)
    lead: str | None = None           # the company the article is about (the first one it names)
    fin_currency: dict[str, str] = field(default_factory=dict)   # subject -> currency its figures were stated in
    doc_fin_currency: str | None = None
    basis: str | None = None
    facts: list[Fact] = field(default_factory=list)


@dataclass(frozen=True)
class Lexicon:
    """Patterns the resolver builds once from the rule book's vocabularies and macros."""
    basis: regex.Pattern
    direction: regex.Pattern
    change_word: regex.Pattern
    counterparty: regex.Pattern
    through: regex.Pattern
    negative: regex.Pattern
    positive: regex.Pattern
    forecast: regex.Pattern
    shares: regex.Pattern
    adjusted: regex.Pattern
    metric: regex.Pattern
    count: regex.Pattern
    delta: regex.Pattern


@lru_cache(maxsize=8)
def lexicon(book: RuleBook) -> Lexicon:
    m = book.macros
    return Lexicon(
        basis=regex.compile(m["basis"]), direction=regex.compile(m["direction"]),
        change_word=regex.compile(m["change_word"]), counterparty=regex.compile(m["counterparty_cue"]),
        through=regex.compile(m["through"] + r"$"), negative=regex.compile(m["negative_cue"]),
        positive=regex.compile(m["positive_cue"]),
        forecast=regex.compile(m["forecast"]), shares=regex.compile(m["shares_word"]),
        adjusted=regex.compile(m["adjusted_prefix"]), metric=regex.compile(m["metric"]), count=regex.compile(m["count"]),
        delta=regex.compile("(?:" + m["direction"] + r")了?(?:约|近|超|逾)?$"),
    )


def _int(x: float) -> int | float:
    r = round(x)
    return int(r) if abs(x - r) < 1e-6 * max(1.0, abs(x)) else round(x, 6)


# ---------------------------------------------------------------- sentence context

@dataclass
class Sent:
    view: TokenView
    text: str                               # the sentence as written
    periods: dict[int, str | None]          # view index -> resolved period
    period_items: dict[int, PeriodMention]
    entities: list[tuple[int, Mention]]     # (view index, mention)

    def text_of(self, a: int, b: int) -> str:
        """The written text of view characters [a, b)."""
        x, y = self.view.span(a, b)
        return self.text[x - self.view.base:y - self.view.base]


_CLAUSE_END = regex.compile(f"[{regex.escape(CLAUSE_PUNCT)}]")
_PAREN = regex.compile(r"[()]")


def _bounds(text: str, i: int) -> tuple[int, int]:
    """The clause around view index i."""
    a = max(text.rfind(c, 0, i) for c in CLAUSE_PUNCT) + 1
    m = _CLAUSE_END.search(text, i)
    return a, m.start() if m else len(text)


def _in_parens(text: str, i: int) -> bool:
    if text.find("(", 0, i) < 0:
        return False
    depth = 0
    for m in _PAREN.finditer(text, 0, i):
        if m.group() == "(":
            depth += 1
        elif depth:
            depth -= 1
    return depth > 0


def prepare(view: TokenView, registry: Registry, st: DocState, text: str = "") -> Sent:
    """Resolve the sentence's period mentions in order, updating the document's periods."""
    ents = [(i, it) for i, it in sorted(view.items.items()) if isinstance(it, Mention)]
    resolved: dict[int, str | None] = {}
    items: dict[int, PeriodMention] = {}
    named = None   # the last period this sentence has named (not a day, not an earlier one)
    for i, it in sorted(view.items.items()):
        if not isinstance(it, PeriodMention):
            continue
        owner = next((m.id for j, m in reversed(ents) if j < i and m.kind != "person"), st.focus)
        fend = st.fiscal_ends.get(owner) or (registry.fact(owner, "fiscal_year_end") if owner else None) \
            or st.doc_fiscal_end or 12
        # (前三季度…上年同期: a span of quarters is the current period when no single one is)
        current = st.current_fin or (st.current_any if st.current_any and "Q" in st.current_any else None)
        if it.get("term") and named:
            current = named   # 公布10月營運數據，期內載客量…: the period this sentence just named, whatever its length
        ctx = P.Context(st.ref_year, current, int(fend), st.current_q, st.anchor, st.fiscal_year)
        value = P.resolve(it, ctx)
        if it.kind == "ended" and it.get("eq") and owner:
            # 截至9月30日的第二財季: that company's fiscal year ends in March
            em, eq = P.month_number(it.get("em")), P.month_number(it.get("eq"))
            if em and eq:
                st.fiscal_ends[owner] = (em + 3 * (4 - eq) - 1) % 12 + 1
        if it.kind == "fiscal":
            fy = it.get("fy")
            st.fiscal_year = int(fy[:2] + it.get("fy2")) if it.get("fy2") else int(fy)
        resolved[i], items[i] = value, it
        if value and _QUARTER_ID.fullmatch(value) and it.kind not in P.EARLIER and not _in_parens(view.text, i):
            st.current_q = value
        relative_year = it.kind == "year" and (it.get("yrel") or (
            # 已超過2024年全年: an earlier year named for comparison keeps the current period,
            # and 預計2028年量產: a later one named for a plan does too
            value and ((st.current_fin and value < st.current_fin[:4])
                       or int(value[:4]) > (int(st.anchor[:4]) if st.anchor else st.ref_year))))
        # (首六個月 is the first half; 前三季度, a span of quarters, leaves the current period as it is)
        if value and (it.kind in ("quarter", "half", "fiscal", "fhalf", "year", "ended")
                      or it.kind == "ytdm" and "/" not in value) and not relative_year \
                and not _in_parens(view.text, i):
            st.current_fin = value if it.to is None or it.kind != "quarter" else value.split("/")[-1]
        if value and it.kind not in P.EARLIER and not _in_parens(view.text, i):
            st.current_any = value
            named = value if len(value) != 10 else named
            st.first_period = st.first_period or value
    st.recent.extend(m.id for _, m in ents)
    st.parents.update({m.id: m.parent for _, m in ents if m.parent})
    # a market report names its trading day once (周四（12月4日）美股三大指數集體收跌; 昨日港股…)
    if st.anchor and _MARKET_CLAUSE.search(view.text):
        days = [v for i, v in resolved.items() if v and len(v) == 10 and items[i].kind in ("day", "mday")
                and (_WEEKDAY_OPEN.search(view.text[max(0, i - 4):i]) or _CLOSE_AFTER.match(view.text, i + 1)
                     or _DAY_OPEN.search(view.text[max(0, i - 4):i]))]
        if days:
            st.trading_day = days[0]
        elif _DAY_WORDS.search(view.text) and _MARKET_MOVE.search(view.text):   # 昨日（周五）A股三大指數集體收漲
            st.trading_day = P.relative_day(st.anchor, view.text)
    return Sent(view, text, resolved, items, ents)


# ---------------------------------------------------------------- attributes

def _period_for(hit: Hit, s: Sent, st: DocState, at_start: str | None) -> tuple[str | None, str]:
    text = s.view.text
    if "period" in hit.groups:
        i = hit.groups["period"][0]
        return s.periods.get(i), "period named by the rule"
    if hit.rule.role == "continuation":
        return st.current_fin or at_start, "the current period (a move from an earlier figure)"
    at = hit.at
    # 去年同期淨利為128億元: an earlier period named between the line and its figure
    ago = [i for i in s.periods if hit.start <= i < at and s.period_items[i].kind in P.EARLIER
           and PERCENT not in text[i:at]]   # not 較去年同期暴漲105%至665億元: that is a growth rate
    if ago:
        return s.periods[ago[-1]], "an earlier period named before the figure"
    a, _ = _bounds(text, at)
    # 上一財季該業務經營虧損為8,500萬美元: a clause that opens with an earlier period is about it
    head = [i for i in s.periods if a <= i < hit.start and s.period_items[i].kind in P.EARLIER
            and not _CLAUSE_OPEN.sub("", text[a:i]) and PERCENT not in text[i:at]]
    if head and not any(a <= i < at and s.period_items[i].kind not in P.EARLIER for i in s.periods):
        return s.periods[head[0]], "an earlier period opens the clause"
    paren = _in_parens(text, at)
    before = [i for i in s.periods if i < at]
    in_clause = [i for i in before if i >= a and (_in_parens(text, i) == paren)
                 and s.period_items[i].kind not in P.EARLIER]
    pick = in_clause[-1] if in_clause else None
    how = "named in the clause"
    if pick is None:
        seg = text.rfind(";", 0, at) + 1   # a ';' part of the sentence stands on its own
        outside = [i for i in before if not _in_parens(text, i) and s.period_items[i].kind not in P.EARLIER]
        in_seg = [i for i in outside if i >= seg]
        if in_seg:
            pick, how = in_seg[-1], "named earlier in the sentence"
        elif outside and outside[0] <= 8 and s.period_items[outside[0]].kind != "day":
            pick, how = outside[0], "named at the head of the sentence"
        elif outside:
            pick, how = outside[-1], "named in an earlier part of the sentence"
    if pick is not None:
        value = s.periods[pick]
        pm = s.period_items[pick]
        if pm.to is not None and value and "/" in value and pm.is_list:
            first, second = value.split("/", 1)
            if hit.rule.role == "list" or _second_of_pair(text, at):
                value, how = second, how + " (respectively)"
            elif _JOINED_FIGURE.match(text[at + 1:at + 3]):
                value, how = first, how + " (respectively)"
        return value, how
    return at_start, "carried from earlier in the document"


_PART_END = regex.compile(r"[;▪•●■◆]")


def _plan_word(view: TokenView, part: int, at: int) -> bool:
    """A plan word (預算, 指引, 預計…) in the part of the sentence up to the end of the figure's
    clause, and not one another figure's clause has already used (明年資本支出預算約45億元，今年
    前三季實際資本支出為24.3億元: the budget is the first figure's, the second was spent)."""
    text = view.text
    for m in _PLAN_WORD.finditer(text, part, _bounds(text, at)[1]):
        a, b = _bounds(text, m.start())
        if a <= at < b or not any(text[i] in _AMOUNT_MARKS for i in view.marks if a <= i < b):
            return True
    return False


def _part_start(text: str, at: int) -> int:
    """Where the part of a sentence holding view index `at` starts: after a ';' or a bullet."""
    start = 0
    for m in _PART_END.finditer(text, 0, at):
        start = m.end()
    return start


def _one_deal_each(facts: list[Fact]) -> list[Fact]:
    """減持不超過1%的股份…套現約17.6億元: a sentence that names a deal's stake and its proceeds
    states one deal; the stake joins the record with the money."""
    priced = {(f.kind, f.subject): f for f in facts if f.kind in DEAL_KINDS and f.value is not None}
    if not priced:
        return facts
    out = []
    for f in facts:
        other = priced.get((f.kind, f.subject)) if f.kind in DEAL_KINDS and f.value is None else None
        if other is not None and (other.target or f.target) == (f.target or other.target):
            if other.stake_pct is None and f.stake_pct is not None:
                merged = replace(other, stake_pct=f.stake_pct, target=other.target or f.target)
                out = [merged if g is other else g for g in out]
                priced[(f.kind, f.subject)] = merged
            continue
        out.append(f)
    return out


def _second_of_pair(text: str, at: int) -> bool:
    return at >= 2 and text[at - 1] in "和与、及" and text[at - 2] in "\uE000\uE001"


_NOT_A_NAME = regex.compile(r"较|比|相比|收盘|收市|盘后|盘前|盘中|早盘|尾盘|午盘|夜盘|随后|其后|之后|截至|截止|发稿|有资金|资金")
# words that point back at a company already named: 該公司, 本集團, 其
_CODE_IN_BRACKETS = regex.compile("^" + CODED)
_UNDER = regex.compile(r"旗下[^,;。\uE000-\uE0FF]{0,8}$")
_SHARE_WORD = regex.compile(r"市占率|市场份额|市场占有率|市占")
_POINTING = regex.compile(r"(?:该|本|此|这家|这间)?(?:公司|集团|企业|银行|行|股|上市公司)|其")
_FILLER = regex.compile(r"^(?:同时|此外|另外|其中|而|并|且|则|即|另据[^,]*,|据|由|另)+")


def raw_name(view: TokenView, span: tuple[int, int], s: "Sent") -> str | None:
    """A party a rule captured as plain text (a company the registry does not know), as written."""
    a, b = span
    if a >= b or any("\uE000" <= c <= "\uE0FF" for c in view.text[a:b]):
        return None
    text = s.text_of(a, b)
    m = _FILLER.match(view.text[a:b])
    if m:
        text = text[m.end():]
    text = text.rstrip("的")
    if _NOT_A_NAME.match(fold(text)):
        return None   # 收盤漲7.9%, 較前日跌530港元: when, not who
    return text if len(text) >= 2 else None


def _subject_for(hit: Hit, s: Sent, st: DocState, registry: Registry, same_sentence: list[Fact],
                 lex: Lexicon, exclude: set[str]) -> tuple[list[str], str]:
    view = s.view
    if "subject" in hit.groups:
        a, b = hit.groups["subject"]
        ids = [m.id for i, m in s.entities if a <= i < b]
        if ids:
            return ids, "named by the rule"
        name = raw_name(view, hit.groups["subject"], s)
        if name and _POINTING.fullmatch(fold(name)):
            # 年內該公司通過出讓項目股權累計回籠資金…: the company just talked about
            prev = same_sentence[-1] if same_sentence else st.last
            if prev is not None:
                return [prev.subject], "the company the text points back at"
            if st.focus:
                return [st.focus], "the company the text points back at"
            return [], "no subject"
        if name:
            return [name], "named by the rule, as written"
    anchor = hit.start
    a, _ = _bounds(view.text, anchor)
    # (恒指今年以來累升約28.8%: a move with a company named in its clause is that company's)
    named_here = hit.rule.role == "same-subject" and any(a <= i < anchor for i, _ in s.entities)
    if (hit.rule.role in SUBJECT_ROLES or "anaphor" in hit.groups) and not named_here:
        prev = same_sentence[-1] if same_sentence else st.last
        if prev is not None:
            return [prev.subject], "the figure before's subject"
    # a person (副董事長林斌) sells or buys shares; a company's figures are never a person's
    cands = [(i, m) for i, m in s.entities if i < anchor and m.id not in exclude
             and (m.kind != "person" or hit.kind in DEAL_KINDS)]
    if hit.kind is not None and hit.kind not in ("price", "price_change"):
        # 以新台幣兌美元匯率31.2元計算…明年資本支出約80億元: a rate or an index has no capex
        cands = [(i, m) for i, m in cands if not _instrument(m.id, registry)]
    if hit.kind in DEAL_KINDS:   # 出售小米股份: a company named with its shares is the target, not the seller
        cands = [(i, m) for i, m in cands if not lex.shares.match(view.text, i + 1)]
    in_clause = [(i, m) for i, m in cands if i >= a]
    pool = in_clause or cands
    if pool:
        i, m = pool[-1]
        # a subsidiary or vehicle acting for its parent: 阿里巴巴旗下公司杭州灝月, 阿里通過杭州灝月
        for j, prev in reversed(cands):
            if j < i and lex.through.search(view.text[j + 1:i]) and not any(c in view.text[j + 1:i] for c in ",;。"):
                i, m = j, prev
                break
        ident = registry.fact(m.id, "parent", m.id) if hit.kind in DEAL_KINDS else m.id
        return [ident], "named before the figure in the " + ("clause" if in_clause else "sentence")
    inside = [(i, m) for i, m in s.entities if hit.start <= i < hit.end and m.id not in exclude]
    if inside and hit.kind not in DEAL_KINDS:   # 366億元和275億元…騰訊…的資本支出
        return [inside[0][1].id], "named with the line after the figure"
    if st.focus:
        focus = st.focus
        company = st.parents.get(focus) or registry.parent(focus)
        # a segment named in an earlier sentence gives way to its company, unless the text
        # points back at it (該分部, 該業務)
        if not same_sentence and company != focus \
                and not _THAT_UNIT.search(view.text[:anchor]):
            return [company], "the company of the segment named before"
        return [focus], "the company the document is about"
    return [], "no subject"


def _instrument(ident: str, registry: Registry) -> bool:
    """A currency pair (美元兌日圓) or an index (恒生指數): what has a price, never figures of its own."""
    return any("兑" in n or _INDEX_NAME.search(n) for n in (fold(ident), *registry.names_of(ident)))


_OWN_SUBJECT = ("named by the rule", "named by the rule, as written", "the figure before's subject",
                "named with the line after the figure")


def _segment(hit: Hit, s: Sent, same: list[Fact]) -> tuple[str, str] | None:
    """The business line a statement line is about, as written: the name right before the
    line (音樂部門營收…; 電子代工服務（EMS）營收…), after the period and the verb between them
    (遊戲及網絡服務部門第二財季營業利潤, 零售金融業務實現營業收入), when the name says it is one
    (…業務, …部門, …事業, …（EMS）; a cue such as 分業務看 alone is not enough: the dev gold names
    線上營銷服務收益 by its company). A figure with no name of its own in the part of the
    sentence after a business line's is that line's too (…收入150.9億美元，經營利潤約11.3億美元)."""
    if "metric" not in hit.groups:
        return None
    view = s.view
    text = view.text
    line_start = hit.groups["metric"][0]
    j = line_start
    while j > 0:   # back over the period and the verb: 部門第二財季營業利潤, 液體乳實現營業收入
        if text[j - 1] in (PERIOD, AGO):
            j -= 1
            continue
        t = _SEGMENT_TAIL.search(text, max(0, j - 2), j)
        if t is None:
            break
        j = t.start()
    a = j
    while a > 0 and text[a - 1] not in CLAUSE_PUNCT and not "\uE000" <= text[a - 1] <= "\uE0FF":
        a -= 1
    filler = _SEGMENT_LEAD.match(text[a:j])
    a += filler.end() if filler else 0
    abbr = _SEGMENT_ABBR.search(text, a, j)
    end = abbr.start() if abbr else j
    name = text[a:end]
    if 2 <= len(name) <= 16 and not _NOT_SEGMENT.fullmatch(name) and not _NOT_SEGMENT_WORD.search(name) \
            and _LETTER.search(name) and (abbr or _SEGMENT_END.search(name)):
        if j == line_start and not abbr and text.startswith("销售收入", line_start):
            end += 2   # 汽車銷售收入: the line is 汽車銷售
        return s.text_of(a, end), _SEGMENT_WHY
    if name:
        return None
    # no name of its own: the business line named before it in the same part of the sentence
    prev = same[-1] if same else None
    if prev is None or prev.why[:1] != ("subject: " + _SEGMENT_WHY,):
        return None
    part = view.span(_part_start(text, hit.at), hit.at + 1)[0]
    named_since = any(prev.span[0] < view.span(i, i + 1)[0] for i, _ in s.entities if i < hit.at)
    return (prev.subject, _SEGMENT_WHY) if prev.span[0] >= part and not named_since else None


def _joined_before(view: TokenView, s: Sent, at: int) -> list[str]:
    """The companies of the last list of names before view index `at` (微軟與英偉達, 阿里、京東和美團)."""
    run: list[tuple[int, Mention]] = []
    for i, m in reversed([(i, m) for i, m in s.entities if i < at]):
        # (弘塑(3131)、辛耘: a stock code in brackets may stand between a name and the joiner)
        if run and _CODE_IN_BRACKETS.sub("", view.text[i + 1:run[0][0]]) not in ("与", "和", "及", "、", "以及"):
            break
        run.insert(0, (i, m))
    return [m.id for _, m in run]


def _dimension(unit: str | None) -> str:
    return "percent" if unit == "percent" else "money" if unit and len(unit) == 3 and unit.isupper() else "count"


def _kind_like(q: Quantity, same: list[Fact], prev: Fact | None) -> str | None:
    """The kind a figure with no line of its own takes: the last figure's, unless that one
    is of another dimension (蘋果以4100萬台位列第二 after a share: the last count's)."""
    if prev is None:
        return None
    dim = "percent" if q.unit == "percent" else "money" if q.dim == "money" else "count"
    if _dimension(prev.unit) == dim or prev.unit is None:
        return prev.kind
    like = next((f for f in reversed(same) if f.unit is not None and _dimension(f.unit) == dim), None)
    return like.kind if like is not None else prev.kind


_SEGMENT_WHY = "a business line named before the line"
_NO_PARTY = ("其", "公司", "该公司", "这家公司", "该企业", "这家企业", "标的公司")
_SEGMENT_LEAD = regex.compile(_FILLER.pattern + r"?(?:当月|本月|当季|本季|全年|同期|期内|年内|季内)*")
_LETTER = regex.compile(r"[\p{Han}A-Za-z]")


def _times_as_percent(text: str, value) -> float:
    """A multiple as a rate in percent: 增長1.5倍 is up 150%, 累漲逾一倍 up 100%; 翻倍 and
    翻兩番 say what the figure became (2 and 4 times), so up 100% and 300%."""
    return (float(value) - 1) * 100 if text.startswith("翻") else float(value) * 100


# 增長1.5倍, 累漲逾一倍: a multiple right after a word of growth is a rate of growth
_GROWTH_TIMES = regex.compile(r"(?:增长|增加|上升|上涨|提升|成长|增|升|涨|飙升|暴涨|大涨|大增|攀升|跃升|猛增)了?(?:约|逾|超|超过|近|接近)?$")
_INDEX_NAME = regex.compile(r"指数$|指$|index$", regex.I)
# a rate's number is in the second currency (美元兌日元 157: yen; 歐元兌美元 1.15: dollars),
# except where the press quotes its own currency first (人民幣兌美元 7.11: yuan)
_QUOTED_FIRST = ("CNY", "TWD", "HKD", "JPY", "KRW", "MOP")


def _rate_currency(name: str) -> str | None:
    """The currency a quoted exchange rate is in: 美元兌日元 -> JPY, 歐元兌美元 -> USD,
    離岸人民幣兌美元 -> CNY, 離岸人民幣 -> CNY; None for a name that is no currency."""
    sides = [_MARKET_PREFIX.sub("", side) for side in name.split("兑")]
    codes = [next((CURRENCIES[c] for c in _CURRENCY_NAMES if side.startswith(c)), None) for side in sides]
    if len(codes) == 1:
        return codes[0] if codes[0] and sides[0] in _CURRENCY_NAMES else None
    first, second = codes[0], codes[1]
    if first is None or second is None:
        return None
    return first if first in _QUOTED_FIRST and second not in _QUOTED_FIRST else second


_CURRENCY_NAMES = sorted(CURRENCIES, key=len, reverse=True)


def _quantity(view: TokenView, i: int) -> Quantity | None:
    it = view.items.get(i)
    return it if isinstance(it, Quantity) else None


def _parse_change(view: TokenView, i: int, lex: Lexicon, book: RuleBook, s: Sent) -> tuple[str | None, float] | None:
    """(basis, signed percent) when the percent at view index i reads as a growth rate."""
    q = _quantity(view, i)
    if q is None or q.value is None:
        return None
    times = q.dim == "multiple"
    doubled = times and q.text.startswith("翻")   # 翻倍, 翻兩番: the figure is 2 or 4 times what it was
    if times and not doubled and not _GROWTH_TIMES.search(view.text, max(0, i - 4), i):
        return None   # 是去年的1.5倍: a ratio, not a rate of growth
    if q.unit != "percent" and not times:
        return None
    text = view.text
    a = i
    while a > 0 and i - a < 12 and text[a - 1] not in CLAUSE_PUNCT and not ("\uE000" <= text[a - 1] <= "\uE007"):
        a -= 1
    window = text[a:i]
    if _TO_END.search(window) and not _RATE_WORD.search(window):
        return None   # 持股比例降至約9.1%: a level the figure fell to, not a rate of change
    basis = None
    bm = None
    for bm in lex.basis.finditer(window):
        pass
    if bm is not None:
        basis = _basis_of(bm.group(0), book)
    for j in range(a, i):  # 較去年同期 / 較上季 / 較去年 stand as period tokens in the view
        pm = s.period_items.get(j)
        if pm is None or basis is not None:
            continue
        if pm.kind in ("yago", "lastfy") or (pm.kind == "year" and pm.get("yrel") == "去年"):
            basis = "yoy"
        elif pm.kind == "lastq":
            basis = "qoq"
        elif pm.kind in ("month", "day") and _COMPARE_END.search(text[a:j]):
            return None  # 相比4月提升200%: measured against a month, not a growth rate of the figure
    if _GAP_WORDS.search(window):
        return None
    rest = window[:bm.start()] + " " * len(bm.group(0)) + window[bm.end():] if bm else window
    dm = None
    for dm in lex.direction.finditer(rest):
        pass
    sign = 0
    if dm is not None and rest.startswith("持", dm.end()) and basis is None:
        return None   # 擬減持不超過1.2%: a stake sold, not a rate of change
    if dm is not None:
        sign = _dir_sign(dm.group(0), book)
    elif bm is not None and _DOWN_WORD.search(bm.group(0)):
        sign = -1
    elif bm is not None and _UP_WORD.search(bm.group(0)):
        sign = 1
    if doubled:
        sign = 1
    elif sign == 0 and q.text[:1] in "+-－＋":
        sign = 1 if q.text[:1] in "+＋" else -1   # 經營現金流淨額｜3.3億元｜-6.0%: a signed rate in a table row
    if basis is None and sign == 0:
        return None
    v = _times_as_percent(q.text, q.value) if times else float(q.value)
    v = abs(v) * sign if sign else v
    return basis, v


def _basis_of(word: str, book: RuleBook) -> str | None:
    e = book.lookup("basis", word)
    return e.get("basis") if e else None


def _dir_sign(word: str, book: RuleBook) -> int:
    e = book.lookup("direction", word)
    return int(e.get("sign", 1)) if e else 1


def _change_word(view: TokenView, after: int, lex: Lexicon, book: RuleBook) -> tuple[str | None, float] | None:
    """同比腰斩 / 翻倍 in the clause after a figure."""
    _, b = _bounds(view.text, after)
    b2 = b
    # the growth may stand in the next clause (…206億元,同比腰斩)
    if b < len(view.text) and view.text[b] == ",":
        _, b2 = _bounds(view.text, b + 1)
    seg = view.text[after + 1:b2]
    m = lex.change_word.search(seg)
    if not m or any("\uE000" <= c <= "\uE007" for c in seg[:m.start()]):
        return None
    e = book.lookup("change_word", m.group(0)) or {}
    bm = None
    for bm in lex.basis.finditer(seg[:m.start()]):
        pass
    return (_basis_of(bm.group(0), book) if bm else None), _int(float(e.get("pct", 0)))


def _sign_cue(view: TokenView, at: int, lex: Lexicon) -> int:
    """-1 or 1 when the words right before a figure say so (淨流出218.40億元, 去年同期則賺76億元)."""
    a = max(0, at - 5)
    seg = view.text[a:at]
    seg = seg[max(seg.rfind(c) for c in CLAUSE_PUNCT) + 1:] if any(c in seg for c in CLAUSE_PUNCT) else seg
    neg = [m.end() for m in lex.negative.finditer(seg)]
    pos = [m.end() for m in lex.positive.finditer(seg)]
    if not neg and not pos:
        return 0
    return -1 if (max(neg) if neg else -1) > (max(pos) if pos else -1) else 1


class Resolver:
    """Resolves the hits of one document, sentence by sentence."""

    def __init__(self, book: RuleBook, registry: Registry, ref_year: int, currency: str,
                 market_currency: str | None = None, anchor: str | None = None):
        self.book, self.registry, self.lex = book, registry, lexicon(book)
        self.st = DocState(ref_year, currency)
        self.st.anchor = anchor
        self.market_currency = market_currency or currency   # what a bare 元 means in a share price
        self.declared = False   # the article declared its currency (人民幣．下同)
        self.mainland = False   # mainland press (Simplified): a bare 元 is 人民幣 whatever else it quotes

    def sentence(self, view: TokenView, sent_span: tuple[int, int], level: list[Hit],
                 claimed: set[int], growth_fn, is_title: bool = False, sentence_text: str = "") -> list[Fact]:
        st, lex, book = self.st, self.lex, self.book
        at_start = st.carry or st.current_any
        first = st.first_period
        s = prepare(view, self.registry, st, sentence_text)
        if is_title:   # the title's own periods and trading day do not anchor the body
            st.first_period = first
            day_before, carry_before = st.trading_day, st.carry
        facts: list[Fact] = []
        changes: dict[int, dict[str, float]] = {}   # hit index -> change
        self._respectively(level, view, s, changes, claimed)
        # growth rates stated next to a figure: 年增2%, 較去年同期暴跌85%至54億元
        for i, it in sorted(view.items.items()):
            if i in claimed or view.text[i] not in (PERCENT, MULTIPLE):
                continue
            owner = self._owner(level, view, i) if level else None
            if owner is None:
                continue
            parsed = _parse_change(view, i, lex, book, s)
            if parsed is None:
                continue
            basis, pct = parsed
            basis = basis or st.basis or "unspecified"
            ch = changes.setdefault(owner, {})
            if basis in ch:
                continue
            ch[basis] = _int(pct)
            st.basis = basis
            claimed.add(i)
        for k, hit in enumerate(level):
            if k not in changes:
                cw = _change_word(view, hit.at, lex, book)
                if cw is not None and hit.kind not in NO_CHANGE_KINDS:
                    changes[k] = {cw[0] or st.basis or "unspecified": cw[1]}
        growth = growth_fn(claimed)
        hits = [(h, changes.get(k)) for k, h in enumerate(level)] + [(h, None) for h in growth]
        hits.sort(key=lambda t: t[0].at)
        for hit, change in hits:
            if hit.rule.stage == "growth":
                parsed = _parse_change(view, hit.at, lex, book, s)
                if parsed is None and hit.rule.role == "growth-after":
                    q = _quantity(view, hit.at)
                    parsed = ("yoy", float(q.value)) if q is not None and q.value is not None else None
                if parsed is None:
                    continue
                basis = parsed[0] or st.basis or "unspecified"
                change = {basis: _int(parsed[1])}
                st.basis = basis
            facts.extend(self._facts(hit, change, s, sent_span, at_start, facts))
        if is_title:
            # (a title that names its day, 沪指周五涨0.7%, dates the body's figures until the body names one)
            st.carry = carry_before
            if not _DAY_WORDS.search(view.text):
                st.trading_day = day_before
        return _one_deal_each(facts)

    def _respectively(self, level: list[Hit], view: TokenView, s: Sent, changes: dict, claimed: set[int]) -> None:
        """日活1.07億，月活3.76億，同比分別增長9%和8%: the k-th rate after 分別 is the k-th figure's."""
        at = view.text.rfind("分别")
        if at < 0 or not level:
            return
        _, end = _bounds(view.text, at)
        rates = [i for i in sorted(view.items) if at < i < end and view.text[i] == PERCENT and i not in claimed]
        part = _part_start(view.text, at)
        figures = [k for k, h in enumerate(level) if part <= h.at < at and h.kind not in NO_CHANGE_KINDS]
        if len(rates) < 2 or len(figures) != len(rates):
            return
        first = _parse_change(view, rates[0], self.lex, self.book, s)
        if first is None:
            return
        basis = first[0] or self.st.basis or "unspecified"
        sign = -1 if first[1] < 0 else 1
        for k, i in zip(figures, rates):
            q = _quantity(view, i)
            if q is None or q.value is None:
                return
            # the rates after the first share its basis and direction (分別增長9%和8%)
            changes.setdefault(k, {})[basis] = _int(sign * abs(float(q.value)))
            claimed.add(i)

    def _owner(self, level: list[Hit], view: TokenView, i: int) -> int | None:
        """The figure a growth rate at view index i belongs to."""
        text = view.text
        after = text[i + 1:i + 6]
        m = _LINK_AFTER.match(after)
        if m:
            j = i + 1 + m.end()
            _, end = _bounds(text, j)
            for k, h in enumerate(level):   # 增長15%至創紀錄的204.5億美元
                if j <= h.at <= min(end, j + 6) and h.kind not in NO_CHANGE_KINDS:
                    return k
        before = [k for k, h in enumerate(level) if h.at < i and h.kind not in NO_CHANGE_KINDS]
        if not before:
            return None
        k = before[-1]
        # 營收超一千三百億元，第三季度淨利潤同比微增0.5%: the rate belongs to the line named after the figure
        # (虧損收窄至258億元 售電量年增2.3%: or the count)
        # (310萬次全球出行服務，按年增加212%: a count's own noun after it is no other line)
        if self.lex.metric.search(text, level[k].at + 1, i) \
                or self.lex.count.search(text, max(level[k].at + 1, level[k].end), i):
            return None
        # 比亞迪銷量48萬輛，零跑交付同比增逾八成: a later clause that names another company or period
        # is about something else
        cut = max(text.rfind(c, level[k].at + 1, i) for c in CLAUSE_PUNCT)
        if cut > 0 and any(ch in (ENTITY, PERIOD) and not _COMPARE_END.search(text, cut, j)
                           for j, ch in enumerate(text[cut:i], cut)):
            return None   # (較今年增加兩成: the period compared with is no new subject)
        return k

    def _facts(self, hit: Hit, change, s: Sent, sent_span, at_start, same: list[Fact]) -> list[Fact]:
        st, view, reg = self.st, s.view, self.registry
        self._view = view
        q = _quantity(view, hit.at)
        if q is None:
            return []
        prev = same[-1] if same else st.last
        shares = q.unit == "percent" and _SHARE_WORD.search(view.text, 0, hit.at)
        if hit.rule.role == "list" and not same and not shares:
            return []   # 不低於30億元、不超過33億元: the second of a list whose first is no record
        kind = hit.kind or (self._line_named_before(view, hit) if not same else None) or _kind_like(q, same, prev)
        if kind is None and shares:
            kind = "market_share"   # 市佔率方面，台積電以71%居首: the shares the sentence opens with
        if kind is None:
            return []
        if hit.kind is None:
            # 現金及現金等價物…合計483.3億元: the clause names a line that is no record (a balance)
            a, _ = _bounds(view.text, hit.at)
            for m in self.lex.metric.finditer(view.text, a, hit.at):
                entry = self.book.lookup("metric", m.group(0))
                if entry is not None and not entry.get("kind"):
                    return []
        if q.dim == "number" and q.scaled and kind in REPORTED_KINDS + ("capex", "capex_plan") \
                and _MEASURE_AFTER.match(view.text, hit.at + 1):
            return []   # 合同銷售面積48.7萬平方米: a count of something, not an amount of money
        if hit.kind is None and q.dim == "money":
            # 每股收益3.72美元，上年同期為3.30美元: an earlier figure of a per-share line
            last_q = max((i for i in view.items if i < hit.start and isinstance(view.items[i], Quantity)), default=None)
            if last_q is not None and "每股" in view.text[max(0, last_q - 8):last_q]:
                return []
        if _VAGUE.match(q.text):
            return []   # 數十億美元: too vague to be a figure
        if q.dim == "number" and not q.scaled and _PRODUCT_BEFORE.search(s.text_of(max(0, hit.at - 2), hit.at)):
            return []   # Microsoft 365, iPhone 17, S&P 500: a number in a product's name
        if kind in REPORTED_KINDS and "承诺" in view.text[:hit.at]:
            return []   # 業績承諾…淨利潤分別不低於1.15億元: a seller's guarantee, not a result
        if (kind in ("price", "price_change") or hit.kind is None) \
                and _NOT_A_QUOTE.search(view.text, _bounds(view.text, hit.at)[0], hit.at):
            # 目標價調升至1,600元, 市值跌至約980億元: a target or a valuation, not a price; nor the
            # next figure of whatever line came before (目標價由980元調升至1,150元)
            return []
        if q.per and q.dim == "money" and kind not in ("price", "price_change"):
            return []   # 均價11.42元/公斤: a price per unit, never a company's revenue or profit
        if "metric" in hit.groups and _PER_SHARE.search(view.text[max(0, hit.groups["metric"][0] - 6):hit.groups["metric"][0]]):
            return []   # 每股基礎盈利1.00元: a per-share figure, whatever words stand between
        if "metric" in hit.groups and _PER_DAY.search(view.text, 0, hit.groups["metric"][0]):
            return []   # 平均每天淨賺約1470萬元: a figure divided out, not the company's line
        if kind == "net_profit" and "metric" in hit.groups:
            a = hit.groups["metric"][0]   # 扣非淨利潤, 非國際財務報告準則（經調整）純利
            if self.lex.adjusted.search(view.text[max(0, a - 28):a]) or _EX_ITEMS_OPEN.search(view.text, 0, a):
                kind = "adjusted_net_profit"
        # deal parties
        target = counterparty = None
        stake = None
        exclude: set[str] = set()
        if kind in DEAL_KINDS:
            explicit = self._explicit_target(hit, s)
            exclude |= {f.target for f in st.facts if f.target} | ({explicit} if explicit else set())
            counterparty = self._party(hit, s, "counterparty")
            m = self.lex.counterparty.search(view.text) if counterparty is None else None
            if m:
                j = m.start("cp")
                cp = view.items.get(j)
                if isinstance(cp, Mention) and cp.id != explicit:
                    counterparty = cp.id
            if counterparty:
                exclude.add(counterparty)
            if "stake" in hit.groups:
                sq = _quantity(view, hit.groups["stake"][0])
                stake = float(sq.value) if sq and sq.value is not None else None
            elif "all" in hit.groups:   # 全部股權
                stake = 100.0
        clause_start = max(view.text.rfind(c, 0, hit.start) for c in CLAUSE_PUNCT) + 1
        if hit.rule.kind_from == "metric" and self.lex.forecast.search(view.text, clause_start, hit.at):
            return []   # an analyst's estimate, not the company's figure
        if hit.rule.kind_from == "metric" and hit.rule.stage == "level" and "metric" in hit.groups:
            gap = view.text[hit.groups["metric"][1]:hit.at]
            if self.lex.delta.search(gap):
                return []   # 同比減少了約338億元: an absolute change, not a level
        subjects, why_s = _subject_for(hit, s, st, reg, same, self.lex, exclude)
        if not subjects:
            return []
        subjects = list(dict.fromkeys(subjects))
        resp = view.text.rfind("分别", 0, hit.at)
        if resp >= 0 and len(subjects) > 1 and "subject" in hit.groups and hit.groups["subject"][1] <= resp:
            # 騰訊及阿里巴巴分別升2.1%及3.4%: the companies the rule named share out the figures
            # after 分別, the first to the first
            k = sum(1 for i in range(resp, hit.at) if isinstance(view.items.get(i), Quantity))
            if k < len(subjects):
                subjects, why_s = [subjects[k]], "the companies named before, respectively"
        elif resp >= 0 and len(subjects) == 1:
            # 阿里巴巴、京東均跌逾3%，分別收報158.4元及126.2元: the k-th figure after 分別 is the
            # k-th company's
            named: dict[tuple[int, int], list[str]] = {}
            for f in same:
                named.setdefault(f.span, []).append(f.subject)
            several = [subs for subs in named.values() if len(subs) > 1] or [_joined_before(view, s, resp)]
            k = sum(1 for i in range(resp, hit.at) if isinstance(view.items.get(i), Quantity))
            if len(several[-1]) > 1 and k < len(several[-1]):
                # (微軟與英偉達…將分別向Anthropic投資至多40億美元和80億美元: the companies joined before 分別)
                subjects, why_s = [several[-1][k]], "the companies named before, respectively"
        parties = set(subjects) | {f.subject for f in same if f.kind == kind}   # (co-investors are no target)
        if len(subjects) > 1 and "subject" in hit.groups and _JOINT.search(view.text, hit.groups["subject"][1], hit.at):
            # 長嶺資本與泓川基金合共認購約2.1億港元: one figure for them together
            subjects, why_s = ["+".join(sorted(subjects))], why_s + " (together)"
        # a bare 元 in a company's own figures is its reporting currency when the registry knows it
        self._home = reg.fact(subjects[0], "home_currency") if "+" not in subjects[0] else None
        self._subject = subjects[0]
        if why_s not in _OWN_SUBJECT and kind in REPORTED_KINDS and len(subjects) == 1:
            segment = _segment(hit, s, same)
            if segment is not None:
                st.parents.setdefault(segment[0], subjects[0])
                subjects, why_s = [segment[0]], segment[1]
        if kind in DEAL_KINDS:
            # an unnamed target (減持1191萬股，約佔總股本0.9%) is the company the article is about
            listed = prev.target if hit.rule.role == "list" and prev is not None and prev.kind == kind else None
            target = explicit or listed or self._other_party(s, hit, subjects[0], parties) or st.last_target \
                or next((c for c in (st.lead, st.focus) if c and c != subjects[0]), None)
        period, why_p = _period_for(hit, s, st, at_start)
        if hit.rule.role == "same-span" and same:
            period, why_p = same[-1].period, "the span of the figure it is compared with"
        if kind in DEAL_KINDS and st.anchor and why_p.startswith(("carried", "named in an earlier part")) \
                and not ((why_p.startswith("named") or _THAT_DEAL.search(view.text, 0, hit.at))
                         and period and len(period) in (7, 10) and period <= st.anchor):
            # (2025年5月，公司訂立買賣協議，出售…: the month the sentence dates the deal in stays,
            # and so does the month of a deal the next sentence points back at: 出售事項的現金對價…)
            # a deal is dated by its announcement: 當天/同日 is the day named before, else the article's date
            if _SAME_DAY.search(view.text) and st.current_any and len(st.current_any) == 10:
                period, why_p = st.current_any, "the day named before (当天/同日)"
            elif said := _ANNOUNCED_DAY.search(view.text, 0, hit.at):
                # 京東集團昨早宣布…: the day the clause says it was announced, from the article's date
                period, why_p = P.relative_day(st.anchor, said.group(0)), "the day it was announced, from the article's date"
            else:
                period, why_p = st.anchor, "the article's date (a deal is dated by its announcement)"
        if kind in ("price", "price_change") and not why_p.startswith(("named in the clause", "period named", "the span of")):
            # a market figure with no date of its own is on the trading day the article reports:
            # a day named earlier in the sentence (周四（12月4日）), else 昨日/周五 from the
            # article's date, else the trading day of the figures before
            days = [i for i in s.periods if i < hit.at and s.period_items[i].kind in ("day", "mday") and s.periods[i]
                    and not (i == 0 and s.periods[i] == st.anchor)]   # (the dateline opening the body)
            if days:
                period, why_p = s.periods[days[-1]], "the trading day named in the sentence"
                if _DAY_WORDS.search(view.text, days[-1] + 1, hit.at):   # 11月11日，台積電股價昨日收…
                    period, why_p = P.relative_day(period, view.text[days[-1] + 1:hit.at]), "the day before the day named"
            elif st.anchor:
                words = view.text[:hit.at]
                if _DAY_WORDS.search(words) \
                        or not st.trading_day:
                    period, why_p = P.relative_day(st.anchor, words), "the article's trading day"
                else:
                    period, why_p = st.trading_day, "the trading day of the figures before"
            elif period and ("Q" in period or "H" in period or why_p.startswith("carried") and len(period) != 10):
                # no date to read the day from: a quarter the report talks about is no trading day,
                # nor a period carried from an earlier sentence (明年（115年）資本支出…。股價收漲5.2%)
                period, why_p = None, "no trading day known (a financial period is not one)"
            if period and len(period) == 10:
                st.trading_day = period
        # the figure
        if hit.rule.stage == "growth":
            value = value_max = unit = None
            approx = q.hedge   # 同比增長超20%: the rate's own hedge
        elif hit.at == hit.groups.get("stake", (-1,))[0] and "value" not in hit.groups:
            value = value_max = unit = None
            approx = q.hedge
        else:
            sign = hit.sign
            cue = _sign_cue(view, hit.at, self.lex)
            if hit.rule.role == "comparator" and "metric" in hit.groups:
                pass   # 上年度則為基本溢利4.3億元: the line it names says profit or loss
            elif hit.rule.role in ("comparator", "continuation") or "cue" in hit.groups:
                inherit_loss = (prev is not None and prev.value is not None and prev.value < 0
                                and prev.rule != "metric.turned-loss" and hit.rule.role != "continuation")
                sign = cue or (-1 if inherit_loss else 1)
                if hit.group(view, "cue") in ("赚", "盈利", "获利", "净赚"):
                    sign = 1   # 虧損1,530萬元，去年同期則獲利2,100萬元
                if hit.rule.role == "continuation" and not cue:
                    sign = hit.sign
            elif cue and kind not in ("price", "price_change", "market_share") + DEAL_KINDS:
                sign = cue if hit.sign > 0 else hit.sign
            if hit.kind is None and hit.rule.role in ("anaphor", "list") and prev and prev.value is not None and prev.value < 0:
                sign = -1
            if hit.rule.role == "same-subject" and "dir" not in hit.groups and kind == "price_change" \
                    and prev is not None and prev.value is not None and prev.value < 0:
                sign = -1
            if q.value is not None and q.value < 0:
                sign = 1   # 上年同期為-64.4億元: a number written with its sign keeps it
            value = q.value
            value_max = q.value_max
            if q.dim == "multiple" and kind == "price_change" and value is not None:   # 累漲逾一倍
                value = _int(_times_as_percent(q.text, value))
                value_max = _int(_times_as_percent(q.text, value_max)) if value_max is not None else None
            unit = self._unit(q, hit, kind)
            if unit is None:
                return []
            if kind in ("users", "orders", "operating_metric") and q.dim != "money" and (q.value or 0) < 10 \
                    and q.unit not in MEASURES:
                return []   # 一個…: not an operating count (but 組件出貨量6.8GW is a measure)
            if value is not None:
                if q.unit == "percent" and kind not in ("market_share", "price_change") + DEAL_KINDS:
                    return []
                value = _int(value * sign) if sign < 0 else value
                if value_max is not None and sign < 0:
                    value, value_max = _int(value_max * sign), value
            approx = q.hedge
        if kind == "price" and value is not None and abs(value) >= 1e9 and "市值" not in s.text:
            return []   # 成交額站上1.5萬億元: a turnover, not a price
        this_year = int(st.anchor[:4]) if st.anchor else st.ref_year
        if kind == "capex" and period and len(period) == 4 and int(period) > this_year:
            kind = "capex_plan"   # 明年資本支出不低於380億元: a future year's capex is a plan
        elif kind == "capex" and not (period and int(period[:4]) < this_year):   # (高於2024年的767億元: spent)
            part = _part_start(view.text, hit.at)
            if _plan_word(view, part, hit.at):
                # 給出指引：…當季資本支出約為370億美元; 今年資本支出預估約300億元; 76.9億元的資本支出預算
                kind = "capex_plan"
            elif st.anchor and period == st.anchor[:4] and st.anchor[5:7] != "12" \
                    and any("今年" in (pm.get("yrel"), pm.get("rel")) for i, pm in s.period_items.items()
                            if part <= i < hit.at):
                kind = "capex_plan"   # 今年全年資本開支約75億美元 (said in October): the year is not over
        if kind == "capex_plan" and (why_p.startswith(("carried", "the current period", "named in an earlier part"))
                                     or period and len(period) == 10):
            # 熊本二廠總投資額約1兆7,600億日圓; 12月7日晚間公告…項目總投資550億元: a plan covers the
            # period it names, not the one talked about nor the day it was announced
            period, why_p = None, "none: a plan's period is the one it names"
        if hit.rule.role == "same-subject" and "subject" not in hit.groups and not (
                prev is not None and prev.kind in ("price", "price_change")) \
                and not any(i < hit.start for i, _ in s.entities):
            return []   # a move with no name of its own continues a market figure, nothing else
        if kind in DEAL_KINDS:
            st.last_target = target or st.last_target
        out = []
        if change and "qoq" in change and period and _MONTH_ID.fullmatch(period):
            # 環比 of a monthly figure is month on month
            change = {("mom" if b == "qoq" else b): v for b, v in change.items()}
        for subj in subjects:
            f = Fact(kind, subj, value, value_max, unit, approx, period, change or None,
                     (view.span(hit.at, hit.at + 1)), sent_span, hit.rule.id,
                     target if kind in DEAL_KINDS else None,
                     counterparty if kind in DEAL_KINDS else None,
                     stake if kind in DEAL_KINDS else None,
                     (f"subject: {why_s}", f"period: {why_p}"))
            out.append(f)
        if out and q.dim == "money" and q.currency_explicit and kind in REPORTED_KINDS:
            for f in out:
                st.fin_currency.setdefault(f.subject, q.unit)
            if q.unit in ("HKD", "TWD") and not self.mainland:   # a local currency: the article is about local companies
                st.doc_fin_currency = st.doc_fin_currency or q.unit
        if out:
            st.last = out[-1]
            p = out[-1].period
            # a year-level figure (年內漲幅) does not replace a finer period inside that year
            # nor does a span (前三季累計, 兩季累計): the next sentence is back in the current period
            if hit.rule.role != "comparator" and p and "/" not in p and not why_p.startswith("an earlier period") \
                    and not (len(p) == 4 and (st.carry or "").startswith(p)):
                st.carry = p
            # a person, or a unit named by its suffix (基礎設施方案業務集團), is the subject of its
            # own sentence only: the article goes on about the company
            # … and so is what a company owns (統一超的OPEN POINT會員數)
            # … and a subsidiary named as one (旗下即時配送平台順豐同城)
            passing = {m.id for i, m in s.entities if m.kind in ("person", "unit") or view.text[i - 1:i] == "的"
                       or _UNDER.search(view.text, max(0, i - 10), i)}
            # … and an investor buying into the company the article is about (基石投資者高瓴資本認購…)
            if kind == "investment" and out[0].target and out[0].target in (st.lead, st.focus):
                passing.add(out[0].subject)
            if "+" not in out[0].subject and out[0].subject not in passing:
                st.focus = out[0].subject
        st.facts.extend(out)
        return out

    def _unit(self, q: Quantity, hit: Hit, kind: str) -> str | None:
        if q.dim == "money":
            if q.currency_explicit:
                return q.unit
            if kind == "price":
                rate = _rate_currency(self._rate_name())
                if rate:
                    return rate   # 離岸人民幣兌美元升至7.0712元
            if kind in ("price", "price_change"):
                # 比亞迪A股報100.5元: the share class or market named in the clause says which 元
                a, _ = _bounds(self._view.text, hit.start)
                m = None
                for m in _SHARE_CLASS.finditer(self._view.text[a:hit.at]):
                    pass
                if m:
                    return {"A股": "CNY", "H股": "HKD", "港股": "HKD", "台股": "TWD", "美股": "USD"}[m.group(0)]
                # the mainland press writes 港元 for a Hong Kong price: its bare 元 is 人民幣
                return "CNY" if self.mainland and self.market_currency == "HKD" else self.market_currency
            if self.declared:
                return self.st.currency
            # 股東應佔溢利205.3億港元…經營溢利223.4億元: a bare 元 keeps the currency the
            # company's (or else the article's) own figures were first stated in
            return (self.st.fin_currency.get(self._subject) or self._home or self.st.doc_fin_currency
                    or self.st.currency)
        if q.dim == "number" and q.scaled and kind not in ("users", "orders", "operating_metric"):
            return self.st.currency
        if q.dim == "number" and kind == "price" and q.value is not None:
            # 美元兌日元…報157.02, 美元指數報100.21: a rate is in a currency, an index in points
            after = self._view.text[hit.at + 1:hit.at + 2]
            if after and "\u4e00" <= after <= "\u9fff":
                return None   # 報4.121厘, 報1.2倍: a number with a word of its own after it
            name = self._rate_name()
            return _rate_currency(name) or ("points" if _INDEX_NAME.search(name) else None)
        if q.dim in ("number", "count"):
            if kind in ("users", "orders", "operating_metric"):
                if q.unit in MEASURES:
                    return q.unit   # 出貨量6.8GW: the figure's own measure, not the line's count noun
                return hit.unit or (q.unit if q.dim == "count" else None) or {"users": "users", "orders": "orders"}.get(kind)
            if kind in DEAL_KINDS and q.unit == "shares":
                return "shares"
            return None
        if q.dim == "percent" or q.dim == "multiple" and kind == "price_change":
            return "percent"
        if q.dim == "points":
            return "points"
        return None

    def _line_named_before(self, view: TokenView, hit: Hit) -> str | None:
        """The kind of the statement line a sentence names before its first figure: the figure a
        comparison gives is that line's (資本開支將低於年初預期，但仍會高於2024年的767億元;
        台積電上季稅後純益4,523億元 after a sentence on revenue)."""
        m = self.lex.metric.search(view.text, 0, hit.at)
        entry = self.book.lookup("metric", m.group(0)) if m else None
        return entry.get("kind") if entry else None

    def _rate_name(self) -> str:
        """The subject's name, folded; for an id, the longest of its names that says what it
        is (a currency pair with 兌, an index with 指數)."""
        subject = self._subject or ""
        names = self.registry.names_of(subject)
        telling = [n for n in names if "兑" in n or _INDEX_NAME.search(n)]
        return max(telling, key=len) if telling else fold(subject)

    def _explicit_target(self, hit: Hit, s: Sent) -> str | None:
        return self._party(hit, s, "target")

    def _party(self, hit: Hit, s: Sent, group: str) -> str | None:
        """A deal party a rule named: a mention, or a name as written."""
        if group not in hit.groups:
            return None
        a, b = hit.groups[group]
        it = s.view.items.get(a)
        if isinstance(it, Mention):
            # 京東方精電: a company's name with more after it is a name of its own, as written
            return it.id if b == a + 1 else s.text_of(a, b)
        return raw_name(s.view, (a, b), s) if s.view.text[a:b] not in _NO_PARTY else None

    def _other_party(self, s: Sent, hit: Hit, seller: str, parties: set[str] = frozenset()) -> str | None:
        """其 / 公司 / nothing: the first company the sentence names that is not the seller's side
        (nor another party on the same side of a deal of the same kind)."""
        side = {seller} | set(parties)
        for i, m in s.entities:
            if self.registry.fact(m.id, "parent") == seller:
                side.add(m.id)
        qi = s.view.text.rfind("其", 0, hit.start)
        if qi >= 0:   # 美凱龍公告稱，其大股東…擬減持: 其 is the company named just before it
            before = [m.id for i, m in s.entities if i < qi and m.id not in side and m.kind != "person"]
            if before:
                return before[-1]
        for i, m in s.entities:
            if m.id not in side and i < hit.end and m.kind != "person":
                return m.id
        if "target" in hit.groups and s.view.text[slice(*hit.groups["target"])] == "其":
            # 收購其85%股權: the company the text named before this sentence
            for ident in reversed(self.st.recent):
                if ident not in side:
                    return ident
        return None
