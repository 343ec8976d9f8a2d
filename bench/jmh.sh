#!/bin/sh
# Runs the JMH micro-benchmarks (src/test/java/dev/heavylegs/bench) from the repository root.
#
#   bench/jmh.sh [JMH options]      e.g. bench/jmh.sh ConsultationBenchmark -f 1
set -eu
HERE=$(cd "$(dirname "$0")/.." && pwd)
cd "$HERE"
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  -Dheavylegs.cache=off org.openjdk.jmh.Main "$@"
