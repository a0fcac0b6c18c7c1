"""Could a learned decision find the companies the rules miss? A measurement, not a component.

Candidates: every run of one to three words (Han characters only) right before an industry word
of models/orgs (某某|科技, 河北|某某|网络科技): the shape of most trade names the organizations
stage misses. Each candidate that overlaps no name of the run is described by its context
(what kinds of words it is made of, the word before and after, a company verb, a list of
companies or of projects after it, a 、-neighbour the run found, the trade name elsewhere in
the document …) and labelled by the gold: a required name is positive, a name the gold does not
list negative, an optional one left out. A logistic regression is cross-validated by document
(k folds, documents shuffled with a fixed seed); for each threshold it prints the required names
the best candidate of each industry word would add, and the false ones.

    python scripts/learned_decision.py RUN.jsonl GOLD_DIR [GOLD_DIR ...] [--folds 5]

Counts only: run it on sets tuned on, never on a held-out set you mean to keep.
"""
from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import regex

from pipeline.evaluate import by_document, load_gold, norm
from pipeline.orgs import brands, lexicon, trade
from pipeline.orgs.brandlist import industries, kind_industries
from pipeline.orgs.words import WordIndex, compute_spans, is_known_word, word_tag

_HAN = regex.compile(r"\p{Han}+")
_LIST_OF = r"(?:、[^，。；：！？\n]{2,16}?)*等\s*[\d一二三四五六七八九十多几]*\s*[个项家批户]?\p{Han}{0,8}?"
_PROJECTS = regex.compile(_LIST_OF + "项目")
_COMPANIES = regex.compile(_LIST_OF + "(?:企业|公司)")
_MARKS = "、，。；：,;:\n“”（(等和与及"


def candidates(text: str, index: WordIndex) -> Iterator[tuple[int, int, int, int]]:
    """(start, end, first word, industry word) of every run of 1-3 Han words before an industry
    word (and a second industry word after it: 某某|影视|传媒)."""
    words = industries() | kind_industries()
    spans, texts = index.spans, index.texts(text)
    for i, word in enumerate(texts):
        if len(word) < 2 or word not in words:
            continue
        ends = [spans[i][1]] + ([spans[i + 1][1]] if i + 1 < len(spans) and texts[i + 1] in words else [])
        for j in range(i - 1, max(-1, i - 4), -1):
            if not _HAN.fullmatch(text, spans[j][0], spans[i][0]):
                break
            for end in ends:
                yield spans[j][0], end, j, i


def kind_of(word: str) -> str:
    """What a word is to a trade name: a place, a kind, a stop word, a listed brand, unknown …"""
    if word in lexicon.places():
        return "place"
    if lexicon.is_kind(word):
        return "kind"
    if word in lexicon.left_stops():
        return "stop"
    if word in brands.brands():
        return "brand" + ("known" if is_known_word(word) else "")
    return "tag_" + word_tag(word) if is_known_word(word) else "unknown"


def features(text: str, index: WordIndex, cand: tuple[int, int, int, int], stems: set[str],
             found: list[tuple[int, int]]) -> list[str]:
    start, end, j, i = cand
    texts = index.texts(text)
    name_words, industry = texts[j:i], texts[i]
    kinds = [kind_of(w) for w in name_words]
    name = "".join(name_words)
    out = ["bias", f"words={len(name_words)}", f"len={min(end - start, 9)}", f"industry={industry}",
           f"kind_industry={industry in kind_industries()}", f"first={kinds[0]}", f"last={kinds[-1]}",
           "kinds=" + "+".join(kinds), f"brand={name in brands.brands()}", f"known={is_known_word(name)}",
           f"stem_in_document={name in stems}"]
    before = text[start - 1] if start else "^"
    if before in _MARKS:
        out.append(f"before={before}")
    elif j:
        out += [f"before_tag={word_tag(texts[j - 1])}", f"before_kind={kind_of(texts[j - 1])}", f"before={texts[j - 1]}"]
    after = text[end:end + 1]
    if after and after in _MARKS:
        out.append(f"after={after}")
    nxt = index.words(end, min(len(text), end + 6))
    if nxt and nxt[0][0] == end:
        word = text[slice(*nxt[0])]
        out += [f"after_tag={word_tag(word)}", f"after_kind={kind_of(word)}", f"after={word}"]
    flags = {"acting": trade.acting(text, end), "sector_after": bool(brands.SECTOR_AFTER.match(text, end)),
             "product_after": brands.product_after(text, end, index),
             "projects": bool(_PROJECTS.match(text, end)), "companies": bool(_COMPANIES.match(text, end)),
             "neighbour_found": any(b == start - 1 and before == "、" or a == end + 1 and after == "、"
                                    for a, b in found)}
    return out + [k for k, v in flags.items() if v]


def rows_of(record: dict, gold: dict) -> list[tuple[list[str], int, str, int]]:
    """(features, label, name, group) of each candidate overlapping no found name; group is the
    industry word the candidate ends at (one decision per industry word)."""
    text = record.get("text") or ""
    orgs = gold.get("organizations") or {}
    required = {norm(n) for n in orgs.get("required", [])}
    optional = {norm(n) for n in orgs.get("optional", [])}
    found = [(o["start"], o["end"]) for o in record.get("organizations") or []]
    index = WordIndex(compute_spans(text))
    stems = brands.stems_of([text[s:e] for s, e in found])
    out = []
    for cand in candidates(text, index):
        s, e = cand[0], cand[1]
        name = norm(text[s:e])
        if name in optional or any(a < e and s < b for a, b in found):
            continue
        out.append((features(text, index, cand, stems, found), int(name in required), name, cand[3]))
    return out


def fit(rows: list, vocab: dict[str, int], l2: float = 3.0, steps: int = 600) -> np.ndarray:
    """Weights of an L2-regularised logistic regression (Adam on the full batch)."""
    cols = [np.array([vocab[f] for f in r[0]]) for r in rows]
    row_of = np.concatenate([np.full(len(c), n) for n, c in enumerate(cols)])
    col = np.concatenate(cols)
    y = np.array([r[1] for r in rows], float)
    w, m, v = np.zeros(len(vocab)), np.zeros(len(vocab)), np.zeros(len(vocab))
    for t in range(1, steps + 1):
        z = np.bincount(row_of, weights=w[col], minlength=len(rows))
        err = 1 / (1 + np.exp(-z)) - y
        g = np.bincount(col, weights=err[row_of], minlength=len(vocab)) + l2 * w
        m, v = 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g * g
        w -= 0.05 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", type=Path)
    parser.add_argument("gold", type=Path, nargs="+")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    records = by_document(json.loads(line) for line in args.run.read_text(encoding="utf-8").splitlines())
    docs = [rows_of(records[g["doc"]], g) for folder in args.gold for g in load_gold(folder) if g["doc"] in records]
    vocab = {f: n for n, f in enumerate(sorted({f for doc in docs for r in doc for f in r[0]}))}
    order = list(range(len(docs)))
    random.Random(1).shuffle(order)
    scores: dict[int, list[float]] = {}
    for k in range(args.folds):
        held = set(order[k::args.folds])
        w = fit([r for d, doc in enumerate(docs) if d not in held for r in doc], vocab)
        for d in held:
            scores[d] = [float(sum(w[vocab[f]] for f in r[0])) for r in docs[d]]
    print(f"{len(docs)} documents, {sum(map(len, docs))} candidates, "
          f"{sum(r[1] for doc in docs for r in doc)} of them required names the run missed")
    for threshold in (-2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0):
        added, false = 0, 0
        for d, doc in enumerate(docs):
            best: dict[int, int] = {}
            for n, r in enumerate(doc):
                if scores[d][n] >= threshold and (r[3] not in best or scores[d][n] > scores[d][best[r[3]]]):
                    best[r[3]] = n
            names = {doc[n][2]: doc[n][1] for n in best.values()}
            added += sum(names.values())
            false += len(names) - sum(names.values())
        print(f"threshold {threshold:+.1f}: {added} required names added, {false} false")


if __name__ == "__main__":
    main()
