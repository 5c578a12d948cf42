#!/usr/bin/env bash
# Page audits: publishes the site, starts it, and runs Lighthouse, the Nu Html Checker, linkinator and the
# Mozilla HTTP Observatory scanner against it. Prints every problem, then one summary line; exits 1 if any
# check failed. Usage: bash audits/run.sh   (see audits/README.md)
set -euo pipefail

# One URL per page type: the site's own list (`NonClinicalGuide.Web.dll pages`, the list the warm-up and the
# browser tests use), read once the site is published. Add pages for one run with
# AUDIT_EXTRA_PATHS="/search?q=coder /find-your-role".
PAGES=()
NOT_FOUND_PAGE=/no-such-page

# Lighthouse thresholds (scores 0-100) for the categories that do not depend on the machine; report.mjs reads
# them. The performance score is printed, not gated: Lighthouse simulates a CPU four times slower than the
# one it runs on, so the same page scores 100 on one machine and 93 on another. budgets.json is the gate.
export LH_MIN_ACCESSIBILITY=100 LH_MIN_BEST_PRACTICES=100 LH_MIN_SEO=100
LH_TRIES=${LH_TRIES:-3}
# Browsers sharing the light pass (the one with the performance category). One by default, so the performance
# figures it prints are measured with the cores to itself; CI runs two, as nothing it gates is a timing.
LH_WORKERS=${LH_WORKERS:-1}
# Over plain HTTP these two Observatory tests fail whatever the app does; production serves HTTPS.
export OBSERVATORY_ALLOWED_FAILURES="strict-transport-security redirection"

CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
CHROME_FLAGS="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
export CHROME_PATH DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

AUDITS_DIR=$(cd "$(dirname "$0")" && pwd)
REPO_DIR=$(dirname "$AUDITS_DIR")
# publish_site, start_site, wait_site, stop_site, free_port: shared with bench/ and ops/.
# shellcheck source=ops/lib/site.sh
. "$REPO_DIR/ops/lib/site.sh"
# Kept after the run (git-ignored) so a developer can open the full Lighthouse JSON and the server log.
REPORTS_DIR="$AUDITS_DIR/reports"
WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/page-audits.XXXXXX")
SITE_DIR="$WORK_DIR/site"
SERVER_PID=
BASE_URL=

section() { printf '\n== %s ==\n' "$*"; }
die() { echo "audits: $*" >&2; exit 1; }

cleanup() {
  [ -n "$SERVER_PID" ] && stop_site "$SERVER_PID"
  rm -rf "$WORK_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A file name for a page's reports: "/" is "home", other characters that paths use become dashes.
page_name() {
  local name=${1#/}
  name=${name:-home}
  printf '%s' "$name" | tr -c 'A-Za-z0-9_-' '-'
}

require_tools() {
  [ -x "$CHROME_PATH" ] || die "Chromium not found at $CHROME_PATH; install it first (apt-get install -y chromium) or set CHROME_PATH."
  command -v java >/dev/null || die "java not found; the Nu Html Checker (vnu.jar) needs a Java runtime."
  command -v node >/dev/null || die "node not found; the audit tools need Node.js 20+."
  command -v dotnet >/dev/null || die "dotnet not found; publishing the site needs the .NET 10 SDK."
}

# --ignore-scripts: the Observatory's install script downloads the HSTS preload list and vnu-jar's
# downloads a Java runtime; neither download works here and neither is needed (Java is installed, and
# an empty preload list is enough when scanning a local HTTP server).
install_tools() {
  section "Audit tools"
  (cd "$AUDITS_DIR" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  local conf="$AUDITS_DIR/node_modules/@mdn/mdn-http-observatory/conf"
  mkdir -p "$conf"
  echo '{}' >"$conf/hsts-preload.json"
  (cd "$AUDITS_DIR" && npm ls --depth=0 | tail -n +2)
}

publish_for_audits() {
  section "Publish"
  publish_site src/NonClinicalGuide.Web "$SITE_DIR" "$REPORTS_DIR/publish.log" || die "could not publish the site"
  echo "published to $SITE_DIR"
}

list_pages() {
  mapfile -t PAGES < <(dotnet "$SITE_DIR/NonClinicalGuide.Web.dll" pages "$REPO_DIR/content")
  [ "${#PAGES[@]}" -gt 0 ] || die "the published site listed no pages (dotnet NonClinicalGuide.Web.dll pages)"
  # shellcheck disable=SC2206 # splitting on spaces is the documented format of AUDIT_EXTRA_PATHS
  PAGES+=(${AUDIT_EXTRA_PATHS:-})
  echo "${#PAGES[@]} page types: ${PAGES[*]}"
}

start_site_for_audits() {
  section "Start"
  local port=${AUDIT_PORT:-$(free_port)}
  BASE_URL="http://127.0.0.1:$port"
  start_site "$SITE_DIR" "$port" "$REPO_DIR/content" "$SITE_DIR/data" "$REPORTS_DIR/server.log"
  SERVER_PID=$SITE_PID
  wait_until_ready
  echo "site answering at $BASE_URL"
}

# Says whether the site exited by itself or was stopped by a signal from outside this script.
exit_status() {
  local status=0
  wait "$SERVER_PID" 2>/dev/null || status=$?
  SERVER_PID=
  if [ "$status" -gt 128 ]; then
    echo "killed by signal $((status - 128)) ($(kill -l $((status - 128))))"
  else
    echo "exit status $status"
  fi
}

# Start-up and the warm-up that follows it take a few seconds, more on a cold machine; audits measured during the
# warm-up would share the CPU with it, hence /healthz/ready.
wait_until_ready() {
  local status=0
  wait_site "$BASE_URL" "$SERVER_PID" 60 || status=$?
  case $status in
    0) return 0 ;;
    2) tail -n 40 "$REPORTS_DIR/server.log"
       die "the site exited during start-up, $(exit_status) (log: $REPORTS_DIR/server.log)" ;;
    *) die "the site was not ready ($BASE_URL/healthz/ready) within 60 s (log: $REPORTS_DIR/server.log)" ;;
  esac
}

# Each check needs the site; if it stopped (a crash, or a signal from outside), say so instead of
# reporting every page as broken.
ensure_site_running() {
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    tail -n 20 "$REPORTS_DIR/server.log"
    die "the site stopped during the audits, $(exit_status) (log: $REPORTS_DIR/server.log)"
  fi
}

# One page after another unless LH_WORKERS says otherwise, so the performance figures it reports are measured
# with the cores to itself.
run_lighthouse() {
  section "Lighthouse (mobile)"
  lighthouse_pages "" "performance,accessibility,best-practices,seo" "" "$LH_WORKERS"
  [ "$LH_WORKERS" -eq 1 ] || echo "(measured $LH_WORKERS pages at a time: the performance figures above are lower than one page at a time would give)"
  LIGHTHOUSE_FAILED_PAGES=$(cat "$WORK_DIR/lighthouse.count")
}

# Colours are chosen per mode, so the gated categories are checked again with the browser asking for dark
# mode (prefers-color-scheme: dark). Performance does not change with the colours and is not run twice; with
# nothing timed, two browsers share the pages (the one-at-a-time rule is for the performance figures).
run_lighthouse_dark() {
  section "Lighthouse (mobile, dark mode)"
  lighthouse_pages "dark-" "accessibility,best-practices,seo" "--force-dark-mode" 2
  LIGHTHOUSE_DARK_FAILED_PAGES=$(cat "$WORK_DIR/lighthouse.count")
}

# lighthouse_pages PREFIX CATEGORIES EXTRA_CHROME_FLAG WORKERS: every page, reports named lighthouse-PREFIXpage.json,
# each worker a browser of its own (lighthouse.mjs) going through its share of the pages one after another;
# a page with no report counts as failed.
lighthouse_pages() {
  local prefix=$1 categories=$2 extra=$3 workers=$4 path flag i worker
  local -a pairs=() flags=() pids=()
  for path in "${PAGES[@]}"; do
    pairs+=("$path" "$REPORTS_DIR/lighthouse-$prefix$(page_name "$path").json")
  done
  for flag in $CHROME_FLAGS $extra; do flags+=(--chrome-flag "$flag"); done
  ensure_site_running
  for worker in $(seq 0 $((workers - 1))); do
    local -a share=()
    for ((i = 2 * worker; i < ${#pairs[@]}; i += 2 * workers)); do share+=("${pairs[i]}" "${pairs[i + 1]}"); done
    (cd "$AUDITS_DIR" && exec node lighthouse.mjs --base "$BASE_URL" --categories "$categories" --tries "$LH_TRIES" "${flags[@]}" "${share[@]}") \
      2>"$REPORTS_DIR/lighthouse-${prefix}run-$worker.log" &
    pids+=($!)
  done
  for i in "${!pids[@]}"; do
    wait "${pids[i]}" || echo "Lighthouse left pages without a report (log: $REPORTS_DIR/lighthouse-${prefix}run-$i.log)"
  done
  ensure_site_running
  node "$AUDITS_DIR/report.mjs" lighthouse "$WORK_DIR/lighthouse.count" "${pairs[@]}"
}

# Bytes, requests, third-party requests, render-blocking scripts and elements of each page, against
# budgets.json; needs the Lighthouse reports and the pages' HTML (saved by fetch_pages).
run_budgets() {
  section "Page budgets (first visit)"
  local path
  local -a triples=()
  for path in "${PAGES[@]}"; do
    triples+=("$path" "$REPORTS_DIR/lighthouse-$(page_name "$path").json" "$REPORTS_DIR/html/$(page_name "$path").html")
  done
  node "$AUDITS_DIR/report.mjs" budgets "$WORK_DIR/budgets.count" "$AUDITS_DIR/budgets.json" "$BASE_URL" "${triples[@]}"
  BUDGET_FAILED_PAGES=$(cat "$WORK_DIR/budgets.count")
}

# Follows redirects as a browser (and Lighthouse) would, and says so. A page ending with the wrong status
# is counted as an HTML error: the HTML checked is not the page's.
fetch_page() {
  local path=$1 expected=$2 file=$3 answer status final
  # curl prints 000 itself when it gets no answer.
  answer=$(curl -sL -o "$file" -w '%{http_code} %{url_effective}' --max-time 30 "$BASE_URL$path" || true)
  status=${answer%% *}
  final=${answer#* }
  [ "$final" != "$BASE_URL$path" ] && echo "$path: redirected to ${final#"$BASE_URL"}"
  if [ "$status" != "$expected" ]; then
    echo "$path: answered HTTP $status, expected $expected"
    return 1
  fi
}

# Every page's HTML as a browser receives it, for the HTML checker and the budgets.
fetch_pages() {
  section "Fetch pages"
  ensure_site_running
  local path expected
  FETCH_ERRORS=0
  mkdir -p "$REPORTS_DIR/html"
  for path in "${PAGES[@]}" "$NOT_FOUND_PAGE"; do
    expected=200
    [ "$path" = "$NOT_FOUND_PAGE" ] && expected=404
    fetch_page "$path" "$expected" "$REPORTS_DIR/html/$(page_name "$path").html" || FETCH_ERRORS=$((FETCH_ERRORS + 1))
  done
  echo "${#PAGES[@]} pages and the 404 page fetched, $FETCH_ERRORS with the wrong status"
}

run_vnu() {
  section "Nu Html Checker (errors only)"
  local path output
  local -a files=() paths=()
  VNU_ERRORS=$FETCH_ERRORS
  for path in "${PAGES[@]}" "$NOT_FOUND_PAGE"; do
    files+=("$REPORTS_DIR/html/$(page_name "$path").html")
    paths+=("$path")
  done
  # One JVM for all pages: vnu takes a few seconds to start. It exits 1 when it finds errors.
  output=$(java -jar "$AUDITS_DIR/node_modules/vnu-jar/build/dist/vnu.jar" --errors-only --format gnu "${files[@]}" 2>&1 || true)
  report_vnu_output "$output"
  for i in "${!files[@]}"; do
    report_vnu_page "$output" "${paths[$i]}" "${files[$i]}"
  done
}

# Anything not about a page (vnu failing to start, a Java error) must not pass as "0 errors".
report_vnu_output() {
  local stray
  stray=$(printf '%s\n' "$1" | grep -v '^"file:' | grep . || true)
  if [ -n "$stray" ]; then
    printf '%s\n' "$stray" | sed 's/^/vnu: /'
    VNU_ERRORS=$((VNU_ERRORS + $(printf '%s\n' "$stray" | grep -c .)))
  fi
}

# vnu names the file it checked; show the page path instead.
report_vnu_page() {
  local output=$1 path=$2 file=$3 messages count
  messages=$(printf '%s\n' "$output" | grep -F "/$(basename "$file")\":" || true)
  count=$(printf '%s' "$messages" | grep -c . || true)
  VNU_ERRORS=$((VNU_ERRORS + count))
  printf '%-50s %s error(s)\n' "$path" "$count"
  if [ -n "$messages" ]; then
    printf '%s\n' "$messages" | awk -v page="$path" '{ sub(/^"[^"]*":/, ""); print "    " page ":" $0 }'
  fi
}

# Internal links only: external hosts are not reachable from CI, and their health is not this site's.
# --clean-urls stops linkinator from treating /roles/x as a folder (/roles/x/), so "#anchor" links
# resolve as a browser resolves them.
run_linkinator() {
  section "linkinator (internal links, recursive from /)"
  ensure_site_running
  local port=${BASE_URL##*:}
  (cd "$AUDITS_DIR" && npx --no linkinator "$BASE_URL/" --recurse --check-fragments --clean-urls --format json \
    --skip "^(?!http://127\\.0\\.0\\.1:$port(/|\$))" >"$REPORTS_DIR/links.json" 2>"$REPORTS_DIR/links.log") || true
  node "$AUDITS_DIR/report.mjs" links "$WORK_DIR/links.count" "$REPORTS_DIR/links.json"
  BROKEN_LINKS=$(cat "$WORK_DIR/links.count")
}

# The scanner wants a host name with a dot, hence 127.0.0.1 rather than localhost.
run_observatory() {
  section "Mozilla HTTP Observatory"
  ensure_site_running
  (cd "$AUDITS_DIR" && npx --no mdn-http-observatory-scan "${BASE_URL#http://}" \
    >"$REPORTS_DIR/observatory.json" 2>"$REPORTS_DIR/observatory.log") || true
  node "$AUDITS_DIR/report.mjs" observatory "$WORK_DIR/observatory.count" "$REPORTS_DIR/observatory.json"
  OBSERVATORY_FAILED=$(cat "$WORK_DIR/observatory.count")
}

main() {
  cd "$REPO_DIR"
  require_tools
  rm -rf "$REPORTS_DIR"
  mkdir -p "$REPORTS_DIR"
  install_tools
  publish_for_audits
  list_pages
  start_site_for_audits
  fetch_pages
  run_lighthouse
  run_lighthouse_dark
  run_budgets
  run_vnu
  run_linkinator
  run_observatory

  local pages=${#PAGES[@]}
  echo
  echo "audits: lighthouse $((pages - LIGHTHOUSE_FAILED_PAGES))/$pages pages pass (dark mode $((pages - LIGHTHOUSE_DARK_FAILED_PAGES))/$pages), budgets $((pages - BUDGET_FAILED_PAGES))/$pages pages within, vnu $VNU_ERRORS errors, links $BROKEN_LINKS broken, observatory $OBSERVATORY_FAILED failed"
  [ "$LIGHTHOUSE_FAILED_PAGES" -eq 0 ] && [ "$LIGHTHOUSE_DARK_FAILED_PAGES" -eq 0 ] && [ "$BUDGET_FAILED_PAGES" -eq 0 ] && [ "$VNU_ERRORS" -eq 0 ] && [ "$BROKEN_LINKS" -eq 0 ] && [ "$OBSERVATORY_FAILED" -eq 0 ]
}

main "$@"
