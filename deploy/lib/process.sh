#!/usr/bin/env bash
# The one way deploy/ starts a process in the background, waits until it is ready, reports on it and stops it:
# Kafka, PostgreSQL, the mailbox and the SMS gateway (deploy/infra.sh), the five services (deploy/stack.sh), and
# the services of the system tests (system-tests' RunningStack runs this file as a command).
#
# A process is named by a HANDLE, a path without extension: HANDLE.pid holds its pid, HANDLE.log its output, and
# the last part of the path is its name in messages (.run/kafka/kafka is "kafka").
#
#   proc_start [-C DIR] HANDLE WHAT COMMAND...   runs COMMAND (in DIR) detached; the previous log is kept as .log.1
#   proc_wait HANDLE TIMEOUT WHERE PROBE...      until PROBE succeeds; fails if the process exits or TIMEOUT passes
#   proc_stop HANDLE PATTERN [SIGNAL]            SIGNAL (TERM), then SIGKILL after PROC_STOP_TIMEOUT seconds
#   proc_status HANDLE PATTERN WHERE PROBE...    one line; returns 0 ours and ready, 1 ours but not ready,
#                                                2 not ours but PROBE succeeds, 3 nothing there
#   proc_alive HANDLE PATTERN                    true if HANDLE.pid names a live process whose command line has PATTERN
#   proc_kill NAME PID SIGNAL                    the stop of one pid, for processes without a pid file of ours
#   proc_pid HANDLE, pid_running PID             the pid in HANDLE.pid; true while PID runs (and is no zombie)
#   port_open HOST PORT, http_ok PORT PATH       probes: a TCP connect; an HTTP GET answered with 200
#
# WHERE says where the process answers, for messages: "on 127.0.0.1:9092", "at http://localhost:8081".
# Sourced, it sets nothing but these functions, log/err/log_tail/rel, ROOT and the PROC_* defaults; run as a
# command (deploy/lib/process.sh start|wait|stop|status ARGS...), it runs one of them. The functions return
# non-zero on failure instead of exiting, so the caller decides; every failure has printed why.
#
# Environment: PROC_TAG (the [tag] of every line), PROC_STOP_HINT (how to stop a process left running after a
# startup timeout, e.g. "deploy/infra.sh stop"), PROC_STOP_TIMEOUT (20).

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PROC_TAG="${PROC_TAG:-deploy}"
PROC_STOP_TIMEOUT="${PROC_STOP_TIMEOUT:-20}"
PROC_POLL=0.2   # seconds between two probes or two looks at a stopping process

log() { echo "[$PROC_TAG] $*"; }
err() { echo "[$PROC_TAG] $*" >&2; }
# Prints the end of a log file to stderr, each line prefixed, so that a failure shows its cause in place.
log_tail() { if [[ -f "$1" ]]; then tail -n "${2:-25}" "$1" | sed "s/^/[$PROC_TAG]   | /" >&2; fi; }
rel() { echo "${1#"$ROOT"/}"; }

# shellcheck disable=SC2016 # the inner bash expands $0 and $1
port_open() { timeout 2 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$1" "$2" 2>/dev/null; }

# Over bash's /dev/tcp, so that no curl is needed; the services answer /q/health/ready this way.
# shellcheck disable=SC2016 # the inner bash expands $0 and $1
http_ok() {
  timeout 3 bash -c '
    exec 3<>"/dev/tcp/127.0.0.1/$0" || exit 1
    printf "GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n" "$1" >&3
    head -n 1 <&3 | grep -q " 200"' "$1" "$2" 2>/dev/null
}

proc_pid() { cat "$1.pid" 2>/dev/null || true; }

# True while PID runs. A zombie does not count: a process whose parent has gone (the system tests start services
# through this file, which exits at once) is reaped by init, and not every container's init reaps; kill -0
# alone would wait for a dead zombie until the timeout.
pid_running() {
  local state
  [[ "$1" =~ ^[0-9]+$ ]] && kill -0 "$1" 2>/dev/null || return 1
  state="$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1)"
  [[ "$state" != Z ]]
}

# PATTERN guards against a stale pid file whose pid the system has since given to something else.
proc_alive() {
  local pid
  pid="$(proc_pid "$1")"
  pid_running "$pid" || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$2"
}

# How long PID has run, e.g. "4.2s", from the kernel's start time of the process: right even when the process
# was started by another invocation (stack.sh starts five services, then waits for each).
proc_age() {
  local stat up
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || { echo "?"; return 0; }
  read -r up _ < /proc/uptime
  # field 22 of stat is the start time in clock ticks since boot; after "pid (comm) " it is the 20th
  awk -v up="$up" -v hz="$(getconf CLK_TCK)" -v start="$(echo "${stat##*) }" | cut -d' ' -f20)" \
    'BEGIN { printf "%.1fs", up - start / hz }'
}

proc_start() {
  local dir=. handle what name
  if [[ "${1:-}" == -C ]]; then dir=$2; shift 2; fi
  handle=$1 what=$2
  shift 2
  name="$(basename "$handle")"
  mkdir -p "$(dirname "$handle")"
  if [[ -f "$handle.log" ]]; then mv -f "$handle.log" "$handle.log.1"; fi   # keep the previous run's log
  log "$name: starting $what, log $(rel "$handle.log")"
  # A subshell that execs, so that $! is the process itself (nohup execs COMMAND in turn), and detached from the
  # terminal: the process outlives this script, which is the point.
  (cd "$dir" && exec nohup "$@") > "$handle.log" 2>&1 < /dev/null &
  echo "$!" > "$handle.pid"
  disown "$!"   # not a job of this script: bash would otherwise report its end ("Killed") on the terminal
}

proc_wait() {
  local handle=$1 timeout=$2 where=$3 name pid deadline
  shift 3
  name="$(basename "$handle")"
  pid="$(proc_pid "$handle")"
  deadline=$((SECONDS + timeout))
  while true; do
    if ! pid_running "$pid"; then
      rm -f "$handle.pid"
      err "$name: exited during startup; log: $(rel "$handle.log")"
      log_tail "$handle.log"
      return 1
    fi
    if "$@"; then
      log "$name: ready $where (pid $pid) after $(proc_age "$pid")"
      return 0
    fi
    if ((SECONDS >= deadline)); then
      # left running: a slow machine may still get there, and its log may tell why it does not
      err "$name: not ready $where after ${timeout}s" \
          "(pid $pid left running${PROC_STOP_HINT:+; stop it with: $PROC_STOP_HINT}); log: $(rel "$handle.log")"
      log_tail "$handle.log"
      return 1
    fi
    sleep "$PROC_POLL"
  done
}

proc_kill() {
  local name=$1 pid=$2 sig=$3 i
  kill "-$sig" "$pid" 2>/dev/null || return 0
  for ((i = 0; i < PROC_STOP_TIMEOUT * 5; i++)); do
    pid_running "$pid" || { log "$name: stopped (pid $pid)"; return 0; }
    sleep "$PROC_POLL"
  done
  err "$name: pid $pid still running after ${PROC_STOP_TIMEOUT}s, sending SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
  for ((i = 0; i < 25; i++)); do pid_running "$pid" || break; sleep "$PROC_POLL"; done
  log "$name: killed (pid $pid)"
}

proc_stop() {
  local handle=$1 pattern=$2 sig=${3:-TERM} name pid
  name="$(basename "$handle")"
  if proc_alive "$handle" "$pattern"; then
    pid="$(proc_pid "$handle")"
    log "$name: stopping (pid $pid)"
    proc_kill "$name" "$pid" "$sig"
  else
    log "$name: not running"
  fi
  rm -f "$handle.pid"
}

proc_status() {
  local handle=$1 pattern=$2 where=$3 name
  shift 3
  name="$(basename "$handle")"
  if proc_alive "$handle" "$pattern"; then
    if "$@"; then
      log "$name: running (pid $(proc_pid "$handle")) $where, log $(rel "$handle.log")"
      return 0
    fi
    log "$name: running (pid $(proc_pid "$handle")) but not ready $where; log $(rel "$handle.log")"
    return 1
  fi
  if "$@"; then
    log "$name: something not started by this script answers $where"
    return 2
  fi
  log "$name: stopped (nothing $where)"
  return 3
}

# Run as a command: one function per invocation, for callers that are not bash (system-tests' RunningStack).
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  case "${1:-}" in
    start | wait | stop | status)
      command=$1
      shift
      "proc_$command" "$@"
      ;;
    *)
      err "usage: deploy/lib/process.sh start|wait|stop|status ARGS... (see the top of this file)"
      exit 2
      ;;
  esac
fi
