#!/usr/bin/env bash
# Builds everything and runs every test: unit tests, protocol suites, SigV4 vectors, and the
# conformance tests that drive the gateway with the AWS SDK v2, the aws CLI, boto3 and Terraform.
set -euo pipefail
cd "$(dirname "$0")"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
exec mvn -B -ntp install "$@"
