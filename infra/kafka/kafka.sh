#!/usr/bin/env bash
# Single-node Apache Kafka (KRaft, broker + controller in one JVM) from the jars in ./libs.
#   kafka.sh start <data-dir> [port] [controller-port] [sasl-port] [ssl-port]
#                                     format once, start, wait until ready; prints the LOCAL address
#   kafka.sh stop  <data-dir>         stop the broker started in that folder
#   kafka.sh status <data-dir>        exit 0 when it runs
#   kafka.sh user <data-dir> <name>   (re)set the SCRAM-SHA-512 password of <name> on the running
#                                     broker, store it in <data-dir>/scram-credentials, print it
#
# Listeners (ADR 0040):
#   LOCAL     PLAINTEXT on 127.0.0.1:<port> (loopback only; its ANONYMOUS principal is a super user,
#             for local development and the test suite). KAFKA_LOCAL_LISTENER=off leaves it out.
#   SASL      SASL_PLAINTEXT, SCRAM-SHA-512, on $KAFKA_SASL_HOST (127.0.0.1):<sasl-port> (default port+2);
#             also the inter-broker listener (principal User:admin).
#   SASL_SSL  SCRAM-SHA-512 over TLS on <ssl-port> (default port+3), certificate made by openssl (or keytool) into
#             <data-dir>/tls; clients trust <data-dir>/tls/broker.pem. KAFKA_SSL=off leaves it out.
#   CONTROLLER SASL_PLAINTEXT + PLAIN on 127.0.0.1:<controller-port>, the broker's own (static) login.
# Authorization: StandardAuthorizer, allow.everyone.if.no.acl.found=false; super users admin (and
# ANONYMOUS while LOCAL exists). KAFKA_SCRAM_USERS="name ..." adds SCRAM users when the folder is
# formatted (no round trip); their generated passwords are in <data-dir>/scram-credentials (mode 600).
# The broker's log is <data-dir>/logs/server.log (denials are logged there); its pid is in
# <data-dir>/broker.pid.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
libs="$here/libs"
cmd="${1:-}"; dir="${2:-}"
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: kafka.sh start|stop|status|user <data-dir> [...]" >&2; exit 2; }
mkdir -p "$dir"; dir="$(cd "$dir" && pwd)"
pidfile="$dir/broker.pid"
creds="$dir/scram-credentials"
java_opts=(-Djava.awt.headless=true "-Dlog4j2.configurationFile=$here/log4j2.properties" "-Dkafka.logs.dir=$dir/logs")

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }
# Hex only: SCRAM's format-time parser splits on ',' and JAAS values end at '"'.
new_secret() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
secret_of() { sed -n "s/^$1=//p" "$creds" 2>/dev/null | tail -1; }
set_secret() { # name password: replace the line of name in the credentials file
  local tmp="$creds.tmp"
  (umask 077; { grep -v "^$1=" "$creds" 2>/dev/null || true; echo "$1=$2"; } >"$tmp"); mv "$tmp" "$creds"
}
valid_name() { [[ "$1" =~ ^[a-z0-9][a-z0-9._-]{0,62}$ ]] || { echo "kafka.sh: user name '$1' must be a-z, 0-9, '.', '_' or '-'" >&2; exit 2; }; }

case "$cmd" in
  status) running ;;
  stop)
    if running; then
      pid="$(cat "$pidfile")"; kill "$pid"
      for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    fi
    rm -f "$pidfile" ;;
  user)
    name="${3:-}"; valid_name "$name"
    running || { echo "kafka.sh: no broker runs from $dir; start it first" >&2; exit 1; }
    sport="$(sed -n 's/^# sasl-port=//p' "$dir/server.properties")"
    password="$(new_secret)"
    (umask 077; cat >"$dir/admin.properties" <<PROPS
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$(secret_of admin)";
PROPS
    )
    java -cp "$libs/*" "${java_opts[@]}" kafka.admin.ConfigCommand --bootstrap-server "127.0.0.1:$sport" \
      --command-config "$dir/admin.properties" --alter --entity-type users --entity-name "$name" \
      --add-config "SCRAM-SHA-512=[iterations=8192,password=$password]" >"$dir/logs/user.log" 2>&1 \
      || { cat "$dir/logs/user.log" >&2; exit 1; }
    set_secret "$name" "$password"
    echo "$password" ;;
  start)
    port="${3:-9092}"; cport="${4:-$((port + 1))}"; sport="${5:-$((port + 2))}"; tport="${6:-$((port + 3))}"
    sasl_host="${KAFKA_SASL_HOST:-127.0.0.1}"; advertised="${KAFKA_ADVERTISED_HOST:-$sasl_host}"
    local_on=true; [ "${KAFKA_LOCAL_LISTENER:-on}" = off ] && local_on=false
    ssl_on=true; [ "${KAFKA_SSL:-on}" = off ] && ssl_on=false
    [ -d "$libs" ] && ls "$libs"/kafka_2.13-*.jar >/dev/null 2>&1 \
      || { echo "kafka.sh: no broker jars in $libs; run 'make setup' first" >&2; exit 1; }
    if running; then echo "kafka.sh: a broker already runs from $dir (pid $(cat "$pidfile"))" >&2; exit 1; fi
    mkdir -p "$dir/data" "$dir/logs"
    # Secrets are made once per folder and kept: SCRAM users live in the formatted metadata log.
    if [ -z "$(secret_of admin)" ] && [ -f "$dir/data/meta.properties" ]; then
      echo "kafka.sh: $dir was formatted before the broker had SCRAM users (ADR 0040); stop it, delete the folder and start again (make kafka-down && rm -rf $dir)" >&2
      exit 1
    fi
    [ -n "$(secret_of admin)" ] || set_secret admin "$(new_secret)"
    [ -n "$(secret_of controller)" ] || set_secret controller "$(new_secret)"
    [ -n "$(secret_of keystore)" ] || set_secret keystore "$(new_secret)"
    admin_pw="$(secret_of admin)"; controller_pw="$(secret_of controller)"; ks_pw="$(secret_of keystore)"
    if $ssl_on && [ ! -f "$dir/tls/broker.p12" ]; then
      # A self-signed certificate; clients trust broker.pem. OpenSSL (Debian) takes 0.2 s where two
      # keytool JVMs take seconds, so keytool (the JDK alone) is the fallback.
      mkdir -p "$dir/tls"; san="DNS:localhost,IP:127.0.0.1"
      [ "$advertised" != 127.0.0.1 ] && [ "$advertised" != localhost ] && san="$san,DNS:$advertised"
      if command -v openssl >/dev/null; then
        (umask 077; openssl req -x509 -newkey rsa:2048 -nodes -keyout "$dir/tls/broker.key" -out "$dir/tls/broker.pem" \
          -days 825 -subj "/CN=$advertised" -addext "subjectAltName=$san" >"$dir/logs/tls.log" 2>&1 \
          && openssl pkcs12 -export -in "$dir/tls/broker.pem" -inkey "$dir/tls/broker.key" -name broker \
            -out "$dir/tls/broker.p12" -passout "pass:$ks_pw" >>"$dir/logs/tls.log" 2>&1) \
          || { cat "$dir/logs/tls.log" >&2; rm -f "$dir/tls/broker.p12"; exit 1; }
        rm -f "$dir/tls/broker.key"
      else
        keytool -genkeypair -alias broker -keyalg RSA -keysize 2048 -validity 825 -dname "CN=$advertised" \
          -ext "SAN=$san" -storetype PKCS12 -keystore "$dir/tls/broker.p12" -storepass "$ks_pw" >"$dir/logs/tls.log" 2>&1 \
          && keytool -exportcert -rfc -alias broker -keystore "$dir/tls/broker.p12" -storepass "$ks_pw" \
            -file "$dir/tls/broker.pem" >>"$dir/logs/tls.log" 2>&1 \
          || { cat "$dir/logs/tls.log" >&2; rm -f "$dir/tls/broker.p12"; exit 1; }
      fi
    fi
    listeners="SASL://$sasl_host:$sport,CONTROLLER://127.0.0.1:$cport"
    advertised_listeners="SASL://$advertised:$sport"
    protocols="SASL:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT"
    super_users="User:admin"
    if $local_on; then
      listeners="LOCAL://127.0.0.1:$port,$listeners"; advertised_listeners="LOCAL://127.0.0.1:$port,$advertised_listeners"
      protocols="LOCAL:PLAINTEXT,$protocols"; super_users="$super_users;User:ANONYMOUS"
    fi
    if $ssl_on; then
      listeners="$listeners,SASL_SSL://$sasl_host:$tport"; advertised_listeners="$advertised_listeners,SASL_SSL://$advertised:$tport"
      protocols="$protocols,SASL_SSL:SASL_SSL"
    fi
    (umask 077; cat > "$dir/server.properties" <<PROPS
# sasl-port=$sport
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$cport
listeners=$listeners
advertised.listeners=$advertised_listeners
listener.security.protocol.map=$protocols
controller.listener.names=CONTROLLER
inter.broker.listener.name=SASL
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$admin_pw";
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$admin_pw";
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="$controller_pw" user_admin="$controller_pw";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
allow.everyone.if.no.acl.found=false
super.users=$super_users
ssl.keystore.type=PKCS12
ssl.keystore.location=$dir/tls/broker.p12
ssl.keystore.password=$ks_pw
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
    )
    $ssl_on || sed -i '/^ssl\.keystore/d' "$dir/server.properties"
    if [ ! -f "$dir/data/meta.properties" ]; then
      scram=(--add-scram "SCRAM-SHA-512=[name=admin,password=$admin_pw]")
      for name in ${KAFKA_SCRAM_USERS:-}; do
        valid_name "$name"
        [ -n "$(secret_of "$name")" ] || set_secret "$name" "$(new_secret)"
        scram+=(--add-scram "SCRAM-SHA-512=[name=$name,password=$(secret_of "$name")]")
      done
      cluster_id="$(java -cp "$libs/*" "${java_opts[@]}" kafka.tools.StorageTool random-uuid)"
      java -cp "$libs/*" "${java_opts[@]}" kafka.tools.StorageTool format -t "$cluster_id" \
        -c "$dir/server.properties" "${scram[@]}" >"$dir/logs/format.log" 2>&1 \
        || { cat "$dir/logs/format.log" >&2; exit 1; }
    fi
    nohup java -cp "$libs/*" -Xms256m -Xmx768m -XX:+UseG1GC "${java_opts[@]}" kafka.Kafka "$dir/server.properties" \
      >"$dir/logs/stdout.log" 2>&1 </dev/null &
    echo $! >"$pidfile"
    ready_port="$port"; $local_on || ready_port="$sport"
    # Ready when the broker says it started and its port accepts connections.
    for _ in $(seq 1 600); do
      if ! running; then echo "kafka.sh: broker exited during start; see $dir/logs/" >&2; tail -20 "$dir/logs/stdout.log" "$dir/logs/server.log" >&2 2>/dev/null || true; exit 1; fi
      if grep -q "Kafka Server started" "$dir/logs/server.log" 2>/dev/null \
        && (exec 3<>"/dev/tcp/127.0.0.1/$ready_port") 2>/dev/null; then
        echo "127.0.0.1:$ready_port"; exit 0
      fi
      sleep 0.1
    done
    echo "kafka.sh: broker did not become ready within 60 s; see $dir/logs/server.log" >&2; exit 1 ;;
  *) echo "kafka.sh: unknown command '$cmd' (expected start, stop, status or user)" >&2; exit 2 ;;
esac
