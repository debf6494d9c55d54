#!/usr/bin/env bash
# Prints the home of a JDK >= 21: $JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
# Exits 1 (printing nothing) when there is none. Sourced by ./paperboy and ./run-tests.
# The major version named by the 'release' file of the JDK at $1 (every JDK since 9 has one), read
# by bash alone; empty when there is none.
jdk_major() {
  local line
  [ -f "$1/release" ] || return 0
  while IFS= read -r line || [ -n "$line" ]; do
    if [[ $line =~ ^JAVA_VERSION=\"([0-9]+) ]]; then
      echo "${BASH_REMATCH[1]}"
      return 0
    fi
  done < "$1/release"
}
# The major version of the JDK at $1: from its release file, else by asking its java, which starts
# a JVM (~40 ms each).
java_major() {
  local v
  v="$(jdk_major "$1")"
  if [ -z "$v" ]; then
    v="$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java.specification.version = //p' | head -n1 | cut -d. -f1)"
  fi
  echo "$v"
}
find_jdk() {
  local major
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major="$(java_major "$JAVA_HOME")"
    if [ "${major:-0}" -ge 21 ] 2>/dev/null; then echo "$JAVA_HOME"; return 0; fi
  fi
  local best="" best_major=0 dir
  for dir in /usr/lib/jvm/*/; do
    dir="${dir%/}"
    [ -x "$dir/bin/javac" ] || continue
    major="$(java_major "$dir")"
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
