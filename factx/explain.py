"""`factx explain`: how a text became records, stage by stage (the debug trace)."""
from __future__ import annotations

from .entities import Mention
from .periods import PeriodMention
from .pipeline import DocResult, Extractor
from .quantities import Quantity
from .sources import Document


def explain_document(ex: Extractor, doc: Document) -> dict:
    """A JSON-ready trace: per sentence, what normalize found, which rules fired (and which
    matched without giving a record), and how each record's subject and period were chosen."""
    result: DocResult = ex.extract_document(doc, trace=True)
    sentences = []
    for sent, view, hits, facts in result.trace:
        quantities, entities, periods = [], [], []
        for i, it in sorted(view.items.items()):
            a, b = view.span(i, i + 1)
            if isinstance(it, Quantity):
                quantities.append({"text": doc.text[a:b], "value": it.value, "value_max": it.value_max,
                                   "unit": it.unit, "dim": it.dim, "approx": it.hedge, "span": [a, b]})
            elif isinstance(it, Mention):
                entities.append({"text": doc.text[a:b], "id": it.id, "known": it.known, "span": [a, b]})
            elif isinstance(it, PeriodMention):
                periods.append({"text": doc.text[a:b], "kind": it.kind, "span": [a, b]})
        fired = {(h.rule.id, h.at) for h in hits}
        near = []
        for rule in ex.book.rules:
            try:
                for m in rule.compiled.finditer(view.text, timeout=0.25):
                    at = m.start("value") if "value" in rule.compiled.groupindex and m.group("value") else m.start()
                    if (rule.id, at) not in fired:
                        a, b = view.span(m.start(), m.end())
                        near.append({"rule": rule.id, "text": doc.text[a:b],
                                     "why": "matched, but its figure went to an earlier rule or the resolver dropped it"})
            except TimeoutError:
                near.append({"rule": rule.id, "why": "timed out"})
        if not (quantities or hits):
            continue
        sentences.append({
            "sentence": sent.text, "span": [sent.start, sent.end],
            "quantities": quantities, "entities": entities, "periods": periods,
            "rules_fired": [{"rule": h.rule.id, "kind": h.kind or "(inherits)", "text": doc.text[slice(*view.span(h.start, h.end))]}
                            for h in hits],
            "almost": near,
            "records": [{"kind": f.kind, "subject": f.subject, "value": f.value, "unit": f.unit,
                         "period": f.period, "change": f.change, "approx": f.approx,
                         "quote": doc.text[f.span[0]:f.span[1]], "rule": f.rule, "why": list(f.why)} for f in facts],
        })
    return {"doc": doc.doc, "sentences": sentences, "warnings": result.warnings,
            "records_after_validation": len(result.records)}


def render_tree(trace: dict):
    """The trace as a rich Tree."""
    from rich.markup import escape
    from rich.tree import Tree
    tree = Tree(f"[b]{escape(trace['doc'])}[/b] — {trace['records_after_validation']} records")
    for s in trace["sentences"]:
        node = tree.add(escape(s["sentence"][:120] + ("…" if len(s["sentence"]) > 120 else "")))
        norm = node.add("[cyan]normalize[/cyan]")
        for q in s["quantities"]:
            norm.add(escape(f"{q['text']} → {q['value']}{'–' + str(q['value_max']) if q['value_max'] else ''} "
                            f"{q['unit'] or ''} {q['approx'] or ''}".rstrip()))
        for e in s["entities"]:
            norm.add(escape(f"entity {e['text']} → {e['id']}{'' if e['known'] else ' (as written)'}"))
        for p in s["periods"]:
            norm.add(escape(f"period {p['text']} ({p['kind']})"))
        rules = node.add("[magenta]rules[/magenta]")
        for h in s["rules_fired"]:
            rules.add(escape(f"{h['rule']} → {h['kind']}: {h['text']}"))
        for n in s["almost"]:
            rules.add(f"[dim]{escape(n['rule'])}: {escape(n.get('text', ''))} — {escape(n['why'])}[/dim]")
        recs = node.add("[green]resolve[/green]")
        for r in s["records"]:
            leaf = recs.add(escape(f"{r['kind']} {r['subject']} {r['value']} {r['unit'] or ''} "
                                   f"period={r['period']} change={r['change']} approx={r['approx']} «{r['quote']}»"))
            for w in r["why"]:
                leaf.add(f"[dim]{escape(w)}[/dim]")
    for w in trace["warnings"]:
        tree.add(f"[yellow]warning: {escape(w)}[/yellow]")
    return tree
