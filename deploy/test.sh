#!/usr/bin/env bash
# Runs every test of the platform: unit tests, each service's @QuarkusTests against the real Kafka broker and
# PostgreSQL, and the system tests that start the five packaged services and drive orders through them.
# Starts the infrastructure it needs first (deploy/infra.sh start: idempotent), and installs the browser the ops
# page's test drives (Debian's chromium, npm playwright-core) when it is missing. Extra arguments go to Maven,
# e.g. deploy/test.sh -pl order-service -am, or deploy/test.sh -DskipITs.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

"$ROOT/deploy/infra.sh" start
# shellcheck source=lib/browser.sh
source "$ROOT/deploy/lib/browser.sh"
ensure_browser "$ROOT"
started=$SECONDS
echo "[test] ./mvnw -B verify $*"
status=0
./mvnw -B verify "$@" || status=$?
echo "[test] finished in $((SECONDS - started)) s with exit code $status"
exit "$status"
