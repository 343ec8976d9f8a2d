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

# Makes a scratch folder WORK, removed on exit, with its own heavylegs cache; then builds the jar,
# the CDS archive and the test classes, and sets BENCH_CP. Runs from the repository root.
bench_prepare() {
  WORK=$(mktemp -d)
  trap 'rm -rf "$WORK"' EXIT
  export HEAVYLEGS_CACHE_DIR="$WORK/cache"
  cd "$HERE"
  echo "building (jar, CDS archive, test classes)..." >&2
  ./heavylegs --version >/dev/null
  bench_classpath
}

# The JVM flags the launcher gives a consultation (see ./heavylegs): C1 only, serial collector.
CONSULT_JVM_FLAGS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Writes the first profile of a JSON Lines file, without its "id", as an answers file.
first_profile() { # profiles.jsonl answers.json
  head -n 1 "$1" | python3 -c 'import json, sys; p = json.load(sys.stdin); p.pop("id", None); json.dump(p, sys.stdout)' > "$2"
}

# How busy the machine was with other work, to judge a measurement: cpu_mark notes the machine's busy
# CPU time, the hypervisor's steal time, the CPU time of this script and its (waited-for) children,
# and the clock; others_since MARK prints the CPU time of everything else since then, as a share of
# the machine (all cores), and the steal time: "others 3%, steal 0%".
cpu_mark() {
  echo "$(awk '/^cpu / {print $2 + $3 + $4 + $7 + $8, $9}' /proc/stat) $(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat) $(date +%s.%N)"
}
others_since() { # mark
  echo "$1 $(cpu_mark)" | awk -v hz="$(getconf CLK_TCK)" -v n="$(nproc)" '{
    wall = ($8 - $4) * n; others = ($5 - $1 - ($7 - $3)) / hz; steal = ($6 - $2) / hz
    printf "others %.0f%%, steal %.0f%%", 100 * (others < 0 ? 0 : others) / wall, 100 * steal / wall }'
}
