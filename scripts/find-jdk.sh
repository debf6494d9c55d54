#!/usr/bin/env bash
# Prints the home of a JDK >= 21: $JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
# Exits 1 (printing nothing) when there is none. Sourced by ./paperboy and ./run-tests.
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = //p' | head -n1 | cut -d. -f1
}
find_jdk() {
  local major
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major="$(java_major "$JAVA_HOME/bin/java")"
    if [ "${major:-0}" -ge 21 ] 2>/dev/null; then echo "$JAVA_HOME"; return 0; fi
  fi
  local best="" best_major=0 dir
  for dir in /usr/lib/jvm/*/; do
    dir="${dir%/}"
    [ -x "$dir/bin/javac" ] || continue
    major="$(java_major "$dir/bin/java")"
    if [ "${major:-0}" -ge 21 ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then
      best="$dir"; best_major="$major"
    fi
  done
  [ -n "$best" ] || return 1
  echo "$best"
}
use_jdk() {
  if ! JAVA_HOME="$(find_jdk)"; then
    echo "paperboy: needs a JDK 21 or newer. Install one (e.g. 'apt-get install openjdk-21-jdk'," >&2
    echo "          or Temurin 21+) and set JAVA_HOME to it." >&2
    exit 3
  fi
  export JAVA_HOME
}
