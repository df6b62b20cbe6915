#!/usr/bin/env python3
"""Prints the table of results/explain/README.md from the runs' folders and logs: per run its exit, time, verdicts, the
time explaining took and its share of the run, and per explained benchmark what the report's headline names."""
import json, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
runs = sys.argv[1:] or sorted(name for name in os.listdir(here) if os.path.isdir(os.path.join(here, name)))
exits = {}
if os.path.exists(os.path.join(here, "runs.txt")):
    for line in open(os.path.join(here, "runs.txt")):
        match = re.match(r"(\S+): exit (\d+) in (\d+) s", line)
        if match:
            exits[match.group(1)] = (int(match.group(2)), int(match.group(3)))

def short_display(key):
    """ComparisonReport.DisplayName: the key without its namespace."""
    name = key.split("(")[0]
    return key[len(".".join(name.split(".")[:-2])) + 1:]

def short(key):
    return key.replace("RowBench.Harness.Benchmarks.", "").replace(", Rows: 300", "").replace(", DegreeOfParallelism: 2", "").replace('Transform: ', "")

print("| Run | Exit | Time | Launches | Slower / faster of 29 | Resolution (median MDE) | Explaining | Share of the run |")
print("|---|---:|---:|---:|---|---:|---:|---:|")
details = []
for run in runs:
    folder = os.path.join(here, run)
    comparison = json.load(open(os.path.join(folder, "comparison.json")))
    explain = json.load(open(os.path.join(folder, "explain.json")))
    launches = json.load(open(os.path.join(folder, "launches.json")))
    verdicts = [row["verdict"] for row in comparison["benchmarks"]]
    code, seconds = exits.get(run, ("?", 0))
    share = explain["seconds"] / (seconds - explain["seconds"]) if seconds else float("nan")
    print(f"| `{run}` | {code} | {seconds / 60:.1f} min | {len(launches.get('pairedLaunches') or [])} | {verdicts.count('slower')} / {verdicts.count('faster')} | {(comparison.get('medianMinimumDetectableChange') or float('nan')) * 100:.1f}% | {explain['seconds']:.0f} s | {share * 100:.1f}% |")
    for benchmark in explain["benchmarks"]:
        flagged = [f"{c['name']} ×{c['ratio']:.2f}" if c.get("ratio") else f"{c['name']} {c['newMedian']:+.2f}/op from 0" for c in benchmark["counters"] if c["standsOut"]]
        inclusive = benchmark["inclusive"]
        # The report's own headline names it; read it back from ab.md rather than computing it again here.
        nearest = None
        for line in open(os.path.join(folder, "ab.md")):
            if line.startswith("- " + short_display(benchmark["key"]) + " ("):
                match = re.search(r"grown most, your code \(deepest carrying half the growth\): (.+?) ([+-][0-9.]+ ms)/op", line)
                if match and not line.split("grown most, your code (deepest carrying half the growth): ")[1].startswith("none;"):
                    nearest = {"method": match.group(1).strip(), "delta": float(match.group(2).split()[0])}
        exclusive = benchmark["exclusive"][0] if benchmark["exclusive"] else None
        size = max(os.path.getsize(os.path.join(folder, benchmark[side]["trace"])) for side in ("base", "new"))
        row = next(r for r in comparison["benchmarks"] if r["key"] == benchmark["key"])
        untraced = row["baseMedianNanoseconds"] / 1e6
        details.append((run, short(benchmark["key"]), benchmark["verdict"], benchmark["ratio"], flagged, nearest, exclusive, size, benchmark.get("dilation"), (exclusive["delta"] / untraced) if exclusive else 0))

print()
print("| Run | Benchmark | Verdict | Counters standing out | Your code, grown most (the report's headline) | Self time grown most | … of the untraced time | Largest trace | Sampler's dilation |")
print("|---|---|---|---|---|---|---:|---:|---:|")
for run, key, verdict, ratio, flagged, nearest, exclusive, size, dilation, relative in details:
    def method(m):
        if not m:
            return "none"
        name = m["method"].split(" (new side only")[0].split("(")[0].strip()
        marker = " (new side only: new code, or inlined in base)" if "(new side only" in m["method"] else ""
        return f"`{name}`{marker} {m['delta']:+.3f} ms/op"
    print(f"| `{run}` | {key} | {verdict} ×{ratio:.3f} | {', '.join(flagged) or 'none'} | {method(nearest)} | {method(exclusive)} | {relative * 100:.1f}% | {size / 1e6:.2f} MB | {dilation or float('nan'):.2f}× |")
