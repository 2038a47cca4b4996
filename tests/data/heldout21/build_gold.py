#!/usr/bin/env python3
"""Build the heldout21 articles and gold. All figures are invented.
Each record is located by a context string that must occur exactly once in its document;
the quote is searched inside that context."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
RULE = "heldout21-manual"

ARTICLES = {}
ARTICLES["h21_01_cls_platform.txt"] = (
"途迈科技财季拆解：日均单量破4000万单，新业务亏损收窄至9.8亿元",
"财联社11月21日讯（记者 周岚）本地生活平台途迈科技（02698.HK）昨日晚间披露2026财年第二季度业绩（公司财年于每年3月31日结束）。当季公司实现营收约三百一十二亿元，同比增长18.6%，环比增长4.1%；经调整净利润为27.4亿元，去年同期为21.9亿元；按国际财务报告准则计，期内净利润19.8亿元，毛利率为38.2%。分业务看，到店酒旅、即时配送、新业务三大分部收入分别为88.6亿元、176.3亿元和47.1亿元，其中新业务经营亏损由上年同期的15.2亿元收窄至9.8亿元。用户层面，截至9月30日止十二个月，年度交易用户数逾5.1亿；季内平均日活跃用户约1.36亿，同比增长12%。即时配送日均订单量首次突破4000万单，峰值日订单达5,820万单。费用端，销售及营销开支为61.5亿元，同比增长23%；研发开支１５．３亿元。每股基本盈利为0.31元，董事会未宣派中期股息。管理层在业绩会上预计，下一财季营收将在320亿元至335亿元之间。截至发稿，途迈科技港股收涨3.6%，报68.45港元，对应动态市盈率约21倍；有券商将其目标价上调至85港元。同日，美团、京东股价分别下跌2.3%和1.1%。")

ARTICLES["h21_02_bjnews_bank.txt"] = (
"江海银行前三季度归母净利润同比增6.2%，不良率持平于1.12%",
"新京报贝壳财经讯（记者 陈默）10月30日晚间，江海银行（601877.SH）披露2025年三季度报告。前三季度，该行实现营业收入412.36亿元，同比增长3.4%；实现归属于母公司股东的净利润约158亿元，同比增长6.2%。其中，利息净收入、非利息净收入分别为301.4亿元和110.96亿元。单季来看，第三季度归母净利润为５１．７亿元，同比下降1.8%，增速较上半年明显放缓。前三季度业务及管理费118.9亿元，成本收入比为28.9%。资产质量方面，截至9月末，该行不良贷款率为1.12%，与年初持平；拨备覆盖率312.5%，较年初下降9.6个百分点；净息差1.61%，同比收窄14个基点。规模上，该行资产总额2.13万亿元，较上年末增长5.6%，各项存款余额1.38万亿元。基本每股收益1.02元，加权平均净资产收益率10.4%，同比下降0.6个百分点。同日披露三季报的锦川银行（002966.SZ）、北泽农商行（601128.SH）前三季度归母净利润分别为63.2亿元和18.05亿元，同比分别增长9.1%和下降3.7%。10月31日，江海银行股价收涨1.27%，报7.96元，全天成交额约9.4亿元。")

ARTICLES["h21_03_time_developer.txt"] = (
"年内五度卖资产，华屿集团累计回笼资金逾百亿元",
"作者：林舟 12月2日晚间，华屿集团（01966.HK）公告称，拟以约二十三亿五千万元向上海澄川置业出售苏州环湖置业51%股权，预计录得出售亏损约4.1亿元。这已是华屿年内第五次出售资产。时代财经梳理发现，今年3月，华屿以14.6亿元将成都锦里汇商业100%股权转让予蓉城城投；6月，华屿通过全资子公司华屿商管减持物业公司屿悦生活（02189.HK）约12.3%股份，套现约8.9亿港元；8月至9月，华屿分两批减持宁安置业（600933.SH）合计不超过3%股份，套现3.2亿元至3.6亿元；10月，华屿又以不低于18亿元的对价出售北京望京项目公司全部股权。据不完全统计，连同本次交易，华屿2025年以来累计回笼资金已超100亿元；若计入2024年的两笔交易，两年累计套现近150亿元。业绩层面，华屿今年上半年营收为187.4亿元，同比下降31.2%；股东应占亏损扩大至46.8亿元，上年同期亏损29.5亿元。截至6月末，公司在手现金约62亿元，一年内到期借款高达215亿元，净负债率升至128%。1-11月，华屿合约销售金额约302亿元，同比下降约27%。受消息影响，12月3日华屿集团股价收跌4.6%，报1.23港元。（时代财经 2025年12月3日）")

ARTICLES["h21_04_ctee_chip.txt"] = (
"聯穎11月營收月增12.4% 前11月衝破千億元",
"【記者 張文彥／台北報導】晶圓代工廠聯穎半導體（6781）10日公布11月合併營收新台幣103.62億元，月增12.4%、年增35.8%，創單月歷史新高；114年前11月累計營收1,048.7億元，年增28.1%，首度突破千億元大關。聯穎先前財測預估第四季營收介於300億至315億元，毛利率41%至43%，以此推算，12月營收仍有望維持百億元以上水準。聯穎第三季稅後純益72.4億元，季增9.6%、年增41.3%，每股純益5.12元。資本支出方面，董事會同日通過約新台幣186億元資本預算，用於擴充先進封裝產能；公司重申114年全年資本支出至少600億元，前三季已投入423億元。同業方面，力鼎科技（3582）、晶碩電子（6213）11月營收分別為42.1億元及18.76億元，分別月減3.2%及月增6.9%。法人預估聯穎明年營收可望再成長兩成以上。股價方面，聯穎10日收盤上漲2.61%至412.5元，外資最新目標價上看520元，本益比約22倍。")

ARTICLES["h21_05_mingpao_auto.txt"] = (
"騏驥汽車季績轉虧為盈賺3.2億人幣 11月交付逾4.8萬輛",
"【明報專訊】新能源車企騏驥汽車（9887）前晚（12月1日）公布截至2025年9月30日止第三季業績，收入按年增長46.3%至二百一十五億元人民幣，按季升11.7%；股東應佔溢利3.2億元（人民幣，下同），扭轉去年同期虧損18.6億元的局面，為上市以來首次單季盈利；經調整純利約5.05億元。季內汽車銷售收入198.4億元，毛利率升至15.8%，按季提高2.1個百分點；經營虧損收窄至1.1億元，去年同期經營虧損為21.4億元。研發開支按年增24%至19.6億元。每股盈利0.14元，不派中期息。交付方面，第三季共交付新車約13.1萬輛，按年增近九成。公司同時披露，11月交付48,236輛，按月增6.1%，按年增長1.2倍；1至11月累計交付約45.7萬輛，管理層預期全年交付量不少於52萬輛。同業方面，蔚來及小鵬汽車（9868）11月分別交付3.62萬輛及3.18萬輛。騏驥股價昨日（12月2日）收報62.35元，升7.4%，成交額18.2億元。")

ARTICLES["h21_06_orientaldaily_wrap.txt"] = (
"恒指跌312點失守二萬五 科指挫2.1%",
"港股周五（12月5日）反覆向下，恒生指數收報24,876點，跌312點或1.24%，失守25,000點關口；國企指數跌1.57%，報8,902點；恒生科技指數挫2.1%。大市成交額約２，３１５億元，較上日減少8%；南向資金全日淨買入約84億元，連續第十二日錄得淨流入。全周計，恒指累跌約2.6%，惟年內累升仍約24%，預測市盈率約11倍。重磅科技股普遍受壓，騰訊、阿里巴巴、美團分別跌1.8%、3.2%及4.05%，京東逆市升0.9%；網易收報198.6元，升0.46%。內房股再遭拋售，華嶼集團跌逾6%，收報1.09元。商品市場方面，現貨黃金一度升穿每盎司4,300美元，其後收報4,286.4美元，升0.7%，滬金夜盤跟升0.52%；美油跌1.9%，報每桶58.2美元，布倫特原油亦跌近2%。加密貨幣方面，比特幣於亞洲時段急挫逾5%，低見8.6萬美元左右。（東方日報 2025年12月6日）")

Y = 100000000  # 億

RECORDS = []
def R(fn, ctx, quote, kind, subject, value, unit, approx=None, period=None, change=None,
      value_max=None, optional=False, note=None, target=None, counterparty=None, stake_pct=None, deal=False):
    RECORDS.append(dict(fn=fn, ctx=ctx, quote=quote, kind=kind, subject=subject, value=value,
        value_max=value_max, unit=unit, approx=approx, period=period, change=change,
        optional=optional, note=note, target=target, counterparty=counterparty,
        stake_pct=stake_pct, deal=deal or kind in ("stake_sale", "acquisition", "investment")))

# ---------- 1: 财联社 深度, platform quarterly (FY ends 31 March; FY2026 Q2 = 2025Q3)
F = "h21_01_cls_platform.txt"
R(F, "日均单量破4000万单", "破4000万单", "orders", "tumai", 40000000, "orders", "over", "2025Q3",
  note="title; average daily orders of the instant-delivery business; period from the body (FY2026 Q2 = 2025Q3)")
R(F, "新业务亏损收窄至9.8亿元\n", "9.8亿元", "operating_profit", "tumai-new-business", -980000000, "CNY", None, "2025Q3",
  note="title; 亏损 -> negative; body says it is the 经营亏损 of the segment")
R(F, "实现营收约三百一十二亿元", "约三百一十二亿元", "revenue", "tumai", 31200000000, "CNY", "about", "2025Q3", {"yoy": 18.6, "qoq": 4.1},
  note="Chinese numerals; 2026财年第二季度 with FY ending 31 March -> Jul-Sep 2025")
R(F, "经调整净利润为27.4亿元", "27.4亿元", "adjusted_net_profit", "tumai", 2740000000, "CNY", None, "2025Q3")
R(F, "去年同期为21.9亿元", "21.9亿元", "adjusted_net_profit", "tumai", 2190000000, "CNY", None, "2024Q3", note="year-ago comparator")
R(F, "期内净利润19.8亿元", "19.8亿元", "net_profit", "tumai", 1980000000, "CNY", None, "2025Q3",
  note="IFRS net profit; the 38.2% gross margin next to it is not a record")
R(F, "分别为88.6亿元", "88.6亿元", "revenue", "tumai-instore", 8860000000, "CNY", None, "2025Q3", note="分别 construction, 1st of 3 segments")
R(F, "、176.3亿元和", "176.3亿元", "revenue", "tumai-delivery", 17630000000, "CNY", None, "2025Q3", note="分别 construction, 2nd")
R(F, "和47.1亿元", "47.1亿元", "revenue", "tumai-new-business", 4710000000, "CNY", None, "2025Q3", note="分别 construction, 3rd")
R(F, "上年同期的15.2亿元", "15.2亿元", "operating_profit", "tumai-new-business", -1520000000, "CNY", None, "2024Q3",
  note="loss narrowing: year-ago operating loss")
R(F, "收窄至9.8亿元。", "9.8亿元", "operating_profit", "tumai-new-business", -980000000, "CNY", None, "2025Q3",
  optional=True, note="repeat of the title figure")
R(F, "年度交易用户数逾5.1亿", "逾5.1亿", "users", "tumai", 510000000, "users", "over", "2024Q4/2025Q3",
  note="annual transacting users for the twelve months ended 30 Sep 2025")
R(F, "平均日活跃用户约1.36亿", "约1.36亿", "users", "tumai", 136000000, "users", "about", "2025Q3", {"yoy": 12})
R(F, "首次突破4000万单", "突破4000万单", "orders", "tumai", 40000000, "orders", "over", "2025Q3",
  optional=True, note="repeat of the title figure; subject could be tumai-delivery (即时配送)")
R(F, "峰值日订单达5,820万单", "5,820万单", "orders", "tumai", 58200000, "orders", None, "2025Q3",
  note="peak daily orders; thousands separator inside a 万 figure")
R(F, "销售及营销开支为61.5亿元", "61.5亿元", "selling_expense", "tumai", 6150000000, "CNY", None, "2025Q3", {"yoy": 23})
R(F, "研发开支１５．３亿元", "１５．３亿元", "cost", "tumai", 1530000000, "CNY", None, "2025Q3", note="R&D spend; full-width digits and point")
R(F, "在320亿元至335亿元之间", "320亿元至335亿元", "revenue", "tumai", 32000000000, "CNY", None, "2025Q4",
  value_max=33500000000, note="company guidance for 下一财季 = FY2026 Q3 = Oct-Dec 2025")
R(F, "港股收涨3.6%", "3.6%", "price_change", "tumai", 3.6, "percent", None, "2025-11-21", note="截至发稿 on the dateline day 11月21日")
R(F, "报68.45港元", "68.45港元", "price", "tumai", 68.45, "HKD", None, "2025-11-21")
R(F, "分别下跌2.3%和1.1%", "2.3%", "price_change", "meituan", -2.3, "percent", None, "2025-11-21", note="分别 construction")
R(F, "分别下跌2.3%和1.1%", "1.1%", "price_change", "jd", -1.1, "percent", None, "2025-11-21", note="分别 construction")

# ---------- 2: 新京报 财经, bank nine-month results
F = "h21_02_bjnews_bank.txt"
R(F, "归母净利润同比增6.2%", "6.2%", "net_profit", "jianghai-bank", None, None, None, "2025Q1/2025Q3", {"yoy": 6.2},
  note="title: growth without a level (level is in the body); nine months -> 2025Q1/2025Q3")
R(F, "营业收入412.36亿元", "412.36亿元", "revenue", "jianghai-bank", 41236000000, "CNY", None, "2025Q1/2025Q3", {"yoy": 3.4})
R(F, "净利润约158亿元", "约158亿元", "net_profit", "jianghai-bank", 15800000000, "CNY", "about", "2025Q1/2025Q3", {"yoy": 6.2},
  note="归属于母公司股东的净利润")
R(F, "分别为301.4亿元", "301.4亿元", "revenue", "jianghai-bank", 30140000000, "CNY", None, "2025Q1/2025Q3", optional=True,
  note="net interest income, a component of operating income; revenue line rather than company/segment revenue -> optional")
R(F, "和110.96亿元", "110.96亿元", "revenue", "jianghai-bank", 11096000000, "CNY", None, "2025Q1/2025Q3", optional=True,
  note="non-interest income, component of operating income -> optional")
R(F, "归母净利润为５１．７亿元", "５１．７亿元", "net_profit", "jianghai-bank", 5170000000, "CNY", None, "2025Q3", {"yoy": -1.8},
  note="single-quarter figure; full-width digits")
R(F, "业务及管理费118.9亿元", "118.9亿元", "cost", "jianghai-bank", 11890000000, "CNY", None, "2025Q1/2025Q3",
  note="operating expenses; the 28.9% cost-income ratio is not a record")
R(F, "分别为63.2亿元", "63.2亿元", "net_profit", "jinchuan-bank", 6320000000, "CNY", None, "2025Q1/2025Q3", {"yoy": 9.1},
  note="分别 ... 同比分别增长9.1%和下降3.7%")
R(F, "和18.05亿元", "18.05亿元", "net_profit", "beize-rcb", 1805000000, "CNY", None, "2025Q1/2025Q3", {"yoy": -3.7},
  note="分别 construction; 下降 -> negative growth")
R(F, "股价收涨1.27%", "1.27%", "price_change", "jianghai-bank", 1.27, "percent", None, "2025-10-31")
R(F, "报7.96元", "7.96元", "price", "jianghai-bank", 7.96, "CNY", None, "2025-10-31", note="A-share price; 成交额约9.4亿元 (turnover) is not a record")

# ---------- 3: 时代财经, developer disposals
F = "h21_03_time_developer.txt"
R(F, "累计回笼资金逾百亿元", "逾百亿元", "divestment_proceeds", "huayu", 10000000000, "CNY", "over", "2025",
  note="title; body: 2025年以来累计回笼资金已超100亿元")
R(F, "拟以约二十三亿五千万元", "约二十三亿五千万元", "stake_sale", "huayu", 2350000000, "CNY", "about", "2025-12-02",
  target="苏州环湖置业", counterparty="上海澄川置业", stake_pct=51, note="Chinese numerals 二十三亿五千万 = 2.35e9; announced 12月2日")
R(F, "预计录得出售亏损约4.1亿元", "约4.1亿元", "net_profit", "huayu", -410000000, "CNY", "about", None, optional=True,
  note="expected one-off disposal loss (as in the seed's Intime loss): optional")
R(F, "华屿以14.6亿元", "14.6亿元", "stake_sale", "huayu", 1460000000, "CNY", None, "2025-03",
  target="成都锦里汇商业", counterparty="蓉城城投", stake_pct=100)
R(F, "套现约8.9亿港元", "约8.9亿港元", "stake_sale", "huayu", 890000000, "HKD", "about", "2025-06",
  target="yuyue-life", counterparty=None, stake_pct=12.3,
  note="via wholly owned subsidiary 华屿商管 -> parent is subject; 约 applies to both stake and proceeds, approx is for the proceeds")
R(F, "套现3.2亿元至3.6亿元", "3.2亿元至3.6亿元", "stake_sale", "huayu", 320000000, "CNY", None, "2025-08/2025-09",
  value_max=360000000, target="ningan-property", counterparty=None, stake_pct=3,
  note="two tranches Aug-Sep; 不超过 applies to the stake (max 3%), proceeds are a range so approx null")
R(F, "以不低于18亿元的对价", "不低于18亿元", "stake_sale", "huayu", 1800000000, "CNY", "at_least", "2025-10",
  target="北京望京项目公司", counterparty=None, stake_pct=None, note="全部股权 but no percentage written -> stake_pct null (seed Intime convention)")
R(F, "累计回笼资金已超100亿元", "超100亿元", "divestment_proceeds", "huayu", 10000000000, "CNY", "over", "2025",
  optional=True, note="repeat of the title figure")
R(F, "两年累计套现近150亿元", "近150亿元", "divestment_proceeds", "huayu", 15000000000, "CNY", "nearly", "2024/2025",
  note="2025 disposals plus two 2024 deals")
R(F, "上半年营收为187.4亿元", "187.4亿元", "revenue", "huayu", 18740000000, "CNY", None, "2025H1", {"yoy": -31.2})
R(F, "股东应占亏损扩大至46.8亿元", "46.8亿元", "net_profit", "huayu", -4680000000, "CNY", None, "2025H1",
  note="loss widening; 股东应占亏损 -> negative net profit")
R(F, "上年同期亏损29.5亿元", "29.5亿元", "net_profit", "huayu", -2950000000, "CNY", None, "2024H1")
R(F, "合约销售金额约302亿元", "约302亿元", "operating_metric", "huayu", 30200000000, "CNY", "about", "2025-01/2025-11",
  {"yoy": -27}, optional=True, note="contracted sales: no fitting kind (not revenue); 约27% hedges the rate")
R(F, "股价收跌4.6%", "4.6%", "price_change", "huayu", -4.6, "percent", None, "2025-12-03")
R(F, "报1.23港元", "1.23港元", "price", "huayu", 1.23, "HKD", None, "2025-12-03")

# ---------- 4: 工商時報, chipmaker monthly revenue (ROC 114 = 2025)
F = "h21_04_ctee_chip.txt"
R(F, "11月營收月增12.4%", "12.4%", "revenue", "lianying", None, None, None, "2025-11", {"mom": 12.4},
  note="title: growth without level; level in body")
R(F, "前11月衝破千億元", "衝破千億元", "revenue", "lianying", 100000000000, "TWD", "over", "2025-01/2025-11",
  note="title; 衝破 read as over; TWD from the body")
R(F, "合併營收新台幣103.62億元", "新台幣103.62億元", "revenue", "lianying", 10362000000, "TWD", None, "2025-11", {"mom": 12.4, "yoy": 35.8},
  note="published 10日 (2025-12-10)")
R(F, "累計營收1,048.7億元", "1,048.7億元", "revenue", "lianying", 104870000000, "TWD", None, "2025-01/2025-11", {"yoy": 28.1},
  note="114年前11月 -> Jan-Nov 2025")
R(F, "首度突破千億元大關", "突破千億元", "revenue", "lianying", 100000000000, "TWD", "over", "2025-01/2025-11",
  optional=True, note="repeat of the title threshold")
R(F, "介於300億至315億元", "300億至315億元", "revenue", "lianying", 30000000000, "TWD", None, "2025Q4", value_max=31500000000,
  note="company guidance (財測); the 41%-43% gross-margin guidance is not a record")
R(F, "維持百億元以上水準", "百億元以上", "revenue", "lianying", 10000000000, "TWD", "over", "2025-12", optional=True,
  note="reporter's inference for December from the guidance: estimate -> optional")
R(F, "稅後純益72.4億元", "72.4億元", "net_profit", "lianying", 7240000000, "TWD", None, "2025Q3", {"qoq": 9.6, "yoy": 41.3},
  note="EPS 5.12元 next to it is not a record")
R(F, "約新台幣186億元資本預算", "約新台幣186億元", "capex_plan", "lianying", 18600000000, "TWD", "about", None,
  note="approved capital budget (future spend); no period stated")
R(F, "資本支出至少600億元", "至少600億元", "capex_plan", "lianying", 60000000000, "TWD", "at_least", "2025",
  note="full-year 114年 capex guidance")
R(F, "已投入423億元", "423億元", "capex", "lianying", 42300000000, "TWD", None, "2025Q1/2025Q3", note="spent in the first three quarters")
R(F, "分別為42.1億元", "42.1億元", "revenue", "liding", 4210000000, "TWD", None, "2025-11", {"mom": -3.2}, note="分別 construction")
R(F, "及18.76億元", "18.76億元", "revenue", "jingshuo", 1876000000, "TWD", None, "2025-11", {"mom": 6.9}, note="分別 construction")
R(F, "再成長兩成以上", "兩成以上", "revenue", "lianying", None, None, "over", "2026", {"yoy": 20}, optional=True,
  note="analyst (法人) forecast for next year: optional")
R(F, "收盤上漲2.61%", "2.61%", "price_change", "lianying", 2.61, "percent", None, "2025-12-10")
R(F, "至412.5元", "412.5元", "price", "lianying", 412.5, "TWD", None, "2025-12-10",
  note="target price 520元 and P/E 22倍 are not records")

# ---------- 5: 明報, automaker
F = "h21_05_mingpao_auto.txt"
R(F, "賺3.2億人幣", "3.2億人幣", "net_profit", "qiji", 320000000, "CNY", None, "2025Q3", note="title; turnaround quarter")
R(F, "交付逾4.8萬輛", "逾4.8萬輛", "operating_metric", "qiji", 48000, "vehicles", "over", "2025-11", note="title; deliveries")
R(F, "至二百一十五億元人民幣", "二百一十五億元人民幣", "revenue", "qiji", 21500000000, "CNY", None, "2025Q3", {"yoy": 46.3, "qoq": 11.7},
  note="Chinese numerals; 按年 / 按季")
R(F, "股東應佔溢利3.2億元", "3.2億元", "net_profit", "qiji", 320000000, "CNY", None, "2025Q3", optional=True, note="repeat of the title")
R(F, "去年同期虧損18.6億元", "18.6億元", "net_profit", "qiji", -1860000000, "CNY", None, "2024Q3", note="year-ago loss (turnaround)")
R(F, "經調整純利約5.05億元", "約5.05億元", "adjusted_net_profit", "qiji", 505000000, "CNY", "about", "2025Q3")
R(F, "汽車銷售收入198.4億元", "198.4億元", "revenue", "qiji-auto-sales", 19840000000, "CNY", None, "2025Q3",
  note="vehicle-sales revenue line; gross margin 15.8% and 2.1個百分點 are not records")
R(F, "經營虧損收窄至1.1億元", "1.1億元", "operating_profit", "qiji", -110000000, "CNY", None, "2025Q3", note="loss narrowing")
R(F, "去年同期經營虧損為21.4億元", "21.4億元", "operating_profit", "qiji", -2140000000, "CNY", None, "2024Q3")
R(F, "增24%至19.6億元", "19.6億元", "cost", "qiji", 1960000000, "CNY", None, "2025Q3", {"yoy": 24}, note="R&D spend")
R(F, "交付新車約13.1萬輛", "約13.1萬輛", "operating_metric", "qiji", 131000, "vehicles", "about", "2025Q3", {"yoy": 90},
  note="按年增近九成 -> yoy 90 (the 近 hedges the rate, approx is the level's 約)")
R(F, "11月交付48,236輛", "48,236輛", "operating_metric", "qiji", 48236, "vehicles", None, "2025-11", {"mom": 6.1, "yoy": 120},
  note="按年增長1.2倍 -> +120%")
R(F, "累計交付約45.7萬輛", "約45.7萬輛", "operating_metric", "qiji", 457000, "vehicles", "about", "2025-01/2025-11")
R(F, "不少於52萬輛", "不少於52萬輛", "operating_metric", "qiji", 520000, "vehicles", "at_least", "2025",
  note="company full-year delivery guidance")
R(F, "分別交付3.62萬輛", "3.62萬輛", "operating_metric", "nio", 36200, "vehicles", None, "2025-11", note="分別 construction")
R(F, "及3.18萬輛", "3.18萬輛", "operating_metric", "xpeng", 31800, "vehicles", None, "2025-11", note="分別 construction")
R(F, "收報62.35元", "62.35元", "price", "qiji", 62.35, "HKD", None, "2025-12-02", note="HK-listed (4-digit HK code) -> HKD")
R(F, "升7.4%", "7.4%", "price_change", "qiji", 7.4, "percent", None, "2025-12-02", note="turnover 18.2億元 is not a record")

# ---------- 6: 東方日報, index and commodity wrap (2025-12-05)
F = "h21_06_orientaldaily_wrap.txt"
D = "2025-12-05"
R(F, "恒指跌312點", "312點", "price_change", "hsi", -312, "points", None, D, note="title")
R(F, "失守二萬五", "二萬五", "price", "hsi", 25000, "points", None, D, optional=True,
  note="title: threshold lost (Chinese numeral 二萬五 = 25000), not the close")
R(F, "科指挫2.1%", "2.1%", "price_change", "hstech", -2.1, "percent", None, D, note="title")
R(F, "恒生指數收報24,876點", "24,876點", "price", "hsi", 24876, "points", None, D)
R(F, "跌312點或1.24%", "312點", "price_change", "hsi", -312, "points", None, D, optional=True, note="repeat of the title")
R(F, "跌312點或1.24%", "1.24%", "price_change", "hsi", -1.24, "percent", None, D)
R(F, "失守25,000點關口", "25,000點", "price", "hsi", 25000, "points", None, D, optional=True, note="threshold lost, repeat of title")
R(F, "國企指數跌1.57%", "1.57%", "price_change", "hscei", -1.57, "percent", None, D)
R(F, "報8,902點", "8,902點", "price", "hscei", 8902, "points", None, D)
R(F, "恒生科技指數挫2.1%", "2.1%", "price_change", "hstech", -2.1, "percent", None, D, optional=True, note="repeat of the title")
R(F, "恒指累跌約2.6%", "約2.6%", "price_change", "hsi", -2.6, "percent", "about", "2025-12-01/2025-12-05", note="全周計: week Mon-Fri")
R(F, "年內累升仍約24%", "約24%", "price_change", "hsi", 24, "percent", "about", "2025",
  note="year-to-date (年內); the forward P/E 約11倍 next to it is not a record")
R(F, "分別跌1.8%", "1.8%", "price_change", "tencent", -1.8, "percent", None, D, note="分別 construction")
R(F, "、3.2%及", "3.2%", "price_change", "alibaba", -3.2, "percent", None, D, note="分別 construction")
R(F, "及4.05%", "4.05%", "price_change", "meituan", -4.05, "percent", None, D, note="分別 construction")
R(F, "京東逆市升0.9%", "0.9%", "price_change", "jd", 0.9, "percent", None, D)
R(F, "網易收報198.6元", "198.6元", "price", "netease", 198.6, "HKD", None, D)
R(F, "升0.46%", "0.46%", "price_change", "netease", 0.46, "percent", None, D)
R(F, "華嶼集團跌逾6%", "逾6%", "price_change", "huayu", -6, "percent", "over", D)
R(F, "收報1.09元", "1.09元", "price", "huayu", 1.09, "HKD", None, D)
R(F, "升穿每盎司4,300美元", "4,300美元", "price", "spot-gold", 4300, "USD", "over", D,
  note="intraday: rose through 4,300 (升穿 -> over); seed records a similar intraday threshold for bitcoin")
R(F, "收報4,286.4美元", "4,286.4美元", "price", "spot-gold", 4286.4, "USD", None, D)
R(F, "升0.7%", "0.7%", "price_change", "spot-gold", 0.7, "percent", None, D)
R(F, "滬金夜盤跟升0.52%", "0.52%", "price_change", "shfe-gold", 0.52, "percent", None, D,
  note="SHFE night session of 12月5日 (Beijing time)")
R(F, "美油跌1.9%", "1.9%", "price_change", "wti-crude", -1.9, "percent", None, D)
R(F, "報每桶58.2美元", "58.2美元", "price", "wti-crude", 58.2, "USD", None, D)
R(F, "布倫特原油亦跌近2%", "近2%", "price_change", "brent-crude", -2, "percent", "nearly", D)
R(F, "急挫逾5%", "逾5%", "price_change", "bitcoin", -5, "percent", "over", D)
R(F, "低見8.6萬美元左右", "8.6萬美元左右", "price", "bitcoin", 86000, "USD", "about", D, note="intraday low; 左右 -> about")


def sentence_of(text, a, b):
    stops = "。！？\n"
    s = a
    while s > 0 and text[s - 1] not in stops:
        s -= 1
    e = b
    while e < len(text) and text[e] not in stops:
        e += 1
    if e < len(text) and text[e] != "\n":
        e += 1
    return text[s:e].strip()


def main():
    adir = os.path.join(HERE, "articles")
    os.makedirs(adir, exist_ok=True)
    texts = {}
    for fn, (title, body) in ARTICLES.items():
        assert "\n" not in title and "\n" not in body
        text = title + "\n" + body
        with open(os.path.join(adir, fn), "w", encoding="utf-8") as f:
            f.write(text)
        texts[fn] = text
    out = []
    for r in RECORDS:
        text = texts[r["fn"]]
        n = text.count(r["ctx"])
        assert n == 1, (r["fn"], r["ctx"], n)
        c0 = text.index(r["ctx"])
        q0 = r["ctx"].index(r["quote"])
        a = c0 + q0
        b = a + len(r["quote"])
        assert text[a:b] == r["quote"]
        rec = {"doc": r["fn"] + "#1", "kind": r["kind"], "subject": r["subject"], "value": r["value"],
               "value_max": r["value_max"], "unit": r["unit"], "approx": r["approx"], "period": r["period"],
               "change": r["change"], "span": [a, b], "quote": r["quote"], "sentence": sentence_of(text, a, b),
               "rule": RULE}
        if r["deal"]:
            rec.update(target=r["target"], counterparty=r["counterparty"], stake_pct=r["stake_pct"])
        if r["optional"]:
            rec["optional"] = True
        if r["note"]:
            rec["note"] = r["note"]
        out.append(rec)
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    for fn, t in texts.items():
        req = sum(1 for r in out if r["doc"] == fn + "#1" and not r.get("optional"))
        opt = sum(1 for r in out if r["doc"] == fn + "#1" and r.get("optional"))
        print(f"{fn}\t{len(t)} chars\t{req} required\t{opt} optional")
    print("total", len(out), "required", sum(1 for r in out if not r.get("optional")))


if __name__ == "__main__":
    main()
