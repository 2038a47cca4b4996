#!/usr/bin/env python3
"""Build articles/*.txt and gold.jsonl for heldout10 (hand-written; spans computed here).

Each record is located by a context string `ctx` that must occur exactly once in the
document text, and a `quote` inside it; span = offset of quote within that occurrence.
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
RULE = "heldout10-manual"
DOCS = {}      # fname -> (title, body)
RECS = []      # (fname, dict)


def yi(x):   # 億/亿
    return round(x * 10**8)


def wan(x):  # 萬/万
    return round(x * 10**4)


def wanyi(x):  # 万亿 / 兆
    return round(x * 10**12)


def R(f, ctx, quote, kind, subject, value, unit, period, approx=None, change=None,
      value_max=None, optional=False, note=None, deal=None):
    rec = dict(kind=kind, subject=subject, value=value, value_max=value_max, unit=unit,
               approx=approx, period=period, change=change, _ctx=ctx, quote=quote)
    if deal is not None:
        rec["target"], rec["counterparty"], rec["stake_pct"] = deal
    if optional:
        rec["optional"] = True
    if note:
        rec["note"] = note
    RECS.append((f, rec))


# ---------------------------------------------------------------- 1 新浪科技
F = "h10_01_sina_shipments.txt"
DOCS[F] = ("IDC：三季度中国智能手机出货7120万台 华为时隔四年重回第一",
"新浪科技讯 10月20日午间消息，市场研究机构IDC今日发布的最新数据显示，2025年第三季度中国智能手机市场出货量约7120万台，同比下降0.6%，为连续第二个季度同比下滑。厂商方面，华为以1310万台的出货量时隔四年重回第一，同比增长11.3%，市场份额为18.4%；vivo出货1270万台，同比下降6.2%，份额17.8%，位居第二；苹果出货量1080万台，份额15.2%，同比增长3.5%，iPhone 17系列首发对销量拉动明显；小米出货1040万台，市场份额14.6%，同比增长4.1%；OPPO（含一加）出货约1010万台，份额14.2%，同比下滑8.9%。前五名厂商合计份额超过80%。荣耀以690万台位列第六，同比大跌13.7%。IDC中国高级分析师郭天翔表示，国补政策的边际效应有所减弱，三季度整体需求偏弱，预计第四季度出货量将在7400万至7600万台之间，全年出货量约2.85亿台，与去年基本持平。PC市场方面，Canalys（现并入Omdia）同日发布的数据显示，第三季度中国大陆PC（不含平板）出货量为1120万台，同比增长5.8%。联想以近440万台的出货量稳居首位，份额39.1%；华为PC出货量148万台，同比大增32%，份额升至13.2%，较去年同期提升2.6个百分点；惠普和戴尔分别出货102万台和87万台，同比分别下降14%和21%。平板方面，苹果iPad三季度在华出货量为190万台，环比增长12%。（新浪科技）")
Q = "2025Q3"
R(F, "出货7120万台", "7120万台", "operating_metric", "cn-smartphone-market", wan(7120), "units", Q,
  note="title: market shipments; title gives no growth rate, so change null")
R(F, "约7120万台", "约7120万台", "operating_metric", "cn-smartphone-market", wan(7120), "units", Q, "about", {"yoy": -0.6},
  optional=True, note="repeat of the title figure (body adds 约 and the yoy rate)")
R(F, "华为以1310万台", "1310万台", "operating_metric", "huawei", wan(1310), "units", Q, change={"yoy": 11.3})
R(F, "市场份额为18.4%", "18.4%", "market_share", "huawei", 18.4, "percent", Q)
R(F, "vivo出货1270万台", "1270万台", "operating_metric", "vivo", wan(1270), "units", Q, change={"yoy": -6.2})
R(F, "份额17.8%", "17.8%", "market_share", "vivo", 17.8, "percent", Q)
R(F, "苹果出货量1080万台", "1080万台", "operating_metric", "apple", wan(1080), "units", Q, change={"yoy": 3.5},
  note="同比增长3.5% follows the share 15.2% but describes shipments (a share is not grown by 3.5%); share record has no change")
R(F, "份额15.2%", "15.2%", "market_share", "apple", 15.2, "percent", Q)
R(F, "小米出货1040万台", "1040万台", "operating_metric", "xiaomi", wan(1040), "units", Q, change={"yoy": 4.1},
  note="同比增长4.1% after the share describes shipments")
R(F, "市场份额14.6%", "14.6%", "market_share", "xiaomi", 14.6, "percent", Q)
R(F, "出货约1010万台", "约1010万台", "operating_metric", "oppo", wan(1010), "units", Q, "about", {"yoy": -8.9},
  note="OPPO incl. OnePlus; 同比下滑8.9% after the share describes shipments")
R(F, "份额14.2%", "14.2%", "market_share", "oppo", 14.2, "percent", Q)
R(F, "合计份额超过80%", "超过80%", "market_share", "apple+huawei+oppo+vivo+xiaomi", 80, "percent", Q, "over",
  optional=True, note="top-5 combined share; the five are named only in the preceding sentences")
R(F, "荣耀以690万台", "690万台", "operating_metric", "honor", wan(690), "units", Q, change={"yoy": -13.7})
R(F, "7400万至7600万台", "7400万至7600万台", "operating_metric", "cn-smartphone-market", wan(7400), "units", "2025Q4",
  value_max=wan(7600), optional=True, note="IDC forecast (analyst forecast) for Q4 market shipments")
R(F, "约2.85亿台", "约2.85亿台", "operating_metric", "cn-smartphone-market", yi(2.85), "units", "2025", "about",
  optional=True, note="IDC full-year forecast; 与去年基本持平 gives no number")
R(F, "出货量为1120万台", "1120万台", "operating_metric", "cn-pc-market", wan(1120), "units", Q, change={"yoy": 5.8},
  note="Canalys China mainland PC (excl. tablets)")
R(F, "近440万台", "近440万台", "operating_metric", "lenovo", wan(440), "units", Q, "nearly")
R(F, "份额39.1%", "39.1%", "market_share", "lenovo", 39.1, "percent", Q)
R(F, "华为PC出货量148万台", "148万台", "operating_metric", "huawei", wan(148), "units", Q, change={"yoy": 32},
  note="Huawei PC shipments (same company id as its phones)")
R(F, "份额升至13.2%", "13.2%", "market_share", "huawei", 13.2, "percent", Q,
  note="PC share; 提升2.6个百分点 is a percentage-point change, not a growth rate in percent, so change null")
R(F, "出货102万台", "102万台", "operating_metric", "hp", wan(102), "units", Q, change={"yoy": -14},
  note="分别…同比分别下降14%和21%: HP -14")
R(F, "102万台和87万台", "87万台", "operating_metric", "dell", wan(87), "units", Q, change={"yoy": -21},
  note="分别: Dell -21")
R(F, "出货量为190万台", "190万台", "operating_metric", "apple", wan(190), "units", Q, change={"qoq": 12},
  note="iPad shipments in China; product line of Apple, subject apple")

# ---------------------------------------------------------------- 2 工商時報
F = "h10_02_ctee_fhc_profit.txt"
DOCS[F] = ("國泰金11月賺152億元 前11月EPS 10.71元",
"金控11月自結獲利昨（10）日陸續出爐，壽險金控受惠股債雙漲，表現優於市場預期。由於11月台股加權指數續創新高、美債殖利率回落，壽險子公司投資收益明顯改善，加上新台幣升值趨緩、避險成本下降，多家金控單月獲利明顯回溫。國泰金控公布2025年11月稅後盈餘152.3億元，月增18%、年增41%，每股盈餘（EPS）1.02元；累計前11月稅後盈餘1,628.7億元，年減4.6%，累計EPS 10.71元，穩居金控獲利王。旗下國泰人壽11月稅後盈餘98.4億元，前11月累計1,102億元；國泰世華銀行11月稅後盈餘34.6億元，年增12%。富邦金11月稅後盈餘為新台幣98.6億元，較上月減少23%，前11月累計稅後淨利達NT$1,876億元，年增2.1%，累計EPS 13.82元。富邦金指出，旗下富邦人壽11月透過實現資本利得挹注獲利，惟匯兌避險費用較上月增加，拖累單月表現。子公司台北富邦銀行前11月稅後盈餘265.4億元，年增9.8%，創同期新高；富邦銀行放款餘額較去年底成長11.2%，其中房貸年增7.5%，企業放款年增13.6%。中信金11月稅後盈餘62.4億元，前11月累計稅後盈餘為新台幣681.5億元，年增8.3%，累計EPS 3.47元。相較之下，新光金11月稅後虧損13.5億元，主因新光人壽避險成本攀升，累計前11月仍獲利約82億元，年減逾六成。新光金與台新金的合併案預計明年第一季完成，市場關注合併後的增資及資本適足率規劃。股價方面，國泰金昨日收在65.3元，上漲1.24%；金融保險類指數上漲0.86%，收2,318.45點。法人預估，國泰金全年獲利可望挑戰1,800億元，有望配發2元以上現金股利。（工商時報）")
M, YTD = "2025-11", "2025-01/2025-11"
R(F, "11月賺152億元", "152億元", "net_profit", "cathay-fhc", yi(152), "TWD", M,
  note="title; 賺 = after-tax profit; TW 億元 = TWD")
R(F, "稅後盈餘152.3億元", "152.3億元", "net_profit", "cathay-fhc", yi(152.3), "TWD", M, change={"mom": 18, "yoy": 41},
  optional=True, note="repeat of the title figure with more precision and the rates")
R(F, "稅後盈餘1,628.7億元", "1,628.7億元", "net_profit", "cathay-fhc", yi(1628.7), "TWD", YTD, change={"yoy": -4.6},
  note="累計前11月 -> Jan-Nov 2025")
R(F, "國泰人壽11月稅後盈餘98.4億元", "98.4億元", "net_profit", "cathay-life", yi(98.4), "TWD", M)
R(F, "前11月累計1,102億元", "1,102億元", "net_profit", "cathay-life", yi(1102), "TWD", YTD)
R(F, "國泰世華銀行11月稅後盈餘34.6億元", "34.6億元", "net_profit", "cathay-united-bank", yi(34.6), "TWD", M, change={"yoy": 12})
R(F, "新台幣98.6億元", "新台幣98.6億元", "net_profit", "fubon-fhc", yi(98.6), "TWD", M, change={"mom": -23},
  note="較上月 -> mom")
R(F, "NT$1,876億元", "NT$1,876億元", "net_profit", "fubon-fhc", yi(1876), "TWD", YTD, change={"yoy": 2.1})
R(F, "稅後盈餘265.4億元", "265.4億元", "net_profit", "taipei-fubon-bank", yi(265.4), "TWD", YTD, change={"yoy": 9.8})
R(F, "中信金11月稅後盈餘62.4億元", "62.4億元", "net_profit", "ctbc-fhc", yi(62.4), "TWD", M)
R(F, "新台幣681.5億元", "新台幣681.5億元", "net_profit", "ctbc-fhc", yi(681.5), "TWD", YTD, change={"yoy": 8.3})
R(F, "稅後虧損13.5億元", "13.5億元", "net_profit", "shin-kong-fhc", -yi(13.5), "TWD", M,
  note="虧損 -> negative")
R(F, "仍獲利約82億元", "約82億元", "net_profit", "shin-kong-fhc", yi(82), "TWD", YTD, "about", {"yoy": -60},
  note="年減逾六成 -> yoy -60; approx carries the level's 約, the rate's 逾 has no slot")
R(F, "收在65.3元", "65.3元", "price", "cathay-fhc", 65.3, "TWD", "2025-12-10", note="昨日 = 10日")
R(F, "上漲1.24%", "1.24%", "price_change", "cathay-fhc", 1.24, "percent", "2025-12-10")
R(F, "指數上漲0.86%", "0.86%", "price_change", "twse-finance-index", 0.86, "percent", "2025-12-10")
R(F, "收2,318.45點", "2,318.45點", "price", "twse-finance-index", 2318.45, "points", "2025-12-10")
R(F, "挑戰1,800億元", "1,800億元", "net_profit", "cathay-fhc", yi(1800), "TWD", "2025",
  optional=True, note="法人預估: analyst forecast of full-year profit")

# ---------------------------------------------------------------- 3 明報
F = "h10_03_mingpao_property.txt"
DOCS[F] = ("新地首5個月合約銷售逾230億 72億奪啟德商住地",
"新鴻基地產（0016）昨（12月3日）公布，2025/26財政年度首5個月（即截至11月底止），集團應佔合約銷售額約238億元，按年增長21%，已完成全年目標約六成；其中11月份單月合約銷售約46.5億元，按月減少12%。期內銷售主要來自元朗及啟德新盤，以及多個現樓貨尾項目。新地副主席兼董事總經理郭基煇表示，本港樓市交投回暖，集團未來三個月推售的新盤單位不少於2,000伙。另一方面，地政總署昨晚公布，啟德第4A區2號商住地皮由新地以72.38億元投得，每呎樓面地價約5,180元，較市場估值下限低約8%。該地皮可建樓面面積約139.7萬方呎，市場早前估值介乎68億至85億元。是次招標共接獲六份標書，入標財團包括多家本地大型發展商。有測量師指，成交價貼近市場估值下限，反映發展商對後市仍審慎，但肯入市吸納優質地皮，顯示對中長線樓價仍具信心。該地皮位於啟德跑道區，鄰近港鐵站，預計可提供約2,200個住宅單位，並設有商場。新地早前公布，截至今年6月底止年度的股東應佔基礎溢利為218.5億元，按年跌8.1%；物業銷售收入則按年增長16%至329.6億元。股價方面，新地昨日逆市上升2.4%，收報94.85元，成交金額約12.3億元；恒生指數全日跌186點或0.72%，收報25,630點。同系的新意網（1686）則跌1.3%，收報7.52元。市場人士指，新地今次投地反映大型發展商對本港樓市前景轉趨樂觀，預料政府下季的賣地計劃將吸引更多財團入標。（明報）")
P5, D = "2025-07/2025-11", "2025-12-03"
FY = "2024Q3/2025Q2"
for kind in ("revenue", "operating_metric"):
    alt = "contracted sales (合約銷售) is not recognised revenue; no contract kind fits (seed analogue: GMV -> optional operating_metric); recorded optional under both revenue and operating_metric"
    R(F, "合約銷售逾230億", "逾230億", kind, "shkp", yi(230), "HKD", P5, "over", optional=True,
      note="title; FY starts 1 July, 首5個月 = Jul-Nov 2025; bare 億 in HK = HKD; " + alt)
    R(F, "約238億元", "約238億元", kind, "shkp", yi(238), "HKD", P5, "about", {"yoy": 21}, optional=True, note=alt)
    R(F, "約46.5億元", "約46.5億元", kind, "shkp", yi(46.5), "HKD", "2025-11", "about", {"mom": -12}, optional=True,
      note="按月 of a monthly figure -> mom; " + alt)
R(F, "不少於2,000伙", "不少於2,000伙", "operating_metric", "shkp", 2000, "units", None, "at_least", optional=True,
  note="plan: flats to be launched over the next three months; borderline")
for kind in ("acquisition", "capex"):
    alt = "land parcel bought at government tender: not a stake (acquisition) and for a developer land is inventory (capex debatable); optional under both kinds"
    deal = ("啟德第4A區2號商住地皮", "地政總署", None) if kind == "acquisition" else None
    R(F, "72億奪", "72億", kind, "shkp", yi(72), "HKD", D, optional=True, note="title; " + alt, deal=deal)
    R(F, "新地以72.38億元投得", "72.38億元", kind, "shkp", yi(72.38), "HKD", D, optional=True, note=alt, deal=deal)
R(F, "約2,200個住宅單位", "約2,200個住宅單位", "operating_metric", "shkp", 2200, "units", None, "about", optional=True,
  note="flats the new site can provide (a project figure, not a reported metric); borderline")
R(F, "基礎溢利為218.5億元", "218.5億元", "adjusted_net_profit", "shkp", yi(218.5), "HKD", FY, change={"yoy": -8.1},
  note="股東應佔基礎溢利 = underlying profit (excl. revaluation) -> adjusted; FY to 30 June 2025 = 2024Q3/2025Q2")
R(F, "16%至329.6億元", "329.6億元", "revenue", "shkp-property-sales", yi(329.6), "HKD", FY, change={"yoy": 16},
  note="物業銷售收入 = recognised property-sales revenue line")
R(F, "逆市上升2.4%", "2.4%", "price_change", "shkp", 2.4, "percent", D)
R(F, "收報94.85元", "94.85元", "price", "shkp", 94.85, "HKD", D)
R(F, "全日跌186點", "186點", "price_change", "hsi", -186, "points", D)
R(F, "或0.72%", "0.72%", "price_change", "hsi", -0.72, "percent", D)
R(F, "收報25,630點", "25,630點", "price", "hsi", 25630, "points", D)
R(F, "則跌1.3%", "1.3%", "price_change", "sunevision", -1.3, "percent", D)
R(F, "收報7.52元", "7.52元", "price", "sunevision", 7.52, "HKD", D)

# ---------------------------------------------------------------- 4 上海证券报
F = "h10_04_cnstock_liquor_q3.txt"
DOCS[F] = ("山西汾酒前三季度营收329.2亿元 三季度归母净利润同比下降1.4%",
"上证报中国证券网讯（记者 李雪）山西汾酒10月28日晚间披露2025年第三季度报告。前三季度，公司实现营业总收入329.24亿元，同比增长5.0%；实现归属于上市公司股东的净利润114.35亿元，同比增长0.5%；扣除非经常性损益后的归母净利润114.10亿元，同比增长0.3%。单季度来看，第三季度公司实现营业总收入89.60亿元，同比增长4.05%；归母净利润28.60亿元，同比下降1.4%，为近五年来首次出现单季利润负增长。分产品看，前三季度中高价酒类产品实现收入240.30亿元，同比增长7.6%；其他酒类产品收入86.10亿元，同比下降2.9%。分区域看，省外市场收入195.60亿元，同比增长8.8%，占酒类收入的比重提升至约60%。值得关注的是，截至三季度末，公司合同负债为48.70亿元，较二季度末增加21.50亿元，较上年同期下降14.9%。前三季度，公司经营活动产生的现金流量净额为76.40亿元，同比下降25.3%，主要受销售回款节奏影响；销售费用为31.20亿元，同比下降3.7%。公司同日公告2025年中期利润分配方案，拟向全体股东每10股派发现金红利30元（含税），合计派发现金红利约36.60亿元。某券商食品饮料分析师表示，预计公司全年营收增速在4%至6%之间。二级市场上，10月29日山西汾酒股价低开低走，截至收盘报178.50元，下跌1.86%。（上海证券报）")
N9 = "2025Q1/2025Q3"
R(F, "营收329.2亿元", "329.2亿元", "revenue", "fenjiu", yi(329.2), "CNY", N9, note="title; 前三季度 = Q1-Q3 2025")
R(F, "同比下降1.4%\n", "1.4%", "net_profit", "fenjiu", None, None, "2025Q3", change={"yoy": -1.4},
  note="title: growth-only (level 28.60亿元 given in the body)")
R(F, "营业总收入329.24亿元", "329.24亿元", "revenue", "fenjiu", yi(329.24), "CNY", N9, change={"yoy": 5.0},
  optional=True, note="repeat of the title figure (329.2 within tolerance)")
R(F, "净利润114.35亿元", "114.35亿元", "net_profit", "fenjiu", yi(114.35), "CNY", N9, change={"yoy": 0.5},
  note="归属于上市公司股东的净利润")
R(F, "归母净利润114.10亿元", "114.10亿元", "adjusted_net_profit", "fenjiu", yi(114.10), "CNY", N9, change={"yoy": 0.3},
  note="扣非净利润 (excl. non-recurring items) -> adjusted_net_profit")
R(F, "营业总收入89.60亿元", "89.60亿元", "revenue", "fenjiu", yi(89.6), "CNY", "2025Q3", change={"yoy": 4.05})
R(F, "归母净利润28.60亿元", "28.60亿元", "net_profit", "fenjiu", yi(28.6), "CNY", "2025Q3", change={"yoy": -1.4})
R(F, "收入240.30亿元", "240.30亿元", "revenue", "fenjiu-premium-liquor", yi(240.3), "CNY", N9, change={"yoy": 7.6})
R(F, "收入86.10亿元", "86.10亿元", "revenue", "fenjiu-other-liquor", yi(86.1), "CNY", N9, change={"yoy": -2.9})
R(F, "收入195.60亿元", "195.60亿元", "revenue", "fenjiu-outside-province", yi(195.6), "CNY", N9, change={"yoy": 8.8})
R(F, "提升至约60%", "约60%", "revenue", "fenjiu-outside-province", 60, "percent", N9, "about", optional=True,
  note="share of liquor revenue (a ratio, not a market share); kind/unit debatable")
R(F, "现金流量净额为76.40亿元", "76.40亿元", "cash_flow", "fenjiu", yi(76.4), "CNY", N9, change={"yoy": -25.3},
  note="经营活动产生的现金流量净额 (operating cash flow) -> cash_flow")
R(F, "销售费用为31.20亿元", "31.20亿元", "selling_expense", "fenjiu", yi(31.2), "CNY", N9, change={"yoy": -3.7})
R(F, "在4%至6%之间", "4%至6%", "revenue", "fenjiu", None, None, "2025", change={"yoy": 4}, optional=True,
  note="analyst forecast of full-year revenue growth, a range 4-6%; change has no range slot, lower end used")
R(F, "报178.50元", "178.50元", "price", "fenjiu", 178.5, "CNY", "2025-10-29")
R(F, "下跌1.86%", "1.86%", "price_change", "fenjiu", -1.86, "percent", "2025-10-29")

# ---------------------------------------------------------------- 5 路透
F = "h10_05_reuters_sony_siemens.txt"
DOCS[F] = ("索尼上调全年营业利润预期至1.43万亿日元 股价大涨逾8%",
"路透东京11月12日 - 索尼集团周二盘后公布，截至9月30日的第二财季营收为3.11万亿日元，同比增长2%；营业利润为4,280亿日元，同比增长10%，高于LSEG汇编的分析师平均预估3,950亿日元。当季净利润为3,150亿日元，上年同期为3,380亿日元。索尼将截至2026年3月的本财年营业利润预期从此前的1.33万亿日元上调至1.43万亿日元，营收预期维持11.7万亿日元不变，并预计本财年资本支出在8,500亿至9,000亿日元之间。分部门看，游戏及网络服务部门第二财季营业利润为1,200亿日元，同比增长43%，PS5当季销量为390万台；音乐部门营收同比增长约11%；影视部门则录得营业亏损45亿日元。索尼首席财务官陶琳在财报电话会上表示，游戏业务的订阅收入和第一方游戏销售好于预期，且美国加征关税对本财年业绩的影响将小于此前估计，因此公司对下半年的前景更有信心。索尼还宣布将在明年3月底前回购最多1,000亿日元的股票。受此提振，索尼股价周三在东京市场一度大涨8.6%，至4,520日元，创历史新高，收盘涨7.9%；日经225指数收涨0.4%，报50,380.25点。欧洲方面，西门子周三公布，截至9月30日的第四财季营收为215.4亿欧元，同比增长4%，净利润为23.1亿欧元，低于分析师预期的25亿欧元；2025财年全年净利润为103亿欧元。西门子预计2026财年可比营收增长6%至8%。西门子股价在法兰克福市场下跌3.1%，报228.65欧元。分析师表示，西门子数字化工业业务的订单复苏慢于预期，抵消了智能基础设施业务的强劲表现。（路透）")
SFY, D = "2025Q2/2026Q1", "2025-11-12"
R(F, "预期至1.43万亿日元", "1.43万亿日元", "operating_profit", "sony", wanyi(1.43), "JPY", SFY,
  note="title; company guidance for FY to March 2026 (Apr 2025-Mar 2026)")
R(F, "股价大涨逾8%", "逾8%", "price_change", "sony", 8, "percent", D, "over", note="title; the intraday 8.6% move")
R(F, "营收为3.11万亿日元", "3.11万亿日元", "revenue", "sony", wanyi(3.11), "JPY", "2025Q3", change={"yoy": 2},
  note="第二财季 to 30 Sept = Jul-Sep 2025")
R(F, "营业利润为4,280亿日元", "4,280亿日元", "operating_profit", "sony", yi(4280), "JPY", "2025Q3", change={"yoy": 10})
R(F, "预估3,950亿日元", "3,950亿日元", "operating_profit", "sony", yi(3950), "JPY", "2025Q3", optional=True,
  note="LSEG analyst consensus estimate")
R(F, "净利润为3,150亿日元", "3,150亿日元", "net_profit", "sony", yi(3150), "JPY", "2025Q3")
R(F, "上年同期为3,380亿日元", "3,380亿日元", "net_profit", "sony", yi(3380), "JPY", "2024Q3")
R(F, "此前的1.33万亿日元", "1.33万亿日元", "operating_profit", "sony", wanyi(1.33), "JPY", SFY,
  note="superseded guidance (cf. seed: Google's earlier capex estimate)")
R(F, "上调至1.43万亿日元", "1.43万亿日元", "operating_profit", "sony", wanyi(1.43), "JPY", SFY, optional=True,
  note="repeat of the title guidance")
R(F, "维持11.7万亿日元", "11.7万亿日元", "revenue", "sony", wanyi(11.7), "JPY", SFY, note="revenue guidance, unchanged")
R(F, "8,500亿至9,000亿日元", "8,500亿至9,000亿日元", "capex_plan", "sony", yi(8500), "JPY", SFY, value_max=yi(9000))
R(F, "营业利润为1,200亿日元", "1,200亿日元", "operating_profit", "sony-gaming", yi(1200), "JPY", "2025Q3", change={"yoy": 43})
R(F, "销量为390万台", "390万台", "operating_metric", "sony-gaming", wan(390), "units", "2025Q3",
  note="PS5 units sold in the quarter")
R(F, "同比增长约11%", "约11%", "revenue", "sony-music", None, None, "2025Q3", "about", {"yoy": 11},
  note="growth-only; hedge on the rate goes in approx")
R(F, "营业亏损45亿日元", "45亿日元", "operating_profit", "sony-pictures", -yi(45), "JPY", "2025Q3")
R(F, "一度大涨8.6%", "8.6%", "price_change", "sony", 8.6, "percent", D, note="intraday high move")
R(F, "至4,520日元", "4,520日元", "price", "sony", 4520, "JPY", D, note="intraday record high")
R(F, "收盘涨7.9%", "7.9%", "price_change", "sony", 7.9, "percent", D)
R(F, "收涨0.4%", "0.4%", "price_change", "nikkei225", 0.4, "percent", D)
R(F, "报50,380.25点", "50,380.25点", "price", "nikkei225", 50380.25, "points", D)
R(F, "营收为215.4亿欧元", "215.4亿欧元", "revenue", "siemens", yi(215.4), "EUR", "2025Q3", change={"yoy": 4},
  note="Siemens FY ends 30 Sept: 第四财季 = Jul-Sep 2025")
R(F, "净利润为23.1亿欧元", "23.1亿欧元", "net_profit", "siemens", yi(23.1), "EUR", "2025Q3")
R(F, "预期的25亿欧元", "25亿欧元", "net_profit", "siemens", yi(25), "EUR", "2025Q3", optional=True,
  note="analyst expectation")
R(F, "全年净利润为103亿欧元", "103亿欧元", "net_profit", "siemens", yi(103), "EUR", "2024Q4/2025Q3",
  note="FY2025 = Oct 2024-Sep 2025")
R(F, "增长6%至8%", "6%至8%", "revenue", "siemens", None, None, "2025Q4/2026Q3", change={"yoy": 6}, optional=True,
  note="guidance range for comparable revenue growth FY2026; change has no range slot, lower end used")
R(F, "下跌3.1%", "3.1%", "price_change", "siemens", -3.1, "percent", D)
R(F, "报228.65欧元", "228.65欧元", "price", "siemens", 228.65, "EUR", D)

# ---------------------------------------------------------------- 6 期货日报
F = "h10_06_futures_daily.txt"
DOCS[F] = ("期市收评：沪金涨超1% 螺纹钢跌逾2%创两个月新低",
"期货日报网讯 2025年12月9日，国内商品期货市场涨跌互现，贵金属延续强势，黑色系集体走弱。美联储议息会议前夕，市场普遍押注本周降息，美元指数走弱为贵金属提供支撑；国内钢材则受到需求季节性回落和库存回升的双重压制。截至下午收盘，上期所黄金主力合约（沪金2602）收报962.40元/克，上涨1.21%；沪银主力合约涨3.4%，报14,860元/千克，盘中创上市以来新高。有色金属方面，沪铜主力合约收报88,350元/吨，下跌0.42%，日内最低下探至87,900元/吨；沪铝主力收报21,745元/吨，微涨0.12%。黑色系方面，螺纹钢主力合约收报3,068元/吨，跌2.35%，创近两个月新低；铁矿石主力合约跌1.8%，报768.5元/吨；焦煤主力跌近4%。能源方面，上海原油期货主力合约（SC2601）收报458.6元/桶，涨0.85%；国际油价方面，截至北京时间15时，美国WTI原油期货报58.92美元/桶，下跌0.6%，布伦特原油期货报62.75美元/桶，跌0.5%。市场人士指出，OPEC+维持明年一季度暂停增产的决定，但全球库存仍在累积，油价上方空间有限。指数方面，南华商品指数收于2,531.46点，下跌0.53%；文华商品指数跌0.71%，年内累计上涨约6.2%。国投安信期货分析师表示，短期钢材需求进入季节性淡季，预计螺纹钢价格将在3,000至3,150元/吨区间震荡，贵金属则有望在降息预期下继续保持强势，建议投资者控制仓位、注意节前波动风险。（期货日报）")
D = "2025-12-09"
R(F, "沪金涨超1%", "超1%", "price_change", "shfe-gold", 1, "percent", D, "over", note="title")
R(F, "螺纹钢跌逾2%", "逾2%", "price_change", "shfe-rebar", -2, "percent", D, "over", note="title")
R(F, "收报962.40元/克", "962.40元/克", "price", "shfe-gold", 962.4, "CNY", D, note="per gram, main contract 2602")
R(F, "上涨1.21%", "1.21%", "price_change", "shfe-gold", 1.21, "percent", D, optional=True,
  note="same move as the title's 超1% (repeat at higher precision)")
R(F, "合约涨3.4%", "3.4%", "price_change", "shfe-silver", 3.4, "percent", D)
R(F, "报14,860元/千克", "14,860元/千克", "price", "shfe-silver", 14860, "CNY", D, note="per kilogram")
R(F, "收报88,350元/吨", "88,350元/吨", "price", "shfe-copper", 88350, "CNY", D)
R(F, "下跌0.42%", "0.42%", "price_change", "shfe-copper", -0.42, "percent", D)
R(F, "下探至87,900元/吨", "87,900元/吨", "price", "shfe-copper", 87900, "CNY", D, note="intraday low")
R(F, "收报21,745元/吨", "21,745元/吨", "price", "shfe-aluminium", 21745, "CNY", D)
R(F, "微涨0.12%", "0.12%", "price_change", "shfe-aluminium", 0.12, "percent", D)
R(F, "收报3,068元/吨", "3,068元/吨", "price", "shfe-rebar", 3068, "CNY", D)
R(F, "跌2.35%", "2.35%", "price_change", "shfe-rebar", -2.35, "percent", D, optional=True,
  note="same move as the title's 逾2% (repeat at higher precision)")
R(F, "合约跌1.8%", "1.8%", "price_change", "dce-iron-ore", -1.8, "percent", D)
R(F, "报768.5元/吨", "768.5元/吨", "price", "dce-iron-ore", 768.5, "CNY", D)
R(F, "焦煤主力跌近4%", "近4%", "price_change", "dce-coking-coal", -4, "percent", D, "nearly")
R(F, "收报458.6元/桶", "458.6元/桶", "price", "ine-crude", 458.6, "CNY", D, note="INE SC crude, per barrel")
R(F, "涨0.85%", "0.85%", "price_change", "ine-crude", 0.85, "percent", D)
R(F, "报58.92美元/桶", "58.92美元/桶", "price", "wti-crude", 58.92, "USD", D, note="as of 15:00 Beijing time")
R(F, "下跌0.6%", "0.6%", "price_change", "wti-crude", -0.6, "percent", D)
R(F, "报62.75美元/桶", "62.75美元/桶", "price", "brent-crude", 62.75, "USD", D)
R(F, "跌0.5%", "0.5%", "price_change", "brent-crude", -0.5, "percent", D)
R(F, "收于2,531.46点", "2,531.46点", "price", "nanhua-commodity-index", 2531.46, "points", D)
R(F, "下跌0.53%", "0.53%", "price_change", "nanhua-commodity-index", -0.53, "percent", D)
R(F, "指数跌0.71%", "0.71%", "price_change", "wenhua-commodity-index", -0.71, "percent", D)
R(F, "上涨约6.2%", "约6.2%", "price_change", "wenhua-commodity-index", 6.2, "percent", "2025", "about",
  note="年内 (YTD) move; like the seed's 年內 moves, period = the year, value is the move")
R(F, "3,000至3,150元/吨", "3,000至3,150元/吨", "price", "shfe-rebar", 3000, "CNY", None, value_max=3150, optional=True,
  note="analyst forecast range for rebar; no period pinned (短期)")

# ---------------------------------------------------------------- 7 经济观察报
F = "h10_07_eeo_financing.txt"
DOCS[F] = ("深算智能的“算力突围”：一轮12亿元融资与一次老股东退出",
"经济观察报 记者 周然 在国产AI推理芯片赛道整体降温的2025年，深算智能仍然拿到了一笔大额融资。11月18日，深算智能宣布完成12亿元B轮融资，由国投创业领投，联想创投、华登国际跟投，老股东红杉中国继续加注。据知情人士透露，国投创业在本轮出资约4亿元，红杉中国追加投资1.5亿元，本轮投后估值约85亿元，较一年前的A+轮翻了近两倍。与这轮财务融资并行的，是一笔产业资本的战略投资：兆易创新11月19日晚间公告，公司拟以自有资金2.5亿元认购深算智能新增注册资本，交易完成后将持有其约2.94%的股权。这并不是深算智能第一次获得产业资本青睐——2024年6月，公司完成A+轮融资，金额为7千万美元，由新加坡主权基金淡马锡独家投资。与融资同步发生的，是一次早期股东的退出。同在11月，天使轮投资方启明创投将所持深算智能4.5%的股权以约3.6亿元转让给国投创业，按其2021年投入的3000万元计算，账面回报约12倍。一位接近交易的人士告诉经济观察报，启明创投此次为部分退出，仍保留约1.2%的股份。公开资料显示，深算智能2024年实现营收4.2亿元，净亏损2.8亿元；创始人陈默在接受采访时称，公司2025年营收有望突破10亿元，并计划在2026年启动科创板IPO。在他看来，估值并不是这一轮最重要的东西，“能不能拿到产能，比估值高一点低一点重要得多”。（经济观察报）")
SYND = "hongshan+lenovo-capital+sdic-venture+walden"
R(F, "一轮12亿元融资", "12亿元", "investment", SYND, yi(12), "CNY", "2025-11-18",
  note="title; round total; investor = the syndicate (lead + followers, ids joined by +); period = announcement date from the body",
  deal=("shensuan", None, None))
R(F, "完成12亿元B轮融资", "12亿元", "investment", SYND, yi(12), "CNY", "2025-11-18", optional=True,
  note="repeat of the title round total", deal=("shensuan", None, None))
R(F, "出资约4亿元", "约4亿元", "investment", "sdic-venture", yi(4), "CNY", "2025-11-18", "about",
  note="lead investor's ticket", deal=("shensuan", None, None))
R(F, "追加投资1.5亿元", "1.5亿元", "investment", "hongshan", yi(1.5), "CNY", "2025-11-18", deal=("shensuan", None, None))
R(F, "自有资金2.5亿元", "2.5亿元", "investment", "gigadevice", yi(2.5), "CNY", "2025-11-19",
  note="subscription of new registered capital; 约 hedges the stake, not the amount", deal=("shensuan", None, 2.94))
R(F, "金额为7千万美元", "7千万美元", "investment", "temasek", 70000000, "USD", "2024-06", deal=("shensuan", None, None))
R(F, "以约3.6亿元转让给国投创业", "约3.6亿元", "stake_sale", "qiming", yi(3.6), "CNY", "2025-11", "about",
  note="partial exit (同在11月)", deal=("shensuan", "sdic-venture", 4.5))
R(F, "以约3.6亿元转让给国投创业", "约3.6亿元", "acquisition", "sdic-venture", yi(3.6), "CNY", "2025-11", "about",
  note="same transfer from the buyer's side (seed convention: Uber/Trendyol GO)", deal=("shensuan", "qiming", 4.5))
R(F, "投入的3000万元", "3000万元", "investment", "qiming", wan(3000), "CNY", "2021",
  note="angel-round investment in 2021; stake not given", deal=("shensuan", None, None))
R(F, "实现营收4.2亿元", "4.2亿元", "revenue", "shensuan", yi(4.2), "CNY", "2024")
R(F, "净亏损2.8亿元", "2.8亿元", "net_profit", "shensuan", -yi(2.8), "CNY", "2024", note="净亏损 -> negative")
R(F, "有望突破10亿元", "突破10亿元", "revenue", "shensuan", yi(10), "CNY", "2025", "over",
  note="company's own outlook (founder) -> metric kind, required; 突破 -> over")

# ---------------------------------------------------------------- 8 table / full-width / Chinese numerals
F = "h10_08_table_fullwidth.txt"
DOCS[F] = ("【业绩快报】华芯微2025年半年度主要财务数据（单位：人民币万元）",
"华芯微电子股份有限公司（证券简称：华芯微）8月26日晚间披露2025年半年度报告摘要，主要会计数据如下：项目|本报告期|上年同期|本报告期比上年同期增减(%) 营业收入|１２３４５６．７８|１１０２３４．５６|１２．００ 归属于上市公司股东的净利润|－３２１０．４５|２０８７．６３|不适用 归属于上市公司股东的扣除非经常性损益的净利润|－４８９５．２０|１５４２．１１|不适用 经营活动产生的现金流量净额|８７６５．４３|－２３４５．６７|不适用 研发投入|８９２０．００|７７３６．３４|１５．３０ 基本每股收益（元／股）|－０．０８|０．０５|不适用 加权平均净资产收益率（%）|－１．２１|０．７９|减少２．００个百分点 项目|本报告期末|上年度末|本报告期末比上年度末增减(%) 总资产|５６７８９０．１２|５４３２１０．９８|４．５４ 公司在摘要中表示，报告期内实现营业收入约十二亿三千万元，同比增长百分之十二；归母净利润由盈转亏，主要系计提存货跌价准备约五千六百万元，以及研发投入同比增加一千一百八十三万元所致。其中，第二季度单季实现营业收入六亿八千二百万元，环比增长百分之二十三点四，毛利率回升至百分之二十一点六。公司董事会秘书在业绩说明会上表示，下半年随着车规级产品放量及新产线爬坡完成，预计经营情况将逐季改善；公司本报告期不进行利润分配，也不进行公积金转增股本。截至报告期末，公司研发人员占员工总数的比例超过四成。（证券时报网）")
H1, H0 = "2025H1", "2024H1"
T = "table cell; unit 万元 from the header (单位：人民币万元); full-width digits"
R(F, "营业收入|１２３４５６．７８", "１２３４５６．７８", "revenue", "huaxinwei", wan(123456.78), "CNY", H1, change={"yoy": 12.00}, note=T)
R(F, "|１１０２３４．５６", "１１０２３４．５６", "revenue", "huaxinwei", wan(110234.56), "CNY", H0, note=T + "; 上年同期 column")
R(F, "|－３２１０．４５", "－３２１０．４５", "net_profit", "huaxinwei", -wan(3210.45), "CNY", H1,
  note=T + "; full-width minus = loss; 不适用 growth -> change null")
R(F, "|２０８７．６３", "２０８７．６３", "net_profit", "huaxinwei", wan(2087.63), "CNY", H0, note=T)
R(F, "|－４８９５．２０", "－４８９５．２０", "adjusted_net_profit", "huaxinwei", -wan(4895.20), "CNY", H1, note=T + "; 扣非 -> adjusted")
R(F, "|１５４２．１１", "１５４２．１１", "adjusted_net_profit", "huaxinwei", wan(1542.11), "CNY", H0, note=T)
R(F, "|８７６５．４３", "８７６５．４３", "cash_flow", "huaxinwei", wan(8765.43), "CNY", H1, note=T)
R(F, "|－２３４５．６７", "－２３４５．６７", "cash_flow", "huaxinwei", -wan(2345.67), "CNY", H0, note=T + "; net outflow")
R(F, "|８９２０．００", "８９２０．００", "cost", "huaxinwei", wan(8920), "CNY", H1, change={"yoy": 15.30}, note=T + "; R&D spend -> cost")
R(F, "|７７３６．３４", "７７３６．３４", "cost", "huaxinwei", wan(7736.34), "CNY", H0, note=T)
R(F, "约十二亿三千万元", "约十二亿三千万元", "revenue", "huaxinwei", yi(12.3), "CNY", H1, "about", {"yoy": 12}, optional=True,
  note="Chinese-numeral restatement of the table's revenue (百分之十二 -> 12)")
R(F, "一千一百八十三万元", "一千一百八十三万元", "cost", "huaxinwei", wan(1183), "CNY", H1, optional=True,
  note="absolute yoy increase of R&D spend, not a level (seed convention: optional, delta)")
R(F, "六亿八千二百万元", "六亿八千二百万元", "revenue", "huaxinwei", wan(68200), "CNY", "2025Q2", change={"qoq": 23.4},
  note="Chinese numerals; 环比 of a quarterly figure -> qoq")


# ---------------------------------------------------------------- write
def sentence_of(text, a, b):
    s = a
    while s > 0 and text[s - 1] not in "。！？\n":
        s -= 1
    e = b
    while e < len(text) and text[e] not in "。！？\n":
        e += 1
    if e < len(text) and text[e] != "\n":
        e += 1
    sent = text[s:e]
    if "|" in sent:  # text-rendered table: rows are separated by spaces; use the row / trailing prose
        pos = s
        for piece in sent.split(" "):
            if pos <= a and b <= pos + len(piece):
                return piece
            pos += len(piece) + 1
    return sent


def main():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    texts = {}
    for f, (title, body) in DOCS.items():
        assert "\n" not in title and "\n" not in body and title.strip() and body.strip()
        assert not title.startswith("#")
        with open(os.path.join(HERE, "articles", f), "w", encoding="utf-8") as fh:
            fh.write(title + "\n" + body)   # no trailing newline
        texts[f] = title + "\n" + body
    out = []
    for f, rec in RECS:
        text = texts[f]
        ctx = rec.pop("_ctx")
        n = text.count(ctx)
        assert n == 1, (f, ctx, n)
        off = text.index(ctx) + ctx.index(rec["quote"])
        span = [off, off + len(rec["quote"])]
        assert text[span[0]:span[1]] == rec["quote"]
        row = {"doc": f + "#1"}
        for k in ("kind", "subject", "value", "value_max", "unit", "approx", "period", "change"):
            row[k] = rec[k]
        row["span"] = span
        row["quote"] = rec["quote"]
        row["sentence"] = sentence_of(text, *span)
        row["rule"] = RULE
        for k in ("target", "counterparty", "stake_pct", "optional", "note"):
            if k in rec:
                row[k] = rec[k]
        out.append(row)
    out.sort(key=lambda r: (r["doc"], r["span"][0], r["kind"]))
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for f, t in texts.items():
        req = sum(1 for r in out if r["doc"] == f + "#1" and not r.get("optional"))
        opt = sum(1 for r in out if r["doc"] == f + "#1" and r.get("optional"))
        print(f"{f:36} chars={len(t):5} required={req:3} optional={opt:3}")
    print("total", len(out), "required", sum(1 for r in out if not r.get("optional")))


if __name__ == "__main__":
    main()
