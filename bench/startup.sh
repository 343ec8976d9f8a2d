#!/bin/sh
# Times whole heavylegs processes against a bare JVM hello-world, side by side, on this machine.
#
#   bench/startup.sh [RUNS]        (default 7 runs of each)
#
# Prints the median wall time and peak RSS of:
#   hello          java -XX:TieredStopAtLevel=1 Hello (the floor)
#   consult-cached ./heavylegs consult --answers examples/hot-summer-runner.json --format json,
#                  knowledge base unchanged since the last run (cache hit); runs alternate with
#                  hello, so both see the same machine load, and their ratio is printed
#   consult-compile the same with HEAVYLEGS_CACHE=off (what every run cost before the cache)
#   after-edit     the first run after an edit to kbase/ (a miss: compiled, cache filled behind)
set -eu
HERE=$(cd "$(dirname "$0")/.." && pwd)
. "$HERE/bench/lib.sh"   # median
RUNS=${1:-7}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export HEAVYLEGS_CACHE_DIR="$WORK/cache"

cat > "$WORK/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
javac -d "$WORK" "$WORK/Hello.java"

"$HERE/heavylegs" cache --build >/dev/null   # builds the jar and the CDS archive if needed

one() { # times-file rss-file command...: runs the command once, appends its wall time and RSS
  times=$1; rss=$2; shift 2
  /usr/bin/time -f "%e %M" -o "$WORK/one" "$@" >/dev/null 2>&1
  cut -d' ' -f1 "$WORK/one" >> "$times"
  cut -d' ' -f2 "$WORK/one" >> "$rss"
}

report() { # name times-file rss-file
  printf '%-16s median %5s s   peak RSS %6s MB   (runs: %s)\n' "$1" "$(median < "$2")" \
    "$(($(median < "$3") / 1024))" "$(tr '\n' ' ' < "$2")"
}

cd "$HERE"
# The bare JVM and the cached consultation alternate, so both see the same machine load.
for f in hello.t hello.r cached.t cached.r compiled.t compiled.r; do : > "$WORK/$f"; done
i=0
while [ $i -lt "$RUNS" ]; do
  one "$WORK/hello.t" "$WORK/hello.r" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$WORK" Hello
  one "$WORK/cached.t" "$WORK/cached.r" ./heavylegs consult --answers examples/hot-summer-runner.json --format json
  i=$((i + 1))
done
report hello "$WORK/hello.t" "$WORK/hello.r"
report consult-cached "$WORK/cached.t" "$WORK/cached.r"
echo "ratio cached/hello: $(echo "$(median < "$WORK/cached.t") $(median < "$WORK/hello.t")" | awk '{printf "%.1f", $1 / $2}')x"
i=0
while [ $i -lt "$RUNS" ]; do
  HEAVYLEGS_CACHE=off one "$WORK/compiled.t" "$WORK/compiled.r" ./heavylegs consult \
    --answers examples/hot-summer-runner.json --format json
  i=$((i + 1))
done
report consult-compile "$WORK/compiled.t" "$WORK/compiled.r"

# First run after an edit: a copy of kbase/ with one more blank line each time.
cp -r "$HERE/kbase" "$WORK/kbase"
: > "$WORK/times"
i=0
while [ $i -lt "$RUNS" ]; do
  echo "" >> "$WORK/kbase/conditions/hydration.drl"
  /usr/bin/time -f "%e" -o "$WORK/one" ./heavylegs consult --kbase "$WORK/kbase" \
    --answers examples/hot-summer-runner.json --format json >/dev/null 2>&1
  cat "$WORK/one" >> "$WORK/times"
  sleep 8   # let the background cache build finish, as it would between two edits
  i=$((i + 1))
done
printf '%-16s median %5s s   (runs: %s)\n' after-edit "$(median < "$WORK/times")" "$(tr '\n' ' ' < "$WORK/times")"
