#!/usr/bin/env bash
# Load test: one published instance on loopback, wrk over a browsing mix (ops/mix.lua) of pages, searches
# and the intended 404, each connection a different client (its own X-Forwarded-For address).
#
#   ops/load.sh                       60 s at 256 connections (the defaults)
#   LOAD_DURATION=15 LOAD_CONNECTIONS=64 ops/load.sh
#
# Env: LOAD_DURATION (s, 60), LOAD_CONNECTIONS (256), LOAD_WARMUP (s, 5), LOAD_TIMEOUT (wrk socket timeout, 2s),
#      LOAD_ACCEPT_ENCODING ("br, gzip"; "none" for uncompressed), LOAD_SEARCH_SLOTS (searches per 16 requests, 2),
#      LOAD_URL (measure a server already running there instead of starting one), OPS_PUBLISH_DIR (reuse a publish).
# Verdict: "load: PASS" only with 0 socket errors (connect/read/write/timeout) and no non-2xx other than the
# intended 404 (/roles/no-such-role); 429s are allowed but reported.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=ops/lib.sh
source ops/lib.sh
ops_init load

DURATION=${LOAD_DURATION:-60}
CONNECTIONS=${LOAD_CONNECTIONS:-256}
WARMUP=${LOAD_WARMUP:-5}
TIMEOUT=${LOAD_TIMEOUT:-2s}
case "$DURATION" in *[!0-9]*|"") echo "LOAD_DURATION must be whole seconds" >&2; exit 2 ;; esac
[ "$DURATION" -ge 1 ] && [ "$DURATION" -le 600 ] || { echo "LOAD_DURATION must be 1..600" >&2; exit 2; }
[ "$CONNECTIONS" -ge 1 ] && [ "$CONNECTIONS" -le 508 ] || { echo "LOAD_CONNECTIONS must be 1..508 (one TEST-NET address each)" >&2; exit 2; }

need_tools wrk curl

if [ -n "${LOAD_URL:-}" ]; then
  case "$LOAD_URL" in http://127.*|http://localhost*|http://\[::1\]*) ;; *) echo "LOAD_URL must be a loopback address" >&2; exit 2 ;; esac
  BASE=${LOAD_URL%/}
  APP_PID=""
  log "measuring the server already running at $BASE"
else
  publish_app
  PORT=$(free_port)
  BASE="http://127.0.0.1:$PORT"
  start_app app "$PORT" "$OPS_TMP/data"
  started=$(now_ms)
  if ! wait_site "$BASE" "$APP_PID" 60; then
    tail -40 "$OPS_TMP/app.log"; echo "load: FAIL the app did not become ready within 60 s"; exit 1
  fi
  log "app ready on $BASE after $(( $(now_ms) - started )) ms (pid $APP_PID)"
fi

# Warm up (JIT, output cache, connection pools) before measuring.
if [ "$WARMUP" -gt 0 ]; then
  # The same simulated clients as the measured run (not 16 fast ones), so no client starts the run with its
  # search allowance (token bucket) already spent.
  log "warm-up: ${WARMUP} s at 16 connections"
  WRK_CLIENTS=$CONNECTIONS run_wrk "$OPS_TMP/warmup.txt" "$BASE" "${WARMUP}s" 16 --timeout "$TIMEOUT"
fi

log "load: ${DURATION} s at ${CONNECTIONS} connections, 2 wrk threads, timeout ${TIMEOUT}, Accept-Encoding: ${LOAD_ACCEPT_ENCODING:-br, gzip}"
run_wrk "$OPS_TMP/wrk.txt" "$BASE" "${DURATION}s" "$CONNECTIONS" --timeout "$TIMEOUT"
cat "$OPS_TMP/wrk.txt"
grep -q '^ops-metrics:' "$OPS_TMP/wrk.txt" || { echo "load: FAIL wrk produced no metrics"; exit 1; }

m() { metric "$1" "$OPS_TMP/wrk.txt"; }
socket_errors=$(( $(m connect) + $(m read) + $(m write) + $(m timeout) ))
bad_status=$(( $(m other_non2xx) + $(m unexpected_404) ))
health=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$BASE/healthz/ready" || true)

echo
echo "requests: $(m requests) in $(m seconds) s = $(m rps) req/s"
echo "latency: p50 $(m p50_ms) ms, p90 $(m p90_ms) ms, p99 $(m p99_ms) ms, max $(m max_ms) ms"
echo "socket errors: connect $(m connect), read $(m read), write $(m write), timeout $(m timeout)"
echo "non-2xx: intended 404 $(m s404) (of $(m s404_sent) sent), 429 $(m s429), unexpected 404 $(m unexpected_404), other $(m other_non2xx)"
echo "after the run: /healthz/ready $health"
if [ -n "${APP_PID:-}" ]; then
  echo "app log: $(grep -c '^fail:' "$OPS_TMP/app.log" || true) fail, $(grep -c '^crit:' "$OPS_TMP/app.log" || true) crit, $(grep -c '^warn:' "$OPS_TMP/app.log" || true) warn lines"
  grep -A3 -E '^(fail|crit):' "$OPS_TMP/app.log" | head -20 || true
fi
[ "$(m s429)" -gt 0 ] && echo "note: $(m s429) searches were rate limited (429): a simulated client searched faster than 2/s after its burst of 30"

verdict=PASS
if [ "$socket_errors" -ne 0 ] || [ "$bad_status" -ne 0 ] || [ "$health" != 200 ]; then verdict=FAIL; fi
echo "load: $verdict rps=$(m rps) p50_ms=$(m p50_ms) p99_ms=$(m p99_ms) socket_errors=$socket_errors non2xx_unexpected=$bad_status intended_404=$(m s404) rate_limited_429=$(m s429) connections=$CONNECTIONS duration_s=$DURATION"
echo "load.sh finished in $(elapsed) s: $verdict"
[ "$verdict" = PASS ] || exit 1
