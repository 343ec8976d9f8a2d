#!/bin/sh
# How many questions an interactive consultation asks: N simulated runners (bench/make-profiles.py,
# fixed seed) answer the real Interview from their profiles; prints the median, 90th percentile,
# mean and maximum of the questions asked, and how many runners ended with conclusions other than
# those of their whole profile answered (must be 0).
#
#   bench/questions.sh [N]      (default 1000; about a minute)
set -eu
HERE=$(cd "$(dirname "$0")/.." && pwd)
. "$HERE/bench/lib.sh"
N=${1:-1000}
cd "$HERE"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
bench_classpath
python3 bench/make-profiles.py "$N" 0 > "$WORK/profiles.jsonl"
java $CONSULT_JVM_FLAGS -cp "$BENCH_CP" dev.heavylegs.bench.QuestionCount "$WORK/profiles.jsonl" kbase "$N"
