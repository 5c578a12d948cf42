#!/usr/bin/env bash
# Performance bench: publishes a copy of the site (Release), starts it in Production on 127.0.0.1 and
# measures six figures against their targets, then prints one table and a closing line
# `bench: N/N figures within target`. Exits 0 when everything could be measured (whether or not each
# figure is within target: this is a report) and 1 when something could not be measured.
# Usage: bash bench/run.sh    (options as environment variables: see bench/README.md)
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
cd "$REPO_DIR"
# publish_site, start_site, wait_site, stop_site, free_port, median: shared with audits/ and ops/.
# shellcheck source=ops/lib/site.sh
. "$REPO_DIR/ops/lib/site.sh"

# ---- Options ---------------------------------------------------------------------------------------
BENCH_ROLE=${BENCH_ROLE:-medical-billers-and-coders}         # the role page measured everywhere
BENCH_FILTER=${BENCH_FILTER:-remote=hybrid-possible&education=bachelor}
BENCH_SEARCH=${BENCH_SEARCH:-coding}
BENCH_SEARCH_TYPO=${BENCH_SEARCH_TYPO:-recepshonist}                      # corrected by the spelling layer
BENCH_SEARCH_INTENT=${BENCH_SEARCH_INTENT:-work%20from%20home%20no%20patients}  # intents turned into filters
BENCH_ROLES=${BENCH_ROLES:-10000}                            # generated roles for the scale figures
BENCH_DURATION=${BENCH_DURATION:-10}                         # seconds of each measured wrk run (figure 1)
BENCH_WARMUP=${BENCH_WARMUP:-5}                              # seconds of wrk warm-up per URL
BENCH_ROUNDS=${BENCH_ROUNDS:-2}                              # alternating (static, page) rounds
BENCH_THREADS=${BENCH_THREADS:-2}
BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-32}
BENCH_MEM_DURATION=${BENCH_MEM_DURATION:-20}                 # seconds of mixed load (figure 6)
BENCH_STARTS=${BENCH_STARTS:-5}                              # cold starts (figure 4)
BENCH_RENDER_SAMPLES=${BENCH_RENDER_SAMPLES:-300}            # figure 2
BENCH_RENDER_WARMUP=${BENCH_RENDER_WARMUP:-50}
BENCH_SCALE_SAMPLES=${BENCH_SCALE_SAMPLES:-200}              # figure 5, per URL and content
BENCH_SCALE_WARMUP=${BENCH_SCALE_WARMUP:-50}
BENCH_SCALE_BLOCK=${BENCH_SCALE_BLOCK:-20}                   # figure 5 alternates real/generated in blocks of this
BENCH_SETTLE=${BENCH_SETTLE:-30}                             # figure 5: idle seconds after warming both instances up
BENCH_SETTLE_REQUESTS=${BENCH_SETTLE_REQUESTS:-200}          # figure 5: warm-up requests per URL before that pause
BENCH_READY_TIMEOUT=${BENCH_READY_TIMEOUT:-300}              # seconds to wait for an instance to be ready
BENCH_KEEP=${BENCH_KEEP:-0}                                  # 1: keep the work folder (logs, publish output)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

SCRIPT_STARTED=$(date +%s)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/ncg-bench.XXXXXX")
LOGS="$WORK/logs"
mkdir -p "$LOGS"
PIDS_FILE="$WORK/pids"      # every process this script starts in the background, one id a line
ROWS="$WORK/rows.tsv"       # key, measured, ratio, verdict
NOTES="$WORK/notes.txt"
: >"$PIDS_FILE"
: >"$ROWS"
: >"$NOTES"
FAILED_STEPS=()

# ---- Plumbing ----------------------------------------------------------------------------------------
section() { printf '\n== %s ==\n' "$*"; }
die() { echo "bench: $*" >&2; exit 1; }
note() { printf '%s\n' "$*" >>"$NOTES"; echo "  $*"; }
row() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$ROWS"; }   # key measured ratio verdict

# Floating-point helpers (awk): calc EXPR prints with 2 decimals unless a format is given; holds EXPR is a test.
calc() { awk "BEGIN { printf \"${2:-%.2f}\", ($1) }"; }
holds() { awk "BEGIN { exit !($1) }"; }
verdict() { if holds "$1"; then echo pass; else echo fail; fi; }

stop_all() {
  local pid
  while read -r pid; do
    [ -n "$pid" ] && stop_site "$pid"
  done <"$PIDS_FILE"
  : >"$PIDS_FILE"
}

cleanup() {
  if [ -n "${STEP_PID:-}" ] && kill -0 "$STEP_PID" 2>/dev/null; then
    # An interrupted step: stop what it is running (wrk, node, curl, a publish), then the step itself.
    pkill -TERM -P "$STEP_PID" 2>/dev/null || true
    stop_site "$STEP_PID" 2>/dev/null || true
  fi
  stop_all 2>/dev/null || true
  if [ "$BENCH_KEEP" = 1 ]; then
    echo "bench: work folder kept: $WORK" >&2
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Runs one step in a subshell with errexit on, so a step that cannot measure stops alone; its figures then
# show as "not measured" and the script exits 1 at the end. Servers a step leaves behind are stopped.
# The step runs in the background and is waited for, so Ctrl+C or a TERM reaches the traps at once.
STEP_PID=
run_step() {
  local name=$1 status
  shift
  section "$name"
  set +e
  (
    set -e
    "$@"
  ) &
  STEP_PID=$!
  wait "$STEP_PID"
  status=$?
  STEP_PID=
  set -e
  stop_all
  if [ "$status" -ne 0 ]; then
    FAILED_STEPS+=("$name")
    echo "bench: step '$name' could not be measured (exit status $status)" >&2
  fi
}

# start_server NAME SITE_DIR PORT CONTENT_DIR [extra app arguments]: sets SERVER_PID and SERVER_LOG.
# Started from the publish folder (its wwwroot is the content root's); `exec` makes SERVER_PID the
# dotnet process itself, so /proc/SERVER_PID is the app's. The app sends Server-Timing only to trusted
# networks: the searches of figure 5 come "from" 203.0.113.N (X-Forwarded-For, for the rate limit), so
# that range is named a known network here.
start_server() {
  local name=$1 site=$2 port=$3 content=$4
  shift 4
  SERVER_LOG="$LOGS/$name.log"
  SITE_OFFICIAL_DATA="$COPY/data" start_site "$site" "$port" "$content" "$WORK/data-$name" "$SERVER_LOG" \
    --Proxy:KnownNetworks:0=203.0.113.0/24 "$@"
  SERVER_PID=$SITE_PID
  echo "$SERVER_PID" >>"$PIDS_FILE"
}

# wait_ready PORT PID LOG: until GET /healthz/ready answers 200.
wait_ready() {
  local port=$1 pid=$2 log=$3 status=0
  wait_site "http://127.0.0.1:$port" "$pid" "$BENCH_READY_TIMEOUT" || status=$?
  [ "$status" -eq 0 ] && return 0
  tail -n 30 "$log" >&2
  [ "$status" -eq 2 ] && die "the site ($log) exited before it was ready"
  die "the site ($log) was not ready after ${BENCH_READY_TIMEOUT} s"
}

# catalogue_log LOG: prints "<ms> <roles> <built|reused>" from the line "Catalogue built from … in N ms (…): R roles
# in …" or "Catalogue reused from …, built from the same content, data and code, in N ms: R roles in …".
catalogue_log() {
  local log=$1 line i
  for i in $(seq 1 100); do
    line=$(sed -nE 's/.*Catalogue (built|reused) from [^(:]* in ([0-9]+) ms( \([^)]*\))?: ([0-9]+) roles in .*/\2 \4 \1/p' "$log" | sed -n 1p)
    [ -n "$line" ] && { echo "$line"; return 0; }
    sleep 0.05
  done
  die "no 'Catalogue built (or reused) from … in N ms' line in $log"
}

# wrk_rps URL DURATION [extra wrk args]: prints requests/s; fails on non-2xx/3xx answers.
wrk_rps() {
  local url=$1 duration=$2 out rps
  shift 2
  out=$(wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"${duration}s" "$@" "$url")
  printf '%s\n\n' "$out" >>"$LOGS/wrk.log"
  if grep -q 'Non-2xx or 3xx responses' <<<"$out"; then
    echo "$out" >&2
    die "wrk got error answers from $url"
  fi
  rps=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
  [ -n "$rps" ] || die "wrk printed no Requests/sec for $url"
  if grep -q 'Socket errors' <<<"$out"; then
    echo "  (wrk: $(grep 'Socket errors' <<<"$out" | sed 's/^ *//') on $url)" >&2
  fi
  echo "$rps"
}

# kv KEY FILE: the value of KEY in a tab-separated key/value file (server-timing.mjs, page-check.mjs output).
kv() { awk -F'\t' -v k="$1" '$1 == k { print $2 }' "$2"; }

# ---- Prerequisites ----------------------------------------------------------------------------------------
require_tools() {
  local tool
  for tool in dotnet node curl tar awk sed sort; do
    command -v "$tool" >/dev/null || die "$tool not found; see bench/README.md for the prerequisites."
  done
  if ! command -v wrk >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "installing wrk (apt-get install -y wrk)"
      apt-get install -y wrk >"$LOGS/apt.log" 2>&1 || { apt-get update >>"$LOGS/apt.log" 2>&1 && apt-get install -y wrk >>"$LOGS/apt.log" 2>&1; } \
        || { tail -n 20 "$LOGS/apt.log" >&2; die "could not install wrk"; }
    else
      echo "bench: wrk not found. Install it first:  sudo apt-get install -y wrk" >&2
      exit 1
    fi
  fi
}

# ---- Build: a copy of the repository, published twice (the second with a static file as large as the page)
COPY="$WORK/repo"
SITE1="$WORK/site1"     # published as is: only used to learn the role page's size
SITE="$WORK/site"       # published with wwwroot/bench/pad.html of exactly that size: every measurement
CONTENT="$COPY/content" # the snapshot of content/ taken with the code
PAD_PATH=/bench/pad.html
MAIN_PORT=

copy_repository() {
  mkdir -p "$COPY"
  local file
  for file in Directory.Build.props Directory.Packages.props global.json .editorconfig NuGet.config nuget.config NonClinicalGuide.sln; do
    if [ -e "$file" ]; then cp -p "$file" "$COPY/"; fi
  done
  # node_modules is copied too (it spares an `npm ci`; without it the publish runs one itself).
  tar -C "$REPO_DIR" --anchored --no-wildcards-match-slash \
    --exclude='src/*/bin' --exclude='src/*/obj' --exclude='src/*/App_Data' --exclude='src/*/TestResults' \
    -cf - src content data | tar -C "$COPY" -xf -
  echo "copied src/, content/ and data/ to $COPY ($(du -sh "$COPY" | cut -f1))"
}

publish() { # OUTPUT_DIR LOG_NAME
  local started=$SECONDS
  publish_site "$COPY/src/NonClinicalGuide.Web" "$1" "$LOGS/$2.log" --disable-build-servers || die "could not publish the site"
  echo "published to $1 in $((SECONDS - started)) s"
}

page_size() { # URL: body bytes without Accept-Encoding
  curl -sf -o /dev/null -w '%{size_download}' "$1"
}

step_build() {
  copy_repository
  publish "$SITE1" publish-1
  MAIN_PORT=$(free_port)
  start_server sizing "$SITE1" "$MAIN_PORT" "$CONTENT"
  wait_ready "$MAIN_PORT" "$SERVER_PID" "$SERVER_LOG"
  local url="http://127.0.0.1:$MAIN_PORT/roles/$BENCH_ROLE" size again
  size=$(page_size "$url") || die "GET $url failed"
  again=$(page_size "$url")
  [ "$size" = "$again" ] || die "the role page changes size between requests ($size, $again): no static twin possible"
  stop_site "$SERVER_PID"
  echo "role page /roles/$BENCH_ROLE is $size bytes (no Accept-Encoding) on port $MAIN_PORT"

  local pad="$COPY/src/NonClinicalGuide.Web/wwwroot${PAD_PATH}"
  mkdir -p "$(dirname "$pad")"
  { yes '<p>Static padding for the benchmark, as large as the role page it is compared with.</p>' || true; } | head -c "$size" >"$pad"
  [ "$(wc -c <"$pad")" = "$size" ] || die "could not write a $size-byte padding file"
  publish "$SITE" publish-2
  [ -f "$SITE/wwwroot${PAD_PATH}" ] || die "the padding file is not in the published wwwroot"
  # The site's own list of page kinds, for the mixed load of figure 6 (bench/mix.lua, ops/lib/pages.lua).
  dotnet "$SITE/NonClinicalGuide.Web.dll" pages "$CONTENT" >"$WORK/pages.txt" || die "could not list the site's pages"
  echo "$MAIN_PORT" >"$WORK/main-port"
  echo "$size" >"$WORK/page-size"
}

# ---- Figure 4: start-up -------------------------------------------------------------------------------------
step_startup() {
  local i how port t0 status ms took roles kind
  : >"$WORK/start-ms"
  : >"$WORK/start-copy"
  : >"$WORK/build-start-ms"
  : >"$WORK/start-build"
  # Each round starts the site twice, with an empty data folder each time: as deployed (the published build's own
  # catalogue is copied: its content and data are those it was published with) and made to build the catalogue
  # from the content (Catalogue:ReuseBuilt=false), as a start after an editor's change does.
  for i in $(seq 1 "$BENCH_STARTS"); do
    for how in deployed build; do
      port=$(free_port)
      t0=$(now_ms)
      if [ "$how" = deployed ]; then
        start_server "start-$i" "$SITE" "$port" "$CONTENT"
      else
        start_server "start-build-$i" "$SITE" "$port" "$CONTENT" --Catalogue:ReuseBuilt=false
      fi
      status=0
      wait_site "http://127.0.0.1:$port" "$SERVER_PID" 60 / || status=$?
      ms=$(($(now_ms) - t0))
      [ "$status" -eq 2 ] && { tail -n 30 "$SERVER_LOG" >&2; die "start $i ($how): the site exited"; }
      [ "$status" -eq 0 ] || die "start $i ($how): no 200 from / within 60 s"
      read -r took roles kind < <(catalogue_log "$SERVER_LOG")
      stop_site "$SERVER_PID"
      echo "  start $i ($how): first 200 of / after $ms ms; catalogue $kind in $took ms ($roles roles)"
      if [ "$how" = deployed ]; then
        [ "$kind" = reused ] || die "start $i: the published build did not copy its own catalogue (see $SERVER_LOG)"
        echo "$ms" >>"$WORK/start-ms"
        echo "$took" >>"$WORK/start-copy"
      else
        echo "$ms" >>"$WORK/build-start-ms"
        echo "$took" >>"$WORK/start-build"
      fi
    done
  done
  local start_median copy_median build_start_median build_median
  start_median=$(median <"$WORK/start-ms")
  copy_median=$(median <"$WORK/start-copy")
  build_start_median=$(median <"$WORK/build-start-ms")
  build_median=$(median <"$WORK/start-build")
  note "4. cold starts as deployed (ms to first 200 of /): $(paste -sd' ' "$WORK/start-ms"); catalogue copied (ms): $(paste -sd' ' "$WORK/start-copy")"
  note "4. cold starts that build (ms to first 200 of /): $(paste -sd' ' "$WORK/build-start-ms"); catalogue builds (ms): $(paste -sd' ' "$WORK/start-build")"
  row cold_start "$(calc "$start_median / 1000" %.2f) s" "$(calc "1.5 / ($start_median / 1000)")" "$(verdict "$start_median <= 1500")"
  row catalogue_copy "$copy_median ms" "-" info
  row cold_start_build "$(calc "$build_start_median / 1000" %.2f) s" "-" info
  row build_real "$build_median ms" "$(calc "300 / ($build_median > 0 ? $build_median : 1)")" "$(verdict "$build_median <= 300")"
}

# ---- Figures 3, 6, 1: the cached (default) instance ------------------------------------------------------------
# Order: the page checks (a few requests), then the mixed load for memory while the instance is fresh, then
# the req/s comparison (whose 30k req/s would otherwise leave its heap size in the memory figure).
step_cached() {
  local port size base page static
  port=$(cat "$WORK/main-port")
  size=$(cat "$WORK/page-size")
  start_server main "$SITE" "$port" "$CONTENT"
  local pid=$SERVER_PID
  wait_ready "$port" "$pid" "$SERVER_LOG"
  base="http://127.0.0.1:$port"
  page="$base/roles/$BENCH_ROLE"
  static="$base$PAD_PATH"

  # Figure 3: first-visit weight and the page-level checks.
  local check="$WORK/page-check.tsv" weight third blocking cache_ok cache_total
  node "$BENCH_DIR/page-check.mjs" "$base" "/roles/$BENCH_ROLE" >"$check" || die "page-check failed"
  weight=$(kv weight "$check")
  third=$(kv third_party "$check")
  blocking=$(kv blocking "$check")
  cache_ok=$(kv cache_ok "$check")
  cache_total=$(kv cache_total "$check")
  note "3. first visit, Accept-Encoding: br, gzip: $(kv detail "$check")"
  [ "$third" = 0 ] || note "3. third-party requests: $(kv third_party_list "$check")"
  [ "$blocking" = 0 ] || note "3. render-blocking scripts: $(kv blocking_list "$check")"
  note "3. repeat visit: $(kv cache_detail "$check")"
  [ "$cache_total" -gt 0 ] || die "the page references no CSS or JS to check the caching of"
  row weight "$weight B ($(calc "$weight / 1024" %.1f) KB)" "$(calc "40960 / $weight")" "$(verdict "$weight <= 40960")"
  row third_party "$third" "-" "$(verdict "$third == 0")"
  row blocking "$blocking of $(kv scripts "$check") script(s)" "-" "$(verdict "$blocking == 0")"
  row caching "$cache_ok/$cache_total" "-" "$(verdict "$cache_ok == $cache_total")"

  # Figure 6: peak VmRSS, sampled every 200 ms, during a mixed load.
  local samples="$WORK/rss.txt" sampler
  local rss_before
  rss_before=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")
  (
    while kill -0 "$pid" 2>/dev/null; do
      awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true
      sleep 0.2
    done
  ) >"$samples" &
  sampler=$!
  echo "$sampler" >>"$PIDS_FILE"
  local out
  out=$(OPS_LIB="$REPO_DIR/ops/lib" PAGES_FILE="$WORK/pages.txt" wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"${BENCH_MEM_DURATION}s" -s "$BENCH_DIR/mix.lua" "$base")
  printf '%s\n\n' "$out" >>"$LOGS/wrk.log"
  sleep 0.3
  stop_site "$sampler"
  local peak_kb count mix_rps errors
  count=$(grep -c . "$samples" || true)
  [ "$count" -gt 10 ] || die "only $count memory samples were taken"
  peak_kb=$(sort -n "$samples" | tail -n 1)
  mix_rps=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
  errors=$(sed -nE 's/.*Non-2xx or 3xx responses: ([0-9]+).*/\1/p' <<<"$out")
  note "6. wrk -t$BENCH_THREADS -c$BENCH_CONNECTIONS -s mix.lua for ${BENCH_MEM_DURATION} s on a fresh instance: $(calc "$mix_rps" %.0f) req/s, ${errors:-0} non-2xx/3xx answers; RSS before $(calc "$rss_before / 1024" %.1f) MB, peak of $count samples $(calc "$peak_kb / 1024" %.1f) MB"
  row peak_rss "$(calc "$peak_kb / 1024" %.1f) MB" "$(calc "200 / ($peak_kb / 1024)")" "$(verdict "$peak_kb / 1024 < 200")"
  [ "${errors:-0}" = 0 ] || die "the mixed load got ${errors} error answers (see $LOGS/wrk.log)"

  # Figure 1: the page and a static file of the same size, both without Accept-Encoding.
  local page_bytes static_bytes static_type
  page_bytes=$(page_size "$page") || die "GET $page failed"
  static_bytes=$(page_size "$static") || die "GET $static failed"
  static_type=$(curl -sf -o /dev/null -w '%{content_type}' "$static")
  [ "$page_bytes" = "$size" ] || die "the role page is $page_bytes bytes on the measured build, not $size"
  [ "$static_bytes" = "$size" ] || die "the static file is $static_bytes bytes, not $size"
  echo "role page and static file: both $size bytes without Accept-Encoding (static: $static_type)"
  # Warm both up, then alternate static, page, static, page ... and keep the best of each.
  echo "warm-up: ${BENCH_WARMUP} s each"
  wrk_rps "$static" "$BENCH_WARMUP" >/dev/null
  wrk_rps "$page" "$BENCH_WARMUP" >/dev/null
  local round s p static_runs=() page_runs=()
  for round in $(seq 1 "$BENCH_ROUNDS"); do
    s=$(wrk_rps "$static" "$BENCH_DURATION")
    p=$(wrk_rps "$page" "$BENCH_DURATION")
    echo "  round $round: static $s req/s, page $p req/s"
    static_runs+=("$s")
    page_runs+=("$p")
  done
  local best_static best_page ratio
  best_static=$(printf '%s\n' "${static_runs[@]}" | sort -gr | sed -n 1p)
  best_page=$(printf '%s\n' "${page_runs[@]}" | sort -gr | sed -n 1p)
  ratio=$(calc "$best_page / $best_static" %.3f)
  note "1. wrk -t$BENCH_THREADS -c$BENCH_CONNECTIONS -d${BENCH_DURATION}s after ${BENCH_WARMUP} s warm-up each, no Accept-Encoding, $size-byte bodies; static = plain (non-fingerprinted) URL $PAD_PATH ($static_type) served by MapStaticAssets; runs static: ${static_runs[*]}; page: ${page_runs[*]} req/s (best of each kept); VmHWM of the instance afterwards $(awk '/^VmHWM:/ { printf "%.1f MB", $2 / 1024 }' "/proc/$pid/status")"
  row static_rps "$(calc "$best_static" %.0f) req/s" "-" info
  row page_rps "$(calc "$best_page" %.0f) req/s" "-" info
  row page_vs_static "$(calc "$ratio" %.3f)" "$(calc "$ratio / 0.9")" "$(verdict "$ratio >= 0.9")"
}

# ---- Figures 2 and 5: uncached instances, real content and generated roles ------------------------------------
timing() { # OUT_FILE URL COUNT WARMUP [--vary-client]
  local out=$1 url=$2 count=$3 warmup=$4
  shift 4
  node "$BENCH_DIR/server-timing.mjs" --url "$url" --count "$count" --warmup "$warmup" "$@" >"$out" \
    || die "server-timing failed for $url"
}

step_uncached() {
  local port base
  port=$(free_port)
  start_server uncached "$SITE" "$port" "$CONTENT" --Performance:OutputCache=false
  local pid_real=$SERVER_PID started_real=$SECONDS
  wait_ready "$port" "$pid_real" "$SERVER_LOG"
  base="http://127.0.0.1:$port"

  # Figure 2.
  local t="$WORK/t-render.tsv" median p90
  timing "$t" "$base/roles/$BENCH_ROLE" "$BENCH_RENDER_SAMPLES" "$BENCH_RENDER_WARMUP"
  median=$(kv median "$t")
  p90=$(kv p90 "$t")
  note "2. /roles/$BENCH_ROLE, output cache off: $(kv n "$t") sequential requests after $BENCH_RENDER_WARMUP warm-up; min $(kv min "$t"), median $median, p90 $p90, max $(kv max "$t") ms; $(kv bytes "$t") bytes"
  row render_median "$median ms" "$(calc "1 / $median")" "$(verdict "$median <= 1")"
  row render_p90 "$p90 ms" "-" info

  # Figure 5: generate the roles and start a second uncached instance over them.
  local big="$WORK/content-$BENCH_ROLES"
  node "$BENCH_DIR/generate-roles.mjs" --from "$CONTENT" --to "$big" --count "$BENCH_ROLES"
  local port10k base10k
  port10k=$(free_port)
  start_server "uncached-$BENCH_ROLES" "$SITE" "$port10k" "$big" --Performance:OutputCache=false
  local pid_big=$SERVER_PID log_big=$SERVER_LOG
  wait_ready "$port10k" "$pid_big" "$log_big"
  base10k="http://127.0.0.1:$port10k"
  local built roles
  read -r built roles _ < <(catalogue_log "$log_big")
  local expected=$(($(find "$CONTENT/roles" -name '*.md' | wc -l) + BENCH_ROLES))
  [ "$roles" = "$expected" ] || die "the catalogue has $roles roles, expected $expected"
  note "5. catalogue with $roles roles built in $built ms; RSS of that instance when ready: $(awk '/^VmRSS:/ { printf "%.0f MB", $2 / 1024 }' "/proc/$pid_big/status")"
  row build_10k "$(calc "$built / 1000" %.2f) s" "$(calc "10000 / $built")" "$(verdict "$built <= 10000")"

  # Same URL on both, except the list: the real content has one page of matches, so it is page 1 there and
  # page 2 of thousands of matches with the generated roles. Requests alternate in blocks (20 to the real
  # instance, 20 to the generated one, ...) so that whatever else the machine is doing weighs on both alike.
  # The generated instance has only just started: .NET's tiered JIT (with dynamic PGO) takes tens of
  # seconds to install optimised code, and an instance measured fresh is about twice as slow as one that
  # has settled. So both are warmed up on every URL, left idle for BENCH_SETTLE seconds, then measured.
  local key real_url big_url flags t real_m big_m scale
  scale_urls() {
    flags=()
    case $1 in
      role) real_url="/roles/$BENCH_ROLE"; big_url=$real_url ;;
      list) real_url="/roles?$BENCH_FILTER"; big_url="/roles?$BENCH_FILTER&page=2" ;;
      search) real_url="/search?q=$BENCH_SEARCH"; big_url=$real_url; flags=(--vary-client) ;;
      search_typo) real_url="/search?q=$BENCH_SEARCH_TYPO"; big_url=$real_url; flags=(--vary-client) ;;
      search_intent) real_url="/search?q=$BENCH_SEARCH_INTENT"; big_url=$real_url; flags=(--vary-client) ;;
    esac
  }
  local scale_keys=(role list search search_typo search_intent) slowest_search=0 slowest_search_url=
  echo "warming both instances up ($BENCH_SETTLE_REQUESTS requests per URL), then ${BENCH_SETTLE} s idle"
  for key in "${scale_keys[@]}"; do
    scale_urls "$key"
    node "$BENCH_DIR/server-timing.mjs" --url "$base$real_url" --url "$base10k$big_url" \
      --count 1 --warmup "$BENCH_SETTLE_REQUESTS" "${flags[@]}" >/dev/null \
      || die "warm-up failed for $real_url / $big_url"
  done
  sleep "$BENCH_SETTLE"
  for key in "${scale_keys[@]}"; do
    scale_urls "$key"
    t="$WORK/t-scale-$key.tsv"
    node "$BENCH_DIR/server-timing.mjs" --url "$base$real_url" --url "$base10k$big_url" \
      --count "$BENCH_SCALE_SAMPLES" --warmup "$BENCH_SCALE_WARMUP" --block "$BENCH_SCALE_BLOCK" "${flags[@]}" >"$t" \
      || die "server-timing failed for $real_url / $big_url"
    real_m=$(kv 0.median "$t")
    big_m=$(kv 1.median "$t")
    scale=$(calc "$big_m / $real_m")
    note "5. $key: real $real_url median $real_m ms (p90 $(kv 0.p90 "$t"), $(kv 0.bytes "$t") B) vs $BENCH_ROLES roles $big_url median $big_m ms (p90 $(kv 1.p90 "$t"), $(kv 1.bytes "$t") B)"
    row "scale_$key" "$scale ($real_m -> $big_m ms)" "$(calc "2 / $scale")" "$(verdict "$scale <= 2")"
    if [[ $key == search* ]] && holds "$big_m > $slowest_search"; then
      slowest_search=$big_m
      slowest_search_url=$big_url
    fi
  done
  # A search's own time at scale, whatever it is compared with: the slowest of the three searches' medians.
  row search_10k_ms "$slowest_search ms ($slowest_search_url)" "$(calc "10 / ($slowest_search > 0 ? $slowest_search : 0.01)")" "$(verdict "$slowest_search < 10")"
  # Figure 2 again (info), now that the real instance has settled.
  local settled="$WORK/t-render-settled.tsv"
  timing "$settled" "$base/roles/$BENCH_ROLE" "$BENCH_RENDER_SAMPLES" "$BENCH_RENDER_WARMUP"
  note "2. the same measured again $((SECONDS - started_real)) s after the instance started: min $(kv min "$settled"), median $(kv median "$settled"), p90 $(kv p90 "$settled"), max $(kv max "$settled") ms"
  row render_settled "$(kv median "$settled") ms (p90 $(kv p90 "$settled"))" "-" info
  # For the diagnosis of the list: page 1 of the same filter (as many cards as page 2, no OFFSET).
  local first="$WORK/t-list-big-page1.tsv"
  timing "$first" "$base10k/roles?$BENCH_FILTER" "$BENCH_SCALE_SAMPLES" "$BENCH_SCALE_WARMUP"
  note "5. list, for comparison: $BENCH_ROLES roles /roles?$BENCH_FILTER (page 1) median $(kv median "$first") ms (p90 $(kv p90 "$first"), $(kv bytes "$first") B)"
}

# ---- Report -----------------------------------------------------------------------------------------------------
# key | figure | target ("info" rows have none and are not counted)
FIGURES=(
  "static_rps|1. static file as large as the page (plain URL), wrk req/s|info"
  "page_rps|1. cached role page, wrk req/s|info"
  "page_vs_static|1. cached role page / static file, req/s|>= 0.90"
  "render_median|2. uncached role page render, median Server-Timing|<= 1 ms"
  "render_p90|2. uncached role page render, p90 Server-Timing|info"
  "render_settled|2. the same, re-measured at the end (instance settled), median|info"
  "weight|3. first-visit weight: HTML+CSS+JS+icon (br/gzip)|<= 40960 B"
  "third_party|3. third-party requests|0"
  "blocking|3. render-blocking scripts|0"
  "caching|3. CSS/JS Cache-Control immutable, max-age >= 31536000|all"
  "cold_start|4. cold start to first 200 of /, as deployed (median of $BENCH_STARTS)|<= 1.5 s"
  "catalogue_copy|4. the published catalogue copied at that start (median)|info"
  "cold_start_build|4. cold start that builds the catalogue (median of $BENCH_STARTS)|info"
  "build_real|4. catalogue build, real content (median of $BENCH_STARTS)|<= 300 ms"
  "build_10k|5. catalogue build, $BENCH_ROLES generated roles|<= 10 s"
  "scale_role|5. role page render, ${BENCH_ROLES} roles / real (median)|<= 2.0"
  "scale_list|5. filtered list render, ${BENCH_ROLES} roles / real (median)|<= 2.0"
  "scale_search|5. search render, ${BENCH_ROLES} roles / real (median)|<= 2.0"
  "scale_search_typo|5. misspelt search (corrected), ${BENCH_ROLES} roles / real (median)|<= 2.0"
  "scale_search_intent|5. intent search (filters), ${BENCH_ROLES} roles / real (median)|<= 2.0"
  "search_10k_ms|5. slowest of those searches at ${BENCH_ROLES} roles (median Server-Timing)|< 10 ms"
  "peak_rss|6. peak RSS under ${BENCH_MEM_DURATION} s mixed load|< 200 MB"
)

report() {
  local table="$WORK/table.tsv" entry key label target measured ratio verdict counted=0 passed=0 missing=0
  printf 'figure\tmeasured\ttarget\tratio\tverdict\n' >"$table"
  for entry in "${FIGURES[@]}"; do
    IFS='|' read -r key label target <<<"$entry"
    if IFS=$'\t' read -r _ measured ratio verdict < <(awk -F'\t' -v k="$key" '$1 == k' "$ROWS" | tail -n 1); then
      :
    else
      measured="not measured"
      ratio="-"
      verdict=error
    fi
    if [ "$target" = info ]; then
      target="-"
      verdict="(info)"
    else
      counted=$((counted + 1))
      [ "$verdict" = pass ] && passed=$((passed + 1))
      [ "$verdict" = error ] && missing=$((missing + 1))
    fi
    printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$measured" "$target" "$ratio" "$verdict" >>"$table"
  done

  section "Results"
  awk -F'\t' '
    { for (i = 1; i <= NF; i++) { cell[NR, i] = $i; w = length($i); if (w > width[i]) width[i] = w } rows = NR; cols = NF }
    END {
      for (r = 1; r <= rows; r++) {
        line = ""
        for (i = 1; i <= cols; i++) line = line (i > 1 ? " | " : "") sprintf("%-" width[i] "s", cell[r, i])
        sub(/ +$/, "", line); print line
        if (r == 1) { line = ""; for (i = 1; i <= cols; i++) { d = ""; for (j = 0; j < width[i]; j++) d = d "-"; line = line (i > 1 ? "-|-" : "") d } print line }
      }
    }' "$table"
  echo
  echo "ratio: measured/target for a minimum, target/measured for a maximum (>= 1.00 is within target)."
  echo "Notes:"
  sed 's/^/  /' "$NOTES"
  echo "Took $(($(date +%s) - SCRIPT_STARTED)) s on $(nproc) cores; load average (1, 5, 15 min) at the start $LOAD_START, at the end $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "bench: $passed/$counted figures within target"
  if [ "${#FAILED_STEPS[@]}" -gt 0 ] || [ "$missing" -gt 0 ]; then
    echo "bench: could not measure everything (steps: ${FAILED_STEPS[*]:-none}; $missing figure(s) not measured)" >&2
    return 1
  fi
}

# ---- Main -----------------------------------------------------------------------------------------------------
require_tools
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
echo "bench: $(nproc) cores, load average $LOAD_START; work folder $WORK"
run_step "Build (a copy of the repository, published twice)" step_build
if [ ! -f "$WORK/page-size" ]; then
  report || true
  exit 1
fi
run_step "Figure 4: start-up" step_startup
run_step "Figures 3, 6, 1: cached instance" step_cached
run_step "Figures 2, 5: uncached instances" step_uncached
report
