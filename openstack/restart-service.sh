#!/usr/bin/env bash
# Starts one service of a cloud start.sh STATE_DIR set up again, after stop.sh STATE_DIR SERVICE stopped it
# (outage tests). Usage: restart-service.sh STATE_DIR SERVICE
set -euo pipefail
STATE=${1:?usage: restart-service.sh STATE_DIR SERVICE}
NAME=${2:?usage: restart-service.sh STATE_DIR SERVICE}
[ -f "$STATE/run/$NAME.sh" ] || { echo "no service $NAME in $STATE" >&2; exit 1; }
setsid bash "$STATE/run/$NAME.sh" >> "$STATE/log/$NAME.log" 2>&1 < /dev/null &
echo $! > "$STATE/pids/$NAME.pid"
