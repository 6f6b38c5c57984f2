#!/usr/bin/env bash
# Starts a minimal OpenStack Zed from Debian 12's packages, every process bound to 127.0.0.1 on free ports:
# MariaDB and RabbitMQ (each on its own port), Keystone, Glance, Placement, Nova (api, conductor, scheduler and a
# compute service with the fake driver, see cloudgate_fake_driver.py), Neutron server and a stand-in Open vSwitch agent heartbeat. Seeds
# flavors, two images and an external network. Everything lives in STATE_DIR; stop.sh STATE_DIR tears it down by
# PID. Prints the path of STATE_DIR/env (ports, admin credentials) when ready. Idempotent: a cloud already running
# in STATE_DIR is reused.
# Usage: start.sh STATE_DIR [--smoke]   (--smoke also boots one server to ACTIVE and deletes it)
set -Eeuo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
STATE=${1:?usage: start.sh STATE_DIR [--smoke]}
SMOKE=${2:-}
PY=/usr/bin/python3   # Debian's interpreter; the default python3 here is another one without OpenStack's modules
mkdir -p "$STATE"
STATE=$(cd "$STATE" && pwd)

if [ -f "$STATE/env" ] && "$HERE/status.sh" "$STATE" >/dev/null 2>&1; then
  echo "$STATE/env"
  exit 0
fi
"$HERE/stop.sh" "$STATE" >/dev/null 2>&1 || true
rm -rf "${STATE:?}"/*
mkdir -p "$STATE"/{etc,log,pids,run,lock,keystone,glance,nova,neutron,mysql,rabbitmq,placement}
START=$(date +%s)

on_failure() {
  echo "OpenStack failed to start; last log lines:" >&2
  tail -n 15 "$STATE"/log/*.log >&2 || true
  "$HERE/stop.sh" "$STATE" >&2 || true
}
trap on_failure ERR

# Free ports, all held at once so none is handed out twice.
read -r MYSQL_PORT RABBIT_PORT RABBIT_DIST_PORT EPMD_PORT KEYSTONE_PORT GLANCE_PORT PLACEMENT_PORT NOVA_PORT \
  NEUTRON_PORT < <($PY -c '
import socket
socks = [socket.socket() for _ in range(9)]
for s in socks:
    s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in socks))')
ADMIN_PASSWORD=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
INSTANCE_QUOTA=${OPENSTACK_INSTANCE_QUOTA:-5}
export STATE MYSQL_PORT RABBIT_PORT KEYSTONE_PORT GLANCE_PORT PLACEMENT_PORT NOVA_PORT NEUTRON_PORT ADMIN_PASSWORD \
  INSTANCE_QUOTA

# Renders a template of conf/: @AUTH@ becomes the shared Keystone credentials block, ${VAR} the variable.
render() {
  perl -pe 'BEGIN { local $/; open my $f, "<", "'"$HERE"'/conf/auth.inc"; $auth = <$f>; }
            s/^\@AUTH\@\n/$auth/; s/\$\{(\w+)\}/$ENV{$1}/g' "$HERE/conf/$1" > "$2"
}
render keystone.conf "$STATE/etc/keystone.conf"
render glance-api.conf "$STATE/etc/glance-api.conf"
mkdir -p "$STATE/etc/placement" && render placement.conf "$STATE/etc/placement/placement.conf"
render nova.conf "$STATE/etc/nova.conf"
render neutron.conf "$STATE/etc/neutron.conf"

# Runs a command as its own session (so stop.sh can end it with its children by PID), logging to log/NAME.log.
launch() {
  local name=$1
  shift
  printf 'cd / && exec' > "$STATE/run/$name.sh"
  printf ' %q' "$@" >> "$STATE/run/$name.sh"
  setsid bash "$STATE/run/$name.sh" >> "$STATE/log/$name.log" 2>&1 < /dev/null &
  echo $! > "$STATE/pids/$name.pid"
}
# Runs a setup command in the background, logging to log/NAME.log; wait_all waits for them.
JOBS=()
job() {
  local name=$1
  shift
  ( cd / && "$@" ) >> "$STATE/log/$name.log" 2>&1 &
  JOBS+=($!)
}
wait_all() {
  for pid in "${JOBS[@]}"; do wait "$pid"; done
  JOBS=()
}
wait_port() {
  local deadline=$(( $(date +%s) + ${2:-90} ))
  until (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "port $1 never opened" >&2; return 1; }
    sleep 0.3
  done
}

# MariaDB on its own port and socket, tuned for throwaway speed.
mariadb-install-db --no-defaults --datadir="$STATE/mysql/data" --auth-root-authentication-method=normal \
  --skip-test-db --user=root > "$STATE/log/mariadb-install.log" 2>&1
launch mariadb /usr/sbin/mariadbd --no-defaults --user=root --datadir="$STATE/mysql/data" \
  --socket="$STATE/mysql/mysqld.sock" --port="$MYSQL_PORT" --bind-address=127.0.0.1 --skip-name-resolve \
  --pid-file="$STATE/mysql/mysqld.pid" --tmpdir="$STATE/mysql" --max-connections=1000 \
  --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 --innodb-buffer-pool-size=256M --skip-log-bin

# RabbitMQ with its own epmd; the Erlang distribution port is bound to 127.0.0.1 too.
echo '[].' > "$STATE/rabbitmq/enabled_plugins"
launch epmd /usr/bin/epmd -port "$EPMD_PORT" -address 127.0.0.1
launch rabbitmq env HOME="$STATE/rabbitmq" ERL_EPMD_PORT="$EPMD_PORT" ERL_EPMD_ADDRESS=127.0.0.1 \
  RABBITMQ_NODENAME=cloudgate@localhost RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT="$RABBIT_PORT" \
  RABBITMQ_DIST_PORT="$RABBIT_DIST_PORT" RABBITMQ_MNESIA_BASE="$STATE/rabbitmq/mnesia" \
  RABBITMQ_LOG_BASE="$STATE/rabbitmq/log" RABBITMQ_LOGS=- RABBITMQ_PID_FILE="$STATE/rabbitmq/rabbit.pid" \
  RABBITMQ_ENABLED_PLUGINS_FILE="$STATE/rabbitmq/enabled_plugins" \
  RABBITMQ_CONFIG_FILE="$STATE/rabbitmq/rabbitmq" \
  RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}" \
  /usr/lib/rabbitmq/bin/rabbitmq-server

for _ in $(seq 1 150); do [ -S "$STATE/mysql/mysqld.sock" ] && break; sleep 0.2; done
mariadb --no-defaults --socket="$STATE/mysql/mysqld.sock" -uroot -e \
  'CREATE DATABASE keystone; CREATE DATABASE glance; CREATE DATABASE placement; CREATE DATABASE nova_api;
   CREATE DATABASE nova; CREATE DATABASE nova_cell0; CREATE DATABASE neutron;'

# Schemas, all at once.
KS=(keystone-manage --config-file "$STATE/etc/keystone.conf")
NM=(nova-manage --config-file "$STATE/etc/nova.conf")
DB="mysql+pymysql://root@/%s?unix_socket=$STATE/mysql/mysqld.sock"
job keystone-setup bash -c "$(printf '%q ' "${KS[@]}") db_sync &&
  $(printf '%q ' "${KS[@]}") fernet_setup --keystone-user root --keystone-group root &&
  $(printf '%q ' "${KS[@]}") credential_setup --keystone-user root --keystone-group root &&
  $(printf '%q ' "${KS[@]}") bootstrap --bootstrap-password $ADMIN_PASSWORD --bootstrap-region-id RegionOne \
    --bootstrap-admin-url http://127.0.0.1:$KEYSTONE_PORT/v3 --bootstrap-internal-url http://127.0.0.1:$KEYSTONE_PORT/v3 --bootstrap-public-url http://127.0.0.1:$KEYSTONE_PORT/v3"
job glance-setup glance-manage --config-file "$STATE/etc/glance-api.conf" db_sync
job placement-setup placement-manage --config-file "$STATE/etc/placement/placement.conf" db sync
job nova-setup bash -c "$(printf '%q ' "${NM[@]}") api_db sync &&
  $(printf '%q ' "${NM[@]}") cell_v2 map_cell0 --database_connection $(printf "$DB" nova_cell0) &&
  $(printf '%q ' "${NM[@]}") cell_v2 create_cell --name cell1 --database_connection $(printf "$DB" nova) \
    --transport-url rabbit://guest:guest@127.0.0.1:$RABBIT_PORT/ &&
  $(printf '%q ' "${NM[@]}") db sync"
job neutron-setup neutron-db-manage --config-file "$STATE/etc/neutron.conf" upgrade heads
wait_all
wait_port "$RABBIT_PORT"

# The services.
UWSGI=(uwsgi --plugin python3 --master --processes 1 --threads 4 --die-on-term --need-app --buffer-size 65535
       --add-header "Connection: close")
launch keystone env OS_KEYSTONE_CONFIG_FILES="$STATE/etc/keystone.conf" "${UWSGI[@]}" \
  --http-socket "127.0.0.1:$KEYSTONE_PORT" --wsgi-file /usr/bin/keystone-wsgi-public
launch placement env OS_PLACEMENT_CONFIG_DIR="$STATE/etc/placement" "${UWSGI[@]}" \
  --http-socket "127.0.0.1:$PLACEMENT_PORT" --wsgi-file /usr/bin/placement-api
launch glance glance-api --config-file "$STATE/etc/glance-api.conf"
launch neutron neutron-server --config-file "$STATE/etc/neutron.conf"
launch ovs-agent $PY "$HERE/fake_ovs_agent.py" --config-file "$STATE/etc/neutron.conf"

cat > "$STATE/env" <<EOF
export OPENSTACK_STATE=$STATE
export OS_AUTH_URL=http://127.0.0.1:$KEYSTONE_PORT/v3
export OS_USERNAME=admin
export OS_PASSWORD=$ADMIN_PASSWORD
export OS_PROJECT_NAME=admin
export OS_USER_DOMAIN_NAME=Default
export OS_PROJECT_DOMAIN_NAME=Default
export OS_REGION_NAME=RegionOne
export ADMIN_PASSWORD=$ADMIN_PASSWORD
export MYSQL_PORT=$MYSQL_PORT RABBIT_PORT=$RABBIT_PORT KEYSTONE_PORT=$KEYSTONE_PORT GLANCE_PORT=$GLANCE_PORT
export PLACEMENT_PORT=$PLACEMENT_PORT NOVA_PORT=$NOVA_PORT NEUTRON_PORT=$NEUTRON_PORT
EOF

wait_port "$KEYSTONE_PORT"
$PY "$HERE/seed.py" endpoints
# Nova last: its compute service finds Placement through the catalog as it starts.
launch nova-api nova-api --config-file "$STATE/etc/nova.conf"
launch nova-conductor nova-conductor --config-file "$STATE/etc/nova.conf"
launch nova-scheduler nova-scheduler --config-file "$STATE/etc/nova.conf"
# Nova loads drivers from nova.virt only: the snapshotting fake driver is registered there under its own name.
launch nova-compute env PYTHONPATH="$HERE" $PY -c 'import sys, cloudgate_fake_driver as d
sys.modules["nova.virt.cloudgate_fake_driver"] = d
from nova.cmd.compute import main; sys.exit(main())' \
  --config-file "$STATE/etc/nova.conf"
$PY "$HERE/seed.py" wait
"${NM[@]}" cell_v2 discover_hosts >> "$STATE/log/nova-setup.log" 2>&1
$PY "$HERE/seed.py" catalog
echo "OpenStack ready in $(( $(date +%s) - START )) s" >&2
if [ "$SMOKE" = "--smoke" ]; then
  $PY "$HERE/seed.py" smoke >&2
fi
echo "$STATE/env"
