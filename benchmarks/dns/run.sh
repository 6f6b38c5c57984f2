#!/usr/bin/env bash
# Route 53 DNS: (a) time from ChangeResourceRecordSets through the gateway to the first correct UDP answer on
# the DNS port, p50/p99 over CHANGES changes; (b) queries/s with dnsperf. Both for the gateway's embedded DNS
# server and for the gateway with --dns-backend powerdns (pdns_server, SQLite backend, caches off, as
# dns-powerdns's tests start it). Prints the figures, the load average at each step and the ratios.
set -euo pipefail
cd "$(dirname "$0")"
BENCH_DIR=$(pwd)
ROOT=$(cd ../.. && pwd)
BENCH_NAME=dns-bench
# shellcheck source=../common.sh
source ../common.sh

CHANGES=${CHANGES:-200}
QPS_WARMUP=${QPS_WARMUP:-3}       # seconds of dnsperf discarded first (JIT, caches)
QPS_DURATION=${QPS_DURATION:-10}  # seconds measured
OUTSTANDING=${OUTSTANDING:-64}    # dnsperf queries in flight
RUN_TIMEOUT=${RUN_TIMEOUT:-300}   # seconds allowed for the change-to-answer run of one backend

python3 -c 'import boto3' 2>/dev/null || { echo "python3 needs boto3" >&2; exit 1; }
command -v dnsperf >/dev/null || { echo "dnsperf is missing: apt-get install -y dnsperf" >&2; exit 1; }

# qps NAME PORT: dnsperf against the DNS port with the query file of the last run; keeps its output.
qps() {
  local name=$1 port=$2
  local args=(-s 127.0.0.1 -p "$port" -d "$WORK/queries.txt" -q "$OUTSTANDING" -t 2)
  timeout $((QPS_WARMUP + 30)) dnsperf "${args[@]}" -l "$QPS_WARMUP" >/dev/null
  echo "$(load_average)" >"$WORK/$name.qps.load"
  timeout $((QPS_DURATION + 30)) dnsperf "${args[@]}" -l "$QPS_DURATION" >"$WORK/$name.dnsperf"
  grep -E 'Queries (per second|lost|completed)|Average Latency|Response codes' "$WORK/$name.dnsperf" | sed 's/^/  /'
}

# measure NAME DNS_PORT: change-to-answer latency, then queries/s, against the running gateway.
measure() {
  local name=$1 port=$2
  echo "== $name: $CHANGES changes, then dnsperf ${QPS_DURATION}s ($(load_average))"
  echo "$(load_average)" >"$WORK/$name.load"
  timeout "$RUN_TIMEOUT" python3 "$BENCH_DIR/dns_bench.py" "$GATEWAY_PORT" "$ACCESS_KEY" "$SECRET_KEY" "$port" \
    "$WORK/$name.json" "$WORK/queries.txt" --changes "$CHANGES"
  qps "$name" "$port"
}

ensure_jar

# --- the gateway's embedded DNS server
DNS_PORT=$(free_port)
start_gateway gateway-embedded --dns-port "$DNS_PORT"
measure embedded "$DNS_PORT"
stop_servers

# --- PowerDNS Authoritative behind the gateway: it answers at the DNS port, the gateway writes over its API
if [ -x /usr/sbin/pdns_server ] && command -v sqlite3 >/dev/null; then
  PDNS_DIR="$WORK/pdns"
  mkdir -p "$PDNS_DIR"
  SCHEMA=$(ls /usr/share/pdns-backend-sqlite3/schema/schema.sqlite3.sql /usr/share/doc/pdns-backend-sqlite3/schema.sqlite3.sql 2>/dev/null | head -1)
  sqlite3 "$PDNS_DIR/pdns.sqlite3" <"$SCHEMA"
  PDNS_PORT=$(free_port)
  PDNS_WEB_PORT=$(free_port)
  PDNS_KEY=$(python3 -c 'import uuid; print(uuid.uuid4())')
  # Caches off so that every answer comes from the database as the gateway left it (as in dns-powerdns tests).
  cat >"$PDNS_DIR/pdns.conf" <<EOF
launch=gsqlite3
gsqlite3-database=$PDNS_DIR/pdns.sqlite3
gsqlite3-pragma-synchronous=0
local-address=127.0.0.1
local-port=$PDNS_PORT
webserver=yes
webserver-address=127.0.0.1
webserver-port=$PDNS_WEB_PORT
webserver-allow-from=127.0.0.1
api=yes
api-key=$PDNS_KEY
enable-lua-records=yes
security-poll-suffix=
cache-ttl=${PDNS_CACHE_TTL:-0}
query-cache-ttl=${PDNS_CACHE_TTL:-0}
negquery-cache-ttl=${PDNS_CACHE_TTL:-0}
zone-cache-refresh-interval=0
distributor-threads=1
receiver-threads=1
loglevel=4
EOF
  start_server pdns "" /usr/sbin/pdns_server --config-dir="$PDNS_DIR" --daemon=no --guardian=no \
    --disable-syslog --socket-dir="$PDNS_DIR"
  PDNS_PID=$LAST_PID
  wait_port "$PDNS_WEB_PORT"
  wait_port "$PDNS_PORT"
  start_gateway gateway-powerdns --dns-backend powerdns --dns-port "$PDNS_PORT" \
    --powerdns-url "http://127.0.0.1:$PDNS_WEB_PORT" --powerdns-api-key "$PDNS_KEY"
  measure powerdns "$PDNS_PORT"
  stop_servers
else
  echo "== powerdns: skipped (needs pdns-server, pdns-backend-sqlite3 and sqlite3)"
fi

python3 - "$WORK" <<'PY'
import json, math, os, re, sys
work = sys.argv[1]

def pct(samples, fraction):
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)] * 1000

def read(path):
    with open(path, encoding="utf-8") as file:
        return file.read()

qps = {}
print()
print("change to first correct answer (ChangeResourceRecordSets sent -> UDP answer with the new address), ms")
for name in ("embedded", "powerdns"):
    if not os.path.exists(f"{work}/{name}.json"):
        continue
    result = json.loads(read(f"{work}/{name}.json"))
    visible, api = result["visible"], result["api"]
    p99 = pct(visible, 0.99)
    print(f"  {name:9} visible p50 {pct(visible, .5):7.1f}  p99 {p99:7.1f}  max {max(visible) * 1000:7.1f}"
          f"  (API call alone p50 {pct(api, .5):6.1f} p99 {pct(api, .99):6.1f})  n={len(visible)}"
          f"  missed(>5s)={result['missed']}  p99 < 1000 ms: {'met' if p99 < 1000 else 'NOT met'}"
          f"  [{read(f'{work}/{name}.load').strip()}]")
    match = re.search(r"Queries per second:\s+([\d.]+)", read(f"{work}/{name}.dnsperf"))
    lost = re.search(r"Queries lost:\s+(\d+)", read(f"{work}/{name}.dnsperf"))
    qps[name] = (float(match.group(1)) if match else 0.0, lost.group(1) if lost else "?",
                 read(f"{work}/{name}.qps.load").strip())
print()
print("dnsperf queries per second (same zone, same query file)")
for name, (value, lost, load) in qps.items():
    print(f"  {name:9} {value:10.0f} q/s  lost={lost}  [{load}]")
if len(qps) == 2 and qps["powerdns"][0] > 0:
    print(f"  embedded/powerdns = {qps['embedded'][0] / qps['powerdns'][0]:.2f}")
PY
