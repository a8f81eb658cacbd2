#!/usr/bin/env bash
# Single-node Apache Kafka (KRaft, broker + controller in one JVM) from the jars in ./libs.
#   kafka.sh start <data-dir> [port] [controller-port]   format once, start, wait until ready
#   kafka.sh stop  <data-dir>                            stop the broker started in that folder
#   kafka.sh status <data-dir>                           exit 0 when it runs
# The broker's log is <data-dir>/logs/server.log; its pid is in <data-dir>/broker.pid.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
libs="$here/libs"
cmd="${1:-}"; dir="${2:-}"
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: kafka.sh start|stop|status <data-dir> [port] [controller-port]" >&2; exit 2; }
mkdir -p "$dir"; dir="$(cd "$dir" && pwd)"
pidfile="$dir/broker.pid"

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

case "$cmd" in
  status) running ;;
  stop)
    if running; then
      pid="$(cat "$pidfile")"; kill "$pid"
      for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    fi
    rm -f "$pidfile" ;;
  start)
    port="${3:-9092}"; cport="${4:-$((port + 1))}"
    [ -d "$libs" ] && ls "$libs"/kafka_2.13-*.jar >/dev/null 2>&1 \
      || { echo "kafka.sh: no broker jars in $libs; run 'make setup' first" >&2; exit 1; }
    if running; then echo "kafka.sh: a broker already runs from $dir (pid $(cat "$pidfile"))" >&2; exit 1; fi
    mkdir -p "$dir/data" "$dir/logs"
    cat > "$dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$cport
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$dir/data
num.partitions=3
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=10
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
delete.topic.enable=true
PROPS
    java_opts=(-Xms256m -Xmx768m -XX:+UseG1GC -Djava.awt.headless=true
      "-Dlog4j2.configurationFile=$here/log4j2.properties" "-Dkafka.logs.dir=$dir/logs")
    if [ ! -f "$dir/data/meta.properties" ]; then
      cluster_id="$(java -cp "$libs/*" "${java_opts[@]}" kafka.tools.StorageTool random-uuid)"
      java -cp "$libs/*" "${java_opts[@]}" kafka.tools.StorageTool format -t "$cluster_id" \
        -c "$dir/server.properties" >"$dir/logs/format.log" 2>&1 \
        || { cat "$dir/logs/format.log" >&2; exit 1; }
    fi
    nohup java -cp "$libs/*" "${java_opts[@]}" kafka.Kafka "$dir/server.properties" \
      >"$dir/logs/stdout.log" 2>&1 </dev/null &
    echo $! >"$pidfile"
    # Ready when the broker says it started and its port accepts connections.
    for _ in $(seq 1 600); do
      if ! running; then echo "kafka.sh: broker exited during start; see $dir/logs/" >&2; tail -20 "$dir/logs/stdout.log" "$dir/logs/server.log" >&2 2>/dev/null || true; exit 1; fi
      if grep -q "Kafka Server started" "$dir/logs/server.log" 2>/dev/null \
        && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "127.0.0.1:$port"; exit 0
      fi
      sleep 0.1
    done
    echo "kafka.sh: broker did not become ready within 60 s; see $dir/logs/server.log" >&2; exit 1 ;;
  *) echo "kafka.sh: unknown command '$cmd' (expected start, stop or status)" >&2; exit 2 ;;
esac
