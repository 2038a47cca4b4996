#!/usr/bin/env python3
"""Builds the heldout15 set: writes articles/*.txt and gold.jsonl from the texts and records below."""
# Article texts for heldout15 (hand-written pastiches; all figures invented).
ARTICLES = {}

ARTICLES["aastocks_kuaishou.txt"] = (
"快手-W(01024.HK)第三季經調整純利按年升16%至52.7億人民幣 日活用戶4.16億",
"快手-W(01024.HK)昨日(19日)收市後公布截至今年9月底止第三季業績，總收入356.2億元人民幣，按年增長14.1%；股東應佔溢利44.9億元，按年升37.2%，每股盈利1.04元。非國際財務報告準則經調整純利52.7億元，按年增長16%，按季升4.5%。期內毛利率按年上升1.3個百分點至55.8%；銷售及營銷開支118.6億元，按年增長9.3%，佔收入33.3%。分部方面，線上營銷服務收入201.4億元，按年增長14%；直播業務收入約95億元，按年微跌2.7%；其他服務(包括電商)收入59.8億元，按年增逾四成，其中可靈AI收入超過3億元人民幣，按季增長近一倍。用戶方面，快手應用平均日活躍用戶達4.16億，按年增長2.1%，平均月活躍用戶7.31億，日活用戶日均使用時長132分鐘左右。海外業務經營虧損收窄至1.02億元，去年同期虧損3.6億元。首三季累計收入1,034.5億元，按年增長12%。快手現升4.2%，報67.65港元，成交額38.6億元。(ka/da)阿思達克財經新聞 2025-11-20 10:32",
)

ARTICLES["headline_chowtaifook.txt"] = (
"周大福中期純利升0.8%至30.2億 零售點半年淨減524個",
"2025年11月26日【本報訊】周大福珠寶(01929)昨日公布截至今年九月底止六個月(即2026財年上半年)業績，營業額約三百九十億元，按年跌1.5%；股東應佔溢利30.2億元，按年增長0.8%；經營溢利53.6億元，按年升2.4%。每股盈利0.31元，派中期息每股0.22元，毛利率升至30.5%。按地區劃分，中國內地業務收入約三百零五億元，按年跌3.2%，佔集團收入約78%；港澳及其他市場收入則升5.6%至八十五億元。截至九月底，集團全球零售點共6,120個，較三月底淨減少524個，其中內地淨關閉近五百個。管理層預期，本財年內將再關閉約三百至四百個零售點，以集中資源提升單店效益。國際金價今年屢創新高，現貨金昨日一度升1.2%至每盎司4,112美元，帶動金飾消費轉趨觀望，但投資金條需求強勁。周大福股價昨收報14.82元，升3.6%，成交約7.4億元。(頭條日報)",
)

ARTICLES["oriental_placement.txt"] = (
"京東配售京東健康套現88億 恒指彈312點",
"港股昨日反彈，恒指收市報26,135點，升312點或1.21%；國企指數收報9,218點，升1.4%；恒生科技指數升2.03%。全日成交額2,489億元。重磅股騰訊及阿里巴巴分別升2.1%及3.4%，美團則逆市跌1.8%。京東集團(09618)昨早宣布，以每股58.6元配售所持京東健康(06618)約1.5億股，佔已發行股本約4.7%，配售價較前收市價折讓6.8%，套現約八十八億元；連同早前多次減持，京東今年累計套現逾二百億元。京東健康股價應聲急挫7.6%，收報54.15元；京東集團則升0.9%。另邊廂，新世界發展(00017)宣布以逾百億元出售所持啟德晴峰發展全部權益予一家中東主權基金，預計錄得虧損約十二億元。友邦保險(01299)亦斥資約三億美元，向當地財團收購印尼壽險商Asuransi Nusantara約八成股權，交易預計明年上半年完成。友邦昨收報78.35元，跌0.4%。小米集團(01810)則公布，首九個月智能手機出貨量達一億二千五百萬部，按年增長8.2%，電動車交付量逾二十八萬輛。【東方日報2025年12月3日】",
)

ARTICLES["macaodaily_ggr.txt"] = (
"十一月賭收按年升百分之十四 旅客量穩步回升",
"二〇二五年十二月二日【本報消息】博彩監察協調局昨日公布，十一月份幸運博彩毛收入為二百一十八億三千萬澳門元，按年上升14.2%，按月則下跌9.7%，日均收入約七億二千八百萬元。今年首十一個月累計毛收入達二千二百二十六億元，按年增長7.9%，已達特區政府全年二千四百億元預算假設的九成以上。旅遊局資料顯示，十月份入境旅客共三百六十二萬人次，按年增加10.2%，其中內地旅客約二百六十五萬人次。據業界統計，金沙中國第三季市佔率約23.5%，居六家博企之首，銀河娛樂及美高梅中國分別約19.8%及15.6%，澳博則跌至12.1%，按季減少0.8個百分點。業績方面，金沙中國第三季收入十八億九千萬美元，按年增長8%，經調整物業EBITDA約五億八千萬美元；銀河娛樂第三季淨收益一百二十億港元，按年升13%，股東應佔溢利約二十九億港元；美高梅中國上半年收入約一百六十七億港元。澳博第三季股東應佔虧損收窄至三千八百萬港元，去年同期虧損一億五千萬港元。",
)

ARTICLES["businesstoday_tsmc.txt"] = (
"台積電單季獲利年增近四成　先進製程軍備賽再加碼",
"台積電(2330)日前公布第三季財報，單季合併營收新台幣9,876億元，季增8.6%、年增30.2%；稅後淨利4,523億元，年增39.1%，每股稅後純益17.44元，毛利率59.5%，皆創同期新高。若以美元計，第三季營收約323億美元。累計前三季，台積電稅後淨利已達1兆2,310億元，較去年同期成長近五成；第三季自由現金流約新台幣3,050億元，期末現金及約當現金餘額達2.8兆元。第三季晶圓出貨量約392萬片(約當十二吋)。資本支出方面，第三季單季投入97億美元左右，前三季合計約297億美元；公司同時將今年資本支出區間由380億至420億美元收斂為400億至420億美元，董事會並核准對美國子公司TSMC Arizona增資不超過100億美元。法人則預估，明年資本支出將進一步增至450億至480億美元。市占方面，研調機構統計，台積電第二季晶圓代工市占率達70.2%，遠高於三星的7.3%。封測龍頭日月光投控(3711)也同步加碼，今年資本支出上修至逾55億美元。外資最新報告將台積電目標價上調至1,800元，以明年獲利推估，本益比約22倍。（本文刊載於今周刊第1502期，2025年10月20日）",
)

ARTICLES["wealth_retail.txt"] = (
"統一超前三季營收年增3.4%　全家、momo搶攻會員經濟",
"2025年11月27日　統一超(2912)公布114年前三季財報，合併營收新台幣2,456.3億元，年增3.4%；稅後淨利104.7億元，較113年同期減少2.1%，每股稅後純益10.07元。其中第三季單季營收842.6億元，季增4.1%。截至9月底，7-ELEVEN國內門市達7,312家，較去年底淨增108家，會員數則突破1,800萬人。競爭對手全家(5903)前三季營收約八百億元，年增5.5%，9月底門市數為4,386家。電商方面，富邦媒(8454)第三季營收285.4億元，年增7.8%，但稅後淨利僅4.1億元，較去年同期的6.3億元衰退35%；活躍會員約一千二百萬人。統一超旗下菲律賓子公司PSC前三季稅後仍虧損約新台幣3.2億元，較去年同期的5.4億元虧損明顯收斂。此外，統一超宣布斥資約新台幣50億元，向日商東冷取得冷鏈業者恆溫物流約三成股權；富邦金控則計畫處分富邦媒持股不超過5%，預估可挹注處分利益約25億元。法人指出，統一超今年配發現金股利約9元，殖利率約3%，目前本益比約25倍。（財訊）",
)

ARTICLES["chinatimes_monthly.txt"] = (
"台積電10月營收月增11.2%　鴻海前10月逾6.6兆",
"（中時新聞網 2025年11月10日）台積電10日公布10月合併營收為新台幣3,675.5億元，月增11.2%、年增23.4%，創歷年同期新高；累計今年前10月營收為3兆2,456.8億元，年增34.1%。鴻海10月營收８２９３億元，月減3.5%、年增11.7%，前10月累計營收逾6.6兆元，同樣寫下同期新高。聯發科10月營收約482億元，月增2.6%、年減4.8%；廣達、緯創10月營收分別為1,856億元、2,234億元，年增幅分別為18.2%、105.6%。大立光10月營收48.7億元，月減12%，前10月累計約503億元。日月光投控10月營收612.4億元，年增9.1%。面板雙虎中，友達10月營收241.3億元，年減6.3%；群創營收則為208.6億元，月增1.9%。法人指出，台積電10月營收已達第四季財測中位數約三成五；台積電第四季營收財測區間為322億至334億美元，毛利率目標59%至61%，預料全年美元營收成長率將落在三成中段。",
)

ARTICLES["yahoo_taiex.txt"] = (
"台股盤後／加權指數大漲412點　台積電收1465元",
"2025/11/21 14:45　台股今（21）日在電子權值股帶動下強彈，加權指數終場上漲412.36點，收在27,318.55點，漲幅1.53%，成交量新台幣5,432.1億元；櫃買指數同步上漲1.12%，收266.41點。權值股台積電上漲25元，收1,465元，漲幅1.74%，貢獻加權指數約340點；鴻海、聯發科分別上漲2.3%、3.1%，廣達則逆勢下跌0.8%。三大法人合計買超328.6億元，其中外資買超261.4億元。匯市方面，新台幣兌美元收在30.915元，升值5.8分；國際油價同步走揚，西德州原油期貨上漲1.1%，報每桶59.84美元。個股方面，友達盤後公布第三季財報，稅後淨損新台幣18.6億元，較上季淨損34.2億元大幅收斂，前三季累計淨損近68億元，每股淨損0.89元；群創第三季則轉虧為盈，稅後淨利7.1億元。（Yahoo奇摩股市）",
)

# ---------------------------------------------------------------------------
# Records. Each record is located by a context string that must occur exactly
# once in the document text; the quote is found inside that context.
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RULE = "heldout15-manual"
RECORDS = []
CUR = [None]


def doc(name):
    CUR[0] = name


def R(ctx, q, kind, subject, value, unit, period, approx=None, change=None, value_max=None,
      optional=False, note=None, deal=None, delta=None, nth=0):
    """delta: None for a level; else the basis of an absolute change ("yoy", "ytd", "unspecified")."""
    RECORDS.append(dict(file=CUR[0], ctx=ctx, q=q, kind=kind, subject=subject, value=value,
                        value_max=value_max, unit=unit, approx=approx, period=period,
                        change=change, optional=optional, note=note, deal=deal, delta=delta, nth=nth))


Y = lambda v: {"yoy": v}
E8 = 10 ** 8

# ---------------- AASTOCKS: Kuaishou Q3 ----------------
doc("aastocks_kuaishou.txt")
R("純利按年升16%至52.7億人民幣", "52.7億人民幣", "adjusted_net_profit", "kuaishou", 52.7 * E8, "CNY", "2025Q3", change=Y(16),
  note="title; 按年 stated in the title; 第三季 of calendar 2025 (dateline 2025-11-20)")
R("日活用戶4.16億", "4.16億", "users", "kuaishou", 4.16 * E8, "users", "2025Q3",
  note="title: average DAU of the Kuaishou app for Q3; title gives no rate (body: yoy 2.1)")
R("總收入356.2億元人民幣", "356.2億元人民幣", "revenue", "kuaishou", 356.2 * E8, "CNY", "2025Q3", change=Y(14.1))
R("股東應佔溢利44.9億元", "44.9億元", "net_profit", "kuaishou", 44.9 * E8, "CNY", "2025Q3", change=Y(37.2),
  note="股東應佔溢利 = GAAP net profit; 億元 after 億元人民幣 read as CNY; 每股盈利1.04元 is EPS, not a record")
R("經調整純利52.7億元", "52.7億元", "adjusted_net_profit", "kuaishou", 52.7 * E8, "CNY", "2025Q3",
  change={"yoy": 16, "qoq": 4.5}, optional=True, note="repeat of the title figure; body adds 按季升4.5%")
R("銷售及營銷開支118.6億元", "118.6億元", "selling_expense", "kuaishou", 118.6 * E8, "CNY", "2025Q3", change=Y(9.3),
  note="毛利率…上升1.3個百分點至55.8% in the preceding clause is a margin, not a record")
R("佔收入33.3%", "33.3%", "selling_expense", "kuaishou", 33.3, "percent", "2025Q3", optional=True,
  note="selling expense as % of revenue (expense ratio); optional as in the seed gold (美團 佔營收比例36%)")
R("線上營銷服務收入201.4億元", "201.4億元", "revenue", "kuaishou-online-marketing", 201.4 * E8, "CNY", "2025Q3", change=Y(14))
R("直播業務收入約95億元", "約95億元", "revenue", "kuaishou-live-streaming", 95 * E8, "CNY", "2025Q3", approx="about", change=Y(-2.7))
R("收入59.8億元", "59.8億元", "revenue", "kuaishou-other-services", 59.8 * E8, "CNY", "2025Q3", change=Y(40),
  note="按年增逾四成 -> yoy 40; 逾 hedges the rate, not the level, so approx null")
R("可靈AI收入超過3億元人民幣", "超過3億元人民幣", "revenue", "kuaishou-kling", 3 * E8, "CNY", "2025Q3", approx="over",
  change={"qoq": 100}, note="按季增長近一倍 -> qoq +100 (近 hedges the rate); Kling AI sits inside 其他服務")
R("平均日活躍用戶達4.16億", "4.16億", "users", "kuaishou", 4.16 * E8, "users", "2025Q3", change=Y(2.1), optional=True,
  note="repeat of the title DAU; body adds 按年增長2.1%")
R("平均月活躍用戶7.31億", "7.31億", "users", "kuaishou", 7.31 * E8, "users", "2025Q3", note="MAU")
R("132分鐘左右", "132分鐘左右", "operating_metric", "kuaishou", 132, "minutes", "2025Q3", approx="about", optional=True,
  note="average daily time spent per DAU: a per-user figure, not a count; optional")
R("經營虧損收窄至1.02億元", "1.02億元", "operating_profit", "kuaishou-overseas", -1.02 * E8, "CNY", "2025Q3",
  note="loss narrowing: loss -> negative")
R("去年同期虧損3.6億元", "3.6億元", "operating_profit", "kuaishou-overseas", -3.6 * E8, "CNY", "2024Q3",
  note="year-ago comparator")
R("首三季累計收入1,034.5億元", "1,034.5億元", "revenue", "kuaishou", 1034.5 * E8, "CNY", "2025Q1/2025Q3", change=Y(12))
R("快手現升4.2%", "4.2%", "price_change", "kuaishou", 4.2, "percent", "2025-11-20",
  note="intraday (現升) on the dateline day; 成交額38.6億元 is turnover, not a record")
R("報67.65港元", "67.65港元", "price", "kuaishou", 67.65, "HKD", "2025-11-20")

# ---------------- 頭條日報: Chow Tai Fook interim (FY ends 31 March) ----------------
doc("headline_chowtaifook.txt")
H1 = "2025Q2/2025Q3"
R("純利升0.8%至30.2億", "30.2億", "net_profit", "chowtaifook", 30.2 * E8, "HKD", H1, change=Y(0.8),
  note="title; 中期 = six months to 2025-09-30 (FY2026 H1) -> 2025Q2/2025Q3; bare 億 in an HK paper read as HKD; basis yoy from the body (按年)")
R("半年淨減524個", "524個", "operating_metric", "chowtaifook", -524, "stores", H1, optional=True, delta="unspecified",
  note="title: net reduction of retail points (absolute change, not a level); optional like the seed's absolute changes")
R("營業額約三百九十億元", "約三百九十億元", "revenue", "chowtaifook", 390 * E8, "HKD", H1, approx="about", change=Y(-1.5))
R("股東應佔溢利30.2億元", "30.2億元", "net_profit", "chowtaifook", 30.2 * E8, "HKD", H1, change=Y(0.8), optional=True,
  note="repeat of the title figure")
R("經營溢利53.6億元", "53.6億元", "operating_profit", "chowtaifook", 53.6 * E8, "HKD", H1, change=Y(2.4),
  note="每股盈利, 中期息 and 毛利率 in the next sentence are not records")
R("業務收入約三百零五億元", "約三百零五億元", "revenue", "chowtaifook-mainland", 305 * E8, "HKD", H1, approx="about", change=Y(-3.2))
R("佔集團收入約78%", "約78%", "revenue", "chowtaifook-mainland", 78, "percent", H1, approx="about", optional=True,
  note="segment share of group revenue (a ratio); optional as seed-gold ratios are")
R("升5.6%至八十五億元", "八十五億元", "revenue", "chowtaifook-hk-macau", 85 * E8, "HKD", H1, change=Y(5.6),
  note="港澳及其他市場; basis yoy inherited from the parallel clause (按年跌3.2%)")
R("零售點共6,120個", "6,120個", "operating_metric", "chowtaifook", 6120, "stores", "2025-09-30",
  note="point-in-time count at 九月底 -> the date it holds")
R("較三月底淨減少524個", "524個", "operating_metric", "chowtaifook", -524, "stores", H1, optional=True, delta="unspecified",
  note="repeat of the title's net reduction (absolute change)")
R("淨關閉近五百個", "近五百個", "operating_metric", "chowtaifook-mainland", -500, "stores", H1, approx="nearly",
  optional=True, delta="unspecified", note="net closures in the Mainland (absolute change)")
R("約三百至四百個零售點", "約三百至四百個", "operating_metric", "chowtaifook", 300, "stores", "2025Q2/2026Q1",
  value_max=400, approx="about", optional=True,
  note="planned further closures in the current fiscal year (本財年 = FY to 2026-03-31); a plan for a change, not a level")
R("一度升1.2%", "1.2%", "price_change", "spot-gold", 1.2, "percent", "2025-11-25",
  note="現貨金 intraday (一度) on 昨日 = 2025-11-25 (dateline 2025-11-26)")
R("每盎司4,112美元", "4,112美元", "price", "spot-gold", 4112, "USD", "2025-11-25", note="per ounce")
R("昨收報14.82元", "14.82元", "price", "chowtaifook", 14.82, "HKD", "2025-11-25")
R("升3.6%", "3.6%", "price_change", "chowtaifook", 3.6, "percent", "2025-11-25", note="成交約7.4億元 is turnover, not a record")

# ---------------- 東方日報: market wrap + placements (dateline at end 2025-12-03) ----------------
doc("oriental_placement.txt")
D = "2025-12-02"
JDH = ("jd-health", None, 4.7)
R("京東健康套現88億", "88億", "stake_sale", "jd", 88 * E8, "HKD", D, deal=JDH,
  note="title; placement of 京東健康 shares (約4.7% per body); buyers (placees) not named; 昨早宣布 = 2025-12-02")
R("恒指彈312點", "312點", "price_change", "hang-seng-index", 312, "points", D, note="title; 彈 = rebound (up)")
R("恒指收市報26,135點", "26,135點", "price", "hang-seng-index", 26135, "points", D)
R("升312點或1.21%", "312點", "price_change", "hang-seng-index", 312, "points", D, optional=True, note="repeat of title")
R("升312點或1.21%", "1.21%", "price_change", "hang-seng-index", 1.21, "percent", D)
R("國企指數收報9,218點", "9,218點", "price", "hscei", 9218, "points", D)
R("9,218點，升1.4%", "1.4%", "price_change", "hscei", 1.4, "percent", D)
R("恒生科技指數升2.03%", "2.03%", "price_change", "hang-seng-tech", 2.03, "percent", D,
  note="全日成交額2,489億元 (next sentence) is market turnover, not a record")
R("分別升2.1%及3.4%", "2.1%", "price_change", "tencent", 2.1, "percent", D, note="分別 pairs 騰訊 with 2.1%")
R("分別升2.1%及3.4%", "3.4%", "price_change", "alibaba", 3.4, "percent", D, note="分別 pairs 阿里巴巴 with 3.4%")
R("逆市跌1.8%", "1.8%", "price_change", "meituan", -1.8, "percent", D)
R("以每股58.6元", "58.6元", "price", "jd-health", 58.6, "HKD", D, optional=True,
  note="placement price per share: a deal term rather than a market price; optional")
R("約1.5億股", "約1.5億股", "stake_sale", "jd", 1.5 * E8, "shares", D, approx="about", deal=JDH, optional=True,
  note="share-count reading of the same placement (contract: deal value = consideration), as in the seed gold")
R("佔已發行股本約4.7%", "約4.7%", "stake_sale", "jd", None, None, D, approx="about", deal=JDH, optional=True,
  note="stake mention of the same placement; 折讓6.8% that follows is a discount ratio, not a record")
R("套現約八十八億元", "約八十八億元", "stake_sale", "jd", 88 * E8, "HKD", D, approx="about", deal=JDH, optional=True,
  note="repeat of the title proceeds")
R("累計套現逾二百億元", "逾二百億元", "divestment_proceeds", "jd", 200 * E8, "HKD", "2025", approx="over",
  note="cumulative cash-out this year (今年) from several reductions; HK paper, 元 = HKD")
R("急挫7.6%", "7.6%", "price_change", "jd-health", -7.6, "percent", D)
R("收報54.15元", "54.15元", "price", "jd-health", 54.15, "HKD", D)
R("京東集團則升0.9%", "0.9%", "price_change", "jd", 0.9, "percent", D)
R("以逾百億元出售", "逾百億元", "stake_sale", "new-world-development", 100 * E8, "HKD", D, approx="over",
  deal=("啟德晴峰發展", None, None),
  note="全部權益 but no percentage given -> stake_pct null; buyer is an unnamed Middle-East sovereign fund -> counterparty null")
R("虧損約十二億元", "約十二億元", "net_profit", "new-world-development", -12 * E8, "HKD", None, approx="about", optional=True,
  note="expected one-off loss on the disposal (預計錄得虧損), as the seed's Intime 預計虧損 record: optional")
R("斥資約三億美元", "約三億美元", "acquisition", "aia", 3 * E8, "USD", D, approx="about",
  deal=("Asuransi Nusantara", None, 80),
  note="約八成股權 -> stake_pct 80 (its own 約 not representable); seller 當地財團 not named; completion 明年上半年 is not the period, announcement date is")
R("友邦昨收報78.35元", "78.35元", "price", "aia", 78.35, "HKD", D)
R("跌0.4%", "0.4%", "price_change", "aia", -0.4, "percent", D)
R("出貨量達一億二千五百萬部", "一億二千五百萬部", "operating_metric", "xiaomi", 1.25 * E8, "units", "2025Q1/2025Q3",
  change=Y(8.2), note="smartphone shipments, 首九個月 of 2025")
R("交付量逾二十八萬輛", "逾二十八萬輛", "operating_metric", "xiaomi", 280000, "vehicles", "2025Q1/2025Q3", approx="over",
  note="EV deliveries in the same 首九個月 sentence")

# ---------------- 澳門日報: gaming revenue (dateline 2025-12-02) ----------------
doc("macaodaily_ggr.txt")
R("按年升百分之十四", "百分之十四", "revenue", "macau-gaming", None, None, "2025-11", change=Y(14),
  note="title: GGR growth without a level, written in Chinese numerals; body gives 14.2% with the level")
R("二百一十八億三千萬澳門元", "二百一十八億三千萬澳門元", "revenue", "macau-gaming", 218.3 * E8, "MOP", "2025-11",
  change={"yoy": 14.2, "mom": -9.7}, note="gross gaming revenue (幸運博彩毛收入) of the Macau market; 按月 of a monthly figure -> mom")
R("日均收入約七億二千八百萬元", "約七億二千八百萬元", "revenue", "macau-gaming", 7.28 * E8, "MOP", "2025-11", approx="about",
  optional=True, note="daily average of the monthly GGR: a per-day figure, optional")
R("累計毛收入達二千二百二十六億元", "二千二百二十六億元", "revenue", "macau-gaming", 2226 * E8, "MOP", "2025-01/2025-11",
  change=Y(7.9), note="首十一個月; 元 in a Macau paper after 澳門元 -> MOP")
R("全年二千四百億元預算假設", "二千四百億元", "revenue", "macau-gaming", 2400 * E8, "MOP", "2025", optional=True,
  note="government budget assumption for full-year GGR (a forecast by a third party); 九成以上 is an attainment ratio, not a record")
R("入境旅客共三百六十二萬人次", "三百六十二萬人次", "operating_metric", "macau", 3.62e6, "visitors", "2025-10", change=Y(10.2),
  note="visitor arrivals to Macau")
R("內地旅客約二百六十五萬人次", "約二百六十五萬人次", "operating_metric", "macau", 2.65e6, "visitors", "2025-10", approx="about",
  note="mainland visitors among the October arrivals")
R("市佔率約23.5%", "約23.5%", "market_share", "sands-china", 23.5, "percent", "2025Q3", approx="about",
  note="據業界統計 (industry data), GGR share")
R("分別約19.8%及15.6%", "約19.8%", "market_share", "galaxy-entertainment", 19.8, "percent", "2025Q3", approx="about")
R("分別約19.8%及15.6%", "15.6%", "market_share", "mgm-china", 15.6, "percent", "2025Q3", approx="about",
  note="分別約…及…: the 約 distributes over both figures")
R("跌至12.1%", "12.1%", "market_share", "sjm", 12.1, "percent", "2025Q3",
  note="按季減少0.8個百分點 is a change in percentage points, not a record and not a change rate")
R("收入十八億九千萬美元", "十八億九千萬美元", "revenue", "sands-china", 18.9 * E8, "USD", "2025Q3", change=Y(8))
R("EBITDA約五億八千萬美元", "約五億八千萬美元", "adjusted_ebita", "sands-china", 5.8 * E8, "USD", "2025Q3", approx="about",
  optional=True, note="adjusted property EBITDA: no EBITDA kind in the contract; adjusted_ebita is the nearest, so optional")
R("淨收益一百二十億港元", "一百二十億港元", "revenue", "galaxy-entertainment", 120 * E8, "HKD", "2025Q3", change=Y(13),
  note="淨收益 = net revenue in Galaxy's reporting")
R("溢利約二十九億港元", "約二十九億港元", "net_profit", "galaxy-entertainment", 29 * E8, "HKD", "2025Q3", approx="about")
R("上半年收入約一百六十七億港元", "約一百六十七億港元", "revenue", "mgm-china", 167 * E8, "HKD", "2025H1", approx="about")
R("虧損收窄至三千八百萬港元", "三千八百萬港元", "net_profit", "sjm", -3.8e7, "HKD", "2025Q3", note="loss narrowed -> negative")
R("去年同期虧損一億五千萬港元", "一億五千萬港元", "net_profit", "sjm", -1.5 * E8, "HKD", "2024Q3")

# ---------------- 今周刊: TSMC results & capex (dateline at end 2025-10-20) ----------------
doc("businesstoday_tsmc.txt")
R("單季獲利年增近四成", "近四成", "net_profit", "tsmc", None, None, "2025Q3", approx="nearly", change=Y(40),
  note="title: growth without a level (近四成 = nearly 40%); as in the seed's 10%以上, the hedge on a rate-only record goes in approx")
R("合併營收新台幣9,876億元", "新台幣9,876億元", "revenue", "tsmc", 9876 * E8, "TWD", "2025Q3", change={"qoq": 8.6, "yoy": 30.2})
R("稅後淨利4,523億元", "4,523億元", "net_profit", "tsmc", 4523 * E8, "TWD", "2025Q3", change=Y(39.1),
  note="first mention of the level; 每股稅後純益 and 毛利率 that follow are not records")
R("營收約323億美元", "約323億美元", "revenue", "tsmc", 323 * E8, "USD", "2025Q3", approx="about", optional=True,
  note="USD restatement of the same Q3 revenue (conversion)")
R("稅後淨利已達1兆2,310億元", "1兆2,310億元", "net_profit", "tsmc", 12310 * E8, "TWD", "2025Q1/2025Q3", change=Y(50),
  note="前三季; 成長近五成 -> yoy 50 (近 hedges the rate, approx null on the level)")
R("自由現金流約新台幣3,050億元", "約新台幣3,050億元", "free_cash_flow", "tsmc", 3050 * E8, "TWD", "2025Q3", approx="about",
  note="期末現金及約當現金餘額2.8兆元 that follows is a balance, not a record")
R("晶圓出貨量約392萬片", "約392萬片", "operating_metric", "tsmc", 3.92e6, "wafers", "2025Q3", approx="about")
R("投入97億美元左右", "97億美元左右", "capex", "tsmc", 97 * E8, "USD", "2025Q3", approx="about")
R("合計約297億美元", "約297億美元", "capex", "tsmc", 297 * E8, "USD", "2025Q1/2025Q3", approx="about")
R("由380億至420億美元", "380億至420億美元", "capex_plan", "tsmc", 380 * E8, "USD", "2025", value_max=420 * E8,
  note="previous (superseded) full-year guidance range, recorded like the seed's Google 此前估計")
R("收斂為400億至420億美元", "400億至420億美元", "capex_plan", "tsmc", 400 * E8, "USD", "2025", value_max=420 * E8,
  note="current full-year guidance range")
R("增資不超過100億美元", "不超過100億美元", "investment", "tsmc", 100 * E8, "USD", None, approx="up_to",
  deal=("TSMC Arizona", None, None),
  note="board-approved capital injection into a US subsidiary; approval date not given -> period null")
R("增至450億至480億美元", "450億至480億美元", "capex_plan", "tsmc", 450 * E8, "USD", "2026", value_max=480 * E8,
  optional=True, note="analyst (法人) forecast for next year (明年 = 2026): optional")
R("市占率達70.2%", "70.2%", "market_share", "tsmc", 70.2, "percent", "2025Q2", note="foundry market share per a research firm")
R("三星的7.3%", "7.3%", "market_share", "samsung", 7.3, "percent", "2025Q2")
R("上修至逾55億美元", "逾55億美元", "capex_plan", "ase", 55 * E8, "USD", "2025", approx="over",
  note="full-year capex budget raised (today's plan for 今年) -> capex_plan; 目標價1,800元 and 本益比約22倍 that follow are not records")

# ---------------- 財訊: convenience stores & e-commerce (dateline 2025-11-27) ----------------
doc("wealth_retail.txt")
M9 = "2025Q1/2025Q3"
R("前三季營收年增3.4%", "3.4%", "revenue", "pcsc", None, None, M9, change=Y(3.4),
  note="title: growth without a level (first mention of the rate; the body level that follows is required on its own)")
R("合併營收新台幣2,456.3億元", "新台幣2,456.3億元", "revenue", "pcsc", 2456.3 * E8, "TWD", M9, change=Y(3.4),
  note="114年前三季 = ROC 114 = 2025")
R("稅後淨利104.7億元", "104.7億元", "net_profit", "pcsc", 104.7 * E8, "TWD", M9, change=Y(-2.1),
  note="較113年同期減少2.1% -> yoy -2.1 (ROC 113 = 2024); 每股稅後純益 is not a record")
R("單季營收842.6億元", "842.6億元", "revenue", "pcsc", 842.6 * E8, "TWD", "2025Q3", change={"qoq": 4.1})
R("國內門市達7,312家", "7,312家", "operating_metric", "pcsc", 7312, "stores", "2025-09-30",
  note="7-ELEVEN Taiwan stores, operated by 統一超 -> subject pcsc; 截至9月底 -> the date it holds")
R("淨增108家", "108家", "operating_metric", "pcsc", 108, "stores", M9, optional=True, delta="ytd",
  note="net additions since end-2024 (absolute change, not a level)")
R("會員數則突破1,800萬人", "突破1,800萬人", "users", "pcsc", 1.8e7, "users", "2025-09-30", approx="over",
  note="members; 突破 read as over (seed convention); same 截至9月底 sentence")
R("前三季營收約八百億元", "約八百億元", "revenue", "family-mart-tw", 800 * E8, "TWD", M9, approx="about", change=Y(5.5))
R("門市數為4,386家", "4,386家", "operating_metric", "family-mart-tw", 4386, "stores", "2025-09-30")
R("第三季營收285.4億元", "285.4億元", "revenue", "momo", 285.4 * E8, "TWD", "2025Q3", change=Y(7.8))
R("稅後淨利僅4.1億元", "4.1億元", "net_profit", "momo", 4.1 * E8, "TWD", "2025Q3", change=Y(-35),
  note="僅 is not a hedge; 較去年同期…衰退35% -> yoy -35")
R("去年同期的6.3億元", "6.3億元", "net_profit", "momo", 6.3 * E8, "TWD", "2024Q3", note="year-ago comparator")
R("活躍會員約一千二百萬人", "約一千二百萬人", "users", "momo", 1.2e7, "users", "2025Q3", approx="about",
  note="active members, in the Q3 sentence")
R("稅後仍虧損約新台幣3.2億元", "約新台幣3.2億元", "net_profit", "pcsc-philippine-seven", -3.2 * E8, "TWD", M9, approx="about",
  note="subsidiary's own after-tax loss (a subsidiary's figure has the subsidiary as subject; the parent rule is for deals)")
R("去年同期的5.4億元虧損", "5.4億元", "net_profit", "pcsc-philippine-seven", -5.4 * E8, "TWD", "2024Q1/2024Q3",
  note="year-ago nine-month loss; 虧損明顯收斂 = loss narrowing")
R("斥資約新台幣50億元", "約新台幣50億元", "acquisition", "pcsc", 50 * E8, "TWD", None, approx="about",
  deal=("恆溫物流", "東冷", 30),
  note="約三成股權 -> stake_pct 30; seller 日商東冷; announcement date not given -> period null")
R("持股不超過5%", "不超過5%", "stake_sale", "fubon-financial", None, None, None, approx="up_to", deal=("momo", None, 5),
  note="planned reduction of a 富邦媒 stake; no proceeds given; plan undated -> period null")
R("處分利益約25億元", "約25億元", "stake_sale", "fubon-financial", 25 * E8, "TWD", None, approx="about",
  deal=("momo", None, 5), optional=True,
  note="expected gain on the disposal (處分利益), not proceeds; no gain kind, as the seed's Trendyol GO gain: optional. 現金股利/殖利率/本益比 that follow are not records")

# ---------------- 中時新聞網: October monthly revenue (dateline 2025-11-10) ----------------
doc("chinatimes_monthly.txt")
OCT = "2025-10"
M10 = "2025-01/2025-10"
R("10月營收月增11.2%", "11.2%", "revenue", "tsmc", None, None, OCT, change={"mom": 11.2},
  note="title: growth without a level (first mention of the rate)")
R("鴻海前10月逾6.6兆", "逾6.6兆", "revenue", "hon-hai", 6.6e12, "TWD", M10, approx="over",
  note="title; bare 兆 read as TWD; first mention, body repeat optional")
R("合併營收為新台幣3,675.5億元", "新台幣3,675.5億元", "revenue", "tsmc", 3675.5 * E8, "TWD", OCT,
  change={"mom": 11.2, "yoy": 23.4})
R("營收為3兆2,456.8億元", "3兆2,456.8億元", "revenue", "tsmc", 32456.8 * E8, "TWD", M10, change=Y(34.1))
R("鴻海10月營收８２９３億元", "８２９３億元", "revenue", "hon-hai", 8293 * E8, "TWD", OCT, change={"mom": -3.5, "yoy": 11.7},
  note="full-width digits")
R("累計營收逾6.6兆元", "逾6.6兆元", "revenue", "hon-hai", 6.6e12, "TWD", M10, approx="over", optional=True,
  note="repeat of the title figure")
R("聯發科10月營收約482億元", "約482億元", "revenue", "mediatek", 482 * E8, "TWD", OCT, approx="about",
  change={"mom": 2.6, "yoy": -4.8})
R("分別為1,856億元、2,234億元", "1,856億元", "revenue", "quanta", 1856 * E8, "TWD", OCT, change=Y(18.2),
  note="分別: 廣達 -> 1,856億元 and 18.2%")
R("分別為1,856億元、2,234億元", "2,234億元", "revenue", "wistron", 2234 * E8, "TWD", OCT, change=Y(105.6),
  note="分別: 緯創 -> 2,234億元 and 105.6%")
R("大立光10月營收48.7億元", "48.7億元", "revenue", "largan", 48.7 * E8, "TWD", OCT, change={"mom": -12})
R("前10月累計約503億元", "約503億元", "revenue", "largan", 503 * E8, "TWD", M10, approx="about")
R("日月光投控10月營收612.4億元", "612.4億元", "revenue", "ase", 612.4 * E8, "TWD", OCT, change=Y(9.1))
R("友達10月營收241.3億元", "241.3億元", "revenue", "auo", 241.3 * E8, "TWD", OCT, change=Y(-6.3))
R("群創營收則為208.6億元", "208.6億元", "revenue", "innolux", 208.6 * E8, "TWD", OCT, change={"mom": 1.9},
  note="10月 carried over from the parallel 友達 clause")
R("區間為322億至334億美元", "322億至334億美元", "revenue", "tsmc", 322 * E8, "USD", "2025Q4", value_max=334 * E8,
  note="company guidance for Q4 revenue (contract: guidance is the metric's kind); 約三成五 (attainment ratio), 毛利率目標59%至61% and 三成中段 (vague growth) are not records")

# ---------------- Yahoo奇摩股市: TAIEX close (dateline 2025-11-21) ----------------
doc("yahoo_taiex.txt")
T = "2025-11-21"
R("加權指數大漲412點", "412點", "price_change", "taiex", 412, "points", T, note="title")
R("台積電收1465元", "1465元", "price", "tsmc", 1465, "TWD", T, note="title closing price")
R("終場上漲412.36點", "412.36點", "price_change", "taiex", 412.36, "points", T, optional=True, note="repeat of the title move")
R("收在27,318.55點", "27,318.55點", "price", "taiex", 27318.55, "points", T)
R("漲幅1.53%", "1.53%", "price_change", "taiex", 1.53, "percent", T, note="成交量新台幣5,432.1億元 that follows is turnover, not a record")
R("櫃買指數同步上漲1.12%", "1.12%", "price_change", "tpex-index", 1.12, "percent", T)
R("收266.41點", "266.41點", "price", "tpex-index", 266.41, "points", T)
R("台積電上漲25元", "25元", "price_change", "tsmc", 25, "TWD", T, note="absolute price move in TWD (like the seed's points moves)")
R("收1,465元", "1,465元", "price", "tsmc", 1465, "TWD", T, optional=True, note="repeat of the title price")
R("漲幅1.74%", "1.74%", "price_change", "tsmc", 1.74, "percent", T,
  note="貢獻加權指數約340點 that follows is a contribution, not an index move: not a record")
R("分別上漲2.3%、3.1%", "2.3%", "price_change", "hon-hai", 2.3, "percent", T)
R("分別上漲2.3%、3.1%", "3.1%", "price_change", "mediatek", 3.1, "percent", T)
R("逆勢下跌0.8%", "0.8%", "price_change", "quanta", -0.8, "percent", T,
  note="三大法人/外資買超 amounts in the next sentence are net buying, not records")
R("收在30.915元", "30.915元", "price", "usd-twd", 30.915, "TWD", T, note="TWD per USD close")
R("升值5.8分", "5.8分", "price_change", "usd-twd", -0.058, "TWD", T, optional=True,
  note="TWD appreciated 5.8 cents, i.e. the USD/TWD quote fell 0.058; sign and unit debatable: optional")
R("上漲1.1%", "1.1%", "price_change", "wti-crude", 1.1, "percent", T, note="西德州原油 = WTI")
R("每桶59.84美元", "59.84美元", "price", "wti-crude", 59.84, "USD", T, note="per barrel")
R("稅後淨損新台幣18.6億元", "新台幣18.6億元", "net_profit", "auo", -18.6 * E8, "TWD", "2025Q3")
R("較上季淨損34.2億元", "34.2億元", "net_profit", "auo", -34.2 * E8, "TWD", "2025Q2", note="上季 = previous quarter")
R("累計淨損近68億元", "近68億元", "net_profit", "auo", -68 * E8, "TWD", "2025Q1/2025Q3", approx="nearly",
  note="每股淨損0.89元 that follows is EPS, not a record")
R("稅後淨利7.1億元", "7.1億元", "net_profit", "innolux", 7.1 * E8, "TWD", "2025Q3", note="轉虧為盈: positive")

# ---------------------------------------------------------------------------
TERM = "。！？"


def sentence_of(text, start, end):
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end == -1:
        line_end = len(text)
    s = line_start
    for i in range(start - 1, line_start - 1, -1):
        if text[i] in TERM:
            s = i + 1
            break
    e = line_end
    for i in range(end, line_end):
        if text[i] in TERM:
            e = i + 1
            break
    return text[s:e]


def num(v):
    if v is None:
        return None
    if abs(v - round(v)) < 1e-4:
        return int(round(v))
    return round(v, 6)


def main():
    art_dir = os.path.join(HERE, "articles")
    os.makedirs(art_dir, exist_ok=True)
    texts = {}
    for name, (title, body) in ARTICLES.items():
        assert "\n" not in title and "\n" not in body and title.strip() and body.strip()
        text = title + "\n" + body
        texts[name] = text
        with open(os.path.join(art_dir, name), "w", encoding="utf-8") as f:
            f.write(text)  # no trailing newline
    out = []
    for r in RECORDS:
        text = texts[r["file"]]
        n = text.count(r["ctx"])
        assert n == 1, (r["file"], r["ctx"], n)
        base = text.index(r["ctx"])
        off = -1
        for _ in range(r["nth"] + 1):
            off = r["ctx"].index(r["q"], off + 1)
        s = base + off
        e = s + len(r["q"])
        assert text[s:e] == r["q"]
        rec = {
            "doc": r["file"] + "#1", "kind": r["kind"], "subject": r["subject"],
            "value": num(r["value"]), "value_max": num(r["value_max"]), "unit": r["unit"],
            "approx": r["approx"], "period": r["period"], "change": r["change"],
            "span": [s, e], "quote": text[s:e], "sentence": sentence_of(text, s, e), "rule": RULE,
        }
        if r["deal"] is not None:
            rec["target"], rec["counterparty"], rec["stake_pct"] = r["deal"]
        if r["optional"]:
            rec["optional"] = True
        if r["delta"]:
            rec["delta"] = True
            rec["delta_basis"] = r["delta"]
        if r["note"]:
            rec["note"] = r["note"]
        assert rec["quote"] == text[rec["span"][0]:rec["span"][1]]
        out.append(rec)
    # sort by doc then span start
    order = list(ARTICLES)
    out.sort(key=lambda x: (order.index(x["doc"][:-2]), x["span"][0], x["span"][1]))
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # summary
    from collections import Counter
    for name in ARTICLES:
        recs = [x for x in out if x["doc"] == name + "#1"]
        req = sum(1 for x in recs if not x.get("optional"))
        print(f"{name:28} chars={len(texts[name]):4} required={req:3} optional={len(recs) - req:3}")
    req = [x for x in out if not x.get("optional")]
    print("total", len(out), "required", len(req), "optional", len(out) - len(req))
    print(dict(Counter(x["kind"] for x in req)))


if __name__ == "__main__":
    main()
