#!/usr/bin/env bash
# Requests/s and p99 latency of small HTTP responses: straight to a backend (the bare Netty server of
# ../bare-netty), through the embedded proxy, and through haproxy when it is installed. All three share one
# backend process, the same wrk threads/connections and the same number of proxy threads. Every target is
# warmed up first until its CPU per request stops falling (a JVM compiles its hot paths for a while, longer
# when a loaded machine starves its compiler threads), then ROUNDS rounds measure each target in turn
# (rotating the order); the ratios are the medians of the per-round ratios, so that load drifting on a
# shared machine hits both sides of a ratio alike.
set -euo pipefail
cd "$(dirname "$0")"
BENCH_DIR=$(pwd)
ROOT=$(cd ../.. && pwd)
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
NETTY_VERSION=${NETTY_VERSION:-4.1.118.Final}
THREADS=${THREADS:-2}              # wrk threads
CONNECTIONS=${CONNECTIONS:-32}     # wrk connections
PROXY_THREADS=${PROXY_THREADS:-2}  # embedded event loops and haproxy nbthread
WARMUP=${WARMUP:-10}               # seconds per target before the first round, discarded ...
MAX_WARMUP=${MAX_WARMUP:-60}       # ... continued up to this while its CPU per request falls by 10% a step
DURATION=${DURATION:-5}            # seconds per measurement
ROUNDS=${ROUNDS:-3}
EMBEDDED_JAVA_OPTS=${EMBEDDED_JAVA_OPTS:-}  # extra JVM options of the embedded proxy, e.g. -Xmx256m

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

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# load NAME SECONDS: one wrk run; sets RPS, P99 (ms) and CPU (the server's CPU ms per 1000 requests: the
# proxy's, or the backend's for direct).
load() {
  local name=$1 seconds=$2 before after
  before=$(cpu_ticks "${SERVER[$name]}")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency "http://127.0.0.1:${PORT[$name]}/" >"$WORK/$name.wrk"
  after=$(cpu_ticks "${SERVER[$name]}")
  RPS=$(awk '/^Requests\/sec:/ {print $2}' "$WORK/$name.wrk")
  P99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; print v}' "$WORK/$name.wrk")
  CPU=$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v r="$RPS" -v d="$seconds" \
    'BEGIN {printf "%.1f", t * 1000 / hz / (r * d / 1000)}')
}

# warm NAME: WARMUP seconds, then DURATION-second steps while CPU per request still falls (MAX_WARMUP at most).
warm() {
  local name=$1 spent=$WARMUP previous
  load "$name" "$WARMUP"
  previous=$CPU
  while [ $((spent + DURATION)) -le "$MAX_WARMUP" ]; do
    load "$name" "$DURATION"
    spent=$((spent + DURATION))
    awk -v c="$CPU" -v p="$previous" 'BEGIN {exit !(c < 0.9 * p)}' || break
    previous=$CPU
  done
  printf '  %-9s warmed up for %ss: %s ms cpu/1k req\n' "$name" "$spent" "$CPU"
}

# measure NAME ROUND: one run of DURATION seconds; appends "round req/s p99-ms cpu-ms-per-1k-requests"
# to $WORK/NAME.results.
measure() {
  local name=$1 round=$2
  load "$name" "$DURATION"
  local rps=$RPS p99=$P99 cpu=$CPU
  echo "$round $rps $p99 $cpu" >>"$WORK/$name.results"
  printf '  %-9s %9.0f req/s   p99 %8.2f ms   cpu %5s ms/1k req   (load %s)\n' "$name" "$rps" "$p99" "$cpu" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
}

NETTY_CP=""
for artifact in common buffer transport codec codec-http handler resolver transport-native-unix-common; do
  jar="$HOME/.m2/repository/io/netty/netty-$artifact/$NETTY_VERSION/netty-$artifact-$NETTY_VERSION.jar"
  [ -f "$jar" ] || { echo "missing $jar (build the project once to fetch it)" >&2; exit 1; }
  NETTY_CP="$NETTY_CP${NETTY_CP:+:}$jar"
done

declare -A PORT SERVER
TARGETS=(direct embedded)
PORT[direct]=$(free_port)
start backend "bare netty listening on" "$JAVA" -cp "$NETTY_CP" "$BENCH_DIR/../bare-netty/BareNetty.java" "${PORT[direct]}"
SERVER[direct]=${PIDS[-1]}

PORT[embedded]=$(free_port)
# shellcheck disable=SC2086  # EMBEDDED_JAVA_OPTS holds several words
start embedded "embedded proxy listening on" "$JAVA" $EMBEDDED_JAVA_OPTS \
  -cp "$NETTY_CP:$ROOT/loadbalancer/target/classes" \
  "$BENCH_DIR/EmbeddedProxy.java" "${PORT[direct]}" "${PORT[embedded]}" "$PROXY_THREADS"
SERVER[embedded]=${PIDS[-1]}

if command -v haproxy >/dev/null; then
  PORT[haproxy]=$(free_port)
  cat >"$WORK/haproxy.cfg" <<CFG
global
  maxconn 4096
  nbthread $PROXY_THREADS
defaults
  mode http
  option http-keep-alive
  timeout connect 5s
  timeout client 60s
  timeout server 60s
frontend bench
  bind 127.0.0.1:${PORT[haproxy]}
  option forwardfor
  default_backend members
backend members
  http-reuse always
  server backend 127.0.0.1:${PORT[direct]}
CFG
  haproxy -f "$WORK/haproxy.cfg" -db >"$WORK/haproxy.log" 2>&1 &
  PIDS+=($!)
  SERVER[haproxy]=$!
  TARGETS+=(haproxy)
  sleep 1
else
  echo "haproxy not installed: skipping it (apt-get install -y haproxy)"
fi

echo "wrk -t$THREADS -c$CONNECTIONS, proxy threads $PROXY_THREADS, $ROUNDS rounds of ${DURATION}s"
for name in "${TARGETS[@]}"; do
  url="http://127.0.0.1:${PORT[$name]}/"
  curl -sf "$url" >/dev/null || { echo "$name does not answer on $url" >&2; exit 1; }
  warm "$name"
done
for round in $(seq "$ROUNDS"); do
  echo "round $round"
  for offset in $(seq 0 $((${#TARGETS[@]} - 1))); do
    measure "${TARGETS[$(((round - 1 + offset) % ${#TARGETS[@]}))]}" "$round"
  done
done

# median FILE FIELD
median() { cut -d' ' -f"$2" "$1" | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
# ratio_median A B FIELD INVERT: median over rounds of A/B (B/A when INVERT=1, for latencies: higher is better).
ratio_median() {
  join <(sort "$WORK/$1.results") <(sort "$WORK/$2.results") \
    | awk -v f="$3" -v inv="$4" '{a=$(f); b=$(f+3); print (inv ? b/a : a/b)}' >"$WORK/ratios"
  median "$WORK/ratios" 1
}
echo "medians:"
for name in "${TARGETS[@]}"; do
  printf '  %-9s %9.0f req/s   p99 %8.2f ms   cpu %5s ms/1k req\n' "$name" "$(median "$WORK/$name.results" 2)" \
    "$(median "$WORK/$name.results" 3)" "$(median "$WORK/$name.results" 4)"
done
report() { # report OTHER: the embedded proxy against OTHER, as fractions where higher is better
  printf 'embedded/%s: throughput %.2f, p99 %.2f (%s p99 / embedded p99)\n' "$1" \
    "$(ratio_median embedded "$1" 2 0)" "$(ratio_median embedded "$1" 3 1)" "$1"
}
report direct
if [ -n "${PORT[haproxy]:-}" ]; then
  report haproxy
  printf 'cpu per request, embedded/haproxy: %.2f\n' "$(ratio_median embedded haproxy 4 0)"
fi
