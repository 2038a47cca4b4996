#!/usr/bin/env python3
"""Build the heldout12 evaluation set: writes articles/*.txt and gold.jsonl.

Every article below was composed by hand for this set; all figures are invented
(company names are real so the texts read like real press copy).
Each gold record is located by a context string that must occur exactly once in
its document; the quote must occur inside that context. Spans are Python str
(code point) offsets into title + "\n" + body, and quote == text[span[0]:span[1]]
is asserted for every record.

    python3 build_gold.py
"""
import json
import os
import re
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
RULE = "heldout12-manual"

ARTICLES = {}

ARTICLES["beike-banks.txt"] = (
"招商银行前三季度营收2514亿元，净利润同比增0.5%",
"新京报贝壳财经讯（记者 潘亦纯）10月28日晚间，招商银行发布2025年第三季度报告。前三季度，招行实现营业收入2514.2亿元，同比下降0.8%，降幅较上半年收窄；实现归属于本行股东的净利润1137.7亿元，同比增长0.5%。其中，净利息收入1611.5亿元，同比增长1.1%；非利息净收入902.7亿元，同比下降3.7%。单看第三季度，招行实现营收约八百二十亿元，环比下降2.3%。资产质量方面，截至9月末，招行不良贷款率为0.93%，与上年末持平；净息差为1.87%，较上半年下降1个基点；贷款和垫款总额6.92万亿元，较上年末增长4.2%。前三季度基本每股收益4.21元，年化加权平均净资产收益率13.35%。险企三季报也于近日密集披露。中国平安前三季度实现归属于母公司股东的营运利润1162.6亿元，同比增长7.2%；归母净利润1328.6亿元，同比增长11.5%；寿险及健康险业务新业务价值同比增长46.2%。中国人寿前三季度实现原保险保费收入约6696亿元，同比增长10.1%，归母净利润同比增长约六成。有分析人士对贝壳财经表示，银行业息差下行压力仍在，险企投资端则受益于权益市场回暖。（贝壳财经）"
)

ARTICLES["nbd-pharma.txt"] = (
"恒瑞医药三款GLP-1产品授权德国默克，首付款1.6亿欧元",
"每经记者 林姿辰 每经编辑 文多 11月3日晚间，恒瑞医药（SH600276，收盘价62.18元，总市值4127亿元）公告称，公司与德国默克集团签署许可协议，将HRS-7535等三款GLP-1类产品在大中华区以外的全球独家权益授予对方。恒瑞将获得1.6亿欧元首付款，以及最高约19.4亿欧元的开发、注册及销售里程碑付款，另可获得销售提成。这是恒瑞今年以来第5笔对外授权交易。受此消息影响，11月4日恒瑞医药高开，盘中一度涨逾7%，收盘上涨5.36%，报65.51元，全天成交额48.3亿元。业绩方面，恒瑞前三季度实现营业收入231.88亿元，同比增长14.85%；归母净利润57.51亿元，同比增长24.5%；扣非净利润55.6亿元。公司前三季度研发投入49.45亿元，占营收比重为21.3%；销售费用67.8亿元，同比下降5.2%。创新药企的盈利拐点也在显现。百济神州前三季度营收约275.9亿元，同比增长43%，其中第三季度单季营收95亿元上下；前三季度净利润11.4亿元，去年同期亏损39.7亿元，首次实现前三季度盈利。港股方面，信达生物11月3日宣布以每股85.7港元配售5600万股新股，所得款项净额约47.7亿港元，主要用于全球临床开发。（每日经济新闻）"
)

ARTICLES["thepaper-property.txt"] = (
"万科前三季度亏损扩大至280亿元，百强房企前10月销售额同比降超三成",
"澎湃新闻记者 陈岩 10月30日晚间，万科A（000002.SZ）披露三季报：前三季度实现营业收入1613.9亿元，同比下降26.6%；归属于上市公司股东的净亏损280.2亿元，上年同期亏损179.2亿元，亏损幅度进一步扩大。其中第三季度单季亏损160.7亿元，毛利率为-1.3%。前三季度万科实现合同销售面积857.2万平方米，合同销售金额1004.6亿元，同比下降44.6%。为回笼资金，万科当日同时公告，拟以十二亿元向黑石集团出售所持万纬物流51%股权。截至9月末，大股东深铁集团累计向万科提供借款超过290亿元，万科有息负债余额3629.4亿元，较上年末下降1.8%。行业层面，据克而瑞研究中心11月1日数据，2025年1—10月TOP100房企实现销售操盘金额约２８５８０亿元，同比下降31.2%；10月单月，百强房企销售面积约两千三百万平方米，环比增长1.6%。头部房企中，保利发展前三季度实现营业收入1882.1亿元，同比下降5.1%，归母净利润不到20亿元；其前10月销售金额2143.2亿元，居行业首位。中海地产前10月拿地金额约621亿元，同比增长18%，在拿地榜中排名第一。此外，招商蛇口牵头的联合体以约8.1亿新加坡元投得新加坡一宗住宅用地。（澎湃新闻）"
)

ARTICLES["cs-ev.txt"] = (
"新能源车企11月成绩单出炉 比亚迪销量48万辆 零跑交付同比增逾八成",
"中证报记者 万宇 12月1日，多家新能源车企公布11月产销数据。比亚迪11月新能源汽车销量为480186辆，同比下降5.3%，环比增长9.8%；其中海外销量131935辆，创历史新高。今年前11个月，比亚迪累计销量约418.2万辆，同比增长11.3%，完成全年460万辆销量目标的约91%。新势力方面，零跑汽车11月交付70327辆，同比增长超过八成；小鹏汽车交付36728辆，同比增长19%；理想汽车交付33181辆，同比下降31.9%；蔚来交付36275辆。外资品牌方面，特斯拉上海超级工厂11月交付7.3万辆左右，同比下降11.8%。小米集团表示，小米汽车11月交付量超过4万辆，并确认全年交付至少35万辆。乘联会数据显示，1-10月比亚迪在国内新能源乘用车零售市场的份额为27.1%，较去年同期下降5.4个百分点。财报方面，小鹏汽车第三季度净亏损3.8亿元，同比收窄80.9%，汽车毛利率升至13.1%。二级市场上，12月1日上证指数收报3914.01点，上涨0.65%，沪深两市成交额1.89万亿元；汽车整车板块上涨1.18%，比亚迪A股收涨2.37%，报98.46元。中信证券维持比亚迪“买入”评级，目标价130元。（中国证券报）"
)

ARTICLES["lanjing-baijiu.txt"] = (
"茅台前三季度营收1309亿元，拟中期分红超300亿元",
"蓝鲸新闻10月30日讯（记者 王婷）昨日晚间，贵州茅台发布2025年三季报。前三季度，公司实现营业总收入1309.04亿元，同比增长6.32%；归母净利润646.27亿元，同比增长6.25%；基本每股收益51.52元。单季度看，第三季度营收398.1亿元，同比仅增长0.35%，为近年来单季最低增速。分渠道看，前三季度直销渠道收入约536亿元，同比增长9.3%，其中“i茅台”数字营销平台收入127.8亿元，平台注册用户已超过两千三百万；批发代理渠道收入751.7亿元。分产品看，系列酒收入约186亿元，同比下降4.5%，是公司上市以来系列酒首次出现前三季度收入下滑。茅台同时公告，拟向全体股东每10股派发现金红利239.57元（含税），合计派发300.01亿元；公司此前披露的15亿元至30亿元回购方案已累计实施约18.2亿元。另一白酒龙头五粮液则承压明显，第三季度营收81.74亿元，同比下降52.66%，净利润20.19亿元，同比下降65.62%；前三季度营收609.45亿元，同比下降10.26%。二级市场上，白酒板块昨日下跌1.25%，贵州茅台收报1435.5元，跌0.84%；泸州老窖跌2.1%，动态市盈率约15倍。（蓝鲸财经）"
)

ARTICLES["ctee-chips.txt"] = (
"台積電10月營收3,676億元 年增16.9%創同期新高",
"【記者 簡威瑟／台北報導】晶圓代工龍頭台積電昨（10）日公布10月合併營收新台幣3,676.47億元，月增11%、年增16.9%；今年前10月累計營收達新台幣3兆130.8億元，較去年同期增加33.8%。台積電上季稅後純益4,523億元，年增39.1%，每股純益17.44元，毛利率59.5%。公司預估第四季營收介於322億至334億美元，毛利率59%至61%。資本支出方面，台積電今年資本支出預估維持在400億至420億美元，法人推估明年可望上看480億美元。海外布局持續推進，日本熊本二廠總投資額約1兆7,600億日圓，德國德勒斯登廠總投資逾100億歐元。研調機構TrendForce統計，第二季台積電晶圓代工市占率達70.2%，季增2.4個百分點。其他晶片廠方面，聯發科10月營收新台幣439.5億元，月減2.13%、年增7.78%；聯電10月營收199.6億元，月增0.6%，並宣布新加坡12i廠擴建再追加投資約32億新加坡元；封測龍頭日月光投控10月合併營收新台幣562.3億元，年增9.4%。法人指出，AI加速器與先進封裝需求強勁，晶圓代工產能利用率可望維持高檔。台積電股價昨日收1,460元，上漲15元，外資賣超1.2萬張。（工商時報）"
)

ARTICLES["ltn-airlines.txt"] = (
"長榮航10月營收２１４．８億元 創同期新高",
"〔記者 陳永吉／台北報導〕長榮航空昨（１０）日公布１０月自結合併營收新台幣２１４．８億元，月增４．９％、年增５．２％，創歷年同期新高；累計前１０月營收２０９９．３億元，年增３．６％。客運方面，長榮航１０月載客約９４．８萬人次，年增７％，平均載客率達８６．３％；貨運營收約５１．２億元，年減３％。長榮航董事會昨日並通過購置１８架波音７８７客機，總價上限約７１億美元，預計２０２８年起陸續交機。長榮航並表示，１２月起將加開台北至米蘭、維也納航班，以因應歐洲航線需求成長。中華航空１０月營收２０５．７億元，年減１．２％，其中客運營收１１８．６億元；累計前１０月營收１９８６億元，年增１．８％。華航前３季稅後淨利９８．５億元，年減１２％，每股稅後純益１．６５元。星宇航空第３季則轉虧，稅後虧損４．１億元，前３季虧損擴大至６．３億元，主因新機交付導致折舊及利息費用增加。業者指出，日圓走弱帶動赴日旅遊熱潮，年底旺季訂位狀況良好，但燃油成本仍是變數。台股昨日加權指數上漲３１２．４７點，收２８０４０．６４點，成交值新台幣５６３８億元；航空類股指數漲２．１％，長榮航收３７．５５元、漲０．８５元。新台幣兌美元收３１．１２元，升值８．８分。（自由財經）"
)

ARTICLES["mingpao-hk.txt"] = (
"港股三連跌 恒指跌385點 聯想半年純利升41%",
"【明報專訊】美國減息預期降溫，港股昨日（20日）低開低走，恒指收報25830點，跌385點或1.47%，全日成交2455億元；國企指數跌1.62%，收9132點；恒生科技指數跌2.1%。藍籌中，友邦保險（1299）跌2.3%，收73.05元，該公司早前公布第三季新業務價值按年增長18%至14.9億美元，並宣布額外回購16億美元股份。聯想集團（0992）公布截至9月底止的2025/26財年上半年業績，收入370.6億美元，按年增長19%；股東應佔溢利8.5億美元，按年升41%，派中期息每股8.5港仙。聯想股價逆市升4.6%，收11.24元。國泰航空公布，10月載客約243萬人次，按年增長21%；今年首十個月載客量近2,400萬人次，按年增長27%，乘客運載率84.9%。新股方面，牧原股份今日起招股，擬發行約2.7億股H股，每股招股價介乎37.6元至39.2元，集資最多約105.8億元，所得款項淨額估計約10,458百萬港元；基石投資者包括淡馬錫及高瓴，分別認購6,000萬美元及5千萬美元。另外，長江基建（1038）昨日宣布以約12億英鎊向麥格理收購英國電池儲能公司Zenobē 60%股權。（明報）"
)


# ---------------------------------------------------------------- helpers

def Y(x):
    """x 億/亿 -> base units."""
    return int(Decimal(str(x)) * 100000000)


def W(x):
    """x 萬/万 -> base units."""
    return int(Decimal(str(x)) * 10000)


P9 = "2025Q1/2025Q3"       # 前三季度 / 前3季 of 2025
P9_PREV = "2024Q1/2024Q3"  # the same nine months of 2024
M10 = "2025-01/2025-10"    # 前10月 / 1-10月 / 今年首十個月
DEAL_KINDS = {"stake_sale", "acquisition", "investment"}

RECORDS = {}  # file name -> list of record specs


def R(fname, ctx, quote, kind, subject, value, unit, approx=None, period=None,
      change=None, value_max=None, optional=False, note=None, target=None,
      counterparty=None, stake_pct=None):
    RECORDS.setdefault(fname, []).append(dict(
        ctx=ctx, quote=quote, kind=kind, subject=subject, value=value, unit=unit,
        approx=approx, period=period, change=change, value_max=value_max,
        optional=optional, note=note, target=target, counterparty=counterparty,
        stake_pct=stake_pct))


# ------------------------------------------------- 1. 新京报贝壳财经: banks, insurers
F = "beike-banks.txt"
R(F, "招商银行前三季度营收2514亿元", "2514亿元", "revenue", "cmb", Y(2514), "CNY", period=P9,
  note="title; 前三季度 2025 (report of 10月28日)")
R(F, "净利润同比增0.5%", "0.5%", "net_profit", "cmb", None, None, period=P9, change={"yoy": 0.5},
  note="title: growth without a level (the level 1137.7亿元 first appears in the body)")
R(F, "营业收入2514.2亿元", "2514.2亿元", "revenue", "cmb", Y(2514.2), "CNY", period=P9,
  change={"yoy": -0.8}, optional=True, note="repeat of the title figure (2514亿元), within 0.5%")
R(F, "净利润1137.7亿元", "1137.7亿元", "net_profit", "cmb", Y(1137.7), "CNY", period=P9,
  change={"yoy": 0.5}, note="归属于本行股东的净利润")
R(F, "净利息收入1611.5亿元", "1611.5亿元", "revenue", "cmb", Y(1611.5), "CNY", period=P9,
  change={"yoy": 1.1}, note="net interest income: a revenue line of the bank; subject the bank itself")
R(F, "非利息净收入902.7亿元", "902.7亿元", "revenue", "cmb", Y(902.7), "CNY", period=P9,
  change={"yoy": -3.7}, note="non-interest income: revenue line")
R(F, "营收约八百二十亿元", "约八百二十亿元", "revenue", "cmb", Y(820), "CNY", approx="about",
  period="2025Q3", change={"qoq": -2.3}, note="Chinese numerals; 单看第三季度; 环比 of a quarterly figure -> qoq")
R(F, "营运利润1162.6亿元", "1162.6亿元", "adjusted_net_profit", "ping-an", Y(1162.6), "CNY", period=P9,
  change={"yoy": 7.2}, optional=True,
  note="Ping An's 归母营运利润 (operating profit after tax, its own non-GAAP measure); kind debatable (adjusted_net_profit vs operating_profit)")
R(F, "归母净利润1328.6亿元", "1328.6亿元", "net_profit", "ping-an", Y(1328.6), "CNY", period=P9,
  change={"yoy": 11.5})
R(F, "新业务价值同比增长46.2%", "46.2%", "operating_metric", "ping-an", None, None, period=P9,
  change={"yoy": 46.2}, optional=True,
  note="new business value (NBV) growth of the life & health business; no kind for NBV")
R(F, "保费收入约6696亿元", "约6696亿元", "revenue", "china-life", Y(6696), "CNY", approx="about",
  period=P9, change={"yoy": 10.1}, note="原保险保费收入 = premium income, an insurer's revenue line")
R(F, "同比增长约六成", "约六成", "net_profit", "china-life", None, None, approx="about", period=P9,
  change={"yoy": 60}, note="六成 = 60%; growth without a level; 约 hedges the rate")

# ------------------------------------------------- 2. 每日经济新闻: pharma
F = "nbd-pharma.txt"
R(F, "授权德国默克，首付款1.6亿欧元", "1.6亿欧元", "revenue", "hengrui", Y(1.6), "EUR",
  period="2025-11-03", optional=True,
  note="title: licensing upfront payment receivable by Hengrui; no kind for licensing income, revenue closest")
R(F, "获得1.6亿欧元首付款", "1.6亿欧元", "revenue", "hengrui", Y(1.6), "EUR", period="2025-11-03",
  optional=True, note="repeat of the upfront payment")
R(F, "最高约19.4亿欧元", "最高约19.4亿欧元", "revenue", "hengrui", Y(19.4), "EUR", approx="up_to",
  optional=True, note="potential milestone payments (contingent, future); 最高约 -> up_to as in the seed")
R(F, "收盘价62.18元", "62.18元", "price", "hengrui", 62.18, "CNY", period="2025-11-03",
  note="closing price on the announcement day (11月3日)")
R(F, "总市值4127亿元", "4127亿元", "price", "hengrui", Y(4127), "CNY", period="2025-11-03",
  optional=True, note="market capitalisation: a valuation; seed treats a market total's cap as price, a company's cap is borderline")
R(F, "盘中一度涨逾7%", "逾7%", "price_change", "hengrui", 7, "percent", approx="over",
  period="2025-11-04", note="intraday move, recorded like the seed's Strategy 盘中跌幅一度达12%")
R(F, "收盘上涨5.36%", "5.36%", "price_change", "hengrui", 5.36, "percent", period="2025-11-04")
R(F, "报65.51元", "65.51元", "price", "hengrui", 65.51, "CNY", period="2025-11-04")
R(F, "营业收入231.88亿元", "231.88亿元", "revenue", "hengrui", Y(231.88), "CNY", period=P9,
  change={"yoy": 14.85})
R(F, "归母净利润57.51亿元", "57.51亿元", "net_profit", "hengrui", Y(57.51), "CNY", period=P9,
  change={"yoy": 24.5})
R(F, "扣非净利润55.6亿元", "55.6亿元", "adjusted_net_profit", "hengrui", Y(55.6), "CNY", period=P9,
  optional=True, note="扣非净利润 (excluding non-recurring items): adjusted measure, kind debatable")
R(F, "研发投入49.45亿元", "49.45亿元", "cost", "hengrui", Y(49.45), "CNY", period=P9,
  note="R&D spend -> cost per the contract; the 21.3% ratio is not recorded")
R(F, "销售费用67.8亿元", "67.8亿元", "selling_expense", "hengrui", Y(67.8), "CNY", period=P9,
  change={"yoy": -5.2})
R(F, "营收约275.9亿元", "约275.9亿元", "revenue", "beigene", Y(275.9), "CNY", approx="about",
  period=P9, change={"yoy": 43})
R(F, "单季营收95亿元上下", "95亿元上下", "revenue", "beigene", Y(95), "CNY", approx="about",
  period="2025Q3", note="上下 -> about")
R(F, "净利润11.4亿元", "11.4亿元", "net_profit", "beigene", Y(11.4), "CNY", period=P9)
R(F, "去年同期亏损39.7亿元", "39.7亿元", "net_profit", "beigene", -Y(39.7), "CNY", period=P9_PREV,
  note="year-ago comparison stated explicitly; loss -> negative")
R(F, "所得款项净额约47.7亿港元", "约47.7亿港元", "stake_sale", "innovent", Y(47.7), "HKD",
  approx="about", period="2025-11-03", optional=True, target="innovent",
  note="placement of new shares: funds raised by the issuer; no kind for capital raising, stake_sale chosen (issuer sells newly issued shares of itself); per-share price 85.7港元 not recorded")

# ------------------------------------------------- 3. 澎湃新闻: property developers
F = "thepaper-property.txt"
R(F, "亏损扩大至280亿元", "280亿元", "net_profit", "vanke", -Y(280), "CNY", period=P9,
  note="title; 亏损扩大至 -> negative level")
R(F, "前10月销售额同比降超三成", "超三成", "operating_metric", "cric-top100", None, None,
  approx="over", period=M10, change={"yoy": -30}, optional=True,
  note="title: contracted-sales growth of the TOP100 developers (industry aggregate); contracted sales have no kind (like GMV in the seed)")
R(F, "营业收入1613.9亿元", "1613.9亿元", "revenue", "vanke", Y(1613.9), "CNY", period=P9,
  change={"yoy": -26.6})
R(F, "净亏损280.2亿元", "280.2亿元", "net_profit", "vanke", -Y(280.2), "CNY", period=P9,
  optional=True, note="repeat of the title loss")
R(F, "上年同期亏损179.2亿元", "179.2亿元", "net_profit", "vanke", -Y(179.2), "CNY", period=P9_PREV,
  note="year-ago comparison")
R(F, "单季亏损160.7亿元", "160.7亿元", "net_profit", "vanke", -Y(160.7), "CNY", period="2025Q3")
R(F, "合同销售面积857.2万平方米", "857.2万平方米", "operating_metric", "vanke", W(857.2),
  "square_meters", period=P9, optional=True, note="contracted floor area; kind/unit debatable")
R(F, "合同销售金额1004.6亿元", "1004.6亿元", "operating_metric", "vanke", Y(1004.6), "CNY",
  period=P9, change={"yoy": -44.6}, optional=True,
  note="contracted sales value: not revenue (recognised on delivery); no kind, treated like GMV in the seed")
R(F, "拟以十二亿元", "十二亿元", "stake_sale", "vanke", Y(12), "CNY", period="2025-10-30",
  target="vx-logistics", counterparty="blackstone", stake_pct=51,
  note="planned sale announced 当日 (10月30日); Chinese numerals")
R(F, "约２８５８０亿元", "约２８５８０亿元", "operating_metric", "cric-top100", Y(28580), "CNY",
  approx="about", period=M10, change={"yoy": -31.2}, optional=True,
  note="full-width digits; industry aggregate contracted sales (no kind)")
R(F, "约两千三百万平方米", "约两千三百万平方米", "operating_metric", "cric-top100", 23000000,
  "square_meters", approx="about", period="2025-10", change={"mom": 1.6}, optional=True,
  note="Chinese numerals; 环比 of a monthly figure -> mom; aggregate floor area")
R(F, "营业收入1882.1亿元", "1882.1亿元", "revenue", "poly-developments", Y(1882.1), "CNY",
  period=P9, change={"yoy": -5.1})
R(F, "归母净利润不到20亿元", "不到20亿元", "net_profit", "poly-developments", Y(20), "CNY",
  approx="up_to", period=P9, note="不到 (less than) read as up_to; no code for strictly-below")
R(F, "销售金额2143.2亿元", "2143.2亿元", "operating_metric", "poly-developments", Y(2143.2), "CNY",
  period=M10, optional=True, note="contracted sales (no kind)")
R(F, "拿地金额约621亿元", "约621亿元", "capex", "china-overseas", Y(621), "CNY", approx="about",
  period=M10, change={"yoy": 18}, optional=True,
  note="land purchases: a developer's inventory spend, not strictly capex; kind debatable")
R(F, "约8.1亿新加坡元", "约8.1亿新加坡元", "capex", "china-merchants-shekou", Y(8.1), "SGD",
  approx="about", optional=True, note="land purchase by a consortium led by 招商蛇口; kind debatable; undated")

# ------------------------------------------------- 4. 中国证券报: EV makers, A-shares
F = "cs-ev.txt"
R(F, "比亚迪销量48万辆", "48万辆", "operating_metric", "byd", 480000, "vehicles", period="2025-11",
  note="title; rounded form of 480186辆")
R(F, "零跑交付同比增逾八成", "逾八成", "operating_metric", "leapmotor", None, None, approx="over",
  period="2025-11", change={"yoy": 80}, note="title: growth without a level; 八成 = 80%")
R(F, "销量为480186辆", "480186辆", "operating_metric", "byd", 480186, "vehicles", period="2025-11",
  change={"yoy": -5.3, "mom": 9.8}, optional=True, note="repeat of the title 48万辆 (within 0.5%)")
R(F, "海外销量131935辆", "131935辆", "operating_metric", "byd", 131935, "vehicles", period="2025-11",
  note="BYD overseas sales; subject the company")
R(F, "累计销量约418.2万辆", "约418.2万辆", "operating_metric", "byd", W(418.2), "vehicles",
  approx="about", period="2025-01/2025-11", change={"yoy": 11.3})
R(F, "全年460万辆销量目标", "460万辆", "operating_metric", "byd", W(460), "vehicles", period="2025",
  note="company's own full-year target = guidance -> the metric's kind (contract); the 约91% completion ratio is not recorded")
R(F, "零跑汽车11月交付70327辆", "70327辆", "operating_metric", "leapmotor", 70327, "vehicles",
  period="2025-11", change={"yoy": 80},
  note="同比增长超过八成: change 80; the 超过 hedges the rate, the level itself is exact so approx null")
R(F, "小鹏汽车交付36728辆", "36728辆", "operating_metric", "xpeng", 36728, "vehicles",
  period="2025-11", change={"yoy": 19})
R(F, "理想汽车交付33181辆", "33181辆", "operating_metric", "li-auto", 33181, "vehicles",
  period="2025-11", change={"yoy": -31.9})
R(F, "蔚来交付36275辆", "36275辆", "operating_metric", "nio", 36275, "vehicles", period="2025-11")
R(F, "交付7.3万辆左右", "7.3万辆左右", "operating_metric", "tesla", 73000, "vehicles", approx="about",
  period="2025-11", change={"yoy": -11.8}, note="Tesla Shanghai Gigafactory; subject the parent")
R(F, "交付量超过4万辆", "超过4万辆", "operating_metric", "xiaomi", 40000, "vehicles", approx="over",
  period="2025-11", note="小米汽车 deliveries, stated by 小米集团")
R(F, "全年交付至少35万辆", "至少35万辆", "operating_metric", "xiaomi", 350000, "vehicles",
  approx="at_least", period="2025", note="company guidance (确认全年交付至少)")
R(F, "份额为27.1%", "27.1%", "market_share", "byd", 27.1, "percent", period=M10,
  note="1-10月 NEV passenger-car retail share (CPCA); the -5.4 percentage points is not a growth rate and is not put into change")
R(F, "净亏损3.8亿元", "3.8亿元", "net_profit", "xpeng", -Y(3.8), "CNY", period="2025Q3",
  change={"yoy": -80.9},
  note="亏损收窄80.9%: rate applied to the loss as the seed does (每單虧損降低一半 -> -50); sign debatable")
R(F, "上证指数收报3914.01点", "3914.01点", "price", "sse-composite", 3914.01, "points",
  period="2025-12-01")
R(F, "上涨0.65%", "0.65%", "price_change", "sse-composite", 0.65, "percent", period="2025-12-01")
R(F, "汽车整车板块上涨1.18%", "1.18%", "price_change", "sw-auto-index", 1.18, "percent",
  period="2025-12-01", note="sector index (汽车整车板块)")
R(F, "收涨2.37%", "2.37%", "price_change", "byd", 2.37, "percent", period="2025-12-01",
  note="BYD A shares")
R(F, "报98.46元", "98.46元", "price", "byd", 98.46, "CNY", period="2025-12-01")
R(F, "目标价130元", "130元", "price", "byd", 130, "CNY", optional=True,
  note="analyst target price (中信证券): an analyst forecast -> optional")

# ------------------------------------------------- 5. 蓝鲸财经: liquor / consumer
F = "lanjing-baijiu.txt"
R(F, "茅台前三季度营收1309亿元", "1309亿元", "revenue", "moutai", Y(1309), "CNY", period=P9,
  note="title; the title's 分红超300亿元 is a dividend (no kind, not recorded)")
R(F, "营业总收入1309.04亿元", "1309.04亿元", "revenue", "moutai", Y(1309.04), "CNY", period=P9,
  change={"yoy": 6.32}, optional=True, note="repeat of the title figure")
R(F, "归母净利润646.27亿元", "646.27亿元", "net_profit", "moutai", Y(646.27), "CNY", period=P9,
  change={"yoy": 6.25})
R(F, "第三季度营收398.1亿元", "398.1亿元", "revenue", "moutai", Y(398.1), "CNY", period="2025Q3",
  change={"yoy": 0.35})
R(F, "直销渠道收入约536亿元", "约536亿元", "revenue", "moutai-direct-sales", Y(536), "CNY",
  approx="about", period=P9, change={"yoy": 9.3}, note="channel revenue; invented sub-id (seed style)")
R(F, "平台收入127.8亿元", "127.8亿元", "revenue", "moutai-imoutai", Y(127.8), "CNY", period=P9,
  note="i茅台 platform revenue (part of direct sales)")
R(F, "已超过两千三百万", "超过两千三百万", "users", "moutai-imoutai", 23000000, "users",
  approx="over", note="registered users; Chinese numerals; no period stated (as of the report)")
R(F, "批发代理渠道收入751.7亿元", "751.7亿元", "revenue", "moutai-wholesale", Y(751.7), "CNY",
  period=P9)
R(F, "系列酒收入约186亿元", "约186亿元", "revenue", "moutai-series-liquor", Y(186), "CNY",
  approx="about", period=P9, change={"yoy": -4.5})
R(F, "第三季度营收81.74亿元", "81.74亿元", "revenue", "wuliangye", Y(81.74), "CNY",
  period="2025Q3", change={"yoy": -52.66})
R(F, "净利润20.19亿元", "20.19亿元", "net_profit", "wuliangye", Y(20.19), "CNY", period="2025Q3",
  change={"yoy": -65.62})
R(F, "前三季度营收609.45亿元", "609.45亿元", "revenue", "wuliangye", Y(609.45), "CNY", period=P9,
  change={"yoy": -10.26})
R(F, "白酒板块昨日下跌1.25%", "1.25%", "price_change", "baijiu-sector", -1.25, "percent",
  period="2025-10-29", note="昨日 relative to the 10月30日 dateline")
R(F, "收报1435.5元", "1435.5元", "price", "moutai", 1435.5, "CNY", period="2025-10-29")
R(F, "跌0.84%", "0.84%", "price_change", "moutai", -0.84, "percent", period="2025-10-29")
R(F, "泸州老窖跌2.1%", "2.1%", "price_change", "luzhou-laojiao", -2.1, "percent",
  period="2025-10-29")

# ------------------------------------------------- 6. 工商時報: chipmakers (TW)
F = "ctee-chips.txt"
R(F, "台積電10月營收3,676億元", "3,676億元", "revenue", "tsmc", Y(3676), "TWD", period="2025-10",
  change={"yoy": 16.9}, note="title; bare 億元 in a Taiwan paper read as TWD")
R(F, "新台幣3,676.47億元", "新台幣3,676.47億元", "revenue", "tsmc", Y(3676.47), "TWD",
  period="2025-10", change={"mom": 11, "yoy": 16.9}, optional=True, note="repeat of the title figure")
R(F, "新台幣3兆130.8億元", "新台幣3兆130.8億元", "revenue", "tsmc", 3013080000000, "TWD",
  period=M10, change={"yoy": 33.8}, note="兆 = 10^12 mixed with 億")
R(F, "稅後純益4,523億元", "4,523億元", "net_profit", "tsmc", Y(4523), "TWD", period="2025Q3",
  change={"yoy": 39.1}, note="上季 relative to a November article -> 2025Q3")
R(F, "322億至334億美元", "322億至334億美元", "revenue", "tsmc", Y(322), "USD", value_max=Y(334),
  period="2025Q4", note="company guidance range -> revenue")
R(F, "400億至420億美元", "400億至420億美元", "capex_plan", "tsmc", Y(400), "USD", value_max=Y(420),
  period="2025", note="this year's capex guidance")
R(F, "上看480億美元", "480億美元", "capex_plan", "tsmc", Y(480), "USD", approx="up_to",
  period="2026", optional=True, note="法人推估: analyst estimate -> optional; 上看 read as up_to")
R(F, "約1兆7,600億日圓", "約1兆7,600億日圓", "capex_plan", "tsmc", 1760000000000, "JPY",
  approx="about", note="Kumamoto fab 2 (JASM) total investment; subsidiary project -> parent subject; plan, no period")
R(F, "逾100億歐元", "逾100億歐元", "capex_plan", "tsmc", Y(100), "EUR", approx="over",
  note="Dresden fab (ESMC) total investment; plan, no period")
R(F, "市占率達70.2%", "70.2%", "market_share", "tsmc", 70.2, "percent", period="2025Q2",
  note="季增2.4個百分點 is a percentage-point change, not put into change")
R(F, "聯發科10月營收新台幣439.5億元", "新台幣439.5億元", "revenue", "mediatek", Y(439.5), "TWD",
  period="2025-10", change={"mom": -2.13, "yoy": 7.78})
R(F, "聯電10月營收199.6億元", "199.6億元", "revenue", "umc", Y(199.6), "TWD", period="2025-10",
  change={"mom": 0.6})
R(F, "約32億新加坡元", "約32億新加坡元", "capex_plan", "umc", Y(32), "SGD", approx="about",
  note="additional investment in the Singapore 12i fab expansion; plan, no period")
R(F, "新台幣562.3億元", "新台幣562.3億元", "revenue", "ase", Y(562.3), "TWD", period="2025-10",
  change={"yoy": 9.4})
R(F, "昨日收1,460元", "1,460元", "price", "tsmc", 1460, "TWD", period="2025-11-10",
  note="昨日 = 10日 (dateline 昨（10）日)")
R(F, "上漲15元", "15元", "price_change", "tsmc", 15, "TWD", period="2025-11-10",
  note="absolute move in currency units")

# ------------------------------------------------- 7. 自由財經: airlines, TAIEX, TWD (TW)
F = "ltn-airlines.txt"
R(F, "長榮航10月營收２１４．８億元", "２１４．８億元", "revenue", "eva-air", Y(214.8), "TWD",
  period="2025-10", note="title; full-width digits and full-width decimal point")
R(F, "新台幣２１４．８億元", "新台幣２１４．８億元", "revenue", "eva-air", Y(214.8), "TWD",
  period="2025-10", change={"mom": 4.9, "yoy": 5.2}, optional=True, note="repeat of the title figure")
R(F, "累計前１０月營收２０９９．３億元", "２０９９．３億元", "revenue", "eva-air", Y(2099.3), "TWD",
  period=M10, change={"yoy": 3.6})
R(F, "載客約９４．８萬人次", "約９４．８萬人次", "operating_metric", "eva-air", 948000, "passengers",
  approx="about", period="2025-10", change={"yoy": 7}, note="the 86.3% load factor is not recorded")
R(F, "貨運營收約５１．２億元", "約５１．２億元", "revenue", "eva-air", Y(51.2), "TWD", approx="about",
  period="2025-10", change={"yoy": -3}, note="cargo revenue line; subject the airline")
R(F, "購置１８架", "１８架", "operating_metric", "eva-air", 18, "aircraft", optional=True,
  note="number of aircraft ordered; not an operating count of the business")
R(F, "總價上限約７１億美元", "上限約７１億美元", "capex_plan", "eva-air", Y(71), "USD",
  approx="up_to", note="board-approved aircraft purchase, price cap (上限約 ~ 最高約 -> up_to); deliveries from 2028, period null")
R(F, "中華航空１０月營收２０５．７億元", "２０５．７億元", "revenue", "china-airlines", Y(205.7), "TWD",
  period="2025-10", change={"yoy": -1.2})
R(F, "客運營收１１８．６億元", "１１８．６億元", "revenue", "china-airlines", Y(118.6), "TWD",
  period="2025-10", note="passenger revenue line; subject the airline")
R(F, "累計前１０月營收１９８６億元", "１９８６億元", "revenue", "china-airlines", Y(1986), "TWD",
  period=M10, change={"yoy": 1.8})
R(F, "稅後淨利９８．５億元", "９８．５億元", "net_profit", "china-airlines", Y(98.5), "TWD",
  period=P9, change={"yoy": -12})
R(F, "稅後虧損４．１億元", "４．１億元", "net_profit", "starlux", -Y(4.1), "TWD", period="2025Q3",
  note="轉虧 -> negative")
R(F, "虧損擴大至６．３億元", "６．３億元", "net_profit", "starlux", -Y(6.3), "TWD", period=P9,
  note="虧損擴大 -> negative; 前３季")
R(F, "上漲３１２．４７點", "３１２．４７點", "price_change", "taiex", 312.47, "points",
  period="2025-11-10")
R(F, "收２８０４０．６４點", "２８０４０．６４點", "price", "taiex", 28040.64, "points",
  period="2025-11-10")
R(F, "航空類股指數漲２．１％", "２．１％", "price_change", "tw-airline-index", 2.1, "percent",
  period="2025-11-10")
R(F, "長榮航收３７．５５元", "３７．５５元", "price", "eva-air", 37.55, "TWD", period="2025-11-10")
R(F, "漲０．８５元", "０．８５元", "price_change", "eva-air", 0.85, "TWD", period="2025-11-10")
R(F, "新台幣兌美元收３１．１２元", "３１．１２元", "price", "usd-twd", 31.12, "TWD",
  period="2025-11-10", note="exchange rate: TWD per USD")
R(F, "升值８．８分", "８．８分", "price_change", "usd-twd", -0.088, "TWD", period="2025-11-10",
  optional=True,
  note="TWD appreciated 8.8 分 (0.088 TWD) = the USD/TWD rate fell; unit 分 and sign convention debatable")

# ------------------------------------------------- 8. 明報: HK market, Lenovo, Cathay, IPO, M&A (HK)
F = "mingpao-hk.txt"
R(F, "恒指跌385點", "385點", "price_change", "hsi", -385, "points", period="2025-11-20",
  note="title; 昨日（20日）")
R(F, "聯想半年純利升41%", "41%", "net_profit", "lenovo", None, None, period="2025Q2/2025Q3",
  change={"yoy": 41}, note="title: growth without a level; fiscal half to 30 Sep 2025")
R(F, "恒指收報25830點", "25830點", "price", "hsi", 25830, "points", period="2025-11-20")
R(F, "跌385點或1.47%", "385點", "price_change", "hsi", -385, "points", period="2025-11-20",
  optional=True, note="repeat of the title")
R(F, "跌385點或1.47%", "1.47%", "price_change", "hsi", -1.47, "percent", period="2025-11-20")
R(F, "國企指數跌1.62%", "1.62%", "price_change", "hscei", -1.62, "percent", period="2025-11-20")
R(F, "收9132點", "9132點", "price", "hscei", 9132, "points", period="2025-11-20")
R(F, "恒生科技指數跌2.1%", "2.1%", "price_change", "hstech", -2.1, "percent", period="2025-11-20")
R(F, "（1299）跌2.3%", "2.3%", "price_change", "aia", -2.3, "percent", period="2025-11-20")
R(F, "收73.05元", "73.05元", "price", "aia", 73.05, "HKD", period="2025-11-20")
R(F, "至14.9億美元", "14.9億美元", "operating_metric", "aia", Y(14.9), "USD", period="2025Q3",
  change={"yoy": 18}, optional=True,
  note="value of new business (VONB); no kind; the 16億美元 buyback is not recorded")
R(F, "收入370.6億美元", "370.6億美元", "revenue", "lenovo", Y(370.6), "USD",
  period="2025Q2/2025Q3", change={"yoy": 19},
  note="2025/26財年上半年 = six months to 30 Sep 2025 (fiscal year ends 31 Mar)")
R(F, "溢利8.5億美元", "8.5億美元", "net_profit", "lenovo", Y(8.5), "USD", period="2025Q2/2025Q3",
  change={"yoy": 41}, note="股東應佔溢利; the 8.5港仙 interim dividend per share is not recorded")
R(F, "逆市升4.6%", "4.6%", "price_change", "lenovo", 4.6, "percent", period="2025-11-20")
R(F, "收11.24元", "11.24元", "price", "lenovo", 11.24, "HKD", period="2025-11-20")
R(F, "載客約243萬人次", "約243萬人次", "operating_metric", "cathay-pacific", W(243), "passengers",
  approx="about", period="2025-10", change={"yoy": 21})
R(F, "載客量近2,400萬人次", "近2,400萬人次", "operating_metric", "cathay-pacific", W(2400),
  "passengers", approx="nearly", period=M10, change={"yoy": 27},
  note="今年首十個月; the 84.9% load factor is not recorded")
R(F, "擬發行約2.7億股H股", "約2.7億股", "stake_sale", "muyuan", Y(2.7), "shares", approx="about",
  period="2025-11-21", optional=True, target="muyuan",
  note="IPO share count; capital raising has no kind (see README); 今日 = 21日")
R(F, "集資最多約105.8億元", "最多約105.8億元", "stake_sale", "muyuan", Y(105.8), "HKD",
  approx="up_to", period="2025-11-21", optional=True, target="muyuan",
  note="IPO gross proceeds (bare 億元 in HK press = HKD); no kind for capital raising")
R(F, "約10,458百萬港元", "約10,458百萬港元", "stake_sale", "muyuan", 10458000000, "HKD",
  approx="about", period="2025-11-21", optional=True, target="muyuan",
  note="IPO net proceeds in 百萬 units")
R(F, "分別認購6,000萬美元", "6,000萬美元", "investment", "temasek", 60000000, "USD",
  period="2025-11-21", target="muyuan", note="cornerstone subscription (分別: first investor)")
R(F, "及5千萬美元", "5千萬美元", "investment", "hillhouse", 50000000, "USD", period="2025-11-21",
  target="muyuan", note="cornerstone subscription; 5千萬 = 50 million")
R(F, "約12億英鎊", "約12億英鎊", "acquisition", "cki", Y(12), "GBP", approx="about",
  period="2025-11-20", target="zenobe", counterparty="macquarie", stake_pct=60,
  note="seller Macquarie named -> counterparty")


# ---------------------------------------------------------------- build

BOUNDARY = re.compile(r"[。！？\n]")


def sentence_of(text, start, end):
    s = 0
    for m in BOUNDARY.finditer(text):
        if m.start() >= start:
            e = m.start() + (0 if m.group() == "\n" else 1)
            if e < end:
                continue
            return text[s:e].strip()
        s = m.end()
    return text[s:].strip()


def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    out = []
    for fname, (title, body) in ARTICLES.items():
        assert "\n" not in title and "\n" not in body and title.strip() and body.strip()
        with open(os.path.join(HERE, "articles", fname), "w", encoding="utf-8") as f:
            f.write(title + "\n" + body)  # no trailing newline
        text = title + "\n" + body
        doc = fname + "#1"
        for r in RECORDS.get(fname, []):
            ctx, quote = r["ctx"], r["quote"]
            n = text.count(ctx)
            assert n == 1, (fname, ctx, n)
            assert quote in ctx, (fname, ctx, quote)
            start = text.index(ctx) + ctx.index(quote)
            span = [start, start + len(quote)]
            assert text[span[0]:span[1]] == quote
            rec = {
                "doc": doc, "kind": r["kind"], "subject": r["subject"], "value": r["value"],
                "value_max": r["value_max"], "unit": r["unit"], "approx": r["approx"],
                "period": r["period"], "change": r["change"], "span": span, "quote": quote,
                "sentence": sentence_of(text, span[0], span[1]), "rule": RULE,
            }
            if r["kind"] in DEAL_KINDS:
                rec["target"] = r["target"]
                rec["counterparty"] = r["counterparty"]
                rec["stake_pct"] = r["stake_pct"]
            else:
                assert r["target"] is None and r["counterparty"] is None and r["stake_pct"] is None
            if r["optional"]:
                rec["optional"] = True
            if r["note"]:
                rec["note"] = r["note"]
            assert rec["quote"] in rec["sentence"]
            out.append(rec)
    out.sort(key=lambda x: (x["doc"], x["span"][0], x["subject"]))
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    recs = build()
    req = sum(1 for r in recs if not r.get("optional"))
    print(f"{len(ARTICLES)} articles, {len(recs)} records ({req} required, {len(recs) - req} optional)")
