#!/usr/bin/env python3
"""Build the heldout14 set: article texts + hand-annotated gold records (figures invented)."""
ARTICLES = {
    '01_bkcj_nev_deliveries.txt': (
        '新势力10月成绩单：零跑单月交付超7万辆，蔚来三季度亏损收窄',
        '新京报贝壳财经讯 2025年11月1日，多家新势力车企公布10月交付数据。零跑汽车10月交付新车70289辆，同比增长84.1%，环比增长5.6%，连续第八个月刷新单月纪录，1-10月累计交付约46.5万辆。小鹏汽车10月交付42,013辆，同比增长76%；今年前十个月累计交付已超35万辆，同比增长超两倍。理想汽车10月交付3.17万辆，同比下降38.3%。蔚来公司10月交付新车40397辆，其中乐道品牌交付约一万八千辆。小米汽车称，10月交付量连续第二个月超过4万辆。乘联会数据显示，10月比亚迪在国内新能源乘用车零售市场的份额约为27.5%，较去年同期下滑约6个百分点。财报方面，蔚来此前披露，三季度单季营收217.9亿元，同比增长16.7%；净亏损34.8亿元，去年同期净亏损为51.5亿元，亏损明显收窄；经调整净亏损30.1亿元。当季经营亏损32.9亿元，研发开支约24.7亿元，同比下降约两成；经营活动现金流净额首次转正，为18.2亿元。10月，CYVN以约11.2亿美元认购蔚来新发行股份。当季整车毛利率为14.7%，环比提升3.9个百分点，基本每股亏损1.57元；截至9月30日，蔚来现金储备合计366.6亿元。二级市场上，截至10月31日收盘，零跑汽车港股报68.35港元/股，年内累计涨幅逾一倍，总市值约914亿港元。'),
    '02_glh_hk_close.txt': (
        '港股收评：恒指跌1.38%险守两万六，科指挫逾2%，泡泡玛特重挫近9%',
        '格隆汇10月21日丨港股三大指数今日集体低开低走。截至收盘，恒生指数跌1.38%报26,012.47点，恒生科技指数跌2.15%，国企指数跌1.5%。大市全日成交额2,461亿港元，南向资金全天净买入68.3亿港元。盘面上，大型科技股普遍走弱，阿里巴巴跌3.1%，腾讯控股跌近2%，美团跌逾4%，京东集团、快手分别跌2.4%、3.6%，百度集团逆市微涨0.5%。黄金股集体走强，紫金黄金国际涨超7%，招金矿业、山东黄金分别涨5.2%和4.8%；消息面上，伦敦现货黄金盘中站上4380美元/盎司，年内累计上涨约67%。个股方面，泡泡玛特(09992.HK)收跌8.92%，报258.4港元。公司盘前公告，2025年第三季度整体收益同比增长245%至250%，其中海外收益同比增长365%至370%，增速较上半年明显放缓。另外，商汤集团盘中一度大涨近6%，公司宣布以每股2.05港元配售16.7亿股新股，所得款项净额约33.9亿港元，拟用于人工智能基础设施建设。多家券商维持泡泡玛特“买入”评级，目标价介乎300港元至360港元，对应明年市盈率约22倍。'),
    '03_zt_hk_filings.txt': (
        '智通港股公告精选｜吉利汽车10月销量同比增37%，舜宇光学主要股东配售套现约39亿港元',
        '智通财经APP获悉，2025年11月3日晚间，港股多家上市公司发布公告，要点摘录如下。【销量】吉利汽车(00175)公告，10月总销量为217,450部，同比增长37%，环比增长8%；其中新能源汽车销量约12.4万部，占总销量逾五成。1-10月累计销量约247万部，已完成全年300万部销量目标的约82%。【配售】舜宇光学科技(02382)公告，主要股东舜旭有限公司已向不少于六名独立承配人配售5,000万股现有股份，约占公司已发行股本的4.56%，所得款项总额约39.25亿港元；配售完成后，舜旭持股比例降至30.5%。【收购】中国旺旺（００１５１）公告，拟以现金２．３５亿元人民币收购湖南湘味坊食品有限公司６０％股权，卖方为独立第三方。【业绩】中国海洋石油(00883)公告，前三季度油气销售收入约3,126亿元，同比下降5.2%；归母净利润1,017亿元，同比下降12.6%；资本支出约890亿元，全年资本支出预算维持1,250亿元至1,350亿元不变。【投资】信义光能(00968)公告，拟于未来两年内投资不超过45亿元在马来西亚建设光伏玻璃产线，公司三季度单季资本开支约12.6亿元。【派息】周大福(01929)宣派中期股息每股0.22港元，派息率约为60%。'),
    '04_zb_sea_results.txt': (
        '冬海集团第三季度营收按年增38% 虾皮交易总额逾320亿美元',
        '（新加坡11月12日讯）总部设在新加坡的冬海集团（Sea）星期二（11月11日）公布，截至2025年9月30日的第三季度，集团总营收达59.9亿美元，比去年同期的43.3亿美元增长38%；净利润为3.75亿美元，去年同期为1.53亿美元。当季销售及营销开支按年增长17%至6.12亿美元，经营活动现金流净额为9.8亿美元，自由现金流约8.1亿美元。按调整后息税折旧摊销前利润（EBITDA）计算，集团当季盈利8.74亿美元。旗下电商平台虾皮（Shopee）第三季度商品交易总额达321亿美元，同比增长28%，订单总数为35亿笔；虾皮营收按年增长35%至42.9亿美元。数字娱乐部门Garena季度活跃用户约为6.6亿，付费用户比例为9.2%；数字金融部门Monee的活跃借款用户逾一千二百万，贷款余额为79亿美元，不良贷款率保持在1.1%左右。冬海集团表示，未来三年将在东南亚和巴西投入至少15亿美元扩建物流网络。受业绩提振，冬海集团股价星期二在纽约盘前一度上涨逾6%，收盘报158.6美元。新加坡股市方面，海峡时报指数星期二微跌0.31%，以4458.23点挂收；星展集团股价下跌1.2%，收报52.85新元。星展此前公布，第三季度净利润为30.3亿新元，同比增长近一成。'),
    '05_gd_property_sales.txt': (
        '观点月报｜百强房企10月销售额环比降12.6%，越秀地产约26.8亿元出让项目公司股权',
        '观点网讯：多家房企近日披露10月销售简报。保利发展10月实现签约面积95.6万平方米，同比下降28.9%；实现签约金额190.3亿元，同比下降30.1%。1-10月，保利发展累计签约面积约1,126万平方米，签约金额2,108.6亿元，同比减少约21%；三季报显示，保利发展前三季度实现营业收入1,726.8亿元，同比下降6.3%，归母净利润约31.4亿元，同比下降约六成。中国海外发展10月合约物业销售金额约218.2亿元，对应面积约86万平方米；前十月累计合约销售额约2,116.5亿元，市场占有率约为2.9%。华润置地10月总合同销售额一百九十八亿元，同比增长3.2%，总合同销售建筑面积66.3万平方米。招商蛇口10月签约销售金额150.2亿元，本年累计约1,712亿元。资本运作方面，越秀地产10月31日晚间公告，以约26.8亿元代价向广州地铁集团出售所持广州海珠项目公司49%股权，预计录得出售收益约3.1亿元，年内该公司通过出让项目股权累计回笼资金逾60亿元。金地集团披露，前三季度营业收入为368.5亿元，同比下降18.7%；归母净亏损约23.6亿元，上年同期亏损31.2亿元，亏损同比收窄约24%。克而瑞数据显示，10月TOP100房企实现销售操盘金额2,385.5亿元，环比下降12.6%，TOP10房企销售额占百强比重为43.7%。二级市场上，11月3日华润置地股价涨2.8%，报29.35港元。（观点网 2025年11月4日）'),
    '06_ths_ashare_close.txt': (
        '收评：沪指跌0.73%失守3900点，两市成交额1.96万亿元，锂矿股逆势走强',
        '同花顺财经2025年11月6日讯，A股三大指数今日集体收跌。截至收盘，沪指跌0.73%，报3896.42点；深证成指跌1.16%，报13,205.87点；创业板指跌1.52%。沪深两市全天成交额1.96万亿元，较上个交易日缩量约1,100亿元，全市场超3,800只个股下跌。盘面上，锂矿、有色板块逆势走强，天齐锂业(002466)涨停，赣锋锂业涨7.8%，盐湖股份涨超5%；半导体、算力板块调整，寒武纪跌5.6%，中芯国际跌近4%。龙虎榜数据显示，天齐锂业获机构专用席位合计净买入2.31亿元，全天换手率为8.6%。期货方面，碳酸锂期货主力合约涨4.12%，报8.29万元/吨，年内累计涨幅约四成；沪铜主力合约跌0.85%，报85,430元/吨；沪金主力合约涨0.4%，报922.6元/克。汇率方面，在岸人民币对美元16:30收盘报7.1215，较上一交易日上涨86个基点。赣锋锂业晚间公告，拟以约9.8亿元收购阿根廷锂盐湖项目公司Salar del Sur 40%股权。消息面上，宁德时代公告，公司前三季度资本开支约293亿元，拟投资不超过120亿元建设匈牙利二期基地，明年资本开支计划在400亿元左右。'),
    '07_sjs_databao.txt': (
        '数据宝｜算力产业链三季报盘点：光模块双雄净利润合计超130亿元，寒武纪营收同比增逾23倍',
        '证券时报·数据宝统计，截至10月31日，A股上市公司2025年三季报已全部披露完毕，前三季度归母净利润同比翻倍的公司有436家。聚焦算力产业链，工业富联前三季度实现营业收入6,039.3亿元，同比增长38.4%，归母净利润224.9亿元，同比增长48.5%，其中三季度单季净利润103.7亿元，同比增长62%。光模块龙头新易盛、中际旭创前三季度净利润分别为63.3亿元、71.3亿元，同比分别增长284.4%、90.1%。PCB厂商胜宏科技前三季度净利润32.4亿元，同比增长324.4%。寒武纪前三季度营收46.1亿元，同比增长2386%；净利润16.0亿元，上年同期亏损7.24亿元，实现扭亏为盈。海光信息前三季度研发投入28.3亿元左右，同比增长约三成，上半年研发投入为17.6亿元。立讯精密三季度单季营收848.6亿元，环比增长11.5%，营业利润72.1亿元，同比增长23.4%。二级市场方面，上述个股年内平均上涨186.5%，其中胜宏科技年内累计涨幅达512%，居首；新易盛最新滚动市盈率约为41倍，低于行业平均水平。机构一致预测，工业富联2025年全年净利润有望达到约335亿元。'),
    '08_qszg_broker_insurer.txt': (
        '券商三季报｜中信证券前三季度净利231.6亿元同比增近四成，头部券商ROE普遍回升',
        '券商中国记者统计，截至2025年10月31日，A股42家上市券商三季报已全部披露，前三季度合计实现营业收入4,248.6亿元，同比增长42.1%；合计实现归母净利润1,690.3亿元，同比增长62.4%。具体来看，中信证券前三季度实现营业收入558.1亿元，同比增长32.7%；归母净利润231.6亿元，同比增长37.9%，其中第三季度单季净利润94.4亿元，同比增长51.5%；基本每股收益1.52元，加权平均净资产收益率8.25%，同比提升1.6个百分点。国泰海通前三季度归母净利润220.7亿元，同比增长131.8%，其中三季度单季归母净利润逾百亿元；剔除吸收合并负商誉影响后的扣非净利润约151亿元。华泰证券、广发证券前三季度归母净利润分别为127.3亿元和109.3亿元，同比分别增长1.6%和61.6%；广发证券三季度单季营收同比增长81.9%。业务条线上，中信证券经纪业务手续费净收入107.9亿元，同比增长52.9%；东方财富证券前三季度股基交易额市场份额约为4.3%，较上年末提升0.2个百分点。险企方面，中国平安前三季度归母净利润1,328.6亿元，同比增长11.5%；寿险及健康险新业务价值357.2亿元，同比增长46.2%；财产险综合成本率为97.0%，核心偿付能力充足率为203%。中国太保前三季度净利润457亿元，同比增长19.3%。中国人寿则预计前三季度归母净利润为1,568亿元至1,777亿元，同比增长50%至70%。中信证券最新市净率约1.6倍，仍处于历史低位。'),
}

# ---------------------------------------------------------------------------
# Records. Each: R(file, context, quote, kind, subject, value, unit, **fields)
# `context` must occur exactly once in the document text; `quote` is located
# at its first occurrence inside `context`.
# ---------------------------------------------------------------------------
from decimal import Decimal as D

def yi(x):   # 亿 -> base units
    return int(D(x) * 10**8)

def wan(x):  # 万 -> base units
    return int(D(x) * 10**4)

RECORDS = []

def R(fn, ctx, quote, kind, subject, value, unit, approx=None, period=None, change=None,
      value_max=None, optional=False, note=None, target=None, counterparty=None, stake_pct=None):
    RECORDS.append(dict(fn=fn, ctx=ctx, quote=quote, kind=kind, subject=subject, value=value,
                        value_max=value_max, unit=unit, approx=approx, period=period, change=change,
                        optional=optional, note=note, target=target, counterparty=counterparty,
                        stake_pct=stake_pct))

# ---- 01 新京报贝壳财经: NEV October deliveries + NIO Q3 -------------------------------
F = "01_bkcj_nev_deliveries.txt"
R(F, "零跑单月交付超7万辆", "超7万辆", "operating_metric", "leapmotor", 70000, "vehicles", "over", "2025-10",
  note="title, first mention of October deliveries (body gives the exact 70289辆, within 0.5% of this value); required")
R(F, "10月交付新车70289辆", "70289辆", "operating_metric", "leapmotor", 70289, "vehicles", None, "2025-10",
  {"yoy": 84.1, "mom": 5.6}, note="环比 of a monthly figure -> mom; 连续第八个月 is not a figure")
R(F, "累计交付约46.5万辆", "约46.5万辆", "operating_metric", "leapmotor", wan("46.5"), "vehicles", "about",
  "2025-01/2025-10", note="1-10月 cumulative")
R(F, "10月交付42,013辆", "42,013辆", "operating_metric", "xpeng", 42013, "vehicles", None, "2025-10", {"yoy": 76})
R(F, "累计交付已超35万辆", "超35万辆", "operating_metric", "xpeng", wan("35"), "vehicles", "over",
  "2025-01/2025-10", {"yoy": 200},
  note="今年前十个月 -> 2025-01/2025-10; 已超35万 -> over; 同比增长超两倍 read as yoy +200 (增长N倍 = +N×100%; the 超 on the rate cannot be encoded)")
R(F, "10月交付3.17万辆", "3.17万辆", "operating_metric", "li-auto", wan("3.17"), "vehicles", None, "2025-10",
  {"yoy": -38.3})
R(F, "交付新车40397辆", "40397辆", "operating_metric", "nio", 40397, "vehicles", None, "2025-10",
  note="蔚来公司 = NIO Inc. (group total incl. the 乐道 brand)")
R(F, "约一万八千辆", "约一万八千辆", "operating_metric", "onvo", 18000, "vehicles", "about", "2025-10",
  note="Chinese-numeral count; 乐道品牌 (NIO sub-brand) has its own id")
R(F, "连续第二个月超过4万辆", "超过4万辆", "operating_metric", "xiaomi-auto", 40000, "vehicles", "over", "2025-10",
  note="October deliveries; 连续第二个月 implies September was also >4万 but only the October figure is recorded")
R(F, "份额约为27.5%", "约为27.5%", "market_share", "byd", 27.5, "percent", "about", "2025-10",
  note="share of China NEV passenger-car retail market (CPCA); the 约6个百分点 decline is a percentage-point change, not a record")
R(F, "三季度单季营收217.9亿元", "217.9亿元", "revenue", "nio", yi("217.9"), "CNY", None, "2025Q3", {"yoy": 16.7})
R(F, "；净亏损34.8亿元", "34.8亿元", "net_profit", "nio", -yi("34.8"), "CNY", None, "2025Q3",
  note="净亏损 -> negative; 亏损明显收窄 gives no rate")
R(F, "净亏损为51.5亿元", "51.5亿元", "net_profit", "nio", -yi("51.5"), "CNY", None, "2024Q3",
  note="去年同期 of 三季度 -> 2024Q3")
R(F, "经调整净亏损30.1亿元", "30.1亿元", "adjusted_net_profit", "nio", -yi("30.1"), "CNY", None, "2025Q3")
R(F, "当季经营亏损32.9亿元", "32.9亿元", "operating_profit", "nio", -yi("32.9"), "CNY", None, "2025Q3",
  note="经营亏损 -> negative operating profit")
R(F, "研发开支约24.7亿元", "约24.7亿元", "cost", "nio", yi("24.7"), "CNY", "about", "2025Q3", {"yoy": -20},
  note="R&D spend -> cost; 同比下降约两成 -> yoy -20")
R(F, "首次转正，为18.2亿元", "18.2亿元", "cash_flow", "nio", yi("18.2"), "CNY", None, "2025Q3",
  note="net operating cash flow of the quarter (当季 scopes the sentence)")
R(F, "约11.2亿美元认购", "约11.2亿美元", "investment", "cyvn", yi("11.2"), "USD", "about", "2025-10",
  target="nio", counterparty=None, stake_pct=None, note="subscription for newly issued NIO shares; no stake given")
R(F, "报68.35港元/股", "68.35港元/股", "price", "leapmotor", 68.35, "HKD", None, "2025-10-31",
  note="HK-listed share close on 10月31日; 总市值约914亿港元 in the same sentence is a valuation (not recorded)")
R(F, "累计涨幅逾一倍", "逾一倍", "price_change", "leapmotor", 100, "percent", "over", "2025",
  note="年内 (YTD) gain of over 100%")

# ---- 02 格隆汇: HK market close ------------------------------------------------------
F = "02_glh_hk_close.txt"
R(F, "恒指跌1.38%", "1.38%", "price_change", "hang-seng", -1.38, "percent", None, "2025-10-21", note="title")
R(F, "险守两万六", "两万六", "price", "hang-seng", 26000, "points", "over", "2025-10-21", optional=True,
  note="title: 险守两万六 = closed just above 26,000 (body 26,012.47); a threshold rather than a quoted level, so optional")
R(F, "科指挫逾2%", "逾2%", "price_change", "hang-seng-tech", -2, "percent", "over", "2025-10-21",
  note="title; body gives 2.15%")
R(F, "泡泡玛特重挫近9%", "近9%", "price_change", "pop-mart", -9, "percent", "nearly", "2025-10-21",
  note="title; body gives 8.92%")
R(F, "恒生指数跌1.38%", "1.38%", "price_change", "hang-seng", -1.38, "percent", None, "2025-10-21",
  optional=True, note="repeat of the title figure")
R(F, "26,012.47点", "26,012.47点", "price", "hang-seng", 26012.47, "points", None, "2025-10-21")
R(F, "恒生科技指数跌2.15%", "2.15%", "price_change", "hang-seng-tech", -2.15, "percent", None, "2025-10-21")
R(F, "国企指数跌1.5%", "1.5%", "price_change", "hscei", -1.5, "percent", None, "2025-10-21")
R(F, "阿里巴巴跌3.1%", "3.1%", "price_change", "alibaba", -3.1, "percent", None, "2025-10-21")
R(F, "腾讯控股跌近2%", "近2%", "price_change", "tencent", -2, "percent", "nearly", "2025-10-21")
R(F, "美团跌逾4%", "逾4%", "price_change", "meituan", -4, "percent", "over", "2025-10-21")
R(F, "分别跌2.4%、3.6%", "2.4%", "price_change", "jd", -2.4, "percent", None, "2025-10-21",
  note="分别: first figure -> 京东集团")
R(F, "分别跌2.4%、3.6%", "3.6%", "price_change", "kuaishou", -3.6, "percent", None, "2025-10-21",
  note="分别: second figure -> 快手")
R(F, "逆市微涨0.5%", "0.5%", "price_change", "baidu", 0.5, "percent", None, "2025-10-21")
R(F, "紫金黄金国际涨超7%", "超7%", "price_change", "zijin-gold-intl", 7, "percent", "over", "2025-10-21")
R(F, "分别涨5.2%和4.8%", "5.2%", "price_change", "zhaojin", 5.2, "percent", None, "2025-10-21")
R(F, "分别涨5.2%和4.8%", "4.8%", "price_change", "shandong-gold", 4.8, "percent", None, "2025-10-21")
R(F, "站上4380美元/盎司", "4380美元/盎司", "price", "spot-gold", 4380, "USD", "over", "2025-10-21",
  note="盘中站上 = rose above intraday, read like 突破 -> over; per ounce")
R(F, "年内累计上涨约67%", "约67%", "price_change", "spot-gold", 67, "percent", "about", "2025",
  note="年内 -> YTD, period 2025")
R(F, "收跌8.92%", "8.92%", "price_change", "pop-mart", -8.92, "percent", None, "2025-10-21")
R(F, "报258.4港元", "258.4港元", "price", "pop-mart", 258.4, "HKD", None, "2025-10-21")
R(F, "整体收益同比增长245%至250%", "245%至250%", "revenue", "pop-mart", None, None, None, "2025Q3",
  {"yoy": 245}, optional=True,
  note="growth given only as a range (245%-250%); the contract has no range field for change, lower end recorded (as for value); optional")
R(F, "海外收益同比增长365%至370%", "365%至370%", "revenue", "pop-mart-overseas", None, None, None, "2025Q3",
  {"yoy": 365}, optional=True, note="overseas revenue growth range; lower end recorded; optional")
R(F, "一度大涨近6%", "近6%", "price_change", "sensetime", 6, "percent", "nearly", "2025-10-21",
  note="intraday move (盘中一度), not the close")
R(F, "每股2.05港元", "2.05港元", "price", "sensetime", 2.05, "HKD", None, "2025-10-21", optional=True,
  note="placing price of new shares, a deal term rather than a market quote; optional")
R(F, "配售16.7亿股新股", "16.7亿股", "stake_sale", "sensetime", yi("16.7"), "shares", None, "2025-10-21",
  optional=True, target="sensetime", counterparty=None, stake_pct=None,
  note="share-count reading of the company's new-share placement; optional like the proceeds record")
R(F, "所得款项净额约33.9亿港元", "约33.9亿港元", "stake_sale", "sensetime", yi("33.9"), "HKD", "about",
  "2025-10-21", optional=True, target="sensetime", counterparty=None, stake_pct=None,
  note="new-share placement by the company itself (16.7亿股 to unnamed placees): not a holder's sale nor a named investment, so kind debatable; optional")

# ---- 03 智通财经: HK filings digest ---------------------------------------------------
F = "03_zt_hk_filings.txt"
R(F, "吉利汽车10月销量同比增37%", "37%", "operating_metric", "geely", None, None, None, "2025-10", {"yoy": 37},
  note="title: growth without a level (body level 217,450部 carries the same rate)")
R(F, "配售套现约39亿港元", "约39亿港元", "stake_sale", "shunxu", yi("39"), "HKD", "about", "2025-11-03",
  target="sunny-optical", counterparty=None, stake_pct=4.56,
  note="title; seller is the major shareholder 舜旭有限公司; stake from the body; differs by >0.5% from the body's 39.25亿 so required")
R(F, "10月总销量为217,450部", "217,450部", "operating_metric", "geely", 217450, "vehicles", None, "2025-10",
  {"yoy": 37, "mom": 8})
R(F, "新能源汽车销量约12.4万部", "约12.4万部", "operating_metric", "geely", wan("12.4"), "vehicles", "about", "2025-10",
  note="Geely NEV sales (subset of the total); 占总销量逾五成 is a mix ratio, not a record")
R(F, "累计销量约247万部", "约247万部", "operating_metric", "geely", wan("247"), "vehicles", "about", "2025-01/2025-10")
R(F, "全年300万部销量目标", "300万部", "operating_metric", "geely", wan("300"), "vehicles", None, "2025",
  note="company's own full-year 2025 sales target = guidance -> metric's kind; 约82% completion is a ratio (not recorded)")
R(F, "配售5,000万股现有股份", "5,000万股", "stake_sale", "shunxu", wan("5000"), "shares", None, "2025-11-03",
  optional=True, target="sunny-optical", counterparty=None, stake_pct=4.56,
  note="share-count reading of the same placement (the contract's deal value is the consideration)")
R(F, "所得款项总额约39.25亿港元", "约39.25亿港元", "stake_sale", "shunxu", yi("39.25"), "HKD", "about", "2025-11-03",
  target="sunny-optical", counterparty=None, stake_pct=4.56,
  note="placing of existing shares by the major shareholder to >=6 unnamed placees (counterparty null); period = digest date 11月3日; resulting holding 30.5% is not a record")
R(F, "２．３５亿元人民币", "２．３５亿元人民币", "acquisition", "want-want", yi("2.35"), "CNY", None, "2025-11-03",
  target="湖南湘味坊食品有限公司", counterparty=None, stake_pct=60,
  note="full-width digits; 拟以 = agreed/proposed purchase; seller an unnamed independent third party")
R(F, "油气销售收入约3,126亿元", "约3,126亿元", "revenue", "cnooc", yi("3126"), "CNY", "about", "2025Q1/2025Q3",
  {"yoy": -5.2}, note="oil & gas sales revenue, 前三季度")
R(F, "归母净利润1,017亿元", "1,017亿元", "net_profit", "cnooc", yi("1017"), "CNY", None, "2025Q1/2025Q3",
  {"yoy": -12.6})
R(F, "资本支出约890亿元", "约890亿元", "capex", "cnooc", yi("890"), "CNY", "about", "2025Q1/2025Q3")
R(F, "1,250亿元至1,350亿元", "1,250亿元至1,350亿元", "capex_plan", "cnooc", yi("1250"), "CNY", None, "2025",
  value_max=yi("1350"), note="full-year 2025 capex budget range (guidance)")
R(F, "投资不超过45亿元", "不超过45亿元", "capex_plan", "xinyi-solar", yi("45"), "CNY", "up_to", None,
  note="未来两年 plan -> period null")
R(F, "资本开支约12.6亿元", "约12.6亿元", "capex", "xinyi-solar", yi("12.6"), "CNY", "about", "2025Q3",
  note="三季度单季")

# ---- 04 联合早报: Sea Ltd Q3 + Singapore market ---------------------------------------
F = "04_zb_sea_results.txt"
R(F, "营收按年增38%", "38%", "revenue", "sea", None, None, None, "2025Q3", {"yoy": 38},
  note="title growth without a level; 按年 = yoy")
R(F, "交易总额逾320亿美元", "逾320亿美元", "operating_metric", "shopee", yi("320"), "USD", "over", "2025Q3",
  optional=True, note="title; Shopee GMV: no GMV kind in the contract (seed treats GMV as optional operating_metric)")
R(F, "总营收达59.9亿美元", "59.9亿美元", "revenue", "sea", yi("59.9"), "USD", None, "2025Q3", {"yoy": 38})
R(F, "去年同期的43.3亿美元", "43.3亿美元", "revenue", "sea", yi("43.3"), "USD", None, "2024Q3")
R(F, "净利润为3.75亿美元", "3.75亿美元", "net_profit", "sea", yi("3.75"), "USD", None, "2025Q3")
R(F, "去年同期为1.53亿美元", "1.53亿美元", "net_profit", "sea", yi("1.53"), "USD", None, "2024Q3")
R(F, "增长17%至6.12亿美元", "6.12亿美元", "selling_expense", "sea", yi("6.12"), "USD", None, "2025Q3", {"yoy": 17})
R(F, "现金流净额为9.8亿美元", "9.8亿美元", "cash_flow", "sea", yi("9.8"), "USD", None, "2025Q3",
  note="net cash from operating activities")
R(F, "自由现金流约8.1亿美元", "约8.1亿美元", "free_cash_flow", "sea", yi("8.1"), "USD", "about", "2025Q3")
R(F, "当季盈利8.74亿美元", "8.74亿美元", "adjusted_ebita", "sea", yi("8.74"), "USD", None, "2025Q3", optional=True,
  note="adjusted EBITDA, not EBITA; closest kind adjusted_ebita but debatable -> optional")
R(F, "商品交易总额达321亿美元", "321亿美元", "operating_metric", "shopee", yi("321"), "USD", None, "2025Q3",
  {"yoy": 28}, optional=True, note="Shopee GMV; kind debatable (see title record)")
R(F, "订单总数为35亿笔", "35亿笔", "orders", "shopee", yi("35"), "orders", None, "2025Q3")
R(F, "按年增长35%至42.9亿美元", "42.9亿美元", "revenue", "shopee", yi("42.9"), "USD", None, "2025Q3", {"yoy": 35})
R(F, "季度活跃用户约为6.6亿", "约为6.6亿", "users", "garena", yi("6.6"), "users", "about", "2025Q3",
  note="quarterly active users; period from the Q3 results context; 付费用户比例9.2% is a ratio (not recorded)")
R(F, "活跃借款用户逾一千二百万", "逾一千二百万", "users", "monee", 12000000, "users", "over", "2025Q3",
  note="Chinese-numeral count (一千二百万 = 12,000,000); period from the Q3 results context; 贷款余额79亿美元 is a balance and 不良贷款率1.1%左右 a ratio (neither recorded)")
R(F, "投入至少15亿美元", "至少15亿美元", "capex_plan", "sea", yi("15"), "USD", "at_least", None,
  note="未来三年 logistics build-out plan -> period null")
R(F, "上涨逾6%", "逾6%", "price_change", "sea", 6, "percent", "over", "2025-11-11",
  note="NY pre-market intraday move on 星期二 (11月11日)")
R(F, "收盘报158.6美元", "158.6美元", "price", "sea", 158.6, "USD", None, "2025-11-11")
R(F, "微跌0.31%", "0.31%", "price_change", "sti", -0.31, "percent", None, "2025-11-11")
R(F, "以4458.23点挂收", "4458.23点", "price", "sti", 4458.23, "points", None, "2025-11-11")
R(F, "股价下跌1.2%", "1.2%", "price_change", "dbs", -1.2, "percent", None, "2025-11-11")
R(F, "收报52.85新元", "52.85新元", "price", "dbs", 52.85, "SGD", None, "2025-11-11", note="新元 -> SGD")
R(F, "净利润为30.3亿新元", "30.3亿新元", "net_profit", "dbs", yi("30.3"), "SGD", None, "2025Q3", {"yoy": 10},
  note="同比增长近一成 -> yoy 10; 近 hedges the rate, the level is exact (approx null)")

# ---- 05 观点地产网: developer October sales ---------------------------------------------
F = "05_gd_property_sales.txt"
CS = "contracted sales (签约/合约/合同销售金额) are not revenue; no kind in the contract, recorded as optional operating_metric like the seed's GMV"
R(F, "销售额环比降12.6%", "12.6%", "operating_metric", "top100-developers", None, None, None, "2025-10",
  {"mom": -12.6}, optional=True, note="title; aggregate contracted sales of the top-100 developers (CRIC); " + CS)
R(F, "越秀地产约26.8亿元", "约26.8亿元", "stake_sale", "yuexiu-property", yi("26.8"), "CNY", "about", "2025-10-31",
  target="广州海珠项目公司", counterparty="gzmtr", stake_pct=49,
  note="title, first mention; details (49%, buyer 广州地铁集团, announced 10月31日) from the body")
R(F, "签约面积95.6万平方米", "95.6万平方米", "operating_metric", "poly-dev", wan("95.6"), "square_meters", None,
  "2025-10", {"yoy": -28.9}, note="contracted floor area: an operating quantity (count-like unit)")
R(F, "签约金额190.3亿元", "190.3亿元", "operating_metric", "poly-dev", yi("190.3"), "CNY", None, "2025-10",
  {"yoy": -30.1}, optional=True, note=CS)
R(F, "累计签约面积约1,126万平方米", "约1,126万平方米", "operating_metric", "poly-dev", wan("1126"), "square_meters",
  "about", "2025-01/2025-10")
R(F, "签约金额2,108.6亿元", "2,108.6亿元", "operating_metric", "poly-dev", yi("2108.6"), "CNY", None,
  "2025-01/2025-10", {"yoy": -21}, optional=True, note=CS + "; 约 hedges the rate only")
R(F, "营业收入1,726.8亿元", "1,726.8亿元", "revenue", "poly-dev", yi("1726.8"), "CNY", None, "2025Q1/2025Q3",
  {"yoy": -6.3})
R(F, "归母净利润约31.4亿元", "约31.4亿元", "net_profit", "poly-dev", yi("31.4"), "CNY", "about", "2025Q1/2025Q3",
  {"yoy": -60}, note="同比下降约六成 -> yoy -60")
R(F, "销售金额约218.2亿元", "约218.2亿元", "operating_metric", "cohl", yi("218.2"), "CNY", "about", "2025-10",
  optional=True, note=CS)
R(F, "对应面积约86万平方米", "约86万平方米", "operating_metric", "cohl", wan("86"), "square_meters", "about", "2025-10")
R(F, "累计合约销售额约2,116.5亿元", "约2,116.5亿元", "operating_metric", "cohl", yi("2116.5"), "CNY", "about",
  "2025-01/2025-10", optional=True, note=CS)
R(F, "市场占有率约为2.9%", "约为2.9%", "market_share", "cohl", 2.9, "percent", "about", "2025-01/2025-10",
  note="share of national new-home sales over 前十月")
R(F, "一百九十八亿元", "一百九十八亿元", "operating_metric", "cr-land", yi("198"), "CNY", None, "2025-10",
  {"yoy": 3.2}, optional=True, note="Chinese numerals; " + CS)
R(F, "建筑面积66.3万平方米", "66.3万平方米", "operating_metric", "cr-land", wan("66.3"), "square_meters", None, "2025-10")
R(F, "签约销售金额150.2亿元", "150.2亿元", "operating_metric", "cmsk", yi("150.2"), "CNY", None, "2025-10",
  optional=True, note=CS)
R(F, "本年累计约1,712亿元", "约1,712亿元", "operating_metric", "cmsk", yi("1712"), "CNY", "about",
  "2025-01/2025-10", optional=True, note="本年累计 through October; " + CS)
R(F, "以约26.8亿元代价", "约26.8亿元", "stake_sale", "yuexiu-property", yi("26.8"), "CNY", "about", "2025-10-31",
  optional=True, target="广州海珠项目公司", counterparty="gzmtr", stake_pct=49, note="repeat of the title figure")
R(F, "出售收益约3.1亿元", "约3.1亿元", "stake_sale", "yuexiu-property", yi("3.1"), "CNY", "about", "2025-10-31",
  optional=True, target="广州海珠项目公司", counterparty="gzmtr", stake_pct=49,
  note="expected accounting gain on the disposal, not proceeds; no gain kind (seed treats a disposal gain as optional stake_sale)")
R(F, "累计回笼资金逾60亿元", "逾60亿元", "divestment_proceeds", "yuexiu-property", yi("60"), "CNY", "over", "2025",
  note="年内 cumulative cash raised from project-stake disposals (summed) -> divestment_proceeds, period 2025")
R(F, "营业收入为368.5亿元", "368.5亿元", "revenue", "gemdale", yi("368.5"), "CNY", None, "2025Q1/2025Q3",
  {"yoy": -18.7})
R(F, "归母净亏损约23.6亿元", "约23.6亿元", "net_profit", "gemdale", -yi("23.6"), "CNY", "about", "2025Q1/2025Q3",
  {"yoy": -24}, note="loss -> negative; 亏损同比收窄约24%: the loss shrank ~24%, recorded as -24 on the loss as worded (seed convention for a halved loss); +24 on the signed profit is the alternative reading")
R(F, "上年同期亏损31.2亿元", "31.2亿元", "net_profit", "gemdale", -yi("31.2"), "CNY", None, "2024Q1/2024Q3",
  note="上年同期 of 前三季度")
R(F, "销售操盘金额2,385.5亿元", "2,385.5亿元", "operating_metric", "top100-developers", yi("2385.5"), "CNY", None,
  "2025-10", {"mom": -12.6}, optional=True, note="industry aggregate (CRIC); " + CS)
R(F, "占百强比重为43.7%", "43.7%", "market_share", "top10-developers", 43.7, "percent", None, "2025-10",
  optional=True, note="concentration ratio (top-10 share of top-100 sales), not a share of the whole market; borderline")
R(F, "华润置地股价涨2.8%", "2.8%", "price_change", "cr-land", 2.8, "percent", None, "2025-11-03")
R(F, "报29.35港元", "29.35港元", "price", "cr-land", 29.35, "HKD", None, "2025-11-03")

# ---- 06 同花顺财经: A-share close with futures and FX -----------------------------------
F = "06_ths_ashare_close.txt"
R(F, "沪指跌0.73%失守", "0.73%", "price_change", "sse-composite", -0.73, "percent", None, "2025-11-06", note="title")
R(F, "失守3900点", "3900点", "price", "sse-composite", 3900, "points", None, "2025-11-06",
  note="title: 失守 = fell below the level; no approx code for 'under' (seed: 跌破8.4萬美元 -> approx null)")
R(F, "沪指跌0.73%，", "0.73%", "price_change", "sse-composite", -0.73, "percent", None, "2025-11-06",
  optional=True, note="repeat of the title figure")
R(F, "报3896.42点", "3896.42点", "price", "sse-composite", 3896.42, "points", None, "2025-11-06")
R(F, "深证成指跌1.16%", "1.16%", "price_change", "szse-component", -1.16, "percent", None, "2025-11-06")
R(F, "报13,205.87点", "13,205.87点", "price", "szse-component", 13205.87, "points", None, "2025-11-06")
R(F, "创业板指跌1.52%", "1.52%", "price_change", "chinext", -1.52, "percent", None, "2025-11-06")
R(F, "赣锋锂业涨7.8%", "7.8%", "price_change", "ganfeng", 7.8, "percent", None, "2025-11-06")
R(F, "盐湖股份涨超5%", "超5%", "price_change", "salt-lake", 5, "percent", "over", "2025-11-06")
R(F, "寒武纪跌5.6%", "5.6%", "price_change", "cambricon", -5.6, "percent", None, "2025-11-06")
R(F, "中芯国际跌近4%", "近4%", "price_change", "smic", -4, "percent", "nearly", "2025-11-06")
R(F, "主力合约涨4.12%", "4.12%", "price_change", "lithium-carbonate-futures", 4.12, "percent", None, "2025-11-06")
R(F, "报8.29万元/吨", "8.29万元/吨", "price", "lithium-carbonate-futures", wan("8.29"), "CNY", None, "2025-11-06",
  note="per tonne, main contract")
R(F, "年内累计涨幅约四成", "约四成", "price_change", "lithium-carbonate-futures", 40, "percent", "about", "2025",
  note="四成 = 40%; 年内 -> YTD")
R(F, "沪铜主力合约跌0.85%", "0.85%", "price_change", "shfe-copper", -0.85, "percent", None, "2025-11-06")
R(F, "报85,430元/吨", "85,430元/吨", "price", "shfe-copper", 85430, "CNY", None, "2025-11-06")
R(F, "沪金主力合约涨0.4%", "0.4%", "price_change", "shfe-gold", 0.4, "percent", None, "2025-11-06")
R(F, "报922.6元/克", "922.6元/克", "price", "shfe-gold", 922.6, "CNY", None, "2025-11-06", note="per gram")
R(F, "收盘报7.1215", "7.1215", "price", "usd-cny", 7.1215, "CNY", None, "2025-11-06", optional=True,
  note="onshore CNY per USD: an FX rate, not a stock/index/commodity price -> optional; the 86个基点 move is in basis points (not recorded)")
R(F, "拟以约9.8亿元收购", "约9.8亿元", "acquisition", "ganfeng", yi("9.8"), "CNY", "about", "2025-11-06",
  target="Salar del Sur", counterparty=None, stake_pct=40, note="announced the evening of the wrap date; seller not named")
R(F, "资本开支约293亿元", "约293亿元", "capex", "catl", yi("293"), "CNY", "about", "2025Q1/2025Q3")
R(F, "投资不超过120亿元", "不超过120亿元", "capex_plan", "catl", yi("120"), "CNY", "up_to", None,
  note="Hungary phase-2 plant; no horizon given -> period null")
R(F, "400亿元左右", "400亿元左右", "capex_plan", "catl", yi("400"), "CNY", "about", "2026", note="明年 -> 2026")

# ---- 07 证券时报·数据宝: results list --------------------------------------------------
F = "07_sjs_databao.txt"
R(F, "净利润合计超130亿元", "超130亿元", "net_profit", "eoptolink+innolight", yi("130"), "CNY", "over",
  "2025Q1/2025Q3", note="title: 光模块双雄 = 新易盛 + 中际旭创 (body 63.3 + 71.3 = 134.6亿); joint subject, ids sorted")
R(F, "营收同比增逾23倍", "逾23倍", "revenue", "cambricon", None, None, "over", "2025Q1/2025Q3", {"yoy": 2300},
  note="title growth without a level; 增逾23倍 = over +2300% (增长N倍 = +N×100%; body: 2386%)")
R(F, "营业收入6,039.3亿元", "6,039.3亿元", "revenue", "foxconn-industrial", yi("6039.3"), "CNY", None,
  "2025Q1/2025Q3", {"yoy": 38.4})
R(F, "归母净利润224.9亿元", "224.9亿元", "net_profit", "foxconn-industrial", yi("224.9"), "CNY", None,
  "2025Q1/2025Q3", {"yoy": 48.5})
R(F, "单季净利润103.7亿元", "103.7亿元", "net_profit", "foxconn-industrial", yi("103.7"), "CNY", None, "2025Q3",
  {"yoy": 62}, note="三季度单季")
R(F, "分别为63.3亿元、71.3亿元", "63.3亿元", "net_profit", "eoptolink", yi("63.3"), "CNY", None, "2025Q1/2025Q3",
  {"yoy": 284.4}, note="分别 pairing: 新易盛 first")
R(F, "分别为63.3亿元、71.3亿元", "71.3亿元", "net_profit", "innolight", yi("71.3"), "CNY", None, "2025Q1/2025Q3",
  {"yoy": 90.1}, note="分别 pairing: 中际旭创 second")
R(F, "净利润32.4亿元", "32.4亿元", "net_profit", "victory-giant", yi("32.4"), "CNY", None, "2025Q1/2025Q3",
  {"yoy": 324.4})
R(F, "营收46.1亿元", "46.1亿元", "revenue", "cambricon", yi("46.1"), "CNY", None, "2025Q1/2025Q3", {"yoy": 2386})
R(F, "净利润16.0亿元", "16.0亿元", "net_profit", "cambricon", yi("16"), "CNY", None, "2025Q1/2025Q3",
  note="扭亏为盈: no rate")
R(F, "上年同期亏损7.24亿元", "7.24亿元", "net_profit", "cambricon", -yi("7.24"), "CNY", None, "2024Q1/2024Q3")
R(F, "研发投入28.3亿元左右", "28.3亿元左右", "cost", "hygon", yi("28.3"), "CNY", "about", "2025Q1/2025Q3",
  {"yoy": 30}, note="R&D spend -> cost; 约三成 = ~30% (hedge on the rate)")
R(F, "研发投入为17.6亿元", "17.6亿元", "cost", "hygon", yi("17.6"), "CNY", None, "2025H1", note="上半年 -> 2025H1")
R(F, "单季营收848.6亿元", "848.6亿元", "revenue", "luxshare", yi("848.6"), "CNY", None, "2025Q3", {"qoq": 11.5})
R(F, "营业利润72.1亿元", "72.1亿元", "operating_profit", "luxshare", yi("72.1"), "CNY", None, "2025Q3", {"yoy": 23.4},
  note="营业利润 (CAS operating profit) of the third quarter")
R(F, "年内平均上涨186.5%", "186.5%", "price_change", "上述个股", 186.5, "percent", None, "2025", optional=True,
  note="average YTD gain of an unnamed group of stocks; no single subject")
R(F, "累计涨幅达512%", "512%", "price_change", "victory-giant", 512, "percent", None, "2025",
  note="年内 YTD to 10月31日; 滚动市盈率41倍 in the same sentence is a valuation (not recorded)")
R(F, "有望达到约335亿元", "约335亿元", "net_profit", "foxconn-industrial", yi("335"), "CNY", "about", "2025",
  optional=True, note="analyst consensus forecast of full-year net profit (optional per contract)")

# ---- 08 券商中国: broker and insurer results ---------------------------------------------
F = "08_qszg_broker_insurer.txt"
R(F, "净利231.6亿元", "231.6亿元", "net_profit", "citic-securities", yi("231.6"), "CNY", None, "2025Q1/2025Q3",
  {"yoy": 40}, note="title, first mention; 同比增近四成 -> yoy 40 (近 hedges the rate; body gives 37.9%)")
R(F, "合计实现营业收入4,248.6亿元", "4,248.6亿元", "revenue", "a-share-listed-brokers", yi("4248.6"), "CNY", None,
  "2025Q1/2025Q3", {"yoy": 42.1}, optional=True, note="aggregate of 42 unnamed listed brokers; no joinable ids")
R(F, "合计实现归母净利润1,690.3亿元", "1,690.3亿元", "net_profit", "a-share-listed-brokers", yi("1690.3"), "CNY",
  None, "2025Q1/2025Q3", {"yoy": 62.4}, optional=True, note="aggregate of 42 unnamed listed brokers")
R(F, "营业收入558.1亿元", "558.1亿元", "revenue", "citic-securities", yi("558.1"), "CNY", None, "2025Q1/2025Q3",
  {"yoy": 32.7})
R(F, "归母净利润231.6亿元", "231.6亿元", "net_profit", "citic-securities", yi("231.6"), "CNY", None,
  "2025Q1/2025Q3", {"yoy": 37.9}, optional=True, note="repeat of the title figure (rate given precisely here)")
R(F, "单季净利润94.4亿元", "94.4亿元", "net_profit", "citic-securities", yi("94.4"), "CNY", None, "2025Q3",
  {"yoy": 51.5}, note="EPS 1.52元, ROE 8.25% and +1.6个百分点 in the same sentence are not records")
R(F, "归母净利润220.7亿元", "220.7亿元", "net_profit", "gtht", yi("220.7"), "CNY", None, "2025Q1/2025Q3",
  {"yoy": 131.8})
R(F, "单季归母净利润逾百亿元", "逾百亿元", "net_profit", "gtht", yi("100"), "CNY", "over", "2025Q3",
  note="逾百亿 = over 10 billion")
R(F, "扣非净利润约151亿元", "约151亿元", "adjusted_net_profit", "gtht", yi("151"), "CNY", "about", "2025Q1/2025Q3",
  optional=True, note="扣非 (net profit excluding non-recurring items, here the negative goodwill): a CAS measure, adjusted_net_profit debatable")
R(F, "分别为127.3亿元和109.3亿元", "127.3亿元", "net_profit", "htsc", yi("127.3"), "CNY", None, "2025Q1/2025Q3",
  {"yoy": 1.6}, note="分别 pairing: 华泰证券 first")
R(F, "分别为127.3亿元和109.3亿元", "109.3亿元", "net_profit", "gf-securities", yi("109.3"), "CNY", None,
  "2025Q1/2025Q3", {"yoy": 61.6}, note="分别 pairing: 广发证券 second")
R(F, "单季营收同比增长81.9%", "81.9%", "revenue", "gf-securities", None, None, None, "2025Q3", {"yoy": 81.9},
  note="growth without a level")
R(F, "手续费净收入107.9亿元", "107.9亿元", "revenue", "citic-securities-brokerage", yi("107.9"), "CNY", None,
  "2025Q1/2025Q3", {"yoy": 52.9}, note="segment revenue line (brokerage net fee income); period from the 前三季度 context")
R(F, "市场份额约为4.3%", "约为4.3%", "market_share", "eastmoney-securities", 4.3, "percent", "about",
  "2025Q1/2025Q3", note="share of stock+fund trading value; +0.2个百分点 is a percentage-point change (not recorded)")
R(F, "归母净利润1,328.6亿元", "1,328.6亿元", "net_profit", "ping-an", yi("1328.6"), "CNY", None, "2025Q1/2025Q3",
  {"yoy": 11.5})
R(F, "新业务价值357.2亿元", "357.2亿元", "operating_metric", "ping-an", yi("357.2"), "CNY", None, "2025Q1/2025Q3",
  {"yoy": 46.2}, optional=True, note="life & health new business value (NBV): money-valued operating metric, no kind in the contract")
R(F, "净利润457亿元", "457亿元", "net_profit", "cpic", yi("457"), "CNY", None, "2025Q1/2025Q3", {"yoy": 19.3})
R(F, "1,568亿元至1,777亿元", "1,568亿元至1,777亿元", "net_profit", "china-life", yi("1568"), "CNY", None,
  "2025Q1/2025Q3", {"yoy": 50}, value_max=yi("1777"),
  note="company's own preliminary estimate (预计) = guidance -> required; growth range 50%-70%, lower end recorded as for value")

# ---------------------------------------------------------------------------
# Build: write articles/*.txt and gold.jsonl; every span is located and checked.
# ---------------------------------------------------------------------------
import json
import os
import re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
RULE = "heldout14-manual"
DEAL_KINDS = {"stake_sale", "acquisition", "investment"}


def doc_text(fn):
    title, body = ARTICLES[fn]
    assert "\n" not in title and "\n" not in body
    return title + "\n" + body


def sentence_of(text, start, end):
    """Title line, or the body sentence (ending in 。！？, terminator included) holding the span."""
    nl = text.index("\n")
    if start < nl:
        return text[:nl]
    s = nl + 1
    for m in re.finditer(r"[。！？]", text[nl + 1:]):
        e = nl + 1 + m.end()
        if start < e:
            return text[s:e]
        s = e
    return text[s:]


def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    for fn in ARTICLES:
        with open(os.path.join(HERE, "articles", fn), "w", encoding="utf-8") as f:
            f.write(doc_text(fn))  # no trailing newline
    out = []
    for r in RECORDS:
        text = doc_text(r["fn"])
        n = text.count(r["ctx"])
        assert n == 1, (r["fn"], r["ctx"], n)
        c0 = text.index(r["ctx"])
        q = r["ctx"].find(r["quote"])
        assert q >= 0, (r["ctx"], r["quote"])
        span = [c0 + q, c0 + q + len(r["quote"])]
        assert text[span[0]:span[1]] == r["quote"]
        rec = {
            "doc": r["fn"] + "#1", "kind": r["kind"], "subject": r["subject"], "value": r["value"],
            "value_max": r["value_max"], "unit": r["unit"], "approx": r["approx"], "period": r["period"],
            "change": r["change"], "span": span, "quote": r["quote"],
            "sentence": sentence_of(text, *span), "rule": RULE,
        }
        if r["kind"] in DEAL_KINDS:
            rec["target"] = r["target"]
            rec["counterparty"] = r["counterparty"]
            rec["stake_pct"] = r["stake_pct"]
        if r["optional"]:
            rec["optional"] = True
        if r["note"]:
            rec["note"] = r["note"]
        assert (rec["value"] is None) == (rec["unit"] is None) or r["kind"] in DEAL_KINDS, rec
        assert rec["value"] is not None or rec["change"] or r["kind"] in DEAL_KINDS, rec
        out.append(rec)
    out.sort(key=lambda x: (x["doc"], x["span"][0], x["kind"], str(x["subject"])))
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # summary
    req = Counter(); opt = Counter(); kinds = Counter()
    for rec in out:
        (opt if rec.get("optional") else req)[rec["doc"]] += 1
        if not rec.get("optional"):
            kinds[rec["kind"]] += 1
    for fn in ARTICLES:
        d = fn + "#1"
        print(f"{fn:32} chars={len(doc_text(fn)):4} required={req[d]:3} optional={opt[d]:3}")
    print("total", len(out), "required", sum(req.values()), "optional", sum(opt.values()))
    for k, v in kinds.most_common():
        print(f"  {k:22} {v}")


if __name__ == "__main__":
    build()
