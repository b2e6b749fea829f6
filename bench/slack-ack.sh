#!/usr/bin/env bash
# Benchmark: how fast /slack/events acknowledges signed reaction_added events at a fixed rate, for the bot and,
# in the same run, for a bare Bolt app whose one handler only acks (same servlet container, same JDK).
# The load alternates between the two for several rounds (bot, bare; bare, bot; bot, bare; ...), each measurement
# after its own warm-up, so drift of the machine during the run does not decide the verdict. Reports each round's
# p50/p99 ack latency and lost events (no 200 within Slack's 3 s) for both, the median of the rounds' p99 ratios
# (bot over bare app) and the lost events in all.
#
# Usage: bench/slack-ack.sh [rate per second, default 300] [seconds per measurement, default 30]
#                           [warm-up seconds before each, default 10] [rounds, default 5]
# Everything runs on loopback: a WireMock stand-in for Slack's Web API, the bot (HTTP mode, H2 in a temp folder),
# the bare app, and the load generator, each in its own JVM.
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-300}
seconds=${2:-30}
warmup=${3:-10}
rounds=${4:-5}
api_port=18900 bot_port=18901 bare_port=18902

./mvnw -q -B package -DskipTests -Dspotless.check.skip=true
./mvnw -q -B test-compile -Dspotless.check.skip=true
classpath="target/test-classes:target/classes:$(./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

export SLACK_SIGNING_SECRET=bench-signing-secret SLACK_BOT_TOKEN=xoxb-bench-token
cat > "$work/bot-config.yml" <<'YAML'
team:
  people: [{id: ben, name: Ben, slack: UBEN, roles: [approver]}]
chat:
  channels:
    social: {slack: CSOCIAL}
    approvals: {slack: CAPPROVALS}
    alerts: {slack: CALERTS}
    digest: {slack: CDIGEST}
YAML

java -cp "$classpath" io.socialdesk.bench.FakeSlackApi "$api_port" > "$work/api.log" 2>&1 & pids+=($!)
(cd "$work" && exec java -jar "$OLDPWD/target/socialdesk.jar" --server.port="$bot_port" \
    --socialdesk.slack.api-url="http://127.0.0.1:$api_port/api/" --logging.level.root=WARN > bot.log 2>&1) & pids+=($!)
java -cp "$classpath" io.socialdesk.bench.BareBoltApp "$bare_port" "http://127.0.0.1:$api_port/api/" \
    > "$work/bare.log" 2>&1 & pids+=($!)

for _ in $(seq 1 120); do
  curl -fs "localhost:$bot_port/actuator/health" | grep -q '"state":"CONNECTED"' \
    && curl -s -o /dev/null -w '%{http_code}' -X POST "localhost:$bare_port/slack/events" | grep -q 401 && break
  sleep 0.5
done

java -version 2>&1 | head -n 1
echo "$rounds rounds at $rate/s for $seconds s each, after $warmup s of warm-up each; cores: $(nproc)"
java -cp "$classpath" io.socialdesk.bench.SlackAckLoad \
  "$rate" "$seconds" "$warmup" "$rounds" \
  socialdesk="http://127.0.0.1:$bot_port/slack/events" bare-bolt="http://127.0.0.1:$bare_port/slack/events" \
  | tee "$work/load.txt"
# the bot's own count of stored events: everything the load sent it, warm-ups included, must be there
stored=$(curl -fs "localhost:$bot_port/actuator/prometheus" \
  | awk '/^socialdesk_chat_inbound_events_total\{.*outcome="published".*type="ReactionAdded"/ {print int($2)}')
echo "socialdesk stored ${stored:-0} of $(( rounds * rate * (seconds + warmup) )) events sent"
ratio=$(sed -n 's/^median p99 ratio .*: \([0-9.]*\) (rounds.*/\1/p' "$work/load.txt")
echo "median p99 ratio socialdesk / bare Bolt: $ratio (goal: at most 1.30)"
