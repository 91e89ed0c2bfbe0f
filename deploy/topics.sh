#!/usr/bin/env bash
# A look into the saga's Kafka topics for ops, with Apache Kafka's own tools (no install: the jars come with
# deploy/infra.sh). The broker is KAFKA_BOOTSTRAP_SERVERS (default 127.0.0.1:9092). It only reads.
#
#   deploy/topics.sh list                   the topics, with partitions
#   deploy/topics.sh watch [topic]          follow the saga topic (or another) live: key, event type, envelope
#   deploy/topics.sh dead-letters SERVICE   what SERVICE could not process, each with its reason, then exit
#                                           (the service retries them: POST /dead-letters/retry)
#   deploy/topics.sh lag                    how far each service's consumer is behind
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LIBS="$ROOT/.run/kafka/libs"
SERVERS="${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}"
TOPIC="${FULFILLMENT_EVENTS_TOPIC:-fulfillment.saga-events}"
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi

log() { echo "[topics] $*" >&2; }

tools() {
  if ! ls "$LIBS"/kafka-tools-[0-9]*.jar > /dev/null 2>&1; then
    log "fetching Kafka's tools into ${LIBS#"$ROOT"/} ..."
    (cd "$ROOT" && ./mvnw -B -q -f deploy/infra/pom.xml -Pkafka dependency:copy-dependencies \
        -DincludeScope=runtime -DoutputDirectory="$LIBS") >&2
  fi
  "$JAVA" -Xmx256m -cp "$LIBS/*" -Dlog4j2.configurationFile="$ROOT/deploy/infra/tools-log4j2.properties" "$@"
}

dead_letter_topic() {
  [[ -n "${1:-}" ]] || { log "name the service, e.g. billing-service"; exit 2; }
  echo "$TOPIC.$1.dead-letter"
}

case "${1:-}" in
  list)
    tools org.apache.kafka.tools.TopicCommand --bootstrap-server "$SERVERS" --describe --exclude-internal \
      | grep -E '^Topic:' || true
    ;;
  watch)
    log "following ${2:-$TOPIC} (Ctrl-C to stop)"
    tools org.apache.kafka.tools.consumer.ConsoleConsumer --bootstrap-server "$SERVERS" --topic "${2:-$TOPIC}" \
      --property print.timestamp=true --property print.key=true --property print.headers=true
    ;;
  dead-letters)
    topic="$(dead_letter_topic "${2:-}")"
    log "dead letters of $2 on $topic, from the beginning (headers carry dead-letter-reason and -cause)"
    tools org.apache.kafka.tools.consumer.ConsoleConsumer --bootstrap-server "$SERVERS" --topic "$topic" \
      --from-beginning --timeout-ms 15000 --property print.key=true --property print.headers=true || true
    ;;
  lag)
    tools org.apache.kafka.tools.consumer.group.ConsumerGroupCommand --bootstrap-server "$SERVERS" --describe \
      --all-groups 2>/dev/null | grep -E '^(GROUP|[a-z]+-service) ' || true
    ;;
  *)
    sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
