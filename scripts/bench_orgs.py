"""Organizations on ../shared/gold/dev: this stage vs jieba's ``nt`` tag vs a plain suffix regex.

Scored as ../shared/eval/score.py scores organizations: the set of unique names per document,
micro-averaged; a predicted name that is neither required nor optional is a false positive, a
missing required name a false negative, optional names count neither way. Speed is characters
of normalized text per second of extraction (segmentation excluded for this stage; jieba's
posseg does its own segmentation, which is its extraction).

usage: python scripts/bench_orgs.py [GOLD_DIR=../shared/gold/dev] [CORPUS=../shared/corpus] [--misses]
  --misses  also list, per document, the stage's missed required names and its extra names
"""
from __future__ import annotations

import json
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import regex

from pipeline.normalize import normalize
from pipeline.orgs import find_organizations
from pipeline.read import SUFFIXES, read_document
from pipeline.segment import default_segmenter

ROOT = Path(__file__).resolve().parent.parent
SUFFIX_RE = regex.compile(
    r"\p{Han}{2,8}(?:有限公司|研究院|大学|学院|中学|小学|医院|博物馆|图书馆|中心|协会|委员会"
    r"|人民政府|局|厅|办公室|党支部|银行|基金)"
)


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(ch for ch in text if not ch.isspace()).replace("*", "").strip("#")


def gold_documents(gold_dir: Path, corpus: Path) -> list[tuple[dict, Path]]:
    """(gold annotation, document path) in the order of the sorted gold files; documents
    missing from the corpus left out."""
    paths = {p.name: p for p in corpus.rglob("*") if p.suffix.lower() in SUFFIXES}
    out = []
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        if gold["doc"] in paths:
            out.append((gold, paths[gold["doc"]]))
    return out


def load(gold_dir: Path, corpus: Path) -> list[tuple[str, set[str], set[str]]]:
    """(normalized text, required names, optional names) of each gold document."""
    docs = []
    for gold, path in gold_documents(gold_dir, corpus):
        _, result = read_document(path)
        text = normalize(result.text, pages=result.pages or None)
        orgs = gold.get("organizations", {})
        docs.append((text, {norm(o) for o in orgs.get("required", [])},
                     {norm(o) for o in orgs.get("optional", [])}))
    return docs


def score(docs, extract: Callable[[str, list], set[str]], spans: list) -> dict:
    tp = fp = fn = chars = 0
    seconds = 0.0
    for (text, required, optional), words in zip(docs, spans):
        t0 = time.perf_counter()
        found = {norm(n) for n in extract(text, words)} - {""}
        seconds += time.perf_counter() - t0
        chars += len(text)
        tp += len(found & required)
        fp += len(found - required - optional)
        fn += len(required - found)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn,
            "mchars_per_s": chars / seconds / 1e6 if seconds else 0.0}


def misses(docs, spans) -> list[tuple[list[str], list[str]]]:
    """(missed required names, extra names) of each document."""
    out = []
    for (text, required, optional), words in zip(docs, spans):
        found = {norm(o.text) for o in find_organizations(text, words=words)} - {""}
        out.append((sorted(required - found), sorted(found - required - optional)))
    return out


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    gold_dir = Path(args[0]) if args else ROOT.parent / "shared" / "gold" / "dev"
    corpus = Path(args[1]) if len(args) > 1 else ROOT.parent / "shared" / "corpus"
    docs = load(gold_dir, corpus)
    seg = default_segmenter()
    spans = [seg.spans(text) for text, _, _ in docs]
    find_organizations("预热：广州市海珠区科学技术协会")  # load the lexicons before timing

    import jieba
    import jieba.posseg

    tagger = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    tagger.lcut("预热")

    rows = {
        "orgs stage": score(docs, lambda t, w: {o.text for o in find_organizations(t, words=w)}, spans),
        "jieba nt": score(docs, lambda t, w: {p.word for p in tagger.cut(t) if p.flag == "nt"}, spans),
        "suffix regex": score(docs, lambda t, w: set(SUFFIX_RE.findall(t)), spans),
    }
    print(f"organizations on {len(docs)} gold documents ({gold_dir})")
    print(f"{'method':14s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>4s} {'fp':>4s} {'fn':>4s} {'M chars/s':>10s}")
    for name, r in rows.items():
        print(f"{name:14s} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} "
              f"{r['tp']:4d} {r['fp']:4d} {r['fn']:4d} {r['mchars_per_s']:10.2f}")
    if "--misses" in sys.argv:
        names = [gold["doc"] for gold, _ in gold_documents(gold_dir, corpus)]
        for name, (missed, extra) in zip(names, misses(docs, spans)):
            if missed or extra:
                print(f"{name}: missed {missed} extra {extra}")


if __name__ == "__main__":
    main()
