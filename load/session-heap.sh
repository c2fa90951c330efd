#!/usr/bin/env bash
# Heap per signed-in Vaadin session of the production jar, page by page (docs/performance.md, "Heap per session").
# Not part of ./mvnw verify.
#   1. creates the database DB_NAME on PostgreSQL (empty: node loads the demo data; or a copy of TEMPLATE, e.g. big15)
#      and starts the jar on it (demo profile, for the demo users);
#   2. warms up: WARMUP sessions on every page (class loading, caches, JIT), then a full GC and the used heap;
#   3. per page: SESSIONS signed-in sessions opened on it by Gatling (load/src/test/java/.../SessionHeapSimulation:
#      the login page, the sign-in, the start page, then the page by a link, as in a browser tab), a full GC
#      (jcmd GC.run) and the used heap (jcmd GC.heap_info): (after − before) ÷ SESSIONS;
#   4. prints the table (also in $WORK/session-heap.txt) and keeps a class histogram per page in $WORK.
# Sessions stay open on the server for the whole run (the virtual users only stop sending), so each page's figure is
# its sessions' growth on top of the pages before it. Usage (from the repository root):
#   load/session-heap.sh                                   # 100 sessions per page, demo data
#   SESSIONS=200 load/session-heap.sh
#   TEMPLATE=big15 load/session-heap.sh                    # on a copy of the large database (docs/performance.md)
# Settings (environment): SESSIONS (100), WARMUP (3), RATE (sessions opened per second, 1: at 5 a second a loaded
# 2-core machine ran out of database connections while sign-ins waited for the CPU), PAGES (the start page "/", insatser, the meeting with the most
# §, oversikt, ansokningar; MEETING_ID picks another meeting), HEAP (-Xmx of the application, 2g), PORT (8205),
# DB_NAME (samordnaren_heap: dropped and created), TEMPLATE, KEEP (1: keep the database), PGHOST/PGPORT/PGUSER,
# JAR, WORK (/tmp/samordnaren-session-heap), LOAD_USERNAME/LOAD_PASSWORD (chef / demo-losen-2026).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SESSIONS=${SESSIONS:-100}
WARMUP=${WARMUP:-3}
RATE=${RATE:-1}
HEAP=${HEAP:-2g}
PORT=${PORT:-8205}
DB_NAME=${DB_NAME:-samordnaren_heap}
TEMPLATE=${TEMPLATE:-}
KEEP=${KEEP:-0}
JAR=${JAR:-$ROOT/target/samordnaren.jar}
WORK=${WORK:-/tmp/samordnaren-session-heap}
LOAD_USERNAME=${LOAD_USERNAME:-chef}
LOAD_PASSWORD=${LOAD_PASSWORD:-demo-losen-2026}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 VAADIN_USAGE_STATS_ENABLED=false

log() { printf '[session-heap %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() { log "FAILED: $*"; exit 1; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
sql() { psql -X -q -At -d "$DB_NAME" -c "$1"; }

command -v psql >/dev/null || fail "psql not found (Debian: apt-get install postgresql-client)"
command -v jcmd >/dev/null || fail "jcmd not found (it comes with the JDK: put its bin on PATH)"
[ -f "$JAR" ] || { log "building the jar (./mvnw -DskipTests package)"; "$ROOT/mvnw" -B -ntp -q -Dmaven.test.skip=true package; }
if curl -s -o /dev/null "http://localhost:$PORT/"; then fail "port $PORT is in use"; fi
mkdir -p "$WORK"

APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  if [ "$KEEP" != 1 ]; then psql -X -q -d postgres -c "drop database if exists $DB_NAME" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

psql -X -q -d postgres -c "drop database if exists $DB_NAME" >/dev/null
if [ -n "$TEMPLATE" ]; then
  psql -X -q -d postgres -c "create database $DB_NAME template $TEMPLATE" >/dev/null
else
  psql -X -q -d postgres -c "create database $DB_NAME" >/dev/null
fi

log "starting $JAR (-Xmx$HEAP, demo profile) on $DB_NAME"
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB_NAME" SPRING_DATASOURCE_USERNAME="$PGUSER" \
  SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" SPRING_PROFILES_ACTIVE=demo PORT=$PORT \
  java "-Xmx$HEAP" -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!
# Ready = the readiness probe's 200, after the demo loader (an ApplicationRunner) has finished.
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/actuator/health/readiness" || true)" = 200 ] && break
  kill -0 "$APP_PID" 2>/dev/null || fail "the application stopped; see $WORK/app.log"
  sleep 1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/login")" = 200 ] || fail "no 200 on /login"

MEETING_ID=${MEETING_ID:-$(sql "select m.id from meeting m join agenda_item a on a.meeting_id = m.id
                                group by m.id order by count(*) desc, m.id limit 1")}
[ -n "$MEETING_ID" ] || fail "no meeting with § in $DB_NAME"
PAGES=${PAGES:-/ insatser sammantraden/$MEETING_ID oversikt ansokningar}

log "compiling the Gatling project"
"$ROOT/mvnw" -B -ntp -q -f "$ROOT/load/pom.xml" test-compile >"$WORK/compile.log" 2>&1 || fail "see $WORK/compile.log"

# open PAGE COUNT: COUNT signed-in sessions on PAGE through Gatling; fails the run when any request failed.
open_sessions() {
  local page=$1 count=$2 route
  route=${page#/}
  "$ROOT/mvnw" -B -ntp -f "$ROOT/load/pom.xml" gatling:test -Dload.simulation=se.samordnaren.load.SessionHeapSimulation \
    "-Dload.baseUrl=http://localhost:$PORT" "-Dload.username=$LOAD_USERNAME" "-Dload.password=$LOAD_PASSWORD" \
    "-Dload.page=$route" "-Dload.sessions=$count" "-Dload.sessionsPerSecond=$RATE" >"$WORK/gatling-$(echo "${route:-start}" | tr / -).log" 2>&1 \
    || fail "opening $count sessions on '$page' failed; see $WORK/gatling-*.log"
}

# used_kb: full GC twice (the second collects what the first's finalisation freed), then the heap in use, in KiB.
used_kb() {
  jcmd "$APP_PID" GC.run >/dev/null; sleep 1; jcmd "$APP_PID" GC.run >/dev/null; sleep 1
  jcmd "$APP_PID" GC.heap_info | sed -n 's/.*used \([0-9]*\)K.*/\1/p' | head -1
}

log "warm-up: $WARMUP sessions on each of: $PAGES"
for page in $PAGES; do open_sessions "$page" "$WARMUP"; done
before=$(used_kb)
jcmd "$APP_PID" GC.class_histogram >"$WORK/histogram-0-baseline.txt"
out="$WORK/session-heap.txt"
{
  echo "Heap per signed-in session, $SESSIONS sessions per page ($(java -version 2>&1 | head -1); -Xmx$HEAP; database $DB_NAME${TEMPLATE:+ from $TEMPLATE})"
  printf '%-28s %10s %12s %12s %14s   %s\n' page sessions "heap before" "heap after" "MB per session" "load average"
} | tee "$out"
n=0
for page in $PAGES; do
  n=$((n + 1))
  open_sessions "$page" "$SESSIONS"
  after=$(used_kb)
  jcmd "$APP_PID" GC.class_histogram >"$WORK/histogram-$n-$(echo "${page#/}" | tr / - | sed 's/^$/start/').txt"
  printf '%-28s %10d %9.1f MB %9.1f MB %14.3f   %s\n' "$page" "$SESSIONS" "$(echo "$before / 1024" | bc -l)" \
    "$(echo "$after / 1024" | bc -l)" "$(echo "($after - $before) / 1024 / $SESSIONS" | bc -l)" "$(loadavg)" | tee -a "$out"
  before=$after
done
sessions_open=$((WARMUP * $(echo "$PAGES" | wc -w) + SESSIONS * n))
echo "($sessions_open sessions open at the end; class histograms per page in $WORK)" | tee -a "$out"
