#!/usr/bin/env bash
# Recovering stripped invariants with the built-in drafter: for each library protocol's small model,
# keep only TypeOK among the config's invariants (in a copy), run `invar draft --json`, and decide which
# stripped invariants an accepted draft implies on the type-correct states of the original model (see
# bench/README.md). One protocol at a time.
#
#   bench/draft-recovery.sh [protocol-id ...]        # default: every library protocol
#
# DRAFT_TIME_LIMIT (seconds, default 300) bounds each `invar draft`. Results: bench/results/draft-recovery/
# or $DRAFT_RECOVERY_OUT (<id>.draft.json: invar's JSON; <id>.recovery.json: the decisions; table.md, also printed).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="${DRAFT_RECOVERY_OUT:-$ROOT/bench/results/draft-recovery}"
LIMIT="${DRAFT_TIME_LIMIT:-300}"
mkdir -p "$OUT"
"$ROOT/invar" --version >/dev/null # build once, outside the timings
# Run a private copy of the launcher and the build, so that a rebuild while the benchmark runs changes
# nothing it times (the copy has no sources, so the copied launcher never rebuilds).
SNAP="$(mktemp -d)"
trap 'rm -rf "$SNAP"' EXIT
mkdir -p "$SNAP/cli/target"
cp "$ROOT/invar" "$SNAP/"
cp -r "$ROOT/cli/target/invar-cli.jar" "$ROOT/cli/target/lib" "$SNAP/cli/target/"
{ echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"; echo "cores: $(nproc)"; echo "uptime: $(uptime)"; \
  echo "commit: $(git -C "$ROOT" rev-parse --short HEAD)"; } | tee "$OUT/machine.txt" >&2
cd "$ROOT"
java -cp "$SNAP/cli/target/invar-cli.jar:$SNAP/cli/target/lib/*" bench/DraftRecovery.java \
  "$SNAP/invar" "$OUT" "$LIMIT" "$@"
echo "uptime after: $(uptime)" | tee -a "$OUT/machine.txt" >&2
