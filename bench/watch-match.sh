#!/usr/bin/env bash
# Benchmark: keyword matching throughput of the watch module (MB of item text per second) with 100, 1,000 and
# 10,000 terms. Usage: bench/watch-match.sh [corpus MB, default 32] [timed runs per size, default 5]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile -Dspotless.check.skip=true
classpath="target/test-classes:target/classes:$(./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
java -version 2>&1 | head -n 1
exec java -Xmx2g -cp "$classpath" io.socialdesk.bench.WatchMatchBench "${1:-32}" "${2:-5}"
