#!/usr/bin/env bash
# CloudWatch metrics: PutMetricData ingest (datapoints/s, batches of 1000 datums with values arrays) and
# GetMetricStatistics latency over 7 days of 1-minute data, through the gateway (embedded store) and against
# `python3 -m moto.server` doing the same; optionally the gateway on Cassandra: CASSANDRA=1 starts a node of its
# own for that (and removes it), CASSANDRA_CONTACT_POINTS=host:port uses a running cluster.
# Prints the figures with the load average and the ratios gateway/moto.
set -euo pipefail
cd "$(dirname "$0")"
BENCH_DIR=$(pwd)
ROOT=$(cd ../.. && pwd)
BENCH_NAME=cloudwatch-bench
# shellcheck source=../common.sh
source ../common.sh

INGEST_SECONDS=${INGEST_SECONDS:-15}
CONNECTIONS=${CONNECTIONS:-2}
CALLS=${CALLS:-200}
MOTO_CALLS=${MOTO_CALLS:-$CALLS}
RUN_TIMEOUT=${RUN_TIMEOUT:-300}   # seconds allowed to measure one server
# CASSANDRA_CONTACT_POINTS=host:port also measures a gateway on that (already running) Cassandra cluster;
# CASSANDRA=1 does the same on a single node that this script starts after the embedded run and stops before moto's.
CASSANDRA=${CASSANDRA:-0}
if [ "$CASSANDRA" = 1 ] && [ -n "${CASSANDRA_CONTACT_POINTS:-}" ]; then
  echo "set either CASSANDRA=1 (a node of its own) or CASSANDRA_CONTACT_POINTS (a running cluster), not both" >&2
  exit 1
fi

python3 -c 'import boto3, moto' 2>/dev/null || { echo "python3 needs boto3 and moto" >&2; exit 1; }

# bench NAME PORT ACCESS SECRET CALLS SERVER_PID
bench() {
  local name=$1 port=$2 access=$3 secret=$4 calls=$5 pid=$6 cpu_before
  echo "== $name: $calls GetMetricStatistics, then ingest ${INGEST_SECONDS}s from $CONNECTIONS connections ($(load_average))"
  echo "$(load_average)" >"$WORK/$name.load"
  cpu_before=$(cpu_seconds "$pid")
  timeout "$RUN_TIMEOUT" python3 "$BENCH_DIR/cw_bench.py" "$name" "$port" "$access" "$secret" "$WORK/$name.json" \
    --ingest-seconds "$INGEST_SECONDS" --connections "$CONNECTIONS" --calls "$calls"
  echo "server cpu $(awk -v a="$cpu_before" -v b="$(cpu_seconds "$pid")" 'BEGIN { print b - a }') s," \
    "$(load_average)" >>"$WORK/$name.load"
}

ensure_jar

start_gateway gateway --dns-port "$(free_port)"
bench gateway "$GATEWAY_PORT" "$ACCESS_KEY" "$SECRET_KEY" "$CALLS" "$GATEWAY_PID"
stop_servers

if [ "$CASSANDRA" = 1 ]; then
  echo "== starting a Cassandra node ($(load_average))"
  start_cassandra_node
  echo "   on $CASSANDRA_CONTACT_POINTS, data in $CASSANDRA_NODE_DIR ($(load_average))"
fi
if [ -n "${CASSANDRA_CONTACT_POINTS:-}" ]; then
  start_gateway gateway-cassandra --dns-port "$(free_port)" --store cassandra \
    --cassandra-contact-points "$CASSANDRA_CONTACT_POINTS" --cassandra-keyspace "bench$$"
  bench gateway-cassandra "$GATEWAY_PORT" "$ACCESS_KEY" "$SECRET_KEY" "$CALLS" "$GATEWAY_PID"
  stop_servers
  stop_cassandra_node
fi

MOTO_PORT=$(free_port)
start_server moto "Running on" python3 -m moto.server -H 127.0.0.1 -p "$MOTO_PORT"
bench moto "$MOTO_PORT" testing testing "$MOTO_CALLS" "$LAST_PID"
stop_servers

python3 - "$WORK" <<'PY'
import json, math, os, sys
work = sys.argv[1]

def pct(samples, fraction):
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)] * 1000

results = {}
for name in ("gateway", "gateway-cassandra", "moto"):
    if os.path.exists(f"{work}/{name}.json"):
        with open(f"{work}/{name}.json", encoding="utf-8") as file:
            results[name] = json.load(file)
        with open(f"{work}/{name}.load", encoding="utf-8") as file:
            results[name]["load"] = " / ".join(line.strip() for line in file)
print()
print("PutMetricData ingest (1000 datums x 10 values per call)")
for name, r in results.items():
    i = r["ingest"]
    print(f"  {name:17} {i['datapoints_per_second']:12.0f} datapoints/s  {i['calls']:5} calls in {i['seconds']:5.1f}s"
          f"  {i['bytes_per_call']} bytes/call  errors={i['errors'] or 'none'}")
print()
print("GetMetricStatistics over one series of 10,080 1-minute points, ms (client-side, answer read in full)")
for name, r in results.items():
    s = r["statistics"]
    cells = "  ".join(f"period {p:>4}: p50 {pct(v, .5):7.2f} p99 {pct(v, .99):7.2f} n={len(v)}"
                      f" ({s['counts'][p]['datapoints']} datapoints, {s['counts'][p]['samples']:.0f} samples)"
                      for p, v in s["samples"].items())
    print(f"  {name:17} {cells}  (7-day load took {s['load_seconds']:.1f}s)")
print()
for name, r in results.items():
    print(f"  {name:17} [{r['load']}]")
if "gateway" in results and "moto" in results:
    g, m = results["gateway"], results["moto"]
    print()
    print(f"ingest gateway/moto = {g['ingest']['datapoints_per_second'] / m['ingest']['datapoints_per_second']:.1f}x")
    for p in g["statistics"]["samples"]:
        gs, ms = g["statistics"]["samples"][p], m["statistics"]["samples"][p]
        print(f"GetMetricStatistics period {p}: moto/gateway p50 = {pct(ms, .5) / pct(gs, .5):.1f}x, "
              f"p99 = {pct(ms, .99) / pct(gs, .99):.1f}x")
        if g["statistics"]["counts"][p] != m["statistics"]["counts"][p]:
            print(f"  NOTE: answers differ: gateway {g['statistics']['counts'][p]} moto {m['statistics']['counts'][p]}")
if "gateway-cassandra" in results:
    c = results["gateway-cassandra"]
    print()
    for other in ("gateway", "moto"):
        if other in results:
            o = results[other]
            print(f"ingest gateway-cassandra/{other} = "
                  f"{c['ingest']['datapoints_per_second'] / o['ingest']['datapoints_per_second']:.2f}x")
            for p in c["statistics"]["samples"]:
                cs, os_ = c["statistics"]["samples"][p], o["statistics"]["samples"][p]
                print(f"GetMetricStatistics period {p}: {other}/gateway-cassandra p50 = {pct(os_, .5) / pct(cs, .5):.2f}x, "
                      f"p99 = {pct(os_, .99) / pct(cs, .99):.2f}x")
                if c["statistics"]["counts"][p] != o["statistics"]["counts"][p]:
                    print(f"  NOTE: answers differ: gateway-cassandra {c['statistics']['counts'][p]} {other} {o['statistics']['counts'][p]}")
PY
