#!/bin/sh
# The latency of the interactive consultation: from an answer to the next question chosen and the
# conclusions updated, at the 50th to 99.9th percentile (target: 20 ms at p99 once started).
#
#   bench/latency.sh [--rules N] [--seconds S] [--warmup-seconds S] [--runs R] [--steps K]
#
# Knowledge base: the shipped kbase/, or with --rules N a synthetic one of N rules (SyntheticKbase).
# Runner profiles: bench/make-profiles.py (SyntheticProfiles for a synthetic base), fixed seeds.
#   1. warm, in-process (InterviewLatency, the launcher's consultation JVM flags): simulated runners
#      through the real Interview, revising an earlier answer now and then; after S_w seconds of
#      warm-up, S seconds of steps (defaults 15 and 60)
#   2. the same, saving the consultation after every step (consult --save), for S/2 seconds
#   3. cold, in-process: the first 12 steps of R fresh JVMs, one interview each (default 10),
#      runners 1 to R
#   4. cold, real processes: the first 12 steps of R runs of ./heavylegs consult answering on stdin
#      (bench/latency-process.py)
# --steps K ends every interview after K answers and revisions (for a large synthetic base, whose
# interviews run to hundreds of questions). About 2.5 to 3 minutes for the shipped base with the defaults.
set -eu
HERE=$(cd "$(dirname "$0")/.." && pwd)
. "$HERE/bench/lib.sh"
RULES=""
SECONDS_MEASURED=60
WARMUP=15
RUNS=10
COLD_STEPS=12   # the first steps of each fresh process; then it quits
STEPS=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rules) RULES=$2; shift 2 ;;
    --seconds) SECONDS_MEASURED=$2; shift 2 ;;
    --warmup-seconds) WARMUP=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --steps) STEPS="--steps $2"; COLD_STEPS=$2; shift 2 ;;
    *) echo "usage: bench/latency.sh [--rules N] [--seconds S] [--warmup-seconds S] [--runs R] [--steps K]" >&2; exit 2 ;;
  esac
done
bench_prepare
if [ -z "$RULES" ]; then
  KBASE="$HERE/kbase"
  python3 bench/make-profiles.py 2000 0 > "$WORK/profiles.jsonl"
else
  KBASE="$WORK/kbase-$RULES"
  java -cp "$BENCH_CP" dev.heavylegs.bench.SyntheticKbase "$RULES" "$KBASE" >&2
  java -cp "$BENCH_CP" dev.heavylegs.bench.SyntheticProfiles "$RULES" 2000 > "$WORK/profiles.jsonl"
fi
harness() {
  java $CONSULT_JVM_FLAGS -Djava.io.tmpdir="$WORK" -cp "$BENCH_CP" dev.heavylegs.bench.InterviewLatency --kbase "$KBASE" \
    --profiles "$WORK/profiles.jsonl" --cache "$WORK/harness-cache" "$@"
}

echo "1. warm, in-process (${WARMUP} s warm-up, ${SECONDS_MEASURED} s measured)..." >&2
mark=$(cpu_mark)
harness $STEPS --warmup-seconds "$WARMUP" --seconds "$SECONDS_MEASURED" > "$WORK/warm.md"
echo "Other load during 1 (share of all cores): $(others_since "$mark")" >> "$WORK/warm.md"
echo "2. warm, saving after every step..." >&2
mark=$(cpu_mark)
harness $STEPS --save --warmup-seconds 5 --seconds "$((SECONDS_MEASURED / 2))" > "$WORK/warm-save.md"
echo "Other load during 2: $(others_since "$mark")" >> "$WORK/warm-save.md"

echo "3. cold, in-process, $RUNS fresh JVMs..." >&2
: > "$WORK/cold.tsv"
mark=$(cpu_mark)
i=0
while [ $i -lt "$RUNS" ]; do
  harness --cold --steps "$COLD_STEPS" --seed "$((i + 1))" | awk -v run=$i 'BEGIN {OFS="\t"} $2 != "load" {print run, $2, $3, $4}' >> "$WORK/cold.tsv"
  i=$((i + 1))
done

cold_load=$(others_since "$mark")
echo "4. cold, $RUNS real processes..." >&2
mark=$(cpu_mark)
./heavylegs cache --build --kbase "$KBASE" >/dev/null
python3 bench/latency-process.py "$WORK/profiles.jsonl" "$RUNS" --kbase "$KBASE" --steps "$COLD_STEPS" > "$WORK/process.tsv"
process_load=$(others_since "$mark")

cat <<EOF

Machine: $(nproc) CPUs, $(java -version 2>&1 | head -n 1). "Other load": CPU time of processes
other than this script's, as a share of all cores, and the hypervisor's steal time.

1. Warm, in-process: InterviewLatency with $CONSULT_JVM_FLAGS (as ./heavylegs consult), after ${WARMUP} s of warm-up.
$(cat "$WORK/warm.md")

2. The same with --save (the consultation written and fsynced after every step).
$(cat "$WORK/warm-save.md")

3. Cold, in-process: the first $COLD_STEPS steps of $RUNS fresh JVMs (step 0: from the interview's start to the
first question, the knowledge base already loaded from the cache; revisions at random as in 1).
$(bench/step-table.py "$COLD_STEPS" < "$WORK/cold.tsv")
Other load during 3: $cold_load

4. Cold, real processes: the first $COLD_STEPS steps of $RUNS runs of ./heavylegs consult --kbase ... answering on stdin, no revisions
(step 0: from starting the process to the first prompt; the pipe and the echo are included).
$(awk -F'\t' '$3 != "end"' "$WORK/process.tsv" | bench/step-table.py "$COLD_STEPS")
Steps over 20 ms in these runs: $(awk -F'\t' '$3 == "answer" {n++; if ($4 > 20) o++} END {printf "%d of %d", o, n}' "$WORK/process.tsv").
Other load during 4: $process_load
EOF
