#!/usr/bin/env bash
# Local infrastructure of the order-fulfillment platform: an Apache Kafka broker (KRaft, single node)
# and a PostgreSQL server with the services' databases. Needs only a JDK: the jars come from Maven
# Central through ./mvnw and deploy/infra/pom.xml; there is no Docker, psql or python involved.
#
#   deploy/infra.sh start [--fresh-kafka]   start what is not running yet (idempotent);
#                                           --fresh-kafka wipes the broker's data first
#   deploy/infra.sh stop                    stop what this script started
#   deploy/infra.sh status                  one line per component; exit 0 only if all are up
#
# Mail: a GreenMail server takes every e-mail the services send (SMTP 127.0.0.1:3025, IMAP 3143, its REST
# API on 8080 lists the messages: curl localhost:8080/api/user/<address>/messages/), so nothing reaches real people.
# SMS: deploy/infra/SmsGateway.java stands in for the SMS gateway on 127.0.0.1:3026 and keeps what it is sent
# (curl localhost:3026/messages).
# Carriers: deploy/infra/CarrierPlatform.java stands in for EasyPost's v2 API on https://127.0.0.1:3027 (shipments,
# rates, labels, trackers that move by themselves and send signed tracker.updated webhooks, pickups, scan forms);
# clients trust it with .run/carrier/tls/truststore.p12.
# Identities: Keycloak on 127.0.0.1:8180 with realm "fulfillment" (deploy/keycloak/fulfillment-realm.json, its demo
# users and the shop's client); deploy/token.sh NAME prints an access token.
#
# Environment: KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093), PGPORT (5432), JAVA_HOME,
#              KAFKA_HEAP_OPTS (-Xms256m -Xmx768m).
# Runtime files (jars, data, logs, pid files) live under <repo>/.run/.
#
# PostgreSQL: whatever already accepts connections on 127.0.0.1:$PGPORT is used as it is (this
# machine runs a PostgreSQL 15 there, user postgres with trust auth). Only when nothing listens
# there does the script start zonky's embedded PostgreSQL (deploy/infra/Postgres.java), keeping its
# data in .run/postgres/data; `stop` stops only that embedded one.
#
# Each component is a file in deploy/lib/ (kafka.sh, postgres.sh, mail-sms.sh, carrier.sh, keycloak.sh) with its
# settings and its <component>_start/_stop/_status; all of them start, wait for and stop their process with
# deploy/lib/process.sh, as deploy/stack.sh does the services.
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

# read by deploy/lib/process.sh
# shellcheck disable=SC2034
PROC_TAG=infra PROC_STOP_HINT="deploy/infra.sh stop"

LIB="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib"
# shellcheck source=lib/process.sh
source "$LIB/process.sh"

RUN="$ROOT/.run"
POM="$ROOT/deploy/infra/pom.xml"
HOST=127.0.0.1
SERVER_START_TIMEOUT=60   # the mailbox, the SMS gateway (deploy/lib/mail-sms.sh) and the carrier platform
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi

now() { date +%s%N; }
elapsed() { local ms=$(( ($(now) - $1) / 1000000 )); printf '%d.%01ds' $((ms / 1000)) $((ms % 1000 / 100)); }

# fetch_libs PROFILE DIR: copies the runtime jars of a profile of deploy/infra/pom.xml into DIR,
# unless DIR already holds them for the current pom (a checksum of the pom marks a complete copy).
fetch_libs() {
  local profile=$1 dir=$2 sum fetch_log start
  sum="$(sha256sum "$POM" | cut -d' ' -f1)"
  if [[ -f "$dir/.pom.sha256" && "$(cat "$dir/.pom.sha256")" == "$sum" ]]; then
    return 0
  fi
  fetch_log="$(dirname "$dir")/fetch-libs.log"
  log "$profile: fetching jars (profile $profile of $(rel "$POM")) into $(rel "$dir") ..."
  start=$(now)
  rm -rf "$dir"
  mkdir -p "$dir"
  if ! (cd "$ROOT" && ./mvnw -B -q -f "$POM" -P"$profile" dependency:copy-dependencies \
          -DincludeScope=runtime -DoutputDirectory="$dir") > "$fetch_log" 2>&1; then
    err "$profile: fetching jars with ./mvnw failed; log: $(rel "$fetch_log")"
    log_tail "$fetch_log"
    exit 1
  fi
  echo "$sum" > "$dir/.pom.sha256"
  # shellcheck disable=SC2012 # jar names are plain
  log "$profile: $(ls "$dir"/*.jar | wc -l) jars fetched in $(elapsed "$start")"
}

# infra_running HANDLE PATTERN PORT [HINT]: true, saying so, when our process runs, or when something else already
# listens on PORT: a developer's own broker or mailbox serves as well as ours, so it is used as it is.
infra_running() {
  local name
  name="$(basename "$1")"
  if proc_alive "$1" "$2"; then
    log "$name: already running (pid $(proc_pid "$1")) on $HOST:$3"
    return 0
  fi
  if port_open "$HOST" "$3"; then
    log "$name: something not started by this script already listens on $HOST:$3; using it${4:+ $4}"
    return 0
  fi
  return 1
}

# infra_status HANDLE PATTERN PORT: one line; true when the port answers, ours or not (see infra_running).
infra_status() {
  local rc=0
  proc_status "$1" "$2" "on $HOST:$3" port_open "$HOST" "$3" || rc=$?
  ((rc == 0 || rc == 2))
}

# shellcheck source=lib/kafka.sh
source "$LIB/kafka.sh"
# shellcheck source=lib/postgres.sh
source "$LIB/postgres.sh"
# shellcheck source=lib/mail-sms.sh
source "$LIB/mail-sms.sh"
# shellcheck source=lib/carrier.sh
source "$LIB/carrier.sh"
# shellcheck source=lib/keycloak.sh
source "$LIB/keycloak.sh"

usage() {
  err "usage: deploy/infra.sh start [--fresh-kafka] | stop | status"
  exit 2
}

command -v "$JAVA" > /dev/null || { err "java not found (set JAVA_HOME or put java on the PATH)"; exit 1; }
java_major="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
if [[ ! "$java_major" =~ ^[0-9]+$ ]] || ((java_major < 17)); then
  err "$JAVA is Java ${java_major:-of unknown version}; Kafka 4 and deploy/infra/Postgres.java need Java 17+"
  exit 1
fi

cmd="${1:-}"
[[ $# -gt 0 ]] && shift
case "$cmd" in
  start)
    fresh=0
    for arg in "$@"; do
      case "$arg" in
        --fresh-kafka) fresh=1 ;;
        *) usage ;;
      esac
    done
    mkdir -p "$RUN"
    total=$(now)
    kafka_start "$fresh"
    postgres_start
    mail_start
    sms_start
    carrier_start
    keycloak_start
    log "all up in $(elapsed "$total"): Kafka $HOST:$KAFKA_PORT, PostgreSQL $HOST:$PG_PORT (user postgres)," \
        "SMTP $HOST:$SMTP_PORT, SMS http://$HOST:$SMS_PORT/messages, EasyPost https://$HOST:$CARRIER_PORT/v2," \
        "Keycloak http://$HOST:$KEYCLOAK_PORT"
    ;;
  stop)
    [[ $# -eq 0 ]] || usage
    kafka_stop
    postgres_stop
    mail_stop
    sms_stop
    carrier_stop
    keycloak_stop
    ;;
  status)
    [[ $# -eq 0 ]] || usage
    rc=0
    kafka_status || rc=3
    postgres_status || rc=3
    mail_status || rc=3
    sms_status || rc=3
    carrier_status || rc=3
    keycloak_status || rc=3
    exit "$rc"
    ;;
  *) usage ;;
esac
