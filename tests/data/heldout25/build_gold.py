#!/usr/bin/env python3
"""Build the heldout25 articles and gold records.

Every gold record is written as a context string (occurring exactly once in the document)
plus the quote (occurring exactly once inside that context); the span, the quote check
and the sentence are computed here. Writes articles/*.txt and gold.jsonl.
Standard library only.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
RULE = "heldout25-manual"
DEAL = {"stake_sale", "acquisition", "investment"}

DOCS = {}   # filename -> (title, body)
GOLD = []   # (filename, spec dict)


def doc(name, title, body):
    assert "\n" not in title and "\n" not in body
    DOCS[name] = (title, body)
    return name


def R(name, ctx, quote, kind, subject, value, unit, period, change=None, approx=None,
      value_max=None, optional=False, note=None, target=None, counterparty=None, stake_pct=None):
    GOLD.append((name, dict(ctx=ctx, quote=quote, kind=kind, subject=subject, value=value,
                            value_max=value_max, unit=unit, approx=approx, period=period,
                            change=change, optional=optional, note=note, target=target,
                            counterparty=counterparty, stake_pct=stake_pct)))


# ---------------------------------------------------------------------------
# 1. Simplified, Sina Finance / Shanghai Securities News pastiche: liquor Q3 results
# ---------------------------------------------------------------------------
D1 = doc("01_chiquan_liquor_q3.txt",
    "赤泉酒业三季度营收降9.7% 合同负债较年初减少7.92亿元",
    "2025年10月30日讯 白酒企业赤泉酒业（605987）昨晚披露三季报。公告显示，第三季度公司实现营业总收入38.62亿元，"
    "同比下降9.7%；归母净利润11.05亿元，同比下降14.3%，上年同期为12.89亿元；扣非净利润10.87亿元，同比下降15.1%。"
    "前三季度公司累计实现营业总收入142.35亿元，同比增长2.6%；归母净利润48.71亿元，同比增长0.8%。"
    "分产品看，前三季度中高端酒收入116.20亿元，同比增长4.1%，普通酒收入22.83亿元，同比下滑5.4%；"
    "综合毛利率78.6%，同比下降1.2个百分点。值得注意的是，截至9月末公司合同负债为21.36亿元，较年初减少7.92亿元，"
    "显示经销商打款节奏放缓。前三季度经营活动产生的现金流量净额31.48亿元，同比减少27.5%。"
    "公司同时披露中期分红方案，拟每10股派发现金红利12.50元（含税），合计派现约15.6亿元。"
    "有券商将其目标价下调至152元。受业绩拖累，赤泉酒业今日收跌4.37%，报126.80元；同日贵州茅台收涨0.52%。（沪上财经）")
C = "chiquan-liquor"
R(D1, "三季度营收降9.7%", "9.7%", "revenue", C, None, None, "2025Q3", {"unspecified": -9.7},
  note="title: growth rate with no basis word and no level -> value null, change unspecified (dev-gold convention); first mention so required")
R(D1, "营业总收入38.62亿元", "38.62亿元", "revenue", C, 3862000000, "CNY", "2025Q3", {"yoy": -9.7},
  note="营业总收入 = revenue; 第三季度 = 2025Q3")
R(D1, "归母净利润11.05亿元", "11.05亿元", "net_profit", C, 1105000000, "CNY", "2025Q3", {"yoy": -14.3},
  note="归母净利润 (attributable)")
R(D1, "上年同期为12.89亿元", "12.89亿元", "net_profit", C, 1289000000, "CNY", "2024Q3",
  note="year-ago comparison figure (上年同期)")
R(D1, "扣非净利润10.87亿元", "10.87亿元", "adjusted_net_profit", C, 1087000000, "CNY", "2025Q3", {"yoy": -15.1},
  note="扣非净利润 (net profit excluding non-recurring items) is an adjusted measure -> adjusted_net_profit; see optional net_profit twin")
R(D1, "扣非净利润10.87亿元", "10.87亿元", "net_profit", C, 1087000000, "CNY", "2025Q3", {"yoy": -15.1}, optional=True,
  note="alternative kind for the 扣非 figure (it is a statutory CAS line, net_profit defensible)")
R(D1, "累计实现营业总收入142.35亿元", "142.35亿元", "revenue", C, 14235000000, "CNY", "2025Q1/2025Q3", {"yoy": 2.6},
  note="前三季度 cumulative")
R(D1, "归母净利润48.71亿元", "48.71亿元", "net_profit", C, 4871000000, "CNY", "2025Q1/2025Q3", {"yoy": 0.8},
  note="前三季度 cumulative")
R(D1, "中高端酒收入116.20亿元", "116.20亿元", "revenue", C, 11620000000, "CNY", "2025Q1/2025Q3", {"yoy": 4.1},
  note="product line (中高端酒) revenue; product lines take the company as subject (dev-gold Kuaishou/Pop Mart precedent)")
R(D1, "普通酒收入22.83亿元", "22.83亿元", "revenue", C, 2283000000, "CNY", "2025Q1/2025Q3", {"yoy": -5.4},
  note="product line (普通酒) revenue; 同比下滑 -> negative")
R(D1, "现金流量净额31.48亿元", "31.48亿元", "cash_flow", C, 3148000000, "CNY", "2025Q1/2025Q3", {"yoy": -27.5},
  note="经营活动产生的现金流量净额 = net operating cash flow -> cash_flow (not free_cash_flow)")
R(D1, "今日收跌4.37%", "4.37%", "price_change", C, -4.37, "percent", "2025-10-30",
  note="今日 = dateline 2025-10-30")
R(D1, "报126.80元", "126.80元", "price", C, 126.80, "CNY", "2025-10-30", note="close")
R(D1, "贵州茅台收涨0.52%", "0.52%", "price_change", "kweichow-moutai", 0.52, "percent", "2025-10-30",
  note="real company in a side sentence, invented figure")

# ---------------------------------------------------------------------------
# 2. Simplified, The Paper pastiche: battery / energy-storage maker H1
# ---------------------------------------------------------------------------
D2 = doc("02_lantuo_storage_h1.txt",
    "澜拓储能上半年净利增18.2%，拟2.35亿欧元收购西班牙储能商六成股权",
    "湃点新闻记者 林骁 2025年8月27日晚，储能电池厂商澜拓储能（688998）披露半年报：上半年公司实现营业收入86.43亿元，"
    "同比增长31.7%；归母净利润5.12亿元，同比增长18.2%，去年同期为4.33亿元。其中第二季度营收48.90亿元，环比增长30.3%。"
    "出货方面，上半年储能电池出货量达18.6GWh，同比增长52%，动力电池出货约6.4GWh。"
    "不过受碳酸锂价格波动影响，储能电池毛利率同比下滑2.8个百分点至17.9%。"
    "同日，澜拓储能公告称，拟在江苏盐城投建年产30GWh储能电池基地，项目总投资不超过65亿元，分两期建设。"
    "公司还拟以2.35亿欧元收购西班牙储能系统集成商Voltaria Energía 60%股权，卖方为当地投资机构Meseta Capital。"
    "“欧洲工商业储能需求仍在释放。”澜拓储能董事长周砚秋对湃点新闻表示。"
    "8月28日，澜拓储能股价收涨6.21%，报58.37元，总市值约412亿元；有券商给予其目标价72元。同日宁德时代收涨1.05%。（湃点新闻）")
L = "lantuo-storage"
R(D2, "上半年净利增18.2%", "18.2%", "net_profit", L, None, None, "2025H1", {"unspecified": 18.2},
  note="title: growth with no basis word, no level -> unspecified; first mention so required")
R(D2, "拟2.35亿欧元收购", "2.35亿欧元", "acquisition", L, 235000000, "EUR", "2025-08-27",
  target="voltaria", counterparty="meseta-capital", stake_pct=60,
  note="title: 六成股权 = 60%; target named in the body (西班牙储能商 = Voltaria Energía); seller named in the body; announced 2025-08-27")
R(D2, "营业收入86.43亿元", "86.43亿元", "revenue", L, 8643000000, "CNY", "2025H1", {"yoy": 31.7})
R(D2, "归母净利润5.12亿元", "5.12亿元", "net_profit", L, 512000000, "CNY", "2025H1", {"yoy": 18.2})
R(D2, "去年同期为4.33亿元", "4.33亿元", "net_profit", L, 433000000, "CNY", "2024H1",
  note="year-ago comparison figure")
R(D2, "第二季度营收48.90亿元", "48.90亿元", "revenue", L, 4890000000, "CNY", "2025Q2", {"qoq": 30.3},
  note="环比 of a quarterly figure -> qoq")
R(D2, "出货量达18.6GWh", "18.6GWh", "operating_metric", L, 18.6, "GWh", "2025H1", {"yoy": 52},
  note="energy-storage battery shipments; value kept in GWh as written (GWh is a unit, not a multiplier word; the contract names no energy base unit); the scorer treats non-currency units as count nouns")
R(D2, "出货约6.4GWh", "约6.4GWh", "operating_metric", L, 6.4, "GWh", "2025H1", approx="about",
  note="power-battery shipments")
R(D2, "年产30GWh", "30GWh", "operating_metric", L, 30, "GWh", None, optional=True,
  note="planned annual capacity of the new base: a plan, not an operated figure; no kind fits exactly -> optional")
R(D2, "总投资不超过65亿元", "不超过65亿元", "capex_plan", L, 6500000000, "CNY", None, approx="up_to",
  note="announced plant investment (总投资) -> capex_plan; no horizon stated -> period null")
R(D2, "拟以2.35亿欧元收购", "2.35亿欧元", "acquisition", L, 235000000, "EUR", "2025-08-27", optional=True,
  target="voltaria", counterparty="meseta-capital", stake_pct=60, note="body repeat of the title deal")
R(D2, "收涨6.21%", "6.21%", "price_change", L, 6.21, "percent", "2025-08-28")
R(D2, "报58.37元", "58.37元", "price", L, 58.37, "CNY", "2025-08-28", note="close")
R(D2, "宁德时代收涨1.05%", "1.05%", "price_change", "catl", 1.05, "percent", "2025-08-28",
  note="real company in a side sentence, invented figure")

# ---------------------------------------------------------------------------
# 3. Traditional (Hong Kong), HKET / Sing Tao pastiche: property developer interim
# ---------------------------------------------------------------------------
D3 = doc("03_kawang_land_interim_hk.txt",
    "嘉泓置業中期轉蝕21.3億 基礎溢利跌23% 約32億沽觀塘商廈",
    "2025年8月21日訊　本地中型發展商嘉泓置業（01873）今午公布截至6月30日止中期業績，收入按年跌12%至86.4億元（港元．下同），"
    "股東應佔虧損21.3億元，去年同期則賺5.6億元，主因投資物業公平值減少27.5億元。"
    "撇除重估等項目，基礎溢利按年跌23%至9.8億元。期內毛利率按年下跌6.1個百分點至24.3%。"
    "期內合約銷售約62億元，按年升8%，集團維持全年合約銷售目標約150億元。"
    "按業務劃分，物業發展收入按年跌18%至57.1億元，租金收入則微升1.5%至20.3億元。"
    "中期息每股8仙，去年同期為16仙；截至6月底淨負債比率升至48.6%，去年底為41.2%，每股資產淨值41.6元。"
    "集團同日宣布，以代價約32億元向獨立第三方出售持有觀塘嘉泓廣場的泓峰投資有限公司100%權益，"
    "預計錄得出售收益約3.1億元，所得款項將用作減債。"
    "消息公布後，嘉泓置業股價收市跌3.94%，報7.82元，成交額1.26億元。恒指同日跌0.8%，收報25105點。（港財日報）")
K = "kawang-land"
R(D3, "中期轉蝕21.3億", "21.3億", "net_profit", K, -2130000000, "HKD", "2025H1",
  note="title: 蝕 = loss -> negative; 中期 = six months to 30 June 2025; currency from the body (港元．下同)")
R(D3, "基礎溢利跌23%", "23%", "adjusted_net_profit", K, None, None, "2025H1", {"unspecified": -23},
  note="title: growth without level and without basis word -> unspecified; 基礎溢利 (underlying profit, excl. revaluation) -> adjusted_net_profit")
R(D3, "約32億沽", "約32億", "stake_sale", K, 3200000000, "HKD", "2025-08-21", approx="about",
  target="hongfung-investment", counterparty=None, stake_pct=100,
  note="title: disposal of the building via its holding company (body: 泓峰投資有限公司100%權益); buyer an unnamed independent third party -> counterparty null")
R(D3, "跌12%至86.4億元", "86.4億元", "revenue", K, 8640000000, "HKD", "2025H1", {"yoy": -12},
  note="figure after the growth (按年跌12%至)")
R(D3, "股東應佔虧損21.3億元", "21.3億元", "net_profit", K, -2130000000, "HKD", "2025H1", optional=True,
  note="body repeat of the title loss")
R(D3, "去年同期則賺5.6億元", "5.6億元", "net_profit", K, 560000000, "HKD", "2024H1",
  note="year-ago profit (賺 -> positive)")
R(D3, "公平值減少27.5億元", "27.5億元", "cost", K, 2750000000, "HKD", "2025H1", optional=True,
  note="fair-value loss on investment property: no kind in the contract; cost debatable (dev-gold precedent: Baidu impairment optional cost, recorded positive like that cost)")
R(D3, "跌23%至9.8億元", "9.8億元", "adjusted_net_profit", K, 980000000, "HKD", "2025H1", {"yoy": -23},
  note="基礎溢利 (underlying profit) -> adjusted_net_profit")
R(D3, "合約銷售約62億元", "約62億元", "operating_metric", K, 6200000000, "HKD", "2025H1", {"yoy": 8}, approx="about",
  optional=True, note="contracted sales: not revenue; a money operating figure with no fitting kind (seed precedent: GMV optional operating_metric)")
R(D3, "目標約150億元", "約150億元", "operating_metric", K, 15000000000, "HKD", "2025", approx="about", optional=True,
  note="full-year contracted-sales target (company plan of a non-contract metric); optional like the contracted-sales figure itself")
R(D3, "跌18%至57.1億元", "57.1億元", "revenue", K, 5710000000, "HKD", "2025H1", {"yoy": -18},
  note="property-development revenue line; business lines take the company as subject")
R(D3, "微升1.5%至20.3億元", "20.3億元", "revenue", K, 2030000000, "HKD", "2025H1", {"yoy": 1.5},
  note="rental income line; basis 按年 carried over from the list (dev-gold precedent)")
R(D3, "以代價約32億元", "約32億元", "stake_sale", K, 3200000000, "HKD", "2025-08-21", approx="about", optional=True,
  target="hongfung-investment", counterparty=None, stake_pct=100, note="body repeat of the title disposal")
R(D3, "出售收益約3.1億元", "約3.1億元", "stake_sale", K, 310000000, "HKD", "2025-08-21", approx="about", optional=True,
  target="hongfung-investment", counterparty=None, stake_pct=100,
  note="expected gain on the disposal, not the consideration; no gain kind in the contract; seed precedent (#4, Trendyol GO gain) treats such a gain as optional stake_sale")
R(D3, "股價收市跌3.94%", "3.94%", "price_change", K, -3.94, "percent", "2025-08-21")
R(D3, "報7.82元", "7.82元", "price", K, 7.82, "HKD", "2025-08-21", note="close")
R(D3, "恒指同日跌0.8%", "0.8%", "price_change", "hsi", -0.8, "percent", "2025-08-21")
R(D3, "收報25105點", "25105點", "price", "hsi", 25105, "points", "2025-08-21")

# ---------------------------------------------------------------------------
# 4. Traditional (Taiwan), cnyes / MoneyDJ pastiche: November revenue
# ---------------------------------------------------------------------------
D4 = doc("04_yuteng_nov_revenue_tw.txt",
    "昱騰電子11月營收月增6.8% 前11月年增17.9%",
    "【記者王郁婷／台北】2025年12月8日，網通與伺服器電源廠昱騰電子（6788）今（8）日公布11月合併營收45.62億元，"
    "月增6.8%、年增21.4%，創同期新高，其中伺服器電源產品營收占比升至38%；10月營收為42.71億元。累計前11月營收438.15億元，年增17.9%。"
    "昱騰電子第三季營收125.4億元，季增9.6%，毛利率28.4%，季增1.1個百分點，稅後純益18.36億元，年增25.2%，每股純益3.12元。"
    "公司在11月中旬法說會中預估，第四季營收將介於4.3億至4.6億美元，以新台幣兌美元匯率31.2元計算，毛利率約28%至30%；"
    "並規劃明年資本支出約新台幣80億元，主要用於泰國新廠。"
    "不過，外資今日賣超昱騰電子2865張，投信則買超512張，股價終場下跌2.1%，收在187.5元，法人預估其今年每股純益上看11元。"
    "台股加權指數今日上漲128點，收在27650點，權王台積電則下跌0.9%。（鉅財網）")
Y = "yuteng-electronics"
R(D4, "11月營收月增6.8%", "6.8%", "revenue", Y, None, None, "2025-11", {"mom": 6.8},
  note="title: rate without level; 月增 -> mom")
R(D4, "前11月年增17.9%", "17.9%", "revenue", Y, None, None, "2025-01/2025-11", {"yoy": 17.9},
  note="title: cumulative Jan-Nov growth; 年增 -> yoy")
R(D4, "合併營收45.62億元", "45.62億元", "revenue", Y, 4562000000, "TWD", "2025-11", {"mom": 6.8, "yoy": 21.4},
  note="億元 in a Taiwan article = TWD")
R(D4, "10月營收為42.71億元", "42.71億元", "revenue", Y, 4271000000, "TWD", "2025-10",
  note="prior-month comparison figure")
R(D4, "前11月營收438.15億元", "438.15億元", "revenue", Y, 43815000000, "TWD", "2025-01/2025-11", {"yoy": 17.9},
  note="累計前11月 -> period range 2025-01/2025-11")
R(D4, "第三季營收125.4億元", "125.4億元", "revenue", Y, 12540000000, "TWD", "2025Q3", {"qoq": 9.6})
R(D4, "稅後純益18.36億元", "18.36億元", "net_profit", Y, 1836000000, "TWD", "2025Q3", {"yoy": 25.2})
R(D4, "介於4.3億至4.6億美元", "4.3億至4.6億美元", "revenue", Y, 430000000, "USD", "2025Q4", value_max=460000000,
  note="company guidance range for Q4 revenue (法說會) -> the metric's kind, required (dev-gold MediaTek precedent)")
R(D4, "資本支出約新台幣80億元", "約新台幣80億元", "capex_plan", Y, 8000000000, "TWD", "2026", approx="about",
  note="planned capex for next year (明年 relative to 2025) -> capex_plan, period 2026")
R(D4, "股價終場下跌2.1%", "2.1%", "price_change", Y, -2.1, "percent", "2025-12-08")
R(D4, "收在187.5元", "187.5元", "price", Y, 187.5, "TWD", "2025-12-08", note="close")
R(D4, "上漲128點", "128點", "price_change", "taiex", 128, "points", "2025-12-08")
R(D4, "收在27650點", "27650點", "price", "taiex", 27650, "points", "2025-12-08")
R(D4, "台積電則下跌0.9%", "0.9%", "price_change", "tsmc", -0.9, "percent", "2025-12-08",
  note="real company in a side sentence, invented figure")

# ---------------------------------------------------------------------------
# 5. Simplified, Gelonghui / Zhitong pastiche: Hong Kong IPO
# ---------------------------------------------------------------------------
D5 = doc("05_xingqiong_hk_ipo.txt",
    "星穹机器人港股首日收涨28.16% 暗盘涨逾两成",
    "港股快讯APP获悉，2025年12月11日，服务机器人企业星穹机器人（02937.HK）在港交所主板挂牌上市。"
    "公司招股价区间为16.80港元至19.60港元，最终定价19.60港元；全球发售6250万股H股，募资总额约12.25亿港元，"
    "募资净额约11.38亿港元。每手200股，入场费约3959.54港元；香港公开发售获超额认购约386倍，一手中签率5%。"
    "基石投资者方面，澄远资本认购3000万美元，临港数科基金认购2.5亿港元，长岭资本与泓川基金合共认购约2.1亿港元。"
    "财务方面，公司2024年收入9.76亿元人民币，年内亏损4.05亿元；2025年上半年实现收入6.84亿元人民币，同比增长58.3%，期内亏损1.92亿元，去年同期亏损2.67亿元。"
    "暗盘方面，星穹机器人12月10日暗盘收涨21.43%，报23.80港元。今日开盘后股价一度涨超40%，截至收盘报25.12港元，"
    "较发行价上涨28.16%，成交额9.87亿港元，总市值约153亿港元。同日恒生科技指数收涨1.12%。（港股快讯）")
X = "xingqiong-robotics"
R(D5, "首日收涨28.16%", "28.16%", "price_change", X, 28.16, "percent", "2025-12-11",
  note="title: first-day close vs offer price; date from the body")
R(D5, "暗盘涨逾两成", "逾两成", "price_change", X, 20, "percent", "2025-12-10", approx="over", optional=True,
  note="title: rounded, hedged form (两成 = 20%) of the body's 21.43% grey-market gain; optional per dev-gold precedent for a rounded title rate (Kuaishou 26%)")
R(D5, "16.80港元至19.60港元", "16.80港元至19.60港元", "price", X, 16.80, "HKD", None, value_max=19.60,
  note="offer price range (招股价区间): a price level of the stock, range -> value/value_max; no single date pins it -> period null")
R(D5, "最终定价19.60港元", "19.60港元", "price", X, 19.60, "HKD", None,
  note="final offer price; pricing date not stated -> period null")
R(D5, "澄远资本认购3000万美元", "3000万美元", "investment", "chengyuan-capital", 30000000, "USD", None,
  target=X, counterparty=None, stake_pct=None,
  note="cornerstone subscription = investment into the issuer; no stake stated; agreement date not stated -> period null")
R(D5, "临港数科基金认购2.5亿港元", "2.5亿港元", "investment", "lingang-digital-fund", 250000000, "HKD", None,
  target=X, counterparty=None, stake_pct=None, note="cornerstone subscription")
R(D5, "合共认购约2.1亿港元", "约2.1亿港元", "investment", "changling-capital+hongchuan-fund", 210000000, "HKD", None,
  approx="about", target=X, counterparty=None, stake_pct=None,
  note="joint total of two cornerstones -> ids joined by + in alphabetical order")
R(D5, "2024年收入9.76亿元人民币", "9.76亿元人民币", "revenue", X, 976000000, "CNY", "2024",
  note="full-year 2024 revenue")
R(D5, "年内亏损4.05亿元", "4.05亿元", "net_profit", X, -405000000, "CNY", "2024",
  note="年内 here = within 2024 (the year just named), loss -> negative")
R(D5, "实现收入6.84亿元人民币", "6.84亿元人民币", "revenue", X, 684000000, "CNY", "2025H1", {"yoy": 58.3})
R(D5, "期内亏损1.92亿元", "1.92亿元", "net_profit", X, -192000000, "CNY", "2025H1",
  note="期内亏损 -> negative; currency carried from 人民币 in the same sentence")
R(D5, "去年同期亏损2.67亿元", "2.67亿元", "net_profit", X, -267000000, "CNY", "2024H1",
  note="year-ago loss")
R(D5, "暗盘收涨21.43%", "21.43%", "price_change", X, 21.43, "percent", "2025-12-10",
  note="grey-market (暗盘) session on 12月10日")
R(D5, "报23.80港元", "23.80港元", "price", X, 23.80, "HKD", "2025-12-10", note="grey-market close")
R(D5, "一度涨超40%", "超40%", "price_change", X, 40, "percent", "2025-12-11", approx="over",
  note="intraday gain (一度); seed precedent (Strategy 盘中一度) records intraday moves")
R(D5, "收盘报25.12港元", "25.12港元", "price", X, 25.12, "HKD", "2025-12-11", note="first-day close")
R(D5, "较发行价上涨28.16%", "28.16%", "price_change", X, 28.16, "percent", "2025-12-11", optional=True,
  note="body repeat of the title move")
R(D5, "恒生科技指数收涨1.12%", "1.12%", "price_change", "hstech", 1.12, "percent", "2025-12-11")

# ---------------------------------------------------------------------------
# 6. Simplified, 21st Century / Securities Daily pastiche: A-share close
# ---------------------------------------------------------------------------
D6 = doc("06_ashare_close_wrap.txt",
    "A股三大指数集体收跌 创业板指跌1.51% 商业航天股逆势走强",
    "本报讯（记者 孙一帆）2025年12月16日，A股三大指数集体收跌。截至收盘，上证指数跌0.62%，报3871.45点；"
    "深证成指跌1.08%，报13062.17点；创业板指跌1.51%，报3105.84点；沪深300跌0.85%。沪指盘中最低下探3852.30点，全天振幅1.05%。"
    "沪深两市成交额1.62万亿元，较上一交易日缩量1280亿元，全市场超3800只个股下跌。"
    "资金面上，主力资金全天净流出约386亿元，电子板块逆势获主力净流入24.7亿元。"
    "个股方面，商业航天概念股天枢航电涨停，收报18.62元，该股年内累计涨幅已达217%；"
    "半导体设备股芯瀚微20cm涨停，报86.40元，全天获主力资金净流入5.3亿元。"
    "下跌方面，锂电材料股锂源新材跌超9%，收报23.15元；光伏组件商晶澜能源跌6.84%，报9.71元，盘中一度触及跌停。"
    "港股方面，恒生指数同日收跌0.45%。分析人士认为，短期市场仍以结构性行情为主。（证券日讯）")
DAY = "2025-12-16"
R(D6, "创业板指跌1.51% 商业", "1.51%", "price_change", "chinext-index", -1.51, "percent", DAY,
  note="title; date from the body")
R(D6, "上证指数跌0.62%", "0.62%", "price_change", "sse-composite", -0.62, "percent", DAY)
R(D6, "报3871.45点", "3871.45点", "price", "sse-composite", 3871.45, "points", DAY)
R(D6, "深证成指跌1.08%", "1.08%", "price_change", "szse-component", -1.08, "percent", DAY)
R(D6, "报13062.17点", "13062.17点", "price", "szse-component", 13062.17, "points", DAY)
R(D6, "创业板指跌1.51%，", "1.51%", "price_change", "chinext-index", -1.51, "percent", DAY, optional=True,
  note="body repeat of the title move")
R(D6, "报3105.84点", "3105.84点", "price", "chinext-index", 3105.84, "points", DAY)
R(D6, "沪深300跌0.85%", "0.85%", "price_change", "csi300", -0.85, "percent", DAY,
  note="the 300 is part of the index name, not a figure")
R(D6, "最低下探3852.30点", "3852.30点", "price", "sse-composite", 3852.30, "points", DAY,
  note="intraday low of the Shanghai Composite (沪指)")
R(D6, "恒生指数同日收跌0.45%", "0.45%", "price_change", "hsi", -0.45, "percent", DAY)
R(D6, "净流出约386亿元", "约386亿元", "cash_flow", "a-share-market", -38600000000, "CNY", DAY, approx="about", optional=True,
  note="market-wide main-force net outflow: a fund flow, not a company's cash-flow statement line; cash_flow ('other net cash flow figures') debatable -> optional; outflow negative")
R(D6, "主力净流入24.7亿元", "24.7亿元", "cash_flow", "电子板块", 2470000000, "CNY", DAY, optional=True,
  note="sector fund flow; subject as written (not an entity); kind debatable -> optional")
R(D6, "收报18.62元", "18.62元", "price", "tianshu-avionics", 18.62, "CNY", DAY,
  note="close; 涨停 gives no figure so no price_change record")
R(D6, "累计涨幅已达217%", "217%", "price_change", "tianshu-avionics", 217, "percent", "2025",
  note="year-to-date gain (年内) -> period 2025, change null (seed precedent: silver/gold/bitcoin 年内)")
R(D6, "芯瀚微20cm涨停", "20cm", "price_change", "xinhan-micro", 20, "percent", DAY, optional=True,
  note="market slang: 20cm涨停 = limit-up of 20%; no % sign -> optional")
R(D6, "报86.40元", "86.40元", "price", "xinhan-micro", 86.40, "CNY", DAY, note="close")
R(D6, "主力资金净流入5.3亿元", "5.3亿元", "cash_flow", "xinhan-micro", 530000000, "CNY", DAY, optional=True,
  note="stock-level fund flow, not the company's cash flow; kind debatable -> optional")
R(D6, "锂源新材跌超9%", "超9%", "price_change", "liyuan-materials", -9, "percent", DAY, approx="over")
R(D6, "收报23.15元", "23.15元", "price", "liyuan-materials", 23.15, "CNY", DAY, note="close")
R(D6, "晶澜能源跌6.84%", "6.84%", "price_change", "jinglan-energy", -6.84, "percent", DAY)
R(D6, "报9.71元", "9.71元", "price", "jinglan-energy", 9.71, "CNY", DAY, note="close")


# ---------------------------------------------------------------------------
def sentence_of(title, body, start):
    """The sentence holding offset `start` of title + "\n" + body: the title line, or a
    body stretch delimited by 。！？ (the delimiter kept)."""
    if start < len(title):
        return title
    off = start - len(title) - 1
    begin = 0
    for m in re.finditer(r"[。！？]", body):
        if m.end() <= off:
            begin = m.end()
        else:
            return body[begin:m.end()].strip()
    return body[begin:].strip()


def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    for name, (title, body) in DOCS.items():
        with open(os.path.join(HERE, "articles", name), "w", encoding="utf-8") as f:
            f.write(title + "\n" + body)  # no trailing newline
    rows = []
    for name, s in GOLD:
        title, body = DOCS[name]
        text = title + "\n" + body
        assert text.count(s["ctx"]) == 1, (name, s["ctx"], text.count(s["ctx"]))
        assert s["ctx"].count(s["quote"]) == 1, (name, s["ctx"], s["quote"])
        start = text.index(s["ctx"]) + s["ctx"].index(s["quote"])
        span = [start, start + len(s["quote"])]
        assert text[span[0]:span[1]] == s["quote"]
        row = {"doc": f"{name}#1", "kind": s["kind"], "subject": s["subject"], "value": s["value"],
               "value_max": s["value_max"], "unit": s["unit"], "approx": s["approx"],
               "period": s["period"], "change": s["change"], "span": span, "quote": s["quote"],
               "sentence": sentence_of(title, body, start), "rule": RULE}
        if s["kind"] in DEAL:
            row.update(target=s["target"], counterparty=s["counterparty"], stake_pct=s["stake_pct"])
        if s["optional"]:
            row["optional"] = True
        if s["note"]:
            row["note"] = s["note"]
        rows.append(row)
    rows.sort(key=lambda r: (r["doc"], r["span"][0], r["kind"]))
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # summary
    from collections import Counter
    print(f"{'file':32} {'body':>5} {'req':>4} {'opt':>4}")
    for name, (title, body) in DOCS.items():
        req = sum(1 for r in rows if r["doc"] == f"{name}#1" and not r.get("optional"))
        opt = sum(1 for r in rows if r["doc"] == f"{name}#1" and r.get("optional"))
        print(f"{name:32} {len(body):5} {req:4} {opt:4}")
    req = [r for r in rows if not r.get("optional")]
    print("required", len(req), "optional", len(rows) - len(req))
    print("required by kind", dict(Counter(r["kind"] for r in req)))
    print("optional by kind", dict(Counter(r["kind"] for r in rows if r.get("optional"))))


if __name__ == "__main__":
    build()
