#!/usr/bin/env bash
# Prints an access token of the local Keycloak (deploy/infra.sh starts it) for one of the demo identities:
#
#   deploy/token.sh shop      the shop's backend (client credentials of client "shop")
#   deploy/token.sh ada|bob   customers (ada@example.com, bob@example.com)
#   deploy/token.sh grace     ops
#   deploy/token.sh pat       warehouse
#
#   curl -H "Authorization: Bearer $(deploy/token.sh grace)" localhost:8081/approvals
#
# Environment: KEYCLOAK_URL (http://127.0.0.1:8180), REALM (fulfillment), SHOP_CLIENT_SECRET (shop-secret).
set -euo pipefail

name="${1:-}"
url="${KEYCLOAK_URL:-http://127.0.0.1:8180}/realms/${REALM:-fulfillment}/protocol/openid-connect/token"
case "$name" in
  shop) form=(-d grant_type=client_credentials -d client_id=shop -d "client_secret=${SHOP_CLIENT_SECRET:-shop-secret}") ;;
  ada | bob | grace | pat)
    form=(-d grant_type=password -d client_id=fulfillment-cli -d "username=$name" -d "password=$name-password"
      -d scope=openid) ;;
  *)
    echo "usage: deploy/token.sh shop|ada|bob|grace|pat" >&2
    exit 2 ;;
esac
answer="$(curl -s --fail-with-body "${form[@]}" "$url")" || {
  echo "token.sh: Keycloak at $url answered: ${answer:-nothing (is it running? deploy/infra.sh start)}" >&2
  exit 1
}
token="$(printf %s "$answer" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
[[ -n "$token" ]] || { echo "token.sh: no access token in: $answer" >&2; exit 1; }
printf '%s\n' "$token"
