#!/usr/bin/env bash
# Measures how long the bot takes from launch until /actuator/health answers UP, and its resident memory then,
# for two ways of launching it, on one or more JDKs side by side:
#   plain  java -jar target/socialdesk.jar (no options: what the jar does by itself)
#   fast   ./run.sh (Spring AOT, class data sharing or the JDK's AOT cache, a heap sized for the bot)
# Usage: bench/startup.sh [runs per JDK and mode, default 5] [port, default 18080]
#   JAVA=/path/to/java picks the JDK; JAVAS="java /usr/lib/jvm/temurin-25-jdk-amd64/bin/java" measures several.
#   MODES="plain" or MODES="fast" measures one mode only (default: both).
# Each JDK gets its own build and training run first (./run.sh --prepare: not timed). Every launch runs in a fresh
# folder (empty H2 database, no bot-config.yml: the built-in defaults) once the machine is idle (at least 85 % over
# one second, waiting up to 3 minutes); a launch during which other processes took more than a quarter of a core is
# measured again (up to 5 times, then kept and marked), so a build running beside the benchmark does not decide
# the figures.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
port=${2:-18080}
read -r -a javas <<< "${JAVAS:-${JAVA:-java}}"
read -r -a modes <<< "${MODES:-plain fast}"
ticks=$(getconf CLK_TCK)
results=$(mktemp)
trap 'rm -f "$results"' EXIT

# prints the idle share of the last second once it reaches 85 %, or 'busy' after 3 minutes of waiting
wait_until_idle() {
  local first second idle total field
  for _ in $(seq 1 180); do
    read -r -a first < /proc/stat
    sleep 1
    read -r -a second < /proc/stat
    idle=$(( second[4] + second[5] - first[4] - first[5] ))
    total=0
    for field in 1 2 3 4 5 6 7 8; do total=$(( total + second[field] - first[field] )); done
    if [ $(( idle * 100 / total )) -ge 85 ]; then echo "idle $(( idle * 100 / total ))%"; return; fi
  done
  echo busy
}

busy_jiffies() { # CPU time of the whole machine that was not idle, in clock ticks
  local cpu
  read -r -a cpu < /proc/stat
  echo $(( cpu[1] + cpu[2] + cpu[3] + cpu[6] + cpu[7] + cpu[8] ))
}

own_jiffies() { # pid: CPU time of the process and its waited-for children, in clock ticks
  awk '{sub(/.*\) /, ""); print $12 + $13 + $14 + $15}' "/proc/$1/stat"
}

launch() { # mode java: starts the bot in the current folder, in the background
  case "$1" in
    plain) exec "$2" -jar "$root/target/socialdesk.jar" --server.port="$port" ;;
    fast) JAVA="$2" exec "$root/run.sh" --server.port="$port" ;;
  esac
}

for java in "${javas[@]}"; do
  version=$("$java" -version 2>&1 | head -n 1)
  JAVA="$java" "$root/run.sh" --prepare
  for mode in "${modes[@]}"; do
    for run in $(seq 1 "$runs"); do
      for _ in 1 2 3 4 5 6; do
        idle=$(wait_until_idle)
        dir=$(mktemp -d)
        busy=$(busy_jiffies)
        start=$(date +%s%N)
        (cd "$dir" && launch "$mode" "$java" > app.log 2>&1) &
        wrapper=$!
        up=
        for _ in $(seq 1 1200); do
          if curl -fs "localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
            up=$(date +%s%N)
            break
          fi
          kill -0 "$wrapper" 2>/dev/null || break
          sleep 0.05
        done
        pid=$(pgrep -f -- "--server.port=$port" | while read -r p; do
          [ "$(cat "/proc/$p/comm" 2>/dev/null)" = java ] && echo "$p"; done | head -n 1 || true)
        if [ -z "$up" ] || [ -z "$pid" ]; then
          echo "$version $mode run $run: never UP; see the log below" >&2
          tail -n 20 "$dir/app.log" >&2
          [ -n "$pid" ] && kill "$pid"
          wait "$wrapper" 2>/dev/null || true
          rm -rf "$dir"
          exit 1
        fi
        rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status")
        # what other processes used meanwhile, in hundredths of a core (the polling curl counts too, a little)
        foreign=$(( ($(busy_jiffies) - busy - $(own_jiffies "$pid")) * 100000000000 / (ticks * (up - start)) ))
        seconds=$(echo "scale=2; ($up - $start) / 1000000000" | bc -l)
        kill "$pid"
        wait "$wrapper" 2>/dev/null || true
        rm -rf "$dir"
        [ "$foreign" -le 25 ] && break
        echo "$version | $mode | run $run: $seconds s while others used $foreign % of a core; again" >&2
      done
      [ "$foreign" -gt 25 ] && idle="$idle, disturbed"
      printf '%s | %-5s | run %d: health UP after %.2f s, RSS %d MB (%s before, others used %d %% of a core)\n' \
        "$version" "$mode" "$run" "$seconds" "$rss" "$idle" "$foreign"
      printf '%s\t%s\t%s\t%s\n' "$version" "$mode" "$seconds" "$rss" >> "$results"
    done
  done
done

# median (lower middle for even counts) and range per JDK and mode
echo
printf '%-52s %-5s  %-24s %s\n' "JDK" "mode" "health UP s: median (range)" "RSS MB: median (range)"
cut -f 1,2 "$results" | awk '!seen[$0]++' | while IFS=$'\t' read -r version mode; do
  stats() { # column
    awk -F '\t' -v v="$version" -v m="$mode" -v c="$1" '$1 == v && $2 == m {print $c}' "$results" | sort -n \
      | awk '{x[NR] = $1} END {printf "%s (%s-%s)", x[int((NR + 1) / 2)], x[1], x[NR]}'
  }
  printf '%-52s %-5s  %-24s %s\n' "$version" "$mode" "$(stats 3)" "$(stats 4)"
done
