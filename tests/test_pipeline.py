"""The whole pipeline on the seeds and the dev set: valid, grounded, deterministic, accurate."""
from __future__ import annotations

import glob
import json
import os
import subprocess
import sys
from collections import defaultdict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import DATA, ROOT, SEEDS
from factx.models import Record
from factx.output import jsonl_line
from factx.pipeline import extract_text
from factx.rulebook import DEAL_KINDS
from factx.sources import Document, SourceError



def run_corpus(extractor, root):
    """(docs by id, records as JSON dicts, JSONL text) for a folder."""
    docs, recs, lines = {}, [], []
    for item in extractor.extract_paths([root]):
        assert not isinstance(item, SourceError), str(item)
        docs[item.doc.doc] = item.doc.text
        for r in item.records:
            recs.append(r)
            lines.append(jsonl_line(r))
    return docs, recs, "".join(lines)


@pytest.fixture(scope="module")
def seeds_run(extractor):
    return run_corpus(extractor, SEEDS)




def check_records(recs, texts):
    """Every record re-validates from its own JSON and points at its quote."""
    for r in recs:
        again = Record.model_validate_json(jsonl_line(r))
        assert again.to_json_dict() == r.to_json_dict()
        text = texts[r.doc] if isinstance(texts, dict) else texts
        assert 0 <= r.span[0] < r.span[1] <= len(text), r
        assert text[r.span[0]:r.span[1]] == r.quote, f"{r.doc} {r.span}: {r.quote!r}"
        assert r.sentence in text, f"{r.doc}: sentence not in the document: {r.sentence!r}"


# -- seeds ---------------------------------------------------------------------------------

def test_seed_records_validate_and_are_grounded(seeds_run):
    docs, recs, _ = seeds_run
    assert len(docs) == 8 and len(recs) >= 100
    check_records(recs, docs)


def test_output_is_byte_identical_across_runs(seeds_run):
    # two separate processes with different hash seeds: set/dict order must not leak out
    # (started together, so that an edit of the checkout between them cannot fake a difference)
    procs = [subprocess.Popen([sys.executable, "-m", "factx", "extract", "--quiet", SEEDS], cwd=ROOT,
                              env=dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=ROOT),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for seed in ("1", "2")]
    outs = []
    for p in procs:
        out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err.decode()
        outs.append(out)
    assert outs[0] == outs[1]
    assert outs[0].decode("utf-8") == seeds_run[2]


def test_out_facts_matches_extract(seeds_run):
    path = os.path.join(ROOT, "out", "facts.jsonl")
    if not os.path.exists(path):
        pytest.skip("out/facts.jsonl does not exist yet (run: factx extract seeds/ -o out/facts.jsonl)")
    with open(path, encoding="utf-8") as f:
        assert f.read() == seeds_run[2], "out/facts.jsonl is stale: rerun factx extract seeds/ -o out/facts.jsonl"


# -- scoring against the gold (own compact scorer, same matching idea as ../shared/eval/score.py)

def load_aliases(*tsvs):
    alias = {}
    for path in tsvs:
        with open(path, encoding="utf-8") as f:
            next(f)
            for line in f:
                cells = [c.strip() for c in line.rstrip("\n").split("\t") if c.strip()]
                for c in cells:
                    alias.setdefault(c.casefold(), cells[0])
    return alias


def ident(name, alias):
    if not isinstance(name, str):
        return name
    return "+".join(sorted(alias.get(p.strip().casefold(), p.strip().casefold()) for p in name.split("+")))


def unit_class(u):
    if not u:
        return None
    return u if (len(u) == 3 and u.isupper()) or u in ("percent", "points") else "count"


def near(a, b, tol=0.005):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= tol * max(abs(a), abs(b))


def same_fact(g, p, alias):
    if g["kind"] != p["kind"] or unit_class(g.get("unit")) != unit_class(p.get("unit")):
        return False
    if g.get("value") is not None:
        return p.get("value") is not None and near(g["value"], p["value"])
    if p.get("value") is not None:
        return False
    if g["kind"] in DEAL_KINDS:
        return ident(g.get("target"), alias) == ident(p.get("target"), alias) and near(g.get("stake_pct"), p.get("stake_pct"))
    gc, pc = g.get("change") or {}, p.get("change") or {}
    return any(b in pc and near(v, pc[b], 0.01) for b, v in gc.items())


def score(gold, pred, alias):
    """Greedy one-to-one matching per document, required gold first; optional gold neither
    counts for nor against. Returns (precision, recall, f1, tp, fp, fn, missed, extra)."""
    key = lambda d: os.path.basename(d.rpartition("#")[0]) + "#" + d.rpartition("#")[2]
    gold_docs = {key(g["doc"]) for g in gold}
    pred = [p for p in pred if key(p["doc"]) in gold_docs]
    by_doc = defaultdict(list)
    for i, p in enumerate(pred):
        by_doc[key(p["doc"])].append(i)
    used, matched = set(), set()
    for gi in sorted(range(len(gold)), key=lambda i: bool(gold[i].get("optional"))):
        g = gold[gi]
        cands = [i for i in by_doc[key(g["doc"])] if i not in used and same_fact(g, pred[i], alias)]
        if cands:   # prefer the same subject, then an overlapping span, then the same period
            best = max(cands, key=lambda i: (ident(pred[i]["subject"], alias) == ident(g["subject"], alias),
                                             min(g["span"][1], pred[i]["span"][1]) > max(g["span"][0], pred[i]["span"][0]),
                                             pred[i].get("period") == g.get("period"), -i))
            used.add(best)
            matched.add(gi)
    required = [i for i, g in enumerate(gold) if not g.get("optional")]
    tp = sum(i in matched for i in required)
    fn, fp = len(required) - tp, len(pred) - len(used)
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    missed = [gold[i] for i in required if i not in matched]
    extra = [p for i, p in enumerate(pred) if i not in used]
    return pr, rc, f1, tp, fp, fn, missed, extra


def short(r):
    return json.dumps({k: r.get(k) for k in ("doc", "kind", "subject", "value", "unit", "change", "quote")
                       if r.get(k) is not None}, ensure_ascii=False)


def report(name, res):
    pr, rc, f1, tp, fp, fn, missed, extra = res
    lines = [f"{name}: F1={f1:.3f} P={pr:.3f} R={rc:.3f} (tp={tp} fp={fp} fn={fn})"]
    lines += ["  missed " + short(g) for g in missed[:15]] + ["  extra  " + short(p) for p in extra[:15]]
    print("\n".join(lines))
    return "\n".join(lines)


def read_gold(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_scorer_sanity():
    gold = [{"doc": "a.txt#1", "kind": "revenue", "subject": "x", "value": 100, "unit": "CNY", "span": [0, 1]},
            {"doc": "a.txt#1", "kind": "revenue", "subject": "x", "value": None, "unit": None, "change": {"yoy": 5},
             "span": [2, 3]},
            {"doc": "a.txt#1", "kind": "price", "subject": "x", "value": 7, "unit": "USD", "span": [4, 5], "optional": True}]
    pred = [{"doc": "dir/a.txt#1", "kind": "revenue", "subject": "x", "value": 100.4, "unit": "CNY", "span": [0, 1]},
            {"doc": "a.txt#1", "kind": "revenue", "subject": "x", "value": None, "unit": None, "change": {"qoq": 5},
             "span": [2, 3]},
            {"doc": "a.txt#1", "kind": "price", "subject": "x", "value": 7, "unit": "USD", "span": [4, 5]},
            {"doc": "b.txt#1", "kind": "price", "subject": "x", "value": 7, "unit": "USD", "span": [4, 5]}]
    assert score(gold, pred, {})[3:6] == (1, 1, 1)
    assert score(gold, [p for p in pred if p["value"] != 100.4], {})[3:6] == (0, 1, 2)


def test_seeds_f1(seeds_run):
    alias = load_aliases(os.path.join(DATA, "spec", "entities.tsv"))
    res = score(read_gold(os.path.join(DATA, "gold", "seeds.jsonl")), [r.to_json_dict() for r in seeds_run[1]], alias)
    text = report("seeds", res)
    assert res[2] >= 0.90 and res[0] >= 0.92, text


HAND_WRITTEN = {   # folder under tests/data -> what it is
    "dev": "the development set of ../shared/dev (four house styles)",
    "own": "eight articles in three house styles, written by hand for this project",
    "heldout2": "ten more, written by hand without sight of the rules",
    "heldout3": "ten more again, in other outlets' habits, written without sight of the rules",
    "heldout5": "eight more, mainland/HK/TW outlets (快訊, 公告速遞, 信報, 明報, 經濟日報…)",
    "heldout6": "eight more, eight other outlets (證券時報, 第一財經, 東方財富, 鉅亨網, 自由時報…)",
    "heldout8": "eight more (證券時報, 界面, 經濟日報, MoneyDJ, 公告速遞, 第一財經, a Q&A with a unit line)",
}


# lower bars: the hardest set (board announcements, placings, crypto) and the newest ones, used
# for one round of fixes so far (heldout20 was added at the end of a round, before its fixes;
# heldout22 and 23 had one short round)
NEWEST = {"heldout4": 0.85, "heldout7": 0.85, "heldout9": 0.85, "heldout10": 0.85, "heldout11": 0.85, "heldout12": 0.85, "heldout13": 0.85,
          "heldout14": 0.85, "heldout15": 0.85, "heldout16": 0.85, "heldout17": 0.85,
          "heldout18": 0.85, "heldout19": 0.85, "heldout20": 0.80, "heldout21": 0.85,
          "heldout22": 0.85, "heldout23": 0.85, "heldout24": 0.85, "heldout25": 0.85}


@pytest.mark.parametrize("name", sorted(HAND_WRITTEN) + sorted(NEWEST))
def test_article_set_f1(name, extractor):
    """Every record grounded, and F1 >= 0.90 against the set's gold, scored with its own entity table."""
    folder = os.path.join(DATA, name)
    docs, recs, _ = run_corpus(extractor, os.path.join(folder, "articles"))
    assert len(docs) == len(glob.glob(os.path.join(folder, "articles", "*.txt")))
    check_records(recs, docs)
    alias = load_aliases(os.path.join(DATA, "spec", "entities.tsv"), os.path.join(folder, "entities-new.tsv"))
    res = score(read_gold(os.path.join(folder, "gold.jsonl")), [r.to_json_dict() for r in recs], alias)
    text = report(name, res)
    assert res[2] >= NEWEST.get(name, 0.90), text


BARE_YUAN = [
    # the article declares it
    ("周生生業績\n周生生（0116）公布中期業績，營業額按年跌1.5%至389.9億元（港元．下同），股東應佔溢利按年升15%至29.6億元。",
     "HKD"),
    # an A-share digest with an unknown lead company; HSBC (which reports in US dollars) named late on
    ("公告速递\n迈瑞医疗公告，股东累计减持公司股份，套现约26.7亿元。中国平安公告，已出售所持汇丰控股约1.2亿股股份。"
     "中国国航预计2025年度实现归母净利润10亿至12亿元。", "CNY"),
    # a Hong Kong paper on a Hong Kong company the registry does not know: 港元
    ("恒地中期純利跌21%\n【本報訊】港股上市的恒基地產（0012）公布中期業績，收入約137.2億元，按年升12%；"
     "股東應佔溢利31.4億元，按年跌21%。恒指今日收市升1%。", "HKD"),
    # … and on a mainland company that reports in 人民幣
    ("騰訊季績\n【本報訊】港股上市的騰訊（0700）公布第三季業績，收入1,928億元，按年升15%。恒指今日收市升1%。", "CNY"),
]


@pytest.mark.parametrize("text,unit", BARE_YUAN, ids=["declared", "digest", "hk-company", "hk-paper-mainland-company"])
def test_bare_yuan_currency(text, unit, extractor):
    recs = [r for r in extractor.extract_document(Document("t#1", text)).records
            if r.kind not in ("price", "price_change") and r.value is not None]
    assert recs and {r.unit for r in recs} == {unit}, [(r.quote, r.unit) for r in recs]


SHARE_PRICE_YUAN = [
    # mainland press, an A-share code, Hong Kong mentioned in passing: 人民幣
    ("药明康德公告\n药明康德（SH603259）公告，获得首付款2.1亿欧元，另有约12亿港元里程碑付款，港股同日上涨。"
     "11月4日药明康德收盘上涨3.12%，报91.35元。", "CNY"),
    # a Hong Kong paper's bare 元 in a Hong Kong share price: 港元
    ("港股收市\n【本報訊】恒指今日收市升1%，港股成交額1,500億元。騰訊（0700）收報628元，升1.8%。", "HKD"),
]


@pytest.mark.parametrize("text,unit", SHARE_PRICE_YUAN, ids=["mainland-press", "hk-paper"])
def test_bare_yuan_in_a_share_price(text, unit, extractor):
    recs = [r for r in extractor.extract_document(Document("t#1", text)).records if r.kind == "price"]
    assert recs and {r.unit for r in recs} == {unit}, [(r.quote, r.unit) for r in recs]


# -- property test: arbitrary text never breaks the pipeline --------------------------------

with open(os.path.join(SEEDS, "000_47ea01dc01003ef3.txt"), encoding="utf-8") as _f:
    SEED_TEXT = _f.read()

PIECES = (list("0123456789０１２３４５６７８９.,，．、％%~-—至到") +
          list("零〇一二两兩三四五六七八九十百千万萬亿億兆") +
          ["元", "美元", "港元", "港幣", "人民幣", "人民币", "新台幣", "歐元", "日圓", "億元", "亿美元", "万港元",
           "營收", "净利润", "經調整", "虧損", "同比增長", "按年", "環比", "下跌", "漲", "約", "超", "近", "最高", "至少",
           "左右", "以上", "財年", "第三季度", "上半年", "去年同期", "前三季", "月", "日", "年", "阿里巴巴", "小米", "騰訊",
           "減持", "收購", "股權", "單", "名", "騎手", "(", ")", "（", "）", "\n", " ", "。", "；", "：", "😀", "𠀀", "\u200b",
           "\ufeff", "\r", "#"])

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(PIECES), max_size=80).map("".join),
    st.tuples(st.integers(0, len(SEED_TEXT)), st.integers(1, 600)).map(lambda t: SEED_TEXT[t[0]:t[0] + t[1]]),
    st.tuples(st.lists(st.sampled_from(PIECES), max_size=20).map("".join), st.integers(0, len(SEED_TEXT)),
              st.integers(1, 300)).map(lambda t: t[0] + SEED_TEXT[t[1]:t[1] + t[2]] + t[0]),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(text=texts)
def test_any_text_gives_valid_grounded_records(text, extractor):
    res = extractor.extract_document(Document("prop#1", text))
    check_records(res.records, text)


def test_each_item_of_an_announcement_digest_is_about_the_company_in_its_brackets():
    text = ("公告速递\n10月15日晚间，多家上市公司发布公告。【华辰装备】公司近期中标重大工程项目，中标金额合计约38.4亿元。"
            "【东岳新能】公司预计前三季度实现归母净利润58亿元至62亿元。")
    got = {(r.subject, r.kind) for r in extract_text(text, date="2025-10-16")}
    assert got == {("华辰装备", "orders"), ("东岳新能", "net_profit")}
    # an outlet's tag is no company
    text = "小米業績\n【星島】小米集團公布，2025年首六個月收入5.13億元人民幣。"
    assert [r.subject for r in extract_text(text, date="2025-10-16")] == ["小米集團"]


def test_a_company_opening_a_sentence_with_its_announcement_is_the_subject_of_that_item():
    text = ("公告速递\n华宝新能公告，拟以自有资金6千万元参与深空科技新一轮融资，投后持股约0.5%。"
            "另外，东岳新能晚间公告，预计前三季度实现归母净利润58亿元。")
    got = {(r.subject, r.kind, r.target) for r in extract_text(text, date="2025-10-16")}
    assert got == {("华宝新能", "investment", "深空科技"), ("东岳新能", "net_profit", None)}
    # the company itself (公司公告) is no name
    recs = extract_text("公告\n公司公告，拟以自有资金6千万元参与深空科技新一轮融资。", date="2025-10-16")
    assert all(r.subject not in ("公司", "公司公告") for r in recs)


def test_a_listed_company_outside_the_contract_is_named_by_the_longest_chinese_name_the_article_uses():
    text = ("零跑交付\n零跑汽車11月交付70327輛，同比增長超過一倍。零跑稱，全年目標為50萬輛。"
            "零跑股價漲3.2%。")
    subjects = {r.subject for r in extract_text(text, date="2025-12-01")}
    assert subjects == {"零跑汽車"}


def test_registry_names_are_found_longest_first_however_large_the_registry():
    from factx.entities import _longest_names, name_automaton
    automaton = name_automaton(["京東", "京東方", "茅台集團", "茅台", "東方"])
    text = "京東方與京東、茅台集團和茅台"
    assert [text[a:b] for a, b in _longest_names(text, automaton)] == ["京東方", "京東", "茅台集團", "茅台"]
    assert _longest_names(text, name_automaton([])) == []


@pytest.mark.parametrize("text, want", [
    # a figure divided out per day is not the company's line
    ("蜜雪業績\n蜜雪集团上半年净利润约26.9亿元。以此计算，蜜雪集团上半年平均每天净赚约1470万元。",
     {("net_profit", "约26.9亿元")}),
    # 扣除非經常性損益後，… opens the clause: the profit after it is the adjusted one
    ("招行業績\n招商银行前三季度净利润为1137.72亿元。扣除非经常性损益后，前三季度归属于本行股东的净利润为1130.18亿元。",
     {("net_profit", "1137.72亿元"), ("adjusted_net_profit", "1130.18亿元")}),
    # capex in guidance is a plan; 營收在…之間 is revenue, not a closing price
    ("微软业绩\n微软给出指引：第二财季营收预计在798亿美元至809亿美元之间，当季资本支出约为370亿美元。",
     {("revenue", "798亿美元至809亿美元"), ("capex_plan", "约为370亿美元")}),
    # a gain on a disposal is no revenue, a market's turnover no cash flow
    ("新世界出售資產\n新世界發展預期出售事項將錄得除稅前收益約3.2億港元；北向交易成交總額約1,850億元人民幣。", set()),
])
def test_what_a_figure_is(text, want):
    assert {(r.kind, r.quote) for r in extract_text(text, date="2025-10-30")} == want


def test_two_companies_joined_then_their_figures_respectively():
    text = "港股收市\n阿里巴巴(09988)、京東(09618)均跌逾3%，分別收報158.4元及126.2元。"
    got = {(r.kind, r.subject, r.value) for r in extract_text(text, date="2025-10-17")}
    assert got == {("price_change", "alibaba", -3), ("price_change", "jd", -3),
                   ("price", "alibaba", 158.4), ("price", "jd", 126.2)}


def test_a_number_written_with_its_sign_keeps_it():
    text = "隆基預告\n隆基綠能預計前三季度淨利潤為-32億元至-28億元，上年同期為-64.4億元。"
    got = sorted((r.quote, r.value) for r in extract_text(text, date="2025-10-15"))
    assert got == [("-32億元至-28億元", -3200000000), ("-64.4億元", -6440000000)]


@pytest.mark.parametrize("text, want", [
    # a company the registry does not know, named where the title opens and by its defined short name
    ("盛拓精工擬8.64億元收購芯源電子51%股權\n盛拓精工公告，其一致行動人寧波盛拓投資管理有限公司（以下簡稱“盛拓投資”）"
     "累計減持公司股份474萬股，佔總股本的1.00%，套現約9750萬元。",
     {("acquisition", "盛拓精工"), ("stake_sale", "盛拓投資")}),
    # an investor named by its own suffix after the word that says one is meant (股东XX投资), and
    # subsidiaries listed after 旗下 with 分别
    ("德润材料公告\n德润材料（603512.SH）公告，持股5%以上股东青禾投资近日减持公司股份1.5%，套现约2.4亿元。",
     {("stake_sale", "青禾投资")}),
    ("保费快报\n前三季度，旗下泰和人寿、泰和财险分别实现保费收入820亿元、310亿元。",
     {("revenue", "泰和人寿"), ("revenue", "泰和财险")}),
    # a title's company before a guidance verb (上調, 下修) is named without the verb
    ("嘉禾乳業上調全年營收指引至最高42億元\n嘉禾乳業（股票代碼：603877）公告，第三季度實現營業收入11.2億元。",
     {("revenue", "嘉禾乳業")}),
    # 股東減持計劃: 減持 is no person's name
    ("某公司公告\n盛拓精工披露股東減持計劃公告，股東減持計劃套現約3億元。", set()),
    # a balance is no flow, and 數十億美元 too vague to be a figure
    # the adjusted profit as US-listed and A-share companies name it; an insurer's investment income is no capex
    ("財報\n安恒科技（纳斯达克代码：AHTK）第三季度非GAAP净利润为3.1亿元。", {("adjusted_net_profit", "安恒科技")}),
    ("三季報\n泰和保险（601988.SH）前三季度实现总投资收益211.5亿元；扣非后归母净利润为64.2亿元。",
     {("adjusted_net_profit", "泰和保险")}),
    # 今年來: since the start of the year
    ("台股\n台股今年來漲幅約18%。", {("price_change", "台股")}),
    ("小鵬財報\n小鵬汽車三季度自由現金流約9.3億元；截至9月30日，小鵬持有的現金及現金等價物、短期投資及定期存款合計483.3億元。"
     "小鵬汽車預計2027年海外營收達數十億美元。", {("free_cash_flow", "小鵬汽車")}),
])
def test_who_and_what(text, want):
    assert {(r.kind, r.subject) for r in extract_text(text, date="2025-10-28")} == want


def test_a_short_name_moves_a_price_and_a_report_quarter_dates_no_price():
    """嘉聯 is 嘉聯光電 (its trade named, 光電, the rest is its short name); with no date to read
    the trading day from, a price is left undated rather than dated by the quarter reported;
    按年倒退 is a fall."""
    recs = extract_text("嘉聯財報\n嘉聯光電（6856）第3季稅後純益9.86億元，按年倒退12%。嘉聯今日股價上漲4.8%，收在612元。")
    got = {(r.kind, r.subject, r.value, r.period, str(r.change)) for r in recs}
    assert got == {("net_profit", "嘉聯光電", 986000000, "2025Q3", "{'yoy': -12}"),
                   ("price_change", "嘉聯光電", 4.8, None, "None"), ("price", "嘉聯光電", 612, None, "None")}


@pytest.mark.parametrize("text, want", [
    # a bullet list: a guidance line earlier in the list does not make the capex after it a plan
    ("中芯國際快報\n【中芯国际】▪Q4指引：收入环比增长1%-3% ▪前三季度资本开支：五十七亿美元",
     {("capex", "五十七亿美元")}),
    # this year's capex, stated before the year is over, is a plan
    ("中芯國際\n中芯国际管理层表示，今年全年资本开支约七十五亿美元上下。", {("capex_plan", "约七十五亿美元上下")}),
    # a seller's profit guarantee is not a result
    ("某公司收购\n业绩承诺方面，元启创投承诺芯源电子2025年度经审计的归母净利润不低于1.15亿元。", set()),
])
def test_plans_and_promises(text, want):
    money = {(r.kind, r.quote) for r in extract_text(text, date="2025-10-28") if r.value is not None}
    assert money == want


def test_a_number_in_a_products_name_is_no_figure_and_a_lead_day_dates_the_prices():
    text = ("微软财报\n美东时间10月29日周三美股盘后，微软公布业绩。Microsoft 365消费者版订阅用户达9,000万。"
            "微软周三常规交易时段收涨0.1%，报541.55美元。")
    got = {(r.kind, r.quote, r.period) for r in extract_text(text)}
    assert ("users", "9,000万", None) in {(k, q, None) for k, q, _ in got}
    assert not any(q == "365" for _, q, _ in got)
    assert {p for k, _, p in got if k in ("price", "price_change")} == {"2025-10-29"}


def test_when_is_not_who():
    text = "索尼股價\n索尼集團公布業績。受此提振，索尼股價週三一度大漲8.6%，收盤漲7.9%。"
    subjects = {r.subject for r in extract_text(text, date="2025-11-12") if r.kind == "price_change"}
    assert subjects == {"索尼集團"}


def test_month_on_month_is_the_basis_of_a_monthly_figures_huanbi():
    text = "零跑交付\n零跑汽車10月交付42,013輛，同比增長76%，環比增長2.5%。"
    (rec,) = [r for r in extract_text(text, date="2025-11-01") if r.kind == "operating_metric"]
    assert rec.period == "2025-10" and rec.change == {"yoy": 76, "mom": 2.5}


def test_rates_after_fenbie_go_to_the_figures_in_order():
    text = "B站用戶\nB站三季度日均活躍用戶1.07億，月均活躍用戶3.76億，同比分別增長9%和8%。"
    got = {r.quote: r.change for r in extract_text(text, date="2025-11-20")}
    assert got == {"1.07億": {"yoy": 9}, "3.76億": {"yoy": 8}}


def test_a_titles_spaces_part_its_clauses():
    """寧德時代擬投資不超過85億元建基地　股東擬減持不超過0.9%: the stake is a sale of its own, not
    a change of the plan before the space; a Latin name keeps its space."""
    from factx.segment import sentences
    title = "寧德時代擬投資不超過85億元建基地　股東黃世霖擬減持不超過0.9%"
    recs = extract_text(title + "\n寧德時代公告。", date="2025-11-24")
    plan = next(r for r in recs if r.kind == "capex_plan")
    assert plan.change is None
    assert any(r.kind == "stake_sale" and r.stake_pct == 0.9 and r.subject == "黃世霖" for r in recs)
    first = sentences("Microsoft 365用戶增長 營收新高\n正文。")[0]
    assert first.folded == "Microsoft 365用户增长,营收新高"


def test_a_rate_after_a_clause_about_another_company_is_not_the_figures():
    """理想銷量3.1萬輛 小鵬交付同比增逾六成: the rate is 小鵬's, not a change of Li Auto's figure; but
    較今年增加兩成 (the period compared with) and a signed rate in a table row stay with it."""
    recs = extract_text("新能源車企11月成績單 理想銷量3.1萬輛 小鵬交付同比增逾六成\n理想汽車公告。", date="2025-12-01")
    li = next(r for r in recs if r.value == 31000)
    assert li.change is None
    recs = extract_text("騰訊資本開支\n騰訊表示，2026年計劃資本開支約450億元，較今年增加三成左右。", date="2025-12-01")
    assert next(r for r in recs if r.value == 45000000000).change == {"unspecified": 30}
    recs = extract_text("京東季績\n京東第三季度核心數據：營收｜81.4億元｜+7.2% 經營活動現金流淨額｜4.6億元｜-3.5%", date="2025-11-10")
    assert next(r for r in recs if r.value == 460000000).change == {"unspecified": -3.5}
    recs = extract_text("小鵬季績\n小鵬汽車第三季度淨虧損5.1億元，同比收窄62.4%。", date="2025-11-20")
    assert recs[0].change == {"yoy": -62.4}
    # a count's own noun after it is no other line
    recs = extract_text("百度季績\n百度旗下蘿蔔快跑季內完成280萬次全球出行服務，按年增加175%。", date="2025-11-20")
    assert next(r for r in recs if r.value == 2800000).change == {"yoy": 175}


def test_what_a_company_owns_is_not_what_the_article_is_about():
    """統一超的OPEN POINT會員數: the membership programme is the company's; the figures after it
    are the company's, not the programme's."""
    text = ("超商財報\n統一超的OPEN POINT會員數已突破1,650萬人。今年前三季合併營收新台幣2,105.3億元，年增3.6%。"
            "門市數達6,980家。")
    recs = extract_text(text, date="2025-11-12")
    assert {r.subject for r in recs if r.kind != "users"} == {"統一超"}


def test_counts_in_any_english_noun_are_kept():
    """Power sold in kilowatt-hours and floor area in square meters are counts like any other
    (they were once dropped by a closed list of units)."""
    recs = extract_text("台電業績\n台電今年前三季售電量達1,850億度，年增1.9%。", date="2025-11-12")
    assert [(r.value, r.unit) for r in recs] == [(185000000000, "kilowatt-hours")]
    recs = extract_text("房企銷售\n萬科10月實現合同銷售面積52.3萬平方米，合同銷售金額112.4億元。", date="2025-11-02")
    assert {(r.kind, r.unit) for r in recs} == {("operating_metric", "square_meters"), ("revenue", "CNY")}


def test_datelines_in_other_forms_date_the_market_figures():
    for text, day in [("台股盤後\n2025/11/14 14:35　加權指數今日收漲0.6%。", "2025-11-14"),
                      ("港股收市\n恒指昨日收跌0.4%。(aa/bb)某某財經新聞 2025-11-19 10:32", "2025-11-18"),
                      ("港股\n恒指昨日收升1.1%。【某某日報2025年12月5日】", "2025-12-04")]:
        assert {r.period for r in extract_text(text) if r.kind == "price_change"} == {day}, text


def test_a_deal_announced_yesterday_is_dated_the_day_before():
    text = "港股\n新鴻基地產昨早宣布，以約45億元出售所持某商場全部權益。【某某日報2025年12月5日】"
    (rec,) = [r for r in extract_text(text) if r.kind == "stake_sale"]
    assert rec.period == "2025-12-04"


def test_companies_joined_before_fenbie_share_out_the_rates_after_it():
    recs = extract_text("港股\n港股昨日回升，網易及百度分別升1.7%及2.6%。", date="2025-11-20")
    assert sorted((r.subject, r.value) for r in recs) == [("netease", 1.7), ("百度", 2.6)]


def test_a_company_reporting_after_the_close_is_the_subject_of_its_loss():
    text = ("台股盤後\n台股今日收漲0.3%。個股方面，彩晶盤後公布第三季財報，稅後淨損新台幣5.2億元，"
            "較上季淨損8.1億元收斂。")
    recs = [r for r in extract_text(text, date="2025-11-12") if r.kind == "net_profit"]
    assert sorted((r.subject, r.value, r.period) for r in recs) == [
        ("彩晶", -810000000, "2025Q2"), ("彩晶", -520000000, "2025Q3")]


def test_a_traditional_paper_without_a_market_word_reads_a_bare_yuan_by_its_codes():
    text = "珠寶商業績\n六福集團(00590)公布中期業績，營業額約65億元，按年跌3%。"
    (rec,) = extract_text(text, date="2025-11-20")
    assert rec.unit == "HKD"


def test_a_company_the_text_points_back_at_is_the_one_just_named():
    text = ("房企動態\n融創中國11月3日晚間公告，以約12億元出售所持某項目公司51%股權，年內該公司累計回籠資金逾50億元。"
            "旭輝集團披露，前三季度營業收入為210.5億元。")
    got = {(r.kind, r.subject) for r in extract_text(text, date="2025-11-04")}
    assert got == {("stake_sale", "融創中國"), ("divestment_proceeds", "融創中國"), ("revenue", "旭輝集團")}


def test_market_words_of_other_outlets():
    """星期二 and 在紐約盤前 between a name and its move; 以…點掛收; a growth written as a multiple."""
    text = ("新加坡股市\n受業績提振，冬海集團股價星期二在紐約盤前一度上漲逾5%；海峽時報指數星期二微跌0.4%，以4410.5點掛收。")
    got = {(r.kind, r.subject, r.value) for r in extract_text(text, date="2025-11-12")}
    assert got == {("price_change", "冬海集團", 5), ("price_change", "海峽時報指數", -0.4),
                   ("price", "海峽時報指數", 4410.5)}
    (rec,) = extract_text("數據寶｜海光信息淨利潤同比增逾5倍\n正文。", date="2025-11-12")
    assert (rec.kind, rec.change, rec.approx) == ("net_profit", {"yoy": 500}, "over")


def test_the_trading_day_a_market_report_names_in_brackets():
    """港股昨日（9日）…, 台股今（10）日…: the day in brackets dates the figures, the title's too."""
    text = ("港股連升　恒指漲300點\n2025年12月10日【某某報訊】港股昨日（9日）連升第二日。恒生指數收報25,800點，"
            "升300點或1.18%。")
    assert {r.period for r in extract_text(text) if r.kind.startswith("price")} == {"2025-12-09"}
    text = "台股收盤\n2025-12-10 14:40　台股今（10）日走揚，加權指數收漲0.8%。"
    assert {r.period for r in extract_text(text) if r.kind.startswith("price")} == {"2025-12-10"}


def test_an_earlier_years_figure_that_names_its_line_keeps_its_sign():
    text = ("合和業績\n合和實業公布截至2025年6月30日止年度業績，基本虧損為12.4億元，上年度則為基本溢利2.1億元。")
    got = sorted((r.value, r.period) for r in extract_text(text, date="2025-09-26"))
    assert got == [(-1240000000, "2024Q3/2025Q2"), (210000000, "2023Q3/2024Q2")]


def test_a_taiwan_magazine_without_market_words_reads_a_bare_yuan_as_new_taiwan_dollars():
    text = "零售雙雄\n根據財報，統一超今年第三季營收52.3億元，年增3.2%，稅後淨利4.8億元，年減9%。"
    assert {r.unit for r in extract_text(text, date="2025-11-20")} == {"TWD"}
    # … while a mainland article with the same words stays in 人民幣
    text = "零售业绩\n根据财报，贵州茅台今年第三季度营收152.3亿元，年增3.2%。"
    assert {r.unit for r in extract_text(text, date="2025-11-20")} == {"CNY"}


def test_per_share_figures_targets_and_paper_gains_are_no_figures():
    text = ("金控獲利\n富邦金、中信金前11月稅後純益分別為1,100.2億元、640.5億元，EPS分別為7.6元、3.1元。"
            "多家外資將台積電目標價調升至1,800元以上。新股每手200股賬面賺1,500元。")
    got = {(r.kind, r.quote) for r in extract_text(text, date="2025-12-10")}
    assert got == {("net_profit", "1,100.2億元"), ("net_profit", "640.5億元")}


def test_names_introduced_in_other_ways():
    """One capitalised word that reports (Vortexa實現收入…), a shareholder named by its legal name
    after 股東 and given a short name with 下稱, and a title that names the trading day."""
    text = ("某公司招股\n招股書顯示，截至2025年9月30日止九個月，Vortexa實現收入12.5億元人民幣，同比增長8.1%。")
    assert {r.subject for r in extract_text(text, date="2025-11-27")} == {"Vortexa"}
    text = ("減持\n11月24日晚，某科技公司公告稱，股東深圳市遠航創業投資有限公司（下稱“遠航創投”）合計減持公司股份1%，"
            "套現約8.2億元。此前，遠航創投已回籠資金近20億元。")
    assert {(r.kind, r.subject) for r in extract_text(text, date="2025-11-25")} == {
        ("stake_sale", "遠航創投"), ("divestment_proceeds", "遠航創投")}
    text = "A股收評：滬指週五漲0.5%\n2025年12月6日 截至收盤，滬指報3,950.2點；深成指漲0.9%。"
    assert {r.period for r in extract_text(text) if r.kind.startswith("price")} == {"2025-12-05"}


def test_a_company_the_registry_does_not_know_opening_a_sentence_with_its_results():
    text = ("白酒三季報\n貴州茅台前三季度營收1,300億元。古井貢酒前三季度營收188.5億元，同比增長12%。"
            "其中海外營收達10億元。管理層指引全年收入約250億元。")
    got = {(r.subject, r.quote) for r in extract_text(text, date="2025-10-31") if r.kind == "revenue"}
    assert ("古井貢酒", "188.5億元") in got
    assert not any(s in ("其中海外", "管理層指引", "海外") for s, _ in got)


def test_a_stock_code_in_brackets_and_a_market_value_are_no_figures():
    text = "車企交付\n小鵬汽車（09868）10月交付42,013輛，按月增長5%。不過，小鵬汽車市值亦跌至約1,500億港元。"
    got = {(r.kind, r.quote) for r in extract_text(text, date="2025-11-02")}
    assert got == {("operating_metric", "42,013輛")}


def test_companies_listed_with_codes_the_registry_does_not_know():
    text = "台股盤後\n台股今日走高。設備股家登(3680)、帆宣(6196)分別大漲6.1%、4.4%；閎康(3587)、汎銓(6830)均漲逾2%。"
    got = {(r.subject, r.value) for r in extract_text(text, date="2025-12-10")}
    assert got == {("家登", 6.1), ("帆宣", 4.4), ("汎銓", 2), ("閎康", 2)}


def test_gas_sold_is_a_count_in_cubic_meters():
    (rec,) = extract_text("燃氣公司\n華潤燃氣11月天然氣銷售量約4.2億立方米，同比增長6%。", date="2025-12-05")
    assert (rec.kind, rec.value, rec.unit, rec.change) == ("operating_metric", 420000000, "cubic_meters", {"yoy": 6})


def test_premiums_vehicles_sold_and_a_stock_code_after_its_word():
    text = ("保險與車企\n中國人壽10月單月保費188億元，同比下降12%。長城汽車10月銷售新能源汽車52,318輛，同比增長20%。"
            "該股預計於12月5日掛牌，股票代碼為2491。")
    got = {(r.kind, r.quote) for r in extract_text(text, date="2025-11-20")}
    assert got == {("revenue", "188億元"), ("operating_metric", "52,318輛")}


def test_a_fiscal_year_the_article_declares_and_a_subsidiary_named_in_passing():
    text = ("途安科技季績\n本地出行平台途安科技（02633.HK）昨日披露2026財年第二季度業績（公司財年於每年3月31日結束），"
            "當季營收約120億元，同比增長9%。旗下貨運平台途安速運（02634.HK）當季訂單量1.2億單。"
            "公司當季經營利潤8.1億元。")
    got = {(r.kind, r.subject, r.period) for r in extract_text(text, date="2025-11-21")}
    assert got == {("revenue", "途安科技", "2025Q3"), ("orders", "途安速運", "2025Q3"),
                   ("operating_profit", "途安科技", "2025Q3")}


def test_a_ranking_of_shares_the_sentence_opens_with():
    text = ("晶圓代工\n研調機構統計，第3季全球晶圓代工市占率方面，世界先進以5.2%排名第六，"
            "穩懋（3105）與環球晶（6488）分別為3.9%及2.7%。新股每手賺420元。")
    got = {(r.kind, r.subject, r.value) for r in extract_text(text, date="2025-11-20")}
    assert got == {("market_share", "世界先進", 5.2), ("market_share", "穩懋", 3.9), ("market_share", "環球晶", 2.7)}


def test_a_stake_transferred_with_jiang_and_charging_stations():
    text = ("公告\n宏泰控股（600812.SH）公告，公司擬將所持全資子公司宏泰物流60%股權轉讓給遠望資本，交易對價為12.8億元。"
            "截至11月底，宏泰控股已建成超充站2,310座；宏泰控股股價收報8.12元，漲幅為2.5%。")
    got = {(r.kind, r.value, r.unit) for r in extract_text(text, date="2025-12-01")}
    assert got == {("stake_sale", 1280000000, "CNY"), ("operating_metric", 2310, "stations"),
                   ("price", 8.12, "CNY"), ("price_change", 2.5, "percent")}
