#!/usr/bin/env bash
# EC2 at scale: one account with 10,000 instances in the gateway and in `python3 -m moto.server`, each alone
# on loopback and seeded alike; measures DescribeInstances full pages, a tag-filtered DescribeInstances and
# a RunInstances of 500, then prints both servers' figures, the ratios and the 20 ms p99 target check.
set -euo pipefail
cd "$(dirname "$0")"
BENCH_DIR=$(pwd)
ROOT=$(cd ../.. && pwd)

JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
INSTANCES=${INSTANCES:-10000}
BATCH=${BATCH:-500}
PAGES=${PAGES:-50}                # measured full pages (5 walks of 10), gateway
CALLS=${CALLS:-300}               # measured filtered calls, gateway
WARMUP=${WARMUP:-100}             # unmeasured filtered calls first, gateway (JIT)
MOTO_PAGES=${MOTO_PAGES:-2}       # moto takes ~15 s per page and minutes per filtered call at this size
MOTO_CALLS=${MOTO_CALLS:-1}
MOTO_WARMUP=${MOTO_WARMUP:-0}
MOTO_CALL_TIMEOUT=${MOTO_CALL_TIMEOUT:-300}  # a slower call is reported as "> this" and ends moto's run
GATEWAY_JAVA_OPTS=${GATEWAY_JAVA_OPTS:-}  # JVM options for the gateway (none by default: as shipped)
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-90}
RUN_TIMEOUT=${RUN_TIMEOUT:-900}   # seconds allowed to seed and measure one server
# REBUILD=1 rebuilds the gateway jar even when one exists.

python3 -c 'import botocore, moto' 2>/dev/null || { echo "python3 needs botocore and moto" >&2; exit 1; }

WORK=$(mktemp -d /tmp/cloudgate-ec2-bench.XXXXXX)
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
    if grep -qs "$ready" "$WORK/$name.log"; then
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

# bench NAME PORT ACCESS SECRET [options]: seeds and measures the running server into $WORK/NAME.json.
bench() {
  local name=$1 port=$2 access=$3 secret=$4
  shift 4
  echo "== $name: seeding $INSTANCES instances in batches of $BATCH, then measuring"
  timeout "$RUN_TIMEOUT" python3 "$BENCH_DIR/ec2_bench.py" "$name" "$port" "$access" "$secret" "$WORK/$name.json" \
    --instances "$INSTANCES" --batch "$BATCH" --server-pid "$SERVER_PID" "$@"
}

# --- gateway: build the jar if missing; limits raised so that one account holds every instance
if [ ! -f "$ROOT/gateway/target/cloudgate.jar" ] || [ "${REBUILD:-0}" = 1 ]; then
  (cd "$ROOT" && JAVA_HOME=$JAVA_HOME flock /tmp/mvn.lock mvn -q -B -o install -DskipTests -pl gateway -am)
fi
MACHINES=$((INSTANCES + 2 * BATCH))
# shellcheck disable=SC2086 # GATEWAY_JAVA_OPTS is a list of options
start_server gateway "cloudgate listening on" "$JAVA" $GATEWAY_JAVA_OPTS -jar "$ROOT/gateway/target/cloudgate.jar" \
  --port 0 --data-dir "$WORK/gateway-data" --master-key-file "$WORK/master.key" --requests-per-second 1000000 \
  --machine-quota-per-account "$MACHINES" --vcpu-capacity $((MACHINES * 2)) \
  --volume-quota-gib-per-account $((MACHINES * 8))
GATEWAY_PORT=$(sed -n 's/^cloudgate listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$WORK/gateway.log")
ACCESS_KEY=$(sed -n 's/^aws_access_key_id *= *//p' "$WORK/gateway-data/aws/credentials")
SECRET_KEY=$(sed -n 's/^aws_secret_access_key *= *//p' "$WORK/gateway-data/aws/credentials")
bench gateway "$GATEWAY_PORT" "$ACCESS_KEY" "$SECRET_KEY" --pages "$PAGES" --calls "$CALLS" --warmup "$WARMUP"
stop_server

# --- moto: accepts any credentials; pages DescribeInstances by reservation (see README)
MOTO_PORT=$(free_port)
start_server moto "Running on" python3 -m moto.server -H 127.0.0.1 -p "$MOTO_PORT"
bench moto "$MOTO_PORT" testing testing --pages "$MOTO_PAGES" --calls "$MOTO_CALLS" --warmup "$MOTO_WARMUP" \
  --call-timeout "$MOTO_CALL_TIMEOUT" --pages-by-reservation
stop_server

python3 "$BENCH_DIR/report.py" "$WORK/gateway.json" "$WORK/moto.json"
