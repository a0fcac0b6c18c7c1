"""How reliable each organization rule is on annotated documents: for every rule that found a
name of the run (``pipeline.orgs.trace_organizations``), how many of its names the gold requires,
how many it marks optional and how many it does not list. Counts only, so a held-out set can be
measured without reading it; ``--show`` lists the false names of one rule (for sets tuned on).

    python scripts/rule_precision.py RUN.jsonl GOLD_DIR [GOLD_DIR ...] [--show RULE]

A rule's name is its first part (``suffix:中心``, ``brand:verb``, ``list``; ``+branch`` and the
like dropped). A name found by several rules counts once, for the first rule that found it.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from pipeline.evaluate import by_document, load_gold, norm
from pipeline.orgs import trace_organizations


def rule_name(rule: str) -> str:
    """The rule without its joins (suffix:有限公司+branch → suffix:有限公司, alias:group → alias:group)."""
    return rule.split("+", 1)[0]


def judge(name: str, gold: dict) -> str:
    """"required", "optional" or "false" for a predicted name against one document's gold."""
    orgs = gold.get("organizations") or {}
    key = norm(name)
    if key in {norm(n) for n in orgs.get("required", [])}:
        return "required"
    return "optional" if key in {norm(n) for n in orgs.get("optional", [])} else "false"


def rule_counts(record: dict, gold: dict) -> list[tuple[str, str, str]]:
    """(rule, judgement, name) for each distinct name of the record's organizations."""
    found = {norm(o["text"]) for o in record.get("organizations") or []}
    out, seen = [], set()
    for name, _, _, rule in trace_organizations(record.get("text") or ""):
        key = norm(name)
        if key in found and key not in seen:
            seen.add(key)
            out.append((rule_name(rule), judge(name, gold), name))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", type=Path)
    parser.add_argument("gold", type=Path, nargs="+")
    parser.add_argument("--show", metavar="RULE", help="list the false names of this rule")
    args = parser.parse_args()
    records = by_document(json.loads(line) for line in args.run.read_text(encoding="utf-8").splitlines())
    counts: dict[str, Counter] = defaultdict(Counter)
    for folder in args.gold:
        for gold in load_gold(folder):
            record = records.get(gold["doc"])
            for rule, verdict, name in rule_counts(record, gold) if record else []:
                counts[rule][verdict] += 1
                if args.show == rule and verdict == "false":
                    print(f"{gold['doc']}\t{name}")
    print(f"{'rule':28s} {'required':>8s} {'optional':>8s} {'false':>6s} {'precision':>9s}")
    for rule, c in sorted(counts.items(), key=lambda item: (-item[1]["false"], item[0])):
        decided = c["required"] + c["false"]
        precision = f"{c['required'] / decided:.2f}" if decided else "-"
        print(f"{rule:28s} {c['required']:8d} {c['optional']:8d} {c['false']:6d} {precision:>9s}")


if __name__ == "__main__":
    main()
