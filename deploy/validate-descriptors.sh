#!/usr/bin/env bash
# Validates the deployment descriptors against their own schemas. (Every test run also checks them against the
# code and against deploy/services.txt, the one list of the services, in system-tests' DeploymentDescriptorsTest:
# which services, ports, probes, databases, the environment each service reads.)
#
#   deploy/validate-descriptors.sh
#
#   - deploy/k8s/*.yaml: every object against the Kubernetes API schemas, with the npm package kubernetes-models
#     (installed by npm into .run/descriptor-check on the first run; needs Node.js 18+ and the npm registry);
#   - deploy/docker-compose.yml: `docker compose config -q`, or `docker-compose config -q`, when one is installed
#     (Debian: apt-get install docker-compose); neither needs a running Docker engine.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/.run/descriptor-check"
log() { echo "[descriptors] $*"; }

command -v node > /dev/null || { log "node not found: install Node.js 18+ to check deploy/k8s"; exit 1; }
mkdir -p "$WORK"
cp "$ROOT/deploy/descriptor-check/package.json" "$ROOT/deploy/descriptor-check/validate-k8s.mjs" "$WORK/"
if [[ ! -d "$WORK/node_modules/kubernetes-models" ]]; then
  log "installing kubernetes-models with npm into ${WORK#"$ROOT"/} ..."
  (cd "$WORK" && npm install --silent --no-audit --no-fund)
fi
log "deploy/k8s against the Kubernetes API schemas:"
node "$WORK/validate-k8s.mjs" "$ROOT/deploy/k8s"

if docker compose version > /dev/null 2>&1; then
  compose=(docker compose)
elif command -v docker-compose > /dev/null; then
  compose=(docker-compose)
else
  log "docker compose not installed: deploy/docker-compose.yml not checked (apt-get install docker-compose)"
  exit 0
fi
"${compose[@]}" -f "$ROOT/deploy/docker-compose.yml" config -q
log "deploy/docker-compose.yml: valid (${compose[*]} config -q)"
