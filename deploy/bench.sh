#!/usr/bin/env bash
# The saga benchmark (deploy/bench/Benchmark.java: what it measures and how), against the stack of
# `deploy/stack.sh up`. Only the JDK is needed: the sources are compiled into .run/bench first.
#   deploy/bench.sh --rate 5 --duration 60
#   deploy/bench.sh --sweep 2,4,6,8,10,15 --duration 60
#   deploy/bench.sh --burst 40 --duration 30 --patience 120   (first, middle and last tenth's latency)
# After the load it measures the machine's ceiling (pgbench, Kafka's ProducerPerformance): --ceiling off skips it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mkdir -p .run/bench
javac -d .run/bench deploy/bench/*.java
exec java -Xmx512m -cp .run/bench Benchmark "$@"
