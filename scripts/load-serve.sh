#!/usr/bin/env bash
# Load test of parley serve: builds an event store of COPIES (default 400) date-shifted copies of the coded
# events in parley-store/src/test/resources/dedup/events.jsonl (no NLP models needed), starts `parley serve`
# on it, warms it up for 5 s, then runs `wrk -c 200 -t 2 -d 30s --latency --timeout 10s` from a second process on
# loopback against a rotation of GET /api/events queries, and fails when any request errs (non-2xx or socket
# error). The timeout is wrk's 2 s default raised to 10 s so that a slow answer counts in the latency figures
# instead of being dropped as a socket error; a request still unanswered after 10 s fails the run.
#
#   scripts/load-serve.sh [COPIES]          # needs wrk (apt-get install -y wrk) and a built Parley (./parley builds it)
#
# Settings: PORT (default 18181), DURATION (default 30s), CONNECTIONS (default 200), WRK_THREADS (default 2),
# TIMEOUT (default 10s), DB (a store built by an earlier run, kept and reused when given),
# PARLEY_JAVA_OPTS for the server (default -Xmx1g). BENCHMARKS.md records the figures and the machine.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
copies="${1:-400}"
port="${PORT:-18181}"
duration="${DURATION:-30s}"
connections="${CONNECTIONS:-200}"
threads="${WRK_THREADS:-2}"
timeout="${TIMEOUT:-10s}"
db="${DB:-}"
command -v wrk > /dev/null || { echo "load-serve: wrk is missing: apt-get install -y wrk" >&2; exit 2; }

work="$(mktemp -d)"
server=""
cleanup() {
  if [[ -n "$server" ]]; then
    kill "$server" 2> /dev/null || true
    wait "$server" 2> /dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# Each copy gets its own article and event ids and every full date moved by 7 days per copy, so the copies are
# new articles and mostly new events rather than more mentions of the same ones.
awk -v copies="$copies" '
  function days(y, m, d,   era, yoe, doy, doe) {
    y -= (m <= 2); era = int(y / 400); yoe = y - era * 400
    doy = int((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
    doe = yoe * 365 + int(yoe / 4) - int(yoe / 100) + doy
    return era * 146097 + doe - 719468
  }
  function civil(z,   era, doe, yoe, y, doy, mp, d, m) {
    z += 719468; era = int(z / 146097); doe = z - era * 146097
    yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
    y = yoe + era * 400; doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100)); mp = int((5 * doy + 2) / 153)
    d = doy - int((153 * mp + 2) / 5) + 1; m = mp + (mp < 10 ? 3 : -9); y += (m <= 2)
    return sprintf("%04d-%02d-%02d", y, m, d)
  }
  { lines[NR] = $0 }
  END {
    for (copy = 0; copy < copies; copy++) {
      for (i = 1; i <= NR; i++) {
        line = lines[i]
        gsub(/"id":"[^"]*/, "&-c" copy, line)
        out = ""
        while (match(line, /"[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"/)) {
          date = substr(line, RSTART + 1, 10)
          shifted = civil(days(substr(date, 1, 4) + 0, substr(date, 6, 2) + 0, substr(date, 9, 2) + 0) + 7 * copy)
          out = out substr(line, 1, RSTART) shifted "\""
          line = substr(line, RSTART + RLENGTH)
        }
        print out line
      }
    }
  }' "$here/parley-store/src/test/resources/dedup/events.jsonl" > "$work/events.jsonl"

export PARLEY_JAVA_OPTS="${PARLEY_JAVA_OPTS:--Xmx1g}"
if [[ -z "$db" || ! -f "$db" ]]; then
  db="${db:-$work/load.duckdb}"
  echo "load-serve: storing $(wc -l < "$work/events.jsonl") coded events ($copies copies) in $db..." >&2
  "$here/parley" ingest --db "$db" --events "$work/events.jsonl" --progress-seconds 30 2>&1 | tail -1 >&2
fi

"$here/parley" serve --db "$db" --port "$port" > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 60); do
  if curl -sf "http://127.0.0.1:$port/api/summary" > "$work/summary.json" 2> /dev/null; then
    break
  fi
  sleep 0.5
done
[[ -s "$work/summary.json" ]] || { echo "load-serve: the server did not start:" >&2; cat "$work/serve.log" >&2; exit 1; }
echo "load-serve: store $(cat "$work/summary.json")" >&2

# A rotation of event queries: the first page, an actor pair, a dyad over a year, a country with a mode, a text search.
cat > "$work/rotation.lua" << 'LUA'
local paths = {
  "/api/events?limit=50",
  "/api/events?actor=RUS&actor=UKR&limit=50",
  "/api/events?dyad=RUS:UKR&from=2025-06-01&to=2026-05-31&limit=50",
  "/api/events?country=UKR&mode=asserted&limit=20",
  "/api/events?text=ceasefire&limit=20",
}
local next = 0
request = function()
  next = next % #paths + 1
  return wrk.format("GET", paths[next])
end
LUA

wrk -c "$connections" -t "$threads" -d 5s --timeout "$timeout" -s "$work/rotation.lua" "http://127.0.0.1:$port" > /dev/null
echo "load-serve: wrk -c $connections -t $threads -d $duration --latency --timeout $timeout; load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
# The server's CPU time (user + system, in clock ticks) around the run: what one request costs, whatever else runs.
ticks() { awk '{ print $14 + $15 }' "/proc/$server/stat"; }
before="$(ticks)"
wrk -c "$connections" -t "$threads" -d "$duration" --latency --timeout "$timeout" -s "$work/rotation.lua" "http://127.0.0.1:$port" | tee "$work/wrk.txt"
after="$(ticks)"
echo "load-serve: load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

if grep -q -E "Non-2xx or 3xx responses|Socket errors" "$work/wrk.txt"; then
  echo "load-serve: FAILED: some requests erred (see above)" >&2
  exit 1
fi
p50="$(awk '$1 == "50%" { print $2 }' "$work/wrk.txt")"
p99="$(awk '$1 == "99%" { print $2 }' "$work/wrk.txt")"
rate="$(awk '$1 == "Requests/sec:" { print $2 }' "$work/wrk.txt")"
total="$(awk '/requests in/ { print $1 }' "$work/wrk.txt")"
cpu="$(awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$total" -v d="$duration" \
  'BEGIN { seconds = ticks / hz; printf "%.1f CPU-ms per request, %.2f cores busy", 1000 * seconds / n, seconds / (d + 0) }')"
echo "load-serve: $total requests, 0 errors, p50 $p50, p99 $p99, $rate requests/s; server: $cpu"
