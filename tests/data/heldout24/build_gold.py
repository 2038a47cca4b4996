#!/usr/bin/env python3
"""Build the heldout24 evaluation set: six hand-written articles and their gold records.

Every gold record is given as (context, quote): the context occurs exactly once in the
document text (title + "\n" + body) and the quote exactly once inside the context; the span
is computed from them and checked. Writes articles/*.txt and gold.jsonl beside this script.
Run: python3 build_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
RULE = "heldout24-manual"

# ---------------------------------------------------------------- texts
A1_T = "江澜银行前三季度归母净利润增6.8% 净息差降至1.62%"
A1_B = ("21世纪经济报道记者 沈乔 南京报道 10月30日晚间，江澜银行（601877.SH）披露2025年三季报。"
"前三季度，该行实现营业收入128.64亿元，同比增长3.15%，去年同期为124.71亿元；实现归属于母公司股东的净利润41.27亿元，同比增长6.8%，去年同期为38.64亿元。"
"拆分来看，利息净收入86.10亿元，同比微降0.7%；非利息净收入42.54亿元，同比增长11.9%。"
"单季度方面，第三季度该行实现营业收入42.05亿元，同比下降1.2%，环比增长0.9%；归母净利润13.58亿元，同比增长5.4%。"
"成本端，前三季度业务及管理费39.72亿元，同比增长2.1%，成本收入比为30.88%。"
"资产质量方面，截至9月末，该行不良贷款率为1.09%，与年初持平；拨备覆盖率为312.45%，较上年末下降9.87个百分点；前三季度计提信用减值损失30.15亿元，同比减少11.3%。"
"值得注意的是，该行净息差为1.62%，较上半年收窄5个基点。基本每股收益为1.26元。截至9月末，该行总资产达6128.4亿元，较年初增长7.9%。"
"二级市场上，江澜银行10月30日收报6.84元，下跌0.44%，年内累计上涨18.7%；同日沪深300指数收跌0.6%。（21世纪经济报道）")

A2_T = "澄研医药ADC新药授权海外 首付款1.2亿美元 今日涨停"
A2_B = ("e公司讯，12月9日，澄研医药（688721）开盘后迅速封死涨停，截至收盘报68.52元/股，涨幅20%，成交额21.3亿元，总市值约312亿元。"
"消息面上，公司12月8日晚间公告，与美国生物技术公司Norvale Therapeutics就自主研发的Claudin18.2 ADC药物CY-207签署独家许可协议，授予对方大中华区以外的全球开发和商业化权益。"
"根据协议，澄研医药将获得1.2亿美元首付款，以及最高4.5亿美元的开发及注册里程碑付款、最高9.2亿美元的销售里程碑付款，交易总金额不超过14.9亿美元（约合人民币106亿元），另可获得净销售额两位数百分比的分级特许权使用费。"
"同时，Norvale将以5000万美元认购公司新发行股份，认购完成后持股比例约1.9%。"
"业绩方面，2025年上半年，澄研医药实现营业收入3.86亿元，同比增长42.7%；归母净亏损2.14亿元，上年同期亏损3.05亿元；研发投入4.62亿元，同比增长18.9%，占营业收入比例达119.7%；销售费用0.86亿元；经营活动产生的现金流量净额为-1.87亿元。"
"二级市场上，当日创新药板块整体走强，百济神州涨超5%，科创50指数收涨1.37%。（证券时报·e公司）")

A3_T = "越川控股11月销售额环比增27.5%，前11月累计1186亿元"
A3_B = ("界面新闻记者 | 周屿 12月1日晚间，越川控股（01839.HK）公布未经审核营运数据。"
"2025年1-11月，集团连同合营企业及联营公司累计实现合同销售金额约1186.4亿元，同比下降12.6%；累计合同销售面积约628.3万平方米，同比下降15.1%。"
"其中，11月单月合同销售金额约132.7亿元，同比增长4.3%，环比增长27.5%，为年内首次同比转正；单月销售面积约69.8万平方米，销售均价约19012元/平方米。"
"投资端，越川控股11月以总价约41.6亿元在杭州、成都新增3幅住宅用地，今年以来累计拿地金额约356亿元，拿地销售比约为0.3。"
"此外，公司11月28日公告，以8.2亿元向锦岱置业出售旗下苏州澄湖项目公司49%股权。"
"财务方面，今年上半年越川控股实现收入512.3亿元，同比下降8.4%；股东应占亏损18.6亿元，去年同期为亏损25.3亿元。"
"截至6月末，公司有息负债总额降至1380亿元，平均融资成本4.65%；11月底，公司已全额兑付一笔15亿元到期公司债。"
"12月2日，越川控股股价收涨3.8%，报4.37港元；恒生地产分类指数同日涨1.9%。（界面新闻）")

A4_T = "晶澄10月營收28.64億元 月增12.3%創新高"
A4_B = ("【記者林佳蓉／台北報導】IC設計廠晶澄（6917）昨（10）日公布114年10月合併營收28.64億元，月增12.3%、年增41.7%，改寫單月歷史新高；累計前10月營收231.58億元，年增29.5%。"
"晶澄第三季營收82.5億元，季增9.1%；稅後純益10.26億元，季增18.4%、年增52.2%，去年同期為6.74億元，每股純益（EPS）5.87元；第三季毛利率48.6%，季增1.2個百分點。"
"前三季稅後純益合計27.9億元，EPS為15.96元。"
"展望後市，晶澄表示，AI邊緣運算及車用晶片需求強勁，第四季營收可望季增一成以上。"
"為因應先進製程投片需求，晶澄董事會已通過明年（115年）資本支出預算約45億元，今年前三季實際資本支出為24.3億元，新預算主要用於新竹研發中心擴建及3奈米光罩費用。"
"外資最新報告將晶澄目標價由980元調升至1,150元，維持「買進」評等。"
"晶澄昨日股價收漲5.2%至1,015元，成交量逾1.2萬張；集中市場加權指數同日上漲182.35點，收在27,486.12點。（工商時報）")

A5_T = "海澄航空10月載客量增14% 次大股東配股套現8.18億"
A5_B = ("【明報專訊】本港上市的海澄航空（01498）昨日（11月13日）公布10月營運數據，期內載客量按年增長14.2%至182.6萬人次，運力（以可用座位千米計算）按年增加11.8%，乘客運載率為84.7%，按年上升1.9個百分點。"
"貨運方面，10月運載貨物及郵件13.8萬公噸，按年增長6.5%。今年首10個月，海澄累計載客1,676.3萬人次，按年增長18.9%。"
"海澄上月公布，首三季收入按年增長9.6%至287.4億港元，股東應佔溢利21.3億港元，去年同期為16.8億港元。"
"另據配售文件，海澄第二大股東Crestmoor Holdings昨日開市前以每股6.82港元配售1.2億股海澄股份，佔已發行股本約3.1%，配售價較前收市價7.45港元折讓約8.5%，套現約8.18億港元。"
"配售完成後，Crestmoor持股量由12.6%降至約9.5%。"
"受消息拖累，海澄股價昨日低開後跌幅擴大，收報7.05港元，跌5.37%，成交額4.6億港元；同業國泰航空跌1.2%。"
"恒指昨日收市跌211點或0.82%，報25,638點。（明報）")

A6_T = "【业绩速递】宏衡电子前三季度净利增41.2% 鼎岚化工由盈转亏"
A6_B = ("财联社10月28日电，多家上市公司披露三季报及业绩预告："
"1.宏衡电子（300917）：前三季度营业收入18.42亿元，同比增长23.6%；归母净利润2.36亿元，同比增长41.2%；扣非净利润2.05亿元，同比增长38.7%；其中第三季度营收6.93亿元，同比增长27.1%。"
"2.鼎岚化工（603658）：前三季度营收56.7亿元，同比下降11.4%；归母净亏损3.18亿元，上年同期盈利1.02亿元，主要因产品价格下跌，毛利率同比下滑6.3个百分点。"
"3.汇湄食品（002935）：前三季度营收28.6亿元；第三季度营收9.85亿元，同比增长6.1%；净利润1.12亿元，同比下降4.3%；前三季度累计净利润3.37亿元，基本每股收益0.52元。"
"4.鸿钧新能（688496）：预计2025年归母净利润亏损4.5亿元至6.2亿元，上年同期亏损9.8亿元；前三季度组件出货量6.8GW，同比增长22%；公司同日公告，拟投资不超过35亿元建设年产10GW高效电池项目。")

DOCS = [
    ("h24_01_jianglan_bank.txt", A1_T, A1_B),
    ("h24_02_chengyan_pharma.txt", A2_T, A2_B),
    ("h24_03_yuechuan_property.txt", A3_T, A3_B),
    ("h24_04_jingcheng_ic.txt", A4_T, A4_B),
    ("h24_05_haicheng_air.txt", A5_T, A5_B),
    ("h24_06_cls_results_flash.txt", A6_T, A6_B),
]


def yi(x):
    """x 亿/億 -> whole units."""
    return int(round(x * 100_000_000))


def wan(x):
    """x 万/萬 -> whole units."""
    return int(round(x * 10_000))


def R(ctx, q, kind, subject, value, unit, period, change=None, approx=None, value_max=None,
      optional=False, note=None, target=None, counterparty=None, stake_pct=None):
    rec = {"ctx": ctx, "q": q, "kind": kind, "subject": subject, "value": value,
           "value_max": value_max, "unit": unit, "approx": approx, "period": period,
           "change": change, "optional": optional, "note": note}
    if kind in ("stake_sale", "acquisition", "investment"):
        rec.update(target=target, counterparty=counterparty, stake_pct=stake_pct)
    return rec


Q9 = "2025Q1/2025Q3"   # 前三季度 / 首三季
Q9_LY = "2024Q1/2024Q3"

# ---------------------------------------------------------------- gold
GOLD = {}

# 1. 江澜银行 Q1-Q3 results (21世纪经济报道 pastiche); results released 2025-10-30
GOLD["h24_01_jianglan_bank.txt"] = [
    R("归母净利润增6.8%", "6.8%", "net_profit", "jianglan", None, None, Q9, {"yoy": 6.8},
      note="title: growth without a level, first mention of the 前三季度 net-profit growth (body gives the level)"),
    R("营业收入128.64亿元", "128.64亿元", "revenue", "jianglan", yi(128.64), "CNY", Q9, {"yoy": 3.15}),
    R("去年同期为124.71亿元", "124.71亿元", "revenue", "jianglan", yi(124.71), "CNY", Q9_LY,
      note="year-ago comparator of 前三季度 revenue"),
    R("净利润41.27亿元", "41.27亿元", "net_profit", "jianglan", yi(41.27), "CNY", Q9, {"yoy": 6.8},
      note="归属于母公司股东的净利润"),
    R("去年同期为38.64亿元", "38.64亿元", "net_profit", "jianglan", yi(38.64), "CNY", Q9_LY,
      note="year-ago comparator of attributable net profit"),
    R("利息净收入86.10亿元", "86.10亿元", "revenue", "jianglan", yi(86.10), "CNY", Q9, {"yoy": -0.7},
      optional=True, note="net interest income: a revenue line of the bank, not a segment; kind revenue arguable -> optional"),
    R("非利息净收入42.54亿元", "42.54亿元", "revenue", "jianglan", yi(42.54), "CNY", Q9, {"yoy": 11.9},
      optional=True, note="non-interest income line; see 利息净收入 -> optional"),
    R("营业收入42.05亿元", "42.05亿元", "revenue", "jianglan", yi(42.05), "CNY", "2025Q3",
      {"yoy": -1.2, "qoq": 0.9}, note="单季度 Q3; 环比 of a quarterly figure -> qoq"),
    R("归母净利润13.58亿元", "13.58亿元", "net_profit", "jianglan", yi(13.58), "CNY", "2025Q3", {"yoy": 5.4}),
    R("业务及管理费39.72亿元", "39.72亿元", "cost", "jianglan", yi(39.72), "CNY", Q9, {"yoy": 2.1},
      note="业务及管理费 = operating expenses"),
    R("信用减值损失30.15亿元", "30.15亿元", "cost", "jianglan", yi(30.15), "CNY", Q9, {"yoy": -11.3},
      optional=True, note="credit impairment charge (provisioning); not cost of revenue/opex/R&D in the contract's list; kind debatable -> optional"),
    R("收报6.84元", "6.84元", "price", "jianglan", 6.84, "CNY", "2025-10-30"),
    R("下跌0.44%", "0.44%", "price_change", "jianglan", -0.44, "percent", "2025-10-30"),
    R("年内累计上涨18.7%", "18.7%", "price_change", "jianglan", 18.7, "percent", "2025",
      note="年内 = year to date -> period 2025 (seed convention)"),
    R("沪深300指数收跌0.6%", "0.6%", "price_change", "csi300", -0.6, "percent", "2025-10-30",
      note="real index in a side sentence; figure invented"),
]

# 2. 澄研医药 out-licensing + H1 results + limit-up (证券时报·e公司 pastiche)
LIC = ("out-licensing payment: the contract has no licensing/BD-income kind; recorded optional as "
       "revenue (the upfront is booked as revenue) so that neither reading counts")
GOLD["h24_02_chengyan_pharma.txt"] = [
    R("首付款1.2亿美元", "1.2亿美元", "revenue", "chengyan", yi(1.2), "USD", "2025-12-08",
      optional=True, note="title; " + LIC),
    R("收盘报68.52元", "68.52元", "price", "chengyan", 68.52, "CNY", "2025-12-09",
      note="68.52元/股: closing price on the limit-up day"),
    R("涨幅20%", "20%", "price_change", "chengyan", 20, "percent", "2025-12-09",
      note="涨停 on the STAR Market = +20%, stated"),
    R("获得1.2亿美元首付款", "1.2亿美元", "revenue", "chengyan", yi(1.2), "USD", "2025-12-08",
      optional=True, note="repeat of the title figure; " + LIC),
    R("最高4.5亿美元", "最高4.5亿美元", "revenue", "chengyan", yi(4.5), "USD", "2025-12-08", approx="up_to",
      optional=True, note="development/regulatory milestones (最高 -> up_to); " + LIC),
    R("最高9.2亿美元", "最高9.2亿美元", "revenue", "chengyan", yi(9.2), "USD", "2025-12-08", approx="up_to",
      optional=True, note="sales milestones (最高 -> up_to); " + LIC),
    R("不超过14.9亿美元", "不超过14.9亿美元", "revenue", "chengyan", yi(14.9), "USD", "2025-12-08", approx="up_to",
      optional=True, note="total deal value (不超过 -> up_to); " + LIC),
    R("约合人民币106亿元", "约合人民币106亿元", "revenue", "chengyan", yi(106), "CNY", "2025-12-08", approx="about",
      optional=True, note="currency conversion of the total deal value (optional per records.md)"),
    R("以5000万美元认购", "5000万美元", "investment", "norvale", wan(5000), "USD", "2025-12-08",
      target="chengyan", counterparty=None, stake_pct=1.9,
      note="licensee subscribes new shares of 澄研医药; 约1.9% is the resulting holding; approx null because the amount is exact (约 hedges the stake only); period = announcement 12月8日"),
    R("营业收入3.86亿元", "3.86亿元", "revenue", "chengyan", yi(3.86), "CNY", "2025H1", {"yoy": 42.7}),
    R("归母净亏损2.14亿元", "2.14亿元", "net_profit", "chengyan", -yi(2.14), "CNY", "2025H1",
      note="净亏损 -> negative"),
    R("上年同期亏损3.05亿元", "3.05亿元", "net_profit", "chengyan", -yi(3.05), "CNY", "2024H1",
      note="year-ago comparator, a loss -> negative"),
    R("研发投入4.62亿元", "4.62亿元", "cost", "chengyan", yi(4.62), "CNY", "2025H1", {"yoy": 18.9},
      note="R&D spend -> cost"),
    R("销售费用0.86亿元", "0.86亿元", "selling_expense", "chengyan", yi(0.86), "CNY", "2025H1"),
    R("现金流量净额为-1.87亿元", "-1.87亿元", "cash_flow", "chengyan", -yi(1.87), "CNY", "2025H1",
      note="operating cash flow, net outflow written with a minus sign"),
    R("百济神州涨超5%", "超5%", "price_change", "beigene", 5, "percent", "2025-12-09", approx="over",
      note="real company in a side sentence; figure invented"),
    R("科创50指数收涨1.37%", "1.37%", "price_change", "star50", 1.37, "percent", "2025-12-09",
      note="real index in a side sentence; figure invented"),
]

# 3. 越川控股 contracted sales, land, stake sale, H1 results (界面新闻 pastiche)
CS = ("contracted sales (合同销售金额) are not recognised revenue; the contract has no sales/GMV kind, "
      "so recorded as operating_metric in CNY and optional (seed precedent: GMV optional operating_metric)")
LAND = ("land purchase spend: land is development inventory, not capital expenditure in the contract's sense; "
        "capex closest -> optional")
GOLD["h24_03_yuechuan_property.txt"] = [
    R("销售额环比增27.5%", "27.5%", "operating_metric", "yuechuan", None, None, "2025-11", {"mom": 27.5},
      optional=True, note="title: growth of November contracted sales; " + CS),
    R("前11月累计1186亿元", "1186亿元", "operating_metric", "yuechuan", yi(1186), "CNY", "2025-01/2025-11",
      optional=True, note="title: cumulative contracted sales (body 约1186.4亿元); " + CS),
    R("合同销售金额约1186.4亿元", "约1186.4亿元", "operating_metric", "yuechuan", yi(1186.4), "CNY",
      "2025-01/2025-11", {"yoy": -12.6}, approx="about", optional=True, note=CS),
    R("累计合同销售面积约628.3万平方米", "约628.3万平方米", "operating_metric", "yuechuan", wan(628.3),
      "square_meters", "2025-01/2025-11", {"yoy": -15.1}, approx="about",
      note="contracted GFA sold: a physical operating volume (like cargo tonnes), so required operating_metric"),
    R("合同销售金额约132.7亿元", "约132.7亿元", "operating_metric", "yuechuan", yi(132.7), "CNY", "2025-11",
      {"yoy": 4.3, "mom": 27.5}, approx="about", optional=True,
      note="November; 环比 of a monthly figure -> mom; " + CS),
    R("单月销售面积约69.8万平方米", "约69.8万平方米", "operating_metric", "yuechuan", wan(69.8),
      "square_meters", "2025-11", approx="about", note="November contracted GFA"),
    R("总价约41.6亿元", "约41.6亿元", "capex", "yuechuan", yi(41.6), "CNY", "2025-11", approx="about",
      optional=True, note="November land purchases (3 plots); " + LAND),
    R("累计拿地金额约356亿元", "约356亿元", "capex", "yuechuan", yi(356), "CNY", "2025", approx="about",
      optional=True, note="今年以来 -> 2025 (YTD); " + LAND),
    R("新增3幅住宅用地", "3幅", "operating_metric", "yuechuan", 3, "plots", "2025-11",
      optional=True, note="number of land plots acquired; borderline operating count -> optional"),
    R("以8.2亿元向锦岱置业出售", "8.2亿元", "stake_sale", "yuechuan", yi(8.2), "CNY", "2025-11-28",
      target="yuechuan-chenghu", counterparty="jindai", stake_pct=49,
      note="sale of 49% of its Suzhou project company to 锦岱置业; period = announcement date 11月28日"),
    R("实现收入512.3亿元", "512.3亿元", "revenue", "yuechuan", yi(512.3), "CNY", "2025H1", {"yoy": -8.4}),
    R("股东应占亏损18.6亿元", "18.6亿元", "net_profit", "yuechuan", -yi(18.6), "CNY", "2025H1",
      note="股东应占亏损 = attributable net loss -> negative"),
    R("去年同期为亏损25.3亿元", "25.3亿元", "net_profit", "yuechuan", -yi(25.3), "CNY", "2024H1",
      note="year-ago loss -> negative"),
    R("股价收涨3.8%", "3.8%", "price_change", "yuechuan", 3.8, "percent", "2025-12-02"),
    R("报4.37港元", "4.37港元", "price", "yuechuan", 4.37, "HKD", "2025-12-02"),
    R("恒生地产分类指数同日涨1.9%", "1.9%", "price_change", "hs-properties", 1.9, "percent", "2025-12-02",
      note="real index in a side sentence; figure invented"),
]

# 4. 晶澄 monthly revenue, Q3 results, capex plan (工商時報 pastiche); 昨（10）日 = 2025-11-10
GOLD["h24_04_jingcheng_ic.txt"] = [
    R("10月營收28.64億元", "28.64億元", "revenue", "jingcheng", yi(28.64), "TWD", "2025-10", {"mom": 12.3},
      note="title (first mention): 月增12.3% is in the title; 年增 only in the body. Taiwan 億元 -> TWD"),
    R("合併營收28.64億元", "28.64億元", "revenue", "jingcheng", yi(28.64), "TWD", "2025-10",
      {"mom": 12.3, "yoy": 41.7}, optional=True, note="body repeat of the title figure; 114年10月 = 2025-10"),
    R("累計前10月營收231.58億元", "231.58億元", "revenue", "jingcheng", yi(231.58), "TWD", "2025-01/2025-10",
      {"yoy": 29.5}),
    R("第三季營收82.5億元", "82.5億元", "revenue", "jingcheng", yi(82.5), "TWD", "2025Q3", {"qoq": 9.1}),
    R("稅後純益10.26億元", "10.26億元", "net_profit", "jingcheng", yi(10.26), "TWD", "2025Q3",
      {"qoq": 18.4, "yoy": 52.2}),
    R("去年同期為6.74億元", "6.74億元", "net_profit", "jingcheng", yi(6.74), "TWD", "2024Q3"),
    R("前三季稅後純益合計27.9億元", "27.9億元", "net_profit", "jingcheng", yi(27.9), "TWD", Q9),
    R("季增一成以上", "一成以上", "revenue", "jingcheng", None, None, "2025Q4", {"qoq": 10}, approx="over",
      note="company guidance (可望), growth without a level: 一成 = 10%, 以上 -> over"),
    R("資本支出預算約45億元", "約45億元", "capex_plan", "jingcheng", yi(45), "TWD", "2026", approx="about",
      note="明年（115年） = 2026"),
    R("實際資本支出為24.3億元", "24.3億元", "capex", "jingcheng", yi(24.3), "TWD", Q9,
      note="capex already spent in the first three quarters"),
    R("收漲5.2%", "5.2%", "price_change", "jingcheng", 5.2, "percent", "2025-11-10"),
    R("至1,015元", "1,015元", "price", "jingcheng", 1015, "TWD", "2025-11-10"),
    R("上漲182.35點", "182.35點", "price_change", "taiex", 182.35, "points", "2025-11-10",
      note="TAIEX, real index in a side sentence; figure invented"),
    R("收在27,486.12點", "27,486.12點", "price", "taiex", 27486.12, "points", "2025-11-10"),
]

# 5. 海澄航空 traffic, 9M results, placing by a major shareholder (明報 pastiche); 昨日 = 2025-11-13
GOLD["h24_05_haicheng_air.txt"] = [
    R("載客量增14%", "14%", "operating_metric", "haicheng", None, None, "2025-10", {"yoy": 14},
      note="title: passenger growth without a level (body: 14.2%); basis yoy from the body (按年)"),
    R("配股套現8.18億", "8.18億", "stake_sale", "crestmoor", yi(8.18), "HKD", "2025-11-13",
      target="haicheng", counterparty=None, stake_pct=3.1,
      note="title (first mention) of the placing proceeds; bare 億 in a Hong Kong paper read as HKD"),
    R("按年增長14.2%至182.6萬人次", "182.6萬人次", "operating_metric", "haicheng", wan(182.6), "passengers",
      "2025-10", {"yoy": 14.2}),
    R("按年增加11.8%", "11.8%", "operating_metric", "haicheng", None, None, "2025-10", {"yoy": 11.8},
      note="capacity (available seat-km) growth without a level"),
    R("郵件13.8萬公噸", "13.8萬公噸", "operating_metric", "haicheng", wan(13.8), "tonnes", "2025-10", {"yoy": 6.5},
      note="cargo and mail carried"),
    R("累計載客1,676.3萬人次", "1,676.3萬人次", "operating_metric", "haicheng", wan(1676.3), "passengers",
      "2025-01/2025-10", {"yoy": 18.9}),
    R("9.6%至287.4億港元", "287.4億港元", "revenue", "haicheng", yi(287.4), "HKD", Q9, {"yoy": 9.6}),
    R("股東應佔溢利21.3億港元", "21.3億港元", "net_profit", "haicheng", yi(21.3), "HKD", Q9),
    R("去年同期為16.8億港元", "16.8億港元", "net_profit", "haicheng", yi(16.8), "HKD", Q9_LY),
    R("每股6.82港元", "6.82港元", "price", "haicheng", 6.82, "HKD", "2025-11-13", optional=True,
      note="placing price per share: a deal term, not a market price level -> optional"),
    R("配售1.2億股", "1.2億股", "stake_sale", "crestmoor", yi(1.2), "shares", "2025-11-13",
      target="haicheng", counterparty=None, stake_pct=3.1, optional=True,
      note="alternative reading with the share count as value (seed precedent); the proceeds carry the record"),
    R("前收市價7.45港元", "7.45港元", "price", "haicheng", 7.45, "HKD", "2025-11-12",
      note="previous close (前收市價) = close of the trading day before the placing"),
    R("套現約8.18億港元", "約8.18億港元", "stake_sale", "crestmoor", yi(8.18), "HKD", "2025-11-13",
      approx="about", target="haicheng", counterparty=None, stake_pct=3.1, optional=True,
      note="body repeat of the title proceeds; placees not named; 約3.1% of issued shares"),
    R("收報7.05港元", "7.05港元", "price", "haicheng", 7.05, "HKD", "2025-11-13"),
    R("跌5.37%", "5.37%", "price_change", "haicheng", -5.37, "percent", "2025-11-13"),
    R("國泰航空跌1.2%", "1.2%", "price_change", "cathay-pacific", -1.2, "percent", "2025-11-13",
      note="real company in a side sentence; figure invented"),
    R("跌211點", "211點", "price_change", "hsi", -211, "points", "2025-11-13"),
    R("或0.82%", "0.82%", "price_change", "hsi", -0.82, "percent", "2025-11-13"),
    R("報25,638點", "25,638點", "price", "hsi", 25638, "points", "2025-11-13"),
]

# 6. 财联社 电报 list of Q3 results and a loss forecast; 2025-10-28
GOLD["h24_06_cls_results_flash.txt"] = [
    R("宏衡电子前三季度净利增41.2%", "41.2%", "net_profit", "hongheng", None, None, Q9, {"yoy": 41.2},
      note="title: growth without a level (body gives 2.36亿元)"),
    R("前三季度营业收入18.42亿元", "18.42亿元", "revenue", "hongheng", yi(18.42), "CNY", Q9, {"yoy": 23.6}),
    R("归母净利润2.36亿元", "2.36亿元", "net_profit", "hongheng", yi(2.36), "CNY", Q9, {"yoy": 41.2}),
    R("扣非净利润2.05亿元", "2.05亿元", "adjusted_net_profit", "hongheng", yi(2.05), "CNY", Q9, {"yoy": 38.7},
      note="扣非 = net profit after deducting non-recurring items: an adjusted net profit"),
    R("第三季度营收6.93亿元", "6.93亿元", "revenue", "hongheng", yi(6.93), "CNY", "2025Q3", {"yoy": 27.1}),
    R("前三季度营收56.7亿元", "56.7亿元", "revenue", "dinglan", yi(56.7), "CNY", Q9, {"yoy": -11.4}),
    R("归母净亏损3.18亿元", "3.18亿元", "net_profit", "dinglan", -yi(3.18), "CNY", Q9),
    R("上年同期盈利1.02亿元", "1.02亿元", "net_profit", "dinglan", yi(1.02), "CNY", Q9_LY,
      note="year-ago profit (positive)"),
    R("前三季度营收28.6亿元", "28.6亿元", "revenue", "huimei", yi(28.6), "CNY", Q9),
    R("第三季度营收9.85亿元", "9.85亿元", "revenue", "huimei", yi(9.85), "CNY", "2025Q3", {"yoy": 6.1}),
    R("净利润1.12亿元", "1.12亿元", "net_profit", "huimei", yi(1.12), "CNY", "2025Q3", {"yoy": -4.3}),
    R("累计净利润3.37亿元", "3.37亿元", "net_profit", "huimei", yi(3.37), "CNY", Q9),
    R("亏损4.5亿元至6.2亿元", "4.5亿元至6.2亿元", "net_profit", "hongjun", -yi(6.2), "CNY", "2025",
      value_max=-yi(4.5),
      note="loss forecast (预计) = company guidance; losses negative, so value = lower end -6.2亿 and value_max = -4.5亿 (numeric order, not text order)"),
    R("上年同期亏损9.8亿元", "9.8亿元", "net_profit", "hongjun", -yi(9.8), "CNY", "2024"),
    R("组件出货量6.8GW", "6.8GW", "operating_metric", "hongjun", 6.8, "gigawatts", Q9, {"yoy": 22},
      note="module shipments; value in the stated unit (GW)"),
    R("不超过35亿元", "不超过35亿元", "capex_plan", "hongjun", yi(35), "CNY", None, approx="up_to",
      note="planned investment in a cell plant (拟投资); no horizon -> period null"),
    R("年产10GW", "10GW", "operating_metric", "hongjun", 10, "gigawatts", None, optional=True,
      note="planned annual capacity of the new project, not an achieved operating figure -> optional"),
]

# ---------------------------------------------------------------- build

DELIMS = "。！？"


def sentence_of(text, start, end):
    nl = text.index("\n")
    if start < nl:
        return text[:nl]
    s = start
    while s > nl + 1 and text[s - 1] not in DELIMS:
        s -= 1
    e = end
    while e < len(text) and text[e] not in DELIMS:
        e += 1
    if e < len(text):
        e += 1  # keep the closing 。！？
    return text[s:e]


def main():
    art_dir = os.path.join(HERE, "articles")
    os.makedirs(art_dir, exist_ok=True)
    out = []
    for fname, title, body in DOCS:
        assert "\n" not in title and "\n" not in body
        text = title + "\n" + body
        with open(os.path.join(art_dir, fname), "w", encoding="utf-8") as f:
            f.write(text)  # no trailing newline
        doc = f"{fname}#1"
        for r in GOLD[fname]:
            ctx, q = r["ctx"], r["q"]
            assert text.count(ctx) == 1, (fname, ctx, text.count(ctx))
            assert ctx.count(q) == 1, (fname, ctx, q)
            start = text.index(ctx) + ctx.index(q)
            span = [start, start + len(q)]
            assert text[span[0]:span[1]] == q
            rec = {"doc": doc, "kind": r["kind"], "subject": r["subject"], "value": r["value"],
                   "value_max": r["value_max"], "unit": r["unit"], "approx": r["approx"],
                   "period": r["period"], "change": r["change"], "span": span, "quote": q,
                   "sentence": sentence_of(text, *span), "rule": RULE}
            if "target" in r:
                rec.update(target=r["target"], counterparty=r["counterparty"], stake_pct=r["stake_pct"])
            if r["optional"]:
                rec["optional"] = True
            if r["note"]:
                rec["note"] = r["note"]
            out.append(rec)
    out.sort(key=lambda x: (x["doc"], x["span"][0], x["kind"]))
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    req = sum(1 for x in out if not x.get("optional"))
    print(f"{len(out)} records ({req} required, {len(out) - req} optional) in {len(DOCS)} documents")


if __name__ == "__main__":
    main()
