# Shared by the bench/*.sh scripts (sourced, not run). Expects HERE, the repository root.

# Compiles the test classes (the benchmark harnesses live there) and sets BENCH_CP to run them.
bench_classpath() {
  mkdir -p "$HERE/target"
  if ! (cd "$HERE" && mvn -o -q -B -DskipTests test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt) > "$HERE/target/bench-build.log" 2>&1; then
    cat "$HERE/target/bench-build.log" >&2
    return 1
  fi
  rm -f "$HERE/target/bench-build.log"
  BENCH_CP="$HERE/target/test-classes:$HERE/target/classes:$(cat "$HERE/target/bench-classpath.txt")"
}

# The JVM flags the launcher gives a consultation (see ./heavylegs): C1 only, serial collector.
CONSULT_JVM_FLAGS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Writes the first profile of a JSON Lines file, without its "id", as an answers file.
first_profile() { # profiles.jsonl answers.json
  head -n 1 "$1" | python3 -c 'import json, sys; p = json.load(sys.stdin); p.pop("id", None); json.dump(p, sys.stdout)' > "$2"
}
