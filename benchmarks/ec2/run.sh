#!/usr/bin/env bash
# EC2 at scale: one account with 10,000 instances in the gateway and in `python3 -m moto.server`, each alone
# on loopback and seeded alike; measures DescribeInstances full pages, a tag-filtered DescribeInstances and
# a RunInstances of 500, then prints both servers' figures, the ratios and the 20 ms p99 target check.
set -euo pipefail
cd "$(dirname "$0")"
BENCH_DIR=$(pwd)
ROOT=$(cd ../.. && pwd)

BENCH_NAME=ec2-bench
# shellcheck source=../common.sh
source ../common.sh

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
RUN_TIMEOUT=${RUN_TIMEOUT:-900}   # seconds allowed to seed and measure one server
SKIP_MOTO=${SKIP_MOTO:-0}         # 1: measure the gateway alone (while iterating on it)

python3 -c 'import botocore, moto' 2>/dev/null || { echo "python3 needs botocore and moto" >&2; exit 1; }

# bench NAME PORT ACCESS SECRET [options]: seeds and measures the running server into $WORK/NAME.json.
bench() {
  local name=$1 port=$2 access=$3 secret=$4
  shift 4
  echo "== $name: seeding $INSTANCES instances in batches of $BATCH, then measuring"
  timeout "$RUN_TIMEOUT" python3 "$BENCH_DIR/ec2_bench.py" "$name" "$port" "$access" "$secret" "$WORK/$name.json" \
    --instances "$INSTANCES" --batch "$BATCH" --server-pid "$LAST_PID" "$@"
}

# --- gateway: limits raised so that one account holds every instance
ensure_jar
MACHINES=$((INSTANCES + 2 * BATCH))
start_gateway gateway --dns-port "$(free_port)" --machine-quota-per-account "$MACHINES" \
  --vcpu-capacity $((MACHINES * 2)) --volume-quota-gib-per-account $((MACHINES * 8))
echo "$(load_average)" >"$WORK/gateway.load"
bench gateway "$GATEWAY_PORT" "$ACCESS_KEY" "$SECRET_KEY" --pages "$PAGES" --calls "$CALLS" --warmup "$WARMUP"
stop_servers

# --- moto: accepts any credentials; pages DescribeInstances by reservation (see README)
if [ "$SKIP_MOTO" = 1 ]; then
  # No samples: the report prints moto's figures and the ratios as n/a.
  echo '{"full_page": [], "filtered": [], "run_instances": [], "cpu_per_call": {}, "timed_out": null}' >"$WORK/moto.json"
  echo "skipped" >"$WORK/moto.load"
else
  MOTO_PORT=$(free_port)
  start_server moto "Running on" python3 -m moto.server -H 127.0.0.1 -p "$MOTO_PORT"
  echo "$(load_average)" >"$WORK/moto.load"
  bench moto "$MOTO_PORT" testing testing --pages "$MOTO_PAGES" --calls "$MOTO_CALLS" --warmup "$MOTO_WARMUP" \
    --call-timeout "$MOTO_CALL_TIMEOUT" --pages-by-reservation
  stop_servers
fi

python3 "$BENCH_DIR/report.py" "$WORK/gateway.json" "$WORK/moto.json"
echo "load average at the start of each run: gateway [$(cat "$WORK/gateway.load")], moto [$(cat "$WORK/moto.load")]," \
  "at the end [$(load_average)]"
