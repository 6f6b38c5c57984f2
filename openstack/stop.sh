#!/usr/bin/env bash
# Stops what start.sh STATE_DIR started, by the PIDs it recorded (each service is its own session: its whole
# process group goes). Usage: stop.sh STATE_DIR [SERVICE...]   (no service names: everything)
set -uo pipefail
STATE=${1:?usage: stop.sh STATE_DIR [SERVICE...]}
shift
if [ $# -eq 0 ]; then
  set -- ovs-agent nova-compute nova-api nova-scheduler nova-conductor neutron glance placement keystone rabbitmq \
    epmd mariadb
fi
for name in "$@"; do
  file="$STATE/pids/$name.pid"
  [ -f "$file" ] || continue
  pid=$(cat "$file")
  kill -TERM -- "-$pid" 2>/dev/null
  for _ in $(seq 1 50); do
    kill -0 -- "-$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL -- "-$pid" 2>/dev/null
  rm -f "$file"
done
exit 0
