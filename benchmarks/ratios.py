#!/usr/bin/env python3
"""Reads JMH's JSON results (-rf json) and prints, as Markdown: the writer comparison with allocation,
the ratios Copydesk/baseline and Copydesk/databind, and the scaling tables.

Usage: python3 benchmarks/ratios.py benchmarks/target/results/results.json
The error of a ratio is propagated from JMH's 99.9% confidence half-widths (relative errors in quadrature).
"""
import json
import math
import sys


def load(path):
    rows = []
    for r in json.load(open(path)):
        m = r["primaryMetric"]
        alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
        cls, method = r["benchmark"].rsplit(".", 2)[-2:]
        err = m["scoreError"]
        rows.append(dict(cls=cls, method=method, params=r.get("params", {}), score=m["score"],
                         error=0.0 if err != err else err, unit=m["scoreUnit"], alloc=alloc))
    return rows


def ratio(a, b):
    r = a["score"] / b["score"]
    e = r * math.hypot(a["error"] / a["score"], b["error"] / b["score"])
    return r, e


def fmt_alloc(x):
    return "-" if x is None else f"{x:,.0f}"


def main(path):
    rows = load(path)
    writer = [r for r in rows if r["cls"] == "WriterBenchmark"]
    if writer:
        print("| article | benchmark | ns/op | ± (99.9%) | B/op |")
        print("|---|---|---:|---:|---:|")
        order = ["copydesk", "baseline", "baselineSegmented", "databind", "databindMapped"]
        for art in ("seed", "typical"):
            for m in order:
                for r in writer:
                    if r["params"].get("article") == art and r["method"] == m:
                        print(f"| {art} | {m} | {r['score']:,.0f} | {r['error']:,.0f} | {fmt_alloc(r['alloc'])} |")
        print()
        print("| article | Copydesk/baseline (target <= 1.15) | Copydesk/baselineSegmented (same sink) "
              "| Copydesk/databind (target < 1.0) | Copydesk/databindMapped |")
        print("|---|---:|---:|---:|---:|")
        for art in ("seed", "typical"):
            by = {r["method"]: r for r in writer if r["params"].get("article") == art}
            if "copydesk" not in by:
                continue
            cells = []
            for other in ("baseline", "baselineSegmented", "databind", "databindMapped"):
                if other in by:
                    r, e = ratio(by["copydesk"], by[other])
                    cells.append(f"{r:.3f} ± {e:.3f}")
                else:
                    cells.append("-")
            print(f"| {art} | " + " | ".join(cells) + " |")
        print()

    cost = [r for r in rows if r["cls"] == "WriterCostBenchmark"]
    if cost:
        print("Where the time goes (WriterCostBenchmark; baseline with the word count known):")
        print()
        print("| article | benchmark | sink | ns/op | ± | B/op |")
        print("|---|---|---|---:|---:|---:|")
        for art in ("seed", "typical"):
            for m in ("wordCount", "baseline", "copydesk"):
                for sink in ("N/A", "StringWriter", "CharArrayWriter", "SegmentedStringWriter"):
                    for r in cost:
                        if r["params"].get("article") == art and r["method"] == m and r["params"].get("sink", "N/A") == sink:
                            print(f"| {art} | {m} | {'-' if sink == 'N/A' else sink} | {r['score']:,.0f} | "
                                  f"{r['error']:,.0f} | {fmt_alloc(r['alloc'])} |")
        print()
        if writer:
            print("| article | Copydesk into SegmentedStringWriter / databind | ... / databindMapped |")
            print("|---|---:|---:|")
            for art in ("seed", "typical"):
                seg = [r for r in cost if r["params"].get("article") == art and r["method"] == "copydesk"
                       and r["params"].get("sink") == "SegmentedStringWriter"]
                by = {r["method"]: r for r in writer if r["params"].get("article") == art}
                if seg and "databind" in by and "databindMapped" in by:
                    a, e = ratio(seg[0], by["databind"])
                    b, f = ratio(seg[0], by["databindMapped"])
                    print(f"| {art} | {a:.3f} ± {e:.3f} | {b:.3f} ± {f:.3f} |")
            print()

    body = sorted((r for r in rows if r["cls"] == "WriterScalingBenchmark" and r["method"] == "body"),
                  key=lambda r: int(r["params"]["bodyLength"]))
    if body:
        print("| body length (chars) | ns/op | ± | ns/char | B/op | B/op per char |")
        print("|---:|---:|---:|---:|---:|---:|")
        for r in body:
            n = int(r["params"]["bodyLength"])
            alloc = r["alloc"]
            per = "-" if alloc is None else f"{alloc / n:.2f}"
            print(f"| {n:,} | {r['score']:,.0f} | {r['error']:,.0f} | {r['score'] / n:.2f} | {fmt_alloc(alloc)} | {per} |")
        print()

    items = [r for r in rows if r["cls"] == "WriterScalingBenchmark" and r["method"] == "items"]
    if items:
        print("| kind | count | ns/op | ± | B/op | ns per added item (vs previous count) |")
        print("|---|---:|---:|---:|---:|---:|")
        for kind in ("quotes", "images", "contributors"):
            rs = sorted((r for r in items if r["params"]["kind"] == kind), key=lambda r: int(r["params"]["count"]))
            prev = None
            for r in rs:
                n = int(r["params"]["count"])
                marginal = "-" if prev is None else \
                    f"{(r['score'] - prev['score']) / (n - int(prev['params']['count'])):,.0f}"
                print(f"| {kind} | {n} | {r['score']:,.0f} | {r['error']:,.0f} | {fmt_alloc(r['alloc'])} | {marginal} |")
                prev = r
        print()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/target/results/results.json")
