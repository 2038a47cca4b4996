"""Period expressions (factx.periods) and script folding (factx.fold)."""
from __future__ import annotations

import pytest

from factx import periods as P
from factx.fold import fold


def periods(text, **ctx):
    """[(matched text, calendar period)] for every period mention in `text`."""
    folded = fold(text)
    context = P.Context(**{"ref_year": 2025, **ctx})
    return [(text[m.start:m.end], P.resolve(m, context)) for m in P.find(folded)]


@pytest.mark.parametrize("text,ctx,want", [
    # 鉅亨網 spaces digits from the words around them
    ("累計今年前 11 月稅後純益", {}, [("今年前 11 月", "2025-01/2025-11")]),
    ("今年1—11月累計交付約24萬輛", {}, [("今年1—11月", "2025-01/2025-11")]),
    ("較 2024 年同期的 61.7 億元", {"current": "2025-01/2025-11"}, [("2024 年同期", "2024-01/2024-11")]),
    ("2026財年二季度", {"fiscal_end": 3}, [("2026財年二季度", "2025Q3")]),
    ("阿里巴巴2026財年第二季度營收", {"fiscal_end": 3}, [("2026財年第二季度", "2025Q3")]),
    ("2025財年二季度", {"fiscal_end": 12}, [("2025財年二季度", "2025Q2")]),
    ("去年同期為132億元", {"current": "2025Q3"}, [("去年同期", "2024Q3")]),
    ("前三季營收", {}, [("前三季", "2025Q1/2025Q3")]),
    ("前三季度", {"ref_year": 2024}, [("前三季度", "2024Q1/2024Q3")]),
    ("4月30日至5月7日", {}, [("4月30日至5月7日", "2025-04-30/2025-05-07")]),
    ("截至2025年6月30日止六個月", {}, [("截至2025年6月30日止六個月", "2025H1")]),
    ("截至2024年12月31日止十二個月", {}, [("截至2024年12月31日止十二個月", "2024Q1/2024Q4")]),
    ("2025年上半年", {}, [("2025年上半年", "2025H1")]),
    ("12月4日", {"ref_year": 2025}, [("12月4日", "2025-12-04")]),
    ("截至2025年6月底止財政年度", {}, [("截至2025年6月底止財政年度", "2024Q3/2025Q2")]),
    ("截至9月30日止中期業績", {}, [("截至9月30日止中期", "2025Q2/2025Q3")]),
    ("上一財年虧損197億元", {"current": "2024Q3/2025Q2"}, [("上一財年", "2023Q3/2024Q2")]),
    ("上一财季为242亿美元", {"quarter": "2025Q3"}, [("上一财季", "2025Q2")]),
    # a fiscal quarter dated by its end is that calendar quarter, whatever the fiscal year
    ("截至9月30日的第二财季营收", {}, [("截至9月30日的第二财季", "2025Q3")]),
    ("截至2026年3月的本财年营业利润", {}, [("截至2026年3月的本财年", "2025Q2/2026Q1")]),
    ("2025年半年度主要财务数据", {}, [("2025年半年度", "2025H1")]),
    # a fiscal quarter word after the fiscal year was named: Microsoft's year ends in June
    ("第二财季营收", {"fiscal_end": 6, "fiscal_year": 2026}, [("第二财季", "2025Q4")]),
    ("第二季度营收", {"fiscal_end": 6, "fiscal_year": 2026}, [("第二季度", "2025Q2")]),
    # … and with no fiscal year named: the such quarter ending nearest the article's date
    ("第二财季营收", {"fiscal_end": 3, "anchor": "2025-11-20"}, [("第二财季", "2025Q3")]),
    ("第三財季營收預計", {"fiscal_end": 3, "anchor": "2025-11-20"}, [("第三財季", "2025Q4")]),
    ("第二财季营收预计", {"fiscal_end": 6, "anchor": "2025-10-30"}, [("第二财季", "2025Q4")]),
    ("第一财季营收", {"fiscal_end": 6, "anchor": "2025-11-05"}, [("第一财季", "2025Q3")]),
    ("第二财季营收", {"fiscal_end": 3}, [("第二财季", "2025Q3")]),
    ("第二财季营收", {"anchor": "2025-11-20"}, [("第二财季", "2025Q2")]),
])
def test_find_and_resolve(text, ctx, want):
    assert periods(text, **ctx) == want


def test_year_ago_needs_a_current_period():
    assert periods("去年同期") == [("去年同期", None)]


def test_spans_index_the_original_text():
    text = "😀阿里在2026財年二季度，營收增長"
    (quote, period), = periods(text, fiscal_end=3)
    assert quote == "2026財年二季度" and period == "2025Q3"


@pytest.mark.parametrize("src,want", [
    ("營收", "营收"),
    ("２０２５", "2025"),
    ("經調整淨利潤", "经调整净利润"),
    ("ＥＢＩＴＡ\u3000１００％", "EBITA 100%"),
    ("营收2025", "营收2025"),
])
def test_fold(src, want):
    assert fold(src) == want


@pytest.mark.parametrize("text", [
    "阿里巴巴集團第三季度營收２４７７．９５億元，同比增長５％。",
    "😀𠀀營收\u3000\u2028１００萬\r\n港幣\ufeff",
    "",
])
def test_fold_keeps_length(text):
    assert len(fold(text)) == len(text)


def test_a_day_that_does_not_exist_is_no_period():
    """2025年11月31日 in a dateline, 2月30日 in the text: no crash, no impossible period."""
    from factx.pipeline import extract_text
    recs = extract_text("鴻海股價漲8.2%\n2025年11月31日，台股加權指數大漲356點，鴻海（2317）終場上漲7.5元")
    assert recs and all(r.period is None or "-11-31" not in r.period for r in recs)
    recs = extract_text("小米財報\n2025年2月30日，小米股價收報38.58港元")
    assert [r.value for r in recs] == [38.58] and recs[0].period is None


@pytest.mark.parametrize("text,want", [
    ("聯電10月營收\n鉅亨網新聞中心 台北 11/10 晶圓代工廠聯電今日公布2025年10月營收", "2025-11-10"),
    ("索尼財報\n路透東京11月12日 - 索尼集團週二盤後公布2025年業績", "2025-11-12"),
    ("微軟財報\n美東時間10月29日週三美股盤後，微軟公布2025年業績", "2025-10-29"),
    ("新地業績\n新鴻基地產（0016）昨（12月3日）公布2025年業績", "2025-12-04"),
    ("微軟財報\n第一財經 2025-10-30 微軟於美東時間10月29日美股收盤後公布業績", "2025-10-30"),
    ("北京12月5日電 2025年前三季度", "2025-12-05"),
    ("營收約佔1/3，2025年", None),   # a fraction is not a dateline
    ("【經濟通】中銀香港今日（8月28日）午間公布截至2025年6月30日止中期業績", "2025-08-28"),
    # the date an article ends with, in brackets, wins over a date named in its text
    ("聯發科10月營收\n聯發科昨（10）日公布10月營收，截至2025年9月30日止存貨下降。（經濟日報，2025年11月11日）", "2025-11-11"),
    ("台積電營收\n台積電昨日公布營收。（分析師：王小明）", None),
    # 中央社's closing date code, in the Republic of China calendar
    ("台電財報\n（中央社記者台北12日電）台電今天公布財報。（編輯：陳小華）1141112", "2025-11-12"),
    # a day with no month: the month after the month whose figures the sentence reports
    ("聯發科營收\n【記者王小明／台北報導】聯發科今（7）日公布2025年10月合併營收", "2025-11-07"),
    ("金控獲利\n金控2025年11月自結獲利昨（10）日陸續出爐。", "2025-12-11"),
    ("鴻海營收\n鴻海今（5）日公布2025年12月營收", "2026-01-05"),
    ("長實業績\n長實昨（20）日公布截至2025年6月30日止中期業績", None),   # no month of figures
    # the day a body opens with, before what was announced
    ("新勢力交付\n界面新闻记者 | 林岚 12月1日，多家新势力车企公布2025年11月交付数据", "2025-12-01"),
    ("緯創營收\n【記者林資傑／台北報導】緯創於11月10日公布2025年10月合併營收", "2025-11-10"),
])
def test_anchor_date_from_a_dateline(text, want):
    assert P.anchor_date(fold(text)) == want


def _periods_of(text):
    from factx.pipeline import extract_text
    return {r.quote: r.period for r in extract_text(text, date="2025-11-20")}


def test_a_clause_that_opens_with_an_earlier_period_is_about_it():
    got = _periods_of("聯想業績\n聯想集團公布2025/26財年第二財季業績。ISG經營虧損收窄至約3,800萬美元，"
                      "上一財季該業務經營虧損為8,500萬美元。")
    assert got["約3,800萬美元"] == "2025Q3"
    assert got["8,500萬美元"] == "2025Q2"


def test_the_first_six_months_are_the_current_period_for_a_year_ago_figure():
    got = _periods_of("小米業績\n小米2025年首六個月收入5.13億元人民幣，去年同期為3.72億元人民幣；"
                      "經調整淨利潤約2,160萬元人民幣，去年同期經調整淨虧損約4千萬元人民幣。")
    assert got["5.13億元人民幣"] == "2025H1"
    assert got["3.72億元人民幣"] == "2024H1"
    assert got["約4千萬元人民幣"] == "2024H1"


def test_a_fiscal_quarter_dated_by_its_end_tells_the_companys_fiscal_year():
    got = _periods_of("西門子業績\n西門子公布，截至9月30日的第四財季營收為215.4億歐元；"
                      "2025財年全年淨利潤為103億歐元。")
    assert got["215.4億歐元"] == "2025Q3"
    assert got["103億歐元"] == "2024Q4/2025Q3"


def test_the_day_a_market_closed_on_dates_the_prices_after_it():
    from factx.pipeline import extract_text
    recs = extract_text("微軟財報\n第一財經 2025-10-30 微軟於美東時間10月29日美股收盤後公布業績。"
                        "微軟股價在盤後交易中一度下跌約3%，報約524美元。")
    assert {r.period for r in recs if r.kind in ("price", "price_change")} == {"2025-10-29"}


@pytest.mark.parametrize("text,want", [
    ("台電公布114年前3季財報", "2025Q1/2025Q3"),   # Republic of China year, 前3季 with a digit
    ("114年第3季", "2025Q3"),
    ("前3季營收", "2025Q1/2025Q3"),
    ("董事會通過115年資本支出預算", "2026"),   # a year on its own, before what a year holds
])
def test_taiwan_press_periods(text, want):
    ms = P.find(fold(text))
    assert [P.resolve(m, P.Context(2025)) for m in ms] == [want]


def test_an_age_in_years_is_no_period():
    assert P.find(fold("這家公司成立114年")) == []


# every way a period expression opens, for the scan's guard; and the articles the tests carry
_OPENINGS = [
    "2025年同期", "去年同期", "上年同期", "2026财年第二季度", "2025/26财年", "上半财年", "下半财年",
    "截至2025年6月30日止六个月", "截至9月30日的第二财季", "12月4日", "05月06日", "2025年12月4日",
    "今年5月", "本年第三季度", "上年第四季", "第三季度", "三季度", "二季", "3季度", "3财季", "第2季",
    "四个财季", "Q3", "2025Q3", "2025年Q3", "2025H1", "2025年半年度", "2025年中期", "上半年", "下半年",
    "前三季度", "首三季", "前2季", "前10月", "前十个月", "首九个月", "1-8月", "十月", "十一月", "十二月份",
    "九月", "5月底", "2025年", "2025全年", "今年", "去年", "明年", "上季", "上一季度", "前一季度",
    "上个财季", "上一财年", "上个财政年度", "上年度", "本周", "全周", "这周", "上周", "本週", "全週",
    "上週", "本季", "该季度", "当季", "单季", "季内", "本财季", "期内", "过去四个季度", "过去12个月",
    "两个季度累计", "二季合计", "年内", "今年以来", "年初至今", "今年迄今", "年初", "年中", "年底", "年末",
    "全年", "截至31日", "今(10)日", "昨(9)日", "114年前3季", "113年第4季", "114年度",
    # spaced the way some Taiwan outlets write
    "前 11 月", "11 月", "2024 年同期", "第 3 季", "2025 年 12 月 4 日", "今 (10) 日", "114 年前 3 季", "2025 年", "115年资本支出", "114 年度", "1—11月", "1至10月",
]


def _articles() -> list[str]:
    import glob
    import os
    here = os.path.join(os.path.dirname(__file__), "data")
    texts = []
    for path in sorted(glob.glob(os.path.join(here, "*", "articles", "*")) + glob.glob(os.path.join(here, "*", "*.txt"))):
        with open(path, encoding="utf-8", errors="replace") as f:
            texts.append(f.read())
    return texts


@pytest.mark.parametrize("year, roc", [(P._Y, False), (P._ROC_Y, True)], ids=["calendar", "roc"])
def test_the_scan_guard_skips_no_period(year, roc):
    """The guard before the period alternatives only lets the scan skip positions: with it,
    the scan finds what the bare alternation finds, span and groups, in every article the tests
    carry and in every opening a period expression has."""
    guarded, bare = P._period_pattern(year, roc), P._period_pattern(year, roc, guard="")
    texts = [fold(t) for t in _articles()] + ["营收" + o + "为" for o in _OPENINGS] + ["，".join(_OPENINGS)]
    assert len(texts) > 100
    for text in texts:
        assert [(m.span(), m.groups()) for m in guarded.finditer(text)] == \
               [(m.span(), m.groups()) for m in bare.finditer(text)], text[:60]


def test_a_share_price_never_takes_a_plan_year_from_an_earlier_sentence():
    """No date anywhere but 昨（10）日 after monthly revenue: the moves are on the 10th of the
    month after; without that day they would have no period, never the plan's 2026."""
    from factx.pipeline import extract_text
    text = ("聯詠營收\n【記者王小明／台北報導】聯詠昨（10）日公布2025年10月合併營收95.2億元，月增3.1%。"
            "董事會通過明年（115年）資本支出預算約30億元。聯詠昨日股價收漲2.4%至428元。")
    got = {r.quote: r.period for r in extract_text(text)}
    assert got["2.4%"] == got["428元"] == "2025-11-10"
    got = {r.quote: r.period for r in extract_text(text.replace("昨（10）日", ""))}
    assert got["2.4%"] is None and got["428元"] is None


def test_a_deal_done_yesterday_is_dated_the_day_before_the_article():
    from factx.pipeline import extract_text
    text = ("舜宇股東配股\n舜宇光學（02382）股東Brightway Holdings昨日開市前以每股80.5港元配售"
            "1,000萬股舜宇股份，套現約8.05億港元。")
    got = [(r.kind, r.period) for r in extract_text(text, date="2025-11-14") if r.quote == "約8.05億港元"]
    assert got == [("stake_sale", "2025-11-13")]


def test_a_deal_the_text_points_back_at_keeps_its_month():
    """2025年3月…出售…。出售事項的代價…: the disposal is March's, not the article's date; a deal
    with nothing pointing back is dated by the article."""
    from factx.pipeline import extract_text
    text = ("京東出售資產\n京東集團在中期報告中披露，2025年3月，公司訂立協議，向Harbor Capital出售達達集團全部股權。"
            "出售事項的現金對價約5億美元，已於9月底前完成。")
    got = [(r.kind, r.period) for r in extract_text(text, date="2025-11-20") if r.quote == "約5億美元"]
    assert got == [("stake_sale", "2025-03")]
