#!/usr/bin/env python3
"""Build the heldout16 held-out set: writes articles/*.txt and gold.jsonl.

Hand-written pastiches of eight Chinese outlets; every figure is invented.
Each gold record is located by a context string that must occur exactly once in its
document; the quote must occur exactly once inside that context. span/quote/sentence are
computed here, and quote == text[span[0]:span[1]] is asserted.
"""
import json
import os
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
RULE = "heldout16-manual"


ARTICLES = {}

ARTICLES["h16_01_zhongxinjingwei_cmb.txt"] = (
    "招商银行前三季度归母净利润逾1100亿元 App月活用户破亿",
    "中新经纬10月29日电 28日晚间，招商银行发布2025年第三季度报告。"
    "前三季度，该行实现营业收入2,514.20亿元，同比下降0.51%；实现归属于本行股东的净利润1,137.72亿元，同比增长0.52%，去年同期为1,131.86亿元。"
    "单季度看，三季度营收820.56亿元，同比增长2.1%，上季度为841.03亿元；三季度归母净利润378.90亿元，环比下降约4%。"
    "从收入结构看，前三季度净利息收入1,611.53亿元，同比增长1.2%；非利息净收入902.67亿元，同比下降3.6%。"
    "资产质量方面，截至9月末，该行不良贷款率0.94%，较上年末下降1个基点；拨备覆盖率404.71%；净息差1.87%，同比下降11个基点。"
    "前三季度基本每股收益4.34元，年化加权平均净资产收益率13.95%，同比下降0.89个百分点。"
    "截至9月末，该行资产总额12.59万亿元，较上年末增长2.9%。"
    "零售方面，9月份，招商银行App与掌上生活App的月活跃用户分别为1.18亿和4,150万，零售客户总数约2.2亿户。"
    "同日，平安银行、兴业银行亦披露三季报，前三季度归母净利润分别为383.39亿元和639.95亿元。（中新经纬APP）",
)

ARTICLES["h16_02_jinrongjie_insurers.txt"] = (
    "五大上市险企前10月揽保费逾2.5万亿元 中国人寿10月保费同比降近两成",
    "金融界11月17日消息，截至11月16日，A股五家上市险企均已披露2025年1-10月保费收入数据。"
    "数据显示，中国人寿、中国平安、中国人保、中国太保、新华保险前10月合计实现原保险保费收入约25,830亿元，同比增长5.2%。"
    "具体来看，中国人寿1-10月累计原保费收入6,512亿元，同比增长8.4%；但10月单月保费收入为213亿元，同比下降19.6%，环比下降近三成。"
    "中国平安旗下平安人寿、平安产险前10月保费收入分别为4,708亿元和2,611亿元，同比分别增长6.3%和7.1%。"
    "中国人保前10月原保费收入５８７０亿元，同比增长3.9%，其中人保财险贡献４６５９亿元。"
    "中国太保旗下太保寿险、太保产险同期分别实现保费收入2,341亿元、1,797亿元；太保寿险10月单月保费121亿元，去年同期为138亿元。"
    "新华保险前10月保费收入1,621.3亿元，同比大增逾两成。"
    "值得一提的是，人保财险前10月综合成本率为96.8%，同比改善1.1个百分点；平安寿险新业务价值同比增长46.2%。"
    "二级市场上，保险板块年内累计上涨逾三成，中国平安最新市盈率约8.6倍。本文源自：金融界",
)

ARTICLES["h16_03_bloomberg_soul_ipo.txt"] = (
    "Soul母公司香港IPO定价9.8港元 筹资约15.7亿港元",
    "（彭博）--社交应用Soul的母公司Soulgate将香港首次公开募股（IPO）发行价定为每股9.8港元，接近此前9.2港元至10.4港元指导区间的中值，据知情人士透露。"
    "公司通过发行1.6亿股新股筹资约15.7亿港元，按发行价计算市值约118亿港元。"
    "基石投资者合计认购约6.1亿港元，其中腾讯控股认购3亿港元，高瓴资本和淡马锡分别认购2,000万美元和不超过1.5亿港元。"
    "招股书显示，截至2025年9月30日止九个月，Soulgate实现收入17.92亿元人民币，同比增长12.6%；经调整净利润3.05亿元，去年同期为2.41亿元；研发开支4.62亿元，占收入的25.8%。"
    "2024年全年收入为22.1亿元，净亏损则收窄至0.9亿元左右。"
    "用户方面，前三季度Soul平均月活跃用户为3,160万，日活跃用户约一千二百万；三季度月均付费用户逾210万，上季度为198万。"
    "公司计划将募资净额的约40%用于AI大模型研发。香港公开发售部分获得逾300倍超额认购。"
    "该股预计于12月3日在港交所挂牌，股票代码为2483。（彭博，香港，2025年11月27日）",
)

ARTICLES["h16_04_huaxiashibao_baijiu.txt"] = (
    "白酒三季报分化：贵州茅台前三季度营收超1300亿元 酒鬼酒仍陷亏损",
    "华夏时报（www.chinatimes.net.cn）记者 周琳 北京报道 10月30日晚，随着酒鬼酒披露三季报，A股20家白酒上市公司三季报全部出炉，行业分化进一步加剧。"
    "贵州茅台前三季度实现营业总收入1,309.04亿元，同比增长6.3%，上半年为893.89亿元；归母净利润646.27亿元，同比增长6.2%。"
    "但三季度单季，茅台归母净利润192.24亿元，同比仅增0.5%，增速创近年新低。"
    "五粮液、山西汾酒前三季度营收分别为609.45亿元、329.24亿元，前者同比下降10.3%，后者同比增长5%。"
    "泸州老窖前三季度归母净利润107.6亿元，同比下降7.2%。"
    "洋河股份的压力更为明显，前三季度营收181.1亿元，同比下滑逾三成；扣非净利润38.75亿元，同比下降近五成。"
    "酒鬼酒前三季度营收10.88亿元，同比下降近四成；归母净利润亏损1,156万元，去年同期为盈利1.05亿元；其中三季度单季净亏损3,400万元左右，亏损同比收窄22%。"
    "值得注意的是，茅台前三季度毛利率为91.3%，期末合同负债95.05亿元；公司此前宣布拟每股派发现金红利23.957元，合计派发约300亿元。"
    "二级市场上，贵州茅台股价年内下跌约一成，10月30日收于1,442.5元/股，动态市盈率不足20倍。",
)

ARTICLES["h16_05_zhongguojingyingbao_autos.txt"] = (
    "10月车企销量：零跑月交付首破7万辆 比亚迪同比下滑",
    "本报记者 何乐 上海报道 11月1日，多家车企公布10月产销快报。"
    "比亚迪10月销售新能源汽车441,706辆，同比下降12%，环比增长2.1%；1-10月累计销量约370.2万辆，同比增长13.9%。"
    "吉利汽车10月总销量30.7万辆，同比增长35%，其中新能源车型销量17.7万辆；前10个月累计销量逾247万辆，已完成全年300万辆销量目标的82%。"
    "新势力方面，零跑汽车10月交付70,289辆，同比增长84.1%；小鹏汽车、理想汽车10月分别交付42,013辆和31,767辆，前者同比增长76%，后者同比下降38.2%。"
    "蔚来公司10月交付40,397辆，环比增长16.3%，上月为34,749辆。"
    "长城汽车10月销量13.2万辆，同比增长约8%，其中海外销量5.1万辆，创单月历史新高。"
    "广汽集团10月销量17.2万辆，同比下降9.8%，1-10月累计销量约137万辆，同比下滑逾一成。"
    "零跑汽车同日宣布，拟投资不超过55亿元在杭州新建整车基地，规划年产能20万辆，预计2027年投产。"
    "有业内人士预计，11月乘用车零售量将达到250万辆至260万辆。",
)

ARTICLES["h16_06_caijing_bigfund.txt"] = (
    "大基金一期年内减持套现逾百亿元 中微公司、北方华创在列",
    "文｜《财经》记者 韩希 编辑｜陆一鸣 11月24日晚，中微公司公告称，股东国家集成电路产业投资基金股份有限公司（下称“大基金一期”）于9月26日至11月21日期间，通过集中竞价和大宗交易方式合计减持公司股份6,194,800股，占公司总股本的1%，减持均价约为每股248.6元，套现约15.4亿元。"
    "减持完成后，大基金一期仍持有中微公司约7.48%的股份。"
    "此前，北方华创亦披露，大基金一期已于7月至9月间减持其股份533.4万股（占总股本1%），按区间均价测算套现约23亿元。"
    "仅这两笔，大基金一期即回笼资金近39亿元。"
    "与此同时，大基金一期还计划减持拓荆科技、长川科技分别不超过3%和2%的股份。"
    "此外，华为旗下哈勃投资11月减持思瑞浦1.2%股份，套现约2.7亿元。"
    "另一边，大基金二期则在10月以约20亿元参与中芯国际旗下中芯南方增资，持股比例升至约12.3%。"
    "据《财经》记者不完全统计，今年以来大基金一期已累计减持套现逾百亿元。"
    "值得注意的是，减持并未明显拖累股价，中微公司股价年内仍上涨逾六成；北方华创则推出不低于5亿元且不超过10亿元的股份回购计划。",
)

ARTICLES["h16_07_touzizhewang_lenovo.txt"] = (
    "联想集团第二财季营收同比增长15% ISG业务亏损收窄",
    "《投资者网》韩宁 11月20日晚间，联想集团（00992.HK）公布截至2025年9月30日止的2025/26财年第二财季业绩。"
    "期内，集团营收约205亿美元，同比增长15%，创单季历史新高，高于彭博汇总的分析师预期199亿美元；上季度（第一财季）营收为180亿美元。"
    "归属于权益持有人的净利润5.12亿美元，同比增长4.5%；非香港财务报告准则净利润同比增长25%至5.65亿美元。"
    "分业务看，智能设备业务集团（IDG）营收143.5亿美元，同比增长12%，经营利润率7.3%；基础设施方案业务集团（ISG）营收38.9亿美元，同比增长24%，经营亏损8,100万美元，上季度亏损9,800万美元；方案服务业务集团（SSG）营收22.6亿美元，同比增长18%。"
    "上半财年，联想累计营收约385亿美元。"
    "期内研发投入同比增长10%至6.9亿美元；每股基本盈利4.12美仙，董事会宣派中期股息每股8.0港仙。"
    "业绩公布后，联想集团股价21日早盘一度上涨逾5%，报10.86港元。"
    "管理层表示，将继续加大AI服务器产能投入，预计本财年资本开支不低于12亿美元。",
)

ARTICLES["h16_08_jingjicankaobao_commodities.txt"] = (
    "伦铜站上1.1万美元创历史新高 矿业巨头加码资本开支",
    "11月25日，伦敦金属交易所（LME）三个月期铜盘中一度上涨2.3%至每吨11,215美元，年内累计涨幅近三成；上海期货交易所沪铜主力合约收涨1.86%，报88,460元/吨。"
    "贵金属方面，现货黄金小幅回落0.4%，报4,112.5美元/盎司；沪银主力合约则逆势上涨逾2%。"
    "黑色系方面，大连商品交易所铁矿石期货主力合约收跌1.2%，报每吨782.5元。"
    "外汇市场上，在岸人民币对美元16:30收盘报7.0862，较上一交易日上涨118个基点，离岸人民币盘中升破7.08关口；美元指数跌0.3%至99.6。"
    "铜价走强之际，矿业巨头纷纷加码投入。"
    "必和必拓（财年截至6月30日）维持2026财年约110亿美元的资本支出指引，其中铜业务占比近一半；紫金矿业表示，未来三年将在铜板块至少投入350亿元；洛阳钼业预计明年资本开支为120亿元至150亿元。"
    "江西铜业前三季度资本开支68.3亿元，同比增长逾两成。"
    "分析人士指出，若供应扰动持续，明年伦铜均价或升至1.2万美元左右。（经济参考报 2025.11.26）",
)


# ---------------------------------------------------------------------------------------
# value helpers (exact decimal arithmetic, so 2,514.20亿 -> 251420000000 exactly)

def _n(x):
    d = Decimal(str(x))
    return int(d) if d == d.to_integral_value() else float(d)


def Y(x):   # 亿
    return _n(Decimal(str(x)) * 10 ** 8)


def W(x):   # 万
    return _n(Decimal(str(x)) * 10 ** 4)


def WY(x):  # 万亿
    return _n(Decimal(str(x)) * 10 ** 12)


D1 = "h16_01_zhongxinjingwei_cmb.txt#1"
D2 = "h16_02_jinrongjie_insurers.txt#1"
D3 = "h16_03_bloomberg_soul_ipo.txt#1"
D4 = "h16_04_huaxiashibao_baijiu.txt#1"
D5 = "h16_05_zhongguojingyingbao_autos.txt#1"
D6 = "h16_06_caijing_bigfund.txt#1"
D7 = "h16_07_touzizhewang_lenovo.txt#1"
D8 = "h16_08_jingjicankaobao_commodities.txt#1"

DEAL_KINDS = {"stake_sale", "acquisition", "investment"}
SPECS = []


def R(doc, ctx, q, kind, subject, value, unit, approx=None, period=None, change=None,
      vmax=None, opt=False, note=None, target=None, cp=None, stake=None):
    SPECS.append(dict(doc=doc, ctx=ctx, q=q, kind=kind, subject=subject, value=value, unit=unit,
                      approx=approx, period=period, change=change, vmax=vmax, opt=opt, note=note,
                      target=target, cp=cp, stake=stake))


NINE = "2025Q1/2025Q3"
NINE_LY = "2024Q1/2024Q3"
JAN_OCT = "2025-01/2025-10"

# ---------------------------------------------------------------- 1 中新经纬: 招商银行 nine months
R(D1, "归母净利润逾1100亿元", "逾1100亿元", "net_profit", "cmb", Y(1100), "CNY", "over", NINE,
  note="title; rounded form of the body's 1,137.72亿元, a different stated value, so both are required")
R(D1, "App月活用户破亿", "破亿", "users", "cmb-app", Y(1), "users", "over", "2025-09",
  note="title: 招商银行App MAU broke 100m (破 -> over); period from the body (9月份 1.18亿)")
R(D1, "营业收入2,514.20亿元", "2,514.20亿元", "revenue", "cmb", Y("2514.20"), "CNY", None, NINE, {"yoy": -0.51})
R(D1, "净利润1,137.72亿元", "1,137.72亿元", "net_profit", "cmb", Y("1137.72"), "CNY", None, NINE, {"yoy": 0.52},
  note="归属于本行股东的净利润 (attributable net profit) is net_profit")
R(D1, "去年同期为1,131.86亿元", "1,131.86亿元", "net_profit", "cmb", Y("1131.86"), "CNY", None, NINE_LY,
  note="去年同期 of a nine-month figure -> 2024Q1/2024Q3")
R(D1, "三季度营收820.56亿元", "820.56亿元", "revenue", "cmb", Y("820.56"), "CNY", None, "2025Q3", {"yoy": 2.1})
R(D1, "上季度为841.03亿元", "841.03亿元", "revenue", "cmb", Y("841.03"), "CNY", None, "2025Q2",
  note="上季度 of the Q3 single-quarter revenue -> 2025Q2")
R(D1, "归母净利润378.90亿元", "378.90亿元", "net_profit", "cmb", Y("378.90"), "CNY", None, "2025Q3", {"qoq": -4},
  note="环比 of a quarterly figure -> qoq; 约 hedges the rate, not the level, so approx null (seed convention)")
R(D1, "净利息收入1,611.53亿元", "1,611.53亿元", "revenue", "cmb-net-interest-income", Y("1611.53"), "CNY", None, NINE, {"yoy": 1.2},
  note="bank revenue line (net interest + non-interest = 营业收入 2,514.20亿); invented line id as the seed does for 配送服務 revenue")
R(D1, "非利息净收入902.67亿元", "902.67亿元", "revenue", "cmb-non-interest-income", Y("902.67"), "CNY", None, NINE, {"yoy": -3.6},
  note="bank revenue line; invented line id")
R(D1, "分别为1.18亿和4,150万", "1.18亿", "users", "cmb-app", Y("1.18"), "users", None, "2025-09",
  note="分别: first of two apps; MAU in September (9月份)")
R(D1, "分别为1.18亿和4,150万", "4,150万", "users", "cmb-life-app", W(4150), "users", None, "2025-09",
  note="分别: 掌上生活App MAU")
R(D1, "零售客户总数约2.2亿户", "约2.2亿户", "users", "cmb", Y("2.2"), "customers", "about", "2025-09", opt=True,
  note="retail customers of the bank, not app users; users vs operating_metric debatable; a stock count, period from the sentence's 9月份")
R(D1, "分别为383.39亿元和639.95亿元", "383.39亿元", "net_profit", "pab", Y("383.39"), "CNY", None, NINE,
  note="分别 over two banks in one sentence; 平安银行")
R(D1, "分别为383.39亿元和639.95亿元", "639.95亿元", "net_profit", "cib", Y("639.95"), "CNY", None, NINE,
  note="兴业银行")

# ---------------------------------------------------------------- 2 金融界: insurers' premium income
FIVE = "chinalife+cpic+nci+picc+pingan"
R(D2, "揽保费逾2.5万亿元", "逾2.5万亿元", "revenue", FIVE, WY("2.5"), "CNY", "over", JAN_OCT,
  note="title; premium income (保费收入) is recorded as revenue; total of five insurers, ids joined by + in alphabetical order; 前10月 -> 2025-01/2025-10")
R(D2, "同比降近两成", "近两成", "revenue", "chinalife", None, None, "nearly", "2025-10", {"yoy": -20},
  note="title: growth without a level; with no level the hedge 近 is the record's approx (as the seed's 10%以上 rate record); body: 同比下降19.6%")
R(D2, "保费收入约25,830亿元", "约25,830亿元", "revenue", FIVE, Y(25830), "CNY", "about", JAN_OCT, {"yoy": 5.2},
  note="合计 of the five insurers; different value from the title's 逾2.5万亿元, so required")
R(D2, "原保费收入6,512亿元", "6,512亿元", "revenue", "chinalife", Y(6512), "CNY", None, JAN_OCT, {"yoy": 8.4})
R(D2, "保费收入为213亿元", "213亿元", "revenue", "chinalife", Y(213), "CNY", None, "2025-10", {"yoy": -19.6, "mom": -30},
  note="10月单月; 环比 of a monthly figure -> mom; 环比下降近三成 -> -30 (近 on the rate, approx null)")
R(D2, "分别为4,708亿元和2,611亿元", "4,708亿元", "revenue", "pingan-life", Y(4708), "CNY", None, JAN_OCT, {"yoy": 6.3},
  note="分别 twice: amounts and growth rates pair in order")
R(D2, "分别为4,708亿元和2,611亿元", "2,611亿元", "revenue", "pingan-pc", Y(2611), "CNY", None, JAN_OCT, {"yoy": 7.1})
R(D2, "原保费收入５８７０亿元", "５８７０亿元", "revenue", "picc", Y(5870), "CNY", None, JAN_OCT, {"yoy": 3.9},
  note="full-width digits")
R(D2, "贡献４６５９亿元", "４６５９亿元", "revenue", "picc-pc", Y(4659), "CNY", None, JAN_OCT,
  note="full-width digits; 人保财险 is PICC's P&C subsidiary")
R(D2, "保费收入2,341亿元", "2,341亿元", "revenue", "cpic-life", Y(2341), "CNY", None, JAN_OCT,
  note="同期 = 1-10月")
R(D2, "、1,797亿元", "1,797亿元", "revenue", "cpic-pc", Y(1797), "CNY", None, JAN_OCT)
R(D2, "单月保费121亿元", "121亿元", "revenue", "cpic-life", Y(121), "CNY", None, "2025-10")
R(D2, "去年同期为138亿元", "138亿元", "revenue", "cpic-life", Y(138), "CNY", None, "2024-10",
  note="year-ago month of the October single-month premium")
R(D2, "保费收入1,621.3亿元", "1,621.3亿元", "revenue", "nci", Y("1621.3"), "CNY", None, JAN_OCT, {"yoy": 20},
  note="同比大增逾两成 -> yoy 20; 逾 hedges the rate, so approx null")
R(D2, "累计上涨逾三成", "逾三成", "price_change", "cn-insurance-sector", 30, "percent", "over", "2025",
  note="年内 -> 2025; 保险板块 (sector index move)")

# ---------------------------------------------------------------- 3 彭博: Soulgate HK IPO
IPO_DAY = "2025-11-27"
R(D3, "IPO定价9.8港元", "9.8港元", "price", "soulgate", 9.8, "HKD", None, IPO_DAY, opt=True,
  note="title: IPO offer price, a price fixed by the issuer rather than a market quote; optional")
R(D3, "港元 筹资约15.7亿港元", "约15.7亿港元", "stake_sale", "soulgate", Y("15.7"), "HKD", "about", IPO_DAY, opt=True,
  target="soulgate", note="title: IPO gross proceeds from new shares; the contract has no fundraising kind, stake_sale of the issuer's own new shares is the nearest reading; optional")
R(D3, "每股9.8港元", "9.8港元", "price", "soulgate", 9.8, "HKD", None, IPO_DAY, opt=True,
  note="repeat of the offer price")
R(D3, "此前9.2港元至10.4港元", "9.2港元至10.4港元", "price", "soulgate", 9.2, "HKD", None, None, vmax=10.4, opt=True,
  note="indicative offer-price range (指导区间); optional")
R(D3, "发行1.6亿股新股", "1.6亿股", "stake_sale", "soulgate", Y("1.6"), "shares", None, IPO_DAY, opt=True,
  target="soulgate", note="number of new shares issued in the IPO; share-count reading of the fundraising, optional")
R(D3, "新股筹资约15.7亿港元", "约15.7亿港元", "stake_sale", "soulgate", Y("15.7"), "HKD", "about", IPO_DAY, opt=True,
  target="soulgate", note="repeat of the IPO proceeds; no fundraising kind; optional")
R(D3, "合计认购约6.1亿港元", "约6.1亿港元", "investment", "hillhouse+temasek+tencent", Y("6.1"), "HKD", "about", IPO_DAY,
  target="soulgate", note="cornerstone total; the three named cornerstones (3亿港元 + 2,000万美元 + up to 1.5亿港元) add up to it; period = pricing date of the article")
R(D3, "腾讯控股认购3亿港元", "3亿港元", "investment", "tencent", Y(3), "HKD", None, IPO_DAY, target="soulgate",
  note="cornerstone subscription (基石投资者认购) = investment into the issuer; 腾讯控股 alias of tencent")
R(D3, "分别认购2,000万美元和不超过1.5亿港元", "2,000万美元", "investment", "hillhouse", W(2000), "USD", None, IPO_DAY,
  target="soulgate", note="分别 with mixed currencies")
R(D3, "分别认购2,000万美元和不超过1.5亿港元", "不超过1.5亿港元", "investment", "temasek", Y("1.5"), "HKD", "up_to", IPO_DAY,
  target="soulgate")
R(D3, "收入17.92亿元人民币", "17.92亿元人民币", "revenue", "soulgate", Y("17.92"), "CNY", None, NINE, {"yoy": 12.6},
  note="截至2025年9月30日止九个月 -> 2025Q1/2025Q3")
R(D3, "经调整净利润3.05亿元", "3.05亿元", "adjusted_net_profit", "soulgate", Y("3.05"), "CNY", None, NINE)
R(D3, "去年同期为2.41亿元", "2.41亿元", "adjusted_net_profit", "soulgate", Y("2.41"), "CNY", None, NINE_LY,
  note="year-ago comparator of the adjusted net profit")
R(D3, "研发开支4.62亿元", "4.62亿元", "cost", "soulgate", Y("4.62"), "CNY", None, NINE,
  note="R&D spend is cost; the 25.8% share of revenue is a ratio, not a record")
R(D3, "全年收入为22.1亿元", "22.1亿元", "revenue", "soulgate", Y("22.1"), "CNY", None, "2024")
R(D3, "收窄至0.9亿元左右", "0.9亿元左右", "net_profit", "soulgate", -Y("0.9"), "CNY", "about", "2024",
  note="净亏损 -> negative; 收窄 without a rate gives no change")
R(D3, "月活跃用户为3,160万", "3,160万", "users", "soulgate", W(3160), "users", None, NINE,
  note="average MAU over the first three quarters")
R(D3, "日活跃用户约一千二百万", "约一千二百万", "users", "soulgate", W(1200), "users", "about", NINE,
  note="Chinese-numeral count 一千二百万 = 12,000,000; DAU")
R(D3, "付费用户逾210万", "逾210万", "users", "soulgate", W(210), "users", "over", "2025Q3",
  note="monthly paying users, Q3")
R(D3, "上季度为198万", "198万", "users", "soulgate", W(198), "users", None, "2025Q2",
  note="quarter-ago comparator")

# ---------------------------------------------------------------- 4 华夏时报: baijiu nine months
R(D4, "营收超1300亿元", "超1300亿元", "revenue", "moutai", Y(1300), "CNY", "over", NINE, note="title")
R(D4, "营业总收入1,309.04亿元", "1,309.04亿元", "revenue", "moutai", Y("1309.04"), "CNY", None, NINE, {"yoy": 6.3},
  note="营业总收入 is revenue")
R(D4, "上半年为893.89亿元", "893.89亿元", "revenue", "moutai", Y("893.89"), "CNY", None, "2025H1")
R(D4, "归母净利润646.27亿元", "646.27亿元", "net_profit", "moutai", Y("646.27"), "CNY", None, NINE, {"yoy": 6.2})
R(D4, "归母净利润192.24亿元", "192.24亿元", "net_profit", "moutai", Y("192.24"), "CNY", None, "2025Q3", {"yoy": 0.5},
  note="三季度单季")
R(D4, "分别为609.45亿元", "609.45亿元", "revenue", "wuliangye", Y("609.45"), "CNY", None, NINE, {"yoy": -10.3},
  note="分别 + 前者/后者: 五粮液 is 前者")
R(D4, "、329.24亿元", "329.24亿元", "revenue", "fenjiu", Y("329.24"), "CNY", None, NINE, {"yoy": 5},
  note="山西汾酒 is 后者")
R(D4, "归母净利润107.6亿元", "107.6亿元", "net_profit", "luzhou-laojiao", Y("107.6"), "CNY", None, NINE, {"yoy": -7.2})
R(D4, "营收181.1亿元", "181.1亿元", "revenue", "yanghe", Y("181.1"), "CNY", None, NINE, {"yoy": -30},
  note="同比下滑逾三成 -> yoy -30; 逾 on the rate, approx null")
R(D4, "扣非净利润38.75亿元", "38.75亿元", "adjusted_net_profit", "yanghe", Y("38.75"), "CNY", None, NINE, {"yoy": -50},
  note="扣非净利润 (net profit excluding non-recurring items) is an adjusted net profit; 近五成 -> -50, 近 on the rate")
R(D4, "营收10.88亿元", "10.88亿元", "revenue", "jiuguijiu", Y("10.88"), "CNY", None, NINE, {"yoy": -40},
  note="近四成 -> -40")
R(D4, "亏损1,156万元", "1,156万元", "net_profit", "jiuguijiu", -W(1156), "CNY", None, NINE,
  note="归母净利润亏损 -> negative")
R(D4, "盈利1.05亿元", "1.05亿元", "net_profit", "jiuguijiu", Y("1.05"), "CNY", None, NINE_LY,
  note="去年同期为盈利: positive year-ago comparator")
R(D4, "净亏损3,400万元左右", "3,400万元左右", "net_profit", "jiuguijiu", -W(3400), "CNY", "about", "2025Q3", {"yoy": -22},
  note="loss narrowing: 亏损同比收窄22% -> yoy -22 on the size of the loss (seed: a loss 降低一半 -> -50); trailing 左右 -> about")
R(D4, "下跌约一成", "约一成", "price_change", "moutai", -10, "percent", "about", "2025",
  note="年内 -> 2025")
R(D4, "收于1,442.5元/股", "1,442.5元/股", "price", "moutai", 1442.5, "CNY", None, "2025-10-30",
  note="closing price on 10月30日")

# ---------------------------------------------------------------- 5 中国经营报: October auto sales
R(D5, "月交付首破7万辆", "破7万辆", "operating_metric", "leapmotor", W(7), "vehicles", "over", "2025-10",
  note="title; 首破 -> over; body gives 70,289辆")
R(D5, "新能源汽车441,706辆", "441,706辆", "operating_metric", "byd", 441706, "vehicles", None, "2025-10", {"yoy": -12, "mom": 2.1},
  note="monthly sales volume; 环比 of a monthly figure -> mom")
R(D5, "累计销量约370.2万辆", "约370.2万辆", "operating_metric", "byd", W("370.2"), "vehicles", "about", JAN_OCT, {"yoy": 13.9})
R(D5, "总销量30.7万辆", "30.7万辆", "operating_metric", "geely", W("30.7"), "vehicles", None, "2025-10", {"yoy": 35})
R(D5, "车型销量17.7万辆", "17.7万辆", "operating_metric", "geely", W("17.7"), "vehicles", None, "2025-10",
  note="NEV part of Geely's October sales (其中)")
R(D5, "累计销量逾247万辆", "逾247万辆", "operating_metric", "geely", W(247), "vehicles", "over", JAN_OCT,
  note="前10个月 -> 2025-01/2025-10")
R(D5, "全年300万辆", "300万辆", "operating_metric", "geely", W(300), "vehicles", None, "2025",
  note="company's full-year sales target (guidance is a record of the metric's kind); the 82% completion ratio is not a record")
R(D5, "交付70,289辆", "70,289辆", "operating_metric", "leapmotor", 70289, "vehicles", None, "2025-10", {"yoy": 84.1})
R(D5, "分别交付42,013辆和31,767辆", "42,013辆", "operating_metric", "xpeng", 42013, "vehicles", None, "2025-10", {"yoy": 76},
  note="分别 + 前者")
R(D5, "分别交付42,013辆和31,767辆", "31,767辆", "operating_metric", "li-auto", 31767, "vehicles", None, "2025-10", {"yoy": -38.2},
  note="后者")
R(D5, "交付40,397辆", "40,397辆", "operating_metric", "nio", 40397, "vehicles", None, "2025-10", {"mom": 16.3})
R(D5, "上月为34,749辆", "34,749辆", "operating_metric", "nio", 34749, "vehicles", None, "2025-09",
  note="上月 comparator -> 2025-09")
R(D5, "销量13.2万辆", "13.2万辆", "operating_metric", "great-wall", W("13.2"), "vehicles", None, "2025-10", {"yoy": 8},
  note="同比增长约8%: 约 on the rate, approx null")
R(D5, "海外销量5.1万辆", "5.1万辆", "operating_metric", "great-wall", W("5.1"), "vehicles", None, "2025-10",
  note="overseas part of Great Wall's October sales")
R(D5, "销量17.2万辆", "17.2万辆", "operating_metric", "gac", W("17.2"), "vehicles", None, "2025-10", {"yoy": -9.8})
R(D5, "累计销量约137万辆", "约137万辆", "operating_metric", "gac", W(137), "vehicles", "about", JAN_OCT, {"yoy": -10},
  note="同比下滑逾一成 -> -10")
R(D5, "不超过55亿元", "不超过55亿元", "capex_plan", "leapmotor", Y(55), "CNY", "up_to", None,
  note="planned investment in a new plant; no period stated for the spending (2027 is the start of production)")
R(D5, "年产能20万辆", "20万辆", "operating_metric", "leapmotor", W(20), "vehicles", None, None, opt=True,
  note="planned annual capacity of the new plant; capacity, not sales; optional")
R(D5, "250万辆至260万辆", "250万辆至260万辆", "operating_metric", "cn-passenger-car-market", W(250), "vehicles", None, "2025-11",
  vmax=W(260), opt=True, note="industry insiders' forecast of November passenger-car retail volume; market aggregate and forecast; optional")

# ---------------------------------------------------------------- 6 财经: Big Fund stake reductions
R(D6, "减持套现逾百亿元 ", "逾百亿元", "divestment_proceeds", "big-fund-1", Y(100), "CNY", "over", "2025",
  note="title; 年内 -> 2025; 逾百亿 = over 10bn")
R(D6, "合计减持公司股份6,194,800股", "6,194,800股", "stake_sale", "big-fund-1", 6194800, "shares", None,
  "2025-09-26/2025-11-21", opt=True, target="amec", stake=1,
  note="share-count reading of the same reduction (deal value is the proceeds, see 约15.4亿元)")
R(D6, "每股248.6元", "248.6元", "price", "amec", 248.6, "CNY", "about", "2025-09-26/2025-11-21", opt=True,
  note="average sale price of the reduction (减持均价约为), a transaction price rather than a market quote; optional")
R(D6, "套现约15.4亿元", "约15.4亿元", "stake_sale", "big-fund-1", Y("15.4"), "CNY", "about", "2025-09-26/2025-11-21",
  target="amec", stake=1, note="completed reduction of 1% of 中微公司 between 9月26日 and 11月21日; 公司 = 中微公司; buyer not named")
R(D6, "减持其股份533.4万股", "533.4万股", "stake_sale", "big-fund-1", W("533.4"), "shares", None, "2025-07/2025-09",
  opt=True, target="naura", stake=1, note="share-count reading of the 北方华创 reduction")
R(D6, "套现约23亿元", "约23亿元", "stake_sale", "big-fund-1", Y(23), "CNY", "about", "2025-07/2025-09",
  target="naura", stake=1, note="proceeds estimated at the range average price (按区间均价测算), still the stated proceeds; 7月至9月")
R(D6, "回笼资金近39亿元", "近39亿元", "divestment_proceeds", "big-fund-1", Y(39), "CNY", "nearly", "2025-07/2025-11",
  note="sum of the two sales (Jul-Sep and 9/26-11/21)")
R(D6, "分别不超过3%和2%", "不超过3%", "stake_sale", "big-fund-1", None, None, "up_to", None,
  target="piotech", stake=3, note="planned reduction, no proceeds, no date -> period null; 分别不超过 covers both stakes")
R(D6, "分别不超过3%和2%", "2%", "stake_sale", "big-fund-1", None, None, "up_to", None,
  target="changchuan", stake=2, note="planned reduction of 长川科技 (分别不超过: up_to also applies to 2%)")
R(D6, "套现约2.7亿元", "约2.7亿元", "stake_sale", "huawei", Y("2.7"), "CNY", "about", "2025-11",
  target="3peak", stake=1.2, note="sale through a subsidiary (华为旗下哈勃投资) has the parent as subject")
R(D6, "以约20亿元参与", "约20亿元", "investment", "big-fund-2", Y(20), "CNY", "about", "2025-10",
  target="smic-south", stake=12.3, note="capital injection into 中芯南方 (a 中芯国际 subsidiary); 12.3% is the resulting holding (seed precedent: 追加投資 86.5%)")
R(D6, "已累计减持套现逾百亿元", "逾百亿元", "divestment_proceeds", "big-fund-1", Y(100), "CNY", "over", "2025", opt=True,
  note="repeat of the title figure")
R(D6, "上涨逾六成", "逾六成", "price_change", "amec", 60, "percent", "over", "2025",
  note="年内 -> 2025")

# ---------------------------------------------------------------- 7 投资者网: Lenovo FY25/26 Q2 (fiscal year ends 31 March)
R(D7, "第二财季营收同比增长15%", "15%", "revenue", "lenovo", None, None, None, "2025Q3", {"yoy": 15},
  note="title: growth without a level; Lenovo's fiscal year ends 31 March, so FY2025/26 Q2 = Jul-Sep 2025 = 2025Q3")
R(D7, "营收约205亿美元", "约205亿美元", "revenue", "lenovo", Y(205), "USD", "about", "2025Q3", {"yoy": 15})
R(D7, "分析师预期199亿美元", "199亿美元", "revenue", "lenovo", Y(199), "USD", None, "2025Q3", opt=True,
  note="analyst consensus estimate (optional, per the contract)")
R(D7, "营收为180亿美元", "180亿美元", "revenue", "lenovo", Y(180), "USD", None, "2025Q2",
  note="上季度（第一财季） = Apr-Jun 2025 = 2025Q2")
R(D7, "净利润5.12亿美元", "5.12亿美元", "net_profit", "lenovo", Y("5.12"), "USD", None, "2025Q3", {"yoy": 4.5})
R(D7, "增长25%至5.65亿美元", "5.65亿美元", "adjusted_net_profit", "lenovo", Y("5.65"), "USD", None, "2025Q3", {"yoy": 25},
  note="非香港财务报告准则 = non-HKFRS (non-GAAP) net profit; growth stated before the level")
R(D7, "营收143.5亿美元", "143.5亿美元", "revenue", "lenovo-idg", Y("143.5"), "USD", None, "2025Q3", {"yoy": 12},
  note="segment; 经营利润率7.3% is a margin, not a record")
R(D7, "营收38.9亿美元", "38.9亿美元", "revenue", "lenovo-isg", Y("38.9"), "USD", None, "2025Q3", {"yoy": 24})
R(D7, "经营亏损8,100万美元", "8,100万美元", "operating_profit", "lenovo-isg", -W(8100), "USD", None, "2025Q3",
  note="经营亏损 -> negative")
R(D7, "上季度亏损9,800万美元", "9,800万美元", "operating_profit", "lenovo-isg", -W(9800), "USD", None, "2025Q2",
  note="quarter-ago operating loss of ISG")
R(D7, "营收22.6亿美元", "22.6亿美元", "revenue", "lenovo-ssg", Y("22.6"), "USD", None, "2025Q3", {"yoy": 18})
R(D7, "累计营收约385亿美元", "约385亿美元", "revenue", "lenovo", Y(385), "USD", "about", "2025Q2/2025Q3",
  note="上半财年 = Apr-Sep 2025")
R(D7, "增长10%至6.9亿美元", "6.9亿美元", "cost", "lenovo", Y("6.9"), "USD", None, "2025Q3", {"yoy": 10},
  note="R&D spend (研发投入) is cost; 期内 = the fiscal Q2")
R(D7, "上涨逾5%", "逾5%", "price_change", "lenovo", 5, "percent", "over", "2025-11-21",
  note="intraday (一度) move on 21日 = 2025-11-21")
R(D7, "报10.86港元", "10.86港元", "price", "lenovo", 10.86, "HKD", None, "2025-11-21")
R(D7, "不低于12亿美元", "不低于12亿美元", "capex_plan", "lenovo", Y(12), "USD", "at_least", "2025Q2/2026Q1",
  note="guidance for 本财年 = FY2025/26 = Apr 2025-Mar 2026")

# ---------------------------------------------------------------- 8 经济参考报: commodities, FX, mining capex
DAY = "2025-11-25"
R(D8, "伦铜站上1.1万美元", "站上1.1万美元", "price", "lme-copper", W("1.1"), "USD", "over", DAY,
  note="title; 站上 (stood above) read as over, like 突破; per tonne")
R(D8, "上涨2.3%", "2.3%", "price_change", "lme-copper", 2.3, "percent", None, DAY, note="intraday (盘中一度)")
R(D8, "每吨11,215美元", "11,215美元", "price", "lme-copper", 11215, "USD", None, DAY, note="LME three-month copper, per tonne")
R(D8, "涨幅近三成", "近三成", "price_change", "lme-copper", 30, "percent", "nearly", "2025", note="年内累计 -> 2025")
R(D8, "收涨1.86%", "1.86%", "price_change", "shfe-copper", 1.86, "percent", None, DAY)
R(D8, "报88,460元/吨", "88,460元/吨", "price", "shfe-copper", 88460, "CNY", None, DAY)
R(D8, "回落0.4%", "0.4%", "price_change", "spot-gold", -0.4, "percent", None, DAY)
R(D8, "4,112.5美元/盎司", "4,112.5美元/盎司", "price", "spot-gold", 4112.5, "USD", None, DAY)
R(D8, "上涨逾2%", "逾2%", "price_change", "shfe-silver", 2, "percent", "over", DAY)
R(D8, "收跌1.2%", "1.2%", "price_change", "dce-iron-ore", -1.2, "percent", None, DAY)
R(D8, "每吨782.5元", "782.5元", "price", "dce-iron-ore", 782.5, "CNY", None, DAY)
R(D8, "收盘报7.0862", "7.0862", "price", "usd-cny", 7.0862, "CNY", None, DAY,
  note="onshore USD/CNY close (CNY per USD)")
R(D8, "上涨118个基点", "118个基点", "price_change", "usd-cny", 118, "points", None, DAY, opt=True,
  note="RMB up 118 pips; FX basis points are not index points and the sign depends on quoting the RMB (+) or USD/CNY (-); optional")
R(D8, "升破7.08关口", "7.08", "price", "usd-cnh", 7.08, "CNY", None, DAY, opt=True,
  note="threshold crossed intraday (升破), not a quote; seed reads 跌破 thresholds with approx null; optional")
R(D8, "美元指数跌0.3%", "0.3%", "price_change", "dxy", -0.3, "percent", None, DAY)
R(D8, "至99.6", "99.6", "price", "dxy", 99.6, "points", None, DAY, note="index level -> points")
R(D8, "约110亿美元", "约110亿美元", "capex_plan", "bhp", Y(110), "USD", "about", "2025Q3/2026Q2",
  note="BHP's fiscal year ends 30 June: FY2026 = Jul 2025-Jun 2026; 近一半 (copper share) is not a record")
R(D8, "至少投入350亿元", "350亿元", "capex_plan", "zijin", Y(350), "CNY", "at_least", None,
  note="未来三年 plan -> period null; 至少 not adjacent to the number, so not in the quote")
R(D8, "120亿元至150亿元", "120亿元至150亿元", "capex_plan", "cmoc", Y(120), "CNY", None, "2026", vmax=Y(150),
  note="明年 -> 2026; range")
R(D8, "资本开支68.3亿元", "68.3亿元", "capex", "jiangxi-copper", Y("68.3"), "CNY", None, NINE, {"yoy": 20},
  note="capex already spent; 逾两成 -> yoy 20, 逾 on the rate")
R(D8, "1.2万美元左右", "1.2万美元左右", "price", "lme-copper", W("1.2"), "USD", "about", "2026", opt=True,
  note="analysts' forecast of next year's average LME copper price; forecast, optional")


# ---------------------------------------------------------------------------------------

def doc_text(fname):
    title, body = ARTICLES[fname]
    assert "\n" not in title and "\n" not in body
    assert not title.startswith("#")
    return title + "\n" + body


def sentence_of(text, a, b):
    start = 0
    for i in range(a - 1, -1, -1):
        if text[i] in "。！？\n":
            start = i + 1
            break
    end = len(text)
    for j in range(b, len(text)):
        if text[j] in "。！？":
            end = j + 1
            break
        if text[j] == "\n":
            end = j
            break
    return text[start:end]


def build():
    texts = {f + "#1": doc_text(f) for f in ARTICLES}
    out = []
    for s in SPECS:
        text = texts[s["doc"]]
        assert text.count(s["ctx"]) == 1, ("context not unique", s["doc"], s["ctx"], text.count(s["ctx"]))
        c0 = text.index(s["ctx"])
        assert s["ctx"].count(s["q"]) == 1, ("quote not unique in context", s["ctx"], s["q"])
        a = c0 + s["ctx"].index(s["q"])
        b = a + len(s["q"])
        assert text[a:b] == s["q"]
        rec = {
            "doc": s["doc"], "kind": s["kind"], "subject": s["subject"], "value": s["value"],
            "value_max": s["vmax"], "unit": s["unit"], "approx": s["approx"], "period": s["period"],
            "change": s["change"], "span": [a, b], "quote": text[a:b],
            "sentence": sentence_of(text, a, b), "rule": RULE,
        }
        if s["kind"] in DEAL_KINDS:
            rec["target"] = s["target"]
            rec["counterparty"] = s["cp"]
            rec["stake_pct"] = s["stake"]
        if s["opt"]:
            rec["optional"] = True
        if s["note"]:
            rec["note"] = s["note"]
        assert rec["quote"] in rec["sentence"]
        if rec["value"] is None:
            assert rec["change"] or rec["kind"] in DEAL_KINDS
        out.append(rec)
    # keep each document's records in text order
    order = {f + "#1": i for i, f in enumerate(ARTICLES)}
    out.sort(key=lambda r: (order[r["doc"]], r["span"][0], r["span"][1]))
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    for f in ARTICLES:
        with open(os.path.join(HERE, "articles", f), "w", encoding="utf-8") as fh:
            fh.write(doc_text(f))
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return texts, out


if __name__ == "__main__":
    texts, recs = build()
    from collections import Counter
    req = [r for r in recs if not r.get("optional")]
    print(f"{len(recs)} records, {len(req)} required, {len(recs) - len(req)} optional")
    for f in ARTICLES:
        d = f + "#1"
        n = sum(1 for r in recs if r["doc"] == d)
        nr = sum(1 for r in req if r["doc"] == d)
        print(f"  {f:42} chars={len(texts[d]):4} required={nr:3} optional={n - nr:3}")
    print(Counter(r["kind"] for r in req))
