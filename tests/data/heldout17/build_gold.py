#!/usr/bin/env python3
"""Build the heldout17 articles and gold records.

Every record is located by a context string `ctx` that must occur exactly once in the
document text, and a quote `q` that must occur exactly once inside `ctx`; the span is
computed from those, and quote == text[span[0]:span[1]] is asserted. Writes
articles/*.txt (title line + body line, no trailing newline) and gold.jsonl.
All figures in the articles are invented.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
# Article texts for heldout17 (title, body). Figures are invented.
T = {}
T["takungpao_hk_market.txt"] = (
"港股三連升　恒指漲412點　科指彈逾2%",
"2025年12月10日【大公報訊】記者梁卓賢報道：美國減息預期升溫，港股昨日（9日）連升第三日。恒生指數收報25,986點，升412點或1.61%，今年以來累計升近三成；國企指數升1.4%，收報9,214點；恒生科技指數表現最佳，彈2.3%至5,812點。大市成交額增至2,468億元，南向資金淨買入87.6億港元。重磅科技股造好，騰訊升2.8%，收報632元；阿里巴巴及美團分別升3.1%及4.5%；小米逆市跌0.7%。汽車股亦獲追捧，比亞迪股份升3.6%，理想汽車及小鵬汽車分別升2.1%及5.3%。內房股續弱，碧桂園跌近5%，融創中國挫逾3%。匯豐控股微升0.2%，收報103.4元，該行昨日斥資約1.24億元回購120萬股。商品市場方面，現貨金價升0.5%，報每盎司4,218美元，金價今年累計升約六成；紐約期油跌0.3%，報每桶58.9美元，布蘭特期油則報62.4美元。有證券行分析員指，恒指短期阻力位於26,500點，支持位約25,200點，目前預測市盈率約10.8倍，估值仍具吸引力。")
T["wenweipo_hk_developer.txt"] = (
"新世界發展全年蝕162億　出售非核心資產套現逾百億",
"香港文匯報訊（記者 何詠欣）新世界發展（0017）昨日公布截至2025年6月30日止年度業績，股東應佔虧損約162.3億元，較上一財年的197.8億元虧損收窄約18%，每股虧損6.45元，不派末期息。期內收入按年跌11%至318.6億元，其中物業發展收入174.2億元，按年跌19%；核心經營溢利52.4億元，按年下跌近三成。若撇除投資物業重估虧損，股東應佔基本虧損為43.1億元，上年度則為基本溢利7.2億元。按財政半年計，下半財年（即2025年1月至6月）股東應佔虧損約58億元，較上半財年的104.3億元明顯收窄。集團年內積極出售非核心資產，合共套現逾百億元，包括以約42億元人民幣出售所持北京朝陽新世界廣場項目公司60%股權，以及以12.5億元向德朗資本出售九龍灣合營公司灣峰發展的全部50%權益。管理層表示，2026財政年度資本開支將控制在不超過150億元，並預計未來兩年再出售至少200億元非核心資產。期內合約銷售約266億元，淨負債比率則由上年度的56.2%降至48.7%。（香港文匯報 2025年9月26日）")
T["am730_hk_bank.txt"] = (
"中銀香港首九個月賺逾三百億　第三季淨利息收入按季增4%",
"中銀香港（2388）昨日公布截至2025年9月30日止季度之財務資料。首九個月股東應佔溢利302.6億港元，按年增長7.2%，去年同期為282.3億港元；提取減值準備前之淨經營收入517億港元，按年升5.8%。單計第三季，股東應佔溢利103.5億港元，按季增2.4%；淨利息收入124.5億港元，按季增4%，按年則跌2.1%；非利息收入約41億港元，按年大增兩成，主要受惠財富管理及保險業務。首九個月營業支出128.4億港元，按年增3.5%，成本對收入比率為24.8%；減值準備淨撥備21.3億港元，按年減少三成。第三季淨息差為1.52%，按季收窄6個基點，普通股權一級資本比率為19.8%。客戶存款較去年底增長5.2%至2.93萬億港元，客戶貸款則微增1.1%。董事會宣派第三次中期股息每股0.3元。同業方面，恒生銀行第三季股東應佔溢利42.6億港元，按年跌9%，按季則回升約5%；東亞銀行首九個月股東應佔溢利約39.6億港元，按年增長近一成。（am730記者 區嘉敏 2025.10.29）")
T["hk01_hk_ipo.txt"] = (
"【新股】澄曜機器人首日收升48%　一手賺2,036元　暗盤升42%",
"澄曜機器人（2698）今日（12日）在港掛牌，開報34.5元，較招股價21.2元高開62.7%，盤中最高見36元，收報31.38元，較招股價升48%，成交額9.8億元，以收市價計市值約188億元。不計手續費，每手200股賬面賺2,036元。該股昨日暗盤收報30.1元，較招股價升42%。公司全球發售6,000萬股，每股招股價介乎18.6至21.2元，最終以上限定價，集資約12.72億元，扣除開支後所得款項淨額約11.9億元，約四成將用於研發。公開發售部分錄得超額認購3,208倍，凍資逾二千億元，一手中籤率為10%。基石投資者方面，騰訊及高瓴分別認購3,000萬美元及2,000萬美元股份。招股文件顯示，公司2024年收入6.83億元人民幣，按年增長56%；虧損由2023年的4.12億元人民幣收窄至2.35億元人民幣，今年上半年則轉虧為盈，錄得純利3,120萬元人民幣。公司去年機器人出貨量約1.2萬台，按年增逾七成，並計劃未來三年投入約15億元人民幣擴建蘇州生產基地。同日上市的另一新股海拓生物則潛水，收報8.02元，較招股價跌11.2%。（香港01 2025年12月12日）")
T["bnext_tw_chip.txt"] = (
"台積電１１月營收月增4.2%　前11月累計達3.41兆元創同期新高",
"晶圓代工龍頭台積電（2330）10日公布114年11月營收報告，單月合併營收約新台幣3,436.2億元，較10月的3,297.5億元增加4.2%，較去年同期增加24.6%；累計今年前11月營收為3兆4,128億元，年增33.1%，創同期新高。台積電先前預估第四季營收介於322億至334億美元，以11月水準推算，可望落在財測高標。同業方面，聯電、世界先進11月營收分別為195.3億元及38.7億元，月增0.8%及月減2.4%；力積電第三季則仍稅後虧損約27億元，較第二季的35億元虧損收窄。資本支出方面，台積電前三季已投入約298億美元，全年資本支出維持在400億至420億美元之間的規劃；法人預估，明年資本支出將上看480億美元，年增逾一成。回顧第三季，台積電稅後純益達4,523億元，年增39.1%，每股盈餘17.44元，毛利率達59.5%，較上季提升1.8個百分點，先進製程（7奈米及以下）占晶圓營收比重74%。市場看好AI需求延續，多家外資將目標價調升至1,600元以上。（數位時代 2025.12.11）")
T["ettoday_tw_fhc.txt"] = (
"國泰金前11月賺逾千億　EPS 6.82元　11月獲利年減12%",
"記者陳品妤／台北報導　國泰金控今（10）日公布114年11月自結稅後純益82.6億元，年減12%，月減約35%；累計前11月稅後純益1,063.4億元，較去年同期的1,010億元成長5.3%，每股稅後盈餘（EPS）6.82元，每股淨值68.4元。子公司方面，國泰人壽11月稅後純益45.2億元，累計前11月達698億元；國泰世華銀行單月賺38.1億元，前11月累計近400億元，年增8%。回顧第三季單季，國泰金稅後純益為312.5億元，季減8.3%。其他金控方面，富邦金、中信金前11月稅後純益分別為1,128.7億元、652.3億元，EPS分別為7.95元、3.32元；開發金前11月賺約190億元，年減逾一成；台新新光金旗下新光人壽前11月則仍虧損約28億元，較去年同期虧損56億元大幅收窄。法人預估，國泰金明年現金股利有望達3元，殖利率約5%。（ETtoday新聞雲 2025/12/10）")
T["cw_tw_retail.txt"] = (
"統一超門市逼近七千家、momo會員破千萬　台灣零售雙雄的成長天花板在哪？",
"文／天下雜誌編輯部　2025-11-20　疫情紅利退去後，台灣零售通路的競爭回到基本功。根據財報，富邦媒（momo）今年第三季營收273.5億元，年增3.2%，稅後淨利11.8億元，年減9%；前三季累計營收約837億元，與去年同期的812億元相比僅小幅成長。截至9月底，momo活躍會員數約1,180萬人，年增4%，App月活躍用戶則超過一千二百萬。今年雙11當日，momo訂單量突破520萬筆，創單日新高。momo自估在台灣B2C電商市占率約22%，較去年提升0.8個百分點，但毛利率僅約9%。實體通路方面，統一超截至9月底門市達6,954家，單季淨增42家；前三季合併營收2,312億元、稅後淨利約98億元。全家門市數則在4,380家左右，前三季稅後淨利約24億元，年增6%。統一超並規劃明年資本支出約110億元，持續投入鮮食廠與物流。相較之下，網家（PChome）前三季仍虧損約4.6億元，但已較去年同期的7.9億元虧損收窄逾四成。分析師認為，當momo客單價停在約1,450元、統一超本益比已達約25倍，雙雄下一階段的成長，得靠會員經濟與虛實整合。")
T["setn_tw_market.txt"] = (
"台股終場大漲287點收２７，５１８點　外資買超152億元",
"2025/12/11 14:38　三立新聞網 記者林冠宇／台北報導　台股今（11）日在台積電領軍下開高走高，加權指數終場上漲287.41點，漲幅1.06%，收在27,518.63點，成交量4,812.6億元；櫃買指數上漲2.36點，收271.08點，漲幅0.88%。三大法人合計買超186.2億元，其中外資買超152.3億元、投信買超41.5億元，自營商賣超7.6億元。權值股方面，台積電上漲25元，收1,485元，漲幅1.71%，貢獻指數約180點；聯發科、鴻海分別上漲2.2%、1.4%，廣達則下跌0.9%。金融股同步走揚，富邦金、國泰金分別上漲1.2%、0.9%；航運股長榮則逆勢下跌1.8%，收188元。台積電ADR昨晚漲2.3%，也帶動今日買氣。亞股方面，日經225指數收漲0.7%，韓國綜合指數下跌0.4%。今年以來，加權指數已累計上漲約19.5%，融資餘額則增加12.3億元至3,512億元。有投顧分析師指出，台股短線上檔壓力在28,000點，外資則預估台積電明年EPS可達80元，本益比約18.6倍。")

RULE = "heldout17-manual"
DEAL = {"stake_sale", "acquisition", "investment"}
G = {}  # file -> list of record specs


def R(f, kind, subject, value, unit, approx, period, change, ctx, q=None, vmax=None,
      opt=False, note=None, target=None, cp=None, stake=None, delta=None):
    G.setdefault(f, []).append(dict(kind=kind, subject=subject, value=value, vmax=vmax,
                                    unit=unit, approx=approx, period=period, change=change,
                                    ctx=ctx, q=q or ctx, opt=opt, note=note, target=target,
                                    cp=cp, stake=stake, delta=delta))


Y = lambda v: {"yoy": v}
B = 100000000  # 億
W = 10000      # 萬

# ---------------------------------------------------------------- 大公報 HK market wrap
f = "takungpao_hk_market.txt"; P = "2025-12-09"
R(f, "price_change", "hang-seng-index", 412, "points", None, P, None, "恒指漲412點", "412點",
  note="title; date from the body: 昨日（9日） in an article dated 2025年12月10日")
R(f, "price_change", "hstech", 2, "percent", "over", P, None, "科指彈逾2%", "逾2%",
  note="title; the body gives 2.3% (a different value, recorded separately)")
R(f, "price", "hang-seng-index", 25986, "points", None, P, None, "收報25,986點", "25,986點")
R(f, "price_change", "hang-seng-index", 412, "points", None, P, None, "升412點或1.61%", "412點",
  opt=True, note="repeat of the title figure")
R(f, "price_change", "hang-seng-index", 1.61, "percent", None, P, None, "升412點或1.61%", "1.61%")
R(f, "price_change", "hang-seng-index", 30, "percent", "nearly", "2025", None, "累計升近三成", "近三成",
  note="year-to-date move (今年以來); 三成 = 30%")
R(f, "price_change", "hscei", 1.4, "percent", None, P, None, "國企指數升1.4%", "1.4%")
R(f, "price", "hscei", 9214, "points", None, P, None, "收報9,214點", "9,214點")
R(f, "price_change", "hstech", 2.3, "percent", None, P, None, "彈2.3%至5,812點", "2.3%")
R(f, "price", "hstech", 5812, "points", None, P, None, "彈2.3%至5,812點", "5,812點")
R(f, "cash_flow", "南向資金", 87.6 * B, "HKD", None, P, None, "南向資金淨買入87.6億港元", "87.6億港元",
  opt=True, note="southbound net buying: a market fund flow, not a company figure; no contract kind fits, cash_flow is the nearest")
R(f, "price_change", "tencent", 2.8, "percent", None, P, None, "騰訊升2.8%", "2.8%")
R(f, "price", "tencent", 632, "HKD", None, P, None, "收報632元", "632元", note="bare 元 in a HK market wrap = HKD")
R(f, "price_change", "alibaba", 3.1, "percent", None, P, None, "分別升3.1%及4.5%", "3.1%", note="分別: first value to 阿里巴巴")
R(f, "price_change", "meituan", 4.5, "percent", None, P, None, "分別升3.1%及4.5%", "4.5%", note="分別: second value to 美團")
R(f, "price_change", "xiaomi", -0.7, "percent", None, P, None, "小米逆市跌0.7%", "0.7%")
R(f, "price_change", "byd", 3.6, "percent", None, P, None, "比亞迪股份升3.6%", "3.6%")
R(f, "price_change", "li-auto", 2.1, "percent", None, P, None, "分別升2.1%及5.3%", "2.1%")
R(f, "price_change", "xpeng", 5.3, "percent", None, P, None, "分別升2.1%及5.3%", "5.3%")
R(f, "price_change", "country-garden", -5, "percent", "nearly", P, None, "碧桂園跌近5%", "近5%")
R(f, "price_change", "sunac", -3, "percent", "over", P, None, "融創中國挫逾3%", "逾3%", note="挫 = fell")
R(f, "price_change", "hsbc", 0.2, "percent", None, P, None, "匯豐控股微升0.2%", "0.2%")
R(f, "price", "hsbc", 103.4, "HKD", None, P, None, "收報103.4元", "103.4元",
  note="the buyback that follows (約1.24億元, 120萬股) is not a record")
R(f, "price_change", "spot-gold", 0.5, "percent", None, P, None, "現貨金價升0.5%", "0.5%")
R(f, "price", "spot-gold", 4218, "USD", None, P, None, "報每盎司4,218美元", "4,218美元", note="per ounce")
R(f, "price_change", "spot-gold", 60, "percent", "about", "2025", None, "金價今年累計升約六成", "約六成",
  note="year-to-date gain; 六成 = 60%")
R(f, "price_change", "wti-crude", -0.3, "percent", None, P, None, "紐約期油跌0.3%", "0.3%", note="紐約期油 = WTI")
R(f, "price", "wti-crude", 58.9, "USD", None, P, None, "報每桶58.9美元", "58.9美元", note="per barrel")
R(f, "price", "brent-crude", 62.4, "USD", None, P, None, "布蘭特期油則報62.4美元", "62.4美元", note="per barrel")

# ---------------------------------------------------------------- 文匯報 HK developer annual results
f = "wenweipo_hk_developer.txt"
FY, FY0, FY1 = "2024Q3/2025Q2", "2023Q3/2024Q2", "2025Q3/2026Q2"
R(f, "net_profit", "nwd", -162 * B, "HKD", None, FY, None, "全年蝕162億", "162億",
  note="title: 蝕 = lost; fiscal year ended 2025-06-30 -> 2024Q3/2025Q2; bare 億 in a HK paper = HKD")
R(f, "divestment_proceeds", "nwd", 100 * B, "HKD", "over", FY, None, "資產套現逾百億", "逾百億",
  note="title; 逾百億 = over 10bn; summed disposals during the fiscal year (body: 年內…合共套現逾百億元)")
R(f, "net_profit", "nwd", -162.3 * B, "HKD", "about", FY, Y(-18), "股東應佔虧損約162.3億元", "約162.3億元",
  opt=True, note="repeat of the title loss (162億 vs 162.3億 within tolerance); 虧損收窄約18%: the loss shrank 18%, encoded as -18 on the stated loss (seed: 降低一半 -> -50 on a loss); 約 hedges the level")
R(f, "net_profit", "nwd", -197.8 * B, "HKD", None, FY0, None, "上一財年的197.8億元", "197.8億元",
  note="previous fiscal year's loss (虧損收窄 makes it a loss)")
R(f, "revenue", "nwd", 318.6 * B, "HKD", None, FY, Y(-11), "按年跌11%至318.6億元", "318.6億元")
R(f, "revenue", "nwd-property-development", 174.2 * B, "HKD", None, FY, Y(-19), "物業發展收入174.2億元", "174.2億元",
  note="segment revenue (property development), invented segment id")
R(f, "operating_profit", "nwd", 52.4 * B, "HKD", None, FY, Y(-30), "核心經營溢利52.4億元", "52.4億元",
  note="核心經營溢利 = core operating profit; 近三成 hedges the rate, not the level, so approx null")
R(f, "adjusted_net_profit", "nwd", -43.1 * B, "HKD", None, FY, None, "基本虧損為43.1億元", "43.1億元",
  note="underlying loss excluding revaluation (基本虧損) -> adjusted, negative")
R(f, "adjusted_net_profit", "nwd", 7.2 * B, "HKD", None, FY0, None, "基本溢利7.2億元", "7.2億元",
  note="上年度 = previous fiscal year")
R(f, "net_profit", "nwd", -58 * B, "HKD", "about", "2025H1", None, "股東應佔虧損約58億元", "約58億元",
  note="下半財年 = January-June 2025, stated in the text")
R(f, "net_profit", "nwd", -104.3 * B, "HKD", None, "2024H2", None, "上半財年的104.3億元", "104.3億元",
  note="first fiscal half = July-December 2024")
R(f, "divestment_proceeds", "nwd", 100 * B, "HKD", "over", FY, None, "合共套現逾百億元", "逾百億元",
  opt=True, note="repeat of the title figure")
R(f, "stake_sale", "nwd", 42 * B, "CNY", "about", FY, None, "以約42億元人民幣出售", "約42億元人民幣",
  target="北京朝陽新世界廣場項目公司", cp=None, stake=60,
  note="disposal during the fiscal year (年內); buyer not named")
R(f, "stake_sale", "nwd", 12.5 * B, "HKD", None, FY, None, "以12.5億元向德朗資本", "12.5億元",
  target="灣峰發展", cp="德朗資本", stake=50, note="全部50%權益 of the JV 灣峰發展; buyer 德朗資本")
R(f, "capex_plan", "nwd", 150 * B, "HKD", "up_to", FY1, None, "不超過150億元", "不超過150億元",
  note="2026財政年度 = July 2025-June 2026")
R(f, "divestment_proceeds", "nwd", 200 * B, "HKD", "at_least", None, None, "至少200億元", "至少200億元",
  note="planned disposals over the next two years (未來兩年): company plan, period null")
R(f, "operating_metric", "nwd", 266 * B, "HKD", "about", FY, None, "合約銷售約266億元", "約266億元",
  opt=True, note="contracted sales: no contract kind (not revenue); operating_metric chosen, kind debatable")

# ---------------------------------------------------------------- am730 HK bank quarterly
f = "am730_hk_bank.txt"
M9, M9_0, Q3 = "2025Q1/2025Q3", "2024Q1/2024Q3", "2025Q3"
R(f, "net_profit", "bochk", 300 * B, "HKD", "over", M9, None, "賺逾三百億", "逾三百億",
  note="title: 首九個月 = 2025Q1/2025Q3; 三百億 = 30bn; the body's 302.6億 is a different value (recorded separately)")
R(f, "revenue", "bochk", None, None, None, Q3, {"qoq": 4}, "淨利息收入按季增4%", "4%",
  note="title: growth without a level; net interest income treated as a revenue line of the bank")
R(f, "net_profit", "bochk", 302.6 * B, "HKD", None, M9, Y(7.2), "股東應佔溢利302.6億港元", "302.6億港元")
R(f, "net_profit", "bochk", 282.3 * B, "HKD", None, M9_0, None, "去年同期為282.3億港元", "282.3億港元")
R(f, "revenue", "bochk", 517 * B, "HKD", None, M9, Y(5.8), "淨經營收入517億港元", "517億港元",
  note="提取減值準備前之淨經營收入 = total operating income, the bank's revenue")
R(f, "net_profit", "bochk", 103.5 * B, "HKD", None, Q3, {"qoq": 2.4}, "股東應佔溢利103.5億港元", "103.5億港元",
  note="單計第三季")
R(f, "revenue", "bochk", 124.5 * B, "HKD", None, Q3, {"qoq": 4, "yoy": -2.1}, "淨利息收入124.5億港元", "124.5億港元",
  note="net interest income (revenue line)")
R(f, "revenue", "bochk", 41 * B, "HKD", "about", Q3, Y(20), "非利息收入約41億港元", "約41億港元",
  note="non-interest income (revenue line); 兩成 = 20%")
R(f, "cost", "bochk", 128.4 * B, "HKD", None, M9, Y(3.5), "營業支出128.4億港元", "128.4億港元",
  note="operating expenses; the cost-to-income ratio 24.8% is not a record")
R(f, "cost", "bochk", 21.3 * B, "HKD", None, M9, Y(-30), "淨撥備21.3億港元", "21.3億港元",
  opt=True, note="impairment charge: not cost of revenue/opex/R&D; kind debatable")
R(f, "net_profit", "hang-seng-bank", 42.6 * B, "HKD", None, Q3, {"yoy": -9, "qoq": 5}, "股東應佔溢利42.6億港元", "42.6億港元",
  note="約5% hedges the qoq rate, not the level")
R(f, "net_profit", "bea", 39.6 * B, "HKD", "about", M9, Y(10), "股東應佔溢利約39.6億港元", "約39.6億港元",
  note="近一成 = nearly 10% (hedge on the rate)")

# ---------------------------------------------------------------- 香港01 HK IPO
f = "hk01_hk_ipo.txt"; P = "2025-12-12"; P0 = "2025-12-11"
R(f, "price_change", "chengyao-robotics", 48, "percent", None, P, None, "首日收升48%", "48%",
  note="title; first-day close vs offer price; date from the body (今日（12日）, dateline 2025年12月12日)")
R(f, "price_change", "chengyao-robotics", 42, "percent", None, P0, None, "暗盤升42%", "42%",
  note="title; grey-market session the day before listing (body: 昨日暗盤)")
R(f, "price", "chengyao-robotics", 34.5, "HKD", None, P, None, "開報34.5元", "34.5元", note="opening price")
R(f, "price", "chengyao-robotics", 21.2, "HKD", None, None, None, "較招股價21.2元高開", "21.2元",
  note="final offer price; pricing date not given -> period null")
R(f, "price_change", "chengyao-robotics", 62.7, "percent", None, P, None, "高開62.7%", "62.7%", note="open vs offer price")
R(f, "price", "chengyao-robotics", 36, "HKD", None, P, None, "盤中最高見36元", "36元", note="intraday high")
R(f, "price", "chengyao-robotics", 31.38, "HKD", None, P, None, "收報31.38元", "31.38元")
R(f, "price_change", "chengyao-robotics", 48, "percent", None, P, None, "較招股價升48%", "48%", opt=True, note="repeat of the title")
R(f, "price", "chengyao-robotics", 30.1, "HKD", None, P0, None, "暗盤收報30.1元", "30.1元", note="grey-market close (昨日)")
R(f, "price_change", "chengyao-robotics", 42, "percent", None, P0, None, "較招股價升42%", "42%", opt=True, note="repeat of the title")
R(f, "operating_metric", "chengyao-robotics", 6000 * W, "shares", None, None, None, "全球發售6,000萬股", "6,000萬股",
  opt=True, note="offer size in shares; no fitting kind")
R(f, "price", "chengyao-robotics", 18.6, "HKD", None, None, None, "介乎18.6至21.2元", "18.6至21.2元", vmax=21.2,
  opt=True, note="offer-price range; borderline price record")
R(f, "cash_flow", "chengyao-robotics", 12.72 * B, "HKD", "about", None, None, "集資約12.72億元", "約12.72億元",
  opt=True, note="IPO gross proceeds: no contract kind; cash_flow nearest")
R(f, "cash_flow", "chengyao-robotics", 11.9 * B, "HKD", "about", None, None, "所得款項淨額約11.9億元", "約11.9億元",
  opt=True, note="IPO net proceeds: no contract kind; cash_flow nearest")
R(f, "investment", "tencent", 3000 * W, "USD", None, None, None, "分別認購3,000萬美元及2,000萬美元", "3,000萬美元",
  target="chengyao-robotics", cp=None, stake=None, note="cornerstone investment; 分別: first to 騰訊; date not given")
R(f, "investment", "hillhouse", 2000 * W, "USD", None, None, None, "分別認購3,000萬美元及2,000萬美元", "2,000萬美元",
  target="chengyao-robotics", cp=None, stake=None, note="cornerstone investment; 分別: second to 高瓴")
R(f, "revenue", "chengyao-robotics", 6.83 * B, "CNY", None, "2024", Y(56), "2024年收入6.83億元人民幣", "6.83億元人民幣")
R(f, "net_profit", "chengyao-robotics", -4.12 * B, "CNY", None, "2023", None, "2023年的4.12億元人民幣", "4.12億元人民幣",
  note="虧損由…收窄至: 2023 loss")
R(f, "net_profit", "chengyao-robotics", -2.35 * B, "CNY", None, "2024", None, "收窄至2.35億元人民幣", "2.35億元人民幣",
  note="2024 loss (year taken from the preceding clause 2024年收入)")
R(f, "net_profit", "chengyao-robotics", 3120 * W, "CNY", None, "2025H1", None, "純利3,120萬元人民幣", "3,120萬元人民幣",
  note="轉虧為盈: first-half 2025 profit")
R(f, "operating_metric", "chengyao-robotics", 1.2 * W, "units", "about", "2024", Y(70), "出貨量約1.2萬台", "約1.2萬台",
  note="robot shipments 去年 = 2024; 逾七成 hedges the rate")
R(f, "capex_plan", "chengyao-robotics", 15 * B, "CNY", "about", None, None, "投入約15億元人民幣", "約15億元人民幣",
  note="未來三年 plan -> period null")
R(f, "price", "haituo-bio", 8.02, "HKD", None, P, None, "收報8.02元", "8.02元")
R(f, "price_change", "haituo-bio", -11.2, "percent", None, P, None, "較招股價跌11.2%", "11.2%")

# ---------------------------------------------------------------- 數位時代 TW chipmaker monthly revenue
f = "bnext_tw_chip.txt"; M = "2025-11"; YTD = "2025-01/2025-11"
R(f, "revenue", "tsmc", None, None, None, M, {"mom": 4.2}, "營收月增4.2%", "4.2%",
  note="title: growth without a level; １１月 in full-width digits")
R(f, "revenue", "tsmc", 3.41e12, "TWD", None, YTD, None, "累計達3.41兆元", "3.41兆元", note="title; 兆 = 10^12")
R(f, "revenue", "tsmc", 3436.2 * B, "TWD", "about", M, {"mom": 4.2, "yoy": 24.6}, "約新台幣3,436.2億元", "約新台幣3,436.2億元",
  note="114年11月 = 2025-11")
R(f, "revenue", "tsmc", 3297.5 * B, "TWD", None, "2025-10", None, "10月的3,297.5億元", "3,297.5億元")
R(f, "revenue", "tsmc", 3.4128e12, "TWD", None, YTD, Y(33.1), "3兆4,128億元", "3兆4,128億元",
  opt=True, note="repeat of the title 3.41兆 (within tolerance); 3兆4,128億 = 3.4128e12")
R(f, "revenue", "tsmc", 322 * B, "USD", None, "2025Q4", None, "介於322億至334億美元", "322億至334億美元", vmax=334 * B,
  note="company guidance for Q4 revenue (range)")
R(f, "revenue", "umc", 195.3 * B, "TWD", None, M, {"mom": 0.8}, "分別為195.3億元及38.7億元", "195.3億元",
  note="分別: first value and first rate to 聯電")
R(f, "revenue", "vis", 38.7 * B, "TWD", None, M, {"mom": -2.4}, "分別為195.3億元及38.7億元", "38.7億元",
  note="分別: second value and 月減2.4% to 世界先進")
R(f, "net_profit", "powerchip", -27 * B, "TWD", "about", "2025Q3", None, "稅後虧損約27億元", "約27億元")
R(f, "net_profit", "powerchip", -35 * B, "TWD", None, "2025Q2", None, "第二季的35億元", "35億元", note="quarter-ago loss")
R(f, "capex", "tsmc", 298 * B, "USD", "about", "2025Q1/2025Q3", None, "已投入約298億美元", "約298億美元")
R(f, "capex_plan", "tsmc", 400 * B, "USD", None, "2025", None, "400億至420億美元", "400億至420億美元", vmax=420 * B,
  note="full-year 2025 capex plan (range)")
R(f, "capex_plan", "tsmc", 480 * B, "USD", "up_to", "2026", Y(10), "上看480億美元", "上看480億美元",
  opt=True, note="analyst (法人) forecast of next year's capex -> optional; 上看 read as up_to; 逾一成 hedges the rate")
R(f, "net_profit", "tsmc", 4523 * B, "TWD", None, "2025Q3", Y(39.1), "稅後純益達4,523億元", "4,523億元",
  note="EPS 17.44元, margin 59.5%, 1.8個百分點, 74% and target price 1,600元 are not records")

# ---------------------------------------------------------------- ETtoday TW financial holding
f = "ettoday_tw_fhc.txt"; M = "2025-11"; YTD = "2025-01/2025-11"; YTD0 = "2024-01/2024-11"
R(f, "net_profit", "cathay", 1000 * B, "TWD", "over", YTD, None, "前11月賺逾千億", "逾千億",
  note="title; 千億 = 100bn; the body's 1,063.4億 is a different value (recorded separately); EPS 6.82元 is not a record")
R(f, "net_profit", "cathay", None, None, None, M, Y(-12), "11月獲利年減12%", "12%", note="title: growth without a level")
R(f, "net_profit", "cathay", 82.6 * B, "TWD", None, M, {"yoy": -12, "mom": -35}, "自結稅後純益82.6億元", "82.6億元",
  note="自結 = self-reported; 114年11月 = 2025-11; 約35% hedges the mom rate")
R(f, "net_profit", "cathay", 1063.4 * B, "TWD", None, YTD, Y(5.3), "稅後純益1,063.4億元", "1,063.4億元")
R(f, "net_profit", "cathay", 1010 * B, "TWD", None, YTD0, None, "去年同期的1,010億元", "1,010億元")
R(f, "net_profit", "cathay-life", 45.2 * B, "TWD", None, M, None, "國泰人壽11月稅後純益45.2億元", "45.2億元")
R(f, "net_profit", "cathay-life", 698 * B, "TWD", None, YTD, None, "累計前11月達698億元", "698億元")
R(f, "net_profit", "cathay-united-bank", 38.1 * B, "TWD", None, M, None, "單月賺38.1億元", "38.1億元")
R(f, "net_profit", "cathay-united-bank", 400 * B, "TWD", "nearly", YTD, Y(8), "前11月累計近400億元", "近400億元")
R(f, "net_profit", "cathay", 312.5 * B, "TWD", None, "2025Q3", {"qoq": -8.3}, "稅後純益為312.5億元", "312.5億元",
  note="第三季單季")
R(f, "net_profit", "fubon", 1128.7 * B, "TWD", None, YTD, None, "1,128.7億元、652.3億元", "1,128.7億元", note="分別: first to 富邦金")
R(f, "net_profit", "ctbc", 652.3 * B, "TWD", None, YTD, None, "1,128.7億元、652.3億元", "652.3億元", note="分別: second to 中信金")
R(f, "net_profit", "cdfh", 190 * B, "TWD", "about", YTD, Y(-10), "賺約190億元", "約190億元", note="逾一成 hedges the rate")
R(f, "net_profit", "shin-kong-life", -28 * B, "TWD", "about", YTD, None, "仍虧損約28億元", "約28億元",
  note="subsidiary's own figure, subject the subsidiary (新光人壽)")
R(f, "net_profit", "shin-kong-life", -56 * B, "TWD", None, YTD0, None, "去年同期虧損56億元", "56億元")

# ---------------------------------------------------------------- 天下雜誌 TW retail / e-commerce
f = "cw_tw_retail.txt"; Q3 = "2025Q3"; M9 = "2025Q1/2025Q3"; M9_0 = "2024Q1/2024Q3"
R(f, "operating_metric", "president-chain-store", 7000, "stores", "nearly", "2025-09", None, "門市逼近七千家", "逼近七千家",
  note="title; period from the body (截至9月底)")
R(f, "users", "momo", 1000 * W, "users", "over", "2025-09", None, "會員破千萬", "破千萬",
  note="title: active members (body: 約1,180萬人 as of end-September); 破 = over")
R(f, "revenue", "momo", 273.5 * B, "TWD", None, Q3, Y(3.2), "第三季營收273.5億元", "273.5億元")
R(f, "net_profit", "momo", 11.8 * B, "TWD", None, Q3, Y(-9), "稅後淨利11.8億元", "11.8億元")
R(f, "revenue", "momo", 837 * B, "TWD", "about", M9, None, "累計營收約837億元", "約837億元")
R(f, "revenue", "momo", 812 * B, "TWD", None, M9_0, None, "去年同期的812億元", "812億元")
R(f, "users", "momo", 1180 * W, "users", "about", "2025-09", Y(4), "活躍會員數約1,180萬人", "約1,180萬人",
  note="截至9月底 -> 2025-09 (2025Q3 also defensible)")
R(f, "users", "momo", 1200 * W, "users", "over", "2025-09", None, "超過一千二百萬", "超過一千二百萬",
  note="App monthly active users; 一千二百萬 = 12,000,000")
R(f, "orders", "momo", 520 * W, "orders", "over", "2025-11-11", None, "訂單量突破520萬筆", "突破520萬筆",
  note="orders on 雙11 (Nov 11) of this year")
R(f, "market_share", "momo", 22, "percent", "about", None, None, "市占率約22%", "約22%",
  note="company's own estimate; period not pinned; +0.8個百分點 is not a growth rate (no change)")
R(f, "operating_metric", "president-chain-store", 6954, "stores", None, "2025-09", None, "門市達6,954家", "6,954家")
R(f, "operating_metric", "president-chain-store", 42, "stores", None, Q3, None, "淨增42家", "42家",
  opt=True, delta=("qoq",), note="net store additions in the quarter: absolute change, not a level -> optional with delta=true")
R(f, "revenue", "president-chain-store", 2312 * B, "TWD", None, M9, None, "合併營收2,312億元", "2,312億元")
R(f, "net_profit", "president-chain-store", 98 * B, "TWD", "about", M9, None, "稅後淨利約98億元", "約98億元")
R(f, "operating_metric", "family-mart-tw", 4380, "stores", "about", None, None, "4,380家左右", "4,380家左右",
  note="左右 = about; date not stated for this count -> period null")
R(f, "net_profit", "family-mart-tw", 24 * B, "TWD", "about", M9, Y(6), "前三季稅後淨利約24億元", "約24億元")
R(f, "capex_plan", "president-chain-store", 110 * B, "TWD", "about", "2026", None, "資本支出約110億元", "約110億元",
  note="明年 relative to the 2025-11-20 dateline")
R(f, "net_profit", "pchome", -4.6 * B, "TWD", "about", M9, Y(-40), "仍虧損約4.6億元", "約4.6億元",
  note="loss narrowed 逾四成 vs a year earlier: encoded as -40 on the stated loss (逾 hedges the rate)")
R(f, "net_profit", "pchome", -7.9 * B, "TWD", None, M9_0, None, "去年同期的7.9億元", "7.9億元", note="year-ago loss")
R(f, "operating_metric", "momo", 1450, "TWD", "about", None, None, "客單價停在約1,450元", "約1,450元",
  opt=True, note="average order value: per-order figure, as in the seed gold (optional)")

# ---------------------------------------------------------------- 三立財經 TW market close
f = "setn_tw_market.txt"; P = "2025-12-11"
R(f, "price_change", "taiex", 287, "points", None, P, None, "大漲287點", "287點", note="title; date from the dateline 2025/12/11")
R(f, "price", "taiex", 27518, "points", None, P, None, "收２７，５１８點", "２７，５１８點", note="title; full-width digits and comma")
R(f, "cash_flow", "外資", 152 * B, "TWD", None, P, None, "外資買超152億元", "152億元",
  opt=True, note="foreign investors' net buying: market fund flow, no contract kind; cash_flow nearest")
R(f, "price_change", "taiex", 287.41, "points", None, P, None, "上漲287.41點", "287.41點", opt=True, note="repeat of the title (within tolerance)")
R(f, "price_change", "taiex", 1.06, "percent", None, P, None, "漲幅1.06%", "1.06%")
R(f, "price", "taiex", 27518.63, "points", None, P, None, "收在27,518.63點", "27,518.63點", opt=True, note="repeat of the title (within tolerance)")
R(f, "price_change", "tpex-index", 2.36, "points", None, P, None, "上漲2.36點", "2.36點")
R(f, "price", "tpex-index", 271.08, "points", None, P, None, "收271.08點", "271.08點")
R(f, "price_change", "tpex-index", 0.88, "percent", None, P, None, "漲幅0.88%", "0.88%")
R(f, "cash_flow", "三大法人", 186.2 * B, "TWD", None, P, None, "合計買超186.2億元", "186.2億元", opt=True, note="institutional net buying; no contract kind")
R(f, "cash_flow", "外資", 152.3 * B, "TWD", None, P, None, "外資買超152.3億元", "152.3億元", opt=True, note="foreign net buying; no contract kind")
R(f, "cash_flow", "投信", 41.5 * B, "TWD", None, P, None, "投信買超41.5億元", "41.5億元", opt=True, note="investment-trust net buying; no contract kind")
R(f, "cash_flow", "自營商", -7.6 * B, "TWD", None, P, None, "自營商賣超7.6億元", "7.6億元", opt=True, note="dealers' net selling (賣超 -> negative); no contract kind")
R(f, "price_change", "tsmc", 25, "TWD", None, P, None, "台積電上漲25元", "25元", note="move in currency units, not percent")
R(f, "price", "tsmc", 1485, "TWD", None, P, None, "收1,485元", "1,485元")
R(f, "price_change", "tsmc", 1.71, "percent", None, P, None, "漲幅1.71%", "1.71%",
  note="貢獻指數約180點 that follows is an index contribution, not a record")
R(f, "price_change", "mediatek", 2.2, "percent", None, P, None, "分別上漲2.2%、1.4%", "2.2%")
R(f, "price_change", "hon-hai", 1.4, "percent", None, P, None, "分別上漲2.2%、1.4%", "1.4%")
R(f, "price_change", "quanta", -0.9, "percent", None, P, None, "廣達則下跌0.9%", "0.9%")
R(f, "price_change", "fubon", 1.2, "percent", None, P, None, "分別上漲1.2%、0.9%", "1.2%")
R(f, "price_change", "cathay", 0.9, "percent", None, P, None, "分別上漲1.2%、0.9%", "0.9%")
R(f, "price_change", "evergreen-marine", -1.8, "percent", None, P, None, "逆勢下跌1.8%", "1.8%")
R(f, "price", "evergreen-marine", 188, "TWD", None, P, None, "收188元", "188元")
R(f, "price_change", "tsmc", 2.3, "percent", None, "2025-12-10", None, "ADR昨晚漲2.3%", "2.3%",
  note="TSMC ADR in New York the previous evening (Taiwan time) = US session of 2025-12-10")
R(f, "price_change", "nikkei-225", 0.7, "percent", None, P, None, "日經225指數收漲0.7%", "0.7%")
R(f, "price_change", "kospi", -0.4, "percent", None, P, None, "韓國綜合指數下跌0.4%", "0.4%")
R(f, "price_change", "taiex", 19.5, "percent", "about", "2025", None, "累計上漲約19.5%", "約19.5%",
  note="year-to-date (今年以來)")


def clean(x):
    """Whole numbers of 1000 or more (money, counts) as ints; drop float noise from 87.6 * 億."""
    if isinstance(x, float):
        if abs(x) >= 1000:
            return int(round(x))
        return round(x, 6)
    return x


def sentence_of(text, start, end):
    title_end = text.index("\n")
    if start < title_end:
        return text[:title_end]
    b = max(text.rfind(c, 0, start) for c in "。！？\n") + 1
    ends = [i for i in (text.find(c, end) for c in "。！？") if i != -1]
    e = min(ends) + 1 if ends else len(text)
    return text[b:e].strip()


def main():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    out = []
    for fname, (title, body) in T.items():
        assert "\n" not in title and "\n" not in body
        text = title + "\n" + body
        n = len(text)
        assert 400 <= n <= 700, (fname, n)
        with open(os.path.join(HERE, "articles", fname), "w", encoding="utf-8") as fh:
            fh.write(text)  # no trailing newline
        for r in G[fname]:
            assert text.count(r["ctx"]) == 1, (fname, r["ctx"], text.count(r["ctx"]))
            assert r["ctx"].count(r["q"]) == 1, (fname, r["ctx"], r["q"])
            s = text.index(r["ctx"]) + r["ctx"].index(r["q"])
            span = [s, s + len(r["q"])]
            quote = text[span[0]:span[1]]
            assert quote == r["q"]
            v, vmax = clean(r["value"]), clean(r["vmax"])
            rec = {"doc": f"{fname}#1", "kind": r["kind"], "subject": r["subject"], "value": v,
                   "value_max": vmax, "unit": r["unit"], "approx": r["approx"], "period": r["period"],
                   "change": r["change"], "span": span, "quote": quote,
                   "sentence": sentence_of(text, span[0], span[1]), "rule": RULE}
            if r["kind"] in DEAL:
                rec.update(target=r["target"], counterparty=r["cp"], stake_pct=r["stake"])
            if r["delta"]:
                rec.update(delta=True, delta_basis=r["delta"][0])
            if r["opt"]:
                rec["optional"] = True
            if r["note"]:
                rec["note"] = r["note"]
            out.append(rec)
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    req = sum(1 for r in out if not r.get("optional"))
    print(f"{len(out)} records, {req} required, {len(out) - req} optional")


if __name__ == "__main__":
    main()
