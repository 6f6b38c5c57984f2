#!/usr/bin/env bash
# Builds everything and runs every test: unit tests, protocol suites, SigV4 vectors, the conformance tests that
# drive the gateway with the AWS SDK v2, the aws CLI, boto3 and Terraform, and (where OpenStack Zed's Debian
# packages are installed, as .ci/run arranges) the OpenStack adapter's tests against a real local OpenStack.
set -euo pipefail
cd "$(dirname "$0")"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

# One throwaway OpenStack for the whole build, booted by the first test that needs it and stopped here at the end.
# CLOUDGATE_OPENSTACK_TESTS=0 skips those tests; a CLOUDGATE_OPENSTACK_STATE given by the caller is left running.
if [ "${CLOUDGATE_OPENSTACK_TESTS:-}" != 0 ] && [ -z "${CLOUDGATE_OPENSTACK_STATE:-}" ] \
    && [ -x /usr/bin/keystone-manage ] && [ -x /usr/bin/nova-api ]; then
  CLOUDGATE_OPENSTACK_STATE=$(mktemp -d /tmp/cloudgate-openstack.XXXXXX)
  export CLOUDGATE_OPENSTACK_STATE
  trap 'openstack/stop.sh "$CLOUDGATE_OPENSTACK_STATE" >/dev/null 2>&1 || true; rm -rf "$CLOUDGATE_OPENSTACK_STATE"' EXIT
fi
mvn -B -ntp install "$@"
