#!/usr/bin/env python3
"""Writes articles/*.txt and gold.jsonl for heldout9 from articles_src.py and the record specs below.
Every record is located by a context string that occurs exactly once in the document and the quote
inside it; spans are computed here and quote == text[span[0]:span[1]] is asserted."""
import json, os, re
from articles_src import ARTICLES

HERE = os.path.dirname(os.path.abspath(__file__))
DEAL = {"stake_sale", "acquisition", "investment"}
RECS = {k: [] for k in ARTICLES}
CUR = None

def doc(name):
    global CUR
    CUR = name

def R(ctx, quote, kind, subject, value, unit, period, change=None, approx=None, vmax=None,
      opt=False, note="", target=None, cp=None, stake=None, delta=None):
    RECS[CUR].append(dict(ctx=ctx, quote=quote, kind=kind, subject=subject, value=value, value_max=vmax,
                          unit=unit, approx=approx, period=period, change=change, optional=opt, note=note,
                          target=target, counterparty=cp, stake_pct=stake, delta=delta))

Y = lambda v: {"yoy": v}

# ---------------------------------------------------------------- A: 华尔街见闻, XPeng
doc("a_wallstreetcn_xpeng.txt")
R("小鹏Q3营收203.8亿元同比", "203.8亿元", "revenue", "xpeng", 20380000000, "CNY", "2025Q3", Y(102),
  note="title; first mention so required; bare 亿元 = CNY")
R("净亏损收窄至3.8亿元，美股", "3.8亿元", "net_profit", "xpeng", -380000000, "CNY", "2025Q3",
  note="title; 净亏损 -> negative; 收窄 gives no rate")
R("亿元，美股盘前涨超4%", "超4%", "price_change", "xpeng", 4, "percent", "2025-11-17", approx="over",
  note="title; pre-market move on Mon 11月17日")
R("总营收为203.8亿元人民币", "203.8亿元人民币", "revenue", "xpeng", 20380000000, "CNY", "2025Q3",
  {"yoy": 102, "qoq": 11.5}, opt=True, note="repeat of the title figure (body adds 环比11.5%)")
R("平均预期的201.2亿元", "201.2亿元", "revenue", "xpeng", 20120000000, "CNY", "2025Q3", opt=True,
  note="analyst consensus estimate")
R("汽车销售收入185.6亿元", "185.6亿元", "revenue", "xpeng-vehicle-sales", 18560000000, "CNY", "2025Q3", Y(105.3),
  note="revenue line 汽车销售收入; invented segment id (company xpeng)")
R("服务及其他收入18.2亿元", "18.2亿元", "revenue", "xpeng-services-other", 1820000000, "CNY", "2025Q3", Y(77.9),
  note="revenue line 服务及其他收入; invented segment id")
R("小鹏净亏损3.8亿元", "3.8亿元", "net_profit", "xpeng", -380000000, "CNY", "2025Q3", opt=True,
  note="repeat of the title net loss")
R("上年同期净亏损为18.1亿元", "18.1亿元", "net_profit", "xpeng", -1810000000, "CNY", "2024Q3",
  note="year-ago comparator stated explicitly")
R("上一季度净亏损为4.8亿元", "4.8亿元", "net_profit", "xpeng", -480000000, "CNY", "2025Q2",
  note="previous-quarter comparator stated explicitly")
R("经调整净亏损为1.5亿元", "1.5亿元", "adjusted_net_profit", "xpeng", -150000000, "CNY", "2025Q3",
  note="非美国通用会计准则 = non-GAAP")
R("上年同期经调整净亏损15.3亿元", "15.3亿元", "adjusted_net_profit", "xpeng", -1530000000, "CNY", "2024Q3")
R("研发费用为24.3亿元", "24.3亿元", "cost", "xpeng", 2430000000, "CNY", "2025Q3", Y(48.2), note="R&D spend -> cost")
R("销售、一般及管理费用为22.6亿元", "22.6亿元", "selling_expense", "xpeng", 2260000000, "CNY", "2025Q3", Y(38.5),
  opt=True, note="SG&A: selling plus G&A; selling_expense vs cost debatable")
R("经营活动现金流净额为28.2亿元", "28.2亿元", "cash_flow", "xpeng", 2820000000, "CNY", "2025Q3",
  note="operating cash flow -> cash_flow")
R("自由现金流约9.3亿元", "约9.3亿元", "free_cash_flow", "xpeng", 930000000, "CNY", "2025Q3", approx="about")
R("研发投入将不低于100亿元", "不低于100亿元", "cost", "xpeng", 10000000000, "CNY", "2026", approx="at_least",
  note="company plan for R&D spend -> metric's kind (cost)")
R("共交付新车116,007辆", "116,007辆", "operating_metric", "xpeng", 116007, "vehicles", "2025Q3", Y(149),
  note="deliveries are an operating count (unit vehicles)")
R("交付新车42,013辆", "42,013辆", "operating_metric", "xpeng", 42013, "vehicles", "2025-10", {"yoy": 76, "mom": 2.5},
  note="环比 of a monthly figure -> mom")
R("单月交付超4万辆", "超4万辆", "operating_metric", "xpeng", 40000, "vehicles", "2025-09/2025-10", approx="over",
  opt=True, note="threshold held in each of Sep and Oct, not one figure")
R("累计交付355,209辆", "355,209辆", "operating_metric", "xpeng", 355209, "vehicles", "2025-01/2025-10", Y(190),
  note="1-10月 cumulative")
R("交付量为12.5万至13.2万辆", "12.5万至13.2万辆", "operating_metric", "xpeng", 125000, "vehicles", "2025Q4",
  vmax=132000, note="company guidance -> metric's kind, range")
R("总收入为215亿元至228亿元", "215亿元至228亿元", "revenue", "xpeng", 21500000000, "CNY", "2025Q4",
  vmax=22800000000, note="company guidance, range")
R("有望达到60万辆", "60万辆", "operating_metric", "xpeng", 600000, "vehicles", "2026", opt=True,
  note="Morgan Stanley forecast (analyst) -> optional")
R("美股盘前涨超4%，报", "超4%", "price_change", "xpeng", 4, "percent", "2025-11-17", approx="over", opt=True,
  note="repeat of the title move")
R("报23.65美元", "23.65美元", "price", "xpeng", 23.65, "USD", "2025-11-17", note="pre-market quote")
R("蔚来涨1.8%", "1.8%", "price_change", "nio", 1.8, "percent", "2025-11-17")
R("理想汽车则跌0.6%", "0.6%", "price_change", "li-auto", -0.6, "percent", "2025-11-17")
R("累计涨幅约98%", "约98%", "price_change", "xpeng", 98, "percent", "2025", approx="about",
  note="今年以来 (YTD) move")
R("最新市值约225亿美元", "约225亿美元", "price", "xpeng", 22500000000, "USD", "2025-11-17", approx="about",
  opt=True, note="market capitalisation; seeds treat a market cap as price (crypto-market) but a company's cap is debatable")

# ---------------------------------------------------------------- B: 財華社, CMB interim
doc("b_finet_cmb-interim.txt")
R("股東應佔溢利749.3億人民幣", "749.3億人民幣", "net_profit", "cmb", 74930000000, "CNY", "2025H1", Y(0.3),
  note="title; 股東應佔溢利 = attributable net profit; title rounds the rate to 0.3%")
R("營業收入1,699.69億元人民幣", "1,699.69億元人民幣", "revenue", "cmb", 169969000000, "CNY", "2025H1", Y(-1.7),
  note="截至2025年6月30日止六個月 -> 2025H1")
R("股東應佔溢利749.30億元人民幣", "749.30億元人民幣", "net_profit", "cmb", 74930000000, "CNY", "2025H1", Y(0.25),
  opt=True, note="repeat of the title figure; body gives the unrounded rate 0.25%")
R("去年同期為747.43億元人民幣", "747.43億元人民幣", "net_profit", "cmb", 74743000000, "CNY", "2024H1",
  note="year-ago comparator")
R("淨利息收入1,055.71億元人民幣", "1,055.71億元人民幣", "revenue", "cmb", 105571000000, "CNY", "2025H1", Y(-1.6),
  opt=True, note="bank revenue component (net interest income); revenue kind debatable")
R("非利息淨收入643.98億元人民幣", "643.98億元人民幣", "revenue", "cmb", 64398000000, "CNY", "2025H1", Y(-2.0),
  opt=True, note="bank revenue component (non-interest income)")
R("佣金收入364.84億元人民幣", "364.84億元人民幣", "revenue", "cmb", 36484000000, "CNY", "2025H1", Y(-3.1),
  opt=True, note="fee and commission income, component of non-interest income")
R("業務及管理費495.12億元人民幣", "495.12億元人民幣", "cost", "cmb", 49512000000, "CNY", "2025H1", Y(0.8),
  note="operating expenses (業務及管理費) -> cost")
R("撥備前利潤1,182.63億元人民幣", "1,182.63億元人民幣", "operating_profit", "cmb", 118263000000, "CNY", "2025H1",
  Y(-2.7), opt=True, note="pre-provision operating profit; operating_profit debatable")
R("溢利按年增長1.6%", "1.6%", "net_profit", "cmb", None, None, "2025Q2", Y(1.6),
  note="growth without a level; 單計第二季")
R("首季按年下跌2.1%", "2.1%", "net_profit", "cmb", None, None, "2025Q1", Y(-2.1),
  note="growth without a level; 首季 = Q1")
R("零售客戶數逾2.1億戶", "逾2.1億戶", "users", "cmb", 210000000, "users", "2025-06", approx="over",
  note="retail customers as at 6月末")
R("(AUM)16.05萬億元人民幣", "16.05萬億元人民幣", "operating_metric", "cmb", 16050000000000, "CNY", "2025-06",
  {"ytd": 7.4}, opt=True, note="retail AUM; money operating figure with no fitting kind; 較上年末 -> ytd")
R("收報46.85港元", "46.85港元", "price", "cmb", 46.85, "HKD", "2025-08-29", note="H-share close")
R("46.85港元，升1.2%", "1.2%", "price_change", "cmb", 1.2, "percent", "2025-08-29")
R("收報44.21元人民幣", "44.21元人民幣", "price", "cmb", 44.21, "CNY", "2025-08-29", note="A-share close, same subject")
R("44.21元人民幣，升0.9%", "0.9%", "price_change", "cmb", 0.9, "percent", "2025-08-29")
R("年內累升約17%", "約17%", "price_change", "cmb", 17, "percent", "2025", approx="about", note="H-share YTD move")

# ---------------------------------------------------------------- C: 中央社, MediaTek
doc("c_cna_mediatek-q3.txt")
R("法說估本季營收1420億至1500億元", "1420億至1500億元", "revenue", "mediatek", 142000000000, "TWD", "2025Q4",
  vmax=150000000000, note="title; company guidance for the current quarter (本季 = Q4 per body); bare 元 in a TW article = TWD")
R("公布第3季營收新台幣1420.97億元", "新台幣1420.97億元", "revenue", "mediatek", 142097000000, "TWD", "2025Q3",
  {"qoq": -5.8, "yoy": 7.8})
R("營業利益208.3億元", "208.3億元", "operating_profit", "mediatek", 20830000000, "TWD", "2025Q3",
  {"qoq": -18.4, "yoy": -9.9})
R("稅後純益254.5億元", "254.5億元", "net_profit", "mediatek", 25450000000, "TWD", "2025Q3", {"qoq": -11.9, "yoy": -1.1})
R("聯發科營收4452.47億元", "4452.47億元", "revenue", "mediatek", 445247000000, "TWD", "2025Q1/2025Q3", Y(9.3),
  note="前3季")
R("稅後純益872.1億元", "872.1億元", "net_profit", "mediatek", 87210000000, "TWD", "2025Q1/2025Q3", Y(4.2))
R("營收將介於1420億至1500億元", "1420億至1500億元", "revenue", "mediatek", 142000000000, "TWD", "2025Q4",
  {"qoq": 0}, vmax=150000000000, opt=True,
  note="repeat of the title guidance; growth range 季減0%至季增6% -> lower end 0 by analogy with value/value_max")
R("營收將超過30億美元", "超過30億美元", "revenue", "mediatek-flagship-soc", 3000000000, "USD", "2025", Y(40),
  approx="over", note="company expectation for flagship smartphone SoC revenue this year; 年增40%以上 (hedge on the rate not representable)")
R("貢獻10億美元營收", "10億美元", "revenue", "mediatek-asic", 1000000000, "USD", "2026",
  note="company expectation (明年) for datacenter ASIC revenue -> guidance, metric's kind")
R("股價收在1385元", "1385元", "price", "mediatek", 1385, "TWD", "2025-10-29")
R("下跌15元", "15元", "price_change", "mediatek", -15, "TWD", "2025-10-29",
  note="absolute move in TWD, as the seeds record 道指跌420點")
R("跌幅1.07%", "1.07%", "price_change", "mediatek", -1.07, "percent", "2025-10-29")
R("第3季營收達新台幣9899.2億元", "新台幣9899.2億元", "revenue", "tsmc", 989920000000, "TWD", "2025Q3", {"qoq": 10.1})
R("前3季營收達2.76兆元", "2.76兆元", "revenue", "tsmc", 2760000000000, "TWD", "2025Q1/2025Q3", Y(36.1),
  note="兆 = 10^12")
R("外銷訂單金額679.4億美元", "679.4億美元", "orders", "taiwan-export-orders", 67940000000, "USD", "2025-09", Y(30.5),
  opt=True, note="export orders are a money amount, not an order count; kind debatable (orders vs operating_metric)")
R("將介於1,900億至1,970億美元", "1,900億至1,970億美元", "orders", "taiwan-export-orders", 190000000000, "USD",
  "2025Q4", vmax=197000000000, opt=True, note="ministry forecast of Q4 export orders; kind debatable")

# ---------------------------------------------------------------- D: 证券日报, brokers
doc("d_zqrb_brokers-q3.txt")
R("合计净利润1690.2亿元", "1690.2亿元", "net_profit", "listed-brokers", 169020000000, "CNY", "2025Q1/2025Q3", Y(62.4),
  note="title; total over 42 unnamed brokers -> invented aggregate id")
R("合计实现营业收入4195.6亿元", "4195.6亿元", "revenue", "listed-brokers", 419560000000, "CNY", "2025Q1/2025Q3", Y(42.6))
R("合计实现归母净利润1690.2亿元", "1690.2亿元", "net_profit", "listed-brokers", 169020000000, "CNY", "2025Q1/2025Q3",
  Y(62.4), opt=True, note="repeat of the title figure")
R("中信证券前三季度实现营业收入558.15亿元", "558.15亿元", "revenue", "citic-securities", 55815000000, "CNY",
  "2025Q1/2025Q3", Y(32.7))
R("归母净利润231.59亿元", "231.59亿元", "net_profit", "citic-securities", 23159000000, "CNY", "2025Q1/2025Q3", Y(37.86))
R("国泰海通实现营业收入458.92亿元", "458.92亿元", "revenue", "guotai-haitong", 45892000000, "CNY", "2025Q1/2025Q3",
  Y(101.6), note="前三季度 carried over from the sentence's first clause")
R("归母净利润220.74亿元", "220.74亿元", "net_profit", "guotai-haitong", 22074000000, "CNY", "2025Q1/2025Q3", Y(131.8))
R("华泰证券营业收入271.29亿元", "271.29亿元", "revenue", "htsc", 27129000000, "CNY", "2025Q1/2025Q3", Y(12.6))
R("归母净利润127.33亿元", "127.33亿元", "net_profit", "htsc", 12733000000, "CNY", "2025Q1/2025Q3", Y(1.69))
R("中金公司营业收入207.6亿元", "207.6亿元", "revenue", "cicc", 20760000000, "CNY", "2025Q1/2025Q3", Y(54.4))
R("归母净利润65.67亿元", "65.67亿元", "net_profit", "cicc", 6567000000, "CNY", "2025Q1/2025Q3", Y(129.8))
R("第三季度实现归母净利润94.4亿元", "94.4亿元", "net_profit", "citic-securities", 9440000000, "CNY", "2025Q3",
  {"yoy": 51.5, "qoq": 14.1})
R("单季归母净利润约37亿元", "约37亿元", "net_profit", "htsc", 3700000000, "CNY", "2025Q3", Y(-19.4), approx="about")
R("国联民生前三季度实现营业收入59.41亿元", "59.41亿元", "revenue", "guolian-minsheng", 5941000000, "CNY",
  "2025Q1/2025Q3", Y(201))
R("归母净利润同比下降12.3%", "12.3%", "net_profit", "hualin-securities", None, None, "2025Q1/2025Q3", Y(-12.3),
  note="growth without a level; period from the paragraph's 前三季度")
R("归母净亏损1.02亿元", "1.02亿元", "net_profit", "jinlong", -102000000, "CNY", "2025Q1/2025Q3")
R("上年同期亏损1.73亿元", "1.73亿元", "net_profit", "jinlong", -173000000, "CNY", "2024Q1/2024Q3", note="year-ago loss")
R("手续费净收入1123.5亿元", "1123.5亿元", "revenue", "listed-brokers", 112350000000, "CNY", "2025Q1/2025Q3", Y(74.6),
  opt=True, note="brokerage fee income line of the aggregate; segment-line revenue, debatable")
R("自营业务收入近1900亿元", "近1900亿元", "revenue", "listed-brokers", 190000000000, "CNY", "2025Q1/2025Q3", Y(43),
  approx="nearly", opt=True, note="proprietary trading income of the aggregate; 约43% hedges the rate")
R("有望达到2200亿元左右", "2200亿元左右", "net_profit", "listed-brokers", 220000000000, "CNY", "2025", Y(50),
  approx="about", opt=True, note="analyst (中信建投) forecast -> optional")

# ---------------------------------------------------------------- E: 公告速递, acquisition + reduction
doc("e_notice_shengtuo-acquisition.txt")
DEAL_A = dict(target="xinyuan", cp="yuanqi", stake=51)
R("盛拓精工拟8.64亿元收购", "8.64亿元", "acquisition", "shengtuo", 864000000, "CNY", "2025-10-27",
  note="title; buyer 盛拓精工, seller 元启创投 (named in body); period = announcement date", **DEAL_A)
R("交易对价为8.64亿元", "8.64亿元", "acquisition", "shengtuo", 864000000, "CNY", "2025-10-27", opt=True,
  note="repeat of the consideration", **DEAL_A)
R("交易价格确定为8.64亿元", "8.64亿元", "acquisition", "shengtuo", 864000000, "CNY", "2025-10-27", opt=True,
  note="second repeat of the consideration", **DEAL_A)
R("以现金方式支付3.46亿元", "3.46亿元", "acquisition", "shengtuo", 346000000, "CNY", "2025-10-27", opt=True,
  note="cash part of the consideration, not a separate deal", **DEAL_A)
R("以发行股份方式支付5.18亿元", "5.18亿元", "acquisition", "shengtuo", 518000000, "CNY", "2025-10-27", opt=True,
  note="share part of the consideration, not a separate deal", **DEAL_A)
R("发行价格为16.25元/股", "16.25元/股", "price", "shengtuo", 16.25, "CNY", "2025-10-27", opt=True,
  note="issue price of consideration shares, not a traded price")
R("分别不低于1.15亿元", "1.15亿元", "net_profit", "xinyuan", 115000000, "CNY", "2025", approx="at_least", opt=True,
  note="业绩承诺: seller's guarantee of the target's future profit (forecast); 不低于 governs all three figures")
R("1.38亿元", "1.38亿元", "net_profit", "xinyuan", 138000000, "CNY", "2026", approx="at_least", opt=True,
  note="业绩承诺 2026")
R("1.62亿元", "1.62亿元", "net_profit", "xinyuan", 162000000, "CNY", "2027", approx="at_least", opt=True,
  note="业绩承诺 2027")
R("三年累计不低于4.15亿元", "不低于4.15亿元", "net_profit", "xinyuan", 415000000, "CNY", "2025/2027",
  approx="at_least", opt=True, note="业绩承诺 cumulative 2025-2027")
R("2024年实现营业收入6.82亿元", "6.82亿元", "revenue", "xinyuan", 682000000, "CNY", "2024")
R("净利润9630.52万元", "9630.52万元", "net_profit", "xinyuan", 96305200, "CNY", "2024")
R("2025年1-6月实现营业收入3.91亿元", "3.91亿元", "revenue", "xinyuan", 391000000, "CNY", "2025H1", Y(27.4),
  note="1-6月 -> 2025H1")
R("净利润5120.8万元", "5120.8万元", "net_profit", "xinyuan", 51208000, "CNY", "2025H1")
DEAL_S = dict(target="shengtuo", cp=None, stake=3)
R("合计不超过1425万股", "不超过1425万股", "stake_sale", "ningbo-shengtuo", 14250000, "shares", "2025-10-27",
  approx="up_to", opt=True, note="share-count reading of the planned reduction (value = consideration per contract)", **DEAL_S)
R("不超过公司总股本的3%", "3%", "stake_sale", "ningbo-shengtuo", None, None, "2025-10-27", approx="up_to", opt=True,
  note="stake mention of the same planned reduction; its proceeds are the required record", **DEAL_S)
R("收盘价21.36元/股", "21.36元/股", "price", "shengtuo", 21.36, "CNY", "2025-10-27", note="close on 10月27日")
R("最多可套现约3.04亿元", "约3.04亿元", "stake_sale", "ningbo-shengtuo", 304000000, "CNY", "2025-10-27",
  approx="up_to", note="planned reduction of up to 3%; 最多...约 -> up_to (as seeds' 最高約); buyer not named; period = announcement date",
  **DEAL_S)
DEAL_S2 = dict(target="shengtuo", cp=None, stake=1.00)
R("累计减持公司股份476.3万股", "476.3万股", "stake_sale", "ningbo-shengtuo", 4763000, "shares",
  "2025-09-11/2025-10-20", opt=True, note="share-count reading of the completed reduction", **DEAL_S2)
R("减持均价20.47元/股", "20.47元/股", "price", "shengtuo", 20.47, "CNY", "2025-09-11/2025-10-20", opt=True,
  note="average disposal price, not a quote")
R("套现约9750万元", "约9750万元", "stake_sale", "ningbo-shengtuo", 97500000, "CNY", "2025-09-11/2025-10-20",
  approx="about", note="completed reduction of 1.00%", **DEAL_S2)
R("年内已累计套现超过1.6亿元", "超过1.6亿元", "divestment_proceeds", "ningbo-shengtuo", 160000000, "CNY", "2025",
  approx="over", note="sum of this year's disposals (March block trade + Sep-Oct reductions)")
R("收盘下跌4.31%", "4.31%", "price_change", "shengtuo", -4.31, "percent", "2025-10-28")
R("报20.44元/股", "20.44元/股", "price", "shengtuo", 20.44, "CNY", "2025-10-28")

# ---------------------------------------------------------------- F: 香港經濟日報, commodities & FX
doc("f_hket_commodities-fx.txt")
R("金價失守4000美元", "4000美元", "price", "spot-gold", 4000, "USD", "2025-10-28",
  note="title; 失守 = fell below a threshold; seeds record 跌破8.4萬美元 as a price with approx null")
R("紐約期油升0.4% 美匯", "0.4%", "price_change", "wti-crude", 0.4, "percent", "2025-10-28", note="title")
R("回落至98.6點", "98.6點", "price", "us-dollar-index", 98.6, "points", "2025-10-28", note="title; body gives 98.63")
R("一度跌至3,886.5美元", "3,886.5美元", "price", "spot-gold", 3886.5, "USD", "2025-10-28", note="intraday low")
R("每盎司3,952.4美元", "3,952.4美元", "price", "spot-gold", 3952.4, "USD", "2025-10-28")
R("3,952.4美元，跌1.2%", "1.2%", "price_change", "spot-gold", -1.2, "percent", "2025-10-28")
R("失守4,000美元關口", "4,000美元", "price", "spot-gold", 4000, "USD", "2025-10-28", opt=True,
  note="repeat of the title threshold")
R("累升約50%", "約50%", "price_change", "spot-gold", 50, "percent", "2025", approx="about", note="今年以來 (YTD)")
R("創下4,381美元", "4,381美元", "price", "spot-gold", 4381, "USD", "2025-10-20", note="record high on 本月20日")
R("每兩37,880港元", "37,880港元", "price", "cgse-gold", 37880, "HKD", "2025-10-28", note="per tael (兩)")
R("下跌530港元", "530港元", "price_change", "cgse-gold", -530, "HKD", "2025-10-28", note="absolute move in HKD")
R("每克912.36元人民幣", "912.36元人民幣", "price", "shfe-gold", 912.36, "CNY", "2025-10-28", note="night session, per gram")
R("912.36元人民幣，跌1.05%", "1.05%", "price_change", "shfe-gold", -1.05, "percent", "2025-10-28")
R("每桶60.15美元", "60.15美元", "price", "wti-crude", 60.15, "USD", "2025-10-28")
R("60.15美元，升0.4%", "0.4%", "price_change", "wti-crude", 0.4, "percent", "2025-10-28", opt=True,
  note="repeat of the title move")
R("布蘭特期油收報64.40美元", "64.40美元", "price", "brent-crude", 64.40, "USD", "2025-10-28")
R("64.40美元，升0.3%", "0.3%", "price_change", "brent-crude", 0.3, "percent", "2025-10-28")
R("每日增產約13.7萬桶", "約13.7萬桶", "operating_metric", "opec-plus", 137000, "barrels", None, approx="about",
  opt=True, note="analyst expectation of an output increase (a change, not a level); no fitting kind")
R("每噸收報10,950美元", "10,950美元", "price", "lme-copper", 10950, "USD", "2025-10-28")
R("10,950美元，升1.1%", "1.1%", "price_change", "lme-copper", 1.1, "percent", "2025-10-28")
R("年內累升近25%", "近25%", "price_change", "lme-copper", 25, "percent", "2025", approx="nearly")
R("觸及11,200美元", "11,200美元", "price", "lme-copper", 11200, "USD", "2025-10-20/2025-10-26",
  note="record high last week (上周 relative to Wed 10月29日)")
R("美匯指數昨日回落0.25%", "0.25%", "price_change", "us-dollar-index", -0.25, "percent", "2025-10-28")
R("收報98.63點", "98.63點", "price", "us-dollar-index", 98.63, "points", "2025-10-28", opt=True,
  note="repeat of the title level (98.6點, within tolerance)")
R("兌美元昨日收報7.1125", "7.1125", "price", "cnh", 7.1125, "CNY", "2025-10-28", opt=True,
  note="FX rate (CNY per USD); the contract's price covers stocks, indices and commodities, FX debatable")
R("升值0.17%", "0.17%", "price_change", "cnh", 0.17, "percent", "2025-10-28", opt=True,
  note="offshore yuan appreciation; FX debatable; sign from the yuan's side")
R("中間價則報7.0856", "7.0856", "price", "cny-fixing", 7.0856, "CNY", "2025-10-28", opt=True,
  note="official fixing, FX debatable")
R("美元兌港元收報7.7715", "7.7715", "price", "usd-hkd", 7.7715, "HKD", "2025-10-28", opt=True, note="FX debatable")
R("收報26,346點", "26,346點", "price", "hsi", 26346, "points", "2025-10-28")
R("跌87點", "87點", "price_change", "hsi", -87, "points", "2025-10-28")
R("跌87點或0.33%", "0.33%", "price_change", "hsi", -0.33, "percent", "2025-10-28")

# ---------------------------------------------------------------- G: 36氪, platform users
doc("g_36kr_platform-users.txt")
R("快手DAU超4.1亿", "超4.1亿", "users", "kuaishou", 410000000, "users", "2025Q3", approx="over",
  note="title; rounded restatement of 4.16亿 (differs by >0.5%, so the body figure is a separate required record)")
R("B站月活近3.8亿", "近3.8亿", "users", "bilibili", 380000000, "users", "2025Q3", approx="nearly",
  note="title; rounded restatement of 3.76亿")
R("（DAU）达4.16亿", "4.16亿", "users", "kuaishou", 416000000, "users", "2025Q3", Y(2.1))
R("（MAU）为7.12亿", "7.12亿", "users", "kuaishou", 712000000, "users", "2025Q3", Y(0.3))
R("电商GMV为3850亿元", "3850亿元", "operating_metric", "kuaishou", 385000000000, "CNY", "2025Q3", Y(15.2), opt=True,
  note="GMV: no kind; seeds keep GMV optional under operating_metric")
R("三季度收入超过3亿元", "超过3亿元", "revenue", "kuaishou-kling", 300000000, "CNY", "2025Q3", approx="over")
R("日均活跃用户1.07亿", "1.07亿", "users", "bilibili", 107000000, "users", "2025Q3", Y(9),
  note="同比分别增长9%和8% distributes over DAU and MAU")
R("月均活跃用户3.76亿", "3.76亿", "users", "bilibili", 376000000, "users", "2025Q3", Y(8))
R("月均付费用户达3200万", "3200万", "users", "bilibili", 32000000, "users", "2025Q3", Y(17))
R("月活跃账户数达14.14亿", "14.14亿", "users", "tencent-weixin", 1414000000, "users", "2025Q3", Y(2.8))
R("月活跃账户数则为5.17亿", "5.17亿", "users", "tencent-qq", 517000000, "users", "2025Q3", Y(-5.9))
R("年活跃买家约9亿", "约9亿", "users", "pinduoduo", 900000000, "users", None, approx="about", opt=True,
  note="analyst estimate -> optional")
R("日订单量已超过2500万单", "超过2500万单", "orders", "jd-food-delivery", 25000000, "orders", None, approx="over",
  note="no period pinned (已)")
R("入驻餐饮门店150多万家", "150多万家", "operating_metric", "jd-food-delivery", 1500000, "stores", None, approx="over",
  note="多 -> over")
R("订单份额约为18%", "18%", "market_share", "jd-food-delivery", 18, "percent", "2025-10", approx="about",
  note="third-party estimate of a market share (not a forecast of JD's own figure), required")
R("全职骑手超过15万名", "超过15万名", "operating_metric", "jd-food-delivery", 150000, "riders", None, approx="over")
R("合作商家数近50万家", "近50万家", "operating_metric", "meituan-flash", 500000, "merchants", None, approx="nearly",
  note="no period pinned; 三季度 belongs to the next clause")
R("日均订单量约2100万单", "约2100万单", "orders", "meituan-flash", 21000000, "orders", "2025Q3", Y(40), approx="about",
  note="同比增长超过40%: hedge on the rate not representable, change 40")
R("月活已超过3.5亿", "超过3.5亿", "users", "xiaohongshu", 350000000, "users", None, approx="over",
  note="36Kr's own sourcing (据36氪了解), not an analyst estimate; no period")
R("日活近1.6亿", "近1.6亿", "users", "xiaohongshu", 160000000, "users", None, approx="nearly")
R("去年同期的约20万家", "约20万家", "operating_metric", "xiaohongshu", 200000, "merchants", "2024-09", approx="about",
  note="year-ago comparator of 截至9月底")
R("增长至逾35万家", "逾35万家", "operating_metric", "xiaohongshu", 350000, "merchants", "2025-09", approx="over")

# ---------------------------------------------------------------- H: 芯东西, list / Q&A
doc("h_xindongxi_chip-brief.txt")
R("Q3营收：２３．８２亿美元", "２３．８２亿美元", "revenue", "smic", 2382000000, "USD", "2025Q3", {"qoq": 7.8, "yoy": 9.7},
  note="full-width digits; 环比/同比 labels on the following bullets")
R("归母净利：3.76亿美元", "3.76亿美元", "net_profit", "smic", 376000000, "USD", "2025Q3", Y(29.1))
R("收入环比增长1%-3%", "1%-3%", "revenue", "smic", None, None, "2025Q4", {"qoq": 1}, opt=True,
  note="guidance given only as a growth range; change takes the lower end by convention, so the key is conventional -> optional")
R("资本开支：五十七亿美元", "五十七亿美元", "capex", "smic", 5700000000, "USD", "2025Q1/2025Q3",
  note="Chinese numerals; 前三季度 spent")
R("前三季度营收：四十六亿零七百万元", "四十六亿零七百万元", "revenue", "cambricon", 4607000000, "CNY", "2025Q1/2025Q3",
  Y(2386.4), note="Chinese numerals")
R("归母净利：十六亿零五百万元", "十六亿零五百万元", "net_profit", "cambricon", 1605000000, "CNY", "2025Q1/2025Q3")
R("上年同期亏损七亿二千四百万元", "七亿二千四百万元", "net_profit", "cambricon", -724000000, "CNY", "2024Q1/2024Q3",
  note="year-ago loss")
R("Q3单季营收：十七亿二千七百万元", "十七亿二千七百万元", "revenue", "cambricon", 1727000000, "CNY", "2025Q3", Y(1332.5))
R("Q3单季净利：五亿六千七百万元", "五亿六千七百万元", "net_profit", "cambricon", 567000000, "CNY", "2025Q3")
R("1-9月营收：94.90亿元", "94.90亿元", "revenue", "hygon", 9490000000, "CNY", "2025Q1/2025Q3", Y(54.6),
  note="1-9月 -> 2025Q1/2025Q3")
R("归母净利：19.61亿元", "19.61亿元", "net_profit", "hygon", 1961000000, "CNY", "2025Q1/2025Q3", Y(28.6))
R("研发投入：二十九亿元左右", "二十九亿元左右", "cost", "hygon", 2900000000, "CNY", "2025Q1/2025Q3", approx="about",
  note="R&D spend -> cost; period from the section's 1-9月")
R("突破两千万颗", "突破两千万颗", "operating_metric", "hygon", 20000000, "units", None, approx="over",
  note="cumulative CPU shipments; 突破 -> over; no period")
R("资本开支约七十五亿美元上下", "约七十五亿美元上下", "capex_plan", "smic", 7500000000, "USD", "2025", approx="about",
  note="full-year 2025 capex is still partly future -> capex_plan (company guidance)")
R("一百三十亿到一百四十亿元", "一百三十亿到一百四十亿元", "revenue", "hygon", 13000000000, "CNY", "2025", Y(40),
  vmax=14000000000, note="company guidance range; 同比增长四成到五成 -> lower end 40")
R("二十亿~二十五亿元", "二十亿~二十五亿元", "revenue", "cambricon", 2000000000, "CNY", "2025Q4", vmax=2500000000,
  note="company guidance range")


# ---------------------------------------------------------------- build
def sentences(text):
    """(start, end) of sentences: the title line, then body pieces ending in 。！？ or starting at ▪/【."""
    nl = text.index("\n")
    out = [(0, nl)]
    start = nl + 1
    i = start
    while i < len(text):
        ch = text[i]
        if ch in "。！？" :
            j = i + 1
            while j < len(text) and text[j] in "”’）)":
                j += 1
            out.append((start, j)); start = j; i = j; continue
        if ch in "▪【" and i > start:
            out.append((start, i)); start = i
        i += 1
    if start < len(text):
        out.append((start, len(text)))
    return out

def main():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    rows = []
    for name, (title, body) in ARTICLES.items():
        assert "\n" not in title and "\n" not in body
        text = title + "\n" + body
        with open(os.path.join(HERE, "articles", name), "w", encoding="utf-8") as f:
            f.write(text)
        sents = sentences(text)
        for r in RECS[name]:
            ctx, q = r["ctx"], r["quote"]
            assert text.count(ctx) == 1, (name, ctx, text.count(ctx))
            c0 = text.index(ctx)
            assert q in ctx, (name, ctx, q)
            s0 = c0 + ctx.index(q)
            span = [s0, s0 + len(q)]
            assert text[span[0]:span[1]] == q
            sent = [text[a:b] for a, b in sents if a <= span[0] and span[1] <= b]
            assert len(sent) == 1, (name, q, sent)
            rec = {"doc": f"{name}#1", "kind": r["kind"], "subject": r["subject"], "value": r["value"],
                   "value_max": r["value_max"], "unit": r["unit"], "approx": r["approx"], "period": r["period"],
                   "change": r["change"], "span": span, "quote": q, "sentence": sent[0].strip(),
                   "rule": "heldout9-manual"}
            if r["kind"] in DEAL:
                rec.update(target=r["target"], counterparty=r["counterparty"], stake_pct=r["stake_pct"])
            if r["optional"]:
                rec["optional"] = True
            if r["note"]:
                rec["note"] = r["note"]
            assert rec["sentence"] and rec["sentence"] in text
            rows.append(rec)
    # no two records of one doc share span+kind+subject
    seen = set()
    for rec in rows:
        k = (rec["doc"], tuple(rec["span"]), rec["kind"], rec["subject"])
        assert k not in seen, k
        seen.add(k)
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for rec in rows:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(rows), "records")

if __name__ == "__main__":
    main()
