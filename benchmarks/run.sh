#!/usr/bin/env bash
# Measures requests/s and p50/p99 latency of signed STS GetCallerIdentity against the gateway,
# against `python3 -m moto.server`, and against a bare Netty hello-world (the ceiling), each alone on
# loopback with the same wrk settings, then prints the ratios. Every step is bounded in time.
set -euo pipefail
cd "$(dirname "$0")"
BENCH_DIR=$(pwd)
ROOT=$(cd .. && pwd)

JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
NETTY_VERSION=${NETTY_VERSION:-4.1.118.Final}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
WARMUP=${WARMUP:-10}              # seconds, discarded (JIT warm-up for the JVM servers)
DURATION=${DURATION:-20}          # seconds measured, gateway and netty
MOTO_WARMUP=${MOTO_WARMUP:-3}
MOTO_DURATION=${MOTO_DURATION:-20}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-90}
# REBUILD=1 rebuilds the gateway jar even when one exists.

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
python3 -c 'import botocore, moto' 2>/dev/null || { echo "python3 needs botocore and moto" >&2; exit 1; }

WORK=$(mktemp -d /tmp/cloudgate-bench.XXXXXX)
SERVER_PID=""
stop_server() {
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
  fi
}
cleanup() {
  stop_server
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Starts "$@" in the background with output in $1-named log; waits for a line matching $2.
start_server() {
  local name=$1 ready=$2
  shift 2
  "$@" >"$WORK/$name.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq $((STARTUP_TIMEOUT * 5))); do
    if grep -q "$ready" "$WORK/$name.log"; then
      return 0
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.2
  done
  echo "$name did not start; its output:" >&2
  cat "$WORK/$name.log" >&2
  exit 1
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# load NAME PORT WARMUP DURATION: signs and checks the request, runs wrk (warm-up discarded) and leaves
# its RESULT fields plus the server CPU ticks of the measured run in $WORK/NAME.result.
load() {
  local name=$1 port=$2 warmup=$3 duration=$4 request="$WORK/$1.request.lua"
  local url="http://127.0.0.1:$port/"
  local wrk_args=(-t "$THREADS" -c "$CONNECTIONS" --timeout 10s --latency -s "$BENCH_DIR/load.lua")
  echo "== $name: warm-up ${warmup}s, measured ${duration}s, $CONNECTIONS connections, $THREADS wrk threads"
  python3 "$BENCH_DIR/signed_request.py" "$port" "$ACCESS_KEY" "$SECRET_KEY" "$request" "${EXPECT:-}"
  if [ "$warmup" -gt 0 ]; then
    timeout $((warmup + 30)) wrk "${wrk_args[@]}" -d "${warmup}s" "$url" -- "$request" >/dev/null
  fi
  local ticks_before ticks_after
  ticks_before=$(cpu_ticks)
  timeout $((duration + 30)) wrk "${wrk_args[@]}" -d "${duration}s" "$url" -- "$request" | tee "$WORK/$name.wrk"
  ticks_after=$(cpu_ticks)
  echo "$(grep '^RESULT' "$WORK/$name.wrk" | sed 's/^RESULT //') cpu_ticks=$((ticks_after - ticks_before))" \
    >"$WORK/$name.result"
}

# CPU time (user + system, in clock ticks) the server process has used so far: on a shared machine,
# CPU per request is steadier than requests/s.
cpu_ticks() {
  awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"
}

# --- gateway: build the jar if missing, start it on a fresh data directory
if [ ! -f "$ROOT/gateway/target/cloudgate.jar" ] || [ "${REBUILD:-0}" = 1 ]; then
  (cd "$ROOT" && JAVA_HOME=$JAVA_HOME flock /tmp/mvn.lock mvn -q -B -o install -DskipTests)
fi
start_server gateway "cloudgate listening on" "$JAVA" -jar "$ROOT/gateway/target/cloudgate.jar" --port 0 \
  --data-dir "$WORK/gateway-data" --master-key-file "$WORK/master.key" --requests-per-second 1000000
GATEWAY_PORT=$(sed -n 's/^cloudgate listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$WORK/gateway.log")
ACCESS_KEY=$(sed -n 's/^aws_access_key_id *= *//p' "$WORK/gateway-data/aws/credentials")
SECRET_KEY=$(sed -n 's/^aws_secret_access_key *= *//p' "$WORK/gateway-data/aws/credentials")
EXPECT=GetCallerIdentityResult load gateway "$GATEWAY_PORT" "$WARMUP" "$DURATION"
stop_server

# --- bare Netty: single-file source launch against the Netty jars in the local Maven repository
NETTY_CP=""
for artifact in common buffer transport codec codec-http handler resolver transport-native-unix-common; do
  jar="$HOME/.m2/repository/io/netty/netty-$artifact/$NETTY_VERSION/netty-$artifact-$NETTY_VERSION.jar"
  [ -f "$jar" ] || { echo "missing $jar (build the project once to fetch it)" >&2; exit 1; }
  NETTY_CP="$NETTY_CP${NETTY_CP:+:}$jar"
done
start_server netty "bare netty listening on" "$JAVA" -cp "$NETTY_CP" "$BENCH_DIR/bare-netty/BareNetty.java" 0
NETTY_PORT=$(sed -n 's/^bare netty listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$WORK/netty.log")
EXPECT="" load netty "$NETTY_PORT" "$WARMUP" "$DURATION"
stop_server

# --- moto: accepts any credentials; the same signed request routes to its STS by the credential scope
MOTO_PORT=$(free_port)
start_server moto "Running on" python3 -m moto.server -H 127.0.0.1 -p "$MOTO_PORT"
EXPECT=GetCallerIdentityResult load moto "$MOTO_PORT" "$MOTO_WARMUP" "$MOTO_DURATION"
stop_server

python3 - "$WORK" "$(getconf CLK_TCK)" <<'PY'
import sys
work, ticks_per_second = sys.argv[1], int(sys.argv[2])
results = {}
for name in ("gateway", "netty", "moto"):
    with open(f"{work}/{name}.result") as file:
        results[name] = dict(field.split("=") for field in file.read().split())
print()
for name, r in results.items():
    cpu_us = int(r["cpu_ticks"]) * 1e6 / ticks_per_second / int(r["requests"])
    print(f"{name:8} rps={float(r['rps']):9.0f}  p50={float(r['p50_ms']):8.2f}ms  p99={float(r['p99_ms']):8.2f}ms"
          f"  server_cpu={cpu_us:7.1f}us/req  socket_errors={r['socket_errors']} non2xx={r['non2xx']}")
gateway, netty, moto = (float(results[n]["rps"]) for n in ("gateway", "netty", "moto"))
print(f"gateway/netty = {gateway / netty:.2f} (target >= 0.5)   gateway/moto = {gateway / moto:.0f} (target >= 30)")
PY
