# shellcheck shell=bash
# The Kafka broker of deploy/infra.sh (sourced by it): Apache Kafka in KRaft mode, one node that is broker and
# controller, run from its Maven Central jars with its data in .run/kafka/data.

KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms256m -Xmx768m}"
KAFKA_DIR="$RUN/kafka"
KAFKA="$KAFKA_DIR/kafka"        # the process handle: kafka.pid, kafka.log
KAFKA_LIBS="$KAFKA_DIR/libs"
KAFKA_DATA="$KAFKA_DIR/data"
KAFKA_START_TIMEOUT=60

kafka_write_config() {
  mkdir -p "$KAFKA_DATA"
  cat > "$KAFKA_DIR/server.properties" <<EOF
# Written by deploy/infra.sh on every start; edit deploy/lib/kafka.sh, not this file.
# No topic is created by being used: each service declares the saga topic and its dead-letter topic when it starts
# (platform-kit's EventTopics), so a topic nobody declared fails loudly instead of appearing with defaults.
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
auto.create.topics.enable=false
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

# KRaft storage must be formatted once, with a cluster id of its own, before the first start.
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
  local fresh=$1
  if [[ "$fresh" == 1 ]] && proc_alive "$KAFKA" kafka.Kafka; then
    log "kafka: --fresh-kafka: stopping the running broker to wipe its data"
    kafka_stop
  fi
  infra_running "$KAFKA" kafka.Kafka "$KAFKA_PORT" "(set KAFKA_PORT to start our own broker elsewhere)" && return 0
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
  # shellcheck disable=SC2086 # KAFKA_HEAP_OPTS holds several options
  proc_start "$KAFKA" "broker on $HOST:$KAFKA_PORT (controller $HOST:$KAFKA_CONTROLLER_PORT)" \
    "$JAVA" $KAFKA_HEAP_OPTS -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+ExitOnOutOfMemoryError \
    -Djava.awt.headless=true -Dlog4j2.configurationFile="$KAFKA_DIR/log4j2.properties" \
    -cp "$KAFKA_LIBS/*" kafka.Kafka "$KAFKA_DIR/server.properties"
  proc_wait "$KAFKA" "$KAFKA_START_TIMEOUT" "on $HOST:$KAFKA_PORT" port_open "$HOST" "$KAFKA_PORT" || exit 1
}

kafka_stop() { proc_stop "$KAFKA" kafka.Kafka; }
kafka_status() { infra_status "$KAFKA" kafka.Kafka "$KAFKA_PORT"; }
