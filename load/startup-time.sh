#!/usr/bin/env bash
# Startup time of the production jar: from the JVM's launch to the first HTTP 200 on /login, on the embedded
# PostgreSQL and on an external one (docs/performance.md, "Startup time"). Not part of ./mvnw verify.
#
#   load/startup-time.sh                     # both databases, 3 starts each after a first (migrating) start
#   RUNS=5 DBS=external load/startup-time.sh
#   AOT=1 load/startup-time.sh               # the jar extracted, with a JDK 25 AOT cache from a training run
#   JAVA_OPTS="-Xmx1g -XX:TieredStopAtLevel=1" load/startup-time.sh                # try a JVM option
#
# Each database gets a first start on an empty database (embedded: initdb; both: Liquibase creates the schema), which
# is reported apart, then RUNS starts on the current schema: the figure that matters for a restart or a new node.
# Per start it prints the wall time to the first 200 on /login and to the readiness probe's 200
# (/actuator/health/readiness, what a load balancer waits for), Spring Boot's own "Started Application in …", the
# load average (the machine is shared: compare within one run), and the CPU time the JVM used until then (user +
# system, the embedded PostgreSQL not counted): on a busy machine the wall time waits for a core, the CPU time less so.
# AOT=1 (Java 25+) extracts the jar (java -Djarmode=tools -jar … extract), makes an AOT cache from a training run
# that stops once the Spring context is refreshed (-XX:AOTCacheOutput, -Dspring.context.exit=onRefresh, after each
# database's first start) and starts the extracted jar with -XX:AOTCache (docs/deployment.md).
# Settings (environment): JAR, PORT (8205), RUNS (3), DBS ("embedded external"), JAVA_OPTS (-Xmx1g),
# PGHOST/PGPORT/PGUSER (127.0.0.1/5432/postgres, trust or ~/.pgpass), DB_NAME (samordnaren_startup: dropped and
# created anew), WORK (/tmp/samordnaren-startup: logs and the embedded database's folder), KEEP (1: keep the database).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
JAR=${JAR:-$ROOT/target/samordnaren.jar}
PORT=${PORT:-8205}
RUNS=${RUNS:-3}
DBS=${DBS:-embedded external}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
DB_NAME=${DB_NAME:-samordnaren_startup}
WORK=${WORK:-/tmp/samordnaren-startup}
KEEP=${KEEP:-0}
AOT=${AOT:-0}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

log() { printf '[startup %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() { log "FAILED: $*"; exit 1; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

[ -f "$JAR" ] || { log "building the jar (./mvnw -DskipTests package)"; "$ROOT/mvnw" -B -ntp -q -Dmaven.test.skip=true package; }
command -v java >/dev/null || fail "java not found"
if curl -s -o /dev/null "http://localhost:$PORT/"; then fail "port $PORT is in use"; fi
mkdir -p "$WORK"
APP_PID=""
cleanup() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; }
trap cleanup EXIT

# start_once LABEL: starts the jar with the environment already exported, waits for the first 200 on /login, prints
# one line and stops the application (SIGTERM, as systemd does).
start_once() {
  local label=$1 logfile="$WORK/$1.log" load t0 t1 t2 code="" spring cpu
  load=$(loadavg)
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  java $JAVA_OPTS $RUN_OPTS -jar "$RUN_JAR" >"$logfile" 2>&1 &
  APP_PID=$!
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/login" || true)
    [ "$code" = 200 ] && break
    kill -0 "$APP_PID" 2>/dev/null || fail "$label: the application stopped; see $logfile"
    [ $(( ($(date +%s%N) - t0) / 1000000000 )) -lt 300 ] || fail "$label: no 200 on /login within 300 s"
    sleep 0.05
  done
  t1=$(date +%s%N)
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$APP_PID/stat")
  # Ready for a load balancer: the readiness probe answers 200 once the start-up runners have finished.
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/actuator/health/readiness" || true)" = 200 ]; do
    kill -0 "$APP_PID" 2>/dev/null || fail "$label: the application stopped; see $logfile"
    sleep 0.05
  done
  t2=$(date +%s%N)
  spring=$(sed -n 's/.*Started Application in \([0-9.]*\) seconds (process running for \([0-9.]*\)).*/\1 s (process \2 s)/p' "$logfile" | head -1)
  printf '%-18s /login 200 after %6.2f s (JVM CPU %5.1f s), ready after %6.2f s   Spring Boot: %-28s load average: %s\n' \
    "$label" "$(awk -v a="$t0" -v b="$t1" 'BEGIN { print (b - a) / 1e9 }')" "$cpu" \
    "$(awk -v a="$t0" -v b="$t2" 'BEGIN { print (b - a) / 1e9 }')" "${spring:-?}" "$load"
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
}

RUN_JAR=$JAR RUN_OPTS=""
if [ "$AOT" = 1 ]; then
  rm -rf "$WORK/extracted"
  java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" >/dev/null
  RUN_JAR="$WORK/extracted/$(basename "$JAR")"
fi
# training LABEL: the AOT cache for this database (AOT=1 only).
training() {
  [ "$AOT" = 1 ] || return 0
  rm -f "$WORK/app.aot"
  # shellcheck disable=SC2086
  java $JAVA_OPTS -XX:AOTCacheOutput="$WORK/app.aot" -Dspring.context.exit=onRefresh -jar "$RUN_JAR" \
    >"$WORK/$1-training.log" 2>&1 || true
  [ -f "$WORK/app.aot" ] || fail "no AOT cache made; see $WORK/$1-training.log"
  # The training run's embedded PostgreSQL may still be stopping when the JVM has exited.
  for _ in $(seq 1 300); do [ -f "${SAMORDNAREN_DATA_DIR:-/nonexistent}/postmaster.pid" ] || break; sleep 0.1; done
  sleep 1
  RUN_OPTS="-XX:AOTCache=$WORK/app.aot"
}

log "jar: $RUN_JAR ($(java -version 2>&1 | head -1)), JAVA_OPTS: $JAVA_OPTS, AOT cache: $([ "$AOT" = 1 ] && echo yes || echo no), $(nproc) cores"
for db in $DBS; do
  case $db in
    embedded)
      unset SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD
      export SAMORDNAREN_DATA_DIR="$WORK/embedded-data" PORT
      rm -rf "$SAMORDNAREN_DATA_DIR"
      ;;
    external)
      command -v psql >/dev/null || fail "psql not found (Debian: apt-get install postgresql-client)"
      psql -X -q -d postgres -c "drop database if exists $DB_NAME" -c "create database $DB_NAME" >/dev/null
      export SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB_NAME" SPRING_DATASOURCE_USERNAME="$PGUSER" \
        SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" PORT
      ;;
    *) fail "unknown database '$db' (embedded or external)" ;;
  esac
  RUN_OPTS=""
  start_once "$db-empty-db"
  training "$db"
  for run in $(seq 1 "$RUNS"); do start_once "$db-$run"; done
  if [ "$db" = external ] && [ "$KEEP" != 1 ]; then psql -X -q -d postgres -c "drop database $DB_NAME" >/dev/null; fi
done
log "logs in $WORK"
