#!/usr/bin/env bash
# Fault scenarios against published instances on loopback; each prints "fault <name>: PASS|FAIL <figures>".
#
#   ops/faults.sh                          all scenarios (about 90 s)
#   FAULTS="delete corrupt" ops/faults.sh  some of them (delete corrupt kill-startup reload shutdown)
#
# Env: FAULT_LOAD_SECONDS (light load per scenario, 15), FAULT_LOAD_CONNECTIONS (16), FAULT_CLIENTS (256),
#      SHUTDOWN_CONNECTIONS (64), OPS_PUBLISH_DIR (reuse a publish), OPS_KEEP_TMP=1 (keep logs and data).
#
#   delete        the live catalogue file is deleted under load: 0 failed requests, /healthz shows lastFault
#   corrupt       the live catalogue file is overwritten with random bytes under load: the same
#   kill-startup  kill -9 at 100/200/300 ms and while a .building file exists (of starts made to build), then a
#                 normal start: it gets ready, serves 200, and the live catalogue is a complete .db file (never a
#                 .building one)
#   reload        live reload on, a role file edited/touched 6 times under load: 0 failed requests; every
#                 sampled page's ETag and body belong to one catalogue version
#   shutdown      SIGTERM during a wrk run: requests in flight complete (no read errors), exit code 0
#                 within the drain time, readiness 503 while draining when observable
# "Failed request" = a socket error (connect/read/write/timeout) or a non-2xx other than the intended 404.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=ops/lib.sh
source ops/lib.sh
ops_init faults

LOAD_SECONDS=${FAULT_LOAD_SECONDS:-15}
LOAD_CONNS=${FAULT_LOAD_CONNECTIONS:-16}
SHUTDOWN_CONNS=${SHUTDOWN_CONNECTIONS:-64}
SCENARIOS=${FAULTS:-delete corrupt kill-startup reload shutdown}
# Few connections, many clients: 256 X-Forwarded-For addresses share the connections, so no simulated client
# searches faster than the per-client rate limit allows (429s would hide real failures).
export WRK_CLIENTS=${FAULT_CLIENTS:-256}
[ "$LOAD_SECONDS" -ge 6 ] && [ "$LOAD_SECONDS" -le 120 ] || { echo "FAULT_LOAD_SECONDS must be 6..120" >&2; exit 2; }

need_tools wrk curl
publish_app

VERDICT_KIND=fault # verdict (ops/lib.sh) prints "fault NAME: PASS|FAIL figures"

healthz_version() { healthz_json "$1" | json_field version; }
healthz_file() { healthz_json "$1" | json_field file; }   # the live catalogue's file name
healthz_built() { healthz_json "$1" | json_field builtAt; } # changes on every rebuild, even of unchanged content

live_catalogue() { # newest complete catalogue file in a data folder
  ls -1t "$1"/catalogue-*.db 2>/dev/null | head -1 || true
}

# ---------------------------------------------------------------------------------------------------------
# (a)/(b): break the live catalogue file under a light load.
scenario_file_fault() {
  local name=$1 how=$2
  local data="$OPS_TMP/$name-data" port base pid
  port=$(free_port); base="http://127.0.0.1:$port"
  # Request logging on, so every failed request can be named with its path and status.
  start_app "$name" "$port" "$data" --Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics=Information; pid=$APP_PID
  if ! wait_site "$base" "$pid" 60; then verdict "$name" FAIL "app did not become ready (log: $name.log)"; stop_app "$pid"; return; fi
  local v0 file
  v0=$(healthz_file "$base"); file="$data/$v0" # the live file: versions are content hashes, a rebuild keeps its version
  [ -f "$file" ] || { verdict "$name" FAIL "live catalogue $file not found"; stop_app "$pid"; return; }
  log "$name: app ready on $base, live catalogue $(basename "$file"); ${LOAD_SECONDS} s of load at $LOAD_CONNS connections"

  start_wrk "$OPS_TMP/$name-wrk.txt" "$base" "${LOAD_SECONDS}s" "$LOAD_CONNS"
  local wrk_pid=$WRK_PID
  sleep 3 # let the load settle before the fault (fault timing, not a readiness wait)

  local t0; t0=$(now_ms)
  case "$how" in
    delete) rm -f "$file" ;;
    corrupt) head -c "$(stat -c %s "$file")" /dev/urandom >"$file" ;; # same inode, same size, garbage bytes
  esac
  log "$name: $how $(basename "$file") at +3 s"

  # Recovery as seen on disk, without asking /healthz (so the load's own requests must notice the fault).
  local recovered_ms="" deadline=$(( t0 + 10000 )) newest
  while [ "$(now_ms)" -lt "$deadline" ]; do
    newest=$(live_catalogue "$data")
    if [ -n "$newest" ] && [ "$newest" != "$file" ]; then recovered_ms=$(( $(now_ms) - t0 )); break; fi
    sleep 0.05
  done

  wait_exit "$wrk_pid" $(( LOAD_SECONDS + 20 )) || kill -INT "$wrk_pid" 2>/dev/null || true
  wait_exit "$wrk_pid" 10 || true
  forget_pid "$wrk_pid"
  local out="$OPS_TMP/$name-wrk.txt"
  sed -n '/^mix:/,$p' "$out"

  # Does the process still read the removed/overwritten file through open (pooled) SQLite connections?
  local open_deleted; open_deleted=$(ls -l "/proc/$pid/fd" 2>/dev/null | grep -c "$(basename "$file") (deleted)" || true)
  local health ready v1 at desc recoveries page
  health=$(healthz_json "$base")
  ready=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$base/healthz/ready" || true)
  v1=$(json_field file <<<"$health")
  at=$(sed -n '/"lastFault"/,$p' <<<"$health" | json_field at)
  desc=$(sed -n '/"lastFault"/,$p' <<<"$health" | json_field description)
  recoveries=$(sed -n '/"lastFault"/,$p' <<<"$health" | json_field recoveries)
  page=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$base/roles/medical-billers-and-coders" || true)
  local live_file; live_file=$(json_field file <<<"$health")
  local live_file_exists=no; [ -n "$live_file" ] && [ -f "$data/$live_file" ] && live_file_exists=yes
  echo "/healthz after: status $(json_field status <<<"$health"), catalogue file $v1 (on disk: $live_file_exists), lastFault.at $at, recoveries $recoveries, /healthz/ready $ready"
  if [ "$v1" = "$v0" ]; then
    echo "  NOT RECOVERED: the app still serves catalogue $v0 whose file is $( [ "$how" = delete ] && echo gone || echo overwritten ); $open_deleted open file descriptor(s) of the process still point at the deleted file"
  fi
  echo "  lastFault.description: $desc"
  echo "failed requests in the app log (path and status):"
  grep -E 'Request finished .* - 5[0-9][0-9] ' "$OPS_TMP/$name.log" | sed -E 's/^ *Request finished /  /' | head -10 || true
  echo "exceptions in the app log (first line of each, counted):"
  grep -A2 -E '^(fail|crit):' "$OPS_TMP/$name.log" | grep -E '^ +[A-Za-z.]+(Exception|Error)[ :(]' | sed -E 's/^ +//' | sort | uniq -c | sort -rn | head -8 | sed 's/^/  /' || true

  local noticed_by="a page request under load"
  if [ -z "$recovered_ms" ]; then
    if [ "$v1" != "$v0" ]; then noticed_by="the readiness check after the load"; else noticed_by="nothing (no rebuild; still serving the broken file)"; fi
  fi
  local failed; failed=$(failed_requests "$out")
  local result=PASS
  if [ "$failed" -ne 0 ] || [ "$at" = null ] || [ -z "$at" ] || [ "${recoveries:-0}" -lt 1 ] || [ "$v1" = "$v0" ] \
     || [ ! -f "$data/$v1" ] || [ "$ready" != 200 ] || [ "$page" != 200 ]; then result=FAIL; fi
  verdict "$name" "$result" "requests=$(metric requests "$out") failed=$failed status_429=$(metric s429 "$out") socket_errors=$(( $(metric connect "$out") + $(metric read "$out") + $(metric write "$out") + $(metric timeout "$out") )) non2xx_other=$(( $(metric other_non2xx "$out") + $(metric unexpected_404 "$out") )) rps=$(metric rps "$out") p99_ms=$(metric p99_ms "$out") rebuilt_after_ms=${recovered_ms:-n/a} noticed_by=\"$noticed_by\" recoveries=$recoveries lastFault_at=$at ready_after=$ready"
  stop_app "$pid"
}

# ---------------------------------------------------------------------------------------------------------
# (c): kill -9 during start-up, several times, then a normal start on the same data folder.
scenario_kill_startup() {
  local name=kill-startup data="$OPS_TMP/kill-data" port pid
  mkdir -p "$data"
  local kills=0 while_building=0 details=() spec
  # "t:MS" = kill MS after launch; "b:MS" = kill MS after this run's own .building file appears.
  for spec in t:100 t:200 t:300 b:0 b:100 b:300; do
    local before; before=$(ls -1 "$data")
    port=$(free_port)
    # Made to build: a start that copies a catalogue built from the same inputs (CatalogueReuse) builds nothing
    # to be killed in the middle of.
    start_app "$name" "$port" "$data" --Catalogue:ReuseBuilt=false; pid=$APP_PID
    local launched; launched=$(now_ms)
    local kind=${spec%%:*} ms=${spec#*:}
    if [ "$kind" = t ]; then
      sleep "$(( ms / 1000 )).$(printf '%03d' $(( ms % 1000 )))"
    else
      local deadline=$(( launched + 20000 )) f found=""
      while [ -z "$found" ] && [ "$(now_ms)" -lt "$deadline" ] && kill -0 "$pid" 2>/dev/null; do
        for f in "$data"/*.building; do
          [ -e "$f" ] && ! grep -qxF "$(basename "$f")" <<<"$before" && found=$f
        done
        [ -n "$found" ] || sleep 0.01
      done
      [ "$ms" -gt 0 ] && sleep "0.$(printf '%03d' "$ms")"
    fi
    local killed_at
    # stderr off around the kill: bash would announce "Killed" for the child.
    { kill -KILL "$pid" || true; killed_at=$(( $(now_ms) - launched )); wait_exit "$pid" 10 || true; } 2>/dev/null
    local rc=$WAIT_RC
    forget_pid "$pid"
    kills=$((kills + 1))
    # What this run left behind: a .building file means it was killed while writing the catalogue.
    local new_files new_building new_db
    new_files=$(ls -1 "$data" | grep -vxF -f <(printf '%s\n' "$before" | sed '/^$/d') || true)
    new_building=$(grep -c '\.building$' <<<"$new_files" || true)
    new_db=$(grep -c '\.db$' <<<"$new_files" || true)
    local state="before the build started"
    [ "$new_building" -gt 0 ] && { state="while building"; while_building=$((while_building + 1)); }
    [ "$new_db" -gt 0 ] && state="after the build finished"
    details+=("$spec: killed ${killed_at} ms after launch ($state), exit $rc, left ${new_building} .building + ${new_db} .db")
  done
  printf '  %s\n' "${details[@]}"

  # The normal start.
  port=$(free_port); local base="http://127.0.0.1:$port"
  local t0; t0=$(now_ms)
  start_app "$name" "$port" "$data"; pid=$APP_PID
  if ! wait_site "$base" "$pid" 60; then
    verdict "$name" FAIL "after $kills kills the normal start did not become ready within 60 s; log: $(tail -5 "$OPS_TMP/$name.log" | tr '\n' ' ')"
    stop_app "$pid"; return
  fi
  local ready_ms=$(( $(now_ms) - t0 ))
  local v; v=$(healthz_version "$base")
  local file="$data/$(healthz_file "$base")" complete=no header=""
  if [ -f "$file" ]; then
    header=$(head -c 15 "$file")
    [ "$header" = "SQLite format 3" ] && complete=yes
  fi
  local statuses="" path code bad=0
  for path in / /roles/medical-billers-and-coders "/search?q=billing" /api/roles; do
    code=$(curl -s -o /dev/null -m 10 -w '%{http_code}' "$base$path" || true)
    statuses+="$path=$code "
    [ "$code" = 200 ] || bad=$((bad + 1))
  done
  # Which catalogue files does the process hold open after serving? None may be a .building file.
  local open_building open_files
  open_files=$(ls -l "/proc/$pid/fd" 2>/dev/null | { grep -o 'catalogue-[^ ]*' || true; } | sort -u | tr '\n' ' ')
  open_building=$(grep -c '\.building' <<<"$open_files" || true)
  local leftovers; leftovers=$(ls -1 "$data" | grep -c '\.building$' || true)
  echo "  normal start: ready after ${ready_ms} ms, live version $v, file complete=$complete, pages: $statuses"
  echo "  catalogue files open in the process: ${open_files:-none}; .building leftovers on disk: $leftovers (never served; swept after a day)"
  local result=PASS
  if [ "$complete" != yes ] || [ "$bad" -ne 0 ] || [[ "$v" == *building* ]] || [ "$open_building" -ne 0 ] || [ "$while_building" -lt 1 ]; then result=FAIL; fi
  verdict "$name" "$result" "kills=$kills while_building=$while_building ready_after_ms=$ready_ms live=$v.db complete_sqlite_file=$complete pages_non200=$bad building_files_open=$open_building building_leftovers=$leftovers"
  stop_app "$pid"
}

# ---------------------------------------------------------------------------------------------------------
# (d): live reload under load; edits a role file in a private copy of content/.
scenario_reload() {
  local name=reload data="$OPS_TMP/reload-data" content="$OPS_TMP/content" port base pid
  cp -r "$REPO_ROOT/content" "$content"
  local role="$content/roles/medical-billers-and-coders.md" url_path="/roles/medical-billers-and-coders"
  local summary; summary=$(grep -m1 '^summary: ' "$role")
  port=$(free_port); base="http://127.0.0.1:$port"
  APP_CONTENT="$content" start_app "$name" "$port" "$data" --Catalogue:LiveReload=true; pid=$APP_PID
  if ! wait_site "$base" "$pid" 60; then verdict "$name" FAIL "app did not become ready"; stop_app "$pid"; return; fi
  local seconds=$(( LOAD_SECONDS < 20 ? 20 : LOAD_SECONDS ))
  log "$name: live reload on, ${seconds} s of load at $LOAD_CONNS connections; editing $(basename "$role")"

  start_wrk "$OPS_TMP/$name-wrk.txt" "$base" "${seconds}s" "$LOAD_CONNS"
  local wrk_pid=$WRK_PID

  # Samplers (3 in parallel): version, then the page (ETag + which revision its body shows), then version again.
  local samples="$OPS_TMP/$name-samples.txt" stop_file="$OPS_TMP/$name-stop" sampler_pids=() k
  for k in 1 2 3; do
    (
      end=$(( $(now_ms) + seconds * 1000 ))
      for _ in $(seq 1 3000); do
        [ -f "$stop_file" ] && break
        [ "$(now_ms)" -lt "$end" ] || break
        v1=$({ curl -s -m 5 "$base/healthz" || true; } | json_field version)
        resp=$(curl -s -m 5 -D - "$base$url_path" || true)
        v2=$({ curl -s -m 5 "$base/healthz" || true; } | json_field version)
        code=$(head -1 <<<"$resp" | awk '{print $2}')
        etag=$({ grep -i -m1 '^etag:' <<<"$resp" || true; } | tr -d '\r"' | awk '{print $2}')
        rev=$({ grep -o 'Revision [0-9]*\.' <<<"$resp" || true; } | sort -u | tr -d ' .' | tr '\n' '+')
        echo "${v1:-none} ${code:-000} ${etag:-none} ${rev:-base} ${v2:-none}"
      done >"$samples.$k"
    ) &
    sampler_pids+=("$!"); OPS_PIDS+=("$!")
  done

  sleep 2 # load running before the first change (fault timing)
  local change reloads=0 reload_times=() v_before v_after t0 deadline
  local changes=(edit touch edit touch edit edit)
  local n=0
  for change in "${changes[@]}"; do
    n=$((n + 1))
    v_before=$(healthz_built "$base")
    t0=$(now_ms)
    if [ "$change" = edit ]; then
      # Rewrite in place (as an editor saving the file would), with a visible revision marker.
      local new="${summary%.} Revision $n."
      awk -v line="$new" 'BEGIN{done=0} /^summary: / && !done { print line; done=1; next } { print }' "$role" >"$OPS_TMP/role.tmp"
      cat "$OPS_TMP/role.tmp" >"$role"
    else
      touch "$role"
    fi
    deadline=$(( t0 + 10000 ))
    v_after=$v_before
    while [ "$(now_ms)" -lt "$deadline" ]; do
      v_after=$(healthz_built "$base")
      [ -n "$v_after" ] && [ "$v_after" != "$v_before" ] && break
      sleep 0.05
    done
    if [ "$v_after" != "$v_before" ]; then
      reloads=$((reloads + 1)); reload_times+=("$change:$(( $(now_ms) - t0 ))ms")
    else
      reload_times+=("$change:none")
    fi
    sleep 1 # give the load time on each catalogue
  done
  wait_exit "$wrk_pid" $(( seconds + 20 )) || kill -INT "$wrk_pid" 2>/dev/null || true
  wait_exit "$wrk_pid" 10 || true
  forget_pid "$wrk_pid"
  touch "$stop_file"
  for k in "${sampler_pids[@]}"; do
    wait_exit "$k" 15 || { kill "$k" 2>/dev/null || true; wait_exit "$k" 5 || true; }
    forget_pid "$k"
  done
  cat "$samples".* >"$samples"
  local out="$OPS_TMP/$name-wrk.txt"
  sed -n '/^mix:/,$p' "$out"

  # Analysis of the samples.
  local total bracketed etag_mismatch mixed non200 etag_multi_rev versions
  total=$(wc -l <"$samples")
  non200=$(awk '$2 != 200' "$samples" | wc -l)
  bracketed=$(awk '$1 == $5 && $1 != "none"' "$samples" | wc -l)
  # With the version (a hash of the content) unchanged around the request, the ETag must contain it.
  etag_mismatch=$(awk '$1 == $5 && $1 != "none" { if (index($3, $1) == 0) c++ } END { print c + 0 }' "$samples")
  # One ETag must always come with the same body revision (otherwise a page mixed two catalogues).
  etag_multi_rev=$(awk '{ seen[$3 " " $4] = 1 } END { for (k in seen) { split(k, a, " "); n[a[1]]++ } for (e in n) if (n[e] > 1) c++; print c + 0 }' "$samples")
  mixed=$(awk '$4 ~ /\+.*\+/' "$samples" | wc -l) # a body showing two revisions at once
  versions=$(awk '{ print $1 }' "$samples" | sort -u | grep -vc none || true)
  local failed; failed=$(failed_requests "$out")
  echo "  reloads seen: $reloads of ${#changes[@]} changes (${reload_times[*]})"
  echo "  samples: $total page fetches bracketed by /healthz; $bracketed with the same version before and after; versions seen: $versions"
  echo "  consistency: etag_not_matching_version=$etag_mismatch etag_with_two_bodies=$etag_multi_rev bodies_with_two_revisions=$mixed non200=$non200"
  grep -A2 -E '^(fail|crit):' "$OPS_TMP/$name.log" | head -12 | sed 's/^/  /' || true
  local result=PASS
  if [ "$failed" -ne 0 ] || [ "$reloads" -ne ${#changes[@]} ] || [ "$etag_mismatch" -ne 0 ] || [ "$etag_multi_rev" -ne 0 ] \
     || [ "$mixed" -ne 0 ] || [ "$non200" -ne 0 ] || [ "$total" -lt 10 ]; then result=FAIL; fi
  verdict "$name" "$result" "requests=$(metric requests "$out") failed=$failed status_429=$(metric s429 "$out") rps=$(metric rps "$out") p99_ms=$(metric p99_ms "$out") reloads=$reloads/${#changes[@]} reload_latency=[${reload_times[*]}] samples=$total etag_version_mismatch=$etag_mismatch etag_two_bodies=$etag_multi_rev"
  stop_app "$pid"
}

# ---------------------------------------------------------------------------------------------------------
# (e): SIGTERM during a wrk run.
scenario_shutdown() {
  local name=shutdown data="$OPS_TMP/shutdown-data" port base pid
  port=$(free_port); base="http://127.0.0.1:$port"
  # Request logging on: every request the server accepted must log its finish, also during the drain.
  start_app "$name" "$port" "$data" --Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics=Information; pid=$APP_PID
  if ! wait_site "$base" "$pid" 60; then verdict "$name" FAIL "app did not become ready"; stop_app "$pid"; return; fi
  local seconds=30 term_at=6
  log "$name: wrk for up to ${seconds} s at $SHUTDOWN_CONNS connections; SIGTERM at +${term_at} s"
  start_wrk "$OPS_TMP/$name-wrk.txt" "$base" "${seconds}s" "$SHUTDOWN_CONNS"
  local wrk_pid=$WRK_PID

  # Readiness probes on kept-alive connections opened before the signal (new connections are refused once
  # Kestrel stops listening): 4 curl processes, each up to 300 requests 10 ms apart, reusing its connection.
  sleep $(( term_at - 1 ))
  local probe probe_pids=()
  for probe in 1 2 3 4; do
    curl -s --rate 100/s -m 8 -o /dev/null -w '%{http_code}\n' "$base/healthz/ready?probe=$probe&n=[1-300]" \
      >"$OPS_TMP/$name-probe$probe.txt" 2>/dev/null &
    probe_pids+=("$!"); OPS_PIDS+=("$!")
  done
  sleep 1
  local t0; t0=$(now_ms)
  kill -TERM "$pid"
  log "$name: SIGTERM sent to pid $pid"
  wait_exit "$pid" 40 || true
  local rc=$WAIT_RC exit_ms=$(( $(now_ms) - t0 ))
  forget_pid "$pid"
  log "$name: process exited with code $rc after ${exit_ms} ms"
  # Stop wrk now (SIGINT: it stops and prints its summary) rather than letting it hit a closed port.
  kill -INT "$wrk_pid" 2>/dev/null || true
  wait_exit "$wrk_pid" 15 || { kill -KILL "$wrk_pid" 2>/dev/null || true; wait_exit "$wrk_pid" 5 || true; }
  forget_pid "$wrk_pid"
  for probe in "${probe_pids[@]}"; do wait_exit "$probe" 10 || kill "$probe" 2>/dev/null || true; forget_pid "$probe"; done
  local out="$OPS_TMP/$name-wrk.txt"
  sed -n '/^mix:/,$p' "$out"

  local r200 r503 rother
  r200=$(cat "$OPS_TMP/$name"-probe*.txt | grep -c '^200$' || true)
  r503=$(cat "$OPS_TMP/$name"-probe*.txt | grep -c '^503$' || true)
  rother=$(cat "$OPS_TMP/$name"-probe*.txt | grep -vcE '^(200|503)$' || true)
  echo "  readiness probes on kept-alive connections: 200 x$r200, 503 x$r503, then no answer (closed/refused) x$rother"

  # Server side (request log): started vs finished, in flight when shutdown began, and the load's own
  # requests (not /healthz) that the server finished: each must have reached wrk as a whole response.
  local log_file="$OPS_TMP/$name.log" started finished in_flight finished_after s5xx served
  started=$(grep -c 'Request starting HTTP' "$log_file" || true)
  finished=$(grep -c 'Request finished HTTP' "$log_file" || true)
  # Load requests only: the app's own warm-up requests (before "Warmed up in", before it was ready) are not wrk's.
  served=$(awk 'FNR == NR { if (/Warmed up in/) w = FNR; next } FNR > w && /Request finished HTTP/ && !/\/healthz/ { c++ } END { print c + 0 }' "$log_file" "$log_file")
  s5xx=$(grep -E 'Request finished HTTP.* - 5[0-9][0-9] ' "$log_file" | grep -vc '/healthz/ready' || true)
  in_flight=$(awk '/Application is shutting down/ { print s - f; exit } /Request starting HTTP/ { s++ } /Request finished HTTP/ { f++ }' "$log_file")
  finished_after=$(awk '/Application is shutting down/ { on = 1; next } on && /Request finished HTTP/ && !/healthz/ { c++ } END { print c + 0 }' "$log_file")
  echo "  server log: $started requests started, $finished finished; in flight when shutdown began: ${in_flight:-?}; load requests finished after that: $finished_after; 5xx other than readiness: $s5xx"
  grep -E '^(fail|crit):' "$log_file" | sort | uniq -c | head -5 | sed 's/^/  app: /' || true

  local read write timeout connect bad closes responses
  read=$(metric read "$out"); write=$(metric write "$out"); timeout=$(metric timeout "$out"); connect=$(metric connect "$out")
  bad=$(( $(metric other_non2xx "$out") + $(metric unexpected_404 "$out") )); closes=$(metric conn_close "$out")
  responses=$(metric requests "$out")
  echo "  client side: $responses whole responses ($closes with 'Connection: close', i.e. answered while draining); read errors $read, timeouts $timeout; write $write + connect $connect errors after the listener closed"
  local lost=$(( served - responses ))
  if [ "$read" -gt 0 ] && [ "$lost" -eq 0 ]; then
    echo "  the $read read errors are requests wrk wrote into kept-alive connections the server was closing: the server never started them (it finished $served load requests and wrk received all $responses)"
  fi
  local result=PASS
  if [ "$rc" != 0 ] || [ "$exit_ms" -gt 30000 ] || [ "$timeout" -ne 0 ] || [ "$bad" -ne 0 ] || [ "$s5xx" -ne 0 ] \
     || [ "$started" -ne "$finished" ] || [ "$lost" -ne 0 ]; then result=FAIL; fi
  local ready503=no; [ "$r503" -gt 0 ] && ready503=yes
  verdict "$name" "$result" "exit_code=$rc exit_after_ms=$exit_ms in_flight_at_sigterm=${in_flight:-?} finished_after_sigterm=$finished_after server_started=$started server_finished=$finished accepted_not_delivered=$lost wrk_responses=$responses drained_with_connection_close=$closes read_errors_unaccepted=$read timeouts=$timeout non2xx_other=$bad ready_503_observed=$ready503 (x$r503)"
}

for scenario in $SCENARIOS; do
  started=$(now_ms)
  echo; echo "== fault $scenario =="
  case "$scenario" in
    delete) scenario_file_fault delete delete ;;
    corrupt) scenario_file_fault corrupt corrupt ;;
    kill-startup) scenario_kill_startup ;;
    reload) scenario_reload ;;
    shutdown) scenario_shutdown ;;
    *) echo "unknown scenario $scenario" >&2; exit 2 ;;
  esac
  log "$scenario took $(( ($(now_ms) - started) / 1000 )) s"
done

summarise_verdicts faults.sh
