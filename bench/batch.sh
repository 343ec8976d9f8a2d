#!/bin/sh
# Times heavylegs batch over N generated profiles (M of them malformed) against jq on the same file.
#
#   bench/batch.sh [N] [M]          (default 100000 profiles, 100 malformed)
#
# Checks that every input line gave exactly one output line and counts the error records.
set -eu
HERE=$(cd "$(dirname "$0")/.." && pwd)
N=${1:-100000}
M=${2:-100}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

python3 "$HERE/bench/make-profiles.py" "$N" "$M" > "$WORK/in.jsonl"
"$HERE/heavylegs" cache --build >/dev/null

echo "jq -R -c 'fromjson? // {} | {id}':"
/usr/bin/time -f "  %e s wall, %M KB peak RSS" jq -R -c 'fromjson? // {} | {id}' "$WORK/in.jsonl" > "$WORK/jq.jsonl"
for mode in "" "--no-explain"; do
  echo "heavylegs batch $mode:"
  /usr/bin/time -f "  %e s wall (start-up included), %M KB peak RSS" \
    "$HERE/heavylegs" batch $mode --in "$WORK/in.jsonl" --out "$WORK/out.jsonl"
  echo "  $(wc -l < "$WORK/out.jsonl") output lines for $(wc -l < "$WORK/in.jsonl") input lines," \
    "$(grep -c '"error"' "$WORK/out.jsonl") error records"
done
