"""Reading awkward inputs: encodings, line endings, empty and binary files, links, JSONL, Markdown."""
from __future__ import annotations

import json
import os
import random
import signal
from contextlib import contextmanager

import pytest
from typer.testing import CliRunner

from factx.cli import app
from factx.sources import Document, SourceError, iter_inputs, read_documents

ARTICLES = ("#阿里\n"
            "阿里巴巴財報出爐\n阿里巴巴第三季度營收2477.95億元，同比增長5%；淨利潤為206億元。(介面新聞)\n"
            "小米業績\n2025年第三季度，小米研發開支91億元，同比增長52.1%。(經濟日報)")  # no final newline, like the seeds


def docs_of(path, name=None):
    docs, errors = read_documents(str(path), name or os.path.basename(path))
    return docs, errors


@contextmanager
def time_limit(seconds):
    def boom(signum, frame):
        raise TimeoutError(f"took longer than {seconds}s (a loop?)")
    old = signal.signal(signal.SIGALRM, boom)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def collect(extractor, paths):
    with time_limit(20):
        items = list(extractor.extract_paths([str(p) for p in paths]))
    return ([i for i in items if not isinstance(i, SourceError)], [i for i in items if isinstance(i, SourceError)])


@pytest.fixture
def utf8_docs(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(ARTICLES.encode("utf-8"))
    docs, errors = docs_of(p)
    assert not errors
    assert [d.doc for d in docs] == ["a.txt#1", "a.txt#2"]
    assert docs[0].text == "阿里巴巴財報出爐\n阿里巴巴第三季度營收2477.95億元，同比增長5%；淨利潤為206億元。(介面新聞)"
    assert docs[0].tags == ("阿里",)
    return docs


@pytest.mark.parametrize("encoding,bom", [("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""), ("utf-16-be", b"\xfe\xff"),
                                          ("gb18030", b""), ("big5", b"")])
def test_encodings_decode_to_the_same_documents(encoding, bom, tmp_path, utf8_docs):
    p = tmp_path / "a.txt"
    p.write_bytes(bom + ARTICLES.encode(encoding))
    docs, errors = docs_of(p)
    assert not errors, errors
    assert docs == utf8_docs


def test_simplified_gb18030(tmp_path):
    text = "阿里巴巴财报出炉\n阿里巴巴第三季度营收2477.95亿元，同比增长5%。(界面新闻)\n"
    p = tmp_path / "s.txt"
    p.write_bytes(text.encode("gb18030"))
    docs, errors = docs_of(p)
    assert not errors and [d.text for d in docs] == [text.rstrip("\n")]


@pytest.mark.parametrize("content", [b"", b"   \n\n \t\n", "\u3000\n".encode("utf-8")], ids=["empty", "blank", "ideographic-space"])
def test_empty_and_whitespace_files_give_no_documents(content, tmp_path, extractor):
    p = tmp_path / "e.txt"
    p.write_bytes(content)
    docs, _ = docs_of(p)
    assert docs == []
    results, _ = collect(extractor, [p])
    assert results == []


def test_binary_file_is_an_error_and_skipped(tmp_path, extractor):
    rnd = random.Random(1234)
    binary = tmp_path / "blob.txt"
    binary.write_bytes(rnd.randbytes(3000) + b"\x00" * 16 + rnd.randbytes(500))
    good = tmp_path / "good.txt"
    good.write_text(ARTICLES, encoding="utf-8")
    docs, errors = docs_of(binary)
    assert docs == []
    assert len(errors) == 1 and str(binary) in str(errors[0])
    results, errors = collect(extractor, [binary, good])
    assert len(errors) == 1 and str(binary) in str(errors[0])
    assert [r.doc.doc for r in results] == ["good.txt#1", "good.txt#2"]
    assert any(rec.kind == "revenue" for r in results for rec in r.records)
    r = CliRunner().invoke(app, ["extract", str(binary), str(good)])
    assert r.exit_code == 1 and "blob.txt" in r.stderr and "good.txt#1" in r.stdout


def test_seed_layout_with_final_newline(tmp_path, utf8_docs):
    # editors end a file with a newline; that is not a blank line between articles
    p = tmp_path / "a.txt"
    p.write_bytes((ARTICLES + "\n").encode("utf-8"))
    docs, errors = docs_of(p)
    assert not errors
    assert [d.doc for d in docs] == ["a.txt#1", "a.txt#2"], [d.text for d in docs]
    assert docs == utf8_docs


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["CRLF", "CR"])
def test_line_endings(newline, tmp_path, utf8_docs, extractor):
    p = tmp_path / "a.txt"
    p.write_bytes(ARTICLES.replace("\n", newline).encode("utf-8"))
    docs, errors = docs_of(p)
    assert not errors and docs == utf8_docs
    got = [extractor.extract_document(d).records for d in docs]
    want = [extractor.extract_document(d).records for d in utf8_docs]
    assert got == want and any(got)


def test_folder_without_text_files(tmp_path, extractor):
    (tmp_path / "data.csv").write_text("a,b\n1,2\n")
    (tmp_path / "img.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "sub").mkdir()
    assert list(iter_inputs([str(tmp_path)])) == []
    results, errors = collect(extractor, [tmp_path])
    assert results == [] and errors == []
    r = CliRunner().invoke(app, ["extract", str(tmp_path)])
    assert r.exit_code == 0 and r.stdout == "" and "0 documents" in r.stderr


def test_broken_symlink_and_symlink_loop(tmp_path, extractor):
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.txt").write_text(ARTICLES, encoding="utf-8")
    os.symlink(root / "nowhere.txt", root / "dangling.txt")
    os.symlink("..", root / "sub" / "loop")            # a folder link to its own parent
    os.symlink(root, root / "sub" / "loop2")             # and an absolute one
    results, errors = collect(extractor, [root])
    assert [r.doc.doc for r in results] == ["sub/a.txt#1", "sub/a.txt#2"]
    assert all("dangling.txt" in str(e) for e in errors)
    # the broken link named directly: an error, no crash
    results, errors = collect(extractor, [root / "dangling.txt"])
    assert results == [] and len(errors) == 1 and "dangling.txt" in str(errors[0])


def test_jsonl_input(tmp_path, extractor):
    rows = [
        {"id": "n1", "title": "阿里巴巴財報出爐", "text": "阿里巴巴第三季度營收2477.95億元，同比增長5%。", "date": "2025-11-25"},
        "{not json",
        {"id": "n2", "text": "小米第三季度研發開支91億元。", "date": "2025-11-18T08:00:00"},
        {"id": "n3", "title": "", "text": ""},
    ]
    p = tmp_path / "news.jsonl"
    p.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                 encoding="utf-8")
    docs, errors = docs_of(p)
    assert docs == [
        Document("news.jsonl#n1", "阿里巴巴財報出爐\n阿里巴巴第三季度營收2477.95億元，同比增長5%。", "2025-11-25"),
        Document("news.jsonl#n2", "小米第三季度研發開支91億元。", "2025-11-18"),
    ]
    assert [e.where for e in errors] == ["news.jsonl:2", "news.jsonl:4"], errors
    recs = extractor.extract_document(docs[0]).records
    rev = [r for r in recs if r.kind == "revenue"]
    assert rev and rev[0].value == 247795000000 and rev[0].period == "2025Q3"
    r = CliRunner().invoke(app, ["extract", str(p)])
    assert "news.jsonl:2" in r.stderr and "news.jsonl#n1" in r.stdout


def test_markdown_file(tmp_path, extractor):
    p = tmp_path / "note.md"
    p.write_text("# 阿里巴巴財報出爐\n\n阿里巴巴第三季度營收2477.95億元，\n同比增長5%。\n\n淨利潤為206億元。\n", encoding="utf-8")
    docs, errors = docs_of(p)
    assert not errors and len(docs) == 1
    doc = docs[0]
    assert doc.doc == "note.md#1" and "阿里巴巴財報出爐" in doc.text.split("\n")[0]
    recs = extractor.extract_document(doc).records
    assert {(r.kind, r.value) for r in recs} >= {("revenue", 247795000000), ("net_profit", 20600000000)}
    for r in recs:
        assert doc.text[r.span[0]:r.span[1]] == r.quote


@pytest.mark.parametrize("prefix", ["😀🚀", "𠀀𪚥", "📈🇨🇳 ", "\U0001F4B0" * 7])
def test_astral_characters_keep_spans_grounded(prefix, extractor):
    text = f"{prefix}阿里巴巴財報{prefix}\n{prefix}阿里巴巴第三季度營收2477.95億元{prefix}，同比增長5%；{prefix}淨利潤為206億元。"
    recs = extractor.extract_document(Document("emoji#1", text)).records
    assert {(r.kind, r.value) for r in recs} >= {("revenue", 247795000000), ("net_profit", 20600000000)}, recs
    for r in recs:
        assert text[r.span[0]:r.span[1]] == r.quote, r
    assert {r.quote for r in recs} >= {"2477.95億元", "206億元"}
