#!/usr/bin/env python3
"""Build the heldout20 articles and gold. All figures and companies are invented.
Each record is located by a context string that must occur exactly once in the document text."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
RULE = "heldout20-manual"

ART = {}
ART["h20_01_nbd.txt"] = (
"星澜科技三季度营收同比增长18.6%，海外业务亏损收窄至0.9亿元",
"每经记者：周航　每经编辑：陈星　每经网（www.nbd.com.cn）10月28日讯，星澜科技（688512.SH，收盘价：52.30元）当晚披露2025年第三季度报告。第三季度公司实现营业收入32.46亿元，同比增长18.6%；归属于上市公司股东的净利润为3.12亿元，去年同期为2.47亿元。前三季度累计营收约八十九亿元，扣除非经常性损益后的净利润为7.8亿元。分业务看，储能系统板块三季度营收１８．３亿元，同比增长31%，环比增长6.2%；工业软件板块收入9.05亿元，低于上年同期的10.2亿元；海外业务经营亏损则由去年同期的2.6亿元收窄至0.9亿元，截至三季度末海外客户数量达到300家左右。费用端，公司三季度研发投入4.6亿元，销售费用2.2亿元，同比下降5%。值得注意的是，公司第三季度基本每股收益为0.41元，综合毛利率27.5%，同比提升2.1个百分点；截至9月末，货币资金余额为41.7亿元。公司同时拟每10股派发现金红利1.5元（含税）。对于未来投入，公司表示2026年资本开支预计在15亿元至18亿元之间，主要用于储能电芯产线扩建。")

ART["h20_02_jiemian.txt"] = (
"11月新势力交付出炉：启航汽车超4万辆居首，蔚来同比增长34%",
"界面新闻记者 | 林岚　界面新闻编辑 | 许默　12月1日，多家新势力车企公布2025年11月成绩单。启航汽车（09863.HK）11月交付新车41,286辆，同比增长52.3%，环比增长8.1%，连续三个月创新高；1-11月累计交付约32.4万辆，已完成全年目标的90%。蔚来11月交付36,150辆，同比增长34%。零界汽车（NYSE: LJA）与远川汽车（02115.HK）11月分别交付2.15万辆和1.87万辆，同比分别增长12%和下降6%。驰鹭汽车（688655.SH）当月交付近万辆，环比下滑约一成。从细分市场看，启航汽车11月在25万元以上纯电SUV市场的份额约为14.5%，较10月提升1.2个百分点。补能方面，截至11月底，启航汽车已建成超充站1,520座，计划明年再新增不少于800座。受交付数据提振，启航汽车港股当日收涨4.6%，市值重回千亿港元上方。零界汽车则仍处于亏损之中，其三季度净亏损为3.8亿元，较上年同期的6.1亿元大幅收窄，单车毛利率转正至2.3%。（界面新闻）")

ART["h20_03_zqrb.txt"] = (
"华睿控股拟转让物流子公司51%股权 套现约23亿元",
"本报记者 吴桐　11月20日晚间，华睿控股（600873.SH）发布公告称，公司拟将所持全资子公司华睿物流51%股权转让给远恒资本，交易对价为23.26亿元，全部以现金支付。远恒资本承诺，交易完成后三年内向华睿物流追加投资至少5亿元。公告显示，华睿物流2024年实现营业收入47.5亿元，净亏损1.36亿元；2025年前三季度实现营收36.1亿元，净亏损收窄至4,800万元。以2025年9月30日为评估基准日，华睿物流股东全部权益评估值为45.8亿元，增值率为62.3%，本次交易对价对应市净率约1.3倍。今年以来，华睿控股加快“瘦身”步伐。今年6月，公司以8.6亿元向江苏瀚海新材出售所持盛达化工30%股权。据记者统计，算上本次交易，公司年内累计回笼资金逾35亿元。同日，华睿控股还公告称，控股股东华睿集团计划在未来三个月内通过大宗交易减持公司股份不超过2,400万股，即不超过总股本的2%。业绩方面，华睿控股前三季度实现归母净利润5.42亿元，同比下降11.3%；截至三季度末，公司资产负债率为58.6%。有券商研报给予公司目标价12.5元。11月21日，华睿控股股价收报9.87元，涨幅为3.2%。")

ART["h20_04_hket.txt"] = (
"港科創斥16.8億元購星匯物業六成股權",
"港科創（01686）昨日（2日）公布，以16.8億港元收購星匯控股（00927）旗下星匯物業管理60%股權，代價以現金約10億港元支付，餘額透過按每股1.25港元發行約5.44億股代價股份償付。作價較星匯物業經審核資產淨值溢價約35%，相當於市盈率約9.6倍。資料顯示，星匯物業截至今年6月底止6個月收入４．１２億港元，按年增長9%；純利5,860萬港元，在管面積約3,200萬平方米，服務住戶近45萬戶。港科創同日公布截至2025年9月底止中期業績，收入按年減少4.3%至28.6億港元，股東應佔虧損由上年同期的3.15億港元，收窄至1.02億港元，每股虧損5.1港仙，不派中期息。其中數據中心業務收入按年增長逾兩成，至7.35億港元。集團表示，未來兩年資本開支不超過6億港元，主要用於擴建將軍澳數據中心。港科創今早高開8.2%，報2.38港元，半日成交額1.6億港元。（香港經濟日報 2025年12月3日）")

ART["h20_05_hkej.txt"] = (
"港股三連升 恒指收報25936點 科指漲逾2%",
"【信報即時新聞】2025年12月5日　港股今日延續升勢，恒生指數高開後反覆向上，收市報25,936點，升312點或1.22%，連升三日；國企指數收報9,148點，升1.4%；恒生科技指數升2.3%，報5,702點。大市全日成交額2,486億元，港股通錄得淨流入逾85億元。藍籌股方面，騰訊（00700）升2.8%，收報618元；美團（03690）及阿里巴巴（09988）分別升3.5%及1.9%；京東（09618）逆市跌0.7%。新股方面，首日掛牌的澄港醫療（02588）較招股價6.8元高開逾四成，收報8.75元，不計手續費每手賺390元。匯市方面，離岸人民幣兌美元報7.0865，較上日升0.18%；港匯報7.7812。商品市場上，紐約期金每盎司報4,215美元，升0.6%；紐約期油跌1.1%，報每桶59.2美元。恒指今年累計升約29%，現價相當於預測市盈率約11.2倍。")

ART["h20_06_udn.txt"] = (
"聯晶11月營收年增31.7% 明年資本支出上看400億元",
"【記者陳思妤／新竹報導】晶圓代工廠聯晶半導體（6789）10日公布2025年11月合併營收新台幣188.6億元，月增12.4%、年增31.7%，創單月新高；累計前11月營收1,902億元，年增24.5%。聯晶9日股價收在218.5元，外資同步將目標價上調至265元。聯晶指出，明年資本支出預估為350億至400億元，高於今年前三季已投入的215億元，將以先進封裝及12吋產能為主，目前12吋月產能已逾12萬片。研調機構統計，第3季全球晶圓代工市占率方面，聯晶以6.1%排名第五，宏鑫電子（3455）與力晶通（6211）分別為4.8%及3.2%。同業方面，宏鑫電子11月營收42.3億元，月減3.6%、年增8.9%；力晶通則持續虧損，前三季稅後淨損12.4億元，較去年同期淨損18.7億元收斂，每股淨損1.05元。聯晶第3季毛利率52.3%，季增1.8個百分點，董事會並通過每股配發現金股利3元。")

RECS = []
def R(f, kind, subject, ctx, quote, value, unit, period, approx=None, change=None, value_max=None,
      optional=False, note=None, **deal):
    RECS.append(dict(f=f, kind=kind, subject=subject, ctx=ctx, quote=quote, value=value, unit=unit,
                     period=period, approx=approx, change=change, value_max=value_max,
                     optional=optional, note=note, deal=deal))

def D(**kw):
    return kw

E8 = 100000000
# ---------------- 01 每日经济新闻: quarterly results -----------------
f = "h20_01_nbd.txt"
R(f, "revenue", "xinglan", "营收同比增长18.6%，", "18.6%", None, None, "2025Q3", change={"yoy": 18.6},
  note="title: growth without a level; 三季度 of the 2025 report")
R(f, "operating_profit", "xinglan-overseas", "亏损收窄至0.9亿元\n", "0.9亿元", -0.9*E8, "CNY", "2025Q3",
  note="title: overseas segment operating loss (body: 海外业务经营亏损)")
R(f, "price", "xinglan", "收盘价：52.30元", "52.30元", 52.30, "CNY", "2025-10-28",
  note="每经 boilerplate closing price on the report day")
R(f, "revenue", "xinglan", "营业收入32.46亿元", "32.46亿元", 32.46*E8, "CNY", "2025Q3", change={"yoy": 18.6})
R(f, "net_profit", "xinglan", "净利润为3.12亿元", "3.12亿元", 3.12*E8, "CNY", "2025Q3",
  note="no growth rate stated (only the year-ago level), so change null")
R(f, "net_profit", "xinglan", "去年同期为2.47亿元", "2.47亿元", 2.47*E8, "CNY", "2024Q3")
R(f, "revenue", "xinglan", "营收约八十九亿元", "约八十九亿元", 89*E8, "CNY", "2025Q1/2025Q3", approx="about",
  note="Chinese numerals; 前三季度 -> 2025Q1/2025Q3")
R(f, "adjusted_net_profit", "xinglan", "净利润为7.8亿元", "7.8亿元", 7.8*E8, "CNY", "2025Q1/2025Q3", optional=True,
  note="扣非净利润 (net profit excl. non-recurring items): adjusted_net_profit or net_profit both defensible")
R(f, "revenue", "xinglan-storage", "营收１８．３亿元", "１８．３亿元", 18.3*E8, "CNY", "2025Q3", change={"yoy": 31, "qoq": 6.2},
  note="full-width digits and full-width dot")
R(f, "revenue", "xinglan-software", "收入9.05亿元", "9.05亿元", 9.05*E8, "CNY", "2025Q3")
R(f, "revenue", "xinglan-software", "同期的10.2亿元", "10.2亿元", 10.2*E8, "CNY", "2024Q3")
R(f, "operating_profit", "xinglan-overseas", "同期的2.6亿元", "2.6亿元", -2.6*E8, "CNY", "2024Q3", note="loss -> negative")
R(f, "operating_profit", "xinglan-overseas", "收窄至0.9亿元，截至", "0.9亿元", -0.9*E8, "CNY", "2025Q3", optional=True,
  note="repeat of the title figure")
R(f, "operating_metric", "xinglan-overseas", "300家左右", "300家左右", 300, "customers", "2025Q3", approx="about",
  note="overseas customers at end of Q3; subject could also be xinglan")
R(f, "cost", "xinglan", "研发投入4.6亿元", "4.6亿元", 4.6*E8, "CNY", "2025Q3")
R(f, "selling_expense", "xinglan", "销售费用2.2亿元", "2.2亿元", 2.2*E8, "CNY", "2025Q3", change={"yoy": -5})
R(f, "capex_plan", "xinglan", "15亿元至18亿元", "15亿元至18亿元", 15*E8, "CNY", "2026", value_max=18*E8)

# ---------------- 02 界面新闻: monthly deliveries -----------------
f = "h20_02_jiemian.txt"
R(f, "operating_metric", "qihang", "超4万辆", "超4万辆", 40000, "vehicles", "2025-11", approx="over", note="title")
R(f, "operating_metric", "nio", "蔚来同比增长34%", "34%", None, None, "2025-11", change={"yoy": 34},
  note="title: growth without level")
R(f, "operating_metric", "qihang", "41,286辆", "41,286辆", 41286, "vehicles", "2025-11", change={"yoy": 52.3, "mom": 8.1},
  note="环比 of a monthly figure -> mom")
R(f, "operating_metric", "qihang", "约32.4万辆", "约32.4万辆", 324000, "vehicles", "2025-01/2025-11", approx="about",
  note="1-11月 cumulative")
R(f, "operating_metric", "nio", "36,150辆", "36,150辆", 36150, "vehicles", "2025-11", change={"yoy": 34})
R(f, "operating_metric", "lingjie", "2.15万辆", "2.15万辆", 21500, "vehicles", "2025-11", change={"yoy": 12},
  note="分别 construction")
R(f, "operating_metric", "yuanchuan", "1.87万辆", "1.87万辆", 18700, "vehicles", "2025-11", change={"yoy": -6},
  note="分别 construction; 下降6% -> -6")
R(f, "operating_metric", "chilu", "近万辆", "近万辆", 10000, "vehicles", "2025-11", approx="nearly", change={"mom": -10},
  note="环比下滑约一成 -> mom -10 (the 约 hedges the rate, approx describes the level 近万)")
R(f, "market_share", "qihang", "约为14.5%", "约为14.5%", 14.5, "percent", "2025-11", approx="about",
  note="segment share (25万元以上纯电SUV); +1.2个百分点 is not a percent change -> not in change")
R(f, "operating_metric", "qihang", "1,520座", "1,520座", 1520, "stations", "2025-11", note="截至11月底 stock count")
R(f, "operating_metric", "qihang", "不少于800座", "不少于800座", 800, "stations", "2026", approx="at_least", optional=True,
  note="planned additions next year, a plan/target of an operating count: no plan kind for it")
R(f, "price_change", "qihang", "收涨4.6%", "4.6%", 4.6, "percent", "2025-12-01")
R(f, "net_profit", "lingjie", "净亏损为3.8亿元", "3.8亿元", -3.8*E8, "CNY", "2025Q3")
R(f, "net_profit", "lingjie", "同期的6.1亿元", "6.1亿元", -6.1*E8, "CNY", "2024Q3", note="year-ago net loss")

# ---------------- 03 证券日报: stake sale -----------------
f = "h20_03_zqrb.txt"
DL = D(target="huarui-logistics", counterparty="yuanheng-capital", stake_pct=51)
R(f, "stake_sale", "huarui", "套现约23亿元", "约23亿元", 23*E8, "CNY", "2025-11-20", approx="about",
  note="title; the body gives the exact 23.26亿元 (a different figure beyond the 0.5% tolerance, so both required)", **DL)
R(f, "stake_sale", "huarui", "交易对价为23.26亿元", "23.26亿元", 23.26*E8, "CNY", "2025-11-20",
  note="period = announcement date (11月20日晚间)", **DL)
R(f, "investment", "yuanheng-capital", "至少5亿元", "至少5亿元", 5*E8, "CNY", None, approx="at_least",
  note="committed follow-on investment within three years after closing: period null",
  target="huarui-logistics", counterparty=None, stake_pct=None)
R(f, "revenue", "huarui-logistics", "营业收入47.5亿元", "47.5亿元", 47.5*E8, "CNY", "2024")
R(f, "net_profit", "huarui-logistics", "净亏损1.36亿元", "1.36亿元", -1.36*E8, "CNY", "2024")
R(f, "revenue", "huarui-logistics", "营收36.1亿元", "36.1亿元", 36.1*E8, "CNY", "2025Q1/2025Q3")
R(f, "net_profit", "huarui-logistics", "收窄至4,800万元", "4,800万元", -4.8e7, "CNY", "2025Q1/2025Q3",
  note="亏损收窄至 -> still a loss")
R(f, "stake_sale", "huarui", "以8.6亿元", "8.6亿元", 8.6*E8, "CNY", "2025-06",
  target="shengda-chem", counterparty="hanhai", stake_pct=30)
R(f, "divestment_proceeds", "huarui", "逾35亿元", "逾35亿元", 35*E8, "CNY", "2025", approx="over",
  note="年内累计, including the pending logistics sale")
R(f, "stake_sale", "huaruigroup", "不超过2,400万股", "不超过2,400万股", 2.4e7, "shares", "2025-11-20", approx="up_to",
  optional=True, note="share-count reading of the planned reduction (contract: deal value = consideration, so required record has value null)",
  target="huarui", counterparty=None, stake_pct=2)
R(f, "stake_sale", "huaruigroup", "总股本的2%", "2%", None, None, "2025-11-20", approx="up_to",
  note="controlling shareholder's planned reduction; no proceeds; period = announcement date",
  target="huarui", counterparty=None, stake_pct=2)
R(f, "net_profit", "huarui", "归母净利润5.42亿元", "5.42亿元", 5.42*E8, "CNY", "2025Q1/2025Q3", change={"yoy": -11.3})
R(f, "price", "huarui", "收报9.87元", "9.87元", 9.87, "CNY", "2025-11-21")
R(f, "price_change", "huarui", "涨幅为3.2%", "3.2%", 3.2, "percent", "2025-11-21")

# ---------------- 04 香港經濟日報: acquisition -----------------
f = "h20_04_hket.txt"
DA = D(target="xinghui-property", counterparty="xinghui", stake_pct=60)
R(f, "acquisition", "gangkechuang", "斥16.8億元", "16.8億元", 16.8*E8, "HKD", "2025-12-02",
  note="title; 億元 is HKD (body: 16.8億港元); 六成 = 60%; 昨日（2日） with the month/year from the closing dateline 2025年12月3日", **DA)
R(f, "acquisition", "gangkechuang", "以16.8億港元", "16.8億港元", 16.8*E8, "HKD", "2025-12-02", optional=True,
  note="repeat of the title", **DA)
R(f, "acquisition", "gangkechuang", "現金約10億港元", "約10億港元", 10*E8, "HKD", "2025-12-02", approx="about", optional=True,
  note="cash part of the consideration", **DA)
R(f, "price", "gangkechuang", "每股1.25港元", "1.25港元", 1.25, "HKD", "2025-12-02", optional=True,
  note="issue price of consideration shares, not a market price")
R(f, "acquisition", "gangkechuang", "約5.44億股", "約5.44億股", 5.44*E8, "shares", "2025-12-02", approx="about", optional=True,
  note="consideration shares (share-count part of the consideration)", **DA)
R(f, "revenue", "xinghui-property", "收入４．１２億港元", "４．１２億港元", 4.12*E8, "HKD", "2025H1", change={"yoy": 9},
  note="截至今年6月底止6個月 -> 2025H1; full-width digits")
R(f, "net_profit", "xinghui-property", "純利5,860萬港元", "5,860萬港元", 5.86e7, "HKD", "2025H1")
R(f, "operating_metric", "xinghui-property", "約3,200萬平方米", "約3,200萬平方米", 3.2e7, "square_meters", "2025H1",
  approx="about", optional=True, note="managed floor area; an area, not a count")
R(f, "operating_metric", "xinghui-property", "近45萬戶", "近45萬戶", 450000, "households", "2025H1", approx="nearly",
  note="households served; period from the sentence's 截至今年6月底止6個月")
R(f, "revenue", "gangkechuang", "至28.6億港元", "28.6億港元", 28.6*E8, "HKD", "2025Q2/2025Q3", change={"yoy": -4.3},
  note="six months to 30 Sep 2025 -> 2025Q2/2025Q3")
R(f, "net_profit", "gangkechuang", "同期的3.15億港元", "3.15億港元", -3.15*E8, "HKD", "2024Q2/2024Q3",
  note="股東應佔虧損 year-ago")
R(f, "net_profit", "gangkechuang", "收窄至1.02億港元", "1.02億港元", -1.02*E8, "HKD", "2025Q2/2025Q3")
R(f, "revenue", "gangkechuang-dc", "至7.35億港元", "7.35億港元", 7.35*E8, "HKD", "2025Q2/2025Q3", change={"yoy": 20},
  note="按年增長逾兩成 -> yoy 20 (the 逾 hedges the rate; the level itself is exact so approx null)")
R(f, "capex_plan", "gangkechuang", "不超過6億港元", "不超過6億港元", 6*E8, "HKD", None, approx="up_to",
  note="未來兩年 -> period null (seed convention for 未來三年)")
R(f, "price_change", "gangkechuang", "高開8.2%", "8.2%", 8.2, "percent", "2025-12-03", note="opening move (今早高開)")
R(f, "price", "gangkechuang", "報2.38港元", "2.38港元", 2.38, "HKD", "2025-12-03")

# ---------------- 05 信報: market wrap -----------------
f = "h20_05_hkej.txt"
P = "2025-12-05"
R(f, "price", "hsi", "收報25936點", "25936點", 25936, "points", P, note="title")
R(f, "price_change", "hstech", "漲逾2%", "逾2%", 2, "percent", P, approx="over", note="title")
R(f, "price", "hsi", "收市報25,936點", "25,936點", 25936, "points", P, optional=True, note="repeat of title")
R(f, "price_change", "hsi", "升312點", "312點", 312, "points", P)
R(f, "price_change", "hsi", "或1.22%", "1.22%", 1.22, "percent", P)
R(f, "price", "hscei", "9,148點", "9,148點", 9148, "points", P)
R(f, "price_change", "hscei", "升1.4%", "1.4%", 1.4, "percent", P)
R(f, "price_change", "hstech", "升2.3%", "2.3%", 2.3, "percent", P, note="exact body figure, differs from the title's 逾2%")
R(f, "price", "hstech", "5,702點", "5,702點", 5702, "points", P)
R(f, "price_change", "tencent", "升2.8%", "2.8%", 2.8, "percent", P)
R(f, "price", "tencent", "收報618元", "618元", 618, "HKD", P, note="HK-listed: 元 = HKD")
R(f, "price_change", "meituan", "升3.5%", "3.5%", 3.5, "percent", P, note="分别 construction")
R(f, "price_change", "alibaba", "及1.9%", "1.9%", 1.9, "percent", P, note="分别 construction")
R(f, "price_change", "jd", "跌0.7%", "0.7%", -0.7, "percent", P)
R(f, "price", "chenggang-medical", "招股價6.8元", "6.8元", 6.8, "HKD", None, optional=True,
  note="IPO offer price, not a traded price level")
R(f, "price_change", "chenggang-medical", "逾四成", "逾四成", 40, "percent", P, approx="over",
  note="debut opening move vs the offer price")
R(f, "price", "chenggang-medical", "收報8.75元", "8.75元", 8.75, "HKD", P)
R(f, "price", "cnh", "7.0865", "7.0865", 7.0865, "CNY", P, optional=True,
  note="FX rate (CNY per USD); price kind and unit debatable")
R(f, "price_change", "cnh", "升0.18%", "0.18%", 0.18, "percent", P, note="offshore yuan strengthened 0.18%")
R(f, "price", "hkd", "7.7812", "7.7812", 7.7812, "HKD", P, optional=True, note="HKD per USD; kind/unit debatable")
R(f, "price", "comex-gold", "4,215美元", "4,215美元", 4215, "USD", P, note="per ounce")
R(f, "price_change", "comex-gold", "升0.6%", "0.6%", 0.6, "percent", P)
R(f, "price_change", "nymex-crude", "跌1.1%", "1.1%", -1.1, "percent", P)
R(f, "price", "nymex-crude", "59.2美元", "59.2美元", 59.2, "USD", P, note="per barrel")
R(f, "price_change", "hsi", "約29%", "約29%", 29, "percent", "2025", approx="about", note="今年累計 (YTD) -> period 2025")

# ---------------- 06 經濟日報 (Taiwan): monthly revenue, capex, market share -----------------
f = "h20_06_udn.txt"
R(f, "revenue", "lianjing", "年增31.7% ", "31.7%", None, None, "2025-11", change={"yoy": 31.7}, note="title: growth without level")
R(f, "capex_plan", "lianjing", "上看400億元", "上看400億元", 400*E8, "TWD", "2026", approx="up_to",
  note="title; 上看 = could reach -> up_to; body gives the 350億至400億元 range (lower end differs, so both required)")
R(f, "revenue", "lianjing", "新台幣188.6億元", "新台幣188.6億元", 188.6*E8, "TWD", "2025-11", change={"mom": 12.4, "yoy": 31.7})
R(f, "revenue", "lianjing", "1,902億元", "1,902億元", 1902*E8, "TWD", "2025-01/2025-11", change={"yoy": 24.5})
R(f, "price", "lianjing", "收在218.5元", "218.5元", 218.5, "TWD", "2025-12-09")
R(f, "capex_plan", "lianjing", "350億至400億元", "350億至400億元", 350*E8, "TWD", "2026", value_max=400*E8)
R(f, "capex", "lianjing", "已投入的215億元", "215億元", 215*E8, "TWD", "2025Q1/2025Q3")
R(f, "operating_metric", "lianjing", "逾12萬片", "逾12萬片", 120000, "wafers", None, approx="over",
  note="current (目前) monthly 12-inch capacity; capacity as an operating count; period not pinned")
R(f, "market_share", "lianjing", "以6.1%", "6.1%", 6.1, "percent", "2025Q3")
R(f, "market_share", "hongxin", "為4.8%", "4.8%", 4.8, "percent", "2025Q3", note="分別 construction")
R(f, "market_share", "lijingtong", "及3.2%", "3.2%", 3.2, "percent", "2025Q3", note="分別 construction")
R(f, "revenue", "hongxin", "營收42.3億元", "42.3億元", 42.3*E8, "TWD", "2025-11", change={"mom": -3.6, "yoy": 8.9})
R(f, "net_profit", "lijingtong", "淨損12.4億元", "12.4億元", -12.4*E8, "TWD", "2025Q1/2025Q3")
R(f, "net_profit", "lijingtong", "淨損18.7億元", "18.7億元", -18.7*E8, "TWD", "2024Q1/2024Q3")

SENT_END = "。！？\n"
def sentence(text, a, b):
    s = a
    while s > 0 and text[s-1] not in SENT_END:
        s -= 1
    e = b
    while e < len(text) and text[e] not in SENT_END:
        e += 1
    if e < len(text) and text[e] != "\n":
        e += 1
    return text[s:e]

def clean(v):
    if v is None: return None
    v = round(v, 6)
    return int(v) if float(v).is_integer() else v

def main():
    adir = os.path.join(HERE, "articles")
    os.makedirs(adir, exist_ok=True)
    texts = {}
    for fn, (title, body) in ART.items():
        assert "\n" not in title and "\n" not in body
        text = title + "\n" + body
        texts[fn] = text
        with open(os.path.join(adir, fn), "w", encoding="utf-8") as fh:
            fh.write(text)
    out = []
    for r in RECS:
        text = texts[r["f"]]
        n = text.count(r["ctx"])
        assert n == 1, (r["f"], r["ctx"], n)
        i = text.index(r["ctx"])
        j = r["ctx"].index(r["quote"])
        a = i + j; b = a + len(r["quote"])
        assert text[a:b] == r["quote"]
        rec = {"doc": r["f"] + "#1", "kind": r["kind"], "subject": r["subject"], "value": clean(r["value"]),
               "value_max": clean(r["value_max"]), "unit": r["unit"], "approx": r["approx"], "period": r["period"],
               "change": r["change"], "span": [a, b], "quote": r["quote"], "sentence": sentence(text, a, b),
               "rule": RULE}
        if r["kind"] in ("stake_sale", "acquisition", "investment"):
            rec["target"] = r["deal"].get("target")
            rec["counterparty"] = r["deal"].get("counterparty")
            rec["stake_pct"] = r["deal"].get("stake_pct")
        if r["optional"]: rec["optional"] = True
        if r["note"]: rec["note"] = r["note"]
        out.append(rec)
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    from collections import Counter
    for fn, t in texts.items():
        print(fn, len(t), sum(1 for o in out if o["doc"].startswith(fn) and not o.get("optional")),
              sum(1 for o in out if o["doc"].startswith(fn) and o.get("optional")))
    req = [o for o in out if not o.get("optional")]
    print("total", len(out), "required", len(req), "optional", len(out) - len(req))
    print(dict(Counter(o["kind"] for o in req)))

if __name__ == "__main__":
    main()
