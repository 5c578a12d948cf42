#!/usr/bin/env bash
# Floods: the attacks of issue #17 re-run against ONE published Production instance started with a 512 MB
# GC heap limit (as in the issue), with its resident set measured before, at the end and at the peak of each.
#
#   ops/floods.sh                                   all five, about 100 s plus the publish
#   FLOODS="host etag" ops/floods.sh                some of them
#
#   cache-key  /robots.txt?u=<unique>&a=<8 KB> and /faq?x=<unique> at 16 connections for 40 s: RSS growth
#              (peak - before) under FLOOD_RSS_BOUND_MB, every answer a short 301, every page healthy after
#   ipv6       searches, each from a new X-Forwarded-For address inside one /64: 429s appear, no more 200s
#              than one client's allowance, another /64 is still served
#   host       Host: evil.example, X-Forwarded-Proto: javascript (400 both), an allowed alias host with
#              X-Forwarded-Proto: https and X-Forwarded-Host: evil.example (200) on every page kind, the
#              sitemap, robots.txt, the API and a print sheet: no evil.example, no javascript:, every URL
#              naming this site starts with Site:PublicUrl (also on pages first rendered for the alias)
#   etag       each page's ETag sent to the other pages, to 404s, a 400 and a 301: never a 304 (while each
#              page's own ETag does give 304)
#   render     uncached renders (unique searches from unique addresses) at 256 connections for 10 s: some
#              503 with Retry-After, cached pages still 200 meanwhile, search 200 again after the burst
#
# Env: FLOODS ("cache-key ipv6 host etag render"), FLOOD_HEAP_LIMIT (DOTNET_GCHeapHardLimit, 0x20000000),
#      FLOOD_KEY_DURATION (s, 40), FLOOD_KEY_CONNECTIONS (16), FLOOD_KEY_PAD (bytes of a=, 8000),
#      FLOOD_RSS_BOUND_MB (200), FLOOD_IPV6_DURATION (s, 10), FLOOD_RENDER_DURATION (s, 10),
#      FLOOD_RENDER_CONNECTIONS (256), OPS_PUBLISH_DIR, OPS_KEEP_TMP=1 (keep the app log and wrk outputs).
# Verdicts: "flood <name>: PASS|FAIL figures..." and a summary line; exit 0 only if every flood passed.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=ops/lib.sh
source ops/lib.sh
ops_init floods

FLOODS=${FLOODS:-"cache-key ipv6 host etag render"}
HEAP_LIMIT=${FLOOD_HEAP_LIMIT:-0x20000000}
KEY_DURATION=${FLOOD_KEY_DURATION:-40}
KEY_CONNECTIONS=${FLOOD_KEY_CONNECTIONS:-16}
KEY_PAD=${FLOOD_KEY_PAD:-8000}
RSS_BOUND_MB=${FLOOD_RSS_BOUND_MB:-200}
IPV6_DURATION=${FLOOD_IPV6_DURATION:-10}
RENDER_DURATION=${FLOOD_RENDER_DURATION:-10}
RENDER_CONNECTIONS=${FLOOD_RENDER_CONNECTIONS:-256}
for knob in KEY_DURATION KEY_CONNECTIONS KEY_PAD RSS_BOUND_MB IPV6_DURATION RENDER_DURATION RENDER_CONNECTIONS; do
  case "${!knob}" in *[!0-9]*|"") echo "FLOOD_$knob must be a whole number" >&2; exit 2 ;; esac
done
[ "$KEY_DURATION" -ge 1 ] && [ "$KEY_DURATION" -le 600 ] || { echo "FLOOD_KEY_DURATION must be 1..600" >&2; exit 2; }
[ "$IPV6_DURATION" -ge 1 ] && [ "$IPV6_DURATION" -le 120 ] || { echo "FLOOD_IPV6_DURATION must be 1..120" >&2; exit 2; }
[ "$RENDER_DURATION" -ge 2 ] && [ "$RENDER_DURATION" -le 120 ] || { echo "FLOOD_RENDER_DURATION must be 2..120" >&2; exit 2; }
[ "$KEY_CONNECTIONS" -ge 2 ] && [ "$RENDER_CONNECTIONS" -ge 2 ] || { echo "connections must be at least 2 (2 wrk threads)" >&2; exit 2; }

# The app's search limit (RateLimits.cs defaults: a burst of 30, then 2 a second per client).
SEARCH_BURST=30
SEARCH_PER_SECOND=2

need_tools wrk curl

VERDICT_KIND=flood # verdict (ops/lib.sh) prints "flood NAME: PASS|FAIL figures"

# --- Resident set ---------------------------------------------------------------------------------------------
rss_mb() { awk '/^VmRSS:/ { print int($2 / 1024) }' "/proc/$1/status" 2>/dev/null || echo 0; }

# A sample a second into FILE, at most MAX samples (so it ends by itself even if nobody stops it).
SAMPLER_PID=""
start_rss_sampler() { # PID FILE MAX_SAMPLES
  local pid=$1 file=$2 max=$3
  : >"$file"
  ( for _ in $(seq 1 "$max"); do
      awk '/^VmRSS:/ { print int($2 / 1024) }' "/proc/$pid/status" >>"$file" 2>/dev/null || exit 0
      sleep 1
    done ) &
  SAMPLER_PID=$!
  OPS_PIDS+=("$SAMPLER_PID")
}
stop_rss_sampler() {
  kill -TERM "$SAMPLER_PID" 2>/dev/null || true
  wait_exit "$SAMPLER_PID" 5 || true
  forget_pid "$SAMPLER_PID"
}

# flood_begin NAME / flood_end: RSS before, at the end and the peak of the samples in between.
RSS_BEFORE=0 RSS_PEAK=0 RSS_END=0
flood_begin() {
  RSS_BEFORE=$(rss_mb "$APP_PID")
  start_rss_sampler "$APP_PID" "$OPS_TMP/rss-$1.txt" 600
}
flood_end() {
  local file=$OPS_TMP/rss-$1.txt
  stop_rss_sampler
  RSS_END=$(rss_mb "$APP_PID")
  RSS_PEAK=$( { cat "$file"; echo "$RSS_BEFORE"; echo "$RSS_END"; } | sort -n | tail -1)
  echo "rss: before ${RSS_BEFORE} MB, peak ${RSS_PEAK} MB, end ${RSS_END} MB ($(wc -l <"$file") samples, 1 s apart)"
}
rss_figures() { echo "rss_before_mb=$RSS_BEFORE rss_peak_mb=$RSS_PEAK rss_end_mb=$RSS_END"; }

# --- Pages ----------------------------------------------------------------------------------------------------
# Every page kind the site lists (NonClinicalGuide.Web.dll pages), plus what a crawler and the API read, and
# the intended 404. Searches go out from an address of their own, so earlier floods' limits do not apply.
TARGETS_FILE=""
write_targets() {
  TARGETS_FILE=$OPS_TMP/targets.txt
  { cat "$PAGES_FILE"; printf '%s\n' /sitemap.xml /robots.txt /api/roles /api/categories; } | grep -v '^$' >"$TARGETS_FILE"
  local slug; slug=$(grep -m1 '^/roles/[a-z0-9-]*/print$' "$PAGES_FILE" | cut -d/ -f3 || true)   # a role, from its print sheet
  [ -n "$slug" ] && echo "/api/roles/$slug" >>"$TARGETS_FILE"
  return 0
}
expected_status() { case "$1" in /roles/no-such-role) echo 404 ;; *) echo 200 ;; esac; }

PAGES_OK=0 PAGES_TOTAL=0 PAGES_BAD=""
check_pages() { # check_pages LABEL: every target answers its intended status (200 with a body)
  local label=$1 path code size want n=0
  PAGES_OK=0 PAGES_TOTAL=0 PAGES_BAD=""
  while read -r path; do
    n=$(( n + 1 ))
    want=$(expected_status "$path")
    read -r code size < <(curl -s -o /dev/null -m 15 -w '%{http_code} %{size_download}\n' \
      -H "X-Forwarded-For: 203.0.113.$(( n % 250 + 1 ))" "$BASE$path" || echo "000 0")
    PAGES_TOTAL=$(( PAGES_TOTAL + 1 ))
    if [ "$code" = "$want" ] && { [ "$want" != 200 ] || [ "$size" -gt 0 ]; }; then
      PAGES_OK=$(( PAGES_OK + 1 ))
    else
      PAGES_BAD="$PAGES_BAD $path=$code"
    fi
  done < <(printf '%s\n' "$(cat "$TARGETS_FILE")" /roles/no-such-role)
  echo "pages $label: $PAGES_OK of $PAGES_TOTAL answered as intended${PAGES_BAD:+ (wrong:$PAGES_BAD)}"
}
ready_status() { curl -s -o /dev/null -m 5 -w '%{http_code}' "$BASE/healthz/ready" || echo 000; }
oom_lines() { grep -c 'OutOfMemory' "$OPS_TMP/app.log" || true; }

# --- wrk ------------------------------------------------------------------------------------------------------
run_flood_wrk() { # OUT DURATION CONNECTIONS MODE [lua args...]: ops/floods.lua in the foreground
  local out=$1 duration=$2 connections=$3 mode=$4; shift 4
  wrk -t2 -c"$connections" -d"${duration}s" --timeout 5s -s "$OPS_DIR/floods.lua" "$BASE" -- "$mode" 2 "$@" >"$out" 2>&1
}
m() { metric "$1" "$2"; }
statuses() { grep -m1 '^status codes:' "$1" | cut -d: -f2- | sed 's/^ //'; }
# Responses with a 5xx status, by the ops-metrics keys s500..s599 (optionally leaving one code out).
count_5xx() { # FILE [EXCEPT_CODE]
  grep -m1 '^ops-metrics:' "$1" | tr ' ' '\n' | awk -F= -v skip="s${2:-none}" '$1 ~ /^s5[0-9][0-9]$/ && $1 != skip { n += $2 } END { print n + 0 }'
}
socket_errors() { echo $(( $(m connect "$1") + $(m read "$1") + $(m write "$1") + $(m timeout "$1") )); }

# --- The instance ---------------------------------------------------------------------------------------------
publish_app
write_targets
PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
PUBLIC=$BASE   # Site:PublicUrl: the app's own address (start_app)
DOTNET_GCHeapHardLimit=$HEAP_LIMIT start_app app "$PORT" "$OPS_TMP/data"
started=$(now_ms)
if ! wait_site "$BASE" "$APP_PID" 90; then
  tail -40 "$OPS_TMP/app.log"; echo "floods: FAIL the app did not become ready within 90 s"; exit 1
fi
heap_env=$(tr '\0' '\n' <"/proc/$APP_PID/environ" | grep -m1 '^DOTNET_GCHeapHardLimit=' || echo "DOTNET_GCHeapHardLimit unset")
log "app ready on $BASE after $(( $(now_ms) - started )) ms (pid $APP_PID, Production, $heap_env, RSS $(rss_mb "$APP_PID") MB)"
check_pages "at start"
[ "$PAGES_OK" = "$PAGES_TOTAL" ] || { tail -40 "$OPS_TMP/app.log"; echo "floods: FAIL pages are not healthy before any flood"; exit 1; }

# --- a. cache-key flood ---------------------------------------------------------------------------------------
flood_cache_key() {
  local out=$OPS_TMP/wrk-cache-key.txt
  log "cache-key: /robots.txt?u=<unique>&a=<${KEY_PAD} bytes> and /faq?x=<unique>, ${KEY_CONNECTIONS} connections, ${KEY_DURATION} s"
  flood_begin cache-key
  run_flood_wrk "$out" "$KEY_DURATION" "$KEY_CONNECTIONS" cachekey "$KEY_PAD"
  flood_end cache-key
  cat "$out"
  local requests s301 sock s5xx long growth ready oom health resident heap
  requests=$(m requests "$out"); s301=$(m s301 "$out"); sock=$(socket_errors "$out")
  s5xx=$(count_5xx "$out"); long=$(m long_location "$out")
  growth=$(( RSS_PEAK - RSS_BEFORE ))
  ready=$(ready_status); oom=$(oom_lines)
  health=$(healthz_json "$BASE")
  resident=$(json_field residentMegabytes <<<"$health"); heap=$(json_field managedHeapMegabytes <<<"$health")
  check_pages "after cache-key"
  local result=PASS
  if [ "$requests" -eq 0 ] || [ "$growth" -ge "$RSS_BOUND_MB" ] || [ "$s301" -ne "$requests" ] || [ "$sock" -ne 0 ] \
     || [ "$long" -ne 0 ] || [ "$ready" != 200 ] || [ "$oom" -ne 0 ] || [ "$PAGES_OK" != "$PAGES_TOTAL" ]; then result=FAIL; fi
  verdict cache-key "$result" "requests=$requests rps=$(m rps "$out") statuses=[$(statuses "$out")] 5xx=$s5xx socket_errors=$sock long_location=$long $(rss_figures) rss_growth_mb=$growth (bound $RSS_BOUND_MB) healthz_resident_mb=${resident:-?} managed_heap_mb=${heap:-?} oom_log_lines=$oom ready_after=$ready pages_ok=$PAGES_OK/$PAGES_TOTAL"
}

# --- b. IPv6 /64 rotation on search ---------------------------------------------------------------------------
flood_ipv6() {
  local out=$OPS_TMP/wrk-ipv6.txt prefix="2001:db8:f1:7"
  log "ipv6: searches from a new address in $prefix::/64 each time, 4 connections, ${IPV6_DURATION} s"
  flood_begin ipv6
  run_flood_wrk "$out" "$IPV6_DURATION" 4 ipv6 0 "$prefix"
  flood_end ipv6
  cat "$out"
  local requests s200 s429 s5xx allowed other
  requests=$(m requests "$out"); s200=$(m s200 "$out"); s429=$(m s429 "$out"); s5xx=$(count_5xx "$out")
  # One client's allowance over the flood: the burst, plus the refill (10 tokens every 5 s) for the duration
  # and one more refill period of slack.
  allowed=$(( SEARCH_BURST + SEARCH_PER_SECOND * (IPV6_DURATION + 5) ))
  # Straight after: a dozen more addresses in the same /64 (more than one 5 s refill of 10 tokens, which may
  # fall in between) must meet a 429; an address in the next /64 is another client and is served.
  local k code same429=0
  for k in $(seq 1 12); do
    code=$(curl -s -o /dev/null -m 10 -w '%{http_code}' -H "X-Forwarded-For: $prefix:dead:beef:$k:1" "$BASE/search?q=remote" || echo 000)
    [ "$code" = 429 ] && same429=$(( same429 + 1 ))
  done
  other=$(curl -s -o /dev/null -m 10 -w '%{http_code}' -H "X-Forwarded-For: 2001:db8:f1:8::1" "$BASE/search?q=remote" || echo 000)
  echo "after the flood: 12 more addresses in the same /64 -> $same429 x 429 (at least 1 expected), an address in the next /64 -> $other (200 expected)"
  local result=PASS
  if [ "$s429" -eq 0 ] || [ "$s200" -gt "$allowed" ] || [ "$s5xx" -ne 0 ] || [ "$same429" -eq 0 ] || [ "$other" != 200 ]; then result=FAIL; fi
  verdict ipv6 "$result" "requests=$requests rps=$(m rps "$out") 200=$s200 (allowed at most $allowed) 429=$s429 5xx=$s5xx statuses=[$(statuses "$out")] same_64_after_429=$same429/12 next_64_after=$other $(rss_figures)"
}

# --- c. Host header and forwarded scheme poisoning ------------------------------------------------------------
# Every absolute URL in BODY that names this machine (127.0.0.1, localhost, [::1]) or the forged host must
# start with Site:PublicUrl; and neither the forged host nor a javascript: scheme may appear at all.
body_problem() { # FILE -> prints a short reason, or nothing
  local file=$1 url
  if grep -qi 'evil\.example' "$file"; then echo "evil.example in body"; return; fi
  if grep -qi 'javascript:' "$file"; then echo "javascript: in body"; return; fi
  # The alias host the third request sends, anywhere (the print sheet also prints its address without a scheme).
  if grep -qi 'localhost:1' "$file"; then echo "alias host localhost:1 in body"; return; fi
  while read -r url; do
    case "$url" in "$PUBLIC"|"$PUBLIC"/*|"$PUBLIC"\?*) ;; *) echo "foreign self-URL $url"; return ;; esac
  done < <(grep -oiE '[a-z][a-z0-9+.-]*://(127\.0\.0\.1|localhost|\[::1\])[^"'"'"'<> ]*' "$file" || true)
}
canonical_of() { grep -oiE '<link rel="canonical" href="[^"]*"' "$1" | head -1 | sed -E 's/.*href="([^"]*)"/\1/' || true; }

flood_host() {
  local slugs fresh_a fresh_b
  slugs=$(curl -s -m 10 "$BASE/api/roles" | grep -oE '"slug":"[^"]*"' | cut -d'"' -f4 | tail -2 || true)
  fresh_a=$(sed -n 1p <<<"$slugs"); fresh_b=$(sed -n 2p <<<"$slugs")
  # Pages not rendered yet (not in the list the warm-up renders), so the first render is the alias host's.
  local targets=$OPS_TMP/host-targets.txt
  { [ -n "$fresh_b" ] && printf '%s\n' "/roles/$fresh_b" "/roles/$fresh_b/print" "/roles/compare?roles=$fresh_a,$fresh_b"
    cat "$TARGETS_FILE"; } >"$targets"
  log "host: $(wc -l <"$targets") addresses x 4 requests (forged Host, forged scheme, allowed alias + https, plain)"
  flood_begin host
  local path body code n=0 requests=0 bad=0 failures="" forged_host_400=0 forged_proto_400=0 alias_ok=0 plain_ok=0 canon_ok=0 canon_checked=0 problem want
  body=$OPS_TMP/host-body
  while read -r path; do
    n=$(( n + 1 ))
    want=$(expected_status "$path")
    local xff="203.0.113.$(( n % 250 + 1 ))"
    # 1. A Host that is not the site's: refused by host filtering before anything renders.
    code=$(curl -s -o "$body" -m 15 -w '%{http_code}' -H 'Host: evil.example' -H "X-Forwarded-For: $xff" "$BASE$path" || echo 000)
    requests=$(( requests + 1 ))
    problem=$(body_problem "$body")
    if [ "$code" = 400 ] && [ -z "$problem" ]; then forged_host_400=$(( forged_host_400 + 1 )); else bad=$(( bad + 1 )); failures="$failures [evil-host $path $code $problem]"; fi
    # 2. A forwarded scheme that is not http/https, from a trusted proxy (loopback): 400.
    code=$(curl -s -o "$body" -m 15 -w '%{http_code}' -H 'X-Forwarded-Proto: javascript' -H "X-Forwarded-For: $xff" "$BASE$path" || echo 000)
    requests=$(( requests + 1 ))
    problem=$(body_problem "$body")
    if [ "$code" = 400 ] && [ -z "$problem" ]; then forged_proto_400=$(( forged_proto_400 + 1 )); else bad=$(( bad + 1 )); failures="$failures [js-proto $path $code $problem]"; fi
    # 3. An allowed alias (localhost, another port), https from the proxy and a forwarded host: the page is
    #    served, but every URL in it is still Site:PublicUrl's. For the fresh pages this request renders them.
    code=$(curl -s -o "$body" -m 15 -w '%{http_code}' -H "Host: localhost:1" -H 'X-Forwarded-Proto: https' \
      -H 'X-Forwarded-Host: evil.example' -H "X-Forwarded-For: $xff" "$BASE$path" || echo 000)
    requests=$(( requests + 1 ))
    problem=$(body_problem "$body")
    if [ "$code" = "$want" ] && [ -z "$problem" ]; then alias_ok=$(( alias_ok + 1 )); else bad=$(( bad + 1 )); failures="$failures [alias $path $code $problem]"; fi
    # 4. The plain request afterwards (from the render cache if 3 filled it): clean, canonical = PublicUrl + path.
    code=$(curl -s -o "$body" -m 15 -w '%{http_code}' -H "X-Forwarded-For: $xff" "$BASE$path" || echo 000)
    requests=$(( requests + 1 ))
    problem=$(body_problem "$body")
    local canonical; canonical=$(canonical_of "$body")
    if [ -n "$canonical" ]; then
      canon_checked=$(( canon_checked + 1 ))
      case "$canonical" in "$PUBLIC"/*) canon_ok=$(( canon_ok + 1 )) ;; *) problem="${problem:+$problem; }canonical $canonical" ;; esac
    fi
    if [ "$code" = "$want" ] && [ -z "$problem" ]; then plain_ok=$(( plain_ok + 1 )); else bad=$(( bad + 1 )); failures="$failures [plain $path $code $problem]"; fi
  done <"$targets"
  flood_end host
  local sitemap_locs sitemap_foreign robots_line
  sitemap_locs=$(curl -s -m 10 "$BASE/sitemap.xml" | grep -oE '<loc>[^<]*</loc>' | wc -l || true)
  sitemap_foreign=$(curl -s -m 10 "$BASE/sitemap.xml" | grep -oE '<loc>[^<]*</loc>' | grep -vc "<loc>$PUBLIC/" || true)
  robots_line=$(curl -s -m 10 "$BASE/robots.txt" | grep -i '^sitemap:' | tr -d '\r' || true)
  echo "sitemap: $sitemap_locs <loc>, $sitemap_foreign not under $PUBLIC; robots.txt: $robots_line"
  [ -n "$failures" ] && echo "failures:$(cut -c1-2000 <<<"$failures")"
  local result=PASS
  if [ "$bad" -ne 0 ] || [ "$sitemap_foreign" -ne 0 ] || [ "$sitemap_locs" -eq 0 ] || [ "$robots_line" != "Sitemap: $PUBLIC/sitemap.xml" ] \
     || [ "$canon_checked" -eq 0 ]; then result=FAIL; fi
  verdict host "$result" "addresses=$n requests=$requests evil_host_400=$forged_host_400/$n javascript_proto_400=$forged_proto_400/$n alias_host_https_clean=$alias_ok/$n plain_clean=$plain_ok/$n canonicals_at_public_url=$canon_ok/$canon_checked sitemap_locs=$sitemap_locs foreign_locs=$sitemap_foreign wrong=$bad fresh_pages_first_rendered_for_alias=3 $(rss_figures)"
}

# --- d. Conditional GET ---------------------------------------------------------------------------------------
etag_of() { curl -s -o /dev/null -D - -m 10 -H "X-Forwarded-For: 203.0.113.250" "$BASE$1" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" { print $2 }' || true; }

flood_etag() {
  log "etag: collecting each page's ETag"
  flood_begin etag
  local path tag paths=() tags=()
  while read -r path; do
    tag=$(etag_of "$path")
    [ -n "$tag" ] && { paths+=("$path"); tags+=("$tag"); }
  done <"$TARGETS_FILE"
  local count=${#paths[@]} i j others all code requests=0 own304=0 cross_ok=0 wrong304=0 failures=""
  all=$(IFS=,; echo "${tags[*]}")
  for i in "${!paths[@]}"; do
    # Its own validator: 304 (conditional GET works at all).
    code=$(curl -s -o /dev/null -m 10 -w '%{http_code}' -H "If-None-Match: ${tags[$i]}" -H "X-Forwarded-For: 203.0.113.249" "$BASE${paths[$i]}" || echo 000)
    requests=$(( requests + 1 ))
    if [ "$code" = 304 ]; then own304=$(( own304 + 1 )); else failures="$failures [own ${paths[$i]} $code]"; fi
    # Every other page's validator: the page itself (200), never 304.
    others=""
    for j in "${!tags[@]}"; do [ "$j" != "$i" ] && others="${others:+$others, }${tags[$j]}"; done
    code=$(curl -s -o /dev/null -m 10 -w '%{http_code}' -H "If-None-Match: $others" -H "X-Forwarded-For: 203.0.113.249" "$BASE${paths[$i]}" || echo 000)
    requests=$(( requests + 1 ))
    if [ "$code" = 200 ]; then cross_ok=$(( cross_ok + 1 )); else failures="$failures [cross ${paths[$i]} $code]"; [ "$code" = 304 ] && wrong304=$(( wrong304 + 1 )); fi
  done
  # Not-found, refused and redirected addresses with every validator, and with "*": never 304.
  local spot errors_ok=0 errors_total=0 want
  for spot in "/roles/no-such-role 404" "/no-such-page 404" "/api/roles/no-such-role 404" "/error/404 404" \
      "/roles/compare?roles=a,b,c,d,e 404" "/from/registered-nurses?sort=salary 400" "/FAQ 301" "/faq?x=1 301"; do
    set -- $spot
    for tag in "$all" '*'; do
      code=$(curl -s -o /dev/null -m 10 -w '%{http_code}' -H "If-None-Match: $tag" -H "X-Forwarded-For: 203.0.113.249" "$BASE$1" || echo 000)
      requests=$(( requests + 1 )); errors_total=$(( errors_total + 1 ))
      if [ "$code" = "$2" ]; then errors_ok=$(( errors_ok + 1 )); else failures="$failures [error $1 $code]"; [ "$code" = 304 ] && wrong304=$(( wrong304 + 1 )); fi
    done
  done
  flood_end etag
  [ -n "$failures" ] && echo "failures:$(cut -c1-2000 <<<"$failures")"
  local result=PASS
  if [ "$count" -lt 5 ] || [ "$wrong304" -ne 0 ] || [ "$own304" -ne "$count" ] || [ "$cross_ok" -ne "$count" ] || [ "$errors_ok" -ne "$errors_total" ]; then result=FAIL; fi
  verdict etag "$result" "pages_with_etag=$count requests=$requests own_etag_304=$own304/$count other_pages_etags_200=$cross_ok/$count errors_and_redirects_as_intended=$errors_ok/$errors_total wrong_304=$wrong304 $(rss_figures)"
}

# --- e. Render cap --------------------------------------------------------------------------------------------
flood_render() {
  local out=$OPS_TMP/wrk-render.txt
  log "render: unique searches from unique addresses, ${RENDER_CONNECTIONS} connections, ${RENDER_DURATION} s"
  flood_begin render
  ( exec wrk -t2 -c"$RENDER_CONNECTIONS" -d"${RENDER_DURATION}s" --timeout 5s -s "$OPS_DIR/floods.lua" "$BASE" -- render 2 >"$out" 2>&1 ) &
  local wrk_pid=$!; OPS_PIDS+=("$wrk_pid")
  # Mid-flood, cached pages must not wait for the render queue (timed: half-way through the flood).
  sleep $(( RENDER_DURATION / 2 ))
  local probe probes="" probes_ok=0 code secs
  for probe in /faq /roles/pay-and-growth /sitemap.xml; do
    read -r code secs < <(curl -s -o /dev/null -m 10 -w '%{http_code} %{time_total}\n' -H "X-Forwarded-For: 203.0.113.248" "$BASE$probe" || echo "000 10")
    probes="$probes $probe=$code/${secs}s"
    [ "$code" = 200 ] && probes_ok=$(( probes_ok + 1 ))
  done
  echo "cached pages during the flood:$probes"
  wait_exit "$wrk_pid" $(( RENDER_DURATION + 20 )) || kill -INT "$wrk_pid" 2>/dev/null || true
  wait_exit "$wrk_pid" 10 || true
  forget_pid "$wrk_pid"
  cat "$out"
  # Recovery: a search from a fresh address, polled until 200 (bounded).
  local t0 recovered_ms="" k=0 deadline
  t0=$(now_ms); deadline=$(( t0 + 30000 ))
  while [ "$(now_ms)" -lt "$deadline" ]; do
    k=$(( k + 1 ))
    code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' -H "X-Forwarded-For: 192.0.2.$(( k % 250 + 1 ))" "$BASE/search?q=remote" || echo 000)
    if [ "$code" = 200 ]; then recovered_ms=$(( $(now_ms) - t0 )); break; fi
    sleep 0.1
  done
  flood_end render
  if [ -n "$recovered_ms" ]; then echo "search after the flood: 200 after $recovered_ms ms"; else echo "search after the flood: still not 200 after 30 s (last $code)"; fi
  local ready; ready=$(ready_status)
  check_pages "after render"
  local requests s200 s503 retry s5xx s429 sock
  requests=$(m requests "$out"); s200=$(m s200 "$out"); s503=$(m s503 "$out"); retry=$(m s503_retry_after "$out")
  s5xx=$(count_5xx "$out" 503); s429=$(m s429 "$out"); sock=$(socket_errors "$out")
  local result=PASS
  if [ "$s503" -eq 0 ] || [ "$retry" -ne "$s503" ] || [ "$s5xx" -ne 0 ] || [ -z "$recovered_ms" ] || [ "$probes_ok" -ne 3 ] \
     || [ "$ready" != 200 ] || [ "$PAGES_OK" != "$PAGES_TOTAL" ]; then result=FAIL; fi
  verdict render "$result" "requests=$requests rps=$(m rps "$out") 200=$s200 503=$s503 503_with_retry_after=$retry other_5xx=$s5xx 429=$s429 p50_ms=$(m p50_ms "$out") p99_ms=$(m p99_ms "$out") wrk_timeouts=$(m timeout "$out") socket_errors=$sock cached_pages_during=$probes_ok/3[$probes ] search_200_again_after_ms=${recovered_ms:-never} ready_after=$ready pages_ok=$PAGES_OK/$PAGES_TOTAL $(rss_figures)"
}

for flood in $FLOODS; do
  t=$(now_ms)
  echo; echo "== flood $flood =="
  case "$flood" in
    cache-key) flood_cache_key ;;
    ipv6) flood_ipv6 ;;
    host) flood_host ;;
    etag) flood_etag ;;
    render) flood_render ;;
    *) echo "unknown flood $flood" >&2; exit 2 ;;
  esac
  log "$flood took $(( ($(now_ms) - t) / 1000 )) s"
done

echo; echo "== after every flood =="
check_pages "at the end"
echo "app: pid $APP_PID RSS $(rss_mb "$APP_PID") MB, /healthz/ready $(ready_status), log: $(grep -c '^fail:' "$OPS_TMP/app.log" || true) fail, $(grep -c '^crit:' "$OPS_TMP/app.log" || true) crit, $(oom_lines) OutOfMemory lines"
grep -A3 -E '^(fail|crit):' "$OPS_TMP/app.log" | head -20 || true
echo "load average now: $(cut -d' ' -f1-3 /proc/loadavg)"

summarise_verdicts floods.sh
