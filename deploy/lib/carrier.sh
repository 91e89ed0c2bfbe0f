# shellcheck shell=bash
# The local carrier platform of deploy/infra.sh (sourced by it): deploy/infra/CarrierPlatform.java speaks the part
# of EasyPost's v2 API that shipping-service uses, on HTTPS (the EasyPost Java client opens nothing else), so that
# no label is bought from a real carrier. Clients trust its self-signed certificate through
# .run/carrier/tls/truststore.p12 (password: CARRIER_TLS_PASSWORD), curl with
# --cacert .run/carrier/tls/carrier-platform.crt.
# Its settings (CARRIER_PLATFORM_API_KEYS, _STEP_SECONDS, _WEBHOOK_URLS, _WEBHOOK_SECRET, ...; see the header of
# CarrierPlatform.java) pass through from the environment of deploy/infra.sh start.

CARRIER="$RUN/carrier/carrier"   # the process handle: carrier.pid, carrier.log
CARRIER_LIBS="$RUN/carrier/libs"
CARRIER_CLASSES="$RUN/carrier/classes"
CARRIER_TLS="$RUN/carrier/tls"
CARRIER_TLS_PASSWORD=local-carrier-platform
CARRIER_PORT="${CARRIER_PLATFORM_PORT:-3027}"
CARRIER_SOURCES=("$ROOT/deploy/infra/CarrierPlatform.java" "$ROOT"/deploy/infra/carrier/*.java)
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/javac" ]]; then JDK_BIN="$JAVA_HOME/bin"; else
  JDK_BIN="$(dirname "$(readlink -f "$(command -v "$JAVA")")")"; fi

# A key pair for 127.0.0.1 and localhost, and the trust store that holds its certificate; made once.
carrier_tls() {
  [[ -f "$CARRIER_TLS/keystore.p12" && -f "$CARRIER_TLS/truststore.p12" ]] && return 0
  rm -rf "$CARRIER_TLS"
  mkdir -p "$CARRIER_TLS"
  log "carrier: making a self-signed certificate for $HOST and localhost in $(rel "$CARRIER_TLS")"
  if ! { "$JDK_BIN/keytool" -genkeypair -alias carrier-platform -keyalg EC -groupname secp256r1 -validity 3650 \
            -dname "CN=localhost, O=Local carrier platform" -ext "san=ip:$HOST,dns:localhost,dns:carrier-platform" \
            -keystore "$CARRIER_TLS/keystore.p12" -storetype PKCS12 -storepass "$CARRIER_TLS_PASSWORD" &&
          "$JDK_BIN/keytool" -exportcert -rfc -alias carrier-platform -keystore "$CARRIER_TLS/keystore.p12" \
            -storepass "$CARRIER_TLS_PASSWORD" -file "$CARRIER_TLS/carrier-platform.crt" &&
          "$JDK_BIN/keytool" -importcert -noprompt -alias carrier-platform -file "$CARRIER_TLS/carrier-platform.crt" \
            -keystore "$CARRIER_TLS/truststore.p12" -storetype PKCS12 -storepass "$CARRIER_TLS_PASSWORD"
        } > "$RUN/carrier/keytool.log" 2>&1; then
    err "carrier: keytool could not make the certificate; log: $(rel "$RUN/carrier/keytool.log")"
    log_tail "$RUN/carrier/keytool.log"
    rm -rf "$CARRIER_TLS"
    exit 1
  fi
}

# Compiled once per change of its sources: the platform is several files, more than java's source launcher runs.
carrier_compile() {
  local sum
  sum="$(cat "${CARRIER_SOURCES[@]}" "$POM" | sha256sum | cut -d' ' -f1)"
  [[ -f "$CARRIER_CLASSES/.sources.sha256" && "$(cat "$CARRIER_CLASSES/.sources.sha256")" == "$sum" ]] && return 0
  log "carrier: compiling deploy/infra/CarrierPlatform.java and deploy/infra/carrier/ into $(rel "$CARRIER_CLASSES")"
  rm -rf "$CARRIER_CLASSES"
  mkdir -p "$CARRIER_CLASSES"
  if ! "$JDK_BIN/javac" -nowarn -d "$CARRIER_CLASSES" -cp "$CARRIER_LIBS/*" "${CARRIER_SOURCES[@]}" \
        > "$RUN/carrier/javac.log" 2>&1; then
    err "carrier: compiling deploy/infra/CarrierPlatform.java failed; log: $(rel "$RUN/carrier/javac.log")"
    log_tail "$RUN/carrier/javac.log"
    exit 1
  fi
  echo "$sum" > "$CARRIER_CLASSES/.sources.sha256"
}

carrier_start() {
  infra_running "$CARRIER" CarrierPlatform "$CARRIER_PORT" && return 0
  fetch_libs carrier "$CARRIER_LIBS"
  carrier_tls
  carrier_compile
  proc_start "$CARRIER" "the local carrier platform (EasyPost v2, https://$HOST:$CARRIER_PORT/v2)" \
    env CARRIER_PLATFORM_HOST="$HOST" CARRIER_PLATFORM_PORT="$CARRIER_PORT" \
    CARRIER_PLATFORM_KEYSTORE="$CARRIER_TLS/keystore.p12" CARRIER_PLATFORM_KEYSTORE_PASSWORD="$CARRIER_TLS_PASSWORD" \
    "$JAVA" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$CARRIER_CLASSES:$CARRIER_LIBS/*" CarrierPlatform
  proc_wait "$CARRIER" "$SERVER_START_TIMEOUT" "on $HOST:$CARRIER_PORT" port_open "$HOST" "$CARRIER_PORT" || exit 1
}

carrier_stop() { proc_stop "$CARRIER" CarrierPlatform; }
carrier_status() { infra_status "$CARRIER" CarrierPlatform "$CARRIER_PORT"; }
