#!/usr/bin/env bash
# Heap per signed-in session with REAL browsers (headless Chromium, one context per session), page by page. The
# Gatling measurement (load/session-heap.sh) replays recorded requests and does not run the client, so it cannot show
# what the client does by itself after a response (the layout's no-op round trip that releases Vaadin's kept last
# response: ui.MainLayout). Slower (a browser per session), so fewer sessions. Not part of ./mvnw verify.
#   SESSIONS=20 TEMPLATE=big15 PAGES="oversikt insatser/162" load/browser-session-heap.sh
# Settings: SESSIONS (20), PAGES (oversikt), TEMPLATE (empty: demo data), JAR, PORT (8211), DB_NAME
# (samordnaren_bheap: dropped and created), HEAP (2g), WORK (/tmp/samordnaren-browser-heap), LOAD_USERNAME/PASSWORD,
# HISTOGRAM (1: also print, per page, the classes whose heap grew most per session: where to look).
# Needs node, playwright-core (npm, installed into $WORK/pw when missing) and /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SESSIONS=${SESSIONS:-20}
PAGES=${PAGES:-oversikt}
TEMPLATE=${TEMPLATE:-}
JAR=${JAR:-$ROOT/target/samordnaren.jar}
PORT=${PORT:-8211}
DB_NAME=${DB_NAME:-samordnaren_bheap}
HEAP=${HEAP:-2g}
WORK=${WORK:-/tmp/samordnaren-browser-heap}
LOAD_USERNAME=${LOAD_USERNAME:-chef}
LOAD_PASSWORD=${LOAD_PASSWORD:-demo-losen-2026}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
log() { printf '[browser-heap %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() { log "FAILED: $*"; exit 1; }
mkdir -p "$WORK"
if [ ! -d "$WORK/pw/node_modules/playwright-core" ]; then
  (mkdir -p "$WORK/pw" && cd "$WORK/pw" && npm init -y >/dev/null && npm install -s playwright-core@1.65.1 >/dev/null) \
    || fail "npm install playwright-core"
fi
cp "$ROOT/load/browser/open-sessions.mjs" "$WORK/pw/"
APP_PID=
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  psql -X -q -d postgres -c "drop database if exists $DB_NAME" >/dev/null 2>&1 || true
}
trap cleanup EXIT
psql -X -q -d postgres -c "drop database if exists $DB_NAME" >/dev/null
psql -X -q -d postgres -c "create database $DB_NAME${TEMPLATE:+ template $TEMPLATE}" >/dev/null
log "starting $JAR on $DB_NAME${TEMPLATE:+ (copy of $TEMPLATE)}"
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB_NAME" SPRING_DATASOURCE_USERNAME="$PGUSER" \
  SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" SPRING_PROFILES_ACTIVE=demo PORT=$PORT \
  java "-Xmx$HEAP" -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/actuator/health/readiness" || true)" = 200 ] && break
  kill -0 "$APP_PID" 2>/dev/null || fail "the application stopped; see $WORK/app.log"
  sleep 1
done
used_kb() {
  jcmd "$APP_PID" GC.run >/dev/null; sleep 1; jcmd "$APP_PID" GC.run >/dev/null; sleep 1
  jcmd "$APP_PID" GC.heap_info | sed -n 's/.*used \([0-9]*\)K.*/\1/p' | head -1
}
histogram() { [ "${HISTOGRAM:-}" = 1 ] && jcmd "$APP_PID" GC.class_histogram >"$WORK/histogram-$1.txt" || true; }
# The classes whose bytes grew most between two histograms, per session.
histogram_growth() {
  [ "${HISTOGRAM:-}" = 1 ] || return 0
  awk -v n="$SESSIONS" 'FNR == NR && $1 ~ /^[0-9]+:$/ { before[$4] = $3; next }
    $1 ~ /^[0-9]+:$/ { d = $3 - before[$4]; if (d > 0) printf "%10.1f KB  %s\n", d / 1024 / n, $4 }' \
    "$WORK/histogram-before.txt" "$WORK/histogram-after.txt" | sort -rn | head -25 | sed 's/^/    /' || true
}
# open COUNT PAGE: COUNT browser sessions signed in and left on PAGE; the browser stays open until the script ends.
# They must: a closed tab's UI stays on the server until three heartbeats are missed (~15 minutes), and its release
# in the middle of a later page's measurement makes that page look lighter than it is (seen: 0.00 MB). So each
# page's browsers stay open, ~75 MB of memory per session: at most ~8 pages of 20 sessions per run on 23 GB.
declare -a BROWSERS=()
open() {
  local fifo="$WORK/hold-$#-$RANDOM"
  mkfifo "$fifo"
  node "$WORK/pw/open-sessions.mjs" "http://localhost:$PORT/" "$LOAD_USERNAME" "$LOAD_PASSWORD" "$1" "$2" <"$fifo" >"$fifo.out" 2>&1 &
  exec {fd}>"$fifo"
  BROWSERS+=("$fd")
  for _ in $(seq 1 900); do grep -q '^open ' "$fifo.out" 2>/dev/null && return 0; sleep 1; done
  log "sessions on $2 did not open: $(tail -3 "$fifo.out")"
  return 1
}
log "warm-up: 2 sessions on each of: $PAGES"
for page in $PAGES; do open 2 "$page" || fail "warm-up on $page"; done
{
  echo "Heap per signed-in browser session, $SESSIONS sessions per page ($(basename "$JAR"); -Xmx$HEAP; database $DB_NAME${TEMPLATE:+ from $TEMPLATE})"
  printf '%-22s %9s %12s %12s %15s   %s\n' page sessions 'heap before' 'heap after' 'MB per session' 'load average'
} | tee "$WORK/browser-session-heap.txt"
for page in $PAGES; do
  before=$(used_kb); histogram before
  open "$SESSIONS" "$page" || { printf '%-22s %9s\n' "$page" failed | tee -a "$WORK/browser-session-heap.txt"; continue; }
  after=$(used_kb); histogram after
  printf '%-22s %9d %9.1f MB %9.1f MB %15.3f   %s\n' "$page" "$SESSIONS" "$(echo "$before/1024" | bc -l)" \
    "$(echo "$after/1024" | bc -l)" "$(echo "($after-$before)/1024/$SESSIONS" | bc -l)" "$(cut -d' ' -f1-3 /proc/loadavg)" \
    | tee -a "$WORK/browser-session-heap.txt"
  # (head closes the pipe early: with pipefail, sort's SIGPIPE would end the script)
  { histogram_growth || true; } | tee -a "$WORK/browser-session-heap.txt"
done
