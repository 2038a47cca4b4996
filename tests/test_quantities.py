"""factx.quantities: peer vectors, every supported form (Simplified, Traditional, mixed),
things that must not be read, and invariants."""
from __future__ import annotations

import json
import math
from pathlib import Path

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factx.fold import fold
from factx.quantities import CLASSIFIERS, CURRENCIES, Quantity, quantities, scan

PEERS = Path(__file__).parent / "data" / "peers"
OUT_OF_SCOPE = json.loads((PEERS / "out_of_scope.json").read_text(encoding="utf-8"))
PASS_BAR = 0.98


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _load(name: str) -> list[dict]:
    with open(PEERS / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# ---------------------------------------------------------------------------------------------
# Peer vectors. A judge returns True when factx agrees with the peer on one case.

def _judge_numeral(case: dict) -> bool:
    """The whole input is one number worth `value`. A percentage counts as its fraction
    (factx reads 二分之一 and 一半 as 50 percent; Duckling as 0.5)."""
    text = case["input"]
    qs = quantities(text)
    if len(qs) != 1 or (qs[0].start, qs[0].end) != (0, len(text)) or qs[0].value_max is not None:
        return False
    q = qs[0]
    value = q.value / 100 if q.dim == "percent" else q.value
    return _close(value, case["value"])


def _judge_money(case: dict) -> bool:
    """The whole input is one amount. Cent: the value is in fen (x 0.01); Dollar/no unit: no
    currency named, i.e. currency_explicit False; min/max: the hedge says which end."""
    text = case["input"]
    qs = quantities(text)
    if len(qs) != 1 or (qs[0].start, qs[0].end) != (0, len(text)) or qs[0].dim != "money":
        return False
    q = qs[0]
    scale = 0.01 if case["unit_raw"] == "Cent" else 1
    if case["unit"] is None:
        if q.currency_explicit:
            return False
    elif q.unit != case["unit"] or not q.currency_explicit:
        return False
    kind = case["kind"]
    if kind == "exact":
        return _close(q.value, case["value"] * scale) and q.value_max is None and q.hedge is None
    if kind == "min":
        return _close(q.value, case["min"] * scale) and q.hedge in ("at_least", "over")
    if kind == "max":
        return _close(q.value, case["max"] * scale) and q.hedge == "up_to"
    return _close(q.value, case["min"] * scale) and _close(q.value_max, case["max"] * scale)


def _judge_currency(case: dict) -> bool:
    """Every money mention, in order, with span (peer ends are inclusive), value and ISO unit (a
    peer unit of null, for a bare `$` or a crypto coin, accepts any unit)."""
    got = [q for q in quantities(case["input"]) if q.dim == "money"]
    want = case["expect"]
    if len(got) != len(want):
        return False
    for q, e in zip(got, want):
        if (q.start, q.end) != (e["start"], e["end"] + 1) or not _close(q.value, e["value"]):
            return False
        if e["unit"] is not None and q.unit != e["unit"]:
            return False
    return True


JUDGES = {
    "duckling_zh_numeral.jsonl": _judge_numeral,
    "duckling_zh_money.jsonl": _judge_money,
    "recognizers_zh_currency.jsonl": _judge_currency,
}


@pytest.mark.parametrize("name", sorted(JUDGES))
def test_peer_pass_rate(name):
    judge = JUDGES[name]
    cases = _load(name)
    skipped = OUT_OF_SCOPE["cases"][name]
    in_scope = [c for c in cases if c["id"] not in skipped]
    failed = [c for c in in_scope if not judge(c)]
    rate = 1 - len(failed) / len(in_scope)
    print(f"\n{name}: {len(in_scope) - len(failed)}/{len(in_scope)} in-scope cases pass "
          f"({rate:.1%}); {len(skipped)} listed out of scope")
    for c in failed:
        print("  FAIL", c["id"], c["input"])
    assert rate >= PASS_BAR, [(c["id"], c["input"]) for c in failed]


def test_out_of_scope_list_is_honest():
    """Every listed case exists, has a known category and a reason, and still fails (a case that
    starts passing must leave the list)."""
    categories = OUT_OF_SCOPE["categories"]
    assert set(OUT_OF_SCOPE["cases"]) == set(JUDGES)
    for name, listed in OUT_OF_SCOPE["cases"].items():
        by_id = {c["id"]: c for c in _load(name)}
        for case_id, entry in listed.items():
            assert case_id in by_id, f"{name}: {case_id} is not a case of the peer file"
            assert entry["category"] in categories, case_id
            assert entry["reason"].strip(), case_id
            assert entry["input"] == by_id[case_id]["input"], case_id
            assert not JUDGES[name](by_id[case_id]), f"{case_id} passes now: drop it from the list"


def test_peer_copy_is_complete():
    shared_readme = (PEERS / "README.md").read_text(encoding="utf-8")
    for name in JUDGES:
        assert name in shared_readme
    assert "../shared/peers" in (PEERS / "SOURCE.md").read_text(encoding="utf-8").splitlines()[0]


# ---------------------------------------------------------------------------------------------
# Forms. Each row: Simplified text, Traditional text (None: same), expected mentions as
# (quote folded to Simplified, value, value_max, dim, unit, hedge).

FORMS = [
    # Arabic numbers
    ("营收2477.95亿元", "營收2477.95億元", [("2477.95亿元", 247795000000, None, "money", "CNY", None)]),
    ("营收2,478亿元", "營收2,478億元", [("2,478亿元", 247800000000, None, "money", "CNY", None)]),
    ("不超过130,641,979股", "不超過130,641,979股",
     [("不超过130,641,979股", 130641979, None, "count", "shares", "up_to")]),
    ("２０２５家门店", "２０２５家門店", [("2025家", 2025, None, "count", "companies", None)]),
    ("收报38.58港元", "收報38.58港元", [("38.58港元", 38.58, None, "money", "HKD", None)]),
    ("同比负3%", "同比負3%", [("负3%", -3, None, "percent", "percent", None)]),
    ("同比-5%", None, [("-5%", -5, None, "percent", "percent", None)]),
    ("同比−5%", None, [("-5%", -5, None, "percent", "percent", None)]),
    ("增长9-10%", "增長9-10%", [("9-10%", 9, 10, "percent", "percent", None)]),
    ("增长９－１０％", "增長９－１０％", [("9-10%", 9, 10, "percent", "percent", None)]),
    # decimal ends joined by a hyphen are a range, not a date or a version number
    ("预计为322.5-325.5亿美元", "預計為322.5-325.5億美元",
     [("322.5-325.5亿美元", 32250000000, 32550000000, "money", "USD", None)]),
    ("1.5-2.0亿元", "1.5-2.0億元", [("1.5-2.0亿元", 150000000, 200000000, "money", "CNY", None)]),
    # Chinese numerals
    ("投入三千八百亿元", "投入三千八百億元", [("三千八百亿元", 380000000000, None, "money", "CNY", None)]),
    ("两百家", "兩百家", [("两百家", 200, None, "count", "companies", None)]),
    ("一千零五人", None, [("一千零五人", 1005, None, "count", "people", None)]),
    ("十万辆", "十萬輛", [("十万辆", 100000, None, "count", "vehicles", None)]),
    ("二十亿美元", "二十億美元", [("二十亿美元", 2000000000, None, "money", "USD", None)]),
    ("〇", None, [("〇", 0, None, "number", None, None)]),
    ("零元", None, [("零元", 0, None, "money", "CNY", None)]),
    ("人民币壹佰贰拾万元整", "人民幣壹佰貳拾萬元整",
     [("人民币壹佰贰拾万元整", 1200000, None, "money", "CNY", None)]),
    ("叁拾叁", None, [("叁拾叁", 33, None, "number", None, None)]),
    ("參拾參", None, [("参拾参", 33, None, "number", None, None)]),  # 參 folds to 参
    ("俩", "倆", [("俩", 2, None, "number", None, None)]),
    ("幺", None, [("幺", 1, None, "number", None, None)]),
    ("哥仨家", None, [("仨家", 3, None, "count", "companies", None)]),
    ("百分之三十五点八", "百分之三十五點八", [("百分之三十五点八", 35.8, None, "percent", "percent", None)]),
    ("一点五", "一點五", [("一点五", 1.5, None, "number", None, None)]),
    ("1点5", "1點5", [("1点5", 1.5, None, "number", None, None)]),
    # Arabic with Chinese magnitudes
    ("7亿用户", "7億用戶", [("7亿", 700000000, None, "number", None, None)]),
    ("1.2亿单", "1.2億單", [("1.2亿单", 120000000, None, "count", "orders", None)]),
    ("市值4.3兆美元", "市值4.3兆美元", [("4.3兆美元", 4300000000000, None, "money", "USD", None)]),
    ("1.2万亿元", "1.2萬億元", [("1.2万亿元", 1200000000000, None, "money", "CNY", None)]),
    ("3千亿元", "3千億元", [("3千亿元", 300000000000, None, "money", "CNY", None)]),
    ("营收达新台币2兆589.49亿元", "營收達新台幣2兆589.49億元",
     [("新台币2兆589.49亿元", 2058949000000, None, "money", "TWD", None)]),
    ("1亿2000万元", "1億2000萬元", [("1亿2000万元", 120000000, None, "money", "CNY", None)]),
    ("约93 亿元", "約93 億元", [("约93 亿元", 9300000000, None, "money", "CNY", "about")]),
    ("烧钱超千亿。", "燒錢超千億。", [("超千亿", 100000000000, None, "number", None, "over")]),
    ("营收破兆元", "營收破兆元", [("破兆元", 1000000000000, None, "money", "CNY", "over")]),
    ("千亿元", "千億元", [("千亿元", 100000000000, None, "money", "CNY", None)]),
    ("上百亿元", "上百億元", [("上百亿元", 10000000000, None, "money", "CNY", "over")]),
    # approximate Chinese
    ("十几亿", "十幾億", [("十几亿", 1000000000, None, "number", None, "over")]),
    ("数百亿", "數百億", [("数百亿", 10000000000, None, "number", None, "about")]),
    ("数十亿美元", "數十億美元", [("数十亿美元", 1000000000, None, "money", "USD", "about")]),
    ("几十万人", "幾十萬人", [("几十万人", 100000, None, "count", "people", "about")]),
    ("三四块", "三四塊", [("三四块", 3, 4, "money", "CNY", None)]),
    ("七八成", None, [("七八成", 70, 80, "percent", "percent", None)]),
    ("两三家", "兩三家", [("两三家", 2, 3, "count", "companies", None)]),
    ("三四十亿", "三四十億", [("三四十亿", 3000000000, 4000000000, "number", None, None)]),
    ("20多亿", "20多億", [("20多亿", 2000000000, None, "number", None, "over")]),
    ("一百多万", "一百多萬", [("一百多万", 1000000, None, "number", None, "over")]),
    # money: currencies after and before the number
    ("15元", None, [("15元", 15, None, "money", "CNY", None)]),
    ("50元人民币", "50元人民幣", [("50元人民币", 50, None, "money", "CNY", None)]),
    ("74亿元人民币", "74億元人民幣", [("74亿元人民币", 7400000000, None, "money", "CNY", None)]),
    ("人民币3.14", "人民幣3.14", [("人民币3.14", 3.14, None, "money", "CNY", None)]),
    ("5美元", None, [("5美元", 5, None, "money", "USD", None)]),
    ("5美金", None, [("5美金", 5, None, "money", "USD", None)]),
    ("US$5", None, [("US$5", 5, None, "money", "USD", None)]),
    ("＄5", None, [("$5", 5, None, "money", "USD", None)]),
    ("3.14港币", "3.14港幣", [("3.14港币", 3.14, None, "money", "HKD", None)]),
    ("港币3.14", "港幣3.14", [("港币3.14", 3.14, None, "money", "HKD", None)]),
    ("3港圆", "3港圓", [("3港圆", 3, None, "money", "HKD", None)]),
    ("HK$3.5", None, [("HK$3.5", 3.5, None, "money", "HKD", None)]),
    ("700亿新台币", "700億新臺幣", [("700亿新台币", 70000000000, None, "money", "TWD", None)]),
    ("5306亿台币", "5306億台幣", [("5306亿台币", 530600000000, None, "money", "TWD", None)]),
    ("NT$100", None, [("NT$100", 100, None, "money", "TWD", None)]),
    ("1欧元", "1歐元", [("1欧元", 1, None, "money", "EUR", None)]),
    ("1万亿日元", "1萬億日元", [("1万亿日元", 1000000000000, None, "money", "JPY", None)]),
    ("100日圆", "100日圓", [("100日圆", 100, None, "money", "JPY", None)]),
    ("3英镑", "3英鎊", [("3英镑", 3, None, "money", "GBP", None)]),
    ("1000韩元", "1000韓元", [("1000韩元", 1000, None, "money", "KRW", None)]),
    ("20澳元", None, [("20澳元", 20, None, "money", "AUD", None)]),
    ("30加元", None, [("30加元", 30, None, "money", "CAD", None)]),
    ("50卢布", "50盧布", [("50卢布", 50, None, "money", "RUB", None)]),
    ("1.0092瑞士法郎", None, [("1.0092瑞士法郎", 1.0092, None, "money", "CHF", None)]),
    ("RMB 100", None, [("RMB 100", 100, None, "money", "CNY", None)]),
    ("100 USD", None, [("100 USD", 100, None, "money", "USD", None)]),
    ("￥300", None, [("￥300", 300, None, "money", "CNY", None)]),
    ("453.60元人民币/桶", "453.60元人民幣/桶", [("453.60元人民币/桶", 453.6, None, "money", "CNY", None)]),
    ("7块", "7塊", [("7块", 7, None, "money", "CNY", None)]),
    ("七蚊", None, [("七蚊", 7, None, "money", "CNY", None)]),
    ("五块六", "五塊六", [("五块六", 5.6, None, "money", "CNY", None)]),
    ("五块六毛八", "五塊六毛八", [("五块六毛八", 5.68, None, "money", "CNY", None)]),
    ("3块5", "3塊5", [("3块5", 3.5, None, "money", "CNY", None)]),
    ("50元6角三分", None, [("50元6角三分", 50.63, None, "money", "CNY", None)]),
    ("两毛五", "兩毛五", [("两毛五", 0.25, None, "money", "CNY", None)]),
    ("两角五分", "兩角五分", [("两角五分", 0.25, None, "money", "CNY", None)]),
    ("五分", None, [("五分", 0.05, None, "money", "CNY", None)]),
    ("2角", None, [("2角", 0.2, None, "money", "CNY", None)]),
    ("五仙", None, [("五仙", 0.05, None, "money", "HKD", None)]),
    ("一块多", "一塊多", [("一块多", 1, None, "money", "CNY", "over")]),
    ("三块钱", "三塊錢", [("三块钱", 3, None, "money", "CNY", None)]),
    ("两美元又三美分", "兩美元又三美分", [("两美元又三美分", 2.03, None, "money", "USD", None)]),
    ("50美分", None, [("50美分", 0.5, None, "money", "USD", None)]),
    ("20个比特币", "20個比特幣", [("20个比特币", 20, None, "money", "BTC", None)]),
    ("100元港币", "100元港幣", [("100元港币", 100, None, "money", "HKD", None)]),
    ("5美刀", None, [("5美刀", 5, None, "money", "USD", None)]),
    # percentages, percentage points, 成, fractions
    ("35.8%", "35.8％", [("35.8%", 35.8, None, "percent", "percent", None)]),
    ("5‰", None, [("5‰", 0.5, None, "percent", "percent", None)]),
    ("毛利率提升6.3个百分点", "毛利率提升6.3個百分點", [("6.3个百分点", 6.3, None, "pp", "pp", None)]),
    ("降息25个基点", "降息25個基點", [("25个基点", 25, None, "pp", "bp", None)]),
    ("六成", None, [("六成", 60, None, "percent", "percent", None)]),
    ("三成半", None, [("三成半", 35, None, "percent", "percent", None)]),
    ("三分之二", None, [("三分之二", 200 / 3, None, "percent", "percent", None)]),
    ("五分之二", None, [("五分之二", 40, None, "percent", "percent", None)]),
    ("千分之三", None, [("千分之三", 0.3, None, "percent", "percent", None)]),
    ("超过一半", "超過一半", [("超过一半", 50, None, "percent", "percent", "over")]),
    ("9%至10%", None, [("9%至10%", 9, 10, "percent", "percent", None)]),
    ("9%-10%", None, [("9%-10%", 9, 10, "percent", "percent", None)]),
    ("毛利率约44.5%至47.5%", "毛利率約44.5%至47.5%",
     [("约44.5%至47.5%", 44.5, 47.5, "percent", "percent", "about")]),
    # multiples
    ("营收翻倍", "營收翻倍", [("翻倍", 2, None, "multiple", None, None)]),
    ("翻两番", "翻兩番", [("翻两番", 4, None, "multiple", None, None)]),
    ("增长一倍", "增長一倍", [("一倍", 1, None, "multiple", None, None)]),
    ("两倍", "兩倍", [("两倍", 2, None, "multiple", None, None)]),
    ("提升10倍", None, [("10倍", 10, None, "multiple", None, None)]),
    # counts
    ("超2亿笔", "超2億筆", [("超2亿笔", 200000000, None, "count", "orders", "over")]),
    ("8000万单", "8000萬單", [("8000万单", 80000000, None, "count", "orders", None)]),
    ("260万股", "260萬股", [("260万股", 2600000, None, "count", "shares", None)]),
    ("1.9万名", "1.9萬名", [("1.9万名", 19000, None, "count", "people", None)]),
    ("15位股东", "15位股東", [("15位", 15, None, "count", "people", None)]),
    ("5912万人", "5912萬人", [("5912万人", 59120000, None, "count", "people", None)]),
    ("2000余家", "2000餘家", [("2000余家", 2000, None, "count", "companies", "over")]),
    ("突破1000万次", "突破1000萬次", [("突破1000万次", 10000000, None, "count", "times", "over")]),
    ("108796辆", "108796輛", [("108796辆", 108796, None, "count", "vehicles", None)]),
    # power and energy: 千/兆/吉 before 瓦 are SI prefixes, not magnitudes (20万千瓦 is not 201,000)
    ("装机20万千瓦", "裝機20萬千瓦", [("20万千瓦", 200000, None, "count", "kilowatts", None)]),
    ("500兆瓦光伏", "500兆瓦光伏", [("500兆瓦", 500, None, "count", "megawatts", None)]),
    ("出货量6.8GW", "出貨量6.8GW", [("6.8GW", 6.8, None, "count", "gigawatts", None)]),
    ("发电量4,312.6亿千瓦时", "發電量4,312.6億千瓦時",
     [("4,312.6亿千瓦时", 431260000000, None, "count", "kilowatt-hours", None)]),
    ("储能出货1.2GWh", "儲能出貨1.2GWh", [("1.2GWh", 1.2, None, "count", "gigawatt-hours", None)]),
    ("4330万台", "4330萬臺", [("4330万台", 43300000, None, "count", "units", None)]),
    ("3部手机", "3部手機", [("3部", 3, None, "count", "units", None)]),
    ("五六个", "五六個", [("五六个", 5, 6, "count", "items", None)]),
    ("两个半", "兩個半", [("两个半", 2.5, None, "count", "items", None)]),
    ("5件", None, [("5件", 5, None, "count", "items", None)]),
    ("6款", None, [("6款", 6, None, "count", "models", None)]),
    ("3份", None, [("3份", 3, None, "count", "copies", None)]),
    ("1000万人次", "1000萬人次", [("1000万人次", 10000000, None, "count", "person-times", None)]),
    # index points
    ("道指跌420点", "道指跌420點", [("420点", 420, None, "points", "points", None)]),
    ("跌超420点", "跌超420點", [("超420点", 420, None, "points", "points", "over")]),
    ("以25830点收市", "以25830點收市", [("25830点", 25830, None, "points", "points", None)]),
    # ranges
    ("910亿至930亿美元", "910億至930億美元",
     [("910亿至930亿美元", 91000000000, 93000000000, "money", "USD", None)]),
    ("95.1亿至105.57亿元", "95.1億至105.57億元",
     [("95.1亿至105.57亿元", 9510000000, 10557000000, "money", "CNY", None)]),
    ("1421亿至1501亿元", "1421億至1501億元",
     [("1421亿至1501亿元", 142100000000, 150100000000, "money", "CNY", None)]),
    ("9.1至9.3亿", "9.1至9.3億", [("9.1至9.3亿", 910000000, 930000000, "number", None, None)]),
    ("4000至6000元", None, [("4000至6000元", 4000, 6000, "money", "CNY", None)]),
    ("5.6到5.78元", None, [("5.6到5.78元", 5.6, 5.78, "money", "CNY", None)]),
    ("五块六到五块七毛八", "五塊六到五塊七毛八", [("五块六到五块七毛八", 5.6, 5.78, "money", "CNY", None)]),
    ("3~5家", None, [("3~5家", 3, 5, "count", "companies", None)]),
    ("3—5家", None, [("3—5家", 3, 5, "count", "companies", None)]),
    # a unit shared from the right
    ("下降到191和130亿元", "下降到191和130億元",
     [("191", 19100000000, None, "money", "CNY", None),
      ("130亿元", 13000000000, None, "money", "CNY", None)]),
    ("分别为191、130亿元", "分別為191、130億元",
     [("191", 19100000000, None, "money", "CNY", None),
      ("130亿元", 13000000000, None, "money", "CNY", None)]),
    ("191与130亿元", "191與130億元",
     [("191", 19100000000, None, "money", "CNY", None),
      ("130亿元", 13000000000, None, "money", "CNY", None)]),
    ("3及5家", None, [("3", 3, None, "count", "companies", None), ("5家", 5, None, "count", "companies", None)]),
    # hedges
    ("约7亿美元", "約7億美元", [("约7亿美元", 700000000, None, "money", "USD", "about")]),
    ("大约5%", "大約5%", [("大约5%", 5, None, "percent", "percent", "about")]),
    ("折合约人民币50亿元", "折合約人民幣50億元",
     [("约人民币50亿元", 5000000000, None, "money", "CNY", "about")]),
    ("约合156亿港元", "約合156億港元", [("约合156亿港元", 15600000000, None, "money", "HKD", "about")]),
    ("约新台币700亿元", "約新臺幣700億元", [("约新台币700亿元", 70000000000, None, "money", "TWD", "about")]),
    ("150亿左右", "150億左右", [("150亿左右", 15000000000, None, "number", None, "about")]),
    ("100万上下", "100萬上下", [("100万上下", 1000000, None, "number", None, "about")]),
    ("超300亿", "超300億", [("超300亿", 30000000000, None, "number", None, "over")]),
    ("超过360亿元", "超過360億元", [("超过360亿元", 36000000000, None, "money", "CNY", "over")]),
    ("逾3亿元", "逾3億元", [("逾3亿元", 300000000, None, "money", "CNY", "over")]),
    ("75%以上", None, [("75%以上", 75, None, "percent", "percent", "over")]),
    ("近20亿元", "近20億元", [("近20亿元", 2000000000, None, "money", "CNY", "nearly")]),
    ("将近20亿元", "將近20億元", [("将近20亿元", 2000000000, None, "money", "CNY", "nearly")]),
    ("接近六成", None, [("接近六成", 60, None, "percent", "percent", "nearly")]),
    ("最高约131亿港元", "最高約131億港元", [("最高约131亿港元", 13100000000, None, "money", "HKD", "up_to")]),
    ("不超过3%", "不超過3%", [("不超过3%", 3, None, "percent", "percent", "up_to")]),
    ("至多5家", None, [("至多5家", 5, None, "count", "companies", "up_to")]),
    ("最多一块二", "最多一塊二", [("最多一块二", 1.2, None, "money", "CNY", "up_to")]),
    ("3%以内", None, [("3%以内", 3, None, "percent", "percent", "up_to")]),
    ("1.2元以下", None, [("1.2元以下", 1.2, None, "money", "CNY", "up_to")]),
    ("至少三块零四", "至少三塊零四", [("至少三块零四", 3.04, None, "money", "CNY", "at_least")]),
    ("不低于5%", "不低於5%", [("不低于5%", 5, None, "percent", "percent", "at_least")]),
    ("不少于100家", "不少於100家", [("不少于100家", 100, None, "count", "companies", "at_least")]),
    # bare numbers
    ("3亿", "3億", [("3亿", 300000000, None, "number", None, None)]),
    ("(9988)", None, [("9988", 9988, None, "number", None, None)]),
]


def _check(text: str, expected: list[tuple]) -> None:
    got = quantities(text)
    for q in got:
        assert isinstance(q, Quantity)
        assert q.text == text[q.start:q.end]
    shown = [(fold(q.text), q.value, q.value_max, q.dim, q.unit, q.hedge) for q in got]
    assert len(got) == len(expected), shown
    for q, (quote, value, value_max, dim, unit, hedge) in zip(got, expected):
        assert fold(q.text) == quote, shown
        assert _close(q.value, value), shown
        assert _close(q.value_max, value_max), shown
        assert (q.dim, q.unit, q.hedge) == (dim, unit, hedge), shown
        if isinstance(value, int) and dim != "percent":
            assert type(q.value) is int, shown  # 247795000000, not 247795000000.0


@pytest.mark.parametrize("simplified, traditional, expected", FORMS, ids=[f[0] for f in FORMS])
def test_form(simplified, traditional, expected):
    _check(simplified, expected)
    if traditional is not None:
        _check(traditional, expected)


def test_mixed_script_sentence():
    text = "鴻海營收约新台幣2兆589.49億元，同比增長11%，净利润576.73亿元，約合22.50億美元"
    got = quantities(text)
    assert [(q.text, q.value, q.dim, q.unit, q.hedge) for q in got] == [
        ("约新台幣2兆589.49億元", 2058949000000, "money", "TWD", "about"),
        ("11%", 11, "percent", "percent", None),
        ("576.73亿元", 57673000000, "money", "CNY", None),
        ("約合22.50億美元", 2250000000, "money", "USD", "about"),
    ]


def test_flags_and_fields():
    q, = quantities("約7億美元")
    assert (q.currency_explicit, q.scaled, q.per) == (True, True, None)
    q, = quantities("收在236.5元")
    assert (q.currency_explicit, q.scaled) == (False, False)  # bare 元: the pipeline may swap in TWD
    q, = quantities("7块")
    assert q.currency_explicit is False
    q, = quantities("价格58.8美元/盎司")
    assert (q.text, q.value, q.unit, q.per) == ("58.8美元/盎司", 58.8, "USD", "盎司")
    q, = quantities("套现超300亿")
    assert (q.dim, q.unit, q.scaled) == ("number", None, True)
    q, = quantities("约人民币50亿元")
    assert q.currency_explicit is True
    q, = quantities("2兆589.49亿元")
    assert type(q.value) is int and q.value == 2058949000000


def test_bare_currency_names_have_no_value():
    got = quantities("人民币 美元")
    assert [(q.text, q.value, q.dim, q.unit) for q in got] == [
        ("人民币", None, "money", "CNY"), ("美元", None, "money", "USD")]


def test_full_width_comma_between_half_width_digits_separates():
    got = quantities("在下面的价格中选一个，$20，300美圆, ￥300, ok?")
    assert [(q.text, q.value, q.unit) for q in got if q.dim == "money"] == [
        ("$20", 20, "USD"), ("300美圆", 300, "USD"), ("￥300", 300, "CNY")]
    # scan() on folded text alone cannot tell the two commas apart; with the original it can
    text = "$20，300美圆"
    assert [q.text for q in scan(fold(text), text)] == ["$20", "300美圆"]


def test_scan_matches_quantities():
    text = "阿里以最高約131億港元出售，套現超300億；營收2,991億元，同比增長15%。"
    folded = fold(text)
    a = [(q.start, q.end, q.value, q.dim, q.unit, q.hedge) for q in quantities(text)]
    b = [(q.start, q.end, q.value, q.dim, q.unit, q.hedge) for q in scan(folded)]
    assert a == b
    assert all(q.text == folded[q.start:q.end] for q in scan(folded))


# ---------------------------------------------------------------------------------------------
# Not quantities: periods, dates, identifiers, ordinals, words that contain numerals.

NOT_QUANTITIES = [
    "2025年", "2025年12月4日", "12月3日", "3个月", "三個月", "两个半月", "近3年", "10余年", "3个多月",
    "三季度", "二季度", "前三季", "第三季度", "第十三家", "第3", "一季度", "上半年", "2026财年",
    "2024-2025年", "1-6月", "7月至9月", "2025-11-30", "2025.11.30", "2025/11/30", "9:30",
    "10点30分", "十点三十分", "3点半", "下午3点", "56岁", "Q3", "H1", "2024Q3", "Qwen3", "GPT-5",
    "H20", "480B", "5G网络", "4K", "1+6+N", "1.2.3", "90后", "00后", "版本v1.2",
    "万科", "百度", "千方百计", "一些", "统一", "万一出现", "一直", "十分重要", "五角大楼",
    "冰山一角", "三角债", "两岸", "一带一路", "三大运营商", "零售", "零部件", "大陆", "队伍",
    "元宇宙", "多元化", "两块业务", "一块土地", "一二线城市", "唯一", "之一", "百分百", "亿万富翁",
    "千亿级市场", "万亿级", "一成不变", "五成员国", "半导体", "半年", "半个月", "一次性", "两位数增长",
    "签约", "标准普尔指数下降", "单位：亿元", "金额（万元）", "亿元级别", "订单号 A202107211321363588510367", "成千上万", "一點", "三點鐘",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_a_quantity(text):
    assert quantities(text) == [], [(q.text, q.value, q.dim) for q in quantities(text)]


def test_numbers_next_to_periods_keep_their_own_reading():
    got = quantities("截至2025年12月4日，累计套现已超300亿元")
    assert [(q.text, q.value, q.hedge) for q in got] == [("超300亿元", 30000000000, "over")]
    got = quantities("新增1亿日活")  # 日 here is 日活 (DAU), not a date
    assert [(q.text, q.value) for q in got] == [("1亿", 100000000)]


def test_change_then_level_is_not_a_range():
    got = quantities("收入成本按年升12%至183亿元，道指跌420点至3000点")
    assert [(q.text, q.value_max) for q in got] == [
        ("12%", None), ("183亿元", None), ("420点", None), ("3000点", None)]


def test_hedge_words_inside_other_words_are_not_hedges():
    assert [(q.text, q.hedge) for q in quantities("签约10亿元")] == [("10亿元", None)]
    assert [(q.text, q.hedge) for q in quantities("最近30家")] == [("30家", None)]
    assert [(q.text, q.hedge) for q in quantities("跌破3000点")] == [("3000点", None)]


def test_a_space_after_a_hedge_keeps_the_hedge():
    """Taiwan outlets space digits from the words around them: 約 22%, 超過 145 億元."""
    got = quantities("漲幅約 22%，收入超過 145 億元，較上月 3.1 億元")
    assert [(q.text, q.hedge) for q in got] == [("約 22%", "about"), ("超過 145 億元", "over"), ("3.1 億元", None)]


def test_classifier_table_and_currency_table_are_data():
    assert CLASSIFIERS["笔"] == "orders" and CLASSIFIERS["家"] == "companies"
    assert CURRENCIES["港元"] == "HKD" and CURRENCIES["新台币"] == "TWD"


# ---------------------------------------------------------------------------------------------
# Invariants.

@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**13))
def test_any_integer_round_trips(n):
    (q,) = quantities(f"营收{n:,}元")
    assert (q.value, q.unit) == (n, "CNY")
    (q,) = quantities(f"营收{n}美元")
    assert (q.value, q.unit) == (n, "USD")


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_any_chinese_integer_round_trips(n):
    words = cn2an.an2cn(n)
    (q,) = quantities(f"共{words}元")
    assert q.value == n, words


_ALPHABET = list("0123456789.,%-~ 约超近逾亿万千百十元块角分美港台币人民家股个成点倍年月日第季度一二三四五六七八九零两半数几多余和至、，。")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_spans_are_sorted_disjoint_and_quote_the_text(text):
    got = quantities(text)
    last = 0
    for q in got:
        assert last <= q.start < q.end <= len(text)
        assert q.text == text[q.start:q.end]
        assert q.dim in ("money", "percent", "pp", "points", "count", "number", "multiple")
        last = q.end


def test_a_tables_unit_line_gives_its_bare_numbers_their_unit():
    from factx.quantities import declared_units, scan
    from factx.fold import fold
    text = "主要財務數據（單位：億元）　營業收入　216.28（上年同期201.82）；毛利率　39.8%。另有12家門店。"
    got = [(q.text, q.value, q.unit) for q in declared_units(scan(fold(text), text), fold(text))]
    assert got == [("216.28", 21628000000, "CNY"), ("201.82", 20182000000, "CNY"), ("39.8%", 39.8, "percent"),
                   ("12家", 12, "companies")]
    text = "（單位：新台幣千元）營收 1,234,567。"
    got = [(q.value, q.unit) for q in declared_units(scan(fold(text), text), fold(text))]
    assert got == [(1234567000, "TWD")]
