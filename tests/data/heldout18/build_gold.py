#!/usr/bin/env python3
"""Build the heldout18 evaluation set: writes articles/*.txt, gold.jsonl and entities-new.tsv.

Every article text and every gold record lives in this file. A record is located by a
context string `ctx` that must occur exactly once in its document; the quote `q` must occur
inside ctx (the `nth` occurrence, default the first). span/quote are computed here and
checked (quote == text[span[0]:span[1]]). All figures in the articles are invented.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
RULE = "heldout18-manual"


def yi(x):
    """x 億/亿 -> whole units"""
    return int(round(x * 100_000_000))


def wan(x):
    """x 萬/万 -> whole units"""
    return int(round(x * 10_000))


# ---------------------------------------------------------------------------
# Articles: (title, body). Doc text = title + "\n" + body.
# ---------------------------------------------------------------------------
ART = {}

ART["h18_01_sina_7x24.txt"] = (
    "新浪财经7x24｜10月30日晚间要闻速览",
    "新浪财经7x24 2025年10月30日 "
    "21:46【恒瑞医药：前三季度净利润57.83亿元，同比增长21.7%】恒瑞医药（600276）公告，前三季度实现营业收入232.1亿元，同比增长14.2%；其中三季度单季营收74.6亿元，环比下降8.3%。公司拟投资不超过20亿元建设创新药制剂产业化基地。"
    "21:30【吉比特：三季度净利润同比增长逾三成】吉比特（603444）公告，第三季度实现营收15.37亿元，净利润4.02亿元；基本每股收益5.58元。"
    "20:58【韵达股份：9月快递服务收入41.90亿元】韵达股份公告，9月完成快递业务量22.18亿票，同比增长8.9%；快递服务单票收入1.89元。"
    "20:15【联想集团第二财季营收同比增长15%】联想集团（0992）公布截至9月30日止的2025/26财年第二季度业绩，营收204.6亿美元；净利润4.3亿美元，去年同期为3.59亿美元。其中智能设备业务集团收入约145亿美元，全球PC市场份额达24.6%。"
    "19:40【华东医药：拟6.8亿元出售博华制药60%股权】华东医药（000963）公告，拟将所持西安博华制药有限公司60%股权转让给陕西秦创健康产业集团。"
    "18:05【三一重工：拟1亿元至2亿元回购股份】回购价格不超过28元/股。"
    "16:35【在岸人民币收盘报7.1021】较上一交易日涨56个基点。现货黄金日内涨1.1%，报4012.5美元/盎司。"
    "15:30【A股收评：沪指涨0.73%报3986.22点】深证成指涨1.05%，创业板指涨1.62%；沪深两市成交额1.92万亿元。（新浪财经）",
)

ART["h18_02_thepaper_banks.txt"] = (
    "四家城商行三季报：苏州银行前三季度净利同比增9.2%，江阴银行营收下滑",
    "澎湃新闻记者 周允　2025年10月31日，随着青岛银行披露三季报，A股上市城商行前三季度“成绩单”陆续出炉。"
    "澎湃新闻梳理发现，苏州银行（002966）、齐鲁银行（601665）、青岛银行（002948）前三季度分别实现营业收入98.47亿元、101.9亿元和109.3亿元，同比分别增长2.8%、4.9%和5.2%。"
    "江阴银行（002807）则实现营收30.12亿元，同比下降1.6%，主要受债券投资收益减少拖累。"
    "净利润方面，苏州银行前三季度实现归母净利润45.02亿元，同比增长9.2%，增速居四家之首；齐鲁银行实现归母净利润439,012.6万元，同比增长8.1%；青岛银行归母净利润约40.1亿元，同比增长7.6%；江阴银行营收虽降，归母净利润仍同比增长逾一成至16.3亿元。"
    "单季来看，苏州银行三季度实现归母净利润14.6亿元，环比增长3.5%，二季度为14.1亿元；青岛银行三季度单季归母净利润约12.3亿元，同比增长近两成。"
    "资产质量方面，截至9月末，苏州银行总资产7,612.4亿元，较年初增长8.6%；不良贷款率0.83%，拨备覆盖率415.6%。齐鲁银行净息差为1.52%，较上半年下降3个基点，基本每股收益0.86元。"
    "苏州银行同时公告，拟每10股派发中期现金红利1.85元（含税）。目前四家银行市净率均不足0.8倍。"
    "（澎湃新闻）",
)

ART["h18_03_stcn_haomai.txt"] = (
    "豪迈科技前三季度营收80.56亿元 拟3.06亿元收购瑞丰精密51%股权",
    "证券时报网讯，10月28日晚间，豪迈科技（002595）披露2025年三季报。前三季度公司实现营业收入80.56亿元，同比增长21.3%；归属于上市公司股东的净利润17.82亿元，同比增长19.6%；扣除非经常性损益后的净利润17.05亿元。"
    "其中，第三季度实现营收28.9亿元，同比增长18.4%；归母净利润6.41亿元，环比增长5.6%，二季度为6.07亿元。前三季度研发投入3.86亿元，同比增长12.1%；经营活动产生的现金流量净额14.2亿元。基本每股收益2.23元，综合毛利率33.5%，同比提升1.2个百分点。"
    "分业务看，据半年报，上半年公司轮胎模具业务收入29.4亿元，大型零部件机械产品收入约25亿元，数控机床业务收入2.86亿元，同比增长逾四成。公司子午线轮胎模具全球市场份额约三成。"
    "公司同日公告，拟以现金3.06亿元收购潍坊瑞丰精密铸造有限公司（以下简称“瑞丰精密”）51%股权，交易对方为潍坊瑞丰投资合伙企业。瑞丰精密2024年实现营收4.12亿元，净利润3,580万元；今年1-9月营收3.27亿元。本次交易对应市盈率约8.6倍。公司还拟以自有资金8,000万元向山东智铸机器人有限公司增资，取得其20%股权。"
    "此外，公司拟投资12至15亿元建设高端数控机床产业园，建设期3年；公司预计2025年全年营收105亿元左右。"
    "（证券时报网）",
)

ART["h18_04_bbtnews_yanjing.txt"] = (
    "燕京啤酒前三季净利同比增近四成 U8销量近百万千升",
    "北京商报讯（记者 孟凡）燕京啤酒（000729）10月28日晚间发布2025年三季报。前三季度，公司实现营收１３０.８５亿元，同比增长4.6%；归母净利润１８．０３亿元，同比增长37.4%；销售费用１５.６亿元，同比增长6.2%。"
    "其中，三季度单季实现营收４９.２亿元，同比增长2.1%，归母净利润８.１３亿元，去年同期为６.９２亿元。"
    "销量方面，前三季度燕京啤酒实现啤酒销量约３４０万千升，同比增长2.3%；其中大单品燕京U8销量近百万千升，同比增长逾两成。据行业机构测算，今年前三季度燕京啤酒国内市场份额约9.8%，较去年同期提升0.6个百分点。"
    "同期，青岛啤酒、重庆啤酒前三季度营收分别为２９９.２亿元、１３４.６亿元，同比分别下降0.7%、增长0.9%。"
    "公告同时显示，持股5.2%的股东北京燕华创投合伙企业（以下简称“燕华创投”）拟于未来三个月内减持不超过2,818万股，即不超过公司总股本的1%。"
    "燕京啤酒表示，明年计划投入约8亿元用于产能智能化改造。10月29日，燕京啤酒股价收涨3.12%，报13.25元/股，有券商给予其目标价15.6元。"
    "（北京商报）",
)

ART["h18_05_edigest_hkweekly.txt"] = (
    "一週港股｜恒指全週升2.1% 周大福半年純利按年增三成",
    "港股本週（2025年11月24日至28日）先低後高。恒生指數週三一度跌至25,120點，週五收報25,863點，全週累升2.1%；國企指數收報9,172點，全週升1.8%；恒生科技指數全週升3.4%。大市全週日均成交約2,150億港元，較上週縮減一成。"
    "重磅股方面，騰訊全週升4.2%，收報638港元；阿里巴巴升約3%；美團則跌逾6%，為表現最差藍籌。"
    "匯市方面，美元兌港元週五報7.7825；離岸人民幣兌美元報7.0890，全週升0.3%；一個月港元拆息回落至2.95厘。商品市場，現貨金價全週升1.5%，週五報每盎司4,168美元；紐約期油跌2.3%，收報每桶58.4美元。"
    "業績方面，周大福（1929）公布截至2025年9月30日止六個月中期業績，營業額約435億港元，按年跌4.1%；股東應佔溢利32.6億港元，按年增三成，去年同期為25.1億港元。分地區看，中國內地市場營業額約358億港元，按年跌6.2%；港澳及其他市場營業額約77億港元，按年增8.5%。期內集團淨關閉596個零售點，截至9月底零售點總數為6,048個。中期息每股0.22港元。"
    "（經濟一週）",
)

ART["h18_06_ctee_twrevenue.txt"] = (
    "台積電10月營收3,654.8億元 月增10.6%",
    "2025/11/11【記者林冠宇／台北報導】上市櫃公司陸續公布114年10月營收。晶圓代工龍頭台積電10月合併營收新台幣3,654.8億元，月增10.6%、年增16.9%；累計前10月營收3兆2,418億元，年增33.5%，同創歷年同期新高。"
    "IC設計大廠聯發科10月營收524.3億元，月減3.2%、年增5.7%；網通廠智邦10月營收約187億元，年增逾六成，1～10月累計營收1,538億元，年增72.4%。散熱模組廠奇鋐10月營收112.6億元，月增1.3%；面板廠友達10月營收232億元，月減4.6%、年減8.2%。"
    "台積電日前於法說會表示，明年資本支出預估在480億至520億美元之間，高於今年約420億美元的水準；據TrendForce統計，台積電第2季晶圓代工市占率達70.2%。"
    "法人預估台積電今年每股純益（EPS）上看56元，並將目標價上調至1,650元。台積電昨（10）日股價收1,465元，漲1.4%，帶動加權指數上漲172點、收26,180點；外資賣超台積電1.2萬張。"
    "（工商時報）",
)

ART["h18_07_udn_acer.txt"] = (
    "宏碁第3季獲利季增逾五成 出售宏星電競股權入帳逾6億元",
    "〔記者陳怡婷／台北報導〕宏碁（2353）昨（12）日公布114年第3季財報，合併營收新台幣708.6億元，季增5.3%、年增8.1%；稅後純益21.4億元，季增逾五成，第2季為14.1億元，每股純益0.71元。"
    "累計前三季營收1,985億元，年增4.6%；稅後純益48.7億元，較去年同期的53.2億元減少8.5%。前三季自由現金流為淨流出12.6億元。宏碁稍早公布的10月營收為212.5億元，月減9.6%。"
    "根據IDC統計，宏碁第3季全球PC市占率約6.9%，出貨量超過500萬台。"
    "宏碁同日公告，出售子公司宏星電競1,300萬股、約占其股權26%，交易總金額約6.24億元，買方為晶耀創投；宏碁今年以來處分子公司持股累計入帳逾15億元。"
    "旗下醫療子公司宏康醫聯前三季稅後虧損3,200萬元，較去年同期虧損4,580萬元收窄；雲端子公司宏雲科技前三季虧損則年減約三成。"
    "宏碁表示，明年將投入至少30億元擴建越南新廠，毛利率目標維持10%以上；去年配發現金股利1.7元。"
    "（聯合報 114.11.13）",
)

ART["h18_08_mirror_igs.txt"] = (
    "鈊象前三季賺逾百億 砸45億日圓買日本手遊商七成股權",
    "遊戲股王鈊象電子（3293，以下簡稱鈊象）114年前三季交出亮眼成績單：合併營收新台幣232.6億元，年增18.7%；稅後純益101.3億元，年增22.4%，每股純益143.5元，雙雙創同期新高。"
    "其中第3季單季營收81.2億元，季增4.1%，稅後純益33.6億元，季減2.7%；推廣費用9.8億元，年增15%。"
    "鈊象旗下手遊月活躍用戶約1,250萬人，海外營收占比已升至四成；主力作品《明星三缺一》累計下載突破一千二百萬次。"
    "同業表現則分歧。遊戲橘子今年首九個月營收約92億元，年減6.3%；宇峻前三季虧損1,530萬元，去年同期則獲利2,100萬元。"
    "鈊象日前董事會通過，將以45億日圓（約合新台幣9.3億元）收購日本手遊開發商Hoshimori Games（以下簡稱星森）70%股權。星森2024財年（截至2025年3月）營收38億日圓左右。"
    "法人估鈊象明年營收可望年增一成以上；以目前股價計算，本益比約16倍，市值逾2,300億元。"
    "（鏡週刊 2025.11.19）",
)

# outlet style, script, topic (for the README table)
META = {
    "h18_01_sina_7x24.txt": ("新浪财经·7x24快讯 (list of 8 items)", "Simplified", "evening flash list: pharma & game Q3 results, courier monthly data, Lenovo fiscal Q2, stake sale, buyback, FX/gold, A-share close"),
    "h18_02_thepaper_banks.txt": ("澎湃新闻·财经", "Simplified", "four regional (city commercial) banks' Q1-Q3 results, 分别 lists"),
    "h18_03_stcn_haomai.txt": ("证券时报网·公司新闻", "Simplified", "mid-cap machinery maker: Q1-Q3 results, R&D, cash flow, H1 segments, acquisition, investment, capex plan, guidance"),
    "h18_04_bbtnews_yanjing.txt": ("北京商报", "Simplified (full-width digits)", "brewer Q1-Q3 results, volumes, market share, peers, shareholder reduction, capex plan"),
    "h18_05_edigest_hkweekly.txt": ("經濟一週 (Hong Kong)", "Traditional", "weekly HK market wrap (indices, stocks, FX, gold, oil) + Chow Tai Fook interim (FY ends March)"),
    "h18_06_ctee_twrevenue.txt": ("工商時報·證券版 (Taiwan)", "Traditional", "ROC 114 October monthly revenues of five listed firms, TSMC capex plan, TAIEX"),
    "h18_07_udn_acer.txt": ("聯合報·產經版 (Taiwan)", "Traditional", "Acer Q3 / Q1-Q3 results, FCF, subsidiary stake sale with buyer, disposal proceeds, subsidiaries' losses, capex plan"),
    "h18_08_mirror_igs.txt": ("鏡週刊·財經 (Taiwan)", "Traditional", "game maker IGS results, peers, acquisition of a Japanese studio (FY ends March)"),
}

# ---------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------
R = []


def rec(doc, ctx, q, kind, subject, value, unit, period, approx=None, change=None,
        value_max=None, optional=False, note=None, nth=1, **deal):
    R.append(dict(doc=doc, ctx=ctx, q=q, kind=kind, subject=subject, value=value,
                  value_max=value_max, unit=unit, approx=approx, period=period,
                  change=change, optional=optional, note=note, nth=nth, deal=deal))


def deal(doc, ctx, q, kind, subject, value, unit, period, target, counterparty, stake_pct,
         approx=None, optional=False, note=None, nth=1):
    rec(doc, ctx, q, kind, subject, value, unit, period, approx=approx, optional=optional,
        note=note, nth=nth, target=target, counterparty=counterparty, stake_pct=stake_pct)


# --- 01 新浪财经 7x24 (2025-10-30) -----------------------------------------
D = "h18_01_sina_7x24.txt"
Q13 = "2025Q1/2025Q3"
rec(D, "前三季度净利润57.83亿元", "57.83亿元", "net_profit", "hengrui", yi(57.83), "CNY", Q13,
    change={"yoy": 21.7}, note="item headline; only mention of the figure")
rec(D, "营业收入232.1亿元", "232.1亿元", "revenue", "hengrui", yi(232.1), "CNY", Q13, change={"yoy": 14.2})
rec(D, "单季营收74.6亿元", "74.6亿元", "revenue", "hengrui", yi(74.6), "CNY", "2025Q3", change={"qoq": -8.3})
rec(D, "拟投资不超过20亿元", "不超过20亿元", "capex_plan", "hengrui", yi(20), "CNY", None, approx="up_to",
    note="planned investment in a production base; no horizon given -> period null")
rec(D, "三季度净利润同比增长逾三成", "逾三成", "net_profit", "g-bits", None, None, "2025Q3", approx="over",
    change={"yoy": 30}, note="growth without a level in the item headline; 逾三成 = over 30%; approx carries the rate's hedge because the rate is the figure")
rec(D, "实现营收15.37亿元", "15.37亿元", "revenue", "g-bits", yi(15.37), "CNY", "2025Q3")
rec(D, "净利润4.02亿元", "4.02亿元", "net_profit", "g-bits", yi(4.02), "CNY", "2025Q3",
    note="the headline's 逾三成 growth is not repeated in the body sentence, so change null here")
rec(D, "9月快递服务收入41.90亿元", "41.90亿元", "revenue", "yunda", yi(41.90), "CNY", "2025-09",
    note="courier-service revenue for September (item headline)")
rec(D, "业务量22.18亿票", "22.18亿票", "operating_metric", "yunda", yi(22.18), "parcels", "2025-09",
    change={"yoy": 8.9}, note="parcel volume; 单票收入1.89元 (revenue per parcel, a ratio) is not a record")
rec(D, "第二财季营收同比增长15%", "15%", "revenue", "lenovo", None, None, "2025Q3", change={"yoy": 15},
    note="headline growth without a level; Lenovo's fiscal year ends 31 March, FY2025/26 Q2 = Jul-Sep 2025")
rec(D, "营收204.6亿美元", "204.6亿美元", "revenue", "lenovo", yi(204.6), "USD", "2025Q3",
    note="截至9月30日止的2025/26财年第二季度 -> 2025Q3; the 15% growth sits in the headline, not in this sentence, so change null")
rec(D, "净利润4.3亿美元", "4.3亿美元", "net_profit", "lenovo", yi(4.3), "USD", "2025Q3")
rec(D, "去年同期为3.59亿美元", "3.59亿美元", "net_profit", "lenovo", yi(3.59), "USD", "2024Q3", note="year-ago comparator")
rec(D, "智能设备业务集团收入约145亿美元", "约145亿美元", "revenue", "lenovo-idg", yi(145), "USD", "2025Q3", approx="about",
    note="segment (IDG) revenue")
rec(D, "全球PC市场份额达24.6%", "24.6%", "market_share", "lenovo", 24.6, "percent", "2025Q3")
deal(D, "拟6.8亿元出售博华制药60%股权", "6.8亿元", "stake_sale", "huadong-medicine", yi(6.8), "CNY", "2025-10-30",
     "bohua-pharma", "qinchuang-health", 60,
     note="item headline carries the consideration; buyer named in the body; period = date of the announcement (list date)")
deal(D, "有限公司60%股权转让给", "60%", "stake_sale", "huadong-medicine", None, None, "2025-10-30",
     "bohua-pharma", "qinchuang-health", 60, optional=True,
     note="body repeat of the same sale (stake only, no amount in the body sentence)")
rec(D, "【在岸人民币收盘报7.1021】", "7.1021", "price", "cny-onshore", 7.1021, "CNY", "2025-10-30",
    note="onshore CNY per USD at the 16:30 close")
rec(D, "较上一交易日涨56个基点", "56个基点", "price_change", "cny-onshore", 56, "points", "2025-10-30", optional=True,
    note="FX move in basis points (pips); unit 'points' is a stretch of the contract (index points), so optional")
rec(D, "现货黄金日内涨1.1%", "1.1%", "price_change", "spot-gold", 1.1, "percent", "2025-10-30")
rec(D, "报4012.5美元/盎司", "4012.5美元/盎司", "price", "spot-gold", 4012.5, "USD", "2025-10-30")
rec(D, "沪指涨0.73%报3986.22点", "0.73%", "price_change", "sse-composite", 0.73, "percent", "2025-10-30")
rec(D, "沪指涨0.73%报3986.22点", "3986.22点", "price", "sse-composite", 3986.22, "points", "2025-10-30")
rec(D, "深证成指涨1.05%", "1.05%", "price_change", "szse-component", 1.05, "percent", "2025-10-30")
rec(D, "创业板指涨1.62%", "1.62%", "price_change", "chinext", 1.62, "percent", "2025-10-30")

# --- 02 澎湃新闻 regional banks (2025-10-31) ---------------------------------
D = "h18_02_thepaper_banks.txt"
rec(D, "苏州银行前三季度净利同比增9.2%", "9.2%", "net_profit", "suzhou-bank", None, None, Q13, change={"yoy": 9.2},
    note="title: growth without a level (the body gives the level 45.02亿元 with the same rate)")
rec(D, "分别实现营业收入98.47亿元", "98.47亿元", "revenue", "suzhou-bank", yi(98.47), "CNY", Q13, change={"yoy": 2.8},
    note="分别 list: 1st company / 1st figure / 1st rate")
rec(D, "98.47亿元、101.9亿元和", "101.9亿元", "revenue", "qilu-bank", yi(101.9), "CNY", Q13, change={"yoy": 4.9})
rec(D, "101.9亿元和109.3亿元", "109.3亿元", "revenue", "qingdao-bank", yi(109.3), "CNY", Q13, change={"yoy": 5.2})
rec(D, "实现营收30.12亿元", "30.12亿元", "revenue", "jiangyin-bank", yi(30.12), "CNY", Q13, change={"yoy": -1.6},
    note="则 continues the 前三季度 frame of the previous sentence")
rec(D, "归母净利润45.02亿元", "45.02亿元", "net_profit", "suzhou-bank", yi(45.02), "CNY", Q13, change={"yoy": 9.2},
    note="归母净利润 (attributable) -> net_profit")
rec(D, "归母净利润439,012.6万元", "439,012.6万元", "net_profit", "qilu-bank", wan(439012.6), "CNY", Q13, change={"yoy": 8.1},
    note="万元 with a thousands separator: 439,012.6万 = 4,390,126,000")
rec(D, "归母净利润约40.1亿元", "约40.1亿元", "net_profit", "qingdao-bank", yi(40.1), "CNY", Q13, approx="about", change={"yoy": 7.6})
rec(D, "逾一成至16.3亿元", "16.3亿元", "net_profit", "jiangyin-bank", yi(16.3), "CNY", Q13, change={"yoy": 10},
    note="逾 hedges the growth rate, not the level, so approx null (seed convention); rate 一成 = 10")
rec(D, "归母净利润14.6亿元", "14.6亿元", "net_profit", "suzhou-bank", yi(14.6), "CNY", "2025Q3", change={"qoq": 3.5})
rec(D, "二季度为14.1亿元", "14.1亿元", "net_profit", "suzhou-bank", yi(14.1), "CNY", "2025Q2", note="quarter-ago comparator")
rec(D, "单季归母净利润约12.3亿元", "约12.3亿元", "net_profit", "qingdao-bank", yi(12.3), "CNY", "2025Q3", approx="about",
    change={"yoy": 20}, note="近两成 = nearly 20%: the hedge is on the rate, approx records the level's 约")

# --- 03 证券时报 Haomai (2025-10-28) ------------------------------------------
D = "h18_03_stcn_haomai.txt"
rec(D, "前三季度营收80.56亿元 拟", "80.56亿元", "revenue", "haomai", yi(80.56), "CNY", Q13,
    note="title; no rate in the title (body repeat with yoy 21.3 is optional)")
deal(D, "拟3.06亿元收购瑞丰精密51%股权", "3.06亿元", "acquisition", "haomai", yi(3.06), "CNY", "2025-10-28",
     "ruifeng-precision", "ruifeng-investment", 51, note="title; seller named in the body; period = announcement date (同日 = 10月28日)")
rec(D, "实现营业收入80.56亿元", "80.56亿元", "revenue", "haomai", yi(80.56), "CNY", Q13, change={"yoy": 21.3}, optional=True,
    note="repeat of the title figure")
rec(D, "净利润17.82亿元", "17.82亿元", "net_profit", "haomai", yi(17.82), "CNY", Q13, change={"yoy": 19.6})
rec(D, "扣除非经常性损益后的净利润17.05亿元", "17.05亿元", "adjusted_net_profit", "haomai", yi(17.05), "CNY", Q13,
    note="扣非净利润 (net profit excluding non-recurring items) read as adjusted net profit")
rec(D, "第三季度实现营收28.9亿元", "28.9亿元", "revenue", "haomai", yi(28.9), "CNY", "2025Q3", change={"yoy": 18.4})
rec(D, "归母净利润6.41亿元", "6.41亿元", "net_profit", "haomai", yi(6.41), "CNY", "2025Q3", change={"qoq": 5.6})
rec(D, "二季度为6.07亿元", "6.07亿元", "net_profit", "haomai", yi(6.07), "CNY", "2025Q2", note="quarter-ago comparator")
rec(D, "轮胎模具业务收入29.4亿元", "29.4亿元", "revenue", "haomai-tire-molds", yi(29.4), "CNY", "2025H1")
rec(D, "大型零部件机械产品收入约25亿元", "约25亿元", "revenue", "haomai-machinery-parts", yi(25), "CNY", "2025H1", approx="about")
rec(D, "数控机床业务收入2.86亿元", "2.86亿元", "revenue", "haomai-cnc", yi(2.86), "CNY", "2025H1", change={"yoy": 40},
    note="逾四成 hedges the rate -> approx null; 四成 = 40")
rec(D, "全球市场份额约三成", "约三成", "market_share", "haomai", 30, "percent", None, approx="about",
    note="share of the global radial-tire-mould market held by the company; no period stated")
deal(D, "拟以现金3.06亿元收购", "3.06亿元", "acquisition", "haomai", yi(3.06), "CNY", "2025-10-28",
     "ruifeng-precision", "ruifeng-investment", 51, optional=True, note="body repeat of the title deal")
rec(D, "2024年实现营收4.12亿元", "4.12亿元", "revenue", "ruifeng-precision", yi(4.12), "CNY", "2024",
    note="target's own revenue")
rec(D, "净利润3,580万元", "3,580万元", "net_profit", "ruifeng-precision", wan(3580), "CNY", "2024")
rec(D, "1-9月营收3.27亿元", "3.27亿元", "revenue", "ruifeng-precision", yi(3.27), "CNY", "2025-01/2025-09",
    note="今年1-9月: month range kept in month form")
rec(D, "研发投入3.86亿元", "3.86亿元", "cost", "haomai", yi(3.86), "CNY", Q13, change={"yoy": 12.1},
    note="R&D spend -> cost (records.md)")
rec(D, "现金流量净额14.2亿元", "14.2亿元", "cash_flow", "haomai", yi(14.2), "CNY", Q13, note="net operating cash flow")
deal(D, "8,000万元向山东智铸", "8,000万元", "investment", "haomai", wan(8000), "CNY", "2025-10-28", "zhizhu-robot", None, 20,
     note="capital injection (增资) giving a 20% stake; 还 continues the 同日公告")
rec(D, "拟投资12至15亿元", "12至15亿元", "capex_plan", "haomai", yi(12), "CNY", None, value_max=yi(15),
    note="range with the unit on the upper end only; 建设期3年 gives no calendar period")
rec(D, "全年营收105亿元左右", "105亿元左右", "revenue", "haomai", yi(105), "CNY", "2025", approx="about",
    note="company guidance for the full year -> the metric's kind (records.md)")

# --- 04 北京商报 Yanjing (2025-10-28/29) --------------------------------------
D = "h18_04_bbtnews_yanjing.txt"
rec(D, "前三季净利同比增近四成", "近四成", "net_profit", "yanjing", None, None, Q13, approx="nearly", change={"yoy": 40},
    note="title growth without a level (body: 37.4%)")
rec(D, "U8销量近百万千升\n", "近百万千升", "operating_metric", "yanjing-u8", 1_000_000, "kiloliters", Q13, approx="nearly",
    note="title; sales volume of the U8 product line; period from the body")
rec(D, "营收１３０.８５亿元", "１３０.８５亿元", "revenue", "yanjing", yi(130.85), "CNY", Q13, change={"yoy": 4.6},
    note="full-width digits")
rec(D, "归母净利润１８．０３亿元", "１８．０３亿元", "net_profit", "yanjing", yi(18.03), "CNY", Q13, change={"yoy": 37.4},
    note="full-width digits and full-width decimal point")
rec(D, "销售费用１５.６亿元", "１５.６亿元", "selling_expense", "yanjing", yi(15.6), "CNY", Q13, change={"yoy": 6.2})
rec(D, "实现营收４９.２亿元", "４９.２亿元", "revenue", "yanjing", yi(49.2), "CNY", "2025Q3", change={"yoy": 2.1})
rec(D, "归母净利润８.１３亿元", "８.１３亿元", "net_profit", "yanjing", yi(8.13), "CNY", "2025Q3")
rec(D, "去年同期为６.９２亿元", "６.９２亿元", "net_profit", "yanjing", yi(6.92), "CNY", "2024Q3", note="year-ago comparator")
rec(D, "啤酒销量约３４０万千升", "约３４０万千升", "operating_metric", "yanjing", 3_400_000, "kiloliters", Q13, approx="about",
    change={"yoy": 2.3})
rec(D, "燕京U8销量近百万千升", "近百万千升", "operating_metric", "yanjing-u8", 1_000_000, "kiloliters", Q13, approx="nearly",
    change={"yoy": 20}, optional=True, note="repeat of the title figure; adds 逾两成 growth")
rec(D, "国内市场份额约9.8%", "约9.8%", "market_share", "yanjing", 9.8, "percent", Q13, approx="about",
    note="the 0.6个百分点 rise is not a growth rate and is not recorded")
rec(D, "营收分别为２９９.２亿元", "２９９.２亿元", "revenue", "tsingtao-beer", yi(299.2), "CNY", Q13, change={"yoy": -0.7},
    note="分别 pair: 下降0.7% -> -0.7")
rec(D, "、１３４.６亿元", "１３４.６亿元", "revenue", "chongqing-beer", yi(134.6), "CNY", Q13, change={"yoy": 0.9})
deal(D, "即不超过公司总股本的1%", "1%", "stake_sale", "yanhua-capital", None, None, "2025-10-28", "yanjing", None, 1,
     approx="up_to", note="planned reduction by a shareholder (未来三个月内); period = date of the announcement; no proceeds")
deal(D, "减持不超过2,818万股", "不超过2,818万股", "stake_sale", "yanhua-capital", wan(2818), "shares", "2025-10-28", "yanjing", None, 1,
     approx="up_to", optional=True, note="share-count reading of the same planned reduction (deal value is consideration, so optional, as in the seed gold)")
rec(D, "明年计划投入约8亿元", "约8亿元", "capex_plan", "yanjing", yi(8), "CNY", "2026", approx="about")
rec(D, "股价收涨3.12%", "3.12%", "price_change", "yanjing", 3.12, "percent", "2025-10-29")
rec(D, "报13.25元/股", "13.25元/股", "price", "yanjing", 13.25, "CNY", "2025-10-29",
    note="目标价15.6元 (target price) is not a record")

# --- 05 經濟一週 HK weekly (week 2025-11-24..28) ------------------------------
D = "h18_05_edigest_hkweekly.txt"
WK = "2025-11-24/2025-11-28"
H1FY = "2025Q2/2025Q3"
rec(D, "恒指全週升2.1%", "2.1%", "price_change", "hang-seng", 2.1, "percent", WK, note="title; weekly move -> period is the week")
rec(D, "半年純利按年增三成", "三成", "net_profit", "chowtaifook", None, None, H1FY, change={"yoy": 30},
    note="title growth without a level; Chow Tai Fook's fiscal year ends 31 March: six months to 2025-09-30 -> 2025Q2/2025Q3")
rec(D, "一度跌至25,120點", "25,120點", "price", "hang-seng", 25120, "points", "2025-11-26",
    note="intraday low on Wednesday (週三) of the week")
rec(D, "週五收報25,863點", "25,863點", "price", "hang-seng", 25863, "points", "2025-11-28")
rec(D, "全週累升2.1%", "2.1%", "price_change", "hang-seng", 2.1, "percent", WK, optional=True, note="repeat of the title figure")
rec(D, "國企指數收報9,172點", "9,172點", "price", "hscei", 9172, "points", "2025-11-28")
rec(D, "全週升1.8%", "1.8%", "price_change", "hscei", 1.8, "percent", WK)
rec(D, "恒生科技指數全週升3.4%", "3.4%", "price_change", "hstech", 3.4, "percent", WK)
rec(D, "騰訊全週升4.2%", "4.2%", "price_change", "tencent", 4.2, "percent", WK)
rec(D, "收報638港元", "638港元", "price", "tencent", 638, "HKD", "2025-11-28", note="Friday close")
rec(D, "阿里巴巴升約3%", "約3%", "price_change", "alibaba", 3, "percent", WK, approx="about")
rec(D, "美團則跌逾6%", "逾6%", "price_change", "meituan", -6, "percent", WK, approx="over")
rec(D, "美元兌港元週五報7.7825", "7.7825", "price", "usd-hkd", 7.7825, "HKD", "2025-11-28")
rec(D, "兌美元報7.0890", "7.0890", "price", "cnh", 7.089, "CNY", "2025-11-28", note="offshore CNY per USD")
rec(D, "全週升0.3%", "0.3%", "price_change", "cnh", 0.3, "percent", WK, note="the yuan's weekly gain")
rec(D, "現貨金價全週升1.5%", "1.5%", "price_change", "spot-gold", 1.5, "percent", WK)
rec(D, "每盎司4,168美元", "4,168美元", "price", "spot-gold", 4168, "USD", "2025-11-28")
rec(D, "紐約期油跌2.3%", "2.3%", "price_change", "wti-crude", -2.3, "percent", WK,
    note="weekly move (the commodity sentence runs on the 全週 frame); 紐約期油 = NYMEX WTI")
rec(D, "收報每桶58.4美元", "58.4美元", "price", "wti-crude", 58.4, "USD", "2025-11-28")
rec(D, "營業額約435億港元", "約435億港元", "revenue", "chowtaifook", yi(435), "HKD", H1FY, approx="about", change={"yoy": -4.1})
rec(D, "股東應佔溢利32.6億港元", "32.6億港元", "net_profit", "chowtaifook", yi(32.6), "HKD", H1FY, change={"yoy": 30},
    note="股東應佔溢利 = profit attributable -> net_profit; 增三成 = +30")
rec(D, "去年同期為25.1億港元", "25.1億港元", "net_profit", "chowtaifook", yi(25.1), "HKD", "2024Q2/2024Q3", note="year-ago comparator")
rec(D, "中國內地市場營業額約358億港元", "約358億港元", "revenue", "chowtaifook-mainland", yi(358), "HKD", H1FY, approx="about",
    change={"yoy": -6.2})
rec(D, "港澳及其他市場營業額約77億港元", "約77億港元", "revenue", "chowtaifook-hkmo", yi(77), "HKD", H1FY, approx="about",
    change={"yoy": 8.5})
rec(D, "淨關閉596個零售點", "596個", "operating_metric", "chowtaifook", -596, "stores", H1FY, optional=True,
    note="net store closures: an absolute change, not a level; optional with delta=true as in the seed gold")
rec(D, "零售點總數為6,048個", "6,048個", "operating_metric", "chowtaifook", 6048, "stores", "2025-09",
    note="store count at end-September (截至9月底)")

# --- 06 工商時報 Taiwan monthly revenue (2025-11-11) --------------------------
D = "h18_06_ctee_twrevenue.txt"
rec(D, "台積電10月營收3,654.8億元 月增10.6%", "3,654.8億元", "revenue", "tsmc", yi(3654.8), "TWD", "2025-10", change={"mom": 10.6},
    note="title; 114年10月 = 2025-10; bare 元 in a Taiwan article = TWD")
rec(D, "新台幣3,654.8億元，月增", "3,654.8億元", "revenue", "tsmc", yi(3654.8), "TWD", "2025-10",
    change={"mom": 10.6, "yoy": 16.9}, optional=True, note="repeat of the title figure")
rec(D, "3兆2,418億元", "3兆2,418億元", "revenue", "tsmc", 3_241_800_000_000, "TWD", "2025-01/2025-10", change={"yoy": 33.5},
    note="兆+億 compound: 3兆2,418億 = 3,241,800,000,000; 累計前10月 -> month range")
rec(D, "聯發科10月營收524.3億元", "524.3億元", "revenue", "mediatek", yi(524.3), "TWD", "2025-10", change={"mom": -3.2, "yoy": 5.7})
rec(D, "智邦10月營收約187億元", "約187億元", "revenue", "accton", yi(187), "TWD", "2025-10", approx="about", change={"yoy": 60},
    note="年增逾六成: hedge on the rate, approx records the level's 約")
rec(D, "累計營收1,538億元", "1,538億元", "revenue", "accton", yi(1538), "TWD", "2025-01/2025-10", change={"yoy": 72.4},
    note="1～10月 (full-width tilde)")
rec(D, "奇鋐10月營收112.6億元", "112.6億元", "revenue", "avc", yi(112.6), "TWD", "2025-10", change={"mom": 1.3})
rec(D, "友達10月營收232億元", "232億元", "revenue", "auo", yi(232), "TWD", "2025-10", change={"mom": -4.6, "yoy": -8.2})
rec(D, "480億至520億美元", "480億至520億美元", "capex_plan", "tsmc", yi(480), "USD", "2026", value_max=yi(520),
    note="明年 -> 2026")
rec(D, "今年約420億美元", "約420億美元", "capex_plan", "tsmc", yi(420), "USD", "2025", approx="about",
    note="this year's capex as guided in November (year not finished) -> capex_plan, as the seed gold treats Google's 2025 forecast")
rec(D, "市占率達70.2%", "70.2%", "market_share", "tsmc", 70.2, "percent", "2025Q2")
rec(D, "股價收1,465元", "1,465元", "price", "tsmc", 1465, "TWD", "2025-11-10", note="昨（10）日 in an article dated 2025/11/11")
rec(D, "漲1.4%", "1.4%", "price_change", "tsmc", 1.4, "percent", "2025-11-10")
rec(D, "加權指數上漲172點", "172點", "price_change", "taiex", 172, "points", "2025-11-10")
rec(D, "收26,180點", "26,180點", "price", "taiex", 26180, "points", "2025-11-10")

# --- 07 聯合報 Acer (article 114.11.13; results 2025-11-12) -------------------
D = "h18_07_udn_acer.txt"
rec(D, "第3季獲利季增逾五成", "逾五成", "net_profit", "acer", None, None, "2025Q3", approx="over", change={"qoq": 50},
    note="title growth without a level")
deal(D, "股權入帳逾6億元", "逾6億元", "stake_sale", "acer", yi(6), "TWD", "2025-11-12", "acer-hongxing", "jingyao-venture", 26,
     approx="over", note="title; rounded form of the body's 約6.24億元 (values differ by more than 0.5%, so both are required)")
rec(D, "合併營收新台幣708.6億元", "708.6億元", "revenue", "acer", yi(708.6), "TWD", "2025Q3", change={"qoq": 5.3, "yoy": 8.1})
rec(D, "稅後純益21.4億元", "21.4億元", "net_profit", "acer", yi(21.4), "TWD", "2025Q3", change={"qoq": 50},
    note="季增逾五成: hedge on the rate -> approx null")
rec(D, "第2季為14.1億元", "14.1億元", "net_profit", "acer", yi(14.1), "TWD", "2025Q2", note="quarter-ago comparator")
rec(D, "前三季營收1,985億元", "1,985億元", "revenue", "acer", yi(1985), "TWD", Q13, change={"yoy": 4.6})
rec(D, "稅後純益48.7億元", "48.7億元", "net_profit", "acer", yi(48.7), "TWD", Q13, change={"yoy": -8.5},
    note="較去年同期…減少8.5% -> yoy -8.5")
rec(D, "較去年同期的53.2億元", "53.2億元", "net_profit", "acer", yi(53.2), "TWD", "2024Q1/2024Q3", note="year-ago comparator")
rec(D, "自由現金流為淨流出12.6億元", "12.6億元", "free_cash_flow", "acer", -yi(12.6), "TWD", Q13, note="淨流出 -> negative")
rec(D, "10月營收為212.5億元", "212.5億元", "revenue", "acer", yi(212.5), "TWD", "2025-10", change={"mom": -9.6})
rec(D, "PC市占率約6.9%", "約6.9%", "market_share", "acer", 6.9, "percent", "2025Q3", approx="about")
rec(D, "出貨量超過500萬台", "超過500萬台", "operating_metric", "acer", 5_000_000, "units", "2025Q3", approx="over",
    note="PC shipments")
deal(D, "交易總金額約6.24億元", "約6.24億元", "stake_sale", "acer", yi(6.24), "TWD", "2025-11-12", "acer-hongxing", "jingyao-venture", 26,
     approx="about", note="同日 = 昨（12）日; stake 約占其股權26% (the stake's 約 is not encoded)")
deal(D, "出售子公司宏星電競1,300萬股", "1,300萬股", "stake_sale", "acer", wan(1300), "shares", "2025-11-12", "acer-hongxing",
     "jingyao-venture", 26, optional=True, note="share-count reading of the same sale")
rec(D, "累計入帳逾15億元", "逾15億元", "divestment_proceeds", "acer", yi(15), "TWD", "2025", approx="over",
    note="summed proceeds of this year's (今年以來) disposals of subsidiary holdings")
rec(D, "稅後虧損3,200萬元", "3,200萬元", "net_profit", "acer-hongkang", -wan(3200), "TWD", Q13, note="虧損 -> negative")
rec(D, "較去年同期虧損4,580萬元", "4,580萬元", "net_profit", "acer-hongkang", -wan(4580), "TWD", "2024Q1/2024Q3",
    note="year-ago loss; 收窄 gives no rate")
rec(D, "虧損則年減約三成", "約三成", "net_profit", "acer-hongyun", None, None, Q13, approx="about", change={"yoy": -30},
    note="loss narrowed ~30% yoy, no level: the rate is applied to the loss as in the seed gold (降低一半 -> -50), so -30; approx from 約 because the rate is the figure")
rec(D, "投入至少30億元", "至少30億元", "capex_plan", "acer", yi(30), "TWD", "2026", approx="at_least",
    note="明年 -> 2026; 毛利率目標10%以上 (margin target) is not a record")

# --- 08 鏡週刊 IGS (2025.11.19) ------------------------------------------------
D = "h18_08_mirror_igs.txt"
rec(D, "前三季賺逾百億", "逾百億", "net_profit", "igs", yi(100), "TWD", Q13, approx="over",
    note="title: 賺 = net profit; 百億 = 10,000,000,000 (bare 億 in a Taiwan article = TWD); body's 101.3億元 differs by >0.5% so both are required")
deal(D, "砸45億日圓買", "45億日圓", "acquisition", "igs", yi(45), "JPY", None, "hoshimori", None, 70,
     note="title; 七成 = 70%; board approval date not given (日前) -> period null; seller not named")
rec(D, "合併營收新台幣232.6億元", "232.6億元", "revenue", "igs", yi(232.6), "TWD", Q13, change={"yoy": 18.7})
rec(D, "稅後純益101.3億元", "101.3億元", "net_profit", "igs", yi(101.3), "TWD", Q13, change={"yoy": 22.4})
rec(D, "單季營收81.2億元", "81.2億元", "revenue", "igs", yi(81.2), "TWD", "2025Q3", change={"qoq": 4.1})
rec(D, "稅後純益33.6億元", "33.6億元", "net_profit", "igs", yi(33.6), "TWD", "2025Q3", change={"qoq": -2.7})
rec(D, "推廣費用9.8億元", "9.8億元", "selling_expense", "igs", yi(9.8), "TWD", "2025Q3", change={"yoy": 15},
    note="promotion spend (推廣費用) -> selling_expense")
rec(D, "月活躍用戶約1,250萬人", "約1,250萬人", "users", "igs", wan(1250), "users", None, approx="about",
    note="MAU of IGS mobile games; no period; 海外營收占比四成 (a ratio) is not a record")
rec(D, "累計下載突破一千二百萬次", "突破一千二百萬次", "operating_metric", "igs-star31", 12_000_000, "downloads", None, approx="over",
    note="Chinese-numeral count 一千二百萬 = 12,000,000; 突破 -> over (seed convention)")
rec(D, "首九個月營收約92億元", "約92億元", "revenue", "gamania", yi(92), "TWD", "2025-01/2025-09", approx="about", change={"yoy": -6.3},
    note="今年首九個月 -> month range")
rec(D, "宇峻前三季虧損1,530萬元", "1,530萬元", "net_profit", "userjoy", -wan(1530), "TWD", Q13, note="loss -> negative")
rec(D, "去年同期則獲利2,100萬元", "2,100萬元", "net_profit", "userjoy", wan(2100), "TWD", "2024Q1/2024Q3", note="year-ago profit")
deal(D, "將以45億日圓", "45億日圓", "acquisition", "igs", yi(45), "JPY", None, "hoshimori", None, 70, optional=True,
     note="body repeat of the title deal")
deal(D, "約合新台幣9.3億元", "約合新台幣9.3億元", "acquisition", "igs", yi(9.3), "TWD", None, "hoshimori", None, 70, approx="about",
     optional=True, note="currency conversion in parentheses (optional per records.md)")
rec(D, "營收38億日圓左右", "38億日圓左右", "revenue", "hoshimori", yi(38), "JPY", "2024Q2/2025Q1", approx="about",
    note="target's fiscal 2024 = April 2024 - March 2025 (截至2025年3月)")
rec(D, "年增一成以上", "一成以上", "revenue", "igs", None, None, "2026", approx="over", change={"yoy": 10}, optional=True,
    note="analyst forecast (法人估) of the company's own figure -> optional per records.md")

# ---------------------------------------------------------------------------
ENTITIES_NEW = [
    # existing ids: other name forms used in these articles
    ["spot-gold", "現貨金價", "现货金价"],
    ["wti-crude", "紐約期油", "纽约期油"],
    ["tencent", "騰訊控股", "腾讯控股"],
    # companies
    ["hengrui", "恒瑞医药", "恒瑞醫藥", "恒瑞", "600276"],
    ["g-bits", "吉比特", "603444"],
    ["yunda", "韵达股份", "韻達股份", "韵达", "韻達", "002120"],
    ["lenovo", "联想集团", "聯想集團", "联想", "聯想", "Lenovo", "0992"],
    ["lenovo-idg", "智能设备业务集团", "智能設備業務集團", "IDG"],
    ["huadong-medicine", "华东医药", "華東醫藥", "000963"],
    ["bohua-pharma", "博华制药", "博華製藥", "西安博华制药有限公司"],
    ["qinchuang-health", "陕西秦创健康产业集团", "秦创健康"],
    ["suzhou-bank", "苏州银行", "蘇州銀行", "002966"],
    ["qilu-bank", "齐鲁银行", "齊魯銀行", "601665"],
    ["qingdao-bank", "青岛银行", "青島銀行", "002948"],
    ["jiangyin-bank", "江阴银行", "江陰銀行", "002807"],
    ["haomai", "豪迈科技", "豪邁科技", "豪迈", "002595"],
    ["haomai-tire-molds", "轮胎模具业务", "轮胎模具", "子午线轮胎模具"],
    ["haomai-machinery-parts", "大型零部件机械产品", "大型零部件机械产品业务"],
    ["haomai-cnc", "数控机床业务", "数控机床"],
    ["ruifeng-precision", "瑞丰精密", "潍坊瑞丰精密铸造有限公司"],
    ["ruifeng-investment", "潍坊瑞丰投资合伙企业", "瑞丰投资"],
    ["zhizhu-robot", "山东智铸机器人有限公司", "智铸机器人"],
    ["yanjing", "燕京啤酒", "燕京", "000729"],
    ["yanjing-u8", "燕京U8", "U8"],
    ["tsingtao-beer", "青岛啤酒", "青島啤酒"],
    ["chongqing-beer", "重庆啤酒", "重慶啤酒"],
    ["yanhua-capital", "燕华创投", "北京燕华创投合伙企业"],
    ["chowtaifook", "周大福", "周大福珠寶", "周大福珠宝", "1929"],
    ["chowtaifook-mainland", "中國內地市場", "中國內地", "中国内地"],
    ["chowtaifook-hkmo", "港澳及其他市場", "港澳及其他市场"],
    ["tsmc", "台積電", "台积电", "TSMC", "2330"],
    ["mediatek", "聯發科", "联发科", "2454"],
    ["accton", "智邦", "2345"],
    ["avc", "奇鋐", "奇鋐科技", "3017"],
    ["auo", "友達", "友达", "友達光電"],
    ["acer", "宏碁", "Acer", "2353"],
    ["acer-hongxing", "宏星電競", "宏星电竞"],
    ["acer-hongkang", "宏康醫聯", "宏康医联"],
    ["acer-hongyun", "宏雲科技", "宏云科技", "宏雲"],
    ["jingyao-venture", "晶耀創投", "晶耀创投"],
    ["igs", "鈊象", "鈊象電子", "3293"],
    ["igs-star31", "明星三缺一", "《明星三缺一》"],
    ["gamania", "遊戲橘子", "游戏橘子", "橘子"],
    ["userjoy", "宇峻", "宇峻奧汀"],
    ["hoshimori", "Hoshimori Games", "星森"],
    # indices, FX
    ["sse-composite", "上证指数", "上證指數", "沪指", "滬指", "上证综指"],
    ["szse-component", "深证成指", "深證成指", "深成指"],
    ["chinext", "创业板指", "創業板指", "创业板指数"],
    ["hang-seng", "恒生指數", "恒生指数", "恒指"],
    ["hscei", "國企指數", "国企指数", "國指", "恒生中國企業指數"],
    ["hstech", "恒生科技指數", "恒生科技指数", "科指"],
    ["taiex", "加權指數", "加权指数", "台股加權指數", "集中市場加權指數"],
    ["cny-onshore", "在岸人民币", "在岸人民幣", "在岸人民币对美元"],
    ["cnh", "離岸人民幣", "离岸人民币", "離岸人民幣兌美元"],
    ["usd-hkd", "美元兌港元", "美元兑港元"],
]

# ---------------------------------------------------------------------------
SENT_END = "。！？\n"


def sentence_of(text, a, b):
    s = a
    while s > 0 and text[s - 1] not in SENT_END:
        s -= 1
    e = b
    while e < len(text) and text[e] not in SENT_END:
        e += 1
    if e < len(text) and text[e] != "\n":
        e += 1
    return text[s:e]


def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    texts = {}
    for fn, (title, body) in ART.items():
        assert "\n" not in title and "\n" not in body, fn
        text = title + "\n" + body
        n = len(text)
        assert 400 <= n <= 700, (fn, n)
        with open(os.path.join(HERE, "articles", fn), "w", encoding="utf-8") as f:
            f.write(text)  # no trailing newline
        texts[fn] = text

    ids = {row[0] for row in ENTITIES_NEW}
    with open(os.path.join(HERE, "..", "shared", "spec", "entities.tsv"), encoding="utf-8") as f:
        next(f)
        ids |= {line.split("\t")[0].strip() for line in f if line.strip()}

    out = []
    for r in R:
        text = texts[r["doc"]]
        ctx, q = r["ctx"], r["q"]
        c = text.count(ctx)
        assert c == 1, (r["doc"], ctx, c)
        base = text.index(ctx)
        off = -1
        for _ in range(r["nth"]):
            off = ctx.index(q, off + 1)
        a = base + off
        b = a + len(q)
        assert text[a:b] == q
        for who in (r["subject"], r["deal"].get("target"), r["deal"].get("counterparty")):
            if who is not None:
                assert who in ids, who
        row = {
            "doc": r["doc"] + "#1", "kind": r["kind"], "subject": r["subject"], "value": r["value"],
            "value_max": r["value_max"], "unit": r["unit"], "approx": r["approx"], "period": r["period"],
            "change": r["change"], "span": [a, b], "quote": q, "sentence": sentence_of(text, a, b),
        }
        if r["kind"] in ("stake_sale", "acquisition", "investment"):
            row["target"] = r["deal"]["target"]
            row["counterparty"] = r["deal"]["counterparty"]
            row["stake_pct"] = r["deal"]["stake_pct"]
        row["rule"] = RULE
        if r["optional"]:
            row["optional"] = True
        if r["note"] and "delta=true" in r["note"]:
            row["delta"] = True
        if r["note"]:
            row["note"] = r["note"]
        out.append(row)

    # no two records on the same span with the same kind and subject
    seen = set()
    for row in out:
        k = (row["doc"], tuple(row["span"]), row["kind"], row["subject"])
        assert k not in seen, k
        seen.add(k)

    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "entities-new.tsv"), "w", encoding="utf-8") as f:
        f.write("id\tnames (traditional and simplified forms, tab-separated)\n")
        for row in ENTITIES_NEW:
            f.write("\t".join(row) + "\n")

    # summary
    from collections import Counter
    print("docs:")
    for fn, text in texts.items():
        req = sum(1 for x in out if x["doc"] == fn + "#1" and not x.get("optional"))
        opt = sum(1 for x in out if x["doc"] == fn + "#1" and x.get("optional"))
        print(f"  {fn:32} chars={len(text):4} required={req:3} optional={opt:2}")
    print("total", len(out), "required", sum(1 for x in out if not x.get("optional")))
    print(Counter(x["kind"] for x in out if not x.get("optional")).most_common())


if __name__ == "__main__":
    build()
