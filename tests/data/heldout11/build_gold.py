#!/usr/bin/env python3
"""Build the heldout11 evaluation set: articles/*.txt and gold.jsonl.

Articles and gold records are written by hand below. Each record is located by a context
string that must occur exactly once in its document; the quote is looked up inside that
context, and span = code-point offsets into title + "\n" + body. Run: python3 build_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
RULE = "heldout11-manual"
TERMS = "。！？!?"

ARTICLES = {}   # name -> (title, body)
RECORDS = []    # finished records, in document order per article


def article(name, title, body):
    assert "\n" not in title and "\n" not in body, name
    ARTICLES[name] = (title, body)


def R(name, ctx, quote, kind, subject, value, unit, approx=None, period=None, change=None,
      value_max=None, target=None, counterparty=None, stake_pct=None, optional=False,
      note=None, nth=0):
    title, body = ARTICLES[name]
    text = title + "\n" + body
    n = text.count(ctx)
    assert n == 1, f"{name}: context {ctx!r} occurs {n} times"
    c0 = text.index(ctx)
    q = -1
    for _ in range(nth + 1):
        q = ctx.index(quote, q + 1)
    start = c0 + q
    end = start + len(quote)
    assert text[start:end] == quote
    # sentence: title line, or body text between sentence terminators
    if start < len(title):
        s0, s1 = 0, len(title)
    else:
        s0 = max([text.rfind(t, 0, start) for t in TERMS] + [len(title)]) + 1
        ends = [text.find(t, end) for t in TERMS]
        ends = [e for e in ends if e != -1]
        s1 = (min(ends) + 1) if ends else len(text)
    rec = {
        "doc": f"{name}.txt#1", "kind": kind, "subject": subject, "value": value,
        "value_max": value_max, "unit": unit, "approx": approx, "period": period,
        "change": change, "span": [start, end], "quote": quote,
        "sentence": text[s0:s1],
    }
    if kind in ("stake_sale", "acquisition", "investment"):
        rec["target"] = target
        rec["counterparty"] = counterparty
        rec["stake_pct"] = stake_pct
    else:
        assert target is None and counterparty is None and stake_pct is None
    rec["rule"] = RULE
    if optional:
        rec["optional"] = True
    if note:
        rec["note"] = note
    RECORDS.append(rec)


# ---------------------------------------------------------------------------
# 1. 财新 long-form, Simplified: Tencent 2025Q3 results
A = "caixin_tencent_q3"
article(A,
"腾讯三季度营收增长13%　广告与海外游戏成双引擎",
"【财新网】11月13日晚间，腾讯控股（00700.HK）公布2025年第三季度业绩。三季度腾讯实现营收1874.6亿元，同比增长13%，环比增长5.2%；归属于公司权益持有人的净利润为612.3亿元，同比增长19%；非国际财务报告准则（Non-IFRS）下归母净利润为688.5亿元，同比增长17%。期内毛利率升至56.4%，较去年同期提高3.3个百分点；每股基本盈利为6.71元。分业务看，增值服务收入同比增长14%至936.2亿元，其中本土市场游戏收入415亿元，同比增长12%；国际市场游戏收入首次突破200亿元，达206亿元，同比增长38%。营销服务（即广告）收入351亿元，同比增长21%，主要受益于AI驱动的广告精准投放；金融科技及企业服务收入568亿元，同比增长9%，其中企业服务收入同比增长约18%。截至三季度末，微信及WeChat的合并月活跃账户数为14.18亿。投入方面，腾讯三季度资本开支为158亿元，低于去年同期的193亿元。总裁刘炽平在电话会上表示，受AI芯片供应影响，全年资本开支将低于年初预期，但仍会高于2024年的767亿元。截至9月30日，腾讯现金净额约1060亿元；前三季度已回购约570亿港元股份。彭博一致预期腾讯三季度营收为1822亿元，实际数据超出预期约2.9%。受业绩提振，腾讯股价次日盘中涨逾3%，报646港元。（财新 记者 王晓）")
Q = "2025Q3"
R(A, "营收增长13%", "13%", "revenue", "tencent", None, None, period=Q, change={"yoy": 13},
  note="title: growth without a level; first mention, so required (the body gives the level with the same rate)")
R(A, "营收1874.6亿元", "1874.6亿元", "revenue", "tencent", 187460000000, "CNY", period=Q,
  change={"yoy": 13, "qoq": 5.2})
R(A, "净利润为612.3亿元", "612.3亿元", "net_profit", "tencent", 61230000000, "CNY", period=Q,
  change={"yoy": 19}, note="归属于公司权益持有人的净利润 (attributable net profit, IFRS)")
R(A, "归母净利润为688.5亿元", "688.5亿元", "adjusted_net_profit", "tencent", 68850000000, "CNY",
  period=Q, change={"yoy": 17}, note="Non-IFRS net profit")
R(A, "增长14%至936.2亿元", "936.2亿元", "revenue", "tencent-vas", 93620000000, "CNY", period=Q,
  change={"yoy": 14}, note="增值服务 segment")
R(A, "本土市场游戏收入415亿元", "415亿元", "revenue", "tencent-domestic-games", 41500000000, "CNY",
  period=Q, change={"yoy": 12})
R(A, "首次突破200亿元", "突破200亿元", "revenue", "tencent-international-games", 20000000000, "CNY",
  approx="over", period=Q, optional=True,
  note="threshold restated by the exact level 206亿元 in the same clause; optional")
R(A, "达206亿元", "206亿元", "revenue", "tencent-international-games", 20600000000, "CNY",
  period=Q, change={"yoy": 38})
R(A, "广告）收入351亿元", "351亿元", "revenue", "tencent-marketing-services", 35100000000, "CNY",
  period=Q, change={"yoy": 21}, note="营销服务 (advertising) segment")
R(A, "企业服务收入568亿元", "568亿元", "revenue", "tencent-fintech-business", 56800000000, "CNY",
  period=Q, change={"yoy": 9})
R(A, "同比增长约18%", "约18%", "revenue", "tencent-business-services", None, None, approx="about",
  period=Q, change={"yoy": 18},
  note="growth without a level; hedge on the rate goes to approx when there is no level (seed: 混合雲增速超20%)")
R(A, "账户数为14.18亿", "14.18亿", "users", "wechat", 1418000000, "users", period=Q,
  note="combined MAU of Weixin and WeChat at end of Q3")
R(A, "资本开支为158亿元", "158亿元", "capex", "tencent", 15800000000, "CNY", period=Q)
R(A, "去年同期的193亿元", "193亿元", "capex", "tencent", 19300000000, "CNY", period="2024Q3",
  note="year-ago comparison figure")
R(A, "2024年的767亿元", "767亿元", "capex", "tencent", 76700000000, "CNY", period="2024",
  note="full-year 2024 capex, stated as the floor of the 2025 outlook")
R(A, "2024年的767亿元", "767亿元", "capex_plan", "tencent", 76700000000, "CNY", approx="over",
  period="2025", optional=True,
  note="same mention read as guidance: 2025 capex will be above 767亿元; optional second reading")
R(A, "营收为1822亿元", "1822亿元", "revenue", "tencent", 182200000000, "CNY", period=Q,
  optional=True, note="Bloomberg consensus estimate (analyst estimate -> optional)")
R(A, "涨逾3%", "逾3%", "price_change", "tencent", 3, "percent", approx="over", period="2025-11-14",
  note="次日 = day after the 11-13 results; intraday")
R(A, "报646港元", "646港元", "price", "tencent", 646, "HKD", period="2025-11-14")

# ---------------------------------------------------------------------------
# 2. 界面新闻 快讯, Simplified: November NEV deliveries
A = "jiemian_nev_deliveries"
article(A,
"新势力11月交付：零跑近6.9万辆再登顶，理想同比下滑三成",
"界面新闻记者 | 陈彤　2025年12月1日，多家造车新势力公布11月交付数据。零跑汽车11月交付新车68,915辆，同比增长62.4%，环比增长3.1%，连续九个月位居新势力榜首；1-11月累计交付约54.6万辆，已提前完成全年50万辆的销量目标。零跑新车型B10起售价为9.98万元。小鹏汽车11月交付36,728辆，同比增长19%，其中海外交付超过4,000辆；前11个月累计交付39.2万辆，同比增长156%。理想汽车11月交付3.31万辆，同比下滑约三成，环比增长1.6%，公司此前预计四季度交付量为10万至11万辆。小米汽车11月交付量连续第三个月超过4万辆。蔚来公司11月交付新车3.62万辆，其中乐道品牌交付不到1.2万辆。鸿蒙智行11月全系交付8.26万辆，同比增长逾八成，其中问界品牌交付5.54万辆。传统车企方面，比亚迪11月新能源汽车销量48.1万辆，同比下降5.3%，其中海外销售13.2万辆，创历史新高；前11个月累计销量418.3万辆。据乘联会初步统计，11月全国新能源乘用车零售渗透率约为59.6%。港股方面，截至发稿，零跑汽车涨2.15%，报55.3港元；理想汽车跌1.8%。（界面新闻）")
M = "2025-11"
YTD = "2025-01/2025-11"
R(A, "零跑近6.9万辆", "近6.9万辆", "operating_metric", "leapmotor", 69000, "vehicles", approx="nearly",
  period=M, note="title; deliveries (within 0.5% of the body's 68,915, which is a separate required record)")
R(A, "同比下滑三成", "三成", "operating_metric", "li-auto", None, None, period=M, change={"yoy": -30},
  note="title: growth without a level (三成 = 30%)")
R(A, "交付新车68,915辆", "68,915辆", "operating_metric", "leapmotor", 68915, "vehicles", period=M,
  change={"yoy": 62.4, "mom": 3.1}, note="环比 of a monthly figure -> mom")
R(A, "累计交付约54.6万辆", "约54.6万辆", "operating_metric", "leapmotor", 546000, "vehicles",
  approx="about", period=YTD)
R(A, "全年50万辆", "50万辆", "operating_metric", "leapmotor", 500000, "vehicles", period="2025",
  note="company's own full-year sales target (guidance -> metric's kind, required)")
R(A, "交付36,728辆", "36,728辆", "operating_metric", "xpeng", 36728, "vehicles", period=M,
  change={"yoy": 19})
R(A, "海外交付超过4,000辆", "超过4,000辆", "operating_metric", "xpeng", 4000, "vehicles",
  approx="over", period=M, note="overseas deliveries")
R(A, "累计交付39.2万辆", "39.2万辆", "operating_metric", "xpeng", 392000, "vehicles", period=YTD,
  change={"yoy": 156})
R(A, "交付3.31万辆", "3.31万辆", "operating_metric", "li-auto", 33100, "vehicles", period=M,
  change={"yoy": -30, "mom": 1.6},
  note="约 hedges the rate (约三成), not the level, so approx null")
R(A, "10万至11万辆", "10万至11万辆", "operating_metric", "li-auto", 100000, "vehicles",
  value_max=110000, period="2025Q4", note="company guidance for Q4 deliveries (range)")
R(A, "连续第三个月超过4万辆", "超过4万辆", "operating_metric", "xiaomi-ev", 40000, "vehicles",
  approx="over", period=M, note="November deliveries; 连续第三个月 (Sep-Nov) is context, period the stated month")
R(A, "交付新车3.62万辆", "3.62万辆", "operating_metric", "nio", 36200, "vehicles", period=M)
R(A, "交付不到1.2万辆", "不到1.2万辆", "operating_metric", "nio-onvo", 12000, "vehicles",
  approx="up_to", period=M, note="不到 (less than) read as up_to: the contract has no 'under' code")
R(A, "全系交付8.26万辆", "8.26万辆", "operating_metric", "hima", 82600, "vehicles", period=M,
  change={"yoy": 80}, note="逾 hedges the rate (逾八成), not the level")
R(A, "问界品牌交付5.54万辆", "5.54万辆", "operating_metric", "hima-aito", 55400, "vehicles", period=M)
R(A, "销量48.1万辆", "48.1万辆", "operating_metric", "byd", 481000, "vehicles", period=M,
  change={"yoy": -5.3})
R(A, "海外销售13.2万辆", "13.2万辆", "operating_metric", "byd", 132000, "vehicles", period=M,
  note="overseas sales")
R(A, "累计销量418.3万辆", "418.3万辆", "operating_metric", "byd", 4183000, "vehicles", period=YTD)
R(A, "渗透率约为59.6%", "约为59.6%", "market_share", "新能源乘用车", 59.6, "percent", approx="about",
  period=M, optional=True,
  note="NEV retail penetration of the whole passenger-car market (CPCA); a product-class share, not a company's; optional")
R(A, "零跑汽车涨2.15%", "2.15%", "price_change", "leapmotor", 2.15, "percent", period="2025-12-01")
R(A, "报55.3港元", "55.3港元", "price", "leapmotor", 55.3, "HKD", period="2025-12-01")
R(A, "理想汽车跌1.8%", "1.8%", "price_change", "li-auto", -1.8, "percent", period="2025-12-01")

# ---------------------------------------------------------------------------
# 3. 华尔街见闻 live brief, Simplified: overnight markets, FX, commodities
A = "wallstreetcn_morning_brief"
article(A,
"见闻早餐｜纳指涨0.59%，美元兑日元升破157，比特币失守9万美元",
"华尔街见闻 2025年11月20日　周三（11月19日），美股三大指数涨跌互现。道指跌0.12%，报46138.77点；标普500指数涨0.38%，报6642.16点；纳指涨0.59%，报22564.23点。英伟达涨2.85%，微软跌超1%。纳斯达克中国金龙指数跌1.12%，热门中概股中，百度跌超4%，拼多多涨2.3%，蔚来跌近3%。消息面上，微软与英伟达11月18日宣布，将分别向AI初创公司Anthropic投资至多40亿美元和80亿美元。美债方面，10年期美债收益率上行4个基点，报4.13%。汇市方面，美元指数涨0.42%，报100.21。日元继续走弱，美元兑日元涨0.53%，报157.02，为今年1月以来首次升破157。离岸人民币兑美元跌0.12%，报7.1123；欧元兑美元跌0.31%，报1.1528。商品方面，现货黄金涨0.61%，报4078.35美元/盎司，年内累计上涨约55%；WTI原油期货跌2.09%，报59.44美元/桶。加密货币方面，比特币盘中一度跌破9万美元，截至发稿跌3.2%，报89100美元，较10月初创下的历史高点回落近三成。CME FedWatch显示，市场预计美联储12月降息25个基点的概率为33%。（华尔街见闻）")
D = "2025-11-19"
R(A, "纳指涨0.59%，美元", "0.59%", "price_change", "nasdaq-composite", 0.59, "percent", period=D,
  note="title; US session of 11-19 (周三)")
R(A, "升破157，", "157", "price", "usd-jpy", 157, "JPY", approx="over", period=D,
  note="title: 升破157 = broke above 157 (over, like 突破)")
R(A, "失守9万美元", "9万美元", "price", "bitcoin", 90000, "USD", period=D,
  note="title: fell below 9万 (seed: 跌破 -> approx null)")
R(A, "道指跌0.12%", "0.12%", "price_change", "dow-jones", -0.12, "percent", period=D)
R(A, "报46138.77点", "46138.77点", "price", "dow-jones", 46138.77, "points", period=D)
R(A, "标普500指数涨0.38%", "0.38%", "price_change", "sp500", 0.38, "percent", period=D)
R(A, "报6642.16点", "6642.16点", "price", "sp500", 6642.16, "points", period=D)
R(A, "；纳指涨0.59%", "0.59%", "price_change", "nasdaq-composite", 0.59, "percent", period=D,
  optional=True, note="repeat of the title figure")
R(A, "报22564.23点", "22564.23点", "price", "nasdaq-composite", 22564.23, "points", period=D)
R(A, "英伟达涨2.85%", "2.85%", "price_change", "nvidia", 2.85, "percent", period=D)
R(A, "微软跌超1%", "超1%", "price_change", "microsoft", -1, "percent", approx="over", period=D)
R(A, "金龙指数跌1.12%", "1.12%", "price_change", "nasdaq-golden-dragon", -1.12, "percent", period=D)
R(A, "百度跌超4%", "超4%", "price_change", "baidu", -4, "percent", approx="over", period=D)
R(A, "拼多多涨2.3%", "2.3%", "price_change", "pinduoduo", 2.3, "percent", period=D)
R(A, "蔚来跌近3%", "近3%", "price_change", "nio", -3, "percent", approx="nearly", period=D)
R(A, "投资至多40亿美元", "至多40亿美元", "investment", "microsoft", 4000000000, "USD", approx="up_to",
  period="2025-11-18", target="anthropic", stake_pct=None, note="分别: Microsoft up to 40亿美元")
R(A, "和80亿美元", "80亿美元", "investment", "nvidia", 8000000000, "USD", approx="up_to",
  period="2025-11-18", target="anthropic", stake_pct=None,
  note="分别: Nvidia up to 80亿美元; 至多 governs both amounts")
R(A, "报4.13%", "4.13%", "price", "us-10y-treasury", 4.13, "percent", period=D, optional=True,
  note="bond yield level; no kind fits a yield well (price of a bond quoted as a rate); optional. 上行4个基点 not recorded")
R(A, "美元指数涨0.42%", "0.42%", "price_change", "dollar-index", 0.42, "percent", period=D)
R(A, "报100.21", "100.21", "price", "dollar-index", 100.21, "points", period=D,
  note="index level without a written unit; dollar index -> points")
R(A, "美元兑日元涨0.53%", "0.53%", "price_change", "usd-jpy", 0.53, "percent", period=D)
R(A, "报157.02", "157.02", "price", "usd-jpy", 157.02, "JPY", period=D,
  note="yen per dollar; unit = quote currency")
R(A, "首次升破157", "157", "price", "usd-jpy", 157, "JPY", approx="over", period=D, optional=True,
  note="repeat of the title's 升破157")
R(A, "离岸人民币兑美元跌0.12%", "0.12%", "price_change", "cnh", -0.12, "percent", period=D,
  note="the offshore yuan weakened 0.12% (跌), subject = 离岸人民币")
R(A, "报7.1123", "7.1123", "price", "cnh", 7.1123, "CNY", period=D,
  note="quoted as yuan per US dollar; unit CNY (quote currency)")
R(A, "欧元兑美元跌0.31%", "0.31%", "price_change", "eur-usd", -0.31, "percent", period=D)
R(A, "报1.1528", "1.1528", "price", "eur-usd", 1.1528, "USD", period=D)
R(A, "现货黄金涨0.61%", "0.61%", "price_change", "spot-gold", 0.61, "percent", period=D)
R(A, "报4078.35美元/盎司", "4078.35美元/盎司", "price", "spot-gold", 4078.35, "USD", period=D)
R(A, "累计上涨约55%", "约55%", "price_change", "spot-gold", 55, "percent", approx="about",
  period="2025", note="年内 (year-to-date) move; period 2025 as in the seed (現貨黃金年內漲60%)")
R(A, "原油期货跌2.09%", "2.09%", "price_change", "wti-crude", -2.09, "percent", period=D)
R(A, "报59.44美元/桶", "59.44美元/桶", "price", "wti-crude", 59.44, "USD", period=D)
R(A, "一度跌破9万美元", "9万美元", "price", "bitcoin", 90000, "USD", period=D, optional=True,
  note="repeat of the title's 失守9万美元")
R(A, "截至发稿跌3.2%", "3.2%", "price_change", "bitcoin", -3.2, "percent", period=D)
R(A, "报89100美元", "89100美元", "price", "bitcoin", 89100, "USD", period=D)
R(A, "回落近三成", "近三成", "price_change", "bitcoin", -30, "percent", approx="nearly", period=None,
  note="decline from the (undated, early-October) all-time high to press time; period not pinned (seed: crypto-market 逾1兆美元)")

# ---------------------------------------------------------------------------
# 4. 证券时报 e公司, Simplified: company announcements (full-width digits)
A = "egongsi_announcements"
article(A,
"宁德时代拟投资不超过１２０亿元建基地　股东黄世霖拟减持不超过１．２％",
"e公司讯，宁德时代（300750）2025年11月24日晚间公告，拟在江西宜春投资建设年产６０ＧＷｈ的锂电池生产基地，项目总投资不超过１２０亿元，建设周期约３年。公司三季报显示，前三季度购建固定资产、无形资产和其他长期资产支付的现金为２８４．６亿元，同比增长逾四成；同期研发投入158.7亿元，同比增长15.2%。同日，宁德时代披露，持股约2.4%的股东黄世霖计划在未来３个月内减持不超过１．２％股份，以当日收盘价粗略计算，可套现约２０８亿元。海天味业公告，拟以现金3.86亿元向控股股东广东海天集团收购广中皇食品51%股权，交易对应市盈率约14倍。三七互娱公告，拟以自有资金5千万元参与智谱AI新一轮融资，投后持股约0.12%，本轮投前估值400亿元。业绩方面，隆基绿能前三季度实现营业收入509.15亿元，同比下降13.1%；归母净利润为-34.03亿元，上年同期为-65.6亿元；经营活动产生的现金流量净额为-12.6亿元。其中第三季度单季亏损8.34亿元，环比减亏约49%。分红方面，贵州茅台拟每10股派发现金红利238.82元（含税），合计派现约300亿元。截至当日收盘，宁德时代报378.5元/股，总市值约1.73万亿元。（证券时报e公司）")
D = "2025-11-24"
R(A, "投资不超过１２０亿元建基地", "不超过１２０亿元", "capex_plan", "catl", 12000000000, "CNY",
  approx="up_to", period=None, note="title; planned plant investment, built over about 3 years -> period null")
R(A, "拟减持不超过１．２％", "不超过１．２％", "stake_sale", "huang-shilin", None, None, approx="up_to",
  period=D, target="catl", stake_pct=1.2,
  note="title: planned reduction by shareholder 黄世霖 (a person); no value in the title; period = announcement date")
R(A, "总投资不超过１２０亿元", "不超过１２０亿元", "capex_plan", "catl", 12000000000, "CNY",
  approx="up_to", period=None, optional=True, note="repeat of the title figure")
R(A, "现金为２８４．６亿元", "２８４．６亿元", "capex", "catl", 28460000000, "CNY",
  period="2025Q1/2025Q3", change={"yoy": 40},
  note="cash paid for fixed, intangible and other long-term assets = capex; 逾 hedges the rate, level exact")
R(A, "研发投入158.7亿元", "158.7亿元", "cost", "catl", 15870000000, "CNY", period="2025Q1/2025Q3",
  change={"yoy": 15.2}, note="R&D spend -> cost (contract); 同期 = 前三季度")
R(A, "可套现约２０８亿元", "约２０８亿元", "stake_sale", "huang-shilin", 20800000000, "CNY",
  approx="about", period=D, target="catl", stake_pct=1.2,
  note="journalist's estimate of proceeds at the day's close (like seed 預計可套現約11.7億元); stake 不超过1.2%. 持股约2.4% is a holding, not recorded")
R(A, "现金3.86亿元", "3.86亿元", "acquisition", "haitian", 386000000, "CNY", period=D,
  target="guangzhonghuang", counterparty="haitian-group", stake_pct=51,
  note="buyer 海天味业, seller its controlling shareholder 广东海天集团; 市盈率约14倍 not recorded")
R(A, "自有资金5千万元", "5千万元", "investment", "37interactive", 50000000, "CNY", period=D,
  target="zhipu", stake_pct=0.12,
  note="约 hedges the stake (投后持股约0.12%), not the amount; 投前估值400亿元 (valuation) not recorded")
R(A, "营业收入509.15亿元", "509.15亿元", "revenue", "longi", 50915000000, "CNY",
  period="2025Q1/2025Q3", change={"yoy": -13.1})
R(A, "归母净利润为-34.03亿元", "-34.03亿元", "net_profit", "longi", -3403000000, "CNY",
  period="2025Q1/2025Q3", note="minus sign in the text")
R(A, "上年同期为-65.6亿元", "-65.6亿元", "net_profit", "longi", -6560000000, "CNY",
  period="2024Q1/2024Q3", note="year-ago comparison figure")
R(A, "净额为-12.6亿元", "-12.6亿元", "cash_flow", "longi", -1260000000, "CNY",
  period="2025Q1/2025Q3", note="net operating cash flow, negative")
R(A, "单季亏损8.34亿元", "8.34亿元", "net_profit", "longi", -834000000, "CNY", period="2025Q3",
  change={"qoq": -49},
  note="loss -> negative; 减亏约49% encoded as -49 on the loss, as the seed does for 降低一半 of a per-order loss")
R(A, "报378.5元/股", "378.5元/股", "price", "catl", 378.5, "CNY", period=D)
R(A, "总市值约1.73万亿元", "约1.73万亿元", "price", "catl", 1730000000000, "CNY", approx="about",
  period=D, optional=True,
  note="market capitalisation; the seed treats a market cap as a price level (crypto-market), for a company it is a valuation -> optional")

# ---------------------------------------------------------------------------
# 5. 經濟日報 (TW), Traditional: Taiwan monthly revenue
A = "udn_tw_monthly_revenue"
article(A,
"台積電10月營收3,512億元　年增12.3%",
"【記者簡永祥／新竹報導】台積電（2330）昨（10）日公布10月合併營收3,512.8億元，月增6.1%、年增12.3%，寫下歷年同期新高；累計今年前10月營收3兆2,186億元，年增31.7%。台積電先前預估，第4季營收將介於315億至327億美元，毛利率介於59%至61%，營業利益率介於48.5%至50.5%。法人估算，10月營收已達第4季財測中值約三成六。台積電第3季每股純益16.85元，董事會日前核准每股配發現金股利5元。鴻海（2317）同日公布10月營收8,936億元，月減1.8%、年增11.2%，其中雲端網路產品受惠AI伺服器出貨暢旺，年增逾五成；鴻海預期第4季AI伺服器營收將季增逾倍。聯發科（2454）10月營收438.6億元，月減4.2%、年減2.1%，前10月營收4,712億元，年增8.4%。廣達（2382）10月營收1,986億元，月增逾一成、年增48.6%，創單月新高。股價方面，台股加權指數昨日上漲182.3點，收在27,840.12點；台積電收1,475元、漲1.38%，外資摩根士丹利將目標價上調至1,688元。新台幣兌美元收30.712元，升值0.19%。（經濟日報，2025年11月11日）")
M = "2025-10"
YTD = "2025-01/2025-10"
D = "2025-11-10"
R(A, "營收3,512億元", "3,512億元", "revenue", "tsmc", 351200000000, "TWD", period=M,
  change={"yoy": 12.3}, note="title; bare 億元 in a Taiwan paper = TWD")
R(A, "營收3,512.8億元", "3,512.8億元", "revenue", "tsmc", 351280000000, "TWD", period=M,
  change={"mom": 6.1, "yoy": 12.3}, optional=True, note="repeat of the title figure, more precise")
R(A, "營收3兆2,186億元", "3兆2,186億元", "revenue", "tsmc", 3218600000000, "TWD", period=YTD,
  change={"yoy": 31.7}, note="今年前10月 cumulative; 兆 = 10^12")
R(A, "介於315億至327億美元", "315億至327億美元", "revenue", "tsmc", 31500000000, "USD",
  value_max=32700000000, period="2025Q4", note="company guidance (財測) for Q4 -> revenue, required")
R(A, "介於48.5%至50.5%", "48.5%至50.5%", "operating_profit", "tsmc", 48.5, "percent", value_max=50.5,
  period="2025Q4", optional=True,
  note="operating margin guidance; margins of a contract kind are optional (seed: selling expense 佔營收36%). Gross margin 59%-61% not recorded (no gross-profit kind)")
R(A, "10月營收8,936億元", "8,936億元", "revenue", "foxconn", 893600000000, "TWD", period=M,
  change={"mom": -1.8, "yoy": 11.2})
R(A, "年增逾五成", "逾五成", "revenue", "foxconn-cloud-networking", None, None, approx="over",
  period=M, change={"yoy": 50}, note="segment growth without a level; hedge to approx as in the seed (超20%)")
R(A, "季增逾倍", "逾倍", "revenue", "foxconn-ai-servers", None, None, approx="over", period="2025Q4",
  change={"qoq": 100}, note="company outlook: Q4 AI-server revenue to more than double qoq (逾倍 = over +100%)")
R(A, "10月營收438.6億元", "438.6億元", "revenue", "mediatek", 43860000000, "TWD", period=M,
  change={"mom": -4.2, "yoy": -2.1})
R(A, "前10月營收4,712億元", "4,712億元", "revenue", "mediatek", 471200000000, "TWD", period=YTD,
  change={"yoy": 8.4})
R(A, "10月營收1,986億元", "1,986億元", "revenue", "quanta", 198600000000, "TWD", period=M,
  change={"mom": 10, "yoy": 48.6}, note="逾一成 hedges the mom rate, level exact")
R(A, "上漲182.3點", "182.3點", "price_change", "taiex", 182.3, "points", period=D,
  note="昨日 = 11-10 (article dated 11-11)")
R(A, "收在27,840.12點", "27,840.12點", "price", "taiex", 27840.12, "points", period=D)
R(A, "台積電收1,475元", "1,475元", "price", "tsmc", 1475, "TWD", period=D)
R(A, "漲1.38%", "1.38%", "price_change", "tsmc", 1.38, "percent", period=D)
R(A, "上調至1,688元", "1,688元", "price", "tsmc", 1688, "TWD", period=None, optional=True,
  note="analyst target price (Morgan Stanley): an analyst forecast -> optional")
R(A, "收30.712元", "30.712元", "price", "twd", 30.712, "TWD", period=D,
  note="NT dollars per US dollar; subject 新台幣 (as for 离岸人民币 in the wallstreetcn brief)")
R(A, "升值0.19%", "0.19%", "price_change", "twd", 0.19, "percent", period=D,
  note="升值 = the NT dollar appreciated, + from the subject's view")

# ---------------------------------------------------------------------------
# 6. 鉅亨網 (TW), Traditional: Samsung / SK hynix Q3, KOSPI, Sony guidance
A = "cnyes_korea_memory"
article(A,
"三星Q3營業利益11.46兆韓元、年增25%　記憶體重回榮景",
"鉅亨網編譯陳韻如 2025/10/31　三星電子（005930-KR）週四（30日）公布第三季財報，合併營收84.37兆韓元，季增13.2%、年增6.9%，創單季歷史新高；營業利益11.46兆韓元，年增25%；淨利10.92兆韓元。其中負責記憶體與晶圓代工的裝置解決方案（DS）部門營收31.8兆韓元，營業利益6.2兆韓元，較上季的4,000億韓元大幅跳升。三星表示，今年全年設施投資預計約47.4兆韓元，其中半導體約40.9兆韓元。市調機構Counterpoint數據顯示，三星第三季DRAM營收市占率回升至33.5%，重奪龍頭；SK海力士以32.9%居次。SK海力士同日公布第三季營收23.7兆韓元、營業利益10.8兆韓元，營業利益率達45.6%，第三季HBM市占率約62%，穩居第一。南韓綜合股價指數（KOSPI）週四收漲0.6%，報4,086.89點；三星股價收在10萬5,600韓元，今年以來累漲逾一倍，並宣布每股普通股季度股息370韓元；SK海力士收漲2.3%，報55萬6,000韓元。日本方面，索尼集團同日上修2025財年（截至2026年3月）營業利益預估至1兆4,300億日圓，較原預估上調8%。（鉅亨網）")
Q = "2025Q3"
D = "2025-10-30"
R(A, "營業利益11.46兆韓元、", "11.46兆韓元", "operating_profit", "samsung", 11460000000000, "KRW",
  period=Q, change={"yoy": 25}, note="title")
R(A, "合併營收84.37兆韓元", "84.37兆韓元", "revenue", "samsung", 84370000000000, "KRW", period=Q,
  change={"qoq": 13.2, "yoy": 6.9})
R(A, "營業利益11.46兆韓元，", "11.46兆韓元", "operating_profit", "samsung", 11460000000000, "KRW",
  period=Q, change={"yoy": 25}, optional=True, note="repeat of the title figure")
R(A, "淨利10.92兆韓元", "10.92兆韓元", "net_profit", "samsung", 10920000000000, "KRW", period=Q)
R(A, "部門營收31.8兆韓元", "31.8兆韓元", "revenue", "samsung-ds", 31800000000000, "KRW", period=Q)
R(A, "營業利益6.2兆韓元", "6.2兆韓元", "operating_profit", "samsung-ds", 6200000000000, "KRW", period=Q)
R(A, "上季的4,000億韓元", "4,000億韓元", "operating_profit", "samsung-ds", 400000000000, "KRW",
  period="2025Q2", note="上季 comparison figure")
R(A, "預計約47.4兆韓元", "約47.4兆韓元", "capex_plan", "samsung", 47400000000000, "KRW",
  approx="about", period="2025", note="full-year 2025 facility investment forecast (like Google's 2025 capex forecast in the seed)")
R(A, "半導體約40.9兆韓元", "約40.9兆韓元", "capex_plan", "samsung-ds", 40900000000000, "KRW",
  approx="about", period="2025", note="semiconductor part of the plan; subject = DS division (company samsung)")
R(A, "回升至33.5%", "33.5%", "market_share", "samsung", 33.5, "percent", period=Q,
  note="DRAM revenue share (Counterpoint)")
R(A, "以32.9%居次", "32.9%", "market_share", "sk-hynix", 32.9, "percent", period=Q)
R(A, "營收23.7兆韓元", "23.7兆韓元", "revenue", "sk-hynix", 23700000000000, "KRW", period=Q)
R(A, "營業利益10.8兆韓元", "10.8兆韓元", "operating_profit", "sk-hynix", 10800000000000, "KRW", period=Q)
R(A, "營業利益率達45.6%", "45.6%", "operating_profit", "sk-hynix", 45.6, "percent", period=Q,
  optional=True, note="operating margin; optional per the margin decision")
R(A, "HBM市占率約62%", "約62%", "market_share", "sk-hynix", 62, "percent", approx="about", period=Q,
  note="HBM share")
R(A, "收漲0.6%", "0.6%", "price_change", "kospi", 0.6, "percent", period=D)
R(A, "報4,086.89點", "4,086.89點", "price", "kospi", 4086.89, "points", period=D)
R(A, "收在10萬5,600韓元", "10萬5,600韓元", "price", "samsung", 105600, "KRW", period=D)
R(A, "累漲逾一倍", "逾一倍", "price_change", "samsung", 100, "percent", approx="over", period="2025",
  note="year-to-date (今年以來); 一倍 = +100%")
R(A, "SK海力士收漲2.3%", "2.3%", "price_change", "sk-hynix", 2.3, "percent", period=D,
  note="季度股息370韓元 (dividend per share) not recorded")
R(A, "報55萬6,000韓元", "55萬6,000韓元", "price", "sk-hynix", 556000, "KRW", period=D)
R(A, "預估至1兆4,300億日圓", "1兆4,300億日圓", "operating_profit", "sony", 1430000000000, "JPY",
  period="2025Q2/2026Q1",
  note="company guidance for FY2025 (April 2025 - March 2026) -> calendar quarters 2025Q2/2026Q1; the 8% upward revision is against the earlier forecast, not a yoy/qoq rate, so change null")

# ---------------------------------------------------------------------------
# 7. 信報 (HK), Traditional: Lenovo FY2025/26 Q2 results
A = "hkej_lenovo_results"
article(A,
"聯想次季純利增25%　基建業務虧損收窄",
"聯想集團（00992）昨日公布截至今年9月底止的2025/26財年第二季業績，收入按年增長13%至193.4億美元，高於市場預期的189億美元，創同期新高；股東應佔溢利3.38億美元，按年增長25%，每股基本盈利2.72美仙。撇除非香港財務報告準則項目，經調整純利按年增長22%至4.12億美元。上半財年（4月至9月）收入合共366.2億美元，按年增17%。期內研發開支按年增加11%至6.5億美元，經營活動現金流入淨額12.3億美元。分業務看，智能設備業務集團（IDG）收入132.1億美元，按年增12%，經營溢利率為7.3%；基礎設施方案業務集團（ISG）收入39.6億美元，按年增20%，經營虧損收窄至約1,800萬美元，上年同期虧損56百萬美元；方案服務業務集團（SSG）收入23.1億美元，按年增16%。根據IDC數據，聯想第三季全球個人電腦出貨量達1,920萬台，按年增14.5%，市佔率升至25.4%，穩居首位。聯想宣派中期股息每股8.2港仙。主席楊元慶表示，未來三年將斥資至少100億元人民幣擴建全球AI伺服器生產基地。聯想股價昨日收報10.86港元，升3.63%，成交額約21億港元；恒指則跌0.8%，收報25,612點。（信報財經新聞，2025年11月21日）")
Q = "2025Q3"
D = "2025-11-20"
R(A, "純利增25%", "25%", "net_profit", "lenovo", None, None, period=Q, change={"yoy": 25},
  note="title: growth without a level; 次季 = FY2025/26 Q2 = Jul-Sep 2025")
R(A, "增長13%至193.4億美元", "193.4億美元", "revenue", "lenovo", 19340000000, "USD", period=Q,
  change={"yoy": 13})
R(A, "預期的189億美元", "189億美元", "revenue", "lenovo", 18900000000, "USD", period=Q,
  optional=True, note="market consensus estimate -> optional")
R(A, "應佔溢利3.38億美元", "3.38億美元", "net_profit", "lenovo", 338000000, "USD", period=Q,
  change={"yoy": 25}, note="每股基本盈利2.72美仙 not recorded")
R(A, "增長22%至4.12億美元", "4.12億美元", "adjusted_net_profit", "lenovo", 412000000, "USD",
  period=Q, change={"yoy": 22})
R(A, "合共366.2億美元", "366.2億美元", "revenue", "lenovo", 36620000000, "USD",
  period="2025Q2/2025Q3", change={"yoy": 17}, note="fiscal first half (Apr-Sep 2025)")
R(A, "增加11%至6.5億美元", "6.5億美元", "cost", "lenovo", 650000000, "USD", period=Q,
  change={"yoy": 11}, note="R&D expense -> cost")
R(A, "淨額12.3億美元", "12.3億美元", "cash_flow", "lenovo", 1230000000, "USD", period=Q,
  note="net operating cash inflow")
R(A, "收入132.1億美元", "132.1億美元", "revenue", "lenovo-idg", 13210000000, "USD", period=Q,
  change={"yoy": 12})
R(A, "經營溢利率為7.3%", "7.3%", "operating_profit", "lenovo-idg", 7.3, "percent", period=Q,
  optional=True, note="operating margin; optional per the margin decision")
R(A, "收入39.6億美元", "39.6億美元", "revenue", "lenovo-isg", 3960000000, "USD", period=Q,
  change={"yoy": 20})
R(A, "收窄至約1,800萬美元", "約1,800萬美元", "operating_profit", "lenovo-isg", -18000000, "USD",
  approx="about", period=Q, note="經營虧損 -> negative")
R(A, "虧損56百萬美元", "56百萬美元", "operating_profit", "lenovo-isg", -56000000, "USD",
  period="2024Q3", note="上年同期 loss; 百萬 scale")
R(A, "收入23.1億美元", "23.1億美元", "revenue", "lenovo-ssg", 2310000000, "USD", period=Q,
  change={"yoy": 16})
R(A, "出貨量達1,920萬台", "1,920萬台", "operating_metric", "lenovo", 19200000, "units", period=Q,
  change={"yoy": 14.5}, note="PC shipments (IDC), calendar Q3")
R(A, "市佔率升至25.4%", "25.4%", "market_share", "lenovo", 25.4, "percent", period=Q)
R(A, "斥資至少100億元人民幣", "至少100億元人民幣", "capex_plan", "lenovo", 10000000000, "CNY",
  approx="at_least", period=None, note="three-year plan (未來三年) -> period null")
R(A, "收報10.86港元", "10.86港元", "price", "lenovo", 10.86, "HKD", period=D,
  note="昨日 = 11-20 (article dated 11-21)")
R(A, "升3.63%", "3.63%", "price_change", "lenovo", 3.63, "percent", period=D)
R(A, "跌0.8%", "0.8%", "price_change", "hang-seng", -0.8, "percent", period=D)
R(A, "收報25,612點", "25,612點", "price", "hang-seng", 25612, "points", period=D)

# ---------------------------------------------------------------------------
# 8. 香港經濟日報 (HK), Traditional: Prosus placement of Tencent shares, Tencent deals
A = "hket_prosus_tencent"
article(A,
"Prosus配售騰訊股份套現約380億港元　持股降至22%",
"【香港經濟日報】騰訊（00700）大股東Prosus昨日（11月26日）宣布，以每股628港元向機構投資者配售約6,050萬股騰訊股份，套現約380億港元，佔騰訊已發行股本約0.66%，較前收市價折讓約3.5%。配售完成後，Prosus對騰訊的持股將由約22.7%降至約22%。Prosus表示，所得款項將用於回購自身股份。今年首十個月，Prosus透過場內出售累計減持騰訊股份，套現逾1,200億港元。另一方面，騰訊同日斥資約5.08億港元回購80萬股。騰訊昨日亦宣布，以約13.2億歐元向法國遊戲商育碧收購其新成立附屬公司Vantage Studios的25%股權，該附屬公司估值約52.8億歐元。此外，騰訊領投具身智能初創公司銀河通用新一輪融資，出資約1.5億美元（折合約10.7億元人民幣）。大和發表報告，維持騰訊「買入」評級，目標價由700港元升至760港元，並預測騰訊2025年經調整純利約2,580億元人民幣。騰訊股價昨日收報650.5港元，跌2.84%，成交額約142億港元；恒生科技指數跌1.9%，報5,812點；恒指跌0.72%，收報25,480點，美團跌3.1%。（香港經濟日報，2025年11月27日）")
D = "2025-11-26"
R(A, "套現約380億港元　", "約380億港元", "stake_sale", "prosus", 38000000000, "HKD", approx="about",
  period=D, target="tencent", counterparty=None, stake_pct=0.66,
  note="title; placing to unnamed institutional investors (counterparty null); stake 約0.66% from the body. 持股降至22% is the holding after the sale, not recorded")
R(A, "約6,050萬股", "約6,050萬股", "stake_sale", "prosus", 60500000, "shares", approx="about",
  period=D, target="tencent", counterparty=None, stake_pct=0.66, optional=True,
  note="share-count reading of the same placement (seed: 不超過130,641,979股 optional)")
R(A, "每股628港元", "628港元", "price", "tencent", 628, "HKD", period=D, optional=True,
  note="placing price per share: a deal price, not a market quote; optional")
R(A, "套現約380億港元，", "約380億港元", "stake_sale", "prosus", 38000000000, "HKD", approx="about",
  period=D, target="tencent", counterparty=None, stake_pct=0.66, optional=True,
  note="repeat of the title figure")
R(A, "套現逾1,200億港元", "逾1,200億港元", "divestment_proceeds", "prosus", 120000000000, "HKD",
  approx="over", period="2025-01/2025-10",
  note="cumulative cash from many on-market sales over 今年首十個月 (summed disposals -> divestment_proceeds; stake_sale alternative below)")
R(A, "套現逾1,200億港元", "逾1,200億港元", "stake_sale", "prosus", 120000000000, "HKD",
  approx="over", period="2025-01/2025-10", target="tencent", counterparty=None, stake_pct=None,
  optional=True, note="alternative kind for the same mention: one holding (seed: CICC 合計套現17.53億港元 as stake_sale)")
R(A, "以約13.2億歐元", "約13.2億歐元", "acquisition", "tencent", 1320000000, "EUR", approx="about",
  period=D, target="vantage-studios", counterparty="ubisoft", stake_pct=25,
  note="seller 育碧; 估值約52.8億歐元 (valuation) not recorded; buyback 5.08億港元 not recorded")
R(A, "出資約1.5億美元", "約1.5億美元", "investment", "tencent", 150000000, "USD", approx="about",
  period=None, target="galbot", counterparty=None, stake_pct=None,
  note="lead investor's own contribution to the round; date not stated")
R(A, "折合約10.7億元人民幣", "約10.7億元人民幣", "investment", "tencent", 1070000000, "CNY",
  approx="about", period=None, target="galbot", counterparty=None, stake_pct=None, optional=True,
  note="currency conversion in parentheses (optional by contract)")
R(A, "目標價由700港元", "700港元", "price", "tencent", 700, "HKD", period=None, optional=True,
  note="analyst's previous target price (Daiwa)")
R(A, "升至760港元", "760港元", "price", "tencent", 760, "HKD", period=None, optional=True,
  note="analyst's new target price (Daiwa)")
R(A, "純利約2,580億元人民幣", "約2,580億元人民幣", "adjusted_net_profit", "tencent", 258000000000,
  "CNY", approx="about", period="2025", optional=True, note="analyst forecast (Daiwa) -> optional")
R(A, "收報650.5港元", "650.5港元", "price", "tencent", 650.5, "HKD", period=D)
R(A, "跌2.84%", "2.84%", "price_change", "tencent", -2.84, "percent", period=D)
R(A, "恒生科技指數跌1.9%", "1.9%", "price_change", "hang-seng-tech", -1.9, "percent", period=D)
R(A, "報5,812點", "5,812點", "price", "hang-seng-tech", 5812, "points", period=D)
R(A, "恒指跌0.72%", "0.72%", "price_change", "hang-seng", -0.72, "percent", period=D)
R(A, "收報25,480點", "25,480點", "price", "hang-seng", 25480, "points", period=D)
R(A, "美團跌3.1%", "3.1%", "price_change", "meituan", -3.1, "percent", period=D)


def main():
    adir = os.path.join(HERE, "articles")
    os.makedirs(adir, exist_ok=True)
    for name, (title, body) in ARTICLES.items():
        with open(os.path.join(adir, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(title + "\n" + body)   # no trailing newline
    order = {f"{n}.txt#1": i for i, n in enumerate(ARTICLES)}
    recs = sorted(RECORDS, key=lambda r: (order[r["doc"]], r["span"][0], r["kind"]))
    for r in recs:
        title, body = ARTICLES[r["doc"][:-6]]
        text = title + "\n" + body
        assert r["quote"] == text[r["span"][0]:r["span"][1]]
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for name, (title, body) in ARTICLES.items():
        rs = [r for r in recs if r["doc"] == name + ".txt#1"]
        req = sum(1 for r in rs if not r.get("optional"))
        print(f"{name:30} chars={len(title) + 1 + len(body):4} body={len(body):4} "
              f"required={req:3} optional={len(rs) - req:3}")
    print("total", len(recs), "required", sum(1 for r in recs if not r.get("optional")))


if __name__ == "__main__":
    main()
