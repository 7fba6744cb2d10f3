#!/usr/bin/env bash
# Local infrastructure for development and tests, without Docker:
#   - Apache Kafka (single-node KRaft broker+controller), jars resolved from Maven Central by
#     infra/local/kafka/pom.xml, run with the machine's Java 17+;
#   - FerretDB v1 (MongoDB wire protocol), built from the Go module proxy by the small wrapper module
#     infra/local/ferretdb (see its main.go for why a wrapper), on one of two backends chosen by
#     LOCAL_DB_BACKEND: `sqlite` (default: one file per database, nothing to install) or `postgresql`
#     (a private PostgreSQL cluster run from the machine's binaries, e.g. Debian's postgresql-15).
#     README "Local database profiles" says why the default stays SQLite for now.
#
# Usage:
#   infra/local/stack.sh up              build/resolve once (cached), start both, wait until they answer
#   infra/local/stack.sh down [--purge]  stop both; --purge also deletes their data (not the builds)
#   infra/local/stack.sh status          one line per part; exit 0 if everything is up, 3 otherwise
#   infra/local/stack.sh logs [-f] [kafka|ferretdb|postgres]   last lines of the logs (-f: follow)
#
# Every command is idempotent: `up` on a running stack only checks it, `down` on a stopped one is a no-op.
#
# Environment:
#   KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093), MONGO_PORT (27017)   loopback ports
#   LOCAL_DB_BACKEND (sqlite)            FerretDB's backend: sqlite or postgresql. Read when FerretDB
#                                        starts: a running FerretDB keeps its backend until down + up
#   POSTGRES_PORT (5433)                 loopback port of the private PostgreSQL (5433: not Debian's
#                                        system cluster's 5432)
#   POSTGRES_BIN_DIR                     where initdb/postgres/pg_isready are (default: the newest
#                                        /usr/lib/postgresql/*/bin, else the PATH)
#   POSTGRES_OS_USER (postgres)          as root only: the system user PostgreSQL runs as (it refuses root)
#   LOCAL_DIR (<repo>/.local)            where builds, data, logs and pid files live (gitignored)
#   KAFKA_BROKERS                        set: use that Kafka, do not start the local one
#   MONGO_URL                            set: use that MongoDB, do not start the local FerretDB
#   STACK_READY_TIMEOUT (90)             seconds to wait for each part to answer
#   KAFKA_HEAP_OPTS (-Xms256m -Xmx512m), FERRETDB_LOG_LEVEL (warn)
#
# Layout under LOCAL_DIR:
#   kafka/libs/          broker jars (+ .stamp)       kafka/data/        KRaft log dirs
#   kafka/cluster-id     generated once               kafka/server.properties  rendered from the template
#   bin/ferretdb         built binary (+ .stamp)      ferretdb/data/     one SQLite file per database
#   postgres/data/       PostgreSQL cluster (initdb once; owned by POSTGRES_OS_USER when run as root)
#   postgres/run/        its Unix socket
#   logs/{kafka,ferretdb,postgres}.log (previous run: *.log.1), logs/build-{kafka,ferretdb}.log
#   run/{kafka,ferretdb,postgres}.pid, run/stack.lock
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)

LOCAL_DIR=${LOCAL_DIR:-$REPO_ROOT/.local}
mkdir -p "$LOCAL_DIR"
LOCAL_DIR=$(cd "$LOCAL_DIR" && pwd) # absolute: it ends up in command lines we match on later

HOST=127.0.0.1
KAFKA_PORT=${KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}
MONGO_PORT=${MONGO_PORT:-27017}
READY_TIMEOUT=${STACK_READY_TIMEOUT:-90}
KAFKA_HEAP_OPTS=${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}
FERRETDB_LOG_LEVEL=${FERRETDB_LOG_LEVEL:-warn}
LOCAL_DB_BACKEND=${LOCAL_DB_BACKEND:-sqlite}
POSTGRES_PORT=${POSTGRES_PORT:-5433}
POSTGRES_OS_USER=${POSTGRES_OS_USER:-postgres}

KAFKA_SRC=$SCRIPT_DIR/kafka
FERRET_SRC=$SCRIPT_DIR/ferretdb
KAFKA_HOME=$LOCAL_DIR/kafka
KAFKA_LIBS=$KAFKA_HOME/libs
KAFKA_DATA=$KAFKA_HOME/data
KAFKA_PROPS=$KAFKA_HOME/server.properties
FERRET_BIN=$LOCAL_DIR/bin/ferretdb
FERRET_HOME=$LOCAL_DIR/ferretdb
FERRET_DATA=$FERRET_HOME/data
PG_HOME=$LOCAL_DIR/postgres
PG_DATA=$PG_HOME/data
PG_SOCKET_DIR=$PG_HOME/run
# FerretDB's own PostgreSQL role and database (trust authentication on loopback: a local dev store).
PG_ROLE=ferretdb
PG_DATABASE=ferretdb
LOG_DIR=$LOCAL_DIR/logs
RUN_DIR=$LOCAL_DIR/run

# Go is often installed outside the default PATH (e.g. /usr/local/go/bin).
[[ -d /usr/local/go/bin ]] && PATH=$PATH:/usr/local/go/bin

# ---------------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------------
say() { printf '[stack] %s\n' "$*"; }
warn() { printf '[stack] WARNING: %s\n' "$*" >&2; }
die() { printf '[stack] ERROR: %s\n' "$*" >&2; exit 1; }

# Seconds since the epoch with sub-second precision (bash 5's EPOCHREALTIME, else GNU date).
now() { if [[ -n ${EPOCHREALTIME:-} ]]; then echo "${EPOCHREALTIME/,/.}"; else date +%s.%N; fi; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1fs", b - a }'; }

# Paths relative to the repo when possible: shorter messages.
rel() { local p=$1; [[ $p == "$REPO_ROOT"/* ]] && p=${p#"$REPO_ROOT"/}; echo "$p"; }

need_cmd() { # need_cmd CMD HOW-TO-INSTALL
  command -v "$1" >/dev/null 2>&1 || die "'$1' not found on PATH; $2"
}

sha() { cat "$@" | sha256sum | cut -c1-16; }

# Print the last lines of a log to stderr (used when something fails).
show_tail() { # show_tail FILE [N]
  [[ -f $1 ]] || return 0
  printf '[stack] ---- last %s lines of %s ----\n' "${2:-30}" "$(rel "$1")" >&2
  tail -n "${2:-30}" "$1" | cut -c1-400 >&2
  printf '[stack] ----\n' >&2
}

# --- processes and ports ---------------------------------------------------------------------------
pid_alive() { [[ -n ${1:-} ]] && kill -0 "$1" 2>/dev/null; }

cmdline() { tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | sed 's/ *$//' || true; }

# A process is "ours" when its command line contains the marker: the absolute path of our own
# server.properties / ferretdb binary under LOCAL_DIR. This keeps us from ever signalling a process
# that merely reused a stale pid, or someone else's Kafka/MongoDB.
marker() { case $1 in kafka) echo "$KAFKA_PROPS" ;; ferretdb) echo "$FERRET_BIN" ;; postgres) echo "-D $PG_DATA" ;; esac; }
is_ours() { # is_ours NAME PID
  pid_alive "$2" && [[ $(cmdline "$2") == *"$(marker "$1")"* ]]
}

# Is anything listening on this loopback TCP port?
port_listening() {
  if command -v ss >/dev/null 2>&1; then
    [[ -n $(ss -Hltn "sport = :$1" 2>/dev/null) ]]
  else
    (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null
  fi
}

# "pid=123 (java ...)" for the process listening on a port (needs ss; root sees every process).
port_owner_pid() {
  command -v ss >/dev/null 2>&1 || return 0
  ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n1 | cut -d= -f2 || true
}
describe_port_owner() {
  local pid
  pid=$(port_owner_pid "$1")
  if [[ -n $pid ]]; then
    echo "pid $pid: $(cmdline "$pid" | cut -c1-200)"
  elif command -v ss >/dev/null 2>&1; then
    ss -Hltnp "sport = :$1" 2>/dev/null | head -n1 | tr -s ' '
  else
    echo "unknown process (install iproute2 for 'ss' to see which)"
  fi
}

# The pid of our running NAME, or nothing. Trusts the pid file only if the process is really ours;
# otherwise looks at who owns the main port (covers a lost pid file) and re-adopts it if it is ours.
find_pid() { # find_pid NAME PORT
  local name=$1 port=$2 pidfile="$RUN_DIR/$1.pid" pid=""
  [[ -f $pidfile ]] && pid=$(<"$pidfile")
  if [[ -n $pid ]] && is_ours "$name" "$pid"; then echo "$pid"; return 0; fi
  rm -f "$pidfile" # missing or stale
  pid=$(port_owner_pid "$port")
  if [[ -n $pid ]] && is_ours "$name" "$pid"; then
    echo "$pid" >"$pidfile"
    echo "$pid"
  fi
}

# Protocol-level probe (a real Mongo ping / Kafka ApiVersions, FindCoordinator...; see probe.js) when
# node is available, else a TCP connect only.
probe() { # probe mongo|kafka|kafka-group|kafka-txn|kafka-pid|postgres PORT
  if [[ $1 == postgres ]]; then
    "$(pg_bindir)/pg_isready" -q -h "$HOST" -p "$2" -U "$PG_ROLE" -d postgres -t 3
  elif command -v node >/dev/null 2>&1; then
    node "$SCRIPT_DIR/probe.js" "$1" "$HOST" "$2" 2>/dev/null
  else
    (exec 3<>"/dev/tcp/$HOST/$2") 2>/dev/null
  fi
}

# Refuse to start when a port we need is held by someone else.
require_free_port() { # require_free_port PORT WHAT
  if port_listening "$1"; then
    die "port $1 ($2) is already in use by $(describe_port_owner "$1").
        Stop that process, or choose other ports (KAFKA_PORT, KAFKA_CONTROLLER_PORT, MONGO_PORT),
        or point the services at it with KAFKA_BROKERS / MONGO_URL."
  fi
}

# Start a command fully detached: own session (setsid: no controlling terminal, not in the caller's
# process group, so Ctrl-C or a test runner killing its group does not take it down), SIGHUP ignored
# (nohup), stdin from /dev/null, output appended to its log, and fd 9 (our lock) closed so the daemon
# does not keep holding the lock. In a non-interactive script a background job is not a process-group
# leader, so setsid and nohup exec in place and $! is the daemon's own pid.
start_detached() { # start_detached NAME LOG WORKDIR CMD...
  local name=$1 log=$2 dir=$3
  shift 3
  (cd "$dir" && exec setsid nohup "$@" >>"$log" 2>&1 </dev/null 9>&-) &
  echo $! >"$RUN_DIR/$name.pid"
}

# Keep the previous run's log as NAME.log.1; the new run starts a fresh file (readiness greps it).
rotate_log() { [[ -f $1 ]] && mv -f "$1" "$1.1"; : >"$1"; }

# ---------------------------------------------------------------------------------------------------
# Kafka
# ---------------------------------------------------------------------------------------------------
pom_prop() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$KAFKA_SRC/pom.xml" | head -n1; }

check_java() {
  need_cmd java "install a Java 17+ runtime (Debian: apt-get install -y openjdk-17-jre-headless)"
  local v
  v=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)
  [[ -n $v && $v -ge 17 ]] || die "Kafka 4 needs Java 17 or newer; 'java -version' says: $(java -version 2>&1 | head -n1)"
}

# Resolve the broker jars once; the stamp holds the pinned versions and a hash of the pom, so any
# version bump (or other pom change) re-resolves on the next `up`.
kafka_stamp() {
  echo "kafka=$(pom_prop kafka.version) log4j=$(pom_prop log4j.version) slf4j=$(pom_prop slf4j.version) pom=$(sha "$KAFKA_SRC/pom.xml")"
}
kafka_libs_current() { [[ -f $KAFKA_LIBS/.stamp && $(<"$KAFKA_LIBS/.stamp") == "$(kafka_stamp)" ]]; }

ensure_kafka_libs() {
  kafka_libs_current && return 0
  need_cmd mvn "install Maven 3.8+ (Debian: apt-get install -y maven)"
  local t0 log="$LOG_DIR/build-kafka.log" tmp="$KAFKA_HOME/libs.tmp" why="first run"
  [[ -d $KAFKA_LIBS ]] && why="pinned versions changed"
  t0=$(now)
  say "resolving Apache Kafka $(pom_prop kafka.version) broker jars from Maven Central ($why, ~20-60s)…"
  rm -rf "$tmp"
  # copy-dependencies only copies jars: no compilation, and nothing is written next to the pom.
  # Into a temporary dir first, so an interrupted download never looks like a complete cache.
  # The full Maven output goes to the build log; the terminal shows one line per downloaded artifact
  # (progress) and the result. Success is judged from the log below, not from this pipeline.
  (cd "$KAFKA_SRC" && mvn -B -Dstyle.color=never dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$tmp") 2>&1 | tee "$log" |
    grep --line-buffered -E 'Downloaded from|BUILD (SUCCESS|FAILURE)' || true
  if ! grep -q 'BUILD SUCCESS' "$log" || ! ls "$tmp"/kafka_2.13-*.jar >/dev/null 2>&1; then
    show_tail "$log" 40
    die "resolving the Kafka jars failed (full log: $(rel "$log")). Is Maven Central reachable?"
  fi
  rm -rf "$KAFKA_LIBS"
  mv "$tmp" "$KAFKA_LIBS"
  kafka_stamp >"$KAFKA_LIBS/.stamp"
  say "kafka jars ready in $(since "$t0") ($(find "$KAFKA_LIBS" -name '*.jar' | wc -l) jars, $(du -sh "$KAFKA_LIBS" | cut -f1))"
}

# The JVM command line shared by the broker and the storage tool (the classpath wildcard is expanded
# by java itself). KAFKA_HEAP_OPTS is split into words on purpose. G1 with short pauses, as Kafka's
# own start script does.
kafka_java_cmd() {
  local heap
  read -r -a heap <<<"$KAFKA_HEAP_OPTS"
  KAFKA_JAVA=(java "${heap[@]}" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true
    -Dlog4j2.configurationFile="$KAFKA_SRC/log4j2.yaml" -cp "$KAFKA_LIBS/*")
}
kafka_java() { kafka_java_cmd; "${KAFKA_JAVA[@]}" "$@"; } # kafka_java MAINCLASS ARGS...

# Render server.properties from the template (only these three placeholders are replaced).
render_kafka_props() {
  sed -e "s|\${KAFKA_PORT}|$KAFKA_PORT|g" \
      -e "s|\${KAFKA_CONTROLLER_PORT}|$KAFKA_CONTROLLER_PORT|g" \
      -e "s|\${KAFKA_DATA_DIR}|$KAFKA_DATA|g" \
      "$KAFKA_SRC/server.properties.template" >"$KAFKA_PROPS.tmp"
  mv -f "$KAFKA_PROPS.tmp" "$KAFKA_PROPS"
}

# KRaft storage must be formatted once with a cluster id before the first start.
format_kafka_storage() {
  local idfile="$KAFKA_HOME/cluster-id" log="$LOG_DIR/kafka-format.log" cid
  if [[ -f $KAFKA_DATA/meta.properties ]]; then
    # Already formatted; keep cluster-id in sync if the file went missing.
    [[ -s $idfile ]] || sed -n 's/^cluster.id=//p' "$KAFKA_DATA/meta.properties" >"$idfile"
    return 0
  fi
  if [[ ! -s $idfile ]]; then
    # A cluster id is 16 random bytes in unpadded base64url (22 characters); the tool's own output
    # line is picked out from any log lines around it.
    kafka_java kafka.tools.StorageTool random-uuid 2>/dev/null | grep -E '^[A-Za-z0-9_-]{22}$' | tail -n1 >"$idfile" || true
    [[ -s $idfile ]] || die "could not generate a Kafka cluster id (kafka.tools.StorageTool random-uuid)"
  fi
  cid=$(<"$idfile")
  mkdir -p "$KAFKA_DATA"
  # Static voter set (controller.quorum.voters in the template) => no --standalone here; that flag
  # is only for the dynamic quorum (controller.quorum.bootstrap.servers).
  if ! kafka_java kafka.tools.StorageTool format --cluster-id "$cid" --config "$KAFKA_PROPS" \
      --ignore-formatted >"$log" 2>&1; then
    show_tail "$log" 20
    die "formatting Kafka storage failed (full log: $(rel "$log"))"
  fi
  say "kafka storage formatted (cluster id $cid): $(grep -E '^Formatting|already formatted' "$log" | head -n1)"
}

kafka_up() {
  if [[ -n ${KAFKA_BROKERS:-} ]]; then
    say "KAFKA_BROKERS=$KAFKA_BROKERS is set: using it, not starting the local Kafka"
    return 0
  fi
  local pid t0 log="$LOG_DIR/kafka.log"
  pid=$(find_pid kafka "$KAFKA_PORT")
  if [[ -n $pid ]]; then
    if probe kafka "$KAFKA_PORT"; then
      say "kafka already running (pid $pid, $HOST:$KAFKA_PORT)"
      kafka_libs_current || warn "kafka is running jars older than infra/local/kafka/pom.xml pins: run 'stack.sh down' then 'up'"
      return 0
    fi
    say "kafka process $pid exists but does not answer yet; waiting…"
    t0=$(now)
    wait_kafka "$pid" "$t0"
    return 0
  fi

  require_free_port "$KAFKA_PORT" "Kafka, KAFKA_PORT"
  require_free_port "$KAFKA_CONTROLLER_PORT" "Kafka controller, KAFKA_CONTROLLER_PORT"
  check_java
  ensure_kafka_libs
  render_kafka_props
  format_kafka_storage

  t0=$(now)
  rotate_log "$log"
  say "starting kafka $(pom_prop kafka.version) on $HOST:$KAFKA_PORT (controller $KAFKA_CONTROLLER_PORT)…"
  kafka_java_cmd
  start_detached kafka "$log" "$KAFKA_HOME" "${KAFKA_JAVA[@]}" kafka.Kafka "$KAFKA_PROPS"
  wait_kafka "$(<"$RUN_DIR/kafka.pid")" "$t0"
}

# Ready = the broker logged "Kafka Server started" (controller elected, broker registered and
# unfenced), answers an ApiVersions request on the client port, has a group coordinator and a
# transaction coordinator, and hands out a producer id. Asking for these makes a freshly formatted
# broker create __consumer_offsets and __transaction_state and fetch its producer-id block now,
# instead of during the first test (where clients would log COORDINATOR_NOT_AVAILABLE /
# COORDINATOR_LOAD_IN_PROGRESS errors and retry).
wait_kafka() { # wait_kafka PID T0
  local pid=$1 t0=$2 log="$LOG_DIR/kafka.log" deadline=$((SECONDS + READY_TIMEOUT))
  local checks=(kafka)
  command -v node >/dev/null 2>&1 && checks+=(kafka-group kafka-txn kafka-pid)
  while ((SECONDS < deadline)); do
    if ! pid_alive "$pid"; then
      rm -f "$RUN_DIR/kafka.pid"
      show_tail "$log" 40
      die "kafka exited during start-up (log: $(rel "$log"))"
    fi
    if grep -q 'Kafka Server started' "$log" 2>/dev/null; then
      while ((${#checks[@]})) && probe "${checks[0]}" "$KAFKA_PORT"; do checks=("${checks[@]:1}"); done
      if ((${#checks[@]} == 0)); then
        say "kafka ready in $(since "$t0") (pid $pid, $HOST:$KAFKA_PORT, log $(rel "$log"))"
        return 0
      fi
    fi
    sleep 0.25
  done
  [[ ${#checks[@]} -gt 0 ]] && warn "kafka check still failing: ${checks[0]}"
  show_tail "$log" 40
  die "kafka did not become ready within ${READY_TIMEOUT}s (pid $pid still running; log: $(rel "$log"))"
}


# ---------------------------------------------------------------------------------------------------
# PostgreSQL (FerretDB's backend when LOCAL_DB_BACKEND=postgresql)
# ---------------------------------------------------------------------------------------------------
# The server binaries: POSTGRES_BIN_DIR, else the newest Debian-style /usr/lib/postgresql/<major>/bin,
# else wherever initdb is on the PATH.
pg_bindir() {
  if [[ -n ${POSTGRES_BIN_DIR:-} ]]; then echo "$POSTGRES_BIN_DIR"; return 0; fi
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
  if [[ -z $dir ]] && command -v initdb >/dev/null 2>&1; then dir=$(dirname "$(command -v initdb)"); fi
  [[ -n $dir && -x $dir/initdb && -x $dir/postgres ]] ||
    die "PostgreSQL server binaries not found (LOCAL_DB_BACKEND=postgresql). Install them (Debian: apt-get install -y postgresql-15), set POSTGRES_BIN_DIR, or use LOCAL_DB_BACKEND=sqlite"
  echo "$dir"
}

# PostgreSQL refuses to run as root: as root (CI containers) every server command runs as
# POSTGRES_OS_USER, which Debian's package creates. setpriv execs in place, so the pid we record is
# the postmaster's own.
PG_AS=()
pg_identity() {
  ((EUID == 0)) || return 0
  id -u "$POSTGRES_OS_USER" >/dev/null 2>&1 ||
    die "running as root: PostgreSQL needs a non-root user to run as; '$POSTGRES_OS_USER' does not exist (set POSTGRES_OS_USER, or: useradd --system $POSTGRES_OS_USER)"
  PG_AS=(setpriv --reuid="$POSTGRES_OS_USER" --regid="$(id -g "$POSTGRES_OS_USER")" --init-groups --)
}

# One cluster per LOCAL_DIR, created once: initdb into a temporary directory first, so an interrupted
# initdb never looks like a cluster. Trust authentication and loopback-only listening: a local dev store.
ensure_pg_cluster() {
  local bindir=$1 log="$LOG_DIR/postgres-initdb.log"
  [[ -f $PG_DATA/PG_VERSION ]] && return 0
  mkdir -p "$PG_HOME"
  if ((EUID == 0)); then
    chown "$POSTGRES_OS_USER:" "$PG_HOME"
    "${PG_AS[@]}" test -w "$PG_HOME" ||
      die "$POSTGRES_OS_USER cannot write $(rel "$PG_HOME") (a parent directory is not traversable?); choose another LOCAL_DIR"
  fi
  rm -rf "$PG_DATA.tmp"
  # --no-sync: a fresh dev cluster need not wait for the disk.
  if ! "${PG_AS[@]}" "$bindir/initdb" -D "$PG_DATA.tmp" -U "$PG_ROLE" --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$log" 2>&1; then
    show_tail "$log" 20
    die "initdb failed (full log: $(rel "$log"))"
  fi
  mv "$PG_DATA.tmp" "$PG_DATA"
  say "postgresql cluster created in $(rel "$PG_DATA") ($("$bindir/postgres" --version))"
}

postgres_up() {
  local bindir pid t0 log="$LOG_DIR/postgres.log"
  bindir=$(pg_bindir)
  pg_identity
  pid=$(find_pid postgres "$POSTGRES_PORT")
  if [[ -n $pid ]]; then
    wait_postgres "$pid" "$(now)" "$bindir"
    return 0
  fi
  require_free_port "$POSTGRES_PORT" "PostgreSQL, POSTGRES_PORT"
  ensure_pg_cluster "$bindir"
  mkdir -p "$PG_SOCKET_DIR"
  ((EUID == 0)) && chown "$POSTGRES_OS_USER:" "$PG_SOCKET_DIR"
  t0=$(now)
  rotate_log "$log"
  say "starting postgresql on $HOST:$POSTGRES_PORT (cluster $(rel "$PG_DATA"))…"
  # synchronous_commit=off: a commit returns before its WAL reaches the disk (a crash may lose the last
  # few hundred ms of writes, never consistency) — what test suites full of small writes want.
  start_detached postgres "$log" "$PG_HOME" "${PG_AS[@]}" "$bindir/postgres" -D "$PG_DATA" \
    -c listen_addresses="$HOST" -c port="$POSTGRES_PORT" -c unix_socket_directories="$PG_SOCKET_DIR" \
    -c synchronous_commit=off
  wait_postgres "$(<"$RUN_DIR/postgres.pid")" "$t0" "$bindir"
}

# Ready = pg_isready answers, and FerretDB's database exists (created on the first start).
wait_postgres() { # wait_postgres PID T0 BINDIR
  local pid=$1 t0=$2 bindir=$3 log="$LOG_DIR/postgres.log" deadline=$((SECONDS + READY_TIMEOUT))
  while ((SECONDS < deadline)); do
    if ! pid_alive "$pid"; then
      rm -f "$RUN_DIR/postgres.pid"
      show_tail "$log" 30
      die "postgresql exited during start-up (log: $(rel "$log"))"
    fi
    if probe postgres "$POSTGRES_PORT"; then
      local psql=("$bindir/psql" -X -q -h "$HOST" -p "$POSTGRES_PORT" -U "$PG_ROLE" -d postgres -Atc)
      if [[ $("${psql[@]}" "SELECT 1 FROM pg_database WHERE datname = '$PG_DATABASE'") != 1 ]]; then
        "${psql[@]}" "CREATE DATABASE $PG_DATABASE" >/dev/null || die "could not create database $PG_DATABASE"
      fi
      say "postgresql ready in $(since "$t0") (pid $pid, $HOST:$POSTGRES_PORT, log $(rel "$log"))"
      return 0
    fi
    sleep 0.2
  done
  show_tail "$log" 30
  die "postgresql did not become ready within ${READY_TIMEOUT}s (pid $pid still running; log: $(rel "$log"))"
}

# ---------------------------------------------------------------------------------------------------
# FerretDB
# ---------------------------------------------------------------------------------------------------
ferret_version() { sed -n 's|^require github.com/FerretDB/FerretDB \(v[^ ]*\).*|\1|p' "$FERRET_SRC/go.mod" | head -n1; }

# Build once; the stamp holds the pinned FerretDB version, a hash of the wrapper module's files and
# the Go version, so a version bump (or Go upgrade) rebuilds on the next `up`.
ferret_stamp() {
  echo "ferretdb=$(ferret_version) src=$(sha "$FERRET_SRC/go.mod" "$FERRET_SRC/go.sum" "$FERRET_SRC/main.go") $(go env GOVERSION 2>/dev/null)"
}
ferret_bin_current() { [[ -x $FERRET_BIN && -f $FERRET_BIN.stamp && $(<"$FERRET_BIN.stamp") == "$(ferret_stamp)" ]]; }

ensure_ferret_bin() {
  need_cmd go "install Go 1.24 or newer"
  ferret_bin_current && return 0
  local t0 log="$LOG_DIR/build-ferretdb.log" why="first run, ~1-3 min"
  [[ -x $FERRET_BIN ]] && why="pinned version, wrapper or Go changed"
  t0=$(now)
  say "building FerretDB $(ferret_version) from the Go module proxy ($why; package names scroll by)…"
  mkdir -p "$(dirname "$FERRET_BIN")"
  # -mod=readonly: build exactly what go.sum pins. -trimpath: no local paths baked in.
  # -buildvcs=false: the module sits inside this git repo; stamping its state is useless and fails
  # (noisily) in a repo without commits or with an unreadable .git.
  # Written to a temporary name first, so a failed build never replaces a working binary.
  if ! (cd "$FERRET_SRC" && GOFLAGS=-mod=readonly go build -v -trimpath -buildvcs=false -o "$FERRET_BIN.tmp" .) 2>&1 | tee "$log"; then
    rm -f "$FERRET_BIN.tmp"
    show_tail "$log" 30
    die "building FerretDB failed (full log: $(rel "$log"))"
  fi
  mv -f "$FERRET_BIN.tmp" "$FERRET_BIN"
  ferret_stamp >"$FERRET_BIN.stamp"
  say "ferretdb built in $(since "$t0"): $("$FERRET_BIN" --version)"
}

ferret_up() {
  if [[ -n ${MONGO_URL:-} ]]; then
    say "MONGO_URL is set: using it, not starting the local FerretDB"
    return 0
  fi
  local pid t0 log="$LOG_DIR/ferretdb.log" running
  pid=$(find_pid ferretdb "$MONGO_PORT")
  if [[ -n $pid ]]; then
    # A running FerretDB keeps the backend it was started with; its PostgreSQL must be up too.
    running=$(ferret_backend_of "$pid")
    [[ $running == postgresql ]] && postgres_up
    if probe mongo "$MONGO_PORT"; then
      say "ferretdb already running (pid $pid, $HOST:$MONGO_PORT, $running backend)"
      ferret_bin_current || warn "ferretdb is running an older build than infra/local/ferretdb pins: run 'stack.sh down' then 'up'"
      [[ $running == "$LOCAL_DB_BACKEND" ]] ||
        warn "LOCAL_DB_BACKEND=$LOCAL_DB_BACKEND, but this ferretdb runs the $running backend until 'stack.sh down' then 'up'"
      return 0
    fi
    say "ferretdb process $pid exists but does not answer yet; waiting…"
    t0=$(now)
    wait_ferret "$pid" "$t0"
    return 0
  fi

  require_free_port "$MONGO_PORT" "FerretDB, MONGO_PORT"
  ensure_ferret_bin
  mkdir -p "$FERRET_DATA"
  local backend_args
  if [[ $LOCAL_DB_BACKEND == postgresql ]]; then
    postgres_up
    backend_args=(--handler=postgresql --postgresql-url="postgres://$PG_ROLE@$HOST:$POSTGRES_PORT/$PG_DATABASE")
  else
    # The SQLite URL names a directory and must end with '/': FerretDB keeps one file per database.
    backend_args=(--handler=sqlite --sqlite-url="file:$FERRET_DATA/")
  fi

  t0=$(now)
  rotate_log "$log"
  say "starting ferretdb $(ferret_version) ($LOCAL_DB_BACKEND backend) on $HOST:$MONGO_PORT…"
  start_detached ferretdb "$log" "$FERRET_HOME" \
    "$FERRET_BIN" "${backend_args[@]}" --listen-addr="$HOST:$MONGO_PORT" --log-level="$FERRETDB_LOG_LEVEL"
  wait_ferret "$(<"$RUN_DIR/ferretdb.pid")" "$t0"
}

# The backend a running FerretDB was started with (its --handler flag; the wrapper's default is sqlite).
ferret_backend_of() { # ferret_backend_of PID
  local handler
  handler=$(cmdline "$1" | grep -o -- '--handler=[a-z]*' | cut -d= -f2)
  echo "${handler:-sqlite}"
}

# Ready = answers a real {ping: 1} over the MongoDB wire protocol.
wait_ferret() { # wait_ferret PID T0
  local pid=$1 t0=$2 log="$LOG_DIR/ferretdb.log" deadline=$((SECONDS + READY_TIMEOUT))
  while ((SECONDS < deadline)); do
    if ! pid_alive "$pid"; then
      rm -f "$RUN_DIR/ferretdb.pid"
      show_tail "$log" 30
      die "ferretdb exited during start-up (log: $(rel "$log"))"
    fi
    if probe mongo "$MONGO_PORT"; then
      say "ferretdb ready in $(since "$t0") (pid $pid, $HOST:$MONGO_PORT, log $(rel "$log"))"
      return 0
    fi
    sleep 0.2
  done
  show_tail "$log" 30
  die "ferretdb did not become ready within ${READY_TIMEOUT}s (pid $pid still running; log: $(rel "$log"))"
}

# ---------------------------------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------------------------------
# Serialise up/down (e.g. several test runs calling `up` at once) with a lock on fd 9.
take_lock() {
  exec 9>"$RUN_DIR/stack.lock"
  if command -v flock >/dev/null 2>&1; then
    flock -w 600 9 || die "another stack.sh is still running after 10 min (lock $(rel "$RUN_DIR/stack.lock"))"
  fi
}

cmd_up() {
  local t0
  t0=$(now)
  take_lock
  kafka_up
  ferret_up
  say "stack up in $(since "$t0"). For the services:"
  say "  KAFKA_BROKERS=${KAFKA_BROKERS:-$HOST:$KAFKA_PORT}"
  if [[ -n ${MONGO_URL:-} ]]; then say "  MONGO_URL=$MONGO_URL"; else say "  MONGO_URL=mongodb://$HOST:$MONGO_PORT/"; fi
  say "logs: $(rel "$LOG_DIR")/{kafka,ferretdb,postgres}.log  (infra/local/stack.sh logs [-f])"
}

stop_one() { # stop_one NAME PORT GRACE_SECONDS [SIGNAL]
  local name=$1 port=$2 grace=$3 signal=${4:-TERM} pid t0
  pid=$(find_pid "$name" "$port")
  if [[ -z $pid ]]; then
    say "$name: not running"
    rm -f "$RUN_DIR/$name.pid"
    return 0
  fi
  t0=$(now)
  # SIGTERM first: Kafka does a controlled shutdown and flushes its logs, FerretDB closes SQLite.
  # PostgreSQL gets SIGINT ("fast" shutdown: its SIGTERM would wait for every client to leave).
  kill -"$signal" "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + grace))
  while pid_alive "$pid" && ((SECONDS < deadline)); do sleep 0.2; done
  if pid_alive "$pid"; then
    warn "$name (pid $pid) still running after ${grace}s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    while pid_alive "$pid"; do sleep 0.1; done
  fi
  rm -f "$RUN_DIR/$name.pid"
  say "$name stopped (pid $pid, $(since "$t0"))"
}

cmd_down() {
  local purge=false
  for arg in "$@"; do
    case $arg in
      --purge) purge=true ;;
      *) die "unknown option for down: $arg (expected --purge)" ;;
    esac
  done
  take_lock
  stop_one kafka "$KAFKA_PORT" 30
  stop_one ferretdb "$MONGO_PORT" 15
  stop_one postgres "$POSTGRES_PORT" 30 INT
  if $purge; then
    # Data only: the resolved jars and the built binary stay cached.
    rm -rf "$KAFKA_DATA" "$KAFKA_HOME/cluster-id" "$KAFKA_PROPS" "$FERRET_DATA" "$PG_DATA"
    say "purged data: $(rel "$KAFKA_DATA"), $(rel "$KAFKA_HOME/cluster-id"), $(rel "$FERRET_DATA"), $(rel "$PG_DATA")"
  fi
}

# Listening ports of a pid, e.g. "127.0.0.1:9092 127.0.0.1:9093".
pid_ports() {
  command -v ss >/dev/null 2>&1 || return 0
  ss -Hltnp 2>/dev/null | awk -v p="pid=$1," 'index($0, p) { print $4 }' | sed 's/\[::ffff:\(.*\)\]/\1/' | sort -u | tr '\n' ' '
}

status_one() { # status_one NAME PORT PROBE EXTERNAL_VAR
  local name=$1 port=$2 kind=$3 ext=$4 pid
  if [[ -n ${!ext:-} ]]; then
    printf '%-9s external  (%s is set: not managed here)\n' "$name" "$ext"
    return 0
  fi
  pid=$(find_pid "$name" "$port")
  if [[ -z $pid ]]; then
    if port_listening "$port"; then
      printf '%-9s stopped   (port %s is used by %s)\n' "$name" "$port" "$(describe_port_owner "$port")"
    else
      printf '%-9s stopped\n' "$name"
    fi
    return 1
  fi
  if probe "$kind" "$port"; then
    local note=""
    [[ $name == ferretdb ]] && note="($(ferret_backend_of "$pid") backend)"
    printf '%-9s running   pid %-7s %s%s\n' "$name" "$pid" "$(pid_ports "$pid")" "$note"
  else
    printf '%-9s starting  pid %-7s (not answering on %s:%s yet)\n' "$name" "$pid" "$HOST" "$port"
    return 1
  fi
}

cmd_status() {
  local rc=0
  status_one kafka "$KAFKA_PORT" kafka KAFKA_BROKERS || rc=3
  status_one ferretdb "$MONGO_PORT" mongo MONGO_URL || rc=3
  # PostgreSQL is part of the stack when the running FerretDB uses it, or (stopped) when it would.
  local pid backend=$LOCAL_DB_BACKEND
  pid=$(find_pid ferretdb "$MONGO_PORT")
  [[ -n $pid ]] && backend=$(ferret_backend_of "$pid")
  if [[ $backend == postgresql && -z ${MONGO_URL:-} ]] || [[ -n $(find_pid postgres "$POSTGRES_PORT") ]]; then
    status_one postgres "$POSTGRES_PORT" postgres MONGO_URL || rc=3
  fi
  return $rc
}

cmd_logs() {
  local follow=false parts=()
  for arg in "$@"; do
    case $arg in
      -f | --follow) follow=true ;;
      kafka | ferretdb | postgres) parts+=("$LOG_DIR/$arg.log") ;;
      *) die "unknown option for logs: $arg (expected -f, kafka, ferretdb, postgres)" ;;
    esac
  done
  if ((${#parts[@]} == 0)); then
    parts=("$LOG_DIR/kafka.log" "$LOG_DIR/ferretdb.log")
    [[ -f $LOG_DIR/postgres.log ]] && parts+=("$LOG_DIR/postgres.log")
  fi
  if $follow; then
    exec tail -n 40 -F "${parts[@]}"
  fi
  local f
  for f in "${parts[@]}"; do
    if [[ -f $f ]]; then tail -n 40 -v "$f" | cut -c1-400; else say "no log yet: $(rel "$f")"; fi
    echo
  done
}

usage() {
  sed -n '/^# Usage:/,/^# Every command/p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' | grep -v '^Every command'
}

main() {
  [[ $LOCAL_DB_BACKEND == postgresql || $LOCAL_DB_BACKEND == sqlite ]] ||
    die "LOCAL_DB_BACKEND must be postgresql or sqlite, not '$LOCAL_DB_BACKEND'"
  mkdir -p "$LOG_DIR" "$RUN_DIR"
  local cmd=${1:-}
  [[ $# -gt 0 ]] && shift
  case $cmd in
    up) cmd_up "$@" ;;
    down) cmd_down "$@" ;;
    status) cmd_status "$@" ;;
    logs) cmd_logs "$@" ;;
    -h | --help | help) usage ;;
    *) usage >&2; exit 2 ;;
  esac
}

main "$@"
