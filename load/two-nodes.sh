#!/usr/bin/env bash
# Two Samordnaren nodes (the production jar) on one PostgreSQL behind HAProxy with sticky sessions:
#   1. starts node A (demo profile: demo data into an empty database, demo users) and node B, then HAProxy;
#   2. saves a person through node A and finds it through node B (headless Chromium);
#   3. runs the Gatling load through the balancer while a browser keeps adding persons through it;
#   4. stops the node the writing browser is on mid-run (kill -KILL by default: a crash); its users sign in again on
#      the other node;
#   5. prints the outcome: the load's figures, the re-sign-ins, and every write the application confirmed found
#      in the database (rows before/after).
# Everything it starts is stopped at the end. Usage (from the repository root; see docs/deployment.md):
#   load/two-nodes.sh                                  # short proof: 20 users, 60 s
#   USERS=100 LOAD_SECONDS=300 load/two-nodes.sh       # the full run, on a quiet machine
#   NODES=1 USERS=100 LOAD_SECONDS=300 load/two-nodes.sh   # one node, no balancer: the load alone, with its
#                                                      # targets asserted (p95 <= 300 ms, no error)
# Settings (environment): USERS, RAMP_SECONDS, LOAD_SECONDS, THINK_MILLIS, KILL_AFTER (seconds after the load
# starts; 0 = never stop a node), STOP_SIGNAL (KILL or TERM), PORT_A, PORT_B, LB_PORT, DB_NAME, PGHOST, PGPORT,
# PGUSER (the database user, trust or ~/.pgpass), JAR, WORK (logs), DEMO (1: node A loads the demo data), LOG_FAILURES
# (DEBUG: every failed request with its response in gatling.log), NODES (2, or 1 for the load against one node),
# LOAD_USERNAME and LOAD_PASSWORD (the account the users sign in with: the demo's chef by default).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

USERS=${USERS:-20}
RAMP_SECONDS=${RAMP_SECONDS:-20}
LOAD_SECONDS=${LOAD_SECONDS:-60}
THINK_MILLIS=${THINK_MILLIS:-2000}
KILL_AFTER=${KILL_AFTER:-$((RAMP_SECONDS + LOAD_SECONDS / 2))}
STOP_SIGNAL=${STOP_SIGNAL:-KILL}
PORT_A=${PORT_A:-8280}
PORT_B=${PORT_B:-8281}
LB_PORT=${LB_PORT:-8289}
DB_NAME=${DB_NAME:-samordnaren_load}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
JAR=${JAR:-$ROOT/target/samordnaren.jar}
WORK=${WORK:-/tmp/samordnaren-two-nodes}
DEMO=${DEMO:-1}
NODES=${NODES:-2}
LOAD_USERNAME=${LOAD_USERNAME:-chef}
LOAD_PASSWORD=${LOAD_PASSWORD:-demo-losen-2026}
MVN=("$ROOT/mvnw" -B -ntp -q -f "$ROOT/load/pom.xml" "-Dload.username=$LOAD_USERNAME" "-Dload.password=$LOAD_PASSWORD")
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 VAADIN_USAGE_STATS_ENABLED=false

log() { printf '[two-nodes %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() { log "FAILED: $*"; exit 1; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
sql() { psql -X -q -At -d "$DB_NAME" -c "$1"; }
# CPU seconds a process has used (user + system), to tell the application's cost per request apart from the
# machine's other load: on a busy machine the round trips wait for a core, the CPU used per request does not.
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$1/stat" 2>/dev/null || echo 0; }
requests_of() { grep -A2 'Global Information' "$1" | sed -n 's/^> request count *| *\([0-9,]*\).*/\1/p' | tr -d , | head -1; }
cpu_line() { # cpu_seconds requests
  awk -v c="$1" -v r="${2:-0}" 'BEGIN { if (r > 0) printf "application CPU during the load: %.1f s for %d requests = %.1f ms per request (JIT warm-up included)\n", c, r, 1000 * c / r }'
}

# ---- what it needs -------------------------------------------------------------------------------------------------
# A JDK 21 or newer (the application's release): JAVA_HOME's or java on PATH if new enough, else the newest under
# /usr/lib/jvm (as .ci/run picks it).
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'; }
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ]; then
  :
elif command -v java >/dev/null && [ "$(java_major java)" -ge 21 ]; then
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
else
  JAVA_HOME=""
  for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate/bin/java")" -ge 21 ]; then
      JAVA_HOME=${candidate%/}; break
    fi
  done
  [ -n "$JAVA_HOME" ] || fail "no JDK 21+ found; set JAVA_HOME to one"
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
command -v psql >/dev/null || fail "psql not found (Debian: apt-get install postgresql-client)"
if ! command -v haproxy >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing haproxy (Debian package)"
    apt-get install -y -qq haproxy >/dev/null || { apt-get update -qq >/dev/null && apt-get install -y -qq haproxy >/dev/null; }
  else
    fail "haproxy not found (Debian: apt-get install haproxy)"
  fi
fi
if [ ! -f "$JAR" ]; then
  log "building the production jar (./mvnw -Pproduction -DskipTests package)"
  "$ROOT/mvnw" -B -ntp -q -Pproduction -Dmaven.test.skip=true package || fail "the production build failed"
fi
if unzip -l "$JAR" 2>/dev/null | grep -q 'vaadin-dev-server'; then
  fail "$JAR is a development jar (it needs Vaadin's dev server); build it with ./mvnw -Pproduction -DskipTests package"
fi
for port in "$PORT_A" "$PORT_B" "$LB_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then fail "port $port is already in use"; fi
done
pg_isready -q || fail "PostgreSQL is not reachable at $PGHOST:$PGPORT as $PGUSER"
if ! psql -X -At -d postgres -c "select 1 from pg_database where datname = '$DB_NAME'" | grep -q 1; then
  log "creating database $DB_NAME"
  createdb "$DB_NAME"
fi
rm -rf "$WORK" && mkdir -p "$WORK"
rm -f "$ROOT/load/target/load-summary.txt"   # no stale summary when a run fails
log "compiling the load test"
"${MVN[@]}" test-compile || fail "the load test does not compile"

# ---- nodes and balancer --------------------------------------------------------------------------------------------
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

start_node() { # name port profile
  local name=$1 port=$2 profile=$3
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB_NAME" SPRING_DATASOURCE_USERNAME="$PGUSER" \
    SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" SPRING_PROFILES_ACTIVE="$profile" PORT="$port" \
    SERVER_FORWARD_HEADERS_STRATEGY=native \
    java -Xmx1g -jar "$JAR" >"$WORK/node-$name.log" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  eval "PID_$name=$pid"
}

wait_ready() { # name port
  local started=$SECONDS
  until curl -fs "http://127.0.0.1:$2/actuator/health/readiness" >/dev/null 2>&1; do
    local pid_var="PID_$1"
    kill -0 "${!pid_var}" 2>/dev/null || { tail -20 "$WORK/node-$1.log"; fail "node $1 stopped while starting"; }
    [ $((SECONDS - started)) -lt 300 ] || fail "node $1 not ready after 300 s"
    sleep 2
  done
  log "node $1 ready on port $2 after $((SECONDS - started)) s (load average $(loadavg))"
}

log "starting node A on $PORT_A (database $DB_NAME$( [ "$DEMO" = 1 ] && echo ', demo profile'))"
start_node A "$PORT_A" "$( [ "$DEMO" = 1 ] && echo demo || echo '')"
wait_ready A "$PORT_A"
if [ "$NODES" = 1 ]; then
  # ---- one node: the load alone, its targets asserted ---------------------------------------------------------------
  INITIATIVES=$(sql "select string_agg(id::text, ',') from (select id from initiative order by id limit 50) i")
  MEETINGS=$(sql "select string_agg(id::text, ',') from (select id from meeting order by id limit 50) m")
  log "load: $USERS users, ramp $RAMP_SECONDS s, $LOAD_SECONDS s, think $THINK_MILLIS ms, on http://127.0.0.1:$PORT_A (load average $(loadavg))"
  RESULT=0
  CPU_BEFORE=$(cpu_seconds "$PID_A")
  "${MVN[@]}" gatling:test -Dload.baseUrl="http://127.0.0.1:$PORT_A" -Dload.users="$USERS" \
    -Dload.rampSeconds="$RAMP_SECONDS" -Dload.seconds="$LOAD_SECONDS" -Dload.thinkMillis="$THINK_MILLIS" \
    -Dload.initiativeIds="$INITIATIVES" -Dload.meetingIds="$MEETINGS" -Dload.assert=true >"$WORK/gatling.log" 2>&1 || RESULT=$?
  CPU_USED=$(awk -v a="$CPU_BEFORE" -v b="$(cpu_seconds "$PID_A")" 'BEGIN { print b - a }')
  cp "$ROOT/load/target/load-summary.txt" "$WORK/load-summary.txt" 2>/dev/null || true
  echo
  echo "================ one node: outcome ================"
  cat "$WORK/load-summary.txt" 2>/dev/null || echo "(no load summary: see $WORK/gatling.log)"
  cpu_line "$CPU_USED" "$(requests_of "$WORK/gatling.log")"
  echo
  grep -A11 'Global Information' "$WORK/gatling.log" | grep -E 'request count|percentile|max response' || true
  grep -A20 -- '---- Errors' "$WORK/gatling.log" | sed -n '2,12p' | grep '^>' || true
  grep -E '^Global: ' "$WORK/gatling.log" || true
  echo "logs: $WORK"
  [ "$RESULT" = 0 ] && echo "RESULT: targets met" || echo "RESULT: targets missed (see above)"
  exit "$RESULT"
fi

log "starting node B on $PORT_B"
start_node B "$PORT_B" ""
wait_ready B "$PORT_B"

LB_PORT=$LB_PORT PORT_A=$PORT_A PORT_B=$PORT_B haproxy -db -f "$ROOT/load/haproxy.cfg" >"$WORK/haproxy.log" 2>&1 &
PIDS+=("$!")
until curl -fs "http://127.0.0.1:$LB_PORT/actuator/health/readiness" >/dev/null 2>&1; do sleep 1; done
log "HAProxy on $LB_PORT (sticky cookie SAMORDNAREN_NODE) in front of both"

# ---- 1. saved through one node, seen through the other -------------------------------------------------------------
log "cross-node check: save a person through node A, read it through node B"
if "${MVN[@]}" exec:java -Dexec.args="cross-node http://127.0.0.1:$PORT_A http://127.0.0.1:$PORT_B" >"$WORK/cross-node.log" 2>&1 \
    && grep -q 'CROSS-NODE OK' "$WORK/cross-node.log"; then
  CROSS="OK: $(grep '^seen through' "$WORK/cross-node.log")"
else
  CROSS="FAILED (see $WORK/cross-node.log)"
fi
log "cross-node: $CROSS"

# ---- 2. the load through the balancer, node A stopped mid-run ------------------------------------------------------
PREFIX="Lasttest $(date +%s)"
PERSONS_BEFORE=$(sql "select count(*) from person")
AUDIT_BEFORE=$(sql "select count(*) from audit_log")
INITIATIVES=$(sql "select string_agg(id::text, ',') from (select id from initiative order by id limit 50) i")
MEETINGS=$(sql "select string_agg(id::text, ',') from (select id from meeting order by id limit 50) m")
LOAD_BEFORE=$(loadavg)
CPU_A=$(cpu_seconds "$PID_A") CPU_B=$(cpu_seconds "$PID_B")
log "load: $USERS users, ramp $RAMP_SECONDS s, $LOAD_SECONDS s, think $THINK_MILLIS ms, through http://127.0.0.1:$LB_PORT (load average $LOAD_BEFORE)"

"${MVN[@]}" exec:java -Dexec.args="writer http://127.0.0.1:$LB_PORT $((RAMP_SECONDS + LOAD_SECONDS + 600)) '$PREFIX' $WORK/confirmed.txt" \
  >"$WORK/writer.log" 2>&1 &
WRITER=$!
PIDS+=("$WRITER")
"${MVN[@]}" gatling:test -Dload.baseUrl="http://127.0.0.1:$LB_PORT" -Dload.users="$USERS" \
  -Dload.rampSeconds="$RAMP_SECONDS" -Dload.seconds="$LOAD_SECONDS" -Dload.thinkMillis="$THINK_MILLIS" \
  -Dload.initiativeIds="$INITIATIVES" -Dload.meetingIds="$MEETINGS" -Dload.assert=false \
  -Dload.startedFile="$WORK/load-started" -Dload.logFailures="${LOG_FAILURES:-WARN}" >"$WORK/gatling.log" 2>&1 &
GATLING=$!
PIDS+=("$GATLING")

STOPPED="no node stopped (KILL_AFTER=0)"
if [ "$KILL_AFTER" -gt 0 ]; then
  # Counted from the moment the simulation's users start (Maven and Gatling take a while to get there).
  until [ -s "$WORK/load-started" ] || ! kill -0 "$GATLING" 2>/dev/null; do sleep 1; done
  sleep "$KILL_AFTER"
  # The node the writing browser is on (the balancer's cookie), so that its writes see the stop too; half of the
  # load's users are there as well (round robin).
  VICTIM=$(grep -o 'writer on node [ab]' "$WORK/writer.log" 2>/dev/null | tail -1 | cut -d' ' -f4 || true)
  VICTIM=${VICTIM:-a}
  if [ "$VICTIM" = b ]; then VICTIM_PID=$PID_B; VICTIM_NAME=B; else VICTIM_PID=$PID_A; VICTIM_NAME=A; fi
  CPU_VICTIM=$(awk -v a="$( [ "$VICTIM" = b ] && echo "$CPU_B" || echo "$CPU_A")" -v b="$(cpu_seconds "$VICTIM_PID")" 'BEGIN { print b - a }')
  kill "-$STOP_SIGNAL" "$VICTIM_PID" 2>/dev/null || true
  STOPPED="node $VICTIM_NAME (the writing browser's) stopped with SIG$STOP_SIGNAL $KILL_AFTER s into the run (load average $(loadavg))"
  log "$STOPPED"
fi
wait "$GATLING" || true
touch "$WORK/confirmed.txt.stop"   # the writer finishes its current save and stops
wait "$WRITER" || true
LOAD_AFTER=$(loadavg)
if [ "$KILL_AFTER" -gt 0 ]; then
  if [ "$VICTIM" = b ]; then SURVIVOR_PID=$PID_A SURVIVOR_BEFORE=$CPU_A; else SURVIVOR_PID=$PID_B SURVIVOR_BEFORE=$CPU_B; fi
  CPU_USED=$(awk -v v="$CPU_VICTIM" -v a="$SURVIVOR_BEFORE" -v b="$(cpu_seconds "$SURVIVOR_PID")" 'BEGIN { print v + b - a }')
else
  CPU_USED=$(awk -v a="$CPU_A" -v b="$CPU_B" -v c="$(cpu_seconds "$PID_A")" -v d="$(cpu_seconds "$PID_B")" 'BEGIN { print c - a + d - b }')
fi

# ---- 3. outcome ----------------------------------------------------------------------------------------------------
PERSONS_AFTER=$(sql "select count(*) from person")
AUDIT_AFTER=$(sql "select count(*) from audit_log")
touch "$WORK/confirmed.txt"
CONFIRMED=$(grep -c . "$WORK/confirmed.txt" || true)
sql "select full_name from person where full_name like '$PREFIX %'" | sort >"$WORK/in-database.txt"
MISSING=$(sort "$WORK/confirmed.txt" | comm -23 - "$WORK/in-database.txt" | grep -c . || true)
IN_DB=$(grep -c . "$WORK/in-database.txt" || true)
cp "$ROOT/load/target/load-summary.txt" "$WORK/load-summary.txt" 2>/dev/null || true

echo
echo "================ two nodes: outcome ================"
echo "cross-node (saved through A, read through B): $CROSS"
echo "$STOPPED"
echo "load average: before the load $LOAD_BEFORE, after $LOAD_AFTER ($(nproc) cores)"
echo
cat "$WORK/load-summary.txt" 2>/dev/null || echo "(no load summary: see $WORK/gatling.log)"
echo
grep -A11 'Global Information' "$WORK/gatling.log" | grep -E 'request count|percentile|max response' || true
grep -A20 -- '---- Errors' "$WORK/gatling.log" | sed -n '2,12p' | grep '^>' || true
cpu_line "$CPU_USED" "$(requests_of "$WORK/gatling.log")"
echo
echo "browser writes through the balancer: $(grep '^WRITER' "$WORK/writer.log" || echo 'no result, see writer.log')"
echo "persons: $PERSONS_BEFORE before, $PERSONS_AFTER after; confirmed saves $CONFIRMED, in the database $IN_DB, confirmed but missing $MISSING"
echo "audit rows: $AUDIT_BEFORE before, $AUDIT_AFTER after"
echo "logs: $WORK"
if [ "$MISSING" = 0 ] && [ "$CONFIRMED" -gt 0 ] && [[ $CROSS == OK* ]]; then
  echo "RESULT: nothing committed was lost; the change saved through one node was seen through the other"
else
  echo "RESULT: FAILED"
  exit 1
fi
