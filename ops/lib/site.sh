# The one way the scripts (bench/, audits/, ops/) publish the site, start it, wait until it answers and stop it.
# Sourced, not run. Nothing here exits the caller: each function returns non-zero and says why on stderr, so the
# caller decides whether that ends the run (audits), one step (bench) or one scenario (ops).
# shellcheck shell=bash

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

now_ms() { local t=${EPOCHREALTIME/./}; echo $((t / 1000)); }

# The median of the numbers on stdin, one a line; fails when there are none.
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) exit 1; if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# A free loopback TCP port: the first of a bounded range from a random start that nothing answers on. The random
# start keeps two servers started one after the other (the first not listening yet) off the same port. The range
# ends below the kernel's ephemeral ports (ip_local_port_range, 32768 and up by default): a port that curl or wrk
# used for its own end of a connection answers nothing, yet cannot be bound while that connection lingers in
# TIME_WAIT, and a server started there fails with "address already in use".
free_port() {
  local low=32768 start port
  [ -r /proc/sys/net/ipv4/ip_local_port_range ] && read -r low _ </proc/sys/net/ipv4/ip_local_port_range
  if [ "$low" -gt 11024 ]; then start=$((10000 + RANDOM % (low - 11000))); else start=$((61000 + RANDOM % 4000)); fi
  for port in $(seq "$start" $((start + 200))); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "no free port from $start to $((start + 200))" >&2
  return 1
}

# publish_site PROJECT_DIR OUT_DIR LOG [dotnet publish options…]: a Release publish, as deployed. On failure the
# end of the log is shown. A publish stopped from outside can exit 0 after only restoring, hence the dll check.
publish_site() {
  local project=$1 out=$2 log=$3
  shift 3
  if ! dotnet publish "$project" -c Release -o "$out" "$@" >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "dotnet publish failed (log: $log)" >&2
    return 1
  fi
  [ -f "$out/NonClinicalGuide.Web.dll" ] || { echo "dotnet publish wrote no NonClinicalGuide.Web.dll (log: $log)" >&2; return 1; }
}

# start_site SITE_DIR PORT CONTENT_DIR DATA_DIR LOG [app options…]: starts a published site in Production on
# 127.0.0.1:PORT and sets SITE_PID (the dotnet process itself: `exec`, so signals and /proc reach the app).
# It runs from the publish folder, as deployed: from anywhere else the fingerprinted static assets answer 200
# with an empty body. Site:PublicUrl (required in Production) is SITE_PUBLIC_URL when set (behind a proxy),
# else the site's own address. SITE_OFFICIAL_DATA, when set, is the data/ folder of workbooks it imports.
SITE_PID=""
start_site() {
  local site=$1 port=$2 content=$3 data=$4 log=$5
  shift 5
  local -a official=()
  [ -n "${SITE_OFFICIAL_DATA:-}" ] && official=(--Catalogue:OfficialDataPath="$SITE_OFFICIAL_DATA")
  mkdir -p "$data"
  (cd "$site" && ASPNETCORE_ENVIRONMENT=Production exec dotnet "$site/NonClinicalGuide.Web.dll" \
    --urls "http://127.0.0.1:$port" --Site:PublicUrl="${SITE_PUBLIC_URL:-http://127.0.0.1:$port}" \
    --Catalogue:ContentPath="$content" --Catalogue:DataDirectory="$data" "${official[@]}" "$@" >>"$log" 2>&1) &
  SITE_PID=$!
}

# wait_site BASE_URL PID SECONDS [PATH]: polls PATH (default /healthz/ready, which says 200 once the site has
# warmed itself up) every 10 ms instead of sleeping a fixed time. Returns 0 on a 200, 1 when the deadline
# passes, 2 when the process exits first. The start being waited for shares the machine's cores with this loop, so
# the loop starts no process until the site's port takes a connection (bash's /dev/tcp, in this shell) and waits
# with `read -t` on a pipe, not `sleep`: a curl, a sleep and a clock reading in a subshell every 10 ms took a share
# of two cores large enough to slow the start it was timing.
wait_site() {
  local base=$1 pid=$2 seconds=$3 path=${4:-/healthz/ready}
  local deadline=$((${EPOCHREALTIME/./} + seconds * 1000000)) address=${base#*://} pause knock= status=1
  address=${address%%/*}
  exec {pause}<> <(:)
  while [ "${EPOCHREALTIME/./}" -lt "$deadline" ]; do
    kill -0 "$pid" 2>/dev/null || { status=2; break; }
    if [[ $address != *:* ]] || { exec {knock}<>"/dev/tcp/${address%:*}/${address##*:}"; } 2>/dev/null; then
      [ -n "$knock" ] && exec {knock}>&-
      knock=
      if [ "$(curl -s -o /dev/null --max-time 2 -w '%{http_code}' "$base$path")" = 200 ]; then status=0; break; fi
    fi
    read -rt 0.01 -u "$pause" || true
  done
  exec {pause}>&-
  return "$status"
}

# stop_site PID [SECONDS]: TERM, then KILL if it has not exited within SECONDS (default 10); reaps it when it is
# a child of this shell.
stop_site() {
  local pid=$1 seconds=${2:-10}
  kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$(($(now_ms) + seconds * 1000))
  while kill -0 "$pid" 2>/dev/null && [ "$(now_ms)" -lt "$deadline" ]; do sleep 0.05; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null || true
}
