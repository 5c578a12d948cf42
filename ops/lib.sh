# Shared helpers for the ops scripts (sourced, not run). Every process started here is recorded and ended
# by the caller's trap; every wait has a deadline.
# shellcheck shell=bash

OPS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$OPS_DIR/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

OPS_PIDS=()          # processes to end on exit
OPS_TMP=""           # this run's temp folder
OPS_STARTED_AT=$(date +%s)

now_ms() { local t=${EPOCHREALTIME/./}; echo $(( t / 1000 )); }
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
  dotnet publish src/NonClinicalGuide.Web -c Release -o "$PUBLISH_DIR" >"$OPS_TMP/publish.log" 2>&1 \
    || { tail -30 "$OPS_TMP/publish.log"; echo "publish failed" >&2; exit 2; }
  log "published in $(( ($(now_ms) - started) / 1000 )) s"
  write_pages_file
}

# The site's own list of page kinds for the load mix (ops/lib/pages.lua reads it).
write_pages_file() {
  export OPS_LIB="$OPS_DIR/lib" PAGES_FILE="$OPS_TMP/pages.txt"
  dotnet "$PUBLISH_DIR/NonClinicalGuide.Web.dll" pages "${APP_CONTENT:-$REPO_ROOT/content}" >"$PAGES_FILE" \
    || { echo "could not list the site's pages" >&2; exit 2; }
}

# A free loopback TCP port, trying a bounded range from a random start.
free_port() {
  local start=$(( 20000 + RANDOM % 20000 )) i port
  for i in $(seq 0 200); do
    port=$(( start + i ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      # Also skip ports we handed out in this run.
      case " ${OPS_PORTS_USED:-} " in *" $port "*) continue ;; esac
      OPS_PORTS_USED="${OPS_PORTS_USED:-} $port"
      echo "$port"; return 0
    fi
  done
  echo "no free port" >&2; return 1
}

# start_app NAME PORT DATA_DIR [extra app args...]; sets APP_PID. Log in $OPS_TMP/NAME.log.
# The content root is the publish folder (as a deployed app would run), so its appsettings.json
# (log levels) and wwwroot are the ones used. Site:PublicUrl (required in Production) is the address the
# clients use: APP_PUBLIC_URL when set (scale-out: nginx's), else the app's own.
APP_PID=""
start_app() {
  local name=$1 port=$2 data=$3; shift 3
  mkdir -p "$data"
  ASPNETCORE_ENVIRONMENT=Production dotnet "$PUBLISH_DIR/NonClinicalGuide.Web.dll" \
    --contentRoot "$PUBLISH_DIR" \
    --urls "http://127.0.0.1:$port" \
    --Site:PublicUrl="${APP_PUBLIC_URL:-http://127.0.0.1:$port}" \
    --Catalogue:ContentPath="${APP_CONTENT:-$REPO_ROOT/content}" \
    --Catalogue:OfficialDataPath="$REPO_ROOT/data" \
    --Catalogue:DataDirectory="$data" "$@" \
    >>"$OPS_TMP/$name.log" 2>&1 &
  APP_PID=$!
  OPS_PIDS+=("$APP_PID")
}

# wait_ready URL PID SECONDS: polls /healthz/ready until 200, the process exits, or the deadline passes.
wait_ready() {
  local base=$1 pid=$2 seconds=$3
  local deadline=$(( $(now_ms) + seconds * 1000 ))
  while [ "$(now_ms)" -lt "$deadline" ]; do
    if ! kill -0 "$pid" 2>/dev/null; then return 2; fi
    if [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$base/healthz/ready")" = 200 ]; then return 0; fi
    sleep 0.05
  done
  return 1
}

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
