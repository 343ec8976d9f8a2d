#!/bin/sh
# How heavylegs' costs grow with the number of rules: the shipped kbase/ (92 rules) and synthetic
# knowledge bases of 50, 200 and 1000 rules written like it (SyntheticKbase in
# src/test/java/dev/heavylegs/bench). For each base:
#   validity  ./heavylegs validate --kbase DIR must pass (its time is shown too)
#   (a)-(c)   in-process, in a fresh JVM per base (RuleScaling): classic compile with every check,
#             building the cache entry and loading from it, one consultation with its report (warm)
#   (d)       whole processes: ./heavylegs consult --kbase DIR --answers F --format json, cache warm;
#             filling the cache (./heavylegs cache --build, as the background process does after an
#             edit) and the same consultation with the cache off (about what the first run after an
#             edit costs: it compiles in the foreground)
#   (e)       ./heavylegs batch on generated profiles (with and without explanations)
#
#   bench/scaling.sh [SIZE...]      SIZE is a rule count or "shipped" (default: shipped 50 200 1000)
#
# Environment: RUNS (processes timed for (d), default 7; 3 with the cache off), PROFILES (batch size,
# default 10000), REPEATS (warm in-process loads, default 4). About 6 to 7 minutes on 2 cores.
set -eu
HERE=$(cd "$(dirname "$0")/.." && pwd)
. "$HERE/bench/lib.sh"
RUNS=${RUNS:-7}
PROFILES=${PROFILES:-10000}
REPEATS=${REPEATS:-4}
SIZES=${*:-shipped 50 200 1000}
bench_prepare

: > "$WORK/inprocess.tsv"; : > "$WORK/process.tsv"; : > "$WORK/batch.tsv"
for size in $SIZES; do
  echo "== $size" >&2
  if [ "$size" = shipped ]; then
    dir="$HERE/kbase"
    python3 bench/make-profiles.py "$PROFILES" 0 > "$WORK/profiles-$size.jsonl"
    cp examples/hot-summer-runner.json "$WORK/answers-$size.json"
  else
    dir="$WORK/kbase-$size"
    java -cp "$BENCH_CP" dev.heavylegs.bench.SyntheticKbase "$size" "$dir" >&2
    java -cp "$BENCH_CP" dev.heavylegs.bench.SyntheticProfiles "$size" "$PROFILES" > "$WORK/profiles-$size.jsonl"
    first_profile "$WORK/profiles-$size.jsonl" "$WORK/answers-$size.json"
  fi

  # Validity: every check passes (validate exits 3 on errors), and its own time.
  start=$(date +%s.%N)
  ./heavylegs validate --kbase "$dir" > "$WORK/validate.txt" 2>&1 || { cat "$WORK/validate.txt" >&2; exit 1; }
  validate=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {print b - a}')
  echo "  $(tail -n 1 "$WORK/validate.txt")" >&2

  echo "  in-process (a)-(c)..." >&2
  mark=$(cpu_mark)
  java -Djava.io.tmpdir="$WORK" -cp "$BENCH_CP" dev.heavylegs.bench.RuleScaling "$size" "$dir" "$WORK/profiles-$size.jsonl" "$REPEATS" > "$WORK/one.tsv"
  printf '%s\t%.1f\t%s\n' "$(cat "$WORK/one.tsv")" "$validate" "$(others_since "$mark")" >> "$WORK/inprocess.tsv"

  echo "  processes (d)..." >&2
  mark=$(cpu_mark)
  /usr/bin/time -f "%e" -o "$WORK/build-time" ./heavylegs cache --build --kbase "$dir" > "$WORK/cache.txt"
  grep -q ': cached$' "$WORK/cache.txt" || { cat "$WORK/cache.txt" >&2; exit 1; }
  : > "$WORK/uncached"
  for i in 1 2 3; do
    HEAVYLEGS_CACHE=off /usr/bin/time -f "%e" -a -o "$WORK/uncached" ./heavylegs consult --kbase "$dir" \
      --answers "$WORK/answers-$size.json" --format json > /dev/null
  done
  : > "$WORK/times"; : > "$WORK/rss"
  i=0
  while [ $i -lt "$RUNS" ]; do
    /usr/bin/time -f "%e %M" -o "$WORK/one" ./heavylegs consult --kbase "$dir" \
      --answers "$WORK/answers-$size.json" --format json > "$WORK/report.json"
    cut -d' ' -f1 "$WORK/one" >> "$WORK/times"
    cut -d' ' -f2 "$WORK/one" >> "$WORK/rss"
    i=$((i + 1))
  done
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$(median < "$WORK/times")" "$(($(median < "$WORK/rss") / 1024))" \
    "$(wc -c < "$WORK/report.json")" "$(tr '\n' ' ' < "$WORK/times")" "$(cat "$WORK/build-time")" \
    "$(median < "$WORK/uncached") ($(tr '\n' ' ' < "$WORK/uncached"| sed 's/ $//'))" "$(others_since "$mark")" >> "$WORK/process.tsv"

  echo "  batch (e)..." >&2
  line="$size"
  mark=$(cpu_mark)
  for mode in "" --no-explain; do
    /usr/bin/time -f "%e %M" -o "$WORK/one" ./heavylegs batch $mode --kbase "$dir" \
      --in "$WORK/profiles-$size.jsonl" --out "$WORK/out.jsonl" 2> "$WORK/batch.txt"
    lines=$(wc -l < "$WORK/out.jsonl")
    [ "$lines" -eq "$PROFILES" ] || { echo "batch wrote $lines lines for $PROFILES profiles" >&2; exit 1; }
    wall=$(cut -d' ' -f1 "$WORK/one")
    # profiles/s as batch reports it (its own clock), and over the whole process (start-up included)
    own=$(sed -n 's/.*s, \([0-9,]*\) profiles\/s.*/\1/p' "$WORK/batch.txt" | tr -d ,)
    line="$line\t$wall\t$own\t$(awk -v n="$PROFILES" -v t="$wall" 'BEGIN {printf "%d", n / t}')\t$(($(cut -d' ' -f2 "$WORK/one") / 1024))"
  done
  printf "$line\t%s\n" "$(others_since "$mark")" >> "$WORK/batch.tsv"
done

cat <<EOF

Machine: $(nproc) CPUs, $(uname -r), $(java -version 2>&1 | head -n 1). "Other load": CPU time of
processes other than this script's during that measurement, as a share of all cores, and the
hypervisor's steal time (the numbers are only comparable when it is near 0).

(a)-(c) in-process, one fresh JVM per base (default JIT flags, no CDS), in this order: (a) classic
loads, the first cold and the median of $REPEATS more; (b) two cache builds (classic load, warm by
then, plus the executable model, cold in the first) and loads from the entry, the first and the
median of $REPEATS more; all in ms. (c) Consultation.run + ReportBuilder (fresh session,
explanations, open questions) on the cached base, warm, in microseconds.

| kbase | rules | questions | validate (process, s) | (a) classic load cold | (a) warm | (b) cache build 1st | (b) 2nd | (b) cached load 1st | (b) warm | (c) consultation p50 µs | mean µs | p90 µs | timed | other load |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
EOF
awk -F'\t' '{printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1,$2,$3,$14,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$15}' "$WORK/inprocess.tsv"
cat <<EOF

(d) ./heavylegs consult --kbase DIR --answers F --format json, cache warm, $RUNS runs (shipped: examples/hot-summer-runner.json;
synthetic: the first generated profile, which answers about nine questions in ten); ./heavylegs cache --build
(one fresh process, the launcher's C1-only flags, like the background build after an edit); the same
consultation with HEAVYLEGS_CACHE=off, 3 runs (median, runs):

| kbase | consult, cached: median s | peak RSS MB | report bytes | runs (s) | cache --build s | consult, cache off: s | other load |
|---|---|---|---|---|---|---|---|
EOF
awk -F'\t' '{printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n", $1,$2,$3,$4,$5,$6,$7,$8}' "$WORK/process.tsv"
cat <<EOF

(e) ./heavylegs batch on $PROFILES generated profiles, one run each (wall includes start-up; "own" is
the rate batch prints itself):

| kbase | wall s | own profiles/s | profiles/s over wall | peak RSS MB | --no-explain wall s | own profiles/s | profiles/s over wall | peak RSS MB | other load |
|---|---|---|---|---|---|---|---|---|---|
EOF
awk -F'\t' '{printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1,$2,$3,$4,$5,$6,$7,$8,$9,$10}' "$WORK/batch.tsv"
