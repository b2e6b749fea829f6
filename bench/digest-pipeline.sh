#!/usr/bin/env bash
# Benchmark: items per second for Rome parsing alone against parse + dedupe + story clustering, over a generated
# corpus of RSS feeds. Usage: bench/digest-pipeline.sh [feeds of 50 items, default 400] [timed runs, default 5]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile -Dspotless.check.skip=true
classpath="target/test-classes:target/classes:$(./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
java -version 2>&1 | head -n 1
exec java -Xmx1g -cp "$classpath" io.socialdesk.bench.DigestPipelineBench "${1:-400}" "${2:-5}"
