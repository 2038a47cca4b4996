#!/usr/bin/env python3
"""Build the heldout19 articles and gold records.

Every figure in these articles is invented. Each record is located by a context string
that must occur exactly once in its document; the quote must occur exactly once inside
that context. span/quote/sentence are computed here, never typed by hand.
Run: python3 build_gold.py   (writes articles/*.txt and gold.jsonl beside this file)
"""
import json
import os
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
RULE = "heldout19-manual"

ARTICLES = {}

ARTICLES["01_yicai_evening_digest.txt"] = (
    "晚间快讯｜华能国际前11月发电量同比增3.2%，吉祥航空11月运送旅客逾200万人次",
    "第一财经12月8日晚间快讯，以下为今日晚间沪深两市重要公告速览。"
    "1.华能国际（600011.SH）公告，公司中国境内各运行电厂2025年1-11月累计完成发电量4,312.6亿千瓦时，同比增长3.2%；其中11月单月发电量约382亿千瓦时，同比下降1.5%，环比增长6.8%。"
    "2.国投电力（600886.SH）称，1-11月境内控股企业累计完成售电量1,186.4亿千瓦时，同比减少2.7%。"
    "3.广州发展（600098.SH）披露，11月属下燃煤及燃气电厂合计完成发电量18.6亿千瓦时，同比增长12%；同期天然气销售量约3.1亿立方米。"
    "4.长江电力（600900.SH）公告，前11月六座梯级电站总发电量近2,890亿千瓦时，同比增加5.3%；公司同时拟每10股派发现金红利2.1元（含税）。"
    "5.吉祥航空（603885.SH）11月旅客运输量为203.6万人次，同比增长9.4%，环比下降4.1%；客座率85.6%，同比提升1.2个百分点。"
    "6.中国太保（601601.SH）公告，1-11月太保寿险累计原保险保费收入2,459.8亿元，同比增长7.1%；太保产险累计原保险保费收入1,812亿元，同比增长0.6%。"
    "7.海天味业（603288.SH）拟以不低于5亿元且不超过10亿元回购股份，回购价格不超过55元/股。",
)

ARTICLES["02_21jingji_semi_equipment.txt"] = (
    "半导体设备三季报透视：北方华创前三季营收逾270亿，拓荆科技单季净利翻倍",
    "21世纪经济报道记者 上海报道　国产半导体设备厂商2025年三季报已悉数披露。"
    "北方华创（002371.SZ）前三季度实现营业收入273.6亿元，同比增长32.4%；归母净利润52.1亿元，同比增长14.6%。"
    "其中第三季度单季营收111.2亿元，环比增长24%。"
    "前三季度公司研发投入约31亿元，毛利率则由去年同期的44.2%回落至41.7%。"
    "中微公司（688012.SH）前三季营收80.6亿元，同比增长四成；单季净利润4.9亿元，上年同期为3.6亿元。"
    "截至9月底，中微公司在手订单约120亿至130亿元。"
    "据第三方机构统计，前三季度中微公司在国内CCP刻蚀设备市场的份额约为32%。"
    "拓荆科技（688072.SH）第三季度净利润2.6亿元，同比翻倍，前三季营收突破40亿元。"
    "盛美上海（688082.SH）将全年营收指引上调至65亿至71亿元，此前预计为59亿至63亿元。"
    "芯源微（688037.SH）则由盈转亏，前三季度归母净利润亏损0.83亿元，去年同期盈利1.12亿元。"
    "华海清科（688120.SH）与京仪装备（688652.SH）三季度营收分别为12.3亿元、3.4亿元。"
    "目前设备板块平均市盈率约58倍，有券商给予北方华创目标价520元。"
    "业内预计，明年国内晶圆厂设备采购额将超过300亿美元，国产设备市场份额有望从约25%提升至30%左右。",
)

ARTICLES["03_eeo_property_sales.txt"] = (
    "房企11月成绩单：万科前11月销售额约1215亿元，新世界发展年内套现逾百亿港元",
    "经济观察网 记者 2025年12月3日　多家房企近日披露11月经营数据。"
    "万科A（000002.SZ）11月实现合同销售面积82.4万平方米，合同销售金额106.3亿元；1-11月累计合同销售金额约1,215亿元，同比下降37%。"
    "保利发展（600048.SH）前11月签约金额2,756亿元，同比减少15.8%，签约面积约1,386万平方米。"
    "绿城中国（03900.HK）同期累计权益销售额近1,180亿元。"
    "资产处置仍是房企回血的主旋律。"
    "万科11月28日公告，以不超过36亿元将所持上海某物流园区公司70%股权转让予黑石旗下基金。"
    "新世界发展（00017.HK）今年以来累计出售非核心资产套现逾100亿港元，其中以约28.5亿港元向独立第三方出售广州某综合体项目公司50%权益。"
    "该公司截至2025年6月30日止年度收入约367亿港元，股东应占亏损162.8亿港元，上年度亏损197亿港元。"
    "碧桂园（02007.HK）上半年营收约252亿元，股东应占亏损收窄至12.6亿元，去年同期亏损约128.7亿元。"
    "克而瑞数据显示，TOP100房企11月单月销售额约2,600亿元，环比上升12%。"
    "不过，行业平均去化率已不足四成，保利发展市值亦跌至约980亿元。",
)

ARTICLES["04_redstar_tea_stores.txt"] = (
    "蜜雪冰城门店破5万家、霸王茶姬会员近2亿，新茶饮“规模战”谁在领跑？",
    "红星资本局12月10日消息，截至2025年9月30日，蜜雪集团（02097.HK）全球门店总数达53,014家，较去年同期净增约1.2万家，其中海外门店近4,800家。"
    "上半年，蜜雪集团营收148.7亿元，同比增长39.3%，净利润27.2亿元。"
    "霸王茶姬（CHA.US）第三季度总GMV为79.6亿元，同比下降4.2%；注册会员总数突破1.9亿，季度活跃会员约3,540万，环比减少一成。"
    "截至三季度末，其全球门店7,338家，单季净增184家。"
    "瑞幸咖啡（LKNCY）三季度新开门店3,008家，门店总数达29,214家，月均交易客户数约1.12亿，首次突破一亿。"
    "古茗（01364.HK）门店数超过1.1万家，单店日均GMV约7,000元。"
    "另一边，周大福（01929.HK）2026财年上半年（截至2025年9月30日止六个月）营业额约389.9亿港元，同比下降1.1%，期内净关闭门店611家；"
    "奈雪的茶（02150.HK）上半年经调整净亏损1.02亿元，亏损同比收窄70%。",
)

ARTICLES["05_singtao_fosun_disposals.txt"] = (
    "復星國際年內套現逾300億人民幣 再沽兩項資產",
    "復星國際（00656）周三（10日）晚公告，附屬公司已與奧地利BAWAG集團訂立協議，以約6.72億歐元（約55.4億港元）出售所持德國私人銀行HAL（Hauck Aufhäuser Lampe）全部99.9%股權；"
    "同日另擬透過大宗交易減持豫園股份（600655）最多5%股份，套現不超過8.7億元人民幣。"
    "連同上述交易，集團今年以來累計套現約312億元人民幣，較去年全年約185億元人民幣增逾六成，已超出年初訂下「至少250億元人民幣」的目標。"
    "業績方面，復星前三季收入1,342.5億元人民幣，按年跌3.8%；歸屬股東淨利潤約19.6億元人民幣，去年同期虧損4.1億元人民幣，轉虧為盈。"
    "集團計劃明年再處置不少於200億元人民幣非核心資產，並將淨負債比率由58.3%降至50%以下。"
    "旗下復星醫藥（02196）同日亦宣布，以約1.44億美元收購美國一家生物科技公司60%權益，並向一家人工智能藥物研發企業注資4,000萬美元。"
    "復星國際股價昨日收報4.95港元，升6.2%，成交額2.1億港元；公司年內已回購約1,200萬股，有分析員維持目標價5.6港元。"
    "（星島日報 2025年12月12日）",
)

ARTICLES["06_hket_ev_results.txt"] = (
    "小鵬第三季收入按年增逾1倍 虧損收窄至3.8億人幣",
    "【hket 即時】小鵬汽車（09868）今日（17日）公布截至2025年9月30日止第三季業績，總收入203.8億元（人民幣，下同），按年增長102%，按季增長11.5%；淨虧損3.8億元，上年同期及上季分別虧損18.1億元及4.8億元。"
    "期內汽車銷售收入約184億元，毛利率20.1%；經營虧損收窄至5.6億元。"
    "第三季共交付新車116,007輛，按年增長149%，按季增長12.2%。"
    "集團預期第四季交付量介乎125,000至132,000輛，收入介乎215億至228億元。"
    "截至9月底，小鵬現金及短期投資等共483.3億元；10月新增大定訂單逾4萬張。"
    "同業方面，零跑汽車（09863）上半年收入242.5億元，按年增1.7倍，錄得淨利潤0.3億元，去年同期淨虧損22.1億元，轉虧為盈；"
    "零跑10月交付70,289輛，首十個月累計交付逾46萬輛，全年目標維持58萬至65萬輛。"
    "蔚來（09866）10月交付40,397輛，按月增16.3%。"
    "小鵬股價午後升3.4%，報95.2港元。"
    "（2025-11-17 14:32）",
)

ARTICLES["07_udn_airlines_shipping.txt"] = (
    "長榮航11月營收年增8.6% 星宇前11月載客破300萬人次",
    "本報記者／台北報導　航空、海運業11月營收昨（9）日出爐。"
    "長榮航（2618）11月合併營收192.47億元，月減3.2%、年增8.6%，累計前11月營收2,136.8億元，年增5.9%，創同期新高。"
    "華航（2610）11月自結合併營收183.6億元，其中客運收入約109億元，貨運收入65.2億元，年減4.1%；當月載客約98.7萬人次，貨運量逾12萬公噸。"
    "星宇航空（2646）11月營收43.1億元，年增31.2%，前11月累計載客312.4萬人次。"
    "華航、長榮航、星宇三家前11月合計載客約2,146萬人次。"
    "貨櫃航運方面，長榮海運（2603）11月營收267.9億元，月增2.4%、年減38.6%；陽明（2609）、萬海（2615）11月營收分別為124.5億元、90.3億元，前11月累計營收則分別為１，５２９億元、１，０８８億元。"
    "上海出口貨櫃運價指數（SCFI）上周五（5日）報1,397.63點，周跌3.1%。"
    "法人估長榮航明年EPS約4.2元，本益比約9倍，今年配息2.5元。"
    "（2025/12/10 經濟日報）",
)

ARTICLES["08_cnyes_twse_wrap.txt"] = (
    "台股漲逾200點 金控股發威 富邦金前11月賺逾千億",
    "鉅亨網記者 台北 2025-12-10　台股今(10)日在台積電(2330)領軍下走高，加權指數終場上漲218.46點或0.79%，收27,836.12點，成交金額4,512.3億元；櫃買指數漲1.12%，收268.45點。"
    "台積電收1,465元，漲1.7%；聯發科(2454)、日月光投控(3711)均漲逾3%；半導體設備股弘塑(3131)、辛耘(3583)分別大漲9.8%、7.2%，京鼎(3413)則跌近4%。"
    "三大法人合計買超152.6億元。"
    "金控股方面，富邦金(2881)自結11月稅後純益126.8億元，累計前11月稅後純益1,052.3億元，年減6.4%，每股盈餘7.62元；"
    "國泰金(2882)前11月獲利約998億元，年增3.1%，旗下國泰人壽前11月賺657億元。"
    "中信金(2891)11月獲利46.5億元，月減約兩成。"
    "凱基金(2883)前11月稅後純益112.6億元，年增逾三成。"
    "富邦金終場收92.8元，漲2.43%。",
)


def n(s, mult):
    """'4312.6', 10**8 -> 431260000000 (exact decimal arithmetic)."""
    v = Decimal(s) * mult
    if v == v.to_integral_value():
        return int(v)
    return float(v)


YI, WAN = 10 ** 8, 10 ** 4

RECORDS = []


def R(f, ctx, quote, kind, subject, value, unit, approx=None, period=None, change=None,
      value_max=None, optional=False, note=None, deal=None, delta=None):
    rec = dict(file=f, ctx=ctx, quote=quote, kind=kind, subject=subject, value=value,
               value_max=value_max, unit=unit, approx=approx, period=period, change=change,
               optional=optional, note=note, deal=deal, delta=delta)
    RECORDS.append(rec)


def D(target, counterparty=None, stake_pct=None):
    return dict(target=target, counterparty=counterparty, stake_pct=stake_pct)


# ---------------------------------------------------------------- 01 第一财经 晚间快讯
F = "01_yicai_evening_digest.txt"
R(F, "前11月发电量同比增3.2%", "3.2%", "operating_metric", "huaneng-power", None, None,
  period="2025-01/2025-11", change={"yoy": 3.2},
  note="title; growth of Huaneng's Jan-Nov power generation without a level (the level is in the body)")
R(F, "运送旅客逾200万人次", "逾200万人次", "operating_metric", "juneyao-airlines", 2000000, "passengers",
  approx="over", period="2025-11",
  note="title; rounded form of the body's 203.6万人次 (more than 0.5% apart, so a figure of its own)")
R(F, "累计完成发电量4,312.6亿千瓦时", "4,312.6亿千瓦时", "operating_metric", "huaneng-power", n("4312.6", YI), "kWh",
  period="2025-01/2025-11", change={"yoy": 3.2}, note="发电量 in kWh; 1-11月 -> 2025-01/2025-11")
R(F, "单月发电量约382亿千瓦时", "约382亿千瓦时", "operating_metric", "huaneng-power", n("382", YI), "kWh",
  approx="about", period="2025-11", change={"yoy": -1.5, "mom": 6.8},
  note="环比 of a monthly figure -> mom")
R(F, "售电量1,186.4亿千瓦时", "1,186.4亿千瓦时", "operating_metric", "sdic-power", n("1186.4", YI), "kWh",
  period="2025-01/2025-11", change={"yoy": -2.7}, note="售电量 (electricity sold); 同比减少 -> negative")
R(F, "合计完成发电量18.6亿千瓦时", "18.6亿千瓦时", "operating_metric", "guangzhou-development", n("18.6", YI), "kWh",
  period="2025-11", change={"yoy": 12})
R(F, "约3.1亿立方米", "约3.1亿立方米", "operating_metric", "guangzhou-development", n("3.1", YI), "cubic_meters",
  approx="about", period="2025-11", note="natural-gas sales volume; 同期 = November")
R(F, "近2,890亿千瓦时", "近2,890亿千瓦时", "operating_metric", "cypc", n("2890", YI), "kWh",
  approx="nearly", period="2025-01/2025-11", change={"yoy": 5.3},
  note="前11月; the dividend 每10股派2.1元 in the same sentence is not a record")
R(F, "旅客运输量为203.6万人次", "203.6万人次", "operating_metric", "juneyao-airlines", n("203.6", WAN), "passengers",
  period="2025-11", change={"yoy": 9.4, "mom": -4.1},
  note="load factor 85.6% and +1.2个百分点 are ratios / percentage points, not records")
R(F, "保费收入2,459.8亿元", "2,459.8亿元", "revenue", "cpic-life", n("2459.8", YI), "CNY",
  period="2025-01/2025-11", change={"yoy": 7.1},
  note="原保险保费收入 (gross written premium) of the life unit read as revenue")
R(F, "保费收入1,812亿元", "1,812亿元", "revenue", "cpic-property", n("1812", YI), "CNY",
  period="2025-01/2025-11", change={"yoy": 0.6}, note="P&C unit premium income read as revenue")
# not records: 每10股派2.1元 (dividend), 85.6% (load factor), 1.2个百分点, buyback 5亿-10亿元, 55元/股, item numbers, tickers

# ---------------------------------------------------------------- 02 21世纪经济报道 深度
F = "02_21jingji_semi_equipment.txt"
R(F, "前三季营收逾270亿", "逾270亿", "revenue", "naura", n("270", YI), "CNY", approx="over",
  period="2025Q1/2025Q3", note="title; bare 亿 read as CNY; rounded form of the body's 273.6亿元")
R(F, "单季净利翻倍", "翻倍", "net_profit", "piotech", None, None, period="2025Q3", change={"yoy": 100},
  note="title; 翻倍 -> +100, growth without a level; basis yoy from the body (同比翻倍)")
R(F, "营业收入273.6亿元", "273.6亿元", "revenue", "naura", n("273.6", YI), "CNY",
  period="2025Q1/2025Q3", change={"yoy": 32.4})
R(F, "归母净利润52.1亿元", "52.1亿元", "net_profit", "naura", n("52.1", YI), "CNY",
  period="2025Q1/2025Q3", change={"yoy": 14.6}, note="归母净利润 (attributable) is the net_profit kind")
R(F, "单季营收111.2亿元", "111.2亿元", "revenue", "naura", n("111.2", YI), "CNY",
  period="2025Q3", change={"qoq": 24}, note="环比 of a quarterly figure -> qoq")
R(F, "研发投入约31亿元", "约31亿元", "cost", "naura", n("31", YI), "CNY", approx="about",
  period="2025Q1/2025Q3", note="R&D spend is the cost kind; gross margins 44.2% / 41.7% in the same sentence are not records")
R(F, "前三季营收80.6亿元", "80.6亿元", "revenue", "amec", n("80.6", YI), "CNY",
  period="2025Q1/2025Q3", change={"yoy": 40}, note="同比增长四成 -> yoy +40")
R(F, "单季净利润4.9亿元", "4.9亿元", "net_profit", "amec", n("4.9", YI), "CNY", period="2025Q3")
R(F, "上年同期为3.6亿元", "3.6亿元", "net_profit", "amec", n("3.6", YI), "CNY", period="2024Q3",
  note="year-ago comparator of the single-quarter net profit")
R(F, "在手订单约120亿至130亿元", "约120亿至130亿元", "operating_metric", "amec", n("120", YI), "CNY",
  value_max=n("130", YI), approx="about", period="2025-09-30", optional=True,
  note="order backlog in money; kind debatable (operating_metric vs orders), as the seed gold's Google Cloud backlog; 截至9月底 -> point in time 2025-09-30")
R(F, "市场的份额约为32%", "32%", "market_share", "amec", 32, "percent", approx="about",
  period="2025Q1/2025Q3", note="share of the domestic CCP etch-equipment market (third-party data), period from 前三季度; 约为 hedges the figure (about) though it sits outside the quote")
R(F, "第三季度净利润2.6亿元", "2.6亿元", "net_profit", "piotech", n("2.6", YI), "CNY",
  period="2025Q3", change={"yoy": 100}, note="同比翻倍 -> yoy +100")
R(F, "前三季营收突破40亿元", "突破40亿元", "revenue", "piotech", n("40", YI), "CNY", approx="over",
  period="2025Q1/2025Q3", note="突破 read as over (seed convention)")
R(F, "上调至65亿至71亿元", "65亿至71亿元", "revenue", "acm-shanghai", n("65", YI), "CNY",
  value_max=n("71", YI), period="2025", note="company's raised full-year revenue guidance (metric's kind)")
R(F, "此前预计为59亿至63亿元", "59亿至63亿元", "revenue", "acm-shanghai", n("59", YI), "CNY",
  value_max=n("63", YI), period="2025", note="earlier (superseded) guidance, recorded like the seed gold's Google 850億")
R(F, "亏损0.83亿元", "0.83亿元", "net_profit", "kingsemi", n("-0.83", YI), "CNY",
  period="2025Q1/2025Q3", note="归母净利润亏损 -> negative")
R(F, "去年同期盈利1.12亿元", "1.12亿元", "net_profit", "kingsemi", n("1.12", YI), "CNY",
  period="2024Q1/2024Q3", note="year-ago profit (由盈转亏)")
R(F, "分别为12.3亿元", "12.3亿元", "revenue", "hwatsing", n("12.3", YI), "CNY", period="2025Q3",
  note="分别 construction, first company")
R(F, "、3.4亿元", "3.4亿元", "revenue", "jingyi", n("3.4", YI), "CNY", period="2025Q3",
  note="分别 construction, second company")
R(F, "将超过300亿美元", "超过300亿美元", "capex_plan", "国内晶圆厂", n("300", YI), "USD", approx="over",
  period="2026", optional=True,
  note="industry forecast (业内预计) of next year's fab equipment purchases; no company; subject as written")
R(F, "从约25%提升", "约25%", "market_share", "国产设备", 25, "percent", approx="about", optional=True,
  note="current share of domestic equipment vendors (a group, not a company); period not pinned")
R(F, "30%左右", "30%左右", "market_share", "国产设备", 30, "percent", approx="about", period="2026", optional=True,
  note="forecast share (有望…提升至) for next year; optional")
# not records: 44.2% / 41.7% (margins), 市盈率约58倍, 目标价520元, tickers

# ---------------------------------------------------------------- 03 经济观察网
F = "03_eeo_property_sales.txt"
R(F, "销售额约1215亿元", "约1215亿元", "operating_metric", "vanke", n("1215", YI), "CNY", approx="about",
  period="2025-01/2025-11", optional=True,
  note="title; contracted sales (合同销售金额) in money: not revenue; no fitting kind, so operating_metric and optional as the seed gold's GMV")
R(F, "套现逾百亿港元", "逾百亿港元", "divestment_proceeds", "nwd", n("100", YI), "HKD", approx="over",
  period="2025", note="title; 百亿 = 10bn; 年内 -> 2025")
R(F, "合同销售面积82.4万平方米", "82.4万平方米", "operating_metric", "vanke", n("82.4", WAN), "square_meters",
  period="2025-11", note="contracted GFA")
R(F, "合同销售金额106.3亿元", "106.3亿元", "operating_metric", "vanke", n("106.3", YI), "CNY",
  period="2025-11", optional=True, note="contracted sales in money (see title note)")
R(F, "合同销售金额约1,215亿元", "约1,215亿元", "operating_metric", "vanke", n("1215", YI), "CNY",
  approx="about", period="2025-01/2025-11", change={"yoy": -37}, optional=True,
  note="repeat of the title figure; contracted sales (see title note)")
R(F, "签约金额2,756亿元", "2,756亿元", "operating_metric", "poly-developments", n("2756", YI), "CNY",
  period="2025-01/2025-11", change={"yoy": -15.8}, optional=True, note="contracted sales in money (see title note)")
R(F, "签约面积约1,386万平方米", "约1,386万平方米", "operating_metric", "poly-developments", n("1386", WAN),
  "square_meters", approx="about", period="2025-01/2025-11", note="contracted GFA")
R(F, "权益销售额近1,180亿元", "近1,180亿元", "operating_metric", "greentown", n("1180", YI), "CNY",
  approx="nearly", period="2025-01/2025-11", optional=True,
  note="attributable contracted sales; 同期 = 前11月; contracted sales (see title note)")
R(F, "以不超过36亿元", "不超过36亿元", "stake_sale", "vanke", n("36", YI), "CNY", approx="up_to",
  period="2025-11-28", deal=D("上海某物流园区公司", "blackstone", 70),
  note="buyer is a Blackstone fund (黑石旗下基金) -> parent blackstone as counterparty; target named only generically; period = announcement date")
R(F, "套现逾100亿港元", "逾100亿港元", "divestment_proceeds", "nwd", n("100", YI), "HKD", approx="over",
  period="2025", optional=True, note="repeat of the title figure")
R(F, "以约28.5亿港元", "约28.5亿港元", "stake_sale", "nwd", n("28.5", YI), "HKD", approx="about",
  period="2025", deal=D("广州某综合体项目公司", None, 50),
  note="one of the 2025 disposals (其中); buyer unnamed (独立第三方)")
R(F, "收入约367亿港元", "约367亿港元", "revenue", "nwd", n("367", YI), "HKD", approx="about",
  period="2024Q3/2025Q2", note="fiscal year ended 2025-06-30 -> 2024Q3/2025Q2")
R(F, "股东应占亏损162.8亿港元", "162.8亿港元", "net_profit", "nwd", n("-162.8", YI), "HKD",
  period="2024Q3/2025Q2", note="股东应占亏损 -> negative net profit")
R(F, "上年度亏损197亿港元", "197亿港元", "net_profit", "nwd", n("-197", YI), "HKD",
  period="2023Q3/2024Q2", note="prior fiscal year (ended 2024-06-30)")
R(F, "营收约252亿元", "约252亿元", "revenue", "country-garden", n("252", YI), "CNY", approx="about",
  period="2025H1")
R(F, "收窄至12.6亿元", "12.6亿元", "net_profit", "country-garden", n("-12.6", YI), "CNY",
  period="2025H1", note="股东应占亏损收窄至 -> negative; no narrowing rate given")
R(F, "去年同期亏损约128.7亿元", "约128.7亿元", "net_profit", "country-garden", n("-128.7", YI), "CNY",
  approx="about", period="2024H1")
R(F, "销售额约2,600亿元", "约2,600亿元", "operating_metric", "TOP100房企", n("2600", YI), "CNY", approx="about",
  period="2025-11", change={"mom": 12}, optional=True,
  note="industry aggregate (CRIC), not a company; contracted sales; 环比 of a monthly figure -> mom")
# not records: 去化率不足四成 (ratio), 市值约980亿元 (valuation), 11月28日 (date)

# ---------------------------------------------------------------- 04 红星资本局
F = "04_redstar_tea_stores.txt"
R(F, "门店破5万家", "破5万家", "operating_metric", "mixue", 50000, "stores", approx="over",
  period="2025-09-30", note="title; 破 read as over; date from the body (截至2025年9月30日)")
R(F, "会员近2亿", "近2亿", "users", "chagee", n("2", YI), "members", approx="nearly", period="2025Q3",
  note="title; registered members; period from the body's 第三季度 context")
R(F, "门店总数达53,014家", "53,014家", "operating_metric", "mixue", 53014, "stores", period="2025-09-30",
  note="store count at a stated date -> the date")
R(F, "净增约1.2万家", "约1.2万家", "operating_metric", "mixue", 12000, "stores", approx="about",
  period="2025-09-30", optional=True, delta=("yoy"),
  note="较去年同期净增: absolute yoy change of the store count, not a level; optional with delta=true as in the seed gold")
R(F, "海外门店近4,800家", "近4,800家", "operating_metric", "mixue", 4800, "stores", approx="nearly",
  period="2025-09-30", note="overseas stores; subject the company (no segment id)")
R(F, "营收148.7亿元", "148.7亿元", "revenue", "mixue", n("148.7", YI), "CNY", period="2025H1",
  change={"yoy": 39.3})
R(F, "净利润27.2亿元", "27.2亿元", "net_profit", "mixue", n("27.2", YI), "CNY", period="2025H1")
R(F, "总GMV为79.6亿元", "79.6亿元", "operating_metric", "chagee", n("79.6", YI), "CNY", period="2025Q3",
  change={"yoy": -4.2}, optional=True, note="GMV: no fitting kind, operating_metric and optional as in the seed gold")
R(F, "注册会员总数突破1.9亿", "突破1.9亿", "users", "chagee", n("1.9", YI), "members", approx="over",
  period="2025Q3", note="registered members; 突破 -> over; differs from the title's 近2亿 by more than 0.5%, so required")
R(F, "季度活跃会员约3,540万", "约3,540万", "users", "chagee", n("3540", WAN), "members", approx="about",
  period="2025Q3", change={"qoq": -10}, note="环比减少一成 -> qoq -10")
R(F, "全球门店7,338家", "7,338家", "operating_metric", "chagee", 7338, "stores", period="2025-09-30",
  note="截至三季度末 -> 2025-09-30")
R(F, "单季净增184家", "184家", "operating_metric", "chagee", 184, "stores", period="2025Q3", optional=True,
  delta=("qoq"), note="net additions in the quarter: absolute change, not a level")
R(F, "新开门店3,008家", "3,008家", "operating_metric", "luckin", 3008, "stores", period="2025Q3",
  note="gross store openings in the quarter: a flow count of its own, not a change of the store count")
R(F, "门店总数达29,214家", "29,214家", "operating_metric", "luckin", 29214, "stores", period="2025Q3",
  note="no date given, period from 三季度")
R(F, "月均交易客户数约1.12亿", "约1.12亿", "users", "luckin", n("1.12", YI), "users", approx="about",
  period="2025Q3", note="average monthly transacting customers")
R(F, "首次突破一亿", "突破一亿", "users", "luckin", n("1", YI), "users", approx="over", period="2025Q3",
  note="Chinese numeral 一亿; milestone restatement with a different value (>0.5% from 1.12亿), so a record of its own")
R(F, "门店数超过1.1万家", "超过1.1万家", "operating_metric", "guming", 11000, "stores", approx="over",
  note="no date in the sentence -> period null")
R(F, "日均GMV约7,000元", "约7,000元", "operating_metric", "guming", 7000, "CNY", approx="about", optional=True,
  note="per-store daily GMV: a per-unit average, kind debatable")
R(F, "营业额约389.9亿港元", "约389.9亿港元", "revenue", "chow-tai-fook", n("389.9", YI), "HKD", approx="about",
  period="2025Q2/2025Q3", change={"yoy": -1.1},
  note="FY2026 H1 = six months to 2025-09-30 -> 2025Q2/2025Q3; 营业额 = revenue")
R(F, "净关闭门店611家", "611家", "operating_metric", "chow-tai-fook", -611, "stores", period="2025Q2/2025Q3",
  optional=True, delta=("period"), note="net closures over the half-year: absolute change, not a level")
R(F, "经调整净亏损1.02亿元", "1.02亿元", "adjusted_net_profit", "nayuki", n("-1.02", YI), "CNY",
  period="2025H1", change={"yoy": -70},
  note="亏损同比收窄70%: the loss shrank by 70% -> yoy -70 on the (negative) figure, following the seed gold's 每單虧損降低一半 -> -50")

# ---------------------------------------------------------------- 05 星島日報 財經
F = "05_singtao_fosun_disposals.txt"
R(F, "年內套現逾300億人民幣", "逾300億人民幣", "divestment_proceeds", "fosun", n("300", YI), "CNY", approx="over",
  period="2025", note="title; rounded form of the body's 約312億 (4% apart, so both are records)")
R(F, "以約6.72億歐元", "約6.72億歐元", "stake_sale", "fosun", n("6.72", YI), "EUR", approx="about",
  period="2025-12-10", deal=D("hal", "bawag", 99.9),
  note="sale through a subsidiary -> parent as subject; 周三（10日） with the paper dated 2025-12-12")
R(F, "約55.4億港元", "約55.4億港元", "stake_sale", "fosun", n("55.4", YI), "HKD", approx="about",
  period="2025-12-10", deal=D("hal", "bawag", 99.9), optional=True,
  note="currency conversion in parentheses of the EUR consideration")
R(F, "套現不超過8.7億元人民幣", "不超過8.7億元人民幣", "stake_sale", "fosun", n("8.7", YI), "CNY", approx="up_to",
  period="2025-12-10", deal=D("yuyuan", None, 5),
  note="planned block-trade reduction (擬), stake 最多5% (a maximum); proceeds capped (不超過); period = announcement date")
R(F, "累計套現約312億元人民幣", "約312億元人民幣", "divestment_proceeds", "fosun", n("312", YI), "CNY",
  approx="about", period="2025", change={"yoy": 60},
  note="今年以來 cumulative; 較去年全年…增逾六成 -> yoy +60 (the 逾 hedges the rate, not the level)")
R(F, "去年全年約185億元人民幣", "約185億元人民幣", "divestment_proceeds", "fosun", n("185", YI), "CNY",
  approx="about", period="2024", note="comparison figure for the full prior year")
R(F, "至少250億元人民幣", "至少250億元人民幣", "divestment_proceeds", "fosun", n("250", YI), "CNY",
  approx="at_least", period="2025", note="company target set at the start of the year (plan) -> metric's kind")
R(F, "收入1,342.5億元人民幣", "1,342.5億元人民幣", "revenue", "fosun", n("1342.5", YI), "CNY",
  period="2025Q1/2025Q3", change={"yoy": -3.8}, note="按年跌 -> yoy negative")
R(F, "淨利潤約19.6億元人民幣", "約19.6億元人民幣", "net_profit", "fosun", n("19.6", YI), "CNY", approx="about",
  period="2025Q1/2025Q3", note="歸屬股東淨利潤; 轉虧為盈")
R(F, "去年同期虧損4.1億元人民幣", "4.1億元人民幣", "net_profit", "fosun", n("-4.1", YI), "CNY",
  period="2024Q1/2024Q3", note="year-ago loss -> negative")
R(F, "不少於200億元人民幣", "不少於200億元人民幣", "divestment_proceeds", "fosun", n("200", YI), "CNY",
  approx="at_least", period="2026", note="plan for next year (明年); 不少於 -> at_least; net gearing 58.3% / 50% are not records")
R(F, "以約1.44億美元", "約1.44億美元", "acquisition", "fosun-pharma", n("1.44", YI), "USD", approx="about",
  period="2025-12-10", deal=D("美國一家生物科技公司", None, 60),
  note="listed subsidiary announcing its own deal -> its own id; target unnamed, as written; 同日 = 2025-12-10")
R(F, "注資4,000萬美元", "4,000萬美元", "investment", "fosun-pharma", n("4000", WAN), "USD",
  period="2025-12-10", deal=D("一家人工智能藥物研發企業", None, None), note="target unnamed, as written")
R(F, "收報4.95港元", "4.95港元", "price", "fosun", 4.95, "HKD", period="2025-12-11",
  note="昨日 relative to the 2025-12-12 dateline at the end")
R(F, "升6.2%", "6.2%", "price_change", "fosun", 6.2, "percent", period="2025-12-11")
# not records: 99.9% alone (stake of the deal above), 58.3% / 50% (gearing), 成交額2.1億港元 (turnover),
# 回購約1,200萬股 (buyback), 目標價5.6港元

# ---------------------------------------------------------------- 06 hket 即時
F = "06_hket_ev_results.txt"
R(F, "收入按年增逾1倍", "逾1倍", "revenue", "xpeng", None, None, approx="over", period="2025Q3",
  change={"yoy": 100}, note="title; 增逾1倍 -> yoy over +100, growth without a level (body: 102%)")
R(F, "虧損收窄至3.8億人幣", "3.8億人幣", "net_profit", "xpeng", n("-3.8", YI), "CNY", period="2025Q3",
  note="title; 人幣 = CNY; loss -> negative; no narrowing rate given")
R(F, "總收入203.8億元", "203.8億元", "revenue", "xpeng", n("203.8", YI), "CNY", period="2025Q3",
  change={"yoy": 102, "qoq": 11.5}, note="（人民幣，下同） fixes CNY for the article")
R(F, "淨虧損3.8億元", "3.8億元", "net_profit", "xpeng", n("-3.8", YI), "CNY", period="2025Q3", optional=True,
  note="repeat of the title figure")
R(F, "分別虧損18.1億元", "18.1億元", "net_profit", "xpeng", n("-18.1", YI), "CNY", period="2024Q3",
  note="上年同期 (分別 construction: year-ago quarter)")
R(F, "及4.8億元", "4.8億元", "net_profit", "xpeng", n("-4.8", YI), "CNY", period="2025Q2",
  note="上季 (分別 construction: previous quarter)")
R(F, "汽車銷售收入約184億元", "約184億元", "revenue", "xpeng-vehicle-sales", n("184", YI), "CNY",
  approx="about", period="2025Q3", note="vehicle-sales revenue line -> line id (as the seed gold's meituan-delivery-services); gross margin 20.1% not a record")
R(F, "經營虧損收窄至5.6億元", "5.6億元", "operating_profit", "xpeng", n("-5.6", YI), "CNY", period="2025Q3",
  note="經營虧損 -> negative operating profit; no narrowing rate given")
R(F, "交付新車116,007輛", "116,007輛", "operating_metric", "xpeng", 116007, "vehicles", period="2025Q3",
  change={"yoy": 149, "qoq": 12.2})
R(F, "介乎125,000至132,000輛", "125,000至132,000輛", "operating_metric", "xpeng", 125000, "vehicles",
  value_max=132000, period="2025Q4", note="company delivery guidance (range)")
R(F, "介乎215億至228億元", "215億至228億元", "revenue", "xpeng", n("215", YI), "CNY", value_max=n("228", YI),
  period="2025Q4", note="company revenue guidance (range)")
R(F, "大定訂單逾4萬張", "逾4萬張", "orders", "xpeng", 40000, "orders", approx="over", period="2025-10",
  note="new deposit orders (大定) in October; the cash balance 483.3億元 in the same sentence is not a record")
R(F, "上半年收入242.5億元", "242.5億元", "revenue", "leapmotor", n("242.5", YI), "CNY", period="2025H1",
  change={"yoy": 170}, note="按年增1.7倍 read as +170% (the common usage of 增X倍)")
R(F, "錄得淨利潤0.3億元", "0.3億元", "net_profit", "leapmotor", n("0.3", YI), "CNY", period="2025H1",
  note="轉虧為盈")
R(F, "去年同期淨虧損22.1億元", "22.1億元", "net_profit", "leapmotor", n("-22.1", YI), "CNY", period="2024H1")
R(F, "10月交付70,289輛", "70,289輛", "operating_metric", "leapmotor", 70289, "vehicles", period="2025-10")
R(F, "累計交付逾46萬輛", "逾46萬輛", "operating_metric", "leapmotor", 460000, "vehicles", approx="over",
  period="2025-01/2025-10", note="首十個月 -> 2025-01/2025-10")
R(F, "維持58萬至65萬輛", "58萬至65萬輛", "operating_metric", "leapmotor", 580000, "vehicles", value_max=650000,
  period="2025", note="full-year delivery target (company guidance)")
R(F, "10月交付40,397輛", "40,397輛", "operating_metric", "nio", 40397, "vehicles", period="2025-10",
  change={"mom": 16.3}, note="按月 -> mom")
R(F, "升3.4%", "3.4%", "price_change", "xpeng", 3.4, "percent", period="2025-11-17", note="intraday (午後)")
R(F, "報95.2港元", "95.2港元", "price", "xpeng", 95.2, "HKD", period="2025-11-17")
# not records: 毛利率20.1%, 現金及短期投資483.3億元 (balance), tickers

# ---------------------------------------------------------------- 07 經濟日報 產業
F = "07_udn_airlines_shipping.txt"
R(F, "長榮航11月營收年增8.6%", "8.6%", "revenue", "eva-air", None, None, period="2025-11", change={"yoy": 8.6},
  note="title; growth without a level")
R(F, "載客破300萬人次", "破300萬人次", "operating_metric", "starlux", 3000000, "passengers", approx="over",
  period="2025-01/2025-11", note="title; 破 -> over")
R(F, "合併營收192.47億元", "192.47億元", "revenue", "eva-air", n("192.47", YI), "TWD", period="2025-11",
  change={"mom": -3.2, "yoy": 8.6}, note="Taiwan article: bare 元 = TWD")
R(F, "累計前11月營收2,136.8億元", "2,136.8億元", "revenue", "eva-air", n("2136.8", YI), "TWD",
  period="2025-01/2025-11", change={"yoy": 5.9})
R(F, "自結合併營收183.6億元", "183.6億元", "revenue", "cal", n("183.6", YI), "TWD", period="2025-11")
R(F, "客運收入約109億元", "約109億元", "revenue", "cal-passenger", n("109", YI), "TWD", approx="about",
  period="2025-11", note="passenger revenue line -> line id")
R(F, "貨運收入65.2億元", "65.2億元", "revenue", "cal-cargo", n("65.2", YI), "TWD", period="2025-11",
  change={"yoy": -4.1}, note="cargo revenue line -> line id")
R(F, "載客約98.7萬人次", "約98.7萬人次", "operating_metric", "cal", n("98.7", WAN), "passengers", approx="about",
  period="2025-11")
R(F, "貨運量逾12萬公噸", "逾12萬公噸", "operating_metric", "cal", 120000, "tonnes", approx="over", period="2025-11")
R(F, "11月營收43.1億元", "43.1億元", "revenue", "starlux", n("43.1", YI), "TWD", period="2025-11",
  change={"yoy": 31.2})
R(F, "累計載客312.4萬人次", "312.4萬人次", "operating_metric", "starlux", n("312.4", WAN), "passengers",
  period="2025-01/2025-11", note="more than 0.5% from the title's 破300萬, so a record of its own")
R(F, "合計載客約2,146萬人次", "約2,146萬人次", "operating_metric", "cal+eva-air+starlux", n("2146", WAN),
  "passengers", approx="about", period="2025-01/2025-11", note="total of three airlines -> ids joined by + in alphabetical order")
R(F, "11月營收267.9億元", "267.9億元", "revenue", "evergreen-marine", n("267.9", YI), "TWD", period="2025-11",
  change={"mom": 2.4, "yoy": -38.6})
R(F, "分別為124.5億元", "124.5億元", "revenue", "yang-ming", n("124.5", YI), "TWD", period="2025-11")
R(F, "、90.3億元", "90.3億元", "revenue", "wan-hai", n("90.3", YI), "TWD", period="2025-11")
R(F, "分別為１，５２９億元", "１，５２９億元", "revenue", "yang-ming", n("1529", YI), "TWD",
  period="2025-01/2025-11", note="full-width digits and comma")
R(F, "、１，０８８億元", "１，０８８億元", "revenue", "wan-hai", n("1088", YI), "TWD",
  period="2025-01/2025-11", note="full-width digits and comma")
R(F, "報1,397.63點", "1,397.63點", "price", "scfi", 1397.63, "points", period="2025-12-05",
  note="上周五（5日） relative to the 2025-12-10 dateline")
R(F, "周跌3.1%", "3.1%", "price_change", "scfi", -3.1, "percent", period="2025-12-05",
  note="weekly move to Friday 2025-12-05 (alt period 2025-11-28/2025-12-05)")
# not records: EPS約4.2元, 本益比約9倍, 配息2.5元, tickers

# ---------------------------------------------------------------- 08 鉅亨網 台股
F = "08_cnyes_twse_wrap.txt"
R(F, "台股漲逾200點", "逾200點", "price_change", "taiex", 200, "points", approx="over", period="2025-12-10",
  note="title; 台股 = the TAIEX")
R(F, "前11月賺逾千億", "逾千億", "net_profit", "fubon", n("1000", YI), "TWD", approx="over",
  period="2025-01/2025-11", note="title; 千億 = 100bn; body 1,052.3億元 is more than 0.5% away, so both are records")
R(F, "上漲218.46點", "218.46點", "price_change", "taiex", 218.46, "points", period="2025-12-10")
R(F, "或0.79%", "0.79%", "price_change", "taiex", 0.79, "percent", period="2025-12-10")
R(F, "收27,836.12點", "27,836.12點", "price", "taiex", 27836.12, "points", period="2025-12-10")
R(F, "櫃買指數漲1.12%", "1.12%", "price_change", "tpex", 1.12, "percent", period="2025-12-10")
R(F, "收268.45點", "268.45點", "price", "tpex", 268.45, "points", period="2025-12-10")
R(F, "台積電收1,465元", "1,465元", "price", "tsmc", 1465, "TWD", period="2025-12-10")
R(F, "，漲1.7%", "1.7%", "price_change", "tsmc", 1.7, "percent", period="2025-12-10")
R(F, "均漲逾3%", "逾3%", "price_change", "mediatek", 3, "percent", approx="over", period="2025-12-10",
  note="one mention, two records (聯發科 and 日月光投控)")
R(F, "均漲逾3%", "逾3%", "price_change", "ase", 3, "percent", approx="over", period="2025-12-10",
  note="one mention, two records (聯發科 and 日月光投控)")
R(F, "分別大漲9.8%", "9.8%", "price_change", "grand-process", 9.8, "percent", period="2025-12-10")
R(F, "、7.2%", "7.2%", "price_change", "scientech", 7.2, "percent", period="2025-12-10")
R(F, "跌近4%", "近4%", "price_change", "foxsemicon", -4, "percent", approx="nearly", period="2025-12-10")
R(F, "11月稅後純益126.8億元", "126.8億元", "net_profit", "fubon", n("126.8", YI), "TWD", period="2025-11",
  note="自結 (self-reported) monthly after-tax profit")
R(F, "稅後純益1,052.3億元", "1,052.3億元", "net_profit", "fubon", n("1052.3", YI), "TWD",
  period="2025-01/2025-11", change={"yoy": -6.4}, note="EPS 7.62元 in the same sentence is not a record")
R(F, "獲利約998億元", "約998億元", "net_profit", "cathay", n("998", YI), "TWD", approx="about",
  period="2025-01/2025-11", change={"yoy": 3.1})
R(F, "前11月賺657億元", "657億元", "net_profit", "cathay-life", n("657", YI), "TWD", period="2025-01/2025-11",
  note="subsidiary's own figure -> subsidiary id")
R(F, "11月獲利46.5億元", "46.5億元", "net_profit", "ctbc", n("46.5", YI), "TWD", period="2025-11",
  change={"mom": -20}, note="月減約兩成 -> mom -20; 約 hedges the rate, not the level")
R(F, "稅後純益112.6億元", "112.6億元", "net_profit", "kgi", n("112.6", YI), "TWD", period="2025-01/2025-11",
  change={"yoy": 30}, note="年增逾三成 -> yoy +30; 逾 hedges the rate, so approx null")
R(F, "收92.8元", "92.8元", "price", "fubon", 92.8, "TWD", period="2025-12-10")
R(F, "漲2.43%", "2.43%", "price_change", "fubon", 2.43, "percent", period="2025-12-10")
# not records: 成交金額4,512.3億元 (turnover), 買超152.6億元 (net buying), 每股盈餘7.62元 (EPS), tickers


DEAL_KINDS = {"stake_sale", "acquisition", "investment"}
TERMINATORS = "。！？\n"


def sentence_of(text, start, end):
    s = max(text.rfind(t, 0, start) for t in TERMINATORS) + 1
    ends = [i for i in (text.find(t, end) for t in TERMINATORS) if i != -1]
    e = min(ends) if ends else len(text)
    if e < len(text) and text[e] != "\n":
        e += 1
    return text[s:e].strip()


def main():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    texts = {}
    for name, (title, body) in ARTICLES.items():
        assert "\n" not in title and "\n" not in body and title.strip() and body.strip()
        text = title + "\n" + body
        texts[name] = text
        with open(os.path.join(HERE, "articles", name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    out = []
    for r in RECORDS:
        text = texts[r["file"]]
        assert text.count(r["ctx"]) == 1, (r["file"], r["ctx"], text.count(r["ctx"]))
        assert r["ctx"].count(r["quote"]) == 1, (r["ctx"], r["quote"])
        start = text.index(r["ctx"]) + r["ctx"].index(r["quote"])
        end = start + len(r["quote"])
        assert text[start:end] == r["quote"]
        rec = {
            "doc": r["file"] + "#1", "kind": r["kind"], "subject": r["subject"], "value": r["value"],
            "value_max": r["value_max"], "unit": r["unit"], "approx": r["approx"], "period": r["period"],
            "change": r["change"], "span": [start, end], "quote": text[start:end],
            "sentence": sentence_of(text, start, end), "rule": RULE,
        }
        if r["kind"] in DEAL_KINDS:
            assert r["deal"] is not None
            rec.update(r["deal"])
        else:
            assert r["deal"] is None
        if r["delta"]:
            rec["delta"] = True
            rec["delta_basis"] = r["delta"]
        if r["optional"]:
            rec["optional"] = True
        if r["note"]:
            rec["note"] = r["note"]
        assert (rec["value"] is None) == (rec["unit"] is None) or rec["kind"] in DEAL_KINDS
        assert rec["value"] is not None or rec["change"] or rec["kind"] in DEAL_KINDS
        out.append(rec)
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    for name, text in texts.items():
        recs = [x for x in out if x["doc"] == name + "#1"]
        req = sum(1 for x in recs if not x.get("optional"))
        print(f"{name:34} chars={len(text):4} required={req:3} optional={len(recs) - req:3}")
    print("total", len(out), "required", sum(1 for x in out if not x.get("optional")))


if __name__ == "__main__":
    main()
