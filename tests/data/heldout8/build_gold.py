# Builds gold.jsonl from the article files. Every span is computed here from the file text.
import json, os
ROOT = os.path.dirname(os.path.abspath(__file__))
RULE = "heldout8-manual"
OUT = []
P9, P9p = "2025Q1/2025Q3", "2024Q1/2024Q3"

def text_of(name):
    with open(os.path.join(ROOT, "articles", name), encoding="utf-8") as f:
        return f.read()

def sentence_of(text, s, e):
    """The sentence holding text[s:e]: bounded by 。！？!? or the title/body line break."""
    stops = "。！？!?\n"
    a = s
    while a > 0 and text[a - 1] not in stops:
        a -= 1
    b = e
    while b < len(text) and text[b] not in stops:
        b += 1
    if b < len(text) and text[b] != "\n":
        b += 1
    return text[a:b].strip()

class Doc:
    def __init__(self, name):
        self.name, self.text = name, text_of(name)
    def r(self, kind, subject, value, unit, quote, after=None, optional=False, value_max=None,
          approx=None, period=None, change=None, target=None, counterparty=None, stake_pct=None):
        t = self.text
        if after is None:
            assert t.count(quote) == 1, (self.name, quote, t.count(quote))
            s = t.index(quote)
        else:
            assert t.count(after) == 1, (self.name, "anchor", after, t.count(after))
            s = t.index(quote, t.index(after))
        e = s + len(quote)
        assert t[s:e] == quote
        rec = {"doc": self.name + "#1", "kind": kind, "subject": subject, "value": value,
               "value_max": value_max, "unit": unit, "approx": approx, "period": period,
               "change": change, "span": [s, e], "quote": quote,
               "sentence": sentence_of(t, s, e), "rule": RULE}
        if kind in ("stake_sale", "acquisition", "investment"):
            rec.update(target=target, counterparty=counterparty, stake_pct=stake_pct)
        if optional:
            rec["optional"] = True
        OUT.append(rec)

# 1 ---------------------------------------------------------------- 证券时报 e公司 flash, CMB Q3
d = Doc("a_stcn_cmb_q3.txt")
d.r("net_profit", "cmb", 113770000000, "CNY", "1137.7亿元", period=P9, change={"yoy": 0.5})
d.r("revenue", "cmb", 251420000000, "CNY", "2514.20亿元", period=P9, change={"yoy": -0.51})
d.r("net_profit", "cmb", 113772000000, "CNY", "1137.72亿元", period=P9, change={"yoy": 0.52}, optional=True)
d.r("revenue", "cmb", 81571000000, "CNY", "815.71亿元", period="2025Q3", change={"yoy": 2.04, "qoq": -3.6})
d.r("net_profit", "cmb", 38194000000, "CNY", "381.94亿元", period="2025Q3", change={"yoy": 1.28})
d.r("revenue", "cmb", 160753000000, "CNY", "1607.53亿元", period=P9, change={"yoy": 1.85}, optional=True)
d.r("revenue", "cmb", 90667000000, "CNY", "906.67亿元", period=P9, change={"yoy": -4.21}, optional=True)
d.r("revenue", "cmb", 18652000000, "CNY", "186.52亿元", period=P9, change={"yoy": 14.56}, optional=True)
d.r("revenue", "cmb", 3800000000, "CNY", "38亿元", approx="about", period=P9, optional=True)
d.r("adjusted_net_profit", "cmb", 113018000000, "CNY", "1130.18亿元", period=P9)
d.r("adjusted_net_profit", "cmb", 112440000000, "CNY", "1124.40亿元", period=P9p)
d.r("price", "cmb", 42.15, "CNY", "42.15元", period="2025-10-28")
d.r("price_change", "cmb", -0.73, "percent", "0.73%", period="2025-10-28")

# 2 ---------------------------------------------------------------- 界面新闻 feature, Mixue H1
d = Doc("a_jiemian_mixue_h1.txt")
H1, J30 = "2025H1", "2025-06-30"
d.r("net_profit", "mixue", 2700000000, "CNY", "27亿", approx="nearly", period=H1)
d.r("operating_metric", "mixue", 53000, "stores", "5.3万家", period=J30)
d.r("revenue", "mixue", 14875000000, "CNY", "148.75亿元", period=H1, change={"yoy": 39.3})
d.r("net_profit", "mixue", 2693000000, "CNY", "26.93亿元", period=H1, change={"yoy": 42.9}, optional=True)
d.r("net_profit", "mixue", 2651000000, "CNY", "26.51亿元", period=H1)
d.r("operating_metric", "mixue", 53014, "stores", "53014家", period=J30, optional=True)
d.r("operating_metric", "mixue", 48000, "stores", "4.8万家", approx="about", period=J30)
d.r("operating_metric", "mixue", 4733, "stores", "4733家", period=J30)
d.r("operating_metric", "mixue-lucky-cup", 4500, "stores", "4500家", approx="over", period=J30)
d.r("operating_metric", "mixue", 4860000000, "cups", "48.6亿杯", approx="about", period=H1)
d.r("revenue", "guming", 5663000000, "CNY", "56.63亿元", period=H1, change={"yoy": 41.2})
d.r("operating_metric", "guming", 11179, "stores", "11179家", period=J30)
d.r("revenue", "chabaidao", 2500000000, "CNY", "25亿元", approx="about", period=H1)
d.r("net_profit", "chabaidao", None, "CNY", "两成", approx="over", period=H1, change={"yoy": -20})
d.r("revenue", "mixue", 33000000000, "CNY", "330亿元", approx="over", period="2025", optional=True)
d.r("price", "mixue", 438.6, "HKD", "438.6港元", period="2025-09-05")
d.r("price", "mixue", 202.5, "HKD", "202.5港元", optional=True)
d.r("price_change", "mixue", 116, "percent", "116%", approx="over")

# 3 ---------------------------------------------------------------- 香港經濟日報, NWD disposal + placing
d = Doc("a_hket_nwd_disposal.txt")
FY, FYp, D17 = "2024Q3/2025Q2", "2023Q3/2024Q2", "2025-11-17"
d.r("stake_sale", "nwd", 4380000000, "HKD", "43.8億", after="新世界發展43.8億沽", target="victory-harbour",
    counterparty="gaw-capital", stake_pct=50)
d.r("cash_flow", "nwd", 1500000000, "HKD", "15億", approx="over", optional=True)
d.r("stake_sale", "nwd", 4380000000, "HKD", "43.8億港元", approx="about", target="victory-harbour",
    counterparty="gaw-capital", stake_pct=50, optional=True)
d.r("stake_sale", "nwd", 1260000000, "CNY", "12.6億元人民幣", approx="about", target="guangzhou-xinlixing",
    stake_pct=100)
d.r("divestment_proceeds", "nwd", 12000000000, "HKD", "120億港元", approx="over", period="2025")
d.r("price", "nwd", 6.12, "HKD", "6.12元", optional=True)
d.r("price", "nwd", 6.78, "HKD", "6.78元", after="前收市價", period=D17)
d.r("cash_flow", "nwd", 1518000000, "HKD", "15.18億港元", approx="about", optional=True)
d.r("cash_flow", "nwd", 1502000000, "HKD", "15.02億港元", approx="about", optional=True)
d.r("revenue", "nwd", 35580000000, "HKD", "355.8億港元", approx="about", period=FY, change={"yoy": -4.5})
d.r("operating_profit", "nwd", 5660000000, "HKD", "56.6億港元", period=FY, change={"yoy": -23})
d.r("net_profit", "nwd", -14860000000, "HKD", "148.6億港元", period=FY)
d.r("net_profit", "nwd", -19680000000, "HKD", "196.8億港元", period=FYp)
d.r("price", "nwd", 6.78, "HKD", "6.78元", after="昨日收報", period=D17, optional=True)
d.r("price_change", "nwd", -2.4, "percent", "2.4%", period=D17)

# 4 ---------------------------------------------------------------- MoneyDJ, Quanta October sales
d = Doc("a_moneydj_quanta_oct.txt")
d.r("revenue", "quanta", 192350000000, "TWD", "1923.5億元", period="2025-10", change={"mom": 12.4, "yoy": 35.1})
d.r("revenue", "quanta", 192350000000, "TWD", "1,923.5億元", period="2025-10", change={"mom": 12.4, "yoy": 35.1},
    optional=True)
d.r("revenue", "quanta", 1610000000000, "TWD", "1.61兆元", period="2025-01/2025-10", change={"yoy": 38.6})
d.r("revenue", "quanta", 171130000000, "TWD", "1,711.3億元", period="2025-09")
d.r("revenue", "quanta", 531680000000, "TWD", "5,316.8億元", period="2025Q3", change={"qoq": 8.2, "yoy": 29.4})
d.r("operating_profit", "quanta", 22560000000, "TWD", "225.6億元", period="2025Q3", change={"qoq": 10.1})
d.r("net_profit", "quanta", 18140000000, "TWD", "181.4億元", period="2025Q3", change={"yoy": 17.3})
d.r("net_profit", "quanta", 51000000000, "TWD", "510億元", approx="about", period=P9)
d.r("operating_metric", "quanta", None, "units", "5成", approx="over", period="2025Q4", change={"qoq": 50})
d.r("capex_plan", "quanta", 30000000000, "TWD", "300億元", approx="about", period="2025")
d.r("capex_plan", "quanta", None, "TWD", "兩成", approx="over", period="2026", change={"unspecified": 20})
d.r("operating_metric", "quanta", 4200000, "units", "420萬台", approx="about", period="2025-10", change={"mom": 5})
d.r("revenue", "quanta", None, "TWD", "一成", approx="over", period="2025Q4", change={"qoq": 10}, optional=True)
d.r("revenue", "quanta", 2000000000000, "TWD", "2兆元", approx="over", period="2025", optional=True)
d.r("revenue", "wistron", 208160000000, "TWD", "2,081.6億元", period="2025-10", change={"yoy": 190})
d.r("revenue", "inventec", 60100000000, "TWD", "601億元", approx="about", period="2025-10", change={"yoy": -3.2})
d.r("price", "quanta", 289.5, "TWD", "289.5元", period="2025-11-10")
d.r("price_change", "quanta", 2.3, "percent", "2.3%", period="2025-11-10")

# 5 ---------------------------------------------------------------- 上海证券报 公告速递 list
d = Doc("a_cnstock_announcements.txt")
d.r("acquisition", "moutai-group", 3000000000, "CNY", "30亿元至33亿元", value_max=3300000000,
    target="kweichow-moutai")
d.r("acquisition", "moutai-group", 3000000000, "CNY", "30亿元、不超过33亿元", value_max=3300000000,
    target="kweichow-moutai", optional=True)
d.r("stake_sale", "gc-vi-limited", None, None, "1%", after="不超过公司总股本的", approx="up_to",
    target="wuxi-apptec", stake_pct=1)
d.r("net_profit", "longi", -3200000000, "CNY", "-32亿元至-28亿元", value_max=-2800000000, period=P9)
d.r("net_profit", "longi", -6440000000, "CNY", "-64.4亿元", period=P9p)
d.r("adjusted_net_profit", "longi", -3600000000, "CNY", "-36亿元至-31.5亿元", value_max=-3150000000, period=P9)
d.r("net_profit", "jiangxi-copper", 5800000000, "CNY", "58亿元至62亿元", value_max=6200000000, period=P9,
    change={"yoy": 20})
d.r("acquisition", "zijin", 980000000, "USD", "9.8亿美元", approx="about", target="rg-gold",
    counterparty="steppe-gold-partners", stake_pct=100)
d.r("revenue", "smic", 2350000000, "USD", "23.5亿美元", period="2025Q3", change={"qoq": 7.8, "yoy": 9.9})

# 6 ---------------------------------------------------------------- 經濟通 HK close
d = Doc("a_etnet_hk_close.txt")
D, W = "2025-10-17", "2025-10-13/2025-10-17"
d.r("price_change", "hsi", -341, "points", "341點", after="港股收市", period=D)
d.r("price", "hsi", 25906, "points", "25,906", after="港股收市", period=D)
d.r("price_change", "hstech", -1.8, "percent", "1.8%", after="港股收市", period=D)
d.r("cash_flow", "southbound", 9600000000, "HKD", "96億", after="港股收市", period=D, optional=True)
d.r("price", "hsi", 25906, "points", "25,906點", period=D, optional=True)
d.r("price_change", "hsi", -341, "points", "341點", after="恒指收報", period=D, optional=True)
d.r("price_change", "hsi", -1.3, "percent", "1.3%", after="恒指收報", period=D)
d.r("price_change", "hsi", -512, "points", "512點", period=D, optional=True)
d.r("price", "hsi", 25735, "points", "25,735點", period=D, optional=True)
d.r("price", "hscei", 9236, "points", "9,236點", period=D)
d.r("price_change", "hscei", -126, "points", "126點", period=D)
d.r("price_change", "hscei", -1.35, "percent", "1.35%", period=D)
d.r("price", "hstech", 5880, "points", "5,880點", after="科指收報", period=D)
d.r("price_change", "hstech", -1.8, "percent", "1.8%", after="科指收報", period=D, optional=True)
d.r("price_change", "hsi", -2.6, "percent", "2.6%", period=W)
d.r("price_change", "hstech", -3.9, "percent", "3.9%", period=W)
d.r("price", "tencent", 628, "HKD", "628元", period=D)
d.r("price_change", "tencent", -1.6, "percent", "1.6%", period=D)
d.r("price_change", "alibaba", -3, "percent", "3%", after="均跌逾", approx="over", period=D)
d.r("price_change", "jd", -3, "percent", "3%", after="均跌逾", approx="over", period=D)
d.r("price", "alibaba", 158.4, "HKD", "158.4元", period=D)
d.r("price", "jd", 126.2, "HKD", "126.2元", period=D)
d.r("price_change", "meituan", -4, "percent", "4%", after="美團(03690)跌", period=D)
d.r("price", "meituan", 98.35, "HKD", "98.35元", period=D)
d.r("price_change", "xiaomi", 2.1, "percent", "2.1%", period=D)
d.r("price", "xiaomi", 52.6, "HKD", "52.6元", period=D)
d.r("price_change", "aia", 0.8, "percent", "0.8%", period=D)
d.r("price", "aia", 76.45, "HKD", "76.45元", period=D)
d.r("price_change", "hsbc", -0.2, "percent", "0.2%", after="匯豐", period=D)
d.r("price", "hkex", 418.2, "HKD", "418.2元", period=D)
d.r("price_change", "hkex", -1.9, "percent", "1.9%", period=D)
d.r("price_change", "ck-hutchison", 1.2, "percent", "1.2%", after="長和", period=D)
d.r("price", "ck-hutchison", 56.9, "HKD", "56.9元", period=D)
d.r("price_change", "byd", -2.7, "percent", "2.7%", period=D)
d.r("price", "byd", 101.3, "HKD", "101.3元", period=D)
d.r("price", "hsi", 25500, "points", "25,500點", optional=True)
d.r("price", "hsi", 26500, "points", "26,500點", optional=True)
d.r("cash_flow", "southbound", 9600000000, "HKD", "96億港元", approx="about", period=D, optional=True)
d.r("cash_flow", "southbound", 1200000000000, "HKD", "1.2萬億港元", approx="over", period="2025", optional=True)
d.r("price", "shanghai-composite", 3897, "points", "3,897點", period=D)
d.r("price_change", "shanghai-composite", 0.2, "percent", "0.2%", after="上證綜指", period=D)
d.r("price_change", "szse-component", -0.4, "percent", "0.4%", period=D)
d.r("price", "spot-gold", 4120, "USD", "4,120美元", period=D)
d.r("price_change", "spot-gold", 1.1, "percent", "1.1%", period=D)
d.r("price", "hsi-futures", 25880, "points", "25,880點", period=D, optional=True)

# 7 ---------------------------------------------------------------- 第一财经, Microsoft FY26 Q1
d = Doc("a_yicai_microsoft_fy26q1.txt")
Q, D29 = "2025Q3", "2025-10-29"
d.r("revenue", "microsoft", 78100000000, "USD", "781亿美元", period=Q)
d.r("capex", "microsoft", 35200000000, "USD", "352亿美元", after="微软2026财年首季", period=Q)
d.r("price_change", "microsoft", -3, "percent", "3%", after="盘后一度跌约", approx="about", period=D29)
d.r("revenue", "microsoft", 78120000000, "USD", "781.2亿美元", period=Q, change={"yoy": 18.6}, optional=True)
d.r("revenue", "microsoft", 75330000000, "USD", "753.3亿美元", period=Q, optional=True)
d.r("net_profit", "microsoft", 28150000000, "USD", "281.5亿美元", period=Q, change={"yoy": 14})
d.r("revenue", "microsoft-intelligent-cloud", 31240000000, "USD", "312.4亿美元", period=Q, change={"yoy": 29})
d.r("revenue", "microsoft-azure", None, "USD", "39%", period=Q, change={"yoy": 39})
d.r("revenue", "microsoft-productivity", 33460000000, "USD", "334.6亿美元", period=Q, change={"yoy": 17})
d.r("revenue", "microsoft-personal-computing", 13420000000, "USD", "134.2亿美元", period=Q, change={"yoy": 2})
d.r("capex", "microsoft", 35200000000, "USD", "352亿美元", after="资本支出（含融资租赁）达", period=Q,
    change={"yoy": 76}, optional=True)
d.r("capex", "microsoft", 24000000000, "USD", "240亿美元", period="2025Q2")
d.r("revenue", "microsoft", 79800000000, "USD", "798亿美元至809亿美元", value_max=80900000000, period="2025Q4")
d.r("revenue", "microsoft-azure", None, "USD", "36%", approx="about", period="2025Q4", change={"unspecified": 36})
d.r("price_change", "microsoft", -3, "percent", "3%", after="一度下跌约", approx="about", period=D29, optional=True)
d.r("price", "microsoft", 524, "USD", "524美元", approx="about", period=D29)
d.r("revenue", "meta", 51480000000, "USD", "514.8亿美元", period=Q, change={"yoy": 25})
d.r("capex_plan", "meta", 69000000000, "USD", "690亿至710亿美元", value_max=71000000000, period="2025")
d.r("price_change", "meta", -7, "percent", "7%", after="Meta盘后股价重挫逾", approx="over", period=D29)
d.r("revenue", "google", 100000000000, "USD", "千亿美元", approx="over", period=Q, optional=True)
d.r("revenue", "google", 102640000000, "USD", "1026.4亿美元", period=Q)
d.r("price_change", "google", 6, "percent", "6%", after="盘后股价涨超", approx="over", period=D29)

# 8 ---------------------------------------------------------------- IR Q&A record, Haitian (full-width / Chinese numerals / table)
d = Doc("a_irm_haitian_qa.txt")
d.r("capex_plan", "haitian", 2500000000, "CNY", "２５亿元", after="海天味业业绩说明会", approx="up_to")
d.r("revenue", "haitian-overseas", None, "CNY", "三成", approx="over", change={"unspecified": 30})
d.r("revenue", "haitian", 21628000000, "CNY", "216.28", period=P9)
d.r("revenue", "haitian", 20182000000, "CNY", "201.82", period=P9p)
d.r("net_profit", "haitian", 5322000000, "CNY", "53.22", period=P9)
d.r("net_profit", "haitian", 4806000000, "CNY", "48.06", period=P9p)
d.r("cash_flow", "haitian", 4157000000, "CNY", "41.57", period=P9)
d.r("revenue", "haitian", 21628000000, "CNY", "２１６．２８亿元", period=P9, change={"yoy": 7.2}, optional=True)
d.r("revenue", "haitian", 6390000000, "CNY", "六十三点九亿元", period="2025Q3", change={"yoy": 5})
d.r("revenue", "haitian-soy-sauce", 11800000000, "CNY", "一百一十八亿元", approx="about", period=P9)
d.r("revenue", "haitian-oyster-sauce", 2100000000, "CNY", "二十一亿元", approx="about", period=P9)
d.r("revenue", "haitian-condiment-sauce", 2000000000, "CNY", "二十亿元", approx="about", period=P9)
d.r("revenue", "haitian-overseas", None, "CNY", "百分之三十", approx="over", change={"yoy": 30}, optional=True)
d.r("operating_metric", "haitian", 100, "countries", "一百多个", approx="over", optional=True)
d.r("operating_metric", "haitian", 6725, "distributors", "６７２５家", period="2025-09-30")
d.r("revenue", "haitian-online", None, "CNY", "百分之二十二", change={"yoy": 22})
d.r("capex", "haitian", 820000000, "CNY", "八亿二千万元", approx="about", period=P9)
d.r("capex_plan", "haitian", 2500000000, "CNY", "２５亿元", after="未来三年计划投入", approx="up_to", optional=True)
d.r("capex_plan", "haitian", 120000000, "CNY", "一点二亿元")
d.r("cash_flow", "haitian", 9970000000, "HKD", "九十九点七亿港币", approx="about", optional=True)
d.r("cash_flow", "haitian", 9100000000, "CNY", "九十一亿元", approx="about", optional=True)
d.r("cost", "haitian", 150000000, "CNY", "一亿五千万元", period="2025Q3")
d.r("price", "haitian", 41.20, "CNY", "４１．２０元", period="2025-10-29")
d.r("price", "haitian", 38.4, "HKD", "３８．４港币", period="2025-10-29")

with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
    for rec in OUT:
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(OUT), "records")
