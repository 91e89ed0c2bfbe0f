# shellcheck shell=bash
# The OpenID Connect provider of deploy/infra.sh (sourced by it): Keycloak from its Maven Central distribution, in
# development mode on 127.0.0.1:8180, with realm "fulfillment" imported from deploy/keycloak/fulfillment-realm.json
# (its demo identities: the README lists them) and its data under .run/keycloak. The services validate its tokens
# with quarkus-oidc; any other OIDC provider serves as well in production.

KEYCLOAK="$RUN/keycloak/keycloak"          # the process handle: keycloak.pid, keycloak.log
KEYCLOAK_LIBS="$RUN/keycloak/libs"         # the distribution's zip, as Maven fetched it
KEYCLOAK_HOME="$RUN/keycloak/dist"         # unpacked; its data/ holds the realm once imported
KEYCLOAK_PORT=8180
KEYCLOAK_REALM_FILE="$ROOT/deploy/keycloak/fulfillment-realm.json"
KEYCLOAK_START_TIMEOUT=180                 # about 20 s here; a first start on two busy cores takes longer

keycloak_start() {
  if proc_alive "$KEYCLOAK" keycloak && [[ "$(cat "$KEYCLOAK_HOME/data/.realm.sha256" 2>/dev/null)" != \
      "$(sha256sum "$KEYCLOAK_REALM_FILE" | cut -d' ' -f1)" ]]; then
    log "keycloak: the realm file changed since it was imported: restarting Keycloak to import it"
    keycloak_stop
  fi
  infra_running "$KEYCLOAK" keycloak "$KEYCLOAK_PORT" && return 0
  fetch_libs keycloak "$KEYCLOAK_LIBS"
  local zip realm_sum
  zip="$(ls "$KEYCLOAK_LIBS"/keycloak-quarkus-dist-*.zip 2>/dev/null | head -1)"
  [[ -n "$zip" ]] || { err "keycloak: no distribution in $(rel "$KEYCLOAK_LIBS")"; exit 1; }
  if [[ ! -x "$KEYCLOAK_HOME/bin/kc.sh" || "$(cat "$KEYCLOAK_HOME/.zip" 2>/dev/null)" != "$(basename "$zip")" ]]; then
    log "keycloak: unpacking $(basename "$zip") into $(rel "$KEYCLOAK_HOME")"
    rm -rf "$KEYCLOAK_HOME" "$RUN/keycloak/unpack"
    mkdir -p "$RUN/keycloak/unpack"
    if command -v unzip > /dev/null; then
      unzip -q "$zip" -d "$RUN/keycloak/unpack"
    else   # the JDK's jar tool reads zips as well
      (cd "$RUN/keycloak/unpack" && "$(dirname "$(command -v "$JAVA")")/jar" xf "$zip")
      chmod +x "$RUN/keycloak/unpack"/keycloak-*/bin/*.sh
    fi
    mv "$RUN/keycloak/unpack"/keycloak-* "$KEYCLOAK_HOME"
    rm -rf "$RUN/keycloak/unpack"
    basename "$zip" > "$KEYCLOAK_HOME/.zip"
  fi
  # a changed realm file is imported afresh: the dev database is dropped with it (it holds nothing else)
  realm_sum="$(sha256sum "$KEYCLOAK_REALM_FILE" | cut -d' ' -f1)"
  if [[ "$(cat "$KEYCLOAK_HOME/data/.realm.sha256" 2>/dev/null)" != "$realm_sum" ]]; then
    rm -rf "$KEYCLOAK_HOME/data"
    mkdir -p "$KEYCLOAK_HOME/data/import"
    cp "$KEYCLOAK_REALM_FILE" "$KEYCLOAK_HOME/data/import/"
    echo "$realm_sum" > "$KEYCLOAK_HOME/data/.realm.sha256"
  fi
  proc_start "$KEYCLOAK" "Keycloak (realm fulfillment, http://$HOST:$KEYCLOAK_PORT)" \
    env JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-host="$HOST" \
    --http-port="$KEYCLOAK_PORT" --import-realm
  proc_wait "$KEYCLOAK" "$KEYCLOAK_START_TIMEOUT" "at http://$HOST:$KEYCLOAK_PORT/realms/fulfillment" \
    http_ok "$KEYCLOAK_PORT" /realms/fulfillment/.well-known/openid-configuration || exit 1
}

keycloak_stop() { proc_stop "$KEYCLOAK" keycloak; }
keycloak_status() { infra_status "$KEYCLOAK" keycloak "$KEYCLOAK_PORT"; }
