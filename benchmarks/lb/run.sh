#!/usr/bin/env bash
# Requests/s and p99 latency of small HTTP responses: straight to a backend (the bare Netty server of
# ../bare-netty), through the embedded proxy, and through haproxy when it is installed; same wrk settings,
# all on loopback, printed as ratios. Bounded: DURATION seconds per target after a WARMUP.
set -euo pipefail
cd "$(dirname "$0")"
BENCH_DIR=$(pwd)
ROOT=$(cd ../.. && pwd)
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
NETTY_VERSION=${NETTY_VERSION:-4.1.118.Final}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
WARMUP=${WARMUP:-3}
DURATION=${DURATION:-5}

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -d "$ROOT/loadbalancer/target/classes/io/cloudgate/loadbalancer/embedded" ] \
  || { echo "build the loadbalancer module first (mvn -pl loadbalancer compile)" >&2; exit 1; }

WORK=$(mktemp -d /tmp/cloudgate-lb-bench.XXXXXX)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# start NAME READY-TEXT COMMAND...: runs it in the background until READY-TEXT shows in its output (30 s at most).
start() {
  local name=$1 ready=$2
  shift 2
  "$@" >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 150); do
    grep -q "$ready" "$WORK/$name.log" && return 0
    sleep 0.2
  done
  echo "$name did not start:" >&2; cat "$WORK/$name.log" >&2; exit 1
}

# measure NAME PORT: warm-up run discarded, then "requests/s p99-ms" into $WORK/NAME.result.
measure() {
  local name=$1 url="http://127.0.0.1:$2/"
  curl -sf "$url" >/dev/null || { echo "$name does not answer on $url" >&2; exit 1; }
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$url" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$url" >"$WORK/$name.wrk"
  local rps p99
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$WORK/$name.wrk")
  p99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; print v}' "$WORK/$name.wrk")
  echo "$rps $p99" >"$WORK/$name.result"
  printf '%-10s %10.0f req/s   p99 %7.2f ms\n' "$name" "$rps" "$p99"
}

NETTY_CP=""
for artifact in common buffer transport codec codec-http handler resolver transport-native-unix-common; do
  jar="$HOME/.m2/repository/io/netty/netty-$artifact/$NETTY_VERSION/netty-$artifact-$NETTY_VERSION.jar"
  [ -f "$jar" ] || { echo "missing $jar (build the project once to fetch it)" >&2; exit 1; }
  NETTY_CP="$NETTY_CP${NETTY_CP:+:}$jar"
done

BACKEND_PORT=$(free_port)
start backend "bare netty listening on" "$JAVA" -cp "$NETTY_CP" "$BENCH_DIR/../bare-netty/BareNetty.java" "$BACKEND_PORT"
measure direct "$BACKEND_PORT"

PROXY_PORT=$(free_port)
start embedded "embedded proxy listening on" "$JAVA" -cp "$NETTY_CP:$ROOT/loadbalancer/target/classes" \
  "$BENCH_DIR/EmbeddedProxy.java" "$BACKEND_PORT" "$PROXY_PORT"
measure embedded "$PROXY_PORT"

if command -v haproxy >/dev/null; then
  HAPROXY_PORT=$(free_port)
  cat >"$WORK/haproxy.cfg" <<CFG
global
  maxconn 4096
defaults
  mode http
  option http-keep-alive
  timeout connect 5s
  timeout client 60s
  timeout server 60s
frontend bench
  bind 127.0.0.1:$HAPROXY_PORT
  option forwardfor
  default_backend members
backend members
  http-reuse always
  server backend 127.0.0.1:$BACKEND_PORT
CFG
  haproxy -f "$WORK/haproxy.cfg" -db >"$WORK/haproxy.log" 2>&1 &
  PIDS+=($!)
  sleep 1
  echo "haproxy ready" >>"$WORK/haproxy.log"
  measure haproxy "$HAPROXY_PORT"
else
  echo "haproxy not installed: skipping it (apt-get install -y haproxy)"
fi

ratio() { # ratio A B FIELD(1 = req/s, 2 = p99)
  awk -v f="$3" 'NR==FNR {a=$f; next} {b=$f; printf "%.2f", a / b}' "$WORK/$1.result" "$WORK/$2.result"
}
echo "embedded/direct: throughput $(ratio embedded direct 1), p99 $(ratio embedded direct 2)"
if [ -f "$WORK/haproxy.result" ]; then
  echo "embedded/haproxy: throughput $(ratio embedded haproxy 1), p99 $(ratio embedded haproxy 2)"
fi
