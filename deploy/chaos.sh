#!/usr/bin/env bash
# The infrastructure of the chaos system test (system-tests' ChaosIT runs this file): a Kafka broker, an embedded
# PostgreSQL and an SMS gateway of its own, on ports of their own, with every file under .run/chaos/. The test kills,
# stops and restarts them; the shared ones of deploy/infra.sh (Kafka 9092, PostgreSQL 5432, mail 3025, SMS 3026),
# which everyone's tests use, are never touched. They are the same components, started by the same code
# (deploy/lib/kafka.sh, postgres.sh, mail-sms.sh), from the jars deploy/infra.sh fetched into .run/. PostgreSQL starts
# empty: the test creates the databases it needs (system-tests' RunningStack, <database>_chaos).
#
#   deploy/chaos.sh start                  stop what an earlier run left, wipe .run/chaos, start all three
#   deploy/chaos.sh stop                   stop all three
#   deploy/chaos.sh kafka kill|start       SIGKILL the broker (no clean shutdown); start it on the same data
#   deploy/chaos.sh postgres stop|start    stop the server (its clients lose their connections); start it again
#   deploy/chaos.sh sms stop|start
#
# Environment: CHAOS_KAFKA_PORT (29092), CHAOS_KAFKA_CONTROLLER_PORT (29093), CHAOS_PG_PORT (25432),
#              CHAOS_SMS_PORT (23026), JAVA_HOME. The test's mailbox (GreenMail) runs inside the test's JVM.
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

# shellcheck disable=SC2034 # read by deploy/lib/process.sh and the component files
PROC_TAG=chaos PROC_STOP_HINT="deploy/chaos.sh stop"
LIB="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib"
# shellcheck source=lib/process.sh
source "$LIB/process.sh"

# shellcheck disable=SC2034 # the settings the component files read
{
  RUN="$ROOT/.run/chaos"
  HOST=127.0.0.1
  SERVER_START_TIMEOUT=60
  KAFKA_PORT="${CHAOS_KAFKA_PORT:-29092}"
  KAFKA_CONTROLLER_PORT="${CHAOS_KAFKA_CONTROLLER_PORT:-29093}"
  KAFKA_HEAP_OPTS="-Xms128m -Xmx512m"
  PGPORT="${CHAOS_PG_PORT:-25432}"
}
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi
SHARED_LIBS="$ROOT/.run"

# What deploy/infra.sh defines for its components, as this test needs it: the jars are the ones infra.sh already
# fetched (no download in the middle of a test), and only a process of this script's own counts as running.
fetch_libs() {
  if ! ls "$2"/*.jar > /dev/null 2>&1; then
    err "$1: no jars in $(rel "$2"); deploy/infra.sh start fetches them (deploy/test.sh runs it first)"
    exit 1
  fi
}
infra_running() { proc_alive "$1" "$2" && log "$(basename "$1"): already running (pid $(proc_pid "$1"))"; }

# shellcheck source=lib/kafka.sh
source "$LIB/kafka.sh"
# shellcheck source=lib/postgres.sh
source "$LIB/postgres.sh"
# shellcheck source=lib/mail-sms.sh
source "$LIB/mail-sms.sh"
KAFKA_LIBS="$SHARED_LIBS/kafka/libs"
PG_LIBS="$SHARED_LIBS/postgres/libs"
SMS_PORT="${CHAOS_SMS_PORT:-23026}"

# A SIGKILLed JVM is reported gone as soon as its main thread is a zombie, while its other threads may still hold
# its sockets for a moment (a broker in the middle of an fsync): wait until its ports are free before a restart.
await_ports_closed() {
  local port i
  for port in "$@"; do
    for ((i = 0; i < 150; i++)); do port_open "$HOST" "$port" || break; sleep 0.2; done
    if port_open "$HOST" "$port"; then err "port $HOST:$port is still taken 30 s after the kill"; exit 1; fi
  done
}

stop_all() {
  kafka_stop
  postgres_stop
  sms_stop
}

usage() {
  err "usage: deploy/chaos.sh start | stop | kafka kill|start | postgres stop|start | sms stop|start"
  exit 2
}

case "${1:-} ${2:-}" in
  "start ")
    stop_all
    rm -rf "$RUN"
    mkdir -p "$RUN"
    # the broker starts beside the others: on two cores its JVM warms up while PostgreSQL runs initdb
    (kafka_start 0) &
    kafka_starting=$!
    postgres_start_embedded
    sms_start
    wait "$kafka_starting" || { err "the broker did not start"; exit 1; }
    log "up: Kafka $HOST:$KAFKA_PORT, PostgreSQL $HOST:$PG_PORT, SMS http://$HOST:$SMS_PORT/messages"
    ;;
  "stop ") stop_all ;;
  "kafka kill")
    proc_stop "$KAFKA" kafka.Kafka KILL
    await_ports_closed "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"
    ;;
  "kafka start") kafka_start 0 ;;
  "postgres stop") postgres_stop ;;
  "postgres start") postgres_start_embedded ;;
  "sms stop") sms_stop ;;
  "sms start") sms_start ;;
  *) usage ;;
esac
