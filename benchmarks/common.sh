# Shared by the benchmark scripts (sourced, not run): a scratch directory, background servers that are all
# stopped on exit, free loopback ports, and the gateway started from its jar on a fresh data directory.
# The sourcing script sets BENCH_DIR and ROOT first.

JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
JAR=${JAR:-$ROOT/gateway/target/cloudgate.jar}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-90}
# REBUILD=1 rebuilds the gateway jar even when one exists.

WORK=$(mktemp -d "/tmp/cloudgate-${BENCH_NAME:-bench}.XXXXXX")
SERVER_PIDS=()

# stop_pid PID: asks the process to end, waits up to 10 s, then kills it.
stop_pid() {
  local pid=$1
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# stop_servers: stops every server started so far, the latest first.
stop_servers() {
  local index
  for ((index = ${#SERVER_PIDS[@]} - 1; index >= 0; index--)); do
    stop_pid "${SERVER_PIDS[$index]}"
  done
  SERVER_PIDS=()
}

cleanup() {
  stop_servers
  stop_cassandra_node
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# start_server NAME READY_REGEX COMMAND...: starts COMMAND in the background with its output in
# $WORK/NAME.log and waits until a line matches READY_REGEX (not at all when it is empty); leaves its process
# id in LAST_PID.
start_server() {
  local name=$1 ready=$2
  shift 2
  "$@" >"$WORK/$name.log" 2>&1 &
  LAST_PID=$!
  SERVER_PIDS+=("$LAST_PID")
  [ -n "$ready" ] || return 0
  for _ in $(seq $((STARTUP_TIMEOUT * 5))); do
    if grep -qsE "$ready" "$WORK/$name.log"; then
      return 0
    fi
    kill -0 "$LAST_PID" 2>/dev/null || break
    sleep 0.2
  done
  echo "$name did not start; its output:" >&2
  tail -50 "$WORK/$name.log" >&2
  exit 1
}

# free_port: a loopback port free for both TCP and UDP (DNS servers bind both).
free_port() {
  python3 - <<'PY'
import socket
for _ in range(50):
    tcp = socket.socket()
    tcp.bind(("127.0.0.1", 0))
    port = tcp.getsockname()[1]
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        udp.bind(("127.0.0.1", port))
    except OSError:
        continue
    finally:
        udp.close()
        tcp.close()
    print(port)
    break
PY
}

# load_average: the 1-minute load average and the core count, printed next to every figure.
load_average() {
  echo "load $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
}

# CPU seconds (user + system) the process has used so far.
cpu_seconds() {
  awk -v hz="$(getconf CLK_TCK)" '{ sub(/.*\) /, ""); print ($12 + $13) / hz }' "/proc/$1/stat"
}

ensure_jar() {
  if [ ! -f "$JAR" ] || [ "${REBUILD:-0}" = 1 ]; then
    (cd "$ROOT" && JAVA_HOME=$JAVA_HOME flock /tmp/mvn.lock mvn -q -B -o package -DskipTests -pl gateway -am)
  fi
  # The jar is copied so that a rebuild in the checkout cannot replace it while it runs.
  cp "$JAR" "$WORK/cloudgate.jar"
  GATEWAY_CLASSPATH="$WORK/cloudgate.jar"
  # A jar packaged while the SDK model jars of Route 53 and CloudWatch were test-scoped in gateway/pom.xml
  # lacks them; they are added from the local Maven repository so that the benchmark still runs (and said).
  if ! unzip -l "$WORK/cloudgate.jar" | grep -q 'awssdk/services/route53/model/'; then
    local repo=$HOME/.m2/repository/software/amazon/awssdk version
    version=$(unzip -p "$WORK/cloudgate.jar" META-INF/maven/software.amazon.awssdk/ec2/pom.properties \
      | sed -n 's/^version=//p')
    echo "WARNING: $JAR lacks the Route 53/CloudWatch SDK model classes; adding them from ~/.m2 ($version)" >&2
    for artifact in route53 cloudwatch aws-xml-protocol; do
      GATEWAY_CLASSPATH="$GATEWAY_CLASSPATH:$repo/$artifact/$version/$artifact-$version.jar"
    done
  fi
}

# start_gateway NAME [options...]: the gateway on a free port and a fresh data directory, rate limit raised;
# sets GATEWAY_PORT, GATEWAY_PID, ACCESS_KEY and SECRET_KEY.
start_gateway() {
  local name=$1
  shift
  # shellcheck disable=SC2086 # GATEWAY_JAVA_OPTS is a list of options
  start_server "$name" "cloudgate listening on" "$JAVA" ${GATEWAY_JAVA_OPTS:-} -cp "$GATEWAY_CLASSPATH" \
    io.cloudgate.gateway.Main --port 0 --data-dir "$WORK/$name-data" --master-key-file "$WORK/master.key" \
    --requests-per-second 1000000 "$@"
  GATEWAY_PID=$LAST_PID
  GATEWAY_PORT=$(sed -n 's/^cloudgate listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$WORK/$name.log")
  ACCESS_KEY=$(sed -n 's/^aws_access_key_id *= *//p' "$WORK/$name-data/aws/credentials")
  SECRET_KEY=$(sed -n 's/^aws_secret_access_key *= *//p' "$WORK/$name-data/aws/credentials")
}

# wait_port PORT: waits until something accepts TCP connections on 127.0.0.1:PORT.
wait_port() {
  for _ in $(seq $((STARTUP_TIMEOUT * 5))); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
      return 0
    fi
    sleep 0.2
  done
  echo "nothing listens on port $1" >&2
  exit 1
}

# start_cassandra_node: a real single Cassandra 5.0 node on free loopback ports and a fresh data directory,
# run by the test fixture io.cloudgate.store.cassandra.CassandraNode (store-cassandra's test classes; the node
# itself runs on JDK 17, see that class); sets CASSANDRA_CONTACT_POINTS. The node is stopped and its data
# removed by stop_servers (its launcher is a server like the others) or, at the latest, on exit.
start_cassandra_node() {
  local classpath=$WORK/cassandra-launcher.classpath build_log=$WORK/cassandra-build.log
  if [ ! -f "$ROOT/store-cassandra/target/test-classes/io/cloudgate/store/cassandra/CassandraNodeLauncher.class" ] \
    || [ "${REBUILD:-0}" = 1 ]; then
    (cd "$ROOT" && JAVA_HOME=$JAVA_HOME flock /tmp/mvn.lock mvn -q -B -o test-compile -pl store-cassandra) \
      >"$build_log" 2>&1 || { cat "$build_log" >&2; exit 1; }
  fi
  (cd "$ROOT" && JAVA_HOME=$JAVA_HOME flock /tmp/mvn.lock mvn -q -B -o dependency:build-classpath \
    -pl store-cassandra -Dmdep.includeScope=test -Dmdep.outputFile="$classpath") \
    >"$build_log" 2>&1 || { cat "$build_log" >&2; exit 1; }
  STARTUP_TIMEOUT=${CASSANDRA_STARTUP_TIMEOUT:-240} start_server cassandra "^cassandra contact point " \
    "$JAVA" -Xmx128m -cp "$ROOT/store-cassandra/target/test-classes:$ROOT/store-cassandra/target/classes:$(cat "$classpath")" \
    io.cloudgate.store.cassandra.CassandraNodeLauncher
  CASSANDRA_NODE_PID=$(sed -n 's/^cassandra node pid //p' "$WORK/cassandra.log")
  CASSANDRA_NODE_DIR=$(sed -n 's/^cassandra node directory //p' "$WORK/cassandra.log")
  CASSANDRA_CONTACT_POINTS=$(sed -n 's/^cassandra contact point //p' "$WORK/cassandra.log")
}

# stop_cassandra_node: after its launcher was stopped, makes sure that the node is gone with its data (the
# launcher does both unless it was killed before it could).
stop_cassandra_node() {
  [ -n "${CASSANDRA_NODE_DIR:-}" ] || return 0
  if [ -n "${CASSANDRA_NODE_PID:-}" ] && kill -0 "$CASSANDRA_NODE_PID" 2>/dev/null \
    && grep -qs "$CASSANDRA_NODE_DIR" "/proc/$CASSANDRA_NODE_PID/cmdline"; then
    kill -9 "$CASSANDRA_NODE_PID" 2>/dev/null || true
  fi
  case $CASSANDRA_NODE_DIR in /tmp/cassandra-node*) rm -rf "$CASSANDRA_NODE_DIR" ;; esac
  CASSANDRA_NODE_DIR= CASSANDRA_NODE_PID=
}
