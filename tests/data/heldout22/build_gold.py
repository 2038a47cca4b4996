#!/usr/bin/env python3
"""Build the heldout22 evaluation set: six hand-written pastiche articles and their gold records.

Writes articles/<file>.txt (title line, newline, body line; UTF-8; no trailing newline)
and gold.jsonl (one record per line, fields per /work/shared/spec/records.md).
Every record is located by a context string that occurs exactly once in its document;
the quote must occur exactly once inside that context. Every figure is invented.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
RULE = "heldout22-manual"
DEAL_KINDS = {"stake_sale", "acquisition", "investment"}

ARTICLES = {}   # file -> (title, body)
RECORDS = {}    # file -> list of record specs


def R(ctx, quote, kind, subject, value, unit, period, approx=None, change=None,
      value_max=None, optional=False, note=None, target=None, counterparty=None,
      stake_pct=None, delta=None):
    return dict(ctx=ctx, quote=quote, kind=kind, subject=subject, value=value, unit=unit,
                period=period, approx=approx, change=change, value_max=value_max,
                optional=optional, note=note, target=target, counterparty=counterparty,
                stake_pct=stake_pct, delta=delta)


# ---------------------------------------------------------------------------------------
# 1. 证券时报 pastiche (Simplified): food company guidance revision + Q3 results, segments
# ---------------------------------------------------------------------------------------
F1 = "h22_01_zqsb_chengchuan.txt"
ARTICLES[F1] = (
    "澄川食品上调全年营收指引至最高58亿元 三季度净利同比增长21.6%",
    "证券时报e公司讯，澄川食品（股票代码：605368）11月6日晚间公告，将2025年全年营业收入指引由52亿元至55亿元上调至56亿元至58亿元，"
    "并预计全年归母净利润不低于6.2亿元。同日披露的三季报显示，公司第三季度实现营业收入15.87亿元，同比增长18.4%，环比增长6.2%；"
    "归属于上市公司股东的净利润1.93亿元，同比增长21.6%；扣除非经常性损益后的净利润1.71亿元，上年同期为1.40亿元。"
    "前三季度公司累计实现营收41.26亿元，同比增长14.9%。分业务看，第三季度调味品、速冻食品业务分别实现收入8.42亿元、4.63亿元，"
    "同比分别增长9.7%和23.5%；饮料业务收入约2.15亿元，同比增长47.3%。期内公司综合毛利率为34.8%，同比提升1.6个百分点；"
    "基本每股收益0.42元。公司表示，四季度销售费用预计控制在2.6亿元以内，全年将新开直营门店约120家。"
    "截至9月末，公司经销商数量达2,860家，较年初净增一百四十家。（证券时报）",
)
S1 = "澄川食品"
RECORDS[F1] = [
    R("指引至最高58亿元", "最高58亿元", "revenue", S1, 5.8e9, "CNY", "2025", approx="up_to",
      note="title: only the upper end of the raised 2025 revenue guidance (body: 56亿元至58亿元); guidance -> metric kind; 最高 -> up_to"),
    R("三季度净利同比增长21.6%", "21.6%", "net_profit", S1, None, None, "2025Q3", change={"yoy": 21.6},
      note="title: growth without a level; the level 1.93亿元 follows in the body"),
    R("由52亿元至55亿元", "52亿元至55亿元", "revenue", S1, 5.2e9, "CNY", "2025", value_max=5.5e9,
      note="previous (superseded) 2025 revenue guidance range; stated explicitly, so a record like Google's earlier capex estimate in the seeds"),
    R("上调至56亿元至58亿元", "56亿元至58亿元", "revenue", S1, 5.6e9, "CNY", "2025", value_max=5.8e9,
      note="new 2025 revenue guidance range; value = lower end"),
    R("归母净利润不低于6.2亿元", "不低于6.2亿元", "net_profit", S1, 6.2e8, "CNY", "2025", approx="at_least",
      note="company guidance for 2025 归母净利润 (attributable net profit = net_profit)"),
    R("营业收入15.87亿元", "15.87亿元", "revenue", S1, 1.587e9, "CNY", "2025Q3", change={"yoy": 18.4, "qoq": 6.2}),
    R("净利润1.93亿元", "1.93亿元", "net_profit", S1, 1.93e8, "CNY", "2025Q3", change={"yoy": 21.6},
      note="归属于上市公司股东的净利润 -> net_profit"),
    R("净利润1.71亿元", "1.71亿元", "adjusted_net_profit", S1, 1.71e8, "CNY", "2025Q3",
      note="扣除非经常性损益后的净利润 (扣非) read as the adjusted net profit; net_profit is the alternative reading"),
    R("上年同期为1.40亿元", "1.40亿元", "adjusted_net_profit", S1, 1.40e8, "CNY", "2024Q3",
      note="year-ago comparator of the 扣非 net profit"),
    R("累计实现营收41.26亿元", "41.26亿元", "revenue", S1, 4.126e9, "CNY", "2025Q1/2025Q3", change={"yoy": 14.9},
      note="前三季度 cumulative"),
    R("收入8.42亿元", "8.42亿元", "revenue", "澄川食品-调味品业务", 8.42e8, "CNY", "2025Q3", change={"yoy": 9.7},
      note="分别 list: first segment pairs with first amount and first growth rate"),
    R("、4.63亿元", "4.63亿元", "revenue", "澄川食品-速冻食品业务", 4.63e8, "CNY", "2025Q3", change={"yoy": 23.5},
      note="分别 list: second segment, growth 23.5%"),
    R("饮料业务收入约2.15亿元", "约2.15亿元", "revenue", "澄川食品-饮料业务", 2.15e8, "CNY", "2025Q3", approx="about",
      change={"yoy": 47.3}),
    R("控制在2.6亿元以内", "2.6亿元以内", "selling_expense", S1, 2.6e8, "CNY", "2025Q4", approx="up_to",
      note="company guidance for Q4 selling expense; 以内 -> up_to"),
    R("直营门店约120家", "约120家", "operating_metric", S1, 120, "stores", "2025", approx="about", optional=True,
      note="planned new store openings in 2025 (a flow of openings, not a store count); borderline"),
    R("经销商数量达2,860家", "2,860家", "operating_metric", S1, 2860, "distributors", "2025-09",
      note="distributor count at end of September (截至9月末)"),
    R("净增一百四十家", "一百四十家", "operating_metric", S1, 140, "distributors", "2025-09", optional=True, delta=True,
      note="absolute change since the start of the year (较年初净增), not a level; Chinese numerals; optional like the seeds' absolute changes"),
]

# ---------------------------------------------------------------------------------------
# 2. 21世纪经济报道 pastiche (Simplified): shareholder reductions in tranches + block buyer
# ---------------------------------------------------------------------------------------
F2 = "h22_02_21jingji_hengyue.txt"
ARTICLES[F2] = (
    "远澜投资年内三度减持恒跃新材 累计套现逾9亿元",
    "21世纪经济报道记者周岚 上海报道 12月2日晚间，恒跃新材（688512.SH）公告称，持股5%以上股东远澜投资于11月24日至12月1日期间，"
    "通过大宗交易和集中竞价方式合计减持公司股份1,286万股，占总股本的2.14%，套现约3.87亿元。这已是远澜投资2025年以来的第三轮减持。"
    "今年3月，远澜投资通过集中竞价减持0.98%股份，套现1.62亿元；7月至8月，又以大宗交易方式减持2.00%股份，成交金额合计3.65亿元。"
    "三轮合计，远澜投资年内已累计套现逾9.1亿元，持股比例由年初的15.36%降至10.24%。"
    "记者注意到，本轮大宗交易的接盘方之一为上海私募青石资产，其以约1.98亿元受让恒跃新材1.10%股份，成交均价30.05元/股，较当日收盘价折价8.2%。"
    "公告同时披露，远澜投资计划在未来三个月内继续减持不超过3%的股份。以12月2日收盘价32.73元计算，远澜投资剩余持股市值约20.1亿元。"
    "业绩方面，恒跃新材前三季度实现营收23.58亿元，同比下降6.3%；归母净亏损1.12亿元，上年同期为盈利0.86亿元。"
    "截至12月2日收盘，恒跃新材股价年内累计上涨逾四成。（21世纪经济报道）",
)
S2, T2 = "远澜投资", "恒跃新材"
RECORDS[F2] = [
    R("累计套现逾9亿元", "逾9亿元", "divestment_proceeds", S2, 9e8, "CNY", "2025", approx="over",
      note="title: cumulative 2025 cash-out over three tranches (body: 逾9.1亿元)"),
    R("套现约3.87亿元", "约3.87亿元", "stake_sale", S2, 3.87e8, "CNY", "2025-11-24/2025-12-01", approx="about",
      target=T2, counterparty=None, stake_pct=2.14,
      note="third tranche; buyers not all named (青石资产 is only one of them), so counterparty null"),
    R("合计减持公司股份1,286万股", "1,286万股", "stake_sale", S2, 12860000, "shares", "2025-11-24/2025-12-01",
      target=T2, counterparty=None, stake_pct=2.14, optional=True,
      note="alternative reading of the third tranche with the share count as value (contract: deal value = proceeds)"),
    R("套现1.62亿元", "1.62亿元", "stake_sale", S2, 1.62e8, "CNY", "2025-03",
      target=T2, counterparty=None, stake_pct=0.98, note="first tranche, March 2025"),
    R("成交金额合计3.65亿元", "3.65亿元", "stake_sale", S2, 3.65e8, "CNY", "2025-07/2025-08",
      target=T2, counterparty=None, stake_pct=2.0, note="second tranche, July-August 2025"),
    R("累计套现逾9.1亿元", "逾9.1亿元", "divestment_proceeds", S2, 9.1e8, "CNY", "2025", approx="over",
      note="body restatement of the title cumulative cash-out with a different figure (9.1 vs 9, outside the 0.5% tolerance), so required in its own right; 1.62+3.65+3.87=9.14"),
    R("以约1.98亿元受让", "约1.98亿元", "acquisition", "青石资产", 1.98e8, "CNY", "2025-11-24/2025-12-01", approx="about",
      target=T2, counterparty=S2, stake_pct=1.10,
      note="block-trade buyer taking a 1.10% stake from 远澜投资; date within the third tranche window"),
    R("成交均价30.05元/股", "30.05元/股", "price", T2, 30.05, "CNY", None, optional=True,
      note="block-trade price per share; a price of the stock but not a market close, day not pinned; borderline"),
    R("继续减持不超过3%的股份", "不超过3%", "stake_sale", S2, None, None, None, approx="up_to",
      target=T2, counterparty=None, stake_pct=3,
      note="planned reduction over the next three months; no proceeds; plan -> period null"),
    R("收盘价32.73元", "32.73元", "price", T2, 32.73, "CNY", "2025-12-02"),
    R("实现营收23.58亿元", "23.58亿元", "revenue", T2, 2.358e9, "CNY", "2025Q1/2025Q3", change={"yoy": -6.3}),
    R("归母净亏损1.12亿元", "1.12亿元", "net_profit", T2, -1.12e8, "CNY", "2025Q1/2025Q3",
      note="net loss -> negative"),
    R("盈利0.86亿元", "0.86亿元", "net_profit", T2, 8.6e7, "CNY", "2024Q1/2024Q3", note="year-ago profit"),
    R("累计上涨逾四成", "逾四成", "price_change", T2, 40, "percent", "2025", approx="over",
      note="年内 (YTD to 2025-12-02) move; 四成 = 40%; period 2025 as in the seeds' 年內漲幅"),
]

# ---------------------------------------------------------------------------------------
# 3. 第一财经 pastiche (Simplified): A-share close wrap
# ---------------------------------------------------------------------------------------
F3 = "h22_03_yicai_ashare_close.txt"
ARTICLES[F3] = (
    "三大指数集体收涨 创业板指涨1.86% 北向资金净买入超60亿元",
    "第一财经 2025年12月4日，A股三大指数集体收涨。截至收盘，上证指数、深证成指、创业板指分别上涨0.72%、1.24%和1.86%，"
    "分别报3912.45点、13208.67点和3105.32点。沪深两市全天成交额1.42万亿元，较上一交易日放量1260亿元，全市场超过3800只个股上涨。"
    "盘面上，半导体、消费电子板块领涨，半导体指数大涨3.41%；券商板块午后拉升，收涨近2%；煤炭、银行板块走弱，煤炭指数下跌1.15%。"
    "资金面上，北向资金全天净买入61.37亿元，其中沪股通、深股通分别净买入38.52亿元和22.85亿元。"
    "个股方面，科创板芯瀚科技（688731.SH）午后封住20%涨停，收报86.40元，成交额27.6亿元；华岳证券当日给予其“买入”评级，目标价102元。"
    "澄川食品涨逾6%，收于28.15元。权重股中，贵州茅台涨0.58%，宁德时代跌2.3%。"
    "估值方面，沪深300指数动态市盈率升至13.2倍，仍低于近十年均值。（第一财经）",
)
D3 = "2025-12-04"
RECORDS[F3] = [
    R("创业板指涨1.86%", "1.86%", "price_change", "创业板指", 1.86, "percent", D3, note="title"),
    R("北向资金净买入超60亿元", "超60亿元", "cash_flow", "北向资金", 6e9, "CNY", D3, approx="over", optional=True,
      note="title: northbound net buying; a market flow, not a company cash flow; no kind fits cleanly -> optional"),
    R("上涨0.72%", "0.72%", "price_change", "上证指数", 0.72, "percent", D3, note="分别 list, first index"),
    R("0.72%、1.24%", "1.24%", "price_change", "深证成指", 1.24, "percent", D3, note="分别 list, second index"),
    R("1.24%和1.86%", "1.86%", "price_change", "创业板指", 1.86, "percent", D3, optional=True,
      note="repeat of the title figure"),
    R("报3912.45点", "3912.45点", "price", "上证指数", 3912.45, "points", D3),
    R("13208.67点", "13208.67点", "price", "深证成指", 13208.67, "points", D3),
    R("3105.32点", "3105.32点", "price", "创业板指", 3105.32, "points", D3),
    R("半导体指数大涨3.41%", "3.41%", "price_change", "半导体指数", 3.41, "percent", D3),
    R("收涨近2%", "近2%", "price_change", "券商板块", 2, "percent", D3, approx="nearly",
      note="sector move; subject as written"),
    R("煤炭指数下跌1.15%", "1.15%", "price_change", "煤炭指数", -1.15, "percent", D3),
    R("净买入61.37亿元", "61.37亿元", "cash_flow", "北向资金", 6.137e9, "CNY", D3, optional=True,
      note="northbound net buying (see title record)"),
    R("38.52亿元", "38.52亿元", "cash_flow", "沪股通", 3.852e9, "CNY", D3, optional=True,
      note="分别 list, Shanghai Connect net buying; borderline kind"),
    R("22.85亿元", "22.85亿元", "cash_flow", "深股通", 2.285e9, "CNY", D3, optional=True,
      note="分别 list, Shenzhen Connect net buying; borderline kind"),
    R("封住20%涨停", "20%", "price_change", "芯瀚科技", 20, "percent", D3, note="limit-up close of 20% (STAR board)"),
    R("收报86.40元", "86.40元", "price", "芯瀚科技", 86.40, "CNY", D3),
    R("澄川食品涨逾6%", "逾6%", "price_change", "澄川食品", 6, "percent", D3, approx="over"),
    R("收于28.15元", "28.15元", "price", "澄川食品", 28.15, "CNY", D3),
    R("贵州茅台涨0.58%", "0.58%", "price_change", "贵州茅台", 0.58, "percent", D3,
      note="real company in a side sentence; figure invented"),
    R("宁德时代跌2.3%", "2.3%", "price_change", "宁德时代", -2.3, "percent", D3,
      note="real company in a side sentence; figure invented"),
]

# ---------------------------------------------------------------------------------------
# 4. 經濟日報 pastiche (Traditional, Taiwan): monthly / cumulative revenue, capex plan
# ---------------------------------------------------------------------------------------
F4 = "h22_04_udn_lianyao.txt"
ARTICLES[F4] = (
    "聯耀光電11月營收38.62億元 月增12.4% 創同期新高",
    "記者林宛蓉／台北即時報導　光學模組廠聯耀光電（6847）今（10）日公布114年11月合併營收38.62億元，月增12.4%、年增27.9%，創歷年同期新高；"
    "累計前１１月營收３６１.０５億元，年增18.6%。聯耀表示，11月受惠北美客戶新機備貨，車用鏡頭出貨量超過2,100萬顆，月增近兩成；10月營收為34.36億元，去年11月則為30.20億元。"
    "法人預估，聯耀第4季營收可望達110億至115億元，季增約8%。聯耀第3季毛利率32.7%，季增1.9個百分點；稅後純益9.86億元，年增41.2%，"
    "每股純益（EPS）4.37元，前三季EPS達11.02元。為因應AI伺服器光通訊需求，聯耀董事會昨（9）日通過115年資本支出預算約新台幣65億元，"
    "較今年預估的逾40億元大幅增加，主要用於擴建高雄路竹新廠，預計116年第2季量產；今年前三季資本支出已達31.4億元。"
    "聯耀今日股價上漲4.8%，收在612元，外資同步調高目標價至750元。（經濟日報）",
)
S4, D4 = "聯耀光電", "2025-12-10"
RECORDS[F4] = [
    R("11月營收38.62億元 月增", "38.62億元", "revenue", S4, 3.862e9, "TWD", "2025-11", change={"mom": 12.4},
      note="title; 114年 = 2025 (ROC year); title states only the 月增"),
    R("合併營收38.62億元", "38.62億元", "revenue", S4, 3.862e9, "TWD", "2025-11", change={"mom": 12.4, "yoy": 27.9},
      optional=True, note="repeat of the title figure, with both rates"),
    R("累計前１１月營收３６１.０５億元", "３６１.０５億元", "revenue", S4, 3.6105e10, "TWD", "2025-01/2025-11",
      change={"yoy": 18.6}, note="full-width digits; cumulative Jan-Nov"),
    R("出貨量超過2,100萬顆", "超過2,100萬顆", "operating_metric", S4, 21000000, "units", "2025-11", approx="over",
      change={"mom": 20}, note="automotive lens shipments; 月增近兩成 -> mom 20 (the 近 hedges the rate, not the level)"),
    R("10月營收為34.36億元", "34.36億元", "revenue", S4, 3.436e9, "TWD", "2025-10",
      note="explicit prior-month comparator (38.62/34.36 = +12.4%)"),
    R("去年11月則為30.20億元", "30.20億元", "revenue", S4, 3.02e9, "TWD", "2024-11",
      note="explicit year-ago comparator (38.62/30.20 = +27.9%)"),
    R("可望達110億至115億元", "110億至115億元", "revenue", S4, 1.1e10, "TWD", "2025Q4", value_max=1.15e10,
      change={"qoq": 8}, optional=True, note="analyst (法人) estimate -> optional"),
    R("稅後純益9.86億元", "9.86億元", "net_profit", S4, 9.86e8, "TWD", "2025Q3", change={"yoy": 41.2}),
    R("預算約新台幣65億元", "約新台幣65億元", "capex_plan", S4, 6.5e9, "TWD", "2026", approx="about",
      note="115年 = 2026 capex budget approved by the board"),
    R("今年預估的逾40億元", "逾40億元", "capex_plan", S4, 4e9, "TWD", "2025", approx="over",
      note="company's own estimate for full-year 2025 capex (year not finished) -> capex_plan; capex is the alternative reading"),
    R("資本支出已達31.4億元", "31.4億元", "capex", S4, 3.14e9, "TWD", "2025Q1/2025Q3", note="spent in the first three quarters"),
    R("股價上漲4.8%", "4.8%", "price_change", S4, 4.8, "percent", D4, note="今日 = 2025-12-10"),
    R("收在612元", "612元", "price", S4, 612, "TWD", D4),
]

# ---------------------------------------------------------------------------------------
# 5. 信報 pastiche (Traditional, Hong Kong): developer interim results + project disposal
# ---------------------------------------------------------------------------------------
F5 = "h22_05_hkej_hanhai.txt"
ARTICLES[F5] = (
    "瀚海置業中期基本溢利按年跌18% 售沙田項目套現46億",
    "瀚海置業（01639.HK）昨（8月20日）公布截至2025年6月30日止中期業績，收入按年增加12.3%至118.46億元，股東應佔溢利23.57億元，按年倒退31.5%，"
    "主要受投資物業重估虧損約9.8億元拖累；撇除重估等影響，基本溢利按年跌18%至27.04億元，去年同期為32.98億元。分業務看，租賃業務收入21.35億元，按年增長4.6%，物業銷售收入約88億元，旗下商場出租率約95%。"
    "每股基本溢利1.26元，派中期息每股0.42元，與去年相同。期內集團合約銷售約196億元，按年增長逾兩成，已完成全年350億元銷售目標的56%。"
    "淨負債比率由去年底的38.2%升至41.6%。集團同時宣布，以代價46.2億元向中東資金背景的瑞峰投資出售沙田火炭住宅項目公司全部權益，"
    "預期錄得出售收益約5.1億元，交易預計今年第四季完成。管理層表示，下半年將推售不少於2,000個住宅單位，並維持全年資本開支不超過80億元的預算。"
    "瀚海置業股價昨收報11.78元，升3.1%，跑贏大市。（信報）",
)
S5, T5, D5 = "瀚海置業", "沙田火炭住宅項目公司", "2025-08-20"
RECORDS[F5] = [
    R("中期基本溢利按年跌18%", "18%", "adjusted_net_profit", S5, None, None, "2025H1", change={"yoy": -18},
      note="title: 基本溢利 (underlying profit, excluding revaluation) -> adjusted_net_profit; growth without level"),
    R("套現46億", "46億", "stake_sale", S5, 4.6e9, "HKD", D5, target=T5, counterparty="瑞峰投資", stake_pct=None,
      note="title: disposal consideration (body 46.2億元, within 0.5%); bare 億 in a HK paper read as HKD; 全部權益 but no percentage -> stake_pct null (seed Intime convention); period = announcement date"),
    R("至118.46億元", "118.46億元", "revenue", S5, 1.1846e10, "HKD", "2025H1", change={"yoy": 12.3}),
    R("租賃業務收入21.35億元", "21.35億元", "revenue", "瀚海置業-租賃業務", 2.135e9, "HKD", "2025H1", change={"yoy": 4.6},
      note="segment revenue (leasing)"),
    R("物業銷售收入約88億元", "約88億元", "revenue", "瀚海置業-物業銷售", 8.8e9, "HKD", "2025H1", approx="about",
      note="segment revenue (property sales)"),
    R("股東應佔溢利23.57億元", "23.57億元", "net_profit", S5, 2.357e9, "HKD", "2025H1", change={"yoy": -31.5},
      note="股東應佔溢利 = attributable (reported) net profit"),
    R("重估虧損約9.8億元", "約9.8億元", "net_profit", S5, -9.8e8, "HKD", "2025H1", approx="about", optional=True,
      note="investment-property revaluation loss: a component, not a reported net profit; kind debatable (cf. seed Intime 預計虧損, optional)"),
    R("至27.04億元", "27.04億元", "adjusted_net_profit", S5, 2.704e9, "HKD", "2025H1", change={"yoy": -18}),
    R("去年同期為32.98億元", "32.98億元", "adjusted_net_profit", S5, 3.298e9, "HKD", "2024H1",
      note="year-ago underlying profit"),
    R("合約銷售約196億元", "約196億元", "operating_metric", S5, 1.96e10, "HKD", "2025H1", approx="about",
      change={"yoy": 20}, optional=True,
      note="contracted sales: not revenue; no fitting kind (cf. seed GMV, optional operating_metric); 逾兩成 -> yoy 20"),
    R("全年350億元銷售目標", "350億元", "operating_metric", S5, 3.5e10, "HKD", "2025", optional=True,
      note="full-year contracted-sales target; same kind question as above"),
    R("以代價46.2億元", "46.2億元", "stake_sale", S5, 4.62e9, "HKD", D5, target=T5, counterparty="瑞峰投資",
      stake_pct=None, optional=True, note="repeat of the title consideration (46億), more precise"),
    R("以代價46.2億元", "46.2億元", "acquisition", "瑞峰投資", 4.62e9, "HKD", D5, target=T5, counterparty=S5,
      stake_pct=None, optional=True, note="same deal seen from the buyer's side; the text frames it only as a sale -> optional"),
    R("出售收益約5.1億元", "約5.1億元", "net_profit", S5, 5.1e8, "HKD", None, approx="about", optional=True,
      note="expected one-off gain on disposal, not consideration and not reported profit; kind debatable"),
    R("推售不少於2,000個", "不少於2,000個", "operating_metric", S5, 2000, "units", "2025H2", approx="at_least",
      note="company plan: residential units to be launched in the second half"),
    R("資本開支不超過80億元", "不超過80億元", "capex_plan", S5, 8e9, "HKD", "2025", approx="up_to",
      note="full-year capex budget"),
    R("收報11.78元", "11.78元", "price", S5, 11.78, "HKD", D5),
    R("升3.1%", "3.1%", "price_change", S5, 3.1, "percent", D5),
]

# ---------------------------------------------------------------------------------------
# 6. am730 pastiche (Traditional, Hong Kong): market wrap
# ---------------------------------------------------------------------------------------
F6 = "h22_06_am730_hk_close.txt"
ARTICLES[F6] = (
    "港股三連升 恒指收漲356點 科指升2.1%",
    "港股今日（2025年11月27日）延續升勢，恒指高開後反覆向上，收市報26418點，升356點或1.37%；國指及科指分別升1.52%及2.1%，"
    "收報9382點及5864點。大市全日成交約2386億元，較昨日增加逾一成。南向資金淨流入約86億港元。"
    "藍籌股普遍造好，騰訊（0700）升2.8%，收報648元；美團（3690）反彈4.3%，收報102.6元；阿里巴巴（9988）則微跌0.4%；匯豐（0005）跌0.7%，收報103.5元。"
    "個股方面，新能源車股華馳汽車（02638）公布11月交付量１８６４２輛，按年增長６５％，股價急升12.5%，收報48.35元，創上市新高，"
    "有大行予其目標價62元；本地地產股瀚海置業（01639）逆市跌3.6%，收報10.72元。"
    "大市升跌股份比例約為3比1；沽空金額約312億元，沽空比率13.1%。恒指本周累升逾800點，年內累計升約31%，現價相當於預測市盈率約11.2倍。（am730）",
)
D6 = "2025-11-27"
RECORDS[F6] = [
    R("恒指收漲356點", "356點", "price_change", "恒指", 356, "points", D6, note="title"),
    R("科指升2.1%", "2.1%", "price_change", "科指", 2.1, "percent", D6, note="title"),
    R("收市報26418點", "26418點", "price", "恒指", 26418, "points", D6),
    R("升356點或", "356點", "price_change", "恒指", 356, "points", D6, optional=True, note="repeat of the title figure"),
    R("356點或1.37%", "1.37%", "price_change", "恒指", 1.37, "percent", D6),
    R("升1.52%及", "1.52%", "price_change", "國指", 1.52, "percent", D6, note="分別 list, first index"),
    R("1.52%及2.1%", "2.1%", "price_change", "科指", 2.1, "percent", D6, optional=True,
      note="分別 list, second index; repeat of the title figure"),
    R("收報9382點", "9382點", "price", "國指", 9382, "points", D6),
    R("及5864點", "5864點", "price", "科指", 5864, "points", D6),
    R("淨流入約86億港元", "約86億港元", "cash_flow", "南向資金", 8.6e9, "HKD", D6, approx="about", optional=True,
      note="southbound net inflow: a market flow, borderline kind"),
    R("騰訊（0700）升2.8%", "2.8%", "price_change", "tencent", 2.8, "percent", D6, note="real company, invented figure"),
    R("收報648元", "648元", "price", "tencent", 648, "HKD", D6),
    R("反彈4.3%", "4.3%", "price_change", "meituan", 4.3, "percent", D6),
    R("收報102.6元", "102.6元", "price", "meituan", 102.6, "HKD", D6),
    R("微跌0.4%", "0.4%", "price_change", "alibaba", -0.4, "percent", D6),
    R("匯豐（0005）跌0.7%", "0.7%", "price_change", "匯豐", -0.7, "percent", D6, note="real company, invented figure"),
    R("收報103.5元", "103.5元", "price", "匯豐", 103.5, "HKD", D6),
    R("交付量１８６４２輛", "１８６４２輛", "operating_metric", "華馳汽車", 18642, "vehicles", "2025-11",
      change={"yoy": 65}, note="full-width digits and ６５％"),
    R("急升12.5%", "12.5%", "price_change", "華馳汽車", 12.5, "percent", D6),
    R("收報48.35元", "48.35元", "price", "華馳汽車", 48.35, "HKD", D6),
    R("逆市跌3.6%", "3.6%", "price_change", "瀚海置業", -3.6, "percent", D6),
    R("收報10.72元", "10.72元", "price", "瀚海置業", 10.72, "HKD", D6),
    R("本周累升逾800點", "逾800點", "price_change", "恒指", 800, "points", "2025-11-24/2025-11-27", approx="over",
      note="week-to-date move (Mon 24 to Thu 27 Nov 2025)"),
    R("年內累計升約31%", "約31%", "price_change", "恒指", 31, "percent", "2025", approx="about", note="YTD move"),
]


# ---------------------------------------------------------------------------------------


def sentence_of(text, start, end):
    lo = max(text.rfind(c, 0, start) for c in "。！？\n") + 1
    his = [i for i in (text.find(c, end) for c in "。！？\n") if i != -1]
    hi = min(his) + 1 if his else len(text)
    return text[lo:hi].rstrip("\n")


def main():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    out = []
    for fname, (title, body) in ARTICLES.items():
        assert "\n" not in title and "\n" not in body
        text = title + "\n" + body
        with open(os.path.join(HERE, "articles", fname), "w", encoding="utf-8") as f:
            f.write(text)
        doc = f"{fname}#1"
        for r in RECORDS[fname]:
            ctx, quote = r["ctx"], r["quote"]
            assert text.count(ctx) == 1, (fname, ctx, text.count(ctx))
            assert ctx.count(quote) == 1, (fname, ctx, quote)
            start = text.index(ctx) + ctx.index(quote)
            span = [start, start + len(quote)]
            assert text[span[0]:span[1]] == quote
            rec = {"doc": doc, "kind": r["kind"], "subject": r["subject"]}
            v = r["value"]
            if isinstance(v, float) and v.is_integer() and abs(v) >= 1000:
                v = int(v)
            vm = r["value_max"]
            if isinstance(vm, float) and vm.is_integer():
                vm = int(vm)
            rec.update(value=v, value_max=vm, unit=r["unit"], approx=r["approx"], period=r["period"],
                       change=r["change"], span=span, quote=quote,
                       sentence=sentence_of(text, span[0], span[1]), rule=RULE)
            if r["kind"] in DEAL_KINDS:
                rec.update(target=r["target"], counterparty=r["counterparty"], stake_pct=r["stake_pct"])
            if r["optional"]:
                rec["optional"] = True
            if r["delta"]:
                rec["delta"] = True
            if r["note"]:
                rec["note"] = r["note"]
            out.append(rec)
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # summary table
    for fname, (title, body) in ARTICLES.items():
        recs = [x for x in out if x["doc"] == f"{fname}#1"]
        req = sum(1 for x in recs if not x.get("optional"))
        print(f"{fname}\ttitle={len(title)}\tbody={len(body)}\trequired={req}\toptional={len(recs) - req}")
    print(f"total records {len(out)}: required {sum(1 for x in out if not x.get('optional'))}, "
          f"optional {sum(1 for x in out if x.get('optional'))}")


if __name__ == "__main__":
    main()
