#!/usr/bin/env bash
# Times `invar prove` on the prove benchmark: the classic protocols in bench/prove/protocols and
# the library protocols with a grammar in bench/prove/grammars, each without a grammar (inferred
# from the spec) and with the hand-written Endive-format grammar; and the held-out protocols in
# bench/prove/unseen, which have no grammar, without one. One protocol at a time.
#
#   bench/prove.sh [--only "MODE ..."] [name ...]      modes: inferred, grammar
#
# PROVE_BASE=REV adds the modes base and basegrammar: inferred and grammar, with Invar built from commit
# REV, each run right before the working tree's search of the same protocol, so that the two are timed
# side by side.
#
# Results: bench/results/prove/<name>-<mode>.json (invar's JSON), and a Markdown table on stdout
# (also bench/results/prove/table.md).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/bench/results/prove"
LIMIT="${PROVE_TIME_LIMIT:-5m}"
MODES="inferred grammar"
if [ "${1:-}" = "--only" ]; then MODES="$2"; shift 2; fi
if [ -n "${PROVE_BASE:-}" ]; then # each search at PROVE_BASE runs right before the same search of the working tree
  MODES="$(echo " $MODES " | sed -e 's/ base / /; s/ basegrammar / /; s/ inferred / base inferred /; s/ grammar / basegrammar grammar /')"
fi
mkdir -p "$OUT"
# shellcheck source=lib/snapshot.sh
. "$ROOT/bench/lib/snapshot.sh"
SNAP="$(mktemp -d)"
BASE="$(mktemp -d)"
trap 'rm -rf "$SNAP" "$BASE"' EXIT
snapshot_invar "$ROOT" "$SNAP" # times a private copy of the build
INVAR="$SNAP/invar"
if [ -n "${PROVE_BASE:-}" ]; then
  mkdir -p "$BASE/src" "$BASE/snap"
  git -C "$ROOT" archive "$PROVE_BASE" | tar -x -C "$BASE/src"
  snapshot_invar "$BASE/src" "$BASE/snap"
fi

run() { # name target safety grammar-file
  local name="$1" target="$2" safety="$3" grammar="$4" mode
  for mode in $MODES; do
    local extra=() invar="$INVAR"
    case "$mode" in *grammar) extra=(--grammar "$grammar") ;; esac
    case "$mode" in base*) invar="$BASE/snap/invar" ;; esac
    local scratch; scratch="$(mktemp -d)"
    local start end
    start=$(date +%s.%N)
    "$invar" prove "$target" --safety "$safety" --json --time-limit "$LIMIT" -o "$scratch" "${extra[@]}" \
      > "$OUT/$name-$mode.json" 2> "$OUT/$name-$mode.err" || true
    end=$(date +%s.%N)
    echo "{\"wall\": $(echo "$end - $start" | bc)}" > "$OUT/$name-$mode.time.json"
    rm -rf "$scratch"
    echo "$name $mode: $(python3 -c "import json,sys; d=json.load(open('$OUT/$name-$mode.json')); print(d['status'], len(d['lemmas']), 'lemmas')" 2>/dev/null || echo error)" >&2
  done
}

want() { [ $# -eq 0 ] || [[ " $SELECTED " == *" $1 "* ]]; }
SELECTED="$*"
for dir in "$ROOT"/bench/prove/protocols/*/; do
  name="$(basename "$dir")"
  want "$name" || [ -z "$SELECTED" ] || continue
  spec="$(ls "$dir"*.tla | grep -v _Reference | head -1)"
  safety="$(python3 -c "import json; print(json.load(open('$dir/config.json'))['safety'])")"
  run "$name" "$spec" "$safety" "$dir/config.json"
done
for dir in "$ROOT"/bench/prove/unseen/*/; do # no hand-written grammar: the inferred modes only
  name="$(basename "$dir")"
  want "$name" || [ -z "$SELECTED" ] || continue
  spec="$(ls "$dir"*.tla | grep -v _Reference | head -1)"
  safety="$(grep -h '^INVARIANT' "$dir"*.cfg | grep -v TypeOK | awk '{print $2}' | head -1)"
  MODES="$(echo " $MODES " | sed -e 's/ basegrammar / /; s/ grammar / /')" run "$name" "$spec" "$safety" ""
done
for grammar in "$ROOT"/bench/prove/grammars/*.json; do
  name="$(basename "$grammar" .json)"
  want "$name" || [ -z "$SELECTED" ] || continue
  safety="$(python3 -c "import json; print(json.load(open('$grammar'))['safety'])")"
  run "$name" "$name" "$safety" "$grammar"
done
python3 "$ROOT/bench/prove_table.py" "$OUT" | tee "$OUT/table.md"
