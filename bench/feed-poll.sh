#!/usr/bin/env bash
# Benchmark: 1,000 RSS feeds (20 items each) served from loopback, polled in one cycle by the production poller
# with production limits into an in-memory H2: wall time and peak heap. Usage: bench/feed-poll.sh [feeds] [items]
# JAVA_HOME picks the JDK (virtual threads on 21+, platform threads on 17).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile -Dspotless.check.skip=true
classpath="target/test-classes:target/classes:$(./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
"$java" -version 2>&1 | head -n 1
exec "$java" -Xmx512m -cp "$classpath" io.socialdesk.bench.FeedPollBench "${1:-1000}" "${2:-20}"
