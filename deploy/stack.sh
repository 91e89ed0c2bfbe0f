#!/usr/bin/env bash
# The whole platform on this machine, without Docker: the local infrastructure (deploy/infra.sh: Kafka,
# PostgreSQL, a GreenMail mailbox, a local SMS gateway) and the five services, each as its own JVM on its own port.
#
#   deploy/stack.sh up [--rebuild] [--instances N]
#                                    start what is not running (builds the services first if they were never
#                                    packaged, or always with --rebuild), wait until every one is ready;
#                                    --instances 2: a second instance of every service in the same consumer
#                                    group and database, on its port + 200 (8281..8285), for the scale-out run
#   deploy/stack.sh down [--all]     stop the five services (--all: the infrastructure too)
#   deploy/stack.sh status           one line per service
#
# Logs: .run/services/<service>.log. Environment: JAVA_HOME, JAVA_OPTS (default -Xmx384m per service).
# The services, their ports and what they offer come from deploy/services.txt; they start, are waited for and stop
# through deploy/lib/process.sh, as the infrastructure does.
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

# shellcheck disable=SC2034 # read by deploy/lib/process.sh
PROC_TAG=stack PROC_STOP_HINT="deploy/stack.sh down"
LIB="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib"
# shellcheck source=lib/process.sh
source "$LIB/process.sh"
# shellcheck source=lib/services.sh
source "$LIB/services.sh"

RUN="$ROOT/.run/services"
READY_TIMEOUT=180
# Carrier platforms sign their webhooks; on a developer's machine these local secrets stand in for the real ones
# (set the variables to use others). README shows how to sign a webhook with them.
export SHIPPING_WEBHOOKS_EASYPOST_SECRET="${SHIPPING_WEBHOOKS_EASYPOST_SECRET:-local-easypost-secret}"
export SHIPPING_WEBHOOKS_AFTERSHIP_SECRET="${SHIPPING_WEBHOOKS_AFTERSHIP_SECRET:-local-aftership-secret}"
export SHIPPING_WEBHOOKS_SHIPPO_TOKEN="${SHIPPING_WEBHOOKS_SHIPPO_TOKEN:-local-shippo-token}"
# direct carriers posting our plain format sign with a secret each
export SHIPPING_WEBHOOKS_DHL_SECRET="${SHIPPING_WEBHOOKS_DHL_SECRET:-local-dhl-secret}"
export SHIPPING_WEBHOOKS_UPS_SECRET="${SHIPPING_WEBHOOKS_UPS_SECRET:-local-ups-secret}"
export SHIPPING_WEBHOOKS_COURIER_SECRET="${SHIPPING_WEBHOOKS_COURIER_SECRET:-local-courier-secret}"
# Labels are bought from the local carrier platform of deploy/infra.sh, which speaks EasyPost's API; pointing
# SHIPPING_CARRIER_PLATFORM_URL at https://api.easypost.com with an EasyPost API key (and no trust store) uses the
# real one. SHIPPING_LABELS_FROM=CARRIER_CONTRACTS prints labels from the carriers' number ranges instead.
export SHIPPING_LABELS_FROM="${SHIPPING_LABELS_FROM:-CARRIER_PLATFORM}"
export SHIPPING_CARRIER_PLATFORM_URL="${SHIPPING_CARRIER_PLATFORM_URL:-https://127.0.0.1:3027}"
export SHIPPING_CARRIER_PLATFORM_API_KEY="${SHIPPING_CARRIER_PLATFORM_API_KEY:-local-easypost-key}"
if [[ "$SHIPPING_CARRIER_PLATFORM_URL" == https://127.0.0.1:* ]]; then
  # the local platform's certificate is self-signed: trusted beside the JDK's own, for it alone
  export SHIPPING_CARRIER_PLATFORM_TRUST_STORE="${SHIPPING_CARRIER_PLATFORM_TRUST_STORE:-$ROOT/.run/carrier/tls/truststore.p12}"
  export SHIPPING_CARRIER_PLATFORM_TRUST_STORE_PASSWORD="${SHIPPING_CARRIER_PLATFORM_TRUST_STORE_PASSWORD:-local-carrier-platform}"
fi
# The services run in the prod profile, which has no default for any secret and refuses to start without one
# (ProductionSecrets): the machine's PostgreSQL trusts local connections, the local SMS gateway takes this key.
export DB_PASSWORD="${DB_PASSWORD:-postgres}"
export SMS_GATEWAY_API_KEY="${SMS_GATEWAY_API_KEY:-dev-sms-key}"
# the ops page logs in through the demo realm's client ops-console (deploy/keycloak/fulfillment-realm.json)
export OPS_CONSOLE_CLIENT_SECRET="${OPS_CONSOLE_CLIENT_SECRET:-ops-console-secret}"
# Swagger UI is off in the prod profile; a developer's stack wants it
export SWAGGER_UI_ENABLED="${SWAGGER_UI_ENABLED:-true}"
JAVA_OPTS="${JAVA_OPTS:--Xmx384m -XX:+UseSerialGC}"
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi

# A service's process handle (.run/services/<service>.pid and .log); its module name is also the pattern that
# recognises its JVM, whose command line holds <module>/target/quarkus-app/quarkus-run.jar.
# Instance 1 is the service's own handle and port; instance k > 1 runs as <service>-k on its port + 200 * (k - 1).
INSTANCE_PORT_STEP=200
handle() { if [[ "${2:-1}" == 1 ]]; then echo "$RUN/$1"; else echo "$RUN/$1-$2"; fi; }
port_of() { echo $(( SERVICE_PORT[$1] + INSTANCE_PORT_STEP * (${2:-1} - 1) )); }
app_of() { echo "$ROOT/$1/target/quarkus-app/quarkus-run.jar"; }
url_of() { echo "http://localhost:$(port_of "$1" "${2:-1}")"; }
# Ready is what SmallRye Health says: the service reaches its database and the broker.
ready() { http_ok "$(port_of "$1" "${2:-1}")" /q/health/ready; }
# The instances started earlier (and still recorded), so that down and status find a second instance too.
instances_of() {
  local service=$1 k
  echo 1
  for k in 2 3 4 5 6 7 8 9; do [[ -f "$(handle "$service" "$k").pid" ]] && echo "$k"; done
  return 0
}

build() {
  local build_log="$ROOT/.run/build.log" modules
  modules="$(IFS=,; echo "${SERVICES[*]}")"
  mkdir -p "$ROOT/.run"
  log "building the services (./mvnw package -DskipTests), log $(rel "$build_log") ..."
  if ! (cd "$ROOT" && ./mvnw -B package -DskipTests -pl "$modules" -am) > "$build_log" 2>&1; then
    err "the build failed; log: $(rel "$build_log")"
    log_tail "$build_log" 30
    exit 1
  fi
  log "build done"
}

start_service() {
  local service=$1 instance=${2:-1}
  if proc_alive "$(handle "$service" "$instance")" "$service"; then
    log "$service: already running (pid $(proc_pid "$(handle "$service" "$instance")")) at $(url_of "$service" "$instance")"
    return 0
  fi
  # Unlike the infrastructure, a service of someone else's on our port is no stand-in: it may be another version.
  if ready "$service" "$instance"; then
    err "$service: port $(port_of "$service" "$instance") is answering but was not started by this script; stop that first"
    exit 1
  fi
  # its module directory as the working directory, as `./mvnw quarkus:dev` would have it; every instance shares
  # the service's database and consumer group (the outbox relay's advisory lock lets one publish at a time)
  # shellcheck disable=SC2086 # JAVA_OPTS holds several options
  proc_start -C "$ROOT/$service" "$(handle "$service" "$instance")" "on port $(port_of "$service" "$instance")" \
    env QUARKUS_HTTP_PORT="$(port_of "$service" "$instance")" "$JAVA" $JAVA_OPTS -jar "$(app_of "$service")"
}

up() {
  local rebuild=0 service missing=0 started instances=1 k
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --rebuild) rebuild=1 ;;
      --instances) instances="${2:-}"; shift
        [[ "$instances" =~ ^[1-9]$ ]] || { err "--instances wants 1 to 9, not '$instances'"; exit 2; } ;;
      *) usage ;;
    esac
    shift
  done
  "$ROOT/deploy/infra.sh" start
  for service in "${SERVICES[@]}"; do [[ -f "$(app_of "$service")" ]] || missing=1; done
  if [[ "$rebuild" == 1 || "$missing" == 1 ]]; then build; fi
  started=$SECONDS
  # all five start at once and warm up side by side; then each is waited for
  for k in $(seq 1 "$instances"); do
    for service in "${SERVICES[@]}"; do start_service "$service" "$k"; done
  done
  for k in $(seq 1 "$instances"); do
    for service in "${SERVICES[@]}"; do
      proc_wait "$(handle "$service" "$k")" "$READY_TIMEOUT" "at $(url_of "$service" "$k")" ready "$service" "$k" \
        || exit 1
    done
  done
  if [[ "$instances" -gt 1 ]]; then
    log "$instances instances of every service: the second at ports $(port_of order-service 2)..$(port_of notification-service 2)"
  fi
  log "the stack is up (services ready in $((SECONDS - started)) s):"
  for service in "${SERVICES[@]}"; do
    log "$(printf '  %-13s %s  (%s)' "${service%-service}" "$(url_of "$service")" "${SERVICE_API[$service]}")"
  done
  log "  API docs      http://localhost:808x/q/swagger-ui   e-mails: http://localhost:8080/api/user/<address>/messages/"
  log "  text messages http://localhost:3026/messages   dead letters: http://localhost:808x/dead-letters"
  log "  Kafka 127.0.0.1:9092, topic fulfillment.saga-events; PostgreSQL 127.0.0.1:5432; SMTP 127.0.0.1:3025"
  log "  carrier webhooks are signed with a secret per carrier, e.g. SHIPPING_WEBHOOKS_DHL_SECRET=$SHIPPING_WEBHOOKS_DHL_SECRET (see README)"
  log '  every endpoint wants a token: curl -H "Authorization: Bearer $(deploy/token.sh grace)" ... (shop, ada, bob, grace, pat;'
  log "  README, Demo identities); the ops page http://localhost:8081/ops signs in as grace / grace-password"
}

down() {
  local all=0 service
  for arg in "$@"; do
    case "$arg" in
      --all) all=1 ;;
      *) usage ;;
    esac
  done
  for service in "${SERVICES[@]}"; do
    for k in $(instances_of "$service"); do
      proc_stop "$(handle "$service" "$k")" "$service"
    done
  done
  if [[ "$all" == 1 ]]; then "$ROOT/deploy/infra.sh" stop; fi
}

status() {
  local service rc=0
  for service in "${SERVICES[@]}"; do
    # a service answering on its port that we did not start counts as not running: `up` would refuse it
    for k in $(instances_of "$service"); do
      proc_status "$(handle "$service" "$k")" "$service" "at $(url_of "$service" "$k")" ready "$service" "$k" || rc=3
    done
  done
  "$ROOT/deploy/infra.sh" status || rc=3
  exit "$rc"
}

usage() {
  err "usage: deploy/stack.sh up [--rebuild] [--instances N] | down [--all] | status"
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
