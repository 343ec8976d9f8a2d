#!/bin/sh
# Load benchmark of `heavylegs serve`, against 127.0.0.1 only, bounded in time: consultations a
# second and latency (p50, p99) at 1, 16 and 64 concurrent clients, the server's memory before and
# after, and POST /api/v1/batch against `heavylegs batch` on the same profiles.
#
#   bench/serve-load.sh [SECONDS] [BATCH_PROFILES] [WARMUP_SECONDS]
#                                 (default 20 s a level, 20000 profiles, 60 s of warm-up)
#   bench/serve-load.sh --soak MINUTES
#                                 16 clients for that long, one line a minute: the rate, p99, the
#                                 server's RSS and its heap after a full collection
#
# Each request is a full consultation (report included) of one of 2,000 generated runners, in turn.
# The warm-up is long because on 2 cores the optimising compiler, competing with the load, needs
# about a minute to settle (after 10 s a consultation still costs twice the CPU it does later).
# Uses wrk (installed with apt-get when missing). The server is stopped with SIGTERM at the end.
set -eu
HERE=$(cd "$(dirname "$0")/.." && pwd)
SOAK_MINUTES=""
if [ "${1:-}" = "--soak" ]; then SOAK_MINUTES=${2:?minutes}; set --; fi
SECONDS_PER_LEVEL=${1:-20}
BATCH_N=${2:-20000}
WARMUP_SECONDS=${3:-60}
WORK=$(mktemp -d)
SERVER=""
cleanup() {
  if [ -n "$SERVER" ]; then kill -TERM "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null 2>&1; then
  echo "installing wrk..." >&2
  (apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; })
fi

cd "$HERE"
./heavylegs --version >/dev/null # builds the jar when needed
export HEAVYLEGS_CACHE_DIR="$WORK/cache"
./heavylegs cache --build >/dev/null

# 2,000 runners as consultation requests, one a line, for the wrk script to send in turn.
python3 bench/make-profiles.py 2000 0 | python3 -c '
import json, sys
for line in sys.stdin:
    p = json.loads(line); p.pop("id", None)
    print(json.dumps({"answers": p}))' > "$WORK/bodies.jsonl"
cat > "$WORK/consult.lua" <<'LUA'
local bodies = {}
for line in io.lines(os.getenv("BODIES")) do bodies[#bodies + 1] = line end
local i = math.random(#bodies)
request = function()
  i = i % #bodies + 1
  return wrk.format("POST", "/api/v1/consultations", {["Content-Type"] = "application/json"}, bodies[i])
end
LUA

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
./heavylegs serve --host 127.0.0.1 --port "$PORT" 2> "$WORK/serve.log" &
SERVER=$!
for _ in $(seq 1 240); do grep -q "serving" "$WORK/serve.log" 2>/dev/null && break; sleep 0.5; done
grep -q "serving" "$WORK/serve.log" || { cat "$WORK/serve.log" >&2; exit 1; }
URL="http://127.0.0.1:$PORT"
# The server runs in the launcher's java process (exec): its pid is the script's child.
rss() { awk '/VmRSS/ {print $2 " KB"}' "/proc/$SERVER/status"; }
# The server's CPU time so far, in clock ticks (user + system): CPU per consultation does not
# depend on what else the machine is running, as the rate does on a shared machine.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }
TICKS=$(getconf CLK_TCK)
echo "server RSS after start: $(rss)"

export BODIES="$WORK/bodies.jsonl"
echo "warming up (${WARMUP_SECONDS} s at 16 clients)..."
wrk -t 2 -c 16 -d "${WARMUP_SECONDS}s" -s "$WORK/consult.lua" "$URL" >/dev/null
echo "server RSS after warm-up: $(rss)"

if [ -n "$SOAK_MINUTES" ]; then
  # The heap in use after a full collection (jcmd GC.run, then GC.heap_info): what the server
  # keeps; RSS also holds the heap the collector has grown into and not given back.
  live_heap() {
    jcmd "$SERVER" GC.run >/dev/null
    jcmd "$SERVER" GC.heap_info | awk '/generation/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub(/K,?/, "", v); kb += v}}
      END {printf "%d MB", kb / 1024}'
  }
  echo "live heap after warm-up: $(live_heap)"
  for minute in $(seq 1 "$SOAK_MINUTES"); do
    wrk -t 2 -c 16 -d 60s --latency -s "$WORK/consult.lua" "$URL" > "$WORK/wrk.txt"
    echo "minute $minute: $(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt") consultations/s," \
      "p99 $(awk '$1 == "99%" {print $2}' "$WORK/wrk.txt"), non-2xx $(awk '/Non-2xx/ {print $5}' "$WORK/wrk.txt" | grep . || echo 0)," \
      "RSS $(rss), live heap $(live_heap)"
  done
  echo "machine load (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
  exit 0
fi
for clients in 1 16 64; do
  threads=$([ "$clients" -eq 1 ] && echo 1 || echo 2)
  before=$(cpu_ticks)
  wrk -t "$threads" -c "$clients" -d "${SECONDS_PER_LEVEL}s" --latency -s "$WORK/consult.lua" "$URL" > "$WORK/wrk.txt"
  after=$(cpu_ticks)
  requests=$(awk '/requests in/ {print $1}' "$WORK/wrk.txt")
  rate=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk.txt")
  bad=$(awk '/Non-2xx/ {print $5}' "$WORK/wrk.txt")
  errors=$(awk '/Socket errors/ {print $0}' "$WORK/wrk.txt")
  cpu=$(echo "scale=3; ($after - $before) * 1000 / $TICKS / $requests" | bc)
  echo "$clients client(s): $rate consultations/s, p50 $p50, p99 $p99, non-2xx ${bad:-0}," \
    "server CPU ${cpu} ms a consultation ${errors}"
done
echo "server RSS after the levels: $(rss)"

# Batch: the same profiles through the warm server and through the command.
python3 bench/make-profiles.py "$BATCH_N" 0 > "$WORK/batch.jsonl"
for i in 1 2; do
  start=$(date +%s.%N)
  curl -sS -f -X POST -H "Content-Type: application/x-ndjson" --data-binary @"$WORK/batch.jsonl" \
    "$URL/api/v1/batch" > "$WORK/api-batch.jsonl"
  api=$(echo "$(date +%s.%N) - $start" | bc)
  start=$(date +%s.%N)
  ./heavylegs batch --in "$WORK/batch.jsonl" --out "$WORK/cli-batch.jsonl" 2>/dev/null
  cli=$(echo "$(date +%s.%N) - $start" | bc)
  same=$(cmp -s "$WORK/api-batch.jsonl" "$WORK/cli-batch.jsonl" && echo "same records" || echo "RECORDS DIFFER")
  echo "batch of $BATCH_N (run $i): POST /api/v1/batch ${api} s, heavylegs batch ${cli} s (start-up included); $same"
done
echo "server RSS at the end: $(rss)"
echo "machine load (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
