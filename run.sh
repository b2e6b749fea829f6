#!/usr/bin/env bash
# Starts the bot the fast way. Needs only a JDK 17 or newer (JAVA or JAVA_HOME picks one, else java on the PATH).
#  1. Builds target/socialdesk.jar with the Maven wrapper when it is missing, older than src/main or pom.xml, or
#     was built by another Java version (tests are skipped here: they are ./mvnw verify's job). The build also runs
#     Spring AOT, which works out the bot's beans once instead of at every start.
#  2. Unpacks the jar into target/run, as class data sharing needs it.
#  3. Once per build and JDK, a training run (in a temporary folder: built-in defaults, a throw-away database, no
#     tokens, no network, no port) records the classes the start needs: an AOT cache on Java 24 and newer, a class
#     data sharing archive before that. If it fails, the bot starts without one until the next build.
#  4. Starts the bot with the archive, the AOT-processed beans and a heap sized for a small bot. A start the AOT
#     build does not fit (a Slack token, a profile) falls back to the usual bean set by itself (see
#     io.socialdesk.config.aot). Every argument goes to the bot, e.g. ./run.sh --config=team.yml
# JAVA_OPTS adds JVM options (the training run gets them too). `./run.sh --prepare` does 1-3 and does not start.
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
jar="$root/target/socialdesk.jar"
run="$root/target/run"

java=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/java}}
java=${java:-java}
if ! command -v "$java" >/dev/null 2>&1; then
  echo "run.sh: no Java found; install a JDK 17 or newer, or set JAVA_HOME" >&2
  exit 1
fi
# the JDK's own release file says which Java this is without starting a JVM
java_bin=$(command -v "$java")
java_bin=$(readlink -f "$java_bin" 2>/dev/null || echo "$java_bin")
java_home=$(dirname "$(dirname "$java_bin")")
version=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$java_home/release" 2>/dev/null || true)
if [ -z "$version" ]; then
  version=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.runtime\.version = //p')
  java_home=
fi
feature=${version%%[.+-]*}
if ! [ "$feature" -ge 17 ] 2>/dev/null; then
  echo "run.sh: SocialDesk needs Java 17 or newer; $java is ${version:-of unknown version}" >&2
  exit 1
fi

# Memory: a serial collector and a 64 MB starting heap suit a bot whose live data is some 40 MB; the heap still grows
# on demand up to the JVM's default limit (a quarter of the machine's memory) or what JAVA_OPTS says.
jvm=(-XX:+UseSerialGC -Xms64m)
# shellcheck disable=SC2206 # JAVA_OPTS is a list of options, split like a shell would
jvm+=(${JAVA_OPTS:-})

aot_facts="$root/target/classes/META-INF/socialdesk/aot-build.properties"
built_with=$(sed -n 's/^java=//p' "$aot_facts" 2>/dev/null || true)
if [ ! -f "$jar" ] || [ "$built_with" != "$feature" ] \
    || [ -n "$(find "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit)" ]; then
  echo "run.sh: building target/socialdesk.jar with Java $version (the first build downloads dependencies)..." >&2
  (cd "$root" && ${java_home:+env JAVA_HOME="$java_home"} ./mvnw -q -B package -DskipTests)
fi

if [ ! -f "$run/extracted" ] || [ "$jar" -nt "$run/extracted" ]; then
  rm -rf "$run"
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$run" >/dev/null
  touch "$run/extracted"
fi

# one archive per JDK build and JVM options; a new jar means a new target/run, so it is never stale
key=$(printf '%s\n' "$java_bin" "$version" "${jvm[*]}" | cksum | cut -d ' ' -f 1)
if [ "$feature" -ge 24 ]; then
  archive="$run/socialdesk-$key.aot"
  use=(-XX:AOTCache="$archive")
else
  archive="$run/socialdesk-$key.jsa"
  use=(-XX:SharedArchiveFile="$archive")
fi
failed="$archive.failed"
if [ -f "$failed" ]; then
  echo "run.sh: starting without an archive: the training run failed (see $run/training.log)" >&2
  use=()
elif [ ! -f "$archive" ]; then
  echo "run.sh: training run for a fast start with Java $version (once per build)..." >&2
  scratch=$(mktemp -d)
  partial="$run/training-$$.${archive##*.}"
  trap 'rm -rf "$scratch" "$partial"' EXIT
  case "$feature" in
    17 | 18 | 19 | 20 | 21 | 22 | 23) record=(-XX:ArchiveClassesAtExit="$partial") ;;
    24) record=(-XX:AOTMode=record -XX:AOTConfiguration="$scratch/app.aotconf") ;;
    *) record=(-XX:AOTCacheOutput="$partial") ;;
  esac
  # a clean environment: no tokens, profiles or config of the caller may shape (or leak into) the training
  train() {
    (cd "$scratch" && env -i PATH="$PATH" HOME="$scratch" "$java" "${jvm[@]}" "$@" -Dspring.aot.enabled=true \
      -Dspring.context.exit=onRefresh -jar "$run/socialdesk.jar" \
      --socialdesk.config-file=none --socialdesk.data-dir="$scratch/data")
  }
  status=0
  { train "${record[@]}" && if [ "$feature" = 24 ]; then
      train -XX:AOTMode=create -XX:AOTConfiguration="$scratch/app.aotconf" -XX:AOTCache="$partial"
    fi; } > "$run/training.log" 2>&1 || status=$?
  if [ "$status" -eq 0 ] && [ -s "$partial" ]; then
    mv "$partial" "$archive"
  elif [ "$status" -gt 128 ]; then
    exit "$status" # interrupted (Ctrl-C): try again next time
  else
    touch "$failed"
    echo "run.sh: the training run failed (see $run/training.log); starting without its archive until the" \
      "next build" >&2
    use=()
  fi
  rm -rf "$scratch" "$partial"
  trap - EXIT
fi

if [ "${1:-}" = "--prepare" ]; then
  exit 0
fi
exec "$java" "${jvm[@]}" ${use[@]+"${use[@]}"} -Dspring.aot.enabled=true -jar "$run/socialdesk.jar" "$@"
