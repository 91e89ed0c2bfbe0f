# shellcheck shell=bash disable=SC2034 # the arrays are for the scripts that source this file
# Reads deploy/services.txt, the one list of the services, into
#   SERVICES                the modules, in the order they start
#   SERVICE_PORT[module]    its HTTP port
#   SERVICE_DATABASE[module] its database
#   SERVICE_API[module]     what `deploy/stack.sh up` shows of its API
# Sourced by deploy/stack.sh and deploy/lib/postgres.sh; system-tests read the same file in Java (RunningStack).

SERVICES_FILE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/services.txt"
SERVICES=()
declare -A SERVICE_PORT=() SERVICE_DATABASE=() SERVICE_API=()

services_load() {
  local module port database api
  [[ -r "$SERVICES_FILE" ]] || { echo "cannot read $SERVICES_FILE" >&2; return 1; }
  # the API column is the rest of the line, spaces and all
  while read -r module port database api; do
    [[ -z "$module" || "$module" == \#* ]] && continue
    if [[ ! "$port" =~ ^[0-9]+$ || -z "$database" ]]; then
      echo "$SERVICES_FILE: '$module' needs a port and a database" >&2
      return 1
    fi
    SERVICES+=("$module")
    SERVICE_PORT[$module]=$port
    SERVICE_DATABASE[$module]=$database
    SERVICE_API[$module]=$api
  done < "$SERVICES_FILE"
}
services_load
