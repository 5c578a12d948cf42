#!/usr/bin/env bash
# Start-up of two builds side by side, in one run: the working tree against a git ref (default HEAD~1).
# Publishes both (Release, as deployed), then starts them in turns (A, B, A, B, …) each with an empty catalogue
# folder, timing launch -> first 200 of "/", and reads each start's "Catalogue built (or reused) … in N ms" line. Machines of
# this kind differ ~1.7x in speed and drift minute to minute, so only the ratio of the two medians means much.
#
#   bash bench/compare-startup.sh [GIT_REF]        STARTS=7 bash bench/compare-startup.sh v1.2
#
# Each build runs over the content/ (and data/, when it has one) of its own commit. RESTART=1 keeps each build's
# App_Data folder from one start to the next (a replica restarting: what a build keeps there, such as the saved
# import of the official workbooks, is reused); by default every start gets an empty one (the first start of a
# new release). A build that ships its catalogue (Build/CatalogueReuse.cs) copies it at start-up instead of
# building, when its content and data are those it was published with, as here: its log line then says
# "Catalogue reused … in N ms", and the build column counts that copy. FULL_BUILD=1 makes both builds build
# (--Catalogue:ReuseBuilt=false, which a build without the setting ignores), to compare the builds themselves.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
BASE_REF=${1:-HEAD~1}
STARTS=${STARTS:-7}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/compare-startup.XXXXXX")
PIDS=()
BUILD_ARGS=()
[ "${FULL_BUILD:-0}" = 1 ] && BUILD_ARGS=(--Catalogue:ReuseBuilt=false)
# publish_site, start_site, wait_site, stop_site, free_port, median: shared with bench/run.sh, audits/ and ops/.
# shellcheck source=ops/lib/site.sh
. "$REPO_DIR/ops/lib/site.sh"

cleanup() {
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  git -C "$REPO_DIR" worktree remove --force "$WORK/base" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# publish SOURCE_DIR OUT_DIR: node_modules is linked from the working tree so no npm install is needed.
publish() {
  local source=$1 out=$2
  [ -d "$source/src/NonClinicalGuide.Web/node_modules" ] || ln -s "$REPO_DIR/src/NonClinicalGuide.Web/node_modules" "$source/src/NonClinicalGuide.Web/node_modules"
  publish_site "$source/src/NonClinicalGuide.Web" "$out" "$out.log" || exit 1
}

# start_once NAME PUBLISH_DIR SOURCE_DIR: prints "<ms to first 200> <catalogue ms> <built|reused>".
start_once() {
  local name=$1 site=$2 source=$3 port data log started status pid ms
  port=$(free_port)
  if [ "${RESTART:-0}" = 1 ]; then data="$WORK/data-${name#warm-}"; else data="$WORK/data-$name-$RANDOM"; fi
  log="$WORK/$name.log"
  : >"$log" # start_site appends; each start's build line is read from its own log
  started=$(now_ms)
  start_site "$site" "$port" "$source/content" "$data" "$log" --Performance:WarmUp=false "${BUILD_ARGS[@]}"
  pid=$SITE_PID
  PIDS+=("$pid")
  status=0
  wait_site "http://127.0.0.1:$port" "$pid" 120 / || status=$?
  ms=$(($(now_ms) - started))
  [ "$status" -eq 0 ] || { tail -n 20 "$log" >&2; echo "compare-startup: $name $([ "$status" -eq 2 ] && echo exited || echo "gave no 200 within 120 s")" >&2; exit 1; }
  stop_site "$pid"
  # The first "in N ms" after "from": the line goes on with the parts of the build ("content read in …"), each
  # in brackets, and "[^(:]*" stops before them.
  echo "$ms $(sed -nE 's/.*Catalogue (built|reused) from [^(:]* in ([0-9]+) ms.*/\2 \1/p' "$log" | sed -n 1p)"
}

git -C "$REPO_DIR" worktree add --detach "$WORK/base" "$BASE_REF" >/dev/null
echo "publishing $BASE_REF ($(git -C "$REPO_DIR" rev-parse --short "$BASE_REF")) and the working tree …"
publish "$WORK/base" "$WORK/pub-base"
publish "$REPO_DIR" "$WORK/pub-new"
start_once warm-base "$WORK/pub-base" "$WORK/base" >/dev/null # first starts fill the OS file cache
start_once warm-new "$WORK/pub-new" "$REPO_DIR" >/dev/null
for i in $(seq 1 "$STARTS"); do
  start_once base "$WORK/pub-base" "$WORK/base" >>"$WORK/base.times"
  start_once new "$WORK/pub-new" "$REPO_DIR" >>"$WORK/new.times"
done
base_start=$(cut -d' ' -f1 "$WORK/base.times" | median)
new_start=$(cut -d' ' -f1 "$WORK/new.times" | median)
base_build=$(cut -d' ' -f2 "$WORK/base.times" | median)
new_build=$(cut -d' ' -f2 "$WORK/new.times" | median)
echo "mode: $([ "${RESTART:-0}" = 1 ] && echo "restart (App_Data kept between starts)" || echo "first start (empty App_Data each time)")$([ "${FULL_BUILD:-0}" = 1 ] && echo ", every catalogue built (FULL_BUILD=1)")"
echo "cold start to the first 200 of /, median of $STARTS: $BASE_REF $base_start ms, working tree $new_start ms, ratio $(awk -v a="$new_start" -v b="$base_start" 'BEGIN { printf "%.2f", a / b }')"
# How each start got its catalogue, e.g. "7 built" or "7 reused".
kinds() { cut -d' ' -f3 "$1" | sort | uniq -c | awk '{ printf "%s%s %s", (NR > 1 ? ", " : ""), $1, $2 }'; }
echo "catalogue at start (its log line), median of $STARTS: $BASE_REF $base_build ms ($(kinds "$WORK/base.times")), working tree $new_build ms ($(kinds "$WORK/new.times")), ratio $(awk -v a="$new_build" -v b="$base_build" 'BEGIN { printf "%.2f", a / b }')"
echo "every start (ms to first 200, catalogue ms, how): $BASE_REF: $(tr '\n' ';' <"$WORK/base.times")  working tree: $(tr '\n' ';' <"$WORK/new.times")"
