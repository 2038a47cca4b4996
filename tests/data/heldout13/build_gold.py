#!/usr/bin/env python3
"""Build the heldout13 evaluation set: articles/*.txt and gold.jsonl.

Every record names the figure's mention by `quote` plus a `ctx` string that occurs exactly
once in the document text (title + "\n" + body); the quote must occur exactly once inside
ctx. The span is computed here (code-point offsets) and checked against the quote.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
RULE = "heldout13-manual"

DOCS = []  # (name, title, body, records)


def R(kind, subject, value, unit, quote, ctx=None, approx=None, period=None, change=None,
      value_max=None, optional=False, note=None, target=None, counterparty=None,
      stake_pct=None, deal=False, **extra):
    rec = dict(kind=kind, subject=subject, value=value, value_max=value_max, unit=unit,
               approx=approx, period=period, change=change, quote=quote, ctx=ctx or quote)
    if deal or kind in ("stake_sale", "acquisition", "investment"):
        rec.update(target=target, counterparty=counterparty, stake_pct=stake_pct)
    if optional:
        rec["optional"] = True
    if note:
        rec["note"] = note
    rec.update(extra)
    return rec


# ---------------------------------------------------------------------------------------
# 1. 财联社 电报 (Simplified, flash list)
# ---------------------------------------------------------------------------------------
T1 = "财联社电报｜蔚来三季度净亏损收窄近三成，理想汽车11月交付同比下滑"
B1 = ("【蔚来：第三季度净亏损同比收窄27.5%】财联社12月2日电，蔚来公布2025年第三季度业绩，营收203.6亿元，"
      "同比增长13.4%，环比增长9.8%；净亏损36.2亿元，同比收窄27.5%，上年同期净亏损49.9亿元；整车毛利率为13.9%，"
      "较上季提升2.6个百分点。截至9月30日，公司现金及现金等价物等合计352亿元。公司预计第四季度交付新车11.5万至12万辆。"
      "【理想汽车11月交付新车28574辆】理想汽车公告，11月交付新车28,574辆，同比下降38.7%；今年1-11月累计交付约34.82万辆。"
      "【东方航空11月旅客运输量同比增长8.7%】东方航空公告，11月旅客运输量1,126.3万人次，同比增长8.7%，环比下降4.1%；"
      "客座率83.9%，同比上升2.2个百分点。"
      "【宁德时代8千万元参投固态电池初创企业】天眼查App显示，固态电池初创企业深蓝锂晶近日完成5亿元B轮融资，"
      "其中宁德时代出资8千万元，持股约4.6%。该公司成立于2023年，目前员工不到300人。"
      "【A股收评：沪指涨0.47%】沪指收涨0.47%，报3887.42点；深成指涨0.72%，创业板指跌0.26%，报3041.18点。"
      "沪深两市成交额1.58万亿元，较上一交易日缩量964亿元。"
      "【债汇商品】10年期国债活跃券收益率下行1.2个基点，报1.826%。在岸人民币对美元16:30收报7.0695，较上一交易日上涨62个基点。"
      "沪铜主力合约收涨1.56%，报87940元/吨，年内累计涨幅在26%左右；沪金主力合约跌0.35%。")
D = "2025-12-02"
R1 = [
    R("net_profit", "nio", None, None, "近三成", approx="nearly", period="2025Q3",
      change={"unspecified": -30}, optional=True,
      note="title: 净亏损收窄近三成 = rounded restatement of the 27.5% narrowing; no basis named in the title; 三成 = 30%; loss narrowing written as a negative change of the loss (seed: 降低一半 -> -50)"),
    R("net_profit", "nio", None, None, "27.5%", ctx="净亏损同比收窄27.5%】", period="2025Q3",
      change={"yoy": -27.5},
      note="flash headline: growth-only, first mention of the rate; 收窄 of a loss -> negative change"),
    R("revenue", "nio", 20360000000, "CNY", "203.6亿元", period="2025Q3",
      change={"yoy": 13.4, "qoq": 9.8}),
    R("net_profit", "nio", -3620000000, "CNY", "36.2亿元", period="2025Q3", change={"yoy": -27.5},
      note="净亏损 -> negative; the rate describes the narrowing of the loss"),
    R("net_profit", "nio", -4990000000, "CNY", "49.9亿元", period="2024Q3",
      note="上年同期净亏损: comparison figure with its own period"),
    R("operating_metric", "nio", 115000, "vehicles", "11.5万至12万辆", value_max=120000, period="2025Q4",
      note="company delivery guidance for Q4 (range)"),
    R("operating_metric", "li-auto", 28574, "vehicles", "28574辆", ctx="交付新车28574辆】", period="2025-11",
      note="flash headline (first mention); unformatted digits"),
    R("operating_metric", "li-auto", 28574, "vehicles", "28,574辆", period="2025-11", change={"yoy": -39.6},
      optional=True, note="repeat of the headline figure"),
    R("operating_metric", "li-auto", 348200, "vehicles", "约34.82万辆", approx="about", period="2025-01/2025-11",
      note="1-11月累计交付"),
    R("operating_metric", "china-eastern", None, None, "8.7%", ctx="旅客运输量同比增长8.7%】", period="2025-11",
      change={"yoy": 8.7}, note="flash headline: growth-only, first mention"),
    R("operating_metric", "china-eastern", 11263000, "passengers", "1,126.3万人次", period="2025-11",
      change={"yoy": 8.7, "mom": -4.1}, note="passenger traffic; 环比 of a monthly figure -> mom. 客座率83.9% / 2.2个百分点 are ratio traps"),
    R("investment", "catl", 80000000, "CNY", "8千万元", ctx="宁德时代8千万元参投", target="deepblue-lijing",
      stake_pct=4.6, period=None,
      note="flash headline (first mention); stake from body (约4.6%: the 约 hedges the stake, not the amount, so approx null); 近日 does not pin a date"),
    R("investment", "catl", 80000000, "CNY", "8千万元", ctx="宁德时代出资8千万元", target="deepblue-lijing",
      stake_pct=4.6, optional=True, note="repeat of the headline figure"),
    R("investment", "B轮投资方", 500000000, "CNY", "5亿元", target="deepblue-lijing", optional=True,
      note="total B round raised by the start-up from several (unnamed besides CATL) investors; investor side unclear"),
    R("operating_metric", "deepblue-lijing", 300, "employees", "300人", optional=True,
      note="不到300人 headcount; contract has no code for 'under' (seed: 跌破 -> approx null); borderline metric"),
    R("price_change", "sse-composite", 0.47, "percent", "0.47%", ctx="沪指涨0.47%】", period=D,
      note="flash headline (first mention)"),
    R("price_change", "sse-composite", 0.47, "percent", "0.47%", ctx="沪指收涨0.47%", period=D, optional=True,
      note="repeat of the headline"),
    R("price", "sse-composite", 3887.42, "points", "3887.42点", period=D),
    R("price_change", "szse-component", 0.72, "percent", "0.72%", period=D),
    R("price_change", "chinext", -0.26, "percent", "0.26%", period=D),
    R("price", "chinext", 3041.18, "points", "3041.18点", period=D),
    R("price", "cn-10y-bond", 1.826, "percent", "1.826%", period=D, optional=True,
      note="bond yield level: no contract kind names yields; optional. The 1.2个基点 move is not recorded (no unit for basis points)"),
    R("price", "usd-cny", 7.0695, "CNY", "7.0695", period=D,
      note="onshore CNY per USD at 16:30; FX rate read as a price in CNY. The 62个基点 move is not recorded"),
    R("price_change", "shfe-copper", 1.56, "percent", "1.56%", period=D),
    R("price", "shfe-copper", 87940, "CNY", "87940元/吨", period=D, note="per tonne"),
    R("price_change", "shfe-copper", 26, "percent", "26%左右", approx="about", period="2025",
      note="年内累计 -> YTD move, period 2025 (seed convention)"),
    R("price_change", "shfe-gold", -0.35, "percent", "0.35%", ctx="沪金主力合约跌0.35%", period=D),
]
DOCS.append(("cls_flash.txt", T1, B1, R1))

# ---------------------------------------------------------------------------------------
# 2. 证券日报 (Simplified) — bank
# ---------------------------------------------------------------------------------------
T2 = "招商银行前三季度归母净利润1119.58亿元 零售金融营收占比过半"
B2 = ("本报记者 韩思远　10月30日晚间，招商银行披露2025年第三季度报告。今年前三季度，该行实现营业收入2486.37亿元，"
      "同比下降1.24%；实现归属于本行股东的净利润1119.58亿元，同比增长0.87%；基本每股收益4.29元。单看第三季度，"
      "招商银行实现营业收入809.65亿元，同比增长1.46%；归属于本行股东的净利润389.27亿元，同比增长2.35%，增速较上半年有所回升。"
      "分业务条线看，前三季度零售金融业务实现营业收入1297.18亿元，占全行营业收入的52.17%；批发金融业务实现营业收入996.52亿元。"
      "截至9月末，该行零售客户总数近2.2亿户，管理零售客户总资产（AUM）余额15.8万亿元，较上年末增长8.6%。"
      "资产质量方面，招商银行不良贷款率为0.93%，较上年末下降0.02个百分点；拨备覆盖率为411.26%。贷款和垫款总额7.08万亿元，"
      "较上年末增长5.12%；客户存款总额9.41万亿元。前三季度净利息收益率为1.85%，同比下降13个基点。"
      "同日，招商银行公告，拟以自有资金出资120亿元全资设立招银金融资产投资有限公司，持股比例为100%。"
      "中信证券研报认为，该行当前估值对应2025年市净率约0.92倍，维持“买入”评级，目标价50.80元。")
P = "2025Q1/2025Q3"
R2 = [
    R("net_profit", "cmb", 111958000000, "CNY", "1119.58亿元", ctx="归母净利润1119.58亿元", period=P,
      note="title, first mention; 前三季度 -> 2025Q1/2025Q3"),
    R("revenue", "cmb-retail-banking", 50, "percent", "过半", approx="over", period=P, optional=True,
      note="title: share of group revenue (占比过半 = over 50%); a ratio, kept optional after the seed's 佔營收比例 precedent"),
    R("revenue", "cmb", 248637000000, "CNY", "2486.37亿元", period=P, change={"yoy": -1.24}),
    R("net_profit", "cmb", 111958000000, "CNY", "1119.58亿元", ctx="股东的净利润1119.58亿元", period=P,
      change={"yoy": 0.87}, optional=True, note="repeat of the title figure"),
    R("revenue", "cmb", 80965000000, "CNY", "809.65亿元", period="2025Q3", change={"yoy": 1.46}),
    R("net_profit", "cmb", 38927000000, "CNY", "389.27亿元", period="2025Q3", change={"yoy": 2.35}),
    R("revenue", "cmb-retail-banking", 129718000000, "CNY", "1297.18亿元", period=P),
    R("revenue", "cmb-retail-banking", 52.17, "percent", "52.17%", period=P, optional=True,
      note="segment share of group revenue (ratio); optional"),
    R("revenue", "cmb-wholesale-banking", 99652000000, "CNY", "996.52亿元", period=P),
    R("users", "cmb", 220000000, "customers", "近2.2亿户", approx="nearly", period="2025-09",
      note="retail customers at end-September; AUM 15.8万亿元 (a balance) and its 8.6% growth are traps"),
    R("investment", "cmb", 12000000000, "CNY", "120亿元", target="cmb-aic", stake_pct=100, period="2025-10-30",
      note="capital for a new wholly owned AIC subsidiary, announced the same day (同日 = 10月30日)"),
]
DOCS.append(("zqrb_cmb.txt", T2, B2, R2))

# ---------------------------------------------------------------------------------------
# 3. 上海证券报 公司新闻 (Simplified) — industrial
# ---------------------------------------------------------------------------------------
T3 = "三一重工拟12.6亿元收购液压件企业六成股权"
B3 = ("上证报中国证券网讯（记者 程一鸣）三一重工12月1日晚间公告，公司拟以现金12.6亿元收购湖南恒通液压科技有限公司"
      "（下称“恒通液压”）60%股权，交易对方为恒通液压控股股东长沙恒通投资合伙企业（有限合伙）。本次交易以恒通液压100%股权"
      "估值21亿元为基础，评估增值率约186%。财务数据显示，恒通液压2024年实现营业收入9.8亿元，净利润1.12亿元；交易对方承诺，"
      "标的公司2026年至2028年累计净利润不低于4.5亿元。同日，公司还公告称，拟在长沙投资不超过45亿元建设电动化工程机械智能制造基地，"
      "建设期约三年，达产后预计新增年产能2万台；全资子公司三一国际拟以不超过2000万欧元增资德国氢能初创企业H2Drive，"
      "增资完成后持股15%。业绩方面，三一重工2025年前三季度实现营业收入641.9亿元，同比增长11.7%；归母净利润66.2亿元，"
      "同比增长32.8%；扣非净利润61.5亿元。其中，海外业务收入372.6亿元，同比增长15.2%，占主营业务收入的比重升至58.4%。"
      "据中国工程机械工业协会数据，今年1至10月三一挖掘机国内市场占有率约26.9%，连续15年位居国内第一。")
D3 = "2025-12-01"
CP3 = "changsha-hengtong-investment"
R3 = [
    R("acquisition", "sany", 1260000000, "CNY", "12.6亿元", ctx="拟12.6亿元收购", target="hengtong-hydraulics",
      counterparty=CP3, stake_pct=60, period=D3,
      note="title, first mention; 六成股权 = 60%; target and seller named in the body; year of 12月1日 from the article (2025年前三季度)"),
    R("acquisition", "sany", 1260000000, "CNY", "12.6亿元", ctx="拟以现金12.6亿元", target="hengtong-hydraulics",
      counterparty=CP3, stake_pct=60, period=D3, optional=True, note="repeat of the title figure"),
    R("acquisition", "sany", None, None, "60%", ctx="60%股权，交易对方", target="hengtong-hydraulics",
      counterparty=CP3, stake_pct=60, period=D3, optional=True,
      note="stake mention of the same deal (seed: stake-only mention optional). 21亿元 (100% valuation) and 186% are valuation traps"),
    R("revenue", "hengtong-hydraulics", 980000000, "CNY", "9.8亿元", period="2024"),
    R("net_profit", "hengtong-hydraulics", 112000000, "CNY", "1.12亿元", period="2024"),
    R("net_profit", "hengtong-hydraulics", 450000000, "CNY", "不低于4.5亿元", approx="at_least", period="2026/2028",
      optional=True, note="seller's profit guarantee (cumulative 2026-2028): a commitment, not a reported figure"),
    R("capex_plan", "sany", 4500000000, "CNY", "不超过45亿元", approx="up_to", period=None,
      note="new manufacturing base, ~3-year build; plan -> period null"),
    R("operating_metric", "sany", 20000, "units", "2万台", optional=True,
      note="planned new annual capacity once the base is complete; capacity, borderline"),
    R("investment", "sany", 20000000, "EUR", "不超过2000万欧元", approx="up_to", target="h2drive", stake_pct=15,
      period=D3, note="via wholly owned 三一国际 -> parent as subject (seed convention for subsidiaries); 同日 = 12月1日"),
    R("revenue", "sany", 64190000000, "CNY", "641.9亿元", period=P, change={"yoy": 11.7}),
    R("net_profit", "sany", 6620000000, "CNY", "66.2亿元", period=P, change={"yoy": 32.8},
      note="归母净利润"),
    R("adjusted_net_profit", "sany", 6150000000, "CNY", "61.5亿元", period=P, optional=True,
      note="扣非净利润 (CAS net profit excluding non-recurring items): adjusted vs GAAP is debatable"),
    R("revenue", "sany-overseas", 37260000000, "CNY", "372.6亿元", period=P, change={"yoy": 15.2}),
    R("revenue", "sany-overseas", 58.4, "percent", "58.4%", period=P, optional=True,
      note="segment share of revenue (ratio); optional"),
    R("market_share", "sany", 26.9, "percent", "约26.9%", approx="about", period="2025-01/2025-10",
      note="domestic excavator market share Jan-Oct; 连续15年 / 第一 are a ranking, not recorded"),
]
DOCS.append(("cnstock_sany.txt", T3, B3, R3))

# ---------------------------------------------------------------------------------------
# 4. 钛媒体 (Simplified) — internet / consumer electronics / EV
# ---------------------------------------------------------------------------------------
T4 = "小米三季度经调整净利润首破百亿，汽车业务单季扭亏"
B4 = ("钛媒体App 11月18日消息，小米集团（1810.HK）今日盘后发布2025年第三季度财报。本季度小米总收入1098.6亿元，同比增长19.7%，"
      "环比微降3.5%；经调整净利润104.7亿元，同比增长71.3%，单季首次站上百亿元台阶。分业务看，手机×AIoT分部收入815.4亿元，"
      "其中智能手机收入447.9亿元，同比下滑4.6%；智能手机全球出货量4210万台，同比增长1.2%。据Canalys统计，小米第三季度全球智能手机"
      "市场份额为13.2%，连续第五个季度位居全球前三。更受关注的是汽车。智能电动汽车及AI等创新业务分部本季收入267.5亿元，"
      "交付新车101,352台，分部经营收益4.6亿元，而上季该分部经营亏损为2.2亿元。截至10月底，小米汽车累计交付已超过42万台。"
      "集团整体毛利率为22.4%，创历史新高；研发开支87.5亿元，同比增长44.6%。小米管理层在业绩会上表示，全年汽车交付目标维持"
      "36万台不变，未来五年研发投入预计达一千六百亿元。本季度小米累计斥资约23亿港元回购股份。截至收盘，小米集团港股涨2.3%，"
      "报41.18港元，总市值约1.07万亿港元。")
D4 = "2025-11-18"
R4 = [
    R("adjusted_net_profit", "xiaomi", 10000000000, "CNY", "首破百亿", approx="over", period="2025Q3",
      note="title: 首破百亿 = first time above 10bn (Chinese numeral 百亿, unit from the body)"),
    R("revenue", "xiaomi", 109860000000, "CNY", "1098.6亿元", period="2025Q3", change={"yoy": 19.7, "qoq": -3.5}),
    R("adjusted_net_profit", "xiaomi", 10470000000, "CNY", "104.7亿元", period="2025Q3", change={"yoy": 71.3}),
    R("adjusted_net_profit", "xiaomi", 10000000000, "CNY", "百亿元", ctx="站上百亿元台阶", approx="over",
      period="2025Q3", optional=True, note="repeat of the title's 10bn threshold"),
    R("revenue", "xiaomi-smartphone-aiot", 81540000000, "CNY", "815.4亿元", period="2025Q3"),
    R("revenue", "xiaomi-smartphones", 44790000000, "CNY", "447.9亿元", period="2025Q3", change={"yoy": -4.6}),
    R("operating_metric", "xiaomi", 42100000, "units", "4210万台", period="2025Q3", change={"yoy": 1.2},
      note="smartphone shipments; subject xiaomi (xiaomi-smartphones defensible)"),
    R("market_share", "xiaomi", 13.2, "percent", "13.2%", period="2025Q3",
      note="global smartphone share (Canalys); 连续第五个季度 / 前三 is a ranking, not recorded"),
    R("revenue", "xiaomi-ev-ai", 26750000000, "CNY", "267.5亿元", period="2025Q3"),
    R("operating_metric", "xiaomi-ev-ai", 101352, "vehicles", "101,352台", period="2025Q3"),
    R("operating_profit", "xiaomi-ev-ai", 460000000, "CNY", "4.6亿元", period="2025Q3"),
    R("operating_profit", "xiaomi-ev-ai", -220000000, "CNY", "2.2亿元", period="2025Q2",
      note="上季 = 2025Q2; 经营亏损 -> negative"),
    R("operating_metric", "xiaomi-ev-ai", 420000, "vehicles", "超过42万台", approx="over", period=None,
      note="cumulative deliveries since launch to end-October; cumulative since inception -> period null"),
    R("cost", "xiaomi", 8750000000, "CNY", "87.5亿元", period="2025Q3", change={"yoy": 44.6},
      note="R&D spend; gross margin 22.4% is a trap"),
    R("operating_metric", "xiaomi-ev-ai", 360000, "vehicles", "36万台", period="2025",
      note="company's full-year delivery target (guidance -> the metric's kind)"),
    R("capex_plan", "xiaomi", 160000000000, "CNY", "一千六百亿元", period=None, optional=True,
      note="five-year R&D investment plan: R&D rather than capex, kind debatable; Chinese numeral"),
    R("price_change", "xiaomi", 2.3, "percent", "2.3%", period=D4),
    R("price", "xiaomi", 41.18, "HKD", "41.18港元", period=D4),
    R("price", "xiaomi", 1070000000000, "HKD", "约1.07万亿港元", approx="about", period=D4, optional=True,
      note="market capitalisation: a valuation (trap) but the seed reads crypto total market cap as price, so optional. Buyback 约23亿港元 is a trap"),
]
DOCS.append(("tmtpost_xiaomi.txt", T4, B4, R4))

# ---------------------------------------------------------------------------------------
# 5. 中央社 CNA (Traditional, Taiwan) — utility
# ---------------------------------------------------------------------------------------
T5 = "台電前3季稅後虧損收窄至258億元 售電量年增2.3%"
B5 = ("（中央社記者蘇郁文台北12日電）台灣電力公司今天公布114年前3季財報，稅後虧損新台幣258.4億元，較去年同期虧損1,126億元大幅收窄；"
      "累計待彌補虧損仍約3,824億元，總負債約2.2兆元。台電表示，今年前3季營業收入約6,213億元，年增15.8%，主因電價調漲及售電量成長；"
      "前3季售電量2,076億度，年增2.3%，其中第3季單季售電量774億度，創歷年同期新高。成本面，前3季燃料及購電支出4,598億元，"
      "年減6.1%。台電指出，前3季再生能源發電占比約11.6%，較去年同期增加1.4個百分點；為強化供電穩定，今年資本支出預算約1,850億元，"
      "截至9月底已執行1,212億元，執行率65.5%。以每度電計算，平均售價3.49元、平均成本3.61元，每度仍虧損0.12元。經濟部指出，行政院已核定明年再增資台電1,000億元；"
      "台電也規劃未來10年投入5,645億元推動強韌電網計畫。台電發言人表示，若國際燃料價格維持目前水準，全年虧損可望控制在"
      "300億至350億元之間。（編輯：吳心如）1141112")
P5 = "2025Q1/2025Q3"
R5 = [
    R("net_profit", "taipower", -25800000000, "TWD", "258億元", period=P5,
      note="title, first mention; 114年 (ROC) = 2025; currency from the body (新台幣)"),
    R("operating_metric", "taipower", None, None, "2.3%", ctx="售電量年增2.3%", period=P5, change={"yoy": 2.3},
      note="title: growth-only, first mention"),
    R("net_profit", "taipower", -25840000000, "TWD", "新台幣258.4億元", period=P5, optional=True,
      note="repeat of the title figure (more precise)"),
    R("net_profit", "taipower", -112600000000, "TWD", "1,126億元", period="2024Q1/2024Q3",
      note="去年同期虧損: comparison figure. 累計待彌補虧損3,824億元 and 總負債2.2兆元 are balance traps"),
    R("revenue", "taipower", 621300000000, "TWD", "約6,213億元", approx="about", period=P5, change={"yoy": 15.8}),
    R("operating_metric", "taipower", 207600000000, "kilowatt-hours", "2,076億度", period=P5, change={"yoy": 2.3},
      note="electricity sold; 度 = kWh"),
    R("operating_metric", "taipower", 77400000000, "kilowatt-hours", "774億度", period="2025Q3"),
    R("cost", "taipower", 459800000000, "TWD", "4,598億元", period=P5, change={"yoy": -6.1},
      note="fuel and power-purchase cost"),
    R("capex_plan", "taipower", 185000000000, "TWD", "約1,850億元", approx="about", period="2025",
      note="this year's capex budget (a plan for 2025). Renewables share 11.6% / 1.4個百分點 and 執行率65.5% are ratio traps"),
    R("capex", "taipower", 121200000000, "TWD", "1,212億元", period=P5,
      note="capex already executed by end-September (截至9月底已執行) -> 2025Q1/2025Q3"),
    R("price", "taipower", 3.49, "TWD", "3.49元", period=P5, optional=True,
      note="average tariff per kWh: per-unit figure (seed keeps per-order figures optional)"),
    R("cost", "taipower", 3.61, "TWD", "3.61元", period=P5, optional=True, note="average cost per kWh: per-unit figure"),
    R("operating_profit", "taipower", -0.12, "TWD", "0.12元", period=P5, optional=True,
      note="loss per kWh: per-unit figure"),
    R("investment", "taiwan-government", 100000000000, "TWD", "1,000億元", target="taipower", period="2026",
      note="state capital injection approved by 行政院 (經濟部 is the shareholder), paid 明年 = 2026; the approval date is not given"),
    R("capex_plan", "taipower", 564500000000, "TWD", "5,645億元", period=None,
      note="grid-resilience plan over the next 10 years -> period null"),
    R("net_profit", "taipower", -35000000000, "TWD", "300億至350億元", value_max=-30000000000, period="2025",
      note="spokesperson's full-year loss guidance; range of losses -> value = numeric lower end (-35bn), value_max = -30bn (seed: 三四塊 -> -4..-3). 1141112 at the end is CNA's ROC date code (trap)"),
]
DOCS.append(("cna_taipower.txt", T5, B5, R5))

# ---------------------------------------------------------------------------------------
# 6. 商業周刊 (Traditional, Taiwan) — consumer retail
# ---------------------------------------------------------------------------------------
T6 = "7-ELEVEN門市破7300家、全家追到4400家 超商雙雄前三季誰賺得多？"
B6 = ("走進台北任何一個街口，步行三分鐘內幾乎都能找到一家超商。根據最新財報，截至2025年9月底，台灣7-ELEVEN門市已達7,312家，"
      "較去年同期淨增218家；全家便利商店則以4,406家緊追在後。兩者合計囊括國內超商約八成店數，其中統一超的店數市占率約49.5%，穩坐龍頭。"
      "統一超的OPEN POINT會員數已突破1,800萬人，全台門市日均來客數逾六百萬人次。再看獲利。統一超今年前三季合併營收新台幣2,387.6億元，"
      "年增4.2%，稅後淨利81.9億元，年減2.7%，每股稅後盈餘（EPS）7.88元；若排除去年同期處分轉投資的一次性收益，本業獲利其實成長約6%。"
      "全家前三季合併營收867.3億元，年增7.9%，稅後淨利22.4億元，年增11.2%。同店銷售是觀察超商體質的關鍵指標：統一超10月單月同店銷售"
      "年增2.1%，全家則為3.4%。為了補強物流戰力，統一超旗下的統一創投日前以3億元入股冷鏈物流新創「鮮達物流」，取得約18%股權。"
      "法人預估，統一超明年每股可配發現金股利9元，以目前股價270元計算，本益比在25倍上下，現金殖利率約3.3%。")
M6 = "2025-09"
R6 = [
    R("operating_metric", "president-chain-store", 7300, "stores", "破7300家", approx="over", period=M6,
      note="title, first mention; 7-ELEVEN Taiwan is run by 統一超商; period from the body (截至2025年9月底)"),
    R("operating_metric", "family-mart-tw", 4400, "stores", "4400家", period=M6, note="title, first mention"),
    R("operating_metric", "president-chain-store", 7312, "stores", "7,312家", period=M6, optional=True,
      note="repeat of the title figure (exact)"),
    R("operating_metric", "president-chain-store", 218, "stores", "218家", period=M6, optional=True, delta=True,
      delta_basis="yoy", note="淨增218家: absolute yoy change, not a level (seed: delta optional)"),
    R("operating_metric", "family-mart-tw", 4406, "stores", "4,406家", period=M6, optional=True,
      note="repeat of the title figure (exact)"),
    R("market_share", "family-mart-tw+president-chain-store", 80, "percent", "約八成", approx="about", period=M6,
      note="combined share of convenience-store count; 八成 = 80%"),
    R("market_share", "president-chain-store", 49.5, "percent", "約49.5%", approx="about", period=M6,
      note="share of store count"),
    R("users", "president-chain-store", 18000000, "members", "突破1,800萬人", approx="over", period=None,
      note="loyalty members; 突破 -> over (seed)"),
    R("operating_metric", "president-chain-store", 6000000, "visits", "逾六百萬人次", approx="over", period=None,
      note="daily customer visits; Chinese numeral 六百萬"),
    R("revenue", "president-chain-store", 238760000000, "TWD", "新台幣2,387.6億元", period=P5, change={"yoy": 4.2}),
    R("net_profit", "president-chain-store", 8190000000, "TWD", "81.9億元", period=P5, change={"yoy": -2.7},
      note="EPS 7.88元 is a trap"),
    R("adjusted_net_profit", "president-chain-store", None, None, "約6%", approx="about", period=P5,
      change={"unspecified": 6}, optional=True,
      note="core profit excluding last year's one-off disposal gain grew ~6%; no basis named, kind debatable"),
    R("revenue", "family-mart-tw", 86730000000, "TWD", "867.3億元", period=P5, change={"yoy": 7.9}),
    R("net_profit", "family-mart-tw", 2240000000, "TWD", "22.4億元", period=P5, change={"yoy": 11.2}),
    R("operating_metric", "president-chain-store", None, None, "2.1%", period="2025-10", change={"yoy": 2.1},
      optional=True, note="October same-store sales growth; no contract kind for same-store sales (revenue or operating_metric)"),
    R("operating_metric", "family-mart-tw", None, None, "3.4%", period="2025-10", change={"yoy": 3.4},
      optional=True, note="FamilyMart October same-store sales growth (basis carried over from 年增)"),
    R("investment", "president-chain-store", 300000000, "TWD", "3億元", ctx="以3億元入股", target="xianda-logistics", stake_pct=18,
      period=None, note="via the subsidiary 統一創投 -> parent as subject; 日前 does not pin a date; 約 hedges the stake, not the amount"),
    R("price", "president-chain-store", 270, "TWD", "270元", period=None, optional=True,
      note="current share price used for a valuation; 股利9元, 本益比25倍上下, 殖利率3.3% are traps"),
]
DOCS.append(("bw_711.txt", T6, B6, R6))

# ---------------------------------------------------------------------------------------
# 7. 信報財經新聞 (Traditional, Hong Kong) — insurance + stake sale + market
# ---------------------------------------------------------------------------------------
T7 = "平安首三季多賺近一成 減持滙豐套現逾百億"
B7 = ("中國平安（2318）昨晚公布截至今年9月底止首三季業績，歸屬於母公司股東的淨利潤1,286.4億元（人民幣，下同），按年增長9.8%；"
      "歸母營運利潤1,137.9億元，按年增長6.4%。單計第三季，純利按年急升38.7%至612.5億元。保險服務收入4,168.3億元，按年微升2.3%。"
      "壽險及健康險業務新業務價值按年增長41.8%；財產險綜合成本率為97.3%，按年改善0.6個百分點；集團年化總投資收益率為5.1%。"
      "另外，平安旗下平安資管於周一以配售方式出售約1.2億股滙豐控股（0005）股份，每股作價102.5港元，涉及金額約123億港元，"
      "相當於滙豐已發行股本約0.68%；配售完成後，平安所持滙豐權益由約8.0%降至約7.3%。市場方面，平安Ｈ股昨日收報５４．８５元，"
      "升１．９％；恒指則升２８７點，收報２６１９４點，全日成交額２４１８億元。有大行重申平安「買入」評級，目標價由63元上調至70元。"
      "債市方面，美國十年期國債孳息昨日升3.6個基點，報4.121厘。（信報財經新聞　2025年10月28日）")
D7 = "2025-10-27"
R7 = [
    R("net_profit", "pingan", None, None, "近一成", approx="nearly", period=P, change={"unspecified": 10}, optional=True,
      note="title: growth-only, 近一成 = nearly 10% (body 9.8% 按年); no basis in the title (seed: unspecified -> optional)"),
    R("stake_sale", "pingan", 10000000000, "HKD", "逾百億", approx="over", target="hsbc", stake_pct=0.68,
      period=D7, note="title, first mention: 套現逾百億 (currency from the body); via subsidiary 平安資管 -> parent as subject; 周一 = 昨日 = 2025-10-27 (dateline at the end: 2025年10月28日)"),
    R("net_profit", "pingan", 128640000000, "CNY", "1,286.4億元", period=P, change={"yoy": 9.8},
      note="（人民幣，下同） fixes the currency of the following figures; 首三季 -> 2025Q1/2025Q3"),
    R("adjusted_net_profit", "pingan", 113790000000, "CNY", "1,137.9億元", period=P, change={"yoy": 6.4}, optional=True,
      note="歸母營運利潤: insurer's operating profit after tax, a non-GAAP measure; kind debatable (adjusted_net_profit vs operating_profit)"),
    R("net_profit", "pingan", 61250000000, "CNY", "612.5億元", period="2025Q3", change={"yoy": 38.7}),
    R("revenue", "pingan", 416830000000, "CNY", "4,168.3億元", period=P, change={"yoy": 2.3},
      note="insurance service revenue"),
    R("operating_metric", "pingan-life", None, None, "41.8%", period=P, change={"yoy": 41.8}, optional=True,
      note="new business value growth: no contract kind for NBV. Combined ratio 97.3%, 0.6個百分點 and investment yield 5.1% are traps"),
    R("stake_sale", "pingan", 12300000000, "HKD", "約123億港元", approx="about", target="hsbc", stake_pct=0.68,
      period=D7, note="placing of HSBC shares by 平安資管 -> parent as subject; stake sold ~0.68% of HSBC's issued capital; 約 hedges the amount. Holdings before/after (約8.0% -> 約7.3%) are not recorded; placing price 102.5港元 optional"),
    R("stake_sale", "pingan", 120000000, "shares", "約1.2億股", approx="about", target="hsbc", stake_pct=0.68,
      period=D7, optional=True, note="share count of the same placing (seed: share-count reading optional)"),
    R("price", "hsbc", 102.5, "HKD", "102.5港元", period=D7, optional=True,
      note="placing price per share, not a market quote"),
    R("price", "pingan", 54.85, "HKD", "５４．８５元", period=D7, note="full-width digits; 元 in a HK market report = HKD"),
    R("price_change", "pingan", 1.9, "percent", "１．９％", period=D7),
    R("price_change", "hsi", 287, "points", "２８７點", period=D7),
    R("price", "hsi", 26194, "points", "２６１９４點", period=D7, note="turnover ２４１８億元 is a trap"),
    R("price", "us-10y-treasury", 4.121, "percent", "4.121厘", period=D7, optional=True,
      note="bond yield (厘 = percent in HK usage): no contract kind names yields; optional. 3.6個基點 not recorded. Target price 63 -> 70元 is a trap"),
]
DOCS.append(("hkej_pingan.txt", T7, B7, R7))

# ---------------------------------------------------------------------------------------
# 8. 經濟通 ETNet (Traditional, Hong Kong) — consumer, fiscal year ending March
# ---------------------------------------------------------------------------------------
T8 = "《業績》周大福上半財年純利升1.7%至24.2億元　派中期息20仙"
B8 = ("（經濟通通訊社2日專訊）周大福珠寶(01929)今日(12月2日)中午公布截至2025年9月30日止6個月（即2026財年上半年）業績，"
      "營業額372.5億元，按年下跌2.6%；股東應佔溢利24.18億元，按年增加1.7%；每股盈利24.5仙，派中期息20仙。期內經營溢利按年上升3.9%"
      "至49.6億元，毛利率升至30.8%。其中，旗下美國鑽石品牌HEARTS ON FIRE業務轉虧，錄得經營虧損1.2億元，去年同期則有經營溢利3,000萬元。"
      "中國內地零售值佔集團整體八成以上，期內內地同店銷售按年下跌6.1%，港澳則按年增長1.9%。截至9月底，集團零售點總數為5,873個，"
      "期內於內地淨關閉548個。集團計劃未來三年投入約20億元升級門店及數碼化，明年並將在東南亞至少新開150個零售點。另外，周大福同日宣布"
      "以1.68億港元收購新加坡珠寶品牌「麗晶珠寶」55%股權。統計處資料顯示，今年首十個月本港珠寶首飾、鐘錶及名貴禮物零售貨值按年上升4.1%。"
      "周大福股價午後急升，收報13.92元，升4.8%；恒指收報25,948點，升0.3%；現貨金價在每盎司4,150美元上下徘徊。")
P8 = "2025Q2/2025Q3"
D8 = "2025-12-02"
R8 = [
    R("net_profit", "ctf", 2420000000, "HKD", "24.2億元", period=P8, change={"yoy": 1.7},
      note="title, first mention; 上半財年 = six months to 2025-09-30 (FY ends March) -> 2025Q2/2025Q3; HKD (CTF reports in HK$, HK outlet). 中期息20仙 is a trap"),
    R("revenue", "ctf", 37250000000, "HKD", "372.5億元", period=P8, change={"yoy": -2.6}),
    R("net_profit", "ctf", 2418000000, "HKD", "24.18億元", period=P8, change={"yoy": 1.7}, optional=True,
      note="repeat of the title figure. EPS 24.5仙 and 中期息20仙 are traps"),
    R("operating_profit", "ctf", 4960000000, "HKD", "49.6億元", period=P8, change={"yoy": 3.9},
      note="gross margin 30.8% is a trap"),
    R("operating_profit", "hearts-on-fire", -120000000, "HKD", "1.2億元", period=P8, note="轉虧: operating loss -> negative"),
    R("operating_profit", "hearts-on-fire", 30000000, "HKD", "3,000萬元", period="2024Q2/2024Q3",
      note="去年同期 comparison figure"),
    R("revenue", "ctf", 80, "percent", "八成以上", approx="over", period=P8, optional=True,
      note="mainland share of group retail value (ratio); optional"),
    R("operating_metric", "ctf", None, None, "6.1%", period=P8, change={"yoy": -6.1}, optional=True,
      note="mainland same-store sales growth; no contract kind for same-store sales"),
    R("operating_metric", "ctf", None, None, "1.9%", period=P8, change={"yoy": 1.9}, optional=True,
      note="HK & Macau same-store sales growth"),
    R("operating_metric", "ctf", 5873, "stores", "5,873個", period="2025-09", note="points of sale at end-September"),
    R("operating_metric", "ctf", -548, "stores", "548個", period=P8, optional=True, delta=True, delta_basis="unspecified",
      note="淨關閉548個: absolute change over the half, not a level"),
    R("capex_plan", "ctf", 2000000000, "HKD", "約20億元", approx="about", period=None,
      note="three-year store and digital upgrade plan -> period null"),
    R("operating_metric", "ctf", 150, "stores", "至少新開150個", approx="at_least", period="2026",
      note="plan: new points of sale in Southeast Asia next year (明年 = 2026)"),
    R("acquisition", "ctf", 168000000, "HKD", "1.68億港元", target="regent-jewellery", stake_pct=55, period=D8),
    R("revenue", "hk-jewellery-retail", None, None, "4.1%", period="2025-01/2025-10", change={"yoy": 4.1}, optional=True,
      note="HK retail sales value of jewellery/watches for 首十個月: market aggregate, not a company"),
    R("price", "ctf", 13.92, "HKD", "13.92元", period=D8),
    R("price_change", "ctf", 4.8, "percent", "4.8%", period=D8),
    R("price", "hsi", 25948, "points", "25,948點", period=D8),
    R("price_change", "hsi", 0.3, "percent", "0.3%", ctx="升0.3%", period=D8),
    R("price", "spot-gold", 4150, "USD", "4,150美元上下", approx="about", period=D8, note="per ounce; 上下 -> about"),
]
DOCS.append(("etnet_ctf.txt", T8, B8, R8))


# ---------------------------------------------------------------------------------------
SENT_END = "。！？!?\n"


def sentence_of(text, start, end):
    s = start
    while s > 0 and text[s - 1] not in SENT_END:
        s -= 1
    e = end
    while e < len(text) and text[e] not in SENT_END:
        e += 1
    if e < len(text) and text[e] != "\n":
        e += 1
    return text[s:e].strip()


def once(hay, needle, what):
    n = hay.count(needle)
    assert n == 1, f"{what}: {needle!r} occurs {n} times"
    return hay.index(needle)


def main():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    out = []
    for name, title, body, recs in DOCS:
        assert "\n" not in title and "\n" not in body and title.strip() and body.strip()
        assert not title.startswith("#")
        text = title + "\n" + body
        with open(os.path.join(HERE, "articles", name), "w", encoding="utf-8") as f:
            f.write(text)  # no trailing newline
        doc = f"{name}#1"
        seen = set()
        for r in recs:
            r = dict(r)
            ctx, quote = r.pop("ctx"), r["quote"]
            c0 = once(text, ctx, f"{name} ctx")
            q0 = c0 + once(ctx, quote, f"{name} quote in ctx {ctx!r}")
            span = [q0, q0 + len(quote)]
            assert text[span[0]:span[1]] == quote
            key = (r["kind"], r["subject"], tuple(span), r["value"])
            assert key not in seen, key
            seen.add(key)
            row = {"doc": doc, "kind": r.pop("kind"), "subject": r.pop("subject"), "value": r.pop("value"),
                   "value_max": r.pop("value_max"), "unit": r.pop("unit"), "approx": r.pop("approx"),
                   "period": r.pop("period"), "change": r.pop("change"), "span": span, "quote": r.pop("quote"),
                   "sentence": sentence_of(text, *span), "rule": RULE}
            row.update(r)
            out.append(row)
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    # summary
    for name, title, body, recs in DOCS:
        text = title + "\n" + body
        req = sum(1 for r in recs if not r.get("optional"))
        print(f"{name:22} chars={len(text):4}  required={req:3}  optional={len(recs) - req:3}")
    print("total records", len(out), "required", sum(1 for r in out if not r.get("optional")))


if __name__ == "__main__":
    main()
