#!/usr/bin/env python3
"""Build the heldout23 evaluation set: six hand-written articles and their gold records.

Writes articles/*.txt (title line, newline, body line; UTF-8; no trailing newline) and
gold.jsonl beside this script. Every record is located by a context string that occurs
exactly once in its document; the quote is searched inside that context.
All figures and most companies are invented.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
RULE = "heldout23-manual"
DEAL_KINDS = {"stake_sale", "acquisition", "investment"}

DOCS = []  # (filename, title, body, [records])


def R(ctx, quote, kind, subject, value, unit, period=None, approx=None, change=None,
      value_max=None, optional=False, note=None, target=None, counterparty=None, stake_pct=None):
    rec = dict(ctx=ctx, quote=quote, kind=kind, subject=subject, value=value, value_max=value_max,
               unit=unit, approx=approx, period=period, change=change, optional=optional, note=note)
    if kind in DEAL_KINDS:
        rec.update(target=target, counterparty=counterparty, stake_pct=stake_pct)
    return rec


# ---------------------------------------------------------------- 1. 每日经济新闻 (Simplified): EV maker
T1 = "曜行汽车11月交付2.84万辆创新高，三季度净亏损收窄至9.6亿元"
B1 = ("每经记者 林舟 每经编辑 何苗 12月1日，曜行汽车（09863.HK）公布，11月共交付新车28416辆，同比增长41.2%，"
      "环比增长6.5%，连续第三个月刷新单月纪录。今年1—11月，公司累计交付约24万辆，已完成全年三十万辆交付目标的八成。"
      "作为对比，蔚来11月交付3.62万辆，同比增长18%，但其第三季度净亏损仍超过30亿元。"
      "财报方面，曜行汽车2025年第三季度实现营业收入186.4亿元，同比增长33.8%，环比增长12.1%，其中汽车销售收入为171.2亿元。"
      "当季净亏损为9.6亿元，上年同期净亏损为15.3亿元，亏损同比收窄37.3%；经调整净亏损为7.8亿元。"
      "值得注意的是，第三季度整车毛利率为14.6%，同比提升3.2个百分点，单车平均售价约为23.1万元。"
      "当季研发投入12.9亿元，销售、一般及管理费用18.5亿元，自由现金流首次转正至6.8亿元；前三季度资本开支合计41.6亿元。"
      "截至9月末，公司现金储备为412亿元。公司预计，第四季度交付量将介于8.5万至9万辆，收入介于205亿元至218亿元。"
      "今年一、二、三季度，曜行汽车分别交付4.9万辆、6.2万辆、7.4万辆。（每日经济新闻）")
DOCS.append(("h23_01_yaoxing_ev.txt", T1, B1, [
    R("11月交付2.84万辆", "2.84万辆", "operating_metric", "yaoxing", 28400, "vehicles", "2025-11",
      note="title: November deliveries (body: 28416辆); first mention, required"),
    R("净亏损收窄至9.6亿元", "9.6亿元", "net_profit", "yaoxing", -960000000, "CNY", "2025Q3",
      note="title: 净亏损 -> negative; 三季度 = 2025Q3 (year from body)"),
    R("共交付新车28416辆", "28416辆", "operating_metric", "yaoxing", 28416, "vehicles", "2025-11",
      change={"yoy": 41.2, "mom": 6.5}, optional=True,
      note="repeat of the title figure (2.84万辆), precise form; 环比 of a monthly figure -> mom"),
    R("累计交付约24万辆", "约24万辆", "operating_metric", "yaoxing", 240000, "vehicles", "2025-01/2025-11",
      approx="about", note="cumulative Jan-Nov deliveries"),
    R("全年三十万辆", "三十万辆", "operating_metric", "yaoxing", 300000, "vehicles", "2025",
      note="company's own full-year delivery target (guidance -> metric's kind); Chinese numeral. 完成…八成 is a ratio, not a record"),
    R("蔚来11月交付3.62万辆", "3.62万辆", "operating_metric", "nio", 36200, "vehicles", "2025-11",
      change={"yoy": 18}, note="competitor side sentence; figure invented"),
    R("净亏损仍超过30亿元", "超过30亿元", "net_profit", "nio", -3000000000, "CNY", "2025Q3", approx="over",
      note="competitor's Q3 net loss; 超过 -> over; loss -> negative"),
    R("营业收入186.4亿元", "186.4亿元", "revenue", "yaoxing", 18640000000, "CNY", "2025Q3",
      change={"yoy": 33.8, "qoq": 12.1}),
    R("汽车销售收入为171.2亿元", "171.2亿元", "revenue", "yaoxing-auto-sales", 17120000000, "CNY", "2025Q3",
      note="vehicle sales revenue line (invented segment id, like the seed's meituan-delivery-services)"),
    R("当季净亏损为9.6亿元", "9.6亿元", "net_profit", "yaoxing", -960000000, "CNY", "2025Q3",
      change={"yoy": -37.3}, optional=True,
      note="repeat of the title figure; 亏损同比收窄37.3% -> yoy -37.3 on the loss (seed convention: loss halved -> -50)"),
    R("上年同期净亏损为15.3亿元", "15.3亿元", "net_profit", "yaoxing", -1530000000, "CNY", "2024Q3",
      note="year-ago net loss"),
    R("经调整净亏损为7.8亿元", "7.8亿元", "adjusted_net_profit", "yaoxing", -780000000, "CNY", "2025Q3"),
    R("研发投入12.9亿元", "12.9亿元", "cost", "yaoxing", 1290000000, "CNY", "2025Q3", note="R&D spend -> cost"),
    R("管理费用18.5亿元", "18.5亿元", "selling_expense", "yaoxing", 1850000000, "CNY", "2025Q3", optional=True,
      note="SG&A (销售、一般及管理费用) mixes selling and G&A: selling_expense or cost both defensible -> optional (also recorded as cost)"),
    R("管理费用18.5亿元", "18.5亿元", "cost", "yaoxing", 1850000000, "CNY", "2025Q3", optional=True,
      note="same SG&A figure read as operating expense (cost); optional"),
    R("转正至6.8亿元", "6.8亿元", "free_cash_flow", "yaoxing", 680000000, "CNY", "2025Q3"),
    R("资本开支合计41.6亿元", "41.6亿元", "capex", "yaoxing", 4160000000, "CNY", "2025Q1/2025Q3",
      note="前三季度 -> 2025Q1/2025Q3"),
    R("介于8.5万至9万辆", "8.5万至9万辆", "operating_metric", "yaoxing", 85000, "vehicles", "2025Q4",
      value_max=90000, note="company guidance range for Q4 deliveries"),
    R("收入介于205亿元至218亿元", "205亿元至218亿元", "revenue", "yaoxing", 20500000000, "CNY", "2025Q4",
      value_max=21800000000, note="company revenue guidance range for Q4"),
    R("分别交付4.9万辆", "4.9万辆", "operating_metric", "yaoxing", 49000, "vehicles", "2025Q1", note="分别 list, 1st"),
    R("、6.2万辆", "6.2万辆", "operating_metric", "yaoxing", 62000, "vehicles", "2025Q2", note="分别 list, 2nd"),
    R("、7.4万辆", "7.4万辆", "operating_metric", "yaoxing", 74000, "vehicles", "2025Q3", note="分别 list, 3rd"),
]))

# ---------------------------------------------------------------- 2. 华尔街见闻 (Simplified): US-listed internet company
T2 = "趣聆科技三季度营收同比增长19%，非GAAP净利润8.2亿元，加码5亿美元回购"
B2 = ("11月18日周二美股盘前，在线音频平台趣聆科技（纳斯达克代码：QLNG）公布截至9月30日的2025年第三季度财报。"
      "财报显示，趣聆三季度总营收为人民币52.36亿元（7.35亿美元），同比增长19%，高于分析师预期的50.8亿元。"
      "其中，在线广告营收21.4亿元，同比增长27%；会员及增值服务营收24.9亿元，同比增长14%；其他业务营收6.06亿元。"
      "盈利方面，按美国通用会计准则（GAAP），归属于公司的净利润为5.47亿元，去年同期为2.91亿元；"
      "非GAAP净利润为8.2亿元（1.15亿美元），同比增长42%，非GAAP净利率升至15.7%，稀释后每股ADS收益为1.62元。"
      "用户方面，三季度平均月活跃用户（MAU）达2.86亿，同比增长8%；日活跃用户（DAU）近9200万；付费用户数突破3000万，"
      "每付费用户月均收入（ARPPU）为27.3元。当季销售及市场费用为9.8亿元，占总营收比例降至18.7%；"
      "经营活动产生的现金流量净额为11.3亿元。趣聆同时宣布，董事会已批准一项新的股份回购计划，"
      "未来24个月内回购最多5亿美元的美国存托股；三季度公司已回购约420万股ADS，耗资约6100万美元。"
      "展望四季度，公司预计总营收介于54亿元至56亿元。截至发稿，趣聆盘前涨逾7%，同为中概股的微博盘前涨1.2%。（华尔街见闻）")
DOCS.append(("h23_02_qulin_results.txt", T2, B2, [
    R("营收同比增长19%", "19%", "revenue", "qulin", None, None, "2025Q3", change={"yoy": 19},
      note="title: growth without a level (first mention -> required); the body repeats it with the level"),
    R("非GAAP净利润8.2亿元", "8.2亿元", "adjusted_net_profit", "qulin", 820000000, "CNY", "2025Q3",
      note="title; non-GAAP net profit; bare 亿元 = CNY"),
    R("加码5亿美元回购", "5亿美元", "acquisition", "qulin", 500000000, "USD", "2025-11-18", optional=True,
      target="qulin", note="title: buyback authorisation; the contract has no buyback kind (closest: acquisition of own shares) -> optional"),
    R("总营收为人民币52.36亿元", "人民币52.36亿元", "revenue", "qulin", 5236000000, "CNY", "2025Q3",
      change={"yoy": 19}),
    R("（7.35亿美元）", "7.35亿美元", "revenue", "qulin", 735000000, "USD", "2025Q3", optional=True,
      note="currency conversion in parentheses -> optional"),
    R("分析师预期的50.8亿元", "50.8亿元", "revenue", "qulin", 5080000000, "CNY", "2025Q3", optional=True,
      note="analyst consensus estimate -> optional"),
    R("在线广告营收21.4亿元", "21.4亿元", "revenue", "qulin-ads", 2140000000, "CNY", "2025Q3", change={"yoy": 27}),
    R("增值服务营收24.9亿元", "24.9亿元", "revenue", "qulin-membership", 2490000000, "CNY", "2025Q3", change={"yoy": 14}),
    R("其他业务营收6.06亿元", "6.06亿元", "revenue", "qulin-other", 606000000, "CNY", "2025Q3"),
    R("净利润为5.47亿元", "5.47亿元", "net_profit", "qulin", 547000000, "CNY", "2025Q3", note="GAAP net profit attributable"),
    R("去年同期为2.91亿元", "2.91亿元", "net_profit", "qulin", 291000000, "CNY", "2024Q3", note="year-ago GAAP net profit"),
    R("非GAAP净利润为8.2亿元", "8.2亿元", "adjusted_net_profit", "qulin", 820000000, "CNY", "2025Q3",
      change={"yoy": 42}, optional=True, note="repeat of the title figure"),
    R("（1.15亿美元）", "1.15亿美元", "adjusted_net_profit", "qulin", 115000000, "USD", "2025Q3", optional=True,
      note="currency conversion in parentheses -> optional"),
    R("（MAU）达2.86亿", "2.86亿", "users", "qulin", 286000000, "users", "2025Q3", change={"yoy": 8}, note="average MAU"),
    R("（DAU）近9200万", "近9200万", "users", "qulin", 92000000, "users", "2025Q3", approx="nearly"),
    R("付费用户数突破3000万", "突破3000万", "users", "qulin", 30000000, "users", "2025Q3", approx="over",
      note="paying users; 突破 -> over (seed convention)"),
    R("销售及市场费用为9.8亿元", "9.8亿元", "selling_expense", "qulin", 980000000, "CNY", "2025Q3"),
    R("比例降至18.7%", "18.7%", "selling_expense", "qulin", 18.7, "percent", "2025Q3", optional=True,
      note="expense-to-revenue ratio; the seed gold keeps such a ratio optional (Meituan 36%)"),
    R("现金流量净额为11.3亿元", "11.3亿元", "cash_flow", "qulin", 1130000000, "CNY", "2025Q3",
      note="net operating cash flow"),
    R("回购最多5亿美元", "最多5亿美元", "acquisition", "qulin", 500000000, "USD", "2025-11-18", approx="up_to",
      optional=True, target="qulin", note="repeat of the buyback authorisation; no buyback kind -> optional"),
    R("耗资约6100万美元", "约6100万美元", "acquisition", "qulin", 61000000, "USD", "2025Q3", approx="about",
      optional=True, target="qulin", note="buyback executed in Q3; no buyback kind -> optional"),
    R("总营收介于54亿元至56亿元", "54亿元至56亿元", "revenue", "qulin", 5400000000, "CNY", "2025Q4",
      value_max=5600000000, note="company guidance range"),
    R("盘前涨逾7%", "逾7%", "price_change", "qulin", 7, "percent", "2025-11-18", approx="over",
      note="pre-market move on the results day"),
    R("微博盘前涨1.2%", "1.2%", "price_change", "weibo", 1.2, "percent", "2025-11-18", note="peer side sentence"),
]))

# ---------------------------------------------------------------- 3. 上海证券报 (Simplified): insurer 9M results + 定增
T3 = "瀚安保险前三季度归母净利润同比增长31.5% 拟定增募资不超过120亿元"
B3 = ("上证报中国证券网讯（记者 周岚）10月30日晚，瀚安保险（601961.SH）披露2025年三季报。"
      "前三季度，公司实现营业总收入1286.7亿元，同比增长9.8%；实现归母净利润142.35亿元，同比增长31.5%；"
      "扣非后归母净利润为137.9亿元。其中，第三季度单季实现归母净利润58.6亿元，上年同期为39.2亿元。"
      "保费方面，集团前三季度实现原保险保费收入1905亿元，同比增长6.2%，旗下瀚安人寿、瀚安财险分别实现保费收入1312亿元、593亿元。"
      "投资端，前三季度集团实现总投资收益386.4亿元，年化总投资收益率为5.1%，较上年同期提升0.6个百分点。"
      "受益于资本市场回暖，旗下瀚安证券前三季度实现营业收入48.7亿元，净利润16.2亿元，同比增长逾五成。"
      "寿险新业务价值约79.3亿元，同比增长22.4%。截至9月末，集团核心偿付能力充足率为148%。"
      "同日，瀚安保险发布定增预案，拟向不超过35名特定对象发行A股，募集资金总额不超过120亿元，"
      "扣除发行费用后全部用于补充子公司资本金；其中，控股股东瀚安控股拟以现金认购不低于30亿元。"
      "二级市场上，瀚安保险当日收报18.42元/股，上涨3.6%，动态市盈率约为9.7倍。（上海证券报）")
P9 = "2025Q1/2025Q3"
DOCS.append(("h23_03_hanan_insurer.txt", T3, B3, [
    R("归母净利润同比增长31.5%", "31.5%", "net_profit", "hanan", None, None, P9, change={"yoy": 31.5},
      note="title: growth without a level; 前三季度 -> 2025Q1/2025Q3"),
    R("定增募资不超过120亿元", "不超过120亿元", "investment", "特定对象", 12000000000, "CNY", "2025-10-30",
      approx="up_to", optional=True, target="hanan",
      note="title: planned private placement (定增) ceiling; equity fundraising has no kind of its own; read as investment by the unnamed subscribers -> optional"),
    R("营业总收入1286.7亿元", "1286.7亿元", "revenue", "hanan", 128670000000, "CNY", P9, change={"yoy": 9.8}),
    R("归母净利润142.35亿元", "142.35亿元", "net_profit", "hanan", 14235000000, "CNY", P9, change={"yoy": 31.5}),
    R("扣非后归母净利润为137.9亿元", "137.9亿元", "adjusted_net_profit", "hanan", 13790000000, "CNY", P9,
      note="扣非 (excluding non-recurring items) read as adjusted net profit"),
    R("单季实现归母净利润58.6亿元", "58.6亿元", "net_profit", "hanan", 5860000000, "CNY", "2025Q3"),
    R("上年同期为39.2亿元", "39.2亿元", "net_profit", "hanan", 3920000000, "CNY", "2024Q3", note="year-ago Q3"),
    R("原保险保费收入1905亿元", "1905亿元", "revenue", "hanan", 190500000000, "CNY", P9, change={"yoy": 6.2},
      note="premium income read as revenue"),
    R("保费收入1312亿元", "1312亿元", "revenue", "hanan-life", 131200000000, "CNY", P9, note="分别 list, 1st"),
    R("、593亿元", "593亿元", "revenue", "hanan-pc", 59300000000, "CNY", P9, note="分别 list, 2nd"),
    R("总投资收益386.4亿元", "386.4亿元", "revenue", "hanan", 38640000000, "CNY", P9, optional=True,
      note="investment income: not the investment (deal) kind; part of an insurer's total revenue but not a clean revenue line -> optional"),
    R("实现营业收入48.7亿元", "48.7亿元", "revenue", "hanan-securities", 4870000000, "CNY", P9),
    R("净利润16.2亿元", "16.2亿元", "net_profit", "hanan-securities", 1620000000, "CNY", P9, change={"yoy": 50},
      note="同比增长逾五成 -> yoy 50; 逾 hedges the rate, not the level, so approx null (seed: 約68% rate)"),
    R("新业务价值约79.3亿元", "约79.3亿元", "operating_metric", "hanan-life", 7930000000, "CNY", P9, approx="about",
      change={"yoy": 22.4}, optional=True,
      note="new business value of life business: no fitting kind (money-valued operating metric) -> optional; subject life arm (寿险)"),
    R("募集资金总额不超过120亿元", "不超过120亿元", "investment", "特定对象", 12000000000, "CNY", "2025-10-30",
      approx="up_to", optional=True, target="hanan", note="repeat of the title ceiling; optional"),
    R("拟以现金认购不低于30亿元", "不低于30亿元", "investment", "hanan-holdings", 3000000000, "CNY", "2025-10-30",
      approx="at_least", target="hanan",
      note="controlling shareholder subscribes to the placement: investment by a named investor into the company; period = announcement date"),
    R("当日收报18.42元/股", "18.42元/股", "price", "hanan", 18.42, "CNY", "2025-10-30"),
    R("上涨3.6%", "3.6%", "price_change", "hanan", 3.6, "percent", "2025-10-30"),
]))

# ---------------------------------------------------------------- 4. 鉅亨網 (Traditional, Taiwan): financial holding
T4 = "聯泰金前11月稅後純益312.8億元 年增24% EPS 2.41元"
B4 = ("鉅亨網記者陳映彤 台北 聯泰金控 (2897-TW) 今 (10) 日公布 11 月自結獲利，單月稅後純益 28.64 億元，月減 11.2%、年增 35.7%；"
      "累計今年前 11 月稅後純益 312.8 億元，年增 24%，每股稅後盈餘 (EPS) 2.41 元，獲利創同期新高。"
      "子公司方面，聯泰銀行 11 月稅後純益 17.3 億元，前 11 月累計 186.5 億元，年增 12.4%，貢獻金控近六成獲利；"
      "聯泰人壽前 11 月稅後純益 98.1 億元，較 2024 年同期的 61.7 億元大幅成長；"
      "聯泰證券受惠台股交投熱絡，前 11 月稅後純益 21.9 億元，年增 41%；聯泰投信、聯泰創投前 11 月則分別獲利 3.2 億元、1.15 億元。"
      "聯泰金指出，銀行放款餘額較去年底成長逾 9%，前 11 月財富管理手續費收入超過 145 億元，年增 18%；"
      "聯泰人壽前 11 月初年度保費 (FYP) 約 612 億元。以每股淨值 24.6 元計算，聯泰金目前股價淨值比約 1.3 倍，"
      "法人預估全年 EPS 可望挑戰 2.6 元，現金股利有機會維持 1.5 元水準。台股加權指數今年來漲幅約 22%，金融股表現落後大盤。（鉅亨網）")
P11 = "2025-01/2025-11"
DOCS.append(("h23_04_liantai_fhc.txt", T4, B4, [
    R("稅後純益312.8億元", "312.8億元", "net_profit", "liantaifh", 31280000000, "TWD", P11, change={"yoy": 24},
      note="title; Taiwan 億元 = TWD; year 2025 from the body (較 2024 年同期); EPS 2.41元 is a per-share trap"),
    R("單月稅後純益 28.64 億元", "28.64 億元", "net_profit", "liantaifh", 2864000000, "TWD", "2025-11",
      change={"mom": -11.2, "yoy": 35.7}),
    R("前 11 月稅後純益 312.8 億元", "312.8 億元", "net_profit", "liantaifh", 31280000000, "TWD", P11,
      change={"yoy": 24}, optional=True, note="repeat of the title figure"),
    R("聯泰銀行 11 月稅後純益 17.3 億元", "17.3 億元", "net_profit", "liantaifh-bank", 1730000000, "TWD", "2025-11"),
    R("累計 186.5 億元", "186.5 億元", "net_profit", "liantaifh-bank", 18650000000, "TWD", P11, change={"yoy": 12.4},
      note="近六成 share of group profit is a ratio, not a record"),
    R("稅後純益 98.1 億元", "98.1 億元", "net_profit", "liantaifh-life", 9810000000, "TWD", P11),
    R("同期的 61.7 億元", "61.7 億元", "net_profit", "liantaifh-life", 6170000000, "TWD", "2024-01/2024-11",
      note="year-ago cumulative figure"),
    R("稅後純益 21.9 億元", "21.9 億元", "net_profit", "liantaifh-sec", 2190000000, "TWD", P11, change={"yoy": 41}),
    R("分別獲利 3.2 億元", "3.2 億元", "net_profit", "liantaifh-sitc", 320000000, "TWD", P11,
      note="分別 list, 1st"),
    R("、1.15 億元", "1.15 億元", "net_profit", "liantaifh-vc", 115000000, "TWD", P11, note="分別 list, 2nd"),
    R("收入超過 145 億元", "超過 145 億元", "revenue", "liantaifh-wealth", 14500000000, "TWD", P11, approx="over",
      change={"yoy": 18}, note="wealth-management fee income, a revenue line (invented line id)"),
    R("(FYP) 約 612 億元", "約 612 億元", "revenue", "liantaifh-life", 61200000000, "TWD", P11, approx="about",
      optional=True, note="first-year premium: a sales metric rather than booked revenue; kind debatable -> optional"),
    R("漲幅約 22%", "約 22%", "price_change", "taiex", 22, "percent", "2025", approx="about",
      note="year-to-date (今年來) index move -> period 2025 (seed: 年內 gold/silver)"),
]))

# ---------------------------------------------------------------- 5. 信報 (Traditional, Hong Kong): casino operator
T5 = "濠景第三季收益增15%至68.2億元 經調整EBITDA達19.5億元"
B5 = ("濠景娛樂（02788）於11月5日公布截至2025年9月30日止第三季未經審核業績，期內淨收益按年增長15%至68.2億港元，按季則微升3.4%；"
      "經調整物業EBITDA為19.5億港元，按年增長21%，去年同期為16.1億港元，經調整EBITDA利潤率升至28.6%。"
      "股東應佔溢利錄得7.36億港元，扭轉去年同期虧損1.8億港元的局面。"
      "分業務看，中場博彩收益約41.7億港元，按年增長19%；貴賓廳業務持續收縮，收益僅5.3億港元，按年跌32%；"
      "非博彩收益（包括酒店、餐飲及零售）為21.2億港元。集團旗下三間度假村第三季合共錄得訪客逾１２５０萬人次，"
      "酒店入住率達97.5%，平均每日房價約1,680港元。以博彩毛收入計，濠景第三季於澳門的市場佔有率約14.8%，較上季提升0.9個百分點。"
      "董事會宣派中期股息每股0.15港元，並計劃明年投入不少於25億港元翻新酒店客房及擴建會展設施。"
      "另據博彩監察協調局數據，澳門10月博彩毛收入達240.3億澳門元，按年升15.9%；同月訪澳旅客逾三百四十萬人次。"
      "濠景股價當日收報5.87元，升4.1%，跑贏同日跌0.6%的恒指。（信報）")
DOCS.append(("h23_05_haojing_casino.txt", T5, B5, [
    R("增15%至68.2億元", "68.2億元", "revenue", "haojing", 6820000000, "HKD", "2025Q3", change={"yoy": 15},
      note="title; HK 億元 = HKD; the title's bare 增 takes the body's basis (按年) -> yoy"),
    R("EBITDA達19.5億元", "19.5億元", "adjusted_ebita", "haojing", 1950000000, "HKD", "2025Q3", optional=True,
      note="title: adjusted EBITDA; the contract only has adjusted_ebita (EBITA, not EBITDA) -> optional"),
    R("按年增長15%至68.2億港元", "68.2億港元", "revenue", "haojing", 6820000000, "HKD", "2025Q3",
      change={"yoy": 15, "qoq": 3.4}, optional=True, note="repeat of the title figure"),
    R("EBITDA為19.5億港元", "19.5億港元", "adjusted_ebita", "haojing", 1950000000, "HKD", "2025Q3",
      change={"yoy": 21}, optional=True, note="adjusted property EBITDA; no EBITDA kind -> optional"),
    R("去年同期為16.1億港元", "16.1億港元", "adjusted_ebita", "haojing", 1610000000, "HKD", "2024Q3", optional=True,
      note="year-ago adjusted property EBITDA; no EBITDA kind -> optional"),
    R("溢利錄得7.36億港元", "7.36億港元", "net_profit", "haojing", 736000000, "HKD", "2025Q3",
      note="股東應佔溢利 = net profit attributable"),
    R("虧損1.8億港元", "1.8億港元", "net_profit", "haojing", -180000000, "HKD", "2024Q3", note="year-ago loss -> negative"),
    R("收益約41.7億港元", "約41.7億港元", "revenue", "haojing-mass", 4170000000, "HKD", "2025Q3", approx="about",
      change={"yoy": 19}, note="mass-market gaming revenue (segment)"),
    R("收益僅5.3億港元", "5.3億港元", "revenue", "haojing-vip", 530000000, "HKD", "2025Q3", change={"yoy": -32},
      note="VIP revenue; 僅 is not a hedge"),
    R("為21.2億港元", "21.2億港元", "revenue", "haojing-nongaming", 2120000000, "HKD", "2025Q3",
      note="non-gaming revenue (segment)"),
    R("訪客逾１２５０萬人次", "逾１２５０萬人次", "operating_metric", "haojing", 12500000, "visitors", "2025Q3",
      approx="over", note="full-width digits; visitation to the group's resorts"),
    R("市場佔有率約14.8%", "約14.8%", "market_share", "haojing", 14.8, "percent", "2025Q3", approx="about",
      note="Macau GGR share; 提升0.9個百分點 is a percentage-point change, not a record"),
    R("不少於25億港元", "不少於25億港元", "capex_plan", "haojing", 2500000000, "HKD", "2026", approx="at_least",
      note="planned renovation/expansion spend next year (明年 relative to 2025) -> 2026; 不少於 -> at_least"),
    R("毛收入達240.3億澳門元", "240.3億澳門元", "revenue", "macau-gaming-market", 24030000000, "MOP", "2025-10",
      change={"yoy": 15.9}, optional=True, note="market-wide Macau GGR: not a company or segment -> optional"),
    R("訪澳旅客逾三百四十萬人次", "逾三百四十萬人次", "operating_metric", "macau", 3400000, "visitors", "2025-10",
      approx="over", optional=True, note="market-wide visitor arrivals (Chinese numerals): not a company figure -> optional"),
    R("收報5.87元", "5.87元", "price", "haojing", 5.87, "HKD", "2025-11-05", note="close on the results day (當日 = 11月5日)"),
    R("升4.1%", "4.1%", "price_change", "haojing", 4.1, "percent", "2025-11-05"),
    R("跌0.6%的恒指", "0.6%", "price_change", "hsi", -0.6, "percent", "2025-11-05"),
]))

# ---------------------------------------------------------------- 6. 經濟通 (Traditional, Hong Kong): placement + stake sale
T6 = "星曜醫療配售１．２億股集資約９．８億元 股價急瀉１３％"
B6 = ("《經濟通通訊社9日專訊》星曜醫療科技（股份代號：2563）今早開市前公布，與配售代理訂立協議，按盡力基準以每股8.16元，"
      "向不少於六名獨立承配人配售最多1.2億股新股，相當於現有已發行股本約9.1%及經擴大後股本約8.3%。"
      "配售價較8日收市價9.38元折讓約13%。配售所得款項總額約9.79億元，淨額約9.62億元，其中約六成將用於海外臨床試驗，其餘撥作一般營運資金。"
      "另據聯交所權益披露資料，第二大股東雲杉資本於12月5日在場外以每股平均價9.05元減持2,350萬股（約佔已發行股本1.78%），"
      "涉資約2.13億元，持股比例由12.67%降至約10.89%；創辦人則承諾配售完成後90日內不出售股份。"
      "受消息拖累，星曜今早低開11.4%，午後一度跌至7.92元，全日收報8.16元，跌13%，與配售價看齊，成交額急增至14.6億元，市值降至約117億元。"
      "恒指同日收報25,468點，跌187點或0.73%。星曜截至2025年6月底止中期收入3.42億元，按年增長62%，虧損收窄至1.95億元。（經濟通）")
PLACE = "2025-12-09"
DOCS.append(("h23_06_xingyao_placing.txt", T6, B6, [
    R("配售１．２億股", "１．２億股", "investment", "承配人", 120000000, "shares", PLACE, optional=True,
      target="xingyao", stake_pct=8.3,
      note="title: placement share count; new-share placement has no kind of its own (read as investment by the placees) and the deal value is money, not shares -> optional"),
    R("集資約９．８億元", "約９．８億元", "investment", "承配人", 980000000, "HKD", PLACE, approx="about", optional=True,
      target="xingyao", stake_pct=8.3,
      note="title: gross placement proceeds (full-width digits); equity fundraising read as investment by unnamed placees -> optional"),
    R("股價急瀉１３％", "１３％", "price_change", "xingyao", -13, "percent", PLACE,
      note="title: day's close move (full-width digits); first mention, required"),
    R("以每股8.16元", "8.16元", "price", "xingyao", 8.16, "HKD", PLACE, optional=True,
      note="placement price per share: a deal price, not a market level -> optional"),
    R("最多1.2億股新股", "最多1.2億股", "investment", "承配人", 120000000, "shares", PLACE, approx="up_to", optional=True,
      target="xingyao", stake_pct=8.3, note="repeat of the placement share count -> optional"),
    R("收市價9.38元", "9.38元", "price", "xingyao", 9.38, "HKD", "2025-12-08", note="close of 8日 (previous trading day)"),
    R("總額約9.79億元", "約9.79億元", "investment", "承配人", 979000000, "HKD", PLACE, approx="about", optional=True,
      target="xingyao", stake_pct=8.3, note="gross proceeds (repeat of the title figure); no fundraising kind -> optional"),
    R("淨額約9.62億元", "約9.62億元", "investment", "承配人", 962000000, "HKD", PLACE, approx="about", optional=True,
      target="xingyao", stake_pct=8.3, note="net proceeds; no fundraising kind -> optional"),
    R("涉資約2.13億元", "約2.13億元", "stake_sale", "yunshan-capital", 213000000, "HKD", "2025-12-05", approx="about",
      target="xingyao", stake_pct=1.78,
      note="second-largest shareholder's off-market sale of 1.78%; buyer not named; 12.67% -> 10.89% are holding levels, not records"),
    R("減持2,350萬股", "2,350萬股", "stake_sale", "yunshan-capital", 23500000, "shares", "2025-12-05", optional=True,
      target="xingyao", stake_pct=1.78, note="share-count reading of the same sale (seed: optional share-count variant)"),
    R("低開11.4%", "11.4%", "price_change", "xingyao", -11.4, "percent", PLACE, note="opening move"),
    R("一度跌至7.92元", "7.92元", "price", "xingyao", 7.92, "HKD", PLACE, note="intraday low"),
    R("全日收報8.16元", "8.16元", "price", "xingyao", 8.16, "HKD", PLACE, note="close"),
    R("跌13%，與", "13%", "price_change", "xingyao", -13, "percent", PLACE, optional=True,
      note="repeat of the title move"),
    R("收報25,468點", "25,468點", "price", "hsi", 25468, "points", PLACE),
    R("跌187點", "187點", "price_change", "hsi", -187, "points", PLACE),
    R("或0.73%", "0.73%", "price_change", "hsi", -0.73, "percent", PLACE),
    R("中期收入3.42億元", "3.42億元", "revenue", "xingyao", 342000000, "HKD", "2025H1", change={"yoy": 62}),
    R("虧損收窄至1.95億元", "1.95億元", "net_profit", "xingyao", -195000000, "HKD", "2025H1",
      note="company-level 虧損 in results read as net loss"),
]))

ENDERS = "。！？"


def sentence_of(text, start, end):
    s = max([text.rfind(c, 0, start) for c in ENDERS + "\n"]) + 1
    ends = [text.find(c, end) for c in ENDERS]
    ends = [e + 1 for e in ends if e != -1]
    nl = text.find("\n", end)
    if nl != -1:
        ends.append(nl)
    e = min(ends) if ends else len(text)
    return text[s:e]


def main():
    art_dir = os.path.join(HERE, "articles")
    os.makedirs(art_dir, exist_ok=True)
    out = []
    for fname, title, body, recs in DOCS:
        assert "\n" not in title and "\n" not in body and not title.startswith("#")
        text = title + "\n" + body
        with open(os.path.join(art_dir, fname), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        doc = fname + "#1"
        for r in recs:
            ctx, quote = r["ctx"], r["quote"]
            assert text.count(ctx) == 1, (fname, "context not unique/absent", ctx, text.count(ctx))
            assert ctx.count(quote) == 1, (fname, "quote not unique in context", ctx, quote)
            start = text.index(ctx) + ctx.index(quote)
            span = [start, start + len(quote)]
            assert text[span[0]:span[1]] == quote
            rec = {"doc": doc, "kind": r["kind"], "subject": r["subject"], "value": r["value"],
                   "value_max": r["value_max"], "unit": r["unit"], "approx": r["approx"],
                   "period": r["period"], "change": r["change"], "span": span, "quote": quote,
                   "sentence": sentence_of(text, *span), "rule": RULE}
            if r["kind"] in DEAL_KINDS:
                rec.update(target=r["target"], counterparty=r["counterparty"], stake_pct=r["stake_pct"])
            if r["optional"]:
                rec["optional"] = True
            if r["note"]:
                rec["note"] = r["note"]
            out.append(rec)
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    req = sum(1 for r in out if not r.get("optional"))
    print(f"{len(DOCS)} documents, {len(out)} records ({req} required, {len(out) - req} optional)")


if __name__ == "__main__":
    main()
