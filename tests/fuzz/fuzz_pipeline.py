"""Fuzz the normalize and rules stages (not a pytest module: run it by hand).

    pip install atheris   # not a project dependency
    python tests/fuzz/fuzz_pipeline.py -runs=150000 -max_len=1500 [corpus_dir]

Engine: atheris (libFuzzer, coverage-guided over the factx package). Each input is turned
into one text by one of several generators (random Unicode, mixes of digits / Chinese
numerals / currency words / hedge words / punctuation, slices of seeds/*.txt, hostile
characters spliced into either), then fed through `factx.quantities.quantities(text)` and
`Extractor().extract_document(Document("f#1", text))`. Checked on every input:

* no exception from either call;
* every Quantity's `text == text[start:end]`, and quantities come sorted, non-overlapping;
* every record re-validates from its own JSON line, and `text[span[0]:span[1]] == quote`,
  with its sentence inside the text.

A failing input does not stop the run: it is saved (with its traceback) under
$FACTX_FUZZ_OUT (default /tmp/factx-fuzz) as crash-<hash>.txt / .tb and counted; slow
inputs (> 2 s) are saved as slow-<hash>.txt. libFuzzer leaves without running atexit
handlers, so the running totals go to $FACTX_FUZZ_OUT/summary.json every 1000 inputs and
on every failure; libFuzzer's own last line ("Done N runs in S second(s)") gives the total.
"""
from __future__ import annotations

import glob
import hashlib
import json
import os
import sys
import time
import traceback

import atheris

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)

with atheris.instrument_imports(include=["factx"]):
    from factx.models import Record
    from factx.output import jsonl_line
    from factx.pipeline import Extractor
    from factx.quantities import quantities
    from factx.sources import Document

OUT = os.environ.get("FACTX_FUZZ_OUT", "/tmp/factx-fuzz")
os.makedirs(OUT, exist_ok=True)
SEED = "".join(open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt"))))
EX = Extractor()

PIECES = (list("0123456789０１２３４５６７８９.,，．、％%~-—–至到+−") +
          list("零〇一二两兩三四五六七八九十百千万萬亿億兆壹贰貳叁參肆伍陆陸柒捌玖拾佰仟") +
          ["元", "美元", "港元", "港幣", "人民幣", "人民币", "新台幣", "歐元", "日圓", "億元", "亿美元", "万港元",
           "US$", "HK$", "NT$", "$", "¥", "￥", "€", "£", "倍", "翻倍", "翻两番", "個百分點", "基點", "股", "萬股",
           "營收", "收入", "净利润", "經調整", "虧損", "同比增長", "按年", "環比", "下跌", "漲", "跌幅", "市佔率",
           "約", "约", "超", "逾", "近", "最高", "至少", "左右", "以上", "多", "余", "餘", "接近", "不足",
           "財年", "第三季度", "上半年", "去年同期", "前三季", "2024年", "2025年", "月", "日", "年", "Q3", "H1",
           "阿里巴巴", "小米", "騰訊", "美团", "拼多多", "比亞迪", "台積電", "減持", "收購", "股權", "持股", "出售",
           "單", "名", "騎手", "用戶", "訂單", "家", "(", ")", "（", "）", "「", "」", "“", "”", "\n", " ", "\t",
           "。", "；", "：", "，", "！", "？", "▶", "•", "😀", "📈", "𠀀", "\u200b", "\u200d", "\ufeff", "\r",
           "\u2028", "\u2029", "\x85", "\x00", "\x1b", "\x7f", "\u3000", "#"])
HOSTILE = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\u2028", "\u2029",
           "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\ufe0f", "😀", "🇨🇳", "👨‍👩‍👧", "\U000E0001",
           "\r", "\r\n", "\t", "\u3000", "\ufffd"]

stats = {"inputs": 0, "crashes": 0, "slow": 0, "max_s": 0.0, "started": time.time()}
seen_crash: set[str] = set()


def _summary() -> None:
    el = time.time() - stats["started"]
    with open(os.path.join(OUT, "summary.json"), "w") as f:
        json.dump({**stats, "elapsed_s": round(el, 1), "distinct_crashes": sorted(seen_crash)}, f, indent=1)



def make_text(data: bytes) -> str:
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 5)
    if mode == 0:
        return fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 400))
    if mode == 1:
        return "".join(PIECES[fdp.ConsumeIntInRange(0, len(PIECES) - 1)] for _ in range(fdp.ConsumeIntInRange(0, 120)))
    if mode == 2:
        a = fdp.ConsumeIntInRange(0, len(SEED) - 1)
        return SEED[a:a + fdp.ConsumeIntInRange(1, 600)]
    if mode == 3:  # a seed slice with hostile characters spliced in
        a = fdp.ConsumeIntInRange(0, len(SEED) - 1)
        s = list(SEED[a:a + fdp.ConsumeIntInRange(1, 500)])
        for _ in range(fdp.ConsumeIntInRange(0, 12)):
            if not s:
                break
            s.insert(fdp.ConsumeIntInRange(0, len(s)), HOSTILE[fdp.ConsumeIntInRange(0, len(HOSTILE) - 1)])
        return "".join(s)
    if mode == 4:  # pieces around a seed slice
        p = "".join(PIECES[fdp.ConsumeIntInRange(0, len(PIECES) - 1)] for _ in range(fdp.ConsumeIntInRange(0, 30)))
        a = fdp.ConsumeIntInRange(0, len(SEED) - 1)
        return p + SEED[a:a + fdp.ConsumeIntInRange(1, 300)] + p
    # mode 5: pieces mixed with random Unicode
    out = []
    for _ in range(fdp.ConsumeIntInRange(0, 60)):
        if fdp.ConsumeBool():
            out.append(PIECES[fdp.ConsumeIntInRange(0, len(PIECES) - 1)])
        else:
            out.append(fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 6)))
    return "".join(out)


def check(text: str) -> None:
    qs = quantities(text)
    last = 0
    for q in qs:
        assert q.text == text[q.start:q.end], f"quantity text {q.text!r} != text[{q.start}:{q.end}]"
        assert 0 <= last <= q.start < q.end <= len(text), f"quantity {q.start}-{q.end} overlaps/unsorted (after {last})"
        last = q.end
    res = EX.extract_document(Document("f#1", text))
    for r in res.records:
        again = Record.model_validate_json(jsonl_line(r))
        assert again.to_json_dict() == r.to_json_dict(), "record changes through JSON"
        assert 0 <= r.span[0] < r.span[1] <= len(text), f"span {r.span} out of the text"
        assert text[r.span[0]:r.span[1]] == r.quote, f"quote {r.quote!r} != text[{r.span}]"
        assert r.sentence in text, "sentence not in the text"


def TestOneInput(data: bytes) -> None:
    text = make_text(data)
    stats["inputs"] += 1
    t0 = time.perf_counter()
    try:
        check(text)
    except Exception as exc:  # noqa: BLE001 - every failure is a finding, the run goes on
        tb = traceback.format_exc()
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        key = f"{type(exc).__name__}@{os.path.basename(frame.filename)}:{frame.lineno}"
        stats["crashes"] += 1
        h = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
        if key not in seen_crash:
            seen_crash.add(key)
            print(f"\n=== NEW FINDING {key} (input crash-{h}.txt)\n{tb}", file=sys.stderr, flush=True)
        if len([k for k in os.listdir(OUT) if k.startswith("crash-")]) < 400:
            with open(os.path.join(OUT, f"crash-{h}.txt"), "w", encoding="utf-8", newline="") as f:
                f.write(text)
            with open(os.path.join(OUT, f"crash-{h}.tb"), "w", encoding="utf-8") as f:
                f.write(key + "\n" + tb)
        _summary()
    dt = time.perf_counter() - t0
    stats["max_s"] = max(stats["max_s"], round(dt, 3))
    if dt > 2.0:
        stats["slow"] += 1
        h = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
        with open(os.path.join(OUT, f"slow-{h}.txt"), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    if stats["inputs"] % 1000 == 0:
        _summary()
    if stats["inputs"] % 10000 == 0:
        print(f"[factx-fuzz] {stats['inputs']} inputs, {stats['crashes']} failing, "
              f"{time.time() - stats['started']:.0f}s", file=sys.stderr, flush=True)


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
