#!/usr/bin/env bash
# The whole platform on this machine, without Docker: the local infrastructure (deploy/infra.sh: Kafka,
# PostgreSQL, a GreenMail mailbox, a local SMS gateway) and the five services, each as its own JVM on its own port.
#
#   deploy/stack.sh up [--rebuild]   start what is not running (builds the services first if they were never
#                                    packaged, or always with --rebuild), wait until every one is ready
#   deploy/stack.sh down [--all]     stop the five services (--all: the infrastructure too)
#   deploy/stack.sh status           one line per service
#
# Logs: .run/services/<service>.log. Environment: JAVA_HOME, JAVA_OPTS (default -Xmx384m per service).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN="$ROOT/.run/services"
SERVICES=(order-service:8081 inventory-service:8082 billing-service:8083 shipping-service:8084 notification-service:8085)
READY_TIMEOUT=180
# Carrier platforms sign their webhooks; on a developer's machine these local secrets stand in for the real ones
# (set the variables to use others). README shows how to sign a webhook with them.
export SHIPPING_WEBHOOKS_EASYPOST_SECRET="${SHIPPING_WEBHOOKS_EASYPOST_SECRET:-local-easypost-secret}"
export SHIPPING_WEBHOOKS_AFTERSHIP_SECRET="${SHIPPING_WEBHOOKS_AFTERSHIP_SECRET:-local-aftership-secret}"
export SHIPPING_WEBHOOKS_SHIPPO_TOKEN="${SHIPPING_WEBHOOKS_SHIPPO_TOKEN:-local-shippo-token}"
export SHIPPING_WEBHOOKS_PLAIN_SECRET="${SHIPPING_WEBHOOKS_PLAIN_SECRET:-local-plain-secret}"
JAVA_OPTS="${JAVA_OPTS:--Xmx384m -XX:+UseSerialGC}"
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi

log() { echo "[stack] $*"; }
err() { echo "[stack] $*" >&2; }
rel() { echo "${1#"$ROOT"/}"; }

name_of() { echo "${1%%:*}"; }
port_of() { echo "${1##*:}"; }
app_of() { echo "$ROOT/$(name_of "$1")/target/quarkus-app/quarkus-run.jar"; }
pid_file() { echo "$RUN/$(name_of "$1").pid"; }
log_file() { echo "$RUN/$(name_of "$1").log"; }

running() {
  local pid
  [[ -f "$(pid_file "$1")" ]] || return 1
  pid="$(cat "$(pid_file "$1")")"
  kill -0 "$pid" 2>/dev/null && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$(name_of "$1")"
}

# The readiness probe over bash's /dev/tcp, so that no curl is needed: true when /q/health/ready answers 200.
ready() {
  timeout 3 bash -c '
    exec 3<>"/dev/tcp/127.0.0.1/$0" || exit 1
    printf "GET /q/health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3
    head -n 1 <&3 | grep -q " 200"' "$(port_of "$1")" 2>/dev/null
}

build() {
  local build_log="$ROOT/.run/build.log"
  mkdir -p "$ROOT/.run"
  log "building the services (./mvnw package -DskipTests), log $(rel "$build_log") ..."
  if ! (cd "$ROOT" && ./mvnw -B package -DskipTests -pl order-service,inventory-service,billing-service,shipping-service,notification-service -am) > "$build_log" 2>&1; then
    err "the build failed; log: $(rel "$build_log")"
    tail -n 30 "$build_log" | sed 's/^/[stack]   | /' >&2
    exit 1
  fi
  log "build done"
}

start_service() {
  local service=$1 pid
  if running "$service"; then
    log "$(name_of "$service"): already running (pid $(cat "$(pid_file "$service")")) on port $(port_of "$service")"
    return 0
  fi
  if ready "$service"; then
    err "$(name_of "$service"): port $(port_of "$service") is answering but was not started by this script; stop that first"
    exit 1
  fi
  log "$(name_of "$service"): starting on port $(port_of "$service"), log $(rel "$(log_file "$service")")"
  [[ -f "$(log_file "$service")" ]] && mv -f "$(log_file "$service")" "$(log_file "$service").1"
  (
    cd "$ROOT/$(name_of "$service")"
    # a simple command in the background, so that $! is the JVM itself (nohup execs it)
    # shellcheck disable=SC2086 # JAVA_OPTS holds several options
    nohup "$JAVA" $JAVA_OPTS -jar "$(app_of "$service")" > "$(log_file "$service")" 2>&1 < /dev/null &
    echo $! > "$(pid_file "$service")"
  )
}

await_ready() {
  local service=$1 i
  for ((i = 0; i < READY_TIMEOUT * 2; i++)); do
    if ! running "$service"; then
      err "$(name_of "$service"): exited during startup; log: $(rel "$(log_file "$service")")"
      tail -n 25 "$(log_file "$service")" | sed 's/^/[stack]   | /' >&2
      exit 1
    fi
    if ready "$service"; then
      log "$(name_of "$service"): ready at http://localhost:$(port_of "$service")"
      return 0
    fi
    sleep 0.5
  done
  err "$(name_of "$service"): not ready after ${READY_TIMEOUT}s; log: $(rel "$(log_file "$service")")"
  tail -n 25 "$(log_file "$service")" | sed 's/^/[stack]   | /' >&2
  exit 1
}

up() {
  local rebuild=0 service missing=0 started
  for arg in "$@"; do
    case "$arg" in
      --rebuild) rebuild=1 ;;
      *) usage ;;
    esac
  done
  "$ROOT/deploy/infra.sh" start
  for service in "${SERVICES[@]}"; do [[ -f "$(app_of "$service")" ]] || missing=1; done
  if [[ "$rebuild" == 1 || "$missing" == 1 ]]; then build; fi
  mkdir -p "$RUN"
  started=$SECONDS
  for service in "${SERVICES[@]}"; do start_service "$service"; done
  for service in "${SERVICES[@]}"; do await_ready "$service"; done
  log "the stack is up (services ready in $((SECONDS - started)) s):"
  log "  order         http://localhost:8081  (POST /orders, GET /orders/{id}, /approvals; ops page: /ops)"
  log "  inventory     http://localhost:8082  (PUT/GET /products/{sku})"
  log "  billing       http://localhost:8083  (PUT /prices/{sku}, GET /invoices/{orderId})"
  log "  shipping      http://localhost:8084  (POST /carriers/{carrier}/webhooks, GET /tracking/{number})"
  log "  notification  http://localhost:8085  (GET /notifications?orderId=)"
  log "  API docs      http://localhost:808x/q/swagger-ui   e-mails: http://localhost:8080/api/user/<address>/messages/"
  log "  text messages http://localhost:3026/messages   dead letters: http://localhost:808x/dead-letters"
  log "  Kafka 127.0.0.1:9092, topic fulfillment.saga-events; PostgreSQL 127.0.0.1:5432; SMTP 127.0.0.1:3025"
  log "  carrier webhooks are signed with SHIPPING_WEBHOOKS_PLAIN_SECRET=$SHIPPING_WEBHOOKS_PLAIN_SECRET (see README)"
}

down() {
  local all=0 service pid i
  for arg in "$@"; do
    case "$arg" in
      --all) all=1 ;;
      *) usage ;;
    esac
  done
  for service in "${SERVICES[@]}"; do
    if running "$service"; then
      pid="$(cat "$(pid_file "$service")")"
      kill -TERM "$pid" 2>/dev/null || true
      for ((i = 0; i < 100; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
      log "$(name_of "$service"): stopped (pid $pid)"
    else
      log "$(name_of "$service"): not running"
    fi
    rm -f "$(pid_file "$service")"
  done
  if [[ "$all" == 1 ]]; then "$ROOT/deploy/infra.sh" stop; fi
}

status() {
  local service rc=0
  for service in "${SERVICES[@]}"; do
    if running "$service" && ready "$service"; then
      log "$(name_of "$service"): ready (pid $(cat "$(pid_file "$service")")) at http://localhost:$(port_of "$service")"
    elif running "$service"; then
      log "$(name_of "$service"): running (pid $(cat "$(pid_file "$service")")) but not ready; log $(rel "$(log_file "$service")")"
      rc=3
    else
      log "$(name_of "$service"): stopped"
      rc=3
    fi
  done
  "$ROOT/deploy/infra.sh" status || rc=3
  exit "$rc"
}

usage() {
  err "usage: deploy/stack.sh up [--rebuild] | down [--all] | status"
  exit 2
}

cmd="${1:-}"
[[ $# -gt 0 ]] && shift
case "$cmd" in
  up) up "$@" ;;
  down) down "$@" ;;
  status) status ;;
  *) usage ;;
esac
