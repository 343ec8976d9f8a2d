#!/bin/sh
# Runs the JMH micro-benchmarks (src/test/java/dev/heavylegs/bench) from the repository root.
#
#   bench/jmh.sh [JMH options]      e.g. bench/jmh.sh ConsultationBenchmark -f 1
set -eu
HERE=$(cd "$(dirname "$0")/.." && pwd)
. "$HERE/bench/lib.sh"
cd "$HERE"
bench_classpath
exec java -cp "$BENCH_CP" -Dheavylegs.cache=off org.openjdk.jmh.Main "$@"
