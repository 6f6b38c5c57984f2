#!/usr/bin/env bash
# Builds the gateway (skipping tests) and runs it on its embedded defaults: 127.0.0.1:4566, state in ./data.
set -euo pipefail
cd "$(dirname "$0")"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ ! -f gateway/target/cloudgate.jar ] || [ -n "$(find . -name '*.java' -newer gateway/target/cloudgate.jar -print -quit)" ]; then
  mvn -B -ntp -q install -DskipTests
fi
exec "$JAVA_HOME/bin/java" -jar gateway/target/cloudgate.jar "$@"
