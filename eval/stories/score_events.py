#!/usr/bin/env python3
"""Scores `readout extract --format jsonl` output against the gold events of eval/stories/dev.jsonl.

Usage: score_events.py GOLD.jsonl EXTRACT.jsonl [--details]

Per article, predicted events become (source country, target country, root, date) tuples, the country being
the first three letters of sourceCode/targetCode. Predictions without two different countries (no target, a
country acting on itself, a bare role code) are not scored, because the gold lists only events between two
countries (docs/eval-stories.md); they are counted apart. Precision and recall are micro-averaged over articles,
with and without the date.
"""
import collections
import json
import sys


def tuples(events):
    scored, unscored = set(), 0
    for e in events:
        s, t = (e.get("sourceCode") or "")[:3], (e.get("targetCode") or "")[:3]
        if not s or not t or s == t or s in ("IGO", "MIL", "GOV", "MED"):
            unscored += 1
            continue
        scored.add((s, t, e["rootCode"], e["date"]))
    return scored, unscored


def prf(c):
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {c['tp']}, fp {c['fp']}, fn {c['fn']})"


def main(gold_path, pred_path, details):
    gold = [json.loads(line) for line in open(gold_path, encoding="utf-8") if line.strip()]
    pred = {d["id"]: d for d in (json.loads(line) for line in open(pred_path, encoding="utf-8") if line.strip())}
    dated, undated, skipped = collections.Counter(), collections.Counter(), 0
    for g in gold:
        want = {(e["source"], e["target"], e["root"], e["date"]) for e in g["events"]}
        got, unscored = tuples(pred[g["id"]]["events"])
        skipped += unscored
        for c, w, p in ((dated, want, got), (undated, {x[:3] for x in want}, {x[:3] for x in got})):
            c["tp"] += len(w & p)
            c["fp"] += len(p - w)
            c["fn"] += len(w - p)
        if details:
            print(f"{g['id']}: missed {sorted(want - got)} spurious {sorted(got - want)}")
    print(f"(source, target, root, date): {prf(dated)}")
    print(f"(source, target, root):       {prf(undated)}")
    print(f"unscored predictions (no second country): {skipped}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], "--details" in sys.argv[3:])
