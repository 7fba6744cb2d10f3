#!/usr/bin/env bash
# A private Kafka cluster on loopback — the production shape (three KRaft nodes, each broker+controller, a
# three-voter quorum; replication factor 3 and min.insync.replicas=2 by default) or a single node — from the same
# jars as the local stack (infra/local/stack.sh resolves them into .local/kafka/libs). For the fault suite
# (test/faults) and for trying the platform against several brokers; `npm start` keeps the single broker of
# stack.sh. It never touches stack.sh's broker, its ports or its data.
#
# Usage:
#   infra/local/cluster.sh up [--nodes 3]   format (first time) and start the nodes, wait until every one answers
#   infra/local/cluster.sh down [--purge]   stop every node (SIGTERM, then SIGKILL after 20 s); --purge deletes the data
#   infra/local/cluster.sh status           one line per node; exit 0 if every node answers, 3 otherwise
#   infra/local/cluster.sh kill N           SIGKILL node N (1-based): a broker crash
#   infra/local/cluster.sh freeze N         SIGSTOP node N: a broker that hangs (connections open, no answers)
#   infra/local/cluster.sh thaw N           SIGCONT node N
#   infra/local/cluster.sh start N          start node N again (after kill) and wait until it answers
#   infra/local/cluster.sh brokers          prints the KAFKA_BROKERS value (host:port,…)
#
# Environment:
#   CLUSTER_DIR (<repo>/.local/cluster)      data, logs, pid files and the node count of this cluster
#   CLUSTER_BROKER_PORTS (19092,19094,19096) client ports, one per node (the first N are used)
#   CLUSTER_CONTROLLER_PORTS (19093,19095,19097)  controller (quorum) ports, one per node
#   CLUSTER_READY_TIMEOUT (120)              seconds to wait for the nodes to answer
#   KAFKA_HEAP_OPTS (-Xms128m -Xmx384m)      per node
#
# Layout under CLUSTER_DIR: node-<N>/{server.properties,data/}, logs/node-<N>.log, run/node-<N>.pid, nodes (count),
# cluster-id.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)
HOST=127.0.0.1
CLUSTER_DIR=${CLUSTER_DIR:-$REPO_ROOT/.local/cluster}
mkdir -p "$CLUSTER_DIR"
CLUSTER_DIR=$(cd "$CLUSTER_DIR" && pwd) # absolute: it is the marker we recognise our processes by
KAFKA_LIBS=${KAFKA_LIBS:-$REPO_ROOT/.local/kafka/libs}
READY_TIMEOUT=${CLUSTER_READY_TIMEOUT:-120}
KAFKA_HEAP_OPTS=${KAFKA_HEAP_OPTS:--Xms128m -Xmx384m}
IFS=, read -r -a BROKER_PORTS <<<"${CLUSTER_BROKER_PORTS:-19092,19094,19096}"
IFS=, read -r -a CONTROLLER_PORTS <<<"${CLUSTER_CONTROLLER_PORTS:-19093,19095,19097}"
RUN_DIR=$CLUSTER_DIR/run
LOG_DIR=$CLUSTER_DIR/logs

say() { printf '[cluster] %s\n' "$*"; }
die() { printf '[cluster] ERROR: %s\n' "$*" >&2; exit 1; }

node_count() { [[ -f $CLUSTER_DIR/nodes ]] && cat "$CLUSTER_DIR/nodes" || echo 0; }
node_dir() { echo "$CLUSTER_DIR/node-$1"; }
broker_port() { echo "${BROKER_PORTS[$(($1 - 1))]}"; }
controller_port() { echo "${CONTROLLER_PORTS[$(($1 - 1))]}"; }
pid_of() { [[ -f $RUN_DIR/node-$1.pid ]] && cat "$RUN_DIR/node-$1.pid" || true; }
# Ours = alive and started with this cluster's server.properties (never a reused pid or another Kafka).
is_ours() { [[ -n ${2:-} ]] && kill -0 "$2" 2>/dev/null && tr '\0' ' ' <"/proc/$2/cmdline" 2>/dev/null | grep -qF "$(node_dir "$1")/server.properties"; }
probe() { node "$SCRIPT_DIR/probe.js" "$1" "$HOST" "$2" 2>/dev/null; }
brokers() {
  local list=() n
  for ((n = 1; n <= $(node_count); n++)); do list+=("$HOST:$(broker_port "$n")"); done
  (IFS=,; echo "${list[*]}")
}

# The JVM command line of the broker and of the storage tool (KAFKA_HEAP_OPTS split into words on purpose).
read -r -a HEAP <<<"$KAFKA_HEAP_OPTS"
KAFKA_JAVA=(java "${HEAP[@]}" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true
  -Dlog4j2.configurationFile="$SCRIPT_DIR/kafka/log4j2.yaml" -cp "$KAFKA_LIBS/*")
kafka_java() { "${KAFKA_JAVA[@]}" "$@"; }

# One node's configuration: KRaft combined mode (broker+controller) with a static voter set of every node, so the
# quorum survives the loss of a minority (one of three). Replication of the internal topics and the default for new
# topics follow the cluster's size: RF = nodes (max 3) and min.insync.replicas = RF - 1 (2 of 3), so that acks=all
# writes go on with one broker down and stop, rather than lose data, with two down.
write_properties() { # write_properties N COUNT
  local n=$1 count=$2 rf=$(($2 < 3 ? $2 : 3)) voters=() i
  local isr=$((rf > 1 ? rf - 1 : 1))
  for ((i = 1; i <= count; i++)); do voters+=("$i@$HOST:$(controller_port "$i")"); done
  mkdir -p "$(node_dir "$n")/data"
  cat >"$(node_dir "$n")/server.properties" <<EOF
# Rendered by infra/local/cluster.sh: node $n of $count.
process.roles=broker,controller
node.id=$n
controller.quorum.voters=$(IFS=,; echo "${voters[*]}")
controller.listener.names=CONTROLLER
listeners=PLAINTEXT://$HOST:$(broker_port "$n"),CONTROLLER://$HOST:$(controller_port "$n")
advertised.listeners=PLAINTEXT://$HOST:$(broker_port "$n")
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
offsets.topic.replication.factor=$rf
offsets.topic.num.partitions=3
transaction.state.log.replication.factor=$rf
transaction.state.log.num.partitions=3
transaction.state.log.min.isr=$isr
share.coordinator.state.topic.replication.factor=$rf
share.coordinator.state.topic.min.isr=$isr
default.replication.factor=$rf
min.insync.replicas=$isr
# An out-of-sync replica never becomes leader: losing a broker cannot lose acknowledged writes.
unclean.leader.election.enable=false
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
num.partitions=3
log.dirs=$(node_dir "$n")/data
log.segment.bytes=16777216
num.recovery.threads.per.data.dir=1
EOF
}

format_node() { # format_node N CLUSTER_ID
  [[ -f $(node_dir "$1")/data/meta.properties ]] && return 0
  kafka_java kafka.tools.StorageTool format --cluster-id "$2" --config "$(node_dir "$1")/server.properties" --ignore-formatted \
    >"$LOG_DIR/format-node-$1.log" 2>&1 || { tail -n 20 "$LOG_DIR/format-node-$1.log" >&2; die "formatting node $1 failed"; }
}

start_node() { # start_node N (detached like stack.sh's daemons: own session, SIGHUP ignored)
  local n=$1 log="$LOG_DIR/node-$1.log"
  is_ours "$n" "$(pid_of "$n")" && return 0
  [[ -f $log ]] && mv -f "$log" "$log.1"
  : >"$log"
  (cd "$(node_dir "$n")" && exec setsid nohup "${KAFKA_JAVA[@]}" kafka.Kafka "$(node_dir "$n")/server.properties" >>"$log" 2>&1 </dev/null) &
  echo $! >"$RUN_DIR/node-$n.pid"
}

wait_node() { # wait_node N DEADLINE (SECONDS)
  local n=$1 deadline=$2 log="$LOG_DIR/node-$1.log"
  while ((SECONDS < deadline)); do
    # Alive is enough here: right after the fork the pid is still the subshell about to exec java (not yet "ours").
    kill -0 "$(pid_of "$n")" 2>/dev/null || { tail -n 30 "$log" >&2; die "node $n exited during start-up (log $log)"; }
    grep -q 'Kafka Server started' "$log" 2>/dev/null && probe kafka "$(broker_port "$n")" && return 0
    sleep 0.25
  done
  tail -n 30 "$log" >&2
  die "node $n did not answer within ${READY_TIMEOUT}s (log $log)"
}

# Ready for clients: a group coordinator and a producer id are available (this creates __consumer_offsets with the
# cluster's replication now rather than during the first test; see probe.js).
wait_coordinators() { # wait_coordinators DEADLINE
  local check port
  port=$(broker_port 1)
  for check in kafka-group kafka-pid; do
    until probe "$check" "$port"; do
      ((SECONDS < $1)) || die "the cluster has no $check answer within ${READY_TIMEOUT}s"
      sleep 0.25
    done
  done
}

cmd_up() {
  local count=3 n cid t0=$SECONDS
  while (($#)); do
    case $1 in
      --nodes) count=$2; shift 2 ;;
      *) die "unknown option for up: $1" ;;
    esac
  done
  ((count >= 1 && count <= ${#BROKER_PORTS[@]} && count <= ${#CONTROLLER_PORTS[@]})) || die "--nodes must be 1..${#BROKER_PORTS[@]}"
  ls "$KAFKA_LIBS"/kafka_2.13-*.jar >/dev/null 2>&1 || die "no Kafka jars in $KAFKA_LIBS: run 'bash infra/local/stack.sh up' once"
  command -v node >/dev/null || die "node is needed for the readiness probes"
  mkdir -p "$RUN_DIR" "$LOG_DIR"
  [[ $(node_count) == 0 || $(node_count) == "$count" ]] || die "this cluster was made with $(node_count) nodes: 'down --purge' first"
  echo "$count" >"$CLUSTER_DIR/nodes"
  [[ -s $CLUSTER_DIR/cluster-id ]] || kafka_java kafka.tools.StorageTool random-uuid 2>/dev/null | grep -E '^[A-Za-z0-9_-]{22}$' | tail -n1 >"$CLUSTER_DIR/cluster-id"
  cid=$(<"$CLUSTER_DIR/cluster-id")
  [[ -n $cid ]] || die "could not generate a cluster id"
  for ((n = 1; n <= count; n++)); do write_properties "$n" "$count"; done
  # Formatting starts a JVM per node: in parallel.
  for ((n = 1; n <= count; n++)); do format_node "$n" "$cid" & done
  wait
  for ((n = 1; n <= count; n++)); do start_node "$n"; done
  for ((n = 1; n <= count; n++)); do wait_node "$n" $((SECONDS + READY_TIMEOUT)); done
  wait_coordinators $((SECONDS + READY_TIMEOUT))
  say "$count node(s) ready in $((SECONDS - t0)) s: KAFKA_BROKERS=$(brokers)"
}

stop_node() { # stop_node N SIGNAL
  local pid
  pid=$(pid_of "$1")
  is_ours "$1" "$pid" || return 0
  kill -CONT "$pid" 2>/dev/null || true # a frozen node cannot act on SIGTERM
  kill "-$2" "$pid" 2>/dev/null || true
}

kill_node() { # kill_node N: SIGKILL, returns once the process is gone (its ports closed)
  local pid
  pid=$(pid_of "$1")
  stop_node "$1" KILL
  while is_ours "$1" "$pid"; do sleep 0.05; done
  rm -f "$RUN_DIR/node-$1.pid"
}

cmd_down() {
  local purge=false n pid deadline
  [[ ${1:-} == --purge ]] && purge=true
  for ((n = 1; n <= $(node_count); n++)); do stop_node "$n" TERM; done
  deadline=$((SECONDS + 20))
  for ((n = 1; n <= $(node_count); n++)); do
    pid=$(pid_of "$n")
    while is_ours "$n" "$pid" && ((SECONDS < deadline)); do sleep 0.2; done
    is_ours "$n" "$pid" && kill -KILL "$pid" 2>/dev/null || true
    rm -f "$RUN_DIR/node-$n.pid"
  done
  if $purge; then
    rm -rf "$CLUSTER_DIR"/node-* "$CLUSTER_DIR/cluster-id" "$CLUSTER_DIR/nodes"
    say "stopped and purged $CLUSTER_DIR"
  else
    say "stopped"
  fi
}

cmd_status() {
  local n pid rc=0 count
  count=$(node_count)
  ((count > 0)) || { say "no cluster in $CLUSTER_DIR"; return 3; }
  for ((n = 1; n <= count; n++)); do
    pid=$(pid_of "$n")
    if ! is_ours "$n" "$pid"; then
      printf 'node %s  stopped\n' "$n"; rc=3
    elif [[ $(awk '{print $3}' "/proc/$pid/stat") == T ]]; then
      printf 'node %s  frozen    pid %s  %s:%s\n' "$n" "$pid" "$HOST" "$(broker_port "$n")"; rc=3
    elif probe kafka "$(broker_port "$n")"; then
      printf 'node %s  running   pid %s  %s:%s\n' "$n" "$pid" "$HOST" "$(broker_port "$n")"
    else
      printf 'node %s  starting  pid %s\n' "$n" "$pid"; rc=3
    fi
  done
  return $rc
}

node_arg() { [[ ${1:-} =~ ^[0-9]+$ ]] && (($1 >= 1 && $1 <= $(node_count))) || die "expected a node number 1..$(node_count)"; }

main() {
  local cmd=${1:-}
  [[ $# -gt 0 ]] && shift
  case $cmd in
    up) cmd_up "$@" ;;
    down) cmd_down "$@" ;;
    status) cmd_status ;;
    kill) node_arg "${1:-}"; kill_node "$1" ;;
    freeze) node_arg "${1:-}"; is_ours "$1" "$(pid_of "$1")" || die "node $1 is not running"; kill -STOP "$(pid_of "$1")" ;;
    thaw) node_arg "${1:-}"; is_ours "$1" "$(pid_of "$1")" || die "node $1 is not running"; kill -CONT "$(pid_of "$1")" ;;
    start) node_arg "${1:-}"; start_node "$1"; wait_node "$1" $((SECONDS + READY_TIMEOUT)) ;;
    brokers) brokers ;;
    *) sed -n '/^# Usage:/,/^# Environment:/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2; exit 2 ;;
  esac
}

main "$@"
