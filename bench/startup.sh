#!/usr/bin/env bash
# Measures how long the bot takes from `java -jar` until /actuator/health answers UP, and its resident memory then.
# Usage: ./mvnw package -DskipTests && bench/startup.sh [runs] [port]   (JAVA=/path/to/java picks another JDK)
# Runs in a fresh folder each time (empty H2 database, no bot-config.yml: the built-in defaults).
set -euo pipefail
jar=$(cd "$(dirname "$0")/.." && pwd)/target/socialdesk.jar
runs=${1:-3}
port=${2:-18080}
[ -f "$jar" ] || { echo "no $jar: run ./mvnw package -DskipTests first" >&2; exit 1; }
"${JAVA:-java}" -version 2>&1 | head -n 1
for run in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  start=$(date +%s%N)
  (cd "$dir" && exec /usr/bin/time -v "${JAVA:-java}" -jar "$jar" --server.port="$port" > app.log 2> time.log) &
  wrapper=$!
  for _ in $(seq 1 600); do
    curl -fs "localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && break
    sleep 0.1
  done
  up=$(date +%s%N)
  pid=$(pgrep -f -- "--server.port=$port" | while read -r p; do [ "$(cat /proc/$p/comm)" = java ] && echo "$p"; done | head -n 1)
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"
  wait "$wrapper" 2>/dev/null || true
  printf 'run %d: health UP after %.2f s, RSS %d MB\n' "$run" "$(echo "($up - $start) / 1000000000" | bc -l)" "$((rss / 1024))"
  rm -rf "$dir"
done
