#!/usr/bin/env bash
# Scale-out: two published replicas on two loopback ports behind nginx (ops/nginx/nonclinicalguide.conf).
# wrk runs the browsing mix through nginx; after ~10 s one replica is killed with SIGKILL. Clients must see
# no failed request: nginx retries the idempotent GETs on the other replica and takes the dead one out.
# It also prints the caching headers a CDN in front of nginx would see.
#
#   ops/scale-out.sh                                  30 s at 64 connections, kill at +10 s
#   SCALE_DURATION=20 SCALE_KILL_AT=7 ops/scale-out.sh
#
# Env: SCALE_DURATION (s, 30), SCALE_CONNECTIONS (64), SCALE_CLIENTS (256), SCALE_KILL_AT (s, 10), OPS_PUBLISH_DIR,
#      OPS_KEEP_TMP=1 (keep logs). Verdict "scale-out: PASS" only with 0 socket errors and 0 5xx (and no
#      other non-2xx but the intended 404), and with nginx refusing a forged Host and replacing a client's
#      X-Forwarded-Proto.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=ops/lib.sh
source ops/lib.sh
ops_init scale-out

DURATION=${SCALE_DURATION:-30}
CONNECTIONS=${SCALE_CONNECTIONS:-64}
KILL_AT=${SCALE_KILL_AT:-10}
[ "$DURATION" -ge 5 ] && [ "$DURATION" -le 300 ] || { echo "SCALE_DURATION must be 5..300" >&2; exit 2; }
[ "$KILL_AT" -ge 1 ] && [ "$KILL_AT" -lt "$DURATION" ] || { echo "SCALE_KILL_AT must be 1..SCALE_DURATION-1" >&2; exit 2; }
[ "$CONNECTIONS" -ge 1 ] && [ "$CONNECTIONS" -le 508 ] || { echo "SCALE_CONNECTIONS must be 1..508" >&2; exit 2; }

need_tools wrk curl nginx
# 64 connections shared by 256 simulated clients (X-Forwarded-For, passed on by nginx): people, not bots.
export WRK_CLIENTS=${SCALE_CLIENTS:-256}
publish_app

# Two replicas: same build, same content, each with its own data folder (the catalogue is derived per replica).
PORT_A=$(free_port); PORT_B=$(free_port); PORT_N=$(free_port)
# The address clients use, nginx's: the replicas write every absolute URL with it (Site:PublicUrl).
APP_PUBLIC_URL="http://127.0.0.1:$PORT_N"
start_app replica-a "$PORT_A" "$OPS_TMP/data-a"; PID_A=$APP_PID
start_app replica-b "$PORT_B" "$OPS_TMP/data-b"; PID_B=$APP_PID
for replica in "a $PORT_A $PID_A" "b $PORT_B $PID_B"; do
  set -- $replica
  if ! wait_site "http://127.0.0.1:$2" "$3" 90; then
    tail -20 "$OPS_TMP/replica-$1.log"; echo "scale-out: FAIL replica $1 did not become ready within 90 s"; exit 1
  fi
done
log "replicas ready: a on :$PORT_A (pid $PID_A), b on :$PORT_B (pid $PID_B)"

# nginx with its own prefix and a copy of the config whose loopback ports point at this run's replicas.
PREFIX="$OPS_TMP/nginx"
mkdir -p "$PREFIX/conf" "$PREFIX/logs" "$PREFIX/tmp"
sed -e "s/127\.0\.0\.1:8480/127.0.0.1:$PORT_N/; s/127\.0\.0\.1:5101/127.0.0.1:$PORT_A/; s/127\.0\.0\.1:5102/127.0.0.1:$PORT_B/" \
  ops/nginx/nonclinicalguide.conf >"$PREFIX/conf/nginx.conf"
nginx -t -q -p "$PREFIX/" -e logs/error.log -c conf/nginx.conf
nginx -p "$PREFIX/" -e logs/error.log -c conf/nginx.conf &
NGINX_PID=$!; OPS_PIDS+=("$NGINX_PID")
BASE="http://127.0.0.1:$PORT_N"
if ! wait_site "$BASE" "$NGINX_PID" 15; then cat "$PREFIX/logs/error.log"; echo "scale-out: FAIL nginx did not answer"; exit 1; fi
log "nginx (pid $NGINX_PID) on $BASE -> :$PORT_A, :$PORT_B"

# --- What a CDN sees through nginx ---------------------------------------------------------------------------
echo; echo "== caching headers through nginx =="
show_headers() { # show_headers LABEL PATH [curl args]
  local label=$1 path=$2; shift 2
  local h; h=$({ curl -s -m 10 -o /dev/null -D - "$@" "$BASE$path" || true; } | tr -d '\r')
  printf '%-26s %s | %s | %s | %s | %s\n' "$label" "$(head -1 <<<"$h" | cut -d' ' -f2)" \
    "$(grep -i '^cache-control:' <<<"$h" || echo 'Cache-Control: -')" "$(grep -i '^etag:' <<<"$h" || echo 'ETag: -')" \
    "$(grep -i '^vary:' <<<"$h" || echo 'Vary: -')" "$(grep -i '^content-encoding:' <<<"$h" || echo 'Content-Encoding: -')"
}
show_headers "page (br)" /roles/medical-billers-and-coders -H 'Accept-Encoding: br, gzip'
show_headers "page (identity)" /roles/medical-billers-and-coders
show_headers "guide" / -H 'Accept-Encoding: br, gzip'
show_headers "api" /api/roles -H 'Accept-Encoding: br, gzip'
show_headers "sitemap" /sitemap.xml
show_headers "search" "/search?q=billing" -H 'Accept-Encoding: br, gzip'
show_headers "intended 404" /roles/no-such-role
CSS=$(curl -s -m 10 "$BASE/" | grep -o '/css/[^"]*\.css' | head -1 || true)
[ -n "$CSS" ] && show_headers "stylesheet (fingerprinted)" "$CSS" -H 'Accept-Encoding: br, gzip'
show_headers "readiness" /healthz/ready
last_modified=$(curl -s -m 10 -o /dev/null -D - "$BASE/roles/medical-billers-and-coders" | tr -d '\r' | grep -i '^last-modified:' || true)
echo "page ${last_modified:-Last-Modified: -}"

page_max_age=$(curl -s -m 10 -o /dev/null -D - "$BASE/roles/medical-billers-and-coders" | tr -d '\r' | grep -i '^cache-control:' | grep -o 'max-age=[0-9]*' | cut -d= -f2 || true)
search_cc=$(curl -s -m 10 -o /dev/null -D - -H 'X-Forwarded-For: 198.51.100.250' "$BASE/search?q=coder" | tr -d '\r' | grep -i '^cache-control:' || true)
search_max_age=$(grep -o 'max-age=[0-9]*' <<<"$search_cc" | cut -d= -f2 || true)
cdn_ok=yes
[[ "${page_max_age:-0}" -gt 0 ]] || cdn_ok=no
if [ -z "$search_max_age" ] || [ "$search_max_age" -gt 60 ]; then cdn_ok=no; fi
if grep -qi 'private\|no-store' <<<"$search_cc"; then search_note="not stored by shared caches"; else search_note="cacheable for at most ${search_max_age:-?} s"; fi
echo "cdn: pages max-age=${page_max_age:-none} with ETag; search ${search_note}"

# Do the two replicas agree on validators? A CDN or browser revalidating against the other replica needs the same ETag.
ETAG_A=$(curl -s -m 10 -o /dev/null -D - "http://127.0.0.1:$PORT_A/roles/medical-billers-and-coders" | tr -d '\r' | grep -i '^etag:' | cut -d' ' -f2 || true)
ETAG_B=$(curl -s -m 10 -o /dev/null -D - "http://127.0.0.1:$PORT_B/roles/medical-billers-and-coders" | tr -d '\r' | grep -i '^etag:' | cut -d' ' -f2 || true)
revalidated=0
for i in 1 2 3 4 5 6; do
  code=$(curl -s -m 10 -o /dev/null -w '%{http_code}' -H "If-None-Match: $ETAG_A" "$BASE/roles/medical-billers-and-coders" || true)
  [ "$code" = 304 ] && revalidated=$((revalidated + 1))
done
if [ "$ETAG_A" = "$ETAG_B" ]; then etag_note="same on both replicas"; else etag_note="DIFFERENT per replica"; fi
echo "cdn: ETag replica a $ETAG_A, replica b $ETAG_B ($etag_note); If-None-Match with a's ETag through nginx: $revalidated of 6 answered 304"

# What a client may claim about itself: another host name (nginx answers 421 and no replica sees it) and its
# own X-Forwarded-Proto (nginx replaces it with its scheme; the app would refuse "javascript" with a 400).
forged_host=$(curl -s -m 10 -o /dev/null -w '%{http_code}' -H 'Host: evil.example' "$BASE/" || true)
forged_proto=$(curl -s -m 10 -o /dev/null -w '%{http_code}' -H 'X-Forwarded-Proto: javascript' "$BASE/faq" || true)
canonical=$({ curl -s -m 10 -H 'X-Forwarded-Proto: javascript' "$BASE/faq" || true; } | grep -o '<link rel="canonical" href="[^"]*"' | head -1)
proxy_ok=yes
[ "$forged_host" = 421 ] && [ "$forged_proto" = 200 ] && [ "$canonical" = "<link rel=\"canonical\" href=\"$APP_PUBLIC_URL/faq\"" ] || proxy_ok=no
echo "proxy: Host: evil.example -> $forged_host; X-Forwarded-Proto: javascript -> $forged_proto, ${canonical:-no canonical link}"

# --- Load with a replica killed ------------------------------------------------------------------------------
echo; echo "== load through nginx, replica a killed with SIGKILL at +${KILL_AT} s =="
run_wrk "$OPS_TMP/warmup.txt" "$BASE" 3s 16
: >"$PREFIX/logs/access.log"; kill -USR1 "$NGINX_PID" 2>/dev/null || true # reopen the log after the warm-up
start_wrk "$OPS_TMP/wrk.txt" "$BASE" "${DURATION}s" "$CONNECTIONS"
WRK=$WRK_PID
sleep "$KILL_AT" # fault timing, not a readiness wait
{ kill -KILL "$PID_A"; wait_exit "$PID_A" 10 || true; } 2>/dev/null # stderr off: no "Killed" job notice
log "SIGKILL sent to replica a (pid $PID_A) at +${KILL_AT} s"
forget_pid "$PID_A"
wait_exit "$WRK" $(( DURATION + 20 )) || { kill -INT "$WRK" 2>/dev/null || true; wait_exit "$WRK" 10 || true; }
forget_pid "$WRK"
sed -n '/^Running/,$p' "$OPS_TMP/wrk.txt"
kill -USR1 "$NGINX_PID" 2>/dev/null || true # flush the buffered access log
ready_after=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$BASE/healthz/ready" || true)

ACCESS="$PREFIX/logs/access.log"
deadline=$(( $(now_ms) + 3000 ))
while [ ! -s "$ACCESS" ] && [ "$(now_ms)" -lt "$deadline" ]; do sleep 0.1; done
served_a=$(grep -c "upstream=127.0.0.1:$PORT_A " "$ACCESS" || true)
served_b=$(grep -c "upstream=127.0.0.1:$PORT_B " "$ACCESS" || true)
retried=$(grep -c "upstream=127.0.0.1:[0-9]*, 127.0.0.1:[0-9]* " "$ACCESS" || true)
retried_ok=$(grep "upstream=127.0.0.1:[0-9]*, 127.0.0.1:[0-9]* " "$ACCESS" | grep -c '" 200 \|" 404 ' || true)
proxy_5xx=$(grep -cE '" 5[0-9][0-9] ' "$ACCESS" || true)
refused=$(grep -c 'connect() failed (111' "$PREFIX/logs/error.log" || true)
premature=$(grep -c 'prematurely closed\|reset by peer' "$PREFIX/logs/error.log" || true)
echo
echo "nginx: requests answered by replica a $served_a, by replica b $served_b; retried on the other replica $retried ($retried_ok of them answered 200/404)"
echo "nginx error log: $refused 'connection refused' to the killed replica, $premature reset/closed mid-request; 5xx sent to clients: $proxy_5xx"
grep -E 'upstream=.*, ' "$ACCESS" | head -3 | sed 's/^/  retried: /' || true
grep -E '\[(error|crit|alert)\]' "$PREFIX/logs/error.log" | sed -E 's/^.*\*[0-9]+ //; s/, client:.*//' | sort | uniq -c | sort -rn | head -5 | sed 's/^/  nginx error: /' || true

m() { metric "$1" "$OPS_TMP/wrk.txt"; }
socket_errors=$(( $(m connect) + $(m read) + $(m write) + $(m timeout) ))
s5xx=$(awk '/^status codes:/ { for (i = 3; i <= NF; i++) { split($i, a, ":"); if (a[1] >= 500) c += a[2] } } END { print c + 0 }' "$OPS_TMP/wrk.txt")
bad=$(( $(m other_non2xx) + $(m unexpected_404) ))
verdict=PASS
if [ "$socket_errors" -ne 0 ] || [ "$s5xx" -ne 0 ] || [ "$bad" -ne 0 ] || [ "$ready_after" != 200 ]; then verdict=FAIL; fi
[ "$proxy_ok" = yes ] || verdict=FAIL
echo
echo "scale-out: $verdict rps=$(m rps) p50_ms=$(m p50_ms) p99_ms=$(m p99_ms) max_ms=$(m max_ms) requests=$(m requests) socket_errors=$socket_errors (connect $(m connect), read $(m read), write $(m write), timeout $(m timeout)) 5xx=$s5xx non2xx_other=$bad retried_by_nginx=$retried served_a=$served_a served_b=$served_b ready_after_kill=$ready_after"
etag_verdict="etag_across_replicas=same"
[ "$ETAG_A" = "$ETAG_B" ] || etag_verdict="etag_across_replicas=different (WARN: a revalidation that lands on the other replica gets a full 200, not a 304: $revalidated of 6 were 304)"
echo "cdn-headers: $([ "$cdn_ok" = yes ] && echo PASS || echo FAIL) pages max-age=${page_max_age:-none}, search ${search_cc:-no Cache-Control}; $etag_verdict"
echo "proxy-headers: $([ "$proxy_ok" = yes ] && echo PASS || echo FAIL) forged Host answered $forged_host by nginx (421 expected), client's X-Forwarded-Proto replaced ($forged_proto, canonical from Site:PublicUrl)"

kill -QUIT "$NGINX_PID" 2>/dev/null || true # graceful nginx stop
wait_exit "$NGINX_PID" 10 || true; forget_pid "$NGINX_PID"
echo "scale-out.sh finished in $(elapsed) s: $verdict"
[ "$verdict" = PASS ] || exit 1
