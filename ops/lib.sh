# Shared helpers for the ops scripts (sourced, not run). Every process started here is recorded and ended
# by the caller's trap; every wait has a deadline.
# shellcheck shell=bash

OPS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$OPS_DIR/.." && pwd)"
# publish_site, start_site, wait_site, stop_site, free_port, now_ms: shared with bench/ and audits/.
# shellcheck source=ops/lib/site.sh
. "$OPS_DIR/lib/site.sh"

OPS_PIDS=()          # processes to end on exit
OPS_TMP=""           # this run's temp folder
OPS_STARTED_AT=$(date +%s)

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
elapsed() { echo $(( $(date +%s) - OPS_STARTED_AT )); }

ops_init() {
  OPS_TMP=$(mktemp -d "/tmp/ops-$1.XXXXXX")
  trap ops_cleanup EXIT
  trap 'exit 130' INT TERM
  # Name the command when set -e stops a script, instead of ending silently.
  set -o errtrace
  trap 'echo "ops: stopped by a failing command at ${BASH_SOURCE[0]}:$LINENO: $BASH_COMMAND (exit $?)" >&2' ERR
  log "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews req/s and latency)"
}

# Ends every recorded process (by its own pid, TERM then KILL after a bounded wait), then removes the temp folder.
ops_cleanup() {
  local status=$?
  trap - ERR
  local pid
  for pid in "${OPS_PIDS[@]:-}"; do
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && kill -TERM "$pid" 2>/dev/null || true
  done
  local deadline=$(( $(date +%s) + 15 ))
  {
    for pid in "${OPS_PIDS[@]:-}"; do
      [ -n "$pid" ] || continue
      while kill -0 "$pid" && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.1; done
      kill -0 "$pid" && kill -KILL "$pid" || true
    done
  } 2>/dev/null
  if [ -n "$OPS_TMP" ] && [ -d "$OPS_TMP" ]; then
    if [ "${OPS_KEEP_TMP:-0}" = 1 ]; then echo "kept $OPS_TMP" >&2; else rm -rf "$OPS_TMP"; fi
  fi
  return $status
}

forget_pid() { # stop tracking a pid that has already exited
  local gone=$1 i
  for i in "${!OPS_PIDS[@]}"; do [ "${OPS_PIDS[$i]}" = "$gone" ] && unset 'OPS_PIDS[i]'; done
  OPS_PIDS=("${OPS_PIDS[@]:-}")
}

need_tools() {
  local missing=()
  local tool
  for tool in "$@"; do command -v "$tool" >/dev/null || missing+=("$tool"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing ${missing[*]}"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "missing tools: ${missing[*]} (apt-get install -y ${missing[*]})" >&2
    exit 2
  fi
}

# Publishes the app once into the run's temp folder, or reuses OPS_PUBLISH_DIR when it holds a publish.
PUBLISH_DIR=""
publish_app() {
  if [ -n "${OPS_PUBLISH_DIR:-}" ] && [ -f "$OPS_PUBLISH_DIR/NonClinicalGuide.Web.dll" ]; then
    PUBLISH_DIR=$(cd "$OPS_PUBLISH_DIR" && pwd)
    log "using the published app in $PUBLISH_DIR"
    write_pages_file
    return
  fi
  PUBLISH_DIR=${OPS_PUBLISH_DIR:-$OPS_TMP/publish}
  log "publishing src/NonClinicalGuide.Web (Release) to $PUBLISH_DIR"
  local started; started=$(now_ms)
  publish_site src/NonClinicalGuide.Web "$PUBLISH_DIR" "$OPS_TMP/publish.log" || exit 2
  log "published in $(( ($(now_ms) - started) / 1000 )) s"
  write_pages_file
}

# The site's own list of page kinds for the load mix (ops/lib/pages.lua reads it).
write_pages_file() {
  export OPS_LIB="$OPS_DIR/lib" PAGES_FILE="$OPS_TMP/pages.txt"
  dotnet "$PUBLISH_DIR/NonClinicalGuide.Web.dll" pages "${APP_CONTENT:-$REPO_ROOT/content}" >"$PAGES_FILE" \
    || { echo "could not list the site's pages" >&2; exit 2; }
}

# start_app NAME PORT DATA_DIR [extra app args...]: start_site over APP_CONTENT (default content/) and data/;
# sets APP_PID, recorded for the cleanup. Log in $OPS_TMP/NAME.log. APP_PUBLIC_URL, when set, is the address
# the clients use (scale-out: nginx's).
APP_PID=""
start_app() {
  local name=$1 port=$2 data=$3; shift 3
  SITE_PUBLIC_URL=${APP_PUBLIC_URL:-} SITE_OFFICIAL_DATA="$REPO_ROOT/data" \
    start_site "$PUBLISH_DIR" "$port" "${APP_CONTENT:-$REPO_ROOT/content}" "$data" "$OPS_TMP/$name.log" "$@"
  APP_PID=$SITE_PID
  OPS_PIDS+=("$APP_PID")
}

# verdict NAME PASS|FAIL FIGURES...: prints "$VERDICT_KIND NAME: PASS figures" and keeps the line for the
# script's closing summary.
VERDICTS=()
VERDICT_KIND=""
verdict() {
  local line="$VERDICT_KIND $1: $2 ${*:3}"
  echo "$line"
  VERDICTS+=("$line")
}

# summarise_verdicts SCRIPT: every verdict again, a count, and exit 1 if any failed.
summarise_verdicts() {
  local passed failed
  echo; echo "== summary =="
  printf '%s\n' "${VERDICTS[@]}"
  passed=$(printf '%s\n' "${VERDICTS[@]}" | grep -c ': PASS' || true)
  failed=$(( ${#VERDICTS[@]} - passed ))
  echo "$1 finished in $(elapsed) s: $passed passed, $failed failed"
  [ "$failed" -eq 0 ] || exit 1
}

# stop_app PID: stop_site with 40 s to shut down gracefully, and no longer recorded for the cleanup.
stop_app() { stop_site "$1" 40; forget_pid "$1"; }

# wait_exit PID SECONDS: waits (bounded) for a child of this shell to exit. Sets WAIT_RC to its exit code
# (or "timeout") and returns 1 on timeout. Never call it inside $(...): a subshell cannot wait for our children.
WAIT_RC=""
wait_exit() {
  local pid=$1 seconds=$2
  local deadline=$(( $(now_ms) + seconds * 1000 ))
  # stderr off: bash would print "Killed ..." job notices for children ended by a signal.
  { while kill -0 "$pid" && [ "$(now_ms)" -lt "$deadline" ]; do sleep 0.05; done; } 2>/dev/null
  if kill -0 "$pid" 2>/dev/null; then WAIT_RC=timeout; return 1; fi
  WAIT_RC=0
  { wait "$pid" || WAIT_RC=$?; } 2>/dev/null
  return 0
}

# metric NAME FILE: a value from the "ops-metrics:" line mix.lua prints.
metric() {
  local v
  v=$(grep -m1 '^ops-metrics:' "$2" 2>/dev/null | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k { print $2 }' || true)
  echo "${v:-0}"
}

# run_wrk OUT_FILE URL DURATION CONNECTIONS [extra wrk args...]: the browsing mix via mix.lua (foreground).
# WRK_CLIENTS sets how many simulated clients (X-Forwarded-For addresses) share the connections.
run_wrk() {
  local out=$1 url=$2 duration=$3 connections=$4; shift 4
  local threads=2
  [ "$connections" -lt "$threads" ] && threads=$connections
  wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@" -s "$OPS_DIR/mix.lua" "$url" \
    -- "$connections" "${LOAD_ACCEPT_ENCODING:-br, gzip}" "${LOAD_SEARCH_SLOTS:-2}" "$threads" "${WRK_CLIENTS:-$connections}" >"$out" 2>&1
}

# start_wrk OUT_FILE URL DURATION CONNECTIONS [extra wrk args...]: the same in the background; sets WRK_PID
# to wrk's own pid (the subshell execs wrk), so signals reach wrk itself. SIGINT makes wrk stop and report.
WRK_PID=""
start_wrk() {
  ( run_wrk_exec "$@" ) &
  WRK_PID=$!
  OPS_PIDS+=("$WRK_PID")
}
run_wrk_exec() {
  local out=$1 url=$2 duration=$3 connections=$4; shift 4
  local threads=2
  [ "$connections" -lt "$threads" ] && threads=$connections
  exec wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@" -s "$OPS_DIR/mix.lua" "$url" \
    -- "$connections" "${LOAD_ACCEPT_ENCODING:-br, gzip}" "${LOAD_SEARCH_SLOTS:-2}" "$threads" "${WRK_CLIENTS:-$connections}" >"$out" 2>&1
}

# failed_requests FILE: socket errors + non-2xx other than the intended 404 and 429 (reported separately).
failed_requests() {
  local f=$1
  echo $(( $(metric connect "$f") + $(metric read "$f") + $(metric write "$f") + $(metric timeout "$f") \
    + $(metric other_non2xx "$f") + $(metric unexpected_404 "$f") ))
}

# healthz_field BASE EXPR: a field of /healthz JSON (EXPR is a python-free sed-able key: version, at, recoveries, description).
healthz_json() { curl -s -m 10 "$1/healthz" || true; }
json_field() { # json_field KEY (reads JSON on stdin; first "KEY": value, strings unquoted)
  { grep -m1 "\"$1\":" || true; } | sed -E 's/^[^:]*: *//; s/,$//; s/^"//; s/"$//'
}
