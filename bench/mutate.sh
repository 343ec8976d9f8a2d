#!/bin/sh
# How long `heavylegs test --mutate` takes on the shipped knowledge base: whole processes (start-up,
# every scenario, then every mutant compiled and checked), RUNS times with one thread and with one
# per core, alternated; prints each time and the medians, and the mutation check's own line.
#
#   bench/mutate.sh [RUNS]      (default 5; about 20 s a run)
set -eu
HERE=$(cd "$(dirname "$0")/.." && pwd)
. "$HERE/bench/lib.sh"
RUNS=${1:-5}
CORES=$(nproc)
cd "$HERE"
./heavylegs --version >/dev/null
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
: > "$WORK/t1"
: > "$WORK/tn"
i=0
while [ "$i" -lt "$RUNS" ]; do
  for threads in 1 "$CORES"; do
    start=$(date +%s.%N)
    ./heavylegs test --mutate --threads "$threads" > "$WORK/out" 2>&1 || {
      cat "$WORK/out" >&2
      exit 1
    }
    end=$(date +%s.%N)
    seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
    if [ "$threads" = 1 ]; then echo "$seconds" >> "$WORK/t1"; else echo "$seconds" >> "$WORK/tn"; fi
    echo "run $((i + 1)), $threads thread(s): $seconds s; $(grep '^mutation check took' "$WORK/out")"
  done
  i=$((i + 1))
done
grep '^mutation check:' "$WORK/out"
echo "median of $RUNS whole processes: 1 thread $(median < "$WORK/t1") s, $CORES threads $(median < "$WORK/tn") s"
