"""Summarises bench/results/prove/*.json into the Markdown table of docs/BENCHMARKS.md."""
import glob
import json
import os
import statistics
import sys

out = sys.argv[1]
# The classic protocols from the invariant-inference literature, written for Invar.
CLASSIC = set(os.listdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), "prove", "protocols")))
rows = {}
for path in sorted(glob.glob(os.path.join(out, "*-*.json"))):
    base = os.path.basename(path)
    if base.endswith(".time.json"):
        continue
    name, mode = base[:-5].rsplit("-", 1)
    try:
        doc = json.load(open(path))
    except (ValueError, OSError):
        doc = {"status": "error"}
    wall = json.load(open(path[:-5] + ".time.json"))["wall"]
    check = doc.get("check") or {}
    rows.setdefault(name, {})[mode] = dict(
        status=doc.get("status", "error"), wall=wall, lemmas=len(doc.get("lemmas", [])),
        ctis=doc.get("counterexamplesRuledOut", 0), runs=doc.get("tlcRuns", 0),
        how=("exhaustive" if check.get("exhaustive") else "sampled") if check else "-",
        states=check.get("typeCorrectStates", "-"), near=check.get("nearReachableStates", 0), preds=len((doc.get("grammar") or {}).get("predicates", [])))

def solved(x):
    """How a search ended, as the table says it."""
    if x["status"] != "inductive":
        return "no (" + x["status"] + ")"
    return "yes" if x["how"] == "exhaustive" else "no CTI in sample"


modes = ["inferred", "grammar"]
print("| protocol | " + " | ".join(f"{m}: solved | {m}: time | {m}: lemmas | {m}: CTIs ruled out" for m in modes)
      + " | type-correct states checked |")
print("|---|" + "---|---|---:|---:|" * len(modes) + "---|")
for name, r in sorted(rows.items()):
    cells = []
    for m in modes:
        x = r.get(m)
        if not x:
            cells += ["-"] * 4
            continue
        cells += [solved(x), f"{x['wall']:.1f} s", str(x["lemmas"]), str(x["ctis"])]
    some = r.get("inferred") or r.get("grammar")
    near = f" + next to {some['near']} reachable" if some.get("near") else ""
    print(f"| {name} | " + " | ".join(cells) + f" | {some['states']} ({some['how']}{near}) |")
for m in modes:
    walls = [r[m]["wall"] for r in rows.values() if m in r]
    exhaustive = [r[m] for r in rows.values() if m in r and r[m]["status"] == "inductive" and r[m]["how"] == "exhaustive"]
    sampled = [r[m] for r in rows.values() if m in r and r[m]["status"] == "inductive" and r[m]["how"] != "exhaustive"]
    if walls:
        print(f"\n{m}: {len(exhaustive)} of {len(walls)} solved (inductive on the instance, exhaustively), "
              f"{len(sampled)} with no counterexample in a sample; median wall time {statistics.median(walls):.1f} s"
              + (f", median over the solved {statistics.median([s['wall'] for s in exhaustive]):.1f} s" if exhaustive else ""))
        classic = [r[m]["wall"] for n, r in rows.items() if m in r and n in CLASSIC]
        if classic:
            print(f"{m}, the {len(classic)} classic protocols: median wall time {statistics.median(classic):.1f} s")

# With PROVE_BASE, the same searches at another commit, each run right before the one of the working tree.
def cell(x):
    return f"{solved(x)}, {x['wall']:.1f} s, {x['lemmas']} lemmas"


for base, mode in (("base", "inferred"), ("basegrammar", "grammar")):
    based = {n: r for n, r in sorted(rows.items()) if base in r and mode in r}
    if not based:
        continue
    print(f"\n| protocol | base, {mode} | this tree, {mode} | time, this tree / base |\n|---|---|---|---:|")
    for name, r in based.items():
        print(f"| {name} | {cell(r[base])} | {cell(r[mode])} | {r[mode]['wall'] / r[base]['wall']:.2f} |")
    ratios = [r[mode]["wall"] / r[base]["wall"] for r in based.values()]
    print(f"\n{mode}: median ratio over {len(ratios)} protocols: {statistics.median(ratios):.2f}")
