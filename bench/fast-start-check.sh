#!/usr/bin/env bash
# Checks that ./run.sh (Spring AOT, class data sharing or AOT cache) starts the same bot as `java -jar`:
#   1. the default start (local chat) uses the AOT-processed beans;
#   2. with SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET the Slack adapter runs in HTTP mode, connects to a stand-in
#      for Slack's Web API on loopback, and stores signed reaction events; with SLACK_APP_TOKEN it runs in Socket
#      Mode (the stand-in has no websocket, so only the mode is checked);
#   3. with --spring.profiles.active=postgres it runs on PostgreSQL, when SOCIALDESK_DB_URL (and _USER,
#      _PASSWORD) name a database it may migrate; skipped otherwise;
#   4. a wrong value in bot-config.yml stops it at once with the same report as `java -jar`.
# Usage: bench/fast-start-check.sh   (JAVA=/path/to/java picks the JDK). Everything stays on loopback.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
java=${JAVA:-java}
api_port=18910 bot_port=18911

JAVA="$java" ./run.sh --prepare
./mvnw -q -B test-compile -Dspotless.check.skip=true
classpath="target/test-classes:target/classes:$(./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
failures=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

# start NAME ARGS...: ./run.sh in a folder of its own, in the background; waits until health answers
start() {
  local name=$1
  shift
  mkdir -p "$work/$name"
  [ -f "$work/bot-config.yml" ] && cp "$work/bot-config.yml" "$work/$name/"
  (cd "$work/$name" && JAVA="$java" exec "$root/run.sh" --server.port="$bot_port" "$@" > app.log 2>&1) &
  bot=$!
  pids+=("$bot")
  for _ in $(seq 1 600); do
    curl -fs -o /dev/null "localhost:$bot_port/actuator/health/liveness" && return 0
    kill -0 "$bot" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}
stop() { kill "$bot" 2>/dev/null || true; wait "$bot" 2>/dev/null || true; }
logged() { grep -q -- "$2" "$work/$1/app.log"; }
fallback() { sed -n 's/.*which do not fit this start: /AOT fallback: /p' "$work/$1/app.log"; }

# 1. the default start
if start default && logged default "Starting AOT-processed" && ! logged default "Starting without the ahead-of-time"; then
  pass "default start: AOT-processed beans, local chat"
else
  fail "default start: see $work/default/app.log"; cat "$work/default/app.log"
fi
stop

# 2. Slack
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
java -cp "$classpath" io.socialdesk.bench.FakeSlackApi "$api_port" > "$work/api.log" 2>&1 &
pids+=($!)
api=(--socialdesk.slack.api-url="http://127.0.0.1:$api_port/api/")
connected=
if SLACK_BOT_TOKEN=xoxb-check SLACK_SIGNING_SECRET=check-secret start slack-http "${api[@]}"; then
  for _ in $(seq 1 100); do
    curl -fs "localhost:$bot_port/actuator/health" | grep -q '"state":"CONNECTED"' && connected=yes && break
    sleep 0.2
  done
fi
if [ -n "$connected" ] && logged slack-http "Slack adapter in HTTP mode"; then
  load=$(SLACK_SIGNING_SECRET=check-secret java -cp "$classpath" io.socialdesk.bench.SlackAckLoad 10 2 1 1 \
    check="http://127.0.0.1:$bot_port/slack/events" | tail -n 1)
  stored=$(curl -fs "localhost:$bot_port/actuator/prometheus" \
    | awk '/^socialdesk_chat_inbound_events_total\{.*outcome="published".*type="ReactionAdded"/ {print int($2)}')
  if grep -q 'lost 0 of' <<< "$load" && [ "${stored:-0}" -ge 30 ]; then
    pass "Slack HTTP mode: connected, 30 signed events acknowledged and stored ($(fallback slack-http))"
  else
    fail "Slack HTTP mode: $load; stored ${stored:-0} of 30"
  fi
else
  fail "Slack HTTP mode: see $work/slack-http/app.log"; cat "$work/slack-http/app.log"
fi
stop
if SLACK_BOT_TOKEN=xoxb-check SLACK_APP_TOKEN=xapp-check start slack-socket "${api[@]}" \
    && logged slack-socket "Slack adapter in SOCKET mode"; then
  pass "Slack Socket Mode: adapter active"
else
  fail "Slack Socket Mode: see $work/slack-socket/app.log"; cat "$work/slack-socket/app.log"
fi
stop
rm "$work/bot-config.yml"

# 3. PostgreSQL
if [ -n "${SOCIALDESK_DB_URL:-}" ]; then
  if start postgres --spring.profiles.active=postgres \
      && curl -fs "localhost:$bot_port/actuator/health" | grep -q '"database":"PostgreSQL"' \
      && logged postgres 'profile is active: "postgres"'; then
    pass "postgres profile: runs on PostgreSQL ($(fallback postgres))"
  else
    fail "postgres profile: see $work/postgres/app.log"; cat "$work/postgres/app.log"
  fi
  stop
else
  echo "SKIP postgres profile: set SOCIALDESK_DB_URL, SOCIALDESK_DB_USER and SOCIALDESK_DB_PASSWORD to check it"
fi

# 4. a wrong value stops startup with the same report either way
mkdir -p "$work/bad"
echo 'team: {zone: Mars/Base}' > "$work/bad/bot-config.yml"
report() { sed -n '/APPLICATION FAILED TO START/,$p' "$work/bad/$1.log"; }
(cd "$work/bad" && JAVA="$java" "$root/run.sh" --server.port="$bot_port" > fast.log 2>&1) && fast_exit=0 || fast_exit=$?
rm -rf "$work/bad/data"
(cd "$work/bad" && "$java" -jar "$root/target/socialdesk.jar" --server.port="$bot_port" > plain.log 2>&1) \
  && plain_exit=0 || plain_exit=$?
if [ "$fast_exit" -ne 0 ] && [ "$plain_exit" -ne 0 ] && grep -q "team.zone = 'Mars/Base'" "$work/bad/fast.log" \
    && [ "$(report fast)" = "$(report plain)" ] && ! grep -qP '^\tat ' "$work/bad/fast.log"; then
  pass "wrong config: stops at once (exit $fast_exit) with the same report as java -jar"
else
  fail "wrong config: fast exit $fast_exit, plain exit $plain_exit"; diff <(report plain) <(report fast) || true
fi

echo "$failures failed"
[ "$failures" -eq 0 ]
