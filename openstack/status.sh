#!/usr/bin/env bash
# Exits 0 when every service start.sh STATE_DIR launched is still running. Usage: status.sh STATE_DIR
STATE=${1:?usage: status.sh STATE_DIR}
status=0
for name in mariadb epmd rabbitmq keystone placement glance neutron ovs-agent nova-api nova-conductor \
  nova-scheduler nova-compute; do
  if [ -f "$STATE/pids/$name.pid" ] && kill -0 "$(cat "$STATE/pids/$name.pid")" 2>/dev/null; then
    echo "$name running"
  else
    echo "$name stopped"
    status=1
  fi
done
exit $status
