#!/bin/sh
# Times whole heavylegs processes against a bare JVM hello-world, side by side, on this machine.
#
#   bench/startup.sh [RUNS]        (default 7 runs of each)
#
# Prints the median wall time and peak RSS of:
#   hello          java -XX:TieredStopAtLevel=1 Hello (the floor)
#   consult-cached ./heavylegs consult --answers examples/hot-summer-runner.json --format json,
#                  knowledge base unchanged since the last run (cache hit)
#   consult-compile the same with HEAVYLEGS_CACHE=off (what every run cost before the cache)
#   after-edit     the first run after an edit to kbase/ (a miss: compiled, cache filled behind)
set -eu
HERE=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${1:-7}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export HEAVYLEGS_CACHE_DIR="$WORK/cache"

cat > "$WORK/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
javac -d "$WORK" "$WORK/Hello.java"

"$HERE/heavylegs" cache --build >/dev/null   # builds the jar and the CDS archive if needed

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

measure() { # name, command...
  name=$1; shift
  : > "$WORK/times"; : > "$WORK/rss"
  i=0
  while [ $i -lt "$RUNS" ]; do
    /usr/bin/time -f "%e %M" -o "$WORK/one" "$@" >/dev/null 2>&1
    cut -d' ' -f1 "$WORK/one" >> "$WORK/times"
    cut -d' ' -f2 "$WORK/one" >> "$WORK/rss"
    i=$((i + 1))
  done
  printf '%-16s median %5s s   peak RSS %6s MB   (runs: %s)\n' "$name" "$(median < "$WORK/times")" \
    "$(($(median < "$WORK/rss") / 1024))" "$(tr '\n' ' ' < "$WORK/times")"
}

cd "$HERE"
measure hello java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$WORK" Hello
measure consult-cached ./heavylegs consult --answers examples/hot-summer-runner.json --format json
HEAVYLEGS_CACHE=off measure consult-compile ./heavylegs consult --answers examples/hot-summer-runner.json --format json

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
