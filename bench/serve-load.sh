#!/usr/bin/env bash
# p50 / p99 latency of `dateline serve` under load, page by page, with wrk (Debian package `wrk`).
# Serves a COPY of the given store (the original is never opened), on loopback only, then prints one line per URL.
# Every wrk run is bounded (DURATION seconds); the server is stopped by its own pid at the end.
#   bench/serve-load.sh STORE.db [DURATION_SECONDS=15] [CONNECTIONS=16] [THREADS=2] [PORT=18088]
# COUNTS_RANGE (default from=2011-01-01&to=2015-12-31) bounds /api/counts, which refuses more than its maximum
# of buckets (a store with a date in year 20 spans 3,800 months).
# Results depend on what else the machine runs: say so when you quote them.
set -euo pipefail
db="${1:?usage: bench/serve-load.sh STORE.db [seconds] [connections] [threads] [port]}"
secs="${2:-15}"; conns="${3:-16}"; threads="${4:-2}"; port="${5:-18088}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v wrk >/dev/null || { echo "serve-load: wrk is needed (apt-get install -y wrk)" >&2; exit 2; }
work="$(mktemp -d)"
cp "$db" "$work/store.db"
DATELINE_JAVA_OPTS="${DATELINE_JAVA_OPTS:--Xmx3g}" "$here/dateline" serve --db "$work/store.db" --port "$port" \
  >"$work/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 600); do curl -fs -o /dev/null "$base/api/stats" && break; sleep 0.5; done
curl -fs -o /dev/null "$base/api/stats" || { cat "$work/serve.log" >&2; exit 1; }

# page (what a person opens) and the API calls it makes; each warmed once so the first-build cost is not timed
urls=(
  "/"
  "/events.html"
  "/api/events?limit=50&offset=0"
  "/api/facets"
  "/api/counts?bucket=month&by=type&${COUNTS_RANGE:-from=2011-01-01&to=2015-12-31}"
  "/api/download?format=csv"
  "/map.html"
  "/api/countries"
  "/api/places"
  "/codebook.html"
  "/api/codebook"
)
printf '%-36s %10s %10s %10s %12s\n' url p50 p99 req/s non-2xx
for u in "${urls[@]}"; do
  code="$(curl -s -o /dev/null -w '%{http_code}' "$base$u")"
  [ "$code" = 200 ] || echo "warning: $u answers $code" >&2
  out="$(wrk -t"$threads" -c"$conns" -d"${secs}s" --timeout 10s --latency "$base$u")"
  p50="$(awk '$1=="50%"{print $2}' <<<"$out")"
  p99="$(awk '$1=="99%"{print $2}' <<<"$out")"
  rps="$(awk '/^Requests\/sec/{print $2}' <<<"$out")"
  bad="$(awk '/Non-2xx/{print $NF}' <<<"$out")"
  printf '%-36s %10s %10s %10s %12s\n' "$u" "$p50" "$p99" "$rps" "${bad:-0}"
done
echo "wrk -t$threads -c$conns -d${secs}s --latency; $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
